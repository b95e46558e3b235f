"""Held-out evaluation: `python -m training eval --model models/default [--json]`.

1. Next stop: on held-out generated programs (the generator's test split, never trained on),
   sample debugger trajectories as in training, and for every action decode the model's
   greedy prediction given the true history; compare it with the true stop as a whole
   (exact match) and per component: kind, line, stack, each local of the top frame, return
   value, exception, stdout. Reported per action and per task.
2. Output prediction (from the entry call, step_out to the exit) and input prediction (from the
   result, back_to_call to the arguments), scored by execution:
   `assert <expected output> == <predicted output>`, `assert f(<predicted input>) == <expected output>`.
   A prediction is run only if it is exactly one literal (training/literal.py).
   Programs too long for the header budget get the runtime's source windows
   (training/source_window.py), in both parts, as a session would show them.
   `--dataset FILE.jsonl` runs them on any file of `{code, input, output, id[, fn]}` records.
"""
from __future__ import annotations

import argparse
import ast
import glob
import itertools
import json
import os
import random
import sys
import time
import zlib
from collections import defaultdict

import numpy as np

from . import source_window as sw
from . import traceformat as tf
from .export import OnnxStepper
from .literal import is_arguments, is_value
from .model import GPTConfig
from .semantics import Stop
from .tokenizer import SegmentEncoder, load_tokenizer
from .tracer import Limits, Trace, trace
from .trajectories import sample_trajectory
from .windows import RESERVE_TOKENS, windows_of

COMPONENTS = ("kind", "line", "stack", "locals", "value", "exception", "stdout")


class Model:
    """The shipped model: ONNX weights, tokenizer, manifest."""

    def __init__(self, model_dir: str):
        manifest_path = os.path.join(model_dir, "manifest.json")
        if not os.path.exists(manifest_path):
            raise SystemExit(f"error: {manifest_path}: no such file (is {model_dir} a model folder?)")
        self.manifest = json.load(open(manifest_path))
        if self.manifest["format_version"] != tf.FORMAT_VERSION:
            raise SystemExit(f"error: {manifest_path}: format version {self.manifest['format_version']}, "
                             f"this code reads {tf.FORMAT_VERSION}")
        arch = self.manifest["architecture"]
        self.cfg = GPTConfig(vocab=arch["vocab"], ctx=arch["ctx"], d=arch["d"], n_layer=arch["n_layer"],
                             n_head=arch["n_head"])
        self.stepper = OnnxStepper(os.path.join(model_dir, "model.onnx"), self.cfg)
        self.enc = SegmentEncoder(load_tokenizer(os.path.join(model_dir, "tokenizer.json")))
        self.eos = self.enc.special[tf.EOS]
        self.max_header = self.manifest["context"]["max_header"]

    def greedy(self, cache, logits, max_tokens: int = 160) -> list[int]:
        """Greedy tokens until <|eos|>, from a cache and the logits of its last position."""
        out: list[int] = []
        for _ in range(max_tokens):
            tok = int(logits[-1].argmax())
            out.append(tok)
            if tok == self.eos or len(out) == max_tokens or cache[0].shape[2] + 1 >= self.cfg.ctx:
                break
            logits, cache = self.stepper.run([tok], cache)
        return out

    def prefill(self, ids: list[int], cache=None):
        return self.stepper.run(ids, cache)

    def decode_stop(self, ids: list[int], prev_frames, keys) -> tf.ParsedStop | None:
        text = self.enc.decode(ids)
        try:
            return tf.parse_stop(tf.split_segments(text), prev_frames, lambda: next(keys))
        except (tf.FormatError, ValueError):
            return None


