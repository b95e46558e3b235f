"""The generation run: candidates in a fixed order, traced in parallel, deduplicated and split.

Candidate i is generated from `random.Random(f"{seed}:{i}")`, so it does not depend on which
process makes it. Workers trace chunks of consecutive candidates; the parent consumes chunks
in index order and decides dedup (first kept program with a key wins) and the split. The
output therefore depends only on the seed, the mix and the gate settings, not on --workers.

A worker skips tracing a candidate whose dedup key it has already seen pass the gates at a
lower index: the parent is bound to reject it as a duplicate, so the result is unchanged.
"""
from __future__ import annotations

import multiprocessing
import random
from collections import deque
from dataclasses import dataclass

from . import dedup, gates
from .builder import Program
from .families import generate_program

CHUNK = 24


@dataclass
class Candidate:
    index: int
    family: str
    program: Program | None
    keys: dedup.Keys | None
    reason: str | None  # None: passed the gates; "duplicate" only when the worker skipped it
    trace: dict | None = None


def make_candidate(seed: int, index: int, mix: dict[str, float]) -> tuple[str, Program | None]:
    rng = random.Random(f"{seed}:{index}")
    family = rng.choices(list(mix), list(mix.values()))[0]
    try:
        return family, generate_program(rng, family)
    except Exception:  # noqa: BLE001 - a generator bug costs one candidate, and is counted
        return family, None


_passed: set[str] = set()  # per worker process: dedup keys that passed the gates here


def run_chunk(args) -> list[Candidate]:
    seed, start, stop, mix, config = args
    out = []
    for i in range(start, stop):
        family, program = make_candidate(seed, i, mix)
        if program is None:
            out.append(Candidate(i, family, None, None, "generator_error"))
            continue
        try:
            k = dedup.keys(program.source, program.call)
        except SyntaxError:
            out.append(Candidate(i, family, program, None, "invalid"))
            continue
        if k.dedup in _passed:
            out.append(Candidate(i, family, program, k, "duplicate"))
            continue
        reason, trace = gates.check(program, config)
        if reason is None:
            _passed.add(k.dedup)
        out.append(Candidate(i, family, program, k, reason, gates.trace_json(trace) if reason is None else None))
    return out


def candidates(seed: int, mix: dict[str, float], config: gates.GateConfig, workers: int):
    """All candidates in index order (an endless stream: the caller stops when it has enough)."""
    _passed.clear()
    if workers <= 1:
        start = 0
        while True:
            yield from run_chunk((seed, start, start + CHUNK, mix, config))
            start += CHUNK
    ctx = multiprocessing.get_context("fork")
    pool = ctx.Pool(workers, initializer=_passed.clear)
    try:
        pending: deque = deque()
        start = 0
        while True:
            while len(pending) < 3 * workers:
                pending.append(pool.apply_async(run_chunk, ((seed, start, start + CHUNK, mix, config),)))
                start += CHUNK
            yield from pending.popleft().get()
    finally:
        # Let the workers finish their chunks and exit: killing one mid-trace would leave its
        # tracer server writing into a closed pipe.
        pool.close()
        pool.join()


class Deduper:
    """Keeps the first passing candidate per dedup key, in index order."""

    def __init__(self) -> None:
        self.kept: set[str] = set()

    def verdict(self, c: Candidate) -> str | None:
        if c.keys is not None and c.keys.dedup in self.kept:
            return "duplicate"
        if c.reason is not None:
            return c.reason
        self.kept.add(c.keys.dedup)
        return None
