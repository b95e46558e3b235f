"""The ground-truth tracer: runs a Python program under `sys.settrace` in a child process.

`trace(source, call=None)` returns a `Trace`: every call / line / return / exception event in
user code (the program's own file, like debugpy's justMyCode), each with the stack of user
frames, the canonical locals of every frame, the return value or exception, and the stdout
written since the previous event.

Programs run in a forked child of a small per-hash-seed server process, so a program that
crashes, hangs or mutates interpreter state cannot harm the caller, and the same program can
be traced under two hash seeds to prove it deterministic. Limits (events, wall time, output,
user-frame depth) end the run with status "limit" and keep the events recorded so far.
"""
from __future__ import annotations

import atexit
import dis
import io
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field

from .canon import canon, canon_locals, exception_message

USER_FILE = "<program>"  # filename the program's code is compiled with when given as source
CALL_FILE = "<call>"  # the entry call's own code is not user code


@dataclass(frozen=True)
class Limits:
    max_events: int = 20_000
    wall_time: float = 5.0  # seconds
    max_output: int = 64 * 1024  # characters of stdout
    max_depth: int = 60  # user frames on the stack


@dataclass
class Event:
    kind: str  # "call" | "line" | "return" | "exception" | "library_return" (see below)
    line: int
    stack: list[tuple[str, int, int]]  # (function name, line, activation id), outermost first
    locals: list[dict[str, str]]  # canonical locals of each frame in `stack`
    stdout: str = ""  # written since the previous event
    value: str | None = None  # return: canonical return value
    exception: tuple[str, str] | None = None  # exception: (type name, message); return: the exception leaving the frame
    is_yield: bool = False  # return: the frame suspended at a yield and may resume
    # The frame was called (or resumed) by a frame of the program: false for the module frame,
    # the entry call, and functions the program's code gets called back from library code.
    caller_is_user: bool = True
    generator: bool = False  # return: the frame is a generator's or a coroutine's
    # return of a generator at a line without a return instruction: debugpy takes it for a pause,
    # not a return (no return stop, a step does not end there), even when the generator finishes.
    pause: bool = False
    # library_return: index of the first event after the library function was called (or resumed)
    call_event: int = -1


# "library_return": a function outside the program, called directly by the program's code,
# returned to it (debugpy shows such returns: `(return) median`). Nothing else of library code
# is recorded. The event has the shape of a "return": `stack` ends with the library frame
# (its name, its line in its own file, a fresh activation) and its locals are not recorded ({}).


@dataclass
class Trace:
    events: list[Event]
    status: str  # "ok" | "error" (uncaught exception) | "limit" | "invalid" (does not compile)
    message: str = ""  # why a run stopped early, the uncaught exception, or the syntax error
    uncaught: tuple[str, str] | None = None
    result: str | None = None  # call mode: canonical value the entry call returned
    stdout_tail: str = ""  # stdout written after the last event
    stderr: str = ""
    error_line: int | None = None  # "invalid": line of the syntax error
    # Lines where code starts, over all code objects of the program (debugpy moves a breakpoint
    # on any other line to the closest of these before it).
    code_lines: list[int] = field(default_factory=list)
    # "error": what debugpy shows when it stops on the uncaught exception after the program
    # ended: an "exception" event whose stack is the traceback's frames of the program (at the
    # lines of the traceback) with their final locals.
    post_mortem: Event | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_json(d: dict) -> "Trace":
        d = dict(d)
        d["events"] = [_event_from_json(e) for e in d["events"]]
        if d.get("post_mortem"):
            d["post_mortem"] = _event_from_json(d["post_mortem"])
        if d.get("uncaught"):
            d["uncaught"] = tuple(d["uncaught"])
        return Trace(**d)


def _event_from_json(e: dict) -> Event:
    return Event(**{**e, "stack": [tuple(f) for f in e["stack"]],
                    "exception": tuple(e["exception"]) if e["exception"] else None})


class TraceError(RuntimeError):
    pass


# --------------------------------------------------------------------------- the child side
class _LimitReached(Exception):
    pass


