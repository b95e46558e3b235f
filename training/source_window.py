"""Source windows for long programs: the Python twin of the TypeScript runtime's rule.

When a program's full header is longer than the model's header budget (manifest
`context.max_header`), the runtime shows a subset of the numbered lines around where the
debugger is (docs/trace-format.md, "Long programs"). Training and evaluation must build the
same headers, so this module follows, line for line:

- `model-runtime/py-lexer.ts` (`lex_python`): logical lines, their indentation and tokens, and
  where lexing stops on a syntax error;
- `model-runtime/program.ts` (`ProgramInfo`): definitions and their spans, the lines each
  frame name can stand on, the entry function;
- `model-runtime/source-window.ts` (`choose_shown_lines`, `in_view`);
- `model-runtime/prompt-header.ts` (`header_ids`): the token budget and the shrink loop;
- `model-runtime/session.ts` (`entry_focus`): where a session's first window is focused.

test/fixtures/source_windows.json (made from the TypeScript side by
test/runtime/make-source-windows.ts) pins both implementations to the same results.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable

from . import traceformat as tf

Frame = tuple[str, int]  # (frame name, line), outermost first in a focus


# ---------------------------------------------------------------------------------- lexer
@dataclass
class LexToken:
    kind: str  # "name" | "number" | "string" | "op"
    text: str  # a string literal is its prefix and opening quote
    line: int


@dataclass
class LogicalLine:
    first: int  # first physical line
    last: int  # last physical line
    indent: int  # columns, tabs to multiples of 8
    tokens: list[LexToken] = field(default_factory=list)


@dataclass
class SyntaxIssue:
    line: int
    column: int
    message: str


class _LexError(Exception):
    def __init__(self, issue: SyntaxIssue):
        super().__init__(issue.message)
        self.issue = issue


_OPERATOR_CHARS = set("+-*/%@&|^~<>=!.,:;")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_STRING_PREFIX = re.compile(r"(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])\Z")
_NUMBER = re.compile(r"(?:[0-9][0-9a-zA-Z_]*(?:\.[0-9a-zA-Z_]*)?|\.[0-9][0-9a-zA-Z_]*)(?:(?<=[eE])[+-][0-9_]+)?[jJ]?")
_DIGIT = set("0123456789")


def _name_start(c: str) -> bool:
    # /[\p{L}\p{Nl}_]/u tested on one UTF-16 code unit: a character outside the BMP never matches
    return c == "_" or (ord(c) <= 0xFFFF and (unicodedata.category(c)[0] == "L" or unicodedata.category(c) == "Nl"))


def _name_char(c: str) -> bool:
    # /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u, one UTF-16 code unit
    if ord(c) > 0xFFFF:
        return False
    cat = unicodedata.category(c)
    return cat[0] == "L" or cat in ("Nl", "Mn", "Mc", "Nd", "Pc")


def lex_python(source: str) -> tuple[list[LogicalLine], SyntaxIssue | None]:
    """Logical lines of `source` and the first syntax problem (lines up to it are kept)."""
    lexer = _Lexer(re.sub(r"\r\n?", "\n", source))
    try:
        lexer.run()
        return lexer.lines, None
    except _LexError as e:
        return lexer.lines, e.issue


class _Lexer:
    """model-runtime/py-lexer.ts Lexer, statement for statement."""

    def __init__(self, src: str):
        self.src = src
        self.lines: list[LogicalLine] = []
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.brackets: list[tuple[str, int, int]] = []
        self.current: LogicalLine | None = None
        self.indents = [0]
        self.expect_indent_after = 0

    def _at(self, i: int) -> str | None:
        return self.src[i] if i < len(self.src) else None

    def run(self) -> None:
        while self.pos < len(self.src):
            if self.current is None and not self.brackets:
                if self._start_logical_line():
                    continue
            self._token()
        self._end_logical_line()
        if self.brackets:
            ch, line, column = self.brackets[-1]
            self._fail(f"'{ch}' was never closed", line, column)
        if self.expect_indent_after:
            line = self.line if self.src.endswith("\n") else self.line + 1
            self._fail(f"expected an indented block after line {self.expect_indent_after}", line, 1)

    def _fail(self, message: str, line: int | None = None, column: int | None = None):
        raise _LexError(SyntaxIssue(self.line if line is None else line,
                                    self.pos - self.line_start + 1 if column is None else column, message))

    def _start_logical_line(self) -> bool:
        indent = 0
        while self.pos < len(self.src):
            c = self.src[self.pos]
            if c == " ":
                indent += 1
            elif c == "\t":
                indent = (indent // 8 + 1) * 8
            elif c == "\f":
                indent = 0
            else:
                break
            self.pos += 1
        c = self._at(self.pos)
        if c is None or c == "\n" or c == "#":
            self._skip_comment()
            if self._at(self.pos) == "\n":
                self._newline()
            return True
        if c == "\\" and self._at(self.pos + 1) == "\n":
            return False
        self._check_indent(indent)
        self.current = LogicalLine(self.line, self.line, indent, [])
        return False

    def _check_indent(self, indent: int) -> None:
        top = self.indents[-1]
        if self.expect_indent_after:
            if indent <= top:
                self._fail(f"expected an indented block after line {self.expect_indent_after}", self.line, indent + 1)
            self.indents.append(indent)
            self.expect_indent_after = 0
            return
        if indent > top:
            self._fail("unexpected indent", self.line, indent + 1)
        while indent < self.indents[-1]:
            self.indents.pop()
        if indent != self.indents[-1]:
            self._fail("unindent does not match any outer indentation level", self.line, indent + 1)

    def _end_logical_line(self) -> None:
        cur = self.current
        if cur is None:
            return
        self.lines.append(cur)
        last = cur.tokens[-1] if cur.tokens else None
        if last is not None and last.kind == "op" and last.text == ":":
            self.expect_indent_after = cur.first
        self.current = None

    def _newline(self) -> None:
        self.pos += 1
        self.line += 1
        self.line_start = self.pos

    def _skip_comment(self) -> None:
        if self._at(self.pos) != "#":
            return
        while self.pos < len(self.src) and self.src[self.pos] != "\n":
            self.pos += 1

    def _push(self, kind: str, text: str, line: int | None = None) -> None:
        line = self.line if line is None else line
        if self.current is None:
            self.current = LogicalLine(line, line, 0, [])
        self.current.tokens.append(LexToken(kind, text, line))
        self.current.last = self.line

    def _token(self) -> None:
        src = self.src
        c = src[self.pos]
        if c == "\n":
            if not self.brackets:
                self._end_logical_line()
            self._newline()
        elif c in (" ", "\t", "\f"):
            self.pos += 1
        elif c == "#":
            self._skip_comment()
        elif c == "\\":
            if self._at(self.pos + 1) != "\n":
                self._fail("unexpected character after line continuation character")
            self.pos += 1
            self._newline()
        elif c in ("'", '"'):
            self._string("")
        elif c in _DIGIT or (c == "." and self._at(self.pos + 1) in _DIGIT):
            self._number()
        elif _name_start(c):
            start = self.pos
            while self.pos < len(src) and _name_char(src[self.pos]):
                self.pos += 1
            name = src[start:self.pos]
            q = self._at(self.pos)
            if q in ("'", '"') and _STRING_PREFIX.match(name):
                self._string(name)
            else:
                self._push("name", name)
        elif c in _OPENERS:
            self.brackets.append((c, self.line, self.pos - self.line_start + 1))
            self._push("op", c)
            self.pos += 1
        elif c in _CLOSERS:
            if not self.brackets:
                self._fail(f"unmatched '{c}'")
            ch, line, _ = self.brackets.pop()
            if ch != _CLOSERS[c]:
                self._fail(f"closing parenthesis '{c}' does not match opening parenthesis '{ch}'"
                           + (f" on line {line}" if line != self.line else ""))
            self._push("op", c)
            self.pos += 1
        elif c in _OPERATOR_CHARS:
            self._push("op", c)
            self.pos += 1
        else:
            code = ord(c)
            self._fail(f"invalid character '{c}' (U+{code:04X})")

    def _number(self) -> None:
        text = _NUMBER.match(self.src[self.pos:self.pos + 200]).group(0)
        self._push("number", text)
        self.pos += len(text)

    def _string(self, prefix: str) -> None:
        src = self.src
        start_line = self.line
        column = self.pos - self.line_start + 1 - len(prefix)
        q = src[self.pos]
        triple = src.startswith(q * 3, self.pos)
        close = q * 3 if triple else q
        self.pos += len(close)
        while True:
            c = self._at(self.pos)
            if c is None:
                self._fail("unterminated triple-quoted string literal" if triple else "unterminated string literal",
                           start_line, column)
            if c == "\\":
                if self._at(self.pos + 1) == "\n":
                    self.pos += 1
                    self._newline()
                else:
                    self.pos += 2
            elif c == "\n":
                if not triple:
                    self._fail("unterminated string literal", start_line, column)
                self._newline()
            elif src.startswith(close, self.pos):
                self.pos += len(close)
                break
            else:
                self.pos += 1
        self._push("string", prefix + q, start_line)


# ---------------------------------------------------------------------------------- program
@dataclass
class Definition:
    kind: str  # "def" | "class"
    name: str
    line: int  # the def/class line (decorators excluded)
    header_end: int  # last physical line of the header (its parameters may span lines)
    end: int  # last physical line of its body
    top_level: bool
    params: list[tuple[str, str]]  # defs only: (name, star) with star "", "*" or "**"


SYNTHETIC_FRAMES = ("<module>", "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>")


class ProgramInfo:
    """model-runtime/program.ts ProgramInfo: what windowing needs to know of a program."""

    def __init__(self, source: str):
        self.source = source
        self.lines: list[tuple[int, str]] = tf.source_lines(source)
        self.line_numbers = [n for n, _ in self.lines]
        logical, self.syntax_issue = lex_python(source)
        self.definitions = _definitions_of(logical)
        self.frame_lines = _frame_lines_of(self.line_numbers, self.definitions)

    def definition_at(self, line: int) -> Definition | None:
        """The innermost definition containing `line`, if any."""
        best = None
        for d in self.definitions:
            if d.line <= line <= d.end and (best is None or d.line >= best.line):
                best = d
        return best

    def entry_function(self, name: str | None = None) -> Definition | None:
        """The last top-level function named `name` (without a name, the last top-level def)."""
        defs = [d for d in self.definitions if d.kind == "def" and d.top_level and (name is None or d.name == name)]
        return defs[-1] if defs else None


def _frame_lines_of(lines: list[int], defs: list[Definition]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for line in lines:
        owner = None
        for d in defs:
            if d.line < line <= d.end and (owner is None or d.line >= owner.line):
                owner = d
            if d.line == line:
                out.setdefault(d.name, set()).add(line)
        out.setdefault(owner.name if owner else "<module>", set()).add(line)
    return out


def _definitions_of(lines: list[LogicalLine]) -> list[Definition]:
    defs = []
    for i, l in enumerate(lines):
        toks = l.tokens
        at = 1 if toks and toks[0].text == "async" else 0
        kw = toks[at].text if at < len(toks) else None
        name = toks[at + 1] if at + 1 < len(toks) else None
        if kw not in ("def", "class") or name is None or name.kind != "name":
            continue
        end = l.last
        j = i + 1
        while j < len(lines) and lines[j].indent > l.indent:
            end = lines[j].last
            j += 1
        defs.append(Definition(kw, name.text, toks[at].line, _header_colon_line(l), end, l.indent == 0,
                               _params_of(l) if kw == "def" else []))
    return defs


def _header_colon_line(l: LogicalLine) -> int:
    depth = 0
    for t in l.tokens:
        if t.text in ("(", "[", "{"):
            depth += 1
        elif t.text in (")", "]", "}"):
            depth -= 1
        elif depth == 0 and t.text == ":":
            return t.line
    return l.last


def _params_of(l: LogicalLine) -> list[tuple[str, str]]:
    toks = l.tokens
    open_ = next((i for i, t in enumerate(toks) if t.text == "("), -1)
    params: list[tuple[str, str]] = []
    depth = 0
    expect_name = True
    star = ""
    i = open_ + 1
    while open_ >= 0 and i < len(toks):
        t = toks[i]
        if t.text in ("(", "[", "{"):
            depth += 1
        elif t.text in (")", "]", "}"):
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t.text == ",":
            expect_name = True
            star = ""
        elif depth == 0 and expect_name and t.text == "*":
            star = "**" if star == "*" and toks[i - 1].text == "*" else "*"
        elif depth == 0 and expect_name and t.kind == "name":
            params.append((t.text, star))
            expect_name = False
        i += 1
    return params


# ---------------------------------------------------------------------------------- windows
BLOCK = 8  # windows cover fixed blocks of lines, so a header recurs while execution stays in one
AROUND_TOP = (2, 2)  # lines of margin (before, after) around the top frame's block
AROUND_CALLER = (1, 1)


def _block_start(line: int) -> int:
    return (line - 1) // BLOCK * BLOCK + 1


def choose_shown_lines(program: ProgramInfo, frames: list[Frame], budget: int,
                       cost: Callable[[int, str], int]) -> set[int]:
    """Lines to show, most important first, while their cost fits `budget`
    (model-runtime/source-window.ts chooseShownLines; the order is documented there)."""
    by_number = dict(program.lines)
    shown: dict[int, None] = {}  # insertion-ordered, like a JS Set
    used = 0

    def add(numbers: Iterable[int]) -> None:
        nonlocal used
        for n in numbers:
            if n not in by_number or n in shown:
                continue
            c = cost(n, by_number[n])
            if used + c > budget:
                continue
            shown[n] = None
            used += c

    inner = list(reversed(frames))  # innermost first
    first = program.line_numbers[0] if program.line_numbers else 1
    current = _block_start(inner[0][1] if inner else first)

    def near(a: int, b: int) -> list[int]:
        return [n for n in program.line_numbers if a <= n <= b]

    def definition(name: str, line: int) -> Definition | None:
        return None if name == "<module>" else program.definition_at(line)

    for i, (name, line) in enumerate(inner):
        d = definition(name, line)
        before, after = AROUND_TOP if i == 0 else AROUND_CALLER
        start = _block_start(line)
        lines = [n for n in near(start - before, start + BLOCK - 1 + after) if d is None or n <= d.end]
        add(([d.line] if d else []) + lines)
    for name, line in inner:
        d = definition(name, line)
        if d:
            add(near(d.line, d.end))
    add(d.line for d in program.definitions)
    add(sorted(program.line_numbers, key=lambda n: (abs(n - current), n)))
    return set(shown)


def in_view(shown: set[int] | frozenset[int] | None, frames: list[Frame]) -> bool:
    """Whether every frame's line is shown (otherwise the runtime refocuses the header)."""
    return shown is None or all(line in shown for _, line in frames)


