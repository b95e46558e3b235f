"""Debugger-action semantics without debugpy: one test per stepping rule.

The rules were measured on debugpy 1.8.22 / Python 3.11 (docs/debugpy-conformance.md); the
conformance test replays random sequences against debugpy itself. These tests pin each rule
on a small program so a change to semantics.py shows which rule it broke, in milliseconds.
"""
from __future__ import annotations

from textwrap import dedent

import pytest

from training.semantics import ACTIONS, FORWARD_ACTIONS, INVERSE_ACTIONS, Session, Stop, breakpoint_line, stops_of
from training.tracer import trace


def session(source: str, breakpoints=(), filters=(), call=None) -> Session:
    t = trace(dedent(source).lstrip("\n"), call)
    assert t.status in ("ok", "error"), t.message
    return Session(t, frozenset(breakpoints), frozenset(filters))


def where(stop: Stop) -> tuple:
    """(kind, innermost-first 'name:line' path, value) of a stop."""
    return stop.kind, " < ".join(f"{n}:{ln}" for n, ln, _ in reversed(stop.stack)), stop.value


def walk(s: Session, *actions: str) -> list[tuple]:
    return [where(s.step(a)) for a in actions]


CALLS = """
def add(a, b):
    total = a + b
    return total


x = add(1, 2)
y = x * 10
"""


def test_step_into_enters_calls_and_stops_after_the_return_in_the_caller():
    s = session(CALLS)
    assert where(s.current) == ("line", "<module>:1", None)
    assert walk(s, "step_into", "step_into", "step_into", "step_into", "step_into", "step_into") == [
        ("line", "<module>:6", None),
        ("line", "add:2 < <module>:6", None),
        ("line", "add:3 < <module>:6", None),
        ("return", "<module>:6", "3"),  # the caller at the call line, showing the return value
        ("line", "<module>:7", None),
        ("exit", "", None),
    ]


def test_step_over_at_the_last_line_goes_on_in_the_caller_without_a_return_stop():
    s = session(CALLS)
    assert walk(s, "step_into", "step_into", "step_over", "step_over") == [
        ("line", "<module>:6", None), ("line", "add:2 < <module>:6", None), ("line", "add:3 < <module>:6", None),
        ("line", "<module>:7", None),
    ]


def test_step_over_a_call_stays_in_the_frame():
    s = session(CALLS)
    assert walk(s, "step_over", "step_over", "step_over") == [
        ("line", "<module>:6", None), ("line", "<module>:7", None), ("exit", "", None)]


def test_step_out_stops_after_the_return_also_for_an_exception():
    s = session("""
        def check(n):
            if n < 0:
                raise ValueError("negative")
            return n

        def safe(n):
            try:
                return check(n)
            except ValueError:
                return 0

        print(safe(-1))
    """, breakpoints=[2])
    assert where(s.step("continue")) == ("line", "check:2 < safe:8 < <module>:12", None)
    stop = s.step("step_out")
    assert where(stop) == ("return", "safe:8 < <module>:12", "None")
    assert stop.exception == ("ValueError", "negative")


NESTED_RAISE = """
def level3(x):
    raise ValueError(x)


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except ValueError:
        return -1


print(level1(5))
"""


def test_step_over_at_a_raise_continues_like_step_into_once_the_frame_is_left():
    # level3 and then level2 exit by the exception: level3's exit ends the step_over's frame,
    # so pydevd steps into what follows and stops after level2 returned (exceptionally) to level1.
    s = session(NESTED_RAISE, breakpoints=[2])
    s.step("continue")
    stop = s.step("step_over")
    assert where(stop) == ("return", "level1:11 < <module>:16", "None")
    assert stop.exception == ("ValueError", "5")
    assert where(s.step("step_over")) == ("line", "level1:12 < <module>:16", None)


def test_raised_filter_stops_in_every_frame_the_exception_passes():
    s = session(NESTED_RAISE, filters=["raised"])
    stops = [s.step("continue") for _ in range(4)]
    assert [where(stop) for stop in stops] == [("exception", "level3:2 < level2:6 < level1:11 < <module>:16", None),
                                               ("exception", "level2:6 < level1:11 < <module>:16", None),
                                               ("exception", "level1:11 < <module>:16", None),
                                               ("exit", "", None)]
    assert [s.reason(stop) for stop in stops] == ["exception"] * 3 + [None]
    assert stops[0].exception == ("ValueError", "5")


