"""Normalized program keys for deduplication and for the train / val / test split.

Normalization renames every identifier the program defines (variables, parameters, functions,
classes, attributes it assigns, methods) to placeholders in order of first appearance, keeps
builtins and library methods (`len`, `.append`) since they are the semantics, and replaces each
constant by its type (`'ab'` and `'xyz'` both become a str constant).

- structure key: the normalized source. Programs with the same structure differ only in names
  and literal values: they are near-duplicates, so they always fall in the same split.
- dedup key: structure key plus the normalized entry call (argument shapes: a list of three
  ints differs from an empty list). At most one program per dedup key is kept, so a function
  may appear with differently shaped inputs but never twice with only other names or values.
- skeleton: statement kinds and nesting only (expressions dropped), for the diversity report.
"""
from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass

SPLITS = ("train", "val", "test")


@dataclass(frozen=True)
class Keys:
    dedup: str
    structure: str
    skeleton: str


def _defined_names(tree: ast.AST) -> list[str]:
    """Identifiers the program defines, in first-appearance order (walk order is deterministic)."""
    names: dict[str, None] = {}
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)):
            names[n.name] = None
        elif isinstance(n, ast.arg):
            names[n.arg] = None
        elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            names[n.id] = None
        elif isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store):
            names[n.attr] = None
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names[n.name] = None
    return list(names)


class _Normalizer(ast.NodeTransformer):
    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping

    def _rename(self, name: str) -> str:
        return self.mapping.get(name, name)

    def visit_Name(self, node):
        node.id = self._rename(node.id)
        return node

    def visit_arg(self, node):
        node.arg = self._rename(node.arg)
        node.annotation = None
        return node

    def visit_Attribute(self, node):
        self.generic_visit(node)
        node.attr = self._rename(node.attr)
        return node

    def visit_FunctionDef(self, node):
        node.name = self._rename(node.name)
        return self.generic_visit(node)

    def visit_ClassDef(self, node):
        node.name = self._rename(node.name)
        return self.generic_visit(node)

    def visit_ExceptHandler(self, node):
        if node.name:
            node.name = self._rename(node.name)
        return self.generic_visit(node)

    def visit_Nonlocal(self, node):
        node.names = [self._rename(n) for n in node.names]
        return node

    def visit_Constant(self, node):
        return ast.Constant(value="#" + type(node.value).__name__)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _skeleton(body: list[ast.stmt]) -> str:
    parts = []
    for st in body:
        kids = [getattr(st, f) for f in ("body", "orelse", "finalbody") if getattr(st, f, None)]
        kids += [h.body for h in getattr(st, "handlers", [])]
        name = type(st).__name__
        parts.append(name + ("(" + "|".join(_skeleton(k) for k in kids) + ")" if kids else ""))
    return ",".join(parts)


def keys(source: str, call: str | None) -> Keys:
    tree = ast.parse(source)
    mapping = {name: f"v{i}" for i, name in enumerate(_defined_names(tree))}
    norm = _Normalizer(mapping)
    structure = ast.dump(norm.visit(tree), annotate_fields=False, include_attributes=False)
    call_norm = ast.dump(norm.visit(ast.parse(call, mode="eval")), annotate_fields=False) if call else ""
    return Keys(_digest(structure + "\n" + call_norm), _digest(structure), _digest(_skeleton(tree.body)))


def split_of(structure_key: str, val: float = 0.05, test: float = 0.05) -> str:
    """Deterministic split from the structure key alone (independent of seed and order)."""
    x = int(hashlib.sha256(("split:" + structure_key).encode()).hexdigest()[:8], 16) / 0x100000000
    if x < test:
        return "test"
    if x < test + val:
        return "val"
    return "train"
