"""v2 idioms: strings (see idiom.py for what a maker returns).

String processing as people write it: cleaning user input (emails, phone numbers, whitespace),
slugs and snake_case/camelCase names, small formats (key=value configs, CSV rows, dates, clock
times, log lines), validation (emails, passwords, product codes with `re.fullmatch`), counting
character classes and letters, transformations (Caesar shift, censoring, wrapping, acronyms,
truncation, reversed words, palindromes), `re` helpers and aligned report lines.

Helper names and constant names are used by one maker only, so any two makers share a module.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import FIRST, LAST, PRODUCTS, WORDS, clock, code, email, price, product, qty, sentence

# ---------------------------------------------------------------------------------------------
# Inputs people.py has no role for


def _messy_email(rng: random.Random) -> str:
    e = email(rng)
    r = rng.random()
    if r < 0.12:
        return e.replace("@", " at ")
    if r < 0.2:
        return e.split("@")[0]
    if r < 0.26:
        return e.replace("@", "@@")
    if r < 0.32:
        return e.rsplit(".", 1)[0]
    return e


def _messy_emails(rng: random.Random) -> list[str]:
    out = [_messy_email(rng) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.4:
        out.append(out[0].upper().strip())
    return out


def _phone(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 999), rng.randint(100, 999), rng.randint(0, 9999)
    r = rng.random()
    if r < 0.3:
        return f"({a}) {b}-{c:04d}"
    if r < 0.5:
        return f"{a}.{b}.{c:04d}"
    if r < 0.65:
        return f"+1 {a} {b} {c:04d}"
    if r < 0.8:
        return f" {a}-{b}-{c:04d} "
    if r < 0.9:
        return f"{a}{b}{c:04d}"
    return rng.choice([f"{b}-{c:04d}", f"ext. {rng.randint(10, 999)}", f"{a}-{b}"])


def _spacey(rng: random.Random) -> str:
    words = sentence(rng, 3, 7, 36).split()
    text = ""
    for i, w in enumerate(words):
        text += ("" if i == 0 else rng.choice([" ", " ", "  ", "\t", "   "])) + w
    return rng.choice(["", " ", "  ", "\n"]) + text + rng.choice(["", " ", "   ", "\n"])


def _spacey_lines(rng: random.Random) -> list[str]:
    return [_spacey(rng) if rng.random() < 0.8 else rng.choice(["", "   ", "\t"]) for _ in range(rng.randint(2, 5))]


def _title(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return sentence(rng, 2, 6, 34)
    if r < 0.75:
        return f"{product(rng).title()} & {product(rng).title()}: {rng.choice(['Top 10', 'A Review', 'Why?', '2024 Edition'])}"
    return f"  {rng.choice(WORDS).upper()} -- {rng.choice(WORDS)}'s {rng.choice(PRODUCTS)}!!"


_PARTS = ["user", "id", "max", "retry", "count", "first", "name", "order", "total", "is", "active", "created",
          "at", "page", "size", "http", "status", "item", "price", "last", "login"]


def _snake(rng: random.Random) -> str:
    name = "_".join(rng.sample(_PARTS, rng.randint(1, 4)))
    return rng.choice([name, name, name, f"_{name}", name.upper(), f"{name}__x"]) if rng.random() < 0.2 else name


def _camel(rng: random.Random) -> str:
    parts = rng.sample(_PARTS, rng.randint(1, 4))
    name = parts[0] + "".join(p.capitalize() for p in parts[1:])
    if rng.random() < 0.25:
        name = name[0].upper() + name[1:]
    if rng.random() < 0.1:
        name = name.replace("Http", "HTTP")
    return name


def _camel_record(rng: random.Random) -> dict:
    out = {}
    for _ in range(rng.randint(2, 4)):
        out[_camel(rng)] = rng.choice([rng.randint(0, 99), rng.choice(FIRST), rng.random() < 0.5, price(rng)])
    return out


def _config(rng: random.Random) -> str:
    keys = rng.sample(["debug", "retries", "name", "mode", "timeout", "port", "user", "Level", "verbose"],
                      rng.randint(2, 4))
    vals = {"debug": ["true", "false", "True"], "retries": ["3", "5", "0"], "name": ["demo", "prod", "my app"],
            "mode": ["fast", "safe"], "timeout": ["30", "2.5"], "port": ["8080", "22"], "user": FIRST[:6],
            "Level": ["info", "WARN", "1"], "verbose": ["yes", "no", "false"]}
    parts = [f"{k}{rng.choice(['=', '=', ' = ', '= '])}{rng.choice(vals[k])}" for k in keys]
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(["", " ", "oops", "=x", "colour:red"]))
    sep = rng.choice(["; ", ";", ";", " ; "])
    return sep.join(parts) + rng.choice(["", "", ";"])


def _item_row(rng: random.Random) -> str:
    r = rng.random()
    name = product(rng)
    if r < 0.65:
        return f"{name},{qty(rng)},{price(rng)}"
    if r < 0.75:
        return f" {name} , {qty(rng)} , {price(rng):.2f} "
    return rng.choice([f"{name},,{price(rng)}", f"{name},two,{price(rng)}", f"{name},{qty(rng)}",
                       f"{name},{qty(rng)},n/a", "item,qty,price", f"{name};{qty(rng)};{price(rng)}"])


def _item_rows(rng: random.Random) -> list[str]:
    return [_item_row(rng) for _ in range(rng.randint(2, 7))]


def _any_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.85:
        return f"{m:02d}/{d:02d}/{y}"
    if r < 0.93:
        return f" {y}-{m}-{d} "
    return rng.choice([f"{d}.{m}.{y}", "tomorrow", f"{y}{m:02d}{d:02d}"])


def _any_dates(rng: random.Random) -> list[str]:
    return [_any_date(rng) for _ in range(rng.randint(2, 6))]


def _clocks(rng: random.Random) -> list[str]:
    return [clock(rng) for _ in range(rng.randint(2, 6))]


def _minutes(rng: random.Random) -> int:
    return rng.choice([5, 15, 30, 45, 90, 120, rng.randint(1, 600), 1440])


LEVELS = ["INFO", "INFO", "INFO", "WARNING", "ERROR", "DEBUG"]
MESSAGES = ["disk full", "user logged in", "retrying request", "cache miss", "started", "timeout after 30s",
            "saved report.csv", "connection reset", "low memory", "job 42 done"]


def _log_line(rng: random.Random) -> str:
    level, msg = rng.choice(LEVELS), rng.choice(MESSAGES)
    r = rng.random()
    if r < 0.7:
        return f"{level}: {msg}"
    if r < 0.8:
        return f"{level.lower()}: {msg}"
    if r < 0.9:
        return f"{level}:{msg}"
    return rng.choice([msg, f"  {level}: {msg}", "", f"[{level}] {msg}"])


def _log_lines(rng: random.Random) -> list[str]:
    return [_log_line(rng) for _ in range(rng.randint(3, 8))]


def _password(rng: random.Random) -> str:
    r = rng.random()
    w = rng.choice(WORDS + FIRST)
    if r < 0.2:
        return w
    if r < 0.4:
        return w.capitalize() + str(rng.randint(1, 999))
    if r < 0.6:
        return w.capitalize() + rng.choice("!@#$%&*") + str(rng.randint(10, 99)) + rng.choice(WORDS)
    if r < 0.7:
        return w.upper() + rng.choice(["", "1", "!"])
    if r < 0.8:
        return f"{w} {rng.choice(WORDS)} {rng.choice(WORDS)}"
    return rng.choice(["abc", "12345678", "Tr0ub4dor&3", "P@ssw0rd", "letmein", "S3cure!Pass"])


def _passwords(rng: random.Random) -> list[str]:
    return [_password(rng) for _ in range(rng.randint(2, 5))]


def _codes(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 7)):
        c = code(rng) if rng.random() < 0.5 else f"{rng.choice(['AB', 'KX', 'TRS', 'MP'])}-{rng.randint(0, 999):03d}"
        r = rng.random()
        if r < 0.15:
            c = c.lower()
        elif r < 0.25:
            c = f" {c} "
        out.append(c)
    return out


_BANNED_WORDS = ["darn", "heck", "dang", "spam", "rubbish"]


def _rude_sentence(rng: random.Random) -> str:
    words = sentence(rng, 3, 6, 30).rstrip(".!?").split()
    for _ in range(rng.choice([0, 1, 1, 2])):
        bad = rng.choice(_BANNED_WORDS)
        bad = bad.capitalize() if rng.random() < 0.3 else bad
        words.insert(rng.randrange(len(words) + 1), bad + rng.choice(["", "", ",", "!"]))
    return " ".join(words) + rng.choice([".", "!", ""])


def _width(rng: random.Random) -> int:
    return rng.choice([10, 12, 15, 16, 20, 24])


def _phrase(rng: random.Random) -> str:
    return rng.choice(["portable network graphics", "as soon as possible", "Central Processing Unit",
                       "frequently asked questions", "department of motor vehicles", "Bureau of Labor Statistics",
                       "read-only memory", "Bank of America", "the United Nations", "for your information",
                       "Graphics Processing Unit", "point of sale", "in my humble opinion", "  laugh out   loud "])


def _limit(rng: random.Random) -> int:
    return rng.choice([8, 10, 12, 15, 20, 25])


def _palindrome_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(["A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "No lemon, no melon",
                           "Step on no pets!", "Never odd or even.", "Madam, I'm Adam", "Racecar", "kayak",
                           "Hello, world", "Top spot", "Not a palindrome", "Eva, can I see bees in a cave?"])
    return sentence(rng, 1, 3, 20)


def _numbers_text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return f"Paid {price(rng)} for {qty(rng)} {product(rng)}s and {qty(rng)} {product(rng)}s"
    if r < 0.5:
        return f"Temp dropped to -{rng.randint(1, 15)} then rose {rng.randint(2, 20)} degrees"
    if r < 0.7:
        return f"Order #{rng.randint(1, 999)}: {qty(rng)}x {product(rng)} @ {price(rng):.2f}"
    if r < 0.85:
        return sentence(rng)
    return f"room {rng.randint(100, 450)}, floor {rng.randint(1, 9)}, {rng.randint(2, 12)} seats"


def _tags(rng: random.Random) -> str:
    tags = [rng.choice(["python", "Data", "ML", "web", "python", "SQL", "tips", "news", "code"])
            for _ in range(rng.randint(2, 6))]
    out = tags[0]
    for t in tags[1:]:
        out += rng.choice([", ", ",", "; ", " ;", ",  "]) + t
    return out + rng.choice(["", ",", "."])


def _stock_items(rng: random.Random) -> list[tuple[str, int, float]]:
    return [(product(rng), qty(rng), price(rng)) for _ in range(rng.randint(2, 4))]


def _runs(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return "".join(rng.choice("abcWB") * rng.randint(1, 5) for _ in range(rng.randint(2, 5)))
    return rng.choice(["hello", "aaabccddd", "WWWWBBBW", "mississippi", "", "zz"])


def _card(rng: random.Random) -> str:
    digits = "".join(str(rng.randint(0, 9)) for _ in range(16))
    sep = rng.choice(["", " ", "-"])
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))



def _duration(rng: random.Random) -> str:
    parts = []
    if rng.random() < 0.6:
        parts.append(f"{rng.randint(1, 5)}h")
    if rng.random() < 0.8 or not parts:
        parts.append(f"{rng.choice([5, 10, 15, 30, 45, rng.randint(1, 59)])}m")
    if rng.random() < 0.25:
        parts.append(f"{rng.randint(1, 59)}s")
    text = rng.choice(["", " "]).join(parts)
    if rng.random() < 0.12:
        text = rng.choice([f"{rng.randint(1, 9)} hours", f"{rng.randint(1, 3)}d", "soon", f"{rng.randint(1, 9)}x"])
    return text.upper() if rng.random() < 0.1 else text


def _versions(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 6)):
        v = f"{rng.randint(0, 3)}.{rng.choice([0, 1, 2, 9, 10, 12])}"
        if rng.random() < 0.6:
            v += f".{rng.randint(0, 15)}"
        out.append(v)
    if rng.random() < 0.15:
        out.append(rng.choice(["1.2-beta", "v2.0", "2..1"]))
    return out


def _anagram_words(rng: random.Random) -> list[str]:
    groups = [["listen", "silent", "enlist"], ["stone", "notes", "tones"], ["evil", "vile", "live"],
              ["race", "care", "acre"], ["dusty", "study"], ["night", "thing"], ["below", "elbow"]]
    words = []
    for g in rng.sample(groups, rng.randint(1, 3)):
        words += rng.sample(g, rng.randint(2, len(g)))
    words += [rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
    rng.shuffle(words)
    return [w.capitalize() if rng.random() < 0.2 else w for w in words]


def _book_title(rng: random.Random) -> str:
    return rng.choice(["the lord of the rings", "a tale of two cities", "war and peace", "OF MICE AND MEN",
                       "the old man and the sea", "gone with the wind", "pride and prejudice",
                       "the catcher in the rye", "to kill a mockingbird", "a room with a view",
                       f"the {rng.choice(PRODUCTS)} of {rng.choice(['doom', 'destiny', 'the north'])}"])


def _query(rng: random.Random) -> str:
    keys = ["page", "q", "sort", "tag", "tag", "lang", "limit"]
    vals = {"page": ["1", "2", "10"], "q": ["python", "red+shoes", "tea"], "sort": ["asc", "desc", "price"],
            "tag": ["new", "sale", "kids", "sale"], "lang": ["en", "fr"], "limit": ["20", "50"]}
    parts = []
    for _ in range(rng.randint(1, 5)):
        k = rng.choice(keys)
        parts.append(f"{k}={rng.choice(vals[k])}" if rng.random() < 0.9 else k)
    return rng.choice(["", "?"]) + "&".join(parts)


def _html(rng: random.Random) -> str:
    w = sentence(rng, 2, 5, 24).rstrip(".!?")
    tag = rng.choice(["b", "i", "p", "em", "span"])
    words = w.split()
    k = rng.randrange(len(words))
    words[k] = f"<{tag}>{words[k]}</{tag}>"
    text = " ".join(words)
    if rng.random() < 0.4:
        text = f"<p>{text}</p>"
    if rng.random() < 0.2:
        text += " <br/>"
    return text


def _hex_color(rng: random.Random) -> str:
    text = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(6))
    r = rng.random()
    if r < 0.7:
        return "#" + text
    if r < 0.82:
        return text
    if r < 0.9:
        return "#" + text[:3]
    return rng.choice(["#12345g", "red", "#1234"])


def _prefix_words(rng: random.Random) -> list[str]:
    stem = rng.choice(["inter", "pre", "trans", "un", "over", "re", "data", ""])
    tails = ["national", "view", "act", "fix", "port", "done", "load", "base", "set", "able"]
    return [stem + t if rng.random() < 0.85 else rng.choice(tails) for t in rng.sample(tails, rng.randint(2, 5))]


def _stuttered(rng: random.Random) -> str:
    words = sentence(rng, 4, 8, 40).split()
    for _ in range(rng.choice([0, 1, 1, 2])):
        k = rng.randrange(len(words))
        w = words[k].rstrip(".,!?")
        words.insert(k, w.capitalize() if rng.random() < 0.2 else w)
    return " ".join(words)


def _needle(rng: random.Random) -> str:
    return rng.choice(["a", "an", "the", "aa", "is", "o", "ana"])


def _haystack(rng: random.Random) -> str:
    return rng.choice([sentence(rng), "banana bandana", "aaaa", "the theme of the thesis", "is this it? yes it is"])

# ---------------------------------------------------------------------------------------------
# Makers


def clean_emails(ctx: Ctx) -> Func:
    """Trim and lower-case addresses, keeping the valid ones: split('@'), a regex or a helper."""
    r = ctx.rng.random()
    if r < 0.35:
        address = ctx.pick(["address", "email", "raw"])
        body = [f"{address} = {address}.strip().lower()",
                f"if {address}.count('@') != 1:",
                "    return None",
                f"local, domain = {address}.split('@')",
                *ctx.comment("the domain needs a dot and something on both sides of it"),
                "if not local or '.' not in domain.strip('.'):",
                "    return None",
                "return f'{local}@{domain}'"]
        return Func(ctx.pick(["clean_email", "normalize_email"]), [Param(address, "str", _messy_email)],
                    "str | None", body, "Return the address trimmed and lower-cased, or None if it is not valid.")
    emails = ctx.pick(["emails", "addresses", "raw_emails"])
    out = ctx.pick(["cleaned", "valid", "result"])
    if r < 0.7:
        body = [f"{out} = []",
                f"for raw in {emails}:",
                "    address = raw.strip().lower()",
                "    if not re.fullmatch(EMAIL_PATTERN, address):",
                "        continue",
                *ctx.comment("keep the first spelling of each address", 1),
                f"    if address not in {out}:",
                f"        {out}.append(address)",
                f"return {out}"]
        return Func(ctx.pick(["clean_emails", "valid_emails"]), [Param(emails, "list[str]", _messy_emails)],
                    "list[str]", body, "Valid addresses from the list, trimmed, lower-cased and without repeats.",
                    imports={"import re"}, constants={"EMAIL_PATTERN": 'r"[a-z0-9._]+@[a-z0-9-]+(\\.[a-z0-9-]+)+"'})
    helper = Func("looks_like_email", [Param("text", "str", _messy_email)], "bool",
                  ["name, at, domain = text.strip().partition('@')",
                   "return bool(name) and bool(at) and '.' in domain and '@' not in domain"],
                  "True if the text has one @ with a dotted domain after it.")
    body = [f"return [e.strip().lower() for e in {emails} if looks_like_email(e)]"]
    if ctx.chance(0.5):
        body = [f"{out} = [e.strip().lower() for e in {emails} if looks_like_email(e)]",
                *ctx.comment("dict.fromkeys drops repeats and keeps the order"),
                f"return list(dict.fromkeys({out}))"]
    return Func(ctx.pick(["clean_emails", "filter_emails"]), [Param(emails, "list[str]", _messy_emails)], "list[str]",
                body, "The addresses that look valid, trimmed and lower-cased.", helpers=[helper])


def phone_digits(ctx: Ctx) -> Func:
    """Phone numbers to digits (a join over isdigit, re.sub or a loop), then checked and formatted."""
    phone = ctx.pick(["phone", "number", "raw_phone"])
    digits = ctx.pick(["digits", "only_digits", "cleaned"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"{digits} = ''.join(ch for ch in {phone} if ch.isdigit())"]
    elif r < 0.7:
        imports.add("import re")
        body = [f"{digits} = re.sub(r'\\D', '', {phone})"]
    else:
        body = [f"{digits} = ''", f"for ch in {phone}:", "    if ch.isdigit():", f"        {digits} += ch"]
    body += [*ctx.comment("drop the country code of a US number"),
             f"if len({digits}) == 11 and {digits}.startswith('1'):",
             f"    {digits} = {digits}[1:]",
             f"if len({digits}) != 10:",
             "    return None"]
    fmt = ctx.chance(0.5)
    if fmt:
        body.append(f"return f'({{{digits}[:3]}}) {{{digits}[3:6]}}-{{{digits}[6:]}}'")
    else:
        body.append(f"return {digits}")
    name = ctx.pick(["format_phone", "normalize_phone"] if fmt else ["phone_digits", "clean_phone"])
    summary = "Write a 10-digit phone number as (555) 123-4567." if fmt else "The ten digits of a phone number."
    return Func(name, [Param(phone, "str", _phone)], "str | None", body, summary,
                details=("Returns None when the text does not hold a 10-digit number.",), imports=imports)


def collapse_whitespace(ctx: Ctx) -> Func:
    """Runs of spaces and tabs to one space: re.sub, split/join or a while loop; one text or many lines."""
    text = ctx.pick(["text", "raw", "line"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("import re")
        expr = f"re.sub(r'\\s+', ' ', {text}).strip()"
    else:
        expr = f"' '.join({text}.split())"
    case = ctx.pick(["", "", ".lower()", ".capitalize()", ".title()"])
    if ctx.chance(0.35):
        lines = ctx.pick(["lines", "rows", "entries"])
        inner = expr.replace(text, "line")
        if ctx.chance(0.5):
            body = [f"return [{inner}{case} for line in {lines} if line.strip()]"]
        else:
            body = ["cleaned = []", f"for line in {lines}:", "    if not line.strip():",
                    *ctx.comment("blank lines are dropped", 2), "        continue",
                    f"    cleaned.append({inner}{case})", "return cleaned"]
        return Func(ctx.pick(["clean_lines", "tidy_lines"]), [Param(lines, "list[str]", _spacey_lines)], "list[str]",
                    body, "Non-blank lines with single spaces between words.", imports=imports)
    if r >= 0.7:
        body = [f"{text} = {text}.replace('\\t', ' ').replace('\\n', ' ').strip()",
                f"while '  ' in {text}:",
                f"    {text} = {text}.replace('  ', ' ')",
                f"return {text}{case}"]
        imports = set()
    else:
        body = [f"return {expr}{case}"]
    return Func(ctx.pick(["collapse_whitespace", "squeeze_spaces", "normalize_spaces"]),
                [Param(text, "str", _spacey)], "str", body,
                "Replace every run of whitespace with one space and trim the ends.", imports=imports)


def slugify(ctx: Ctx) -> Func:
    """Titles to URL slugs: re.sub, re.findall + join, or a loop that avoids double dashes."""
    title = ctx.pick(["title", "text", "heading"])
    slug = ctx.pick(["slug", "result"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("import re")
        body = [f"{slug} = re.sub(r'[^a-z0-9]+', '-', {title}.lower()).strip('-')"]
    elif r < 0.6:
        imports.add("import re")
        body = [f"{slug} = '-'.join(re.findall(r'[a-z0-9]+', {title}.lower()))"]
    else:
        body = ["chars = []",
                f"for ch in {title}.lower():",
                "    if ch.isalnum():",
                "        chars.append(ch)",
                *ctx.comment("one dash for any run of other characters", 1),
                "    elif chars and chars[-1] != '-':",
                "        chars.append('-')",
                f"{slug} = ''.join(chars).strip('-')"]
    params = [Param(title, "str", _title)]
    if ctx.chance(0.45):
        params.append(Param("max_length", "int", _limit, default=str(ctx.pick(["20", "30", "40"]))))
        body += [f"if len({slug}) > max_length:", f"    {slug} = {slug}[:max_length].rstrip('-')"]
    body.append(f"return {slug}")
    return Func(ctx.pick(["slugify", "make_slug", "url_slug"]), params, "str", body,
                "Lower-case the title and join its words with dashes.",
                details=("'Hello, World!' becomes 'hello-world'.",), imports=imports)


def case_convert(ctx: Ctx) -> Func:
    """snake_case <-> camelCase, with split/capitalize, re.sub, or a loop over characters; maybe over dict keys."""
    name = ctx.pick(["name", "identifier", "key"])
    to_camel = ctx.chance(0.5)
    imports: set[str] = set()
    if to_camel:
        if ctx.chance(0.5):
            body = [f"first, *rest = {name}.strip('_').lower().split('_')",
                    "return first + ''.join(word.capitalize() for word in rest)"]
        else:
            body = ["out = []", "upper_next = False", f"for ch in {name}.strip('_').lower():",
                    "    if ch == '_':", "        upper_next = True", "        continue",
                    "    out.append(ch.upper() if upper_next else ch)", "    upper_next = False", "return ''.join(out)"]
        f = Func(ctx.pick(["snake_to_camel", "to_camel_case"]), [Param(name, "str", _snake)], "str", body,
                 "Turn snake_case into camelCase.")
    else:
        if ctx.chance(0.5):
            imports.add("import re")
            body = [*ctx.comment("an underscore before every capital that is not the first character"),
                    f"return re.sub(r'(?<!^)(?=[A-Z])', '_', {name}).lower()"]
        else:
            body = ["out = []", f"for i, ch in enumerate({name}):", "    if ch.isupper() and i > 0:",
                    "        out.append('_')", "    out.append(ch.lower())", "return ''.join(out)"]
        f = Func(ctx.pick(["camel_to_snake", "to_snake_case"]), [Param(name, "str", _camel)], "str", body,
                 "Turn camelCase into snake_case.", imports=imports)
    if to_camel or ctx.chance(0.5):
        return f
    record = ctx.pick(["record", "payload", "data"])
    return Func(ctx.pick(["snake_keys", "convert_keys"]), [Param(record, "dict", _camel_record)], "dict",
                [f"return {{{f.name}(key): value for key, value in {record}.items()}}"],
                "The same record with its keys written in snake_case.", helpers=[f])


def parse_config(ctx: Ctx) -> Func:
    """`"debug=true; retries=3"` -> dict: split/partition in a loop, a comprehension, maybe typed values."""
    text = ctx.pick(["text", "config", "line"])
    settings = ctx.pick(["settings", "options", "config_map"])
    helpers: list = []
    typed = ctx.chance(0.4)
    if typed:
        helpers.append(Func("convert_value", [Param("raw", "str", lambda r: r.choice(["3", "true", "fast", "2.5"]))],
                            "object",
                            ["if raw.isdigit():", "    return int(raw)",
                             "if raw.lower() in ('true', 'false'):", "    return raw.lower() == 'true'",
                             "return raw"],
                            "An int for digits, a bool for true/false, else the text itself."))
    value = "convert_value(value.strip())" if typed else "value.strip()"
    if ctx.chance(0.7):
        part = ctx.pick(["part", "item", "pair"])
        body = [f"{settings} = {{}}", f"for {part} in {text}.split(';'):"]
        if ctx.chance(0.5):
            body += [f"    key, sep, value = {part}.partition('=')", "    if not sep or not key.strip():",
                     "        continue"]
        else:
            body += [f"    if '=' not in {part}:", *ctx.comment("skip empty or malformed parts", 2),
                     "        continue", f"    key, value = {part}.split('=', 1)"]
        body += [f"    {settings}[key.strip().lower()] = {value}", f"return {settings}"]
    else:
        body = [f"pairs = [p.split('=', 1) for p in {text}.split(';') if '=' in p]",
                f"return {{key.strip().lower(): {value} for key, value in pairs}}"]
    return Func(ctx.pick(["parse_config", "parse_settings", "read_options"]), [Param(text, "str", _config)],
                "dict[str, object]" if typed else "dict[str, str]", body,
                "Read 'key=value' pairs separated by semicolons.", details=("Parts without '=' are skipped.",),
                helpers=helpers)


def parse_csv_rows(ctx: Ctx) -> Func:
    """`"mug,2,4.5"` rows to tuples or a total, skipping bad rows with try/except or isdigit checks."""
    rows = ctx.pick(["rows", "lines", "records"])
    total_only = ctx.chance(0.4)
    use_try = ctx.chance(0.6)
    acc = "total" if total_only else ctx.pick(["items", "parsed", "good_rows"])
    body = [f"{acc} = 0.0" if total_only else f"{acc} = []", "skipped = 0" if total_only else None,
            f"for row in {rows}:",
            "    fields = [field.strip() for field in row.split(',')]",
            "    if len(fields) != 3:"]
    body = [b for b in body if b is not None]
    if total_only:
        body += ["        skipped += 1"]
    body += ["        continue", "    name, qty_text, price_text = fields"]
    if use_try:
        body += ["    try:", "        quantity = int(qty_text)", "        unit_price = float(price_text)",
                 "    except ValueError:"]
        if total_only:
            body += ["        skipped += 1"]
        body += [*ctx.comment("a header or a typo in a number", 2), "        continue"]
    else:
        body += ["    if not qty_text.isdigit() or not price_text.replace('.', '', 1).isdigit():"]
        if total_only:
            body += ["        skipped += 1"]
        body += ["        continue", "    quantity, unit_price = int(qty_text), float(price_text)"]
    if total_only:
        body += ["    total += quantity * unit_price", "return round(total, 2), skipped"]
        returns, summary = "tuple[float, int]", "Total value of the good rows, and how many rows were skipped."
    else:
        body += [f"    {acc}.append((name.lower(), quantity, unit_price))", f"return {acc}"]
        returns, summary = "list[tuple[str, int, float]]", "Parse 'name,qty,price' rows, skipping the malformed ones."
    return Func(ctx.pick(["parse_rows", "read_items", "load_csv_rows"]), [Param(rows, "list[str]", _item_rows)],
                returns, body, summary)


def reformat_dates(ctx: Ctx) -> Func:
    """A parse_date helper (ISO or US format) and a function that rewrites, sorts or names the dates."""
    text = ctx.pick(["text", "value", "raw"])
    helper_body = [f"{text} = {text}.strip()", f"if '-' in {text}:", f"    year, month, day = {text}.split('-')",
                   f"elif '/' in {text}:", f"    month, day, year = {text}.split('/')", "else:", "    return None"]
    if ctx.chance(0.5):
        helper_body += ["if not (year + month + day).isdigit():", "    return None"]
    helper_body += ["return int(year), int(month), int(day)"]
    helper = Func("parse_date", [Param(text, "str", _any_date)], "tuple[int, int, int] | None", helper_body,
                  "Year, month and day from '2024-03-05' or '03/05/2024'; None for other formats.")
    dates = ctx.pick(["dates", "raw_dates", "entries"])
    r = ctx.rng.random()
    constants: dict[str, str] = {}
    if r < 0.4:
        fmt = ctx.pick(["f'{year:04d}-{month:02d}-{day:02d}'", "f'{day:02d}.{month:02d}.{year}'"])
        body = ["out = []", f"for text in {dates}:", "    parsed = parse_date(text)", "    if parsed is None:",
                "        continue", "    year, month, day = parsed", f"    out.append({fmt})", "return out"]
        return Func(ctx.pick(["reformat_dates", "normalize_dates"]), [Param(dates, "list[str]", _any_dates)],
                    "list[str]", body, "The dates that can be read, all written the same way.", helpers=[helper])
    if r < 0.7:
        body = [f"parsed = [parse_date(d) for d in {dates}]",
                "valid = sorted(p for p in parsed if p is not None)",
                *ctx.comment("tuples sort by year, then month, then day"),
                "if not valid:", "    return None",
                "first, last = valid[0], valid[-1]",
                "return '-'.join(f'{n:02d}' for n in first), '-'.join(f'{n:02d}' for n in last)"]
        return Func(ctx.pick(["date_range", "first_and_last"]), [Param(dates, "list[str]", _any_dates)],
                    "tuple[str, str] | None", body, "The earliest and latest of the dates, in ISO form.",
                    helpers=[helper])
    constants["MONTH_NAMES"] = ("['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',"
                                " 'September', 'October', 'November', 'December']")
    body = ["parsed = parse_date(text)", "if parsed is None:", "    return text.strip()",
            "year, month, day = parsed", "return f'{MONTH_NAMES[month - 1]} {day}, {year}'"]
    return Func(ctx.pick(["long_date", "spell_date"]), [Param("text", "str", _any_date)], "str", body,
                "Write a date as 'March 5, 2024'; text in another format comes back unchanged.",
                helpers=[helper], constants=constants)


def clock_minutes(ctx: Ctx) -> Func:
    """`"HH:MM"` to minutes in a helper, then a span, the gaps between times, or a later clock time."""
    clock_name = ctx.pick(["clock", "hhmm", "time_text"])
    if ctx.chance(0.5):
        hbody = [f"hours, minutes = {clock_name}.split(':')", "return int(hours) * 60 + int(minutes)"]
    else:
        hbody = [f"hours, minutes = map(int, {clock_name}.strip().split(':'))", "return hours * 60 + minutes"]
    helper = Func("clock_to_minutes", [Param(clock_name, "str", "clock")], "int", hbody, "Minutes since midnight of 'HH:MM'.")
    r = ctx.rng.random()
    times = ctx.pick(["times", "clocks", "stamps"])
    if r < 0.33:
        body = [f"minutes = sorted(clock_to_minutes(t) for t in {times})", "span = minutes[-1] - minutes[0]",
                "hours, mins = divmod(span, 60)", "return f'{hours}h {mins:02d}m'"]
        return Func(ctx.pick(["time_span", "span_of_day"]), [Param(times, "list[str]", _clocks)], "str", body,
                    "How long from the earliest to the latest time, as '3h 05m'.", helpers=[helper])
    if r < 0.66:
        body = [f"ordered = sorted({times}, key=clock_to_minutes)",
                "gaps = []",
                "for earlier, later in zip(ordered, ordered[1:]):",
                "    gaps.append(clock_to_minutes(later) - clock_to_minutes(earlier))",
                "return gaps"]
        if ctx.chance(0.5):
            body = [f"ordered = sorted({times}, key=clock_to_minutes)",
                    "return [clock_to_minutes(b) - clock_to_minutes(a) for a, b in zip(ordered, ordered[1:])]"]
        return Func(ctx.pick(["gaps_between", "minutes_between"]), [Param(times, "list[str]", _clocks)], "list[int]",
                    body, "Minutes between consecutive times, in time order.", helpers=[helper])
    body = ["total = (clock_to_minutes(start) + minutes) % (24 * 60)",
            *ctx.comment("wrap past midnight"),
            "hours, mins = divmod(total, 60)", "return f'{hours:02d}:{mins:02d}'"]
    return Func(ctx.pick(["add_minutes", "clock_after"]),
                [Param("start", "str", "clock"), Param("minutes", "int", _minutes)], "str", body,
                "The clock time a number of minutes after start.", helpers=[helper])


def count_log_levels(ctx: Ctx) -> Func:
    """`"ERROR: disk full"` lines counted by level (Counter or dict.get), or the messages of one level."""
    lines = ctx.pick(["lines", "log_lines", "entries"])
    imports: set[str] = set()
    split_line = ctx.pick(["level, sep, message = line.partition(':')", "split"])
    head = [f"for line in {lines}:"]
    if split_line == "split":
        head += ["    if ':' not in line:", "        continue", "    level, message = line.split(':', 1)"]
    else:
        head += [f"    {split_line}", "    if not sep:", "        continue"]
    head += ["    level = level.strip().upper()"]
    r = ctx.rng.random()
    if r < 0.6:
        counts = ctx.pick(["counts", "by_level", "tally"])
        if ctx.chance(0.4):
            imports.add("from collections import Counter")
            body = [f"{counts} = Counter()", *head, f"    {counts}[level] += 1"]
        else:
            body = [f"{counts} = {{}}", *head, f"    {counts}[level] = {counts}.get(level, 0) + 1"]
        body.append(f"return sorted({counts}.items())" if ctx.chance(0.4) else f"return dict({counts})")
        returns = "list[tuple[str, int]]" if body[-1].startswith("return sorted") else "dict[str, int]"
        return Func(ctx.pick(["count_levels", "level_counts"]), [Param(lines, "list[str]", _log_lines)], returns, body,
                    "How many log lines there are of each level.", details=("Lines without 'LEVEL:' are ignored.",),
                    imports=imports)
    params = [Param(lines, "list[str]", _log_lines),
              Param("wanted", "str", lambda rng: rng.choice(["ERROR", "WARNING", "INFO"]), default="'ERROR'")]
    body = ["messages = []", *head, "    if level == wanted.upper():", "        messages.append(message.strip())",
            "return messages"]
    return Func(ctx.pick(["messages_for", "errors_only"]), params, "list[str]", body,
                "The messages of the log lines at the wanted level.")


def password_problems(ctx: Ctx) -> Func:
    """A list of broken rules for a password (if-chain or a rule table), sometimes reused by is_strong."""
    pw = ctx.pick(["password", "secret", "candidate"])
    constants = {"MIN_LENGTH": "8", "SPECIAL_CHARS": "'!@#$%^&*'"}
    if ctx.chance(0.6):
        body = ["problems = []", f"if len({pw}) < MIN_LENGTH:",
                "    problems.append(f'shorter than {MIN_LENGTH} characters')",
                f"if not any(ch.isdigit() for ch in {pw}):", "    problems.append('no digit')",
                f"if not any(ch.isupper() for ch in {pw}):", "    problems.append('no uppercase letter')",
                f"if not any(ch in SPECIAL_CHARS for ch in {pw}):", "    problems.append('no special character')"]
        if ctx.chance(0.5):
            body += [f"if ' ' in {pw}:", "    problems.append('contains a space')"]
        body.append("return problems")
    else:
        constants["PASSWORD_RULES"] = ("[\n    ('no digit', str.isdigit),\n    ('no uppercase letter', str.isupper),\n"
                                       "    ('no lowercase letter', str.islower),\n]")
        body = ["problems = []", f"if len({pw}) < MIN_LENGTH:",
                "    problems.append(f'shorter than {MIN_LENGTH} characters')",
                "for message, test in PASSWORD_RULES:",
                f"    if not any(test(ch) for ch in {pw}):", "        problems.append(message)",
                f"if not any(ch in SPECIAL_CHARS for ch in {pw}):", "    problems.append('no special character')",
                "return problems"]
    f = Func("password_problems", [Param(pw, "str", _password)], "list[str]", body,
             "Every rule the password breaks; an empty list means it is fine.", constants=constants)
    r = ctx.rng.random()
    if r < 0.5:
        return f
    pws = ctx.pick(["passwords", "candidates"])
    if r < 0.75:
        return Func(ctx.pick(["is_strong", "strong_enough"]), [Param(pw, "str", _password)], "bool",
                    [f"return not password_problems({pw})"], "True if the password breaks no rule.", helpers=[f])
    body = [f"return {{p: len(password_problems(p)) for p in {pws}}}"]
    if ctx.chance(0.5):
        body = ["report = {}", f"for p in {pws}:", "    problems = password_problems(p)",
                "    report[p] = ', '.join(problems) if problems else 'ok'", "return report"]
        return Func("check_passwords", [Param(pws, "list[str]", _passwords)], "dict[str, str]", body,
                    "What is wrong with each password, or 'ok'.", helpers=[f])
    return Func("problem_counts", [Param(pws, "list[str]", _passwords)], "dict[str, int]", body,
                "How many rules each password breaks.", helpers=[f])


def product_codes(ctx: Ctx) -> Func:
    """Codes like 'AB-012' checked with re.fullmatch (a compiled pattern or a string): filter, split or count."""
    codes = ctx.pick(["codes", "skus", "entries"])
    compiled = ctx.chance(0.5)
    constants = {"CODE_PATTERN": "re.compile(r'[A-Z]{2,3}-\\d{3}')" if compiled else "r'[A-Z]{2,3}-\\d{3}'"}
    match = (lambda v: f"CODE_PATTERN.fullmatch({v})") if compiled else (lambda v: f"re.fullmatch(CODE_PATTERN, {v})")
    norm = ctx.chance(0.5)
    r = ctx.rng.random()
    pre = ["    code = raw.strip().upper()" if norm else "    code = raw.strip()"]
    if r < 0.35:
        body = [f"return [c.strip() for c in {codes} if {match('c.strip()')}]"] if not norm else \
            [f"cleaned = [c.strip().upper() for c in {codes}]", f"return [c for c in cleaned if {match('c')}]"]
        returns, summary = "list[str]", "The codes that look like 'AB-123'."
    elif r < 0.7:
        body = ["valid, invalid = [], []", f"for raw in {codes}:", *pre,
                f"    if {match('code')}:", "        valid.append(code)", "    else:", "        invalid.append(code)",
                "return valid, invalid"]
        returns, summary = "tuple[list[str], list[str]]", "Split the codes into well-formed and malformed ones."
    else:
        body = [f"for raw in {codes}:", *pre, f"    if not {match('code')}:",
                *ctx.comment("stop at the first bad code", 2), "        return code", "return None"]
        returns, summary = "str | None", "The first code that is not of the form 'AB-123', or None."
    return Func(ctx.pick(["valid_codes", "check_codes", "sort_codes"] if r < 0.7 else ["first_bad_code", "find_bad_code"]),
                [Param(codes, "list[str]", _codes)], returns, body, summary, imports={"import re"}, constants=constants)


def char_classes(ctx: Ctx) -> Func:
    """Letters, digits, upper-case, spaces and the rest: an if/elif loop, sums of generators, or a Counter."""
    text = ctx.pick(["text", "s", "message"])
    r = ctx.rng.random()
    role = ctx.pick(["sentence", "sentence", _password, "order_line"])
    if r < 0.4:
        body = ["counts = {'letters': 0, 'digits': 0, 'spaces': 0, 'other': 0}", f"for ch in {text}:",
                "    if ch.isalpha():", "        counts['letters'] += 1", "    elif ch.isdigit():",
                "        counts['digits'] += 1", "    elif ch.isspace():", "        counts['spaces'] += 1",
                "    else:", "        counts['other'] += 1", "return counts"]
        return Func(ctx.pick(["char_classes", "classify_chars"]), [Param(text, "str", role)], "dict[str, int]", body,
                    "Count the letters, digits, spaces and other characters.")
    if r < 0.7:
        body = [f"upper = sum(1 for ch in {text} if ch.isupper())",
                f"lower = sum(1 for ch in {text} if ch.islower())",
                f"digits = sum(ch.isdigit() for ch in {text})",
                *ctx.comment("True counts as 1 in a sum"),
                "return upper, lower, digits"]
        return Func(ctx.pick(["case_counts", "count_char_cases"]), [Param(text, "str", role)], "tuple[int, int, int]", body,
                    "How many upper-case letters, lower-case letters and digits the text has.")
    helper = Func("char_kind", [Param("ch", "str", lambda rng: rng.choice("aZ3 !"))], "str",
                  ["if ch.isupper():", "    return 'upper'", "if ch.islower():", "    return 'lower'",
                   "if ch.isdigit():", "    return 'digit'", "return 'space' if ch.isspace() else 'punct'"],
                  "The kind of one character.")
    body = [f"return dict(Counter(char_kind(ch) for ch in {text}))"]
    if ctx.chance(0.5):
        body = [f"kinds = Counter(char_kind(ch) for ch in {text})", "return kinds.most_common(2)"]
        returns = "list[tuple[str, int]]"
    else:
        returns = "dict[str, int]"
    return Func(ctx.pick(["char_kinds", "kind_counts"]), [Param(text, "str", role)], returns, body,
                "Count the characters of the text by kind.", imports={"from collections import Counter"},
                helpers=[helper])


def vowel_counts(ctx: Ctx) -> Func:
    """Vowels with a VOWELS constant: a total, the word with most vowels (max key=), or the text without them."""
    text = ctx.pick(["text", "sentence", "phrase"])
    constants = {"VOWELS": ctx.pick(["'aeiou'", "'aeiouAEIOU'"])}
    lower = ".lower()" if constants["VOWELS"] == "'aeiou'" else ""
    r = ctx.rng.random()
    if r < 0.35:
        if ctx.chance(0.5):
            body = [f"return sum(1 for ch in {text}{lower} if ch in VOWELS)"]
        else:
            body = ["count = 0", f"for ch in {text}{lower}:", "    if ch in VOWELS:", "        count += 1",
                    "return count"]
        return Func(ctx.pick(["count_vowels", "vowel_count"]), [Param(text, "str", "sentence")], "int", body,
                    "Number of vowels in the text.", constants=constants)
    if r < 0.7:
        helper = Func("vowels_in", [Param("word", "str", "word")], "int",
                      [f"return sum(ch in VOWELS for ch in word{lower})"], "Number of vowels in one word.",
                      constants=constants)
        words = ctx.pick(["words", "names"])
        body = [f"if not {words}:", "    return None", *ctx.comment("max keeps the first word on a tie"),
                f"return max({words}, key=vowels_in)"]
        return Func(ctx.pick(["most_vowels", "vowel_heavy_word"]), [Param(words, "list[str]", "words")], "str | None",
                    body, "The word with the most vowels.", helpers=[helper], constants=constants)
    if ctx.chance(0.5):
        body = [f"return ''.join(ch for ch in {text} if ch.lower() not in VOWELS)"]
    else:
        body = ["kept = []", f"for ch in {text}:", "    if ch.lower() in VOWELS:", "        continue",
                "    kept.append(ch)", "return ''.join(kept)"]
    return Func(ctx.pick(["strip_vowels", "remove_vowels"]), [Param(text, "str", "sentence")], "str", body,
                "The text with its vowels taken out.", constants=constants)



def letter_usage(ctx: Ctx) -> Func:
    """Letters with string.ascii_lowercase: the ones a text is missing (pangram check), counts, or the commonest."""
    text = ctx.pick(["text", "sentence", "phrase"])
    lowered = ctx.pick(["lowered", "lower_text", "letters_seen"])
    r = ctx.rng.random()
    if r < 0.4:
        if ctx.chance(0.5):
            body = [f"{lowered} = {text}.lower()",
                    f"return [letter for letter in string.ascii_lowercase if letter not in {lowered}]"]
        else:
            body = [f"{lowered} = {text}.lower()", "missing = ''", "for letter in string.ascii_lowercase:",
                    f"    if letter not in {lowered}:", "        missing += letter", "return missing"]
        role = ctx.pick(["paragraph", "sentence", lambda rng: "The quick brown fox jumps over the lazy dog"])
        return Func(ctx.pick(["missing_letters", "unused_letters"]), [Param(text, "str", role)],
                    "list[str]" if body[-1].startswith("return [") else "str", body,
                    "The letters of the alphabet that do not occur in the text.",
                    details=("An empty result means the text is a pangram.",), imports={"import string"})
    if r < 0.7:
        body = [f"{lowered} = {text}.lower()",
                *ctx.comment("only the letters that occur, in alphabetical order"),
                f"return {{ch: {lowered}.count(ch) for ch in string.ascii_lowercase if ch in {lowered}}}"]
        return Func(ctx.pick(["letter_counts", "count_letters"]), [Param(text, "str", "word")], "dict[str, int]", body,
                    "How many times each letter occurs, ignoring case.", imports={"import string"})
    body = [f"letters = [ch for ch in {text}.lower() if ch in string.ascii_lowercase]", "if not letters:",
            "    return None", "best, count = Counter(letters).most_common(1)[0]", "return best, count"]
    return Func(ctx.pick(["commonest_letter", "top_letter"]), [Param(text, "str", "sentence")], "tuple[str, int] | None",
                body, "The letter that occurs most often, and how often.",
                imports={"import string", "from collections import Counter"})


def caesar_shift(ctx: Ctx) -> Func:
    """Shift letters keeping case: ascii_lowercase.index, ord/chr arithmetic, or maketrans; maybe a decode flag."""
    text = ctx.pick(["text", "message", "plain"])
    shift = ctx.pick(["shift", "key", "offset"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("import string")
        body = ["out = []", f"for ch in {text}:", "    lower = ch.lower()",
                "    if lower not in string.ascii_lowercase:", "        out.append(ch)", "        continue",
                f"    moved = string.ascii_lowercase[(string.ascii_lowercase.index(lower) + {shift}) % 26]",
                "    out.append(moved.upper() if ch.isupper() else moved)", "return ''.join(out)"]
    elif r < 0.7:
        body = ["result = ''", f"for ch in {text}:", "    if ch.isascii() and ch.isalpha():",
                "        base = ord('A') if ch.isupper() else ord('a')",
                f"        result += chr((ord(ch) - base + {shift}) % 26 + base)", "    else:", "        result += ch",
                "return result"]
    else:
        imports.add("import string")
        body = [f"{shift} %= 26", "lower, upper = string.ascii_lowercase, string.ascii_uppercase",
                f"table = str.maketrans(lower + upper, lower[{shift}:] + lower[:{shift}] + upper[{shift}:] + upper[:{shift}])",
                f"return {text}.translate(table)"]
    params = [Param(text, "str", "sentence"), Param(shift, "int", "shift")]
    if ctx.chance(0.35):
        params.append(Param("decode", "bool", "flag", default="False"))
        body = [*ctx.comment("decoding is shifting the other way"), "if decode:", f"    {shift} = -{shift}", *body]
    return Func(ctx.pick(["caesar", "caesar_shift", "rotate_letters"]), params, "str", body,
                "Shift every letter by the given amount, wrapping around the alphabet.", imports=imports)


def censor_words(ctx: Ctx) -> Func:
    """Banned words from a constant set, checked per word (punctuation stripped): masked, counted, or the first one."""
    text = ctx.pick(["text", "comment", "message"])
    constants = {"BANNED_WORDS": ctx.pick(["{'darn', 'heck', 'dang', 'spam', 'rubbish'}",
                                           "frozenset({'darn', 'heck', 'dang', 'spam', 'rubbish'})"])}
    r = ctx.rng.random()
    if r < 0.45:
        keep = ctx.chance(0.5)
        body = ["out = []", f"for word in {text}.split():", "    core = word.strip('.,!?').lower()",
                "    if core in BANNED_WORDS:"]
        if keep:
            body += [*ctx.comment("keep the first letter so the sentence still reads", 2),
                     "        word = word[0] + '*' * (len(core) - 1) + word[len(core):]"]
        else:
            body += ["        word = '*' * len(word)"]
        body += ["    out.append(word)", "return ' '.join(out)"]
        return Func(ctx.pick(["censor", "mask_banned", "clean_comment"]), [Param(text, "str", _rude_sentence)], "str",
                    body, "Replace each banned word with asterisks.", constants=constants)
    if r < 0.75:
        body = [f"words = [w.strip('.,!?').lower() for w in {text}.split()]",
                "return sum(1 for w in words if w in BANNED_WORDS)"]
        return Func(ctx.pick(["count_banned", "rude_word_count"]), [Param(text, "str", _rude_sentence)], "int", body,
                    "How many banned words the text contains.", constants=constants)
    body = [f"for position, word in enumerate({text}.split()):", "    if word.strip('.,!?').lower() in BANNED_WORDS:",
            "        return position, word", "return None"]
    return Func(ctx.pick(["first_banned", "find_banned_word"]), [Param(text, "str", _rude_sentence)],
                "tuple[int, str] | None", body, "Position and spelling of the first banned word, or None.",
                constants=constants)


def wrap_text(ctx: Ctx) -> Func:
    """Greedy word wrap into lines of at most `width` characters: a string accumulator, word lists, or textwrap."""
    text = ctx.pick(["text", "paragraph", "message"])
    width = ctx.pick(["width", "max_width", "line_length"])
    lines = ctx.pick(["lines", "wrapped", "rows"])
    r = ctx.rng.random()
    imports: set[str] = set()
    if r < 0.45:
        body = [f"{lines} = []", "current = ''", f"for word in {text}.split():",
                f"    if current and len(current) + 1 + len(word) > {width}:",
                f"        {lines}.append(current)", "        current = word",
                "    else:", "        current = f'{current} {word}' if current else word",
                "if current:", f"    {lines}.append(current)", f"return {lines}"]
    elif r < 0.8:
        body = [f"{lines} = []", "words, length = [], 0", f"for word in {text}.split():",
                *ctx.comment("length counts the spaces between the words so far", 1),
                f"    if words and length + len(word) + len(words) > {width}:",
                f"        {lines}.append(' '.join(words))", "        words, length = [], 0",
                "    words.append(word)", "    length += len(word)",
                "if words:", f"    {lines}.append(' '.join(words))", f"return {lines}"]
    else:
        imports.add("import textwrap")
        body = [f"return textwrap.wrap({text}, {width})"]
    params = [Param(text, "str", "paragraph"), Param(width, "int", _width, default=str(ctx.pick(["20", "24", "30"])))]
    return Func(ctx.pick(["wrap_text", "wrap_words", "word_wrap"]), params, "list[str]", body,
                "Break the text into lines no longer than the width, splitting only between words.", imports=imports)


def acronym(ctx: Ctx) -> Func:
    """First letters of the words (small words skipped, hyphens split by re), or a person's initials."""
    r = ctx.rng.random()
    if r < 0.6:
        phrase = ctx.pick(["phrase", "title", "words"])
        constants = {"SMALL_WORDS": "('of', 'and', 'the', 'a', 'an', 'in', 'on')"}
        imports: set[str] = set()
        if ctx.chance(0.5):
            imports.add("import re")
            words = f"re.findall(r'[A-Za-z]+', {phrase})"
        else:
            words = f"{phrase}.split()"
        if ctx.chance(0.5):
            body = [f"return ''.join(w[0].upper() for w in {words} if w.lower() not in SMALL_WORDS)"]
        else:
            body = ["letters = []", f"for w in {words}:", "    if w.lower() in SMALL_WORDS:", "        continue",
                    "    letters.append(w[0].upper())", "return ''.join(letters)"]
        return Func(ctx.pick(["acronym", "make_acronym", "abbreviate"]), [Param(phrase, "str", _phrase)], "str", body,
                    "Capital first letters of the words, leaving out small words like 'of'.",
                    imports=imports, constants=constants)
    name = ctx.pick(["name", "full_name", "person"])
    if ctx.chance(0.5):
        body = [f"parts = {name}.replace(',', ' ').split()",
                *ctx.comment("titles such as 'Dr.' end with a dot and are skipped"),
                "return ' '.join(f'{p[0].upper()}.' for p in parts if not p.endswith('.'))"]
    else:
        body = [f"first, *_, last = {name}.split()" if ctx.chance(0.5) else f"first, last = {name}.split()[:2]",
                "return f'{first[0].upper()}. {last[0].upper()}.'"]
        body = [f"if len({name}.split()) < 2:", f"    return {name}.strip()[:1].upper()", *body]
    return Func(ctx.pick(["initials", "name_initials"]), [Param(name, "str", "name")], "str", body,
                "The person's initials, like 'A. L.'.")


