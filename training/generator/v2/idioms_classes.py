"""v2 idioms: classes (see idiom.py for what a maker returns).

Each maker writes a class as people write one (an `__init__`, a few methods, dunder methods such
as `__repr__`, `__eq__`, `__len__`, `__contains__`, `__iter__`, `__lt__`, properties, class and
static methods) as a raw block in `Func.helpers`, and a driver function that builds instances
from people-like inputs, calls their methods and returns a plain value.
"""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .layout import indent, methods
from .people import FIRST, LAST, PRODUCTS

# ---------------------------------------------------------------------------------------------
# Writing a class block in the program's style


def _sig(ctx: Ctx, name: str, params: list[tuple], returns: str, first: str | None = "self") -> str:
    """`def name(self, p: hint = default) -> returns:`; params are (name, hint) or (name, hint, default)."""
    parts = [first] if first else []
    for p in params:
        pname, hint = p[0], p[1]
        default = p[2] if len(p) > 2 else None
        text = f"{pname}: {hint}" if ctx.style.hints and hint else pname
        if default is not None:
            text += (" = " if ctx.style.hints and hint else "=") + default
        parts.append(text)
    tail = f" -> {returns}" if ctx.style.hints and returns else ""
    return f"def {name}({', '.join(parts)}){tail}:"


def _method(ctx: Ctx, name: str, params: list[tuple], returns: str, body: list[str], doc: str | None = None,
            deco: str | None = None) -> list[str]:
    """One method: its decorator, signature, docstring (when the style writes one) and body."""
    first = {"@classmethod": "cls", "@staticmethod": None}.get(deco or "", "self")
    lines = [deco] if deco else []
    lines.append(_sig(ctx, name, params, returns, first))
    if doc:
        lines += indent(ctx.style.docstring(doc))
    return lines + indent(body)


def _klass(ctx: Ctx, header: str, doc: str | None, parts: list[list[str]], head: list[str] = (),
           deco: str | None = None) -> list[str]:
    """A class block: decorator, `class ...:`, docstring, class attributes or fields, methods."""
    lines = [deco] if deco else []
    lines.append(header)
    docstring = ctx.style.docstring(doc) if doc else []
    inner = [*docstring, *([""] if docstring and (head or parts) else []), *head]
    if parts:
        if head:
            inner.append("")
        inner += methods(parts)
    return lines + indent(inner or ["pass"])


def _repr(cls: str, fields: list[str], ctx: Ctx) -> list[str]:
    """A `__repr__` returning an f-string of the fields."""
    shown = ", ".join(f"{{self.{f}!r}}" for f in fields)
    name = "{type(self).__name__}" if ctx.chance(0.3) else cls
    return _method(ctx, "__repr__", [], "str", [f'return f"{name}({shown})"'])


# ---------------------------------------------------------------------------------------------
# Inputs people.py has no role for


def _bracket_text(rng: random.Random) -> str:
    """Code-like text with brackets, mostly balanced: `f(x[1], {a: b})`, sometimes one bracket off."""
    def expr(depth: int) -> str:
        if depth > 2 or rng.random() < 0.35:
            return rng.choice(["x", "a + b", "1", "n * 2", "key", "'s'", "i"])
        o, c = rng.choice(["()", "[]", "{}", "()"])
        inner = ", ".join(expr(depth + 1) for _ in range(rng.randint(1, 2)))
        prefix = rng.choice(["f", "len", "", "data"]) if o == "(" or o == "[" else ""
        return prefix + o + inner + c

    text = expr(0)
    if rng.random() < 0.4:
        text += rng.choice([" + ", " * ", ", "]) + expr(1)
    text = text[:32]
    brackets = [i for i, ch in enumerate(text) if ch in "()[]{}"]
    r = rng.random()
    if brackets and r < 0.2:
        i = rng.choice(brackets)
        text = text[:i] + text[i + 1:]
    elif brackets and r < 0.35:
        i = rng.choice(brackets)
        text = text[:i] + rng.choice("([{)]}") + text[i + 1:]
    return text


def _temp_texts(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 7)):
        if rng.random() < 0.5:
            number = round(rng.uniform(-10, 38), rng.choice([0, 1]))
            unit = rng.choice(["C", "c", "C"])
        else:
            number = round(rng.uniform(14, 100), rng.choice([0, 1]))
            unit = rng.choice(["F", "f", "F"])
        text = f"{number:g}{rng.choice(['', ' ', ''])}{unit}"
        out.append(f" {text}" if rng.random() < 0.15 else text)
    return out


def _movements(rng: random.Random) -> list[tuple[str, int]]:
    """Stock movements over a few products: (product, +restock / -sale)."""
    pool = rng.sample(PRODUCTS, rng.randint(2, 4))
    out = [(p, rng.choice([3, 5, 10])) for p in pool if rng.random() < 0.6]
    for _ in range(rng.randint(3, 9)):
        delta = rng.choice([5, 10, 12, 20]) if rng.random() < 0.45 else -rng.choice([1, 2, 3, 5, 8])
        out.append((rng.choice(pool), delta))
    return out


def _votes(rng: random.Random) -> list[str]:
    """Votes for a few candidates, written by hand: `'alice'`, `' Bob'`, `'ALICE'`."""
    pool = rng.sample(FIRST, rng.randint(2, 4))
    return [rng.choice([v, v.capitalize(), v.upper(), f" {v.capitalize()}", f"{v} "])
            for v in (rng.choice(pool) for _ in range(rng.randint(3, 10)))]


def _shape_specs(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 6)):
        kind = rng.choice(["circle", "rect", "square", "rect"])
        if kind == "circle":
            spec = f"circle {rng.choice([1, 2, 3, 1.5, 0.5, 4])}"
        elif kind == "square":
            spec = f"square {rng.randint(1, 9)}"
        else:
            spec = f"rect {rng.randint(1, 9)}x{rng.randint(1, 9)}"
        out.append(spec.upper() if rng.random() < 0.15 else spec)
    return out


def _staff(rng: random.Random) -> list[tuple[str, int, str]]:
    titles = ["engineer", "manager", "intern", "engineer", "designer"]
    return [(f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}",
             rng.choice([1800, 2500, 3200, 4000, 4750, 5200, 6100]), rng.choice(titles))
            for _ in range(rng.randint(2, 6))]


