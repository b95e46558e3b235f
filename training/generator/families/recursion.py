"""Family 3: recursive functions. Each schema fixes the recursion's shape (how the problem
shrinks, where it stops); base values, combining expressions and extra statements come from
typed fragments, so no two programs of a schema need look alike."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import Env
from ..statements import Line, indent
from ..valtypes import BOOL, INT, LIST_INT, LIST_STR, STR, Ty
from ..values import random_value


def _fn_env(b: Builder, params: dict[str, Ty], ret: Ty) -> Env:
    env = Env()
    env.in_function = True
    env.ret = ret
    for p, t in params.items():
        env.bind(p, t)
    return env


def _both(b: Builder, env: Env, first: str, second: str, t: Ty) -> str:
    """An expression of type t reading both variables (the head and the recursive result)."""
    for _ in range(6):
        text = b.x.reading(env, second, t, 2)
        if b.x.mentions_var(_only(env, first), text) and b.x.mentions_var(_only(env, second), text):
            return text
    ft = env.vars[first]
    if t == BOOL:
        return f"{b.x.reading(env, first, BOOL, 1)} {b.rng.choice(['and', 'or'])} {second}"
    if t == INT:
        head = first if ft == INT else b.rng.choice([f"len({first})", f"{first}.count('a')", f"ord({first}[:1] or 'a')"])
        return b.rng.choice([f"{head} + {second}", f"max({head}, {second})", f"{second} + {head} * 2", f"{second} - {head}"])
    if t == STR:
        head = first if ft == STR else f"str({first})"
        return b.rng.choice([f"{head} + {second}", f"{second} + {head}", f"{head}.upper() + {second}"])
    if t.kind == "list" and t.args[0] == ft:
        return b.rng.choice([f"[{first}] + {second}", f"{second} + [{first}]"])
    return second


def _only(env: Env, name: str) -> Env:
    one = Env()
    one.vars[name] = env.vars[name]
    return one


def over_int(b: Builder, name: str) -> tuple[list[Line], list]:
    """f(n): stops at a small n, recurses on n - 1, n - 2 or n // 2."""
    rng = b.rng
    n = rng.choice(["n", "k", "num", "depth", "count", "x"])
    ret = rng.choice([INT, INT, INT, STR, LIST_INT])
    env = _fn_env(b, {n: INT}, ret)
    env.frozen[n] = None  # the recursion's measure: changing it could recurse forever
    shrink = rng.choice([f"{n} - 1", f"{n} - 1", f"{n} // 2", f"{n} - 2", "two"])
    stop = rng.choice([f"{n} <= 0", f"{n} == 0", f"{n} < 2", f"{n} <= 1"])
    if shrink == "two":  # fibonacci-like: two calls, keep n tiny
        base = n if ret == INT and rng.random() < 0.6 else b.x.expr(env, ret, 1)
        body = [(0, f"if {n} < 2:"), (1, f"return {base}")]
        if ret == INT:
            body.append((0, f"return {name}({n} - 1) {rng.choice(['+', '+', '-', '*'])} {name}({n} - 2)"))
        else:
            body.append((0, f"return {name}({n} - 1) + {name}({n} - 2)"))
        return [(0, f"def {name}({n}):")] + indent(body), [rng.randint(0, 6)]
    body = [(0, f"if {stop}:"), (1, f"return {b.x.expr(env, ret, 1)}")]
    rest = rng.choice(["rest", "sub", "prev", "smaller", "r"])
    if rng.random() < 0.5:
        body += b.s.block(env, 1, 0)
    body.append((0, f"{rest} = {name}({shrink})"))
    env.bind(rest, ret)
    env.uses[rest] = 0
    combine = b.x.reading(env, rest, ret, 1) if rng.random() < 0.85 else rest
    body.append((0, f"return {combine}"))
    return [(0, f"def {name}({n}):")] + indent(body), [rng.randint(0, 8 if "//" not in shrink else 40)]


