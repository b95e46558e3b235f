"""The trace format: the text the model is trained on and prompted with (docs/trace-format.md).

A prompt is a header (numbered program source, the entry call, breakpoint settings), then the
current stop written in full (the *snapshot*), then pairs of an action token and the stop the
debugger reached, each written as a diff against the stop before it. The model predicts the
stop tokens after each action.

Text is kept as a list of segments: special tokens and free text. Free text never contains a
special token: `<|` inside it is escaped (see `escape`), so encoding segment by segment and
encoding the joined string give the same ids.
"""
from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass

from .semantics import Stop

FORMAT_VERSION = 1

ACTION_TOKENS = {
    "step_into": "<|into|>",
    "step_over": "<|over|>",
    "step_out": "<|out|>",
    "continue": "<|cont|>",
    "back_into": "<|binto|>",
    "back_over": "<|bover|>",
    "back_out": "<|bout|>",
    "back_to_call": "<|bcall|>",
}
KIND_TOKENS = {"line": "<|line|>", "return": "<|ret|>", "exception": "<|exc|>", "exit": "<|exit|>"}
SRC, CALL, BP, RAISED, UNCAUGHT = "<|src|>", "<|call|>", "<|bp|>", "<|xr|>", "<|xu|>"
RV, EXC, STDOUT, VAR, DEL, FRAME, EOS = "<|rv|>", "<|x|>", "<|so|>", "<|v|>", "<|del|>", "<|f|>", "<|eos|>"
PAD, BOS = "<|pad|>", "<|bos|>"

SPECIAL_TOKENS = [PAD, BOS, SRC, CALL, BP, RAISED, UNCAUGHT, *ACTION_TOKENS.values(), *KIND_TOKENS.values(),
                  RV, EXC, STDOUT, VAR, DEL, FRAME, EOS]
_SPECIAL = set(SPECIAL_TOKENS)
TOKEN_TO_ACTION = {v: k for k, v in ACTION_TOKENS.items()}
TOKEN_TO_KIND = {v: k for k, v in KIND_TOKENS.items()}

Segment = str  # a special token or free text


def escape(text: str) -> str:
    """Free text must not contain a special token: `<|` becomes `<` + U+200B + `|`."""
    return text.replace("<|", "<\u200b|")


def unescape(text: str) -> str:
    return text.replace("<\u200b|", "<|")


# ---------------------------------------------------------------------------------- header
_BLANK_OR_COMMENT = re.compile(r"^\s*(#.*)?$")


# line breaks other than \n and \r\n: str.splitlines() counts them, the tokenizer does not
_OTHER_LINE_BREAK = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_NOT_SIGNIFICANT = {tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}


def source_lines(source: str) -> list[tuple[int, str]]:
    """Numbered lines the model sees, trailing whitespace dropped; the numbers of lines left
    out stay unused. What never runs is left out: blank and comment-only lines (not inside a
    string) and function docstrings. Any other statement that is only a string (a module or
    class docstring, a bare string in code) runs as a no-op with a line event, so it stays as
    one line `...` at its first line. Source that does not tokenize loses only its blank and
    comment-only lines. model-runtime/header.ts sourceLines is the same rule
    (test/fixtures/source_lines.json)."""
    replaced, in_string = _string_statements(source)
    out = []
    for i, line in enumerate(source.splitlines(), 1):
        if i in replaced:
            if replaced[i] is not None:
                out.append((i, replaced[i]))
        elif i in in_string or not _BLANK_OR_COMMENT.match(line):
            out.append((i, line.rstrip()))
    return out


def _string_statements(source: str) -> tuple[dict[int, str | None], set[int]]:
    """Line number -> what shows instead (None: nothing) for the lines of string-only
    statements; and the lines inside multi-line strings, kept even where they look blank."""
    text = source.replace("\r\n", "\n")
    if _OTHER_LINE_BREAK.search(text):
        return {}, set()
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return {}, set()
    if any(t.type == tokenize.ERRORTOKEN for t in tokens):
        return {}, set()
    lines = text.split("\n")
    replaced: dict[int, str | None] = {}
    in_string: set[int] = set()
    logical: list = []  # the significant tokens of the current logical line
    previous: list = []
    for t in tokens:
        if t.type == tokenize.STRING:
            in_string.update(range(t.start[0] + 1, t.end[0] + 1))
        if t.type in _NOT_SIGNIFICANT:
            continue
        if t.type != tokenize.NEWLINE:
            logical.append(t)
            continue
        # an f-string runs code, so it is not a no-op
        if logical and all(x.type == tokenize.STRING and "f" not in _prefix(x.string) for x in logical):
            (row, col), last = logical[0].start, logical[-1].end[0]
            replaced.update(dict.fromkeys(range(row, last + 1)))
            if not _is_def_header(previous):
                replaced[row] = lines[row - 1][:col] + "..."
        previous, logical = logical, []
    return replaced, in_string


def _prefix(literal: str) -> str:
    return literal[: len(literal) - len(literal.lstrip("rRbBuUfF"))].lower()


