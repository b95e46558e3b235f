"""Drive a program under real debugpy and report its stops in the shape of `Stop.to_json()`.

`DebugpySession(path, breakpoints, exception_filters)` launches the program like the tracer
runs it (stopOnEntry, justMyCode, showReturnValue, PYTHONHASHSEED=0) and `step(action)` applies
one of semantics.FORWARD_ACTIONS and returns the new stop. Values are read by `evaluate` in the
stopped frame through debugpy_probe (training.canon), so they compare as strings with the
tracer's. The session owns every process it starts (adapter, launcher, debuggee) and kills all
of them on `close()`, also when a request timed out and the session is wedged.
"""
from __future__ import annotations

import ast
import json
import os
import signal
import sys
from pathlib import Path

from .dap_client import DapClient, DapError

REPO_ROOT = str(Path(__file__).resolve().parent.parent)
# sitecustomize setting TCP_NODELAY: without it every request waits ~40 ms (Nagle + delayed ACK).
NODELAY_DIR = str(Path(__file__).resolve().parent / "debuggee_site")
DAP_COMMANDS = {"step_into": "stepIn", "step_over": "next", "step_out": "stepOut", "continue": "continue"}
GROUP_NODES = frozenset({"special variables", "function variables", "class variables", "protected variables"})
RETURN_PREFIX = "(return) "
CHAINED_EXCEPTION_PREFIX = "[Chained Exc: "
_started: dict[int, str] = {}  # pid -> start time of every process any session started, for leak checks


def _probe_expression(names: list[str], returns: list[str]) -> str:
    # pydevd evaluates with the frame's globals and locals merged into one globals dict and no
    # locals, so a top-level `locals()` is that dict and reaches names like `.0` too.
    return f"__import__('training.debugpy_probe', fromlist=['probe']).probe(locals(), {names!r}, {returns!r})"


