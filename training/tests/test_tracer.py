"""The tracer and canonical values, without debugpy: limits, invalid programs, call mode,
stdout attribution, canonical strings, the facts recorded for debugpy's stepping rules,
determinism across hash seeds, and a speed figure (printed, not asserted)."""
from __future__ import annotations

import time
from textwrap import dedent

import pytest

from training.canon import MAX_LEN, canon, canon_locals
from training.tracer import Limits, Trace, trace


def src(text: str) -> str:
    return dedent(text).lstrip("\n")


def lines_of(t: Trace, kind: str = "line") -> list[int]:
    return [e.line for e in t.events if e.kind == kind]


# -- limits: status "limit", the events so far kept ---------------------------------------------
def test_max_events_keeps_the_events_so_far():
    t = trace("n = 0\nwhile True:\n    n += 1\n", limits=Limits(max_events=50))
    assert t.status == "limit" and "50 events" in t.message
    assert len(t.events) == 50
    assert t.events[-1].locals[-1]["n"] != "0"  # the loop really ran


def test_wall_time_stops_an_infinite_loop():
    started = time.monotonic()
    t = trace("n = 0\nwhile True:\n    n += 1\n", limits=Limits(max_events=10**9, wall_time=0.5))
    assert time.monotonic() - started < 5.0  # 0.5 s of tracing plus a fork under load; 10**9 events would take minutes
    assert t.status == "limit" and "longer than 0.5s" in t.message
    assert len(t.events) > 10


def test_wall_time_kills_a_loop_without_events():
    # A loop inside C code gives the tracer no event to check the clock at: the parent kills it.
    t = trace("import itertools\nsum(itertools.count())\n", limits=Limits(wall_time=0.3))
    assert t.status == "limit" and "killed" in t.message


def test_output_limit():
    t = trace("for i in range(100000):\n    print('x' * 10)\n", limits=Limits(max_output=1000))
    assert t.status == "limit" and "stdout" in t.message
    assert t.events and "".join(e.stdout for e in t.events).startswith("x" * 10 + "\n")


def test_recursion_depth_limit():
    t = trace("def down(n):\n    return down(n + 1)\n\ndown(0)\n", limits=Limits(max_depth=20))
    assert t.status == "limit" and "nested calls" in t.message
    assert max(len(e.stack) for e in t.events) == 20


# -- invalid programs, call mode, uncaught exceptions ------------------------------------------
def test_syntax_error_is_invalid_with_its_line():
    t = trace("x = 1\ny = (2\nz = 3\n")
    assert t.status == "invalid" and t.events == []
    assert t.error_line == 2 and "SyntaxError" in t.message


def test_syntax_error_in_the_call():
    t = trace("def f(x):\n    return x\n", call="f(")
    assert t.status == "invalid" and "the call" in t.message


def test_call_mode_traces_only_the_call():
    t = trace(src("""
        print("definitions run untraced")
        def double(x):
            y = x * 2
            return y
    """), call="double(21)")
    assert t.status == "ok" and t.result == "42"
    assert [e.kind for e in t.events] == ["call", "line", "line", "return"]
    assert t.events[0].stack[0][0] == "double" and t.events[0].locals == [{"x": "21"}]
    assert not t.events[0].caller_is_user  # called by the entry call, not by the program
    # What the untraced definitions printed comes before the first event.
    assert [e.stdout for e in t.events] == ["definitions run untraced\n", "", "", ""]


def test_uncaught_exception_and_post_mortem():
    t = trace(src("""
        def inner(n):
            try:
                v = n * 2
                raise ValueError(f"bad {v}")
            finally:
                v = -1
                print("cleanup")

        def outer():
            inner(5)

        outer()
    """))
    assert t.status == "error" and t.uncaught == ("ValueError", "bad 10")
    pm = t.post_mortem
    # The traceback's frames at the traceback's lines, with the locals they ended with.
    assert [(name, line) for name, line, _ in pm.stack] == [("<module>", 12), ("outer", 10), ("inner", 4)]
    assert pm.locals[-1] == {"n": "5", "v": "-1"} and pm.exception == ("ValueError", "bad 10")


# -- stdout per event ---------------------------------------------------------------------------
def test_stdout_is_attributed_to_the_next_event():
    t = trace('print("a", end="")\nprint("b")\nx = 1\nprint(x)\n')
    assert [(e.kind, e.line, e.stdout) for e in t.events] == [
        ("call", 0, ""), ("line", 1, ""), ("line", 2, "a"), ("line", 3, "b\n"), ("line", 4, ""), ("return", 4, "1\n")]
    assert t.stdout_tail == ""


# -- canonical values ---------------------------------------------------------------------------
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Slots:
    __slots__ = ("a",)


