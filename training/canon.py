"""Canonical value strings: the one way values are written, by the tracer and for debugpy.

The same function is applied to the tracer's frames and, in compare mode, to debugpy's frames
(evaluated inside the debuggee), so predicted and real values compare as plain strings.
Rules (docs/trace-format.md, "Canonical values"):
- None, bool, int, float, str, bytes, complex: `repr`.
- list, tuple, dict (exact types): recursive, in Python's own order; set and frozenset:
  elements sorted (numbers ascending, then strings, then others by canonical string), because
  Python's set order is not stable across runs.
- Objects whose class keeps `object.__repr__`: an attribute view `Point(x=1, y=2)` from
  `vars(obj)` in insertion order, or `<Point object>` when the object has no `__dict__`.
- Anything else: its own `repr`, with memory addresses (` at 0x7f…`) and module file paths
  (` from '…'`) removed. A `repr` that raises gives `<Point object (repr failed)>`.
- Containers met again while being written (cycles) give `[...]`, `{...}`, `(...)`, `Point(...)`.
- The whole string is cut to MAX_LEN characters: longer strings keep their first MAX_LEN - 3
  characters followed by `...`.

Which variables a frame shows follows debugpy's Variables view: dunder names (its "special
variables"), routines (its "function variables") and classes (its "class variables") are left out.

This module must stay importable on its own (no package imports): compare mode copies it
into the debuggee's path.
"""
from __future__ import annotations

import inspect
import re

MAX_LEN = 100
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_MODULE_FROM = re.compile(r"^(<module '[^']*') from '[^']*'>$")
_SCALARS = (type(None), bool, int, float, complex, str, bytes)


class _Full(Exception):
    """Raised when the output already exceeds MAX_LEN: the rest cannot change the result."""


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.active: set[int] = set()

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size > MAX_LEN:
            raise _Full

    def value(self, v: object) -> None:
        t = type(v)
        if t in _SCALARS:
            if t is int and v.bit_length() > 4 * MAX_LEN:  # int->str is quadratic; only the head matters
                self.put(str(v)[: MAX_LEN + 1] if v.bit_length() < 40000 else "<int too large>")
            else:
                self.put(repr(v))
            return
        if id(v) in self.active:
            self.put(_cycle_marker(v))
            return
        self.active.add(id(v))
        try:
            if t is list:
                self.sequence("[", v, "]")
            elif t is tuple:
                self.sequence("(", v, ",)" if len(v) == 1 else ")")
            elif t is dict:
                self.put("{")
                for i, (k, item) in enumerate(v.items()):
                    if i:
                        self.put(", ")
                    self.value(k)
                    self.put(": ")
                    self.value(item)
                self.put("}")
            elif t is set or t is frozenset:
                items = [canon(x) for x in sorted(v, key=_set_order)]
                if not items:
                    self.put("set()" if t is set else "frozenset()")
                else:
                    self.put("{" if t is set else "frozenset({")
                    self.put(", ".join(items))
                    self.put("}" if t is set else "})")
            elif _has_default_repr(t):
                self.attribute_view(v)
            else:
                self.put(_own_repr(v))
        finally:
            self.active.discard(id(v))

    def sequence(self, open_: str, items, close: str) -> None:
        self.put(open_)
        for i, item in enumerate(items):
            if i:
                self.put(", ")
            self.value(item)
        self.put(close)

    def attribute_view(self, v: object) -> None:
        attrs = getattr(v, "__dict__", None)
        name = type(v).__name__
        if not isinstance(attrs, dict):
            self.put(f"<{name} object>")
            return
        self.put(name + "(")
        for i, (k, item) in enumerate(attrs.items()):
            if i:
                self.put(", ")
            self.put(f"{k}=")
            self.value(item)
        self.put(")")


def _set_order(x: object) -> tuple:
    """Numbers ascending, then strings, then everything else by canonical string."""
    if type(x) in (int, float, bool) and x == x:
        return (0, x, "")
    if type(x) is str:
        return (1, 0, x)
    return (2, 0, canon(x))


def _has_default_repr(t: type) -> bool:
    return getattr(t, "__repr__", None) is object.__repr__


def _cycle_marker(v: object) -> str:
    if isinstance(v, list):
        return "[...]"
    if isinstance(v, (dict, set, frozenset)):
        return "{...}"
    if isinstance(v, tuple):
        return "(...)"
    return f"{type(v).__name__}(...)"


def _own_repr(v: object) -> str:
    try:
        text = repr(v)
    except Exception:
        return f"<{type(v).__name__} object (repr failed)>"
    if not isinstance(text, str):
        return f"<{type(v).__name__} object (repr failed)>"
    text = _ADDRESS.sub("", text)
    return _MODULE_FROM.sub(r"\1>", text)


def canon(v: object) -> str:
    """The canonical string of one value."""
    w = _Writer()
    try:
        w.value(v)
    except _Full:
        pass
    except RecursionError:
        return f"<{type(v).__name__} object (too deep)>"
    text = "".join(w.parts)
    return text if len(text) <= MAX_LEN else text[: MAX_LEN - 3] + "..."


def is_shown(name: str, value: object) -> bool:
    """Whether debugpy lists this variable directly in a frame's Variables view."""
    if name.startswith("__") and name.endswith("__"):
        return False
    return not (inspect.isroutine(value) or inspect.isclass(value))


def canon_locals(names_and_values) -> dict[str, str]:
    """Canonical strings of the variables debugpy would list, in the given order."""
    return {k: canon(v) for k, v in names_and_values if is_shown(k, v)}


def exception_message(exc: BaseException) -> str:
    """The message shown for an exception: `str(exc)`, cut to 200 characters."""
    try:
        return str(exc)[:200]
    except Exception:
        return "<message failed>"
