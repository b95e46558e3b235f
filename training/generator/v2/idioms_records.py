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
    for i in range(rng.randint(3, 8)):
        kind = "deposit" if i == 0 and rng.random() < 0.7 else rng.choice(["deposit", "deposit", "withdraw", "withdraw"])
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
    rows = []
    for _ in range(rng.randint(1, 5)):
        n = 0 if rng.random() < 0.15 else qty(rng)
        rows.append((rng.choice(PRODUCTS), n, rng.choice([0.5, 1.25, 2.0, 3.99, 4.5, 9.99, 12.0])))
    return rows


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


def _turnstile_events(rng: random.Random) -> list:
    return [rng.choice(["coin", "push", "push", "coin"]) for _ in range(rng.randint(2, 9))]


def _sales_rows(rng: random.Random) -> list:
    days = ["mon", "tue", "wed"]
    return [(rng.choice(days), rng.choice(STOCK_ITEMS[:4]), rng.randint(1, 9)) for _ in range(rng.randint(2, 6))]


def _sessions_attended(rng: random.Random) -> list:
    group = rng.sample(FIRST[:8], 5)
    return [sorted(rng.sample(group, rng.randint(2, 5))) for _ in range(rng.randint(2, 4))]


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
    constants = {"DEFAULT_SETTINGS": "{'timeout': 30, 'retries': 3, 'mode': 'safe', 'verbose': False}"}
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.25:
        body = [*ctx.comment("later keys win"), f"return {{**DEFAULT_SETTINGS, **{ov}}}"]
    elif r < 0.45:
        body = ["merged = dict(DEFAULT_SETTINGS)", f"merged.update({ov})", "return merged"]
    elif r < 0.6:
        imports.add("from collections import ChainMap")
        body = [f"return dict(ChainMap({ov}, DEFAULT_SETTINGS))"]
    else:
        body = ["merged = DEFAULT_SETTINGS.copy()", f"for key, value in {ov}.items():", "    if value is None:",
                *ctx.comment("None means: keep the default", 2), "        continue"]
        if ctx.chance(0.5):
            body += ["    if key not in DEFAULT_SETTINGS:", "        continue"]
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


def combine_counts(ctx: Ctx) -> Func:
    """Daily count dicts summed into one: functools.reduce with a helper, or Counter.update."""
    days = ctx.pick(["days", "daily", "reports"])
    if ctx.chance(0.55):
        a, b = ctx.pick(["total", "acc"]), ctx.pick(["day", "extra"])
        helper = Func("add_counts", [Param(a, "dict[str, int]", _stock), Param(b, "dict[str, int]", _stock)], "dict[str, int]",
                      ["merged = dict(" + a + ")", f"for key, n in {b}.items():", "    merged[key] = merged.get(key, 0) + n",
                       "return merged"], "A new dict with the counts of both added up.")
        body = [*ctx.comment("start from an empty dict so no input is changed"),
                f"return reduce(add_counts, {days}, {{}})"]
        return Func(ctx.pick(["combine_counts", "weekly_totals", "sum_reports"]), [Param(days, "list[dict[str, int]]", _daily_counts)],
                    "dict[str, int]", body, "Add up the per-item counts of every day.", imports={"from functools import reduce"},
                    helpers=[helper])
    imports = {"from collections import Counter"}
    if ctx.chance(0.5):
        body = ["total = Counter()", f"for day in {days}:", "    total.update(day)"]
    else:
        imports.add("from functools import reduce")
        imports.add("from operator import add")
        body = [f"total = reduce(add, map(Counter, {days}), Counter())"]
    body.append("return dict(sorted(total.items()))")
    return Func(ctx.pick(["combine_counts", "weekly_totals", "sum_reports"]), [Param(days, "list[dict[str, int]]", _daily_counts)],
                "dict[str, int]", body, "Add up the per-item counts of every day.", imports=imports)


