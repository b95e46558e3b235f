"""Write test/fixtures/canonical_values.json: the cases both value-grammar checkers must pass
(model-runtime/value-syntax.ts for constrained decoding, training/value_syntax.py its twin).

    python training/tests/make_canonical_values.py

Valid cases are canon() of a broad, fixed set of Python values (scalars, containers, objects,
cycles, standard-library reprs, long values that get cut) and every value in the shared trace
fixtures (training/tests/data/sample.jsonl, test/golden/*.json); invalid cases are texts canon
never writes (what the model wrote before the grammar, wrong separators or quotes, leading
zeros, bad cuts). Deterministic: same Python, same file. Some reprs differ between Python
versions (3.11 made this file); the tests check each case with the checkers, not against a
fresh run.
"""
from __future__ import annotations

import array
import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import glob
import json
import math
import os
import pathlib
import re
import sys
import types
import typing

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, ROOT)

from training.canon import MAX_LEN, canon  # noqa: E402

OUT = os.path.join(ROOT, "test", "fixtures", "canonical_values.json")


# ------------------------------------------------------------------ Python values
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no")


class Card:
    """A generated program's own __repr__ (training/generator/families/classes.py writes these)."""

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return f"Card({self.rank}, suit={self.suit!r})"


class Book:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return f"<{self.title}: on loan>"


class Version:
    """A __repr__ that is not a call: generated programs write these (training/generator/v2)."""

    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return ".".join(map(str, self.parts))


class Color(enum.Enum):
    RED = 1
    GREEN = "g"


@dataclasses.dataclass
class Money:
    cents: int
    currency: str = "USD"


Pair = collections.namedtuple("Pair", "left right")


def gen():
    yield 1


def outer():
    def inner():
        return 1
    return inner


