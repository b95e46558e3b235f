"""A hand-written JSON-like pretty printer (no json module).

Short containers stay on one line; longer ones are broken up with
indentation. Keys are printed in insertion order.
"""
from typing import Any

INDENT = 2
MAX_INLINE = 40
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


class UnsupportedType(TypeError):
    pass


def quote(text: str) -> str:
    """
    >>> quote('say "hi"')
    '"say \\\\"hi\\\\""'
    """
    return '"' + "".join(ESCAPES.get(ch, ch) for ch in text) + '"'


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):  # before int: bool is a subclass of int
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if value != value:
            raise UnsupportedType("NaN is not valid JSON")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    raise UnsupportedType(f"cannot encode {type(value).__name__}")


def inline(value: Any) -> str:
    if isinstance(value, dict):
        inner = ", ".join(f"{quote(str(k))}: {inline(v)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inline(v) for v in value) + "]"
    return scalar(value)


def pretty(value: Any, level: int = 0) -> str:
    flat = inline(value)
    if len(flat) + level * INDENT <= MAX_INLINE or not isinstance(value, (dict, list, tuple)):
        return flat
    pad = " " * (INDENT * (level + 1))
    if isinstance(value, dict):
        lines = [f"{pad}{quote(str(k))}: {pretty(v, level + 1)}" for k, v in value.items()]
        open_, close = "{", "}"
    else:
        lines = [pad + pretty(v, level + 1) for v in value]
        open_, close = "[", "]"
    return open_ + "\n" + ",\n".join(lines) + "\n" + " " * (INDENT * level) + close


def stats(value: Any, depth: int = 1) -> tuple[int, int]:
    """(number of scalars, maximum nesting depth)."""
    if isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, (list, tuple)):
        children = list(value)
    else:
        return 1, depth - 1
    counts = [stats(c, depth + 1) for c in children] or [(0, depth)]
    return sum(c for c, _ in counts), max(d for _, d in counts)


CONFIG = {
    "name": "photo-sync",
    "version": 3,
    "enabled": True,
    "retry": {"count": 5, "backoff": 1.5},
    "targets": [
        {"host": "nas.local", "paths": ["/photos", "/videos"], "secure": False},
        {"host": "backup.example.org", "paths": ["/archive"], "secure": True},
    ],
    "motd": 'Line one\nand "two"',
    "owner": None,
}

if __name__ == "__main__":
    print(pretty(CONFIG))
    scalars, depth = stats(CONFIG)
    print(f"{scalars} scalar values, nested {depth} deep")
    print(pretty([1, 2.5, "three", [], {}]))
    for bad in [{"when": (2024, 5)}, {"ratio": float("nan")}, {"tags": {"a", "b"}}]:
        try:
            print(pretty(bad))
        except UnsupportedType as err:
            print("error:", err)
