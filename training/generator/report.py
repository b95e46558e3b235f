"""Diversity and throughput figures of a generation run: stats.json and REPORT.md."""
from __future__ import annotations

import ast
import builtins
from collections import Counter
from dataclasses import dataclass, field

CONSTRUCTS = {
    ast.For: "for", ast.While: "while", ast.If: "if", ast.Break: "break", ast.Continue: "continue",
    ast.Return: "return", ast.FunctionDef: "def", ast.ClassDef: "class", ast.Lambda: "lambda",
    ast.ListComp: "list comprehension", ast.DictComp: "dict comprehension", ast.SetComp: "set comprehension",
    ast.GeneratorExp: "generator expression", ast.Yield: "yield", ast.YieldFrom: "yield from",
    ast.Try: "try", ast.ExceptHandler: "except", ast.Raise: "raise", ast.Nonlocal: "nonlocal",
    ast.IfExp: "conditional expression", ast.Slice: "slice", ast.Subscript: "subscript",
    ast.JoinedStr: "f-string", ast.AugAssign: "augmented assignment", ast.BoolOp: "and/or",
    ast.Compare: "comparison", ast.BinOp: "arithmetic", ast.UnaryOp: "unary op", ast.Delete: "del",
    ast.Tuple: "tuple", ast.Dict: "dict display", ast.Set: "set display", ast.ImportFrom: "import",
}
_BUILTINS = frozenset(dir(builtins))
FIRST = 10_000  # "distinct per 10k programs" is measured on the first 10k kept programs


def real_code_features(tree: ast.Module) -> set[str]:
    """What marks code as people's rather than generated (issue 12's list): docstrings, hints,
    module constants, a main guard, standard-library imports, classes with several methods,
    dunder methods, helper chains, early exits from loops, string-method chains."""
    out: set[str] = set()
    defs = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(n) is not None:
            out.add("docstring")
        if isinstance(n, ast.FunctionDef):
            if n.returns is not None or any(a.annotation is not None for a in n.args.args):
                out.add("type hints")
            if n.name.startswith("__") and n.name.endswith("__"):
                out.add("dunder method")
            if n.decorator_list:
                out.add("decorator")
            if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in defs - {n.name}
                   for c in ast.walk(n)):
                out.add("helper chain (a function calls another)")
        if isinstance(n, ast.ClassDef) and sum(isinstance(b, ast.FunctionDef) for b in n.body) >= 2:
            out.add("class with 2+ methods")
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            for name in ([a.name for a in n.names] if isinstance(n, ast.Import) else [n.module or ""]):
                out.add(f"import {name.split('.')[0]}")
        if isinstance(n, (ast.For, ast.While)) and any(isinstance(x, (ast.Break, ast.Return)) for x in ast.walk(n)):
            out.add("early exit from a loop")
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Call) \
                and isinstance(n.func.value.func, ast.Attribute):
            out.add("method chain")
    for st in tree.body:
        if isinstance(st, ast.Assign) and all(isinstance(t, ast.Name) and t.id.isupper() for t in st.targets):
            out.add("module constant")
        if isinstance(st, ast.If) and "__name__" in ast.unparse(st.test):
            out.add("main guard")
    return out


def _bucket(n: int, edges=(5, 10, 15, 20, 25, 50, 75, 100, 150, 200, 400)) -> str:
    lo = 0
    for e in edges:
        if n <= e:
            return f"{lo}-{e}"
        lo = e + 1
    return f">{edges[-1]}"