def truncate(ctx: Ctx) -> Func:
    """Cut a text to a limit with '...': plain slicing or at a word boundary with rsplit; one or a list of titles."""
    text = ctx.pick(["text", "title", "summary"])
    limit = ctx.pick(["limit", "max_len", "width"])
    body = [f"if len({text}) <= {limit}:", f"    return {text}"]
    if ctx.chance(0.5):
        body += [f"return {text}[:{limit} - 3] + '...'"]
    else:
        body += [f"cut = {text}[:{limit} - 3]", *ctx.comment("do not stop in the middle of a word"),
                 "if ' ' in cut:", "    cut = cut.rsplit(' ', 1)[0]", "return cut.rstrip(' ,.;') + '...'"]
    default = str(ctx.pick(["12", "15", "20"]))
    f = Func(ctx.pick(["truncate", "shorten", "ellipsize"]),
             [Param(text, "str", "sentence"), Param(limit, "int", _limit, default=default)], "str", body,
             f"The text cut to at most {limit} characters, ending in '...' when it was cut.")
    if ctx.chance(0.6):
        return f
    titles = ctx.pick(["titles", "headlines", "lines"])
    return Func(ctx.pick(["preview_lines", "short_titles"]), [Param(titles, "list[str]", "lines")], "list[str]",
                [f"return [{f.name}(t.strip()) for t in {titles}]"], "Every line shortened for a preview.", helpers=[f])