def staff_by_dept(ctx: Ctx) -> Func:
    """CSV rows parsed into a namedtuple by a helper, then the best paid or the mean salary per department."""
    rec = ctx.pick(["Employee", "Worker", "StaffMember"])
    block = [f"{rec} = namedtuple('{rec}', ['name', 'dept', 'salary'])"]
    row = ctx.pick(["row", "line", "text"])
    parse = Func({"Employee": "parse_employee", "Worker": "parse_worker", "StaffMember": "parse_member"}[rec], [Param(row, "str", lambda g: _staff_rows(g)[0])], rec,
                 [f"name, dept, salary = {row}.split(',')", f"return {rec}(name.strip(), dept.strip(), int(salary))"],
                 f"Read one 'name,dept,salary' row into a {rec}.", helpers=[block])
    rows = ctx.pick(["rows", "lines", "records"])
    staff = ctx.pick(["staff", "people", "team"])
    body = [f"{staff} = [{parse.name}(r) for r in {rows}]"]
    imports = {"from collections import namedtuple"}
    if ctx.chance(0.5):
        body += ["best = {}", f"for e in {staff}:", "    if e.dept not in best or e.salary > best[e.dept].salary:",
                 "        best[e.dept] = e", "return {dept: e.name for dept, e in sorted(best.items())}"]
        returns, summary = "dict[str, str]", "The best paid person in each department."
    else:
        body += ["salaries = {}", f"for e in {staff}:", "    salaries.setdefault(e.dept, []).append(e.salary)"]
        if ctx.chance(0.5):
            imports.add("import statistics")
            body.append("return {dept: statistics.mean(s) for dept, s in sorted(salaries.items())}")
        else:
            body.append("return {dept: round(sum(s) / len(s)) for dept, s in sorted(salaries.items())}")
        returns, summary = "dict[str, float]", "Mean salary per department."
    name = ctx.pick(["staff_by_dept", "department_report", "salary_summary"])
    return Func(name, [Param(rows, "list[str]", _staff_rows)], returns, body, summary, imports=imports, helpers=[parse])


def dataclass_items(ctx: Ctx) -> Func:
    """(name, qty, price) tuples turned into @dataclass records with a total() method."""
    cls = ctx.pick(["Item", "LineItem", "Product"])
    frozen = ctx.chance(0.3)
    block = ["@dataclass(frozen=True)" if frozen else "@dataclass", f"class {cls}:", "    name: str", "    qty: int",
             "    price: float"]
    if ctx.chance(0.7):
        block += ["", "    def total(self) -> float:", "        return round(self.qty * self.price, 2)"]
        total = "{v}.total()"
    else:
        total = "round({v}.qty * {v}.price, 2)"
    rows = ctx.pick(["rows", "lines", "entries"])
    items = ctx.pick(["items", "records", "basket"])
    if ctx.chance(0.5):
        body = [f"{items} = [{cls}(name, qty, price) for name, qty, price in {rows}]"]
    else:
        body = [f"{items} = []", f"for name, qty, price in {rows}:",
                *ctx.comment("rows with no quantity are skipped", 1), "    if qty <= 0:", "        continue",
                f"    {items}.append({cls}(name.lower(), qty, price))"]
    r = ctx.rng.random()
    if r < 0.4:
        body += [f"if not {items}:", "    return None, 0.0",
                 f"best = max({items}, key=lambda it: {total.format(v='it')})",
                 f"return best.name, round(sum({total.format(v='it')} for it in {items}), 2)"]
        returns, summary = "tuple[str | None, float]", "The most valuable line and the order total."
    elif r < 0.7:
        body += [f"{items}.sort(key=lambda it: (-{total.format(v='it')}, it.name))", f"return {items}[:2]"]
        returns, summary = f"list[{cls}]", "The two most valuable lines, ties broken by name."
    else:
        body += [f"return {{it.name: {total.format(v='it')} for it in {items}}}"]
        returns, summary = "dict[str, float]", "Line total per item name."
    name = ctx.pick(["summarize_items", "build_items", "value_lines"])
    return Func(name, [Param(rows, "list[tuple[str, int, float]]", _item_rows)], returns, body, summary,
                imports={"from dataclasses import dataclass"}, helpers=[block])


