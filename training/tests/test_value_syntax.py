"""The canonical value grammar's Python twin (training/value_syntax.py) on the vectors it shares
with model-runtime/value-syntax.ts: test/fixtures/canonical_values.json."""
import ast
import importlib.util
import json
import os
import sys

from training.canon import canon
from training.value_syntax import ValueChecker, is_canonical_value

HERE = os.path.dirname(__file__)
CASES = json.load(open(os.path.join(HERE, "..", "..", "test", "fixtures", "canonical_values.json"), encoding="utf-8"))


def _maker():
    spec = importlib.util.spec_from_file_location("make_canonical_values", os.path.join(HERE, "make_canonical_values.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_vectors_cover_both_verdicts():
    assert len(CASES) >= 300
    assert sum(c["valid"] for c in CASES) > 100
    assert sum(not c["valid"] for c in CASES) > 100


def test_the_checker_agrees_with_every_vector():
    wrong = [(c["value"], c["valid"], c["note"]) for c in CASES if is_canonical_value(c["value"]) != c["valid"]]
    assert wrong == []


def test_every_valid_literal_is_what_canon_writes_for_it():
    """A valid case that parses as a Python literal is canon's own text for that literal."""
    literals = 0
    for c in CASES:
        v = c["value"]
        if not c["valid"] or "..." in v or "j" in v:
            continue  # cut values and cycle markers are no literals; complex reprs do not round-trip through -0
        try:
            parsed = ast.literal_eval(v)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            # not a literal: a call or <...> form, a dotted name or a name canon writes bare
            assert v.startswith("<") or "(" in v or "[" in v or "." in v or v in ("inf", "-inf", "nan", "Ellipsis", "NotImplemented"), v
            continue
        literals += 1
        assert canon(parsed) == v, v
    assert literals > 100


def test_canon_output_of_the_vector_values_is_accepted_on_this_python():
    """Fresh canon() output (this interpreter's reprs, which may differ from the file's) passes."""
    refused = [canon(v) for v in _maker().python_values() if not is_canonical_value(canon(v))]
    assert refused == []


def test_no_prefix_of_a_valid_value_is_refused():
    for c in CASES:
        if not c["valid"]:
            continue
        checker = ValueChecker()
        for i, b in enumerate(c["value"].encode("utf-8")):
            assert checker.push(b), (c["value"], i)
        assert checker.complete(), c["value"]


def test_clones_are_independent():
    a = ValueChecker()
    for b in b"[{'a': (1":
        a.push(b)
    b = a.clone()
    assert all(b.push(x) for x in b",)}]") and b.complete()
    assert not a.complete()
    assert not a.push(ord("]"))
