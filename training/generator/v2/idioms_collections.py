"""v2 idioms: collections of records as people handle them (see idiom.py for what a maker returns).

Counting tags, stock sheets updated from events, layered options, inverted score tables, deep
flattening, trends from neighbouring pairs, itertools (groupby, accumulate, chain, islice,
combinations, product), functools.reduce, multi-key sorts and top-k over lists of dicts,
filters with several conditions, namedtuple and dataclass records, booking overlaps, a ticket
state machine, matrix helpers and set operations on lists of ints.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import CITIES, FIRST, LAST, PRODUCTS, WORDS, product, score

TAGS = ["python", "data", "news", "tips", "music", "travel", "food", "code", "art", "sports"]
TEAMS = ["red", "blue", "green", "gold"]
SIZES = ["S", "M", "L", "XL"]
COLORS = ["red", "black", "white", "navy", "grey", "olive"]


# ---- inputs -----------------------------------------------------------------------------------

def _tagged_posts(rng: random.Random) -> list:
    tags = rng.sample(TAGS, rng.randint(3, 6))
    return [[rng.choice(tags) for _ in range(rng.randint(1, 3))] for _ in range(rng.randint(2, 6))]


def _stock_levels(rng: random.Random) -> dict:
    return {p: rng.choice([0, 2, 3, 5, 8, 10, 15, 20]) for p in rng.sample(PRODUCTS[:6], rng.randint(4, 6))}


def _stock_events(rng: random.Random) -> list:
    items = rng.sample(PRODUCTS[:6], rng.randint(2, 4))
    return [(rng.choice(items), rng.choice([-3, -2, -1, -1, 2, 4, 6, 10])) for _ in range(rng.randint(2, 7))]


def _defaults(rng: random.Random) -> dict:
    return {"theme": "light", "lang": "en", "page_size": 20, "notify": True}


def _user_options(rng: random.Random) -> dict:
    options = {"theme": rng.choice(["dark", "light", None]), "lang": rng.choice(["fr", "de", "en", None]),
               "page_size": rng.choice([10, 50, None]), "notify": rng.choice([False, None])}
    keys = rng.sample(sorted(options), rng.randint(1, 3))
    return {k: options[k] for k in keys}


def _cli_options(rng: random.Random) -> dict:
    return rng.choice([{}, {"page_size": rng.choice([5, 100])}, {"lang": "es"}, {"theme": "dark", "notify": None}])


def _score_table(rng: random.Random) -> dict:
    names = rng.sample(FIRST, rng.randint(3, 7))
    return {n.capitalize(): score(rng) for n in names}


def _nested(rng: random.Random, depth: int = 0) -> list:
    out: list = []
    for _ in range(rng.randint(1, 4)):
        if depth < 2 and rng.random() < 0.35:
            out.append(_nested(rng, depth + 1))
        else:
            out.append(rng.randint(0, 20))
    return out


def _series(rng: random.Random) -> list:
    start, r = rng.randint(10, 60), rng.random()
    xs = [start]
    for _ in range(rng.randint(3, 8)):
        step = rng.randint(1, 6) if r < 0.3 else -rng.randint(1, 6) if r < 0.5 else rng.randint(-5, 5)
        xs.append(xs[-1] + step)
    return xs


def _runs_text(rng: random.Random) -> str:
    letters = rng.choice(["ab", "abc", "WB", "xyz", "HT"])
    return "".join(rng.choice(letters) * rng.randint(1, 4) for _ in range(rng.randint(2, 6)))


def _word_list(rng: random.Random) -> list:
    return [rng.choice(WORDS + PRODUCTS) for _ in range(rng.randint(3, 10))]


def _daily_sales(rng: random.Random) -> list:
    return [rng.choice([0, 5, 8, 12, 15, 20, 25, 30, 40]) for _ in range(rng.randint(3, 10))]


def _rosters(rng: random.Random) -> dict:
    people = [n.capitalize() for n in rng.sample(FIRST, 6)]
    sessions = rng.sample(["morning", "lunch", "keynote", "workshop", "evening"], rng.randint(2, 4))
    return {s: rng.sample(people, rng.randint(1, 4)) for s in sessions}


def _players(rng: random.Random) -> list:
    return [{"name": n.capitalize(), "team": rng.choice(TEAMS[:3]), "points": rng.choice([0, 3, 5, 7, 10, 12, 15])}
            for n in rng.sample(FIRST, rng.randint(3, 6))]


def _rated_products(rng: random.Random) -> list:
    return [{"name": p, "rating": rng.choice([3.5, 4.0, 4.2, 4.5, 4.8, 5.0, 2.9]), "price": rng.choice([5, 9, 15, 25, 40])}
            for p in rng.sample(PRODUCTS, rng.randint(3, 6))]


def _listings(rng: random.Random) -> list:
    cities = rng.sample(CITIES[:6], 3)
    return [{"city": rng.choice(cities), "price": rng.choice([45, 60, 80, 95, 120, 150, 200]),
             "rating": rng.choice([3.1, 3.8, 4.0, 4.4, 4.7, 4.9])} for _ in range(rng.randint(3, 6))]


def _book_rows(rng: random.Random) -> list:
    titles = ["Dune", "Emma", "Ulysses", "Beloved", "Matilda", "Rebecca", "Persuasion", "Hamlet", "Walden", "Ivanhoe"]
    authors = [a.capitalize() for a in rng.sample(LAST, 3)]
    return [(t, rng.choice(authors), rng.randint(1850, 2020)) for t in rng.sample(titles, rng.randint(3, 6))]


def _parcels(rng: random.Random) -> list:
    cities = rng.sample(CITIES[:8], 3)
    return [(f"P{rng.randint(100, 999)}", rng.choice(cities), rng.choice([0.5, 1.2, 2.0, 3.5, 5.0, 7.25, 12.0]))
            for _ in range(rng.randint(2, 6))]


def _bookings(rng: random.Random) -> list:
    out = []
    for _ in range(rng.randint(2, 5)):
        start = rng.randint(8, 17)
        out.append((start, start + rng.choice([1, 1, 2, 3])))
    return out


def _ticket_events(rng: random.Random) -> list:
    good = ["assign", "start", "resolve", "close"]
    events = good[:rng.randint(1, 4)]
    if rng.random() < 0.4:
        events.insert(rng.randint(0, len(events)), rng.choice(["reopen", "close", "start", "assign"]))
    return events


def _square(rng: random.Random) -> list:
    n = rng.randint(2, 4)
    return [[rng.randint(-3, 9) for _ in range(n)] for _ in range(n)]


def _int_list(rng: random.Random) -> list:
    return [rng.randint(1, 15) for _ in range(rng.randint(2, 9))]


def _nested_config(rng: random.Random) -> dict:
    return {"db": {"host": rng.choice(["localhost", "db.local"]), "port": rng.choice([5432, 3306])},
            "cache": {"ttl": rng.choice([30, 60, 300])}, "debug": rng.random() < 0.5}


def _config_path(rng: random.Random) -> str:
    return rng.choice(["db.host", "db.port", "cache.ttl", "debug", "cache.size", "db.user.name", "log.level"])


# ---- makers -----------------------------------------------------------------------------------

def tag_leaderboard(ctx: Ctx) -> Func:
    """Tags over many posts: Counter.most_common or dict.get and a sort; sometimes once per post."""
    posts = ctx.pick(["posts", "tag_lists", "entries"])
    counts = ctx.pick(["counts", "tally", "seen"])
    once = ctx.chance(0.4)
    it = "dict.fromkeys(tags)" if once else "tags"
    imports: set[str] = set()
    if ctx.chance(0.5):
        it = "sorted(set(tags))" if once else "tags"
        imports.add("from collections import Counter")
        body = [f"{counts} = Counter()", f"for tags in {posts}:"]
        if once:
            body += ctx.comment("a tag counts once per post", 1)
        body += [f"    {counts}.update({it})", f"return {counts}.most_common(top)"]
    else:
        body = [f"{counts} = {{}}", f"for tags in {posts}:", f"    for tag in {it}:",
                f"        {counts}[tag] = {counts}.get(tag, 0) + 1",
                f"ranked = sorted({counts}.items(), key=lambda kv: (-kv[1], kv[0]))",
                "return ranked[:top]"]
    name = ctx.pick(["tag_leaderboard", "popular_tags", "top_tags"])
    return Func(name, [Param(posts, "list[list[str]]", _tagged_posts),
                       Param("top", "int", lambda r: r.randint(1, 4), default=str(ctx.rng.randint(2, 3)))],
                "list[tuple[str, int]]", body,
                "The most used tags and how many " + ("posts use each." if once else "times each appears."),
                imports=imports)


def restock_after_events(ctx: Ctx) -> Func:
    """Stock levels updated from (item, change) events by a helper, then the items running low."""
    strict = ctx.chance(0.3)
    levels, item, change = ctx.pick(["levels", "stock"]), "item", ctx.pick(["change", "delta"])
    hbody = [f"current = {levels}.get({item}, 0) + {change}"]
    if strict:
        hbody += ["if current < 0:", f"    raise ValueError(f'not enough {{{item}}} in stock')"]
    else:
        hbody += ctx.comment("we never go below zero: the missing units are backordered")
        hbody += ["current = max(current, 0)"]
    hbody += [f"{levels}[{item}] = current", "return current"]
    helper = Func("apply_stock_change", [Param(levels, "dict[str, int]", _stock_levels), Param(item, "str", "product"),
                                         Param(change, "int", lambda r: r.randint(-3, 5))], "int", hbody,
                  "Add the change to the item's stock and return the new level.")
    events = ctx.pick(["events", "moves", "changes"])
    body = [*ctx.comment("copy first so the caller's dict is left alone"), f"{levels} = dict(start)"] \
        if ctx.chance(0.6) else [f"{levels} = start.copy()"]
    body += [f"for {item}, {change} in {events}:", f"    apply_stock_change({levels}, {item}, {change})"]
    if ctx.chance(0.5):
        body += [f"low = [(name, qty) for name, qty in {levels}.items() if qty <= REORDER_AT]",
                 "return sorted(low, key=lambda pair: pair[1])"]
        returns = "list[tuple[str, int]]"
    else:
        body += [f"return sorted(name for name, qty in {levels}.items() if qty <= REORDER_AT)"]
        returns = "list[str]"
    name = ctx.pick(["restock_after_events", "low_after_moves", "reorder_report"])
    return Func(name, [Param("start", "dict[str, int]", _stock_levels), Param(events, "list[tuple[str, int]]", _stock_events)],
                returns, body, "Apply the stock events and report the items at or below the low-stock level.",
                details=("Args:", "    start: units on hand per item.", "    events: (item, change) pairs, negative for sales."),
                constants={"REORDER_AT": str(ctx.pick(["2", "3", "5"]))}, helpers=[helper], may_raise=strict)


def resolve_options(ctx: Ctx) -> Func:
    """Defaults < user file < command line: dict unpacking, ChainMap, or a loop that skips None."""
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.3:
        body = ["merged = {**defaults, **user, **cli}", *ctx.comment("later dicts win"), "return merged"]
        summary = "Options from the defaults, overridden by the user's and then the command line's."
    elif r < 0.55:
        imports.add("from collections import ChainMap")
        body = [*ctx.comment("ChainMap looks keys up left to right"), "return dict(ChainMap(cli, user, defaults))"]
        summary = "Options from the command line first, then the user's, then the defaults."
    else:
        out = ctx.pick(["merged", "options", "result"])
        body = [f"{out} = dict(defaults)", "for layer in (user, cli):", "    for key, value in layer.items():",
                "        if value is None:", "            continue", f"        {out}[key] = value", f"return {out}"]
        summary = "Merge the option layers in order; a None value leaves the earlier one in place."
    name = ctx.pick(["resolve_options", "layered_options", "final_options"])
    return Func(name, [Param("defaults", "dict", _defaults), Param("user", "dict", _user_options),
                       Param("cli", "dict", _cli_options)], "dict", body, summary, imports=imports)


def names_by_band(ctx: Ctx) -> Func:
    """Invert name -> score into band -> names, with a helper for the band."""
    s = ctx.pick(["score", "points", "mark"])
    width = ctx.pick(["10", "20", "25"])
    helper = Func("band_of", [Param(s, "int", "score")], "str",
                  [f"low = {s} // {width} * {width}", f"return f'{{low}}-{{low + {width} - 1}}'"],
                  "The band a score falls in, like '70-79'.")
    table, bands = ctx.pick(["scores", "results", "marks"]), ctx.pick(["bands", "by_band", "groups"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("from collections import defaultdict")
        body = [f"{bands} = defaultdict(list)", f"for name, {s} in {table}.items():", f"    {bands}[band_of({s})].append(name)"]
    elif r < 0.7:
        body = [f"{bands} = {{}}", f"for name, {s} in {table}.items():", f"    {bands}.setdefault(band_of({s}), []).append(name)"]
    else:
        body = [f"{bands} = {{}}", f"for name in sorted({table}):", f"    key = band_of({table}[name])",
                f"    if key not in {bands}:", f"        {bands}[key] = []", f"    {bands}[key].append(name)"]
    if ctx.chance(0.5):
        body.append(f"return {{band: sorted(names) for band, names in sorted({bands}.items())}}")
    else:
        body.append(f"return dict(sorted({bands}.items(), reverse=True))")
    name = ctx.pick(["names_by_band", "invert_scores", "students_per_band"])
    return Func(name, [Param(table, "dict[str, int]", _score_table)], "dict[str, list[str]]", body,
                "Group the names by the score band they reached.", imports=imports, helpers=[helper])


def flatten_deep(ctx: Ctx) -> Func:
    """Nested lists to one flat list (or their total): recursion, or a stack and a while loop."""
    nested = ctx.pick(["nested", "items", "tree"])
    total = ctx.chance(0.3)
    if total:
        name, acc = ctx.pick(["deep_total", "nested_sum", "sum_leaves"]), ctx.pick(["total", "acc"])
        start, add_rec, add_leaf, done = f"{acc} = 0", f"{acc} += {{rec}}", f"{acc} += item", f"return {acc}"
        returns, summary = "int", "Add up every number in the nested lists."
    else:
        name, acc = ctx.pick(["flatten_deep", "unnest", "all_leaves"]), ctx.pick(["flat", "out", "result"])
        start, add_rec, add_leaf, done = f"{acc} = []", f"{acc}.extend({{rec}})", f"{acc}.append(item)", f"return {acc}"
        returns, summary = "list", "Flatten lists nested to any depth, keeping the order."
    if ctx.chance(0.5):
        body = [start, f"for item in {nested}:", "    if isinstance(item, list):",
                "        " + add_rec.format(rec=f"{name}(item)"), "    else:", "        " + add_leaf, done]
    else:
        body = [start, f"stack = list(reversed({nested}))", "while stack:", "    item = stack.pop()",
                "    if isinstance(item, list):",
                *ctx.comment("push the children so the first one comes off next", 2),
                "        stack.extend(reversed(item))", "    else:", "        " + add_leaf, done]
    return Func(name, [Param(nested, "list", _nested)], returns, body, summary)


def trend_label(ctx: Ctx) -> Func:
    """Neighbouring pairs with zip(xs, xs[1:]): rising, falling or mixed."""
    xs = ctx.pick(["readings", "prices", "levels", "values"])
    if ctx.chance(0.5):
        body = [f"steps = [b - a for a, b in zip({xs}, {xs}[1:])]",
                "if all(s > 0 for s in steps):", "    return 'rising'",
                "if all(s < 0 for s in steps):", "    return 'falling'", "return 'mixed'"]
    else:
        body = ["ups = downs = 0", f"for prev, cur in zip({xs}, {xs}[1:]):", "    if cur > prev:", "        ups += 1",
                "    elif cur < prev:", "        downs += 1"]
        if ctx.chance(0.5):
            body += ["    if ups and downs:", "        return 'mixed'"]
            body += ["return 'rising' if ups else 'falling' if downs else 'flat'"]
        else:
            body += ["if ups and not downs:", "    return 'rising'", "if downs and not ups:", "    return 'falling'",
                     "return 'mixed'"]
    name = ctx.pick(["trend_label", "describe_trend", "direction"])
    return Func(name, [Param(xs, "list[int]", _series)], "str", body,
                "Say whether the values only go up, only go down, or both.")


def run_length(ctx: Ctx) -> Func:
    """Runs of equal characters: itertools.groupby, or a while loop over indices."""
    text = ctx.pick(["text", "s", "pattern"])
    as_string = ctx.chance(0.5)
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from itertools import groupby")
        if as_string:
            body = [f"return ''.join(f'{{ch}}{{len(list(run))}}' for ch, run in groupby({text}))"]
        else:
            body = ["runs = []", f"for ch, group in groupby({text}):", "    runs.append((ch, sum(1 for _ in group)))",
                    "return runs"]
    else:
        body = ["runs = []", "i = 0", f"while i < len({text}):", "    j = i",
                f"    while j < len({text}) and {text}[j] == {text}[i]:", "        j += 1",
                f"    runs.append({'f' + repr('{' + text + '[i]}{j - i}') if as_string else f'({text}[i], j - i)'})",
                "    i = j", "return ''.join(runs)" if as_string else "return runs"]
    name = ctx.pick(["run_length", "encode_runs", "compress_runs"])
    return Func(name, [Param(text, "str", _runs_text)], "str" if as_string else "list[tuple[str, int]]", body,
                "Each run of repeated characters with its length" + (", written as 'a3b1'." if as_string else "."),
                imports=imports)


def words_by_length(ctx: Ctx) -> Func:
    """groupby on data sorted by the same key: words grouped by length."""
    words = ctx.pick(["words", "items", "terms"])
    imports = {"from itertools import groupby"}
    ordered = ctx.pick(["ordered", "by_len", "sorted_words"])
    key = "len" if ctx.chance(0.5) else "lambda w: len(w)"
    body = [*ctx.comment("groupby only joins neighbours, so sort by the same key first"),
            f"{ordered} = sorted({words}, key={key})"]
    if ctx.chance(0.5):
        body.append(f"return {{size: sorted(set(group)) for size, group in groupby({ordered}, key={key})}}"
                    if ctx.chance(0.5) else
                    f"return {{size: list(group) for size, group in groupby({ordered}, key={key})}}")
        returns = "dict[int, list[str]]"
    else:
        body += ["counts = []", f"for size, group in groupby({ordered}, key={key}):",
                 "    counts.append((size, len(list(group))))", "return counts"]
        returns = "list[tuple[int, int]]"
    name = ctx.pick(["words_by_length", "group_by_length", "length_buckets"])
    return Func(name, [Param(words, "list[str]", _word_list)], returns, body,
                "Group the words by how many letters they have.", imports=imports)


def running_goal(ctx: Ctx) -> Func:
    """itertools.accumulate for running totals: the day a goal is reached, or the totals."""
    sales = ctx.pick(["sales", "daily", "amounts"])
    imports = {"from itertools import accumulate"}
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"for day, total in enumerate(accumulate({sales}), start=1):", "    if total >= goal:", "        return day",
                "return None"]
        params = [Param(sales, "list[int]", _daily_sales), Param("goal", "int", lambda g: g.choice([30, 50, 80, 120]))]
        returns, summary = "int | None", "The first day (1-based) on which the running total reaches the goal."
        name = ctx.pick(["running_goal", "day_goal_reached", "progress_to_goal"])
    elif r < 0.7:
        body = [f"totals = list(accumulate({sales}))", *ctx.comment("the last running total is the grand total"),
                "return totals, totals[-1] if totals else 0"]
        params = [Param(sales, "list[int]", _daily_sales)]
        returns, summary = "tuple[list[int], int]", "Running totals of the sales, and the overall total."
        name = ctx.pick(["cumulative_sales", "running_totals", "sales_to_date"])
    else:
        body = [f"best = list(accumulate({sales}, max))",
                f"return [day for day, (x, b) in enumerate(zip({sales}, best)) if x == b and x > 0]"]
        params = [Param(sales, "list[int]", _daily_sales)]
        returns, summary = "list[int]", "Days (0-based) whose sales matched or beat every day before them."
        name = ctx.pick(["record_days", "best_days_so_far", "new_highs"])
    return Func(name, params, returns, body, summary, imports=imports)


def everyone_attending(ctx: Ctx) -> Func:
    """chain over the lists of a dict: everyone once, or those in several sessions."""
    rosters = ctx.pick(["rosters", "sessions", "attendees"])
    imports = {"from itertools import chain"}
    if ctx.chance(0.5):
        body = [f"everyone = chain.from_iterable({rosters}.values())"]
        body.append("return sorted(set(everyone))" if ctx.chance(0.5) else "return list(dict.fromkeys(everyone))")
        summary = "Everyone who attends at least one session, each once."
    else:
        imports.add("from collections import Counter")
        body = [f"counts = Counter(chain(*{rosters}.values()))",
                "return sorted(name for name, n in counts.items() if n >= minimum)"]
        summary = "People who attend at least `minimum` sessions."
        return Func(ctx.pick(["regulars", "frequent_attendees"]),
                    [Param(rosters, "dict[str, list[str]]", _rosters), Param("minimum", "int", lambda g: g.randint(1, 3), default="2")],
                    "list[str]", body, summary, imports=imports)
    name = ctx.pick(["everyone_attending", "all_attendees", "guest_list"])
    return Func(name, [Param(rosters, "dict[str, list[str]]", _rosters)], "list[str]", body, summary, imports=imports)


def first_matches(ctx: Ctx) -> Func:
    """The first n words that pass a test: islice over a generator, or a loop with break."""
    words, n = ctx.pick(["words", "tokens", "names"]), ctx.pick(["n", "limit", "count"])
    test = ctx.pick(["len(w) > 4", "w[0] in 'aeiou'", "w.endswith('s')", "'e' in w"])
    desc = {"len(w) > 4": "longer than four letters", "w[0] in 'aeiou'": "starting with a vowel",
            "w.endswith('s')": "ending in s", "'e' in w": "containing an e"}[test]
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from itertools import islice")
        body = [f"matches = (w for w in {words} if {test})", *ctx.comment("islice stops the generator early"),
                f"return list(islice(matches, {n}))"]
    else:
        body = ["found = []", f"for w in {words}:", f"    if not ({test}):", "        continue", "    found.append(w)",
                f"    if len(found) == {n}:", "        break", "return found"]
    name = ctx.pick(["first_matches", "take_matching", "first_few"])
    return Func(name, [Param(words, "list[str]", _word_list), Param(n, "int", lambda g: g.randint(1, 4), default="3")],
                "list[str]", body, f"The first words {desc}, at most {n} of them.", imports=imports)


def round_robin(ctx: Ctx) -> Func:
    """itertools.combinations: every pairing of the players, as lines or as a count per player."""
    players = ctx.pick(["players", "teams", "names"])
    imports = {"from itertools import combinations"}
    if ctx.chance(0.6):
        body = [f"return [f'{{a}} vs {{b}}' for a, b in combinations({players}, 2)]"] if ctx.chance(0.5) else \
            ["games = []", f"for home, away in combinations({players}, 2):", "    games.append(f'{home} vs {away}')",
             "return games"]
        returns, summary = "list[str]", "Every game of a round robin, each pairing once."
    else:
        body = [f"pairs = list(combinations(sorted({players}), 2))", "rounds = len(pairs)",
                "return rounds, pairs[:3]"]
        returns, summary = "tuple[int, list[tuple[str, str]]]", "How many games a round robin needs, and the first few."

    def role(r: random.Random) -> list:
        return [n.capitalize() for n in r.sample(FIRST, r.randint(2, 5))]
    name = ctx.pick(["league_fixtures", "fixtures", "all_matchups"])
    return Func(name, [Param(players, "list[str]", role)], returns, body, summary, imports=imports)


def pairs_with_sum(ctx: Ctx) -> Func:
    """Pairs of numbers adding up to a target: combinations, or two index loops with an early exit."""
    nums, target = ctx.pick(["nums", "values", "prices"]), ctx.pick(["target", "total", "goal"])

    def nums_role(g: random.Random) -> list:
        return [g.randint(1, 10) for _ in range(g.randint(3, 8))]
    imports: set[str] = set()
    first_only = ctx.chance(0.4)
    if ctx.chance(0.5):
        imports.add("from itertools import combinations")
        if first_only:
            body = [f"for a, b in combinations({nums}, 2):", f"    if a + b == {target}:", "        return a, b", "return None"]
        else:
            body = [f"found = {{tuple(sorted(p)) for p in combinations({nums}, 2) if sum(p) == {target}}}",
                    "return sorted(found)"]
    else:
        body = [f"for i in range(len({nums})):", f"    for j in range(i + 1, len({nums})):",
                f"        if {nums}[i] + {nums}[j] == {target}:"]
        if first_only:
            body += [f"            return {nums}[i], {nums}[j]", "return None"]
        else:
            body = ["pairs = []"] + body + [f"            pairs.append(({nums}[i], {nums}[j]))", "return pairs"]
    name = ctx.pick(["pairs_with_sum", "two_sum_pairs", "matching_pairs"])
    return Func(name, [Param(nums, "list[int]", nums_role), Param(target, "int", lambda g: g.randint(8, 14))],
                "tuple[int, int] | None" if first_only else "list[tuple[int, int]]", body,
                "The first pair that adds up to the target, or None." if first_only else "All pairs that add up to the target.",
                imports=imports)


def variant_codes(ctx: Ctx) -> Func:
    """itertools.product of sizes and colours into SKU codes, some left out."""
    sizes, colors = ctx.pick(["sizes", "fits"]), ctx.pick(["colors", "colours", "shades"])
    imports = {"from itertools import product"}
    sep = ctx.pick(["-", "/", "_"])
    if ctx.chance(0.5):
        body = [f"return [f'{{s}}{sep}{{c}}' for s, c in product({sizes}, {colors}) if (s, c) not in SOLD_OUT]"]
    else:
        body = ["codes = []", f"for size, color in product({sizes}, {colors}):",
                "    if (size, color) in SOLD_OUT:", *ctx.comment("not made this season", 2), "        continue",
                f"    codes.append(size + '{sep}' + color.upper())" if ctx.chance(0.5) else f"    codes.append(f'{{size}}{sep}{{color}}')",
                "return codes"]

    def sizes_role(r: random.Random) -> list:
        return r.sample(SIZES, r.randint(1, 3))

    def colors_role(r: random.Random) -> list:
        return r.sample(COLORS, r.randint(1, 3))
    name = ctx.pick(["variant_codes", "sku_variants", "size_color_codes"])
    return Func(name, [Param(sizes, "list[str]", sizes_role), Param(colors, "list[str]", colors_role)], "list[str]", body,
                "Codes for every size and colour we stock.", imports=imports,
                constants={"SOLD_OUT": "[('S', 'navy'), ('XL', 'red'), ('M', 'olive')]"})


def gcd_of_all(ctx: Ctx) -> Func:
    """functools.reduce with math.gcd or a helper lcm, or the plain loop."""
    nums = ctx.pick(["nums", "sizes", "lengths"])
    imports = {"import math"}
    helpers: list = []
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("from functools import reduce")
        body = [f"return reduce(math.gcd, {nums})"]
        fname, summary = ctx.pick(["gcd_of_all", "common_divisor"]), "Greatest common divisor of all the numbers."
    elif r < 0.65:
        result = ctx.pick(["result", "g"])
        body = [f"{result} = {nums}[0]", f"for x in {nums}[1:]:", f"    {result} = math.gcd({result}, x)",
                f"    if {result} == 1:", *ctx.comment("nothing smaller is possible", 2), "        break", f"return {result}"]
        fname, summary = ctx.pick(["gcd_of_all", "common_divisor"]), "Greatest common divisor of all the numbers."
    else:
        imports.add("from functools import reduce")
        helpers.append(Func("lcm_pair", [Param("a", "int", "n"), Param("b", "int", "n")], "int",
                            ["return a * b // math.gcd(a, b)"], "Least common multiple of two numbers."))
        body = [f"return reduce(lcm_pair, {nums}, 1)"]
        fname, summary = ctx.pick(["lcm_of_all", "common_period"]), "Least common multiple of all the numbers."

    def role(g: random.Random) -> list:
        base = g.choice([2, 3, 4, 6])
        return [base * g.randint(1, 6) for _ in range(g.randint(2, 5))]
    return Func(fname, [Param(nums, "list[int]", role)], "int", body, summary, imports=imports, helpers=helpers)


def lookup_path(ctx: Ctx) -> Func:
    """'db.port' looked up in nested dicts: functools.reduce over the keys, or a loop with early exit."""
    config, path = ctx.pick(["config", "settings", "tree"]), ctx.pick(["path", "dotted", "key_path"])
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from functools import reduce")
        body = [*ctx.comment("each step goes one level deeper; a missing key gives {}"),
                f"found = reduce(lambda node, key: node.get(key, {{}}) if isinstance(node, dict) else {{}}, "
                f"{path}.split('.'), {config})",
                "return default if found == {} else found"]
    else:
        node = ctx.pick(["node", "current"])
        body = [f"{node} = {config}", f"for key in {path}.split('.'):",
                f"    if not isinstance({node}, dict) or key not in {node}:", "        return default",
                f"    {node} = {node}[key]", f"return {node}"]
    name = ctx.pick(["lookup_path", "get_setting", "dig"])
    return Func(name, [Param(config, "dict", _nested_config), Param(path, "str", _config_path),
                       Param("default", "object", lambda g: g.choice([None, 0, "unset"]), default="None")], "object", body,
                "The value at a dotted path like 'db.port', or the default when a key is missing.", imports=imports)


def sort_roster(ctx: Ctx) -> Func:
    """sorted(key=lambda r: (r['team'], -r['points'], r['name'])) over dicts, written as lines."""
    players = ctx.pick(["players", "roster", "rows"])
    key = ctx.pick(["(p['team'], -p['points'], p['name'])", "(-p['points'], p['name'])", "(p['team'], p['name'])"])
    body = [f"ordered = sorted({players}, key=lambda p: {key})"]
    if ctx.chance(0.5):
        body.append("return [f\"{p['team']}: {p['name']} ({p['points']})\" for p in ordered]")
        returns = "list[str]"
    else:
        body += ["lines = []", "for rank, p in enumerate(ordered, start=1):",
                 "    lines.append(f\"{rank}. {p['name']} {p['points']}\")", "return lines"]
        returns = "list[str]"
    desc = {"(p['team'], -p['points'], p['name'])": "by team, then most points first, then name",
            "(-p['points'], p['name'])": "most points first, ties by name",
            "(p['team'], p['name'])": "by team, then name"}[key]
    name = ctx.pick(["sort_roster", "roster_lines", "ordered_players"])
    return Func(name, [Param(players, "list[dict]", _players)], returns, body, f"The players {desc}, one line each.")


def best_rated(ctx: Ctx) -> Func:
    """Top k by a field: heapq.nlargest, sorted()[:k], or max() for one."""
    items, k = ctx.pick(["products", "catalog", "items"]), ctx.pick(["k", "n", "top"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports.add("import heapq")
        body = [f"best = heapq.nlargest({k}, {items}, key=lambda p: p['rating'])", "return [p['name'] for p in best]"]
    elif r < 0.7:
        body = [f"ranked = sorted({items}, key=lambda p: (-p['rating'], p['price']))",
                *ctx.comment("cheaper first among equal ratings"), f"return [p['name'] for p in ranked[:{k}]]"]
    else:
        body = [f"affordable = [p for p in {items} if p['price'] <= budget]", "if not affordable:", "    return None",
                "best = max(affordable, key=lambda p: p['rating'])", "return best['name']"]
        name = ctx.pick(["best_within_budget", "pick_product"])
        return Func(name, [Param(items, "list[dict]", _rated_products), Param("budget", "int", lambda g: g.choice([5, 10, 20, 30]))],
                    "str | None", body, "The best rated product we can afford, or None.")
    name = ctx.pick(["best_rated", "top_products", "highest_rated"])
    return Func(name, [Param(items, "list[dict]", _rated_products), Param(k, "int", lambda g: g.randint(1, 3), default="2")],
                "list[str]", body, "Names of the best rated products.", imports=imports)


def find_listings(ctx: Ctx) -> Func:
    """Records filtered by several conditions, one optional: a comprehension or a loop with continue."""
    rows = ctx.pick(["listings", "rooms", "offers"])
    limit = ctx.pick(["max_price", "budget"])
    sort_it = ctx.chance(0.5)
    if ctx.chance(0.5):
        body = [f"matches = [r for r in {rows}",
                f"           if r['price'] <= {limit} and r['rating'] >= MIN_RATING",
                "           and (city is None or r['city'] == city)]"]
    else:
        body = ["matches = []", f"for r in {rows}:", f"    if r['price'] > {limit}:", "        continue",
                "    if r['rating'] < MIN_RATING:", "        continue", "    if city is not None and r['city'] != city:",
                "        continue", "    matches.append(r)"]
    if sort_it:
        body.append("matches.sort(key=lambda r: r['price'])")
    body.append("return [(r['city'], r['price']) for r in matches]")

    def city_role(g: random.Random) -> str:
        return g.choice(CITIES[:6])
    name = ctx.pick(["find_listings", "filter_rooms", "search_offers"])
    return Func(name, [Param(rows, "list[dict]", _listings), Param(limit, "int", lambda g: g.choice([60, 100, 150])),
                       Param("city", "str | None", city_role, default="None")], "list[tuple[str, int]]", body,
                "Listings within budget and rated well, optionally in one city" + (", cheapest first." if sort_it else "."),
                constants={"MIN_RATING": ctx.pick(["4.0", "3.5", "4.5"])})


def library_books(ctx: Ctx) -> Func:
    """namedtuple records from tuples: oldest book per author, or titles after a year."""
    cls = ctx.pick(["Book", "Title"])
    imports = {"from collections import namedtuple"}
    constants = {cls: f"namedtuple('{cls}', ['title', 'author', 'year'])"}
    rows = ctx.pick(["rows", "records", "data"])
    body = [f"books = [{cls}(*row) for row in {rows}]" if ctx.chance(0.5) else f"books = [{cls}._make(row) for row in {rows}]"]
    if ctx.chance(0.5):
        body += ["oldest = {}", "for book in books:", "    known = oldest.get(book.author)",
                 "    if known is None or book.year < known.year:", "        oldest[book.author] = book",
                 "return {author: b.title for author, b in sorted(oldest.items())}"]
        returns, summary, params = "dict[str, str]", "The oldest title of each author.", [Param(rows, "list[tuple]", _book_rows)]
    else:
        body += ["recent = [b for b in books if b.year >= since]", "recent.sort(key=lambda b: b.year)",
                 "return [f'{b.title} ({b.year})' for b in recent]"]
        returns, summary = "list[str]", "Titles published in or after `since`, oldest first."
        params = [Param(rows, "list[tuple]", _book_rows), Param("since", "int", lambda g: g.choice([1900, 1950, 1980, 2000]))]
    name = ctx.pick(["library_books", "catalog_books", "book_report"])
    return Func(name, params, returns, body, summary, imports=imports, constants=constants)


def parcel_manifest(ctx: Ctx) -> Func:
    """@dataclass records built from tuples, then weight per city or the heaviest parcel."""
    cls = ctx.pick(["Parcel", "Shipment", "Package"])
    block = ["@dataclass", f"class {cls}:", "    code: str", "    city: str", "    weight: float"]
    if ctx.chance(0.5):
        block += ["", "    def is_heavy(self) -> bool:", "        return self.weight > HEAVY_KG"]
    rows = ctx.pick(["rows", "manifest", "entries"])
    build = f"parcels = [{cls}(code, city, weight) for code, city, weight in {rows}]" if ctx.chance(0.5) else \
        f"parcels = [{cls}(*row) for row in {rows}]"
    body = [build]
    if ctx.chance(0.5):
        body += ["per_city = {}", "for p in parcels:", "    per_city[p.city] = per_city.get(p.city, 0) + p.weight",
                 "return {city: round(w, 2) for city, w in sorted(per_city.items())}"]
        returns, summary = "dict[str, float]", "Total weight going to each city."
    else:
        check = "p.is_heavy()" if "is_heavy" in "".join(block) else "p.weight > HEAVY_KG"
        body += [f"heavy = [p.code for p in parcels if {check}]",
                 "biggest = max(parcels, key=lambda p: p.weight)", "return heavy, biggest.code"]
        returns, summary = "tuple[list[str], str]", "Codes of the heavy parcels, and the heaviest one."
    name = ctx.pick(["parcel_manifest", "summarize_shipments", "load_report"])
    return Func(name, [Param(rows, "list[tuple[str, str, float]]", _parcels)], returns, body, summary,
                imports={"from dataclasses import dataclass"}, constants={"HEAVY_KG": ctx.pick(["5.0", "4.0", "10.0"])},
                helpers=[block])


def booking_clash(ctx: Ctx) -> Func:
    """Room bookings as (start, end) hours: sorted, neighbours compared; the first clash or all free hours."""
    slots = ctx.pick(["bookings", "slots", "reservations"])
    if ctx.chance(0.6):
        helper = Func("overlaps", [Param("a", "tuple[int, int]", lambda g: _bookings(g)[0]),
                                   Param("b", "tuple[int, int]", lambda g: _bookings(g)[0])], "bool",
                      ["return a[0] < b[1] and b[0] < a[1]"], "True if the two time ranges share some time.")
        body = [f"ordered = sorted({slots})", "for earlier, later in zip(ordered, ordered[1:]):",
                "    if overlaps(earlier, later):", "        return earlier, later", "return None"]
        name = ctx.pick(["booking_clash", "first_conflict", "double_booked"])
        return Func(name, [Param(slots, "list[tuple[int, int]]", _bookings)], "tuple | None", body,
                    "The first two bookings that overlap, or None if the room is never double booked.", helpers=[helper])
    busy = ctx.pick(["busy", "taken"])
    body = [f"{busy} = set()", f"for start, end in {slots}:", f"    {busy}.update(range(start, end))",
            f"return [h for h in range(DAY_START, DAY_END) if h not in {busy}]"]
    name = ctx.pick(["free_hours", "open_hours", "room_gaps"])
    return Func(name, [Param(slots, "list[tuple[int, int]]", _bookings)], "list[int]", body,
                "Hours of the working day with no booking.", constants={"DAY_START": "8", "DAY_END": ctx.pick(["18", "20"])})


def ticket_status(ctx: Ctx) -> Func:
    """A state machine over events with an allowed-transitions dict; a bad event raises, stops or is skipped."""
    mode = ctx.pick(["raise", "stop", "skip"]) if ctx.chance(0.8) else "skip"
    mode = "skip" if mode == "raise" and ctx.chance(0.4) else mode
    table = ctx.pick(["TICKET_FLOW", "NEXT_STATE"])
    constants = {table: "{'new': {'assign': 'assigned'}, 'assigned': {'start': 'in_progress'}, "
                        "'in_progress': {'resolve': 'resolved'}, 'resolved': {'close': 'closed', 'reopen': 'assigned'}}"}
    state, events = ctx.pick(["state", "status"]), ctx.pick(["events", "actions"])
    body = [f"{state} = 'new'", f"for event in {events}:", f"    moves = {table}.get({state}, {{}})",
            "    if event not in moves:"]
    if mode == "raise":
        body.append(f"        raise ValueError(f'cannot {{event}} a ticket that is {{{state}}}')")
    elif mode == "stop":
        body += ctx.comment("the rest of the log is not trusted after a bad event", 2)
        body.append("        break")
    else:
        body.append("        continue")
    body += [f"    {state} = moves[event]", f"return {state}"]
    name = ctx.pick(["ticket_status", "replay_ticket", "final_ticket_state"])
    return Func(name, [Param(events, "list[str]", _ticket_events)], "str", body,
                "Replay the ticket's events from 'new' and return where it ends up.", constants=constants,
                may_raise=mode == "raise")


def matrix_summary(ctx: Ctx) -> Func:
    """Lists of lists: transpose with zip(*m), row and column sums, the diagonal."""
    m = ctx.pick(["matrix", "grid", "table"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"columns = [list(col) for col in zip(*{m})]", "return columns"] if ctx.chance(0.5) else \
            ["columns = []", f"for j in range(len({m}[0])):", f"    columns.append([row[j] for row in {m}])", "return columns"]
        name, returns, summary = ctx.pick(["transpose", "flip_rows_and_columns"]), "list[list[int]]", "Rows become columns."
    elif r < 0.7:
        body = [f"row_sums = [sum(row) for row in {m}]", f"col_sums = [sum(col) for col in zip(*{m})]",
                "return row_sums, col_sums"]
        name, returns, summary = ctx.pick(["row_and_column_sums", "margins"]), "tuple[list[int], list[int]]", \
            "Sum of each row and of each column."
    else:
        if ctx.chance(0.5):
            body = [f"main = sum({m}[i][i] for i in range(len({m})))",
                    f"anti = sum({m}[i][-1 - i] for i in range(len({m})))", "return main, anti"]
            returns = "tuple[int, int]"
        else:
            body = ["diagonal = []", f"for i, row in enumerate({m}):", "    diagonal.append(row[i])", "return diagonal"]
            returns = "list[int]"
        name, summary = ctx.pick(["diagonals", "diagonal_of"]), "The diagonal of a square matrix."
    return Func(name, [Param(m, "list[list[int]]", _square)], returns, body, summary)


def compare_ids(ctx: Ctx) -> Func:
    """Set operations on two lists of ints, returned sorted."""
    a, b = ctx.pick([("before", "after"), ("old_ids", "new_ids"), ("first", "second"), ("ours", "theirs")])
    op = ctx.pick(["&", "-", "^", "all"])
    if op == "all":
        body = [f"left, right = set({a}), set({b})",
                "return {'added': sorted(right - left), 'removed': sorted(left - right), 'kept': sorted(left & right)}"]
        returns, summary = "dict[str, list[int]]", "Which ids were added, removed and kept."
    elif ctx.chance(0.5):
        body = [f"return sorted(set({a}) {op} set({b}))"]
        returns = "list[int]"
        summary = {"&": "Ids found in both lists.", "-": "Ids of the first list missing from the second.",
                   "^": "Ids found in exactly one of the lists."}[op]
    else:
        method = {"&": "intersection", "-": "difference", "^": "symmetric_difference"}[op]
        found = {"&": "common", "-": "missing", "^": "unmatched"}[op]
        body = [f"{found} = set({a}).{method}({b})", f"return sorted({found})"]
        returns = "list[int]"
        summary = {"&": "Ids found in both lists.", "-": "Ids of the first list missing from the second.",
                   "^": "Ids found in exactly one of the lists."}[op]
    name = ctx.pick(["compare_ids", "diff_ids", "id_changes"])
    return Func(name, [Param(a, "list[int]", _int_list), Param(b, "list[int]", _int_list)], returns, body, summary)


def _header(rng: random.Random) -> list:
    return ["name", "age", "city"]


def _csv_cells(rng: random.Random) -> list:
    rows = []
    for _ in range(rng.randint(2, 5)):
        age = str(rng.randint(18, 70)) if rng.random() < 0.85 else rng.choice(["", "n/a"])
        rows.append([rng.choice(FIRST).capitalize(), age, rng.choice(CITIES[:6])])
    return rows


def rows_to_dicts(ctx: Ctx) -> Func:
    """A header and rows zipped into dicts, the numeric column converted; bad cells skipped or None."""
    header, rows = ctx.pick(["header", "columns", "fields"]), ctx.pick(["rows", "cells", "lines"])
    records = ctx.pick(["records", "people", "out"])
    skip = ctx.chance(0.5)
    body = [f"{records} = []", f"for row in {rows}:", f"    record = dict(zip({header}, row))"]
    if skip:
        body += ["    if not record['age'].isdigit():", *ctx.comment("unknown ages are left out of the report", 2),
                 "        continue", "    record['age'] = int(record['age'])"]
    else:
        body += ["    age = record['age']", "    record['age'] = int(age) if age.isdigit() else None"]
    body += [f"    {records}.append(record)"]
    if ctx.chance(0.4):
        body += [f"return sorted({records}, key=lambda r: r['age'] or 0)" if not skip else
                 f"return sorted({records}, key=lambda r: r['age'])"]
    else:
        body += [f"return {records}"]
    name = ctx.pick(["rows_to_dicts", "read_people", "parse_table"])
    return Func(name, [Param(header, "list[str]", _header), Param(rows, "list[list[str]]", _csv_cells)], "list[dict]", body,
                "Turn table rows into dicts keyed by the header, with the age as a number"
                + (" (rows without one are skipped)." if skip else " or None."))


def common_bigrams(ctx: Ctx) -> Func:
    """Neighbouring word pairs with zip(words, words[1:]), counted: Counter or dict.get."""
    text = ctx.pick(["text", "sentence", "line"])
    words = ctx.pick(["words", "tokens"])
    body = [f"{words} = {text}.lower().replace(',', '').replace('.', '').split()"]
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from collections import Counter")
        body += [f"pairs = Counter(zip({words}, {words}[1:]))", "return [' '.join(p) for p, n in pairs.most_common(top)]"]
    else:
        body += ["counts = {}", f"for first, second in zip({words}, {words}[1:]):", "    key = f'{first} {second}'",
                 "    counts[key] = counts.get(key, 0) + 1",
                 "return sorted(counts, key=lambda k: (-counts[k], k))[:top]"]

    def text_role(g: random.Random) -> str:
        base = [g.choice(WORDS) for _ in range(g.randint(2, 3))]
        out = []
        for _ in range(g.randint(2, 3)):
            out += base + [g.choice(WORDS)]
        return " ".join(out).capitalize() + "."
    name = ctx.pick(["common_bigrams", "frequent_pairs", "top_word_pairs"])
    return Func(name, [Param(text, "str", text_role), Param("top", "int", lambda g: g.randint(1, 3), default="2")],
                "list[str]", body, "The most frequent pairs of neighbouring words.", imports=imports)


def over_budget(ctx: Ctx) -> Func:
    """A dict filtered by value and sorted by it: categories that went over their budget."""
    spent = ctx.pick(["spent", "expenses", "costs"])

    def spent_role(g: random.Random) -> dict:
        return {c: g.choice([20, 45, 80, 120, 150, 300]) for c in g.sample(["rent", "food", "travel", "books", "fun", "gym"], g.randint(3, 6))}
    if ctx.chance(0.5):
        body = [f"over = {{cat: amount - BUDGET.get(cat, 0) for cat, amount in {spent}.items() if amount > BUDGET.get(cat, 0)}}",
                "return sorted(over.items(), key=lambda kv: kv[1], reverse=True)"]
    else:
        body = ["over = []", f"for cat, amount in {spent}.items():", "    limit = BUDGET.get(cat)",
                "    if limit is None:", *ctx.comment("no budget set for this one", 2), "        continue",
                "    if amount > limit:", "        over.append((cat, amount - limit))",
                "over.sort(key=lambda pair: -pair[1])", "return over"]
    name = ctx.pick(["over_budget", "budget_overruns", "overspent"])
    return Func(name, [Param(spent, "dict[str, int]", spent_role)], "list[tuple[str, int]]", body,
                "Categories spent past their budget, biggest overrun first.",
                constants={"BUDGET": "{'rent': 300, 'food': 100, 'travel': 80, 'fun': 50}"})


def align_columns(ctx: Ctx) -> Func:
    """Two lists compared position by position: zip_longest with a fill value, or indices."""
    expected, actual = ctx.pick([("expected", "actual"), ("planned", "delivered"), ("answers", "responses")])
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from itertools import zip_longest")
        body = [f"return [i for i, (want, got) in enumerate(zip_longest({expected}, {actual}, fillvalue=MISSING)) if want != got]"] \
            if ctx.chance(0.5) else \
            ["mismatches = []", f"for i, (want, got) in enumerate(zip_longest({expected}, {actual}, fillvalue=MISSING)):",
             "    if want != got:", "        mismatches.append((i, want, got))", "return mismatches"]
    else:
        body = ["mismatches = []", f"for i in range(max(len({expected}), len({actual}))):",
                f"    want = {expected}[i] if i < len({expected}) else MISSING",
                f"    got = {actual}[i] if i < len({actual}) else MISSING",
                "    if want != got:", "        mismatches.append((i, want, got))", "return mismatches"]
    returns = "list[int]" if body[0].startswith("return") else "list[tuple[int, str, str]]"

    def answers(g: random.Random) -> list:
        return [g.choice("ABCD") for _ in range(g.randint(3, 7))]
    name = ctx.pick(["align_columns", "find_mismatches", "compare_answers"])
    return Func(name, [Param(expected, "list[str]", answers), Param(actual, "list[str]", answers)], returns, body,
                "Positions where the two lists differ; a missing entry counts as a difference.",
                imports=imports, constants={"MISSING": repr(ctx.pick(["-", "?", ""]))})


def rotate_grid(ctx: Ctx) -> Func:
    """Grid turned a quarter turn with zip(*grid[::-1]), or mirrored; nested loops or a comprehension."""
    grid = ctx.pick(["grid", "board", "tiles"])
    r = ctx.rng.random()
    if r < 0.4:
        body = [*ctx.comment("reverse the rows, then read the columns"), f"return [list(row) for row in zip(*{grid}[::-1])]"]
        name, summary = ctx.pick(["rotate_grid", "rotate_clockwise"]), "The grid turned a quarter turn clockwise."
    elif r < 0.7:
        body = [f"rows, cols = len({grid}), len({grid}[0])", "turned = []", "for c in range(cols):",
                "    new_row = []", "    for r in range(rows - 1, -1, -1):", f"        new_row.append({grid}[r][c])",
                "    turned.append(new_row)", "return turned"]
        name, summary = ctx.pick(["rotate_grid", "rotate_clockwise"]), "The grid turned a quarter turn clockwise."
    else:
        body = [f"return [row[::-1] for row in {grid}]"] if ctx.chance(0.5) else \
            [f"return {grid}[::-1]"]
        name = ctx.pick(["mirror_grid", "flip_grid"])
        summary = "The grid mirrored left to right." if "row[::-1]" in body[0] else "The grid flipped upside down."

    def role(g: random.Random) -> list:
        rows, cols = g.randint(2, 3), g.randint(2, 4)
        return [[g.choice(".#o") for _ in range(cols)] for _ in range(rows)]
    return Func(name, [Param(grid, "list[list[str]]", role)], "list[list[str]]", body, summary)


def merge_intervals(ctx: Ctx) -> Func:
    """Busy (start, end) hours merged where they overlap or touch: sort, then extend the last one."""
    slots, merged = ctx.pick(["slots", "busy", "intervals"]), ctx.pick(["merged", "joined", "blocks"])
    touch = ctx.chance(0.5)
    cmp = "<=" if touch else "<"
    body = [f"{merged} = []", f"for start, end in sorted({slots}):",
            f"    if {merged} and start {cmp} {merged}[-1][1]:",
            *ctx.comment("overlaps the previous block" + (" or starts right as it ends" if touch else ""), 2),
            f"        {merged}[-1][1] = max({merged}[-1][1], end)", "    else:", f"        {merged}.append([start, end])"]
    if ctx.chance(0.5):
        body.append(f"return [tuple(block) for block in {merged}]")
        returns = "list[tuple[int, int]]"
    else:
        body.append(f"return sum(end - start for start, end in {merged})")
        returns = "int"
    name = ctx.pick(["merge_intervals", "merge_busy_times", "combine_slots"]) if returns != "int" else \
        ctx.pick(["busy_hours", "hours_booked", "covered_time"])
    return Func(name, [Param(slots, "list[tuple[int, int]]", _bookings)], returns, body,
                "Merge overlapping time ranges." if returns != "int" else "Total hours covered by the time ranges, overlaps counted once.")


def index_by_id(ctx: Ctx) -> Func:
    """Records indexed by id in a dict; a repeated id keeps the first or the latest record."""
    rows = ctx.pick(["users", "records", "accounts"])
    keep_first = ctx.chance(0.5)

    def role(g: random.Random) -> list:
        ids = [g.randint(1, 6) for _ in range(g.randint(2, 6))]
        return [{"id": i, "name": g.choice(FIRST).capitalize(), "active": g.random() < 0.7} for i in ids]
    by_id = ctx.pick(["by_id", "index", "lookup"])
    active = ctx.chance(0.4)
    if keep_first:
        body = [f"{by_id} = {{}}", f"for row in {rows}:", f"    if row['id'] in {by_id}:", "        continue",
                f"    {by_id}[row['id']] = row['name']"] if ctx.chance(0.5) else \
            [f"{by_id} = {{}}", f"for row in {rows}:", f"    {by_id}.setdefault(row['id'], row['name'])"]
        if active:
            body[2:2] = ["    if not row['active']:", "        continue"]
    else:
        cond = " if row['active']" if active else ""
        body = [*ctx.comment("later rows overwrite earlier ones"),
                f"{by_id} = {{row['id']: row['name'] for row in {rows}{cond}}}"]
    if ctx.chance(0.4):
        body.append(f"return dict(sorted({by_id}.items()))")
    else:
        body.append(f"return {by_id}")
    name = ctx.pick(["index_by_id", "names_by_id", "build_lookup"])
    return Func(name, [Param(rows, "list[dict]", role)], "dict[int, str]", body,
                "Map each " + ("active " if active else "") + "id to its name; when an id repeats, the "
                + ("first" if keep_first else "last") + " record wins.")


def _boxes(rng: random.Random) -> list:
    return [tuple(rng.randint(1, 12) for _ in range(3)) for _ in range(rng.randint(2, 5))]


def box_volumes(ctx: Ctx) -> Func:
    """Volumes of (w, h, d) boxes: functools.reduce with operator.mul, math.prod, or a loop."""
    boxes = ctx.pick(["boxes", "parcels", "crates"])
    imports: set[str] = set()
    r = ctx.rng.random()
    if r < 0.35:
        imports |= {"from functools import reduce", "import operator"}
        vol = "reduce(operator.mul, dims, 1)"
    elif r < 0.7:
        imports.add("import math")
        vol = "math.prod(dims)"
    else:
        vol = None
    if vol and ctx.chance(0.5):
        body = [f"volumes = [{vol} for dims in {boxes}]"]
    else:
        body = ["volumes = []", f"for dims in {boxes}:"]
        if vol:
            body.append(f"    volumes.append({vol})")
        else:
            body += ["    w, h, d = dims", "    volumes.append(w * h * d)"]
    if ctx.chance(0.5):
        body += ["biggest = max(range(len(volumes)), key=volumes.__getitem__)", "return volumes, biggest"]
        returns, summary = "tuple[list[int], int]", "Volume of each box, and the index of the biggest."
    else:
        body += ["return sum(volumes)"]
        returns, summary = "int", "Total volume of the boxes."
    name = ctx.pick(["box_volumes", "crate_space", "volume_report"])
    return Func(name, [Param(boxes, "list[tuple[int, int, int]]", _boxes)], returns, body, summary, imports=imports)


def nearest_store(ctx: Ctx) -> Func:
    """namedtuple points built from tuples: the nearest with min(key=...) and math.hypot."""
    cls = ctx.pick(["Store", "Place", "Site"])
    rows = ctx.pick(["stores", "places", "locations"])
    imports = {"from collections import namedtuple", "import math"}
    constants = {cls: f"namedtuple('{cls}', 'name x y')"}
    helper = Func(f"distance_to_{cls.lower()}", [Param("place", cls, lambda g: None), Param("x", "int", lambda g: g.randint(-5, 5)),
                                                  Param("y", "int", lambda g: g.randint(-5, 5))], "float",
                  ["return math.hypot(place.x - x, place.y - y)"], "Straight-line distance from (x, y).")
    dist = helper.name
    body = [f"sites = [{cls}(*row) for row in {rows}]"]
    if ctx.chance(0.5):
        body += [f"best = min(sites, key=lambda s: {dist}(s, x, y))", f"return best.name, round({dist}(best, x, y), 2)"]
        returns, summary = "tuple[str, float]", "The closest place to (x, y) and how far it is."
    else:
        body += [f"near = [s.name for s in sites if {dist}(s, x, y) <= radius]", "return sorted(near)"]
        returns, summary = "list[str]", "Names of the places within the radius of (x, y)."
    params = [Param(rows, "list[tuple[str, int, int]]", _stores), Param("x", "int", lambda g: g.randint(-5, 5)),
              Param("y", "int", lambda g: g.randint(-5, 5))]
    if returns == "list[str]":
        params.append(Param("radius", "float", lambda g: g.choice([2.0, 5.0, 8.0]), default="5.0"))
    name = ctx.pick(["nearest_store", "closest_place", "stores_nearby"])
    return Func(name, params, returns, body, summary, imports=imports, constants=constants, helpers=[helper])


def _stores(rng: random.Random) -> list:
    return [(c.capitalize(), rng.randint(-8, 8), rng.randint(-8, 8)) for c in rng.sample(CITIES, rng.randint(2, 5))]


def _station_rows(rng: random.Random) -> list:
    stations = rng.sample(["north", "south", "harbor", "airport", "hill"], rng.randint(2, 3))
    return [(rng.choice(stations), round(rng.uniform(-5, 30), 1)) for _ in range(rng.randint(3, 7))]


def station_extremes(ctx: Ctx) -> Func:
    """@dataclass readings from tuples, then the low and high per station."""
    cls = ctx.pick(["Reading", "Sample", "Measurement"])
    block = ["@dataclass", f"class {cls}:", "    station: str", "    temp: float"]
    rows = ctx.pick(["rows", "readings", "log"])
    body = [f"items = [{cls}(station, temp) for station, temp in {rows}]", "extremes = {}", "for r in items:"]
    if ctx.chance(0.5):
        body += ["    if r.station not in extremes:", "        extremes[r.station] = (r.temp, r.temp)", "        continue",
                 "    low, high = extremes[r.station]", "    extremes[r.station] = (min(low, r.temp), max(high, r.temp))"]
    else:
        body += ["    low, high = extremes.get(r.station, (r.temp, r.temp))",
                 "    extremes[r.station] = (min(low, r.temp), max(high, r.temp))"]
    if ctx.chance(0.5):
        body.append("return dict(sorted(extremes.items()))")
        returns, summary = "dict[str, tuple[float, float]]", "Lowest and highest temperature seen at each station."
    else:
        body += ["spreads = {name: round(high - low, 1) for name, (low, high) in extremes.items()}",
                 "return max(spreads, key=spreads.get)"]
        returns, summary = "str", "The station whose temperatures varied the most."
    name = ctx.pick(["station_extremes", "temperature_ranges", "widest_swing"])
    return Func(name, [Param(rows, "list[tuple[str, float]]", _station_rows)], returns, body, summary,
                imports={"from dataclasses import dataclass"}, helpers=[block])


def _pantry(rng: random.Random) -> dict:
    return {k: rng.choice([0, 1, 2, 3, 4, 6]) for k in rng.sample(["egg", "flour", "milk", "sugar", "butter", "salt"], rng.randint(2, 5))}


def _recipe(rng: random.Random) -> dict:
    return {k: rng.randint(1, 4) for k in rng.sample(["egg", "flour", "milk", "sugar", "butter"], rng.randint(2, 4))}


def missing_ingredients(ctx: Ctx) -> Func:
    """What a recipe still needs: Counter subtraction, or a loop with dict.get."""
    recipe, pantry = ctx.pick(["recipe", "needed", "wanted"]), ctx.pick(["pantry", "on_hand", "have"])
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("from collections import Counter")
        body = [*ctx.comment("Counter subtraction drops anything that falls to zero or below"),
                f"short = Counter({recipe}) - Counter({pantry})", "return dict(sorted(short.items()))"]
    else:
        body = ["short = {}", f"for item, amount in {recipe}.items():", f"    missing = amount - {pantry}.get(item, 0)",
                "    if missing > 0:", "        short[item] = missing", "return dict(sorted(short.items()))"]
    if ctx.chance(0.3):
        body[-1] = "return sorted(short)"
        returns, summary = "list[str]", "Ingredients we do not have enough of."
    else:
        returns, summary = "dict[str, int]", "How much of each ingredient we still have to buy."
    name = ctx.pick(["missing_ingredients", "shopping_needs", "still_to_buy"])
    return Func(name, [Param(recipe, "dict[str, int]", _recipe), Param(pantry, "dict[str, int]", _pantry)], returns, body,
                summary, imports=imports)


def basket_cost(ctx: Ctx) -> Func:
    """Prices looked up in a constant dict with .get; unknown items are collected on the side."""
    basket = ctx.pick(["basket", "items", "scanned"])
    table = ctx.pick(["PRICES", "PRICE_LIST"])
    constants = {table: "{'apple': 0.5, 'bread': 2.25, 'milk': 1.2, 'cheese': 4.0, 'coffee': 6.5, 'tea': 3.0}"}

    def role(g: random.Random) -> list:
        return [g.choice(["apple", "bread", "milk", "cheese", "coffee", "tea", "apple", "soap"]) for _ in range(g.randint(2, 7))]
    if ctx.chance(0.5):
        body = ["total = 0.0", "unknown = []", f"for item in {basket}:", f"    price = {table}.get(item)",
                "    if price is None:", "        unknown.append(item)", "        continue", "    total += price",
                "return round(total, 2), unknown"]
        returns, summary = "tuple[float, list[str]]", "Cost of the basket, and the items with no price."
    else:
        body = [f"total = sum({table}.get(item, 0.0) for item in {basket})",
                f"known = sum(1 for item in {basket} if item in {table})",
                "return round(total, 2), known"]
        returns, summary = "tuple[float, int]", "Cost of the priced items in the basket, and how many there were."
    name = ctx.pick(["basket_cost", "ring_up", "price_basket"])
    return Func(name, [Param(basket, "list[str]", role)], returns, body, summary, constants=constants)


def seat_labels(ctx: Ctx) -> Func:
    """Seat numbers to labels like 'B3' with divmod and string.ascii_uppercase."""
    seats, per_row = ctx.pick(["seats", "tickets", "numbers"]), ctx.pick(["per_row", "row_size", "width"])
    imports = {"import string"}
    if ctx.chance(0.5):
        body = ["labels = []", f"for seat in {seats}:", f"    row, col = divmod(seat, {per_row})",
                "    labels.append(f'{string.ascii_uppercase[row]}{col + 1}')", "return labels"]
    else:
        body = [f"return [string.ascii_uppercase[s // {per_row}] + str(s % {per_row} + 1) for s in sorted({seats})]"]

    def role(g: random.Random) -> list:
        return g.sample(range(0, 40), g.randint(2, 6))
    name = ctx.pick(["seat_labels", "label_seats", "seat_names"])
    return Func(name, [Param(seats, "list[int]", role), Param(per_row, "int", lambda g: g.choice([4, 6, 8]), default="6")],
                "list[str]", body, "Label 0-based seat numbers by row letter and seat number.", imports=imports)


def columns_of(ctx: Ctx) -> Func:
    """A list of dicts turned into a dict of columns, sometimes with a summary per column."""
    rows = ctx.pick(["rows", "records", "table"])
    if ctx.chance(0.5):
        body = [f"if not {rows}:", "    return {}", f"return {{key: [r[key] for r in {rows}] for key in {rows}[0]}}"]
        returns, summary = "dict[str, list]", "The rows as columns: one list of values per key."
    else:
        body = ["columns = {}", f"for r in {rows}:", "    for key, value in r.items():",
                "        columns.setdefault(key, []).append(value)"]
        if ctx.chance(0.5):
            body += ["return {key: max(values) for key, values in columns.items() if key != 'name'}"]
            returns, summary = "dict[str, int]", "The largest value in each numeric column."
        else:
            body += ["return columns"]
            returns, summary = "dict[str, list]", "The rows as columns: one list of values per key."

    def role(g: random.Random) -> list:
        return [{"name": n.capitalize(), "wins": g.randint(0, 9), "losses": g.randint(0, 9)}
                for n in g.sample(FIRST, g.randint(1, 4))]
    name = ctx.pick(["columns_of", "to_columns", "by_column"])
    return Func(name, [Param(rows, "list[dict]", role)], returns, body, summary)


def cheapest_per_city(ctx: Ctx) -> Func:
    """groupby over dicts sorted with operator.itemgetter: the cheapest offer in each city."""
    offers = ctx.pick(["offers", "hotels", "listings"])
    imports = {"from itertools import groupby", "from operator import itemgetter"}
    body = [f"ordered = sorted({offers}, key=itemgetter('city', 'price'))", "best = {}",
            "for city, group in groupby(ordered, key=itemgetter('city')):"]
    if ctx.chance(0.5):
        body += ["    first = next(group)", *ctx.comment("sorted by price within a city, so the first is cheapest", 1),
                 "    best[city] = first['price']"]
    else:
        body += ["    prices = [o['price'] for o in group]", "    best[city] = (min(prices), len(prices))"]
    body.append("return best")
    returns = "dict[str, int]" if "next(group)" in "".join(body) else "dict[str, tuple[int, int]]"
    name = ctx.pick(["cheapest_per_city", "best_price_by_city", "city_prices"])
    return Func(name, [Param(offers, "list[dict]", _listings)], returns, body,
                "The lowest price in each city" + ("." if returns == "dict[str, int]" else ", with the number of offers."),
                imports=imports)


MAKERS: list = [tag_leaderboard, restock_after_events, resolve_options, names_by_band, flatten_deep, trend_label,
                run_length, words_by_length, running_goal, everyone_attending, first_matches, round_robin,
                pairs_with_sum, variant_codes, gcd_of_all, lookup_path, sort_roster, best_rated, find_listings,
                library_books, parcel_manifest, booking_clash, ticket_status, matrix_summary, compare_ids, rows_to_dicts,
                common_bigrams, over_budget, align_columns, rotate_grid, merge_intervals, index_by_id, box_volumes,
                nearest_store, station_extremes, missing_ingredients, basket_cost, seat_labels, columns_of,
                cheapest_per_city]