def python_values() -> list[object]:
    cyc_list: list = [1]
    cyc_list.append(cyc_list)
    cyc_dict: dict = {"k": 1}
    cyc_dict["self"] = cyc_dict
    cyc_node = Node(1)
    cyc_node.next = cyc_node
    chain = Node(1)
    chain.next = Node(2)
    point = Point(1, 2)
    values: list[object] = [
        # constants and numbers
        None, True, False, Ellipsis, NotImplemented,
        0, 1, -1, 7, 42, -12, 100, 2024, 10**9, -(10**18), 10**20, 2**63, 2**400, 2**500, -(2**450),
        0.0, -0.0, 1.0, 1.5, -0.25, 0.1, 0.1 + 0.2, 1 / 3, 2.5, 100.0, 123456789.125, 1e-05, 1e-7,
        1.5e20, 1e16, 9999999999999998.0, 1e22, 1e-300, 5e-324, 1.7976931348623157e308, -3.75e-10,
        math.pi, math.e, float("inf"), float("-inf"), float("nan"),
        2j, -2j, 1 + 2j, complex(1.5, -2), complex(0, 0), complex(-1, 0), complex(1e20, 1), 0.5j,
        # strings
        "", "a", "hello world", "it's", 'say "hi"', "both ' and \"", "tab\there", "two\nlines", "cr\r",
        "\x00", "\x1b[0m", "\x7f", "back\\slash", "é", "naïve café", "日本語", "\u200b", "\xa0",
        "\U0001f600", "\U000e0001", "])}", "{'a': 1}", "<tag>", "a,b", "k: v", "...", "'", '"', "'\"",
        "x" * 96, "y" * 97, "z" * 98, "w" * 150, "it's " * 30, "\n" * 60,
        # bytes
        b"", b"abc", b"it's", b'say "hi"', b"\x00\xff", b"\\", b"'\"", b"\t\n\r", b"A" * 120,
        bytearray(b"ab"),
        # lists, tuples, dicts, sets
        [], [1], [1, 2, 3], [1, "a", None], [[1, 2], [3]], [[[]]], list(range(40)), ["ab"] * 30,
        (), (1,), (1, 2), ("a", (1,), ()), ((1, 2), (3, 4)), tuple(range(50)),
        {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {1: "x", (1, 2): {"k": None}}, {"k" + str(i): i for i in range(20)},
        {1, 2, 3}, {3, 1, 2}, {"b", "a"}, {1, "a", (2, 3)}, {2.5, 1, True}, set(), frozenset(),
        frozenset({1, 2}), frozenset({"x"}), [set(), frozenset({3})], {"s": {1}},
        [1.5, -0.0, float("inf"), float("nan")], {"t": (1,)}, [b"x", "y"], [{"a": [{"b": ()}]}],
        # objects
        point, Point("a", [1, 2]), Point(point, None), Empty(), Slotted(), chain, cyc_node,
        [Point(0, 0), Point(1, 1)], {"p": Point(1.5, "q")}, BadRepr(), Card("A", "spades"), Book("Dune"),
        # cycles
        cyc_list, cyc_dict,
        # standard library reprs
        collections.Counter("hello"), collections.Counter(), collections.deque([1, 2]),
        collections.deque([1], maxlen=3), collections.defaultdict(int, {"a": 1}), collections.defaultdict(list),
        collections.OrderedDict(a=1), Pair(1, "r"), Money(5), Color.RED, Color.GREEN,
        datetime.date(2024, 1, 31), datetime.datetime(2024, 5, 6, 7, 8, 9), datetime.timedelta(days=2),
        decimal.Decimal("1.50"), fractions.Fraction(1, 3), range(10), range(1, 10, 2), slice(1, 5, None),
        array.array("i", [1, 2]), pathlib.PurePosixPath("/tmp/x.txt"), re.compile(r"a+\d"),
        re.match("ab", "abc"), types.SimpleNamespace(a=1, b="x"), object(),
        gen(), iter([1]), iter((1,)), iter("ab"), iter({1: 2}), iter(range(3)), map(str, [1]), zip([1], [2]),
        enumerate([1]), reversed([1, 2]), {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(),
        outer(), lambda: 0, len, print, [].append, point.__init__, math, json, [int, str, Point],
        KeyError("k"), ValueError("can't"), RuntimeError('"x" rejected'), ZeroDivisionError("division by zero"),
        Exception(), StopIteration(3), types.MappingProxyType({"a": 1}), memoryview(b"ab"),
        re.match(".*", "10.0.0.7 - - [12/Mar/2024:10:01:02 +0000] \"GET /a HTTP/1.1\" 200"),
        re.search(r"\(", "f(x)"), re.search(r"\[", "x[0]"), re.match(".*", "([{" * 30),
        # type aliases a script may hold
        tuple[int, int], list[dict[str, int]], typing.Optional[str], typing.List, typing.Callable[[int], str],
        # long words: numbers are not names
        Point(10**44, "x" * 50), Point([10**40], 0), Card("x123456", 123456789), typing.Tuple[int, int],
        Version(1, 2, 3), [Version(3, 6, 12), Version(0, 1, 0)], Version(10, 0, 0, 1),
    ]
    return values


# ------------------------------------------------------------------ invalid texts
INVALID = [
    # what the model wrote before the grammar
    '{": 1, "x:":":"', "08", '[", 2, 2', "'123-456\"]-123", "'88:98'\"[]'s\"", '",",",",",', "4'4'",
    "[('9), ('3 4 5), ('red green blue', 2)]", "{'sou': -1, 's'}", "'WWWW', 'o', 'o'",
    "{'st': 1, 't': 1,h0}", "',='='", "[\":[\\'S\\', \\'rock\\']\":[\\'See\\']",
    # numbers
    "00", "01", "-01", "007", "+1", "-", "--1", "1.", ".5", "1.50", "1.0e+20", "1e5", "1e+5", "12e+20", "0e+00",
    "1E+20", "1e+", "-0", "0x10", "1_000", "1 ", " 1", "inf1", "-nan", "Inf", "NaN", "1+2j", "(1+2)", "(1+2j",
    "2J", "1j2", "(1+2j)j",
    # constants and names
    "none", "true", "NULL", "x", "foo", "None None", "True,", "a..b", "a.1", "Point", "Point.", "-None", "-x",
    "tuple[int, int", "list[int)", "x[]]", "int | None",
    # strings
    "'abc", "'", '"abc"', '"a"', '""', "\"say \\\"hi\\\"\"", "'it\\'s'", "'a\nb'", "'a\tb'", "'\\q'", "'\\x4'",
    "'\\x4G'", "'\\X41'", "'\\xAB'", "'\\u12'", "'a''b'", "'a' 'b'", "u'a'", "r'a'", "f'a'", "B'a'", "b'é'",
    "b'\\u1234'", "'\\'", "'\\\\\\'", "'abc'x",
    # separators and brackets
    "[1,2]", "[1 ,2]", "[1,  2]", "[ 1]", "[1, ]", "[1,]", "[,]", "[1, 2", "[1, 2]]", "(1]", "(1)", "(1, )",
    "(1,2)", "(1 ,)", "(,)", "{'a':1}", "{'a' : 1}", "{'a': 1,'b': 2}", "{'a': 1, 'b'}", "{1, 'a': 2}", "{:}",
    "{1,2}", "{1,}", "[1] [2]", "[1], [2]", "1, 2", "()()", "[[]", "[]]", "{", "}", "]", "[", "", " ", "\n",
    "[...", "[..]", "[....]", "(..)", "[1, ...]", "{...", "[1]\n",
    # loose forms
    "Point(x=1, y=2", "Point(x=1))", "Point(]", "Point(x=[1, 2)", "Point(x={'a':1})", "<Point object",
    "<Point object>>", "<a\tb>", "Point(x='1)", "Point(\n)", "set(", "frozenset({1, 2)", "3 of hearts",
    "USD 1,330.64", "Counter({'a': 2}", "deque([1,2])",
    # what the model wrote in loose forms once strict values were enforced
    "<list=[1, -1, 0]>", "<list'8677777>", "<79999999>", "<s=1058>", "<dict_len={'.5, 'cts': 29}>", "<>", "< a>",
    "<" + "list" + "5" * 60 + ">", "<list_list_ left_" + "spam_" * 12 + ">", "False" + "9" * 50 + "[]", "None()",
    "True(1)", "alar28ssalart[]", "Quais_psis[]", "x" * 41 + "()", "Point(x=" + "ab" * 21 + ")",
    "False" + "9" * 35 + ".False9", "<list1888888888, 0]>", "Point(x=a1234567)",
    "<list, 112]85>", "<a (b>", "<a (b]>", "<a [b)>", "1.2.", "1..2", "-1.2.3", "1.2.3e+05", "1.2.3j",
]


# ------------------------------------------------------------------ cases
def trace_values() -> list[str]:
    """Every canonical value in the shared trace fixtures."""
    found: list[str] = []

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "locals":
                    for frame in v if isinstance(v, list) else [v]:
                        found.extend(x for x in frame.values() if isinstance(x, str))
                elif k == "value" and isinstance(v, str):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    with open(os.path.join(ROOT, "training", "tests", "data", "sample.jsonl"), encoding="utf-8") as f:
        for line in f:
            walk(json.loads(line))
    for path in sorted(glob.glob(os.path.join(ROOT, "test", "golden", "*.json"))):
        with open(path, encoding="utf-8") as f:
            walk(json.load(f))
    return found


def cut(text: str) -> str:
    return text if len(text) <= MAX_LEN else text[: MAX_LEN - 3] + "..."


def truncation_cases() -> list[tuple[str, bool, str]]:
    """Cuts at 97 characters of values still open there, and cuts canon never makes."""
    long_list = repr(list(range(100)))
    long_dict = repr({f"key{i}": [i, "v" * (i % 5)] for i in range(30)})
    long_str = repr("ab'c" * 40)
    nested = "[" * 40 + "]" * 40
    out = []
    for text in (long_list, long_dict, long_str, repr(tuple(range(60))), repr(2**700)[:101], repr([[i, [i]] for i in range(30)])):
        out.append((cut(text), True, "cut at 97 characters"))
    out += [
        (long_list[:96] + "...", False, "cut at 96 characters"),
        (long_list[:98] + "...", False, "cut at 98 characters"),
        (long_list[:97] + "..", False, "a cut needs three dots"),
        (long_list[:97] + "....", False, "a cut ends after three dots"),
        (long_list[:97] + "...]", False, "nothing follows a cut"),
        (long_list[:100], False, "an unclosed value of 100 characters"),
        ("[1,2" + "0" * 93 + "...", False, "the prefix before a cut must be valid"),
        ("0" * 97 + "...", False, "the prefix before a cut must be valid"),
        ("'" + "a" * 99 + "'", False, "101 characters"),
        ("'" + "a" * 98 + "'", True, "100 characters: kept whole"),
        ("[" * 50 + "]" * 50, True, "100 characters of brackets"),
        ("[" * 60 + "]" * 40, False, "too deep to close within 100 characters"),
        ("[" * 97 + "...", True, "a cut inside 97 open brackets"),
        ("'" + "é" * 96 + "...", True, "characters, not bytes, are counted"),
        ("'" + "é" * 97 + "...", False, "characters, not bytes, are counted"),
    ]
    return out


def cases() -> list[dict]:
    seen: set[str] = set()
    out: list[dict] = []

    def add(value: str, valid: bool, note: str) -> None:
        if value in seen:
            return
        seen.add(value)
        out.append({"value": value, "valid": valid, "note": note})

    for v in python_values():
        add(canon(v), True, "canon(" + type(v).__name__ + ")")
    for v in trace_values():
        add(v, True, "trace fixture")
    for text, valid, note in truncation_cases():
        add(text, valid, note)
    for text in INVALID:
        add(text, False, "not canonical")
    return out


def main() -> int:
    data = cases()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    valid = sum(c["valid"] for c in data)
    print(f"{OUT}: {len(data)} cases, {valid} valid, {len(data) - valid} invalid")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
