"""Dead-store removal: generated bodies sometimes compute a variable nothing reads; real code
does not, and the model should not learn to expect it. Runs on the AST before formatting."""
from __future__ import annotations

import ast

# Methods whose call changes their receiver: a statement containing one is never dropped.
MUTATORS = frozenset({"pop", "append", "remove", "extend", "insert", "update", "setdefault", "add",
                      "discard", "clear", "sort", "reverse", "popitem"})


def _user_functions(tree: ast.Module) -> set[str]:
    return {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


def _pure(node: ast.AST, user: set[str]) -> bool:
    for n in ast.walk(node):
        if isinstance(n, (ast.Yield, ast.YieldFrom, ast.NamedExpr, ast.Await)):
            return False
        if isinstance(n, ast.Call):
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in MUTATORS:
                return False
            if isinstance(f, ast.Name) and (f.id in user or f.id in ("print", "next")):
                return False
    return True


def _target_names(t: ast.AST) -> list[str] | None:
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, ast.Tuple) and all(isinstance(e, ast.Name) for e in t.elts):
        return [e.id for e in t.elts]
    return None


def _prune(body: list[ast.stmt], dead: set[str], user: set[str]) -> tuple[list[ast.stmt], bool]:
    out, changed = [], False
    for i, st in enumerate(body):
        if isinstance(st, ast.Assign) and len(st.targets) == 1:
            names = _target_names(st.targets[0])
            if names and _pure(st.value, user) and (
                    all(n in dead for n in names) or (len(names) == 1 and _overwritten(body, i, names[0]))):
                changed = True
                continue
        if isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and st.target.id in dead \
                and _pure(st.value, user):
            changed = True
            continue
        for field in ("body", "orelse", "finalbody"):
            sub = getattr(st, field, None)
            if isinstance(sub, list) and sub and not isinstance(st, (ast.FunctionDef, ast.ClassDef)):
                new, ch = _prune(sub, dead, user)
                changed |= ch
                setattr(st, field, new)
        if isinstance(st, ast.Try):
            for h in st.handlers:
                h.body, ch = _prune(h.body, dead, user)
                h.body = h.body or [ast.Pass()]
                changed |= ch
        if isinstance(st, (ast.If, ast.For, ast.While)) and not st.body and not st.orelse \
                and _pure(st.test if isinstance(st, (ast.If, ast.While)) else st.iter, user) \
                and not isinstance(st, ast.While):
            changed = True
            continue
        if isinstance(st, (ast.If, ast.For, ast.While)) and not st.body:
            st.body = [ast.Pass()]
        if isinstance(st, ast.Try) and not st.body:
            st.body = [ast.Pass()]
        out.append(st)
    if len(out) > 1 and any(isinstance(st, ast.Pass) for st in out):
        out = [st for st in out if not isinstance(st, ast.Pass)]
    return out, changed


def _names(node: ast.AST, loads: set[str], stores: set[str], own: str | None = None) -> None:
    """Loads and stores under node; a load of `own` (the name an assignment updates) does not
    count: `total += total % 2` alone does not make `total` live."""
    if isinstance(node, ast.Name):
        if isinstance(node.ctx, ast.Load):
            if node.id != own:
                loads.add(node.id)
        else:
            stores.add(node.id)
        return
    if isinstance(node, (ast.Assign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if len(targets) == 1 and isinstance(targets[0], ast.Name):
            stores.add(targets[0].id)
            _names(node.value, loads, stores, targets[0].id)
            return
    for child in ast.iter_child_nodes(node):
        _names(child, loads, stores, own)


def _dead(scope: ast.AST, shared: set[str]) -> set[str]:
    loads: set[str] = set()
    stores: set[str] = set()
    for child in ast.iter_child_nodes(scope):
        _names(child, loads, stores)
    return stores - loads - shared


def _overwritten(body: list[ast.stmt], i: int, name: str) -> bool:
    """`name = ...` at body[i] is overwritten by a later plain assignment before any read."""
    for st in body[i + 1:]:
        loads: set[str] = set()
        stores: set[str] = set()
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and st.targets[0].id == name:
            _names(st.value, loads, stores)
            return name not in loads
        _names(st, loads, stores)
        if name in loads or name in stores or isinstance(st, (ast.Return, ast.Raise, ast.Break, ast.Continue)):
            return False
    return False


def drop_dead_stores(tree: ast.Module) -> ast.Module:
    user = _user_functions(tree)
    # Names declared nonlocal / global are read by another scope: never dead.
    shared = {name for n in ast.walk(tree) if isinstance(n, (ast.Nonlocal, ast.Global)) for name in n.names}
    scopes: list[ast.AST] = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    # Module-level code (scripts) last: a global becomes dead once the functions reading it are pruned.
    if any(not isinstance(st, (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)) for st in tree.body):
        scopes.append(tree)
    for scope in scopes:
        while True:
            dead = _dead(scope, shared)
            if not dead:
                break
            body, changed = _prune(scope.body, dead, user)
            scope.body = body or [ast.Pass()]
            if not changed:
                break
    return tree


class _Idioms(ast.NodeTransformer):
    """`not a in b` -> `a not in b`, `not a == b` -> `a != b`: how people write them."""

    FLIP = {ast.In: ast.NotIn, ast.Eq: ast.NotEq}

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        c = node.operand
        if isinstance(node.op, ast.Not) and isinstance(c, ast.Compare) and len(c.ops) == 1 \
                and type(c.ops[0]) in (ast.In, ast.Eq):
            return ast.Compare(c.left, [self.FLIP[type(c.ops[0])]()], c.comparators)
        return node


def use_idioms(tree: ast.Module) -> ast.Module:
    return _Idioms().visit(tree)