def meeting_conflicts(ctx: Ctx) -> Func:
    """('09:30', '10:15') slots: a to_minutes helper, sorted slots, neighbours compared with zip."""
    t = ctx.pick(["clock", "hhmm", "time_text"])
    if ctx.chance(0.5):
        hbody = [f"hours, minutes = {t}.split(':')", "return int(hours) * 60 + int(minutes)"]
    else:
        hbody = [f"hours, minutes = map(int, {t}.split(':'))", "return hours * 60 + minutes"]
    helper = Func("to_minutes", [Param(t, "str", "clock")], "int", hbody, "Minutes since midnight for an 'HH:MM' time.")
    slots = ctx.pick(["meetings", "slots", "bookings"])
    body = [f"ordered = sorted({slots}, key=lambda s: to_minutes(s[0]))"]
    if ctx.chance(0.5):
        body += ["for first, second in zip(ordered, ordered[1:]):",
                 "    if to_minutes(second[0]) < to_minutes(first[1]):", "        return first, second", "return None"]
        returns, summary = "tuple | None", "The first two meetings that overlap, or None."
    else:
        body += ["clashes = []", "for first, second in zip(ordered, ordered[1:]):",
                 "    if to_minutes(second[0]) < to_minutes(first[1]):",
                 "        clashes.append(f'{first[0]}-{first[1]} overlaps {second[0]}')", "return clashes"]
        returns, summary = "list[str]", "Describe each meeting that starts before the previous one ends."
    name = ctx.pick(["meeting_conflicts", "find_overlaps", "check_schedule"])
    return Func(name, [Param(slots, "list[tuple[str, str]]", _meetings)], returns, body, summary, helpers=[helper])


def free_slots(ctx: Ctx) -> Func:
    """Gaps between busy (start, end) minute ranges inside the working day, written as HH:MM."""
    m = ctx.pick(["minutes", "m", "total"])
    fmt = Func("as_clock", [Param(m, "int", lambda g: g.randint(0, 1439))], "str",
               [f"return f'{{{m} // 60:02d}}:{{{m} % 60:02d}}'"] if ctx.chance(0.5) else
               [f"hours, mins = divmod({m}, 60)", "return f'{hours:02d}:{mins:02d}'"],
               "Minutes since midnight as 'HH:MM'.")
    busy = ctx.pick(["busy", "booked", "taken"])
    constants = {"DAY_START": "9 * 60", "DAY_END": "17 * 60"}
    body = ["free = []", "cursor = DAY_START", f"for start, end in sorted({busy}):", "    if start > cursor:",
            "        free.append((as_clock(cursor), as_clock(start)))", "    cursor = max(cursor, end)"]
    if ctx.chance(0.5):
        body += ["if cursor < DAY_END:", "    free.append((as_clock(cursor), as_clock(DAY_END)))"]
    body.append("return free")
    params = [Param(busy, "list[tuple[int, int]]", _busy_minutes)]
    name = ctx.pick(["free_slots", "open_times", "gaps_in_day"])
    return Func(name, params, "list[tuple[str, str]]", body, "The free periods of the working day between the busy ones.",
                ("Args:", f"    {busy}: (start, end) pairs in minutes since midnight.", "Returns:",
                 "    (from, to) pairs as 'HH:MM' strings."), constants=constants, helpers=[fmt])


def order_state(ctx: Ctx) -> Func:
    """A small state machine: a nested-dict transition table; invalid events skipped, stop the run, or raise."""
    constants = {"TRANSITIONS": "{\n    'new': {'pay': 'paid', 'cancel': 'cancelled'},\n"
                                "    'paid': {'ship': 'shipped', 'refund': 'refunded'},\n"
                                "    'shipped': {'deliver': 'delivered'},\n}"}
    events = ctx.pick(["events", "steps", "actions"])
    state = ctx.pick(["state", "status", "current"])
    mode = ctx.pick(["skip", "skip", "stop", "raise"])
    body = [f"{state} = 'new'"]
    if mode == "skip":
        body.append("ignored = []")
    body += [f"for event in {events}:", f"    allowed = TRANSITIONS.get({state}, {{}})", "    if event not in allowed:"]
    if mode == "skip":
        body += ["        ignored.append(event)", "        continue"]
    elif mode == "stop":
        body += [*ctx.comment("the order is stuck: report where", 2), f"        return {state}, event"]
    else:
        body += [f"        raise ValueError(f'cannot {{event}} an order that is {{{state}}}')"]
    body.append(f"    {state} = allowed[event]")
    body.append({"skip": f"return {state}, ignored", "stop": f"return {state}, None", "raise": f"return {state}"}[mode])
    returns = {"skip": "tuple[str, list[str]]", "stop": "tuple[str, str | None]", "raise": "str"}[mode]
    name = ctx.pick(["order_state", "replay_order", "track_order"])
    return Func(name, [Param(events, "list[str]", _order_events)], returns, body,
                "Run the events through the order's states and return where it ends.", constants=constants,
                may_raise=mode == "raise")


