"""Write test/fixtures/eval_cases.json: Python expressions over canonical values, with what real
Python gives, for the TypeScript expression evaluator (conditional breakpoints, Debug Console).

    python training/tests/make_eval_cases.py

Each case is an expression and the variables it may read. A variable's value is written as
canon() writes it (training/canon.py) and read back with ast.literal_eval; the expression is
evaluated with real Python (`eval(expr, {"__builtins__": builtins}, env)`) and its value is
written with canon(). A case that raises records the exception's type name instead:

    {"expr": "total / count", "names": {"total": "10", "count": "4"}, "result": "2.5"}
    {"expr": "xs[5]", "names": {"xs": "[1, 2, 3]"}, "error": "IndexError"}

Only the subset the evaluator supports appears (training/tests/test_eval_cases.py checks each
expression against it): literals, names, operators, comparisons, `and`/`or`/`not`, conditional
expressions, subscripts and slices, a fixed list of builtins and non-mutating methods. No result
depends on the iteration order of a set of strings (that changes with PYTHONHASHSEED); sets
themselves are fine as results because canon sorts them. Deterministic: same Python, same file.
"""
from __future__ import annotations

import ast
import builtins
import json
import os
import sys
import warnings

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, ROOT)

from training.canon import canon  # noqa: E402

OUT = os.path.join(ROOT, "test", "fixtures", "eval_cases.json")

# Types a result may have: anything else (zip, enumerate, reversed, dict views, ...) has no
# stable canonical string the evaluator could reproduce, so no case shows one.
RESULT_TYPES = (type(None), bool, int, float, str, list, tuple, dict, set, frozenset, range)


# ------------------------------------------------------------------ shared variables
NUMS = {"xs": [3, 1, 4, 1, 5, 9, 2, 6], "n": 7, "m": -3, "total": 10, "count": 4, "zero": 0}
FLOATS = {"x": 2.5, "y": -0.5, "price": 19.99, "rate": 0.07, "big": 1e16, "tiny": 1.5e-05}
WORDS = {"words": ["the", "quick", "brown", "fox"], "name": "  Ada Lovelace ", "line": "a,b,,c",
         "s": "hello", "empty": ""}
DICTS = {"counts": {"a": 3, "b": 1, "c": 2}, "scores": {"amy": 91, "bob": 78, "cid": 85},
         "cfg": {"debug": False, "level": 2, "name": None}, "ids": {1: "one", 2: "two", 10: "ten"}}
SETS = {"a": {1, 2, 3}, "b": {3, 4, 5}, "tags": {"red", "green", "blue"}, "none": set()}
NESTED = {"grid": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
          "user": {"name": "ana", "roles": ["admin", "dev"], "age": 31},
          "points": [(0, 0), (3, 4), (-1, 2)], "pairs": [("b", 2), ("a", 1), ("c", 3)],
          "rows": [{"id": 1, "ok": True}, {"id": 2, "ok": False}],
          "pos": {(0, 0): "origin", (1, 2): "p"}}
FLAGS = {"flag": True, "done": False, "nothing": None, "one": 1, "items": [], "opt": 0}
MISC = {"t": (1, "two", 3.0), "single": (5,), "unit": (), "i": 2, "j": 5, "k": -1}


def env(*groups: dict, **extra) -> dict:
    out: dict = {}
    for g in groups:
        out.update(g)
    out.update(extra)
    return out


# ------------------------------------------------------------------ the cases
# (expression, variables); each group may share one environment.
CASES: list[tuple[str, dict]] = []


def add(names: dict, *exprs: str) -> None:
    for e in exprs:
        CASES.append((e, names))


# --- literals
add({},
    "42", "-7", "0", "18446744073709551617", "-9223372036854775809",
    "123456789012345678901234567890", "3.14", "-0.0", "1e16", "1e15", "1.5e-05", "0.0001",
    "1e22", "123456789012345678.0", "0.1 + 0.2", "0.1 * 3", "2.0", "5e-324",
    "'hello'", '"double"', "'it\\'s'", '"say \\"hi\\""', "'both \\' and \"'", "'a\\nb'",
    "'tab\\there'", "'back\\\\slash'", "'a\\rb'", "'é'", "'日本'", "''",
    "True", "False", "None", "[1, 2, 3]", "[]", "(1,)", "()", "(1, 'a', None)",
    "{'a': 1, 'b': [2, 3]}", "{}", "{3, 1, 2}", "{'b', 'a', 'c'}", "set()",
    "{'a': 1, 'a': 2}", "{1: 'x', True: 'y'}", "{1, True}", "{True, 1}", "{1, 1.0, 2}",
    "[[1, 2], (3, 4), {5: 6}]", "{1: {2: {3: 4}}}", "[None, True, 1.5, 'x']",
    "{'b', 'a', 3, 1}", "{(2, 1), (1, 2)}")