def over_sequence(b: Builder, name: str) -> tuple[list[Line], list]:
    """f(xs): head and tail, by slicing or by an index parameter, with or without an accumulator."""
    rng = b.rng
    seq_t = rng.choice([LIST_INT, LIST_INT, STR, LIST_STR])
    xs = b.namer.var(seq_t, {})
    ret = rng.choice([INT, INT, seq_t, BOOL, STR])
    style = rng.choice(["slice", "slice", "index", "acc"])
    params = {xs: seq_t}
    if style == "index":
        params["i"] = INT
    if style == "acc":
        params["acc"] = ret
    env = _fn_env(b, params, ret)
    el = rng.choice(["head", "first", "item"] if seq_t.kind == "list" else ["first", "ch", "head"])
    head_t = seq_t.args[0] if seq_t.kind == "list" else STR
    if style == "index":
        stop, head, tail = f"i >= len({xs})", f"{xs}[i]", f"{name}({xs}, i + 1)"
    else:
        stop = rng.choice([f"not {xs}", f"len({xs}) == 0"])
        head, tail = f"{xs}[0]", f"{name}({xs}[1:]" + (", acc2)" if style == "acc" else ")")
    inner = env.child()
    inner.nonempty[xs] = None
    base = "acc" if style == "acc" else b.x.expr(env, ret, 0)
    body: list[Line] = [(0, f"if {stop}:"), (1, f"return {base}")]
    body.append((0, f"{el} = {head}"))
    inner.bind(el, head_t)
    if style == "acc":
        body.append((0, f"acc2 = {_both(b, inner, el, 'acc', ret)}"))
        body.append((0, f"return {tail}"))
    else:
        rest = rng.choice(["rest", "tail_value", "sub", "r"])
        body.append((0, f"{rest} = {tail}"))
        inner.bind(rest, ret)
        body.append((0, f"return {_both(b, inner, el, rest, ret)}"))
    args = ", ".join(params)
    value = random_value(rng, seq_t)
    if seq_t.kind == "list":
        value = value[:5]
    else:
        value = value[:6]
    extra = {"index": [0], "acc": [random_value(rng, ret) if ret != seq_t else ([] if seq_t.kind == "list" else "")]}
    return [(0, f"def {name}({args}):")] + indent(body), [value] + extra.get(style, [])


