import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()^,]))")


def tokenize_expression(source: str) -> list[tuple[str, str]]:
    """Split a calculator expression into (kind, text) tokens."""
    tokens = []
    pos = 0
    source = source.rstrip()
    while pos < len(source):
        match = TOKEN_RE.match(source, pos)
        if not match:
            raise SyntaxError(f"unexpected character {source[pos]!r} at {pos}")
        number, name, op = match.groups()
        if number:
            tokens.append(("NUM", number))
        elif name:
            tokens.append(("NAME", name))
        else:
            tokens.append(("OP", op))
        pos = match.end()
    return tokens

# dev cases
tokenize_expression("avg**2 - 4.5")
tokenize_expression(" rate*(1+ 7) ")
