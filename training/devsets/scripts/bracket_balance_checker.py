"""Check brackets and inline markdown markers in short snippets."""
from typing import Optional

PAIRS = {")": "(", "]": "[", "}": "{"}
OPENERS = set(PAIRS.values())
MARKERS = ("**", "`", "_")


def first_bracket_error(text: str) -> Optional[str]:
    """Describe the first unbalanced bracket, or None when all is well.

    >>> first_bracket_error("f(a[1])")
    >>> first_bracket_error("f(a[1)")
    "mismatch at 5: ')' closes '['"
    """
    stack: list[tuple[str, int]] = []
    for pos, ch in enumerate(text):
        if ch in OPENERS:
            stack.append((ch, pos))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {pos}"
            top, where = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch at {pos}: {ch!r} closes {top!r}"
    if stack:
        ch, pos = stack[-1]
        return f"unclosed {ch!r} from {pos}"
    return None


def unpaired_markers(text: str) -> list[str]:
    """Markdown markers that appear an odd number of times."""
    bad = []
    rest = text
    for marker in MARKERS:
        n = rest.count(marker)
        if n % 2:
            bad.append(marker)
        rest = rest.replace(marker, "")  # don't let '**' leftovers confuse later checks
    return bad


def check(line: str) -> str:
    problems = []
    err = first_bracket_error(line)
    if err:
        problems.append(err)
    problems += [f"odd {m!r}" for m in unpaired_markers(line)]
    return "; ".join(problems) if problems else "ok"


if __name__ == "__main__":
    snippets = [
        "Call `load(cfg[0])` first",
        "**Note:** see (section 2",
        "values = {a: [1, 2}]",
        "_italic_ and **bold** text",
        "oops) and `code",
    ]
    for i, s in enumerate(snippets, start=1):
        print(f"{i}. {s:<30} {check(s)}")