def _is_def_header(tokens: list) -> bool:
    words = [t.string for t in tokens[:2]]
    return bool(tokens) and (words[:1] == ["def"] or words == ["async", "def"]) and tokens[-1].string == ":"


def canonical_quotes(source: str) -> str:
    """Double-quoted string literals written as repr writes them, in single quotes, where that
    only swaps the two quote characters (plain or f-string, one line, no backslash, no single
    quote inside). The generator writes literals as repr does, so this is the identity on
    training programs; on people's code it keeps `"ada"` from looking unlike anything the model
    saw. Source that does not tokenize is left as it is."""
    lines = source.splitlines(keepends=True)
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return source
    for t in tokens:
        if t.type != tokenize.STRING or t.start[0] != t.end[0]:
            continue
        m = _SWAPPABLE.match(t.string)
        if m:
            row, col = t.start[0] - 1, t.start[1] + len(m.group(1))
            line = lines[row]
            lines[row] = line[:col] + "'" + m.group(2) + "'" + line[col + len(m.group(2)) + 2:]
    return "".join(lines)


# prefix, body of a one-line double-quoted literal whose quotes can be swapped
_SWAPPABLE = re.compile(r'^([fF]?)"([^"\\\'\n]*)"$')


def render_header(source: str, call: str | None, breakpoints=(), exception_filters=(),
                  shown=None) -> list[Segment]:
    """`shown`: the line numbers to write (a source window of a long program,
    training/source_window.py); all lines when None."""
    return render_header_lines(source_lines(canonical_quotes(source)), call, breakpoints, exception_filters, shown)


def render_header_lines(lines: list[tuple[int, str]], call: str | None, breakpoints=(), exception_filters=(),
                        shown=None) -> list[Segment]:
    """render_header from the numbered lines `source_lines(canonical_quotes(source))`."""
    text = "".join(f"{n} {line}\n" for n, line in lines if shown is None or n in shown)
    segs = [BOS, SRC, escape(text)]
    if call is not None:
        segs += [CALL, escape(call)]
    segs += render_settings(breakpoints, exception_filters)
    return segs


_CALLEE = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*\(")


def call_name(call: str | None) -> str | None:
    """The callee of an entry call, `f([1, 2])` -> `f`: the header of an input-prediction
    prompt names the function but hides the arguments."""
    if call is None:
        return None
    m = _CALLEE.match(call)
    return m.group(1) if m else call


def render_settings(breakpoints=(), exception_filters=()) -> list[Segment]:
    segs: list[Segment] = []
    if breakpoints:
        segs += [BP, " ".join(str(b) for b in sorted(breakpoints))]
    if "raised" in exception_filters:
        segs.append(RAISED)
    if "uncaught" in exception_filters:
        segs.append(UNCAUGHT)
    return segs


# ---------------------------------------------------------------------------------- stops
@dataclass
class FrameView:
    """A frame as the codec sees it: `key` identifies the activation across stops."""

    name: str
    line: int
    key: object
    locals: dict[str, str]


def frames_of(stop: Stop) -> list[FrameView]:
    return [FrameView(n, ln, act, loc) for (n, ln, act), loc in zip(stop.stack, stop.locals)]


def render_stop(stop: Stop, prev: Stop | None) -> list[Segment]:
    """One stop, as a diff against the previous stop in the prompt (None: written in full)."""
    return render_frames(stop.kind, frames_of(stop), frames_of(prev) if prev else [], stop.value,
                         stop.exception, stop.stdout)


def render_frames(kind: str, new: list[FrameView], old: list[FrameView], value: str | None,
                  exception: tuple[str, str] | None, stdout: str) -> list[Segment]:
    segs: list[Segment] = [KIND_TOKENS[kind]]
    stack = _stack_text(new, old) if kind != "exit" else ""
    if stack:
        segs.append(stack)
    if value is not None and kind in ("return", "exit"):
        segs += [RV, escape(value)]
    if exception is not None:
        segs += [EXC, escape(f"{exception[0]}: {exception[1]}")]
    if stdout:
        segs += [STDOUT, escape(stdout)]
    if kind != "exit":
        base = _bases(new, old)
        top = len(new) - 1
        for p in [top] + list(range(top)):
            diff = _locals_diff(new[p].locals, base[p])
            if diff and p != top:
                segs += [FRAME, str(p)]
            segs += diff
    segs.append(EOS)
    return segs


def _same_activation(new: list[FrameView], old: list[FrameView]) -> int:
    """Length of the common prefix of activations."""
    n = 0
    while n < len(new) and n < len(old) and new[n].key == old[n].key:
        n += 1
    return n


def _stack_text(new: list[FrameView], old: list[FrameView]) -> str:
    """`[^j] (:L | name:L)*`: frames below `j` are kept as they were; `:L` continues the old
    activation at that position on line L; `name:L` is a new activation. When `^j` is
    left out, j = len(old) - 1: everything below the previous top frame is kept."""
    same = _same_activation(new, old)
    kept = 0
    while kept < same and new[kept].line == old[kept].line:
        kept += 1
    default = max(len(old) - 1, 0)
    if kept >= default and same >= default:
        start, prefix = default, ""
    else:
        start, prefix = kept, f"^{kept}"
    parts = [prefix] if prefix else []
    for p in range(start, len(new)):
        parts.append(f":{new[p].line}" if p < same else f"{new[p].name}:{new[p].line}")
    return " ".join(parts) if prefix else "".join(" " + x for x in parts)


def _bases(new: list[FrameView], old: list[FrameView]) -> list[dict[str, str]]:
    same = _same_activation(new, old)
    return [old[p].locals if p < same else {} for p in range(len(new))]


def _locals_diff(now: dict[str, str], base: dict[str, str]) -> list[Segment]:
    segs: list[Segment] = []
    for name, value in now.items():
        if base.get(name) != value:
            segs += [VAR, escape(f"{name}={value}")]
    for name in base:
        if name not in now:
            segs += [DEL, escape(name)]
    return segs


# ---------------------------------------------------------------------------------- parsing
class FormatError(ValueError):
    pass


@dataclass
class ParsedStop:
    kind: str
    frames: list[FrameView]
    value: str | None
    exception: tuple[str, str] | None
    stdout: str

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "line": self.frames[-1].line if self.frames else None,
            "stack": [{"name": f.name, "line": f.line, "locals": f.locals} for f in self.frames],
            "value": self.value,
            "exception": list(self.exception) if self.exception else None,
            "stdout": self.stdout,
        }