def _ops(rng: random.Random) -> list[str]:
    """Commands for a queue: `add NAME`, `next`, sometimes `skip`."""
    out = []
    for _ in range(rng.randint(3, 9)):
        r = rng.random()
        if r < 0.55:
            out.append(f"add {rng.choice(FIRST).capitalize()}")
        elif r < 0.9:
            out.append("next")
        else:
            out.append("skip")
    return out


# ---------------------------------------------------------------------------------------------
# Makers


def bank_account(ctx: Ctx) -> Func:
    """An account with deposit/withdraw (ValueError on overdraft), driven by (op, amount) pairs."""
    cls = ctx.pick(["BankAccount", "Account", "SavingsAccount"])
    private = ctx.chance(0.5)
    attr = "_balance" if private else "balance"
    strict = ctx.chance(0.2)
    parts = [_method(ctx, "__init__", [("owner", "str"), ("balance", "float", "0.0")], "None",
                     ["self.owner = owner.strip().title()", f"self.{attr} = balance"])]
    if private:
        parts.append(["@property", *_method(ctx, "balance", [], "float", [f"return round(self.{attr}, 2)"],
                                            "The current balance, in whole cents.")])
    parts.append(_method(ctx, "deposit", [("amount", "float")], "None",
                         ["if amount <= 0:", '    raise ValueError("deposit must be positive")',
                          f"self.{attr} += amount"], "Add money to the account."))
    parts.append(_method(ctx, "withdraw", [("amount", "float")], "None",
                         [f"if amount > self.{attr}:",
                          f'    raise ValueError(f"insufficient funds: {{self.{attr}:.2f}} < {{amount:.2f}}")',
                          f"self.{attr} -= amount"], "Take money out; refuse to overdraw."))
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{self.owner!r}}, {{self.{attr}:.2f}})"']))
    block = _klass(ctx, f"class {cls}:", "A bank account that never goes below zero.", parts)

    owner, txs = ctx.pick(["owner", "name", "holder"]), ctx.pick(["transactions", "operations", "history"])
    account = ctx.pick(["account", "acct"])
    params = [Param(owner, "str", "name"), Param(txs, "list[tuple[str, float]]", "transactions")]
    opening = "200.0" if strict else ctx.pick(["0.0", "50.0", "100.0"])
    if strict or ctx.chance(0.4):
        params.append(Param("opening", "float", lambda r: float(r.choice([0, 20, 100, 250])), default=opening))
        body = [f"{account} = {cls}({owner}, opening)"]
    else:
        body = [f"{account} = {cls}({owner})"]
    dispatch = ctx.chance(0.5)
    if strict:
        body += [f"for op, amount in {txs}:"]
        if dispatch:
            body += [f"    action = {account}.deposit if op == 'deposit' else {account}.withdraw", "    action(amount)"]
        else:
            body += ["    if op == 'deposit':", f"        {account}.deposit(amount)", "    else:",
                     f"        {account}.withdraw(amount)"]
        body.append(f"return {account}")
        returns = cls
        summary = "Apply the operations in order; an overdraft raises ValueError."
    else:
        rejected = ctx.pick(["rejected", "refused", "failed"])
        counting = ctx.chance(0.5)
        body += [f"{rejected} = {'0' if counting else '[]'}", f"for op, amount in {txs}:", "    try:"]
        if dispatch:
            body += [f"        action = {account}.deposit if op == 'deposit' else {account}.withdraw",
                     "        action(amount)"]
        else:
            body += ["        if op == 'deposit':", f"            {account}.deposit(amount)", "        else:",
                     f"            {account}.withdraw(amount)"]
        body += ["    except ValueError:" + ("" if not ctx.chance(0.3) else "  # overdraft: skip it")]
        if counting:
            body.append(f"        {rejected} += 1")
            returns = "tuple[float, int]"
        else:
            body.append(f"        {rejected}.append((op, amount))")
            returns = "tuple[float, list[tuple[str, float]]]"
        body.append(f"return round({account}.balance, 2), {rejected}")
        summary = "Apply the operations in order, skipping the ones the account refuses."
    name = ctx.pick(["run_transactions", "apply_operations", "replay_history"])
    return Func(name, params, returns, body, summary, helpers=[block], may_raise=strict)


def shopping_cart(ctx: Ctx) -> Func:
    """A cart keyed by item name with `__len__`, `__contains__` and a `total` property."""
    cls = ctx.pick(["ShoppingCart", "Cart", "Basket"])
    as_tuples = ctx.chance(0.4)
    parts = [_method(ctx, "__init__", [], "None",
                     ["self.lines = {}" + ("  # item -> [quantity, unit price]" if ctx.chance(0.5) else "")])]
    parts.append(_method(ctx, "add", [("item", "str"), ("qty", "int"), ("price", "float")], "None",
                         ["key = item.strip().lower()", "if key in self.lines:", "    self.lines[key][0] += qty",
                          "else:", "    self.lines[key] = [qty, price]"], "Add qty units of item at the given price."))
    if as_tuples:
        parts.append(_method(ctx, "__iter__", [], "", ["for item in sorted(self.lines):",
                                                      "    qty, price = self.lines[item]",
                                                      "    yield item, qty, price"]))
        total_body = ["return round(sum(qty * price for _, qty, price in self), 2)"]
    else:
        total_body = ["return round(sum(qty * price for qty, price in self.lines.values()), 2)"]
    parts.append(_method(ctx, "__len__", [], "int", ["return sum(qty for qty, _ in self.lines.values())"]))
    parts.append(_method(ctx, "__contains__", [("item", "str")], "bool", ["return item.lower() in self.lines"]))
    parts.append(["@property", *_method(ctx, "total", [], "float", total_body)])
    block = _klass(ctx, f"class {cls}:", "Items with quantities and unit prices.", parts)

    orders = ctx.pick(["orders", "items", "lines"])
    cart = ctx.pick(["cart", "basket"])
    constants = {"FREE_SHIPPING": ctx.pick(["50", "75", "100"]), "SHIPPING_FEE": ctx.pick(["4.99", "5.0", "7.5"])}
    body = [f"{cart} = {cls}()", f"for order in {orders}:",
            f"    {cart}.add(order['item'], order['qty'], order['price'])"]
    if ctx.chance(0.5):
        body += [f"shipping = 0.0 if {cart}.total >= FREE_SHIPPING else SHIPPING_FEE"]
    else:
        body += [f"if {cart}.total >= FREE_SHIPPING:", "    shipping = 0.0", "else:", "    shipping = SHIPPING_FEE"]
    r = ctx.rng.random()
    if r < 0.35:
        constants["FREEBIE"] = repr(ctx.pick(["coffee", "mug", "pencil", "sticker"]))
        body += [f"if FREEBIE in {cart}:", *ctx.comment("the free item ships for free too", 1), "    shipping = 0.0"]
    if as_tuples and ctx.chance(0.6):
        body += [f"lines = [f'{{qty}} x {{item}}' for item, qty, _ in {cart}]",
                 f"return lines, round({cart}.total + shipping, 2)"]
        returns = "tuple[list[str], float]"
    else:
        body += [f"return {{'items': len({cart}), 'total': round({cart}.total + shipping, 2)}}"]
        returns = "dict[str, float]"
    name = ctx.pick(["checkout", "cart_summary", "price_orders"])
    return Func(name, [Param(orders, "list[dict]", "orders")], returns, body,
                "Put the orders in a cart and work out what the customer pays.", constants=constants, helpers=[block])