def reverse_words(ctx: Ctx) -> Func:
    """Word order reversed (reversed, slicing or a while loop with pop), or each word reversed in place."""
    text = ctx.pick(["text", "sentence", "line"])
    words = ctx.pick(["words", "parts"])
    r = ctx.rng.random()
    if r < 0.3:
        body = [f"return ' '.join(reversed({text}.split()))"]
    elif r < 0.55:
        body = [f"{words} = {text}.split()", f"return ' '.join({words}[::-1])"]
    elif r < 0.8:
        body = [f"{words} = {text}.split()", "out = []", f"while {words}:", f"    out.append({words}.pop())",
                "return ' '.join(out)"]
    else:
        body = [*ctx.comment("keep the word order, flip the letters"), f"return ' '.join(w[::-1] for w in {text}.split())"]
        return Func(ctx.pick(["reverse_each_word", "mirror_words"]), [Param(text, "str", "sentence")], "str", body,
                    "Reverse the letters of every word, keeping the words in place.")
    return Func(ctx.pick(["reverse_word_order", "words_backwards"]), [Param(text, "str", "sentence")], "str", body,
                "The words of the text in reverse order.")


def palindromes(ctx: Ctx) -> Func:
    """Palindromes ignoring case and punctuation: slicing or two indexes in a while loop; sometimes the words that are."""
    text = ctx.pick(["text", "phrase", "candidate"])
    if ctx.chance(0.5):
        body = [f"cleaned = [ch.lower() for ch in {text} if ch.isalnum()]", "return cleaned == cleaned[::-1]"]
    else:
        body = [f"cleaned = ''.join(ch.lower() for ch in {text} if ch.isalnum())", "left, right = 0, len(cleaned) - 1",
                "while left < right:", "    if cleaned[left] != cleaned[right]:", "        return False",
                "    left += 1", "    right -= 1", "return True"]
    f = Func(ctx.pick(["is_palindrome", "reads_same_backwards"]), [Param(text, "str", _palindrome_text)], "bool", body,
             "True if the text reads the same backwards, ignoring case, spaces and punctuation.")
    if ctx.chance(0.55):
        return f
    sentence_name = ctx.pick(["sentence", "line"])
    min_len = ctx.pick(["3", "2"])
    body = [f"return [w for w in {sentence_name}.split() if len(w.strip('.,!?')) >= {min_len} and {f.name}(w)]"]
    if ctx.chance(0.5):
        body = ["found = []", f"for w in {sentence_name}.split():", f"    if len(w.strip('.,!?')) < {min_len}:",
                "        continue", f"    if {f.name}(w) and w.lower() not in found:", "        found.append(w.lower())",
                "return found"]
    return Func(ctx.pick(["palindrome_words", "find_palindromes"]), [Param(sentence_name, "str", "sentence")],
                "list[str]", body, "The words of the sentence that are palindromes.", helpers=[f])