# --- names
add(NUMS, "n", "xs", "m", "zero")
add(env(WORDS, DICTS, SETS), "s", "words", "counts", "tags", "none", "empty")
add(NUMS, "undefined_var", "n + missing", "len(missing)", "missing if n > 0 else 0")
add(NUMS, "n if n > 0 else missing", "zero and missing", "n or missing")

# --- arithmetic on ints and floats
add(NUMS,
    "total / count", "total // count", "total % count", "n * m", "n - m", "n + m",
    "-n", "+m", "-m", "n ** 2", "2 ** n", "2 ** -1", "2 ** 0.5", "10 ** -2", "0 ** 0",
    "-2 ** 2", "(-2) ** 2", "(-2) ** -1", "m ** 3", "7 // 2", "-7 // 2", "7 // -2", "-7 // -2",
    "7 % 3", "-7 % 3", "7 % -3", "-7 % -3", "7 / 2", "6 / 3", "1 / 3", "2 / 3 * 3",
    "sum(xs) / len(xs)", "max(xs) - min(xs)", "n % 2 == 1", "xs[0] * xs[-1]",
    "total / zero", "total // zero", "total % zero", "0 ** -1", "1 / 0",
    "2 ** 64", "2 ** 64 + 1", "2 ** 100 % 7", "10 ** 20 // 3", "-2 ** 63",
    "12345678901234567890 * 98765432109876543210", "2 ** 200", "3 ** 100 - 3 ** 99",
    "10 ** 17 / 3", "2 ** 64 / 2 ** 32", "abs(-2 ** 63)", "-(2 ** 70) // 3", "-(2 ** 70) % 3")
add(FLOATS,
    "x * 2", "x / y", "x // 1", "-x // 1", "x % 1", "y % 1", "x ** 2", "price * 3",
    "price * (1 + rate)", "round(price * (1 + rate), 2)", "big + 1", "big * 10", "tiny * 2",
    "x + True", "x - 2", "7.0 // 2", "-7.0 // 2", "7 % 2.5", "-1 % 3.0", "0.0 ** 0",
    "1e308 * 10", "-1e308 * 10", "1e300 * 1e300", "float('inf') * 0", "float('inf') - float('inf')",
    "x / 0", "x // 0.0", "1.0 // 0.0", "x % 0", "0.0 ** -1", "2.0 ** 5000", "float(10 ** 400)",
    "10 ** 16 == 1e16", "2 ** 53 + 1 == float(2 ** 53 + 1)", "2 ** 53 + 1 > 2.0 ** 53",
    "float(2 ** 53 + 1)", "x == 2.5", "y < 0 < x", "abs(y)", "-x", "+y")
add(FLAGS,
    "flag + flag", "flag * 3", "-flag", "+flag", "~flag", "flag / 2", "done - 1",
    "sum([True, False, True])", "one + nothing", "nothing * 2", "flag - nothing")

# --- bitwise
add(NUMS,
    "6 & 3", "6 | 3", "6 ^ 3", "1 << 10", "1 << 70", "n >> 1", "-8 >> 1", "-1 >> 10", "~n",
    "~-1", "~m", "-5 & 255", "(2 ** 70 - 1) & 12345", "n & 1 == 1", "1 << -1", "n >> -1",
    "1.0 & 1", "n | 1.5")
add(FLAGS, "flag & done", "flag | done", "flag ^ flag", "flag | 0", "flag & 3", "one ^ flag")

# --- strings: operators
add(WORDS,
    "s + ' world'", "s * 2", "'ab' * 3", "'ab' * -1", "'ab' * 0", "3 * 'x'", "'a' * True",
    "s[0]", "s[-1]", "s[1:3]", "s[::-1]", "s[::2]", "s[-3:]", "s[:0]", "s[5:1]", "s[1:100]",
    "s[-100:2]", "s[10]", "s[-6]", "s['a']", "s[1.0]", "s[True]", "s[::0]",
    "s + 1", "s - 'h'", "s * 2.0", "s * s", "-s", "+s",
    "'ell' in s", "'' in s", "'z' not in s", "1 in s", "s == 'hello'", "s != 'Hello'",
    "'abc' < 'abd'", "'Z' < 'a'", "'é' > 'z'", "'10' < '9'", "s < 'help'", "s > 5",
    "empty or 'default'", "s and len(s)", "not empty", "not s",
    "words[0] + ' ' + words[-1]", "len(words) > 3 and words[0] == 'the'",
    "words[1][0]", "words[-1][::-1]", "words[4]", "words[1:3]", "words[::-1]", "words[::-2]",
    "words[-1:0:-1]", "'fox' in words", "'f' in words", "len('日本')", "'日本'[0]", "len('😀')",
    "'😀a'[1]", "'😀a'[::-1]", "'é'.upper()", "'ß'.upper()")

