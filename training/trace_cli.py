"""Trace a program and print where the debugger stops for a sequence of actions.

Examples:
  python -m training trace examples/fib.py --actions step_over*5,step_into --json
  python -m training trace prog.py --call "f([3, 1, 2])" --actions step_out
  python -m training trace prog.py --breakpoints 3,7 --actions continue*3 --exceptions raised
  python -m training trace prog.py --actions step_into*20,step_out --compare   (against real debugpy)
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from .semantics import ACTIONS, EXCEPTION_FILTERS, FORWARD_ACTIONS, Session
from .tracer import Limits, trace_file


def parse_actions(text: str) -> list[str]:
    """`step_over*3,step_into` -> ['step_over', 'step_over', 'step_over', 'step_into']."""
    actions: list[str] = []
    for item in filter(None, (p.strip() for p in text.split(","))):
        name, _, count = item.partition("*")
        if name not in ACTIONS:
            raise argparse.ArgumentTypeError(f"unknown action {name!r}; expected one of {', '.join(ACTIONS)}")
        if count and not count.isdigit():
            raise argparse.ArgumentTypeError(f"bad repeat count in {item!r}")
        actions += [name] * (int(count) if count else 1)
    return actions


def parse_lines(text: str) -> frozenset[int]:
    try:
        return frozenset(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"breakpoints must be line numbers like 3,7, got {text!r}") from None


def parse_filters(text: str) -> frozenset[str]:
    filters = frozenset(x.strip() for x in text.split(",") if x.strip())
    bad = filters - set(EXCEPTION_FILTERS)
    if bad:
        raise argparse.ArgumentTypeError(f"unknown exception filter {sorted(bad)[0]!r}; expected raised and/or uncaught")
    return filters


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("program", help="Python file to run")
    p.add_argument("--call", help='entry call, e.g. "f([3, 1, 2])"; without it the file runs as a script')
    p.add_argument("--actions", type=parse_actions, default=None,
                   help="comma-separated actions, NAME*N repeats (default: step_into until the end)")
    p.add_argument("--breakpoints", type=parse_lines, default=frozenset(), help="breakpoint lines, e.g. 3,7")
    p.add_argument("--exceptions", type=parse_filters, default=frozenset(), help="exception breakpoints: raised,uncaught")
    p.add_argument("--events", action="store_true", help="print the raw trace events instead of stops")
    p.add_argument("--max-events", type=int, default=Limits.max_events)
    p.add_argument("--timeout", type=float, default=Limits.wall_time, help="wall time limit in seconds")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--compare", action="store_true",
                   help="also run the actions under real debugpy and report the first stop that differs")


def run(args: argparse.Namespace) -> int:
    if not os.path.isfile(args.program):
        print(f"error: {args.program}: no such file", file=sys.stderr)
        return 2
    t = trace_file(args.program, args.call, limits=Limits(max_events=args.max_events, wall_time=args.timeout))
    if t.status == "invalid":
        print(f"error: {args.program}: {t.message}", file=sys.stderr)
        return 2
    if args.events:
        print(json.dumps(t.to_json(), indent=1) if args.json else "\n".join(
            f"{e.kind:9} {e.line:4} {' > '.join(n for n, _, _ in e.stack)} {e.locals[-1] if e.locals else ''}"
            for e in t.events))
        return 0
    if args.compare:
        return compare(args, t)
    session = Session(t, args.breakpoints, args.exceptions)
    stops = [("start", session.current)]
    for action in args.actions if args.actions is not None else ["step_into"] * 100_000:
        if session.ended and args.actions is None:
            break
        stops.append((action, session.step(action)))
    if args.json:
        print(json.dumps({"program": args.program, "call": args.call, "status": t.status, "message": t.message,
                          "stops": [{"action": a, **s.to_json()} for a, s in stops]}, indent=1))
    else:
        for action, s in stops:
            where = " > ".join(f"{n}:{ln}" for n, ln, _ in reversed(s.stack)) or "(ended)"
            extra = ""
            if s.kind == "return" or (s.kind == "exit" and s.value is not None):
                extra = f"  returned {s.value}"
            if s.exception:
                extra += f"  {s.exception[0]}: {s.exception[1]}"
            top = s.locals[-1] if s.locals else {}
            print(f"{action:12} {s.kind:9} {where}{extra}  {top}")
            if s.stdout:
                print("             stdout: " + repr(s.stdout))
        if t.status == "limit":
            print(f"note: the run was cut short: {t.message}")
    return 0


def compare(args: argparse.Namespace, t) -> int:
    from .conformance import Plan, run_plan  # starts debugpy: only imported when asked for

    actions = args.actions if args.actions is not None else ["step_into"] * 1000
    if args.call is not None or any(a not in FORWARD_ACTIONS for a in actions):
        print("error: --compare runs scripts (no --call) with forward actions only", file=sys.stderr)
        return 2
    result = run_plan(args.program, t, Plan(tuple(actions), args.breakpoints, args.exceptions))
    if result.mismatch:
        print(result.mismatch)
        return 1
    print(f"debugpy agrees on all {result.stops_checked} stops")
    return 0
