"""The shipped model (models/default): files intact, export parity, greedy reference current.

Quick (seconds, no training): re-exports the kept PyTorch weights to a temporary fp32 ONNX
graph and checks it against PyTorch, and checks the shipped graph against the stored greedy
reference that the TypeScript runtime's parity test also uses.
"""
import json
import os

import pytest
import torch

from training.export import OnnxStepper, check_parity, export_onnx, greedy_onnx, scaled_tolerance, sha256
from training.golden import ROOT
from training.model import GPT, GPTConfig
from training import traceformat as tf
from training.tokenizer import load_tokenizer

MODEL = os.path.join(ROOT, "models", "default")
MAX_BYTES = 25 * 1024 * 1024


def _manifest():
    path = os.path.join(MODEL, "manifest.json")
    assert os.path.exists(path), f"no shipped model: {path} is missing (scripts/train.sh makes it)"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def test_files_match_the_manifest_and_fit_the_size_budget():
    manifest = _manifest()
    assert manifest["format_version"] == tf.FORMAT_VERSION
    for name, info in manifest["files"].items():
        path = os.path.join(MODEL, name)
        assert os.path.getsize(path) == info["bytes"], name
        assert sha256(path) == info["sha256"], f"{name} differs from the manifest"
    total = sum(os.path.getsize(os.path.join(MODEL, f)) for f in os.listdir(MODEL))
    assert total <= MAX_BYTES, f"models/default is {total / 1e6:.1f} MB, over 25 MB"


def test_tokenizer_has_the_formats_special_tokens():
    load_tokenizer(os.path.join(MODEL, "tokenizer.json"))  # raises on any id mismatch
    manifest = _manifest()
    assert manifest["special_tokens"] == {t: i for i, t in enumerate(tf.SPECIAL_TOKENS)}


def test_eval_results_are_recorded_with_their_command():
    held_out = (_manifest().get("eval") or {}).get("held_out")
    assert held_out, "manifest.json has no held-out eval results"
    assert held_out["command"].startswith("python -m training eval")
    assert held_out["next_stop"]["by_action"]["step_over"]["n"] > 0


@pytest.fixture(scope="module")
def weights():
    ck = torch.load(os.path.join(MODEL, "weights.pt"), map_location="cpu")
    model = GPT(GPTConfig(**ck["config"]))
    model.load_state_dict(ck["model"])
    return model.eval()


def test_fp32_export_matches_pytorch(weights, tmp_path):
    path = str(tmp_path / "model.onnx")
    export_onnx(weights, path)
    result = check_parity(weights, path, tol=None, n_tokens=12)
    assert result["max_abs_logit_diff"] < scaled_tolerance(1e-4, result["max_abs_logit"]), result
    assert result["greedy_identical"] == result["prompts"], result


def test_shipped_graph_reproduces_the_greedy_reference():
    with open(os.path.join(ROOT, "test", "golden", "greedy.json"), encoding="utf-8") as f:
        ref = json.load(f)
    onnx_path = os.path.join(MODEL, "model.onnx")
    assert ref["model_sha256"] == sha256(onnx_path), "test/golden/greedy.json belongs to another model"
    arch = _manifest()["architecture"]
    stepper = OnnxStepper(onnx_path, GPTConfig(vocab=arch["vocab"], ctx=arch["ctx"], d=arch["d"],
                                               n_layer=arch["n_layer"], n_head=arch["n_head"]))
    eos = tf.SPECIAL_TOKENS.index(tf.EOS)
    for item in ref["items"]:
        tokens, _ = greedy_onnx(stepper, item["prompt"], ref["tokens"], eos)
        assert tokens == item["greedy"], f"{item['case']} part {item['part']}"


def test_golden_ids_are_the_shipped_tokenizers():
    from training.golden import CASES, build_case
    from training.tokenizer import SegmentEncoder

    encoder = SegmentEncoder(load_tokenizer(os.path.join(MODEL, "tokenizer.json")))
    for name in CASES:
        with open(os.path.join(ROOT, "test", "golden", name + ".json"), encoding="utf-8") as f:
            stored = json.load(f)
        assert stored.get("ids") == build_case(name, encoder)["ids"], f"{name}: run `python -m training golden`"
