"""The expression cases the TypeScript evaluator shares (test/fixtures/eval_cases.json, written by
training/tests/make_eval_cases.py) agree with real Python, and stay inside the supported subset."""
import ast
import builtins
import json
import os
import subprocess
import sys
import warnings

from training.canon import MAX_LEN, canon

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURE = os.path.join(ROOT, "test", "fixtures", "eval_cases.json")
CASES = json.load(open(FIXTURE, encoding="utf-8"))

BUILTINS = {"len", "min", "max", "sum", "sorted", "abs", "round", "str", "repr", "int", "float",
            "bool", "list", "tuple", "set", "dict", "any", "all", "range", "reversed", "enumerate",
            "zip"}
METHODS = {
    # str
    "lower", "upper", "strip", "lstrip", "rstrip", "split", "join", "replace", "startswith",
    "endswith", "find", "rfind", "index", "count", "isdigit", "isalpha", "isalnum", "isspace",
    "isupper", "islower", "title", "capitalize", "zfill", "center", "ljust", "rjust",
    # list / tuple (index, count above)
    "copy",
    # dict
    "keys", "values", "items", "get",
    # set / frozenset
    "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
    "isdisjoint",
}
# Their objects have no canonical string: they are only ever consumed by list(...).
ITERATORS = {"reversed", "enumerate", "zip"}
NODES = (ast.Expression, ast.Constant, ast.Name, ast.Load, ast.List, ast.Tuple, ast.Dict, ast.Set,
         ast.UnaryOp, ast.BinOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Subscript, ast.Slice,
         ast.Call, ast.Attribute, ast.keyword,
         ast.USub, ast.UAdd, ast.Not, ast.Invert,
         ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
         ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift,
         ast.And, ast.Or,
         ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn, ast.Is, ast.IsNot)


def evaluate(expr, names):
    """Python's answer for one case, in the fixture's form (result or error)."""
    env = {k: ast.literal_eval(v) for k, v in names.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            value = eval(expr, {"__builtins__": builtins}, dict(env))
        except Exception as exc:  # noqa: BLE001 - the exception's type is the expected answer
            return {"error": type(exc).__name__}
    return {"result": canon(value)}


def outside_subset(expr):
    """What in `expr` the evaluator does not support ([] when nothing)."""
    tree = ast.parse(expr, mode="eval")
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, NODES):
            bad.append(type(node).__name__)
        elif isinstance(node, ast.Constant):
            v = node.value
            if type(v) not in (int, float, str, bool, type(None)):
                bad.append(f"constant {v!r}")
            elif type(v) is float and v in (float("inf"), float("-inf")):
                bad.append("infinite float literal")
        elif isinstance(node, ast.Dict) and None in node.keys:
            bad.append("** in a dict display")
        elif isinstance(node, ast.Attribute):
            parent = parents.get(node)
            if not (isinstance(parent, ast.Call) and parent.func is node):
                bad.append(f"attribute .{node.attr} not called")
            elif node.attr not in METHODS:
                bad.append(f"method .{node.attr}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                if func.id not in BUILTINS:
                    bad.append(f"call {func.id}")
                if func.id in ITERATORS:
                    parent = parents.get(node)
                    if not (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
                            and parent.func.id == "list"):
                        bad.append(f"bare {func.id}(...)")
            elif not isinstance(func, ast.Attribute):
                bad.append("call of a computed callable")
            for kw in node.keywords:
                if not (isinstance(func, ast.Name) and func.id == "sorted" and kw.arg == "reverse"
                        and isinstance(kw.value, ast.Constant) and type(kw.value.value) is bool):
                    bad.append(f"keyword {kw.arg}")
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for i, op in enumerate(node.ops):
                if isinstance(op, (ast.Is, ast.IsNot)):
                    pair = operands[i:i + 2]
                    if not any(isinstance(o, ast.Constant) and o.value in (None, True, False)
                               and type(o.value) in (bool, type(None)) for o in pair):
                        bad.append("`is` without None/True/False")
    return bad


def test_there_are_enough_cases_of_each_kind():
    assert len(CASES) >= 300
    errors = [c for c in CASES if "error" in c]
    assert len(errors) >= 60
    assert {c["error"] for c in errors} >= {"ZeroDivisionError", "TypeError", "KeyError",
                                            "IndexError", "ValueError", "NameError",
                                            "AttributeError"}
    cut = [c for c in CASES if c.get("result", "").endswith("...") and len(c["result"]) == MAX_LEN]
    assert len(cut) >= 2


def test_every_case_has_the_fixture_shape():
    for c in CASES:
        assert set(c) in ({"expr", "names", "result"}, {"expr", "names", "error"}), c
        assert isinstance(c["expr"], str) and isinstance(c["names"], dict), c
        for k, v in c["names"].items():
            assert k.isidentifier() and isinstance(v, str), c
            assert canon(ast.literal_eval(v)) == v, c  # the names are written canonically


def test_every_expression_stays_inside_the_supported_subset():
    wrong = {c["expr"]: outside_subset(c["expr"]) for c in CASES}
    assert {e: bad for e, bad in wrong.items() if bad} == {}


def test_every_stored_answer_is_what_python_gives_now():
    wrong = []
    for c in CASES:
        stored = {k: c[k] for k in ("result", "error") if k in c}
        now = evaluate(c["expr"], c["names"])
        if stored != now:
            wrong.append((c["expr"], stored, now))
    assert wrong == []


def test_the_fixture_is_what_the_script_writes():
    sys.path.insert(0, os.path.dirname(__file__))
    try:
        import make_eval_cases
    finally:
        sys.path.remove(os.path.dirname(__file__))
    assert make_eval_cases.build() == CASES


def test_no_answer_depends_on_the_hash_seed():
    """String hashing (and so the order of a set of strings) changes with PYTHONHASHSEED."""
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {os.path.dirname(__file__)!r})\n"
        "from test_eval_cases import CASES, evaluate\n"
        "print(json.dumps([evaluate(c['expr'], c['names']) for c in CASES]))\n"
    )
    runs = set()
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True,
                             text=True, env={**os.environ, "PYTHONHASHSEED": seed,
                                             "PYTHONPATH": ROOT}).stdout
        runs.add(out)
    assert len(runs) == 1