def header_ids(enc, source: str, call: str | None, breakpoints, exception_filters, program: ProgramInfo | None,
               frames: list[Frame], max_header: int) -> tuple[list[int], set[int] | None]:
    """Header token ids: the whole source when it fits `max_header` tokens, else a window of
    lines around `frames` (model-runtime/prompt-header.ts headerIds). `shown` is None when
    the whole source is shown. `program` may be None: it is made when needed."""
    rendered = _header_lines(source)
    full = enc.encode(tf.render_header_lines(rendered, call, breakpoints, exception_filters))
    if len(full) <= max_header:
        return full, None
    program = program or ProgramInfo(source)
    overhead = len(enc.encode(tf.render_header_lines([], call, breakpoints, exception_filters)))

    def cost(number: int, text: str) -> int:
        return len(enc.encode([tf.escape(f"{number} {text}\n")]))

    # BPE across line boundaries may differ slightly from the per-line sum: shrink until it fits
    budget = max_header - overhead
    while budget > 0:
        shown = choose_shown_lines(program, frames, budget, cost)
        ids = enc.encode(tf.render_header_lines(rendered, call, breakpoints, exception_filters, shown=shown))
        if len(ids) <= max_header:
            return ids, shown
        budget -= 8
    return enc.encode(tf.render_header_lines(rendered, call, breakpoints, exception_filters, shown=set())), set()