GENERATORS = """
def numbers(n):
    for i in range(n):
        yield i
    yield 99


total = 0
for v in numbers(2):
    total += v
squares = sum(k * k for k in range(2))
"""


def test_a_yield_on_a_line_without_a_return_is_a_pause_not_a_return():
    s = session(GENERATORS, breakpoints=[3])
    assert where(s.step("continue")) == ("line", "numbers:3 < <module>:8", None)
    # `yield i` pauses: no return stop, the loop body runs next.
    assert where(s.step("step_into")) == ("line", "<module>:9", None)


def test_a_yield_sharing_its_line_with_a_return_stops_like_a_return():
    s = session(GENERATORS, breakpoints=[4])
    assert where(s.step("continue")) == ("line", "numbers:4 < <module>:8", None)
    assert where(s.step("step_into")) == ("return", "<module>:8", "99")
    # Generator expressions yield on their only line, which holds their return: one return stop per item.
    s = session(GENERATORS, breakpoints=[10])
    s.step("continue")
    kinds = [where(s.step("step_into")) for _ in range(4)]
    assert kinds == [("line", "<genexpr>:10 < <module>:10", None), ("return", "<module>:10", "0"),
                     ("line", "<genexpr>:10 < <module>:10", None), ("return", "<module>:10", "1")]


def test_step_over_at_a_pausing_yield_stops_in_the_generator_when_it_resumes():
    s = session(GENERATORS, breakpoints=[3])
    s.step("continue")
    assert where(s.step("step_over")) == ("line", "numbers:2 < <module>:8", None)


def test_step_out_of_a_paused_generator_waits_for_its_real_return():
    s = session(GENERATORS)
    while where(s.current)[1] != "numbers:3 < <module>:8":
        s.step("step_into")
    # The pauses at `yield i` do not end the step; the `yield 99` on the return's line does.
    assert where(s.step("step_out")) == ("return", "<module>:8", "99")


def test_control_flow_exceptions_never_stop():
    s = session("""
        def gen():
            try:
                yield 1
            finally:
                print("closed")

        g = gen()
        next(g)
        g.close()
        it = iter([])
        try:
            next(it)
        except StopIteration:
            print("done")
    """, filters=["raised"])
    assert where(s.step("continue")) == ("exit", "", None)
    assert any(e.kind == "exception" and e.exception[0] == "GeneratorExit" for e in s.trace.events)


def test_successful_sys_exit_never_stops():
    s = session("""
        import sys
        try:
            sys.exit(0)
        except SystemExit:
            pass
        sys.exit(3)
    """, filters=["raised", "uncaught"])
    # exit(0) is ignored; exit(3) stops where it is raised, then once more after the program ended.
    assert [where(s.step("continue")) for _ in range(3)] == [
        ("exception", "<module>:6", None), ("exception", "<module>:6", None), ("exit", "", None)]


def test_breakpoints_on_lines_without_code_move_up():
    s = session(CALLS, breakpoints=[4, 5])  # the blank lines after `return total`
    assert s.breakpoint_lines == frozenset({3})
    stop = s.step("continue")
    assert where(stop) == ("line", "add:3 < <module>:6", None) and s.reason(stop) == "breakpoint"
    assert breakpoint_line([3, 6], 1) == 1  # nothing above: it stays


def test_uncaught_filter_stops_once_after_the_program_ended():
    s = session("""
        def inner(n):
            try:
                v = n * 2
                raise KeyError(v)
            finally:
                v = -1
                print("cleanup")

        inner(4)
    """, filters=["uncaught"])
    stop = s.step("continue")
    # The traceback's frames, their final locals, and all the output (the finally block ran).
    assert where(stop) == ("exception", "inner:4 < <module>:9", None)
    assert stop.locals[-1] == {"n": "4", "v": "-1"} and stop.exception == ("KeyError", "8")
    assert stop.stdout == "cleanup\n"
    end = s.step("step_into")
    assert end.kind == "exit" and end.stdout == "" and end.exception == ("KeyError", "8")


