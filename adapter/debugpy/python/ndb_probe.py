"""Runs inside the program stopped under debugpy: the debuggee side of RealSession's inspection.

adapter/debugpy/probe.ts builds one `evaluate` expression per stack frame that calls
`frame_state`, which answers in JSON:
- `values`: the canonical string (ndb_canon, a copy of training/canon.py) of each variable
  debugpy lists for the frame, read from the scope pydevd evaluates in (the frame's globals and
  locals merged into one dict, so names like `.0` are reachable too);
- top frame only, `event` and `value`: why pydevd suspended. The suspended thread runs
  `evaluate` itself, inside `PyDB.do_wait_suspend(thread, frame, event, arg)`, so that call's
  locals tell a stop after a return (event "return", arg the returned value) from a line stop.
  The DAP messages cannot: the stop reason is "step" for both, and the `(return) f` entries in
  the caller's variables pile up across stops, so the newest one is not identifiable there.
- top frame only, `synced`: whether a marker was written to the process's stdout after
  everything printed so far. Output reaches the client through debugpy's launcher, another
  channel than stop events, so the client waits for the marker to know it has all of it.
Copied to bundled/python/ by scripts/setup.sh.
"""
from __future__ import annotations

import json
import os
import stat
import sys

from ndb_canon import canon

_stdout_pipe: tuple[int, int] | None = None  # (st_dev, st_ino) of the launcher's stdout pipe


def start(nodelay: bool) -> None:
    """Runs once per process, at the first stop."""
    global _stdout_pipe
    try:
        st = os.fstat(1)
    except OSError:
        st = None
    # Markers only go to the launcher's pipe, never into a file the program redirected fd 1 to.
    if st is not None and stat.S_ISFIFO(st.st_mode):
        _stdout_pipe = (st.st_dev, st.st_ino)
    if nodelay:
        _set_nodelay()


def _set_nodelay() -> None:
    """pydevd writes each message's header and body in two sends; without TCP_NODELAY, Nagle's
    algorithm and the adapter's delayed ACK hold the body back ~40 ms."""
    import socket

    pydevd = sys.modules.get("pydevd")
    writer = getattr(pydevd.get_global_debugger(), "writer", None) if pydevd else None
    sock = getattr(writer, "sock", None)
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def frame_state(scope: dict, names: list[str], marker: str | None = None) -> str:
    state: dict = {"values": {name: canon(scope[name]) for name in names}}
    if marker is not None:
        event, arg = _suspension()
        state["event"] = event
        state["value"] = canon(arg) if event == "return" else None
        state["synced"] = _write_marker(marker)
    return json.dumps(state)


def _suspension() -> tuple[str | None, object]:
    f = sys._getframe(2)
    while f is not None:
        if f.f_code.co_name == "do_wait_suspend" and "event" in f.f_locals:
            return f.f_locals["event"], f.f_locals.get("arg")
        f = f.f_back
    return None, None


def _write_marker(marker: str) -> bool:
    if _stdout_pipe is None:
        return False
    try:
        if sys.__stdout__ is not None:
            sys.__stdout__.flush()
        st = os.fstat(1)
        if (st.st_dev, st.st_ino) != _stdout_pipe:
            return False
        os.write(1, marker.encode("utf-8"))
        return True
    except (OSError, ValueError):
        return False
