"""Build the real-code dev set: `python -m training.devsets.build [--check]`.

Sources (written by us in the style of people's code, never copied from a public collection):
- `functions/*.py`: a module whose entry function is called by the lines after `# dev cases`
  (one call with literal arguments per line). Each call becomes a record of the common
  `{code, input, output, id}` format plus `fn` (the entry function's name): the output is
  what real Python returns, written as its `repr`.
- `scripts/*.py`: programs of 30-150 lines for compare mode.

Every case is run twice in a fresh interpreter (hash seeds 0 and 1) and must agree; a result
must be a Python literal (`ast.literal_eval(repr(result)) == result`) of at most 100
characters. `--check` reports problems without writing. The dev set is for model selection
only: nothing under training/ reads it for training.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_MARKER = "# dev cases"
MAX_OUTPUT_CHARS = 100
SCRIPT_LINES = (30, 150)

# Runs one case: the module's code, then the call; prints the repr of the result.
_RUNNER = """
import ast, sys
code, call = sys.stdin.read().split('\\0')
scope = {'__name__': 'devcase'}
exec(compile(code, 'case.py', 'exec'), scope)
result = eval(call, scope)
text = repr(result)
assert ast.literal_eval(text) == result, 'the result is not a Python literal: ' + text
print(text)
"""


class CaseError(ValueError):
    pass


def split_cases(path: str, text: str) -> tuple[str, list[str]]:
    """The module's code (everything before the marker) and its call lines."""
    head, sep, tail = text.partition("\n" + CASES_MARKER + "\n")
    if not sep:
        raise CaseError(f"{path}: no '{CASES_MARKER}' line")
    calls = [ln.strip() for ln in tail.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not calls:
        raise CaseError(f"{path}: no call after '{CASES_MARKER}'")
    return head.rstrip() + "\n", calls


def parse_call(path: str, call: str) -> tuple[str, str]:
    """`name(args)` -> (name, argument text); every argument must be a literal."""
    try:
        node = ast.parse(call, mode="eval").body
    except SyntaxError as e:
        raise CaseError(f"{path}: case {call!r} does not parse: {e.msg}") from None
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        raise CaseError(f"{path}: case {call!r} is not a call of a function by name")
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        try:
            ast.literal_eval(arg)
        except ValueError:
            raise CaseError(f"{path}: case {call!r}: argument {ast.unparse(arg)} is not a literal") from None
    name = node.func.id
    args = call[len(name):].strip()
    return name, args[1:-1].strip()


def run_case(path: str, code: str, call: str, hash_seed: int) -> str:
    # `-s`, not `-I`: isolated mode would ignore PYTHONHASHSEED
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    try:
        run = subprocess.run([sys.executable, "-s", "-c", _RUNNER], input=code + "\0" + call, text=True,
                             capture_output=True, timeout=10, env=env)
    except subprocess.TimeoutExpired:
        raise CaseError(f"{path}: case {call!r} ran longer than 10 s") from None
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise CaseError(f"{path}: case {call!r} failed: {last}")
    return run.stdout.strip()


def function_records(folder: str) -> tuple[list[dict], list[str]]:
    records, problems = [], []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        try:
            code, calls = split_cases(path, open(path, encoding="utf-8").read())
            compile(code, path, "exec")
            for k, call in enumerate(calls):
                fn, args = parse_call(path, call)
                outputs = {run_case(path, code, call, seed) for seed in (0, 1)}
                if len(outputs) != 1:
                    raise CaseError(f"{path}: case {call!r} differs between hash seeds: {sorted(outputs)}")
                output = outputs.pop()
                if len(output) > MAX_OUTPUT_CHARS:
                    raise CaseError(f"{path}: case {call!r}: result is {len(output)} characters, at most "
                                    f"{MAX_OUTPUT_CHARS}")
                records.append({"id": f"{name[:-3]}/{k}", "fn": fn, "code": code, "input": args, "output": output})
        except (CaseError, SyntaxError) as e:
            problems.append(str(e))
    return records, problems


def script_problems(folder: str) -> tuple[list[str], list[str]]:
    scripts, problems = [], []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        lines = sum(1 for ln in open(path, encoding="utf-8") if ln.strip())
        if not SCRIPT_LINES[0] <= lines <= SCRIPT_LINES[1]:
            problems.append(f"{path}: {lines} non-blank lines, want {SCRIPT_LINES[0]}-{SCRIPT_LINES[1]}")
            continue
        outs = []
        for seed in (0, 1):
            try:
                run = subprocess.run([sys.executable, "-s", path], capture_output=True, text=True, timeout=10,
                                     env={**os.environ, "PYTHONHASHSEED": str(seed)}, cwd=folder)
            except subprocess.TimeoutExpired:
                run = None
            outs.append(run)
        if any(r is None for r in outs):
            problems.append(f"{path}: ran longer than 10 s")
        elif any(r.returncode != 0 for r in outs):
            problems.append(f"{path}: exit status {outs[0].returncode}: {outs[0].stderr.strip()[-200:]}")
        elif outs[0].stdout != outs[1].stdout:
            problems.append(f"{path}: output differs between hash seeds 0 and 1")
        else:
            scripts.append(name)
    return scripts, problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m training.devsets.build", description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="report problems, write nothing")
    p.add_argument("--out", default=os.path.join(HERE, "functions.jsonl"))
    args = p.parse_args(argv)
    records, problems = function_records(os.path.join(HERE, "functions"))
    scripts, script_issues = script_problems(os.path.join(HERE, "scripts"))
    problems += script_issues
    for msg in problems:
        print(msg, file=sys.stderr)
    fns = {r["id"].split("/")[0] for r in records}
    print(f"{len(records)} cases from {len(fns)} functions, {len(scripts)} scripts, {len(problems)} problems")
    if args.check:
        return 1 if problems else 0
    if problems:
        print("not written: fix the problems first", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
