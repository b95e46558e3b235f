"""The v2 family ("people"): modules written the way people write them, from idioms.

A program is a module (sometimes a module docstring, the imports and constants its functions
use, two blank lines between definitions) holding one to three idioms with their helpers.
Either the entry call runs one of them (function mode), or a `__main__` guard (often through a
`main()` function) binds people-like inputs, calls them and prints the results (script mode).
Every choice comes from the one rng, in a fixed order.
"""
from __future__ import annotations

import random

from ..builder import Program
from .idiom import Ctx, Func, Param
from .layout import INDENT, Module, Style, indent
from .people import value
from .registry import MAKERS

MODULE_SUMMARIES = ["Small helpers for the weekly report.", "Utilities for cleaning up user input.",
                    "Order processing helpers.", "Text utilities.", "Scoring and statistics helpers.",
                    "Inventory bookkeeping.", "Helpers used by the import script.", "Data cleaning steps.",
                    "Functions for the class exercise.", "Parsing and formatting helpers."]
RESULT_NAMES = ["result", "summary", "report", "output", "cleaned", "totals", "answer", "value"]


def signature(style: Style, f: Func, method: bool = False) -> str:
    params = ([Param("self", "", "")] if method else []) + f.params
    parts = []
    for p in params:
        text = p.name if p.name == "self" or not style.hints else f"{p.name}: {p.hint}"
        if p.default is not None:
            text += (" = " if style.hints and p.name != "self" else "=") + p.default
        parts.append(text)
    tail = f" -> {f.returns}" if style.hints else ""
    return f"def {f.name}({', '.join(parts)}){tail}:"


def render_func(style: Style, f: Func) -> list[str]:
    doc = style.docstring(f.summary, f.details)
    return [signature(style, f), *indent(doc), *indent(f.body)]


def _collect(f: Func, out: dict[str, Func | list[str]]) -> bool:
    """Helpers first, then f, each name once; False if two different definitions share a name."""
    for h in f.helpers:
        if isinstance(h, Func):
            if not _collect(h, out):
                return False
        else:
            key = next((line for line in h if line.startswith("class ")), h[0])  # past any decorator
            if key in out and out[key] != h:
                return False
            out[key] = h
    if f.name in out and out[f.name] is not f:
        existing = out[f.name]
        return isinstance(existing, Func) and existing.body == f.body and existing.params == f.params
    out[f.name] = f
    return True


def _imports_and_constants(funcs: list[Func]) -> tuple[set[str], dict[str, str]] | None:
    imports: set[str] = set()
    constants: dict[str, str] = {}
    for f in funcs:
        imports |= f.imports
        for name, text in f.constants.items():
            if constants.get(name, text) != text:
                return None
            constants[name] = text
    return imports, constants


def _input(rng: random.Random, p: Param) -> str:
    return repr(value(rng, p.role) if isinstance(p.role, str) else p.role(rng))


def _args(rng: random.Random, f: Func) -> tuple[list[str], dict[str, str]]:
    """Argument source texts for a call of f: positional ones, and the defaults given by keyword."""
    positional, keywords = [], {}
    for p in f.params:
        if p.default is not None:
            if rng.random() < 0.6:
                continue  # the default is used
            keywords[p.name] = _input(rng, p)
        else:
            positional.append(_input(rng, p))
    return positional, keywords


def _call_text(name: str, positional: list[str], keywords: dict[str, str]) -> str:
    return f"{name}({', '.join(positional + [f'{k}={v}' for k, v in keywords.items()])})"


def _script(rng: random.Random, style: Style, called: list[Func]) -> list[str]:
    """The main guard: inputs bound to names, each function called, the results printed."""
    lines: list[str] = []
    for f in called:
        positional, keywords = _args(rng, f)
        names = []
        for p, text in zip([p for p in f.params if p.default is None], positional):
            lines.append(f"{p.name} = {text}")
            names.append(p.name)
        result = rng.choice(RESULT_NAMES)
        call = _call_text(f.name, names, keywords)
        if f.returns == "None":
            lines.append(call)
            continue
        lines.append(f"{result} = {call}")
        r = rng.random()
        if r < 0.5:
            lines.append(f"print({result})")
        elif r < 0.8:
            lines.append(f'print(f"{f.name}: {{{result}}}")')
        elif f.returns.startswith(("list", "dict")):
            loop = "item" if f.returns.startswith("list") else "key, count"
            it = result if f.returns.startswith("list") else f"{result}.items()"
            body = "print(item)" if loop == "item" else 'print(f"{key}: {count}")'
            lines += [f"for {loop} in {it}:", INDENT + body]
        else:
            lines.append(f"print({result})")
    if rng.random() < 0.5:
        main = ["def main() -> None:" if style.hints else "def main():", *indent(lines)]
        return main + ["", "", 'if __name__ == "__main__":', INDENT + "main()"]
    return ['if __name__ == "__main__":', *indent(lines)]


def generate(rng: random.Random) -> Program:
    style = Style.draw(rng)
    ctx = Ctx(rng, style)
    k = min(len(MAKERS), rng.choices([1, 2, 3], [5, 3, 1])[0])
    tops = [make(ctx) for make in rng.sample(MAKERS, k)]
    defs: dict[str, Func | list[str]] = {}
    for f in tops:
        if not _collect(f, defs):
            raise ValueError("two idioms define the same name differently")
    funcs = [d for d in defs.values() if isinstance(d, Func)]
    both = _imports_and_constants(funcs)
    if both is None:
        raise ValueError("two idioms define the same constant differently")
    module = Module()
    if rng.random() < 0.5:
        module.docstring = [f'"""{rng.choice(MODULE_SUMMARIES)}"""']
    module.imports, constants = both
    for name, text in constants.items():
        module.constant(name, text)
    for d in defs.values():
        module.definitions.append(render_func(style, d) if isinstance(d, Func) else d)
    expect = ("ok", "error") if any(f.may_raise for f in funcs) else ("ok",)
    if rng.random() < 0.6:
        entry = tops[-1]
        source = module.render()
        return Program("people", "function", source, _call_text(entry.name, *_args(rng, entry)), expect)
    module.tail = _script(rng, style, tops)
    return Program("people", "script", module.render(), None, expect)

