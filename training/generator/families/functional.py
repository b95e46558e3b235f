"""Family 7: closures (with `nonlocal`), lambdas passed to builtins or kept in variables, and
generators (`yield`, `yield from`, generator pipelines)."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env
from ..statements import Line, indent
from ..valtypes import BOOL, INT, LIST_INT, LIST_STR, STR, Ty
from ..values import random_value


def _env(params: dict[str, Ty]) -> Env:
    env = Env()
    env.in_function = True
    for p, t in params.items():
        env.bind(p, t)
    return env


def closure_factory(b: Builder) -> tuple[list[Line], str, list]:
    rng = b.rng
    el = rng.choice([INT, INT, STR])
    k, kt = rng.choice([("k", INT), ("step", INT), ("factor", INT), ("limit", INT)] +
                       ([("prefix", STR), ("suffix", STR), ("sep", STR)] if el == STR else []))
    x = "x" if el == INT else "s"
    maker = b.namer.pick(["make_adder", "make_scaler", "make_filter", "make_tagger", "build", "make_op"], {})
    inner = b.namer.pick(["apply", "inner", "op", "fn", "transform", "wrapped"], {})
    env = _env({k: kt, x: el})
    res = b.x.reading(env, x, el, 2)
    if not b.x.mentions_var(_env({k: kt}), res):  # the closure reads its captured variable
        res = rng.choice({(INT, INT): [f"{x} * {k}", f"{x} + {k}", f"max({x}, {k})", f"{x} % ({k} + 1)"],
                          (STR, INT): [f"{x} * {k}", f"{x}[:{k}]", f"{x}.center({k})"],
                          (STR, STR): [f"{x} + {k}", f"{k} + {x}", f"{k}.join({x})"]}[(el, kt)])
    fn = [(0, f"def {maker}({k}):"), (1, f"def {inner}({x}):"), (2, f"return {res}"), (1, f"return {inner}")]
    main = b.namer.pick(["f", "run", "apply_all", "transform_all"], {maker: None})
    xs = "items" if el == STR else "nums"
    use = rng.choice([f"[g({x}) for {x} in {xs}]", f"list(map(g, {xs}))", "loop"])
    body = [(0, f"g = {maker}({k})")]
    if use == "loop":
        body += [(0, "out = []"), (0, f"for {x} in {xs}:"), (1, f"out.append(g({x}))"), (0, "return out")]
    else:
        body.append((0, f"return {use}"))
    values = [[random_value(rng, el) for _ in range(rng.randint(0, 4))], random_value(rng, kt)]
    return fn + [(0, f"def {main}({xs}, {k}):")] + indent(body), main, values


def counter_closure(b: Builder) -> tuple[list[Line], str, list]:
    rng = b.rng
    state = rng.choice(["count", "total", "calls", "acc"])
    maker = b.namer.pick(["make_counter", "counter", "make_acc", "tracker"], {})
    step = rng.choice(["step", "tick", "add", "bump"])
    arg = rng.choice(["by", "amount", "n"])
    update = rng.choice([f"{state} += {arg}", f"{state} += 1", f"{state} = {state} * 2 + {arg}", f"{state} -= {arg}"])
    fn = [(0, f"def {maker}(start):"), (1, f"{state} = start"), (1, f"def {step}({arg}):"), (2, f"nonlocal {state}"),
          (2, update), (2, f"return {state}"), (1, f"return {step}")]
    main = b.namer.pick(["f", "run", "simulate"], {maker: None})
    body = [(0, f"c = {maker}(start)"), (0, "seen = []"), (0, "for v in values:"), (1, "seen.append(c(v))"),
            (0, "return seen" if rng.random() < 0.6 else "return seen[-1] if seen else start")]
    values = [[rng.randint(-2, 6) for _ in range(rng.randint(0, 4))], rng.randint(0, 5)]
    return fn + [(0, f"def {main}(values, start):")] + indent(body), main, values


def lambdas(b: Builder) -> tuple[list[Line], str, list]:
    rng = b.rng
    t = rng.choice([LIST_INT, LIST_STR])
    xs = b.namer.var(t, {})
    env = _env({xs: t})
    env.nonempty[xs] = None
    v = "w" if t == LIST_STR else "v"
    inner = env.child()
    inner.bind(v, t.args[0])
    lines: list[Line] = []
    style = rng.choice(["key", "ops", "stored", "reduce"])
    if style == "key":
        key = b.x.reading(inner, v, rng.choice([INT, STR]) if t == LIST_STR else INT, 1)
        lines += [(0, f"key = lambda {v}: {key}"), (0, f"ordered = sorted({xs}, key=key{', reverse=True' if rng.random() < 0.3 else ''})"),
                  (0, rng.choice(["return ordered", f"return ordered[:{rng.randint(1, 3)}]", "return [key(x) for x in ordered]"]))]
    elif style == "ops" and t == LIST_INT:
        ops = rng.sample(["'add': lambda a, b: a + b", "'sub': lambda a, b: a - b", "'mul': lambda a, b: a * b",
                          "'max': lambda a, b: max(a, b)", "'min': lambda a, b: min(a, b)"], 3)
        lines += [(0, "ops = {" + ", ".join(ops) + "}"), (0, f"acc = {rng.choice(['0', '1', f'{xs}[0]'])}"),
                  (0, f"for i, {v} in enumerate({xs}):"), (1, "name = list(ops)[i % len(ops)]"),
                  (1, f"acc = ops[name](acc, {v})"), (0, "return acc")]
    elif style == "reduce" and t == LIST_INT:
        body = rng.choice(["a + b", "a * b", "max(a, b)", "a * 10 + b", "a - b"])
        lines = [(0, f"return reduce(lambda a, b: {body}, {xs}, {rng.choice([0, 1])})")]
        return [(0, "from functools import reduce"), (0, f"def f({xs}):")] + indent(lines), "f", [random_value(rng, t)]
    else:
        check = b.x.reading(inner, v, BOOL, 1)
        change = b.x.reading(inner, v, t.args[0], 1)
        lines += [(0, f"keep = lambda {v}: {check}"), (0, f"change = lambda {v}: {change}"),
                  (0, f"return [change({v}) for {v} in {xs} if keep({v})]")]
    name = b.namer.function({})
    return [(0, f"def {name}({xs}):")] + indent(lines), name, [random_value(rng, t, nonempty=True)]


def generators(b: Builder) -> tuple[list[Line], str, list]:
    rng = b.rng
    style = rng.choice(["filter_map", "countdown", "pairs", "yield_from", "pipeline"])
    gen = b.namer.pick(["gen", "produce", "emit", "stream", "walk", "chunks", "evens", "iterate"], {})
    consume = rng.choice(["list({})", "sum({})", "next({}, -1)", "loop"])
    if style == "countdown":
        n = rng.choice(["n", "start", "k"])
        step = rng.choice([f"{n} -= 1", f"{n} -= 2", f"{n} //= 2"])
        out = rng.choice([n, f"{n} * {n}", f"{n} % 3"])
        fn = [(0, f"def {gen}({n}):"), (1, f"while {n} > 0:"), (2, f"yield {out}"), (2, step)]
        call_args, values, ptype = n, [rng.randint(0, 8)], INT
    elif style == "pairs":
        fn = [(0, f"def {gen}(items):"), (1, "for i in range(len(items) - 1):"), (2, "yield items[i], items[i + 1]")]
        consume = rng.choice(["list({})", "loop_pairs"])
        call_args, values, ptype = "items", [random_value(rng, LIST_INT)], LIST_INT
    elif style == "yield_from":
        fn = [(0, f"def {gen}(groups):"), (1, "for group in groups:"), (2, "if group:"), (3, "yield from group"),
              (2, "else:"), (3, "yield 0")]
        call_args, values, ptype = "groups", [[random_value(rng, LIST_INT)[:3] for _ in range(rng.randint(1, 3))]], LIST_INT
    else:
        xs, el = ("xs", INT) if rng.random() < 0.6 else ("words", STR)
        env = _env({})
        env.bind("x", el)
        cond = b.x.reading(env, "x", BOOL, 1)
        val = b.x.reading(env, "x", INT if consume == "sum({})" else el, 1)
        if style == "pipeline":
            fn = []
            body = [(0, f"kept = (x for x in {xs} if {cond})"), (0, f"mapped = ({val} for x in kept)")]
            expr = {"list({})": "list(mapped)", "sum({})": "sum(mapped)", "next({}, -1)": "next(mapped, None)",
                    "loop": "[m for m in mapped]"}[consume]
            main = b.namer.function({})
            return [(0, f"def {main}({xs}):")] + indent(body + [(0, f"return {expr}")]), main, \
                [random_value(rng, list_of_el(el))]
        fn = [(0, f"def {gen}({xs}):"), (1, f"for x in {xs}:"), (2, f"if {cond}:"), (3, f"yield {val}")]
        call_args, values, ptype = xs, [random_value(rng, list_of_el(el))], el
    main = b.namer.pick(["f", "run", "consume", "total"], {gen: None})
    call = f"{gen}({call_args})"
    if consume == "loop":
        body = [(0, "out = []"), (0, f"for item in {call}:"), (1, "out.append(item)"), (0, "return out")]
    elif consume == "loop_pairs":
        body = [(0, "diffs = []"), (0, f"for a, b in {call}:"), (1, "diffs.append(b - a)"), (0, "return diffs")]
    elif consume == "sum({})" and ptype == STR:
        body = [(0, f"return list({call})")]
    else:
        body = [(0, f"return {consume.format(call)}")]
    return fn + [(0, f"def {main}({call_args}):")] + indent(body), main, values


def list_of_el(el: Ty) -> Ty:
    return LIST_INT if el == INT else LIST_STR


def generate(b: Builder) -> Program:
    kind = b.rng.choices([closure_factory, counter_closure, lambdas, generators], [3, 2, 3, 4])[0]
    lines, name, values = kind(b)
    return b.entry("functional", [lines], name, values, script_p=0.1)