def test_canonical_values():
    cycle: list = [1]
    cycle.append(cycle)
    p = Point(1, "b")
    p.y = p
    assert canon(cycle) == "[1, [...]]"
    assert canon(p) == "Point(x=1, y=Point(...))"
    assert canon({3, 1, 2}) == "{1, 2, 3}" and canon({"b", "a", 2}) == "{2, 'a', 'b'}"
    assert canon(frozenset()) == "frozenset()" and canon(set()) == "set()"
    assert canon((1,)) == "(1,)" and canon({"k": [1.5, None]}) == "{'k': [1.5, None]}"
    assert canon(Slots()) == "<Slots object>"
    assert canon(iter([])) == "<list_iterator object>"  # address removed
    long = canon(list(range(100)))
    assert len(long) == MAX_LEN and long.endswith("...") and long.startswith("[0, 1, 2")


def test_shown_variables_follow_debugpys_view():
    shown = canon_locals({"__name__": "m", "f": len, "cls": Point, "x": 1, "obj": Point(0, 0)}.items())
    assert shown == {"x": "1", "obj": "Point(x=0, y=0)"}


def test_string_sets_are_canonical_under_any_hash_seed():
    program = 's = {"pear", "fig", "apple"}\nt = sorted(s)\n'
    for seed in (0, 1):
        assert trace(program, hash_seed=seed).events[-1].locals[0]["s"] == "{'apple', 'fig', 'pear'}"


# -- facts recorded for debugpy's stepping rules -----------------------------------------------
def test_library_functions_called_by_the_program_record_their_return():
    t = trace("import statistics\nm = statistics.median([3, 1, 2])\nn = len('ab')\n")
    lib = [e for e in t.events if e.kind == "library_return"]
    # The import machinery's own frame returns the module; len() is C code, it has no frame.
    assert [(e.stack[-1][0], e.value, e.locals[-1]) for e in lib] == [
        ("_find_and_load", "<module 'statistics'>", {}), ("median", "2", {})]
    assert [name for name, _, _ in lib[1].stack[:-1]] == ["<module>"]  # the caller below it


def test_generator_returns_at_lines_without_a_return_are_pauses():
    t = trace(src("""
        def gen():
            for i in range(2):
                yield i
            yield 9

        total = sum(gen())
        squares = list(x * x for x in range(2))
    """))
    gen_returns = [(e.line, e.value, e.pause) for e in t.events if e.kind == "return" and e.stack[-1][0] == "gen"]
    # `yield i` (line 3) pauses; `yield 9` shares line 4 with the implicit return, so debugpy
    # takes it for a return, like the real end of the generator on that line.
    assert gen_returns == [(3, "0", True), (3, "1", True), (4, "9", False), (4, "None", False)]
    genexpr = [e for e in t.events if e.kind == "return" and e.stack[-1][0] == "<genexpr>"]
    assert genexpr and all(e.generator and not e.pause for e in genexpr)


def test_code_lines_and_future_flags():
    t = trace("def f(x: int):\n\n    return x\n\nprint(f.__annotations__)\n")
    assert {1, 3, 5} <= set(t.code_lines) and 2 not in t.code_lines and 4 not in t.code_lines
    # The program is not compiled with the tracer's own `from __future__ import annotations`.
    assert "".join(e.stdout for e in t.events) == "{'x': <class 'int'>}\n"


def test_caller_is_user():
    t = trace("def f():\n    return 1\n\nf()\nsorted([2, 1], key=lambda v: -v)\n")
    first = {e.stack[-1][0]: e.caller_is_user for e in t.events if e.kind == "line"}
    # The module is run by the interpreter; a lambda called back by sorted() has the module below it.
    assert first == {"<module>": False, "f": True, "<lambda>": True}


# -- determinism and speed ---------------------------------------------------------------------
DETERMINISTIC = src("""
    class Acc:
        def __init__(self):
            self.items = {}

        def add(self, key, n):
            self.items[key] = self.items.get(key, 0) + n
            return self.items[key]

    def run(words):
        acc = Acc()
        for w in words:
            acc.add(len(w), 1)
        return sorted(acc.items.items())

    print(run(["a", "bb", "cc", "ddd"]), {3, 1, 2})
""")


def test_same_trace_under_hash_seeds_0_and_1():
    a, b = trace(DETERMINISTIC, hash_seed=0), trace(DETERMINISTIC, hash_seed=1)
    assert a.status == "ok" and len(a.events) > 20
    assert a.to_json() == b.to_json()
    assert Trace.from_json(a.to_json()) == a


def test_tracer_speed(capsys):
    program = "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n\nfor k in range(60):\n    f(40)\n"
    trace(program)  # warm the tracer server up
    started = time.monotonic()
    t = trace(program, limits=Limits(max_events=100_000))
    seconds = time.monotonic() - started
    assert t.status == "ok"
    with capsys.disabled():
        print(f"\ntracer speed: {len(t.events)} events in {seconds:.2f}s = {len(t.events) / seconds:,.0f} events/s")


@pytest.mark.parametrize("bad", ["import os\nos._exit(3)\n", "import sys\nsys.stdout = None\nprint(1)\n"])
def test_programs_that_break_their_process_do_not_break_the_tracer(bad):
    assert trace(bad).status in ("ok", "error", "limit")
    assert trace("x = 1\n").status == "ok"
