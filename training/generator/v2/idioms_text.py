"""v2 idioms over text: cleaning names, counting words, parsing order lines."""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import price, product, qty


def _order_line(rng: random.Random) -> str:
    """Mostly `3 x mug @ 4.50`, sometimes a line someone typed wrong."""
    if rng.random() < 0.8:
        return f"{rng.choice(['', ' '])}{qty(rng)} x {product(rng)} @ {price(rng):.2f}"
    return rng.choice([f"{product(rng)} {qty(rng)}", f"{qty(rng)}x {product(rng)} @ {price(rng)}"])


def normalize_name(ctx: Ctx) -> Func:
    """`"  aDa   LOVELACE "` -> `"Ada Lovelace"`, as a loop or a comprehension."""
    arg = ctx.pick(["name", "raw_name", "full_name", "text"])
    parts = ctx.pick(["parts", "words", "pieces"])
    if ctx.chance(0.5):
        body = [f"{parts} = {arg}.strip().split()",
                *ctx.comment("split() without arguments also drops repeated spaces"),
                f"return ' '.join(p.capitalize() for p in {parts})"]
    else:
        cleaned = ctx.pick(["cleaned", "out", "result"])
        body = [f"{cleaned} = []",
                f"for {ctx.pick(['word', 'part'])} in {arg}.split():"]
        w = body[-1].split()[1]
        if ctx.chance(0.5):
            body += [f"    if not {w}.isalpha():", "        continue"]
        body += [f"    {cleaned}.append({w}[0].upper() + {w}[1:].lower())",
                 f"return ' '.join({cleaned})"]
    name = ctx.pick(["normalize_name", "clean_name", "tidy_name", "format_name"])
    return Func(name, [Param(arg, "str", "name")], "str", body, "Return the name with one space between words, each capitalized.")


def word_counts(ctx: Ctx) -> Func:
    """Word frequencies of a sentence: Counter, dict.get or setdefault; sometimes the top k."""
    text = ctx.pick(["text", "sentence", "message"])
    imports: set[str] = set()
    words = ctx.pick(["words", "tokens"])
    body = [f"{words} = {text}.lower().replace(',', ' ').replace('.', ' ').split()"]
    counts = ctx.pick(["counts", "freq", "tally"])
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("from collections import Counter")
        body.append(f"{counts} = Counter({words})")
    else:
        body.append(f"{counts} = {{}}")
        body.append(f"for w in {words}:")
        body.append(f"    {counts}[w] = {counts}.get(w, 0) + 1" if r < 0.7 else f"    {counts}.setdefault(w, 0)")
        if r >= 0.7:
            body.append(f"    {counts}[w] += 1")
    params = [Param(text, "str", ctx.pick(["sentence", "paragraph"]))]
    if ctx.chance(0.4):
        params.append(Param("top", "int", "k", default=str(ctx.rng.randint(2, 3))))
        body.append(f"return sorted({counts}.items(), key=lambda kv: (-kv[1], kv[0]))[:top]")
        returns = "list[tuple[str, int]]"
    else:
        body.append(f"return dict({counts})")
        returns = "dict[str, int]"
    name = ctx.pick(["word_counts", "count_words", "word_frequencies"])
    return Func(name, params, returns, body, "Count how often each word occurs, ignoring case.", imports=imports)


def parse_order_line(ctx: Ctx) -> Func:
    """`"3 x mug @ 4.50"` -> `("mug", 3, 4.5)`; a malformed line raises ValueError or gives None."""
    line = ctx.pick(["line", "row", "entry"])
    strict = ctx.chance(0.4)
    body = [f"{line} = {line}.strip()",
            f"if ' x ' not in {line} or ' @ ' not in {line}:",
            f"    raise ValueError(f'bad order line: {{{line}!r}}')" if strict else "    return None",
            f"qty_text, rest = {line}.split(' x ', 1)",
            "item, price_text = rest.split(' @ ')",
            *ctx.comment("prices are written with two decimals"),
            "return item.strip().lower(), int(qty_text), float(price_text)"]
    returns = "tuple[str, int, float]" if strict else "tuple[str, int, float] | None"
    name = ctx.pick(["parse_order_line", "parse_line", "read_order"])
    return Func(name, [Param(line, "str", _order_line)], returns, body, "Split an order line into item, quantity and price.",
                may_raise=strict)


MAKERS = [normalize_name, word_counts, parse_order_line]