# --- string methods
add(WORDS,
    "name.strip()", "name.strip().lower().split()", "name.lstrip()", "name.rstrip()",
    "'xxhixx'.strip('x')", "'www.example.com'.lstrip('w.')", "'what?!'.rstrip('!?')",
    "'  hi\\n'.strip()", "s.upper()", "name.upper().strip()", "'ABC'.lower()",
    "line.split(',')", "'  a  b '.split()", "'a b c'.split(' ', 1)", "'a  b  c'.split(None, 1)",
    "''.split()", "''.split(',')", "line.split(',', 2)", "s.split('l')", "s.split('')",
    "s.split(1)", "', '.join(words)", "''.join(['a', 'b'])", "'-'.join('abc')",
    "','.join([1, 2])", "' '.join(words).title()", "'aaa'.replace('a', 'b')",
    "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-')", "s.replace('l', '')",
    "s.startswith('he')", "s.startswith('lo', 3)", "'file.py'.endswith(('.py', '.txt'))",
    "s.endswith('lo')", "s.startswith(1)", "s.find('l')", "s.rfind('l')", "s.find('z')",
    "s.find('l', 3)", "s.index('e')", "s.index('z')", "s.count('l')", "'banana'.count('a')",
    "'aaaa'.count('aa')", "'abc'.count('')", "'123'.isdigit()", "''.isdigit()",
    "'12a'.isdigit()", "'abc'.isalpha()", "'é日本'.isalpha()", "'ab1'.isalpha()",
    "'ab1'.isalnum()", "'ab 1'.isalnum()", "' \\t\\n'.isspace()", "''.isspace()",
    "'ABC1'.isupper()", "'123'.isupper()", "'abc'.islower()", "'aBc'.islower()",
    "'hello world'.title()", "\"they're bill's\".title()", "'hELLO wORLD'.capitalize()",
    "''.capitalize()", "'42'.zfill(5)", "'-42'.zfill(5)", "'+7'.zfill(3)", "'abc'.zfill(2)",
    "'ab'.center(5)", "'abc'.center(6, '*')", "'abc'.center(2)", "'ab'.ljust(4, '.')",
    "'ab'.rjust(4)", "'7'.rjust(3, '0')", "'ab'.center(5, '**')", "s.zfill('3')",
    "words.lower()", "s.join(1)", "name.strip().split(' ')[-1].upper()",
    "s.upper().count('L') == 2", "line.split(',').count('')")

# --- lists and tuples
add(env(NUMS, MISC),
    "xs[0]", "xs[-1]", "xs[2:5]", "xs[::-1]", "xs[::2]", "xs[-3:]", "xs[1:-1]", "xs[i:j]",
    "xs[k]", "xs[8]", "xs[-9]", "xs['a']", "xs[None]", "xs[::0]", "xs[j:i]",
    "xs + [0]", "xs + (0,)", "[0] * 3", "[1, 2] * 0", "[1, 2] * -2", "(1,) * 3", "t * 2",
    "t[1]", "t[-1]", "t[1:]", "t[::-1]", "single[0]", "single + unit", "unit[0]", "t + single",
    "t + [4]", "len(t)", "len(unit)", "3 in xs", "10 in xs", "10 not in xs", "'two' in t",
    "xs.index(5)", "xs.index(1, 2)", "xs.index(99)", "xs.count(1)", "t.index('two')",
    "t.count(3)", "t.count(3.5)", "xs.copy()", "t.copy()", "xs.copy() == xs", "xs[1:3] == [1, 4]",
    "[1, 2] < [1, 2, 3]", "[3] > [2, 9]", "(1, 'a') < (1, 'b')", "(1, 2) < (1, 'a')",
    "[1] < [1, 'a']", "[1, 2] == [1, 2.0]", "[1] == (1,)", "(1, 2) == (1, 2)", "[] < [0]",
    "xs[0] < xs[1] < xs[2]", "0 <= i < len(xs)", "3 < 2 < 'a'", "1 < 2 > 0", "n[0]",
    "xs and xs[0]", "[] and xs[0]", "xs[len(xs) - 1]", "xs[-len(xs)]")