class _Capture(io.TextIOBase):
    """A stdout that keeps what was written since the last event."""

    def __init__(self, limit: int):
        self.pending: list[str] = []
        self.total = 0
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self.total += len(s)
        if self.total > self.limit:
            raise _LimitReached(f"stdout exceeded {self.limit} characters")
        self.pending.append(s)
        return len(s)

    def take(self) -> str:
        text = "".join(self.pending)
        self.pending.clear()
        return text


def _is_yield(frame) -> bool:
    code = frame.f_code
    if not code.co_flags & 0x20:  # CO_GENERATOR
        return False
    # A generator frame that can resume is suspended at a yield.
    return frame.f_lasti >= 0 and code.co_code[frame.f_lasti] in _YIELD_OPS


_YIELD_OPS = {dis.opmap[n] for n in ("YIELD_VALUE",) if n in dis.opmap}
_TRACER_FILE = __file__
_GENERATOR_FLAGS = 0x20 | 0x80  # CO_GENERATOR | CO_COROUTINE, the frames pydevd handles as generators


def _return_lines(code) -> frozenset[int]:
    """Lines of the code's return instructions, found the way pydevd finds them: the line of the
    closest line start at or before each RETURN_VALUE."""
    starts = dict(dis.findlinestarts(code))
    lines = set()
    for ins in dis.get_instructions(code):
        if ins.opname in ("RETURN_VALUE", "RETURN_CONST"):
            offset = ins.offset
            while offset >= 0 and offset not in starts:
                offset -= 1
            if offset >= 0:
                lines.add(starts[offset])
    return frozenset(lines)


def _code_lines(code) -> set[int]:
    """Line starts of a code object and of the code objects nested in it (as pydevd collects them)."""
    lines = {line for _, line in dis.findlinestarts(code) if line is not None}
    for const in code.co_consts:
        if isinstance(const, type(code)) and const.co_filename == code.co_filename:
            lines |= _code_lines(const)
    return lines