def bracket_stack(ctx: Ctx) -> Func:
    """A Stack class (list or deque) used to check that brackets match."""
    cls = ctx.pick(["Stack", "BracketStack"])
    use_deque = ctx.chance(0.35)
    items = ctx.pick(["_items", "items", "_data"])
    parts = [_method(ctx, "__init__", [], "None", [f"self.{items} = deque()" if use_deque else f"self.{items} = []"]),
             _method(ctx, "push", [("item", "str")], "None", [f"self.{items}.append(item)"]),
             _method(ctx, "pop", [], "str", [f"if not self.{items}:", '    raise IndexError("pop from an empty stack")',
                                            f"return self.{items}.pop()"], "Remove and return the top item.")]
    if ctx.chance(0.5):
        parts.append(_method(ctx, "peek", [], "str | None", [f"return self.{items}[-1] if self.{items} else None"]))
    parts.append(_method(ctx, "__len__", [], "int", [f"return len(self.{items})"]))
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{list(self.{items})}})"']))
    block = _klass(ctx, f"class {cls}:", "Last in, first out.", parts)

    text, stack = ctx.pick(["text", "expression", "source"]), ctx.pick(["stack", "opened", "pending"])
    constants = {"PAIRS": "{')': '(', ']': '[', '}': '{'}"}
    index = ctx.chance(0.4)
    body = [f"{stack} = {cls}()"]
    loop = f"for i, ch in enumerate({text}):" if index else f"for ch in {text}:"
    fail = "return i" if index else "return False"
    body += [loop, "    if ch in '([{':", f"        {stack}.push(ch)", "    elif ch in PAIRS:"]
    if ctx.chance(0.5):
        body += [f"        if not {stack} or {stack}.pop() != PAIRS[ch]:", f"            {fail}"]
    else:
        body += [f"        if len({stack}) == 0:", f"            {fail}",
                 f"        if {stack}.pop() != PAIRS[ch]:", f"            {fail}"]
    if index:
        body.append(f"return -1 if len({stack}) == 0 else len({text})")
        returns, summary = "int", "Index of the first bracket that does not match, or -1 if all match."
    else:
        body.append(f"return len({stack}) == 0")
        returns, summary = "bool", "Whether every bracket in the text is closed in the right order."
    name = ctx.pick(["brackets_match", "check_brackets", "is_balanced"]) if not index else \
        ctx.pick(["first_mismatch", "bracket_error_at"])
    imports = {"from collections import deque"} if use_deque else set()
    return Func(name, [Param(text, "str", _bracket_text)], returns, body, summary, imports=imports,
                constants=constants, helpers=[block])


def task_queue(ctx: Ctx) -> Func:
    """A FIFO Queue on a deque (`__len__`, `__bool__`, `__iter__` with yield), round-robin or commands."""
    cls = ctx.pick(["Queue", "WaitingLine", "JobQueue"])
    parts = [_method(ctx, "__init__", [("items", "", "()")], "None", ["self._items = deque(items)"]),
             _method(ctx, "enqueue", [("item", "")], "None", ["self._items.append(item)"]),
             _method(ctx, "dequeue", [], "", ["if not self._items:", '    raise IndexError("dequeue from an empty queue")',
                                             "return self._items.popleft()"]),
             _method(ctx, "__len__", [], "int", ["return len(self._items)"])]
    if ctx.chance(0.5):
        parts.append(_method(ctx, "__iter__", [], "", ["for item in self._items:", "    yield item"]))
    else:
        parts.append(_method(ctx, "__iter__", [], "", ["yield from self._items"]))
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{list(self)}})"']))
    block = _klass(ctx, f"class {cls}:", "First in, first out.", parts)
    queue = ctx.pick(["queue", "line", "waiting"])
    if ctx.chance(0.5):
        jobs = ctx.pick(["jobs", "work", "tasks"])
        constants = {"QUANTUM": ctx.pick(["30", "40", "50"])}
        done = ctx.pick(["finished", "done", "order"])
        body = [f"{queue} = {cls}({jobs})", f"{done} = []", f"while {queue}:" if ctx.chance(0.5) else f"while len({queue}) > 0:",
                f"    name, left = {queue}.dequeue()", "    if left > QUANTUM:",
                *ctx.comment("not finished: back to the end of the line", 2),
                f"        {queue}.enqueue((name, left - QUANTUM))", "    else:", f"        {done}.append(name)",
                f"return {done}"]
        params = [Param(jobs, "list[tuple[str, int]]", "pairs")]
        returns, summary = "list[str]", "Run each job QUANTUM units at a time; return the order they finish in."
        name = ctx.pick(["round_robin", "finish_order", "schedule"])
    else:
        commands = ctx.pick(["commands", "events", "actions"])
        served = ctx.pick(["served", "called", "seen"])
        body = [f"{queue} = {cls}()", f"{served} = []", f"for command in {commands}:",
                "    verb, _, who = command.partition(' ')", "    if verb == 'add':", f"        {queue}.enqueue(who)",
                f"    elif verb == 'next' and {queue}:", f"        {served}.append({queue}.dequeue())",
                f"    elif verb == 'skip' and len({queue}) > 1:", f"        {queue}.enqueue({queue}.dequeue())"]
        if ctx.chance(0.5):
            body.append(f"return {served}, list({queue})")
            returns = "tuple[list[str], list[str]]"
        else:
            body.append(f"return {{'served': {served}, 'waiting': len({queue})}}")
            returns = "dict[str, object]"
        params = [Param(commands, "list[str]", _ops)]
        summary = "Replay queue commands (add NAME, next, skip) and report who was served."
        name = ctx.pick(["replay_queue", "serve_customers", "run_desk"])
        constants = {}
    return Func(name, params, returns, body, summary, imports={"from collections import deque"},
                constants=constants, helpers=[block])


