"""Program families. Each module has `generate(builder) -> Program`; the weights are the default mix."""
from __future__ import annotations

from . import basic, classes, exceptions, functional, helpers, recursion, scripts
from ..v2 import family as people

FAMILIES = {
    "basic": basic.generate,
    "helpers": helpers.generate,
    "recursion": recursion.generate,
    "classes": classes.generate,
    "exceptions": exceptions.generate,
    "script": scripts.generate,
    "functional": functional.generate,
    "people": lambda b: people.generate(b.rng),  # generator v2: text idioms, not typed fragments
}
DEFAULT_MIX = {"basic": 40, "helpers": 12, "recursion": 10, "classes": 10, "exceptions": 10, "script": 10,
               "functional": 8}
# v2 mix: people-like modules, with the v1 families kept so the v1 distribution is not forgotten.
V2_MIX = {"people": 60, "basic": 12, "helpers": 5, "recursion": 5, "classes": 6, "exceptions": 5, "script": 4,
          "functional": 3}
MIXES = {"v1": DEFAULT_MIX, "v2": V2_MIX}
# v2 modules are longer than v1 programs: 30-150 lines as people's files are.
MAX_SOURCE_LINES = {"people": 150}


def generate_program(rng, family: str, max_source_lines: int | None = None, tries: int = 8):
    """A program of the family that is not degenerate and fits the line budget; the rng's
    state alone decides it (retries draw from the same rng)."""
    from ..builder import Builder
    from ..gates import source_lines
    from ..quality import is_degenerate

    if max_source_lines is None:
        max_source_lines = MAX_SOURCE_LINES.get(family, 25)
    program = None
    for _ in range(tries):
        program = FAMILIES[family](Builder(rng))
        if source_lines(program.source) <= max_source_lines and not is_degenerate(program.source):
            return program
    return program