# ------------------------------------------------------------------------------ next stop
def compare(truth: Stop, pred: tf.ParsedStop | None) -> dict[str, float | None]:
    """Per-component scores (1/0, locals as a fraction) and `exact` for the whole stop.
    value / exception / stdout / locals are None (not applicable) when neither side has one."""
    t = truth.to_json()
    if pred is None:  # not even well-formed: every component counts as wrong
        return {"exact": 0.0, **{c: 0.0 for c in COMPONENTS}}
    p = pred.to_json()
    t_top = t["stack"][-1]["locals"] if t["stack"] else {}
    p_top = p["stack"][-1]["locals"] if p["stack"] else {}
    names = set(t_top) | set(p_top)
    present = lambda key: bool(t[key]) or bool(p[key]) or t[key] != p[key]
    scores: dict[str, float | None] = {
        "kind": float(t["kind"] == p["kind"]),
        "line": float(t["line"] == p["line"]),
        "stack": float([(f["name"], f["line"]) for f in t["stack"]] == [(f["name"], f["line"]) for f in p["stack"]]),
        "locals": sum(t_top.get(n) == p_top.get(n) for n in names) / len(names) if names else None,
        "value": float(t["value"] == p["value"]) if present("value") else None,
        "exception": float(t["exception"] == p["exception"]) if present("exception") else None,
        "stdout": float(t["stdout"] == p["stdout"]) if present("stdout") else None,
    }
    all_locals = [f["locals"] for f in t["stack"]] == [f["locals"] for f in p["stack"]]
    scores["exact"] = float(all(v in (None, 1.0) for v in scores.values()) and all_locals)
    return scores


def eval_next_stop(model: Model, records: list[dict], seed: int) -> dict:
    by_action: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    by_task: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for rec in records:
        t = Trace.from_json(rec["trace"])
        rng = random.Random(zlib.crc32(rec["id"].encode()) ^ seed)
        traj = sample_trajectory(t, rec["call"], rng, max_steps=rng.randint(8, 40))
        if traj is None:
            continue
        truths = ([("step_into", traj.start)] if traj.at_entry else []) + traj.steps
        windows = windows_of(traj, rec["source"], rec["call"], model.enc, model.cfg.ctx, model.max_header)
        stops = iter(truths)
        prev_true: Stop | None = None if traj.at_entry else traj.start
        for w in windows:
            cache = None
            pos = 0
            for scored in w.stops:
                action, truth = next(stops)
                logits, cache = model.prefill(w.ids[pos:scored.start], cache)  # history + action token
                keys = itertools.count()
                prev_frames = tf.frames_of(prev_true) if prev_true is not None else []
                pred = model.decode_stop(model.greedy(cache, logits), prev_frames, keys)
                s = compare(truth, pred)
                for k, v in s.items():
                    if v is None:
                        continue
                    by_action[scored.action if scored.task != "entry" else "entry"][k].append(v)
                    by_task[scored.task][k].append(v)
                # teacher forcing: the true stop becomes history
                logits, cache = model.prefill(w.ids[scored.start:scored.end], cache)
                pos = scored.end
                prev_true = truth
    summarize = lambda table: {a: {c: round(float(np.mean(comps[c])), 4) if comps[c] else None
                                   for c in ("exact",) + COMPONENTS} | {"n": len(comps["exact"])}
                               for a, comps in sorted(table.items())}
    return {"by_action": summarize(by_action), "by_task": summarize(by_task)}


# ------------------------------------------------------------------------------ output / input prediction
def function_params(code: str, name: str) -> list[str] | None:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            a = node.args
            return [x.arg for x in a.posonlyargs + a.args] + ([a.vararg.arg] if a.vararg else [])
    return None


def window_header(model: Model, code: str, call: str | None, frames: list[tuple[str, int]],
                  budget: int) -> tuple[list[int], set[int] | None]:
    """The header a session shows for this focus: the whole source when it fits `budget`,
    else a source window (training/source_window.py, as model-runtime/prompt-header.ts)."""
    return sw.header_ids(model.enc, code, call, (), (), None, frames, budget)