def inventory(ctx: Ctx) -> Func:
    """An Inventory with `from_pairs`/add/remove (ValueError when short), `__contains__`, `__getitem__`."""
    cls = ctx.pick(["Inventory", "Stockroom", "Warehouse"])
    parts = [_method(ctx, "__init__", [], "None", ["self.stock = {}"])]
    if ctx.chance(0.5):
        parts.append(_method(ctx, "from_counts", [("counts", "dict[str, int]")], f'"{cls}"',
                             ["inventory = cls()", "for name, count in counts.items():", "    inventory.add(name, count)",
                              "return inventory"], "Build an inventory from a name -> count mapping.", deco="@classmethod"))
    parts += [_method(ctx, "add", [("name", "str"), ("count", "int", "1")], "None",
                      ["self.stock[name] = self.stock.get(name, 0) + count"]),
              _method(ctx, "remove", [("name", "str"), ("count", "int", "1")], "None",
                      ["have = self.stock.get(name, 0)", "if count > have:",
                       '    raise ValueError(f"only {have} {name} left, wanted {count}")',
                       "self.stock[name] = have - count"], "Take count units out; refuse if there are not enough."),
              _method(ctx, "__contains__", [("name", "str")], "bool", ["return self.stock.get(name, 0) > 0"]),
              _method(ctx, "__getitem__", [("name", "str")], "int", ["return self.stock.get(name, 0)"])]
    low = ctx.chance(0.5)
    if low:
        parts.append(_method(ctx, "low", [("limit", "int")], "list[str]",
                             ["return sorted(name for name, count in self.stock.items() if count < limit)"]))
    block = _klass(ctx, f"class {cls}:", "Counts of items on hand.", parts)

    moves, inv = ctx.pick(["movements", "changes", "moves"]), ctx.pick(["inventory", "stock", "store"])
    short = ctx.pick(["short", "missed", "unfilled"])
    body = [f"{inv} = {cls}()", f"{short} = []", f"for item, delta in {moves}:", "    if delta > 0:",
            f"        {inv}.add(item, delta)", "        continue", "    try:", f"        {inv}.remove(item, -delta)",
            "    except ValueError:", f"        {short}.append(item)"]
    constants = {}
    if low:
        constants["LOW_STOCK"] = ctx.pick(["3", "5", "10"])
        body.append(f"return {short}, {inv}.low(LOW_STOCK)")
        returns = "tuple[list[str], list[str]]"
    else:
        body.append(f"return {short}, {{name: {inv}[name] for name in sorted({inv}.stock)}}")
        returns = "tuple[list[str], dict[str, int]]"
    name = ctx.pick(["apply_movements", "track_stock", "process_moves"])
    return Func(name, [Param(moves, "list[tuple[str, int]]", _movements)], returns, body,
                "Apply restocks (positive) and sales (negative); note the sales that could not be filled.",
                constants=constants, helpers=[block])


def vector(ctx: Ctx) -> Func:
    """A 2D Vector with `__add__`, `__sub__`, `__mul__`, `__abs__` (math.hypot), `__eq__`, `__repr__`."""
    cls = ctx.pick(["Vector", "Vec2", "Point"])
    q = f'"{cls}"'
    parts = [_method(ctx, "__init__", [("x", "float"), ("y", "float")], "None", ["self.x = x", "self.y = y"]),
             _method(ctx, "__add__", [("other", q)], q, [f"return {cls}(self.x + other.x, self.y + other.y)"]),
             _method(ctx, "__sub__", [("other", q)], q, [f"return {cls}(self.x - other.x, self.y - other.y)"]),
             _method(ctx, "__mul__", [("factor", "float")], q, [f"return {cls}(self.x * factor, self.y * factor)"]),
             _method(ctx, "__abs__", [], "float", ["return math.hypot(self.x, self.y)"] if ctx.chance(0.6)
                     else ["return math.sqrt(self.x ** 2 + self.y ** 2)"], "Length of the vector.")]
    has_eq = ctx.chance(0.5)
    if has_eq:
        parts.append(_method(ctx, "__eq__", [("other", "object")], "bool",
                             [f"if not isinstance(other, {cls}):", "    return NotImplemented",
                              "return (self.x, self.y) == (other.x, other.y)"]))
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{self.x:g}}, {{self.y:g}})"']))
    block = _klass(ctx, f"class {cls}:", "A 2D vector.", parts)
    points, vs = ctx.pick(["points", "coords", "path"]), ctx.pick(["vectors", "steps", "vs"])
    make = f"{vs} = [{cls}(x, y) for x, y in {points}]"
    r = ctx.rng.random()
    if r < 0.4:
        if ctx.chance(0.5):
            body = [make, f"return round(sum(abs(b - a) for a, b in zip({vs}, {vs}[1:])), 2)"]
        else:
            body = [make, "total = 0.0", f"for a, b in zip({vs}, {vs}[1:]):", "    total += abs(b - a)",
                    "return round(total, 2)"]
        name, returns, summary = ctx.pick(["path_length", "walk_distance"]), "float", "Length of the path through the points."
    elif r < 0.7:
        body = [make, f"total = sum({vs}, {cls}(0, 0))", f"centre = total * (1 / len({vs}))",
                "return round(centre.x, 2), round(centre.y, 2)"]
        name, returns, summary = ctx.pick(["centroid", "centre_of"]), "tuple[float, float]", "The average of the points."
    else:
        body = [make, f"start = {vs}[0]", f"far = max({vs}, key=lambda v: abs(v - start))",
                *ctx.comment("the same point twice counts once"),
                f"return far, {f'sum(1 for v in {vs} if v == start)' if has_eq else 'round(abs(far - start), 2)'}"]
        name, returns, summary = ctx.pick(["farthest_from_start", "farthest_point"]), f"tuple[{cls}, float]", \
            "The point farthest from the first one."
    return Func(name, [Param(points, "list[tuple[int, int]]", "points")], returns, body, summary,
                imports={"import math"} if "math." in str(parts) else set(), helpers=[block])


