"""v2 idioms over text: names, posts, prices, small config and log formats, templates, reports.

Each maker draws its variants from `ctx.rng` (see idiom.py); the string basics (emails, slugs,
case conversion, wrapping, Caesar shifts...) live in idioms_strings.py, so these stay apart.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import CITIES, DOMAINS, FIRST, LAST, PRODUCTS, WORDS, full_name, price, product, qty, sentence


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



# ---------------------------------------------------------------------------------------------
# Inputs these idioms are written for (roles that people.py does not have)


def _names(rng: random.Random) -> list[str]:
    return [full_name(rng, 0.6) for _ in range(rng.randint(2, 5))]


def _post(rng: random.Random) -> str:
    tags = ["python", "Python", "data", "ML", "news", "tips", "code", "fun", "travel", "food"]
    words = sentence(rng, 2, 5, 24).rstrip(".!?").split()
    for _ in range(rng.choice([0, 1, 2, 2, 3])):
        words.insert(rng.randrange(len(words) + 1), "#" + rng.choice(tags) + rng.choice(["", "", "!", ","]))
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words) + 1), "@" + rng.choice(FIRST))
    return " ".join(words)


def _posts(rng: random.Random) -> list[str]:
    return [_post(rng) for _ in range(rng.randint(2, 4))]


def _amount(rng: random.Random) -> str:
    p = price(rng)
    r = rng.random()
    if r < 0.3:
        return f"${p:.2f}"
    if r < 0.45:
        return f"${rng.randint(1, 9)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}"
    if r < 0.6:
        return f"{p:.2f} {rng.choice(['USD', 'EUR'])}"
    if r < 0.75:
        return f" {p} "
    if r < 0.87:
        return f"\\u00a3{p:.2f}".encode().decode("unicode_escape")
    return rng.choice(["free", "", "n/a", "$ 7", "TBD"])


def _amounts(rng: random.Random) -> list[str]:
    return [_amount(rng) for _ in range(rng.randint(2, 6))]


_INI_KEYS = {"db": [("host", ["localhost", "db.local", "10.0.0.5"]), ("port", ["5432", "3306"]), ("user", FIRST[:5])],
             "app": [("debug", ["true", "false"]), ("name", ["shop", "blog", "demo"]), ("workers", ["2", "4"])],
             "log": [("level", ["info", "debug", "warn"]), ("file", ["app.log", "out.txt"])]}


def _ini_text(rng: random.Random) -> str:
    lines = []
    for section in rng.sample(sorted(_INI_KEYS), rng.randint(1, 2)):
        if lines and rng.random() < 0.6:
            lines.append("")
        lines.append(rng.choice([f"[{section}]", f"[{section.upper()}]", f"[ {section} ]"]))
        if rng.random() < 0.25:
            lines.append(rng.choice(["# local settings", "; defaults"]))
        for key, values in rng.sample(_INI_KEYS[section], rng.randint(1, 2)):
            lines.append(f"{key}{rng.choice(['=', ' = ', ' ='])}{rng.choice(values)}")
        if rng.random() < 0.08:
            lines.append(rng.choice(["oops", "port 80"]))
    return "\n".join(lines)


def _item_names(rng: random.Random) -> list[str]:
    return rng.sample(PRODUCTS, rng.choice([0, 1, 2, 2, 3, 3, 4]))


def _item_counts(rng: random.Random) -> dict[str, int]:
    return {p: rng.choice([0, 1, 1, 2, 3, 5]) for p in rng.sample(PRODUCTS, rng.randint(1, 4))}


_LEVEL_WEIGHTS = {"DEBUG": 3, "INFO": 5, "WARNING": 3, "ERROR": 2, "CRITICAL": 1}
_MESSAGES = ["disk full", "user login", "retry 2", "cache miss", "job done", "timeout", "low memory", "started",
             "bad request", "saved file", "db slow"]


def _log_line(rng: random.Random) -> str:
    level = rng.choices(list(_LEVEL_WEIGHTS), list(_LEVEL_WEIGHTS.values()))[0]
    level = level.lower() if rng.random() < 0.1 else level
    return f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d} {level} {rng.choice(_MESSAGES)}"


def _log_lines(rng: random.Random) -> list[str]:
    return [_log_line(rng) for _ in range(rng.randint(2, 7))]


def _birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1950, 2015)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _today(rng: random.Random) -> str:
    return f"{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _time12(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.85:
        text = f"{rng.randint(1, 12)}:{rng.choice([0, 5, 15, 30, 45, rng.randint(0, 59)]):02d}"
        return rng.choice(["", " "]) + text + rng.choice([" ", "", " "]) + rng.choice(["AM", "PM", "am", "pm", "PM"])
    return rng.choice(["13:00", "noon", "7 pm", "12:00"])


def _times12(rng: random.Random) -> list[str]:
    return [_time12(rng) for _ in range(rng.randint(2, 5))]


# ---------------------------------------------------------------------------------------------
# Makers


def split_name(ctx: Ctx) -> Func:
    """`"Lovelace, Ada"` or `"Dr. Ada Lovelace"` -> `("Ada", "Lovelace")`; sometimes used to sort names by last name."""
    raw = ctx.pick(["name", "full_name", "raw"])
    body = [f"{raw} = {raw}.strip()"]
    if ctx.chance(0.6):
        body += [f"if ',' in {raw}:",
                 *ctx.comment("written as 'Last, First'", 1),
                 f"    last, _, first = {raw}.partition(',')",
                 "    return first.strip().title(), last.strip().title()"]
    parts = ctx.pick(["parts", "words"])
    body.append(f"{parts} = [p for p in {raw}.split() if p.rstrip('.').lower() not in TITLES]")
    if ctx.chance(0.5):
        body += [f"if not {parts}:", "    return '', ''",
                 f"first, *_, last = {parts} if len({parts}) > 1 else [{parts}[0], '']"]
    else:
        body += [f"first = {parts}[0] if {parts} else ''", f"last = {parts}[-1] if len({parts}) > 1 else ''"]
    body.append("return first.title(), last.title()")
    helper = Func(ctx.pick(["split_name", "name_parts"]), [Param(raw, "str", "name")], "tuple[str, str]", body,
                  "Split a full name into first and last name, dropping titles like Dr.",
                  constants={"TITLES": '("dr", "mr", "mrs", "ms", "prof")'})
    r = ctx.rng.random()
    if r < 0.4:
        return helper
    names = ctx.pick(["names", "people", "attendees"])
    if r < 0.7:
        key = ctx.pick(["by_last", "last_first"])
        hbody = [f"first, last = {helper.name}({key[:2]})", "return last.lower(), first.lower()"]
        keyf = Func(key, [Param(key[:2], "str", "name")], "tuple[str, str]", hbody,
                    "Sort key: last name, then first name.", helpers=[helper])
        body = [f"return sorted({names}, key={key})"]
        return Func(ctx.pick(["sort_by_last_name", "sorted_names"]), [Param(names, "list[str]", _names)],
                    "list[str]", body, "The names in order of last name.", helpers=[keyf])
    out = ctx.pick(["formatted", "result", "cards"])
    body = [f"{out} = []", f"for {raw} in {names}:", f"    first, last = {helper.name}({raw})",
            "    if not last:", f"        {out}.append(first)", "        continue",
            f"    {out}.append(f'{{last}}, {{first[0]}}.')", f"return {out}"]
    return Func(ctx.pick(["short_names", "badge_names"]), [Param(names, "list[str]", _names)], "list[str]", body,
                "Each name written as 'Last, F.'.", helpers=[helper])


def hashtags(ctx: Ctx) -> Func:
    """`#tags` (and `@mentions`) from posts: re.findall, a split loop with startswith, or a Counter over many posts."""
    post = ctx.pick(["post", "text", "message"])
    r = ctx.rng.random()
    if r < 0.35:
        tags = ctx.pick(["tags", "found"])
        body = [f"{tags} = [t.lower() for t in re.findall(r'#(\\w+)', {post})]",
                *ctx.comment("dict.fromkeys keeps the first of each tag, in order"),
                f"return list(dict.fromkeys({tags}))"]
        return Func(ctx.pick(["hashtags", "extract_tags"]), [Param(post, "str", _post)], "list[str]", body,
                    "The post's hashtags, lower-cased, each once.", imports={"import re"})
    if r < 0.6:
        tags = ctx.pick(["tags", "found"])
        w = ctx.pick(["word", "token"])
        body = [f"{tags} = []", f"for {w} in {post}.split():",
                f"    if not {w}.startswith('#') or len({w}) < 2:", "        continue",
                f"    tag = {w}[1:].strip(string.punctuation).lower()",
                f"    if tag and tag not in {tags}:", f"        {tags}.append(tag)", f"return {tags}"]
        return Func(ctx.pick(["hashtags", "tags_in"]), [Param(post, "str", _post)], "list[str]", body,
                    "Hashtags of a post without the '#' or trailing punctuation.", imports={"import string"})
    if r < 0.8:
        body = [f"return {{'tags': re.findall(r'#(\\w+)', {post}), 'mentions': re.findall(r'@(\\w+)', {post})}}"]
        return Func(ctx.pick(["tags_and_mentions", "post_refs"]), [Param(post, "str", _post)], "dict[str, list[str]]",
                    body, "The hashtags and @mentions of a post.", imports={"import re"})
    posts = ctx.pick(["posts", "messages", "feed"])
    counts = ctx.pick(["counts", "tally"])
    body = [f"{counts} = Counter()", f"for {post} in {posts}:",
            f"    {counts}.update(tag.lower() for tag in re.findall(r'#(\\w+)', {post}))",
            f"return {counts}.most_common(top)"]
    return Func(ctx.pick(["trending_tags", "top_hashtags"]),
                [Param(posts, "list[str]", _posts), Param("top", "int", "k", default=str(ctx.rng.randint(2, 3)))],
                "list[tuple[str, int]]", body, "The most used hashtags across the posts, with their counts.",
                imports={"import re", "from collections import Counter"})


def parse_amounts(ctx: Ctx) -> Func:
    """`"$1,234.50"`, `"4.50 USD"` -> float (or None), in a helper; a total that skips what does not parse."""
    text = ctx.pick(["text", "amount", "raw"])
    if ctx.chance(0.5):
        hbody = ["try:",
                 f"    return float({text}.strip().lstrip('$\\u00a3').replace(',', '').split()[0])",
                 "except (ValueError, IndexError):",
                 *ctx.comment("empty or not a number, like 'free'", 1),
                 "    return None"]
        imports: set[str] = set()
    else:
        imports = {"import re"}
        hbody = [f"digits = re.sub(r'[^0-9.]', '', {text})",
                 "if not digits:", "    return None",
                 "return float(digits)"]
    helper = Func(ctx.pick(["parse_amount", "to_amount"]), [Param(text, "str", _amount)], "float | None", hbody,
                  "The number in a price like '$1,234.50', or None.", imports=imports)
    r = ctx.rng.random()
    if r < 0.3:
        return helper
    amounts = ctx.pick(["amounts", "prices", "entries"])
    if r < 0.65:
        total = ctx.pick(["total", "subtotal"])
        body = [f"{total} = 0.0", "skipped = 0", f"for {text} in {amounts}:",
                f"    value = {helper.name}({text})", "    if value is None:", "        skipped += 1",
                "        continue", f"    {total} += value", f"return round({total}, 2), skipped"]
        return Func(ctx.pick(["total_amount", "sum_prices"]), [Param(amounts, "list[str]", _amounts)],
                    "tuple[float, int]", body, "The sum of the prices that parse, and how many did not.",
                    details=("Returns:", "    (total, number of entries skipped)"), helpers=[helper])
    values = ctx.pick(["values", "parsed"])
    body = [f"{values} = [{helper.name}(a) for a in {amounts}]",
            f"{values} = [v for v in {values} if v is not None]"]
    if ctx.chance(0.5):
        body.append(f"return max({values}) if {values} else None")
        return Func(ctx.pick(["highest_price", "max_amount"]), [Param(amounts, "list[str]", _amounts)],
                    "float | None", body, "The largest price that parses.", helpers=[helper])
    body.append(f"return sorted({values}, reverse=True)")
    return Func(ctx.pick(["amounts_desc", "sorted_prices"]), [Param(amounts, "list[str]", _amounts)], "list[float]",
                body, "The prices that parse, largest first.", helpers=[helper])


def parse_ini(ctx: Ctx) -> Func:
    """`[db]` sections with `key = value` lines to a dict of dicts; comments and blanks skipped; strict or lenient."""
    text = ctx.pick(["text", "config_text", "source"])
    sections = ctx.pick(["sections", "config", "settings"])
    strict = ctx.chance(0.35)
    loop = (f"for number, raw in enumerate({text}.splitlines(), 1):" if strict else f"for raw in {text}.splitlines():")
    body = [f"{sections} = {{}}", "current = None", loop,
            "    line = raw.strip()",
            "    if not line or line.startswith(('#', ';')):", "        continue",
            "    if line.startswith('[') and line.endswith(']'):",
            f"        current = {sections}.setdefault(line[1:-1].strip().lower(), {{}})", "        continue",
            "    key, sep, value = line.partition('=')"]
    if strict:
        body += ["    if not sep or current is None:",
                 "        raise ValueError(f'line {number}: expected key = value inside a section')"]
    else:
        body += ["    if not sep or current is None:", *ctx.comment("ignore lines we do not understand", 2),
                 "        continue"]
    helpers = []
    if ctx.chance(0.4):
        conv = Func("convert_setting", [Param("value", "str", lambda rng: rng.choice(["true", "4", "shop", "False"]))],
                    "bool | int | str",
                    ["if value.lower() in ('true', 'false'):", "    return value.lower() == 'true'",
                     "if value.isdigit():", "    return int(value)", "return value"],
                    "Turn 'true'/'false' and whole numbers into bool and int.")
        helpers.append(conv)
        body.append("    current[key.strip()] = convert_setting(value.strip())")
        returns = "dict[str, dict[str, bool | int | str]]"
    else:
        body.append("    current[key.strip()] = value.strip()")
        returns = "dict[str, dict[str, str]]"
    body.append(f"return {sections}")
    return Func(ctx.pick(["parse_ini", "read_sections", "load_config"]), [Param(text, "str", _ini_text)], returns, body,
                "Parse INI-style text into one dict of settings per [section].", helpers=helpers, may_raise=strict)


def human_join(ctx: Ctx) -> Func:
    """`["tea", "mug", "lamp"]` -> `"tea, mug and lamp"`; sometimes with a plural helper: `"2 mugs and 1 lamp"`."""
    items = ctx.pick(["items", "words", "parts"])
    oxford = ctx.chance(0.3)
    last_sep = "', and '" if oxford else "' and '"
    jbody = [f"if not {items}:", "    return ''", f"if len({items}) == 1:", f"    return {items}[0]"]
    if ctx.chance(0.5):
        jbody.append(f"return ', '.join({items}[:-1]) + {last_sep} + {items}[-1]")
    else:
        jbody += [f"*rest, last = {items}", f"return f\"{{', '.join(rest)}}{last_sep[1:-1]}{{last}}\""]
    joiner = Func(ctx.pick(["join_words", "human_join", "and_list"]), [Param(items, "list[str]", _item_names)], "str",
                  jbody, "Join words the way a sentence lists them" + (", with an Oxford comma." if oxford else "."))
    if ctx.chance(0.35):
        return joiner
    pbody = (["if n == 1:", "    return f'{n} {word}'",
              "suffix = 'es' if word.endswith(('s', 'x', 'ch', 'sh')) else 's'", "return f'{n} {word}{suffix}'"]
             if ctx.chance(0.5) else ["return f\"{n} {word}{'' if n == 1 else 's'}\""])
    plural = Func("pluralize", [Param("n", "int", "qty"), Param("word", "str", "product")], "str", pbody,
                  "'1 mug', '2 mugs': the count and the word, plural when needed.")
    counts = ctx.pick(["counts", "basket", "cart"])
    if ctx.chance(0.5):
        body = [f"parts = [pluralize(n, item) for item, n in {counts}.items() if n > 0]"]
    else:
        body = ["parts = []", f"for item, n in sorted({counts}.items()):", "    if n == 0:", "        continue",
                "    parts.append(pluralize(n, item))"]
    body += [*ctx.comment("an empty basket reads better than an empty string"),
             "return joiner(parts) or 'nothing'".replace("joiner", joiner.name)]
    return Func(ctx.pick(["describe_basket", "describe_counts", "basket_sentence"]),
                [Param(counts, "dict[str, int]", _item_counts)], "str", body,
                "Describe item counts in words, like '2 mugs and 1 lamp'.", helpers=[plural, joiner])


def word_stats(ctx: Ctx) -> Func:
    """Words stripped of string.punctuation: the longest (max key=len or a loop), average length, or long words."""
    text = ctx.pick(["text", "sentence", "passage"])
    r = ctx.rng.random()
    if r < 0.3:
        body = [f"words = [w.strip(string.punctuation) for w in {text}.split()]",
                "words = [w for w in words if w]",
                *ctx.comment("max keeps the first of several equally long words"),
                "return max(words, key=len) if words else ''"]
        return Func(ctx.pick(["longest_word", "longest"]), [Param(text, "str", "sentence")], "str", body,
                    "The longest word of the text, ignoring punctuation.", imports={"import string"})
    if r < 0.5:
        best = ctx.pick(["best", "longest"])
        body = [f"{best} = ''", f"for raw in {text}.split():", "    word = raw.strip(string.punctuation)",
                f"    if len(word) > len({best}):", f"        {best} = word", f"return {best}, len({best})"]
        return Func(ctx.pick(["longest_word", "find_longest"]), [Param(text, "str", "sentence")], "tuple[str, int]",
                    body, "The longest word and its length.", imports={"import string"})
    if r < 0.75:
        lengths = ctx.pick(["lengths", "sizes"])
        body = [f"{lengths} = [len(w.strip(string.punctuation)) for w in {text}.split()]",
                f"{lengths} = [n for n in {lengths} if n]"]
        if ctx.chance(0.5):
            body.append(f"return round(statistics.mean({lengths}), 2) if {lengths} else 0.0")
            imports = {"import string", "import statistics"}
        else:
            body += [f"if not {lengths}:", "    return 0.0", f"return round(sum({lengths}) / len({lengths}), 2)"]
            imports = {"import string"}
        return Func(ctx.pick(["average_word_length", "mean_word_length"]), [Param(text, "str", "paragraph")], "float",
                    body, "Average number of letters per word.", imports=imports)
    body = [f"words = dict.fromkeys(w.strip(string.punctuation).lower() for w in {text}.split())",
            *ctx.comment("dict.fromkeys drops repeated words and keeps a fixed order"),
            "return sorted((w for w in words if len(w) >= min_length), key=lambda w: (-len(w), w))"]
    return Func(ctx.pick(["long_words", "big_words"]),
                [Param(text, "str", "paragraph"), Param("min_length", "int", lambda rng: rng.randint(4, 6),
                                                        default=str(ctx.rng.randint(4, 5)))],
                "list[str]", body, "The distinct words with at least min_length letters, longest first.",
                imports={"import string"})


def first_alert(ctx: Ctx) -> Func:
    """`"09:15 ERROR disk full"` parsed by a helper; the first line at a severity, the worst one, or counts per hour."""
    line = ctx.pick(["line", "entry"])
    helper = Func(ctx.pick(["parse_log", "split_log_line"]), [Param(line, "str", _log_line)], "tuple[str, str, str]",
                  [f"time, level, message = {line}.split(maxsplit=2)", "return time, level.upper(), message"],
                  "Split a log line into its time, level and message.")
    lines = ctx.pick(["lines", "log", "entries"])
    consts = {"SEVERITY": '{"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}'}
    r = ctx.rng.random()
    if r < 0.45:
        body = [f"for {line} in {lines}:", f"    time, level, message = {helper.name}({line})",
                "    if SEVERITY.get(level, 0) >= SEVERITY[min_level]:",
                "        return f'{time} {message}'", "return None"]
        return Func(ctx.pick(["first_alert", "first_problem"]),
                    [Param(lines, "list[str]", _log_lines), Param("min_level", "str", lambda rng: rng.choice(["WARNING", "ERROR"]),
                                                                  default=repr(ctx.pick(["WARNING", "ERROR"])))],
                    "str | None", body, "The time and message of the first line at min_level or worse.",
                    helpers=[helper], constants=consts)
    if r < 0.7:
        body = [f"if not {lines}:", "    return None",
                f"worst = max({lines}, key=lambda {line}: SEVERITY.get({helper.name}({line})[1], 0))",
                f"return {helper.name}(worst)"]
        return Func(ctx.pick(["worst_entry", "most_severe"]), [Param(lines, "list[str]", _log_lines)],
                    "tuple[str, str, str] | None", body, "The most severe line (the first of equals), parsed.",
                    helpers=[helper], constants=consts)
    by_hour = ctx.pick(["by_hour", "per_hour"])
    body = [f"{by_hour} = {{}}", f"for {line} in {lines}:", f"    time, level, _ = {helper.name}({line})",
            "    if level in ('DEBUG', 'INFO'):", "        continue",
            f"    {by_hour}.setdefault(time[:2], []).append(level)", f"return {by_hour}"]
    return Func(ctx.pick(["problems_by_hour", "warnings_per_hour"]), [Param(lines, "list[str]", _log_lines)],
                "dict[str, list[str]]", body, "The warning and error levels seen in each hour.", helpers=[helper])


def age_on(ctx: Ctx) -> Func:
    """Age in whole years from ISO dates: map(int, split('-')) with a tuple comparison, or datetime.date; or days between."""
    birth = ctx.pick(["birth_date", "born", "birthday"])
    today = ctx.pick(["today", "on_date", "as_of"])
    params = [Param(birth, "str", _birth_date), Param(today, "str", _today)]
    r = ctx.rng.random()
    if r < 0.45:
        body = [f"by, bm, bd = map(int, {birth}.split('-'))", f"ty, tm, td = map(int, {today}.split('-'))",
                "age = ty - by",
                *ctx.comment("one year less if the birthday has not come yet this year"),
                "if (tm, td) < (bm, bd):", "    age -= 1", "return age"]
        return Func(ctx.pick(["age_on", "age_in_years"]), params, "int", body,
                    "Whole years between a birth date and a date, both 'YYYY-MM-DD'.")
    if r < 0.75:
        body = [f"start = date.fromisoformat({birth})", f"end = date.fromisoformat({today})",
                "had_birthday = (end.month, end.day) >= (start.month, start.day)",
                "return end.year - start.year - (0 if had_birthday else 1)"]
        return Func(ctx.pick(["age_on", "years_old"]), params, "int", body, "Age in whole years on the given day.",
                    imports={"from datetime import date"})
    body = [f"delta = date.fromisoformat({today}) - date.fromisoformat({birth})"]
    if ctx.chance(0.5):
        body.append("weeks, days = divmod(abs(delta.days), 7)")
        body.append("return f'{weeks} weeks and {days} days'")
        returns = "str"
    else:
        body.append("return abs(delta.days)")
        returns = "int"
    return Func(ctx.pick(["days_between", "time_between"]), params, returns, body,
                "How far apart two 'YYYY-MM-DD' dates are.", imports={"from datetime import date"})


def clock_12h(ctx: Ctx) -> Func:
    """`"7:05 PM"` -> `"19:05"` with slicing or re.fullmatch (None when it is not a 12-hour time), or back the other way."""
    text = ctx.pick(["text", "time", "stamp"])
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"{text} = {text}.strip().upper()", f"suffix = {text}[-2:]",
                "if suffix not in ('AM', 'PM'):", "    return None",
                f"hours, _, minutes = {text}[:-2].strip().partition(':')",
                "hour = int(hours) % 12",
                "if suffix == 'PM':", "    hour += 12",
                "return f'{hour:02d}:{minutes}'"]
        helper = Func(ctx.pick(["to_24h", "to_24_hour"]), [Param(text, "str", _time12)], "str | None", body,
                      "Convert a time like '7:05 PM' to '19:05'.")
    elif r < 0.75:
        body = [f"match = re.fullmatch(r'(\\d{{1,2}}):(\\d{{2}})\\s*([AP]M)', {text}.strip().upper())",
                "if match is None:", "    return None",
                "hour, minute, half = match.groups()",
                *ctx.comment("12 AM is midnight and 12 PM is noon"),
                "hour = int(hour) % 12 + (12 if half == 'PM' else 0)",
                "return f'{hour:02d}:{minute}'"]
        helper = Func(ctx.pick(["to_24h", "parse_12h"]), [Param(text, "str", _time12)], "str | None", body,
                      "'7:05 PM' -> '19:05'; None for anything else.", imports={"import re"})
    else:
        body = [f"hour, minute = map(int, {text}.split(':'))", "suffix = 'AM' if hour < 12 else 'PM'",
                "hour = hour % 12 or 12", "return f'{hour}:{minute:02d} {suffix}'"]
        return Func(ctx.pick(["to_12h", "friendly_time"]), [Param(text, "str", "clock")], "str", body,
                    "'19:05' -> '7:05 PM'.")
    if ctx.chance(0.5):
        return helper
    times = ctx.pick(["times", "stamps"])
    body = [f"converted = [{helper.name}(t) for t in {times}]",
            "return sorted(t for t in converted if t is not None)"]
    return Func(ctx.pick(["sorted_times", "schedule"]), [Param(times, "list[str]", _times12)], "list[str]", body,
                "The 12-hour times as 24-hour clock times, earliest first; unreadable ones dropped.", helpers=[helper])



# ---------------------------------------------------------------------------------------------
# More inputs


_FIELDS = {"name": FIRST, "order": ["#101", "#2048", "A-7"], "day": ["Monday", "Friday", "tomorrow"],
           "total": ["$12.50", "40.00"], "city": CITIES}


def _template(rng: random.Random) -> str:
    return rng.choice(["Hi {name}, your order {order} ships {day}.", "Dear {name}: total due {total}",
                       "{name} -> {city} on {day}", "Order {order} for {name}", "Thanks {name}!",
                       "See you in {city}, {name}.", "Total: {total} ({order})"])


def _fields(rng: random.Random) -> dict[str, str]:
    keys = rng.sample(sorted(_FIELDS), rng.randint(2, 4))
    return {k: rng.choice(_FIELDS[k]).capitalize() if k in ("name", "city") else rng.choice(_FIELDS[k]) for k in keys}


def _keywords(rng: random.Random) -> list[str]:
    return rng.sample(["the", "cat", "dog", "python", "code", "fox", "data", "is", "team", "rain", "a", "good"],
                      rng.randint(1, 3))


_CODE = ["x = 1  # start value", "# set up", "", "total = x + 2", "print(total)  # show it", "   # indented note",
         "name = 'bob'", "count += 1 # one more", "def f():", "    return 2  # two", "url = 'a#b'"]


def _code_lines(rng: random.Random) -> list[str]:
    return rng.sample(_CODE, rng.randint(3, 7))


def _ident(rng: random.Random) -> str:
    prefix = rng.choice(["INV", "ORD", "TCK", "USR"])
    width = rng.choice([3, 4, 4, 5])
    n = rng.choice([rng.randint(1, 120), 10 ** width - 1, 9, 99])
    return f"{prefix}-{min(n, 10 ** width - 1):0{width}d}"


def _idents(rng: random.Random) -> list[str]:
    prefix = rng.choice(["INV", "ORD"])
    return [f"{rng.choice([prefix, prefix, 'TCK'])}-{rng.randint(1, 150):04d}" for _ in range(rng.randint(0, 5))]


def _filename(rng: random.Random) -> str:
    stem = rng.choice(["report", "photo", "notes", "IMG_", "chapter ", "data", "backup", "track"])
    num = rng.choice(["", str(rng.randint(1, 20)), str(rng.randint(1, 12))])
    ext = rng.choice([".txt", ".PDF", ".jpg", ".png", ".csv", ".tar.gz", "", ".Jpg"])
    return f"{stem}{num}{ext}".strip() if rng.random() < 0.92 else rng.choice([".bashrc", "Makefile"])


def _filenames(rng: random.Random) -> list[str]:
    return [_filename(rng) for _ in range(rng.randint(2, 7))]


def _csv_lines(rng: random.Random) -> list[str]:
    lines = [rng.choice(["name,age,city", "name,age,city", "Name,Age,City"]).lower()]
    for _ in range(rng.randint(1, 5)):
        first, last = rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize()
        name = f'"{last}, {first}"' if rng.random() < 0.3 else first
        age = rng.choice([str(rng.randint(18, 80))] * 4 + ["", "n/a"])
        line = f"{name},{age},{rng.choice(CITIES[:6])}"
        lines.append(line if rng.random() < 0.9 else name)
    return lines


def _typo(rng: random.Random) -> str:
    w = rng.choice(PRODUCTS + CITIES)
    i = rng.randrange(len(w))
    r = rng.random()
    if r < 0.3:
        w = w[:i] + w[i + 1:]
    elif r < 0.6 and i < len(w) - 1:
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif r < 0.85:
        w = w[:i] + rng.choice("aeioust") + w[i + 1:]
    return w.capitalize() if rng.random() < 0.3 else w


def _vocabulary(rng: random.Random) -> list[str]:
    return rng.sample(PRODUCTS + CITIES, rng.randint(5, 9))


def _url(rng: random.Random) -> str:
    host = rng.choice(["www.", "", "", "blog.", "Shop."]) + rng.choice(DOMAINS + ["python.org", "github.com"])
    return (rng.choice(["https://", "https://", "http://", ""]) + host + rng.choice(["", ":8080", ""])
            + rng.choice(["", "/", "/docs", "/a/b?q=1", "/index.html"]))


def _urls(rng: random.Random) -> list[str]:
    return [_url(rng) for _ in range(rng.randint(2, 6))]


def _counts(rng: random.Random) -> dict[str, int]:
    return {p: rng.randint(0, 12) for p in rng.sample(PRODUCTS, rng.randint(2, 5))}


# ---------------------------------------------------------------------------------------------
# More makers


def fill_template(ctx: Ctx) -> Func:
    """`"Hi {name}"` filled from a dict: re.sub with a function, format_map with __missing__, or replace in a loop."""
    template = ctx.pick(["template", "pattern", "message"])
    fields = ctx.pick(["fields", "values", "data"])
    params = [Param(template, "str", _template), Param(fields, "dict[str, str]", _fields)]
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"def lookup(match: re.Match) -> str:" if ctx.style.hints else "def lookup(match):",
                "    key = match.group(1)",
                *ctx.comment("leave unknown placeholders as they are", 1),
                f"    return str({fields}.get(key, match.group(0)))",
                f"return re.sub(r'\\{{(\\w+)\\}}', lookup, {template})"]
        return Func(ctx.pick(["fill_template", "render"]), params, "str", body,
                    "Put each {key} of the template's value from fields, if there is one.", imports={"import re"})
    if r < 0.65:
        cls = ["class KeepMissing(dict):", '    """A dict that gives back "{key}" for keys it does not have."""', "",
               "    def __missing__(self, key):", "        return '{' + key + '}'"]
        body = [f"return {template}.format_map(KeepMissing({fields}))"]
        return Func(ctx.pick(["fill_template", "render_message"]), params, "str", body,
                    "Fill the placeholders that fields has; keep the others.", helpers=[cls])
    text = ctx.pick(["text", "result"])
    body = [f"{text} = {template}", f"for key, value in {fields}.items():",
            f"    {text} = {text}.replace('{{' + key + '}}', str(value))",
            f"missing = re.findall(r'\\{{(\\w+)\\}}', {text})", f"return {text}, missing"]
    return Func(ctx.pick(["fill_in", "render_with_missing"]), params, "tuple[str, list[str]]", body,
                "The filled-in text and the placeholders nothing was given for.", imports={"import re"})


def highlight_words(ctx: Ctx) -> Func:
    """Keywords in a sentence marked: one regex of re.escape'd words with IGNORECASE, a word loop, or counts per keyword."""
    text = ctx.pick(["text", "sentence", "line"])
    keywords = ctx.pick(["keywords", "terms", "targets"])
    params = [Param(text, "str", "sentence"), Param(keywords, "list[str]", _keywords)]
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"pattern = r'\\b(' + '|'.join(re.escape(k) for k in {keywords}) + r')\\b'",
                f"return re.sub(pattern, lambda m: m.group(0).upper(), {text}, flags=re.IGNORECASE)"]
        return Func(ctx.pick(["highlight", "shout_keywords"]), params, "str", body,
                    "Upper-case every whole-word match of the keywords.", imports={"import re"})
    if r < 0.7:
        words = ctx.pick(["words", "tokens"])
        body = [f"wanted = [k.lower() for k in {keywords}]", f"{words} = {text}.split()",
                f"for i, word in enumerate({words}):",
                "    if word.strip(string.punctuation).lower() in wanted:",
                f"        {words}[i] = f'*{{word}}*'", f"return ' '.join({words})"]
        return Func(ctx.pick(["highlight", "mark_keywords"]), params, "str", body,
                    "Wrap each keyword of the text in asterisks.", imports={"import string"})
    body = [f"return {{k: len(re.findall(rf'\\b{{re.escape(k)}}\\b', {text}, re.IGNORECASE)) for k in {keywords}}}"]
    return Func(ctx.pick(["keyword_hits", "count_keywords"]), params, "dict[str, int]", body,
                "How often each keyword occurs as a whole word, ignoring case.", imports={"import re"})


