"""The `text` field of a record: one sampled debugger trajectory in the trace format, written
with the public pieces of training/traceformat.py and training/trajectories.py, laid out the
way training/windows.py lays out a window (without cutting it to the context length)."""
from __future__ import annotations

import random

from .. import traceformat as tf
from ..tracer import Trace
from ..trajectories import sample_trajectory


def trajectory_text(record_id: str, source: str, call: str | None, trace: Trace, max_steps: int = 12) -> str:
    rng = random.Random(f"text:{record_id}")
    traj = sample_trajectory(trace, call, rng, max_steps=max_steps)
    if traj is None:
        return ""
    shown_call = tf.call_name(call) if traj.task == "input" else call
    segs = tf.render_header(source, shown_call, traj.breakpoints, traj.exception_filters)
    steps, prev = traj.steps, traj.start
    if traj.at_entry:  # the first stop is predicted from the header alone
        steps, prev = [("step_into", traj.start)] + steps, None
    else:
        segs += tf.render_stop(prev, None)
    for action, stop in steps:
        segs += [tf.ACTION_TOKENS[action]] + tf.render_stop(stop, prev)
        prev = stop
    return "".join(segs)
