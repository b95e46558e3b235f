"""A minimal Debug Adapter Protocol client for driving real debugpy from Python.

Used by the conformance test that pins our debugger-action semantics to debugpy. Every
request has a timeout (debugpy never answers requests it does not support, and then
wedges), and `close()` kills the adapter's whole process group so nothing is left behind.
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any


class DapError(RuntimeError):
    pass


def debugpy_adapter_dir() -> Path:
    import debugpy

    return Path(debugpy.__file__).parent / "adapter"


class DapClient:
    def __init__(self, python: str = sys.executable, env: dict[str, str] | None = None):
        # Run the adapter *directory* like the official Python Debugger extension does.
        self.proc = subprocess.Popen(
            [python, str(debugpy_adapter_dir())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # own process group: close() kills adapter, launcher, debuggee
            env=env,
        )
        self._seq = 1
        self._lock = threading.RLock()  # send_request holds it around _send
        self._responses: dict[int, "queue.Queue[dict]"] = {}
        self.events: "queue.Queue[dict]" = queue.Queue()
        self.event_log: list[dict] = []
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- transport ---------------------------------------------------------------
    def _read_loop(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            msg = json.loads(body)
            if msg["type"] == "response":
                q = self._responses.get(msg["request_seq"])
                if q is not None:
                    q.put(msg)
            elif msg["type"] == "event":
                self.event_log.append(msg)
                self.events.put(msg)
            elif msg["type"] == "request":  # reverse request (e.g. runInTerminal): refuse
                self._send({"type": "response", "request_seq": msg["seq"], "success": False,
                            "command": msg["command"], "message": "not supported"})

    def _send(self, msg: dict) -> int:
        with self._lock:
            msg["seq"] = self._seq
            self._seq += 1
            data = json.dumps(msg).encode("utf-8")
            assert self.proc.stdin is not None
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
            self.proc.stdin.flush()
            return msg["seq"]

    # -- requests and events -----------------------------------------------------
    def send_request(self, command: str, arguments: dict | None = None) -> int:
        # The response queue must exist before the request leaves: a fast answer would be dropped.
        with self._lock:
            seq = self._seq
            self._responses[seq] = queue.Queue()
            self._send({"type": "request", "command": command, "arguments": arguments or {}})
        return seq

    def wait_response(self, seq: int, timeout: float = 10.0) -> dict:
        try:
            resp = self._responses[seq].get(timeout=timeout)
        except queue.Empty:
            raise DapError(f"no response to request {seq} within {timeout}s") from None
        del self._responses[seq]
        return resp

    def request(self, command: str, arguments: dict | None = None, timeout: float = 10.0) -> dict:
        resp = self.wait_response(self.send_request(command, arguments), timeout)
        if not resp.get("success"):
            raise DapError(f"{command} failed: {resp.get('message')}")
        return resp.get("body") or {}

    def wait_event(self, *names: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DapError(f"no {'/'.join(names)} event within {timeout}s")
            try:
                ev = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if ev["event"] in names:
                return ev

    def close(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=10)
