"""Inputs that look like people's data (generator v2): names with stray spaces and mixed case,
order lines, sentences with punctuation and digits, prices, years, quantities, lists of up to
~15 elements, records (dicts, tuples), dicts of lists.

Values are asked for by *role* (`value(rng, "order_line")`), not only by type: a function that
parses an order line gets an order line. Every generator draws from `rng` only, in a fixed
order, so a seed gives the same values in any process.
"""
from __future__ import annotations

import random

FIRST = ["alice", "bob", "carol", "dave", "eve", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "oscar", "peggy", "trent", "victor", "wendy", "ada", "alan", "linus", "guido", "maria", "omar",
         "yuki", "chen", "priya", "lars", "sofia", "noah", "liam", "emma", "olivia", "mia", "lucas"]
LAST = ["smith", "jones", "brown", "taylor", "wilson", "davies", "evans", "thomas", "johnson", "roberts",
        "lovelace", "turing", "hopper", "torvalds", "garcia", "martin", "lee", "walker", "hall", "young",
        "king", "wright", "lopez", "hill", "green", "adams", "baker", "nelson", "carter", "mitchell"]
PRODUCTS = ["widget", "gadget", "coffee", "tea", "bagel", "notebook", "pencil", "stapler", "lamp", "mug",
            "keyboard", "mouse", "monitor", "cable", "charger", "backpack", "bottle", "apple", "banana",
            "bread", "milk", "cheese", "soap", "towel", "chair", "desk", "sticker", "candle", "socks"]
CATEGORIES = ["office", "kitchen", "food", "tech", "garden", "toys", "books", "sports"]
CITIES = ["paris", "london", "berlin", "tokyo", "oslo", "lima", "rome", "madrid", "cairo", "delhi", "austin",
          "boston", "denver", "seattle", "sydney", "toronto", "dublin", "prague", "vienna", "lisbon"]
WORDS = ["the", "cat", "sat", "on", "mat", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "a",
         "big", "red", "ball", "is", "very", "fun", "and", "we", "like", "to", "code", "in", "python",
         "data", "is", "not", "information", "hello", "world", "again", "today", "it", "was", "sunny",
         "rain", "later", "good", "morning", "team", "meeting", "at", "noon", "please", "send", "the",
         "report", "by", "friday", "level", "noon", "radar", "kayak", "stats", "tenet", "river", "stone"]
VERBS = ["ship", "pack", "order", "return", "cancel", "check", "send", "print", "load", "save"]
STATUS = ["ok", "error", "pending", "done", "failed", "open", "closed"]
DOMAINS = ["example.com", "mail.org", "test.net", "school.edu", "corp.io"]
PUNCT = [".", "!", "?", ",", ";", ":", "..."]
OPERATIONS = ["deposit", "withdraw", "deposit", "withdraw", "fee"]


def _case(rng: random.Random, word: str) -> str:
    r = rng.random()
    if r < 0.45:
        return word.capitalize()
    if r < 0.7:
        return word
    if r < 0.82:
        return word.upper()
    return "".join(c.upper() if rng.random() < 0.3 else c for c in word)


def _pad(rng: random.Random, s: str, p: float = 0.3) -> str:
    if rng.random() < p:
        s = rng.choice([" ", "  ", ""]) + s + rng.choice([" ", "  ", ""])
    return s


def full_name(rng: random.Random, messy: float = 0.5) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if rng.random() >= messy:
        return f"{first.capitalize()} {last.capitalize()}"
    r = rng.random()
    if r < 0.15:
        name = f"{_case(rng, last)}, {_case(rng, first)}"
    elif r < 0.25:
        name = f"{rng.choice(['Dr.', 'Ms.', 'Mr.', 'Prof.'])} {first.capitalize()} {last.capitalize()}"
    else:
        name = f"{_case(rng, first)}{rng.choice([' ', ' ', '  '])}{_case(rng, last)}"
    return _pad(rng, name, 0.5)


def sentence(rng: random.Random, lo: int = 3, hi: int = 8, limit: int = 44) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    if rng.random() < 0.25:
        words.insert(rng.randrange(len(words) + 1), str(rng.choice([2, 3, 7, 10, 12, 42, 100, 2024])))
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = _case(rng, words[i])
    text = ""
    for i, w in enumerate(words):
        sep = "" if i == 0 else (", " if rng.random() < 0.12 else " ")
        if len(text) + len(sep) + len(w) > limit - 1:
            break
        text += sep + w
    text += rng.choice(PUNCT[:3] + ["", "."])
    if rng.random() < 0.15:
        text = _pad(rng, text, 1.0)
    return text