class _Recorder:
    def __init__(self, filename: str, limits: Limits, capture: _Capture):
        self.filename = filename
        self.limits = limits
        self.capture = capture
        self.events: list[Event] = []
        self.activations: dict[int, int] = {}  # id(frame) -> activation id, while the frame can run
        self.last_activation: dict[int, int] = {}  # id(frame) -> latest activation, also after it ended
        self.next_activation = 0
        self.raised: dict[int, tuple[str, str]] = {}  # id(frame) -> exception seen, no line since
        self.return_lines: dict[object, frozenset[int]] = {}  # generator code -> its return lines
        self.library_calls: dict[int, int] = {}  # id(library frame) -> its call_event
        self.deadline = time.monotonic() + limits.wall_time
        self.stop_reason: str | None = None

    def is_user(self, frame) -> bool:
        return frame is not None and frame.f_code.co_filename == self.filename

    def user_stack(self, frame):
        frames = []
        f = frame
        while f is not None:
            if self.is_user(f):
                frames.append(f)
            f = f.f_back
        frames.reverse()
        return frames

    def activation(self, frame) -> int:
        key = id(frame)
        act = self.activations.get(key)
        if act is None:
            act = self.next_activation
            self.next_activation += 1
            self.activations[key] = self.last_activation[key] = act
        return act

    def record(self, frame, kind: str, arg) -> None:
        if len(self.events) >= self.limits.max_events:
            raise _LimitReached(f"more than {self.limits.max_events} events")
        if len(self.events) % 64 == 0 and time.monotonic() > self.deadline:
            raise _LimitReached(f"ran longer than {self.limits.wall_time}s")
        library = kind == "library_return"
        frames = self.user_stack(frame)
        if len(frames) > self.limits.max_depth:
            raise _LimitReached(f"more than {self.limits.max_depth} nested calls")
        ev = Event(
            kind=kind,
            line=frame.f_lineno,
            stack=[(f.f_code.co_name, f.f_lineno, self.activation(f)) for f in frames],
            locals=[canon_locals(f.f_locals.items()) for f in frames],
            stdout=self.capture.take(),
            caller_is_user=self.is_user(frame.f_back),
        )
        if library:
            ev.stack.append((frame.f_code.co_name, frame.f_lineno, self.activation(frame)))
            ev.locals.append({})
            ev.call_event = self.library_calls.pop(id(frame), -1)
        key = id(frame)
        if kind == "line":
            self.raised.pop(key, None)
        elif kind == "exception":
            exc_type, exc, _ = arg
            ev.exception = (exc_type.__name__, exception_message(exc))
            self.raised[key] = ev.exception
        elif kind in ("return", "library_return"):
            ev.value = canon(arg)
            ev.exception = self.raised.pop(key, None)
            if library and arg is not None:  # no line events there to tell a caught exception
                ev.exception = None
            ev.is_yield = ev.exception is None and _is_yield(frame)
            code = frame.f_code
            if code.co_flags & _GENERATOR_FLAGS:
                ev.generator = True
                if code not in self.return_lines:
                    self.return_lines[code] = _return_lines(code)
                ev.pause = frame.f_lineno not in self.return_lines[code]
            if not ev.is_yield:
                del self.activations[key]
        self.events.append(ev)

    def global_trace(self, frame, event, arg):
        if self.is_user(frame):
            self.record(frame, event, arg)
            return self.local_trace
        if self.is_user(frame.f_back) and frame.f_code.co_filename != _TRACER_FILE:  # not our stdout capture
            frame.f_trace_lines = False  # only its return (and exceptions leaving it) matter
            self.library_calls[id(frame)] = len(self.events)
            return self.library_trace
        return None

    def local_trace(self, frame, event, arg):
        self.record(frame, event, arg)
        return self.local_trace

    def library_trace(self, frame, event, arg):
        if event == "exception":
            exc_type, exc, _ = arg
            self.raised[id(frame)] = (exc_type.__name__, exception_message(exc))
        elif event == "return":
            self.record(frame, "library_return", arg)
        return self.library_trace

    def post_mortem(self, exc: BaseException, uncaught: tuple[str, str]) -> Event | None:
        """The program's frames of the uncaught exception's traceback, as debugpy shows them at the end."""
        entries = []
        tb = exc.__traceback__
        while tb is not None:
            if self.is_user(tb.tb_frame):
                entries.append(tb)
            tb = tb.tb_next
        if not entries:
            return None
        stack = [(tb.tb_frame.f_code.co_name, tb.tb_lineno, self.last_activation.get(id(tb.tb_frame), -1))
                 for tb in entries]
        return Event("exception", entries[-1].tb_lineno, stack,
                     [canon_locals(tb.tb_frame.f_locals.items()) for tb in entries], exception=uncaught)


def _run_child(source: str, call: str | None, filename: str, limits: Limits) -> Trace:
    capture = _Capture(limits.max_output)
    try:
        # dont_inherit: the program must not get this module's `from __future__` imports
        code = compile(source, filename, "exec", dont_inherit=True)
        call_code = compile(call, CALL_FILE, "eval", dont_inherit=True) if call is not None else None
    except SyntaxError as e:
        where = "the call" if e.filename == CALL_FILE else f"line {e.lineno}"
        return Trace([], "invalid", f"SyntaxError at {where}: {e.msg}", error_line=e.lineno)
    rec = _Recorder(filename, limits, capture)
    globals_ = {"__name__": "__main__", "__builtins__": __builtins__}
    if filename != USER_FILE:
        globals_["__file__"] = filename
    stderr = io.StringIO()
    sys.stdout, sys.stderr = capture, stderr
    trace = Trace([], "ok", code_lines=sorted(_code_lines(code)))
    try:
        if call_code is None:
            sys.settrace(rec.global_trace)
            exec(code, globals_)
        else:
            exec(code, globals_)  # definitions run untraced: the session starts at the call
            sys.settrace(rec.global_trace)
            result = eval(call_code, globals_)
            sys.settrace(None)
            trace.result = canon(result)
    except _LimitReached as e:
        trace.status, trace.message = "limit", str(e)
    except SystemExit as e:  # a deliberate end, but debugpy's uncaught filter stops on a failure code
        sys.settrace(None)
        if e.code not in (0, None):
            trace.post_mortem = rec.post_mortem(e, (type(e).__name__, exception_message(e)))
    except BaseException as e:  # noqa: BLE001 - the program's own uncaught exception
        sys.settrace(None)  # reading the frames' locals may run the program's __repr__
        trace.status = "error"
        trace.uncaught = (type(e).__name__, exception_message(e))
        trace.message = f"{type(e).__name__}: {exception_message(e)}"
        trace.post_mortem = rec.post_mortem(e, trace.uncaught)
    finally:
        sys.settrace(None)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    trace.events = rec.events
    trace.stdout_tail = "".join(capture.pending)
    trace.stderr = stderr.getvalue()[-2000:]
    return trace


