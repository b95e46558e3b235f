"""Build token datasets from generated programs: `python -m training dataset`.

Reads the generator's JSONL shards, samples debugger trajectories from each trace, cuts them
into windows (training/windows.py) and writes, per split:
  tokens.u16  rows of `ctx` token ids (padded with <|pad|>)
  mask.u8     1 where the token is part of a predicted stop (the loss positions)
  stops.jsonl one line per window: its program and the scored stops (for evaluation)
  info.json   counts and the recipe
Deterministic for a given seed.
"""
from __future__ import annotations

import argparse
import glob
import json
import multiprocessing as mp
import os
import random
import sys
import time
import zlib

import numpy as np

from .semantics import stops_of
from .tokenizer import SegmentEncoder, load_tokenizer
from .tracer import Trace
from .trajectories import sample_trajectory
from .windows import windows_of

_worker: dict = {}


def _init(tokenizer_path: str, ctx: int, max_header: int, seed: int) -> None:
    _worker.update(enc=SegmentEncoder(load_tokenizer(tokenizer_path)), ctx=ctx, max_header=max_header, seed=seed)


def program_windows(line: str) -> tuple[str, list]:
    rec = json.loads(line)
    trace = Trace.from_json(rec["trace"])
    rng = random.Random(zlib.crc32(rec["id"].encode()) ^ _worker["seed"])
    # Bigger traces get more windows. Trajectories run long and are cut once the wanted windows
    # are full: windows padded half-empty would waste training compute.
    wanted = max(1, min(3, len(stops_of(trace)) // 12))
    out = []
    for _ in range(4):
        if len(out) >= wanted:
            break
        traj = sample_trajectory(trace, rec["call"], rng, max_steps=40 * wanted)  # ~35 stops fill a window
        if traj is None:
            break
        for w in windows_of(traj, rec["source"], rec["call"], _worker["enc"], _worker["ctx"], _worker["max_header"],
                            max_windows=wanted - len(out)):
            out.append((w.ids, [(s.action, s.start, s.end, s.components, s.task) for s in w.stops]))
    return rec["id"] + "\t" + rec.get("family", ""), out


def build_split(files: list[str], out_dir: str, tokenizer: str, ctx: int, max_header: int, seed: int,
                workers: int, limit: int | None) -> dict:
    os.makedirs(out_dir, exist_ok=True)
    lines = (line for f in files for line in open(f, encoding="utf-8") if line.strip())
    if limit:
        lines = (x for _, x in zip(range(limit), lines))
    n_windows = n_tokens = n_scored = n_programs = 0
    t0 = time.time()
    with open(os.path.join(out_dir, "tokens.u16"), "wb") as ftok, open(os.path.join(out_dir, "mask.u8"), "wb") as fmask, \
            open(os.path.join(out_dir, "stops.jsonl"), "w") as fstops, \
            mp.Pool(workers, initializer=_init, initargs=(tokenizer, ctx, max_header, seed)) as pool:
        for key, wins in pool.imap(program_windows, lines, chunksize=16):
            n_programs += 1
            pid, family = key.split("\t")
            for ids, stops in wins:
                row = np.zeros(ctx, dtype=np.uint16)
                row[: len(ids)] = ids
                mask = np.zeros(ctx, dtype=np.uint8)
                for _, a, b, _, _ in stops:
                    mask[a:b] = 1
                ftok.write(row.tobytes())
                fmask.write(mask.tobytes())
                fstops.write(json.dumps({"program": pid, "family": family, "len": len(ids), "stops": stops}) + "\n")
                n_windows += 1
                n_tokens += len(ids)
                n_scored += int(mask.sum())
            if n_programs % 2000 == 0:
                print(f"  {out_dir}: {n_programs} programs, {n_windows} windows, "
                      f"{n_programs / (time.time() - t0):.0f} programs/s", file=sys.stderr, flush=True)
    info = {"ctx": ctx, "max_header": max_header, "programs": n_programs, "windows": n_windows, "tokens": n_tokens, "scored_tokens": n_scored,
            "fill": n_tokens / max(1, n_windows * ctx), "seed": seed, "seconds": round(time.time() - t0, 1)}
    with open(os.path.join(out_dir, "info.json"), "w") as f:
        json.dump(info, f, indent=1)
    return info


def load_split(path: str, ctx: int) -> tuple[np.ndarray, np.ndarray]:
    tokens = np.memmap(os.path.join(path, "tokens.u16"), dtype=np.uint16, mode="r").reshape(-1, ctx)
    mask = np.memmap(os.path.join(path, "mask.u8"), dtype=np.uint8, mode="r").reshape(-1, ctx)
    return tokens, mask


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", required=True, help="generator output folder (with train/ val/ test/ shards)")
    p.add_argument("--tokenizer", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--ctx", type=int, default=512)
    p.add_argument("--max-header", type=int, default=320, help="header budget (tokens): longer programs get source windows, as at run time")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--splits", default="train,val,test")
    p.add_argument("--limit", type=int, default=None, help="at most this many programs per split")


def run(args: argparse.Namespace) -> int:
    for split in args.splits.split(","):
        files = sorted(glob.glob(os.path.join(args.data, split, "*.jsonl")))
        if not files:
            print(f"error: no {split} shards in {args.data}/{split}/", file=sys.stderr)
            return 2
        info = build_split(files, os.path.join(args.out, split), args.tokenizer, args.ctx, args.max_header,
                           args.seed + (0 if split == "train" else 1), args.workers, args.limit)
        print(split, json.dumps(info))
    return 0