def strip_comments(ctx: Ctx) -> Func:
    """Code lines without `# comments`: split('#', 1) in a loop, partition in a comprehension, or line kinds counted."""
    lines = ctx.pick(["lines", "source_lines", "code"])
    r = ctx.rng.random()
    if r < 0.4:
        out = ctx.pick(["kept", "cleaned", "result"])
        body = [f"{out} = []", f"for line in {lines}:",
                "    code = line.split('#', 1)[0].rstrip()", "    if not code:", "        continue",
                f"    {out}.append(code)", f"return {out}"]
        return Func(ctx.pick(["strip_comments", "code_only"]), [Param(lines, "list[str]", _code_lines)], "list[str]",
                    body, "The lines without comments; lines left empty are dropped.",
                    details=("A '#' inside a string is taken for a comment too.",))
    if r < 0.65:
        body = [f"stripped = [line.partition('#')[0].rstrip() for line in {lines}]",
                "return [line for line in stripped if line.strip()]"]
        return Func(ctx.pick(["strip_comments", "without_comments"]), [Param(lines, "list[str]", _code_lines)],
                    "list[str]", body, "Remove comments and the lines that were only comments.")
    counts = ctx.pick(["counts", "kinds"])
    body = [f"{counts} = {{'code': 0, 'comment': 0, 'blank': 0}}", f"for line in {lines}:",
            "    stripped = line.strip()", "    if not stripped:", f"        {counts}['blank'] += 1",
            "    elif stripped.startswith('#'):", f"        {counts}['comment'] += 1", "    else:",
            f"        {counts}['code'] += 1", f"return {counts}"]
    return Func(ctx.pick(["line_kinds", "count_lines"]), [Param(lines, "list[str]", _code_lines)], "dict[str, int]",
                body, "Count code, comment-only and blank lines.")


