"""Sampling debugger trajectories from a trace: what the model is trained on.

A trajectory is a start stop (written in full as the snapshot) and a sequence of
(action, next stop) pairs produced by `Session`. The action policy follows the neural
debugger paper: half of the actions uniform over all actions, half uniform over step_into /
step_over. Some trajectories are the two prediction tasks: output prediction (from the
entry call, step_out to the exit) and input prediction (from the exit, back_to_call).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .semantics import ACTIONS, Session, Stop
from .tracer import Trace


@dataclass
class Trajectory:
    breakpoints: frozenset[int]
    exception_filters: frozenset[str]
    start: Stop
    steps: list[tuple[str, Stop]] = field(default_factory=list)
    task: str = "debug"  # "debug" | "output" | "input"
    at_entry: bool = False  # `start` is the session's first stop: the model predicts it from the header


@dataclass(frozen=True)
class Policy:
    p_breakpoints: float = 0.4
    p_exception_filter: float = 0.25  # when the trace raises
    p_output_task: float = 0.12  # call mode only
    p_input_task: float = 0.12  # call mode only
    p_start_at_entry: float = 0.4
    p_uniform_action: float = 0.5  # else step_into / step_over


def sample_trajectory(trace: Trace, call: str | None, rng: random.Random, max_steps: int,
                      policy: Policy = Policy()) -> Trajectory | None:
    """A random trajectory of up to `max_steps` actions, or None if the trace has no stops."""
    line_lines = sorted({e.line for e in trace.events if e.kind == "line"})
    if not line_lines:
        return None
    breakpoints: frozenset[int] = frozenset()
    if rng.random() < policy.p_breakpoints:
        breakpoints = frozenset(rng.sample(line_lines, k=min(len(line_lines), rng.choice((1, 1, 2, 3)))))
    filters: frozenset[str] = frozenset()
    if any(e.kind == "exception" for e in trace.events) and rng.random() < policy.p_exception_filter:
        filters = frozenset([rng.choice(("raised", "uncaught"))])
    session = Session(trace, breakpoints, filters)
    entry = session.index

    task = "debug"
    r = rng.random()
    if call is not None and r < policy.p_output_task:
        task = "output"
    elif call is not None and r < policy.p_output_task + policy.p_input_task:
        task = "input"
        session.index = len(session.stops) - 1
    elif rng.random() >= policy.p_start_at_entry:
        session.index = rng.choice([i for i, s in enumerate(session.stops) if s.kind == "line"])

    traj = Trajectory(breakpoints, filters, session.current, task=task, at_entry=session.index == entry)
    forced = {"output": "step_out", "input": "back_to_call"}.get(task)
    if forced:
        traj.steps.append((forced, session.step(forced)))
    while len(traj.steps) < max_steps:
        step = _random_step(session, rng, policy)
        if step is None:
            break
        traj.steps.append(step)
    return traj


def _random_step(session: Session, rng: random.Random, policy: Policy) -> tuple[str, Stop] | None:
    """One action that moves the session (no-ops teach nothing), or None if none does.
    At the exit only inverse actions move, so allow many draws before giving up."""
    for _ in range(64):
        if rng.random() < policy.p_uniform_action:
            action = rng.choice(ACTIONS)
        else:
            action = rng.choice(("step_into", "step_over"))
        before = session.index
        stop = session.step(action)
        if session.index != before:
            return action, stop
    return None