def extract_numbers(ctx: Ctx) -> Func:
    """re.findall for numbers in text: integers summed, decimals as floats, or the largest one."""
    text = ctx.pick(["text", "line", "note"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"return sum(int(n) for n in re.findall(r'\\d+', {text}))"]
        if ctx.chance(0.5):
            body = [f"numbers = re.findall(r'\\d+', {text})", "total = 0", "for n in numbers:", "    total += int(n)",
                    "return total"]
        return Func(ctx.pick(["sum_numbers", "total_of_digits_runs"]), [Param(text, "str", _numbers_text)], "int", body,
                    "Add up the whole numbers written in the text.", imports={"import re"})
    if r < 0.7:
        body = [*ctx.comment("an optional minus sign and an optional decimal part"),
                f"return [float(n) for n in re.findall(r'-?\\d+(?:\\.\\d+)?', {text})]"]
        return Func(ctx.pick(["all_numbers", "numbers_from_text"]), [Param(text, "str", _numbers_text)], "list[float]",
                    body, "Every number in the text, as floats.", imports={"import re"})
    body = [f"found = [int(n) for n in re.findall(r'\\d+', {text})]", "return max(found) if found else None"]
    if ctx.chance(0.5):
        body = [f"found = re.findall(r'\\d+', {text})", "if not found:", "    return None",
                "return max(found, key=int)"]
        ret = "str | None"
    else:
        ret = "int | None"
    return Func(ctx.pick(["largest_number", "biggest_number"]), [Param(text, "str", _numbers_text)], ret, body,
                "The largest whole number in the text, or None.", imports={"import re"})


def split_punctuation(ctx: Ctx) -> Func:
    """re.split on punctuation: tags split on ',' or ';' (trimmed, deduplicated), or sentences split on '.!?'."""
    text = ctx.pick(["text", "raw", "value"])
    if ctx.chance(0.55):
        body = [f"tags = []", f"for part in re.split(r'[,;]', {text}):", "    tag = part.strip(' .').lower()",
                "    if tag and tag not in tags:", "        tags.append(tag)", "return tags"]
        if ctx.chance(0.4):
            body = [f"parts = (p.strip(' .').lower() for p in re.split(r'\\s*[,;]\\s*', {text}))",
                    "return list(dict.fromkeys(p for p in parts if p))"]
        return Func(ctx.pick(["parse_tags", "split_tags"]), [Param(text, "str", _tags)], "list[str]", body,
                    "Tags separated by commas or semicolons, lower-cased, each once.", imports={"import re"})
    body = [f"pieces = re.split(r'[.!?]+', {text})", "return [p.strip() for p in pieces if p.strip()]"]
    if ctx.chance(0.5):
        body = [f"pieces = [p.strip() for p in re.split(r'[.!?]+', {text})]",
                "return len([p for p in pieces if p]), max((len(p.split()) for p in pieces), default=0)"]
        return Func(ctx.pick(["sentence_stats", "count_sentences"]), [Param(text, "str", "paragraph")],
                    "tuple[int, int]", body, "Number of sentences and the word count of the longest one.",
                    imports={"import re"})
    return Func(ctx.pick(["split_sentences", "sentences"]), [Param(text, "str", "paragraph")], "list[str]", body,
                "The sentences of the text, without their end punctuation.", imports={"import re"})


def report_lines(ctx: Ctx) -> Func:
    """Aligned rows with f-string widths (`f"{name:<10}{qty:>3}"`), a row helper, joined or printed, with a total."""
    items = ctx.pick(["items", "rows", "stock"])
    name_w = ctx.pick(["10", "12", "9"])
    row_expr = f"f'{{name:<{name_w}}}{{qty:>3}}{{price:>8.2f}}'"
    helpers: list = []
    if ctx.chance(0.5):
        helpers.append(Func("format_row", [Param("name", "str", "product"), Param("qty", "int", "qty"),
                                            Param("price", "float", "price")], "str",
                            [f"return {row_expr}"], "One report row: name left, numbers right-aligned."))
        row = "format_row(name, qty, price)"
    else:
        row = row_expr
    printed = ctx.chance(0.4)
    body = ["lines = []" if not printed else "total = 0.0"]
    if not printed:
        body.append("total = 0.0")
    body += [f"for name, qty, price in {items}:"]
    body += ["    print(" + row + ")"] if printed else [f"    lines.append({row})"]
    body += ["    total += qty * price"]
    total_line = f"f'{{\"TOTAL\":<{name_w}}}{{total:>11.2f}}'"
    if printed:
        body += [f"print('-' * {int(name_w) + 11})", f"print({total_line})"]
        return Func(ctx.pick(["print_report", "show_stock"]), [Param(items, "list[tuple[str, int, float]]", _stock_items)],
                    "None", body, "Print one aligned line per item, then the total.", helpers=helpers)
    body += [f"lines.append({total_line})", "return '\\n'.join(lines)" if ctx.chance(0.5) else "return lines"]
    returns = "str" if body[-1].startswith("return '") else "list[str]"
    return Func(ctx.pick(["report_lines", "format_report"]), [Param(items, "list[tuple[str, int, float]]", _stock_items)],
                returns, body, "Aligned report lines for the items, ending with the total.", helpers=helpers)


def run_length_encode(ctx: Ctx) -> Func:
    """Run-length encoding: a loop with a counter, or itertools.groupby; 'a3b2' or a list of pairs."""
    text = ctx.pick(["text", "s", "data"])
    pairs = ctx.chance(0.35)
    if ctx.chance(0.5):
        body = [f"if not {text}:", "    return []" if pairs else "    return ''", "runs = []",
                f"current, count = {text}[0], 1", f"for ch in {text}[1:]:", "    if ch == current:", "        count += 1",
                "    else:", "        runs.append((current, count))", "        current, count = ch, 1",
                "runs.append((current, count))"]
        imports: set[str] = set()
    else:
        imports = {"from itertools import groupby"}
        body = [f"runs = [(ch, len(list(group))) for ch, group in groupby({text})]"]
    body.append("return runs" if pairs else "return ''.join(f'{ch}{n}' for ch, n in runs)")
    return Func(ctx.pick(["rle_encode", "squash_runs", "encode_repeats"]), [Param(text, "str", _runs)],
                "list[tuple[str, int]]" if pairs else "str", body,
                "Each run of repeated characters as the character and its length.",
                details=("'aaab' becomes 'a3b1'.",) if not pairs else (), imports=imports)


def mask_private(ctx: Ctx) -> Func:
    """Mask an email's local part or all but the last four digits of a card number."""
    if ctx.chance(0.5):
        address = ctx.pick(["email", "address"])
        keep = ctx.pick(["1", "2"])
        body = [f"local, _, domain = {address}.strip().partition('@')",
                "if not domain:", f"    return {address}",
                *ctx.comment(f"show the first {keep} characters of the name"),
                f"return local[:{keep}] + '*' * max(len(local) - {keep}, 1) + '@' + domain"]
        return Func(ctx.pick(["mask_email", "hide_email"]), [Param(address, "str", "email")], "str", body,
                    "The address with most of the part before the @ replaced by asterisks.")
    card = ctx.pick(["card", "number", "card_number"])
    if ctx.chance(0.5):
        body = [f"digits = [ch for ch in {card} if ch.isdigit()]", "masked = ['*'] * (len(digits) - 4) + digits[-4:]",
                "groups = [''.join(masked[i:i + 4]) for i in range(0, len(masked), 4)]", "return ' '.join(groups)"]
    else:
        body = [f"digits = {card}.replace(' ', '').replace('-', '')", "return '*' * (len(digits) - 4) + digits[-4:]"]
    return Func(ctx.pick(["mask_card", "hide_card_number"]), [Param(card, "str", _card)], "str", body,
                "The card number with all but the last four digits hidden.")


def parse_duration(ctx: Ctx) -> Func:
    """'1h 30m' to seconds with re.findall over (number, unit) pairs or a character loop; unknown text raises."""
    text = ctx.pick(["text", "duration", "spec"])
    constants = {"UNIT_SECONDS": "{'h': 3600, 'm': 60, 's': 1}"}
    if ctx.chance(0.5):
        body = [f"pairs = re.findall(r'(\\d+)\\s*([hms])', {text}.lower())",
                f"if not pairs or ''.join(n + u for n, u in pairs) != {text}.lower().replace(' ', ''):",
                f"    raise ValueError(f'cannot read duration {{{text}!r}}')",
                "return sum(int(n) * UNIT_SECONDS[u] for n, u in pairs)"]
        imports = {"import re"}
    else:
        body = ["total = 0", "number = ''", f"for ch in {text}.lower().replace(' ', ''):", "    if ch.isdigit():",
                "        number += ch", "    elif ch in UNIT_SECONDS and number:",
                "        total += int(number) * UNIT_SECONDS[ch]", "        number = ''", "    else:",
                "        raise ValueError(f'unexpected {ch!r} in duration')",
                "if number:", *ctx.comment("a trailing number without a unit", 1),
                "    raise ValueError('missing unit')", "return total"]
        imports = set()
    return Func(ctx.pick(["parse_duration", "duration_seconds", "to_seconds"]), [Param(text, "str", _duration)], "int",
                body, "Seconds in a duration such as '1h 30m' or '45m10s'.",
                details=("Raises ValueError for anything else.",), imports=imports, constants=constants, may_raise=True)


def usernames(ctx: Ctx) -> Func:
    """Usernames from full names (first initial + last name), numbered when already taken, via a dict of counts."""
    helper_name = "base_username"
    name = ctx.pick(["full_name", "name"])
    if ctx.chance(0.5):
        hbody = [f"parts = {name}.replace(',', ' ').lower().split()", "if len(parts) == 1:", "    return parts[0]",
                 "return parts[0][0] + parts[-1]"]
    else:
        hbody = [f"words = {name}.lower().split()", "return words[0][0] + words[-1] if len(words) > 1 else words[0]"]
    helper = Func(helper_name, [Param(name, "str", "clean_name")], "str", hbody,
                  "First initial and last name, lower-cased: 'Ada Lovelace' -> 'alovelace'.")
    names = ctx.pick(["names", "people", "staff"])
    seen = ctx.pick(["seen", "taken", "counts"])
    body = [f"{seen} = {{}}", "result = []", f"for person in {names}:", f"    base = {helper_name}(person)",
            f"    {seen}[base] = {seen}.get(base, 0) + 1"]
    if ctx.chance(0.5):
        body += [*ctx.comment("the second 'jsmith' becomes 'jsmith2'", 1),
                 f"    result.append(base if {seen}[base] == 1 else f'{{base}}{{{seen}[base]}}')"]
    else:
        body += [f"    if {seen}[base] > 1:", f"        base += str({seen}[base])", "    result.append(base)"]
    body.append("return result")

    def _names(rng: random.Random) -> list[str]:
        out = [f"{rng.choice(FIRST[:8]).capitalize()} {rng.choice(LAST[:5]).capitalize()}" for _ in range(rng.randint(2, 6))]
        return out

    return Func(ctx.pick(["make_usernames", "assign_usernames"]), [Param(names, "list[str]", _names)], "list[str]", body,
                "One unique username per person, in order.", helpers=[helper])


def group_anagrams(ctx: Ctx) -> Func:
    """Anagram groups keyed by the sorted letters: setdefault, defaultdict or dict.get; only groups of two or more."""
    words = ctx.pick(["words", "candidates"])
    groups = ctx.pick(["groups", "by_letters", "buckets"])
    imports: set[str] = set()
    key = "''.join(sorted(word.lower()))"
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"{groups} = {{}}", f"for word in {words}:", f"    {groups}.setdefault({key}, []).append(word)"]
    elif r < 0.7:
        imports.add("from collections import defaultdict")
        body = [f"{groups} = defaultdict(list)", f"for word in {words}:", f"    {groups}[{key}].append(word)"]
    else:
        body = [f"{groups} = {{}}", f"for word in {words}:", f"    letters = {key}",
                f"    {groups}[letters] = {groups}.get(letters, []) + [word]"]
    body += [*ctx.comment("a word on its own has no anagram in the list"),
             f"return [group for group in {groups}.values() if len(group) > 1]"]
    return Func(ctx.pick(["group_anagrams", "anagram_groups"]), [Param(words, "list[str]", _anagram_words)],
                "list[list[str]]", body, "Groups of words that are anagrams of each other.", imports=imports)