def predict_output(model: Model, code: str, call: str) -> str | None:
    """As Predictor.predictOutput: the session's first window is focused on the entry; if the
    predicted entry stop is out of view (or the window is nearly full), step_out starts a new
    window refocused on it, with the entry as the snapshot."""
    program = sw.ProgramInfo(code)
    header, shown = window_header(model, code, call, sw.entry_focus(program, call), model.max_header)
    into = model.enc.special[tf.ACTION_TOKENS["step_into"]]
    out = model.enc.special[tf.ACTION_TOKENS["step_out"]]
    logits, cache = model.prefill(header + [into])
    keys = itertools.count()
    entry_ids = model.greedy(cache, logits)
    entry = model.decode_stop(entry_ids, [], keys)
    if entry is None:
        return None
    focus = [(f.name, f.line) for f in entry.frames]
    room = model.cfg.ctx - (len(header) + 1 + len(entry_ids))
    if sw.in_view(shown, focus) and room >= 1 + RESERVE_TOKENS:
        logits, cache = model.prefill(entry_ids + [out], cache)
    else:
        snapshot = model.enc.encode(tf.render_frames(entry.kind, entry.frames, [], entry.value, entry.exception,
                                                     entry.stdout))
        budget = min(model.max_header, model.cfg.ctx - len(snapshot) - 1 - RESERVE_TOKENS)
        header, _ = window_header(model, code, call, focus, budget)
        logits, cache = model.prefill(header + snapshot + [out])
    exit_stop = model.decode_stop(model.greedy(cache, logits), entry.frames, keys)
    return exit_stop.value if exit_stop is not None and exit_stop.kind == "exit" else None


def predict_input(model: Model, code: str, func: str, output: str) -> str | None:
    """As Predictor.predictInput: a window whose snapshot is the exit (no frames, so the
    header of a long program is focused on its first lines), then `<|bcall|>`."""
    params = function_params(code, func)
    if params is None:
        return None
    snapshot = model.enc.encode([tf.KIND_TOKENS["exit"], tf.RV, tf.escape(output), tf.EOS])
    budget = min(model.max_header, model.cfg.ctx - len(snapshot) - 1 - RESERVE_TOKENS)
    header, _ = window_header(model, code, func, [], budget)
    bcall = model.enc.special[tf.ACTION_TOKENS["back_to_call"]]
    logits, cache = model.prefill(header + snapshot + [bcall])
    entry = model.decode_stop(model.greedy(cache, logits), [], itertools.count())
    if entry is None or not entry.frames:
        return None
    args = entry.frames[-1].locals
    if any(p not in args for p in params):
        return None
    return ", ".join(args[p] for p in params)


def passes(program: str) -> bool:
    """Run an assertion program in the tracer's sandbox (forked child, time limit)."""
    return trace(program, limits=Limits(max_events=200_000, wall_time=5.0)).status == "ok"


def eval_io(model: Model, items: list[dict], log_every: int = 0) -> dict:
    """items: {code, func, input (argument text), output (repr)}"""
    out_pass = in_pass = 0
    for i, it in enumerate(items):
        pred = predict_output(model, it["code"], f"{it['func']}({it['input']})")
        # only a prediction that is exactly one literal is run (training/literal.py)
        if pred is not None and is_value(pred) and passes(f"assert ({it['output']}) == ({pred})"):
            out_pass += 1
        pred_in = predict_input(model, it["code"], it["func"], it["output"])
        if (pred_in is not None and is_arguments(pred_in)
                and passes(f"{it['code']}\nassert {it['func']}({pred_in}) == ({it['output']})")):
            in_pass += 1
        if log_every and (i + 1) % log_every == 0:
            print(f"  io {i + 1}/{len(items)}", file=sys.stderr, flush=True)
    n = max(1, len(items))
    return {"n": len(items), "output_pass@1": round(out_pass / n, 4), "input_pass@1": round(in_pass / n, 4)}


