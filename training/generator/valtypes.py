"""The small static type system generated programs are written in.

Every variable, parameter and expression of a generated program has one of these types, so a
fragment is only ever built from values it is valid for (no `len` of an int, no `.upper()` of a
list). Types are immutable and hashable; `str(t)` is the Python annotation spelling.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ty:
    kind: str  # int | float | bool | str | none | list | set | dict | tuple | obj
    args: tuple = ()  # element types; for obj: (class name,)

    def __str__(self) -> str:
        if self.kind == "obj":
            return self.args[0]
        if not self.args:
            return "None" if self.kind == "none" else self.kind
        return f"{self.kind}[{', '.join(str(a) for a in self.args)}]"

    @property
    def is_container(self) -> bool:
        return self.kind in ("str", "list", "set", "dict", "tuple")

    @property
    def is_mutable(self) -> bool:
        return self.kind in ("list", "set", "dict", "obj")


INT = Ty("int")
FLOAT = Ty("float")
BOOL = Ty("bool")
STR = Ty("str")
NONE = Ty("none")


def list_of(t: Ty) -> Ty:
    return Ty("list", (t,))


def set_of(t: Ty) -> Ty:
    return Ty("set", (t,))


def dict_of(k: Ty, v: Ty) -> Ty:
    return Ty("dict", (k, v))


def tuple_of(*ts: Ty) -> Ty:
    return Ty("tuple", ts)


def obj(class_name: str) -> Ty:
    return Ty("obj", (class_name,))


LIST_INT = list_of(INT)
LIST_STR = list_of(STR)
SET_INT = set_of(INT)
SET_STR = set_of(STR)
DICT_STR_INT = dict_of(STR, INT)
DICT_INT_INT = dict_of(INT, INT)
DICT_STR_LIST = dict_of(STR, LIST_INT)
PAIR_INT = tuple_of(INT, INT)
PAIR_STR_INT = tuple_of(STR, INT)
LIST_PAIR = list_of(PAIR_STR_INT)

# Types a value can be generated for, with how often they are chosen for parameters and new
# variables: strings and int lists dominate real execution-reasoning benchmarks.
DATA_TYPES: list[tuple[Ty, float]] = [
    (STR, 24), (LIST_INT, 24), (INT, 14), (LIST_STR, 12), (DICT_STR_INT, 8), (FLOAT, 3),
    (BOOL, 2), (SET_INT, 3), (SET_STR, 1), (LIST_PAIR, 3), (PAIR_INT, 2), (DICT_INT_INT, 2),
    (DICT_STR_LIST, 2),
]


def element(t: Ty) -> Ty | None:
    """The type a `for` loop over a value of type t binds (sets: only through `sorted`)."""
    if t.kind == "str":
        return STR
    if t.kind in ("list", "set"):
        return t.args[0]
    if t.kind == "dict":
        return t.args[0]
    if t.kind == "tuple" and len(set(t.args)) == 1:
        return t.args[0]
    return None


def is_orderable(t: Ty) -> bool:
    """Values of t can be compared with < (so sorted/min/max work on collections of them)."""
    if t.kind in ("int", "float", "bool", "str"):
        return True
    return t.kind in ("tuple", "list") and all(is_orderable(a) for a in t.args)