def sort_versions(ctx: Ctx) -> Func:
    """'1.10.2' version strings sorted numerically with a tuple key helper; a bad part raises or is skipped."""
    version = ctx.pick(["version", "text", "tag"])
    strict = ctx.chance(0.4)
    if ctx.chance(0.5):
        hbody = [f"return tuple(int(part) for part in {version}.split('.'))"]
    else:
        hbody = [f"parts = {version}.split('.')", *ctx.comment("missing parts count as 0: '1.2' == '1.2.0'"),
                 "while len(parts) < 3:", "    parts.append('0')", "return tuple(map(int, parts))"]
    helper = Func("version_key", [Param(version, "str", lambda rng: _versions(rng)[0])], "tuple[int, ...]", hbody,
                  "The numeric parts of a version, for comparing.")
    versions = ctx.pick(["versions", "releases", "tags"])
    if strict:
        body = [f"return sorted({versions}, key=version_key)"]
        if ctx.chance(0.5):
            body = [f"ordered = sorted({versions}, key=version_key, reverse=True)", "return ordered[0]"]
            return Func(ctx.pick(["latest_version", "newest_release"]), [Param(versions, "list[str]", _versions)], "str",
                        body, "The highest version number.", details=("Raises ValueError for a non-numeric part.",),
                        helpers=[helper], may_raise=True)
        return Func(ctx.pick(["sorted_versions", "order_releases"]), [Param(versions, "list[str]", _versions)],
                    "list[str]", body, "The versions from oldest to newest.", helpers=[helper], may_raise=True)
    body = ["valid = []", f"for v in {versions}:", "    if not all(p.isdigit() for p in v.split('.')):", "        continue",
            "    valid.append(v)", "return sorted(valid, key=version_key)"]
    return Func(ctx.pick(["sorted_versions", "order_releases"]), [Param(versions, "list[str]", _versions)], "list[str]",
                body, "The well-formed versions from oldest to newest; others are left out.", helpers=[helper])


