"""Generator v2 text idioms: each maker passes the gates and varies in structure."""
from __future__ import annotations

import random
from unittest import mock

import pytest

from training.generator import dedup
from training.generator.v2 import check, family
from training.generator.v2.idioms_text import MAKERS


def test_there_are_enough_text_idioms():
    assert len(MAKERS) >= 12
    assert len({m.__name__ for m in MAKERS}) == len(MAKERS)


@pytest.mark.parametrize("maker", MAKERS, ids=lambda m: m.__name__)
def test_text_idiom_passes_the_gates_and_varies(maker):
    verdicts, programs = check.run(maker, n=12)
    passed = sum(1 for _, reason, _ in programs if reason is None)
    assert passed >= 9, dict(verdicts)
    structures = {dedup.keys(p.source, p.call).structure for p, _, _ in programs}
    assert len(structures) >= 2


def test_text_idioms_combine_in_one_module():
    """Two or three of these idioms in one program: their helpers and constants agree."""
    with mock.patch.object(family, "MAKERS", MAKERS):
        for i in range(60):
            family.generate(random.Random(f"combine:text:{i}"))
