"""Quality gates: a generated program is kept only if the ground-truth tracer shows it valid,
terminating, short, small-valued and deterministic.

`check(program, config)` traces the program under hash seed 0, applies the cheap checks, then
traces it again under hash seed 1 and requires identical results (this catches programs whose
behaviour follows string hashing, e.g. iterating over a set of strings). It returns the
rejection reason, or None and the trace.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field, fields, replace

from ..tracer import Event, Limits, Trace, trace
from .builder import Program

REASONS = ("source_too_long", "invalid", "limit", "error", "expected_error", "too_long", "long_value",
           "long_output", "address_in_output", "nondeterministic")


@dataclass(frozen=True)
class GateConfig:
    max_line_events: int = 150  # trace length cap (line events)
    max_source_lines: int = 25  # non-blank lines
    max_value_len: int = 64  # longest canonical value of any local, return value or result
    max_stdout: int = 400  # characters printed in total
    limits: Limits = field(default_factory=lambda: Limits(max_events=1200, wall_time=2.0, max_output=4096,
                                                          max_depth=40))

    def for_family(self, family: str) -> "GateConfig":
        """The gates a family's programs meet: v2's people-like modules are longer, run longer
        and hold bigger values (the format cuts a value at 100 characters)."""
        if family != "people":
            return self
        return replace(self, max_line_events=2 * self.max_line_events, max_source_lines=150, max_value_len=100,
                       max_stdout=1000, limits=replace(self.limits, max_events=3000))


def _values(t: Trace):
    for ev in t.events:
        for frame in ev.locals:
            yield from frame.values()
        if ev.value is not None:
            yield ev.value
    if t.result is not None:
        yield t.result


_EVENT_FIELDS = [f.name for f in fields(Event)]
_TRACE_FIELDS = [f.name for f in fields(Trace)]


def _event_json(e: Event) -> dict:
    return {name: getattr(e, name) for name in _EVENT_FIELDS}


def trace_json(t: Trace) -> dict:
    """Same JSON as `Trace.to_json()`, without `dataclasses.asdict`'s deep copy (3x faster)."""
    d = {name: getattr(t, name) for name in _TRACE_FIELDS}
    d["events"] = [_event_json(e) for e in t.events]
    for name, value in d.items():
        if isinstance(value, Event):
            d[name] = _event_json(value)
    return d


def source_lines(source: str) -> int:
    return sum(1 for line in source.splitlines() if line.strip())


def check(program: Program, config: GateConfig = GateConfig()) -> tuple[str | None, Trace | None]:
    config = config.for_family(program.family)
    if source_lines(program.source) > config.max_source_lines:
        return "source_too_long", None
    try:
        ast.parse(program.source)
    except SyntaxError:
        return "invalid", None
    first = trace(program.source, program.call, limits=config.limits, hash_seed=0)
    if first.status in ("invalid", "limit"):
        return first.status, first
    if first.status not in program.expect:
        return ("error" if first.status == "error" else "expected_error"), first
    if sum(1 for ev in first.events if ev.kind == "line") > config.max_line_events:
        return "too_long", first
    if any(len(v) > config.max_value_len for v in _values(first)):
        return "long_value", first
    stdout = "".join(ev.stdout for ev in first.events) + first.stdout_tail
    if len(stdout) > config.max_stdout:
        return "long_output", first
    if " at 0x" in stdout:  # an object printed with its default repr: the address is noise
        return "address_in_output", first
    second = trace(program.source, program.call, limits=config.limits, hash_seed=1)
    if second != first:
        return "nondeterministic", first
    return None, first
