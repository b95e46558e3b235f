"""Debugger-action semantics: where debugpy stops next, computed from a trace.

A *stop* is what the debugger shows when it pauses: a line about to run, a function just
returned to its caller (debugpy shows the caller at the call line with the return value), an
exception breakpoint, the uncaught exception after the program ended, or the end of the
program. `Session` walks a trace's stops with the forward actions (step_into, step_over,
step_out, continue) and their inverses (back_into, back_over, back_out, back_to_call).

The forward actions replay pydevd's stepping state machine (debugpy 1.8.22, Python 3.11,
justMyCode) over the trace's events; the conformance test
(training/tests/test_debugpy_conformance.py) checks them against real debugpy, and
docs/debugpy-conformance.md states the rules in plain words.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from .tracer import Event, Trace

FORWARD_ACTIONS = ("step_into", "step_over", "step_out", "continue")
INVERSE_ACTIONS = ("back_into", "back_over", "back_out", "back_to_call")
ACTIONS = FORWARD_ACTIONS + INVERSE_ACTIONS
EXCEPTION_FILTERS = ("raised", "uncaught")
# Exceptions that drive generators and loops: pydevd never stops on them.
CONTROL_FLOW_EXCEPTIONS = frozenset({"GeneratorExit", "StopIteration", "StopAsyncIteration"})
# debugpy never stops on a SystemExit whose code is 0 or None (messages "0", "None", "").
SUCCESSFUL_EXIT_MESSAGES = frozenset({"0", "None", ""})


def stops_on_exception(exception: tuple[str, str]) -> bool:
    """Whether an exception breakpoint can stop on this (type name, message) at all."""
    kind, message = exception
    if kind == "SystemExit":
        return message not in SUCCESSFUL_EXIT_MESSAGES
    return kind not in CONTROL_FLOW_EXCEPTIONS


@dataclass
class Stop:
    kind: str  # "line" | "return" | "exception" | "exit"
    event: int  # index of the event in trace.events (exit and the post-mortem stop: len(trace.events))
    stack: list[tuple[str, int, int]]  # (name, line, activation), outermost first
    locals: list[dict[str, str]]  # per frame of `stack`
    value: str | None = None  # return: the returned value; exit in call mode: the call's result
    exception: tuple[str, str] | None = None  # exception stops, exceptional returns, uncaught exit
    returned: int | None = None  # return stops: the activation that returned
    stdout: str = ""  # written since the previous stop of the session (forward actions only)

    @property
    def line(self) -> int | None:
        return self.stack[-1][1] if self.stack else None

    @property
    def depth(self) -> int:
        return len(self.stack)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "line": self.line,
            "stack": [{"name": n, "line": ln, "locals": loc} for (n, ln, _), loc in zip(self.stack, self.locals)],
            "value": self.value,
            "exception": list(self.exception) if self.exception else None,
            "stdout": self.stdout,
        }


def stops_of(trace: Trace) -> list[Stop]:
    """Every place debugpy can stop, in execution order, then the uncaught exception after the
    program ended (if it raised one), then the exit."""
    stops: list[Stop] = []
    for i, ev in enumerate(trace.events):
        if ev.kind == "line":
            stops.append(Stop("line", i, ev.stack, ev.locals))
        elif ev.kind == "exception":
            stops.append(Stop("exception", i, ev.stack, ev.locals, exception=ev.exception))
        elif _shows_return(ev):
            stops.append(Stop("return", i, ev.stack[:-1], ev.locals[:-1], value=ev.value,
                              exception=ev.exception, returned=ev.stack[-1][2]))
    if trace.post_mortem is not None:
        pm = trace.post_mortem
        stops.append(Stop("exception", len(trace.events), pm.stack, pm.locals, exception=pm.exception))
    stops.append(Stop("exit", len(trace.events), [], [], value=trace.result, exception=trace.uncaught))
    return stops


def _shows_return(ev: Event) -> bool:
    """A return debugpy can stop after: a real one (not a generator's pause) into the program's code."""
    return ev.kind in ("return", "library_return") and not ev.pause and ev.caller_is_user and len(ev.stack) > 1


def breakpoint_line(code_lines: list[int], line: int) -> int:
    """Where debugpy puts a breakpoint set on `line`: a line without code moves up to the
    closest line where code starts (it stays if there is none above)."""
    if not code_lines or line in code_lines:
        return line
    i = bisect.bisect_left(code_lines, line)
    return code_lines[i - 1] if i > 0 else line


# pydevd's dispatcher drops the events of library code unless a step into or out is going on.
_LIBRARY_TRACING_MODES = ("into", "out", "out_via_library")


def _library_return_seen(ev: Event, modes: list[str], first: int) -> bool:
    """Whether pydevd sees this return of a library function. Called while a step into or out
    was going on, the frame gets pydevd's own tracer and sees everything; called otherwise, it
    is not traced at all. A frame already running at the stop the action started from is on
    that stop's stack, where pydevd put its dispatcher back: its events pass only while a step
    into or out is going on."""
    if ev.call_event < first:
        return modes[-1] in _LIBRARY_TRACING_MODES
    return modes[ev.call_event - first] in _LIBRARY_TRACING_MODES


def _activations(stack: list[tuple[str, int, int]]) -> list[int]:
    return [a for _, _, a in stack]


@dataclass
class _Stepping:
    """pydevd's stepping state while the program runs after an action."""

    mode: str  # "into" | "over" | "out" | "into_under" | "out_via_library" | "run"
    target: int | None = None  # over / out / into_under: the frame (activation) the mode is about
    # into: (activation, line) where the step started; a return to exactly there does not stop
    origin: tuple[int, int] | None = None
    # out_via_library: the frames of the program below the library frame whose return ends the step
    below: list[int] | None = None


@dataclass
class Session:
    """A debugger session over one trace: the current stop and the stops visited so far."""

    trace: Trace
    breakpoints: frozenset[int] = frozenset()
    exception_filters: frozenset[str] = frozenset()
    stops: list[Stop] = field(init=False)
    index: int = field(init=False)  # position of the current stop in `stops`
    breakpoint_lines: frozenset[int] = field(init=False)  # the breakpoints where debugpy puts them

    def __post_init__(self) -> None:
        self.stops = stops_of(self.trace)
        self.breakpoint_lines = frozenset(breakpoint_line(self.trace.code_lines, n) for n in self.breakpoints)
        self._stop_at_event = {s.event: i for i, s in enumerate(self.stops) if s.event < len(self.trace.events)}
        self._post_mortem = len(self.stops) - 2 if self.trace.post_mortem is not None else None
        self.index = 0
        # The session starts at the first line, like debugpy with stopOnEntry.
        while self.stops[self.index].kind not in ("line", "exit"):
            self.index += 1

    @property
    def current(self) -> Stop:
        return self.stops[self.index]

    @property
    def ended(self) -> bool:
        return self.current.kind == "exit"

    def reason(self, stop: Stop) -> str | None:
        """debugpy's stop reason for a stop reached by a forward action (pydevd checks
        breakpoints before stepping); "entry" is the reason of the first stop without one."""
        if stop.kind == "exit":
            return None
        if stop.kind == "exception":
            return "exception"
        return "breakpoint" if stop.kind == "line" and stop.line in self.breakpoint_lines else "step"

    # -- forward ---------------------------------------------------------------------------
    def step(self, action: str) -> Stop:
        """Apply an action and return the new current stop (with stdout since the previous one)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
        if self.ended and action in FORWARD_ACTIONS:
            return self.current
        old = self.index
        target = self._forward(action) if action in FORWARD_ACTIONS else getattr(self, "_" + action)()
        self.index = target
        stop = replace(self.stops[target])
        if target > old:
            stop.stdout = self._stdout_between(self.stops[old], self.stops[target])
        return stop

    def _stdout_between(self, a: Stop, b: Stop) -> str:
        """Output written after stop `a` up to stop `b` (the end of the run for the last two stops)."""
        events, n = self.trace.events, len(self.trace.events)
        text = "".join(events[k].stdout for k in range(a.event + 1, min(b.event, n - 1) + 1))
        if b.event == n and a.event < n:
            text += self.trace.stdout_tail
        return text

    def _forward(self, action: str) -> int:
        cur, exit_ = self.current, len(self.stops) - 1
        if cur.event >= len(self.trace.events):  # the post-mortem stop: the program already ended
            return exit_
        stepping = self._start(action, cur)
        first = cur.event + 1
        modes: list[str] = []  # the stepping mode as each event from `first` on came
        for j in range(first, len(self.trace.events)):
            ev = self.trace.events[j]
            modes.append(stepping.mode)
            if ev.kind == "library_return" and not _library_return_seen(ev, modes, first):
                continue
            if self._stops_at(stepping, ev):
                return self._stop_at_event[j]
        if self._post_mortem is not None and "uncaught" in self.exception_filters:
            return self._post_mortem
        return exit_

    def _start(self, action: str, cur: Stop) -> _Stepping:
        name, line, frame = cur.stack[-1]
        if action == "step_into":
            return _Stepping("into", origin=(frame, line))
        if action == "step_over":
            return _Stepping("over", target=frame)
        if action == "step_out" and cur.depth > 1:
            if self._caller_is_user(cur):
                return _Stepping("out", target=frame)
            # Called from library code: the step ends when that code returns to the program.
            return _Stepping("out_via_library", below=_activations(cur.stack[:-1]))
        return _Stepping("run")

    def _caller_is_user(self, stop: Stop) -> bool:
        """Whether the top frame of `stop` was called by the program (its latest event says)."""
        frame = stop.stack[-1][2]
        for k in range(stop.event, -1, -1):
            ev = self.trace.events[k]
            if ev.kind != "library_return" and ev.stack and ev.stack[-1][2] == frame:
                return ev.caller_is_user
        return True

    def _stops_at(self, st: _Stepping, ev: Event) -> bool:
        """Whether pydevd suspends at this event; updates the stepping state as pydevd does."""
        if ev.kind == "line":
            if ev.line in self.breakpoint_lines:
                return True
            if st.mode == "into":
                return True
            if st.mode == "into_under":
                return st.target in _activations(ev.stack)
            return st.mode == "over" and ev.stack[-1][2] == st.target
        if ev.kind == "exception":
            return "raised" in self.exception_filters and stops_on_exception(ev.exception)
        if ev.kind not in ("return", "library_return") or ev.pause:
            return False  # a call, or a generator pausing: nothing happens
        frame = ev.stack[-1][2]
        if _shows_return(ev):
            caller = ev.stack[-2]
            if st.mode in ("into", "into_under") and (caller[2], caller[1]) != st.origin:
                if st.mode == "into" or st.target in _activations(ev.stack):
                    return True
            if st.mode == "out" and frame == st.target:
                return True
            if st.mode == "out_via_library" and ev.kind == "library_return" and \
                    _activations(ev.stack[:-1]) == st.below:
                return True
        if ev.kind == "return" and frame == st.target:
            # The frame the step is about returned: pydevd goes on stepping into whatever runs next
            # (for a generator: only in the frame it returned to and what that calls).
            if ev.generator and st.mode in ("over", "into_under"):
                below = ev.stack[-2][2] if len(ev.stack) > 1 else None
                st.mode, st.target = ("into_under", below) if below is not None else ("into", None)
            elif not ev.generator and st.mode in ("over", "out"):
                st.mode, st.target = "into", None
        return False

    # -- inverse ---------------------------------------------------------------------------
    def _last_before(self, accept, before: int | None = None) -> int:
        for i in range((self.index if before is None else before) - 1, -1, -1):
            if accept(i):
                return i
        return self.index

    def _back_into(self) -> int:
        return self._last_before(lambda i: self.stops[i].kind in ("line", "return"))

    def _entry_of(self, frame: int) -> int | None:
        """Index of the first stop inside activation `frame`."""
        for i, s in enumerate(self.stops):
            if s.kind == "line" and s.stack and s.stack[-1][2] == frame:
                return i
        return None

    def _back_over(self) -> int:
        cur = self.current
        if cur.kind == "exit":
            return self._back_into()
        frame = cur.stack[-1][2]
        found = self._last_before(lambda i: self.stops[i].kind == "line" and self.stops[i].stack[-1][2] == frame)
        return found if found != self.index else self._back_out()

    def _back_out(self) -> int:
        cur = self.current
        if cur.kind == "exit" or cur.depth < 2:
            return self.index
        caller = cur.stack[-2][2]
        entry = self._entry_of(cur.stack[-1][2])
        if entry is None:
            return self.index
        return self._last_before(lambda i: self.stops[i].kind == "line" and self.stops[i].stack[-1][2] == caller,
                                 before=entry)

    def _back_to_call(self) -> int:
        """From a return (or the end of an entry call) to the first stop of the call that returned."""
        cur = self.current
        if cur.kind == "return":
            frame = cur.returned
        elif cur.kind == "exit" and self.trace.result is not None:
            frame = self.stops[0].stack[0][2] if self.stops[0].stack else None
        else:
            return self.index
        entry = self._entry_of(frame) if frame is not None else None
        return self.index if entry is None else entry