def next_identifier(ctx: Ctx) -> Func:
    """`"INV-0099"` -> `"INV-0100"`: rpartition with a zero-padded width, a regex with zfill, or the next free id."""
    r = ctx.rng.random()
    current = ctx.pick(["current", "last_id", "ident"])
    if r < 0.35:
        body = [f"prefix, _, number = {current}.rpartition('-')",
                *ctx.comment("keep the zero padding; the width grows after 9999"),
                "return f'{prefix}-{int(number) + 1:0{len(number)}d}'"]
        return Func(ctx.pick(["next_id", "increment_id"]), [Param(current, "str", _ident)], "str", body,
                    "The identifier after this one, with the same prefix and padding.")
    if r < 0.6:
        body = [f"match = re.fullmatch(r'([A-Z]+)-(\\d+)', {current})", "prefix, digits = match.groups()",
                "ids = []", "number = int(digits)", "while len(ids) < count:", "    number += 1",
                "    ids.append(f'{prefix}-{str(number).zfill(len(digits))}')", "return ids"]
        return Func(ctx.pick(["next_ids", "reserve_ids"]),
                    [Param(current, "str", _ident), Param("count", "int", lambda rng: rng.randint(1, 4),
                                                          default=str(ctx.rng.randint(2, 3)))],
                    "list[str]", body, "The next count identifiers after the current one.", imports={"import re"})
    existing = ctx.pick(["existing", "ids", "used"])
    prefix = ctx.pick(["prefix", "kind"])
    if ctx.chance(0.5):
        body = [f"numbers = [int(i.rpartition('-')[2]) for i in {existing} if i.startswith({prefix} + '-')]",
                "return f'{" + prefix + "}-{max(numbers, default=0) + 1:04d}'"]
    else:
        body = ["highest = 0", f"for ident in {existing}:", "    head, _, tail = ident.partition('-')",
                f"    if head == {prefix} and int(tail) > highest:", "        highest = int(tail)",
                "return f'{" + prefix + "}-{highest + 1:04d}'"]
    return Func(ctx.pick(["next_free_id", "new_id"]),
                [Param(existing, "list[str]", _idents), Param(prefix, "str", lambda rng: rng.choice(["INV", "ORD"]))],
                "str", body, "A new identifier one above the highest one in use for the prefix.")


