"""Train the model on CPU: `python -m training train --data DS --out RUN [--steps N]`.

Resumable: RUN/ckpt.pt holds the model, optimizer, step and config; running the same command
again continues the same schedule where the last run stopped (checkpoints every few minutes
and on SIGINT/SIGTERM). Logs go to RUN/log.jsonl, the plot to RUN/training.png.
bf16 autocast, 2 threads; run under tcmalloc (scripts/train.sh sets LD_PRELOAD).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

from .dataset import load_split
from .model import GPT, GPTConfig


def lr_at(step: int, total: int, peak: float, warmup: int, floor: float = 0.1, start: int = 0) -> float:
    """Linear warmup, then cosine decay to `floor` x the peak at `total`. A continuation of a
    finished run starts its own warmup and decay at step `start`."""
    step, total = step - start, total - start
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return peak * (floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress)))


def batch_rows(step: int, batch: int, n_rows: int, seed: int) -> np.ndarray:
    """Rows of step `step`: a fresh seeded permutation per epoch, so resuming is exact."""
    start = step * batch
    epoch, offset = divmod(start, n_rows)
    rows = []
    while len(rows) < batch:
        perm = np.random.default_rng(seed + epoch).permutation(n_rows)
        take = perm[offset: offset + batch - len(rows)]
        rows.extend(take.tolist())
        epoch, offset = epoch + 1, 0
    return np.array(rows)


def loss_on(model: GPT, tokens: np.ndarray, mask: np.ndarray) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Cross-entropy on the masked (predicted-stop) positions. Returns loss, logits, targets."""
    x = torch.from_numpy(tokens.astype(np.int64))
    m = torch.from_numpy(mask.astype(np.bool_))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = model(x[:, :-1])
    targets = x[:, 1:]
    weights = m[:, 1:]
    loss = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), targets.reshape(-1), reduction="none")
    loss = (loss * weights.reshape(-1)).sum() / weights.sum().clamp(min=1)
    return loss, logits, targets