def active_sessions(ctx: Ctx) -> Func:
    """('in' | 'out', user) events: a set of who is logged in, the peak, sorted output."""
    events = ctx.pick(["events", "log", "entries"])
    online = ctx.pick(["online", "active", "present"])
    body = [f"{online} = set()", "peak = 0", f"for kind, user in {events}:", "    if kind == 'in':", f"        {online}.add(user)"]
    if ctx.chance(0.5):
        body += ["    else:", f"        {online}.discard(user)"]
    else:
        body += [f"    elif user in {online}:", f"        {online}.remove(user)"]
    body += [f"    peak = max(peak, len({online}))", f"return sorted({online}), peak"]
    name = ctx.pick(["active_sessions", "who_is_online", "session_report"])
    return Func(name, [Param(events, "list[tuple[str, str]]", _sessions)], "tuple[list[str], int]", body,
                "Users still logged in after the events, and the most at once.")


def batches_islice(ctx: Ctx) -> Func:
    """Batches pulled from an iterator with islice in a while loop, or one page with math.ceil."""
    xs = ctx.pick(["records", "items", "ids"])
    imports = {"from itertools import islice"}
    if ctx.chance(0.55):
        size = ctx.pick(["size", "batch_size"])
        body = [f"it = iter({xs})", "batches = []", "while True:", f"    batch = list(islice(it, {size}))",
                "    if not batch:", "        break", "    batches.append(batch)", "return batches"]
        return Func(ctx.pick(["batched", "in_batches", "make_batches"]),
                    [Param(xs, "list[int]", "nums"), Param(size, "int", lambda g: g.randint(2, 5), default="4")],
                    "list[list[int]]", body, "Split the records into batches of at most `size`.", imports=imports)
    imports.add("import math")
    body = [f"pages = max(1, math.ceil(len({xs}) / per_page))", "if page < 1 or page > pages:", "    return [], pages"]
    if ctx.chance(0.5):
        body.append("start = (page - 1) * per_page")
        body.append(f"return list(islice({xs}, start, start + per_page)), pages")
    else:
        imports.discard("from itertools import islice")
        body.append(f"return {xs}[(page - 1) * per_page:page * per_page], pages")
    return Func(ctx.pick(["paginate", "get_page", "page_of"]),
                [Param(xs, "list[str]", "products"), Param("page", "int", lambda g: g.choice([0, 1, 1, 2, 2, 3, 4])),
                 Param("per_page", "int", lambda g: g.randint(2, 4), default="3")],
                "tuple[list[str], int]", body, "One page of the records (pages start at 1) and the number of pages.",
                imports=imports)


def unique_contacts(ctx: Ctx) -> Func:
    """(name, email) records deduplicated by normalized email: keep the first, or let the last win."""
    rows = ctx.pick(["contacts", "signups", "people"])
    if ctx.chance(0.5):
        body = ["seen = set()", "unique = []", f"for name, email in {rows}:", "    key = email.strip().lower()",
                "    if key in seen:", "        continue", "    seen.add(key)", "    unique.append((name, key))",
                "return unique"]
        summary = "Contacts with repeated emails removed, keeping the first of each."
    else:
        body = [*ctx.comment("a dict keeps insertion order; a later entry replaces the name"),
                "by_email = {}", f"for name, email in {rows}:", "    by_email[email.strip().lower()] = name",
                "return [(name, email) for email, name in by_email.items()]"]
        summary = "One contact per email (case-insensitive); the last name given wins."
    name = ctx.pick(["unique_contacts", "dedupe_by_email", "merge_signups"])
    return Func(name, [Param(rows, "list[tuple[str, str]]", _contacts)], "list[tuple[str, str]]", body, summary)