def natural_sort(ctx: Ctx) -> Func:
    """'file2' before 'file10': a key from re.split on digit runs or a (prefix, number) regex key; sorted or max."""
    text = ctx.pick(["text", "name"])
    r = ctx.rng.random()
    if r < 0.45:
        kbody = [f"return [int(part) if part.isdigit() else part.lower() for part in re.split(r'(\\d+)', {text})]"]
        key = Func(ctx.pick(["natural_key", "sort_key"]), [Param(text, "str", _filename)], "list[int | str]", kbody,
                   "Split a name into text and numbers so that 2 sorts before 10.", imports={"import re"})
    else:
        kbody = [f"match = re.match(r'(\\D*)(\\d*)', {text})", "prefix, digits = match.groups()",
                 f"return prefix.lower(), int(digits) if digits else -1, {text}"]
        key = Func(ctx.pick(["natural_key", "name_key"]), [Param(text, "str", _filename)], "tuple[str, int, str]",
                   kbody, "Sort key: the leading text, then the first number in the name.", imports={"import re"})
    names = ctx.pick(["names", "files", "filenames"])
    if ctx.chance(0.6):
        body = [f"return sorted({names}, key={key.name})"]
        summary = "The names in natural order: 'file2' before 'file10'."
        name, returns = ctx.pick(["natural_sorted", "sort_filenames"]), "list[str]"
    else:
        body = [f"return max({names}, key={key.name}) if {names} else None"]
        summary = "The name that sorts last in natural order, like the newest 'v10'."
        name, returns = ctx.pick(["latest_name", "last_in_order"]), "str | None"
    return Func(name, [Param(names, "list[str]", _filenames)], returns, body, summary, helpers=[key])


