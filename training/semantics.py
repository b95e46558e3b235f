"""Debugger-action semantics: where debugpy stops next, computed from a trace.

A *stop* is what the debugger shows when it pauses: a line about to run, a function just
returned to its caller (debugpy shows the caller at the call line with the return value), an
exception breakpoint, or the end of the program. `Session` walks a trace's stops with the
forward actions (step_into, step_over, step_out, continue) and their inverses (back_into,
back_over, back_out, back_to_call). The rules reproduce what real debugpy does; the
conformance test (training/tests/test_debugpy_conformance.py) checks them against it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .tracer import Event, Trace

FORWARD_ACTIONS = ("step_into", "step_over", "step_out", "continue")
INVERSE_ACTIONS = ("back_into", "back_over", "back_out", "back_to_call")
ACTIONS = FORWARD_ACTIONS + INVERSE_ACTIONS
EXCEPTION_FILTERS = ("raised", "uncaught")


@dataclass
class Stop:
    kind: str  # "line" | "return" | "exception" | "exit"
    event: int  # index of the event in trace.events (exit: len(trace.events))
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
    """Every place debugpy can stop, in execution order, then the exit."""
    stops: list[Stop] = []
    for i, ev in enumerate(trace.events):
        if ev.kind == "line":
            stops.append(Stop("line", i, ev.stack, ev.locals))
        elif ev.kind == "exception":
            stops.append(Stop("exception", i, ev.stack, ev.locals, exception=ev.exception))
        elif ev.kind == "return" and not ev.is_yield and len(ev.stack) > 1:
            stops.append(Stop("return", i, ev.stack[:-1], ev.locals[:-1], value=ev.value,
                              exception=ev.exception, returned=ev.stack[-1][2]))
    stops.append(Stop("exit", len(trace.events), [], [], value=trace.result, exception=trace.uncaught))
    return stops


def _activations(stop: Stop) -> list[int]:
    return [a for _, _, a in stop.stack]


@dataclass
class Session:
    """A debugger session over one trace: the current stop and the stops visited so far."""

    trace: Trace
    breakpoints: frozenset[int] = frozenset()
    exception_filters: frozenset[str] = frozenset()
    stops: list[Stop] = field(init=False)
    index: int = field(init=False)  # position of the current stop in `stops`

    def __post_init__(self) -> None:
        self.stops = stops_of(self.trace)
        self.index = 0
        # The session starts at the first line, like debugpy with stopOnEntry.
        while self.stops[self.index].kind not in ("line", "exit"):
            self.index += 1
        self._uncaught_at = self._uncaught_origin()

    @property
    def current(self) -> Stop:
        return self.stops[self.index]

    @property
    def ended(self) -> bool:
        return self.current.kind == "exit"

    def _uncaught_origin(self) -> int | None:
        """Index of the exception stop where the uncaught exception was raised, if any."""
        if self.trace.uncaught is None:
            return None
        origin = None
        for i in range(len(self.stops) - 2, -1, -1):
            s = self.stops[i]
            if s.kind == "line":
                break
            if s.kind == "exception":
                origin = i
        return origin

    # -- which stops are active under the current breakpoints and filters ----------------
    def _is_exception_stop(self, i: int) -> bool:
        if self.stops[i].kind != "exception":
            return False
        if "raised" in self.exception_filters:
            return True
        return "uncaught" in self.exception_filters and i == self._uncaught_at

    def _interrupts(self, i: int) -> bool:
        """A breakpoint or exception breakpoint that stops any action."""
        s = self.stops[i]
        return (s.kind == "line" and s.line in self.breakpoints) or self._is_exception_stop(i)

    def _stepping_stop(self, i: int) -> bool:
        """Stops that step_into visits."""
        return self.stops[i].kind in ("line", "return") or self._is_exception_stop(i)

    # -- forward ---------------------------------------------------------------------------
    def step(self, action: str) -> Stop:
        """Apply an action and return the new current stop (with stdout since the previous one)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
        if self.ended and action in FORWARD_ACTIONS:
            return self.current
        old = self.index
        target = getattr(self, "_" + action)()
        self.index = target
        stop = replace(self.stops[target])
        if target > old:
            stop.stdout = self._stdout_between(old, target)
        return stop

    def _stdout_between(self, a: int, b: int) -> str:
        events = self.trace.events
        start, end = self.stops[a].event + 1, self.stops[b].event
        text = "".join(events[k].stdout for k in range(start, min(end + 1, len(events))))
        if self.stops[b].kind == "exit":
            text += self.trace.stdout_tail
        return text

    def _first_after(self, accept) -> int:
        for i in range(self.index + 1, len(self.stops) - 1):
            if self._interrupts(i) or accept(i):
                return i
        return len(self.stops) - 1

    def _step_into(self) -> int:
        return self._first_after(self._stepping_stop)

    def _step_over(self) -> int:
        cur = self.current
        frame, depth = cur.stack[-1][2], cur.depth

        def accept(i: int) -> bool:
            s = self.stops[i]
            if s.kind == "line":
                return s.stack[-1][2] == frame or (s.depth < depth and frame not in _activations(s))
            if s.kind == "return":
                return s.returned == frame and s.exception is None
            return False

        return self._first_after(accept)

    def _step_out(self) -> int:
        cur = self.current
        frame = cur.stack[-1][2]

        def accept(i: int) -> bool:
            s = self.stops[i]
            if s.kind == "return":
                return s.returned == frame
            return s.kind == "line" and frame not in _activations(s)

        return self._first_after(accept)

    def _continue(self) -> int:
        return self._first_after(lambda i: False)

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