def rank_players(ctx: Ctx) -> Func:
    """(name, score) pairs sorted by (-score, name) and ranked with enumerate; ties may share a rank."""
    pairs = ctx.pick(["scores", "results", "players"])
    body = [f"ordered = sorted({pairs}, key=lambda p: (-p[1], p[0]))"]
    if ctx.chance(0.5):
        body += ["return [f'{i}. {name} ({points})' for i, (name, points) in enumerate(ordered, start=1)]"]
        returns, summary = "list[str]", "Leaderboard lines, best first, ties ordered by name."
    else:
        body += ["ranks = {}", "prev_points, rank = None, 0", "for i, (name, points) in enumerate(ordered, start=1):",
                 "    if points != prev_points:", "        rank, prev_points = i, points", "    ranks[name] = rank",
                 "return ranks"]
        returns, summary = "dict[str, int]", "Rank of each player; equal scores share a rank (1, 2, 2, 4)."
    name = ctx.pick(["rank_players", "leaderboard", "standings"])
    return Func(name, [Param(pairs, "list[tuple[str, int]]", _pairs)], returns, body, summary)


def report_card(ctx: Ctx) -> Func:
    """Grade book averages with a letter from a bands constant, found with next() over a generator."""
    book = ctx.pick(["grades", "gradebook", "marks"])
    constants = {"BANDS": "[(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]"}
    imports: set[str] = set()
    if ctx.chance(0.4):
        imports.add("from statistics import mean")
        avg = "round(mean(scores), 1)"
    else:
        avg = "round(sum(scores) / len(scores), 1)"
    body = ["card = {}", f"for student, scores in {book}.items():"]
    if ctx.chance(0.4):
        body += ["    if not scores:", "        continue"]
    body += [f"    avg = {avg}",
             "    letter = next((grade for bound, grade in BANDS if avg >= bound), 'F')"]
    if ctx.chance(0.5):
        body += ["    card[student] = (avg, letter)", "return card"]
        returns, summary = "dict[str, tuple[float, str]]", "Average and letter grade of each student."
    else:
        body += ["    card.setdefault(letter, []).append(student)", "return dict(sorted(card.items()))"]
        returns, summary = "dict[str, list[str]]", "Students grouped by the letter grade of their average."
    name = ctx.pick(["report_card", "grade_students", "letter_report"])
    return Func(name, [Param(book, "dict[str, list[int]]", _grades)], returns, body, summary, constants=constants,
                imports=imports)


def longest_streak(ctx: Ctx) -> Func:
    """Longest run of wins in a results list: a current/best loop, groupby, or a while loop."""
    xs = ctx.pick(["results", "games", "history"])
    r = ctx.rng.random()
    imports: set[str] = set()
    if r < 0.4:
        body = ["best = current = 0", f"for result in {xs}:", "    if result == 'W':", "        current += 1",
                "        best = max(best, current)", "    else:", "        current = 0", "return best"]
    elif r < 0.7:
        imports.add("from itertools import groupby")
        body = [f"runs = [len(list(group)) for key, group in groupby({xs}) if key == 'W']",
                "return max(runs, default=0)"]
    else:
        body = ["best = i = 0", f"while i < len({xs}):", f"    if {xs}[i] != 'W':", "        i += 1", "        continue",
                "    j = i", f"    while j < len({xs}) and {xs}[j] == 'W':", "        j += 1", "    best = max(best, j - i)",
                "    i = j", "return best"]
    name = ctx.pick(["longest_streak", "best_win_run", "longest_winning_streak"])
    return Func(name, [Param(xs, "list[str]", _results)], "int", body, "Length of the longest run of consecutive wins ('W').",
                imports=imports)