@dataclass
class Stats:
    candidates: int = 0
    kept: int = 0
    rejected: Counter = field(default_factory=Counter)
    rejected_by_family: dict = field(default_factory=dict)
    families: Counter = field(default_factory=Counter)
    modes: Counter = field(default_factory=Counter)
    splits: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    constructs: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    builtins: Counter = field(default_factory=Counter)
    source_lines: Counter = field(default_factory=Counter)
    line_events: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    max_depth: Counter = field(default_factory=Counter)
    totals: Counter = field(default_factory=Counter)
    first_dedup: set = field(default_factory=set)
    first_structure: set = field(default_factory=set)
    first_skeleton: set = field(default_factory=set)
    structures: dict = field(default_factory=dict)  # split -> set of structure keys (disjointness check)

    def reject(self, family: str, reason: str) -> None:
        self.candidates += 1
        self.rejected[reason] += 1
        self.rejected_by_family.setdefault(family, Counter())[reason] += 1

    def keep(self, record: dict, keys) -> None:
        self.candidates += 1
        self.kept += 1
        self.families[record["family"]] += 1
        self.modes[record["mode"]] += 1
        self.splits[record["split"]] += 1
        t = record["trace"]
        self.statuses[t["status"]] += 1
        tree = ast.parse(record["source"])
        seen = set()
        for n in ast.walk(tree):
            name = CONSTRUCTS.get(type(n))
            if name:
                seen.add(name)
            if isinstance(n, ast.Call):
                if isinstance(n.func, ast.Attribute):
                    self.methods["." + n.func.attr] += 1
                elif isinstance(n.func, ast.Name) and n.func.id in _BUILTINS:
                    self.builtins[n.func.id] += 1
        self.constructs.update(seen | real_code_features(tree))  # programs using each construct
        lines = sum(1 for s in record["source"].splitlines() if s.strip())
        n_lines = sum(1 for e in t["events"] if e["kind"] == "line")
        self.source_lines[_bucket(lines)] += 1
        self.line_events[_bucket(n_lines)] += 1
        self.events[_bucket(len(t["events"]))] += 1
        self.max_depth[str(max((len(e["stack"]) for e in t["events"]), default=0))] += 1
        self.totals["source_lines"] += lines
        self.totals["line_events"] += n_lines
        self.totals["events"] += len(t["events"])
        if self.kept <= FIRST:
            self.first_dedup.add(keys.dedup)
            self.first_structure.add(keys.structure)
            self.first_skeleton.add(keys.skeleton)
        self.structures.setdefault(record["split"], set()).add(keys.structure)

    def to_json(self, throughput: dict) -> dict:
        k = max(self.kept, 1)
        first = min(self.kept, FIRST)
        overlap = sum(len(a & b) for i, a in enumerate(self.structures.values())
                      for b in list(self.structures.values())[i + 1:])
        return {
            "candidates": self.candidates, "kept": self.kept, "kept_fraction": round(self.kept / max(self.candidates, 1), 4),
            "rejected": dict(self.rejected.most_common()),
            "rejected_by_family": {f: dict(c.most_common()) for f, c in sorted(self.rejected_by_family.items())},
            "families": dict(self.families.most_common()), "modes": dict(self.modes), "splits": dict(self.splits),
            "trace_status": dict(self.statuses),
            "diversity": {
                "measured_on_first": first,
                "distinct_dedup_keys": len(self.first_dedup),
                "distinct_structures": len(self.first_structure),
                "distinct_skeletons": len(self.first_skeleton),
                "per_10k": {name: round(len(s) * FIRST / max(first, 1)) for name, s in
                            (("dedup", self.first_dedup), ("structures", self.first_structure),
                             ("skeletons", self.first_skeleton))},
                "structures_shared_between_splits": overlap,
            },
            "constructs_programs": dict(self.constructs.most_common()),
            "methods": dict(self.methods.most_common()),
            "builtins": dict(self.builtins.most_common()),
            "mean": {"source_lines": round(self.totals["source_lines"] / k, 2),
                     "line_events": round(self.totals["line_events"] / k, 2),
                     "events": round(self.totals["events"] / k, 2)},
            "histograms": {"source_lines": _sorted_hist(self.source_lines), "line_events": _sorted_hist(self.line_events),
                           "events": _sorted_hist(self.events), "max_stack_depth": _sorted_hist(self.max_depth)},
            "throughput": throughput,
        }


def _sorted_hist(c: Counter) -> dict:
    def order(k: str):
        return (1, 0) if k.startswith(">") else (0, int(k.split("-")[0]))
    return {k: c[k] for k in sorted(c, key=order)}


def _table(d: dict, head: tuple[str, str], total: int | None = None, limit: int | None = None) -> str:
    rows = [f"| {head[0]} | {head[1]} |", "| --- | ---: |"]
    for k, v in list(d.items())[:limit]:
        share = f" ({100 * v / total:.1f}%)" if total else ""
        rows.append(f"| {k} | {v}{share} |")
    return "\n".join(rows)


def markdown(s: dict, command: str) -> str:
    d, tp = s["diversity"], s["throughput"]
    parts = [
        "# Generated corpus report", "",
        f"Command: `{command}`", "",
        f"Candidates {s['candidates']}, kept {s['kept']} ({100 * s['kept_fraction']:.1f}%). "
        f"Splits: {', '.join(f'{k} {v}' for k, v in s['splits'].items())}. Modes: "
        f"{', '.join(f'{k} {v}' for k, v in s['modes'].items())}. Trace status: "
        f"{', '.join(f'{k} {v}' for k, v in s['trace_status'].items())}.", "",
        f"Throughput: {tp['kept_per_s']} kept programs/s ({tp['candidates_per_s']} candidates/s, each traced "
        f"twice) with {tp['workers']} workers, {tp['seconds']} s in all.", "",
        "## Diversity", "",
        f"On the first {d['measured_on_first']} kept programs: {d['distinct_dedup_keys']} distinct dedup keys, "
        f"{d['distinct_structures']} distinct normalized structures, {d['distinct_skeletons']} distinct "
        f"statement skeletons (per 10k: {d['per_10k']['dedup']} / {d['per_10k']['structures']} / "
        f"{d['per_10k']['skeletons']}). Structures shared between splits: {d['structures_shared_between_splits']}.", "",
        "## Families", "", _table(s["families"], ("family", "kept"), s["kept"]), "",
        "## Rejections", "", _table(s["rejected"], ("reason", "candidates"), s["candidates"]), "",
        "Per family:", "",
        "\n".join(f"- {f}: " + ", ".join(f"{r} {n}" for r, n in c.items()) for f, c in s["rejected_by_family"].items()), "",
        "## Constructs (programs using each)", "", _table(s["constructs_programs"], ("construct", "programs"), s["kept"]), "",
        "## Methods called (top 60)", "", _table(s["methods"], ("method", "calls"), None, 60), "",
        "## Builtins called", "", _table(s["builtins"], ("builtin", "calls")), "",
        "## Lengths", "",
        f"Means: {s['mean']['source_lines']} source lines, {s['mean']['line_events']} line events, "
        f"{s['mean']['events']} events per program.", "",
        "Source lines:", "", _table(s["histograms"]["source_lines"], ("lines", "programs"), s["kept"]), "",
        "Line events per trace:", "", _table(s["histograms"]["line_events"], ("line events", "programs"), s["kept"]), "",
        "Deepest user call stack:", "", _table(s["histograms"]["max_stack_depth"], ("frames", "programs"), s["kept"]), "",
    ]
    return "\n".join(parts)
