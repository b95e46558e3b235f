"""Family 2: small helpers that call each other, and a main function that calls them, so
step into, step over and step out stop in different places."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env


def generate(b: Builder) -> Program:
    rng = b.rng
    module = Env()
    b.x.call_bias = 3.0
    defs, sigs = [], []
    for k in range(rng.choice([2, 2, 3])):
        hname = b.namer.function(module.taken(), helper=True)
        params = b.params(module, rng.choice([1, 1, 2]), [b.simple_types() for _ in range(2)])
        # A later helper usually calls an earlier one first: chains two or three calls deep.
        calls = (rng.choice(sigs),) if sigs and rng.random() < 0.6 else ()
        lines, sig = b.function(module, hname, params, None, n=rng.randint(0, 2), depth=1,
                                ret=b.simple_types(), calls=calls)
        module.funcs[hname] = sig
        defs.append(lines)
        sigs.append(sig)
    name = "f" if rng.random() < 0.2 else b.namer.function(module.taken())
    params = b.params(module, rng.choice([1, 2, 2]))
    values = b.inputs(params)
    lines, _ = b.function(module, name, params, values, n=rng.randint(1, 3), depth=2, calls=(sigs[-1],))
    defs.append(lines)
    b.x.call_bias = 1.0
    return b.entry("helpers", defs, name, values)
