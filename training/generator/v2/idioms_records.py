"""v2 idioms: records (see idiom.py for what a maker returns).

Collections of records as people handle them: grouping and counting by a key, inventories and
stock moves, order lists, ledgers, merging and inverting dicts, flattening and batching,
itertools/functools pipelines, namedtuple and dataclass records, schedules, state machines.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import CATEGORIES, FIRST, PRODUCTS, price, qty, score

STOCK_ITEMS = ["mug", "pen", "lamp", "tea", "soap", "desk", "cable"]
REGIONS = ["north", "south", "east", "west"]
TEAMS = ["red", "blue", "green"]


# ---- input roles -------------------------------------------------------------------------------

def _catalog(rng: random.Random) -> list:
    """(category, product) pairs."""
    return [(rng.choice(CATEGORIES[:5]), rng.choice(PRODUCTS)) for _ in range(rng.randint(2, 7))]


def _catalog_dicts(rng: random.Random) -> list:
    return [{"name": rng.choice(PRODUCTS), "dept": rng.choice(CATEGORIES[:4])} for _ in range(rng.randint(2, 5))]


def _user_actions(rng: random.Random) -> list:
    actions = ["login", "view", "view", "buy", "logout", "search"]
    return [(rng.choice(FIRST[:6]), rng.choice(actions)) for _ in range(rng.randint(2, 7))]


def _statuses(rng: random.Random) -> list:
    return [rng.choice(["open", "open", "closed", "pending", "done"]) for _ in range(rng.randint(2, 12))]


def _stock(rng: random.Random) -> dict:
    return {p: rng.choice([0, 1, 2, 3, 5, 8, 12, 20]) for p in rng.sample(STOCK_ITEMS, rng.randint(2, 5))}


def _stock_moves(rng: random.Random) -> list:
    return [(rng.choice(STOCK_ITEMS), rng.choice([-5, -3, -2, -1, 1, 2, 4, 10])) for _ in range(rng.randint(2, 6))]


def _orders(rng: random.Random) -> list:
    return [{"item": rng.choice(PRODUCTS), "qty": qty(rng), "price": price(rng)} for _ in range(rng.randint(2, 5))]


def _tasks(rng: random.Random) -> list:
    verbs = ["fix", "test", "ship", "plan", "call", "pack"]
    return [(f"{rng.choice(verbs)} {rng.choice(STOCK_ITEMS)}", rng.randint(1, 5), rng.random() < 0.35)
            for _ in range(rng.randint(2, 6))]


def _ledger(rng: random.Random) -> list:
    out = []
    for _ in range(rng.randint(3, 8)):
        kind = rng.choice(["deposit", "deposit", "withdraw", "withdraw"])
        out.append((kind, rng.choice([5, 10, 20, 25, 40, 50, 75, 100])))
    return out


def _overrides(rng: random.Random) -> dict:
    values = {"timeout": [5, 10, 60, None], "retries": [0, 1, 5, None], "mode": ["fast", "safe", None],
              "verbose": [True, False], "theme": ["dark", "light"]}
    keys = rng.sample(list(values), rng.randint(0, 3))
    return {k: rng.choice(values[k]) for k in keys}


def _teams(rng: random.Random) -> dict:
    return {rng.choice(FIRST).capitalize(): rng.choice(TEAMS) for _ in range(rng.randint(2, 7))}


def _skus(rng: random.Random) -> dict:
    names = rng.sample(PRODUCTS, rng.randint(2, 5))
    return {n: f"SKU-{rng.randint(100, 999)}" for n in names}


def _nested(rng: random.Random) -> list:
    return [[rng.randint(0, 20) for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(2, 5))]


def _deep(rng: random.Random) -> list:
    out: list = []
    for _ in range(rng.randint(2, 5)):
        r = rng.random()
        if r < 0.4:
            out.append(rng.randint(0, 9))
        elif r < 0.8:
            out.append([rng.randint(0, 9) for _ in range(rng.randint(0, 3))])
        else:
            out.append([rng.randint(0, 9), [rng.randint(0, 9), rng.randint(0, 9)]])
    return out


def _sales(rng: random.Random) -> list:
    return [(rng.choice(REGIONS), rng.choice([10, 15, 20, 30, 45, 50, 80, 120])) for _ in range(rng.randint(2, 8))]


def _daily_counts(rng: random.Random) -> list:
    return [{p: rng.randint(1, 9) for p in rng.sample(STOCK_ITEMS[:4], rng.randint(1, 3))}
            for _ in range(rng.randint(1, 4))]


def _staff_rows(rng: random.Random) -> list:
    depts = ["eng", "ops", "sales"]
    return [f"{rng.choice(FIRST).capitalize()},{rng.choice(depts)},{rng.randint(30, 90) * 100}"
            for _ in range(rng.randint(2, 6))]


def _item_rows(rng: random.Random) -> list:
    return [(rng.choice(PRODUCTS), qty(rng), rng.choice([0.5, 1.25, 2.0, 3.99, 4.5, 9.99, 12.0]))
            for _ in range(rng.randint(1, 5))]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _meetings(rng: random.Random) -> list:
    out = []
    for _ in range(rng.randint(2, 5)):
        start = rng.randint(8 * 4, 16 * 4) * 15
        out.append((_clock(start), _clock(start + rng.choice([15, 30, 45, 60, 90]))))
    return out


def _busy_minutes(rng: random.Random) -> list:
    out, t = [], 9 * 60 + rng.choice([0, 0, 30, 60])
    for _ in range(rng.randint(1, 4)):
        t += rng.choice([0, 15, 30, 60, 90])
        end = t + rng.choice([30, 45, 60])
        if end > 17 * 60:
            break
        out.append((t, end))
        t = end
    return out


def _order_events(rng: random.Random) -> list:
    good = rng.choice([["pay", "ship", "deliver"], ["pay", "refund"], ["cancel"], ["pay", "ship"]])
    events = list(good)
    if rng.random() < 0.5:
        events.insert(rng.randrange(len(events) + 1), rng.choice(["ship", "pay", "deliver", "cancel"]))
    return events


def _sessions(rng: random.Random) -> list:
    return [(rng.choice(["in", "in", "out"]), rng.choice(FIRST[:5])) for _ in range(rng.randint(2, 8))]


def _contacts(rng: random.Random) -> list:
    people = [(n.capitalize(), f"{n}@{rng.choice(['mail.org', 'corp.io'])}") for n in rng.sample(FIRST, 4)]
    out = []
    for _ in range(rng.randint(2, 6)):
        name, mail = rng.choice(people)
        out.append((name, mail.upper() if rng.random() < 0.25 else mail))
    return out


def _results(rng: random.Random) -> list:
    return [rng.choice("WWLWD") for _ in range(rng.randint(2, 14))]


def _expenses(rng: random.Random) -> list:
    names = rng.sample(FIRST[:8], rng.randint(2, 3))
    return [(rng.choice(names).capitalize(), rng.choice([6, 12, 15, 20, 30, 45])) for _ in range(rng.randint(2, 6))]


def _grades(rng: random.Random) -> dict:
    return {rng.choice(FIRST).capitalize(): [score(rng) for _ in range(rng.randint(1, 4))] for _ in range(rng.randint(2, 5))}


def _pairs(rng: random.Random) -> list:
    base = [score(rng) for _ in range(3)]
    return [(n.capitalize(), rng.choice(base + [score(rng)])) for n in rng.sample(FIRST, rng.randint(2, 7))]


# ---- makers ------------------------------------------------------------------------------------

def group_by_category(ctx: Ctx) -> Func:
    """(category, name) pairs or dicts into a dict of lists: defaultdict, setdefault or an if."""
    rows = ctx.pick(["products", "catalog", "entries", "rows"])
    groups = ctx.pick(["groups", "by_category", "grouped"])
    dicts = ctx.chance(0.35)
    key, val = ("row['dept']", "row['name']") if dicts else ("category", "name")
    head = f"for row in {rows}:" if dicts else f"for category, name in {rows}:"
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.4:
        imports.add("from collections import defaultdict")
        body = [f"{groups} = defaultdict(list)", head, f"    {groups}[{key}].append({val})"]
        result = f"dict({groups})"
    elif r < 0.75:
        body = [f"{groups} = {{}}", head, f"    {groups}.setdefault({key}, []).append({val})"]
        result = groups
    else:
        body = [f"{groups} = {{}}", head, f"    if {key} not in {groups}:", f"        {groups}[{key}] = []",
                f"    {groups}[{key}].append({val})"]
        result = groups
    if ctx.chance(0.4):
        body += [*ctx.comment("sorted keys and names make the report stable"),
                 f"return {{k: sorted(v) for k, v in sorted({groups}.items())}}"]
    else:
        body.append(f"return {result}")
    name = ctx.pick(["group_by_category", "group_products", "index_by_dept" if dicts else "bucket_by_category"])
    role = _catalog_dicts if dicts else _catalog
    hint = "list[dict[str, str]]" if dicts else "list[tuple[str, str]]"
    return Func(name, [Param(rows, hint, role)], "dict[str, list[str]]", body,
                "Group the product names by their " + ("department." if dicts else "category."), imports=imports)


def count_by_key(ctx: Ctx) -> Func:
    """Counting statuses or actions: Counter, dict.get, setdefault; sometimes the most common one."""
    pairs = ctx.chance(0.5)
    xs = ctx.pick(["events", "actions", "log"]) if pairs else ctx.pick(["statuses", "states", "tickets"])
    counts = ctx.pick(["counts", "tally", "seen"])
    imports: set[str] = set()
    loop = f"for user, action in {xs}:" if pairs else f"for status in {xs}:"
    key = "action" if pairs else "status"
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("from collections import Counter")
        body = [f"{counts} = Counter(action for _, action in {xs})" if pairs else f"{counts} = Counter({xs})"]
    elif r < 0.7:
        body = [f"{counts} = {{}}", loop, f"    {counts}[{key}] = {counts}.get({key}, 0) + 1"]
    else:
        body = [f"{counts} = {{}}", loop, f"    if {key} in {counts}:", f"        {counts}[{key}] += 1",
                "    else:", f"        {counts}[{key}] = 1"]
    params = [Param(xs, "list[tuple[str, str]]" if pairs else "list[str]", _user_actions if pairs else _statuses)]
    if ctx.chance(0.4):
        if r < 0.35 and ctx.chance(0.5):
            body.append(f"return {counts}.most_common(1)[0]")
        else:
            body.append(f"top = max({counts}, key={counts}.get)")
            body.append(f"return top, {counts}[top]")
        returns = "tuple[str, int]"
        summary = f"The most frequent {key} and how often it occurs."
    else:
        body.append(f"return dict(sorted({counts}.items()))")
        returns = "dict[str, int]"
        summary = f"How many times each {key} occurs."
    name = ctx.pick([f"count_{key}s", f"{key}_counts", f"tally_{key}s"])
    return Func(name, params, returns, body, summary, imports=imports)


def apply_stock_moves(ctx: Ctx) -> Func:
    """Inventory updated by (item, change) moves; a move that would go negative is rejected."""
    inv = ctx.pick(["inventory", "stock", "on_hand"])
    moves = ctx.pick(["moves", "changes", "updates"])
    levels = ctx.pick(["levels", "updated", "counts"])
    stop = ctx.chance(0.3)
    body = [f"{levels} = dict({inv})" if ctx.chance(0.5) else f"{levels} = {inv}.copy()"]
    if not stop:
        body.append("rejected = []")
    body += [f"for item, change in {moves}:", f"    current = {levels}.get(item, 0)",
             "    if current + change < 0:"]
    if stop:
        body += [*ctx.comment("not enough stock: stop processing here", 2), f"        return {levels}, item"]
    else:
        body += ["        rejected.append(item)", "        continue"]
    body.append(f"    {levels}[item] = current + change")
    if ctx.chance(0.4):
        body.append(f"{levels} = {{k: v for k, v in {levels}.items() if v > 0}}")
    body.append(f"return {levels}, None" if stop else f"return {levels}, rejected")
    returns = "tuple[dict[str, int], str | None]" if stop else "tuple[dict[str, int], list[str]]"
    name = ctx.pick(["apply_stock_moves", "update_inventory", "process_moves"])
    summary = ("Apply the moves in order, stopping at the first one the stock cannot cover." if stop else
               "Apply the moves, skipping those that would make a count negative.")
    details = ("Args:", f"    {inv}: item -> count on hand.", f"    {moves}: (item, change) pairs, change may be negative.")
    return Func(name, [Param(inv, "dict[str, int]", _stock), Param(moves, "list[tuple[str, int]]", _stock_moves)],
                returns, body, summary, details)


def low_stock(ctx: Ctx) -> Func:
    """Items under a threshold: comprehension or loop, sorted by count; or how many to reorder."""
    inv = ctx.pick(["inventory", "stock", "counts"])
    limit = ctx.pick(["threshold", "minimum", "limit"])
    constants: dict[str, str] = {}
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"low = [(item, n) for item, n in {inv}.items() if n < {limit}]",
                "return sorted(low, key=lambda pair: (pair[1], pair[0]))"]
        returns, summary = "list[tuple[str, int]]", "Items with fewer than the threshold in stock, emptiest first."
    elif r < 0.7:
        body = ["low = []", f"for item, n in sorted({inv}.items()):", f"    if n >= {limit}:", "        continue",
                "    low.append(item)", "return low"]
        returns, summary = "list[str]", "Names of the items below the threshold, in alphabetical order."
    else:
        constants["RESTOCK_TO"] = ctx.pick(["20", "25", "12"])
        order = ctx.pick(["to_order", "reorder", "shopping_list"])
        body = [f"{order} = {{}}", f"for item in sorted({inv}):", f"    if {inv}[item] < {limit}:",
                f"        {order}[item] = RESTOCK_TO - {inv}[item]", f"return {order}"]
        returns, summary = "dict[str, int]", "How many of each low item to order to get back to RESTOCK_TO."
    name = ctx.pick(["low_stock", "items_to_restock", "reorder_list"])
    return Func(name, [Param(inv, "dict[str, int]", _stock), Param(limit, "int", lambda g: g.choice([2, 3, 5, 8]), default="5")],
                returns, body, summary, constants=constants)


def top_orders(ctx: Ctx) -> Func:
    """Orders as dicts ranked by line total: sorted with a key, heapq.nlargest, or a helper."""
    orders = ctx.pick(["orders", "lines", "cart"])
    k = ctx.pick(["k", "n", "top"])
    imports: set[str] = set()
    helpers: list = []
    if ctx.chance(0.5):
        helpers.append(Func("line_total", [Param("order", "dict", lambda g: _orders(g)[0])], "float",
                            ["return round(order['qty'] * order['price'], 2)"], "Quantity times unit price."))
        key = "line_total"
    else:
        key = "lambda o: o['qty'] * o['price']"
    if ctx.chance(0.4):
        imports.add("import heapq")
        body = [f"best = heapq.nlargest({k}, {orders}, key={key})"]
    else:
        body = [f"best = sorted({orders}, key={key}, reverse=True)[:{k}]"]
    if ctx.chance(0.5):
        body.append("return [o['item'] for o in best]")
        returns = "list[str]"
    else:
        total = "line_total(o)" if helpers else "round(o['qty'] * o['price'], 2)"
        body.append(f"return [(o['item'], {total}) for o in best]")
        returns = "list[tuple[str, float]]"
    name = ctx.pick(["top_orders", "biggest_orders", "largest_lines"])
    return Func(name, [Param(orders, "list[dict]", _orders), Param(k, "int", lambda g: g.randint(1, 3), default="2")],
                returns, body, "The orders with the largest totals, largest first.", imports=imports, helpers=helpers)


def pending_tasks(ctx: Ctx) -> Func:
    """(name, priority, done) tuples: filter the open ones, sort by (-priority, name)."""
    tasks = ctx.pick(["tasks", "todo", "backlog"])
    if ctx.chance(0.5):
        body = [f"open_tasks = [t for t in {tasks} if not t[2]]"]
    else:
        body = ["open_tasks = []", f"for name, priority, done in {tasks}:", "    if done:", "        continue",
                "    open_tasks.append((name, priority, done))"]
    body += [*ctx.comment("highest priority first, then by name"),
             "open_tasks.sort(key=lambda t: (-t[1], t[0]))" if ctx.chance(0.5) else
             "open_tasks = sorted(open_tasks, key=lambda t: (-t[1], t[0]))"]
    params = [Param(tasks, "list[tuple[str, int, bool]]", _tasks)]
    if ctx.chance(0.4):
        params.append(Param("limit", "int", lambda g: g.randint(1, 3), default="3"))
        body.append("return [name for name, _, _ in open_tasks[:limit]]")
    else:
        body.append("return [name for name, _, _ in open_tasks]")
    name = ctx.pick(["pending_tasks", "next_up", "open_by_priority"])
    return Func(name, params, "list[str]", body, "Names of the tasks not done yet, most urgent first.")


def balance_history(ctx: Ctx) -> Func:
    """A ledger as signed amounts: itertools.accumulate, or a loop with an early exit at an overdraft."""
    tx = ctx.pick(["transactions", "ledger", "entries"])
    r = ctx.rng.random()
    imports: set[str] = set()
    params = [Param(tx, "list[tuple[str, int]]", _ledger)]
    if r < 0.4:
        imports.add("from itertools import accumulate")
        body = [f"signed = [amount if kind == 'deposit' else -amount for kind, amount in {tx}]",
                "history = list(accumulate(signed))"]
        if ctx.chance(0.5):
            body += ["return history[-1], min(history)"]
            returns, summary = "tuple[int, int]", "Final balance and the lowest balance along the way."
        else:
            body += ["return history"]
            returns, summary = "list[int]", "The balance after each transaction."
    else:
        params.append(Param("opening", "int", lambda g: g.choice([0, 20, 50, 100]), default="0"))
        bal = ctx.pick(["balance", "running"])
        body = [f"{bal} = opening", "history = []", f"for i, (kind, amount) in enumerate({tx}):",
                f"    {bal} += amount if kind == 'deposit' else -amount",
                f"    if {bal} < 0:",
                *ctx.comment("overdrawn: report where it happened", 2),
                "        return history, i",
                f"    history.append({bal})",
                "return history, None"]
        returns, summary = "tuple[list[int], int | None]", "Balances after each transaction, and the index of an overdraft."
    name = ctx.pick(["balance_history", "running_balances", "replay_ledger"])
    return Func(name, params, returns, body, summary, imports=imports)


def merge_settings(ctx: Ctx) -> Func:
    """Defaults from a constant with overrides on top: unpacking, update, ChainMap, or a loop skipping None."""
    ov = ctx.pick(["overrides", "user_settings", "options"])
    constants = {"DEFAULTS": "{'timeout': 30, 'retries': 3, 'mode': 'safe', 'verbose': False}"}
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.25:
        body = [*ctx.comment("later keys win"), f"return {{**DEFAULTS, **{ov}}}"]
    elif r < 0.45:
        body = ["merged = dict(DEFAULTS)", f"merged.update({ov})", "return merged"]
    elif r < 0.6:
        imports.add("from collections import ChainMap")
        body = [f"return dict(ChainMap({ov}, DEFAULTS))"]
    else:
        body = ["merged = DEFAULTS.copy()", f"for key, value in {ov}.items():", "    if value is None:",
                *ctx.comment("None means: keep the default", 2), "        continue"]
        if ctx.chance(0.5):
            body += ["    if key not in DEFAULTS:", "        continue"]
        body += ["    merged[key] = value", "return merged"]
    name = ctx.pick(["merge_settings", "effective_config", "with_defaults"])
    return Func(name, [Param(ov, "dict", _overrides)], "dict", body,
                "The default settings with the given overrides applied.", constants=constants, imports=imports)


def invert_mapping(ctx: Ctx) -> Func:
    """name -> team inverted to team -> names (values repeat), or a one-to-one dict flipped."""
    if ctx.chance(0.35):
        d = ctx.pick(["codes", "sku_by_name", "catalog"])
        if ctx.chance(0.5):
            body = [f"return {{code: name for name, code in {d}.items()}}"]
        else:
            body = ["by_code = {}", f"for name, code in {d}.items():", "    by_code[code] = name", "return by_code"]
        name = ctx.pick(["invert", "name_by_code", "reverse_lookup"])
        return Func(name, [Param(d, "dict[str, str]", _skus)], "dict[str, str]", body,
                    "Flip a name -> code mapping into code -> name.")
    d = ctx.pick(["teams", "team_of", "assignments"])
    out = ctx.pick(["members", "rosters", "by_team"])
    imports: set[str] = set()
    if ctx.chance(0.5):
        body = [f"{out} = {{}}", f"for person, team in {d}.items():", f"    {out}.setdefault(team, []).append(person)"]
    else:
        imports.add("from collections import defaultdict")
        body = [f"{out} = defaultdict(list)", f"for person, team in {d}.items():", f"    {out}[team].append(person)"]
    body.append(f"return {{team: sorted(names) for team, names in sorted({out}.items())}}")
    name = ctx.pick(["members_by_team", "invert_teams", "rosters"])
    return Func(name, [Param(d, "dict[str, str]", _teams)], "dict[str, list[str]]", body,
                "Turn person -> team into team -> sorted list of people.", imports=imports)


def flatten(ctx: Ctx) -> Func:
    """A list of lists flattened: chain.from_iterable, a nested comprehension, extend, or recursion."""
    xs = ctx.pick(["nested", "groups", "batches"])
    r = ctx.rng.random()
    imports: set[str] = set()
    if r < 0.25:
        imports.add("from itertools import chain")
        body = [f"return list(chain.from_iterable({xs}))"]
    elif r < 0.5:
        body = [f"return [x for group in {xs} for x in group]"]
    elif r < 0.7:
        body = ["flat = []", f"for group in {xs}:", "    flat.extend(group)", "return flat"]
    else:
        body = ["flat = []", f"for item in {xs}:", "    if isinstance(item, list):",
                *ctx.comment("go down one more level", 2),
                "        flat.extend(flatten_all(item))" if ctx.chance(0.6) else "        flat += flatten_all(item)",
                "    else:", "        flat.append(item)", "return flat"]
        return Func("flatten_all", [Param(xs, "list", _deep)], "list", body,
                    "Flatten arbitrarily nested lists into one flat list, keeping the order.")
    name = ctx.pick(["flatten", "flatten_once", "concat_groups"])
    return Func(name, [Param(xs, "list[list[int]]", _nested)], "list[int]", body,
                "All the items of the inner lists, in order, as one list.", imports=imports)


def pairwise_changes(ctx: Ctx) -> Func:
    """Differences between neighbours: zip(xs, xs[1:]) or itertools.pairwise; the biggest jump or the rises."""
    xs = ctx.pick(["readings", "prices", "levels", "counts"])
    imports: set[str] = set()
    if ctx.chance(0.35):
        imports.add("from itertools import pairwise")
        pairs = f"pairwise({xs})"
    else:
        pairs = f"zip({xs}, {xs}[1:])"
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"return [b - a for a, b in {pairs}]"]
        returns, summary = "list[int]", "Change from each value to the next."
    elif r < 0.7:
        body = [f"return sum(1 for a, b in {pairs} if b > a)"]
        returns, summary = "int", "How many times a value is larger than the one before it."
    else:
        body = ["best_rise, best_at = 0, None", f"for i, (a, b) in enumerate({pairs}, start=1):",
                "    if b - a > best_rise:", "        best_rise, best_at = b - a, i", "return best_at, best_rise"]
        returns, summary = "tuple[int | None, int]", "Index and size of the largest rise between neighbours."
    name = ctx.pick(["pairwise_changes", "daily_changes", "step_differences"])
    return Func(name, [Param(xs, "list[int]", "readings")], returns, body, summary, imports=imports)


def totals_by_region(ctx: Ctx) -> Func:
    """itertools.groupby over sorted (region, amount) rows: totals, counts, or the best region."""
    rows = ctx.pick(["sales", "rows", "records"])
    imports = {"from itertools import groupby"}
    if ctx.chance(0.5):
        imports.add("from operator import itemgetter")
        key = "itemgetter(0)"
    else:
        key = "lambda row: row[0]"
    body = [*ctx.comment("groupby only joins neighbours, so sort by the key first"),
            f"ordered = sorted({rows}, key={key})"]
    r = ctx.rng.random()
    if r < 0.45:
        body += ["totals = {}", f"for region, group in groupby(ordered, key={key}):",
                 "    totals[region] = sum(amount for _, amount in group)", "return totals"]
        returns, summary = "dict[str, int]", "Total sales per region."
    elif r < 0.75:
        body += ["summary = []", f"for region, group in groupby(ordered, key={key}):",
                 "    amounts = [amount for _, amount in group]",
                 "    summary.append((region, len(amounts), sum(amounts)))", "return summary"]
        returns, summary = "list[tuple[str, int, int]]", "(region, number of sales, total) for each region."
    else:
        body += [f"totals = {{region: sum(a for _, a in group) for region, group in groupby(ordered, key={key})}}",
                 "return max(totals.items(), key=lambda kv: kv[1])"]
        returns, summary = "tuple[str, int]", "The region with the highest total sales."
    name = ctx.pick(["totals_by_region", "sales_by_region", "region_summary"])
    return Func(name, [Param(rows, "list[tuple[str, int]]", _sales)], returns, body, summary, imports=imports)


MAKERS: list = [group_by_category, count_by_key, apply_stock_moves, low_stock, top_orders, pending_tasks,
                balance_history, merge_settings, invert_mapping, flatten, pairwise_changes, totals_by_region]