def emails_by_domain(ctx: Ctx) -> Func:
    """Addresses grouped by domain (setdefault or defaultdict), or the busiest domain with a Counter."""
    emails = ctx.pick(["emails", "addresses", "contacts"])
    r = ctx.rng.random()
    if r < 0.4:
        groups = ctx.pick(["groups", "by_domain"])
        body = [f"{groups} = {{}}", f"for address in {emails}:",
                "    user, _, domain = address.strip().lower().partition('@')",
                f"    {groups}.setdefault(domain, []).append(user)", f"return {groups}"]
        return Func(ctx.pick(["emails_by_domain", "group_by_domain"]), [Param(emails, "list[str]", "emails")],
                    "dict[str, list[str]]", body, "The user names of the addresses, grouped by domain.")
    if r < 0.7:
        groups = ctx.pick(["groups", "users"])
        body = [f"{groups} = defaultdict(list)", f"for address in {emails}:",
                "    user, domain = address.strip().lower().split('@')", f"    {groups}[domain].append(user)",
                *ctx.comment("sorted so the report reads the same every time"),
                f"return {{domain: sorted(names) for domain, names in sorted({groups}.items())}}"]
        return Func(ctx.pick(["users_per_domain", "group_by_domain"]), [Param(emails, "list[str]", "emails")],
                    "dict[str, list[str]]", body, "Users of each domain, both sorted.",
                    imports={"from collections import defaultdict"})
    body = [f"if not {emails}:", "    return None",
            f"counts = Counter(e.strip().lower().rsplit('@', 1)[-1] for e in {emails})",
            "return counts.most_common(1)[0]"]
    return Func(ctx.pick(["top_domain", "busiest_domain"]), [Param(emails, "list[str]", "emails")],
                "tuple[str, int] | None", body, "The domain most addresses use, with its count.",
                imports={"from collections import Counter"})