# --- dicts
add(DICTS,
    "counts['a']", "counts['z']", "counts.get('a')", "counts.get('z')", "counts.get('z', 0) + 1",
    "counts.get('a', 0) + 1", "'b' in counts", "'z' not in counts", "3 in counts",
    "list(counts.keys())", "list(counts.values())", "list(counts.items())", "len(counts.keys())",
    "'a' in counts.keys()", "3 in counts.values()", "('a', 3) in counts.items()",
    "sum(counts.values())", "max(counts.values())", "sorted(counts.values())", "sorted(counts)",
    "max(counts)", "sorted(counts.items())", "sorted(scores.items(), reverse=True)[:2]",
    "sorted(scores.values(), reverse=True)[0]", "counts.copy()", "counts.copy() == counts",
    "len(counts)", "len({})", "scores['amy'] - scores['bob']", "scores['amy'] > 90",
    "cfg['debug'] or cfg['level'] > 1", "cfg['name'] is None", "cfg.get('name') or 'anon'",
    "cfg['missing']", "ids[1]", "ids[10]", "ids['1']", "ids.get(3, '?')", "sorted(ids)",
    "counts == {'c': 2, 'b': 1, 'a': 3}", "{'a': 1} == {'a': 1.0}", "counts < scores",
    "counts[0]", "counts.get()", "counts.get('a', 0, 1)", "counts.items()[0]",
    "list(counts.items())[0]", "list(scores)[-1]", "counts.split()", "counts.copy()['a']",
    "dict([('a', 1), ('b', 2)])", "dict([(1, 2), (1, 3)])", "dict([])", "dict([1, 2])",
    "dict([(1, 2, 3)])", "dict(list(zip(['x', 'y'], [1, 2])))", "{[1]: 2}", "{'k': [1]}['k'][0]",
    "counts[[1]]", "[] in counts", "1 in {'a': 1}")

# --- sets
add(SETS,
    "a | b", "a & b", "a - b", "b - a", "a ^ b", "a.union(b)", "a.intersection(b)",
    "a.difference(b)", "a.symmetric_difference(b)", "a.union([4, 5])", "a.issubset(b)",
    "a.issuperset({1, 2})", "a.isdisjoint(b)", "a.isdisjoint({7})", "a <= b", "{1, 2} < a",
    "a < a", "a <= a", "a > {1}", "a >= b", "a == {3, 2, 1}", "a != b", "len(a | b)",
    "2 in a", "7 in a", "'red' in tags", "'pink' not in tags", "tags | {'pink'}",
    "tags - {'red'}", "tags & {'red', 'pink'}", "sorted(tags)", "sorted(tags, reverse=True)",
    "', '.join(sorted(tags))", "min(tags)", "max(tags)", "len(tags)", "tags.copy()",
    "len(none)", "none | a", "bool(none)", "a.copy() == a", "sum(a)", "max(a)",
    "sorted(a | b)", "a | [1]", "a + b", "a * 2", "a[0]", "{1, [2]}", "[1] in a", "a < [1]",
    "tags.get('red')", "a.index(1)", "set() == set()", "{1, 2} == {2, 1}", "set([3, 1, 2, 1])",
    "set('hello')", "set(['b', 'a'])", "any(a)", "all(none)")

# --- nested data
add(NESTED,
    "grid[1][-1]", "grid[0][5]", "grid[-1]", "grid[1][1:]", "grid[::-1][0]", "len(grid[0])",
    "sum(grid[2])", "max(grid)", "grid[0] + grid[1]",
    "user['name']", "user['roles'][0]", "'admin' in user['roles']", "user['age'] >= 18",
    "user['email']", "user.get('email', '').lower()", "len(user['roles']) > 1",
    "user['name'].capitalize()", "points[1]", "points[1][0] ** 2 + points[1][1] ** 2",
    "sorted(points)", "max(points)", "min(points)", "points[-1][0]", "(0, 0) in points",
    "sorted(pairs)", "dict(pairs)", "dict(pairs)['c']", "sorted(pairs, reverse=True)[0][0]",
    "rows[0]['ok']", "rows[1]['ok'] is False", "rows[-1]['id']", "len(rows)", "rows[2]",
    "pos[(0, 0)]", "pos[(1, 2)]", "pos[0, 0]", "pos[(2, 2)]", "(1, 2) in pos", "pos[[0, 0]]",
    "list(zip(pairs, points))[0]", "grid[1][1] == 5 and user['age'] < 40")

