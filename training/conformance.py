"""Replay one action sequence on our Session and on real debugpy, and compare every stop.

`random_plan` draws a sequence (actions, breakpoints, exception filters) for a traced program;
`run_plan` applies it to both sides and stops at the first difference, which it reports as a
`Mismatch`: a stop that differs makes every later comparison meaningless. What is compared
at each stop: the kind (debugpy's stop reason, and whether pydevd suspended on a return), the
stack (function names and lines, outermost first), the canonical locals of every frame, the
return value (also the `(return) name` entry debugpy lists), the exception, and the output so
far; at the end, that both ended, the whole output, and the uncaught exception.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .debugpy_driver import DebugpySession
from .semantics import Session, Stop
from .tracer import Trace

FILTER_CHOICES = (frozenset(), frozenset({"raised"}), frozenset({"uncaught"}))
# Sessions cost ~2 s and steps ~15 ms: few continues and step_outs (which often run the
# program to its end) make each session check more stops.
ACTION_WEIGHTS = {"step_into": 0.5, "step_over": 0.3, "step_out": 0.12, "continue": 0.08}


@dataclass(frozen=True)
class Plan:
    actions: tuple[str, ...]
    breakpoints: frozenset[int]
    filters: frozenset[str]

    def describe(self) -> str:
        return (f"breakpoints={sorted(self.breakpoints)} filters={sorted(self.filters)} "
                f"actions={','.join(self.actions)}")


@dataclass
class Mismatch:
    step: int  # index of the action after which the stops differ (-1: the entry stop)
    action: str
    what: str  # which comparison failed
    ours: object
    theirs: object
    ours_stop: dict
    theirs_stop: dict

    def __str__(self) -> str:
        return (f"after action #{self.step} ({self.action}): {self.what} differs\n"
                f"  ours:    {self.ours!r}\n  debugpy: {self.theirs!r}\n"
                f"  our stop:     {_short(self.ours_stop)}\n  debugpy stop: {_short(self.theirs_stop)}")


@dataclass
class Result:
    stops_checked: int = 0
    mismatch: Mismatch | None = None
    actions_done: list[str] = field(default_factory=list)


def random_plan(trace: Trace, line_count: int, rng: random.Random, filters: frozenset[str],
                max_actions: int = 120) -> Plan:
    """Random actions, and up to three breakpoints (mostly on lines that run)."""
    executed = sorted({ev.line for ev in trace.events if ev.kind == "line"})
    breakpoints: set[int] = set()
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        if executed and rng.random() < 0.85:
            breakpoints.add(rng.choice(executed))
        else:
            breakpoints.add(rng.randint(1, max(1, line_count)))
    names, weights = zip(*ACTION_WEIGHTS.items())
    actions = tuple(rng.choices(names, weights, k=max_actions))
    return Plan(actions, frozenset(breakpoints), filters)


def plan_through(trace: Trace, until: str | None, actions: tuple[str, ...], breakpoints=frozenset(),
                 filters=frozenset()) -> Plan:
    """A hand-written scenario: step_into until the top frame is `until` ("name:line"), then `actions`."""
    prefix: list[str] = []
    if until is not None:
        session = Session(trace, breakpoints, filters)
        while _top_frame(session.current) != until:
            if session.ended or len(prefix) > 500:
                raise ValueError(f"step_into never reaches {until}")
            session.step("step_into")
            prefix.append("step_into")
    return Plan(tuple(prefix) + tuple(actions), frozenset(breakpoints), frozenset(filters))


def _top_frame(stop: Stop) -> str | None:
    return f"{stop.stack[-1][0]}:{stop.line}" if stop.stack else None


def run_plan(program: str, trace: Trace, plan: Plan, *, all_frames: bool = True, timeout: float = 10.0) -> Result:
    result = Result()
    session = Session(trace, plan.breakpoints, plan.filters)
    ours_stdout = ""
    with DebugpySession(program, plan.breakpoints, plan.filters, all_frames=all_frames, timeout=timeout) as dbg:
        ours, theirs = session.current, dbg.first
        for step, action in enumerate((None,) + plan.actions):
            if action is not None:
                theirs = dbg.step(action)  # first: it refuses the inverse actions debugpy has not
                ours = session.step(action)
                result.actions_done.append(action)
            ours_stdout += ours.stdout
            reason = session.reason(ours)
            if action is None and reason == "step":
                reason = "entry"
            result.mismatch = compare_stop(step - 1, action or "start", ours, reason, trace, ours_stdout, theirs,
                                           dbg.stdout)
            result.stops_checked += 1
            if result.mismatch or (session.ended and dbg.ended):
                break
    return result


def compare_stop(step: int, action: str, ours: Stop, reason: str | None, trace: Trace, ours_stdout: str,
                 theirs: dict, theirs_stdout: str) -> Mismatch | None:
    mine = ours.to_json()

    def differs(what: str, a: object, b: object) -> Mismatch | None:
        return None if a == b else Mismatch(step, action, what, a, b, mine, theirs)

    checks = [
        ("kind", lambda: (ours.kind, theirs["kind"])),
        ("stop reason", lambda: (reason, theirs["reason"])),
        ("stack", lambda: ([(f["name"], f["line"]) for f in mine["stack"]],
                           [(f["name"], f["line"]) for f in theirs["stack"]])),
        ("locals", lambda: ([f["locals"] for f, t in zip(mine["stack"], theirs["stack"]) if t["locals"] is not None],
                            [t["locals"] for t in theirs["stack"] if t["locals"] is not None])),
        ("return value", lambda: (ours.value if ours.kind == "return" else None, theirs["value"])),
        ("(return) entry", lambda: _return_entry(ours, trace, theirs)),
        ("exception", lambda: (list(ours.exception) if ours.exception and ours.kind == "exception" else None,
                               theirs["exception"])),
        # debugpy's output arrives on another channel and may lag: what it has must begin ours.
        ("stdout so far", lambda: (theirs_stdout, ours_stdout[:len(theirs_stdout)])),
    ]
    if ours.kind == "exit" and theirs["kind"] == "exit":
        checks += [
            ("stdout at the end", lambda: (ours_stdout, theirs_stdout)),
            ("uncaught exception", lambda: (_uncaught_line(ours.exception), _last_traceback_line(theirs["stderr"]))),
        ]
    for what, get in checks:
        found = differs(what, *get())
        if found:
            return found
    return None


def _return_entry(ours: Stop, trace: Trace, theirs: dict) -> tuple:
    """At a return stop debugpy lists `(return) name` (`Class.name` for methods) with the value.
    Entries of earlier returns stay listed, so one entry for this function must hold our value."""
    if ours.kind != "return":
        return None, None
    name = trace.events[ours.event].stack[-1][0]
    entries = {k: v for k, v in theirs["returns"].items() if k == name or k.endswith("." + name)}
    return ours.value, ours.value if ours.value in entries.values() else entries


def _uncaught_line(exception) -> str | None:
    if not exception:
        return None
    kind, message = exception
    return f"{kind}: {message}" if message else kind


def _last_traceback_line(stderr: str) -> str | None:
    if "Traceback (most recent call last)" not in stderr:
        return None
    return stderr.rstrip("\n").rsplit("\n", 1)[-1]


def _short(stop: dict) -> str:
    stack = " > ".join(f"{f['name']}:{f['line']}" for f in stop.get("stack", []))
    top = stop["stack"][-1]["locals"] if stop.get("stack") else None
    return f"{stop.get('kind')} {stack or '(ended)'} value={stop.get('value')} exception={stop.get('exception')} locals={top}"