def paragraph(rng: random.Random) -> str:
    """Two short sentences: around 40-80 characters, sometimes more (a cut value now and then)."""
    return sentence(rng, 3, 7, 40) + " " + sentence(rng, 3, 7, 44)


def word(rng: random.Random) -> str:
    return _case(rng, rng.choice(WORDS + PRODUCTS + CITIES))


def product(rng: random.Random) -> str:
    p = rng.choice(PRODUCTS)
    return p.capitalize() if rng.random() < 0.6 else p


def price(rng: random.Random) -> float:
    r = rng.random()
    if r < 0.5:
        return round(rng.randint(1, 49) + rng.choice([0.99, 0.5, 0.25, 0.0, 0.49, 0.95]), 2)
    if r < 0.8:
        return float(rng.choice([5, 10, 12, 15, 20, 25, 40, 99, 120, 250]))
    return round(rng.uniform(0.5, 80), 2)


def qty(rng: random.Random) -> int:
    return rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10, 12])


def year(rng: random.Random) -> int:
    return rng.choice([rng.randint(1990, 2024), rng.randint(1900, 2024), 2000, 2020, 2024, 1999])


def score(rng: random.Random) -> int:
    return min(100, max(0, int(rng.gauss(74, 15))))


def order_line(rng: random.Random) -> str:
    r = rng.random()
    n, item = rng.randint(1, 999), product(rng)
    if r < 0.35:
        return f"Order #{n}: {qty(rng)}x {item.capitalize()}"
    if r < 0.6:
        return f"{qty(rng)} x {item} @ {price(rng):.2f}"
    if r < 0.8:
        return f"SKU-{rng.randint(1000, 9999)} qty={qty(rng)}"
    return _pad(rng, f"{item.upper()} {qty(rng)} {price(rng)}", 0.6)


def csv_row(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return f"{product(rng)},{qty(rng)},{price(rng)}"
    if r < 0.7:
        return f"{rng.choice(FIRST)},{rng.randint(18, 80)},{rng.choice(CITIES)}"
    bad = rng.choice(["", "n/a", "x", "-", "?"])
    return f"{product(rng)},{bad},{price(rng)}" if rng.random() < 0.5 else f"{rng.choice(FIRST)}, {score(rng)}"


def kv_config(rng: random.Random) -> str:
    keys = rng.sample(["debug", "retries", "name", "mode", "timeout", "port", "user", "level"], rng.randint(2, 4))
    vals = {"debug": ["true", "false"], "retries": ["3", "5", "0"], "name": ["demo", "prod", "test"],
            "mode": ["fast", "safe"], "timeout": ["30", "2.5"], "port": ["8080", "22"], "user": FIRST[:6],
            "level": ["info", "warn", "1"]}
    sep = rng.choice(["; ", ";", ", ", "&"])
    return sep.join(f"{k}{rng.choice(['=', '=', ' = '])}{rng.choice(vals[k])}" for k in keys)


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.6:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.85:
        return f"{m:02d}/{d:02d}/{y}"
    return f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.choice([0, 5, 15, 30, 45, rng.randint(0, 59)]):02d}"


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", first])
    e = f"{local}@{rng.choice(DOMAINS)}"
    return _pad(rng, _case(rng, e) if rng.random() < 0.2 else e, 0.2)


def code(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHKMNPRSTXZ") for _ in range(rng.randint(2, 3)))
    return rng.choice([f"{letters}-{rng.randint(1, 999):03d}", f"{letters.lower()}_{rng.randint(1, 99)}",
                       f"{letters}{rng.randint(10, 9999)}"])


def small_list(rng: random.Random, gen, lo: int = 3, hi: int = 15) -> list:
    # Mostly 4-9 elements, sometimes empty-ish or long.
    n = rng.choices(range(lo, hi + 1), [4 if 4 <= k <= 9 else 1 for k in range(lo, hi + 1)])[0]
    return [gen(rng) for _ in range(n)]


def _order_dict(rng):
    return {"item": product(rng), "qty": qty(rng), "price": price(rng)}


def _student_grades(rng):
    return {rng.choice(FIRST).capitalize(): [score(rng) for _ in range(rng.randint(1, 4))]
            for _ in range(rng.randint(2, 5))}


def _inventory(rng):
    return {p: rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 40]) for p in rng.sample(PRODUCTS, rng.randint(2, 6))}