# --- booleans, None, is, and/or, conditional
add(FLAGS,
    "flag is True", "done is False", "nothing is None", "nothing is not None", "one is True",
    "one == True", "flag is not False", "items is None", "opt is None", "not flag", "not nothing",
    "not items", "not opt", "not 'a'", "flag and done", "flag or done", "done or flag",
    "nothing or 'default'", "'' or nothing", "items and items[0]", "items or [0]",
    "one and 2", "opt and 1 / opt", "opt != 0 and 1 / opt > 1", "done or 1 / opt",
    "flag and 1 / opt", "one if flag else 2", "'yes' if done else 'no'", "1 / opt if opt else 0",
    "1 / opt if flag else 0", "'empty' if not items else items[0]", "one == 1.0 == flag",
    "nothing == 0", "nothing == None", "nothing < 1", "nothing < nothing", "flag < 2",
    "done < flag", "one + flag == 2")
add(NUMS,
    "n if n > 0 else -n", "m if m > 0 else -m", "'even' if n % 2 == 0 else 'odd'",
    "'big' if n > 100 else 'mid' if n > 5 else 'small'", "count != 0 and total / count > 1",
    "zero != 0 and total / zero > 1", "total / zero if zero else None", "n > 5 and m < 0",
    "n > 5 or 1 / 0", "n < 5 or 1 / 0", "not n > 5", "not (n > 5 and m > 0)",
    "1 == 1.0 == True", "'1' == 1", "n == 7.0", "n != 7", "1 < n < 10", "1 < n < 5",
    "n < 'a'", "n == 'a'", "[n] < [n, 'a']")

# --- builtins
add(env(NUMS, WORDS, MISC),
    "len(s)", "len(xs)", "len(n)", "len(None)", "len(words[0])", "len(range(0, 10, 3))",
    "min(xs)", "max(xs)", "min(1, 2, 3)", "max(2, 9, 4)", "max('abc')", "min(words)",
    "max(words)", "max([1, 2.5])", "max(1, True)", "max(True, 1)", "min([[1, 2], [1]])",
    "max([])", "max('')", "min([1, 'a'])", "min(5)", "max(i, j, k)",
    "sum(xs)", "sum(xs, 10)", "sum([])", "sum([1.5, 2])", "sum([0.5, 0.25, 0.125])",
    "sum([[1], [2]], [])", "sum(['a', 'b'])", "sum(['a', 'b'], '')", "sum(range(101))",
    "sum(n)", "sorted(xs)", "sorted(xs, reverse=True)", "sorted(words)", "sorted(s)",
    "sorted(words, reverse=False)", "sorted([3, 'a'])", "sorted(xs)[-2:]", "sorted(t)",
    "abs(-3)", "abs(-2.5)", "abs(True)", "abs(-0.0)", "abs(s)", "abs(m) + abs(n)",
    "round(2.5)", "round(3.5)", "round(-2.5)", "round(0.5)", "round(-0.5)", "round(1.5)",
    "round(0.125, 2)", "round(2.675, 2)", "round(1.005, 2)", "round(3.14159, 3)", "round(7)",
    "round(2.5, 0)", "round(1234, -2)", "round(1250, -2)", "round(15, -1)", "round(25, -1)",
    "round(5, 2)", "round(12.345, 1)", "round(1e16)", "round(float('inf'))",
    "round(float('nan'))", "round(s)",
    "str(3)", "str(1.0)", "str(None)", "str([1, 'a'])", "str('x')", "str(True)", "str(1e16)",
    "str(-0.0)", "str(t)", "str({'a': 1})", "repr('a')", "repr(\"it's\")", "repr(2.5)",
    "repr(words)", "repr(s) == \"'hello'\"", "str(n) + '!'", "str(n) * 2",
    "int('42')", "int(' -7 ')", "int(3.9)", "int(-3.9)", "int(True)", "int('x')", "int('4.5')",
    "int('')", "int(None)", "int('1_000')", "int(1e20)", "int('-0')", "int(float('inf'))",
    "int(s)", "int(str(n) + '0')",
    "float('3.5')", "float(' 2 ')", "float(7)", "float('abc')", "float('1e3')", "float('-inf')",
    "float('inf') > 1e308", "float('nan') != float('nan')", "float('nan') == float('nan')",
    "float('-0')", "float(None)", "float(n) / 2",
    "bool(0)", "bool('')", "bool([])", "bool('0')", "bool(0.0)", "bool(None)", "bool(xs)",
    "bool(())", "list('abc')", "list(t)", "list(s)[:2]", "tuple(xs[:2])", "tuple('ab')",
    "tuple([])", "list(5)", "set(xs)", "set(words)", "set(t)",
    "any([])", "all([])", "any([0, '', None])", "all(xs)", "all(words)", "any([0, 0.0, 1])",
    "all([1, 0])", "any(s)", "any(n)",
    "range(5)", "range(1, 10, 2)", "range(n)", "range(10)[::2]", "range(5)[2]", "range(5)[-1]",
    "range(5)[9]", "range(0, 10, 0)", "range(1.5)", "list(range(5))", "list(range(10, 0, -3))",
    "list(range(-3))", "list(range(2, 5))", "3 in range(5)", "5 in range(5)", "list(range(m, 0))",
    "list(reversed(xs))", "list(reversed('abc'))", "list(reversed(t))", "list(reversed({1, 2}))",
    "list(enumerate('ab'))", "list(enumerate(words))[1]", "list(zip(words, xs))",
    "list(zip('ab', [1, 2, 3]))", "list(zip(xs, n))", "len(list(zip(words, s)))")

