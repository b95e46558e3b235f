"""The program generator: determinism, validity of what it keeps, split disjointness, family
coverage, and the gates rejecting non-deterministic and non-terminating programs."""
from __future__ import annotations

import ast
import glob
import json
import os
import random
import subprocess
import sys

import pytest

from training.generator import dedup
from training.generator.builder import Program
from training.generator.cli import generate
from training.generator.families import DEFAULT_MIX, FAMILIES, generate_program
from training.generator.gates import GateConfig, check, trace_json
from training.tracer import Limits, Trace, trace

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "training", "tests", "data", "sample.jsonl")


def read_records(out: str) -> list[dict]:
    return [json.loads(line) for path in sorted(glob.glob(os.path.join(out, "*", "shard-*.jsonl")))
            for line in open(path, encoding="utf-8")]


def shard_bytes(out: str) -> dict[str, bytes]:
    return {os.path.relpath(p, out): open(p, "rb").read() for p in sorted(glob.glob(os.path.join(out, "*", "*.jsonl")))}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("gen") / "out")
    stats = generate(160, seed=11, out=out, mix=dict(DEFAULT_MIX), workers=2)
    return out, stats, read_records(out)


def test_same_seed_same_bytes_whatever_the_workers_and_hash_seed(run, tmp_path):
    out, _, _ = run
    again = str(tmp_path / "again")
    # Another process with another PYTHONHASHSEED and one worker: the generator must not depend on either.
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=ROOT)
    subprocess.run([sys.executable, "-m", "training", "generate", "--n", "160", "--seed", "11", "--out", again,
                    "--workers", "1", "--quiet"], check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    assert shard_bytes(again) == shard_bytes(out)


def test_another_seed_gives_other_programs(run, tmp_path):
    other = str(tmp_path / "other")
    generate(20, seed=12, out=other, mix=dict(DEFAULT_MIX), workers=1)
    assert {r["source"] for r in read_records(other)}.isdisjoint({r["source"] for r in run[2]})


def test_every_kept_program_parses_runs_and_matches_its_trace(run):
    _, stats, records = run
    assert len(records) == stats["kept"] == 160
    for r in records:
        ast.parse(r["source"])
        assert r["mode"] in ("function", "script")
        assert (r["call"] is None) == (r["mode"] == "script")
        assert r["trace"]["status"] in ("ok", "error")
        assert r["trace"]["status"] == "ok" or r["family"] == "exceptions"
        lines = sum(1 for e in r["trace"]["events"] if e["kind"] == "line")
        assert 0 < lines <= GateConfig.max_line_events
        assert "    " in r["source"] or r["mode"] == "script"  # 4-space indentation
    for r in records[::8]:  # the stored trace is what the tracer gives
        again = trace_json(trace(r["source"], r["call"], limits=GateConfig().limits))
        assert json.loads(json.dumps(again)) == r["trace"]


def test_no_structure_in_two_splits(run):
    _, stats, records = run
    by_split: dict[str, set] = {}
    for r in records:
        k = dedup.keys(r["source"], r["call"])
        assert dedup.split_of(k.structure) == r["split"]
        by_split.setdefault(r["split"], set()).add(k.structure)
    splits = list(by_split.values())
    assert all(a.isdisjoint(b) for i, a in enumerate(splits) for b in splits[i + 1:])
    assert stats["diversity"]["structures_shared_between_splits"] == 0
    assert len({dedup.keys(r["source"], r["call"]).dedup for r in records}) == len(records)


def test_a_named_mix_stands_for_its_weights():
    from training.generator.cli import parse_mix
    from training.generator.families import V2_MIX

    assert parse_mix("v2") == V2_MIX and parse_mix("v1") == DEFAULT_MIX
    assert parse_mix("people=1") == {"people": 1.0}


def test_every_family_appears_and_generates_valid_code(run):
    assert set(run[1]["families"]) == set(DEFAULT_MIX)
    for family in FAMILIES:
        rng = random.Random(family)
        for _ in range(15):
            p = generate_program(rng, family)
            ast.parse(p.source)
            if p.call:
                ast.parse(p.call, mode="eval")


def test_stats_and_report_are_written(tmp_path):
    out = str(tmp_path / "cli")
    subprocess.run([sys.executable, "-m", "training", "generate", "--n", "12", "--seed", "3", "--out", out,
                    "--families", "recursion=1,functional=1", "--quiet"], check=True, cwd=ROOT,
                   env=dict(os.environ, PYTHONPATH=ROOT), stdout=subprocess.DEVNULL)
    stats = json.load(open(os.path.join(out, "stats.json")))
    assert stats["kept"] == 12 and set(stats["families"]) <= {"recursion", "functional"}
    assert stats["throughput"]["kept_per_s"] > 0
    assert "## Diversity" in open(os.path.join(out, "REPORT.md")).read()
    assert all(r["text"].startswith("<|bos|>") for r in read_records(out))


def test_gate_rejects_a_program_that_follows_string_hashing():
    # Iterating a set of strings gives an order that changes with PYTHONHASHSEED.
    source = "def f(words):\n    out = []\n    for w in set(words):\n        out.append(w)\n    return out\n"
    words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu"]
    reason, _ = check(Program("basic", "function", source, f"f({words!r})"))
    assert reason == "nondeterministic"
    reason, _ = check(Program("basic", "function", source.replace("set(words)", "sorted(set(words))"), f"f({words!r})"))
    assert reason is None


def test_gate_rejects_a_program_that_does_not_terminate():
    source = "def f(n):\n    while n > 0:\n        n += 1\n    return n\n"
    config = GateConfig(limits=Limits(max_events=300, wall_time=2.0))
    assert check(Program("basic", "function", source, "f(1)"), config)[0] == "limit"
    assert check(Program("basic", "function", source, "f(0)"), config)[0] is None


def test_gate_checks_the_expected_status():
    source = "def f(xs):\n    return xs[0]\n"
    assert check(Program("basic", "function", source, "f([])"))[0] == "error"
    assert check(Program("exceptions", "function", source, "f([])", expect=("error",)))[0] is None
    assert check(Program("exceptions", "function", source, "f([1])", expect=("error",)))[0] == "expected_error"


def test_gate_rejects_long_traces_and_values():
    loop = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
    assert check(Program("basic", "function", loop, "f(200)"))[0] == "too_long"
    assert check(Program("basic", "function", "def f(s):\n    return s * 40\n", "f('abc')"))[0] == "long_value"


def test_dedup_keys_ignore_names_and_values_but_not_structure():
    a = dedup.keys("def f(xs):\n    total = 0\n    for x in xs:\n        total += x * 2\n    return total\n", "f([1, 2])")
    b = dedup.keys("def g(nums):\n    acc = 5\n    for n in nums:\n        acc += n * 7\n    return acc\n", "g([4, 9])")
    c = dedup.keys("def g(nums):\n    acc = 5\n    for n in nums:\n        acc -= n * 7\n    return acc\n", "g([4, 9])")
    d = dedup.keys("def g(nums):\n    acc = 5\n    for n in nums:\n        acc += n * 7\n    return acc\n", "g([])")
    assert a == b
    assert c.structure != a.structure
    assert d.structure == a.structure and d.dedup != a.dedup  # other input shape: kept, same split
    assert dedup.split_of(a.structure) == dedup.split_of(d.structure)


def test_fast_trace_json_matches_the_tracer():
    t = trace("def f(x):\n    y = [x, (1, 2)]\n    raise ValueError(y)\n", "f(3)")
    assert json.dumps(trace_json(t)) == json.dumps(t.to_json())


def test_committed_sample_loads():
    records = [json.loads(line) for line in open(SAMPLE, encoding="utf-8")]
    assert len(records) >= 40
    for r in records:
        Trace.from_json(r["trace"])
        assert set(r) >= {"id", "family", "mode", "source", "call", "split", "trace"}
