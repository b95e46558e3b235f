"""Realistic identifier pools: the model has to copy names, so they must look like real code."""
from __future__ import annotations

import builtins
import keyword
import random

from .valtypes import Ty

_BY_TYPE = {
    "int": ["n", "count", "total", "k", "num", "value", "size", "limit", "step", "acc", "best",
            "lo", "hi", "pos", "offset", "score", "width", "m", "target", "carry", "diff", "length",
            "start", "end", "level", "amount", "threshold", "times", "a", "b", "x", "y", "steps",
            "res", "answer", "bonus", "shift", "base", "cost", "extra", "mid", "ans", "cnt"],
    "float": ["avg", "ratio", "mean", "rate", "scale", "weight", "price", "share", "factor",
              "frac", "average", "percent"],
    "bool": ["found", "ok", "flag", "done", "is_valid", "changed", "matched", "valid", "is_even",
             "in_range", "strict", "active", "reverse", "is_sorted"],
    "str": ["s", "text", "word", "name", "line", "prefix", "suffix", "sep", "label", "key", "code",
            "msg", "token", "tag", "title", "part", "head", "tail", "result", "out", "pattern",
            "letters", "sentence", "city", "color", "st", "string", "char", "delim", "fill", "new"],
    "list": ["nums", "values", "items", "scores", "data", "arr", "xs", "digits", "counts",
             "weights", "heights", "ages", "prices", "marks", "row", "seq", "numbers", "totals",
             "sizes", "stack", "queue", "array", "lst", "result", "out", "res", "ys", "buf",
             "temp", "new_list", "evens", "odds", "pairs", "vals"],
    "list_str": ["words", "names", "parts", "tokens", "lines", "labels", "keys", "fruits",
                 "colors", "cities", "tags", "letters", "items", "strings", "chunks", "result"],
    "dict": ["counts", "freq", "mapping", "table", "index", "seen", "groups", "d", "lookup",
             "stock", "ages", "scores", "inventory", "totals", "by_len", "registry", "cache",
             "memo", "dic", "result", "tally", "positions"],
    "set": ["seen", "unique", "visited", "found", "pool", "keep", "banned", "common", "distinct",
            "chosen", "used"],
    "tuple": ["pair", "point", "span", "bounds", "entry", "rec", "coords", "last", "first"],
}
_ELEMENT = {
    "int": ["x", "n", "v", "num", "val", "item", "score", "d", "e", "value", "age", "h"],
    "str": ["w", "word", "name", "s", "token", "item", "part", "key", "fruit", "color", "city"],
    "char": ["c", "ch", "char", "letter", "symbol"],
    "index": ["i", "j", "idx", "k", "pos", "step", "t"],
    "key": ["k", "key", "name", "word"],
    "value": ["v", "val", "count", "value", "n", "total"],
    "pair": ["pair", "entry", "item", "rec"],
}
FUNCTIONS = [
    "process", "transform", "solve", "compute", "count_items", "merge", "normalize", "summarize",
    "encode", "decode", "clean", "score", "rank", "collect", "build", "check", "analyze", "run",
    "apply", "reduce_all", "split_up", "combine", "pick", "filter_items", "tally", "rotate",
    "compress", "expand", "shift", "group", "scan", "measure", "convert", "adjust", "prepare",
    "operate", "total_of", "find_best", "mix", "update", "walk", "f", "g", "h", "func", "helper",
]
HELPERS = [
    "double", "square", "clamp", "is_small", "weight_of", "label_for", "pad", "first_or",
    "bump", "scale_by", "safe_div", "key_of", "norm", "step_of", "bonus_for", "cost_of",
    "tag_of", "score_of", "trim", "inc", "dec", "halve", "keep", "mark", "fix", "value_of",
]
CLASSES = [
    "Counter", "Stack", "Account", "Point", "Inventory", "Queue", "Player", "Robot", "Shape",
    "Timer", "Basket", "Library", "Student", "Node", "Item", "Wallet", "Grid", "Tracker",
    "Buffer", "Team", "Recorder", "Register", "Meter", "Garden", "Deck", "Ledger", "Vector",
]
RESERVED = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | {"self", "cls"}


def pool_for(t: Ty) -> list[str]:
    if t.kind == "list" and t.args[0].kind == "str":
        return _BY_TYPE["list_str"]
    if t.kind in _BY_TYPE:
        return _BY_TYPE[t.kind]
    return _BY_TYPE["int"]


class Namer:
    """Hands out names not yet taken in the current scope, from the pool that fits the role."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, pool: list[str], taken) -> str:
        free = [n for n in pool if n not in taken and n not in RESERVED]
        if free:
            return self.rng.choice(free)
        base = self.rng.choice(pool)
        i = 2
        while f"{base}{i}" in taken:
            i += 1
        return f"{base}{i}"

    def var(self, t: Ty, taken) -> str:
        return self.pick(pool_for(t), taken)

    def element(self, role: str, taken) -> str:
        return self.pick(_ELEMENT[role], taken)

    def function(self, taken, helper: bool = False) -> str:
        return self.pick(HELPERS if helper else FUNCTIONS, taken)

    def klass(self, taken) -> str:
        return self.pick(CLASSES, taken)

    def element_role(self, t: Ty, of: Ty) -> str:
        """The pool for a loop variable over a value of type `of` binding type t."""
        if of.kind == "str":
            return "char"
        if t.kind == "tuple":
            return "pair"
        return "str" if t.kind == "str" else "int"
