"""Rejects degenerate generated code that no person writes: `x - x`, `s.count(s)`, `a or a`,
identical branches, constant conditions. Families regenerate when `is_degenerate` is true."""
from __future__ import annotations

import ast


def _same(a: ast.AST, b: ast.AST) -> bool:
    return ast.unparse(a) == ast.unparse(b)


def is_degenerate(source: str) -> bool:
    for n in ast.walk(ast.parse(source)):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and _same(n.targets[0], n.value):
            return True
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not) and (
                (isinstance(n.operand, ast.UnaryOp) and isinstance(n.operand.op, ast.Not))
                or (isinstance(n.operand, ast.Compare) and isinstance(n.operand.ops[0], (ast.NotIn, ast.IsNot)))):
            return True  # `not not x`, `not a not in b`
        if isinstance(n, ast.BinOp) and not isinstance(n.op, (ast.Mult, ast.Pow)) and _same(n.left, n.right):
            return True
        if isinstance(n, ast.Compare) and len(n.comparators) == 1 and _same(n.left, n.comparators[0]):
            return True
        if isinstance(n, ast.BoolOp) and any(_same(a, b) for i, a in enumerate(n.values) for b in n.values[i + 1:]):
            return True
        if isinstance(n, ast.BoolOp) and any(isinstance(v, ast.Constant) for v in n.values):
            return True
        if isinstance(n, ast.Compare) and isinstance(n.left, ast.Constant) and \
                all(isinstance(c, ast.Constant) for c in n.comparators):
            return True
        if isinstance(n, ast.IfExp) and (_same(n.body, n.orelse) or isinstance(n.test, ast.Constant)):
            return True
        if isinstance(n, ast.If) and isinstance(n.test, ast.Constant):
            return True
        if isinstance(n, ast.While) and isinstance(n.test, ast.Constant) and n.test.value is not True:
            return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and any(_same(n.func.value, a) for a in n.args):
            return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("min", "max") and \
                len(n.args) == 2 and _same(n.args[0], n.args[1]):
            return True
    return False