def trim_padding(tokens: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The batch cut after its last scored token: the model is causal, so the padding after it
    changes no loss and only costs compute (short windows are common at a long context)."""
    scored = np.flatnonzero(mask.any(axis=0))
    end = int(scored[-1]) + 1 if len(scored) else 2
    return tokens[:, :end], mask[:, :end]


@torch.no_grad()
def evaluate(model: GPT, tokens: np.ndarray, mask: np.ndarray, stops_meta: list[dict], batch: int) -> dict:
    """Held-out loss and teacher-forced next-stop exact match (= greedy decoding exact match
    given the true history: every token of the stop is the argmax)."""
    model.eval()
    losses, exact, line_exact, total = [], 0, 0, 0
    for a in range(0, len(tokens), batch):
        tk, mk = np.asarray(tokens[a:a + batch]), np.asarray(mask[a:a + batch])
        loss, logits, targets = loss_on(model, tk, mk)
        losses.append(loss.item())
        ok = (logits.argmax(-1) == targets).numpy()  # ok[t] : token t+1 predicted right
        for r, meta in enumerate(stops_meta[a:a + batch]):
            for _, start, end, comps, _ in meta["stops"]:
                total += 1
                exact += bool(ok[r, start - 1:end - 1].all())
                ps, pe = comps["position"]
                line_exact += bool(ok[r, ps - 1:pe - 1].all())
    model.train()
    return {"val_loss": float(np.mean(losses)), "stop_exact": exact / max(1, total),
            "position_exact": line_exact / max(1, total), "val_stops": total}


def record_schedule(run_args: dict, step: int, args: argparse.Namespace) -> None:
    """Keep every learning-rate schedule the weights went through (a continuation adds one),
    so the manifest says how the shipped model was trained."""
    schedule = {"lr": args.lr, "warmup": args.warmup, "min_lr_ratio": args.min_lr_ratio,
                "schedule_from": args.schedule_from, "to_step": args.steps}
    schedules = run_args.setdefault("schedules", [])
    if not schedules or {k: schedules[-1][k] for k in schedule} != schedule:
        schedules.append({"from_step": step, **schedule})


def save_checkpoint(path: str, model: GPT, opt, step: int, args: dict) -> None:
    tmp = path + ".tmp"
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step, "config": model.cfg.to_json(),
                "args": args}, tmp)
    os.replace(tmp, path)  # atomic: a crash mid-write never loses the last checkpoint


def plot(run_dir: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [json.loads(x) for x in open(os.path.join(run_dir, "log.jsonl"))]
    tr = [r for r in rows if "loss" in r]
    ev = [r for r in rows if "val_loss" in r]
    fig, ax = plt.subplots(1, 2, figsize=(11, 4))
    ax[0].plot([r["tokens"] / 1e6 for r in tr], [r["loss"] for r in tr], lw=0.6, label="train")
    ax[0].plot([r["tokens"] / 1e6 for r in ev], [r["val_loss"] for r in ev], "o-", label="held-out")
    ax[0].set(xlabel="training tokens (M)", ylabel="loss (nats/token, stop tokens)", yscale="log")
    ax[0].legend()
    ax[1].plot([r["tokens"] / 1e6 for r in ev], [r["stop_exact"] for r in ev], "o-", label="next stop exact")
    ax[1].plot([r["tokens"] / 1e6 for r in ev], [r["position_exact"] for r in ev], "o-", label="next line+stack exact")
    ax[1].set(xlabel="training tokens (M)", ylabel="held-out accuracy (teacher forced)", ylim=(0, 1))
    ax[1].legend()
    fig.tight_layout()
    fig.savefig(os.path.join(run_dir, "training.png"), dpi=90)
    plt.close(fig)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", required=True, help="dataset folder from `python -m training dataset`")
    p.add_argument("--out", required=True, help="run folder (checkpoint, logs, plot); resumed if it exists")
    p.add_argument("--d", type=int, default=192)
    p.add_argument("--layers", type=int, default=6)
    p.add_argument("--heads", type=int, default=6)
    p.add_argument("--vocab", type=int, default=2048)
    p.add_argument("--ctx", type=int, default=512)
    p.add_argument("--steps", type=int, default=20_000)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--warmup", type=int, default=300)
    p.add_argument("--min-lr-ratio", type=float, default=0.1, help="the cosine ends at this fraction of --lr")
    p.add_argument("--schedule-from", type=int, default=0,
                   help="step where the warmup and cosine start (to continue a finished run with a new decay)")
    p.add_argument("--weight-decay", type=float, default=0.05)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--eval-every", type=int, default=500)
    p.add_argument("--eval-windows", type=int, default=512)
    p.add_argument("--checkpoint-minutes", type=float, default=5.0)
    p.add_argument("--max-minutes", type=float, default=None, help="stop (with a checkpoint) after this long")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--init-from", help="when OUT has no checkpoint, start from these weights (models/default/weights.pt): "
                                       "model and step restored, optimizer state fresh")


def grow_positions(state: dict, ctx: int) -> dict:
    """Weights for a longer context: positions past the old context start as copies of the old
    context's second half (late positions, not the window's start), and training tells them apart."""
    wpe = state["wpe.weight"].float()
    old = wpe.shape[0]
    if old == ctx:
        return state
    late = wpe[old // 2:]
    extra = late.repeat((ctx - old + len(late) - 1) // len(late), 1)[: ctx - old]
    return {**state, "wpe.weight": torch.cat([wpe, extra]).to(state["wpe.weight"].dtype)}


def dataset_max_header(data: str) -> int:
    """The header budget the dataset was cut with (the runtime must use the same one)."""
    with open(os.path.join(data, "train", "info.json")) as f:
        return json.load(f).get("max_header", 320)


def run(args: argparse.Namespace) -> int:
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "ckpt.pt")
    cfg = GPTConfig(vocab=args.vocab, ctx=args.ctx, d=args.d, n_layer=args.layers, n_head=args.heads)
    torch.manual_seed(args.seed)
    model = GPT(cfg)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr, betas=(0.9, 0.95))
    step = 0
    run_args = {**vars(args), "max_header": dataset_max_header(args.data)}
    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location="cpu")
        if ck["config"] != cfg.to_json():
            print(f"error: {ckpt_path} has config {ck['config']}, asked for {cfg.to_json()}", file=sys.stderr)
            return 2
        if ck["step"] >= args.steps:  # a later stage of the recipe already ran: leave its record alone
            print(f"{ckpt_path} is at step {ck['step']}, past --steps {args.steps}: nothing to do", flush=True)
            return 0
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        step = ck["step"]
        run_args = {**ck["args"], "steps": args.steps, "max_minutes": args.max_minutes}
        if args.data != run_args["data"]:
            # a run may move to a larger dataset; the manifest keeps where each stretch came from
            run_args["data_from_step"] = {**run_args.get("data_from_step", {run_args["data"]: 0}), args.data: step}
            run_args["data"] = args.data
            run_args["max_header"] = dataset_max_header(args.data)
        print(f"resuming {ckpt_path} at step {step}/{args.steps}", flush=True)
    elif args.init_from:
        if not os.path.isfile(args.init_from):
            print(f"error: --init-from {args.init_from}: no such file", file=sys.stderr)
            return 2
        ck = torch.load(args.init_from, map_location="cpu")
        if {**ck["config"], "ctx": cfg.ctx} != cfg.to_json() or ck["config"]["ctx"] > cfg.ctx:
            print(f"error: {args.init_from} has config {ck['config']}, asked for {cfg.to_json()} "
                  "(only the context may grow)", file=sys.stderr)
            return 2
        model.load_state_dict(grow_positions(ck["model"], cfg.ctx))
        step = ck["step"]
        print(f"starting from {args.init_from} at step {step}/{args.steps} (fresh optimizer state)", flush=True)
    record_schedule(run_args, step, args)
    print(f"model: {model.n_params() / 1e6:.2f}M parameters, {cfg}", flush=True)

    tokens, mask = load_split(os.path.join(args.data, "train"), cfg.ctx)
    vt, vm = load_split(os.path.join(args.data, "val"), cfg.ctx)
    val_meta = [json.loads(x) for _, x in zip(range(args.eval_windows), open(os.path.join(args.data, "val", "stops.jsonl")))]
    vt, vm = vt[: len(val_meta)], vm[: len(val_meta)]
    print(f"data: {len(tokens)} training windows, {len(val_meta)} held-out windows", flush=True)

    stop_requested = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop_requested.append(True))
    log = open(os.path.join(args.out, "log.jsonl"), "a")
    t_start = last_ckpt = time.time()
    t_log, tokens_since = time.time(), 0
    model.train()
    while step < args.steps and not stop_requested:
        rows = np.sort(batch_rows(step, args.batch, len(tokens), args.seed))
        lr = lr_at(step, args.steps, args.lr, args.warmup, args.min_lr_ratio, args.schedule_from)
        for g in opt.param_groups:
            g["lr"] = lr
        loss, _, _ = loss_on(model, *trim_padding(np.asarray(tokens[rows]), np.asarray(mask[rows])))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        tokens_since += args.batch * cfg.ctx
        if step % 50 == 0:
            dt = time.time() - t_log
            rec = {"step": step, "tokens": step * args.batch * cfg.ctx, "loss": round(loss.item(), 4), "lr": lr,
                   "tok_per_s": round(tokens_since / dt)}
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print(json.dumps(rec), flush=True)
            t_log, tokens_since = time.time(), 0
        if step % args.eval_every == 0 or step == args.steps:
            rec = {"step": step, "tokens": step * args.batch * cfg.ctx, **evaluate(model, vt, vm, val_meta, 32)}
            log.write(json.dumps(rec) + "\n")
            log.flush()
            print(json.dumps(rec), flush=True)
            plot(args.out)
        if time.time() - last_ckpt > args.checkpoint_minutes * 60:
            save_checkpoint(ckpt_path, model, opt, step, run_args)
            last_ckpt = time.time()
        if args.max_minutes and time.time() - t_start > args.max_minutes * 60:
            break
    save_checkpoint(ckpt_path, model, opt, step, run_args)
    print(f"checkpoint at step {step}/{args.steps}: {ckpt_path}", flush=True)
    return 0