def _transactions(rng):
    out = []
    for _ in range(rng.randint(3, 8)):
        op = rng.choice(OPERATIONS)
        out.append((op, float(rng.choice([5, 10, 20, 25, 50, 75, 100, 150, 200])) if op != "fee" else 2.5))
    return out


def _points(rng):
    return [(rng.randint(-10, 10), rng.randint(-10, 10)) for _ in range(rng.randint(2, 7))]


def _matrix(rng):
    r, c = rng.randint(2, 4), rng.randint(2, 4)
    return [[rng.randint(-5, 20) for _ in range(c)] for _ in range(r)]


def _pairs(rng):
    return [(rng.choice(FIRST).capitalize(), score(rng)) for _ in range(rng.randint(3, 8))]


def _tasks(rng):
    return [{"name": f"{rng.choice(VERBS)} {rng.choice(PRODUCTS)}", "priority": rng.randint(1, 5),
             "done": rng.random() < 0.4} for _ in range(rng.randint(2, 6))]


def _ints(rng, lo=-20, hi=100):
    return rng.randint(lo, hi)


# role -> generator(rng) -> value
ROLES = {
    "name": lambda rng: full_name(rng),
    "clean_name": lambda rng: full_name(rng, 0.0),
    "first_name": lambda rng: rng.choice(FIRST).capitalize(),
    "names": lambda rng: small_list(rng, full_name, 2, 10),
    "sentence": lambda rng: sentence(rng),
    "paragraph": paragraph,
    "word": word,
    "words": lambda rng: small_list(rng, lambda r: rng.choice(WORDS + PRODUCTS), 3, 14),
    "lines": lambda rng: small_list(rng, lambda r: sentence(r, 2, 5, 30), 2, 6),
    "product": product,
    "products": lambda rng: small_list(rng, product, 2, 10),
    "order_line": order_line,
    "order_lines": lambda rng: small_list(rng, order_line, 2, 6),
    "csv_row": csv_row,
    "csv_rows": lambda rng: small_list(rng, csv_row, 2, 7),
    "kv_config": kv_config,
    "date": date,
    "dates": lambda rng: small_list(rng, date, 2, 6),
    "clock": clock,
    "clocks": lambda rng: small_list(rng, clock, 2, 6),
    "email": email,
    "emails": lambda rng: small_list(rng, email, 2, 6),
    "code": code,
    "price": price,
    "prices": lambda rng: small_list(rng, price, 2, 12),
    "qty": qty,
    "year": year,
    "years": lambda rng: small_list(rng, year, 2, 10),
    "age": lambda rng: rng.randint(1, 95),
    "score": score,
    "scores": lambda rng: small_list(rng, score, 2, 15),
    "temps": lambda rng: small_list(rng, lambda r: round(r.uniform(-8, 36), 1), 3, 14),
    "readings": lambda rng: small_list(rng, lambda r: r.randint(0, 250), 3, 15),
    "nums": lambda rng: small_list(rng, _ints, 2, 15),
    "small_nums": lambda rng: small_list(rng, lambda r: r.randint(1, 30), 2, 12),
    "n": lambda rng: rng.randint(1, 12),
    "k": lambda rng: rng.randint(1, 4),
    "big_n": lambda rng: rng.choice([rng.randint(2, 200), rng.randint(100, 5000), 97, 360, 1024]),
    "seconds": lambda rng: rng.choice([rng.randint(0, 400), rng.randint(400, 90000), 3600, 86400]),
    "threshold": lambda rng: rng.choice([10, 20, 50, 60, 70, 75, 100]),
    "rate": lambda rng: rng.choice([0.05, 0.1, 0.15, 0.2, 0.25, 0.075]),
    "shift": lambda rng: rng.randint(1, 25),
    "orders": lambda rng: small_list(rng, _order_dict, 2, 6),
    "grades": _student_grades,
    "inventory": _inventory,
    "transactions": _transactions,
    "points": _points,
    "matrix": _matrix,
    "pairs": _pairs,
    "tasks": _tasks,
    "flag": lambda rng: rng.random() < 0.5,
    "status": lambda rng: rng.choice(STATUS),
    "category": lambda rng: rng.choice(CATEGORIES),
    "city": lambda rng: _case(rng, rng.choice(CITIES)),
}


def value(rng: random.Random, role: str):
    return ROLES[role](rng)