def matrix(ctx: Ctx) -> Func:
    """A Matrix with `shape`, `transpose`, `__add__`, `__mul__` (matrix or scalar), `__eq__`."""
    cls = ctx.pick(["Matrix", "Grid"])
    q = f'"{cls}"'
    parts = [_method(ctx, "__init__", [("rows", "list[list[int]]")], "None", ["self.rows = [list(row) for row in rows]"]),
             ["@property", *_method(ctx, "shape", [], "tuple[int, int]", ["return len(self.rows), len(self.rows[0])"])],
             _method(ctx, "transpose", [], q, [f"return {cls}([list(col) for col in zip(*self.rows)])"])]
    parts.append(_method(ctx, "__add__", [("other", q)], q,
                         ["if self.shape != other.shape:", '    raise ValueError("shapes differ")',
                          f"return {cls}([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])"]))
    parts.append(_method(ctx, "__mul__", [("other", "")], q,
                         ["if isinstance(other, (int, float)):", f"    return {cls}([[x * other for x in row] for row in self.rows])",
                          "cols = list(zip(*other.rows))",
                          f"return {cls}([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])"],
                         "Matrix product, or every entry times a number."))
    parts.append(_method(ctx, "__eq__", [("other", "object")], "bool",
                         [f"return isinstance(other, {cls}) and self.rows == other.rows"]))
    block = _klass(ctx, f"class {cls}:", "A matrix stored as a list of rows.", parts)
    m, arg = ctx.pick(["m", "mat", "grid"]), ctx.pick(["rows", "matrix", "table"])
    r = ctx.rng.random()
    if r < 0.4:
        body = [f"{m} = {cls}({arg})", f"return ({m} * {m}.transpose()).rows"]
        name, returns, summary = ctx.pick(["gram_matrix", "row_products"]), "list[list[int]]", "The matrix times its transpose."
    elif r < 0.7:
        body = [f"{m} = {cls}({arg})", f"doubled = {m} + {m}", f"same = doubled == {m} * 2",
                f"return {m}.shape, same, doubled.transpose().rows[0]"]
        name, returns, summary = ctx.pick(["check_doubling", "doubling_facts"]), "tuple", "Check that m + m equals 2 * m."
    else:
        body = [f"{m} = {cls}({arg})", f"square = {m}.transpose() * {m}", f"n = square.shape[0]",
                "return sum(square.rows[i][i] for i in range(n))"]
        name, returns, summary = ctx.pick(["squared_norm", "frobenius_squared"]), "int", \
            "Sum of the squares of the entries, via the trace of the transpose times the matrix."
    return Func(name, [Param(arg, "list[list[int]]", "matrix")], returns, body, summary, helpers=[block])


def temperature(ctx: Ctx) -> Func:
    """Temperature with `from_string`/`from_fahrenheit` class methods, properties, `__lt__`, `__repr__`."""
    cls = ctx.pick(["Temperature", "Reading"])
    ordering = ctx.chance(0.4)
    parts = [_method(ctx, "__init__", [("celsius", "float")], "None", ["self.celsius = celsius"]),
             _method(ctx, "from_fahrenheit", [("degrees", "float")], f'"{cls}"', ["return cls((degrees - 32) * 5 / 9)"],
                     deco="@classmethod"),
             _method(ctx, "from_string", [("text", "str")], f'"{cls}"',
                     ["text = text.strip().upper()", "number, unit = float(text[:-1]), text[-1]",
                      "if unit == 'F':", "    return cls.from_fahrenheit(number)", "return cls(number)"],
                     "Parse '72F' or '21.5 C'.", deco="@classmethod"),
             ["@property", *_method(ctx, "fahrenheit", [], "float", ["return self.celsius * 9 / 5 + 32"])]]
    if ctx.chance(0.4):
        parts.append(["@property", *_method(ctx, "kelvin", [], "float", ["return self.celsius + 273.15"])])
    if ordering:
        parts.append(_method(ctx, "__eq__", [("other", "object")], "bool",
                             [f"return isinstance(other, {cls}) and math.isclose(self.celsius, other.celsius)"]))
    parts.append(_method(ctx, "__lt__", [("other", f'"{cls}"')], "bool", ["return self.celsius < other.celsius"]))
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{self.celsius:.1f}}C)"']))
    deco = "@total_ordering" if ordering else None
    block = _klass(ctx, f"class {cls}:", "A temperature, kept in degrees Celsius.", parts, deco=deco)
    texts, temps = ctx.pick(["readings", "texts", "values"]), ctx.pick(["temps", "parsed", "temperatures"])
    body = [f"{temps} = [{cls}.from_string(t) for t in {texts}]"]
    r = ctx.rng.random()
    if r < 0.35:
        body += [f"return [round(t.celsius, 1) for t in sorted({temps})]"]
        returns, summary, name = "list[float]", "The readings in Celsius, coldest first.", ctx.pick(["sorted_celsius", "in_celsius"])
    elif r < 0.7:
        body += [f"return min({temps}), max({temps})"]
        returns, summary, name = f"tuple[{cls}, {cls}]", "The coldest and the warmest reading.", ctx.pick(["temperature_range", "extremes"])
    else:
        body += [f"mean = sum(t.fahrenheit for t in {temps}) / len({temps})",
                 f"above = [t for t in {temps} if t.fahrenheit > mean]",
                 "return round(mean, 1), len(above)"]
        returns, summary, name = "tuple[float, int]", "Mean in Fahrenheit and how many readings lie above it.", \
            ctx.pick(["fahrenheit_mean", "mean_and_above"])
    imports = set()
    if ordering:
        imports |= {"import math", "from functools import total_ordering"}
    return Func(name, [Param(texts, "list[str]", _temp_texts)], returns, body, summary, imports=imports, helpers=[block])