def classic(b: Builder, name: str) -> tuple[list[Line], list]:
    """Well-known recursive algorithms with varied names and small inputs."""
    rng = b.rng
    kind = rng.choice(["gcd", "power", "binsearch", "perms", "subsets", "hanoi", "tree_sum", "flatten",
                       "depth", "memo_fib", "palindrome", "digits"])
    a, c = rng.sample(["a", "b", "m", "n", "x", "y", "p", "q"], 2)
    if kind == "gcd":
        lines = [f"def {name}({a}, {c}):", f"    if {c} == 0:", f"        return {a}",
                 f"    return {name}({c}, {a} % {c})"]
        return [(0, ln) for ln in lines], [rng.randint(1, 60), rng.randint(0, 40)]
    if kind == "power":
        lines = [f"def {name}(base, exp):", "    if exp == 0:", "        return 1",
                 f"    half = {name}(base, exp // 2)", "    if exp % 2 == 0:", "        return half * half",
                 "    return half * half * base"]
        return [(0, ln) for ln in lines], [rng.randint(-3, 5), rng.randint(0, 9)]
    if kind == "binsearch":
        xs = sorted(rng.sample(range(0, 40), rng.randint(1, 7)))
        lines = [f"def {name}(items, target, lo, hi):", "    if lo > hi:", "        return -1",
                 "    mid = (lo + hi) // 2", "    if items[mid] == target:", "        return mid",
                 "    if items[mid] < target:", f"        return {name}(items, target, mid + 1, hi)",
                 f"    return {name}(items, target, lo, mid - 1)"]
        target = rng.choice(xs) if rng.random() < 0.7 else rng.randint(0, 40)
        return [(0, ln) for ln in lines], [xs, target, 0, len(xs) - 1]
    if kind == "perms":
        seq = rng.choice([[1, 2, 3], [1, 2], "ab", "abc", [5], "xy"])
        lines = [f"def {name}(seq):", "    if len(seq) <= 1:", "        return [seq]", "    out = []",
                 "    for i in range(len(seq)):", "        rest = seq[:i] + seq[i + 1:]",
                 f"        for p in {name}(rest):", "            out.append(seq[i:i + 1] + p)", "    return out"]
        return [(0, ln) for ln in lines], [seq]
    if kind == "subsets":
        seq = [rng.randint(0, 9) for _ in range(rng.randint(0, 3))]
        lines = [f"def {name}(items):", "    if not items:", "        return [[]]", f"    rest = {name}(items[1:])",
                 "    return rest + [[items[0]] + r for r in rest]"]
        return [(0, ln) for ln in lines], [seq]
    if kind == "hanoi":
        fmt = rng.choice(["(src, dst)", "f'{src}->{dst}'", "src + dst"])
        lines = [f"def {name}(n, src, dst, via, moves):", "    if n == 0:", "        return moves",
                 f"    {name}(n - 1, src, via, dst, moves)", f"    moves.append({fmt})",
                 f"    {name}(n - 1, via, dst, src, moves)", "    return moves"]
        return [(0, ln) for ln in lines], [rng.randint(0, 3), "A", "C", "B", []]
    if kind in ("tree_sum", "flatten", "depth"):
        tree = rng.choice([[1, [2, 3], [[4]]], [[1, 2], 3], [5, [6, [7, [8]]]], [], [1, [], [2]], [[3], [4, 5]]])
        if kind == "tree_sum":
            leaf = rng.choice(["node", "node * 2", "1", "abs(node)"])
            lines = [f"def {name}(node):", "    if isinstance(node, int):", f"        return {leaf}", "    total = 0",
                     "    for child in node:", f"        total += {name}(child)", "    return total"]
        elif kind == "flatten":
            lines = [f"def {name}(items):", "    out = []", "    for item in items:", "        if isinstance(item, list):",
                     f"            out.extend({name}(item))", "        else:", "            out.append(item)", "    return out"]
        else:
            lines = [f"def {name}(node):", "    if not isinstance(node, list):", "        return 0",
                     f"    return 1 + max([{name}(c) for c in node], default=0)"]
        return [(0, ln) for ln in lines], [tree]
    if kind == "memo_fib":
        lines = [f"def {name}(n, memo):", "    if n in memo:", "        return memo[n]", "    if n < 2:",
                 "        return n", f"    memo[n] = {name}(n - 1, memo) + {name}(n - 2, memo)", "    return memo[n]"]
        return [(0, ln) for ln in lines], [rng.randint(0, 9), {}]
    if kind == "palindrome":
        lines = [f"def {name}(s):", "    if len(s) < 2:", "        return True", "    if s[0] != s[-1]:",
                 "        return False", f"    return {name}(s[1:-1])"]
        return [(0, ln) for ln in lines], [rng.choice(["racecar", "abba", "abc", "noon", "level", "ab", "a", "xyzx"])]
    lines = [f"def {name}(n):", "    if n < 10:", "        return " + rng.choice(["n", "[n]", "1"]),
             f"    return {name}(n // 10) " + rng.choice(["+ n % 10", "+ [n % 10]", "+ 1"])]
    if "[n]" in lines[2] or "[n % 10]" in lines[3]:
        lines[2], lines[3] = "        return [n]", f"    return {name}(n // 10) + [n % 10]"
    elif lines[2].endswith("1") != lines[3].endswith("1"):
        lines[2], lines[3] = "        return n", f"    return {name}(n // 10) + n % 10"
    return [(0, ln) for ln in lines], [rng.randint(0, 99999)]


def generate(b: Builder) -> Program:
    rng = b.rng
    name = b.namer.pick(["f", "solve", "walk", "count_down", "rec", "helper", "go", "visit", "build", "reduce"], {})
    schema = rng.choices([over_int, over_sequence, classic], [4, 5, 2])[0]  # classic ones have few shapes
    lines, values = schema(b, name)
    return b.entry("recursion", [lines], name, values)
