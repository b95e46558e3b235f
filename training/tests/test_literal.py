"""The scorer's literal check (training/literal.py) on the cases TypeScript shares."""
import ast
import json
import os

from training.literal import is_arguments, is_value

CASES = json.load(open(os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "literal_cases.json"),
                       encoding="utf-8"))


def test_values_match_the_shared_cases():
    wrong = [c["text"] for c in CASES["values"] if is_value(c["text"]) != c["ok"]]
    assert wrong == []


def test_arguments_match_the_shared_cases():
    wrong = [c["text"] for c in CASES["arguments"] if is_arguments(c["text"]) != c["ok"]]
    assert wrong == []


def test_every_accepted_value_is_one_python_expression_without_names_or_operators():
    for c in CASES["values"]:
        if not c["ok"]:
            continue
        tree = ast.parse(c["text"].strip(), mode="eval")
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.BoolOp, ast.Compare, ast.Subscript, ast.Attribute, ast.Lambda)), c
            if isinstance(node, ast.Call):
                assert isinstance(node.func, ast.Name) and node.func.id in ("set", "frozenset"), c
            if isinstance(node, ast.Name):
                assert node.id in ("set", "frozenset"), c


def test_the_cases_cover_both_verdicts():
    for group in ("values", "arguments"):
        verdicts = {c["ok"] for c in CASES[group]}
        assert verdicts == {True, False}