def io_items_from_records(records: list[dict]) -> list[dict]:
    """Call-mode held-out programs that returned a value which is a Python literal."""
    items = []
    for rec in records:
        t = rec["trace"]
        if rec["call"] is None or t["status"] != "ok" or t["result"] is None:
            continue
        func = tf.call_name(rec["call"])
        try:
            ast.literal_eval(t["result"])
        except (ValueError, SyntaxError):
            continue
        if func and "." not in func:
            items.append({"code": rec["source"], "func": func, "input": rec["call"][len(func):].strip()[1:-1],
                          "output": t["result"], "id": rec["id"]})
    return items


def load_records(data_dir: str, split: str, limit: int) -> list[dict]:
    files = sorted(glob.glob(os.path.join(data_dir, split, "*.jsonl")))
    if not files:
        raise SystemExit(f"error: no {split} shards in {data_dir}/{split}/")
    lines = (json.loads(x) for f in files for x in open(f, encoding="utf-8") if x.strip())
    return list(itertools.islice(lines, limit))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", default="models/default")
    p.add_argument("--data", default="data/gen", help="generator output; its test split is used")
    p.add_argument("--split", default="test")
    p.add_argument("--programs", type=int, default=400, help="held-out programs for next-stop accuracy")
    p.add_argument("--io-programs", type=int, default=200, help="held-out programs for output/input prediction")
    p.add_argument("--dataset", help="a {code, input, output, id} JSONL file: output and input prediction only")
    p.add_argument("--limit", type=int, default=None, help="with --dataset: at most this many records")
    p.add_argument("--seed", type=int, default=12345)
    p.add_argument("--json", action="store_true")
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown (for the model card)")
    p.add_argument("--write-manifest", action="store_true",
                   help="store the results (with this command) in the model's manifest.json")


def run(args: argparse.Namespace) -> int:
    model = Model(args.model)
    t0 = time.time()
    result: dict = {"model": args.model, "command": "python -m training eval " + " ".join(sys.argv[2:])}
    if args.dataset:
        recs = [json.loads(x) for x in open(args.dataset, encoding="utf-8") if x.strip()][: args.limit]
        items = [{"code": r["code"], "func": r.get("fn", "f"), "input": r["input"], "output": r["output"], "id": r.get("id")}
                 for r in recs]
        result["dataset"] = {"file": args.dataset, **eval_io(model, items, log_every=50)}
    else:
        records = load_records(args.data, args.split, max(args.programs, args.io_programs * 3))
        result["next_stop"] = eval_next_stop(model, records[: args.programs], args.seed)
        result["io"] = eval_io(model, io_items_from_records(records)[: args.io_programs])
    result["seconds"] = round(time.time() - t0, 1)
    if args.write_manifest:
        path = os.path.join(args.model, "manifest.json")
        manifest = json.load(open(path))
        manifest.setdefault("eval", {})
        manifest["eval"] = manifest["eval"] or {}
        manifest["eval"]["dataset" if args.dataset else "held_out"] = result
        with open(path, "w") as f:
            json.dump(manifest, f, indent=1)
            f.write("\n")
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_table(result, markdown=args.markdown)
    return 0


def print_table(result: dict, markdown: bool = False) -> None:
    cols = ["", "n", "exact", *COMPONENTS]

    def row(cells: list[str]) -> str:
        if markdown:
            return "| " + " | ".join(cells) + " |"
        return f"{cells[0]:14}" + "".join(f"{c:>10}" for c in cells[1:])

    def pct(x: float | None) -> str:
        return "-" if x is None else (f"{100 * x:.1f}%" if markdown else f"{x:.3f}")

    if "next_stop" in result:
        for table in ("by_action", "by_task"):
            print(f"\nnext stop, {table.replace('_', ' ')}\n")
            print(row(cols))
            if markdown:
                print("|" + "---|" * len(cols))
            for a, s in result["next_stop"][table].items():
                print(row([a, str(s["n"]), pct(s["exact"]), *(pct(s[c]) for c in COMPONENTS)]))
    for key in ("io", "dataset"):
        if key in result:
            print(f"\n{key}: " + json.dumps(result[key]))
    print(f"\n({result['seconds']} s)")
