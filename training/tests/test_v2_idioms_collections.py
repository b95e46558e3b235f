"""Generator v2 collection idioms: each maker passes the gates and varies in structure."""
from __future__ import annotations

import pytest

from training.generator import dedup
from training.generator.v2 import check
from training.generator.v2.idioms_collections import MAKERS


def test_there_are_enough_collection_idioms():
    assert len(MAKERS) >= 18
    assert len({m.__name__ for m in MAKERS}) == len(MAKERS)


@pytest.mark.parametrize("maker", MAKERS, ids=lambda m: m.__name__)
def test_collection_idiom_passes_the_gates_and_varies(maker):
    verdicts, programs = check.run(maker, n=12)
    passed = sum(1 for _, reason, _ in programs if reason is None)
    assert passed >= 9, dict(verdicts)
    structures = {dedup.keys(p.source, p.call).structure for p, _, _ in programs}
    assert len(structures) >= 2
