"""Training resumes where it stopped: a run interrupted and continued ends with the same weights
as one that ran straight through, and `--init-from` starts from exported weights.

A tiny model on the committed sample programs keeps this to seconds.
"""
from __future__ import annotations

import os
import shutil

import pytest
import torch

from training.__main__ import main

SAMPLE = os.path.join(os.path.dirname(__file__), "data", "sample.jsonl")
TINY = ["--d", "32", "--layers", "1", "--heads", "2", "--vocab", "512", "--batch", "2", "--warmup", "2",
        "--eval-every", "1000", "--eval-windows", "4"]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    for split in ("train", "val"):
        os.makedirs(root / "gen" / split)
        shutil.copy(SAMPLE, root / "gen" / split / "shard-00000.jsonl")
    tok = str(root / "tokenizer.json")
    assert main(["tokenizer", "--data", str(root / "gen"), "--out", tok, "--vocab", "512"]) == 0
    assert main(["dataset", "--data", str(root / "gen"), "--tokenizer", tok, "--out", str(root / "ds"),
                 "--splits", "train,val", "--workers", "1"]) == 0
    return str(root / "ds")


def train(dataset: str, out: str, steps: int, *extra: str) -> dict:
    assert main(["train", "--data", dataset, "--out", out, "--steps", str(steps), *TINY, *extra]) == 0
    return torch.load(os.path.join(out, "ckpt.pt"), map_location="cpu")


def test_a_resumed_run_matches_one_that_ran_straight_through(dataset, tmp_path, capsys):
    straight = train(dataset, str(tmp_path / "straight"), 6)
    train(dataset, str(tmp_path / "resumed"), 3)
    capsys.readouterr()
    resumed = train(dataset, str(tmp_path / "resumed"), 6)
    assert "at step 3/6" in capsys.readouterr().out  # it continued rather than starting over
    assert resumed["step"] == straight["step"] == 6
    for name, value in straight["model"].items():
        assert torch.allclose(value, resumed["model"][name], atol=1e-6), name


def test_init_from_starts_at_the_exported_step_with_its_weights(dataset, tmp_path):
    first = train(dataset, str(tmp_path / "first"), 3)
    weights = str(tmp_path / "weights.pt")
    torch.save({"model": first["model"], "config": first["config"], "step": first["step"]}, weights)
    continued = train(dataset, str(tmp_path / "continued"), 3, "--init-from", weights)
    assert continued["step"] == 3  # nothing left to do: the weights pass through untouched
    for name, value in first["model"].items():
        assert torch.equal(value, continued["model"][name]), name
    later = train(dataset, str(tmp_path / "later"), 5, "--init-from", weights)
    assert later["step"] == 5
    assert any(not torch.equal(value, later["model"][name]) for name, value in first["model"].items())


def test_resuming_with_another_dataset_records_where_it_switched(dataset, tmp_path):
    out = str(tmp_path / "run")
    train(dataset, out, 2)
    other = str(tmp_path / "ds-copy")
    shutil.copytree(dataset, other)
    ck = train(other, out, 4)
    assert ck["args"]["data"] == other
    assert ck["args"]["data_from_step"] == {dataset: 0, other: 2}


def test_init_from_a_shorter_context_keeps_its_positions_and_starts_the_new_ones_as_late_ones(dataset, tmp_path):
    first = train(dataset, str(tmp_path / "first"), 3)
    short = {**first["model"], "wpe.weight": first["model"]["wpe.weight"][:256].clone()}
    weights = str(tmp_path / "short.pt")
    torch.save({"model": short, "config": {**first["config"], "ctx": 256}, "step": 3}, weights)
    grown = train(dataset, str(tmp_path / "grown"), 3, "--init-from", weights)["model"]["wpe.weight"]
    assert grown.shape[0] == 512
    assert torch.equal(grown[:256], short["wpe.weight"])
    assert torch.equal(grown[256:384], short["wpe.weight"][128:]) and torch.equal(grown[384:], short["wpe.weight"][128:])


def test_init_from_weights_of_another_shape_is_refused(dataset, tmp_path, capsys):
    first = train(dataset, str(tmp_path / "first"), 1)
    weights = str(tmp_path / "w.pt")
    torch.save({"model": first["model"], "config": {**first["config"], "d": 64}, "step": 1}, weights)
    assert main(["train", "--data", dataset, "--out", str(tmp_path / "x"), "--steps", "2", *TINY,
                 "--init-from", weights]) == 2
    assert "only the context may grow" in capsys.readouterr().err


def test_a_continuation_schedule_warms_up_from_its_start_and_decays_to_its_floor():
    from training.train import lr_at

    assert lr_at(0, 100, 1.0, 10) == pytest.approx(0.1)
    assert lr_at(100, 100, 1.0, 10) == pytest.approx(0.1)  # the default floor: 10% of the peak
    assert lr_at(50, 150, 0.2, 10, floor=0.05, start=50) == pytest.approx(0.02)  # first warmup step
    assert lr_at(59, 150, 0.2, 10, floor=0.05, start=50) == pytest.approx(0.2)  # the new peak
    assert lr_at(150, 150, 0.2, 10, floor=0.05, start=50) == pytest.approx(0.01)


def test_a_continuation_records_its_schedule_next_to_the_first(dataset, tmp_path):
    train(dataset, str(tmp_path / "run"), 3)
    ck = train(dataset, str(tmp_path / "run"), 5, "--schedule-from", "3", "--lr", "1e-3", "--min-lr-ratio", "0.05")
    assert [s["from_step"] for s in ck["args"]["schedules"]] == [0, 3]
    assert ck["args"]["schedules"][1] == {"from_step": 3, "lr": 1e-3, "warmup": 2, "min_lr_ratio": 0.05,
                                         "schedule_from": 3, "to_step": 5}


def test_an_earlier_stage_run_again_leaves_a_later_checkpoint_untouched(dataset, tmp_path, capsys):
    later = train(dataset, str(tmp_path / "run"), 4)
    capsys.readouterr()
    again = train(dataset, str(tmp_path / "run"), 2, "--lr", "1e-4")
    assert "nothing to do" in capsys.readouterr().out
    assert again["step"] == 4 and again["args"] == later["args"]


def test_trimming_the_padding_leaves_the_loss_unchanged(dataset):
    import numpy as np

    from training.dataset import load_split
    from training.model import GPT, GPTConfig
    from training.train import loss_on, trim_padding

    tokens, mask = load_split(os.path.join(dataset, "train"), 512)
    tk, mk = np.asarray(tokens[:4]), np.asarray(mask[:4])
    cut_tk, cut_mk = trim_padding(tk, mk)
    assert cut_tk.shape[1] < tk.shape[1] and cut_mk[:, -1].any()
    torch.manual_seed(0)
    model = GPT(GPTConfig(vocab=512, ctx=512, d=32, n_layer=1, n_head=2))
    full, _, _ = loss_on(model, tk, mk)
    cut, _, _ = loss_on(model, cut_tk, cut_mk)
    assert abs(full.item() - cut.item()) < 2e-3  # bf16 autocast: equal up to rounding