def title_case(ctx: Ctx) -> Func:
    """Title case that keeps small words lower (except the first): enumerate loop or a comprehension."""
    title = ctx.pick(["title", "text", "heading"])
    constants = {"MINOR_WORDS": ctx.pick(["('a', 'an', 'and', 'of', 'the', 'to', 'in', 'with')",
                                          "{'a', 'an', 'and', 'of', 'the', 'to', 'in', 'with'}"])}
    if ctx.chance(0.5):
        body = ["words = []", f"for i, word in enumerate({title}.lower().split()):",
                "    if i > 0 and word in MINOR_WORDS:", "        words.append(word)", "    else:",
                "        words.append(word.capitalize())", "return ' '.join(words)"]
    else:
        body = [f"words = {title}.lower().split()", "if not words:", "    return ''",
                "rest = [w if w in MINOR_WORDS else w.capitalize() for w in words[1:]]",
                "return ' '.join([words[0].capitalize(), *rest])"]
    return Func(ctx.pick(["title_case", "book_title", "headline_case"]), [Param(title, "str", _book_title)], "str", body,
                "Capitalize the words of a title, leaving short joining words in lower case.", constants=constants)


def parse_query(ctx: Ctx) -> Func:
    """'page=2&tag=new&tag=sale' to a dict of lists (setdefault) or of last values; keys without '=' kept as ''."""
    query = ctx.pick(["query", "qs", "url_query"])
    multi = ctx.chance(0.55)
    body = ["params = {}", f"for pair in {query}.lstrip('?').split('&'):", "    if not pair:", "        continue",
            "    key, _, value = pair.partition('=')"]
    if ctx.chance(0.4):
        body.append("    value = value.replace('+', ' ')")
    if multi:
        body += [*ctx.comment("a key may repeat: keep every value", 1), "    params.setdefault(key, []).append(value)"]
    else:
        body += ["    params[key] = value"]
    body.append("return params")
    return Func(ctx.pick(["parse_query", "query_params"]), [Param(query, "str", _query)],
                "dict[str, list[str]]" if multi else "dict[str, str]", body,
                "The parameters of a URL query string." if not multi else "Every value given for each query parameter.")


