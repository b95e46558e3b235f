"""Held-out programs in the common `{code, input, output, id}` format, the function named `f`:
`python -m training.heldout_dataset --data data/gen --out data/heldout-io.jsonl`.

The same items `eval` scores for output and input prediction (call-mode test-split programs
whose result is a literal), so the TypeScript runtime (`neural-debug eval --dataset`) and the
Python evaluation (`python -m training eval --dataset`) can be run on them and compared.
"""
from __future__ import annotations

import argparse
import json
import re
import sys

from .evaluate import io_items_from_records, load_records


def renamed_to_f(code: str, func: str) -> str | None:
    """The program with its entry function called `f` (None when `f` already means something)."""
    if re.search(r"\bf\b", code):
        return None
    return re.sub(rf"\b{re.escape(func)}\b", "f", code)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m training.heldout_dataset", description=__doc__)
    p.add_argument("--data", default="data/gen", help="generator output; its test split is used")
    p.add_argument("--out", required=True)
    p.add_argument("--n", type=int, default=200)
    args = p.parse_args(argv)
    items = io_items_from_records(load_records(args.data, "test", args.n * 3))
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for it in items:
            code = renamed_to_f(it["code"], it["func"])
            if code is None:
                continue
            out.write(json.dumps({"code": code, "input": it["input"], "output": it["output"], "id": it["id"]}) + "\n")
            written += 1
            if written == args.n:
                break
    print(f"wrote {written} records to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
