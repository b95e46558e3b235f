"""Source windows of long programs: training builds the headers the runtime builds.

test/fixtures/source_windows.json is made from the TypeScript runtime
(test/runtime/make-source-windows.ts); test/runtime/source-window.test.ts checks the runtime
against the same file. Then windows_of: long programs get windowed headers, refocused as a
session refocuses them.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import random

import pytest

from training import source_window as sw
from training import traceformat as tf
from training.tokenizer import SegmentEncoder, load_tokenizer
from training.tracer import trace
from training.trajectories import Trajectory, sample_trajectory
from training.windows import windows_of

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIXTURE = json.load(open(os.path.join(ROOT, "test", "fixtures", "source_windows.json"), encoding="utf-8"))
CASES = FIXTURE["cases"]
REGENERATE = ("npx esbuild test/runtime/make-source-windows.ts --bundle --platform=node --packages=external "
              "--outfile=.cache/make-source-windows.cjs && node .cache/make-source-windows.cjs")


@pytest.fixture(scope="module")
def enc() -> SegmentEncoder:
    path = os.path.join(ROOT, FIXTURE["tokenizer"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    assert sha == FIXTURE["tokenizer_sha256"], f"{path} is not the tokenizer the fixture was made with: {REGENERATE}"
    return SegmentEncoder(load_tokenizer(path))


def frames(xs) -> list[tuple[str, int]]:
    return [(name, line) for name, line in xs]


def test_the_fixture_covers_the_cases_that_matter():
    assert len(CASES) >= 15
    assert sum(c["shown"] is None for c in CASES) >= 1 and sum(c["shown"] is not None for c in CASES) >= 12
    assert any(len(c["focus"]) >= 2 for c in CASES) and any(c["focus"] == [] for c in CASES)
    assert any(c["focus_is_entry"] for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_definitions_and_entry_stack_as_the_runtime_finds_them(case):
    program = sw.ProgramInfo(case["source"])
    assert program.syntax_issue is None
    got = [{"kind": d.kind, "name": d.name, "line": d.line, "header_end": d.header_end, "end": d.end,
            "top_level": d.top_level, "params": [list(p) for p in d.params]} for d in program.definitions]
    assert got == case["definitions"]
    stack = sw.entry_stack(program, case["call"])
    assert (None if stack is None else [list(f) for f in stack]) == case["entry_stack"]
    if case["focus_is_entry"]:
        assert sw.entry_focus(program, case["call"]) == frames(case["focus"])


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_shown_lines_with_a_stand_in_cost(case):
    program = sw.ProgramInfo(case["source"])
    shown = sw.choose_shown_lines(program, frames(case["focus"]), case["stand_in_budget"],
                                  lambda n, text: 2 + math.ceil(len(text) / 4))
    assert sorted(shown) == case["stand_in_shown"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_header_ids_as_the_runtime_builds_them(case, enc):
    program = sw.ProgramInfo(case["source"])
    ids, shown = sw.header_ids(enc, case["source"], case["call"], case["breakpoints"], case["exception_filters"],
                               program, frames(case["focus"]), case["max_header"])
    assert (None if shown is None else sorted(shown)) == case["shown"]
    assert ids == case["header_ids"]
    text = "".join(tf.render_header(case["source"], case["call"], case["breakpoints"], case["exception_filters"],
                                    shown=shown))
    assert text == case["header_text"]
    assert len(enc.encode(tf.render_header(case["source"], case["call"], case["breakpoints"],
                                           case["exception_filters"]))) == case["full_header_tokens"]


def test_the_lexer_stops_where_the_runtime_does():
    lines, issue = sw.lex_python("def f(x):\n    return (x\n\ndef g():\n    pass\n")
    assert issue is not None and issue.message == "'(' was never closed" and (issue.line, issue.column) == (2, 12)
    lines, issue = sw.lex_python("def f():\nreturn 1\n")
    assert issue.message == "expected an indented block after line 1" and [l.first for l in lines] == [1]
    lines, issue = sw.lex_python("x = 1 $ 2\n")
    assert issue.message == "invalid character '$' (U+0024)" and lines == []


# ---------------------------------------------------------------------------------- windows_of
def long_program(functions: int = 14) -> str:
    out = ["import math", ""]
    for i in range(functions):
        out += ["", f"def step_{i}(items, factor={i + 1}):", "    total = 0", "    for item in items:",
                f"        if item % {i % 3 + 2} == 0:", "            total += item * factor", "        else:",
                "            total -= 1", "    return total"]
    out += ["", "", "def main():", "    acc = 0"]
    out += [f"    acc += step_{i}([{i}, {i + 1}, {i + 2}])" for i in range(functions)]
    out += ["    return acc", "", "", "print(main())"]
    return "\n".join(out) + "\n"


def check_windows(traj: Trajectory, source: str, call, enc, ctx: int, max_header: int):
    """Every window starts with the header a session would build: focused on the entry stop
    (a session's first window) or on its snapshot, within the runtime's budget; a window
    ends where the runtime would refocus (the next step's starting stop out of view)."""
    wins = windows_of(traj, source, call, enc, ctx, max_header)
    header_call = tf.call_name(call) if traj.task == "input" else call
    program = sw.ProgramInfo(source)
    truths = ([None] if traj.at_entry else []) + [traj.start] + [s for _, s in traj.steps]
    k = 0  # index in truths of the stop before the window's first scored stop
    for w in wins:
        before = truths[k]
        if before is None:
            focus, budget, snapshot = sw.entry_focus(program, header_call), max_header, []
        else:
            snapshot = enc.encode(tf.render_stop(before, None))
            focus = sw.focus_of(before)
            budget = min(max_header, ctx - len(snapshot) - 1 - 64)
        header, shown = sw.header_ids(enc, source, header_call, traj.breakpoints, traj.exception_filters, program,
                                      focus, budget)
        assert w.ids[: len(header)] == header
        assert w.ids[len(header): len(header) + len(snapshot)] == snapshot
        assert len(w.ids) <= ctx
        # within the window, every step but the first starts from a stop in view
        for j in range(1, len(w.stops)):
            assert sw.in_view(shown, sw.focus_of(truths[k + j]))
        k += len(w.stops)
        yield w, shown, k


def test_a_long_program_is_windowed_and_refocused_like_a_session(enc):
    source = long_program()
    full = enc.encode(tf.render_header(source, None))
    assert len(full) > 320
    t = trace(source)
    rng = random.Random(3)
    refocused = windows = 0
    for _ in range(30):
        traj = sample_trajectory(t, None, rng, max_steps=60)
        truths = ([None] if traj.at_entry else []) + [traj.start] + [s for _, s in traj.steps]
        for w, shown, k in check_windows(traj, source, None, enc, 512, 320):
            windows += 1
            assert shown is not None
            if k < len(truths) - 1 and not sw.in_view(shown, sw.focus_of(truths[k])):
                refocused += 1
    assert windows > 30 and refocused > 5


def test_function_mode_and_input_prediction_windows(enc):
    source = long_program()
    call = "main()"
    t = trace(source.replace("print(main())\n", ""), call)
    rng = random.Random(5)
    tasks = set()
    for _ in range(40):
        traj = sample_trajectory(t, call, rng, max_steps=30)
        tasks.add(traj.task)
        assert list(check_windows(traj, source.replace("print(main())\n", ""), call, enc, 512, 320))
    assert tasks == {"debug", "output", "input"}


def test_programs_that_fit_keep_their_whole_header(enc):
    source = "def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n\nprint(total([3, 1, 2]))\n"
    full = enc.encode(tf.render_header(source, None))
    rng = random.Random(1)
    traj = sample_trajectory(trace(source), None, rng, max_steps=80)
    wins = windows_of(traj, source, None, enc, 512, 320)
    assert wins and all(w.ids[: len(full)] == full for w in wins)