def test_without_the_uncaught_filter_there_is_no_post_mortem_stop():
    s = session("raise KeyError('k')\n", filters=["raised"])
    assert [where(s.step("continue")) for _ in range(2)] == [
        ("exception", "<module>:1", None), ("exit", "", None)]


LIBRARY = """
import statistics
from contextlib import contextmanager


@contextmanager
def tag(name):
    yield name.upper()


def spread(values):
    return max(values) - min(values)


m = spread([1, 5]) + statistics.median([3, 1, 2])
with tag("b") as t:
    x = t
"""


def test_library_returns_stop_unless_called_from_where_the_step_started():
    s = session(LIBRARY, breakpoints=[14])
    s.step("continue")
    # step_into from line 14 enters spread; median's return goes back to line 14, where the
    # step_into started: no stop there.
    assert walk(s, "step_into", "step_into", "step_into") == [
        ("line", "spread:11 < <module>:14", None), ("return", "<module>:14", "4"), ("line", "<module>:15", None)]
    # After step_over leaves spread, median's return stops (the step did not start on line 14).
    s = session(LIBRARY, breakpoints=[11])
    s.step("continue")
    assert where(s.step("step_over")) == ("return", "<module>:14", "2")


def test_a_with_block_shows_the_return_of_the_context_managers_enter():
    s = session(LIBRARY, breakpoints=[7])
    assert where(s.step("continue")) == ("line", "tag:7 < <module>:15", None)
    # The generator pauses at its yield; contextlib's __enter__ returns its value to line 15.
    assert where(s.step("step_into")) == ("return", "<module>:15", "'B'")


def test_library_code_running_at_the_stop_is_seen_only_while_stepping_into_or_out():
    source = """
        from contextlib import contextmanager

        @contextmanager
        def cm():
            yield 1
            done = True

        with cm() as v:
            y = v
        z = 3
    """
    # step_into from the generator's last line: __exit__ returns to the with statement, a stop.
    s = session(source, breakpoints=[6])
    s.step("continue")
    assert where(s.step("step_into")) == ("return", "<module>:8", "False")
    # step_over: the generator ends, pydevd steps on into the module only, and the library
    # frame __exit__ (on the stack at the stop) is not traced then: no stop at its return.
    s = session(source, breakpoints=[6])
    s.step("continue")
    assert where(s.step("step_over")) == ("line", "<module>:10", None)


def test_stdout_between_stops():
    s = session("print('a')\nprint('b', end='')\nx = 1\n")
    assert [s.step("step_over").stdout for _ in range(3)] == ["a\n", "b", ""]
    s.step("back_into")
    assert s.step("back_into").stdout == ""  # stepping back prints nothing


def test_the_public_interface_stays():
    assert FORWARD_ACTIONS == ("step_into", "step_over", "step_out", "continue")
    assert INVERSE_ACTIONS == ("back_into", "back_over", "back_out", "back_to_call")
    assert ACTIONS == FORWARD_ACTIONS + INVERSE_ACTIONS
    s = session(CALLS)
    assert set(s.current.to_json()) == {"kind", "line", "stack", "value", "exception", "stdout"}
    assert s.stops == stops_of(s.trace) and not s.ended
    # Trajectory sampling moves the session to any stop by its index.
    s.index = next(i for i, st in enumerate(s.stops) if st.kind == "line" and st.line == 3)
    assert where(s.step("step_over")) == ("line", "<module>:7", None)
    with pytest.raises(ValueError):
        s.step("jump")


def test_inverse_actions():
    s = session(CALLS, call=None)
    for _ in range(4):
        s.step("step_into")
    assert where(s.current) == ("return", "<module>:6", "3")
    assert where(s.step("back_to_call")) == ("line", "add:2 < <module>:6", None)
    assert where(s.step("back_out")) == ("line", "<module>:6", None)
    s.step("step_into")
    assert where(s.step("back_into")) == ("line", "<module>:6", None)


def test_call_mode_ends_with_the_result():
    s = session("def f(n):\n    return n + 1\n", call="f(2)")
    assert where(s.current) == ("line", "f:2", None)
    end = s.step("step_over")
    assert end.kind == "exit" and end.value == "3"
    assert where(s.step("back_to_call")) == ("line", "f:2", None)