def strip_tags(ctx: Ctx) -> Func:
    """HTML tags removed with re.sub or a loop tracking '<'...'>', then whitespace squeezed."""
    html = ctx.pick(["html", "markup", "text"])
    if ctx.chance(0.5):
        body = [f"text = re.sub(r'<[^>]+>', '', {html})", "return ' '.join(text.split())"]
        imports = {"import re"}
    else:
        body = ["out = []", "inside = False", f"for ch in {html}:", "    if ch == '<':", "        inside = True",
                "    elif ch == '>':", "        inside = False", "    elif not inside:", "        out.append(ch)",
                "return ' '.join(''.join(out).split())"]
        imports = set()
    return Func(ctx.pick(["strip_tags", "plain_text", "remove_html"]), [Param(html, "str", _html)], "str", body,
                "The text without its HTML tags.", imports=imports)


def hex_color(ctx: Ctx) -> Func:
    """'#1a2B3c' to an (r, g, b) tuple with int(x, 16); short '#abc' expanded; anything else raises ValueError."""
    color = ctx.pick(["color", "hex_code", "value"])
    body = [f"digits = {color}.strip().lstrip('#')"]
    if ctx.chance(0.5):
        body += ["if len(digits) == 3:", *ctx.comment("'#abc' is short for '#aabbcc'", 1),
                 "    digits = ''.join(ch * 2 for ch in digits)"]
    if ctx.chance(0.5):
        body += ["if not re.fullmatch(r'[0-9a-fA-F]{6}', digits):", f"    raise ValueError(f'not a colour: {{{color}!r}}')"]
        imports = {"import re"}
    else:
        body += ["if len(digits) != 6:", "    raise ValueError('expected six hex digits')"]
        imports = set()
    body.append("return tuple(int(digits[i:i + 2], 16) for i in range(0, 6, 2))")
    return Func(ctx.pick(["hex_to_rgb", "parse_color"]), [Param(color, "str", _hex_color)], "tuple[int, int, int]", body,
                "Red, green and blue from a hex colour like '#ff8800'.", imports=imports, may_raise=True)


