"""Our debugger semantics against real debugpy, stop by stop, on the programs in conformance_programs/.

Each program gets CONFORMANCE_SEQUENCES random action sequences (seeded by CONFORMANCE_SEED
and the program name; consecutive sequences rotate the exception filters none / raised /
uncaught, starting at a different one per program), each run in its own debugpy session. All sessions of the selected programs share one
pool of CONFORMANCE_WORKERS threads (sessions mostly wait on debugpy, so a pool fills 2
cores). A difference fails the program's test unless an entry of EXCLUSIONS matches it
(each is explained in docs/debugpy-conformance.md); excluded differences end their sequence
and are counted in the summary the last test prints.
Larger run: CONFORMANCE_SEQUENCES=12 CONFORMANCE_SEED=7 pytest training/tests/test_debugpy_conformance.py
"""
from __future__ import annotations

import os
import random
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from training.conformance import FILTER_CHOICES, Mismatch, Plan, Result, plan_through, random_plan, run_plan
from training.debugpy_driver import leftover_processes
from training.tracer import Trace, trace_file

PROGRAM_DIR = Path(__file__).parent / "conformance_programs"
PROGRAMS = sorted(PROGRAM_DIR.glob("*.py"))
SEQUENCES = int(os.environ.get("CONFORMANCE_SEQUENCES", "2"))
SEED = int(os.environ.get("CONFORMANCE_SEED", "0"))
WORKERS = int(os.environ.get("CONFORMANCE_WORKERS", "3"))


@dataclass(frozen=True)
class Exclusion:
    name: str
    reason: str  # the full explanation is in docs/debugpy-conformance.md under this name
    matches: Callable[[str, Plan, Mismatch], bool]  # (program stem, plan, mismatch)


# Differences we know and cannot remove; none at the moment (see the docs for what the
# driver normalizes instead, such as pydevd's "[Chained Exc: ...]" pseudo-frames).
EXCLUSIONS: list[Exclusion] = []

# Hand-written sequences for rules random sequences rarely reach: (program, step_into until
# this "function:line" first, then these actions, breakpoints, exception filters).
SCENARIOS = {
    "step_out_of_paused_generator": ("generator_full", "evens:5", ("step_out", "step_over", "step_over"), (), ()),
    "yield_on_return_line": ("generator_last_yield", "pair:3", ("step_into", "step_over", "step_into"), (), ()),
    "step_over_at_pausing_yield": ("generator_last_yield", "spread:8", ("step_over",) * 4, (), ()),
    "enter_returns_to_with": ("library_context_manager", "section:8", ("step_into", "step_out", "step_into"), (), ()),
    "step_out_to_library_caller": ("library_context_manager", "section:9", ("step_out", "step_into"), (), ()),
    "step_over_leaves_generator_to_library": ("library_context_manager", "section:9", ("step_over",) * 3, (), ()),
    "library_return_after_step_over": ("library_calls_mixed", None, ("continue",) + ("step_over",) * 4, (11,), ()),
    "step_over_at_raise": ("raise_nested_caught", None, ("continue", "step_over", "step_over", "step_over"), (3,), ()),
    "breakpoints_on_blank_lines": ("nested_calls", None, ("continue",) * 4, (3, 4, 16), ()),
    "post_mortem_after_finally": ("uncaught_through_finally", None, ("continue", "step_over"), (), ("uncaught",)),
    "generator_exit_does_not_stop": ("generator_close", None, ("continue",) * 3, (6,), ("raised",)),
    "step_out_through_yield_from": ("yield_from_send", "inner:4", ("step_out", "step_out", "step_into"), (), ()),
}

STATS: Counter = Counter({"discrepancies": 0, "excluded": 0})


