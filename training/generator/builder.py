"""Shared program-building machinery: functions from fragments, entry calls, final formatting."""
from __future__ import annotations

import ast
import random
from dataclasses import dataclass

from .cleanup import drop_dead_stores, use_idioms
from .env import Env, Sig
from .expressions import Exprs
from .names import Namer
from .statements import Line, Stmts, indent, random_type, render
from .valtypes import INT, LIST_INT, NONE, STR, Ty
from .values import literal, random_value


@dataclass
class Program:
    family: str
    mode: str  # "function": `call` is the entry call | "script": module-level code, call None
    source: str
    call: str | None
    expect: tuple[str, ...] = ("ok",)  # trace statuses the gates accept


def tidy(source: str) -> str:
    """Canonical formatting: ast.unparse (minimal parentheses, 4 spaces), one blank line around
    top-level definitions and none elsewhere."""
    text = ast.unparse(use_idioms(drop_dead_stores(ast.parse(source))))
    out: list[str] = []
    prev_top_def = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        top = not line.startswith(" ")
        is_def = top and line.startswith(("def ", "class ", "@"))
        if out and top and (is_def or prev_top_def):
            out.append("")
        if top:
            prev_top_def = is_def
        out.append(line)
    return "\n".join(out) + "\n"


class Builder:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.namer = Namer(rng)
        self.x = Exprs(rng, self.namer)
        self.s = Stmts(rng, self.namer, self.x)

    # -- parameters and inputs --------------------------------------------------------------------
    def params(self, env: Env, k: int, types: list[Ty] | None = None) -> list[tuple[str, Ty]]:
        out: list[tuple[str, Ty]] = []
        taken = env.taken()
        for j in range(k):
            t = types[j] if types else random_type(self.rng)
            name = self.namer.var(t, taken)
            taken[name] = None
            out.append((name, t))
        return out

    def inputs(self, params: list[tuple[str, Ty]]) -> list:
        return [random_value(self.rng, t) for _, t in params]

    # -- functions ------------------------------------------------------------------------------------
    def function(self, module: Env, name: str, params: list[tuple[str, Ty]], values: list | None,
                 n: int, depth: int = 2, ret: Ty | None = None, prints: bool = False,
                 calls: tuple[Sig, ...] = ()) -> tuple[list[Line], Sig]:
        """A function whose body is n random statements over its parameters, then a return.
        `calls`: functions it must call first (their results are kept in new variables)."""
        rng = self.rng
        env = module.child()
        env.in_function = True
        env.prints = prints
        for j, (p, t) in enumerate(params):
            env.bind(p, t)
            if values is not None and t.is_container and values[j]:
                env.nonempty[p] = None  # the function may assume what its input gives it
        if ret is None:
            ptypes = [t for _, t in params]
            ret = rng.choice(ptypes) if ptypes and rng.random() < 0.5 else random_type(rng)
        env.ret = ret
        env.reserved[name] = None
        body: list[Line] = []
        for sig in calls:
            body += self.forced_call(env, sig)
        if rng.random() < 0.6 and ret != NONE:
            body += self.s.new_var(env, 0, t=ret, target=True)
        body += self.s.block(env, n, depth)
        if ret != NONE:
            body.append((0, f"return {self.return_value(env, ret)}"))
        body = body or [(0, "pass")]
        head = f"def {name}({', '.join(p for p, _ in params)}):"
        return [(0, head)] + indent(body), Sig(name, tuple(t for _, t in params), ret)

    def return_value(self, env: Env, ret: Ty) -> str:
        targets = [n for n in env.targets if env.vars.get(n) == ret and n not in env.fresh]
        if targets and self.rng.random() < 0.8:
            return targets[-1]
        for _ in range(3):  # a function returns something it computed, rarely a constant
            text = self.x.expr(env, ret, 2)
            if self.x.mentions_var(env, text):
                break
        return text

    def forced_call(self, env: Env, sig: Sig) -> list[Line]:
        name = self.namer.var(sig.ret, env.taken())
        line = f"{name} = {sig.name}({', '.join(self.x.expr(env, p, 1) for p in sig.params)})"
        env.bind(name, sig.ret)
        return [(0, line)]

    def simple_types(self) -> Ty:
        return self.rng.choice([INT, INT, STR, STR, LIST_INT])

    # -- finishing ---------------------------------------------------------------------------------------
    def entry(self, family: str, defs: list[list[Line]], fn: str, values: list, script_p: float = 0.12,
              expect: tuple[str, ...] = ("ok",)) -> Program:
        """Function mode with the call `fn(values...)`, or (sometimes) a script that calls it."""
        call = f"{fn}({', '.join(literal(v) for v in values)})"
        lines = [ln for d in defs for ln in d]
        if self.rng.random() < script_p:
            if self.rng.random() < 0.5:
                lines += [(0, f"print({call})")]
            else:
                var = self.rng.choice(["result", "out", "answer", "res", "value"])
                lines += [(0, f"{var} = {call}"), (0, f"print({var})")]
            return Program(family, "script", tidy(render(lines)), None, expect)
        return Program(family, "function", tidy(render(lines)), call, expect)

    def script(self, family: str, lines: list[Line], expect: tuple[str, ...] = ("ok",)) -> Program:
        return Program(family, "script", tidy(render(lines)), None, expect)