def common_prefix(ctx: Ctx) -> Func:
    """Longest common prefix: shrink with startswith in a while loop, or zip(*words) with an early break."""
    words = ctx.pick(["words", "names", "paths"])
    if ctx.chance(0.5):
        body = [f"if not {words}:", "    return ''", f"prefix = {words}[0]", f"for word in {words}[1:]:",
                "    while not word.startswith(prefix):", "        prefix = prefix[:-1]", "    if not prefix:",
                "        break", "return prefix"]
    else:
        body = ["chars = []", f"for letters in zip(*{words}):", "    if len(set(letters)) != 1:", "        break",
                "    chars.append(letters[0])", "return ''.join(chars)"]
    return Func(ctx.pick(["common_prefix", "shared_prefix"]), [Param(words, "list[str]", _prefix_words)], "str", body,
                "The longest start that all the words share.")


def find_positions(ctx: Ctx) -> Func:
    """Every index of a substring with str.find in a while loop (overlapping or not), or a count."""
    text, sub = ctx.pick(["text", "haystack"]), ctx.pick(["sub", "needle", "pattern"])
    step = ctx.pick(["1", f"len({sub})"])
    count_only = ctx.chance(0.35)
    body = ["positions = []" if not count_only else "count = 0", f"start = {text}.find({sub})", "while start != -1:",
            "    positions.append(start)" if not count_only else "    count += 1",
            f"    start = {text}.find({sub}, start + {step})",
            "return positions" if not count_only else "return count"]
    if step == "1":
        body[4:4] = ctx.comment("step by one so overlapping matches count too", 1)
    return Func(ctx.pick(["find_all", "positions_of", "find_positions"] if not count_only else ["count_occurrences", "count_matches"]),
                [Param(text, "str", _haystack), Param(sub, "str", _needle)], "list[int]" if not count_only else "int",
                body, "Where the substring occurs in the text." if not count_only else "How often the substring occurs.")


def repeated_words(ctx: Ctx) -> Func:
    """Doubled words ('the the') found with zip over neighbours, a previous-word loop, or a backreference regex."""
    text = ctx.pick(["text", "draft", "sentence"])
    r = ctx.rng.random()
    imports: set[str] = set()
    if r < 0.35:
        body = [f"words = [w.strip('.,!?').lower() for w in {text}.split()]",
                "return [b for a, b in zip(words, words[1:]) if a == b]"]
    elif r < 0.7:
        body = ["repeats = []", "previous = None", f"for word in {text}.split():", "    word = word.strip('.,!?').lower()",
                "    if word == previous:", "        repeats.append(word)", "    previous = word", "return repeats"]
    else:
        imports.add("import re")
        body = [*ctx.comment("\\1 matches the same word again"),
                f"return [m.lower() for m in re.findall(r'\\b(\\w+)\\s+\\1\\b', {text}, flags=re.IGNORECASE)]"]
    return Func(ctx.pick(["repeated_words", "doubled_words", "find_stutters"]), [Param(text, "str", _stuttered)],
                "list[str]", body, "Words written twice in a row, as in 'the the'.", imports=imports)


def banner(ctx: Ctx) -> Func:
    """A framed banner: str.center / ljust inside a border of '*', lines built in a loop or a comprehension."""
    lines = ctx.pick(["lines", "messages", "rows"])
    width = ctx.pick(["width", "inner"])
    align = ctx.pick(["center", "ljust"])
    cell = f"'*' + line.center({width}) + '*'" if align == "center" else f"'* ' + line.ljust({width} - 2) + ' *'"
    if ctx.chance(0.5):
        body = [f"{width} = max(len(line) for line in {lines}) + 2", f"border = '*' * ({width} + 2)",
                "framed = [border]", f"for line in {lines}:", f"    framed.append({cell})",
                "framed.append(border)", "return framed"]
    else:
        body = [f"{width} = max(map(len, {lines})) + 2", f"border = '*' * ({width} + 2)",
                f"return [border, *({cell} for line in {lines}), border]"]
    short = lambda rng: [rng.choice(["Hello", "Welcome back", "Sale today", "Hi " + rng.choice(FIRST).capitalize(),
                                     "10% off", "Open 9-5"]) for _ in range(rng.randint(1, 2))]
    return Func(ctx.pick(["banner", "framed_lines", "boxed"]), [Param(lines, "list[str]", short)], "list[str]", body,
                "The lines inside a frame of asterisks.")

MAKERS: list = [clean_emails, phone_digits, collapse_whitespace, slugify, case_convert, parse_config, parse_csv_rows,
                reformat_dates, clock_minutes, count_log_levels, password_problems, product_codes, char_classes,
                vowel_counts, letter_usage, caesar_shift, censor_words, wrap_text, acronym, truncate, reverse_words,
                palindromes, extract_numbers, split_punctuation, report_lines, run_length_encode, mask_private, parse_duration,
                usernames, group_anagrams, sort_versions, title_case, parse_query, strip_tags, hex_color, common_prefix,
                find_positions, repeated_words, banner]
