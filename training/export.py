"""Export a trained run to the shipped model folder: `python -m training export`.

Writes model.onnx (incremental decoding with the KV cache kept by the caller, see
model.GPTStep), optionally an int8 weight-quantized variant, tokenizer.json, manifest.json
and the resumable PyTorch weights, then checks parity: PyTorch and onnxruntime logits within
1e-4 (per 10 of logit size) and identical greedy tokens on the golden prompts.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import warnings

import numpy as np
import torch

from . import traceformat as tf
from .golden import GOLDEN_DIR
from .model import GPT, GPTConfig, GPTStep


def io_names(cfg: GPTConfig) -> tuple[list[str], list[str]]:
    past = [f"past_{kv}_{i}" for i in range(cfg.n_layer) for kv in ("key", "value")]
    new = [f"new_{kv}_{i}" for i in range(cfg.n_layer) for kv in ("key", "value")]
    return ["input_ids"] + past, ["logits"] + new


def load_run(run_dir: str) -> tuple[GPT, dict]:
    ck = torch.load(os.path.join(run_dir, "ckpt.pt"), map_location="cpu")
    model = GPT(GPTConfig(**ck["config"]))
    model.load_state_dict(ck["model"])
    return model.eval(), ck


def export_onnx(model: GPT, path: str) -> None:
    cfg = model.cfg
    hd = cfg.d // cfg.n_head
    inputs, outputs = io_names(cfg)
    # distinct dummy sizes (T=5, P=7) so the exporter cannot confuse the dynamic axes
    ids = torch.randint(0, cfg.vocab, (1, 5))
    past = [torch.randn(1, cfg.n_head, 7, hd) for _ in range(2 * cfg.n_layer)]
    axes = {"input_ids": {1: "seq"}, "logits": {1: "seq"}}
    axes.update({n: {2: "past"} for n in inputs[1:]})
    axes.update({n: {2: "seq"} for n in outputs[1:]})
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(GPTStep(model).eval(), (ids, *past), path, input_names=inputs, output_names=outputs,
                          dynamic_axes=axes, opset_version=17, do_constant_folding=True, dynamo=False)


def quantize_int8(src: str, dst: str) -> None:
    """Per-channel int8 weights for every MatMul with a constant weight (dynamic activations)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(src, dst, weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"])


class OnnxStepper:
    """Greedy decoding with onnxruntime, the cache kept here (as the TypeScript runtime does)."""

    def __init__(self, path: str, cfg: GPTConfig):
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # matrices this small gain nothing from threads; two evals can run side by side
        self.sess = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        self.cfg = cfg
        self.inputs, _ = io_names(cfg)

    def run(self, ids: list[int], cache: list[np.ndarray] | None) -> tuple[np.ndarray, list[np.ndarray]]:
        cfg = self.cfg
        if cache is None:
            cache = [np.zeros((1, cfg.n_head, 0, cfg.d // cfg.n_head), np.float32) for _ in range(2 * cfg.n_layer)]
        feeds = {"input_ids": np.array([ids], dtype=np.int64), **dict(zip(self.inputs[1:], cache))}
        logits, *new = self.sess.run(None, feeds)
        return logits[0], [np.concatenate([c, n], axis=2) for c, n in zip(cache, new)]


def greedy_onnx(stepper: OnnxStepper, prompt: list[int], n: int, stop_id: int) -> tuple[list[int], np.ndarray]:
    logits, cache = stepper.run(prompt, None)
    first = logits.copy()
    out = []
    for _ in range(n):
        tok = int(logits[-1].argmax())
        out.append(tok)
        if tok == stop_id:
            break
        logits, cache = stepper.run([tok], cache)
    return out, first


@torch.no_grad()
def greedy_torch(model: GPT, prompt: list[int], n: int, stop_id: int) -> tuple[list[int], np.ndarray]:
    seq = list(prompt)
    first = model(torch.tensor([seq]))[0].numpy()
    out = []
    logits = first
    for _ in range(n):
        tok = int(logits[-1].argmax())
        out.append(tok)
        if tok == stop_id:
            break
        seq.append(tok)
        logits = model(torch.tensor([seq]))[0].numpy()
    return out, first


def golden_prompts(max_len: int) -> list[list[int]]:
    """Prompts cut from the golden vectors: everything up to and including each action token."""
    prompts = []
    for name in sorted(os.listdir(GOLDEN_DIR)):
        if not name.endswith(".json") or name == "greedy.json":
            continue
        case = json.load(open(os.path.join(GOLDEN_DIR, name), encoding="utf-8"))
        if "ids" not in case:
            raise SystemExit(f"error: {name} has no token ids: run `python -m training golden --tokenizer ...`")
        ids: list[int] = []
        for part in case["ids"]:
            if len(ids) + 1 > max_len - 32:
                break
            if len(ids) > 0:
                prompts.append(ids + part[:1])  # header/history + the action token
            ids = ids + part
    return prompts


def check_parity(model: GPT, onnx_path: str, tol: float | None, n_tokens: int = 24) -> dict:
    stepper = OnnxStepper(onnx_path, model.cfg)
    eos = tf.SPECIAL_TOKENS.index(tf.EOS)
    worst, scale, same, prompts = 0.0, 0.0, 0, golden_prompts(model.cfg.ctx)
    for p in prompts:
        t_tok, t_logits = greedy_torch(model, p, n_tokens, eos)
        o_tok, o_logits = greedy_onnx(stepper, p, n_tokens, eos)
        worst = max(worst, float(np.abs(t_logits - o_logits).max()))
        scale = max(scale, float(np.abs(t_logits).max()))
        same += t_tok == o_tok
    result = {"prompts": len(prompts), "max_abs_logit_diff": worst, "max_abs_logit": scale, "greedy_identical": same}
    if tol is not None and (worst > scaled_tolerance(tol, scale) or same != len(prompts)):
        raise SystemExit(f"error: parity failed for {onnx_path}: {result}")
    return result


def scaled_tolerance(tol: float, max_abs_logit: float) -> float:
    """fp32 rounding grows with the logits' size: `tol` holds for logits up to 10 and scales above."""
    return tol * max(1.0, max_abs_logit / 10)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--run", required=True, help="training run folder (ckpt.pt)")
    p.add_argument("--tokenizer", required=True)
    p.add_argument("--out", default="models/default")
    p.add_argument("--ship", choices=["fp32", "int8"], default="fp32",
                   help="which variant becomes model.onnx (fp32 ships: int8 was no faster in wasm, MODEL_CARD.md)")
    p.add_argument("--recipe", help="JSON file describing the data recipe (commands, seeds) for the manifest")


def run(args: argparse.Namespace) -> int:
    model, ck = load_run(args.run)
    # weights.pt keeps fp16 weights (half the bytes, so the folder stays under 25 MB); the graphs
    # come from the same rounded weights, so weights.pt re-exports to exactly model.onnx.
    model = model.half().float()
    os.makedirs(args.out, exist_ok=True)
    tmp32 = os.path.join(args.out, "model.fp32.onnx.tmp")
    export_onnx(model, tmp32)
    parity = {"fp32": check_parity(model, tmp32, tol=1e-4)}
    print("fp32 parity", parity["fp32"], flush=True)
    final = os.path.join(args.out, "model.onnx")
    if args.ship == "int8":
        tmp8 = os.path.join(args.out, "model.int8.onnx.tmp")
        quantize_int8(tmp32, tmp8)
        parity["int8"] = check_parity(model, tmp8, tol=None)
        print("int8 vs PyTorch", parity["int8"], flush=True)
        os.replace(tmp8, final)
        os.remove(tmp32)
    else:
        os.replace(tmp32, final)
    shutil.copyfile(args.tokenizer, os.path.join(args.out, "tokenizer.json"))
    # The weights needed to continue training (`train --init-from`; optimizer state omitted to stay small).
    torch.save({"model": {k: v.half() for k, v in model.state_dict().items()}, "config": model.cfg.to_json(), "step": ck["step"],
                "args": ck["args"]}, os.path.join(args.out, "weights.pt"))
    for f in ("training.png", "log.jsonl"):
        if os.path.exists(os.path.join(args.run, f)):
            shutil.copyfile(os.path.join(args.run, f), os.path.join(args.out, f))
    manifest_path = os.path.join(args.out, "manifest.json")
    old = json.load(open(manifest_path)) if os.path.exists(manifest_path) else {}
    cfg = model.cfg
    manifest = {
        "name": "neural-python-debugger-default",
        "format_version": tf.FORMAT_VERSION,
        "architecture": {"type": "gpt", **cfg.to_json(), "head_dim": cfg.d // cfg.n_head,
                         "parameters": model.n_params(), "positions": "learned absolute",
                         "onnx_io": dict(zip(("inputs", "outputs"), io_names(cfg))),
                         "cache": "caller keeps the KV cache; the graph returns only the new keys/values"},
        "weights": args.ship,
        "context": {"ctx": cfg.ctx, "max_header": ck["args"].get("max_header", 320)},
        "special_tokens": {t: i for i, t in enumerate(tf.SPECIAL_TOKENS)},
        "training": {"steps": ck["step"], "tokens": ck["step"] * ck["args"]["batch"] * cfg.ctx, "args": ck["args"]},
        "data_recipe": json.load(open(args.recipe)) if args.recipe else old.get("data_recipe"),
        "parity": parity,
        "eval": old.get("eval"),
        "files": {},
    }
    for f in ("model.onnx", "tokenizer.json", "weights.pt"):
        manifest["files"][f] = {"sha256": sha256(os.path.join(args.out, f)),
                                "bytes": os.path.getsize(os.path.join(args.out, f))}
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    total = sum(os.path.getsize(os.path.join(args.out, f)) for f in os.listdir(args.out))
    print(f"wrote {args.out}: {total / 1e6:.1f} MB", file=sys.stderr)
    return 0
