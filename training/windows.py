"""Cutting trajectories into model-sized windows of token ids (the history policy).

A window is: header (source, call, settings) + the current stop in full (the snapshot, not
scored) + (action, stop) pairs whose stop tokens are scored, until the next pair would not
fit in `ctx` tokens. The next window starts again from the header and the last stop in full.
The runtime follows the same policy when a session outgrows the context, so the model only
ever sees prompts shaped like its training windows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import traceformat as tf
from .tokenizer import SegmentEncoder
from .trajectories import Trajectory

# component markers inside a stop: where each part of a stop starts
_COMPONENT_OF = {tf.RV: "value", tf.EXC: "exception", tf.STDOUT: "stdout", tf.VAR: "locals", tf.DEL: "locals",
                 tf.FRAME: "locals"}


@dataclass
class ScoredStop:
    action: str
    start: int  # index of the stop's first token (the kind token) in the window
    end: int  # one past its <|eos|>
    components: dict[str, tuple[int, int]]  # component -> [start, end) token range
    task: str = "debug"


@dataclass
class Window:
    ids: list[int]
    stops: list[ScoredStop] = field(default_factory=list)


def encode_stop(enc: SegmentEncoder, segs: list[tf.Segment]) -> tuple[list[int], dict[str, tuple[int, int]]]:
    """Token ids of a rendered stop and the token range of each component (relative)."""
    ids: list[int] = []
    comps: dict[str, list[int]] = {}
    current = "position"  # kind token + stack
    for s in segs:
        if s == tf.EOS:
            current = "eos"
        else:
            current = _COMPONENT_OF.get(s, current)
        n = len(ids)
        ids += enc.encode([s])
        span = comps.setdefault(current, [n, n])
        span[1] = len(ids)
    return ids, {k: (a, b) for k, (a, b) in comps.items()}


def windows_of(traj: Trajectory, source: str, call: str | None, enc: SegmentEncoder, ctx: int,
               max_header: int, max_windows: int | None = None) -> list[Window]:
    """Windows of a trajectory; with `max_windows`, stop once that many are full (so a long
    trajectory yields full windows instead of a short remainder)."""
    if traj.task == "input":
        call = tf.call_name(call)  # the arguments are what the model must infer
    header = enc.encode(tf.render_header(source, call, traj.breakpoints, traj.exception_filters))
    if len(header) > max_header:
        return []
    windows: list[Window] = []
    steps = traj.steps
    if traj.at_entry:
        # A session opens with no known state: the first stop is predicted from the header
        # alone (step_into from "before the program"), so neural mode never runs the program.
        win = Window(list(header))
        prev = None
        steps = [("step_into", traj.start)] + steps
    else:
        prev = traj.start
        win = _open(header, prev, enc, ctx)
    if win is None:
        return []
    for action, stop in steps:
        ids, comps = encode_stop(enc, tf.render_stop(stop, prev))
        need = 1 + len(ids)
        if len(win.ids) + need > ctx:
            if win.stops:
                windows.append(win)
            if max_windows is not None and len(windows) >= max_windows:
                return windows
            if prev is None:
                return windows
            win = _open(header, prev, enc, ctx)  # the snapshot is `prev`, so the diff stays valid
            if win is None or len(win.ids) + need > ctx:
                return windows
        win.ids.append(enc.special[tf.ACTION_TOKENS[action]])
        start = len(win.ids)
        win.ids += ids
        task = "entry" if prev is None else traj.task
        win.stops.append(ScoredStop(action, start, len(win.ids),
                                    {k: (start + a, start + b) for k, (a, b) in comps.items()}, task))
        prev = stop
    if win.stops:
        windows.append(win)
    return windows


def _open(header: list[int], snapshot, enc: SegmentEncoder, ctx: int) -> Window | None:
    ids = header + enc.encode(tf.render_stop(snapshot, None))
    return Window(list(ids)) if len(ids) < ctx else None