def settle_expenses(ctx: Ctx) -> Func:
    """(payer, amount) records: totals per person with dict.get, each one's balance against an equal share."""
    rows = ctx.pick(["expenses", "payments", "receipts"])
    paid = ctx.pick(["paid", "totals", "spent"])
    body = [f"{paid} = {{}}", f"for person, amount in {rows}:", f"    {paid}[person] = {paid}.get(person, 0) + amount"]
    if ctx.chance(0.5):
        body += [f"share = sum({paid}.values()) / len({paid})"]
    else:
        body += [f"total = sum(amount for _, amount in {rows})", f"share = total / len({paid})"]
    if ctx.chance(0.5):
        body += [f"return {{person: round(p - share, 2) for person, p in sorted({paid}.items())}}"]
        returns, summary = "dict[str, float]", "What each person is owed (positive) or owes (negative)."
    else:
        body += ["owes = []", f"for person, p in sorted({paid}.items()):", "    if p < share:",
                 "        owes.append((person, round(share - p, 2)))", "return owes"]
        returns, summary = "list[tuple[str, float]]", "Who paid less than an equal share, and how much they owe."
    name = ctx.pick(["settle_expenses", "split_bill", "balances_owed"])
    return Func(name, [Param(rows, "list[tuple[str, int]]", _expenses)], returns, body, summary)


def fulfil_orders(ctx: Ctx) -> Func:
    """(item, qty) orders filled from a stock dict in order: shipped or back-ordered, stock decremented."""
    orders = ctx.pick(["orders", "requests", "picks"])
    inv = ctx.pick(["stock", "inventory"])
    body = [f"left = dict({inv})", "shipped, backordered = [], []", f"for item, wanted in {orders}:"]
    if ctx.chance(0.5):
        body += ["    if left.get(item, 0) >= wanted:", "        left[item] -= wanted", "        shipped.append(item)",
                 "    else:", "        backordered.append(item)"]
    else:
        body += ["    have = left.get(item, 0)", "    if have < wanted:", "        backordered.append((item, wanted - have))",
                 "        continue", "    left[item] = have - wanted", "    shipped.append(item)"]
    body.append("return shipped, backordered")
    name = ctx.pick(["fulfil_orders", "allocate_stock", "pick_orders"])
    orders_role = lambda g: [(g.choice(STOCK_ITEMS), g.choice([1, 1, 2, 3, 5])) for _ in range(g.randint(2, 6))]
    return Func(name, [Param(orders, "list[tuple[str, int]]", orders_role), Param(inv, "dict[str, int]", _stock)],
                "tuple[list, list]", body, "Fill the orders in turn from the stock; the rest are back-ordered.")



def turnstile(ctx: Ctx) -> Func:
    """A state machine keyed by (state, event) tuples, looked up with dict.get; coins and passes counted."""
    table = ctx.pick(["NEXT_STATE", "TURNSTILE", "RULES"])
    constants = {table: "{\n    ('locked', 'coin'): 'unlocked',\n    ('unlocked', 'push'): 'locked',\n}"}
    events = ctx.pick(["events", "inputs", "presses"])
    state = ctx.pick(["state", "gate"])
    body = [f"{state} = 'locked'", "passes = wasted = 0", f"for event in {events}:",
            f"    new = {table}.get(({state}, event), {state})"]
    if ctx.chance(0.5):
        body += [f"    if event == 'push' and {state} == 'unlocked':", "        passes += 1",
                 f"    elif event == 'coin' and {state} == 'unlocked':", "        wasted += 1"]
    else:
        body += [f"    if new == {state}:", "        if event == 'coin':", "            wasted += 1",
                 "        continue", "    if event == 'push':", "        passes += 1"]
    body += [f"    {state} = new", f"return {state}, passes, wasted"]
    name = ctx.pick(["turnstile", "run_turnstile", "simulate_gate"])
    return Func(name, [Param(events, "list[str]", _turnstile_events)], "tuple[str, int, int]", body,
                "Final state, people let through, and coins put in while already unlocked.", constants=constants)


