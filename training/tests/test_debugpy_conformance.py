"""Our debugger semantics against real debugpy, stop by stop, on the programs in conformance_programs/.

Each program gets CONFORMANCE_SEQUENCES random action sequences (seeded by CONFORMANCE_SEED
and the program name; sequence i uses exception filters none / raised / uncaught for i % 3),
run as separate debugpy sessions, CONFORMANCE_WORKERS at a time. A difference fails the test
unless an entry of EXCLUSIONS (each one explained in docs/debugpy-conformance.md) matches it;
excluded differences end their sequence and are counted in the summary printed at the end.
Example of a larger run: CONFORMANCE_SEQUENCES=12 CONFORMANCE_SEED=7 pytest -s training/tests/test_debugpy_conformance.py
"""
from __future__ import annotations

import os
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from training.conformance import FILTER_CHOICES, Mismatch, Plan, Result, random_plan, run_plan
from training.debugpy_driver import leftover_processes
from training.tracer import Trace, trace_file

PROGRAMS = sorted((Path(__file__).parent / "conformance_programs").glob("*.py"))
SEQUENCES = int(os.environ.get("CONFORMANCE_SEQUENCES", "3"))
SEED = int(os.environ.get("CONFORMANCE_SEED", "0"))
WORKERS = int(os.environ.get("CONFORMANCE_WORKERS", "2"))


@dataclass(frozen=True)
class Exclusion:
    name: str
    reason: str  # the full explanation is in docs/debugpy-conformance.md under this name
    matches: Callable[[str, Plan, Mismatch], bool]  # (program stem, plan, mismatch)


EXCLUSIONS: list[Exclusion] = []

STATS: Counter = Counter()


def _plans(program: Path, trace: Trace) -> list[Plan]:
    lines = len(program.read_text().splitlines())
    return [random_plan(trace, lines, random.Random(f"{SEED}:{program.stem}:{i}"), FILTER_CHOICES[i % 3])
            for i in range(SEQUENCES)]


def _excluded(program: Path, plan: Plan, mismatch: Mismatch) -> Exclusion | None:
    return next((e for e in EXCLUSIONS if e.matches(program.stem, plan, mismatch)), None)


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_matches_debugpy(program: Path) -> None:
    trace = trace_file(str(program), hash_seed=0)
    assert trace.status in ("ok", "error"), trace.message
    plans = _plans(program, trace)
    started = time.monotonic()
    try:
        with ThreadPoolExecutor(WORKERS) as pool:
            results: list[Result] = list(pool.map(lambda plan: run_plan(str(program), trace, plan), plans))
    finally:
        STATS["seconds"] += time.monotonic() - started
        _assert_no_leftover_processes()
    failures = []
    for i, (plan, result) in enumerate(zip(plans, results)):
        STATS["sequences"] += 1
        STATS["stops checked"] += result.stops_checked
        if result.mismatch is None:
            continue
        exclusion = _excluded(program, plan, result.mismatch)
        if exclusion:
            STATS["excluded: " + exclusion.name] += 1
            continue
        STATS["discrepancies"] += 1
        failures.append(f"sequence {i} ({plan.describe()})\n{result.mismatch}")
    assert not failures, f"{program.name}: {len(failures)} of {len(plans)} sequences differ from debugpy\n\n" + \
        "\n\n".join(failures)


def _assert_no_leftover_processes() -> None:
    deadline = time.monotonic() + 5
    while leftover_processes() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert leftover_processes() == [], "debugpy processes left running"


def test_summary() -> None:
    """Runs last (pytest keeps file order): prints the figures the docs quote."""
    STATS["programs"] = len(PROGRAMS)
    print("\nconformance summary:", ", ".join(f"{k}={v:.0f}" if isinstance(v, float) else f"{k}={v}"
                                              for k, v in sorted(STATS.items())))