def tally(ctx: Ctx) -> Func:
    """A Counter-like Tally: add, `__getitem__` with 0, `__len__`, `__contains__`, `__iter__`, most_common."""
    cls = ctx.pick(["Tally", "Counts", "Histogram"])
    parts = [_method(ctx, "__init__", [("items", "", "()")], "None",
                     ["self.counts = {}", "for item in items:", "    self.add(item)"]),
             _method(ctx, "add", [("item", "str")], "None", ["self.counts[item] = self.counts.get(item, 0) + 1"]),
             _method(ctx, "__getitem__", [("item", "str")], "int", ["return self.counts.get(item, 0)"]),
             _method(ctx, "__len__", [], "int", ["return len(self.counts)"]),
             _method(ctx, "__contains__", [("item", "str")], "bool", ["return item in self.counts"])]
    top = ctx.chance(0.5)
    if top:
        parts.append(_method(ctx, "most_common", [("n", "int")], "list[tuple[str, int]]",
                             ["ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))", "return ranked[:n]"],
                             "The n most frequent items, ties in alphabetical order."))
    else:
        parts.append(_method(ctx, "__iter__", [], "", ["for item in sorted(self.counts):", "    yield item"]))
    block = _klass(ctx, f"class {cls}:", "How many times each item was seen.", parts)
    t = ctx.pick(["tally", "counts", "seen"])
    if ctx.chance(0.5):
        text = ctx.pick(["text", "sentence", "message"])
        params = [Param(text, "str", ctx.pick(["sentence", "paragraph"]))]
        words = f"re.findall(r\"[a-z']+\", {text}.lower())"
        imports = {"import re"}
    else:
        text = ctx.pick(["votes", "ballots", "picks"])
        params = [Param(text, "list[str]", _votes)]
        words = f"[v.strip().lower() for v in {text}]" if ctx.chance(0.5) else f"v.strip().lower() for v in {text}"
        imports = set()
    body = [f"{t} = {cls}({words})"]
    if top:
        params.append(Param("n", "int", "k", default=ctx.pick(["3", "2"])))
        body.append(f"return len({t}), {t}.most_common(n)")
        returns = "tuple[int, list[tuple[str, int]]]"
    else:
        if params[0].role == _votes:
            body += [f"winner = max({t}, key=lambda name: {t}[name])",
                     f"return winner.title(), {{name: {t}[name] for name in {t}}}"]
            returns = "tuple[str, dict[str, int]]"
        else:
            body.append(f"repeated = {{w: {t}[w] for w in {t} if {t}[w] > 1}}")
            body.append(f"return repeated, {t}['the'] if 'the' in {t} else 0")
            returns = "tuple[dict[str, int], int]"
    if params[0].role == _votes:
        name, summary = ctx.pick(["count_votes", "election_result"]), "Count the votes, ignoring case and spaces."
    else:
        name, summary = ctx.pick(["word_tally", "count_tokens", "tally_words"]), "Count the words and report the frequent ones."
    return Func(name, params, returns, body, summary, imports=imports,
                helpers=[block])


def tokenizer(ctx: Ctx) -> Func:
    """A regex Tokenizer whose `__iter__` yields (kind, text) pairs; a driver counts or filters them."""
    cls = ctx.pick(["Tokenizer", "Lexer", "Scanner"])
    head = ["PATTERN = re.compile(r\"\\d+(?:\\.\\d+)?|[A-Za-z']+|[^\\w\\s]\")"]
    parts = [_method(ctx, "__init__", [("text", "str")], "None", ["self.text = text"]),
             _method(ctx, "__iter__", [], "", ["for match in self.PATTERN.finditer(self.text):",
                                              "    token = match.group()", "    if token[0].isdigit():",
                                              "        yield 'NUMBER', token", "    elif token[0].isalpha():",
                                              "        yield 'WORD', token.lower()", "    else:",
                                              "        yield 'PUNCT', token"], "Yield (kind, text) for each token.")]
    if ctx.chance(0.5):
        parts.append(_method(ctx, "count", [("kind", "str")], "int", ["return sum(1 for k, _ in self if k == kind)"]))
        counting = True
    else:
        counting = False
    parts.append(_method(ctx, "__repr__", [], "str", [f'return f"{cls}({{self.text!r}})"']))
    block = _klass(ctx, f"class {cls}:", "Split text into numbers, words and punctuation.", parts, head=head)
    text, tok = ctx.pick(["text", "line", "sentence"]), ctx.pick(["tokens", "lexer", "scanner"])
    body = [f"{tok} = {cls}({text})"]
    if counting:
        body.append(f"return {{kind: {tok}.count(kind) for kind in ('WORD', 'NUMBER', 'PUNCT')}}")
        returns, name = "dict[str, int]", ctx.pick(["token_kinds", "count_kinds"])
    elif ctx.chance(0.5):
        body += ["numbers = []", f"for kind, value in {tok}:", "    if kind == 'NUMBER':",
                 "        numbers.append(float(value) if '.' in value else int(value))", "return numbers"]
        returns, name = "list[float]", ctx.pick(["numbers_in", "extract_numbers"])
    else:
        body += [f"words = [value for kind, value in {tok} if kind == 'WORD']",
                 "return words[:3], len(words)" if ctx.chance(0.5) else "return ' '.join(words).title()"]
        returns = "tuple[list[str], int]" if "len(words)" in body[-1] else "str"
        name = ctx.pick(["words_of", "word_tokens"])
    return Func(name, [Param(text, "str", ctx.pick(["sentence", "paragraph", "order_line"]))], returns, body,
                "Tokenize the text and summarize the tokens.", imports={"import re"}, helpers=[block])


