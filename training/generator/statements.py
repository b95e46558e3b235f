"""Typed statement fragments: assignments, updates, loops, conditionals, prints, returns.

`Stmts.block(env, n, depth)` returns lines as (indent level, text). Statements keep the program
terminating (loops run over finite values that the body may not grow; `while` loops come with
the update that ends them) and avoid raising (pops are guarded, new variables assigned inside a
block are forgotten after it because they might be unbound).
"""
from __future__ import annotations

import random

from .env import Env
from .expressions import Exprs, SEPS
from .names import Namer
from .valtypes import (BOOL, DATA_TYPES, FLOAT, INT, LIST_INT, LIST_STR, PAIR_STR_INT, STR, Ty, element,
                       list_of)

Line = tuple[int, str]


def indent(lines: list[Line], k: int = 1) -> list[Line]:
    return [(i + k, t) for i, t in lines]


def render(lines: list[Line]) -> str:
    return "\n".join("    " * i + t for i, t in lines) + "\n"


def random_type(rng: random.Random) -> Ty:
    return rng.choices([t for t, _ in DATA_TYPES], [w for _, w in DATA_TYPES])[0]


class Stmts:
    def __init__(self, rng: random.Random, namer: Namer, exprs: Exprs):
        self.rng = rng
        self.namer = namer
        self.x = exprs

    def block(self, env: Env, n: int, depth: int) -> list[Line]:
        lines: list[Line] = []
        for _ in range(n):
            lines += self.statement(env, depth)
        return lines

    def statement(self, env: Env, depth: int) -> list[Line]:
        opts = [(4, self.new_var), (7, self.update), (1, self.unpack)]
        if depth > 0:
            opts += [(4, self.for_loop), (3, self.if_stmt), (1, self.while_loop)]
        if env.prints:
            opts.append((3, self.print_stmt))
        if env.in_function and env.ret is not None and (env.in_loop_body or depth > 0):
            opts.append((1 if not env.in_loop_body else 2, self.early_return))
        while opts:
            i = self.rng.choices(range(len(opts)), [w for w, _ in opts])[0]
            lines = opts[i][1](env, depth)
            if lines:
                return lines
            opts.pop(i)
        return [(0, "pass")]

    # -- simple statements ------------------------------------------------------------------------
    def new_var(self, env: Env, depth: int, t: Ty | None = None, target: bool | None = None) -> list[Line]:
        rng = self.rng
        if t is None:
            related = [ty for ty in env.vars.values() if ty.kind != "obj"]
            if related and rng.random() < 0.4:
                t = rng.choice(related)
                t = element(t) if rng.random() < 0.4 and element(t) else t
            else:
                t = random_type(rng)
        if target is None:
            target = rng.random() < 0.3
        name = self.namer.var(t, env.taken())
        value = self.empty(t) if target else self.x.expr(env, t, 2)
        env.bind(name, t)
        if target:
            env.targets.append(name)
            env.fresh[name] = None
        return [(0, f"{name} = {value}")]

    def empty(self, t: Ty) -> str:
        return {"int": self.rng.choice(["0", "0", "1"]), "float": "0.0", "str": "''", "bool": self.rng.choice(["False", "True"]),
                "list": "[]", "dict": "{}", "set": "set()"}.get(t.kind) or self.x.literal(t)

    def update(self, env: Env, depth: int) -> list[Line]:
        names = [n for n in env.vars if env.can_mutate(n)]
        if not names:
            return []
        n = self.rng.choices(names, [4 if n in env.targets else 1 for n in names])[0]
        # The update's own expression may not read a still-empty accumulator (`out += '-'.join(out)`);
        # after this statement it holds a real value.
        lines = self._update(env, n)
        env.fresh.pop(n, None)
        return lines

    def _update(self, env: Env, n: str) -> list[Line]:
        rng = self.rng
        t = env.vars[n]
        e, o = self.x.expr, self.x.other
        k = t.kind
        rebind = env.can_rebind(n)
        if k in ("int", "float", "str", "bool", "tuple") and not rebind:
            return []
        if k == "int":
            r = rng.random()
            if r < 0.45:
                return [(0, f"{n} {rng.choice(['+=', '+=', '-='])} {o(env, INT, 1, n)}")]
            if r < 0.6:
                return [(0, f"{n} += 1")]
            if r < 0.75:
                return [(0, f"{n} = {rng.choice(['max', 'min'])}({n}, {o(env, INT, 1, n)})")]
            if r < 0.83:
                return [(0, f"{n} *= {rng.choice([2, 2, 3, -1])}")]
            return [(0, f"{n} = {o(env, INT, 2, n)}")]
        if k == "float":
            return [(0, rng.choice([f"{n} += {o(env, FLOAT, 1, n)}", f"{n} *= {rng.choice(['0.5', '2', '1.5'])}",
                                    f"{n} = {e(env, FLOAT, 2)}"]))]
        if k == "str":
            return [(0, rng.choice([f"{n} += {o(env, STR, 1, n)}", f"{n} = {o(env, STR, 1, n)} + {n}",
                                    f"{n} = {o(env, STR, 2, n)}", f"{n} += {o(env, STR, 1, n)}"]))]
        if k == "bool":
            return [(0, rng.choice([f"{n} = {o(env, BOOL, 2, n)}", f"{n} = not {n}", f"{n} = {n} or {o(env, BOOL, 1, n)}"]))]
        if k == "tuple":
            return [(0, f"{n} = {o(env, t, 2, n)}")]
        if k == "list":
            return self.list_update(env, n, t, rebind)
        if k == "dict":
            return self.dict_update(env, n, t, rebind)
        if k == "set":
            el = e(env, t.args[0], 1)
            if rebind and rng.random() < 0.2:
                return [(0, f"{n}.discard({el})")]
            return [(0, rng.choice([f"{n}.add({el})", f"{n}.add({el})", f"{n}.update({e(env, list_of(t.args[0]), 1)})",
                                    f"{n} |= {e(env, t, 1)}"]))]
        if k == "obj":
            return self.obj_update(env, n, t)
        return []

    def list_update(self, env: Env, n: str, t: Ty, resize: bool) -> list[Line]:
        rng, e, et = self.rng, self.x.expr, t.args[0]
        r = rng.random()
        idx = [i for i, xs in env.index_of.items() if xs == n]
        if idx and r < 0.3:
            return [(0, f"{n}[{rng.choice(idx)}] = {e(env, et, 1)}")]
        if n in env.fixed_size:
            return [(0, f"{n}.{rng.choice(['sort', 'reverse'])}()")] if r < 0.3 else []
        if r < 0.5:
            return [(0, f"{n}.append({e(env, et, 2)})")]
        if r < 0.58:
            return [(0, f"{n}.insert(0, {e(env, et, 1)})")]
        if r < 0.66:
            return [(0, f"{n}.extend({self.x.other(env, t, 1, n)})")]
        if r < 0.72:
            return [(0, f"{n} += [{e(env, et, 1)}]")]
        if r < 0.8:
            return [(0, f"{n}.{rng.choice(['sort', 'reverse', 'sort'])}()")]
        if not resize:
            return [(0, f"{n}.append({e(env, et, 1)})")]
        env.forget(n)
        if r < 0.82:
            got = self.namer.var(et, env.taken())
            popped = f"{n}.pop({rng.choice(['', '', '0'])})"
            env.bind(got, et)
            return [(0, f"{got} = {popped} if {n} else {self.x.literal(et)}")]
        if r < 0.9:
            el = e(env, et, 1)
            return [(0, f"if {el} in {n}:"), (1, f"{n}.remove({el})")]
        if r < 0.93:
            return [(0, f"{n}.clear()")] if self.rng.random() < 0.5 else [(0, f"del {n}[{rng.choice([':1', '-1:', '::2', '1:'])}]")]
        return [(0, f"{n} = {e(env, t, 2)}")]

    def dict_update(self, env: Env, n: str, t: Ty, resize: bool) -> list[Line]:
        rng, e = self.rng, self.x.expr
        kt, vt = t.args
        key = e(env, kt, 0)
        r = rng.random()
        if vt == INT and r < 0.35:
            return [(0, f"{n}[{key}] = {n}.get({key}, 0) + {e(env, INT, 0)}")]
        if vt.kind == "list" and r < 0.45:
            return [(0, f"{n}.setdefault({key}, []).append({e(env, vt.args[0], 1)})")]
        if r < 0.75:
            return [(0, f"{n}[{key}] = {e(env, vt, 2)}")]
        if r < 0.85:
            return [(0, f"{n}.update({{{key}: {e(env, vt, 1)}}})")]
        if not resize:
            return [(0, f"{n}[{key}] = {e(env, vt, 1)}")]
        env.forget(n)
        if r < 0.93:
            return [(0, f"{n}.pop({key}, None)")]
        return [(0, f"if {key} in {n}:"), (1, f"del {n}[{key}]")]

    def obj_update(self, env: Env, n: str, t: Ty) -> list[Line]:
        info = env.classes.get(t.args[0])
        if info is None:
            return []
        procs = [m for m in info.methods.values()]
        if procs and self.rng.random() < 0.7:
            m = self.rng.choice(procs)
            return [(0, f"{n}.{m.name}({', '.join(self.x.expr(env, p, 1) for p in m.params)})")]
        attrs = [(a, at) for a, at in info.attrs.items() if at in (INT, STR)]
        if not attrs:
            return []
        a, at = self.rng.choice(attrs)
        return [(0, f"{n}.{a} += {self.x.expr(env, at, 1)}")]

    def unpack(self, env: Env, depth: int) -> list[Line]:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            pairs = [(a, b) for a in env.vars for b in env.vars
                     if a < b and env.vars[a] == env.vars[b] and env.can_rebind(a) and env.can_rebind(b)]
            if pairs:
                a, b = rng.choice(pairs)
                if env.vars[a] == INT and rng.random() < 0.5:
                    return [(0, f"{a}, {b} = {b}, {a} + {b}")]
                env.forget(a)
                env.forget(b)
                return [(0, f"{a}, {b} = {b}, {a}")]
        tuples = [n for n, t in env.readable().items() if t.kind == "tuple"]
        if tuples and r < 0.7:
            n = rng.choice(tuples)
            names = []
            for at in env.vars[n].args:
                names.append(self.namer.var(at, {**env.taken(), **dict.fromkeys(names)}))
            for name, at in zip(names, env.vars[n].args):
                env.bind(name, at)
            return [(0, f"{', '.join(names)} = {n}")]
        q = self.namer.var(INT, env.taken())
        rem = self.namer.var(INT, {**env.taken(), q: None})
        line = f"{q}, {rem} = divmod({self.x.expr(env, INT, 1)}, {rng.choice([2, 3, 4, 10])})"
        env.bind(q, INT)
        env.bind(rem, INT)
        return [(0, line)]

    def print_stmt(self, env: Env, depth: int) -> list[Line]:
        rng = self.rng
        args = []
        for _ in range(rng.choice([1, 1, 2])):
            t = rng.choice([STR, INT, INT, LIST_INT, STR, LIST_STR, FLOAT, BOOL])
            args.append(self.x.expr(env, t, 1))
        if rng.random() < 0.25:
            names = [n for n, t in env.readable().items() if t.kind in ("int", "str", "float")]
            if names:
                v = rng.choice(names)
                return [(0, f"print(f'{v}={{{v}}}')")]
        return [(0, f"print({', '.join(args)})")]

    def early_return(self, env: Env, depth: int) -> list[Line]:
        value = self.x.expr(env, env.ret, 1)
        return [(0, f"if {self.x.expr(env, BOOL, 2)}:"), (1, f"return {value}")]

    # -- compound statements ----------------------------------------------------------------------
    def body(self, env: Env, depth: int, lo: int = 1, hi: int = 3) -> list[Line]:
        hi = min(hi, 2) if depth <= 1 else hi  # inner bodies stay short
        return self.block(env, self.rng.randint(lo, hi), depth - 1) or [(0, "pass")]

    def for_loop(self, env: Env, depth: int) -> list[Line]:
        rng = self.rng
        inner = env.child(loop=True)
        taken = inner.taken()
        r = rng.random()
        seqs = [n for n, t in env.readable().items() if t.kind in ("list", "str")]
        if r < 0.15 and seqs:
            xs = rng.choice(seqs)
            i = self.namer.element("index", taken)
            head = f"for {i} in range(len({xs})):"
            inner.vars[i], inner.index_of[i] = INT, xs
            inner.frozen[i] = None
            inner.fixed_size[xs] = None
        elif r < 0.3 and seqs:
            xs = rng.choice(seqs)
            i = self.namer.element("index", taken)
            et = element(env.vars[xs])
            x = self.namer.element(self.namer.element_role(et, env.vars[xs]), {**taken, i: None})
            head = f"for {i}, {x} in enumerate({xs}):"
            self._loop_vars(inner, {i: INT, x: et}, env.vars[xs])
            inner.index_of[i] = xs
            inner.frozen[xs] = None
        elif r < 0.4:
            dicts = [n for n, t in env.readable().items() if t.kind == "dict"]
            pairs = [n for n, t in env.readable().items() if t == list_of(PAIR_STR_INT)]
            if dicts and (not pairs or rng.random() < 0.6):
                d = rng.choice(dicts)
                kt, vt = env.vars[d].args
                k = self.namer.element("key", taken)
                v = self.namer.element("value", {**taken, k: None})
                head = f"for {k}, {v} in {d}.items():"
                self._loop_vars(inner, {k: kt, v: vt}, env.vars[d])
                inner.frozen[d] = None
            elif pairs:
                p = rng.choice(pairs)
                k = self.namer.element("str", taken)
                v = self.namer.element("value", {**taken, k: None})
                head = f"for {k}, {v} in {p}:"
                self._loop_vars(inner, {k: STR, v: INT}, env.vars[p])
                inner.frozen[p] = None
            else:
                return []
        elif r < 0.5:
            lists = [n for n, t in env.readable().items() if t.kind == "list"]
            if len(lists) < 2 and not (lists and seqs):
                return []
            a = rng.choice(lists)
            others = [s for s in seqs if s != a]
            if not others:
                return []
            b = rng.choice(others)
            ta, tb = env.vars[a], env.vars[b]
            x = self.namer.element(self.namer.element_role(element(ta), ta), taken)
            y = self.namer.element(self.namer.element_role(element(tb), tb), {**taken, x: None})
            head = f"for {x}, {y} in zip({a}, {b}):"
            self._loop_vars(inner, {x: element(ta), y: element(tb)}, ta)
            inner.frozen[a] = inner.frozen[b] = None
        elif r < 0.6:
            i = self.namer.element("index", taken)
            n = self.x.var(env, lambda t: t == INT)
            bound = rng.choice([f"range({rng.randint(2, 5)})", f"range(1, {rng.randint(3, 6)})"])
            if n and rng.random() < 0.5:
                bound = rng.choice([f"range({n})", f"range(1, {n} + 1)", f"range({n}, 0, -1)"])
            head = f"for {i} in {bound}:"
            inner.vars[i] = INT
            inner.frozen[i] = None
        else:
            it = self.x.iterable(env, 1)
            if it is None:
                return []
            src, et, of = it
            x = self.namer.element(self.namer.element_role(et, of), taken)
            head = f"for {x} in {src}:"
            self._loop_vars(inner, {x: et}, of)
            if src in env.vars:
                inner.frozen[src] = None
        body = self.body(inner, depth)
        if rng.random() < 0.25:
            jump = rng.choice(["break", "continue"])
            guard = [(0, f"if {self.x.expr(inner, BOOL, 2)}:"), (1, jump)]
            at = rng.randint(0, len(body))
            while at < len(body) and body[at][0] > 0:  # insert between top-level statements only
                at += 1
            body = body[:at] + guard + body[at:]
        return [(0, head)] + indent(body)

    def _loop_vars(self, inner: Env, binds: dict[str, Ty], of: Ty) -> None:
        for name, t in binds.items():
            inner.vars[name] = t
            inner.frozen[name] = None
            if of.kind == "str" and t == STR:
                inner.chars[name] = None

    def if_stmt(self, env: Env, depth: int) -> list[Line]:
        rng = self.rng
        inner = env.child()
        containers = [n for n, t in env.readable().items() if t.kind in ("list", "str", "dict") and not env.knows_nonempty(n)]
        if containers and rng.random() < 0.2:
            c = rng.choice(containers)
            head = f"if {c}:"
            inner.nonempty[c] = None
        else:
            head = f"if {self.x.expr(env, BOOL, 2)}:"
        lines = [(0, head)] + indent(self.body(inner, depth))
        if rng.random() < 0.2:
            lines += [(0, f"elif {self.x.expr(env, BOOL, 2)}:")] + indent(self.body(env.child(), depth, 1, 2))
        if rng.random() < 0.4:
            lines += [(0, "else:")] + indent(self.body(env.child(), depth, 1, 2))
        return lines

    def while_loop(self, env: Env, depth: int) -> list[Line]:
        rng = self.rng
        r = rng.random()
        inner = env.child(loop=True)
        inner.in_while = True
        seqs = [n for n, t in env.readable().items() if t.kind in ("list", "str")]
        ints = [n for n, t in env.readable().items() if t == INT and env.can_rebind(n) and n not in env.targets]
        stacks = [n for n, t in env.readable().items() if t.kind == "list" and env.can_resize(n)]
        if r < 0.35 and seqs:
            xs = rng.choice(seqs)
            i = self.namer.element("index", env.taken())
            env.bind(i, INT)
            inner.vars[i] = INT
            inner.frozen[i] = None
            inner.index_of[i] = xs
            inner.fixed_size[xs] = None
            cond = f"{i} < len({xs})"
            if rng.random() < 0.3:
                cond += f" and {self.x.expr(inner, BOOL, 1)}"
            return [(0, f"{i} = 0"), (0, f"while {cond}:")] + indent(self.body(inner, depth) + [(0, f"{i} += 1")])
        if r < 0.6 and ints:
            n = rng.choice(ints)
            env.forget(n)
            inner.frozen[n] = None
            step = rng.choice([f"{n} //= 10", f"{n} //= 2", f"{n} -= 1", f"{n} = {n} // 3"])
            return [(0, f"while {n} > 0:")] + indent(self.body(inner, depth) + [(0, step)])
        if r < 0.8 and stacks:
            s = rng.choice(stacks)
            env.forget(s)
            et = env.vars[s].args[0]
            item = self.namer.var(et, inner.taken())
            inner.bind(item, et)
            inner.frozen[s] = None
            pop = f"{item} = {s}.pop({rng.choice(['', '0'])})"
            return [(0, f"while {s}:")] + indent([(0, pop)] + self.body(inner, depth, 0, 2))
        limit = self.x.expr(env, INT, 0) if rng.random() < 0.5 else str(rng.randint(2, 6))
        if limit in env.vars:
            inner.frozen[limit] = None
        i = self.namer.var(INT, env.taken())
        env.bind(i, INT)
        inner.vars[i] = INT
        inner.frozen[i] = None
        step = rng.choice(["1", "1", "2", "3"])
        return [(0, f"{i} = {rng.choice(['0', '1'])}"), (0, f"while {i} < {limit}:")] + indent(
            self.body(inner, depth) + [(0, f"{i} += {step}")])
