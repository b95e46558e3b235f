"""Typed expression fragments: `Exprs.expr(env, t, depth)` builds Python text of type t.

Each producer below is valid for the values in scope (it only reads variables of the types it
needs) and avoids raising: indexing needs a known non-empty container or a loop index, division
uses a non-zero divisor, `int()` only sees digits. Sub-expressions are parenthesized generously;
the finished program goes through `ast.unparse`, which keeps only the parentheses that matter.
"""
from __future__ import annotations

import random
import re

from .env import Env
from .names import Namer
from .valtypes import (BOOL, FLOAT, INT, LIST_INT, LIST_PAIR, LIST_STR, PAIR_INT, PAIR_STR_INT, SET_INT,
                       SET_STR, STR, Ty, dict_of, element, is_orderable, list_of, set_of)
from .values import literal

SMALL_STRS = ["a", "e", "o", "ab", "x", " ", ",", "-", "", "_", "l", "an", "s", "!", "na", "b", ":"]
SEPS = [" ", ",", "-", "", ", ", "_", "|", ":", "/"]
STR_METHODS_0 = ["upper", "lower", "strip", "title", "capitalize", "swapcase", "lstrip", "rstrip", "casefold"]
STR_PREDICATES = ["isdigit", "isalpha", "isupper", "islower", "isspace", "isalnum", "istitle", "isnumeric",
                  "isdecimal", "isidentifier"]
COMPARE = ["<", "<=", ">", ">=", "==", "!="]
MAX_EXPR_CHARS = 70


class _NoFit(Exception):
    """A producer could not build an expression that reads the variable it had to read."""


