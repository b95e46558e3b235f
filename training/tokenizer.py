"""BPE tokenizer over the trace format (HF `tokenizers`), loadable from TypeScript.

Digits are split one by one (arithmetic and line numbers stay compositional), text is
byte-level (any character round-trips), and the format's markers are special tokens.
Prompts are encoded segment by segment (`encode_segments`): free text never contains a
special token (traceformat.escape), so this equals encoding the joined string.
"""
from __future__ import annotations

from typing import Iterable

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from .traceformat import SPECIAL_TOKENS, Segment

_SPECIAL = set(SPECIAL_TOKENS)


def new_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Digits(individual_digits=True),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
    ])
    tok.decoder = decoders.ByteLevel()
    return tok


def train_tokenizer(texts: Iterable[str], vocab_size: int) -> Tokenizer:
    tok = new_tokenizer()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,  # ids 0..len-1, in this order
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def load_tokenizer(path: str) -> Tokenizer:
    tok = Tokenizer.from_file(path)
    for i, t in enumerate(SPECIAL_TOKENS):
        if tok.token_to_id(t) != i:
            raise ValueError(f"{path}: special token {t} should have id {i}, has {tok.token_to_id(t)}")
    return tok


class SegmentEncoder:
    """Encodes segments with a cache: headers and common stops repeat a lot."""

    def __init__(self, tok: Tokenizer, cache_size: int = 200_000):
        self.tok = tok
        self.special = {t: tok.token_to_id(t) for t in SPECIAL_TOKENS}
        self.cache: dict[str, list[int]] = {}
        self.cache_size = cache_size

    def encode(self, segs: list[Segment]) -> list[int]:
        ids: list[int] = []
        for s in segs:
            sid = self.special.get(s)
            if sid is not None:
                ids.append(sid)
                continue
            cached = self.cache.get(s)
            if cached is None:
                cached = self.tok.encode(s, add_special_tokens=False).ids
                if len(self.cache) < self.cache_size:
                    self.cache[s] = cached
            ids.extend(cached)
        return ids

    def decode(self, ids: list[int]) -> str:
        return self.tok.decode(ids, skip_special_tokens=False)


# ---------------------------------------------------------------------------------- command
def add_arguments(p) -> None:
    p.add_argument("--data", required=True, help="generator output folder; its train/ shards are sampled")
    p.add_argument("--out", required=True, help="tokenizer.json to write")
    p.add_argument("--vocab", type=int, default=2048)
    p.add_argument("--programs", type=int, default=20_000, help="programs sampled for training the merges")
    p.add_argument("--seed", type=int, default=0)


def run(args) -> int:
    import glob
    import json
    import os
    import random

    from . import traceformat as tf
    from .tracer import Trace
    from .trajectories import sample_trajectory

    files = sorted(glob.glob(os.path.join(args.data, "train", "*.jsonl")))
    if not files:
        raise SystemExit(f"error: no training shards in {args.data}/train/")

    def texts():
        rng = random.Random(args.seed)
        n = 0
        for f in files:
            for line in open(f, encoding="utf-8"):
                if n >= args.programs:
                    return
                rec = json.loads(line)
                traj = sample_trajectory(Trace.from_json(rec["trace"]), rec["call"], rng, max_steps=30)
                if traj is None:
                    continue
                segs = tf.render_header(rec["source"], rec["call"], traj.breakpoints, traj.exception_filters)
                segs += tf.render_stop(traj.start, None)
                prev = traj.start
                for action, stop in traj.steps:
                    segs += [tf.ACTION_TOKENS[action]] + tf.render_stop(stop, prev)
                    prev = stop
                n += 1
                yield "".join(segs)

    tok = train_tokenizer(texts(), args.vocab)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tok.save(args.out)
    print(f"wrote {args.out}: {tok.get_vocab_size()} tokens")
    return 0
