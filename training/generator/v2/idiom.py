"""What a v2 idiom is: one function as people write it, with the inputs it expects.

An idiom maker is `make(ctx) -> Func`. It draws every choice (names, constants, a loop or a
comprehension, an early exit or not) from `ctx.rng` and returns the function as text lines,
with its parameters' *roles* (`people.ROLES`: "order_line", "scores", ...) so the program's
inputs look like the data the function was written for. `family.py` puts one or more idioms
in a module and writes the entry call or the script that uses them.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from .layout import Style


@dataclass
class Param:
    name: str
    hint: str  # "list[str]"; written when the program's style has hints
    role: "str | Callable[[random.Random], object]"  # a key of people.ROLES, or a maker of one input
    default: str | None = None  # the default's source text ("2", "None"), or no default


@dataclass
class Func:
    name: str
    params: list[Param]
    returns: str  # return hint ("dict[str, int]", "None")
    body: list[str]  # the body's lines, indented relative to the def (4 spaces per level)
    summary: str  # the docstring's first line
    details: tuple[str, ...] = ()  # more docstring lines (Args:/Returns: text, an example)
    imports: set[str] = field(default_factory=set)  # "import math", "from collections import Counter"
    constants: dict[str, str] = field(default_factory=dict)  # NAME -> value source text
    helpers: list["Func | list[str]"] = field(default_factory=list)  # defined before it: functions or raw blocks (a class)
    may_raise: bool = False  # some of its inputs make it raise on purpose (the gates accept "error")


@dataclass
class Ctx:
    """What a maker draws from: the program's rng and its documentation style."""
    rng: random.Random
    style: Style

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def comment(self, text: str, indent: int = 0) -> list[str]:
        """A comment line at `indent` levels, when the style writes it (else nothing)."""
        return ["    " * indent + line for line in self.style.comment(text)]


Maker = Callable[[Ctx], Func]