def csv_people(ctx: Ctx) -> Func:
    """CSV lines with a header and quoted fields through csv.DictReader; rows with a bad age skipped by try/except."""
    lines = ctx.pick(["lines", "rows", "csv_lines"])
    r = ctx.rng.random()
    body = [f"for row in csv.DictReader({lines}):", "    try:", "        age = int(row['age'])",
            "    except (TypeError, ValueError):", *ctx.comment("a missing or unreadable age", 2), "        continue"]
    if r < 0.35:
        body = ["people = []", *body, "    people.append((row['name'], age))",
                "return sorted(people, key=lambda p: (p[1], p[0]))"]
        return Func(ctx.pick(["people_by_age", "read_people"]), [Param(lines, "list[str]", _csv_lines)],
                    "list[tuple[str, int]]", body, "(name, age) pairs from the CSV lines, youngest first.",
                    imports={"import csv"})
    if r < 0.7:
        body = ["ages = {}", *body, "    ages.setdefault(row['city'], []).append(age)",
                "return {city: round(sum(a) / len(a), 1) for city, a in ages.items()}"]
        return Func(ctx.pick(["average_age_by_city", "city_ages"]), [Param(lines, "list[str]", _csv_lines)],
                    "dict[str, float]", body, "The average age of the people in each city.", imports={"import csv"})
    body = ["oldest = None", *body, "    if oldest is None or age > oldest[1]:", "        oldest = (row['name'], age)",
            "return oldest"]
    return Func(ctx.pick(["oldest_person", "find_oldest"]), [Param(lines, "list[str]", _csv_lines)],
                "tuple[str, int] | None", body, "The oldest person in the CSV lines (the first of equals).",
                imports={"import csv"})


