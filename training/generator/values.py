"""Random small input values of a given type, and their Python literal text.

Values stay small on purpose (the model sees them in a 512-token context): strings of a few
characters or one or two words, lists of 0-6 elements, ints mostly single digit.
"""
from __future__ import annotations

import random

from .valtypes import Ty

WORDS = [
    "apple", "banana", "cherry", "kiwi", "lemon", "mango", "pear", "plum", "fig", "grape",
    "red", "blue", "green", "cat", "dog", "bird", "fish", "sun", "moon", "star", "tree", "rock",
    "paris", "rome", "oslo", "lima", "tokyo", "ada", "bob", "eve", "alan", "grace", "linus",
    "code", "data", "node", "list", "item", "key", "map", "run", "test", "level", "noon", "abc",
    "hello", "world", "python", "spam", "eggs", "foo", "bar", "baz", "zeta", "alpha", "beta",
]
PHRASES = [
    "hello world", "a b c", "the cat sat", "one two three", "to be or not", "red green blue",
    "x y", "go left", "Hello World", "big dog", "abc def", "up and down",
]
ODD_STRINGS = [
    "", "a", "ab", "aab", "abc", "abba", "xyz", "AbC", "a1b2", "123", "42", "007", "  hi  ",
    "a,b,c", "x-y-z", "a.b", "Mississippi", "racecar", "ABBA", "aaa", "zz top", "Q", "hi!",
    "3 4 5", "a-b", "one,two", "CamelCase", "snake_case", "x=1", "e", "12ab", " ",
]
LETTERS = "abcdeilnorstxyz"


def random_str(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(WORDS)
    if r < 0.6:
        return rng.choice(PHRASES)
    if r < 0.85:
        return rng.choice(ODD_STRINGS)
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 6)))


def random_int(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.6:
        return rng.randint(0, 9)
    if r < 0.8:
        return rng.randint(-5, 15)
    return rng.randint(10, 60)


def random_len(rng: random.Random, lo: int = 0, hi: int = 6) -> int:
    # Mostly 2-5 elements; empty and single-element inputs exercise the edge cases.
    weights = [1, 2, 4, 5, 4, 3, 2][lo:hi + 1]
    return rng.choices(range(lo, hi + 1), weights)[0]


def random_value(rng: random.Random, t: Ty, nonempty: bool = False):
    lo = 1 if nonempty else 0
    k = t.kind
    if k == "int":
        return random_int(rng)
    if k == "float":
        return rng.choice([0.5, 1.5, 2.0, 2.5, 3.0, 0.25, 1.0, 4.5, 10.0, 0.1])
    if k == "bool":
        return rng.random() < 0.5
    if k == "str":
        s = random_str(rng)
        while nonempty and not s:
            s = random_str(rng)
        return s
    if k == "none":
        return None
    if k == "list":
        return [random_value(rng, t.args[0]) for _ in range(random_len(rng, lo))]
    if k == "set":
        return {random_value(rng, t.args[0]) for _ in range(random_len(rng, lo))} or (
            {random_value(rng, t.args[0])} if nonempty else set())
    if k == "dict":
        d = {}
        for _ in range(random_len(rng, lo, 4)):
            d[random_value(rng, t.args[0])] = random_value(rng, t.args[1])
        if nonempty and not d:
            d[random_value(rng, t.args[0])] = random_value(rng, t.args[1])
        return d
    if k == "tuple":
        return tuple(random_value(rng, a) for a in t.args)
    raise ValueError(f"no random values of type {t}")


def literal(v) -> str:
    """Python source for a value; sets are written sorted (their repr follows the hash seed)."""
    if isinstance(v, (set, frozenset)):
        return "{" + ", ".join(literal(x) for x in sorted(v)) + "}" if v else "set()"
    if isinstance(v, list):
        return "[" + ", ".join(literal(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(literal(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(x)}" for k, x in v.items()) + "}"
    return repr(v)
