"""Whether a prediction is exactly one Python literal, before a scorer runs it.

Execution-based scoring (`assert <expected> == <prediction>`) is only honest when the
prediction is a value, not code: `1 or 2`, `f(x)`, `3, 'x'` (a bare tuple whose extra item
hides a wrong first one) and `[1][0]` must not pass. A prediction is accepted when it is one
line holding exactly one literal of this grammar (the same rules as
`model-runtime/cli/literal.ts`; both pass `test/fixtures/literal_cases.json`):

    literal := ['-' | '+'] number [('+' | '-') imaginary]
             | string+ (all str or all bytes; no f-strings)
             | None | True | False | set() | frozenset() | frozenset(container)
             | '(' ')' | '(' literal ')' | '(' literal ',' [literal (',' literal)* [',']] ')'
             | '[' [items] ']' | '{' '}' | '{' items '}' | '{' literal ':' literal (',' ...)* [','] '}'
    items   := literal (',' literal)* [',']

For input prediction the text is a call's argument list: literals, optionally `name=literal`.
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<string>(?:[rRuU]|[bB][rR]?|[rR][bB])?(?:'''(?:\\.|[^\\])*?'''|\"\"\"(?:\\.|[^\\])*?\"\"\"|'(?:\\.|[^\\'\n])*'|"(?:\\.|[^\\"\n])*"))
  | (?P<number>0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+
        |(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<punct>[-+()\[\]{},:=])
""", re.VERBOSE)

_CONSTANTS = {"None", "True", "False"}
# `01` is a syntax error in Python 3; `00`, `01.5`, `01e1` and `01j` are not
_NOT_A_DECIMAL = re.compile(r"0[0-9]*[1-9][0-9]*")


class NotALiteral(ValueError):
    pass


def _tokens(text: str) -> list[tuple[str, str]]:
    out, i = [], 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if not m:
            raise NotALiteral(f"unexpected {text[i]!r} at column {i + 1}")
        kind = m.lastgroup
        value = m.group()
        if kind == "number":
            plain_int = not re.search(r"[.eExXoObBjJ]", value)
            if plain_int and _NOT_A_DECIMAL.fullmatch(value.replace("_", "")):
                raise NotALiteral(f"{value} is not a number (leading zero)")
            if m.end() < len(text) and re.match(r"[A-Za-z_0-9.]", text[m.end()]):
                raise NotALiteral(f"unexpected {text[m.end()]!r} after {value}")
        if kind == "string":
            prefix = re.match(r"[A-Za-z]*", value).group()
            kind = "bytes" if "b" in prefix.lower() else "string"
        if kind != "ws":
            out.append((kind, value))
        i = m.end()
    return out


class _Parser:
    def __init__(self, text: str):
        if "\n" in text or "\r" in text:
            raise NotALiteral("a prediction is one line")
        self.toks = _tokens(text)
        self.i = 0

    def peek(self, k: int = 0) -> tuple[str, str]:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("end", "")

    def take(self, value: str) -> bool:
        if self.peek()[1] == value and self.peek()[0] in ("punct", "name"):
            self.i += 1
            return True
        return False

    def expect(self, value: str) -> None:
        if not self.take(value):
            got = self.peek()[1] or "the end"
            raise NotALiteral(f"expected {value!r}, got {got!r}")

    def end(self) -> None:
        if self.peek()[0] != "end":
            raise NotALiteral(f"unexpected {self.peek()[1]!r} after the value")

    def literal(self) -> None:
        kind, value = self.peek()
        if kind in ("string", "bytes"):
            while self.peek()[0] in ("string", "bytes"):
                if self.peek()[0] != kind:
                    raise NotALiteral("str and bytes literals cannot be joined")
                self.i += 1
            return
        if kind == "number" or value in ("-", "+"):
            self.number()
            return
        if kind == "name":
            self.i += 1
            if value in _CONSTANTS:
                return
            if value in ("set", "frozenset"):
                self.expect("(")
                if value == "frozenset" and not self.take(")"):
                    if self.peek()[1] not in ("[", "(", "{"):
                        raise NotALiteral("frozenset() takes a list, tuple or set literal")
                    self.literal()
                    self.expect(")")
                elif value == "set":
                    self.expect(")")
                return
            raise NotALiteral(f"{value} is a name, not a value")
        if self.take("("):
            if self.take(")"):
                return
            self.literal()
            if self.take(")"):
                return
            self.expect(",")
            self.items(")")
            return
        if self.take("["):
            self.items("]")
            return
        if self.take("{"):
            self.braces()
            return
        raise NotALiteral(f"unexpected {value or 'end'!r}")

    def number(self) -> None:
        if self.peek()[1] in ("-", "+"):
            self.i += 1
        kind, value = self.peek()
        if kind != "number":
            raise NotALiteral("a sign must be followed by a number")
        self.i += 1
        if value[-1] in "jJ":
            return
        if self.peek()[1] in ("-", "+") and self.peek(1)[0] == "number" and self.peek(1)[1][-1] in "jJ":
            self.i += 2

    def items(self, close: str) -> None:
        """literal (',' literal)* [','] close, or just close."""
        while not self.take(close):
            self.literal()
            if not self.take(","):
                self.expect(close)
                return

    def braces(self) -> None:
        if self.take("}"):
            return
        self.literal()
        if self.take(":"):
            self.literal()
            while self.take(","):
                if self.take("}"):
                    return
                self.literal()
                self.expect(":")
                self.literal()
            self.expect("}")
            return
        if not self.take(","):
            self.expect("}")
            return
        self.items("}")

    def arguments(self) -> None:
        """Argument list of a call: literals, then `name=literal`s; a trailing comma is allowed."""
        keywords = False
        while self.peek()[0] != "end":
            if self.peek()[0] == "name" and self.peek(1)[1] == "=":
                self.i += 2
                keywords = True
            elif keywords:
                raise NotALiteral("a positional argument follows a keyword argument")
            self.literal()
            if not self.take(","):
                break
        self.end()


def check_value(text: str) -> None:
    """Raise NotALiteral (with the reason) unless `text` is exactly one literal."""
    p = _Parser(text.strip())
    if p.peek()[0] == "end":
        raise NotALiteral("empty prediction")
    p.literal()
    p.end()


def check_arguments(text: str) -> None:
    """Raise NotALiteral unless `text` is a call's argument list of literals (maybe empty)."""
    _Parser(text.strip()).arguments()  # empty: a call without arguments


def is_value(text: str) -> bool:
    try:
        check_value(text)
        return True
    except NotALiteral:
        return False


def is_arguments(text: str) -> bool:
    try:
        check_arguments(text)
        return True
    except NotALiteral:
        return False