class DebugpySession:
    """One debugpy run of a program. `first` is the entry stop; `step()` returns later stops.

    A stop is a dict like `Stop.to_json()` plus `reason` (debugpy's stop reason), `returns`
    (the `(return) name` entries of the top frame: name -> canonical value) and, at the exit,
    `stderr`. `stdout` is the output received since the previous stop: debugpy delivers output
    on another channel than stops, so it can lag behind; `self.stdout` is everything so far.
    With `all_frames` the locals of every frame are read, else only the top frame's (the
    others are None).
    """

    def __init__(self, program: str | os.PathLike, breakpoints=(), exception_filters=(), *,
                 timeout: float = 10.0, all_frames: bool = False, python: str = sys.executable):
        self.program = str(Path(program).resolve())
        self.timeout = timeout
        self.all_frames = all_frames
        self.client = DapClient(python=python)
        self.pids: set[int] = set()
        self._track()
        self.thread_id: int | None = None
        self.ended = False
        self.stdout = ""
        self.stderr = ""
        self._stdout_reported = 0
        self._log_pos = 0
        try:
            self.first = self._launch(python, sorted(breakpoints), sorted(exception_filters))
        except BaseException:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------
    def _launch(self, python: str, breakpoints: list[int], filters: list[str]) -> dict:
        c, t = self.client, self.timeout
        c.request("initialize", {"clientID": "neural-debugger", "adapterID": "python", "linesStartAt1": True,
                                 "columnsStartAt1": True, "pathFormat": "path", "supportsVariableType": True},
                  timeout=t)
        env = {"PYTHONHASHSEED": "0", "PYTHONPATH": os.pathsep.join([NODELAY_DIR, REPO_ROOT])}
        # debugpy answers `launch` only after configurationDone.
        launch = c.send_request("launch", {
            "name": "neural-debugger", "type": "python", "request": "launch", "program": self.program,
            "cwd": str(Path(self.program).parent), "console": "internalConsole", "python": [python],
            "justMyCode": True, "showReturnValue": True, "stopOnEntry": True, "redirectOutput": True, "env": env})
        c.wait_event("initialized", timeout=t)
        c.request("setBreakpoints", {"source": {"path": self.program},
                                     "breakpoints": [{"line": n} for n in breakpoints]}, timeout=t)
        c.request("setExceptionBreakpoints", {"filters": filters}, timeout=t)
        c.request("configurationDone", timeout=t)
        resp = c.wait_response(launch, t)
        if not resp.get("success"):
            raise DapError(f"launch failed: {resp.get('message')}")
        first = self._wait_stop()
        self._track()  # the launcher and the debuggee run by now
        return first

    def close(self) -> None:
        """Kill the adapter, launcher and debuggee, however far the session got."""
        self._track()
        self.client.close()
        for pid in self.pids:
            stat = _stat(pid)
            if stat and stat[19] == _started.get(pid):  # still the process we started, not a reused pid
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def _track(self) -> None:
        self.pids |= {self.client.proc.pid} | _descendants(self.client.proc.pid)
        for pid in self.pids:
            if pid not in _started and (stat := _stat(pid)):
                _started[pid] = stat[19]

    def __enter__(self) -> "DebugpySession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- stepping ------------------------------------------------------------------------
    def step(self, action: str) -> dict:
        if action not in DAP_COMMANDS:
            raise ValueError(f"debugpy has no action {action!r}; expected one of {', '.join(DAP_COMMANDS)}")
        if self.ended:
            return self._exit_stop()
        self.client.request(DAP_COMMANDS[action], {"threadId": self.thread_id}, timeout=self.timeout)
        return self._wait_stop()

    def _wait_stop(self) -> dict:
        ev = self.client.wait_event("stopped", "exited", "terminated", timeout=self.timeout)
        if ev["event"] != "stopped":
            self.ended = True
            return self._exit_stop()
        self.thread_id = ev["body"]["threadId"]
        return self._inspect(ev["body"]["reason"])

    def _exit_stop(self) -> dict:
        # The launcher sends all output before `exited`, and `terminated` after it.
        if not any(e["event"] == "terminated" for e in self.client.event_log):
            try:
                self.client.wait_event("terminated", timeout=self.timeout)
            except DapError:
                pass
        stdout = self._new_stdout()
        return {"kind": "exit", "reason": None, "line": None, "stack": [], "value": None, "exception": None,
                "returns": {}, "stdout": stdout, "stderr": self.stderr}

    def _new_stdout(self) -> str:
        for ev in self.client.event_log[self._log_pos:]:
            self._log_pos += 1
            if ev["event"] != "output":
                continue
            category = ev["body"].get("category")
            if category == "stdout":
                self.stdout += ev["body"]["output"]
            elif category == "stderr":
                self.stderr += ev["body"]["output"]
        text = self.stdout[self._stdout_reported:]
        self._stdout_reported = len(self.stdout)
        return text

    # -- inspecting a stop ---------------------------------------------------------------
    def _inspect(self, reason: str) -> dict:
        frames = self._request("stackTrace", {"threadId": self.thread_id, "levels": 1000})["stackFrames"]
        # The program's frames only; pydevd adds a pseudo-frame "[Chained Exc: ...]" per chained exception.
        frames = [f for f in frames if f.get("source", {}).get("path") == self.program
                  and not f["name"].startswith(CHAINED_EXCEPTION_PREFIX)]
        stack = []
        top_probe: dict = {}
        for depth, frame in enumerate(frames):  # innermost first
            if depth == 0 or self.all_frames:
                probe, returns = self._probe(frame["id"])
                if depth == 0:
                    top_probe = {**probe, "returns": returns}
                local_values = probe["values"]
            else:
                local_values = None
            stack.append({"name": frame["name"], "line": frame["line"], "locals": local_values})
        stack.reverse()
        event = top_probe.get("event")
        return {
            "kind": event if event in ("line", "return", "exception") else f"unknown ({event})",
            "reason": reason,
            "line": stack[-1]["line"] if stack else None,
            "stack": stack,
            "value": top_probe.get("value"),
            "exception": top_probe.get("exception"),
            "returns": top_probe.get("returns", {}),
            "stdout": self._new_stdout(),
        }

    def _probe(self, frame_id: int) -> tuple[dict, dict]:
        """The canonical locals debugpy lists for a frame, and its `(return) name` entries."""
        scopes = self._request("scopes", {"frameId": frame_id})["scopes"]
        local_scope = next(s for s in scopes if s["name"] == "Locals")
        variables = self._request("variables", {"variablesReference": local_scope["variablesReference"]})["variables"]
        names = [v["name"] for v in variables
                 if v["name"] not in GROUP_NODES and not v["name"].startswith(RETURN_PREFIX)]
        returns = [v["name"][len(RETURN_PREFIX):] for v in variables if v["name"].startswith(RETURN_PREFIX)]
        # "clipboard" asks pydevd not to shorten the result string.
        body = self._request("evaluate", {"expression": _probe_expression(names, returns), "frameId": frame_id,
                                          "context": "clipboard"})
        try:
            probe = json.loads(_unquote(body["result"]))
        except (ValueError, SyntaxError) as e:
            raise DapError(f"probe failed in frame {frame_id}: {body.get('result')!r}") from e
        return probe, probe.pop("returns")

    def _request(self, command: str, arguments: dict) -> dict:
        return self.client.request(command, arguments, timeout=self.timeout)


def _unquote(text: str) -> str:
    """evaluate returns the repr of the probe's string."""
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(text)
    return value


def _descendants(pid: int) -> set[int]:
    """Pids of all live descendants of `pid` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))):
            children.setdefault(int(stat[1]), []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def leftover_processes() -> list[int]:
    """Processes started by any session of this process that still run (zombies count as ended)."""
    running = []
    for pid, start_time in _started.items():
        stat = _stat(pid)
        if stat and stat[19] == start_time and stat[0] not in ("Z", "X"):  # same start time: not a reused pid
            running.append(pid)
    return running


def _stat(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state first), or None if gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()
    except OSError:
        return None