class Runs:
    """The sequences of every selected program, submitted at once to a shared pool."""

    def __init__(self, programs: list[Path], scenarios: list[str]):
        self.pool = ThreadPoolExecutor(WORKERS)
        self.started = time.monotonic()
        self.finished: float | None = None
        self.jobs: dict[str, list[tuple[Plan, Future]]] = {}  # program stem or scenario name -> runs
        for name in scenarios:
            stem, until, actions, breakpoints, filters = SCENARIOS[name]
            program = PROGRAM_DIR / f"{stem}.py"
            trace = _trace(program)
            self._submit(name, program, trace, [plan_through(trace, until, actions, breakpoints, filters)])
        for program in programs:
            trace = _trace(program)
            lines = len(program.read_text().splitlines())
            first_filter = PROGRAMS.index(program) + SEED  # spreads the filters evenly over the corpus
            self._submit(program.stem, program, trace, [
                random_plan(trace, lines, random.Random(f"{SEED}:{program.stem}:{i}"),
                            FILTER_CHOICES[(first_filter + i) % len(FILTER_CHOICES)])
                for i in range(SEQUENCES)])

    def _submit(self, key: str, program: Path, trace: Trace, plans: list[Plan]) -> None:
        self.jobs[key] = [(plan, self.pool.submit(run_plan, str(program), trace, plan)) for plan in plans]

    def results(self, key: str) -> list[tuple[Plan, Result]]:
        return [(plan, future.result()) for plan, future in self.jobs[key]]

    def wait_all(self) -> None:
        self.pool.shutdown(wait=True)
        if self.finished is None:
            self.finished = time.monotonic()


def _trace(program: Path) -> Trace:
    trace = trace_file(str(program), hash_seed=0)
    assert trace.status in ("ok", "error"), f"{program.name}: {trace.message}"
    return trace


@pytest.fixture(scope="module")
def runs(request) -> Runs:
    def selected(test: str, param: str) -> list:
        return [item.callspec.params[param] for item in request.session.items
                if getattr(item, "originalname", None) == test]

    all_runs = Runs(selected("test_matches_debugpy", "program"), selected("test_scenario_matches_debugpy", "scenario"))
    yield all_runs
    all_runs.pool.shutdown(wait=True, cancel_futures=True)


def _excluded(program: str, plan: Plan, mismatch: Mismatch) -> Exclusion | None:
    return next((e for e in EXCLUSIONS if e.matches(program, plan, mismatch)), None)


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_scenario_matches_debugpy(scenario: str, runs: Runs) -> None:
    _check(runs, scenario, SCENARIOS[scenario][0])


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_matches_debugpy(program: Path, runs: Runs) -> None:
    _check(runs, program.stem, program.stem)


def _check(runs: Runs, key: str, program: str) -> None:
    failures = []
    results = runs.results(key)
    for i, (plan, result) in enumerate(results):
        STATS["sequences"] += 1
        STATS["stops checked"] += result.stops_checked
        if result.mismatch is None:
            continue
        exclusion = _excluded(program, plan, result.mismatch)
        if exclusion:
            STATS["excluded"] += 1
            STATS["excluded: " + exclusion.name] += 1
            continue
        STATS["discrepancies"] += 1
        failures.append(f"sequence {i} ({plan.describe()})\n{result.mismatch}")
    assert not failures, f"{key}: {len(failures)} of {len(results)} sequences differ from debugpy\n\n" + \
        "\n\n".join(failures)


def test_no_debugpy_processes_left(runs: Runs, capsys) -> None:
    """Every adapter, launcher and debuggee the sessions started is gone; prints the figures."""
    runs.wait_all()
    deadline = time.monotonic() + 5
    while leftover_processes() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert leftover_processes() == []
    STATS["programs"] = sum(key not in SCENARIOS for key in runs.jobs)
    STATS["scenarios"] = sum(key in SCENARIOS for key in runs.jobs)
    STATS["seconds"] = round(runs.finished - runs.started)
    with capsys.disabled():
        print("\ndebugpy conformance:", ", ".join(f"{k}={v}" for k, v in sorted(STATS.items())))