def linked_list(ctx: Ctx) -> Func:
    """Node and LinkedList (append with a tail, `__iter__` walking nodes, `__len__`, reverse)."""
    node, cls = ctx.pick(["Node", "ListNode"]), ctx.pick(["LinkedList", "Chain"])
    node_block = _klass(ctx, f"class {node}:", None,
                        [_method(ctx, "__init__", [("value", "str"), ("next", "", "None")], "None",
                                 ["self.value = value", "self.next = next"])])
    parts = [_method(ctx, "__init__", [], "None", ["self.head = None", "self.tail = None", "self.size = 0"]),
             _method(ctx, "append", [("value", "str")], "None",
                     [f"new = {node}(value)", "if self.tail is None:", "    self.head = self.tail = new", "else:",
                      "    self.tail.next = new", "    self.tail = new", "self.size += 1"]),
             _method(ctx, "__iter__", [], "", ["current = self.head", "while current is not None:",
                                              "    yield current.value", "    current = current.next"]),
             _method(ctx, "__len__", [], "int", ["return self.size"])]
    rev = ctx.chance(0.6)
    if rev:
        parts.append(_method(ctx, "reverse", [], "None",
                             ["previous, current = None, self.head", "self.tail = self.head", "while current:",
                              "    current.next, previous, current = previous, current, current.next",
                              "self.head = previous"], "Reverse the list in place."))
    else:
        parts.append(_method(ctx, "__contains__", [("value", "str")], "bool",
                             ["return any(v == value for v in self)"]))
    parts.append(_method(ctx, "__repr__", [], "str", [f"return f\"{cls}({{' -> '.join(self)!r}})\""]))
    block = _klass(ctx, f"class {cls}:", "A singly linked list of strings.", parts)
    text, chain = ctx.pick(["sentence", "text"]), ctx.pick(["chain", "words", "items"])
    body = [f"{chain} = {cls}()", f"for word in {text}.split():", f"    {chain}.append(word.strip('.,!?').lower())"]
    if rev:
        body += [f"{chain}.reverse()", f"return ' '.join({chain}), len({chain})" if ctx.chance(0.5) else f"return {chain}"]
        name = ctx.pick(["reverse_words", "backwards"])
        returns = "tuple[str, int]" if "len(" in body[-1] else cls
        summary = "The words of the sentence in reverse order."
    else:
        body += [f"return [w for w in {ctx.pick(['KEYWORDS', 'KEYWORDS'])} if w in {chain}]"]
        name, returns, summary = ctx.pick(["keywords_present", "find_keywords"]), "list[str]", \
            "Which of the keywords occur in the sentence."
    constants = {} if rev else {"KEYWORDS": repr(ctx.rng.sample(["the", "is", "cat", "dog", "fox", "code", "team", "good", "rain"], 4))}
    return Func(name, [Param(text, "str", "sentence")], returns, body, summary, constants=constants,
                helpers=[node_block, block])


def grade_book(ctx: Ctx) -> Func:
    """A GradeBook with add, average, a `@staticmethod` letter() over a cutoff table, `__len__`, best."""
    cls = ctx.pick(["GradeBook", "Gradebook", "ClassRecord"])
    constants = {"CUTOFFS": "[(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]"}
    parts = [_method(ctx, "__init__", [], "None", ["self.grades = {}"]),
             _method(ctx, "add", [("student", "str"), ("score", "int")], "None",
                     ["self.grades.setdefault(student, []).append(score)"]),
             _method(ctx, "average", [("student", "str")], "float",
                     ["scores = self.grades[student]", "return sum(scores) / len(scores)"]),
             _method(ctx, "letter", [("score", "float")], "str",
                     ["for cutoff, letter in CUTOFFS:", "    if score >= cutoff:", "        return letter", "return 'F'"],
                     "Letter grade for a numeric score.", deco="@staticmethod"),
             _method(ctx, "__len__", [], "int", ["return len(self.grades)"]),
             _method(ctx, "best", [], "str", ["return max(self.grades, key=self.average)"])]
    block = _klass(ctx, f"class {cls}:", "Scores per student.", parts)
    grades, book = ctx.pick(["grades", "scores", "results"]), ctx.pick(["book", "record", "gradebook"])
    body = [f"{book} = {cls}()", f"for student, marks in {grades}.items():", "    for mark in marks:",
            f"        {book}.add(student, mark)"]
    if ctx.chance(0.5):
        body.append(f"return {{s: {cls}.letter({book}.average(s)) for s in {book}.grades}}")
        returns, name = "dict[str, str]", ctx.pick(["report_cards", "letter_grades"])
    else:
        body += [f"top = {book}.best()", f"return top, round({book}.average(top), 1), len({book})"]
        returns, name = "tuple[str, float, int]", ctx.pick(["top_student", "class_summary"])
    return Func(name, [Param(grades, "dict[str, list[int]]", "grades")], returns, body,
                "Fill a grade book and summarize it.", constants=constants, helpers=[block])


def task_dataclass(ctx: Ctx) -> Func:
    """`@dataclass(order=True)` Task sorted by priority, with a method; built from dicts."""
    cls = ctx.pick(["Task", "TodoItem", "Job"])
    head = ["priority: int", "name: str", "done: bool = False"]
    parts = [_method(ctx, "label", [], "str", ["mark = 'x' if self.done else ' '", 'return f"[{mark}] {self.name}"'])]
    block = _klass(ctx, f"class {cls}:", "A to-do item; sorts by priority, then name.", parts, head=head,
                   deco="@dataclass(order=True)")
    tasks, items = ctx.pick(["tasks", "todo", "entries"]), ctx.pick(["items", "queue", "ordered"])
    if ctx.chance(0.5):
        build = f"{items} = sorted({cls}(**t) for t in {tasks})"
    else:
        build = f"{items} = sorted({cls}(t['priority'], t['name'].title(), t['done']) for t in {tasks})"
    body = [build]
    r = ctx.rng.random()
    params = [Param(tasks, "list[dict]", "tasks")]
    if r < 0.4:
        body.append(f"return [task.label() for task in {items} if not task.done]")
        returns, name = "list[str]", ctx.pick(["pending_labels", "todo_list"])
    elif r < 0.7:
        params.append(Param("limit", "int", "k", default="2"))
        body += ["picked = []", f"for task in {items}:", "    if task.done:", "        continue",
                 "    picked.append(task.name)", "    if len(picked) == limit:", "        break", "return picked"]
        returns, name = "list[str]", ctx.pick(["next_up", "pick_tasks"])
    else:
        body += [f"first = {items}[0]", f"return first, sum(1 for t in {items} if t.done)"]
        returns, name = f"tuple[{cls}, int]", ctx.pick(["most_urgent", "first_task"])
    return Func(name, params, returns, body, "Order the tasks by priority (1 first).",
                imports={"from dataclasses import dataclass"}, helpers=[block])


