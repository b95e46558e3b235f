"""The real-code dev set is consistent with its sources and never feeds training."""
import json
import os
import pathlib

from training.devsets import build

DEVSETS = pathlib.Path(build.HERE)
TRAINING = DEVSETS.parent


def test_functions_jsonl_is_up_to_date_and_big_enough():
    records, problems = build.function_records(str(DEVSETS / "functions"))
    assert problems == []
    committed = [json.loads(x) for x in open(DEVSETS / "functions.jsonl", encoding="utf-8")]
    assert committed == records, "run: python -m training.devsets.build"
    assert len({r["id"].split("/")[0] for r in records}) >= 150


def test_scripts_run_and_are_deterministic():
    scripts, problems = build.script_problems(str(DEVSETS / "scripts"))
    assert problems == []
    assert len(scripts) >= 30


def test_a_case_with_a_non_literal_argument_is_a_problem(tmp_path):
    (tmp_path / "bad.py").write_text("def f(x):\n    return x\n\n# dev cases\nf(len('ab'))\n")
    records, problems = build.function_records(str(tmp_path))
    assert records == [] and "is not a literal" in problems[0]


def test_no_training_module_reads_the_dev_set():
    for path in TRAINING.rglob("*.py"):
        if DEVSETS in path.parents or "tests" in path.parts:
            continue
        assert "devsets" not in path.read_text(encoding="utf-8"), f"{path} mentions the dev set"
