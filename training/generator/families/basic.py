"""Family 1: one function over built-in types, called with literal arguments (CruxEval-like)."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env


def generate(b: Builder) -> Program:
    rng = b.rng
    module = Env()
    name = "f" if rng.random() < 0.35 else b.namer.function(module.taken())
    params = b.params(module, rng.choice([1, 1, 2, 2, 2, 3]))
    values = b.inputs(params)
    lines, _ = b.function(module, name, params, values, n=rng.randint(1, 5), depth=rng.choice([1, 2, 2, 2]))
    return b.entry("basic", [lines], name, values)