def shapes(ctx: Ctx) -> Func:
    """Shape base class with Rectangle, Square(Rectangle) via `super().__init__`, Circle; parsed from specs."""
    base = ctx.pick(["Shape", "Figure"])
    base_parts = [_method(ctx, "area", [], "float", ["raise NotImplementedError"]),
                  _method(ctx, "describe", [], "str", ['return f"{self.name} with area {self.area():.2f}"']),
                  _method(ctx, "__lt__", [("other", f'"{base}"')], "bool", ["return self.area() < other.area()"])]
    base_block = _klass(ctx, f"class {base}:", "Something with an area.", base_parts, head=['name = "shape"'])
    rect_block = _klass(ctx, f"class Rectangle({base}):", None,
                        [_method(ctx, "__init__", [("width", "float"), ("height", "float")], "None",
                                 ["self.width = width", "self.height = height"]),
                         _method(ctx, "area", [], "float", ["return self.width * self.height"])],
                        head=['name = "rectangle"'])
    sq_init = ["super().__init__(side, side)"]
    square_block = _klass(ctx, "class Square(Rectangle):", None,
                          [_method(ctx, "__init__", [("side", "float")], "None", sq_init)], head=['name = "square"'])
    circle_block = _klass(ctx, f"class Circle({base}):", None,
                          [_method(ctx, "__init__", [("radius", "float")], "None", ["self.radius = radius"]),
                           _method(ctx, "area", [], "float", ["return math.pi * self.radius ** 2"])],
                          head=['name = "circle"'])
    specs, built = ctx.pick(["specs", "shapes", "lines"]), ctx.pick(["shapes", "built", "figures"])
    if specs == built:
        built = "figures"
    helper_name = ctx.pick(["parse_shape", "make_shape"])
    parse = Func(helper_name, [Param("spec", "str", "word")], base,
                 ["kind, _, size = spec.strip().lower().partition(' ')", "if kind == 'circle':",
                  "    return Circle(float(size))", "if kind == 'square':", "    return Square(float(size))",
                  "width, height = size.split('x')", "return Rectangle(float(width), float(height))"],
                 "Build a shape from 'circle 2', 'square 3' or 'rect 2x5'.",
                 helpers=[base_block, rect_block, square_block, circle_block], imports={"import math"})
    body = [f"{built} = [{helper_name}(s) for s in {specs}]"]
    r = ctx.rng.random()
    if r < 0.35:
        body.append(f"return round(sum(s.area() for s in {built}), 2)")
        returns, name = "float", ctx.pick(["total_area", "area_sum"])
    elif r < 0.7:
        body.append(f"return [s.name for s in sorted({built})]")
        returns, name = "list[str]", ctx.pick(["by_size", "sorted_kinds"])
    else:
        body += [f"largest = max({built})", "return largest.describe()"]
        returns, name = "str", ctx.pick(["largest_shape", "describe_largest"])
    return Func(name, [Param(specs, "list[str]", _shape_specs)], returns, body, "Parse the shapes and compare their areas.",
                helpers=[parse])


def payroll(ctx: Ctx) -> Func:
    """Employee and Manager(Employee): `super().__init__`, an overridden `annual_pay` calling super()."""
    emp, mgr = ctx.pick(["Employee", "StaffMember"]), ctx.pick(["Manager", "TeamLead"])
    constants = {"BONUS": ctx.pick(["5000", "2500", "8000"]), "MONTHS": "12"}
    emp_block = _klass(ctx, f"class {emp}:", "Someone on the payroll.", [
        _method(ctx, "__init__", [("name", "str"), ("salary", "int")], "None",
                ["self.name = name", "self.salary = salary"]),
        _method(ctx, "annual_pay", [], "int", ["return self.salary * MONTHS"], "Monthly salary times twelve."),
        _repr(emp, ["name", "salary"], ctx)])
    mgr_block = _klass(ctx, f"class {mgr}({emp}):", "An employee who also gets a yearly bonus.", [
        _method(ctx, "__init__", [("name", "str"), ("salary", "int"), ("bonus", "int", "BONUS")], "None",
                ["super().__init__(name, salary)", "self.bonus = bonus"]),
        _method(ctx, "annual_pay", [], "int", ["return super().annual_pay() + self.bonus"])])
    staff, people = ctx.pick(["staff", "rows", "employees"]), ctx.pick(["people", "team", "payroll"])
    if staff == people:
        people = "team"
    body = [f"{people} = []", f"for name, salary, title in {staff}:"]
    if ctx.chance(0.5):
        body += [f"    cls = {mgr} if title == 'manager' else {emp}", f"    {people}.append(cls(name, salary))"]
    else:
        body += ["    if title == 'manager':", f"        {people}.append({mgr}(name, salary))", "    else:",
                 f"        {people}.append({emp}(name, salary))"]
    r = ctx.rng.random()
    if r < 0.4:
        body.append(f"return {{p.name.split()[0]: p.annual_pay() for p in {people}}}")
        returns, name = "dict[str, int]", ctx.pick(["annual_pay_by_name", "yearly_pay"])
    elif r < 0.7:
        body += [f"{people}.sort(key=lambda p: p.annual_pay(), reverse=True)", f"return {people}[:2]"]
        returns, name = f"list[{emp}]", ctx.pick(["top_earners", "best_paid"])
    else:
        body += [f"total = sum(p.annual_pay() for p in {people})",
                 f"managers = sum(1 for p in {people} if isinstance(p, {mgr}))", "return total, managers"]
        returns, name = "tuple[int, int]", ctx.pick(["payroll_cost", "total_payroll"])
    return Func(name, [Param(staff, "list[tuple[str, int, str]]", _staff)], returns, body,
                "Build the staff list and work out the yearly pay.", constants=constants,
                helpers=[emp_block, mgr_block])


MAKERS = [bank_account, shopping_cart, bracket_stack, task_queue, inventory, vector, matrix, temperature, tally,
          tokenizer, linked_list, grade_book, task_dataclass, shapes, payroll]
