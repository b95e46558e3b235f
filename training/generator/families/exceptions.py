"""Family 5: exceptions raised by real operations or by `raise`, caught with `except`, with
`else` / `finally`, re-raised, or left uncaught (those programs end with status "error")."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env
from ..statements import Line, indent
from ..valtypes import DICT_STR_INT, INT, LIST_INT, LIST_STR, STR, Ty

TOKENS = ["1", "2", "10", "-3", "7", "x", "a1", "", "42", "3.5", "ten", " 4", "0"]


def risky(b: Builder, env: Env, item: str, item_t: Ty) -> tuple[str, str, list[tuple[str, Ty, object]]] | None:
    """An operation on `item` that may raise: (expression, exception type, extra params)."""
    rng = b.rng
    if item_t == STR:
        return rng.choice([(f"int({item})", "ValueError", []),
                           (f"table[{item}]", "KeyError", [("table", DICT_STR_INT, None)]),
                           (f"{item}.index({rng.choice(['a', 'e', ':', '1'])!r})", "ValueError", []),
                           (f"10 // len({item})", "ZeroDivisionError", [])])
    return rng.choice([(f"{rng.choice([12, 60, 100, 7])} // {item}", "ZeroDivisionError", []),
                       (f"data[{item}]", "IndexError", [("data", LIST_INT, None)]),
                       (f"{rng.choice([10, 24, 5])} % {item}", "ZeroDivisionError", [])])


def _items(b: Builder, t: Ty) -> list:
    rng = b.rng
    if t == STR:
        return [rng.choice(TOKENS) for _ in range(rng.randint(1, 5))]
    return [rng.choice([0, 1, 2, 3, 5, -1, 4, 6]) for _ in range(rng.randint(1, 5))]


def loop_with_handler(b: Builder, uncaught: bool) -> tuple[list[Line], list[str], list]:
    """for each item: try the risky operation, handle failures in the loop."""
    rng = b.rng
    item_t = rng.choice([STR, INT])
    seq = rng.choice(["tokens", "items", "parts", "values", "inputs"]) if item_t == STR else rng.choice(["nums", "divisors", "keys", "values"])
    x = b.namer.element("str" if item_t == STR else "int", {})
    env = Env()
    env.in_function = True
    env.bind(seq, LIST_STR if item_t == STR else LIST_INT)
    expr, exc, extra = risky(b, env, x, item_t)
    params = [seq] + [p for p, _, _ in extra]
    values = [_items(b, item_t)] + [_extra_value(b, t) for _, t, _ in extra]
    acc = rng.choice(["out", "results", "good", "parsed"])
    errors = rng.choice(["errors", "bad", "failed", "skipped"])
    caught = rng.choice(["Exception", exc, f"({exc}, TypeError)"]) if not uncaught else \
        rng.choice(["TypeError", "AttributeError"] if exc != "TypeError" else ["KeyError"])
    handler = rng.choice([[f"{errors} += 1"], ["continue"], [f"{acc}.append(-1)"], [f"{errors} += 1", "continue"]])
    as_e = rng.random() < 0.3
    if as_e:
        handler = [f"{acc}.append(str(e))" if rng.random() < 0.5 else f"{acc}.append(type(e).__name__)"]
    body: list[Line] = [(0, f"{acc} = []"), (0, f"{errors} = 0"), (0, f"for {x} in {seq}:"), (1, "try:"),
                        (2, f"value = {expr}")]
    has_else = rng.random() < 0.4
    if not has_else:
        body.append((2, f"{acc}.append(value)"))
    body.append((1, f"except {caught}{' as e' if as_e else ''}:"))
    body += [(2, h) for h in handler]
    if has_else:
        body += [(1, "else:"), (2, f"{acc}.append(value)")]
    if rng.random() < 0.3:
        body += [(1, "finally:"), (2, rng.choice([f"{errors} += 0", "pass", f"print({x})"]))]
    body.append((0, f"return {rng.choice([acc, f'({acc}, {errors})', f'len({acc}) - {errors}'])}"))
    return body, params, values


def _extra_value(b: Builder, t: Ty):
    rng = b.rng
    if t == DICT_STR_INT:
        return {k: rng.randint(0, 9) for k in rng.sample(["1", "x", "a1", "ten", "7", "42"], rng.randint(1, 3))}
    return [rng.randint(0, 9) for _ in range(rng.randint(1, 4))]


def validate_and_raise(b: Builder, uncaught: bool) -> tuple[list[Line], list[str], list]:
    """A checker that raises, and a caller that catches (or not)."""
    rng = b.rng
    module = Env()
    exc = rng.choice(["ValueError", "ValueError", "KeyError", "RuntimeError", "custom"])
    pre: list[Line] = []
    if exc == "custom":
        exc = rng.choice(["InvalidInput", "BadValue", "LimitError", "ParseError"])
        pre = [(0, f"class {exc}({rng.choice(['Exception', 'ValueError'])}):"), (1, "pass")]
    check = b.namer.pick(["check", "validate", "ensure", "require", "parse_one", "verify"], {})
    p, pt = rng.choice([("n", INT), ("value", INT), ("word", STR), ("text", STR), ("size", INT)])
    env = module.child()
    env.in_function = True
    env.bind(p, pt)
    cond = b.x.expr(env, Ty("bool"), 1)
    msg = rng.choice([f"f'bad {{{p}}}'", repr("invalid"), f"f'{{{p}!r}} rejected'", repr("too small")])
    result = b.x.expr(env, pt, 1)
    checker = [(0, f"def {check}({p}):"), (1, f"if {cond}:"), (2, f"raise {exc}({msg})"), (1, f"return {result}")]
    seq = "items"
    caller = [(0, "total = []" if rng.random() < 0.5 else "kept = []")]
    acc = caller[0][1].split()[0]
    x = "x" if pt == INT else "w"
    catch = exc if rng.random() < 0.6 else "Exception"
    if uncaught:
        catch = rng.choice(["TypeError", "ZeroDivisionError"])
    inner = [(0, f"for {x} in {seq}:"), (1, "try:"), (2, f"{acc}.append({check}({x}))"), (1, f"except {catch} as err:"),
             (2, rng.choice([f"{acc}.append(str(err))", "break", "continue", f"{acc}.append(None)"]))]
    if rng.random() < 0.25:
        inner += [(1, "finally:"), (2, rng.choice(["pass", f"print('checked', {x})"]))]
    caller += inner
    caller.append((0, f"return {acc}"))
    main = b.namer.pick(["run", "process", "check_all", "collect"], {check: None})
    defs = pre + checker + [(0, f"def {main}({seq}):")] + indent(caller)
    values = [[(rng.randint(-3, 12) if pt == INT else rng.choice(["ok", "", "abc", "x", "hello", "no"]))
               for _ in range(rng.randint(1, 4))]]
    return defs, [seq], values, main


def generate(b: Builder) -> Program:
    rng = b.rng
    uncaught = rng.random() < 0.25
    expect = ("error",) if uncaught else ("ok",)
    if rng.random() < 0.5:
        body, params, values = loop_with_handler(b, uncaught)
        name = b.namer.pick(["parse_all", "safe_divide", "convert", "f", "lookup_all", "process"], {})
        defs = [[(0, f"def {name}({', '.join(params)}):")] + indent(body)]
    else:
        lines, params, values, name = validate_and_raise(b, uncaught)
        defs = [lines]
    return b.entry("exceptions", defs, name, values, script_p=0.15, expect=expect)
