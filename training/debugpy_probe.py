"""Runs inside a program stopped under debugpy, called through `evaluate` by debugpy_driver.

`probe(scope, names, returns)` returns, as JSON, the canonical values of the variables debugpy
lists, of the return values it shows, and why pydevd suspended: the `event` ("line", "return",
"exception") and `arg` its trace function passed to `PyDB.do_wait_suspend`. The suspended thread
runs `evaluate` itself, inside that call, so the call's frame is on the probe's own stack. That
is the only place the kind of stop is visible: a stop after a return looks like a line stop in
the DAP messages, and debugpy's `(return) f` entries pile up across stops.
"""
from __future__ import annotations

import json
import sys

from .canon import canon, exception_message

RETURN_VALUES = "__pydevd_ret_val_dict"  # pydevd keeps shown return values under this name


def _suspension() -> tuple[str | None, object]:
    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_name == "do_wait_suspend" and "self" in f.f_locals and "event" in f.f_locals:
            return f.f_locals["event"], f.f_locals["arg"]
        f = f.f_back
    return None, None


def probe(scope: dict, names: list[str], returns: list[str]) -> str:
    """`scope`: the merged globals and locals pydevd evaluates in (reaches names like `.0`)."""
    event, arg = _suspension()
    shown = scope.get(RETURN_VALUES) or {}
    result: dict = {
        "event": event,
        "values": {n: canon(scope[n]) for n in names},
        "returns": {n: canon(shown[n]) for n in returns if n in shown},
        "value": canon(arg) if event == "return" else None,
        "exception": None,
    }
    if event == "exception" and isinstance(arg, tuple) and len(arg) == 3:
        result["exception"] = [arg[0].__name__, exception_message(arg[1])]
    return json.dumps(result)