_STACK = re.compile(r"^(?:\^(\d+))?((?: (?::\d+|[^\s:]+:\d+))*)$")


def split_segments(text: str) -> list[Segment]:
    """Split a joined prompt string back into segments."""
    pattern = "(" + "|".join(re.escape(t) for t in SPECIAL_TOKENS) + ")"
    return [s for s in re.split(pattern, text) if s]


def parse_stop(segs: list[Segment], old: list[FrameView], next_key) -> ParsedStop:
    """Inverse of render_frames. `next_key()` makes a key for each new activation."""
    if not segs or segs[0] not in TOKEN_TO_KIND:
        raise FormatError(f"a stop starts with a kind token, got {segs[:1]}")
    if segs[-1] != EOS:
        raise FormatError("a stop ends with <|eos|>")
    kind = TOKEN_TO_KIND[segs[0]]
    i = 1
    frames: list[FrameView] = []
    if kind != "exit":
        stack_text = segs[i] if i < len(segs) and segs[i] not in _SPECIAL else ""
        if stack_text:
            i += 1
        frames = _parse_stack(stack_text, old, next_key)
    value = exception = None
    stdout = ""
    if i < len(segs) and segs[i] == RV:
        value, i = unescape(_text_at(segs, i + 1)), i + 2
    if i < len(segs) and segs[i] == EXC:
        t, sep, msg = unescape(_text_at(segs, i + 1)).partition(": ")
        exception, i = (t, msg), i + 2
    if i < len(segs) and segs[i] == STDOUT:
        stdout, i = unescape(_text_at(segs, i + 1)), i + 2
    if frames:
        p = len(frames) - 1
        while i < len(segs) - 1:
            tok = segs[i]
            if tok == FRAME:
                p = int(_text_at(segs, i + 1))
                if not 0 <= p < len(frames):
                    raise FormatError(f"frame index {p} out of range")
                i += 2
            elif tok == VAR:
                name, eq, val = unescape(_text_at(segs, i + 1)).partition("=")
                if not eq:
                    raise FormatError(f"variable without '=': {segs[i + 1]!r}")
                frames[p].locals[name] = val
                i += 2
            elif tok == DEL:
                frames[p].locals.pop(unescape(_text_at(segs, i + 1)), None)
                i += 2
            else:
                raise FormatError(f"unexpected {tok!r} in locals")
    elif i != len(segs) - 1:
        raise FormatError(f"unexpected {segs[i]!r}")
    return ParsedStop(kind, frames, value, exception, stdout)


def _text_at(segs: list[Segment], i: int) -> str:
    if i >= len(segs) or segs[i] in _SPECIAL:
        raise FormatError("missing text after a marker")
    return segs[i]


def _parse_stack(text: str, old: list[FrameView], next_key) -> list[FrameView]:
    m = _STACK.match(text)
    if not m:
        raise FormatError(f"bad stack {text!r}")
    start = int(m.group(1)) if m.group(1) is not None else max(len(old) - 1, 0)
    if start > len(old):
        raise FormatError(f"stack keeps {start} frames but only {len(old)} exist")
    frames = [FrameView(f.name, f.line, f.key, dict(f.locals)) for f in old[:start]]
    continuing = True
    for part in m.group(2).split():
        name, _, line = part.rpartition(":")
        p = len(frames)
        if not name:
            if not continuing or p >= len(old):
                raise FormatError(f"':{line}' continues a frame that does not exist")
            frames.append(FrameView(old[p].name, int(line), old[p].key, dict(old[p].locals)))
        else:
            continuing = False
            frames.append(FrameView(name, int(line), next_key(), {}))
    if not frames:
        raise FormatError("empty stack")
    return frames
