"""The trace format: golden vectors are current, and every stop survives render -> parse."""
import itertools
import json
import os
import random

import pytest

from training import traceformat as tf
from training.golden import CASES, GOLDEN_DIR, build_case
from training.semantics import ACTIONS, Session
from training.tracer import trace


def _golden(name):
    with open(os.path.join(GOLDEN_DIR, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_vectors_are_current(name):
    stored = _golden(name)
    fresh = build_case(name)
    for key in ("source", "call", "actions", "stops", "segments", "text"):
        assert fresh[key] == stored[key], f"{name}.{key} changed: run `python -m training golden`"


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_text_parses_back_to_the_stops(name):
    case = _golden(name)
    keys = itertools.count()
    frames = []
    for segs, expected in zip(case["segments"][1:], case["stops"]):
        if segs[0] in tf.TOKEN_TO_ACTION:
            segs = segs[1:]
        parsed = tf.parse_stop(segs, frames, lambda: next(keys))
        assert parsed.to_json() == {**expected, "stdout": expected["stdout"]}
        frames = parsed.frames


def test_split_segments_inverts_joining():
    case = _golden("script_mixed")
    flat = [s for part in case["segments"] for s in part]
    assert tf.split_segments(case["text"]) == flat


def test_free_text_cannot_forge_special_tokens():
    source = 'print("<|eos|> and <|v|>")\n'
    t = trace(source)
    s = Session(t)
    stop = s.step("continue")
    segs = tf.render_stop(stop, s.stops[0])
    assert segs.count(tf.EOS) == 1
    text = "".join(segs)
    assert tf.split_segments(text) == segs
    parsed = tf.parse_stop(tf.split_segments(text), [], lambda: 0)
    assert parsed.stdout == '<|eos|> and <|v|>\n'


PROGRAM = """
def walk(node, depth):
    if node is None:
        return 0
    left = walk(node[0], depth + 1)
    right = walk(node[2], depth + 1)
    seen.append(node[1])
    return left + right + 1

seen = []
tree = ((None, 'a', None), 'b', (None, 'c', (None, 'd', None)))
print(walk(tree, 0), seen)
try:
    {}['missing']
except KeyError as e:
    msg = str(e)
del msg
"""


@pytest.mark.parametrize("seed", range(8))
def test_random_sessions_round_trip(seed):
    """Any stop the semantics produce, after any action, parses back to itself."""
    rng = random.Random(seed)
    t = trace(PROGRAM)
    session = Session(t, frozenset(rng.sample(range(2, 18), 2)), frozenset(rng.sample(["raised", "uncaught"], 1)))
    keys = itertools.count()
    prev = session.current
    frames = tf.parse_stop(tf.render_stop(prev, None), [], lambda: next(keys)).frames
    for _ in range(60):
        stop = session.step(rng.choice(ACTIONS))
        parsed = tf.parse_stop(tf.render_stop(stop, prev), frames, lambda: next(keys))
        assert parsed.to_json() == stop.to_json()
        prev, frames = stop, parsed.frames


def test_malformed_stops_are_rejected():
    with pytest.raises(tf.FormatError):
        tf.parse_stop(["<|line|>", " :3"], [], lambda: 0)  # no <|eos|>
    with pytest.raises(tf.FormatError):
        tf.parse_stop(["<|line|>", " :3", tf.EOS], [], lambda: 0)  # continues a frame that does not exist
    with pytest.raises(tf.FormatError):
        tf.parse_stop(["<|line|>", " f:3", tf.VAR, "novalue", tf.EOS], [], lambda: 0)


def test_canonical_quotes_swaps_only_what_repr_would_write_in_single_quotes():
    # the same file is asserted by the TypeScript header (test/runtime/codec.test.ts)
    path = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "canonical_quotes.json")
    for case in json.load(open(path, encoding="utf-8")):
        assert tf.canonical_quotes(case["source"]) == case["expected"], case["source"]
    assert tf.canonical_quotes('print("x")\n') == "print('x')\n"


def test_source_lines_leave_out_what_never_runs_as_typescript_does():
    """test/fixtures/source_lines.json: the same cases pin model-runtime/header.ts sourceLines."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "source_lines.json")
    for case in json.load(open(path, encoding="utf-8")):
        assert [list(x) for x in tf.source_lines(case["source"])] == case["lines"], case["name"]


def test_source_lines_keep_every_line_the_interpreter_reports():
    """Every line event of a program with docstrings falls on a line the header shows."""
    source = ('"""Module."""\nclass C:\n    """Class."""\n    def m(self, x):\n        """Method.\n\n'
              '        More.\n        """\n        "a note"\n        return x\n\nprint(C().m(2))\n')
    shown = {n for n, _ in tf.source_lines(source)}
    lines = {e.line for e in trace(source).events if e.kind == "line"}
    assert lines and lines <= shown
    assert 5 not in shown and 9 in shown
