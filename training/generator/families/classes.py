"""Family 4: classes with `__init__`, attributes, methods, sometimes a subclass and `__repr__`,
driven by a function (or script) that builds objects and calls their methods."""
from __future__ import annotations

from ..builder import Builder, Program
from ..env import ClassInfo, Env, Sig
from ..statements import Line, indent
from ..valtypes import BOOL, DICT_STR_INT, INT, LIST_INT, LIST_STR, NONE, STR, Ty, obj
from ..values import random_value

ATTRS = {INT: ["count", "total", "size", "level", "balance", "value", "score", "steps", "limit"],
         STR: ["name", "label", "title", "owner", "code", "tag"],
         LIST_INT: ["items", "values", "history", "scores", "stack", "data"],
         LIST_STR: ["names", "log", "tags", "words", "parts"],
         DICT_STR_INT: ["counts", "stock", "table", "seen"],
         BOOL: ["active", "done", "locked"]}
METHODS = ["add", "push", "record", "update", "step", "apply", "grow", "reset_to", "feed", "insert", "move",
           "deposit", "charge", "visit", "note", "bump"]
QUERIES = ["total_of", "describe", "peek", "get", "summary", "average", "best", "size", "report", "score",
           "is_empty", "count_of", "top", "label_of"]


def _method_env(module: Env, info: ClassInfo, params: list[tuple[str, Ty]], ret: Ty) -> Env:
    env = module.child()
    env.in_function = True
    env.ret = None if ret == NONE else ret
    for a, t in info.attrs.items():
        env.bind(f"self.{a}", t)
    for p, t in params:
        env.bind(p, t)
    return env


def make_class(b: Builder, module: Env, base: ClassInfo | None = None) -> tuple[list[Line], ClassInfo]:
    rng = b.rng
    cname = b.namer.klass(module.taken())
    attrs = dict(base.attrs) if base else {}
    init_params: list[tuple[str, Ty]] = []
    init_lines: list[Line] = []
    if base:
        sup_args = [b.namer.var(t, dict.fromkeys(p for p, _ in init_params)) for t in base.init]
        init_params += list(zip(sup_args, base.init))
        init_lines.append((0, f"super().__init__({', '.join(sup_args)})"))
    for _ in range(rng.randint(1, 2) if base else rng.randint(1, 3)):
        t = rng.choice(list(ATTRS))
        free = [a for a in ATTRS[t] if a not in attrs]
        if not free:
            continue
        a = rng.choice(free)
        attrs[a] = t
        if rng.random() < 0.5 and t in (INT, STR, LIST_INT, LIST_STR):
            p = a if a not in dict(init_params) else a + "_"
            init_params.append((p, t))
            init_lines.append((0, f"self.{a} = {p}" if t.kind != "list" else f"self.{a} = list({p})"))
        else:
            init_lines.append((0, f"self.{a} = {b.s.empty(t)}"))
    info = ClassInfo(cname, attrs, tuple(t for _, t in init_params))
    if base:
        info.methods.update(base.methods)
    lines: list[Line] = [(1, f"def __init__(self{''.join(', ' + p for p, _ in init_params)}):")]
    lines += indent(init_lines, 2)
    for k in range(rng.randint(1, 3)):
        query = rng.random() < 0.45
        mname = b.namer.pick(QUERIES if query else METHODS, {**info.methods, **dict.fromkeys(attrs)})
        ptypes = [] if query and rng.random() < 0.6 else [rng.choice([INT, INT, STR, LIST_INT])]
        params = b.params(Env(), len(ptypes), ptypes)
        ret = rng.choice([INT, STR, BOOL, LIST_INT]) if query else NONE
        env = _method_env(module, info, params, ret)
        body = b.s.block(env, rng.randint(1, 3) if not query else rng.randint(0, 2), 1)
        if query:
            body.append((0, f"return {b.return_value(env, ret)}"))
        elif rng.random() < 0.3:
            body.append((0, "return self"))
        lines += [(1, f"def {mname}(self{''.join(', ' + p for p, _ in params)}):")] + indent(body or [(0, "pass")], 2)
        info.methods[mname] = Sig(mname, tuple(t for _, t in params), ret)
    if rng.random() < 0.5:
        shown = list(attrs)[: rng.randint(1, 2)]
        fields = ", ".join(f"{a}={{self.{a}!r}}" if rng.random() < 0.5 else f"{{self.{a}}}" for a in shown)
        lines += [(1, "def __repr__(self):"), (2, f"return f'{cname}({fields})'")]
        info.has_repr = True
    head = f"class {cname}({base.name}):" if base else f"class {cname}:"
    return [(0, head)] + lines, info


def _drive(b: Builder, env: Env, o: str, cls: ClassInfo) -> list[Line]:
    """Calls of the object's methods, often one per element of an input list."""
    lines: list[Line] = []
    procs = [m for m in cls.methods.values() if m.ret == NONE]
    for m in b.rng.sample(procs, min(len(procs), b.rng.randint(1, 2))):
        seqs = [n for n, t in env.readable().items() if len(m.params) == 1 and t.kind in ("list", "str")
                and (t.args[0] if t.kind == "list" else STR) == m.params[0]]
        if seqs and b.rng.random() < 0.6:
            x = b.namer.element("str" if m.params[0] == STR else "int", env.taken())
            lines += [(0, f"for {x} in {b.rng.choice(seqs)}:"), (1, f"{o}.{m.name}({x})")]
        else:
            lines.append((0, f"{o}.{m.name}({', '.join(b.x.expr(env, t, 1) for t in m.params)})"))
    return lines


def generate(b: Builder) -> Program:
    rng = b.rng
    module = Env()
    defs, infos = [], []
    lines, info = make_class(b, module)
    module.classes[info.name] = info
    defs.append(lines)
    infos.append(info)
    if rng.random() < 0.35:
        lines, sub = make_class(b, module, base=info)
        module.classes[sub.name] = sub
        defs.append(lines)
        infos.append(sub)
    cls = infos[-1]
    # The driver: build an object, call its methods (often in a loop over an input), return a result.
    name = b.namer.function(module.taken())
    params = b.params(module, rng.choice([1, 2]), [rng.choice([LIST_INT, STR, INT, LIST_STR]) for _ in range(2)])
    values = b.inputs(params)
    env = module.child()
    env.in_function = True
    for (p, t), v in zip(params, values):
        env.bind(p, t)
        if t.is_container and v:
            env.nonempty[p] = None
    o = b.namer.pick(["obj", "item", "acct", "c", "s", "thing", "inst", cls.name.lower()], env.taken())
    body = [(0, f"{o} = {b.x.construct(env, obj(cls.name), 1)}")]
    env.bind(o, obj(cls.name))
    body += _drive(b, env, o, cls)
    body += b.s.block(env, rng.randint(0, 2), 1)
    queries = [m for m in cls.methods.values() if m.ret != NONE]
    if cls.has_repr and rng.random() < 0.3:
        body.append((0, f"return {rng.choice(['repr', 'str'])}({o})"))
    elif queries and rng.random() < 0.6:
        m = rng.choice(queries)
        body.append((0, f"return {o}.{m.name}({', '.join(b.x.expr(env, t, 1) for t in m.params)})"))
    else:
        env.ret = rng.choice([INT, STR, LIST_INT, BOOL])
        body.append((0, f"return {b.return_value(env, env.ret)}"))
    defs.append([(0, f"def {name}({', '.join(p for p, _ in params)}):")] + indent(body))
    return b.entry("classes", defs, name, values, script_p=0.2)
