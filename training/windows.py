"""Cutting trajectories into model-sized windows of token ids (the history policy).

A window is: header (source, call, settings) + the current stop in full (the snapshot, not
scored) + (action, stop) pairs whose stop tokens are scored, until the next pair would not
fit in `ctx` tokens. The next window starts again from the header and the last stop in full.
The runtime follows the same policy when a session outgrows the context, so the model only
ever sees prompts shaped like its training windows. A program too long for the header budget
gets the runtime's source windows (training/source_window.py), refocused where a session
would refocus them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import traceformat as tf
from .source_window import ProgramInfo, entry_focus, focus_of, header_ids, in_view
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


# model-runtime/engine.ts DEFAULT_DECODING: a new window leaves `reserveTokens` free for the next
# stop; a stop that does not fit even then gets a window that leaves room for `maxStopTokens`,
# half the context (defaultMaxStopTokens).
RESERVE_TOKENS = 64


def max_stop_tokens(ctx: int) -> int:
    return ctx // 2


def windows_of(traj: Trajectory, source: str, call: str | None, enc: SegmentEncoder, ctx: int,
               max_header: int, max_windows: int | None = None) -> list[Window]:
    """Windows of a trajectory; with `max_windows`, stop once that many are full (so a long
    trajectory yields full windows instead of a short remainder).

    Headers are built as model-runtime/session.ts builds them (training/source_window.py): the
    whole source when it fits, else a window of lines focused on the session's entry (the first
    window of a session that starts at the entry) or on the window's snapshot. A window's
    header leaves room for its snapshot and the runtime's reserve (`RESERVE_TOKENS`), so a big
    snapshot gets fewer source lines; a stop that does not fit even then gets a header that
    leaves room for `max_stop_tokens(ctx)`. When the stop a step starts from is on a line the header
    does not show, the window ends and the next one is refocused on that stop, as a session
    refocuses."""
    if traj.task == "input":
        call = tf.call_name(call)  # the arguments are what the model must infer
    header_of = _Headers(source, call, traj, enc)
    windows: list[Window] = []
    steps = traj.steps
    win: Window | None = None  # None: a window opens on `prev` before the next step
    shown: set[int] | None = None
    if traj.at_entry:
        # A session opens with no known state: the first stop is predicted from the header
        # alone (step_into from "before the program"), so neural mode never runs the program.
        header, shown = header_of.entry(max_header)
        win = Window(list(header))
        prev = None
        steps = [("step_into", traj.start)] + steps
    else:
        prev = traj.start
    for action, stop in steps:
        ids, comps = encode_stop(enc, tf.render_stop(stop, prev))
        need = 1 + len(ids)
        # A window ends when the stop does not fit, or (as a session refocuses) before a step
        # whose starting stop is on a line its header does not show.
        if win is not None and win.stops and (len(win.ids) + need > ctx or not in_view(shown, focus_of(prev))):
            windows.append(win)
            if max_windows is not None and len(windows) >= max_windows:
                return windows
            win = None
        if win is None:  # the snapshot is `prev`, so the diff stays valid
            win, shown = _open(header_of, prev, enc, ctx, max_header, RESERVE_TOKENS)
        if win is None or len(win.ids) + need > ctx:
            if prev is None:  # the entry stop does not fit after the whole header
                return windows
            win, shown = _open(header_of, prev, enc, ctx, max_header, max_stop_tokens(ctx))
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


class _Headers:
    """Header ids of one program and its settings, for a focus and a budget."""

    def __init__(self, source: str, call: str | None, traj: Trajectory, enc: SegmentEncoder):
        self.source, self.call, self.enc = source, call, enc
        self.settings = (traj.breakpoints, traj.exception_filters)
        self.full = enc.encode(tf.render_header(source, call, *self.settings))
        self.program: ProgramInfo | None = None

    def _program(self) -> ProgramInfo:
        if self.program is None:
            self.program = ProgramInfo(self.source)
        return self.program

    def ids(self, frames, budget: int) -> tuple[list[int], set[int] | None]:
        """The header for a focus; `shown` is None when the whole source is."""
        if len(self.full) <= budget:
            return self.full, None
        return header_ids(self.enc, self.source, self.call, *self.settings, self._program(), frames, budget)

    def entry(self, max_header: int) -> tuple[list[int], set[int] | None]:
        """A session's first window: focused on its entry (session.ts start)."""
        if len(self.full) <= max_header:
            return self.full, None
        return self.ids(entry_focus(self._program(), self.call), max_header)


def _open(headers: _Headers, snapshot, enc: SegmentEncoder, ctx: int, max_header: int,
          headroom: int) -> tuple[Window | None, set[int] | None]:
    """A window with `snapshot` in full, its header focused on the snapshot and leaving
    `headroom` tokens for the next stop (session.ts openWindow)."""
    snap = enc.encode(tf.render_stop(snapshot, None))
    header, shown = headers.ids(focus_of(snapshot), min(max_header, ctx - len(snap) - 1 - headroom))
    ids = header + snap
    return (Window(list(ids)) if len(ids) < ctx else None), shown