def word_overlap(ctx: Ctx) -> Func:
    """Two sentences compared word by word: Jaccard similarity, the shared words, or the words only in the first."""
    a, b = ctx.pick([("first", "second"), ("a", "b"), ("old", "new"), ("left", "right")])
    params = [Param(a, "str", "sentence"), Param(b, "str", "sentence")]
    helper = Func(ctx.pick(["plain_words", "bare_words"]), [Param("text", "str", "sentence")], "list[str]",
                  ["return [w.strip(string.punctuation).lower() for w in text.split() if w.strip(string.punctuation)]"],
                  "The words of a text, lower-cased, without punctuation.", imports={"import string"})
    h = helper.name
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"{a}_words = sorted(set({h}({a})))", f"{b}_words = sorted(set({h}({b})))",
                f"shared = [w for w in {a}_words if w in {b}_words]",
                f"total = len({a}_words) + len({b}_words) - len(shared)",
                "return round(len(shared) / total, 2) if total else 1.0"]
        return Func(ctx.pick(["similarity", "jaccard"]), params, "float", body,
                    "Shared words over all distinct words of the two texts (1.0 for two empty texts).", helpers=[helper])
    if r < 0.7:
        body = [f"return sorted(set({h}({a})) & set({h}({b})))"]
        return Func(ctx.pick(["common_words", "shared_words"]), params, "list[str]", body,
                    "The words both texts use, in alphabetical order.", helpers=[helper])
    body = [f"later = {h}({b})", "removed = []", f"for word in {h}({a}):",
            "    if word in later or word in removed:", "        continue", "    removed.append(word)", "return removed"]
    return Func(ctx.pick(["removed_words", "dropped_words"]), params, "list[str]", body,
                f"Words of {a} that {b} no longer has, in order, each once.", helpers=[helper])


