"""Generate traced training programs: `python -m training generate --n N --seed S --out DIR`.

Writes DIR/{train,val,test}/shard-XXXXX.jsonl (one program per line: id, family, mode, source,
call, split, trace, text), DIR/stats.json and DIR/REPORT.md. The same seed, mix and gate
settings give byte-identical shards whatever --workers is. See docs/generator.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time

from ..tracer import Trace
from .dedup import SPLITS, split_of
from .families import DEFAULT_MIX, FAMILIES, MIXES
from .gates import GateConfig
from .pipeline import Deduper, candidates
from .report import Stats, markdown
from .text import trajectory_text


def parse_mix(text: str) -> dict[str, float]:
    """`basic=3,recursion=1`, `basic,recursion` (equal weights), or a named mix (`v1`, `v2`)."""
    if text in MIXES:
        return dict(MIXES[text])
    mix: dict[str, float] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, _, w = item.partition("=")
        if name not in FAMILIES:
            raise argparse.ArgumentTypeError(f"unknown family {name!r}; expected one of {', '.join(FAMILIES)}")
        try:
            mix[name] = float(w) if w else 1.0
        except ValueError:
            raise argparse.ArgumentTypeError(f"bad weight in {item!r}") from None
    if not mix or sum(mix.values()) <= 0:
        raise argparse.ArgumentTypeError("the mix needs at least one family with a positive weight")
    return mix


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--n", type=int, required=True, help="programs to keep")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", required=True, help="output directory (replaced)")
    p.add_argument("--families", type=parse_mix, default=dict(DEFAULT_MIX),
                   help="mix, e.g. basic=4,helpers=1, or v1 / v2 (default v1: %s)" % ",".join(f"{k}={v}" for k, v in DEFAULT_MIX.items()))
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--shard-size", type=int, default=10_000)
    p.add_argument("--max-line-events", type=int, default=GateConfig.max_line_events)
    p.add_argument("--no-text", action="store_true", help="leave out the sampled trajectory text")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")


class ShardWriter:
    def __init__(self, out: str, shard_size: int):
        self.out, self.shard_size = out, shard_size
        self.counts = {s: 0 for s in SPLITS}
        self.files: dict[str, object] = {}

    def write(self, split: str, line: str) -> None:
        n = self.counts[split]
        if n % self.shard_size == 0:
            if split in self.files:
                self.files[split].close()
            os.makedirs(os.path.join(self.out, split), exist_ok=True)
            path = os.path.join(self.out, split, f"shard-{n // self.shard_size:05d}.jsonl")
            self.files[split] = open(path, "w", encoding="utf-8")
        self.files[split].write(line + "\n")
        self.counts[split] = n + 1

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def generate(n: int, seed: int, out: str, mix: dict[str, float], workers: int = 2, shard_size: int = 10_000,
             config: GateConfig = GateConfig(), text: bool = True, progress=None) -> dict:
    """Runs the generator; returns the stats (also written to out/stats.json)."""
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    stats, deduper, writer = Stats(), Deduper(), ShardWriter(out, shard_size)
    t0 = last = time.time()
    stream = candidates(seed, mix, config, workers)
    try:
        for c in stream:
            if stats.kept >= n:
                break
            reason = deduper.verdict(c)
            if reason is not None:
                stats.reject(c.family, reason)
            else:
                record = {"id": f"s{seed}-{c.index:08d}", "family": c.family, "mode": c.program.mode,
                          "source": c.program.source, "call": c.program.call, "split": split_of(c.keys.structure),
                          "trace": c.trace}
                if text:
                    record["text"] = trajectory_text(record["id"], record["source"], record["call"],
                                                     Trace.from_json(c.trace))
                writer.write(record["split"], json.dumps(record, ensure_ascii=False))
                stats.keep(record, c.keys)
            if progress and time.time() - last > 2.0:
                last = time.time()
                progress(stats, last - t0)
    finally:
        stream.close()
        writer.close()
    seconds = time.time() - t0
    throughput = {"seconds": round(seconds, 1), "workers": workers,
                  "kept_per_s": round(stats.kept / seconds, 1), "candidates_per_s": round(stats.candidates / seconds, 1)}
    return stats.to_json(throughput)


def _progress(stats: Stats, elapsed: float) -> None:
    top = ", ".join(f"{r} {k}" for r, k in stats.rejected.most_common(5))
    print(f"\rkept {stats.kept} of {stats.candidates} candidates, {stats.kept / elapsed:.0f} programs/s "
          f"({stats.candidates / elapsed:.0f} candidates/s); rejected: {top}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    if args.n <= 0:
        print("error: --n must be positive", file=sys.stderr)
        return 2
    config = GateConfig(max_line_events=args.max_line_events)
    stats = generate(args.n, args.seed, args.out, args.families, args.workers, args.shard_size, config,
                     text=not args.no_text, progress=None if args.quiet else _progress)
    if not args.quiet:
        print(file=sys.stderr)
    stats["command"] = "python -m training generate " + " ".join(sys.argv[2:] if len(sys.argv) > 2 else [])
    with open(os.path.join(args.out, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, indent=1)
    with open(os.path.join(args.out, "REPORT.md"), "w", encoding="utf-8") as f:
        f.write(markdown(stats, stats["command"]))
    print(f"kept {stats['kept']} programs ({stats['splits']}) in {stats['throughput']['seconds']} s: "
          f"{stats['throughput']['kept_per_s']} programs/s -> {args.out}")
    return 0