class Exprs:
    def __init__(self, rng: random.Random, namer: Namer):
        self.rng = rng
        self.namer = namer
        self.call_bias = 1.0  # families that are about calls raise it
        self.producers = {
            "int": [(5, self.int_arith), (2, self.int_divmod), (5, self.length), (2, self.int_minmax2),
                    (3, self.int_aggregate), (3, self.int_count), (2, self.dict_get), (2, self.index),
                    (1, self.int_from_char), (1, self.int_from_float), (0.5, self.ternary), (1, self.tuple_item),
                    (1, self.int_find),
                    (1, self.int_abs), (3, self.call_helper), (1, self.method_call), (1, self.attr_of)],
            "float": [(3, self.float_div), (2, self.float_round), (1, self.float_of_int), (1, self.float_arith),
                      (2, self.call_helper), (1, self.attr_of)],
            "bool": [(6, self.compare), (4, self.membership), (3, self.str_predicate), (1, self.negate),
                     (2, self.bool_op), (2, self.any_all), (2, self.parity), (1, self.is_sorted_or_pal),
                     (2, self.call_helper), (1, self.attr_of)],
            "str": [(6, self.str_method), (3, self.str_replace), (4, self.str_slice), (3, self.str_concat),
                    (1, self.str_repeat), (4, self.str_join), (2, self.fstring), (2, self.str_of),
                    (1, self.str_pad), (2, self.index), (1, self.str_sorted), (0.5, self.ternary),
                    (1, self.char_shift), (1, self.tuple_item), (1, self.str_split_first), (2, self.str_part),
                    (3, self.call_helper), (1, self.method_call), (1, self.attr_of), (1, self.max_by_key)],
            "list": [(5, self.list_sorted), (3, self.list_slice), (2, self.list_concat), (8, self.list_comp),
                     (2, self.list_range), (2, self.list_map_filter), (3, self.list_from), (1, self.list_display),
                     (2, self.str_split), (2, self.call_helper), (1, self.attr_of)],
            "dict": [(5, self.dict_comp), (2, self.dict_zip), (1, self.dict_copy), (1, self.dict_fromkeys),
                     (1, self.call_helper),
                     (1, self.attr_of)],
            "set": [(3, self.set_of_iterable), (3, self.set_comp), (3, self.set_op), (1, self.attr_of)],
            "tuple": [(3, self.tuple_display), (2, self.tuple_divmod), (2, self.tuple_minmax), (2, self.max_by_key),
                      (1, self.call_helper)],
            "obj": [(1, self.construct)],
        }

    # -- the dispatcher -------------------------------------------------------------------------
    def expr(self, env: Env, t: Ty, depth: int = 2) -> str:
        """An expression of type t. Compound ones must read a variable (no `'a'.upper()`) and stay
        short enough to read at a glance (nested comprehension chains are not real code)."""
        for _ in range(4):
            text, compound = self._attempt(env, t, depth)
            if not compound or (len(text) <= MAX_EXPR_CHARS and self.mentions_var(env, text)):
                return text
        names = env.of_type(t)
        if names:
            return self.pick(env, names)
        return self.any_test(env) if t.kind == "bool" else self.literal(t)

    def any_test(self, env: Env) -> str:
        """A condition on some variable, when nothing richer came out."""
        for n, ty in env.readable().items():
            if ty.kind == "int":
                return f"{n} > {self.rng.choice([0, 1, 2])}"
            if ty.is_container:
                return f"len({n}) > {self.rng.choice([0, 1, 2])}"
        return self.literal(BOOL)

    def _attempt(self, env: Env, t: Ty, depth: int) -> tuple[str, bool]:
        rng = self.rng
        options = []
        names = env.of_type(t)
        if names:
            options.append((8 if depth <= 1 else 4, lambda: self.pick(env, names)))
        lit_weight = 0.2 if t.kind == "bool" else (1.5 if depth > 0 else 3)
        options.append((lit_weight, lambda: self.literal(t)))
        if t.kind == "bool" and depth == 0:  # a condition is a comparison or a test, not True / False
            for w, fn in ((3, self.compare), (2, self.membership), (1, self.str_predicate), (1, self.parity)):
                options.append((w, lambda fn=fn: fn(env, t, 0)))
        if depth > 0:
            for w, fn in self.producers.get(t.kind, []):
                w *= self.call_bias if fn == self.call_helper else 1.0
                options.append((w, lambda fn=fn: fn(env, t, depth - 1)))
        while options:
            i = rng.choices(range(len(options)), [w for w, _ in options])[0]
            try:
                text = options[i][1]()
            except _NoFit:
                text = None
            if text is not None:
                return text, i >= 2 or (i == 1 and not names)
            options.pop(i)
        return self.literal(t), False

    def pick(self, env: Env, names: list[str]) -> str:
        """A variable, preferring ones not read yet (real code reads what it computes)."""
        name = self.rng.choices(names, [1 if env.uses.get(n) else 3 for n in names])[0]
        env.uses[name] = env.uses.get(name, 0) + 1
        return name

    @staticmethod
    def mentions_var(env: Env, text: str) -> bool:
        return any(re.search(r"(?<![\w.'])" + re.escape(n) + r"(?!\w)", text) for n in env.vars)

    def literal(self, t: Ty) -> str:
        rng = self.rng
        k = t.kind
        if k == "int":
            return str(rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 10, -1, 7, 100]))
        if k == "float":
            return rng.choice(["0.5", "1.5", "2.0", "0.1", "3.0", "1.0"])
        if k == "bool":
            return rng.choice(["True", "False"])
        if k == "str":
            return repr(rng.choice(SMALL_STRS))
        if k == "list":
            if rng.random() < 0.3:
                return "[]"
            return literal([self._scalar(t.args[0]) for _ in range(rng.randint(1, 3))])
        if k == "dict":
            return "{}"
        if k == "set":
            return "set()"
        if k == "tuple":
            return literal(tuple(self._scalar(a) for a in t.args))
        if k == "none":
            return "None"
        if k == "obj":
            return self.construct(Env(), t, 0) or "None"
        raise ValueError(t)

    def _scalar(self, t: Ty):
        if t.kind == "int":
            return self.rng.randint(0, 9)
        if t.kind == "str":
            return self.rng.choice(["a", "b", "x", "yes", "no", "hi", "ok"])
        if t.kind == "tuple":
            return tuple(self._scalar(a) for a in t.args)
        return self.rng.choice([1.5, 2.0]) if t.kind == "float" else True

    # -- helpers --------------------------------------------------------------------------------
    def var(self, env: Env, pred) -> str | None:
        names = [n for n, t in env.readable().items() if pred(t)]
        return self.pick(env, names) if names else None

    def nonempty_var(self, env: Env, pred) -> str | None:
        names = [n for n, t in env.readable().items() if pred(t) and env.knows_nonempty(n)]
        return self.pick(env, names) if names else None

    def sub(self, env: Env, t: Ty, depth: int) -> str:
        return f"({self.expr(env, t, depth)})"

    def pair(self, env: Env, t: Ty, d: int) -> tuple[str, str]:
        """Two sub-expressions that differ (no `x - x`, `max(n, n)`)."""
        a = self.sub(env, t, d)
        for _ in range(3):
            b = self.sub(env, t, d)
            if b != a:
                return a, b
        return a, self.literal(t)

    def other(self, env: Env, t: Ty, d: int, avoid: str) -> str:
        """An expression of type t that is not `avoid` (no `s.count(s)`, `n = max(n, n)`)."""
        avoid = avoid.strip("()")
        for _ in range(3):
            text = self.expr(env, t, d)
            if text.strip("()") != avoid:
                return text
        return self.literal(t)

    def using(self, env: Env, v: str, t: Ty, d: int) -> str:
        """An expression of type t that reads the comprehension / lambda variable v."""
        pattern = r"(?<![\w.'])" + re.escape(v) + r"(?!\w)"
        for _ in range(4):
            text = self.expr(env, t, d)
            if re.search(pattern, text):
                return text
        if env.vars.get(v) == t:
            return v
        raise _NoFit

    def x_index(self, env: Env) -> str:
        """A slice bound: a small literal or an int variable."""
        ints = env.of_type(INT)
        if ints and self.rng.random() < 0.4:
            return self.pick(env, ints)
        return str(self.rng.choice([1, 2, 3, -1, -2]))

    def reading(self, env: Env, v: str, t: Ty, d: int) -> str:
        """Like `using`, but settles for any expression of type t."""
        try:
            return self.using(env, v, t, d)
        except _NoFit:
            return self.expr(env, t, d)

    def small_int(self) -> str:
        return str(self.rng.choice([2, 2, 3, 3, 4, 5, 10]))

    def receiver(self, env: Env, t: Ty, d: int) -> str:
        """The object of a method call: usually a variable (`text.upper()`, not `('a' + b).upper()`)."""
        names = env.of_type(t)
        if names and self.rng.random() < 0.75:
            return self.pick(env, names)
        return self.sub(env, t, d)

    def iterable(self, env: Env, depth: int) -> tuple[str, Ty, Ty] | None:
        """Something to iterate over: (text, element type, iterated type), deterministic order."""
        rng = self.rng
        cands = [(n, t) for n, t in env.readable().items() if t.kind in ("list", "str", "dict", "set")]
        if cands and rng.random() < 0.85:
            n, t = rng.choice(cands)
            if t.kind == "set":
                return f"sorted({n})", t.args[0], list_of(t.args[0])
            if t.kind == "dict" and rng.random() < 0.4:
                return f"{n}.values()", t.args[1], list_of(t.args[1])
            return n, element(t), t
        t = rng.choice([LIST_INT, STR, LIST_STR])
        text = self.expr(env, t, 1)
        if self.mentions_var(env, text):
            return text, element(t), t
        ints = env.of_type(INT)
        if ints:  # nothing to iterate over but a number: count up to it
            return f"range({self.pick(env, ints)})", INT, LIST_INT
        return None

    def with_var(self, env: Env, t: Ty, of: Ty) -> tuple[Env, str]:
        """A child environment with a fresh loop/comprehension variable of type t."""
        inner = env.child()
        name = self.namer.element(self.namer.element_role(t, of), inner.taken())
        inner.vars[name] = t
        inner.frozen[name] = None
        if of.kind == "str":
            inner.chars[name] = None
        return inner, name

    # -- int ------------------------------------------------------------------------------------
    def int_arith(self, env, t, d):
        op = self.rng.choice(["+", "+", "-", "-", "*"])
        a, b = self.pair(env, INT, d)
        return f"({a} {op} {self.small_int() if op == '*' and self.rng.random() < 0.7 else b})"

    def int_divmod(self, env, t, d):
        return f"({self.sub(env, INT, d)} {self.rng.choice(['//', '%'])} {self.rng.choice([2, 2, 3, 4, 5, 10])})"

    def int_abs(self, env, t, d):
        return f"abs({self.expr(env, INT, d)})"

    def length(self, env, t, d):
        n = self.var(env, lambda ty: ty.is_container)
        if n and self.rng.random() < 0.75:
            return f"len({n})"
        ct = self.rng.choice([LIST_INT, STR, LIST_STR])
        return f"len({self.expr(env, ct, d)})"

    def int_minmax2(self, env, t, d):
        return f"{self.rng.choice(['min', 'max'])}({', '.join(self.pair(env, INT, d))})"

    def int_aggregate(self, env, t, d):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"sum({self.expr(env, LIST_INT, d)})"
        if r < 0.55:
            n = self.nonempty_var(env, lambda ty: ty in (LIST_INT, SET_INT))
            if n:
                return f"{rng.choice(['min', 'max'])}({n})"
            xs = self.expr(env, LIST_INT, d)
            return f"{rng.choice(['min', 'max'])}({xs}, default={rng.choice([0, -1])})"
        it = self.iterable(env, d)
        if it is None:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        if r < 0.8:
            return f"sum((1 for {v} in {src} if {self.using(inner, v, BOOL, d)}))"
        if et != INT:
            return None
        return f"sum(({self.using(inner, v, INT, d)} for {v} in {src}))"

    def int_count(self, env, t, d):
        if self.rng.random() < 0.6:
            s = self.var(env, lambda ty: ty == STR) or self.expr(env, STR, d)
            return f"{s}.{self.rng.choice(['count', 'count', 'find'])}({self.other(env, STR, 0, s)})"
        xs = self.var(env, lambda ty: ty.kind == "list" and ty.args[0] in (INT, STR))
        if xs is None:
            return None
        return f"{xs}.count({self.other(env, env.vars[xs].args[0], 0, xs)})"

    def int_find(self, env, t, d):
        """rfind, and index guarded by a membership test (index raises when absent)."""
        n = self.var(env, lambda ty: ty.kind in ("str", "list") and element(ty) in (INT, STR))
        if n is None:
            return None
        item = self.other(env, element(env.vars[n]), 0, n)
        if env.vars[n] == STR and self.rng.random() < 0.4:
            return f"{n}.rfind({item})"
        return f"({n}.index({item}) if ({item}) in {n} else {self.rng.choice(['-1', '0', f'len({n})'])})"

    def dict_get(self, env, t, d):
        dn = self.var(env, lambda ty: ty.kind == "dict" and ty.args[1] == t)
        if dn is None:
            return None
        kt = env.vars[dn].args[0]
        return f"{dn}.get({self.expr(env, kt, d)}, {self.literal(t)})"

    def index(self, env, t, d):
        """xs[i] for a loop index i of xs, or xs[0] / xs[-1] / s[0] for a known non-empty xs."""
        for i, xs in env.index_of.items():
            if xs in env.vars and env.vars[xs].kind in ("list", "str") and element(env.vars[xs]) == t:
                if self.rng.random() < 0.7:
                    return f"{xs}[{i}]"
        n = self.nonempty_var(env, lambda ty: ty.kind in ("list", "str") and element(ty) == t)
        if n:
            return f"{n}[{self.rng.choice(['0', '-1', '0'])}]"
        return None

    def int_from_char(self, env, t, d):
        c = self.rng.choice(list(env.chars)) if env.chars else None
        if c is None or c not in env.vars:
            return None
        if self.rng.random() < 0.5:
            return f"ord({c})"
        return f"(int({c}) if {c}.isdigit() else {self.rng.choice(['0', '-1', '1'])})"

    def int_from_float(self, env, t, d):
        return f"{self.rng.choice(['round', 'int'])}({self.expr(env, FLOAT, d)})"

    def ternary(self, env, t, d):
        a, b = self.pair(env, t, d)
        return f"({a} if {self.expr(env, BOOL, d)} else {b})"

    def tuple_item(self, env, t, d):
        names = [(n, i) for n, ty in env.readable().items() if ty.kind == "tuple" for i, a in enumerate(ty.args) if a == t]
        if not names:
            return None
        n, i = self.rng.choice(names)
        return f"{n}[{i}]"

    # -- float ----------------------------------------------------------------------------------
    def float_div(self, env, t, d):
        n = self.nonempty_var(env, lambda ty: ty.kind in ("list", "str", "dict"))
        if n and self.rng.random() < 0.5:
            if env.vars[n] == LIST_INT and self.rng.random() < 0.6:
                return f"(sum({n}) / len({n}))"
            return f"({self.sub(env, INT, d)} / len({n}))"
        return f"({self.sub(env, self.rng.choice([INT, FLOAT]), d)} / {self.rng.choice(['2', '4', '10', '2.0'])})"

    def float_round(self, env, t, d):
        return f"round({self.expr(env, FLOAT, d)}, {self.rng.choice([1, 2])})"

    def float_of_int(self, env, t, d):
        return f"float({self.expr(env, INT, d)})"

    def float_arith(self, env, t, d):
        return f"({self.sub(env, FLOAT, d)} {self.rng.choice(['+', '-', '*'])} {self.sub(env, self.rng.choice([INT, FLOAT]), d)})"

    # -- bool -----------------------------------------------------------------------------------
    def compare(self, env, t, d):
        ct = self.rng.choice([INT, INT, INT, STR, FLOAT]) if self.rng.random() < 0.9 else LIST_INT
        op = self.rng.choice(COMPARE if ct != LIST_INT else ["==", "!="])
        if ct == STR and self.rng.random() < 0.6:
            op = self.rng.choice(["==", "!="])
        a, b = self.pair(env, ct, d)
        return f"({a} {op} {b})"

    def membership(self, env, t, d):
        n = self.var(env, lambda ty: ty.kind in ("list", "set", "dict", "str") and element(ty) in (INT, STR))
        if n is None:
            return None
        op = self.rng.choice(["in", "in", "not in"])
        item = self.expr(env, element(env.vars[n]), d)
        return None if item == n else f"(({item}) {op} {n})"

    def str_predicate(self, env, t, d):
        s = self.receiver(env, STR, d)
        r = self.rng.random()
        if r < 0.35:
            return f"{s}.{self.rng.choice(['startswith', 'endswith'])}({self.other(env, STR, 0, s)})"
        return f"{s}.{self.rng.choice(STR_PREDICATES)}()"

    def negate(self, env, t, d):
        return f"(not {self.sub(env, BOOL, d)})"

    def bool_op(self, env, t, d):
        a, b = self.pair(env, BOOL, d)
        return f"({a} {self.rng.choice(['and', 'or'])} {b})"

    def any_all(self, env, t, d):
        it = self.iterable(env, d)
        if it is None:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        return f"{self.rng.choice(['any', 'all'])}(({self.using(inner, v, BOOL, d)} for {v} in {src}))"

    def parity(self, env, t, d):
        return f"(({self.sub(env, INT, d)} % {self.rng.choice([2, 2, 3])}) {self.rng.choice(['==', '!='])} 0)"

    def is_sorted_or_pal(self, env, t, d):
        n = self.var(env, lambda ty: ty.kind in ("list", "str") and is_orderable(ty))
        if n is None:
            return None
        if self.rng.random() < 0.5:
            return f"({n} == {n}[::-1])"
        return f"({n} == sorted({n}))" if env.vars[n].kind == "list" else f"({n} == ''.join(sorted({n})))"

    # -- str ------------------------------------------------------------------------------------
    def str_method(self, env, t, d):
        s = self.receiver(env, STR, d)
        r = self.rng.random()
        if r < 0.7:
            return f"{s}.{self.rng.choice(STR_METHODS_0)}()"
        if r < 0.8:
            return f"{s}.{self.rng.choice(['strip', 'lstrip', 'rstrip'])}({self.other(env, STR, 0, s)})"
        if r < 0.9:
            return f"{s}.{self.rng.choice(['removeprefix', 'removesuffix'])}({self.other(env, STR, 0, s)})"
        a = "".join(self.rng.sample("abelnorst", 2))
        b = "".join(self.rng.sample("xyz_-*", 2))
        if self.rng.random() < 0.5:
            a, b = a[:1], b[:1]
        return f"{s}.translate(str.maketrans({a!r}, {b!r}))"

    def str_part(self, env, t, d):
        """partition / rpartition / rsplit / format: the less common string methods."""
        s = self.receiver(env, STR, d)
        r = self.rng.random()
        sep = repr(self.rng.choice([",", " ", "-", "a", ":", "e"]))
        if r < 0.4:
            return f"{s}.{self.rng.choice(['partition', 'rpartition'])}({sep})[{self.rng.choice([0, 2, 2])}]"
        if r < 0.6:
            return f"{s}.rsplit({sep}, 1)[{self.rng.choice([0, -1])}]"
        if r < 0.8:
            return f"{s}.split({sep}, 1)[0]"
        a, b = self.pair(env, self.rng.choice([STR, INT]), d)
        return f"{self.rng.choice(['{}-{}', '{} {}', '{}: {}', '{}{}'])!r}.format({a}, {b})"

    def str_replace(self, env, t, d):
        s = self.receiver(env, STR, d)
        old = self.other(env, STR, 0, s)
        new = self.other(env, STR, 0, old)
        return f"{s}.replace({old}, {new if new.strip('()') != s.strip('()') else self.literal(STR)})"

    def str_slice(self, env, t, d):
        s = self.receiver(env, STR, d)
        r = self.rng.random()
        if r < 0.3:
            return f"{s}[::-1]"
        if r < 0.5:
            return f"{s}[{self.rng.choice(['1:', ':-1', '::2', '1::2', ':2', '-2:', '2:'])}]"
        k = self.x_index(env)
        return f"{s}[{self.rng.choice([k + ':', ':' + k])}]"

    def str_concat(self, env, t, d):
        a, b = self.pair(env, STR, d)
        return f"({a} + {b})"

    def str_repeat(self, env, t, d):
        return f"({self.sub(env, STR, d)} * {self.rng.choice([2, 2, 3])})"

    def str_join(self, env, t, d):
        r = self.rng.random()
        sep = repr(self.rng.choice(SEPS))
        if r < 0.6:
            return f"{sep}.join({self.expr(env, LIST_STR, d)})"
        it = self.iterable(env, d)
        if it is None:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        body = self.using(inner, v, STR, d)
        return None if body == v else f"{sep}.join(({body} for {v} in {src}))"

    def fstring(self, env, t, d):
        parts = []
        for _ in range(self.rng.randint(1, 3)):  # each field shows a variable, maybe formatted
            names = [n for n, ty in env.readable().items() if ty.kind in ("int", "str", "float", "list", "bool")]
            if not names:
                return None
            n = self.pick(env, names)
            fmt = ""
            if env.vars[n].kind == "float" and self.rng.random() < 0.5:
                fmt = self.rng.choice([":.1f", ":.2f"])
            elif env.vars[n].kind in ("int", "str") and self.rng.random() < 0.2:
                fmt = self.rng.choice(["!r", ":>4", ":<3", ":^5"])
            parts.append("{" + n + fmt + "}")
        seps = [self.rng.choice(["", " ", ":", "-", "=", ", "]) for _ in parts]
        body = "".join(s + p for s, p in zip(seps, parts))
        return "f'" + body.replace("\\", "") + "'"

    def str_of(self, env, t, d):
        return f"str({self.expr(env, self.rng.choice([INT, INT, FLOAT, LIST_INT, BOOL]), d)})"

    def str_pad(self, env, t, d):
        m = self.rng.choice(["center", "ljust", "rjust", "zfill"])
        w = self.rng.choice([3, 4, 5, 6, 8])
        fill = "" if m == "zfill" or self.rng.random() < 0.5 else ", " + repr(self.rng.choice(["*", "-", ".", "0"]))
        return f"{self.receiver(env, STR, d)}.{m}({w}{fill})"

    def str_sorted(self, env, t, d):
        return f"''.join(sorted({self.expr(env, STR, d)}))"

    def char_shift(self, env, t, d):
        c = self.rng.choice(list(env.chars)) if env.chars else None
        if c is None or c not in env.vars:
            return None
        return f"chr((ord({c}) + {self.rng.choice([1, 1, 2, 3, -1])}))"

    def str_split_first(self, env, t, d):
        sep = repr(self.rng.choice([",", " ", "-", "a", ":"]))
        return f"{self.receiver(env, STR, d)}.split({sep})[{self.rng.choice([0, -1])}]"

    def max_by_key(self, env, t, d):
        n = self.nonempty_var(env, lambda ty: ty.kind == "list" and ty.args[0] == t)
        if n is None:
            return None
        fn = self.rng.choice(["max", "min"])
        if t == STR:
            return f"{fn}({n}, key={self.rng.choice(['len', 'str.lower'])})"
        if t.kind == "tuple":
            return f"{fn}({n}, key=lambda p: p[{self.rng.randrange(len(t.args))}])"
        return None

    # -- list -----------------------------------------------------------------------------------
    def list_sorted(self, env, t, d):
        if not is_orderable(t.args[0]):
            return None
        src = self.expr(env, t, d)
        r = self.rng.random()
        if r < 0.4:
            return f"sorted({src})"
        if r < 0.6:
            return f"sorted({src}, reverse=True)"
        v = self.namer.element(self.namer.element_role(t.args[0], t), env.taken())
        et = t.args[0]
        keys = {INT: [f"-{v}", f"{v} % {self.rng.choice([2, 3, 10])}", f"abs({v})", f"({v} % 2, {v})"],
                STR: ["len", f"(len({v}), {v})", "str.lower", f"{v}[-1:]",
                      f"{v}.count({repr(self.rng.choice(['a', 'e', 'o']))})"]}.get(et)
        if et == PAIR_STR_INT:
            keys = [f"{v}[1]", f"-{v}[1]", f"({v}[1], {v}[0])"]
        if not keys:
            return f"sorted({src})"
        key = self.rng.choice(keys)
        if key in ("len", "str.lower"):
            return f"sorted({src}, key={key})"
        return f"sorted({src}, key=lambda {v}: {key})"

    def list_slice(self, env, t, d):
        xs = self.sub(env, t, d)
        return f"{xs}[{self.rng.choice(['::-1', '1:', ':-1', ':2', '::2', '1:3', '-2:', ':3'])}]"

    def list_concat(self, env, t, d):
        a, b = self.pair(env, t, d)
        return f"({a} + {b})"

    def list_comp(self, env, t, d):
        it = self.iterable(env, d)
        if it is None:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        body = self.using(inner, v, t.args[0], d)
        if body == v and self.rng.random() < 0.8:
            body = self.using(inner, v, t.args[0], 1)
        cond = f" if {self.using(inner, v, BOOL, d)}" if self.rng.random() < 0.5 or body == v else ""
        return f"[{body} for {v} in {src}{cond}]"

    def list_range(self, env, t, d):
        if t != LIST_INT:
            return None
        r = self.rng.random()
        if r < 0.4:
            return f"list(range({self.rng.choice([3, 4, 5, 6])}))"
        n = self.var(env, lambda ty: ty.kind in ("list", "str"))
        if n:
            return f"list(range(len({n})))"
        return f"list(range({self.rng.randint(0, 3)}, {self.rng.randint(4, 8)}))"

    def list_map_filter(self, env, t, d):
        xs = self.var(env, lambda ty: ty == t)
        if xs is None:
            return None
        inner, v = self.with_var(env, t.args[0], t)
        if self.rng.random() < 0.5:
            return f"list(filter(lambda {v}: {self.using(inner, v, BOOL, 1)}, {xs}))"
        body = self.using(inner, v, t.args[0], 1)
        return None if body == v else f"list(map(lambda {v}: {body}, {xs}))"

    def list_from(self, env, t, d):
        et = t.args[0]
        opts = [n for n, ty in env.readable().items()
                if (ty.kind == "dict" and et in ty.args) or (ty.kind == "set" and ty.args[0] == et)
                or (ty == t) or (t == LIST_STR and ty == STR)]
        if t == LIST_PAIR:
            dn = self.var(env, lambda ty: ty == dict_of(STR, INT))
            if dn:
                return self.rng.choice([f"list({dn}.items())", f"sorted({dn}.items())"])
            a, b = self.var(env, lambda ty: ty == LIST_STR), self.var(env, lambda ty: ty == LIST_INT)
            return f"list(zip({a}, {b}))" if a and b else None
        if not opts:
            return None
        n = self.rng.choice(opts)
        ty = env.vars[n]
        if ty.kind == "dict":
            if ty.args[0] == et:
                return self.rng.choice([f"list({n})", f"sorted({n})", f"list({n}.keys())", f"sorted({n}, key={n}.get)"]) \
                if ty.args[1] == INT or not ty.args[1] else self.rng.choice([f"list({n})", f"sorted({n})"])
            return f"list({n}.values())"
        if ty.kind == "set":
            return f"sorted({n})"
        if ty == STR:
            return f"list({n})"
        return self.rng.choice([f"{n}.copy()", f"list({n})", f"{n}[:]", f"list(reversed({n}))"])

    def list_display(self, env, t, d):
        return "[" + ", ".join(self.expr(env, t.args[0], d) for _ in range(self.rng.randint(1, 3))) + "]"

    def str_split(self, env, t, d):
        if t != LIST_STR:
            return None
        s = self.sub(env, STR, d)
        return f"{s}.split({self.rng.choice(['', repr(','), repr(' '), repr('-')])})"

    # -- dict / set / tuple ----------------------------------------------------------------------
    def dict_comp(self, env, t, d):
        kt, vt = t.args
        dn = self.var(env, lambda ty: ty == t)
        if dn and self.rng.random() < 0.35:
            inner = env.child()
            k = self.namer.element("key", inner.taken())
            inner.vars[k] = kt
            v = self.namer.element("value", inner.taken())
            inner.vars[v] = vt
            return f"{{{k}: {self.using(inner, v, vt, 1)} for {k}, {v} in {dn}.items() if {self.using(inner, v, BOOL, 1)}}}"
        it = self.iterable(env, d)
        if it is None or it[1] != kt:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        return f"{{{v}: {self.using(inner, v, vt, d)} for {v} in {src}}}"

    def dict_zip(self, env, t, d):
        kt, vt = t.args
        return f"dict(zip({self.expr(env, list_of(kt), d)}, {self.expr(env, list_of(vt), d)}))"

    def dict_fromkeys(self, env, t, d):
        if t.args[1] != INT:
            return None
        return f"dict.fromkeys({self.expr(env, list_of(t.args[0]), d)}, {self.rng.choice([0, 0, 1])})"

    def dict_copy(self, env, t, d):
        dn = self.var(env, lambda ty: ty == t)
        return f"{dn}.copy()" if dn else None

    def set_of_iterable(self, env, t, d):
        src = self.expr(env, STR if t == SET_STR and self.rng.random() < 0.4 else list_of(t.args[0]), d)
        return f"set({src})"

    def set_comp(self, env, t, d):
        it = self.iterable(env, d)
        if it is None:
            return None
        src, et, of = it
        inner, v = self.with_var(env, et, of)
        return f"{{{self.using(inner, v, t.args[0], 1)} for {v} in {src}}}"

    def set_op(self, env, t, d):
        a, b = self.pair(env, t, d)
        return f"({a} {self.rng.choice(['|', '&', '-', '^'])} {b})"

    def tuple_display(self, env, t, d):
        return "(" + ", ".join(self.expr(env, a, d) for a in t.args) + ("," if len(t.args) == 1 else "") + ")"

    def tuple_divmod(self, env, t, d):
        if t != PAIR_INT:
            return None
        return f"divmod({self.expr(env, INT, d)}, {self.rng.choice([2, 3, 5, 10])})"

    def tuple_minmax(self, env, t, d):
        if t != PAIR_INT:
            return None
        n = self.nonempty_var(env, lambda ty: ty == LIST_INT)
        return f"(min({n}), max({n}))" if n else None

    # -- user functions, classes -------------------------------------------------------------------
    def call_helper(self, env, t, d):
        sigs = [s for s in env.funcs.values() if s.ret == t]
        if not sigs:
            return None
        s = self.rng.choice(sigs)
        return f"{s.name}({', '.join(self.expr(env, p, d) for p in s.params)})"

    def construct(self, env, t, d):
        info = env.classes.get(t.args[0])
        if info is None:
            return None
        return f"{info.name}({', '.join(self.expr(env, p, d) for p in info.init)})"

    def method_call(self, env, t, d):
        """obj.method(args) for an object in scope whose class has a method returning t."""
        cands = [(n, m) for n, ty in env.readable().items() if ty.kind == "obj" and ty.args[0] in env.classes
                 for m in env.classes[ty.args[0]].methods.values() if m.ret == t]
        if not cands:
            return None
        n, m = self.rng.choice(cands)
        return f"{n}.{m.name}({', '.join(self.expr(env, p, d) for p in m.params)})"

    def attr_of(self, env, t, d):
        cands = [(n, a) for n, ty in env.readable().items() if ty.kind == "obj" and ty.args[0] in env.classes
                 for a, at in env.classes[ty.args[0]].attrs.items() if at == t]
        if not cands:
            return None
        n, a = self.rng.choice(cands)
        return f"{n}.{a}"
