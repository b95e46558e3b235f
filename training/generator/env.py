"""The typed environment fragments are generated in: what is in scope, and what may be done to it.

Blocks get child environments: a variable first assigned inside an `if` or a loop body is
dropped when the block ends (it might be unbound after it). Facts that keep fragments from
raising are tracked too: containers known to be non-empty, loop indices valid for a list,
single-character strings, and variables that must not be rebound or resized right now
(being iterated over, or a loop counter).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .valtypes import Ty


@dataclass(frozen=True)
class Sig:
    name: str
    params: tuple[Ty, ...]
    ret: Ty


@dataclass
class ClassInfo:
    name: str
    attrs: dict[str, Ty]  # attribute -> type
    init: tuple[Ty, ...]  # constructor parameter types
    methods: dict[str, Sig] = field(default_factory=dict)
    has_repr: bool = False


class Env:
    def __init__(self, parent: Env | None = None, loop: bool = False):
        self.parent = parent
        self.vars: dict[str, Ty] = dict(parent.vars) if parent else {}
        self.funcs: dict[str, Sig] = dict(parent.funcs) if parent else {}
        self.classes: dict[str, ClassInfo] = dict(parent.classes) if parent else {}
        self.reserved: dict[str, None] = dict(parent.reserved) if parent else {}  # e.g. the enclosing function's name
        self.nonempty: dict[str, None] = {}  # facts of this block (see knows_nonempty)
        self.chars: dict[str, None] = dict(parent.chars) if parent else {}
        self.index_of: dict[str, str] = dict(parent.index_of) if parent else {}  # i -> list it indexes
        self.frozen: dict[str, None] = dict(parent.frozen) if parent else {}  # no rebinding or mutation
        self.fixed_size: dict[str, None] = dict(parent.fixed_size) if parent else {}  # no resizing
        self.targets: list[str] = list(parent.targets) if parent else []  # accumulators updates prefer
        self.uses: dict[str, int] = parent.uses if parent else {}  # reads so far, shared by the whole tree
        # Accumulators still holding their empty initial value: not read until first updated.
        self.fresh: dict[str, None] = parent.fresh if parent else {}
        self.loop_depth = parent.loop_depth + (1 if loop else 0) if parent else 0
        self.in_loop_body = loop or (parent.in_loop_body if parent else False)
        self.in_while = parent.in_while if parent else False
        self.ret: Ty | None = parent.ret if parent else None  # return type of the enclosing function
        self.in_function = parent.in_function if parent else False
        self.prints = parent.prints if parent else False  # print statements are welcome here

    def child(self, loop: bool = False) -> Env:
        return Env(self, loop)

    # -- lookups ----------------------------------------------------------------------------
    def of_type(self, t: Ty) -> list[str]:
        return [n for n, ty in self.vars.items() if ty == t and n not in self.fresh]

    def readable(self) -> dict[str, Ty]:
        return {n: ty for n, ty in self.vars.items() if n not in self.fresh}

    def taken(self) -> dict[str, None]:
        names = dict.fromkeys(self.vars)
        names.update(dict.fromkeys(self.funcs))
        names.update(dict.fromkeys(self.classes))
        names.update(self.reserved)
        return names

    def knows_nonempty(self, name: str) -> bool:
        env = self
        while env is not None:
            if name in env.nonempty:
                return True
            env = env.parent
        return False

    def _fact_outside_loop(self, name: str) -> bool:
        """A non-empty fact established outside the innermost loop (a later iteration may break it)."""
        env, crossed = self, False
        while env is not None:
            if name in env.nonempty and crossed:
                return True
            if env.parent is not None and env.loop_depth > env.parent.loop_depth:
                crossed = True
            env = env.parent
        return False

    # -- what may be done ---------------------------------------------------------------------
    def can_rebind(self, name: str) -> bool:
        return (name in self.vars and name not in self.frozen and name not in self.fixed_size
                and not self._fact_outside_loop(name) and name not in self.index_of)

    def can_mutate(self, name: str) -> bool:
        """Size-preserving or growing mutation (append, sort, item assignment)."""
        return name in self.vars and name not in self.frozen

    def can_resize(self, name: str) -> bool:
        return self.can_rebind(name)

    # -- changes --------------------------------------------------------------------------------
    def bind(self, name: str, t: Ty) -> None:
        self.vars[name] = t
        self.forget(name)

    def forget(self, name: str) -> None:
        """The value of `name` changed: facts about it no longer hold, here or outside."""
        env = self
        while env is not None:
            env.nonempty.pop(name, None)
            env.chars.pop(name, None)
            env = env.parent
        for i, xs in list(self.index_of.items()):
            if xs == name:
                del self.index_of[i]
