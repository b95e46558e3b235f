"""Greedy reference tokens for the TypeScript runtime's parity test.

    python -m training.greedy_ref --model models/default --golden test/golden --out test/golden/greedy.json

For every golden prompt (history up to and including an action token, as in
export.golden_prompts) it writes the greedy tokens onnxruntime (Python, CPU) produces with the
caller-kept KV cache (export.OnnxStepper), and the model's sha256 so the test can tell when
the reference belongs to another model.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import traceformat as tf
from .export import OnnxStepper, greedy_onnx, sha256
from .model import GPTConfig


def prompts_of(golden_dir: str, ctx: int) -> list[dict]:
    out = []
    for name in sorted(os.listdir(golden_dir)):
        if not name.endswith(".json") or name == "greedy.json":
            continue
        with open(os.path.join(golden_dir, name), encoding="utf-8") as f:
            case = json.load(f)
        if "ids" not in case:
            raise SystemExit(f"error: {name} has no token ids: run `python -m training golden --tokenizer ...`")
        ids: list[int] = []
        for k, part in enumerate(case["ids"]):
            if len(ids) + 1 > ctx - 32:
                break
            if ids:
                out.append({"case": name[:-5], "part": k, "prompt": ids + part[:1]})
            ids = ids + part
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="models/default", help="exported model folder")
    p.add_argument("--golden", default="test/golden", help="golden vectors with ids for this model's tokenizer")
    p.add_argument("--out", default="test/golden/greedy.json")
    p.add_argument("--tokens", type=int, default=24, help="greedy tokens per prompt (stops early at <|eos|>)")
    args = p.parse_args(argv)
    with open(os.path.join(args.model, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    arch = manifest["architecture"]
    cfg = GPTConfig(vocab=arch["vocab"], ctx=arch["ctx"], d=arch["d"], n_layer=arch["n_layer"], n_head=arch["n_head"])
    onnx_path = os.path.join(args.model, "model.onnx")
    stepper = OnnxStepper(onnx_path, cfg)
    eos = tf.SPECIAL_TOKENS.index(tf.EOS)
    items = prompts_of(args.golden, cfg.ctx)
    for item in items:
        item["greedy"], _ = greedy_onnx(stepper, item["prompt"], args.tokens, eos)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"model_sha256": sha256(onnx_path), "tokens": args.tokens, "items": items}, f)
        f.write("\n")
    print(f"wrote {args.out}: {len(items)} prompts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