# --- more of the mistakes a debugging user makes
add(env(NUMS, WORDS, DICTS, SETS, NESTED, FLAGS, FLOATS),
    "xs.index('a')", "'abc'.index('d', 1)", "words[0][5]", "grid[3][0]", "user['roles'][2]",
    "scores['dan']", "ids[0]", "counts.get('a') + 'x'", "s.upper() + n", "len(xs) + 'a'",
    "total / count / zero", "xs[0] // (xs[1] - 1)", "n % (m + 3)", "int('0x1A')", "int('12abc')",
    "float('1,5')", "int([1])", "float([])", "min([])", "sum([1, 'a'])", "sorted(n)",
    "sorted([None, 1])", "round(x, 'x')", "range('5')", "list(range(3))[3]", "dict(n)", "set(n)",
    "tuple(nothing)", "s.keys()", "n.upper()", "nothing.strip()", "xs.items()", "points.get(0)",
    "a.split()", "missing.strip()", "xs[missing]", "not_defined or 1", "'a' < nothing",
    "[1] < n", "(1,) + 'a'", "counts + counts", "counts - counts", "[1] * [2]", "~x",
    "len(xs, words)", "abs()", "nothing[0]", "flag[0]", "x[0]", "s.startswith()")

# --- long results: canon cuts them at 100 characters
add(env(NUMS, WORDS),
    "list(range(40))", "s * 30", "2 ** 400", "words * 10", "str(list(range(30)))",
    "sorted(set(range(60)))")


# ------------------------------------------------------------------ evaluation
def evaluate(expr: str, names: dict[str, str]) -> dict:
    """One case as it is written: the expression, its variables, and Python's result or error."""
    local = {k: ast.literal_eval(v) for k, v in names.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a SyntaxWarning (`1 is None`) would mean an odd case
        try:
            value = eval(expr, {"__builtins__": builtins}, dict(local))
        except Exception as exc:  # noqa: BLE001 - the exception's type is the expected result
            return {"expr": expr, "names": names, "error": type(exc).__name__}
    return {"expr": expr, "names": names, "result": canon(value), "_type": type(value)}


def used_names(expr: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(expr, mode="eval")) if isinstance(node, ast.Name)}


def build() -> list[dict]:
    out = []
    seen = set()
    for expr, values in CASES:
        # Only the variables the expression mentions travel with it.
        names = {}
        for k in sorted(used_names(expr) & set(values)):
            text = canon(values[k])
            assert ast.literal_eval(text) == values[k], (k, text)
            assert type(ast.literal_eval(text)) is type(values[k]), (k, text)
            names[k] = text
        key = (expr, json.dumps(names, sort_keys=True))
        assert key not in seen, f"duplicate case {expr!r}"
        seen.add(key)
        case = evaluate(expr, names)
        t = case.pop("_type", None)
        if t is not None:
            assert t in RESULT_TYPES, f"{expr!r} gives a {t.__name__}, which has no canonical form"
        out.append(case)
    return out


def main() -> None:
    cases = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")
    errors = sum("error" in c for c in cases)
    print(f"wrote {len(cases)} cases ({errors} errors) to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