def suggest_word(ctx: Ctx) -> Func:
    """A typo matched against known words: difflib.get_close_matches, SequenceMatcher ratios with max, or a loop."""
    word = ctx.pick(["word", "typed", "query"])
    known = ctx.pick(["known", "vocabulary", "choices"])
    params = [Param(word, "str", _typo), Param(known, "list[str]", _vocabulary)]
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"return difflib.get_close_matches({word}.lower(), {known}, n=limit, cutoff=0.6)"]
        return Func(ctx.pick(["suggest", "did_you_mean"]), params + [Param("limit", "int", "k", default="3")],
                    "list[str]", body, "Known words close to the typed one, best first.", imports={"import difflib"})
    if r < 0.7:
        body = [f"if not {known}:", "    return None", f"{word} = {word}.lower()",
                f"best = max({known}, key=lambda w: difflib.SequenceMatcher(None, {word}, w).ratio())",
                f"score = difflib.SequenceMatcher(None, {word}, best).ratio()",
                "return best if score >= MATCH_CUTOFF else None"]
        return Func(ctx.pick(["closest_word", "best_match"]), params, "str | None", body,
                    "The most similar known word, or None if none is similar enough.",
                    imports={"import difflib"}, constants={"MATCH_CUTOFF": "0.7"})
    body = [f"{word} = {word}.lower()", f"if {word} in {known}:", f"    return {word}",
            "best, best_score = None, 0.0", f"for candidate in {known}:",
            f"    score = difflib.SequenceMatcher(None, {word}, candidate).ratio()",
            "    if score > best_score:", "        best, best_score = candidate, score",
            "return best if best_score >= 0.6 else None"]
    return Func(ctx.pick(["correct_word", "spell_check"]), params, "str | None", body,
                "The word itself if known, else the closest known word (or None).", imports={"import difflib"})


def bar_chart(ctx: Ctx) -> Func:
    """Counts printed as text bars with aligned labels (width from max(len)), sorted or scaled to a maximum length."""
    counts = ctx.pick(["counts", "stock", "tally"])
    r = ctx.rng.random()
    body = [f"width = max((len(name) for name in {counts}), default=0)"]
    items = f"sorted({counts}.items(), key=lambda kv: (-kv[1], kv[0]))" if ctx.chance(0.5) else f"{counts}.items()"
    if r < 0.5:
        body += [f"for name, n in {items}:", "    print(f\"{name:<{width}} {'#' * n} {n}\")"]
        returns, summary = "None", "Print one bar of '#' per entry, labels aligned."
    else:
        body += [f"biggest = max({counts}.values(), default=0)", "lines = []", f"for name, n in {items}:",
                 *ctx.comment("scale so the longest bar has BAR_LENGTH marks", 1),
                 "    bar = '=' * round(n / biggest * BAR_LENGTH) if biggest else ''",
                 "    lines.append(f'{name.rjust(width)} |{bar}')", "return lines"]
        returns, summary = "list[str]", "Text bars scaled to BAR_LENGTH, one line per entry."
    return Func(ctx.pick(["bar_chart", "print_bars", "histogram"]) if returns == "None" else ctx.pick(["bar_lines", "scaled_bars"]),
                [Param(counts, "dict[str, int]", _counts)], returns, body, summary,
                constants={"BAR_LENGTH": str(ctx.rng.choice([10, 20]))} if returns != "None" else {})


def file_extensions(ctx: Ctx) -> Func:
    """File names by extension: os.path.splitext with a Counter, rpartition into a dict of lists, or an endswith filter."""
    names = ctx.pick(["names", "files", "filenames"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"return dict(Counter(os.path.splitext(n)[1].lower() or '(none)' for n in {names}))"]
        return Func(ctx.pick(["count_extensions", "extension_counts"]), [Param(names, "list[str]", _filenames)],
                    "dict[str, int]", body, "How many files have each extension.",
                    imports={"import os", "from collections import Counter"})
    if r < 0.7:
        groups = ctx.pick(["groups", "by_ext"])
        body = [f"{groups} = {{}}", f"for name in {names}:", "    base, dot, ext = name.rpartition('.')",
                "    if not dot or not base:", *ctx.comment("no extension, or a hidden file like .bashrc", 2),
                "        ext = ''", f"    {groups}.setdefault(ext.lower(), []).append(name)", f"return {groups}"]
        return Func(ctx.pick(["group_by_extension", "files_by_type"]), [Param(names, "list[str]", _filenames)],
                    "dict[str, list[str]]", body, "The file names grouped by lower-cased extension.")
    body = [f"return [n for n in {names} if n.lower().endswith(IMAGE_EXTENSIONS)]"]
    if ctx.chance(0.5):
        body = ["images = []", f"for name in {names}:", "    if name.lower().endswith(IMAGE_EXTENSIONS):",
                "        images.append(name)", "return images"]
    return Func(ctx.pick(["image_files", "only_images"]), [Param(names, "list[str]", _filenames)], "list[str]", body,
                "The names that end in an image extension, in any case.",
                constants={"IMAGE_EXTENSIONS": '(".jpg", ".jpeg", ".png", ".gif")'})


def url_host(ctx: Ctx) -> Func:
    """The host of a URL: urllib.parse.urlparse, or split('://') and '/' by hand; 'www.' dropped; sometimes counted."""
    url = ctx.pick(["url", "link", "address"])
    if ctx.chance(0.5):
        hbody = [f"parts = urlparse({url} if '://' in {url} else '//' + {url})",
                 "host = parts.hostname or ''", "return host.removeprefix('www.')"]
        imports = {"from urllib.parse import urlparse"}
    else:
        hbody = [f"rest = {url}.split('://', 1)[-1]", "host = rest.split('/', 1)[0].split(':')[0].lower()",
                 "if host.startswith('www.'):", "    host = host[4:]", "return host"]
        imports = set()
    helper = Func(ctx.pick(["host_of", "url_host"]), [Param(url, "str", _url)], "str", hbody,
                  "The host name of a URL, lower-case and without 'www.'.", imports=imports)
    if ctx.chance(0.4):
        return helper
    urls = ctx.pick(["urls", "links"])
    if ctx.chance(0.5):
        body = [f"return Counter({helper.name}(u) for u in {urls}).most_common()"]
        return Func(ctx.pick(["hosts_by_count", "count_hosts"]), [Param(urls, "list[str]", _urls)],
                    "list[tuple[str, int]]", body, "Each host with how many of the links point to it.",
                    imports={"from collections import Counter"}, helpers=[helper])
    body = ["seen = []", f"for u in {urls}:", f"    host = {helper.name}(u)", "    if host not in seen:",
            "        seen.append(host)", "return seen"]
    return Func(ctx.pick(["unique_hosts", "hosts"]), [Param(urls, "list[str]", _urls)], "list[str]", body,
                "The hosts of the links, first seen first.", helpers=[helper])


MAKERS = [normalize_name, word_counts, parse_order_line, split_name, hashtags, parse_amounts, parse_ini, human_join,
          word_stats, first_alert, age_on, clock_12h, fill_template, highlight_words, strip_comments, next_identifier,
          natural_sort, emails_by_domain, csv_people, word_overlap, suggest_word, bar_chart, file_extensions, url_host]