@functools.lru_cache(maxsize=16)
def _header_lines(source: str) -> list[tuple[int, str]]:
    """The numbered lines a header writes (render_header's), kept for the windows of one program."""
    return tf.source_lines(tf.canonical_quotes(source))


def _callee(call: str) -> str | None:
    """The function an entry call names, `f(...)` or a bare `f` (session.ts entryStack's
    /^\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?:\\(|$)/u)."""
    rest = call.lstrip()
    n = 0
    while n < len(rest) and (rest[n] == "_" or unicodedata.category(rest[n])[0] in ("L", "N") and
                             (n > 0 or unicodedata.category(rest[n])[0] == "L")):
        n += 1
    after = rest[n:].lstrip()
    return rest[:n] if n > 0 and (after == "" or after.startswith("(")) else None


def entry_stack(program: ProgramInfo, call: str | None) -> list[Frame] | None:
    """The first stop's stack as the source fixes it (session.ts entryStack): the script's
    first line, or the entry function's first body line (its def line if the body is only a
    docstring); None when the call is not of a top-level function."""
    if call is None:
        return [("<module>", program.line_numbers[0])] if program.line_numbers else None
    name = _callee(call)
    d = program.entry_function(name) if name is not None else None
    if d is None:
        return None
    own = [n for n in program.frame_lines.get(d.name, ()) if d.header_end < n <= d.end]
    return [(d.name, min(own) if own else d.line)]


def entry_focus(program: ProgramInfo, call: str | None) -> list[Frame]:
    """Where a session's first window is focused (session.ts entryFocus)."""
    return entry_stack(program, call) or [("<module>", program.line_numbers[0] if program.line_numbers else 1)]


def focus_of(stop) -> list[Frame]:
    """A stop's frames as a focus (semantics.Stop: stack of (name, line, activation))."""
    return [(name, line) for name, line, _ in stop.stack]
