"""Formatting path of the v2 families: source text written as people write it.

v1 programs go through `builder.tidy` (ast.unparse), which drops comments, docstrings and the
blank lines people leave. v2 programs are written here as text instead and only checked to
parse: a module docstring, sorted imports, UPPER_CASE constants, two blank lines between
top-level definitions and one between methods, as PEP 8 has it.
"""
from __future__ import annotations

import ast
import random
from dataclasses import dataclass, field

INDENT = "    "


def indent(lines: list[str], levels: int = 1) -> list[str]:
    return [INDENT * levels + line if line else "" for line in lines]


@dataclass
class Style:
    """How one program documents itself: drawn once, so a program is consistent."""
    rng: random.Random
    hints: bool  # type hints on every signature
    docstrings: float  # chance that a function or class has a docstring
    comments: float  # chance that an offered comment is written

    @classmethod
    def draw(cls, rng: random.Random) -> "Style":
        return cls(rng, rng.random() < 0.75, rng.choice([0.0, 0.4, 0.7, 1.0]), rng.choice([0.2, 0.5, 0.8]))

    def signature(self, name: str, params: list[tuple[str, str]], returns: str) -> str:
        """`def name(p: hint, ...) -> returns:`; a param `self` never has a hint."""
        if not self.hints:
            return f"def {name}({', '.join(p for p, _ in params)}):"
        text = ", ".join(p if p == "self" or not hint else f"{p}: {hint}" for p, hint in params)
        return f"def {name}({text}) -> {returns}:"

    def docstring(self, summary: str, details: tuple[str, ...] = ()) -> list[str]:
        """No docstring, a one-line one, or (when details are given, half the time) a summary
        line, a blank line and the details."""
        if self.rng.random() >= self.docstrings:
            return []
        if details and self.rng.random() < 0.5:
            return ['"""' + summary, "", *details, '"""']
        return [f'"""{summary}"""']

    def comment(self, text: str) -> list[str]:
        return [f"# {text}"] if self.rng.random() < self.comments else []

    def trailing(self, line: str, text: str) -> str:
        """`line  # text`, sometimes."""
        return f"{line}  # {text}" if self.rng.random() < self.comments / 2 else line


@dataclass
class Module:
    """A module in parts; `render` joins them in the usual order."""
    docstring: list[str] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # "import math", "from collections import Counter"
    constants: dict[str, str] = field(default_factory=dict)  # name -> line (with its comment)
    definitions: list[list[str]] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)  # the main guard, or nothing

    def constant(self, name: str, value: str, comment: str | None = None, style: Style | None = None) -> str:
        line = f"{name} = {value}"
        self.constants[name] = style.trailing(line, comment) if style and comment else line
        return name

    def render(self) -> str:
        blocks: list[list[str]] = []
        if self.docstring:
            blocks.append(self.docstring)
        plain = sorted(i for i in self.imports if i.startswith("import "))
        froms = sorted(i for i in self.imports if i.startswith("from "))
        head = [*plain, *froms]
        if head:
            blocks.append(head)
        if self.constants:
            blocks.append(list(self.constants.values()))
        parts = [_join(blocks, 1)] if blocks else []
        parts += self.definitions + ([self.tail] if self.tail else [])
        source = "\n\n\n".join("\n".join(p) for p in parts) + "\n"
        ast.parse(source)  # a bug in a part must fail here, not in the tracer
        return source


def _join(blocks: list[list[str]], blank: int) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if out:
            out += [""] * blank
        out += b
    return out


def methods(parts: list[list[str]]) -> list[str]:
    """Class body from method blocks, one blank line between them."""
    return _join(parts, 1)