# --------------------------------------------------------------------------- the server side
def _read_msg(stream) -> object | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (n,) = struct.unpack("<I", head)
    return pickle.loads(stream.read(n))


def _write_msg(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<I", len(data)) + data)
    stream.flush()


def _serve() -> None:
    """Server loop: one request at a time, each traced in a fresh forked child."""
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        req = _read_msg(inp)
        if req is None:
            return
        source, call, filename, limits, cwd = req
        _write_msg(out, _trace_forked(source, call, filename, limits, cwd))


def _trace_forked(source, call, filename, limits: Limits, cwd) -> Trace:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            # The server's own stdin/stdout carry requests: the program must not touch them.
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            if cwd:
                os.chdir(cwd)
            sys.setrecursionlimit(max(1000, limits.max_depth * 4 + 200))
            result = _run_child(source, call, filename, limits)
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as e:  # noqa: BLE001
            data = pickle.dumps(Trace([], "limit", f"tracer failed: {type(e).__name__}: {e}"))
        with os.fdopen(w, "wb") as f:
            f.write(data)
        os._exit(0)
    os.close(w)
    chunks = []
    deadline = time.monotonic() + limits.wall_time + 2.0  # the child checks wall time itself
    timed_out = False
    with os.fdopen(r, "rb") as f:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([f], [], [], left)
            if not ready:
                continue
            chunk = os.read(f.fileno(), 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    if timed_out:
        return Trace([], "limit", f"ran longer than {limits.wall_time}s (killed)")
    try:
        return pickle.loads(b"".join(chunks))
    except Exception:
        return Trace([], "limit", "the program killed its tracer process")


class _Server:
    def __init__(self, hash_seed: int):
        env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen([sys.executable, "-c", "from training.tracer import _serve; _serve()"],
                                     stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)
        self.lock = threading.Lock()

    def trace(self, req) -> Trace:
        with self.lock:
            _write_msg(self.proc.stdin, req)
            result = _read_msg(self.proc.stdout)
        if result is None:
            raise TraceError("the tracer server exited unexpectedly")
        return result

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


_servers: dict[tuple[int, int], _Server] = {}


def _server(hash_seed: int) -> _Server:
    key = (os.getpid(), hash_seed)  # a forked caller (multiprocessing) gets its own servers
    if key not in _servers:
        _servers[key] = _Server(hash_seed)
    return _servers[key]


@atexit.register
def _close_servers() -> None:
    for key, s in list(_servers.items()):
        if key[0] == os.getpid():
            s.close()


def trace(source: str, call: str | None = None, *, filename: str = USER_FILE, limits: Limits = Limits(),
          hash_seed: int = 0, cwd: str | None = None) -> Trace:
    """Trace a program: `source` run as a script, or its definitions then the entry `call`."""
    return _server(hash_seed).trace((source, call, filename, limits, cwd))


def trace_file(path: str, call: str | None = None, *, limits: Limits = Limits(), hash_seed: int = 0) -> Trace:
    path = os.path.abspath(path)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    return trace(source, call, filename=path, limits=limits, hash_seed=hash_seed, cwd=os.path.dirname(path))

