"""v2 idioms of everyday code: lists with early exits, grouping, grade books, ledgers, small
classes with dunder methods, statistics and formatting."""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .layout import indent
from .people import PRODUCTS


def first_over_limit(ctx: Ctx) -> Func:
    """The first reading above a limit, with its index: for/enumerate with an early return."""
    xs = ctx.pick(["readings", "values", "temps", "samples"])
    limit = ctx.pick(["limit", "threshold", "cutoff"])
    i, x = ctx.pick(["i", "index", "pos"]), ctx.pick(["value", "reading", "x"])
    body = [f"for {i}, {x} in enumerate({xs}):",
            f"    if {x} > {limit}:",
            f"        return {i}, {x}" if ctx.chance(0.6) else f"        return {i}",
            "return None" if ctx.chance(0.7) else "return -1"]
    returns = "tuple[int, int] | None" if ", " in body[2] else "int"
    if "-1" in body[3]:
        body[2] = f"        return {i}"
        returns = "int"
    name = ctx.pick(["first_over_limit", "find_first_above", "first_alarm"])
    return Func(name, [Param(xs, "list[int]", "readings"), Param(limit, "int", "threshold")], returns, body,
                "Return where the first value above the limit is, or None if there is none.")


def group_by_first_letter(ctx: Ctx) -> Func:
    words = ctx.pick(["words", "names", "items"])
    groups = ctx.pick(["groups", "by_letter", "index"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.4:
        imports.add("from collections import defaultdict")
        body = [f"{groups} = defaultdict(list)", f"for w in {words}:", f"    {groups}[w[0].lower()].append(w)",
                f"return dict({groups})"]
    elif r < 0.7:
        body = [f"{groups} = {{}}", f"for w in {words}:", f"    {groups}.setdefault(w[0].lower(), []).append(w)",
                f"return {groups}"]
    else:
        body = [f"{groups} = {{}}", f"for w in {words}:", "    key = w[0].lower()", f"    if key not in {groups}:",
                f"        {groups}[key] = []", f"    {groups}[key].append(w)", f"return {groups}"]
    name = ctx.pick(["group_by_first_letter", "index_by_initial", "bucket_words"])
    return Func(name, [Param(words, "list[str]", "words")], "dict[str, list[str]]", body,
                "Group the words by their first letter, lower-cased.", imports=imports)


def class_averages(ctx: Ctx) -> Func:
    """Average per student rounded, and the best student: a helper chain."""
    nums = ctx.pick(["scores", "marks", "values"])
    helper = Func("average", [Param(nums, "list[int]", "scores")], "float",
                  [f"if not {nums}:", "    return 0.0", f"return round(sum({nums}) / len({nums}), 1)"],
                  "Mean of the scores, 0.0 for an empty list.")
    book = ctx.pick(["grades", "gradebook", "marks_by_student"])
    avgs = ctx.pick(["averages", "means"])
    if ctx.chance(0.5):
        body = [f"{avgs} = {{name: average(s) for name, s in {book}.items()}}"]
    else:
        body = [f"{avgs} = {{}}", f"for name, s in {book}.items():", f"    {avgs}[name] = average(s)"]
    if ctx.chance(0.5):
        body += [f"best = max({avgs}, key={avgs}.get)", f"return best, {avgs}[best]"]
        returns = "tuple[str, float]"
    else:
        body += [f"return {avgs}"]
        returns = "dict[str, float]"
    name = ctx.pick(["class_averages", "summarize_grades", "student_averages"])
    return Func(name, [Param(book, "dict[str, list[int]]", "grades")], returns, body,
                "Average score of each student.", helpers=[helper])


def letter_grade(ctx: Ctx) -> Func:
    """Thresholds in a module constant, scanned until one fits."""
    table = "GRADE_BOUNDS" if ctx.chance(0.5) else "THRESHOLDS"
    constants = {table: "[(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]"}
    s = ctx.pick(["score", "mark", "points"])
    body = [f"for bound, letter in {table}:", f"    if {s} >= bound:", "        return letter", "return 'F'"]
    name = ctx.pick(["letter_grade", "grade_for", "to_letter"])
    f = Func(name, [Param(s, "int", "score")], "str", body, "Letter grade for a score out of 100.", constants=constants)
    if ctx.chance(0.5):  # used over a list by a second function
        many = ctx.pick(["scores", "marks"])
        return Func(ctx.pick(["letter_grades", "grade_all"]), [Param(many, "list[int]", "scores")], "list[str]",
                    [f"return [{name}(x) for x in {many}]"] if ctx.chance(0.5) else
                    ["out = []", f"for x in {many}:", f"    out.append({name}(x))", "return out"],
                    "Letter grades for every score.", constants=constants, helpers=[f])
    return f


def _ledger(rng: random.Random) -> list:
    out = []
    for _ in range(rng.randint(3, 9)):
        kind = rng.choice(["deposit", "deposit", "withdraw", "withdraw", "fee"])
        out.append((kind, 2.5 if kind == "fee" else float(rng.choice([5, 10, 20, 25, 40, 50, 75, 100, 150]))))
    return out


def running_balance(ctx: Ctx) -> Func:
    """A ledger walked with a running balance; an overdraft stops it or is skipped."""
    tx = ctx.pick(["transactions", "ledger", "entries"])
    bal = ctx.pick(["balance", "total"])
    stop = ctx.chance(0.5)
    body = [f"{bal} = start" if ctx.chance(0.5) else f"{bal} = 0.0"]
    params = [Param(tx, "list[tuple[str, float]]", _ledger)]
    if body[0].endswith("start"):
        params.append(Param("start", "float", lambda r: float(r.choice([0, 10, 50, 100])), default="0.0"))
    body += [f"for kind, amount in {tx}:",
             "    if kind == 'deposit':", f"        {bal} += amount",
             "    else:",
             f"        if amount > {bal}:",
             "            break" if stop else "            continue",
             f"        {bal} -= amount",
             f"return round({bal}, 2)"]
    name = ctx.pick(["running_balance", "apply_transactions", "final_balance"])
    return Func(name, params, "float", body,
                "Apply the transactions in order; " + ("stop at the first one the balance cannot cover." if stop
                                                       else "skip those the balance cannot cover."))


def order_total(ctx: Ctx) -> Func:
    """Orders as dicts: subtotal, a discount over a threshold from constants, rounding."""
    orders = ctx.pick(["orders", "cart", "items"])
    constants = {"DISCOUNT_RATE": str(ctx.pick(["0.1", "0.05", "0.15"])), "DISCOUNT_OVER": str(ctx.pick(["50", "100", "30"]))}
    body = [f"subtotal = sum(o['qty'] * o['price'] for o in {orders})" if ctx.chance(0.5) else "subtotal = 0.0"]
    if body[0] == "subtotal = 0.0":
        body += [f"for o in {orders}:", "    subtotal += o['qty'] * o['price']"]
    body += ["if subtotal > DISCOUNT_OVER:", "    subtotal -= subtotal * DISCOUNT_RATE", "return round(subtotal, 2)"]

    def orders_role(r: random.Random) -> list:
        return [{"item": r.choice(PRODUCTS), "qty": r.randint(1, 5),
                 "price": round(r.randint(1, 30) + r.choice([0.0, 0.5, 0.99, 0.25]), 2)} for _ in range(r.randint(1, 5))]
    name = ctx.pick(["order_total", "cart_total", "checkout_total"])
    return Func(name, [Param(orders, "list[dict]", orders_role)], "float", body,
                "Total of the orders, with the discount applied above the threshold.", constants=constants)


def dedupe_keep_order(ctx: Ctx) -> Func:
    xs = ctx.pick(["items", "names", "values", "tags"])
    seen = ctx.pick(["seen", "already"])
    out = ctx.pick(["unique", "result", "kept"])
    key = ".lower()" if ctx.chance(0.4) else ""
    body = [f"{seen} = set()", f"{out} = []", f"for x in {xs}:", f"    k = x{key}" if key else None,
            f"    if {'k' if key else 'x'} in {seen}:", "        continue", f"    {seen}.add({'k' if key else 'x'})",
            f"    {out}.append(x)", f"return {out}"]
    body = [b for b in body if b is not None]
    role = "words" if key else ctx.pick(["words", "small_nums"])
    hint = "list[str]" if role == "words" else "list[int]"
    name = ctx.pick(["dedupe", "unique_in_order", "remove_duplicates"])
    return Func(name, [Param(xs, hint, role)], hint, body,
                "Drop repeated items, keeping the first of each" + (" (ignoring case)." if key else "."))


def chunked(ctx: Ctx) -> Func:
    xs = ctx.pick(["items", "values", "records"])
    size = ctx.pick(["size", "batch_size", "n"])
    if ctx.chance(0.5):
        body = [f"return [{xs}[i:i + {size}] for i in range(0, len({xs}), {size})]"]
    else:
        body = ["batches = []", "current = []", f"for x in {xs}:", "    current.append(x)", f"    if len(current) == {size}:",
                "        batches.append(current)", "        current = []", "if current:", "    batches.append(current)",
                "return batches"]
    name = ctx.pick(["chunked", "batches_of", "split_into_batches"])
    return Func(name, [Param(xs, "list[int]", "nums"), Param(size, "int", lambda r: r.randint(2, 4), default="3")],
                "list[list[int]]", body, "Split the list into batches of the given size; the last may be shorter.")


def moving_average(ctx: Ctx) -> Func:
    xs = ctx.pick(["temps", "prices", "values"])
    w = ctx.pick(["window", "width", "k"])
    if ctx.chance(0.5):
        body = [f"return [round(sum({xs}[i:i + {w}]) / {w}, 2) for i in range(len({xs}) - {w} + 1)]"]
    else:
        body = ["out = []", f"total = sum({xs}[:{w}])", f"out.append(round(total / {w}, 2))",
                f"for i in range({w}, len({xs})):", f"    total += {xs}[i] - {xs}[i - {w}]",
                f"    out.append(round(total / {w}, 2))", "return out"]
    name = ctx.pick(["moving_average", "rolling_mean", "smooth"])
    return Func(name, [Param(xs, "list[float]", "temps"), Param(w, "int", lambda r: r.randint(2, 3), default="3")],
                "list[float]", body, "Averages of each run of `window` consecutive values.")


def median_and_mode(ctx: Ctx) -> Func:
    xs = ctx.pick(["scores", "values", "ages"])
    imports: set[str] = set()
    if ctx.chance(0.4):
        imports.add("import statistics")
        body = [f"return statistics.median({xs}), statistics.mode({xs})"]
    else:
        body = [f"ordered = sorted({xs})", "mid = len(ordered) // 2",
                "if len(ordered) % 2:", "    median = ordered[mid]", "else:", "    median = (ordered[mid - 1] + ordered[mid]) / 2",
                "counts = {}", "for x in ordered:", "    counts[x] = counts.get(x, 0) + 1",
                "mode = max(counts, key=counts.get)", "return median, mode"]
    name = ctx.pick(["median_and_mode", "middle_and_most_common", "describe"])
    return Func(name, [Param(xs, "list[int]", "scores")], "tuple[float, int]", body,
                "Median and most common value of a non-empty list.", imports=imports)


def format_duration(ctx: Ctx) -> Func:
    secs = ctx.pick(["seconds", "total_seconds", "elapsed"])
    body = [f"minutes, secs = divmod({secs}, 60)", "hours, minutes = divmod(minutes, 60)"]
    if ctx.chance(0.5):
        body += ["if hours:", "    return f'{hours}h {minutes:02d}m {secs:02d}s'", "return f'{minutes}m {secs:02d}s'"]
    else:
        body += ["parts = []", "if hours:", "    parts.append(f'{hours}h')", "if minutes or hours:",
                 "    parts.append(f'{minutes}m')", "parts.append(f'{secs}s')", "return ' '.join(parts)"]
    name = ctx.pick(["format_duration", "human_time", "pretty_seconds"])
    return Func(name, [Param(secs, "int", "seconds")], "str", body, "Write a number of seconds as hours, minutes and seconds.")


def compress_ranges(ctx: Ctx) -> Func:
    xs = ctx.pick(["numbers", "pages", "ids"])

    def ids(r: random.Random) -> list:
        start, out = r.randint(1, 20), []
        for _ in range(r.randint(3, 10)):
            out.append(start)
            start += r.choice([1, 1, 1, 2, 3])
        return out
    body = ["parts = []", f"start = prev = {xs}[0]", f"for n in {xs}[1:]:", "    if n == prev + 1:", "        prev = n",
            "        continue", "    parts.append(str(start) if start == prev else f'{start}-{prev}')", "    start = prev = n",
            "parts.append(str(start) if start == prev else f'{start}-{prev}')", "return ', '.join(parts)"]
    name = ctx.pick(["compress_ranges", "format_pages", "ranges_text"])
    return Func(name, [Param(xs, "list[int]", ids)], "str", body, "Write sorted numbers as ranges: [1, 2, 3, 5] -> '1-3, 5'.")


def _class_block(name: str, lines: list[str]) -> list[str]:
    return [f"class {name}:", *indent(lines)]


def cart_class(ctx: Ctx) -> Func:
    """A small class with __init__, a mutating method, a property-like total and __len__/__repr__."""
    cls = ctx.pick(["Cart", "Basket", "Order"])
    methods = ['"""Items and their quantities."""', "", "def __init__(self):", "    self.items = {}", "",
               "def add(self, name, qty=1):", "    self.items[name] = self.items.get(name, 0) + qty", "",
               "def remove(self, name):", "    if name in self.items:", "        del self.items[name]", "",
               "def __len__(self):", "    return sum(self.items.values())"]
    if ctx.chance(0.5):
        methods += ["", "def __repr__(self):", f"    return f'{cls}({{len(self)}} items)'"]
    block = _class_block(cls, methods)
    var = ctx.pick(["cart", "basket", "order"])
    words = ctx.pick(["picks", "products", "names"])
    body = [f"{var} = {cls}()", f"for p in {words}:", f"    {var}.add(p.lower())"]
    if ctx.chance(0.5):
        body += [f"{var}.remove({words}[0].lower())"]
    body += [f"return len({var}), sorted({var}.items)"]
    name = ctx.pick(["fill_cart", "count_picks", "build_order"])
    return Func(name, [Param(words, "list[str]", "products")], "tuple[int, list[str]]", body,
                "Put every product in a cart and report what it holds.", helpers=[block])


def vector_class(ctx: Ctx) -> Func:
    cls = ctx.pick(["Vector", "Point", "Vec2"])
    methods = ["def __init__(self, x, y):", "    self.x = x", "    self.y = y", "",
               "def __add__(self, other):", f"    return {cls}(self.x + other.x, self.y + other.y)", "",
               "def length(self):", "    return math.hypot(self.x, self.y)"]
    if ctx.chance(0.5):
        methods += ["", "def __eq__(self, other):", "    return (self.x, self.y) == (other.x, other.y)"]
    block = _class_block(cls, methods)
    pts = ctx.pick(["points", "steps", "moves"])
    body = [f"pos = {cls}(0, 0)", "far = 0.0", f"for dx, dy in {pts}:", f"    pos = pos + {cls}(dx, dy)",
            "    far = max(far, pos.length())", "return (pos.x, pos.y), round(far, 2)"]
    name = ctx.pick(["walk", "follow_path", "track_moves"])
    return Func(name, [Param(pts, "list[tuple[int, int]]", "points")], "tuple[tuple[int, int], float]", body,
                "Where a walk of the given steps ends, and how far from the start it got.", imports={"import math"},
                helpers=[block])


def account_class(ctx: Ctx) -> Func:
    cls = ctx.pick(["Account", "Wallet", "BankAccount"])
    methods = ["def __init__(self, owner, balance=0):", "    self.owner = owner", "    self.balance = balance", "",
               "def deposit(self, amount):", "    if amount <= 0:", "        raise ValueError('deposit must be positive')",
               "    self.balance += amount", "",
               "def withdraw(self, amount):", "    if amount > self.balance:",
               "        raise ValueError(f'insufficient funds: {self.balance} < {amount}')", "    self.balance -= amount"]
    block = _class_block(cls, methods)
    moves = ctx.pick(["moves", "operations", "changes"])
    catch = ctx.chance(0.6)
    body = [f"acct = {cls}(owner)", "refused = 0" if catch else None, f"for amount in {moves}:"]
    inner = ["if amount >= 0:", "    acct.deposit(amount)", "else:", "    acct.withdraw(-amount)"]
    if catch:
        body += ["    try:", *["        " + x for x in inner], "    except ValueError:", "        refused += 1",
                 "return acct.balance, refused"]
    else:
        body += ["    " + x for x in inner] + ["return acct.balance"]
    body = [b for b in body if b is not None]

    def amounts(r: random.Random) -> list:
        return [r.choice([10, 20, 25, 50, 100, -5, -10, -30, -60]) for _ in range(r.randint(2, 8))]
    name = ctx.pick(["replay_account", "apply_moves", "simulate_account"])
    return Func(name, [Param("owner", "str", "first_name"), Param(moves, "list[int]", amounts)],
                "tuple[int, int]" if catch else "int", body,
                "Replay deposits (positive) and withdrawals (negative) on a new account.", helpers=[block],
                may_raise=not catch)


MAKERS = [first_over_limit, group_by_first_letter, class_averages, letter_grade, running_balance, order_total,
          dedupe_keep_order, chunked, moving_average, median_and_mode, format_duration, compress_ranges, cart_class,
          vector_class, account_class]
