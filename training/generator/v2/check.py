"""Checks an idiom maker the way the generation run would: programs built around it alone,
traced through the gates. Used by the idiom tests and when writing a new idiom:

    python -m training.generator.v2.check idioms_text.word_counts [N]
"""
from __future__ import annotations

import importlib
import random
import sys
from collections import Counter
from unittest import mock

from .. import gates
from . import family


def run(maker, n: int = 20, seed: str = "check") -> tuple[Counter, list]:
    """Gate verdicts of n programs whose only idiom is `maker`, and the programs."""
    verdicts: Counter = Counter()
    programs = []
    with mock.patch.object(family, "MAKERS", [maker]):
        for i in range(n):
            program = family.generate(random.Random(f"{seed}:{maker.__name__}:{i}"))
            reason, trace = gates.check(program)
            verdicts[reason or (trace.status if trace else "ok")] += 1
            programs.append((program, reason, trace))
    return verdicts, programs


def main(argv: list[str]) -> None:
    module, name = argv[0].rsplit(".", 1)
    maker = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    verdicts, programs = run(maker, int(argv[1]) if len(argv) > 1 else 20)
    program, reason, trace = programs[0]
    print(program.source + (f"# call: {program.call}\n" if program.call else ""))
    print(dict(verdicts))
    for program, reason, trace in programs:
        if reason:
            print(f"--- rejected: {reason}\n{program.source}# call: {program.call}")
            break


if __name__ == "__main__":
    main(sys.argv[1:])
