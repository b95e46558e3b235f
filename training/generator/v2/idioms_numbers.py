"""v2 idioms: numbers (see idiom.py for what a maker returns).

Numeric code people write: statistics by hand and with `statistics`, money rounded with
`round(x, 2)`, discounts with thresholds in module constants, unit conversions, `divmod` for
durations, `math` (sqrt, hypot, gcd, isclose, floor/ceil), primes, digits, bases, rule tables,
interest over the years, binary search, clamping, histograms, running extremes, Collatz steps,
and ranges of consecutive numbers.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param

# ---------------------------------------------------------------------------------------------
# Inputs people.py has no role for


def _distances(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 6)):
        unit = rng.choice(["km", "m", "mi", "ft", "km"])
        amount = {"km": rng.choice([1, 2.5, 5, 10, 12, 42.2]), "m": rng.choice([200, 400, 800, 1500]),
                  "mi": rng.choice([1, 3, 3.1, 6.2, 13.1]), "ft": rng.choice([300, 1000, 5280])}[unit]
        out.append(f"{amount}{rng.choice([' ', '', ' '])}{unit.upper() if rng.random() < 0.15 else unit}")
    return out


def _fractions(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 5)):
        d = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
        n = rng.randint(1, 2 * d)
        out.append(f"{n}/{d}" if rng.random() < 0.8 else f" {n} / {d}")
    return out


def _card_number(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(rng.choice([11, 13, 14]))]
    digits.insert(0, rng.choice([4, 5, 3]))
    # a valid check digit about half the time
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    digits.append(check if rng.random() < 0.55 else (check + rng.randint(1, 9)) % 10)
    text = "".join(map(str, digits))
    if rng.random() < 0.4:
        sep = rng.choice([" ", "-"])
        text = sep.join(text[i:i + 4] for i in range(0, len(text), 4))
    return text


def _sorted_nums(rng: random.Random) -> list[int]:
    return sorted(rng.sample(range(0, 60), rng.randint(3, 14)))


def _target(rng: random.Random) -> int:
    return rng.randint(0, 60)


def _page_numbers(rng: random.Random) -> list[int]:
    """Numbers with runs: [1, 2, 3, 5, 7, 8, 9], sometimes unsorted or with repeats."""
    out, n = [], rng.randint(0, 5)
    for _ in range(rng.randint(2, 5)):
        run = rng.randint(1, 4)
        out += list(range(n, n + run))
        n += run + rng.randint(1, 3)
    if rng.random() < 0.3:
        rng.shuffle(out)
    if rng.random() < 0.2:
        out.append(rng.choice(out))
    return out


def _byte_values(rng: random.Random) -> list[int]:
    return [rng.choice([rng.randint(0, 15), rng.randint(16, 255)]) for _ in range(rng.randint(2, 5))]


def _small_int(rng: random.Random) -> int:
    return rng.choice([rng.randint(0, 20), rng.randint(21, 99), rng.randint(100, 999), 0, 7, 15, 40, 101, 999])


def _collatz_start(rng: random.Random) -> int:
    return rng.choice([rng.randint(1, 30), rng.randint(30, 200), 27, 7, 1, 16, 64])


def _sieve_limit(rng: random.Random) -> int:
    return rng.randint(2, 40)


def _years(rng: random.Random) -> int:
    return rng.randint(1, 10)


def _principal(rng: random.Random) -> float:
    return float(rng.choice([100, 250, 500, 1000, 1200, 2500, 5000, 10000]))


def _base(rng: random.Random) -> int:
    return rng.choice([2, 2, 8, 16, 3, 5])


def _ints(rng: random.Random) -> list[int]:
    return [rng.choice([rng.randint(0, 99), rng.randint(100, 99999), rng.randint(10, 999)])
            for _ in range(rng.randint(2, 7))]


# ---------------------------------------------------------------------------------------------
# Makers


def central_tendency(ctx: Ctx) -> Func:
    """Mean, median and mode: with `statistics`, or by hand with a median helper and a Counter."""
    values = ctx.pick(["scores", "values", "data"])
    if ctx.chance(0.4):
        body = [f"return {{", f"    'mean': round(statistics.mean({values}), 2),",
                f"    'median': statistics.median({values}),", f"    'mode': statistics.mode({values}),", "}"]
        return Func(ctx.pick(["describe", "summary_stats", "center"]), [Param(values, "list[int]", "scores")],
                    "dict[str, float]", body, "Mean, median and mode of the values.", imports={"import statistics"})
    med = ctx.pick(["median", "middle_value"])
    ordered = ctx.pick(["ordered", "ranked", "s"])
    mid = ctx.pick(["mid", "half", "middle"])
    med_body = [f"{ordered} = sorted(values)", f"{mid} = len({ordered}) // 2"]
    if ctx.chance(0.5):
        med_body += [f"if len({ordered}) % 2 == 1:", f"    return {ordered}[{mid}]",
                     *ctx.comment("even length: average the two middle values"),
                     f"return ({ordered}[{mid} - 1] + {ordered}[{mid}]) / 2"]
    else:
        med_body += [f"return {ordered}[{mid}] if len({ordered}) % 2 else ({ordered}[{mid} - 1] + {ordered}[{mid}]) / 2"]
    helper = Func(med, [Param("values", "list[int]", "scores")], "float", med_body, "The middle value of the list.",
                  details=("For an even number of values, the mean of the two in the middle.",))
    imports: set[str] = set()
    body = [f"mean = sum({values}) / len({values})"]
    if ctx.chance(0.5):
        imports.add("from collections import Counter")
        body.append(f"mode = Counter({values}).most_common(1)[0][0]")
    else:
        body += ["counts = {}", f"for v in {values}:", "    counts[v] = counts.get(v, 0) + 1",
                 "mode = max(counts, key=counts.get)"]
    if ctx.chance(0.5):
        body.append(f"return {{'mean': round(mean, 2), 'median': {med}({values}), 'mode': mode}}")
        returns = "dict[str, float]"
    else:
        body.append(f"return round(mean, 2), {med}({values}), mode")
        returns = "tuple[float, float, int]"
    return Func(ctx.pick(["describe", "summary_stats", "center"]), [Param(values, "list[int]", "scores")], returns, body,
                "Mean, median and mode of the values.", imports=imports, helpers=[helper])


def spread(ctx: Ctx) -> Func:
    """Variance and standard deviation by hand (population or sample), or z-scores."""
    xs = ctx.pick(["values", "samples", "readings"])
    mean = ctx.pick(["mean", "avg", "mu"])
    params = [Param(xs, "list[float]", ctx.pick(["scores", "temps", "readings"]))]
    r = ctx.rng.random()
    if r < 0.3:
        body = [f"return round(statistics.pstdev({xs}), 2), round(statistics.stdev({xs}), 2)"]
        return Func(ctx.pick(["std_devs", "deviations"]), params, "tuple[float, float]", body,
                    "Population and sample standard deviation.", imports={"import statistics"})
    body = [f"{mean} = sum({xs}) / len({xs})"]
    if r < 0.7:
        params.append(Param("sample", "bool", "flag", default="False"))
        body += [f"squares = sum((x - {mean}) ** 2 for x in {xs})",
                 f"n = len({xs}) - 1 if sample else len({xs})",
                 *ctx.comment("Bessel's correction for a sample"),
                 "variance = squares / n", "return round(variance, 2), round(math.sqrt(variance), 2)"]
        return Func(ctx.pick(["variance_and_std", "spread"]), params, "tuple[float, float]", body,
                    "Variance and standard deviation of the values.",
                    details=("Args:", "    sample: divide by n - 1 instead of n."), imports={"import math"})
    body += [f"std = math.sqrt(sum((x - {mean}) ** 2 for x in {xs}) / len({xs}))", "if std == 0:",
             f"    return [0.0] * len({xs})", f"return [round((x - {mean}) / std, 2) for x in {xs}]"]
    return Func(ctx.pick(["z_scores", "standardize"]), params, "list[float]", body,
                "How many standard deviations each value lies from the mean.", imports={"import math"})


def percentiles(ctx: Ctx) -> Func:
    """Percentiles from sorted + index math: nearest rank (math.ceil) or linear interpolation."""
    helper_name = ctx.pick(["percentile", "pct_value"])
    ordered = ctx.pick(["ordered", "ranked"])
    if ctx.chance(0.5):
        hbody = [f"{ordered} = sorted(values)", f"rank = math.ceil(pct / 100 * len({ordered}))",
                 *ctx.comment("nearest-rank method: rank 0 means the smallest value"),
                 f"return {ordered}[max(rank - 1, 0)]"]
        ret = "int"
    else:
        hbody = [f"{ordered} = sorted(values)", f"pos = (len({ordered}) - 1) * pct / 100", "lo = math.floor(pos)",
                 f"hi = min(lo + 1, len({ordered}) - 1)", f"return round({ordered}[lo] + ({ordered}[hi] - {ordered}[lo]) * (pos - lo), 2)"]
        ret = "float"
    helper = Func(helper_name, [Param("values", "list[int]", "readings"), Param("pct", "float", "threshold")], ret, hbody,
                  "The pct-th percentile of values.", imports={"import math"})
    data = ctx.pick(["readings", "timings", "values"])
    if ctx.chance(0.5):
        body = [f"return {{p: {helper_name}({data}, p) for p in PERCENTILES}}"]
        consts = {"PERCENTILES": ctx.pick(["(25, 50, 75)", "(50, 90, 99)", "[10, 50, 90]"])}
        returns, name = f"dict[int, {ret}]", ctx.pick(["percentile_table", "quantiles"])
        params = [Param(data, "list[int]", "readings")]
    else:
        consts = {}
        params = [Param(data, "list[int]", "readings"), Param("pct", "float", "threshold", default="90")]
        cut = ctx.pick(["cutoff", "limit", "line"])
        body = [f"{cut} = {helper_name}({data}, pct)", f"outliers = [v for v in {data} if v > {cut}]",
                f"return {cut}, outliers"]
        returns, name = f"tuple[{ret}, list[int]]", ctx.pick(["above_percentile", "flag_slow"])
    return Func(name, params, returns, body, "Summarize the readings by percentile.", constants=consts, helpers=[helper])


def order_total(ctx: Ctx) -> Func:
    """Subtotal, tiered discount (thresholds in a constant, loop with break), tax, money rounded."""
    prices = ctx.pick(["prices", "amounts", "items"])
    consts = {"TAX_RATE": ctx.pick(["0.08", "0.2", "0.07", "0.0825"])}
    subtotal = ctx.pick(["subtotal", "gross"])
    body = [f"{subtotal} = sum({prices})"]
    if ctx.chance(0.5):
        consts["DISCOUNTS"] = ctx.pick(["[(200, 0.15), (100, 0.1), (50, 0.05)]", "[(150, 0.2), (75, 0.1)]"])
        body += ["rate = 0.0", "for threshold, pct in DISCOUNTS:", f"    if {subtotal} >= threshold:",
                 "        rate = pct", "        break"]
    else:
        consts["DISCOUNT_THRESHOLD"] = ctx.pick(["100", "50", "75"])
        consts["DISCOUNT_RATE"] = ctx.pick(["0.1", "0.15"])
        body += [f"rate = DISCOUNT_RATE if {subtotal} >= DISCOUNT_THRESHOLD else 0.0"]
    body += [f"discount = round({subtotal} * rate, 2)", f"taxed = ({subtotal} - discount) * (1 + TAX_RATE)"]
    if ctx.chance(0.5):
        body.append(f"return {{'subtotal': round({subtotal}, 2), 'discount': discount, 'total': round(taxed, 2)}}")
        returns = "dict[str, float]"
    else:
        body.append("return round(taxed, 2)")
        returns = "float"
    return Func(ctx.pick(["order_total", "invoice_total", "checkout_total"]), [Param(prices, "list[float]", "prices")],
                returns, body, "What the customer pays after the discount and tax.", constants=consts)


def convert_distances(ctx: Ctx) -> Func:
    """`"3.1 mi"` -> kilometres via a unit table constant; total, or each in a chosen unit."""
    consts = {"TO_METERS": "{'km': 1000.0, 'm': 1.0, 'mi': 1609.344, 'ft': 0.3048}"}
    parse = ctx.pick(["to_meters", "parse_distance"])
    if ctx.chance(0.5):
        pbody = ["text = text.strip().lower()",
                 "digits = text.rstrip('abcdefghijklmnopqrstuvwxyz ')", "unit = text[len(digits):].strip()",
                 "return float(digits) * TO_METERS[unit]"]
    else:
        pbody = ["match = re.fullmatch(r'\\s*([\\d.]+)\\s*([a-zA-Z]+)\\s*', text)",
                 "amount, unit = match.groups()", "return float(amount) * TO_METERS[unit.lower()]"]
    helper = Func(parse, [Param("text", "str", lambda r: _distances(r)[0])], "float", pbody,
                  "Metres in a distance such as '5 km' or '3.1mi'.", constants=consts,
                  imports={"import re"} if pbody[0].startswith("match") else set())
    items = ctx.pick(["distances", "legs", "runs"])
    if ctx.chance(0.5):
        body = [f"meters = sum({parse}(d) for d in {items})", "return round(meters / 1000, 2)"]
        params = [Param(items, "list[str]", _distances)]
        returns, name = "float", ctx.pick(["total_km", "distance_sum"])
    else:
        params = [Param(items, "list[str]", _distances),
                  Param("unit", "str", lambda r: r.choice(["km", "mi", "m"]), default="'km'")]
        body = ["factor = TO_METERS[unit]", f"return [round({parse}(d) / factor, 2) for d in {items}]"]
        returns, name = "list[float]", ctx.pick(["convert_all", "in_unit"])
    return Func(name, params, returns, body, "Convert the distances.", constants=consts, helpers=[helper])


def temperature_labels(ctx: Ctx) -> Func:
    """Celsius -> Fahrenheit with labels from thresholds in constants; counts or pairs."""
    consts = {"FREEZING": "0", "HOT": ctx.pick(["28", "30", "25"])}
    temps = ctx.pick(["temps", "celsius", "readings"])
    conv = ctx.pick(["to_fahrenheit", "c_to_f"])
    helper = Func(conv, [Param("c", "float", lambda r: round(r.uniform(-5, 35), 1))], "float",
                  ["return round(c * 9 / 5 + 32, 1)"], "Degrees Celsius in Fahrenheit.")
    label_body = ["if t <= FREEZING:", "    label = 'freezing'", "elif t >= HOT:", "    label = 'hot'", "else:",
                  "    label = 'mild'"]
    if ctx.chance(0.5):
        body = ["counts = {'freezing': 0, 'mild': 0, 'hot': 0}", f"for t in {temps}:",
                *["    " + line for line in label_body], "    counts[label] += 1",
                f"warmest = {conv}(max({temps}))", "return counts, warmest"]
        returns, name = "tuple[dict[str, int], float]", ctx.pick(["classify_days", "weather_counts"])
    else:
        body = ["out = []", f"for t in {temps}:", *["    " + line for line in label_body],
                f"    out.append(({conv}(t), label))", "return out"]
        returns, name = "list[tuple[float, str]]", ctx.pick(["label_temps", "describe_temps"])
    return Func(name, [Param(temps, "list[float]", "temps")], returns, body, "Label each reading as freezing, mild or hot.",
                constants=consts, helpers=[helper])


def format_duration(ctx: Ctx) -> Func:
    """Seconds -> `"1h 02m 05s"` with divmod; days sometimes, zero parts skipped sometimes."""
    secs = ctx.pick(["seconds", "total", "elapsed"])
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"minutes, secs = divmod({secs}, 60)", "hours, minutes = divmod(minutes, 60)",
                'return f"{hours}h {minutes:02d}m {secs:02d}s"']
    elif r < 0.75:
        body = [f"days, rest = divmod({secs}, 86400)", "hours, rest = divmod(rest, 3600)", "minutes, secs = divmod(rest, 60)",
                "parts = []", "for value, unit in ((days, 'd'), (hours, 'h'), (minutes, 'm'), (secs, 's')):",
                "    if value:", "        parts.append(f'{value}{unit}')", "return ' '.join(parts) or '0s'"]
    else:
        body = ["parts = []", f"remaining = {secs}", "for unit, size in UNITS:", "    count, remaining = divmod(remaining, size)",
                "    if count == 0 and not parts:", "        continue", "    parts.append(f'{count} {unit}' + ('s' if count != 1 else ''))",
                "return ', '.join(parts) if parts else 'just now'"]
        return Func(ctx.pick(["humanize", "describe_duration"]), [Param(secs, "int", "seconds")], "str", body,
                    "Write a number of seconds as days, hours, minutes and seconds.",
                    constants={"UNITS": "[('day', 86400), ('hour', 3600), ('minute', 60), ('second', 1)]"})
    return Func(ctx.pick(["format_duration", "hms", "pretty_seconds"]), [Param(secs, "int", "seconds")], "str", body,
                "Format a number of seconds for a report.")


def geometry(ctx: Ctx) -> Func:
    """Distances with math.hypot or sqrt: closest to a point, closest pair, or polygon perimeter."""
    pts = ctx.pick(["points", "coords", "locations"])
    dist = ctx.pick(["distance", "dist"])
    if ctx.chance(0.5):
        dbody = ["return math.hypot(b[0] - a[0], b[1] - a[1])"]
    else:
        dbody = ["dx, dy = b[0] - a[0], b[1] - a[1]", "return math.sqrt(dx * dx + dy * dy)"]
    helper = Func(dist, [Param("a", "tuple[int, int]", lambda r: (r.randint(-9, 9), r.randint(-9, 9))),
                         Param("b", "tuple[int, int]", lambda r: (r.randint(-9, 9), r.randint(-9, 9)))],
                  "float", dbody, "Straight-line distance between two points.", imports={"import math"})
    r = ctx.rng.random()
    imports = {"import math"}
    if r < 0.35:
        body = [f"return min({pts}, key=lambda p: {dist}(p, ORIGIN))"]
        name, returns = ctx.pick(["nearest_to_origin", "closest_point"]), "tuple[int, int]"
        consts = {"ORIGIN": "(0, 0)"}
    elif r < 0.7:
        imports.add("from itertools import combinations")
        body = ["best = None", f"for a, b in combinations({pts}, 2):", f"    d = {dist}(a, b)",
                "    if best is None or d < best[0]:", "        best = (round(d, 2), a, b)", "return best"]
        name, returns, consts = ctx.pick(["closest_pair", "nearest_pair"]), "tuple | None", {}
    else:
        body = [f"total = sum({dist}(a, b) for a, b in zip({pts}, {pts}[1:] + {pts}[:1]))",
                "return round(total, 2), math.isclose(total, round(total))"]
        name, returns, consts = ctx.pick(["perimeter", "loop_length"]), "tuple[float, bool]", {}
    return Func(name, [Param(pts, "list[tuple[int, int]]", "points")], returns, body, "Geometry over a list of points.",
                imports=imports, constants=consts, helpers=[helper])


def fractions_gcd(ctx: Ctx) -> Func:
    """`"6/8"` -> `"3/4"` with math.gcd; or the sum of fractions over a common denominator (math.lcm)."""
    items = ctx.pick(["fractions", "ratios", "parts"])
    parse = ctx.pick(["parse_fraction", "split_fraction"])
    helper = Func(parse, [Param("text", "str", lambda r: _fractions(r)[0])], "tuple[int, int]",
                  ["num, _, den = text.partition('/')", "return int(num), int(den)"],
                  "'3/4' -> (3, 4); spaces around the numbers are fine.")
    if ctx.chance(0.5):
        body = ["out = []", f"for text in {items}:", f"    num, den = {parse}(text)", "    g = math.gcd(num, den)",
                "    num, den = num // g, den // g", "    out.append(str(num) if den == 1 else f'{num}/{den}')", "return out"]
        name, returns = ctx.pick(["simplify_all", "reduce_fractions"]), "list[str]"
    else:
        body = [f"pairs = [{parse}(t) for t in {items}]", "common = math.lcm(*(den for _, den in pairs))",
                "total = sum(num * (common // den) for num, den in pairs)", "g = math.gcd(total, common)",
                "return total // g, common // g"]
        name, returns = ctx.pick(["add_fractions", "fraction_sum"]), "tuple[int, int]"
    return Func(name, [Param(items, "list[str]", _fractions)], returns, body, "Work with fractions written as text.",
                imports={"import math"}, helpers=[helper])


def primes(ctx: Ctx) -> Func:
    """Primes up to n: a sieve, or trial division with an `is_prime` helper (math.isqrt, early return)."""
    n = ctx.pick(["n", "limit", "upper"])
    if ctx.chance(0.5):
        body = [f"if {n} < 2:", "    return []", f"is_prime = [True] * ({n} + 1)", "is_prime[0] = is_prime[1] = False",
                f"for i in range(2, int({n} ** 0.5) + 1):", "    if not is_prime[i]:", "        continue",
                f"    for j in range(i * i, {n} + 1, i):", "        is_prime[j] = False",
                "return [i for i, flag in enumerate(is_prime) if flag]"]
        return Func(ctx.pick(["primes_up_to", "sieve"]), [Param(n, "int", _sieve_limit)], "list[int]", body,
                    "All primes <= n (sieve of Eratosthenes).")
    check = ctx.pick(["is_prime", "prime"])
    hbody = ["if k < 2:", "    return False", "for d in range(2, math.isqrt(k) + 1):", "    if k % d == 0:",
             "        return False", "return True"]
    helper = Func(check, [Param("k", "int", _sieve_limit)], "bool", hbody, "Whether k is prime.", imports={"import math"})
    if ctx.chance(0.5):
        body = [f"return [k for k in range(2, {n} + 1) if {check}(k)]"]
        params, name, returns = [Param(n, "int", _sieve_limit)], ctx.pick(["primes_up_to", "list_primes"]), "list[int]"
    else:
        nums = ctx.pick(["numbers", "values"])
        body = [f"found = [k for k in {nums} if {check}(k)]", f"return found, len({nums}) - len(found)"]
        params = [Param(nums, "list[int]", "small_nums")]
        name, returns = ctx.pick(["split_primes", "count_primes"]), "tuple[list[int], int]"
    return Func(name, params, returns, body, "Find the primes.", helpers=[helper])


def digits(ctx: Ctx) -> Func:
    """Digit sums via str or a divmod while loop; digital root; per number of a list."""
    helper_name = ctx.pick(["digit_sum", "sum_digits"])
    if ctx.chance(0.5):
        hbody = ["return sum(int(d) for d in str(abs(n)))"]
    else:
        hbody = ["n = abs(n)", "total = 0", "while n:", "    n, d = divmod(n, 10)", "    total += d", "return total"]
    helper = Func(helper_name, [Param("n", "int", "big_n")], "int", hbody, "Sum of the decimal digits of n.")
    nums = ctx.pick(["numbers", "values", "ids"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"return {{n: {helper_name}(n) for n in {nums}}}"]
        name, returns = ctx.pick(["digit_sums", "sums_by_number"]), "dict[int, int]"
        params = [Param(nums, "list[int]", _ints)]
    elif r < 0.7:
        body = ["steps = 0", "while n >= 10:", f"    n = {helper_name}(n)", "    steps += 1", "return n, steps"]
        name, returns = ctx.pick(["digital_root", "persistence"]), "tuple[int, int]"
        params = [Param("n", "int", lambda r: r.choice([r.randint(0, 9), r.randint(10, 999), r.randint(1000, 999999)]))]
    else:
        body = [f"return sorted({nums}, key=lambda n: ({helper_name}(n), n))"]
        name, returns = ctx.pick(["sort_by_digit_sum", "order_by_digits"]), "list[int]"
        params = [Param(nums, "list[int]", _ints)]
    return Func(name, params, returns, body, "Digit sums of numbers.", helpers=[helper])


def luhn(ctx: Ctx) -> Func:
    """The Luhn checksum over a card number with spaces or dashes: loop over reversed digits."""
    number = ctx.pick(["number", "card", "card_number"])
    clean = ctx.pick(["digits", "cleaned"])
    if ctx.chance(0.5):
        body = [f"{clean} = {number}.replace(' ', '').replace('-', '')"]
    else:
        body = [f"{clean} = ''.join(ch for ch in {number} if ch.isdigit())"]
    body += [f"if not {clean}.isdigit() or len({clean}) < 12:", "    return False"]
    single = ctx.chance(0.5)
    if single and ctx.chance(0.7):
        body += ["total = 0", f"for i, ch in enumerate(reversed({clean})):", "    d = int(ch)", "    if i % 2 == 1:",
                 "        d *= 2", "        if d > 9:", "            d -= 9", "    total += d"]
    else:
        body += [f"values = [int(ch) for ch in reversed({clean})]",
                 *ctx.comment("every second digit from the right is doubled; 2 * d > 9 counts as its digit sum"),
                 "total = sum(values[0::2]) + sum(sum(divmod(2 * d, 10)) for d in values[1::2])"]
    body.append("return total % 10 == 0")
    check = Func(ctx.pick(["luhn_valid", "passes_luhn"]), [Param(number, "str", _card_number)], "bool", body,
                 "Whether the card number passes the Luhn check.")
    if single:
        return check
    cards = ctx.pick(["cards", "numbers"])
    body = [f"valid = [c for c in {cards} if {check.name}(c)]", "return [''.join(ch for ch in c if ch.isdigit())[-4:] for c in valid]"]
    return Func(ctx.pick(["valid_cards", "accepted_endings"]), [Param(cards, "list[str]", lambda r: [_card_number(r) for _ in range(r.randint(2, 5))])],
                "list[str]", body, "The last four digits of the numbers that pass the check.", helpers=[check])


def number_words(ctx: Ctx) -> Func:
    """0..999 in English words with ONES/TENS tables in constants and a helper for under 100."""
    consts = {"ONES": "['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', "
                      "'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']",
              "TENS": "['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']"}
    small = ctx.pick(["under_hundred", "two_digits"])
    sep = ctx.pick(["-", " "])
    hbody = ["if n < 20:", "    return ONES[n]", "tens, ones = divmod(n, 10)",
             f"return TENS[tens] if ones == 0 else f'{{TENS[tens]}}{sep}{{ONES[ones]}}'"]
    helper = Func(small, [Param("n", "int", lambda r: r.randint(0, 99))], "str", hbody, "Words for 0 <= n < 100.",
                  constants=consts)
    body = ["if n < 100:", f"    return {small}(n)", "hundreds, rest = divmod(n, 100)", "words = f'{ONES[hundreds]} hundred'"]
    if ctx.chance(0.5):
        body += ["if rest:", f"    words += ' and ' + {small}(rest)", "return words"]
    else:
        body += [f"return words if rest == 0 else f'{{words}} {{{small}(rest)}}'"]
    main = Func(ctx.pick(["number_to_words", "spell_number"]), [Param("n", "int", _small_int)], "str", body,
                "Spell out a number from 0 to 999.", constants=consts, helpers=[helper])
    if ctx.chance(0.6):
        return main
    amount = ctx.pick(["amount", "total"])
    body = [f"dollars = int({amount})", f"cents = round(({amount} - dollars) * 100)",
            f"return f'{{{main.name}(dollars)}} dollars and {{cents:02d}}/100'"]
    return Func(ctx.pick(["cheque_text", "amount_in_words"]),
                [Param(amount, "float", lambda r: round(r.uniform(0, 999), r.choice([0, 2])))], "str", body,
                "The amount as written on a cheque.", helpers=[main])


def base_convert(ctx: Ctx) -> Func:
    """n in base 2..16 with a divmod while loop and a DIGITS constant; sometimes checked with int(s, base)."""
    if ctx.chance(0.5):
        consts, imports = {"DIGITS": "'0123456789ABCDEF'"}, set()
    else:
        consts, imports = {"DIGITS": "string.digits + string.ascii_uppercase"}, {"import string"}
    digits_src = "DIGITS"
    body = ["if n == 0:", "    return '0'", "out = []", "while n > 0:", "    n, rem = divmod(n, base)",
            f"    out.append({digits_src}[rem])", "return ''.join(reversed(out))"]
    to_base = Func(ctx.pick(["to_base", "in_base"]), [Param("n", "int", "big_n"), Param("base", "int", _base, default="2")],
                   "str", body, "Write n (>= 0) in the given base.", constants=consts, imports=imports)
    r = ctx.rng.random()
    if r < 0.4:
        return to_base
    nums = ctx.pick(["numbers", "values"])
    if r < 0.7:
        body = ["table = []", f"for n in {nums}:", f"    text = {to_base.name}(n, base)",
                "    assert int(text, base) == n", "    table.append((n, text))", "return table"]
        params = [Param(nums, "list[int]", _byte_values), Param("base", "int", _base, default="2")]
        returns, name = "list[tuple[int, str]]", ctx.pick(["base_table", "conversions"])
    else:
        body = [f"widths = [len({to_base.name}(n)) for n in {nums}]", "width = max(widths)",
                f"return [{to_base.name}(n).zfill(width) for n in {nums}]"]
        params = [Param(nums, "list[int]", _byte_values)]
        returns, name = "list[str]", ctx.pick(["padded_binary", "aligned_bits"])
    return Func(name, params, returns, body, "Convert each number.", helpers=[to_base])


def rule_table(ctx: Ctx) -> Func:
    """FizzBuzz-like: a RULES table of (divisor, word) in a constant; joined words or the number."""
    consts = {"RULES": ctx.pick(["[(3, 'Fizz'), (5, 'Buzz')]", "[(3, 'Fizz'), (5, 'Buzz'), (7, 'Bazz')]",
                                 "[(2, 'Even'), (3, 'Three')]"])}
    n = ctx.pick(["n", "count", "upto"])
    label = ctx.pick(["label", "say", "word_for"])
    if ctx.chance(0.5):
        hbody = ["words = ''.join(word for divisor, word in RULES if k % divisor == 0)", "return words or str(k)"]
    else:
        hbody = ["words = ''", "for divisor, word in RULES:", "    if k % divisor == 0:", "        words += word",
                 "return words if words else str(k)"]
    helper = Func(label, [Param("k", "int", "big_n")], "str", hbody, "The word for k, or k itself.", constants=consts)
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"return [{label}(k) for k in range(1, {n} + 1)]"]
        returns, name = "list[str]", ctx.pick(["fizzbuzz", "play"])
        params = [Param(n, "int", lambda r: r.randint(1, 15))]
    else:
        start = ctx.pick(["start", "first"])
        body = ["counts = {}", f"for k in range({start}, {start} + {n}):", f"    word = {label}(k)",
                "    if word.isdigit():", "        continue", "    counts[word] = counts.get(word, 0) + 1", "return counts"]
        returns, name = "dict[str, int]", ctx.pick(["count_words_said", "rule_hits"])
        params = [Param(start, "int", lambda r: r.randint(1, 50)), Param(n, "int", lambda r: r.randint(5, 15))]
    return Func(name, params, returns, body, "Apply the divisor rules.", helpers=[helper])


def compound_interest(ctx: Ctx) -> Func:
    """Balance year by year with a for loop, or the years to reach a target with a capped while loop."""
    principal = ctx.pick(["principal", "deposit", "start"])
    if ctx.chance(0.5):
        body = [f"balance = {principal}", "history = []", "for _ in range(years):",
                "    balance *= 1 + rate", "    history.append(round(balance, 2))"]
        if ctx.chance(0.5):
            body += ["return history"]
            returns = "list[float]"
        else:
            body += [f"return round(balance - {principal}, 2), history[-1] if history else {principal}"]
            returns = "tuple[float, float]"
        params = [Param(principal, "float", _principal), Param("rate", "float", "rate"), Param("years", "int", _years)]
        return Func(ctx.pick(["grow", "compound", "yearly_balances"]), params, returns, body,
                    "Balance after each year of compound interest.")
    consts = {"MAX_YEARS": ctx.pick(["50", "100"])}
    body = [f"balance = {principal}", "years = 0", f"while balance < {principal} * factor:",
            "    if years >= MAX_YEARS:", "        return None", "    balance = round(balance * (1 + rate), 2)",
            "    years += 1", "return years, balance"]
    params = [Param(principal, "float", _principal), Param("rate", "float", "rate"),
              Param("factor", "float", lambda r: r.choice([1.5, 2.0, 3.0]), default="2.0")]
    return Func(ctx.pick(["years_to_grow", "time_to_double"]), params, "tuple[int, float] | None", body,
                "How many years until the money has grown by factor.", constants=consts)


def binary_search(ctx: Ctx) -> Func:
    """Binary search with an early return inside the while loop, or bisect; on a sorted list."""
    items, target = ctx.pick(["items", "values", "sorted_nums"]), ctx.pick(["target", "wanted", "x"])
    if ctx.chance(0.6):
        body = [f"lo, hi = 0, len({items}) - 1", "while lo <= hi:", "    mid = (lo + hi) // 2",
                f"    if {items}[mid] == {target}:", "        return mid", f"    if {items}[mid] < {target}:",
                "        lo = mid + 1", "    else:", "        hi = mid - 1", "return -1"]
        imports = set()
    else:
        body = [f"i = bisect_left({items}, {target})", f"if i < len({items}) and {items}[i] == {target}:", "    return i",
                "return -1"]
        imports = {"from bisect import bisect_left"}
    search = Func(ctx.pick(["binary_search", "find_index"]),
                  [Param(items, "list[int]", _sorted_nums), Param(target, "int", _target)], "int", body,
                  "Index of target in the sorted list, or -1.", imports=imports)
    if ctx.chance(0.5):
        return search
    queries = ctx.pick(["queries", "lookups"])
    body = [f"ordered = sorted({items})", f"return {{q: {search.name}(ordered, q) for q in {queries}}}"]
    return Func(ctx.pick(["lookup_all", "positions"]),
                [Param(items, "list[int]", "small_nums"), Param(queries, "list[int]", lambda r: [r.randint(1, 30) for _ in range(r.randint(1, 4))])],
                "dict[int, int]", body, "Where each query sits in the sorted values (-1 if absent).", helpers=[search])


def clamp_normalize(ctx: Ctx) -> Func:
    """Clamp to [LOW, HIGH] constants, or min-max normalize to 0..1 with a zero-range guard."""
    values = ctx.pick(["values", "readings", "levels"])
    if ctx.chance(0.5):
        consts = {"LOW": ctx.pick(["0", "10"]), "HIGH": ctx.pick(["100", "200"])}
        if ctx.chance(0.5):
            body = [f"clamped = [max(LOW, min(HIGH, v)) for v in {values}]"]
        else:
            body = ["clamped = []", f"for v in {values}:", "    if v < LOW:", "        v = LOW", "    elif v > HIGH:",
                    "        v = HIGH", "    clamped.append(v)"]
        body.append(f"changed = sum(1 for a, b in zip({values}, clamped) if a != b)")
        body.append("return clamped, changed")
        return Func(ctx.pick(["clamp_all", "limit_values"]), [Param(values, "list[int]", ctx.pick(["readings", "nums"]))],
                    "tuple[list[int], int]", body, "Keep every value between LOW and HIGH.", constants=consts)
    body = [f"lo, hi = min({values}), max({values})", "span = hi - lo", "if span == 0:",
            f"    return [0.0 for _ in {values}]", f"return [round((v - lo) / span, 2) for v in {values}]"]
    return Func(ctx.pick(["normalize", "rescale"]), [Param(values, "list[int]", ctx.pick(["readings", "nums", "scores"]))],
                "list[float]", body, "Rescale the values to the range 0..1.")


def histogram(ctx: Ctx) -> Func:
    """Bucket values by BUCKET_SIZE into labelled ranges; counts, or text bars."""
    consts = {"BUCKET_SIZE": ctx.pick(["10", "20", "25", "50"])}
    values = ctx.pick(["values", "scores", "readings"])
    if ctx.chance(0.5):
        body = ["buckets = {}", f"for v in {values}:", "    start = v // BUCKET_SIZE * BUCKET_SIZE",
                "    buckets[start] = buckets.get(start, 0) + 1"]
    else:
        body = ["buckets = defaultdict(int)", f"for v in {values}:", "    buckets[v // BUCKET_SIZE * BUCKET_SIZE] += 1"]
    if ctx.chance(0.5):
        body.append("return {f'{s}-{s + BUCKET_SIZE - 1}': buckets[s] for s in sorted(buckets)}")
        returns = "dict[str, int]"
    else:
        body.append("return [f'{s:>3} {\"#\" * buckets[s]}' for s in sorted(buckets)]")
        returns = "list[str]"
    imports = {"from collections import defaultdict"} if "defaultdict" in body[0] else set()
    return Func(ctx.pick(["histogram", "bucket_counts", "group_by_range"]),
                [Param(values, "list[int]", ctx.pick(["scores", "readings"]))], returns, body,
                "Count the values in each range of BUCKET_SIZE.", constants=consts, imports=imports)


def running_extremes(ctx: Ctx) -> Func:
    """Running max by hand or itertools.accumulate; largest drop from a peak; moving average."""
    values = ctx.pick(["values", "prices", "readings"])
    r = ctx.rng.random()
    if r < 0.35:
        if ctx.chance(0.5):
            body = [f"return list(accumulate({values}, max)), list(accumulate({values}, min))"]
            imports = {"from itertools import accumulate"}
        else:
            body = ["highs, lows = [], []", f"for v in {values}:", "    highs.append(v if not highs else max(highs[-1], v))",
                    "    lows.append(v if not lows else min(lows[-1], v))", "return highs, lows"]
            imports = set()
        return Func(ctx.pick(["running_max_min", "running_extremes"]), [Param(values, "list[int]", "readings")],
                    "tuple[list[int], list[int]]", body, "The highest and lowest value seen so far, at each step.",
                    imports=imports)
    if r < 0.7:
        body = [f"peak = {values}[0]", "worst = 0.0", f"for v in {values}[1:]:", "    if v > peak:", "        peak = v",
                "        continue", "    worst = max(worst, peak - v)", "return round(worst, 2)"]
        return Func(ctx.pick(["max_drawdown", "largest_drop"]), [Param(values, "list[float]", "prices")], "float", body,
                    "The largest fall from an earlier peak.")
    body = ["out = []", f"for i in range(len({values}) - window + 1):", f"    chunk = {values}[i:i + window]",
            "    out.append(round(sum(chunk) / window, 1))", "return out"]
    return Func(ctx.pick(["moving_average", "rolling_mean"]),
                [Param(values, "list[float]", "temps"), Param("window", "int", lambda r: r.randint(2, 4), default="3")],
                "list[float]", body, "Average of each run of `window` consecutive values.")


def collatz(ctx: Ctx) -> Func:
    """Collatz steps with a while loop and a MAX_STEPS cap; sometimes the peak or the path."""
    consts = {"MAX_STEPS": ctx.pick(["30", "40", "50"])}
    n = ctx.pick(["n", "start", "value"])
    body = ["steps = 0"]
    peak = ctx.chance(0.4)
    if peak:
        body.append(f"highest = {n}")
    body += [f"while {n} != 1:", "    if steps >= MAX_STEPS:", "        return None",
             f"    {n} = {n} // 2 if {n} % 2 == 0 else 3 * {n} + 1", "    steps += 1"]
    if peak:
        body += [f"    highest = max(highest, {n})", "return steps, highest"]
        returns = "tuple[int, int] | None"
    else:
        body += ["return steps"]
        returns = "int | None"
    return Func(ctx.pick(["collatz_steps", "steps_to_one"]), [Param(n, "int", _collatz_start)], returns, body,
                "Steps of the 3n + 1 rule until n reaches 1 (None past MAX_STEPS).", constants=consts)


def compress_ranges(ctx: Ctx) -> Func:
    """`[1, 2, 3, 5, 7, 8, 9]` -> `"1-3, 5, 7-9"`: runs found in a loop over sorted, distinct values."""
    nums = ctx.pick(["pages", "numbers", "ids"])
    body = [f"values = sorted(set({nums}))", "if not values:", "    return ''", "runs = []",
            "start = prev = values[0]", "for v in values[1:]:", "    if v == prev + 1:", "        prev = v",
            "        continue", "    runs.append((start, prev))", "    start = prev = v", "runs.append((start, prev))"]
    if ctx.chance(0.5):
        body.append("return ', '.join(str(a) if a == b else f'{a}-{b}' for a, b in runs)")
        returns = "str"
    else:
        body += ["parts = []", "for a, b in runs:", "    if a == b:", "        parts.append(str(a))",
                 "    elif b == a + 1:", "        parts.append(f'{a}, {b}')", "    else:", "        parts.append(f'{a}-{b}')",
                 "return ', '.join(parts)"]
        returns = "str"
    return Func(ctx.pick(["compress_ranges", "page_ranges", "format_runs"]), [Param(nums, "list[int]", _page_numbers)],
                returns, body, "Write the numbers as ranges of consecutive values.")


MAKERS = [central_tendency, spread, percentiles, order_total, convert_distances, temperature_labels, format_duration,
          geometry, fractions_gcd, primes, digits, luhn, number_words, base_convert, rule_table, compound_interest,
          binary_search, clamp_normalize, histogram, running_extremes, collatz, compress_ranges]
