"""Two tiny encoders: a Caesar shift and run-length encoding.

Used to obfuscate short status messages before logging them.
"""
import string
from itertools import groupby

SHIFT = 3
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def shift_char(ch: str, shift: int) -> str:
    """Rotate a single letter; leave everything else alone."""
    if ch in LOWER:
        return LOWER[(LOWER.index(ch) + shift) % 26]
    if ch in UPPER:
        return UPPER[(UPPER.index(ch) + shift) % 26]
    return ch


def caesar(text: str, shift: int = SHIFT) -> str:
    """
    >>> caesar("abc xyz")
    'def abc'
    """
    return "".join(shift_char(c, shift) for c in text)


def rle_encode(text: str) -> str:
    """Collapse runs: 'aaab' -> '3a1b'."""
    parts = []
    for ch, run in groupby(text):
        parts.append(f"{len(list(run))}{ch}")
    return "".join(parts)


def rle_decode(encoded: str) -> str:
    out = []
    count = ""
    for ch in encoded:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count))
            count = ""
    return "".join(out)


if __name__ == "__main__":
    messages = ["Hello, World!", "Attack at dawn", "zzz"]
    for msg in messages:
        secret = caesar(msg)
        back = caesar(secret, -SHIFT)
        print(f"{msg!r:18} -> {secret!r:18} ok={back == msg}")

    for raw in ["aaabccdddd", "WWWWBWW", "xyz"]:
        packed = rle_encode(raw)
        print(f"{raw:<12}{packed:<12}{rle_decode(packed) == raw}")
