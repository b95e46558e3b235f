"""Program families. Each module has `generate(builder) -> Program`; the weights are the default mix."""
from __future__ import annotations

from . import basic, classes, exceptions, functional, helpers, recursion, scripts

FAMILIES = {
    "basic": basic.generate,
    "helpers": helpers.generate,
    "recursion": recursion.generate,
    "classes": classes.generate,
    "exceptions": exceptions.generate,
    "script": scripts.generate,
    "functional": functional.generate,
}
DEFAULT_MIX = {"basic": 40, "helpers": 12, "recursion": 10, "classes": 10, "exceptions": 10, "script": 10,
               "functional": 8}


def generate_program(rng, family: str, max_source_lines: int = 25, tries: int = 8):
    """A program of the family that is not degenerate and fits the line budget; the rng's
    state alone decides it (retries draw from the same rng)."""
    from ..builder import Builder
    from ..gates import source_lines
    from ..quality import is_degenerate

    program = None
    for _ in range(tries):
        program = FAMILIES[family](Builder(rng))
        if source_lines(program.source) <= max_source_lines and not is_degenerate(program.source):
            return program
    return program
