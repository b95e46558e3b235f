PAIRS = {")": "(", "]": "[", "}": "{"}


def first_unbalanced_bracket(text: str) -> int | None:
    """Index of the first bracket that has no partner, or None if all match.

    Brackets inside single or double quotes are ignored.
    """
    stack = []
    quote = None
    for index, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            stack.append((ch, index))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return index
            stack.pop()

    return stack[0][1] if stack else None

# dev cases
first_unbalanced_bracket('call(a[1], "x)", {k: v)')
first_unbalanced_bracket("f(g[0]) + {'a': (1, 2)}")