def pivot_sales(ctx: Ctx) -> Func:
    """(day, item, qty) rows into a nested dict day -> item -> total, with setdefault or defaultdict."""
    rows = ctx.pick(["rows", "sales", "records"])
    table = ctx.pick(["table", "pivot", "by_day"])
    imports: set[str] = set()
    if ctx.chance(0.5):
        body = [f"{table} = {{}}", f"for day, item, n in {rows}:", f"    per_item = {table}.setdefault(day, {{}})",
                "    per_item[item] = per_item.get(item, 0) + n", f"return {table}"]
    else:
        imports.add("from collections import defaultdict")
        body = [f"{table} = defaultdict(lambda: defaultdict(int))", f"for day, item, n in {rows}:",
                f"    {table}[day][item] += n", f"return {{day: dict(items) for day, items in {table}.items()}}"]
    if ctx.chance(0.3):
        body[-1:] = [f"return {{day: sum(items.values()) for day, items in {table}.items()}}"]
        returns, summary = "dict[str, int]", "Units sold per day."
    else:
        returns, summary = "dict[str, dict[str, int]]", "Units sold per day and item."
    name = ctx.pick(["pivot_sales", "sales_table", "units_by_day"])
    return Func(name, [Param(rows, "list[tuple[str, str, int]]", _sales_rows)], returns, body, summary, imports=imports)


def rolling_window(ctx: Ctx) -> Func:
    """The last n readings kept in a deque(maxlen=n): rolling sums, or the first window over a limit."""
    xs = ctx.pick(["readings", "visits", "counts"])
    size = ctx.pick(["window", "size", "n"])
    recent = ctx.pick(["recent", "last", "window_values"])
    body = [f"{recent} = deque(maxlen={size})"]
    if ctx.chance(0.5):
        body += ["totals = []", f"for x in {xs}:", f"    {recent}.append(x)",
                 f"    if len({recent}) == {size}:", f"        totals.append(sum({recent}))", "return totals"]
        params = [Param(xs, "list[int]", "readings"), Param(size, "int", lambda g: g.randint(2, 4), default="3")]
        returns, summary = "list[int]", f"Sum of every run of `{size}` consecutive readings."
        name = ctx.pick(["rolling_window", "rolling_sums", "window_totals"])
    else:
        body += [f"for i, x in enumerate({xs}):", f"    {recent}.append(x)",
                 *ctx.comment("a full window over the limit: report where it ends", 1),
                 f"    if len({recent}) == {size} and sum({recent}) > limit:", "        return i, list(" + recent + ")",
                 "return None"]
        params = [Param(xs, "list[int]", "readings"), Param("limit", "int", lambda g: g.choice([200, 300, 400, 500])),
                  Param(size, "int", lambda g: g.randint(2, 4), default="3")]
        returns, summary = "tuple[int, list[int]] | None", "Where the first window whose total passes the limit ends."
        name = ctx.pick(["window_alarm", "first_busy_window", "rolling_alarm"])
    return Func(name, params, returns, body, summary, imports={"from collections import deque"})


def attendance(ctx: Ctx) -> Func:
    """Lists of who came to each session: everyone who came to all (set intersection), or to some but not all."""
    sessions = ctx.pick(["sessions", "meetings", "classes"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"if not {sessions}:", "    return []", f"common = set({sessions}[0])", f"for names in {sessions}[1:]:",
                "    common &= set(names)", "return sorted(common)"]
        summary = "People who attended every session, sorted."
    elif r < 0.65:
        body = [f"return sorted(set.intersection(*map(set, {sessions}))) if {sessions} else []"]
        summary = "People who attended every session, sorted."
    else:
        imports = {"from collections import Counter"}
        body = [f"seen = Counter(name for names in {sessions} for name in names)",
                f"return sorted(name for name, n in seen.items() if n < len({sessions}))"]
        return Func(ctx.pick(["missed_some", "partial_attendance", "irregulars"]),
                    [Param(sessions, "list[list[str]]", _sessions_attended)], "list[str]", body,
                    "People who came to at least one session but not to all of them.", imports=imports)
    name = ctx.pick(["attendance", "always_present", "perfect_attendance"])
    return Func(name, [Param(sessions, "list[list[str]]", _sessions_attended)], "list[str]", body, summary)


MAKERS: list = [group_by_category, count_by_key, apply_stock_moves, low_stock, top_orders, pending_tasks,
                balance_history, merge_settings, invert_mapping, flatten, pairwise_changes, totals_by_region,
                combine_counts, staff_by_dept, dataclass_items, meeting_conflicts, free_slots, order_state,
                active_sessions, batches_islice, unique_contacts, rank_players, report_card, longest_streak,
                settle_expenses, fulfil_orders, turnstile, pivot_sales,
                rolling_window, attendance]
