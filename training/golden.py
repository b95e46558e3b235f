"""Golden test vectors of the trace format, shared by the Python and TypeScript tests.

`python -m training golden` (re)writes test/golden/*.json from test/golden/programs/: for each
case, the program, the actions, the stops the tracer and semantics give, the rendered
segments of the prompt and, with a tokenizer, its token ids. The Python tests check that
the code still produces exactly these files; the TypeScript codec checks it reads and writes
the same text and ids.
"""
from __future__ import annotations

import argparse
import json
import os

from . import traceformat as tf
from .semantics import Session
from .tracer import trace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN_DIR = os.path.join(ROOT, "test", "golden")
DEFAULT_TOKENIZER = os.path.join(ROOT, "models", "default", "tokenizer.json")

# name -> (program file, entry call, actions, breakpoints, exception filters)
CASES = {
    "sum_list_steps": ("sum_list.py", "total([3, 1, 2])", ["step_into", "step_over", "step_over", "step_into",
                                                            "back_over", "step_out"], [], []),
    "sum_list_output": ("sum_list.py", "total([5, 5])", ["step_out", "back_to_call"], [], []),
    "helpers_depth": ("helpers.py", "sum_squares([1, 2])", ["step_over", "step_over", "step_into", "step_into",
                                                            "step_into", "step_over", "back_out", "continue"], [8], []),
    "script_mixed": ("script.py", None, ["step_over"] * 3 + ["step_into", "step_into", "step_out", "continue",
                                                             "step_over", "step_into", "step_into", "step_over",
                                                             "step_over", "back_into", "continue"], [15], ["raised"]),
    "recursion_deep": ("recursion.py", "fact(3)", ["step_over", "step_over", "step_into", "step_over", "step_into",
                                                   "step_over", "step_over", "step_over", "step_over", "step_out",
                                                   "back_into", "continue"], [3], []),
}


def build_case(name: str, encoder=None) -> dict:
    prog, call, actions, bps, filters = CASES[name]
    with open(os.path.join(GOLDEN_DIR, "programs", prog), encoding="utf-8") as f:
        source = f.read()
    t = trace(source, call)
    session = Session(t, frozenset(bps), frozenset(filters))
    start = session.current
    # A session opens by predicting its first stop from the header (step into the program).
    segments = [tf.render_header(source, call, bps, filters), [tf.ACTION_TOKENS["step_into"]] + tf.render_stop(start, None)]
    stops = [start.to_json()]
    prev = start
    for action in actions:
        stop = session.step(action)
        segments.append([tf.ACTION_TOKENS[action]] + tf.render_stop(stop, prev))
        stops.append(stop.to_json())
        prev = stop
    case = {
        "name": name, "format_version": tf.FORMAT_VERSION, "program": prog, "source": source, "call": call,
        "breakpoints": bps, "exception_filters": filters, "actions": actions, "stops": stops,
        # segments[0] is the header, segments[1] the entry (step_into + first stop), segments[k+1] action k and its stop
        "segments": segments, "text": "".join(s for part in segments for s in part),
    }
    if encoder is not None:
        case["ids"] = [encoder.encode(part) for part in segments]
    return case


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tokenizer", default=DEFAULT_TOKENIZER, help="also write token ids with this tokenizer")


def run(args: argparse.Namespace) -> int:
    from .tokenizer import SegmentEncoder, load_tokenizer

    encoder = SegmentEncoder(load_tokenizer(args.tokenizer)) if os.path.exists(args.tokenizer) else None
    for name in CASES:
        path = os.path.join(GOLDEN_DIR, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(build_case(name, encoder), f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("wrote", path)
    return 0
