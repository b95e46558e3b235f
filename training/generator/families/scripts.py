"""Family 6: module-level scripts the way classroom examples look: data at the top, loops
with prints, sometimes a small function defined first and called from the loop."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env
from ..statements import Line
from ..valtypes import DATA_TYPES, DICT_STR_INT, INT, LIST_INT, LIST_PAIR, LIST_STR, STR
from ..values import literal, random_value

DATA_NAMES = {
    LIST_INT: ["scores", "temps", "prices", "ages", "marks", "numbers", "data", "steps", "readings"],
    LIST_STR: ["names", "words", "fruits", "cities", "students", "colors", "tasks", "animals"],
    DICT_STR_INT: ["grades", "stock", "ages", "inventory", "votes", "points", "prices"],
    STR: ["message", "sentence", "word", "text", "name", "greeting"],
    INT: ["limit", "target", "n", "count", "threshold", "start", "year"],
    LIST_PAIR: ["pairs", "records", "entries", "results"],
}


def generate(b: Builder) -> Program:
    rng = b.rng
    env = Env()
    env.prints = True
    lines: list[Line] = []
    if rng.random() < 0.35:  # a helper defined at the top, used by the script below
        hname = b.namer.function(env.taken(), helper=True)
        params = b.params(env, 1, [b.simple_types()])
        fn_lines, sig = b.function(env, hname, params, None, n=rng.randint(0, 2), depth=1, ret=b.simple_types())
        env.funcs[hname] = sig
        lines += fn_lines
        b.x.call_bias = 3.0
    for _ in range(rng.randint(1, 3)):
        t = rng.choice(list(DATA_NAMES))
        name = b.namer.pick(DATA_NAMES[t], env.taken())
        value = random_value(b.rng, t, nonempty=rng.random() < 0.8)
        lines.append((0, f"{name} = {literal(value)}"))
        env.bind(name, t)
        if t.is_container and value:
            env.nonempty[name] = None
    lines += b.s.block(env, rng.randint(2, 4), 2)
    if not any("print(" in text for _, text in lines):
        lines += b.s.print_stmt(env, 0)
    b.x.call_bias = 1.0
    return b.script("script", lines)
