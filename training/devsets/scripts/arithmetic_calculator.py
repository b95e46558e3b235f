"""Tokenize and evaluate arithmetic strings like '2 * (3 + 4) - 5 / 2'.

Grammar (recursive descent):
    expr   := term (('+' | '-') term)*
    term   := factor (('*' | '/') factor)*
    factor := NUMBER | '-' factor | '(' expr ')'
"""
import re
from typing import NamedTuple

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


class Token(NamedTuple):
    kind: str   # 'num' or 'op'
    text: str


class CalcError(ValueError):
    pass


def tokenize(src: str) -> list[Token]:
    """
    >>> [t.text for t in tokenize("12+(3.5*2)")]
    ['12', '+', '(', '3.5', '*', '2', ')']
    """
    tokens = []
    for number, other in TOKEN_RE.findall(src):
        if number:
            tokens.append(Token("num", number))
        elif other in "+-*/()":
            tokens.append(Token("op", other))
        elif other.strip():
            raise CalcError(f"unexpected character {other!r}")
    return tokens


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos].text if self.pos < len(self.tokens) else None

    def take(self) -> Token:
        if self.pos >= len(self.tokens):
            raise CalcError("unexpected end of input")
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self) -> float:
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take().text
            rhs = self.factor()
            if op == "/" and rhs == 0:
                raise ZeroDivisionError("division by zero")
            value = value * rhs if op == "*" else value / rhs
        return value

    def factor(self) -> float:
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text)
        if tok.text == "-":
            return -self.factor()
        if tok.text == "(":
            value = self.expr()
            if self.take().text != ")":
                raise CalcError("expected ')'")
            return value
        raise CalcError(f"unexpected {tok.text!r}")


def evaluate(src: str) -> float:
    parser = Parser(tokenize(src))
    result = parser.expr()
    if parser.peek() is not None:
        raise CalcError(f"trailing input at token {parser.pos}")
    return result


if __name__ == "__main__":
    for line in ["1 + 2 * 3", "2 * (3 + 4) - 5 / 2", "-(4 - 10) * 1.5",
                 "8 / (3 - 3)", "2 +", "3 $ 4", "(1 + 2))"]:
        try:
            print(f"{line:<22} = {evaluate(line):g}")
        except (CalcError, ZeroDivisionError) as err:
            print(f"{line:<22} ! {type(err).__name__}: {err}")
