"""v2 idioms: objects. Small classes as people write them (dunder methods, properties,
alternative constructors, inheritance, dataclasses) driven by a function, and everyday numeric
code (statistics by hand, thresholds in constants, conversions, sieves, bases, rule tables)."""
from __future__ import annotations

import random

from .idiom import Ctx, Func, Param
from .people import FIRST, PRODUCTS, score


def _class_block(head: str, lines: list[str], doc: str | None = None, pre: list[str] | None = None) -> list[str]:
    """`class Head:` with its body indented; a docstring first when given; `pre` lines (a
    comment, a decorator) above the class line."""
    body = ([f'"""{doc}"""', ""] if doc else []) + lines
    return [*(pre or []), f"class {head}:", *["    " + ln if ln else "" for ln in body]]


def _doc(ctx: Ctx, text: str) -> str | None:
    return text if ctx.rng.random() < max(ctx.style.docstrings, 0.2) else None


# ---------------------------------------------------------------- classes


def _brackets(rng: random.Random) -> str:
    pairs = ["()", "[]", "{}"]
    out = ""
    for _ in range(rng.randint(2, 6)):
        p = rng.choice(pairs)
        inner = rng.choice(["", "x", "a + b", "1, 2", "f(x)", ""])
        out = rng.choice([out + p[0] + inner + p[1], p[0] + out + p[1], out + " " + p[0] + inner + p[1]])
    if rng.random() < 0.35:  # a typo: one bracket dropped or swapped
        i = rng.randrange(len(out))
        out = out[:i] + rng.choice(["", ")", "]", "("]) + out[i + 1:]
    return out.strip()[:40]


def stack_brackets(ctx: Ctx) -> Func:
    """A Stack class (push/pop/peek, __len__, __bool__ or is_empty) checking balanced brackets."""
    cls = ctx.pick(["LifoStack", "OpenStack", "OpenerStack"])
    items = ctx.pick(["_items", "items", "_data"])
    use_bool = ctx.chance(0.5)
    lines = ["def __init__(self):", f"    self.{items} = []", "",
             "def push(self, item):", f"    self.{items}.append(item)", "",
             "def pop(self):", f"    if not self.{items}:", "        raise IndexError('pop from an empty stack')",
             f"    return self.{items}.pop()", "",
             "def peek(self):", f"    return self.{items}[-1] if self.{items} else None", "",
             "def __len__(self):", f"    return len(self.{items})"]
    if use_bool:
        lines += ["", "def __bool__(self):", f"    return bool(self.{items})"]
    else:
        lines += ["", "def is_empty(self):", f"    return not self.{items}"]
    lines += ["", "def __repr__(self):", f"    return f'{cls}({{self.{items}!r}})'"]
    block = _class_block(cls, lines, _doc(ctx, "Last in, first out."))
    text = ctx.pick(["text", "expr", "source"])
    constants = {"PAIRS": "{')': '(', ']': '[', '}': '{'}"}
    empty = "not stack" if use_bool else "stack.is_empty()"
    body = [f"stack = {cls}()", f"for i, ch in enumerate({text}):", "    if ch in '([{':", "        stack.push(ch)",
            "    elif ch in PAIRS:"]
    report_pos = ctx.chance(0.5)
    if ctx.chance(0.5):
        body += [f"        if {empty} or stack.peek() != PAIRS[ch]:", "            return i" if report_pos else "            return False",
                 "        stack.pop()"]
    else:
        body += [f"        if {empty}:", "            return i" if report_pos else "            return False",
                 "        if stack.pop() != PAIRS[ch]:", "            return i" if report_pos else "            return False"]
    if report_pos:
        body += [f"return -1 if {empty} else len({text})"]
        returns, summary = "int", "Index of the first unmatched bracket, or -1 when all are matched."
    else:
        body += [f"return {empty}" if use_bool else "return len(stack) == 0"]
        returns, summary = "bool", "Whether every bracket in the text is closed in the right order."
    name = ctx.pick(["check_brackets", "balanced", "brackets_match"]) if not report_pos else ctx.pick(
        ["first_unmatched", "bracket_error_at"])
    return Func(name, [Param(text, "str", _brackets)], returns, body, summary, constants=constants, helpers=[block])


def _jobs(rng: random.Random) -> list:
    names = rng.sample(FIRST, rng.randint(2, 5))
    return [(n.capitalize(), rng.randint(1, 7)) for n in names]


def round_robin_queue(ctx: Ctx) -> Func:
    """A Queue over collections.deque (enqueue/dequeue, __len__, __iter__ with yield): round robin."""
    cls = ctx.pick(["TurnQueue", "FifoQueue", "RoundRobinQueue"])
    lines = ["def __init__(self, items=()):", "    self._items = deque(items)", "",
             "def enqueue(self, item):", "    self._items.append(item)", "",
             "def dequeue(self):", "    return self._items.popleft()", "",
             "def __len__(self):", "    return len(self._items)", "",
             "def __iter__(self):", "    for item in self._items:", "        yield item"]
    block = _class_block(cls, lines, _doc(ctx, "First in, first out, on top of a deque."))
    jobs = ctx.pick(["jobs", "tasks", "requests"])
    q = ctx.pick(["queue", "pending", "waiting"])
    slice_ = ctx.pick(["quantum", "slice_size", "step"])
    body = [f"{q} = {cls}({jobs})", "finished = []"]
    if ctx.chance(0.5):
        body += [f"while {q}:"]
    else:
        body += [f"while len({q}) > 0:"]
    body += [f"    name, left = {q}.dequeue()", f"    left -= {slice_}", "    if left > 0:",
             f"        {q}.enqueue((name, left))", "    else:", "        finished.append(name)"]
    if ctx.chance(0.4):
        body[-1:] = ["        finished.append(name)", f"        if len(finished) == limit:", "            break"]
        params_extra = [Param("limit", "int", lambda r: r.randint(1, 3), default="2")]
        body += [f"return finished, [name for name, _ in {q}]"]
        returns = "tuple[list[str], list[str]]"
    else:
        params_extra = []
        body += ["return finished"]
        returns = "list[str]"
    name = ctx.pick(["round_robin", "schedule_jobs", "serve_in_turns"])
    return Func(name, [Param(jobs, "list[tuple[str, int]]", _jobs),
                       Param(slice_, "int", lambda r: r.randint(1, 3), default="2"), *params_extra], returns, body,
                "Serve the jobs in turns of a fixed size; return the names in the order they finish.",
                imports={"from collections import deque"}, helpers=[block])


def _stock_moves(rng: random.Random) -> list:
    goods = rng.sample(PRODUCTS, 3)
    return [(rng.choice(["restock", "sell", "sell"]), rng.choice(goods), rng.choice([1, 2, 3, 5, 10]))
            for _ in range(rng.randint(3, 7))]


def inventory_class(ctx: Ctx) -> Func:
    """Inventory with restock/sell (raising on oversell), __contains__ and __getitem__."""
    cls = ctx.pick(["StockBook", "Pantry", "Depot"])
    err = ctx.pick(["ValueError", "RuntimeError"])
    lines = ["def __init__(self):", "    self.stock = {}", "",
             "def restock(self, item, qty):", "    self.stock[item] = self.stock.get(item, 0) + qty", "",
             "def sell(self, item, qty):", "    have = self.stock.get(item, 0)", "    if qty > have:",
             f"        raise {err}(f'only {{have}} {{item}} left, cannot sell {{qty}}')",
             "    self.stock[item] = have - qty", "",
             "def __contains__(self, item):", "    return self.stock.get(item, 0) > 0", "",
             "def __getitem__(self, item):", "    return self.stock.get(item, 0)"]
    block = _class_block(cls, lines, _doc(ctx, "Quantities on hand per item."))
    moves = ctx.pick(["moves", "events", "log"])
    inv = ctx.pick(["inv", "store", "shop"])
    catch = ctx.chance(0.7)
    body = [f"{inv} = {cls}()"]
    opening = ctx.chance(0.5)
    if opening:
        body += [f"for item in sorted({{m[1] for m in {moves}}}):", f"    {inv}.restock(item, start)"]
    if catch:
        body += ["refused = []", f"for action, item, qty in {moves}:", "    if action == 'restock':",
                 f"        {inv}.restock(item, qty)", "        continue", "    try:", f"        {inv}.sell(item, qty)",
                 f"    except {err}:", "        refused.append(item)",
                 f"return {{item: {inv}[item] for item in sorted({inv}.stock)}}, refused"]
        returns = "tuple[dict[str, int], list[str]]"
    else:
        body += [f"for action, item, qty in {moves}:", "    if action == 'restock':", f"        {inv}.restock(item, qty)",
                 "    else:", f"        {inv}.sell(item, qty)",
                 f"return sorted(item for item in {inv}.stock if item in {inv})"]
        returns = "list[str]"
    params = [Param(moves, "list[tuple[str, str, int]]", _stock_moves)]
    if opening:
        params.append(Param("start", "int", lambda r: r.choice([0, 2, 5, 10]), default="5"))
    name = ctx.pick(["replay_stock", "run_inventory", "apply_stock_moves"])
    return Func(name, params, returns, body, "Apply restocks and sales to a fresh inventory.", helpers=[block],
                may_raise=not catch)


def temperature_class(ctx: Ctx) -> Func:
    """Temperature stored in Celsius; fahrenheit/kelvin properties, a classmethod, __lt__, __repr__."""
    cls = ctx.pick(["Temp", "TempReading", "Celsius"])
    lines = ["def __init__(self, celsius):", "    self.celsius = celsius", "",
             "@classmethod", "def from_fahrenheit(cls, degrees):", "    return cls((degrees - 32) * 5 / 9)", "",
             "@property", "def fahrenheit(self):", "    return self.celsius * 9 / 5 + 32", "",
             "@property", "def kelvin(self):", "    return self.celsius + 273.15", "",
             "def __lt__(self, other):", "    return self.celsius < other.celsius", "",
             "def __repr__(self):", f"    return f'{cls}({{self.celsius:.1f}}C)'"]
    block = _class_block(cls, lines, _doc(ctx, "A temperature, kept in degrees Celsius."))
    xs = ctx.pick(["readings", "temps_f", "fahrenheit_values"])
    r = ctx.rng.random()
    body = [f"temps = [{cls}.from_fahrenheit(f) for f in {xs}]"]
    if r < 0.35:
        body += ["coldest, warmest = min(temps), max(temps)", "return coldest, warmest"]
        returns = f"tuple[{cls}, {cls}]"
    elif r < 0.7:
        body += ["freezing = 0", "for t in temps:", "    if t.celsius <= 0:", "        freezing += 1",
                 "mean_k = sum(t.kelvin for t in temps) / len(temps)", "return freezing, round(mean_k, 1)"]
        returns = "tuple[int, float]"
    else:
        body += ["ordered = sorted(temps)", "return [round(t.celsius, 1) for t in ordered[-top:]]"]
        returns = "list[float]"

    def fahrenheit(rg: random.Random) -> list:
        return [rg.choice([rg.randint(10, 100), 32, 212, rg.randint(-5, 50)]) for _ in range(rg.randint(2, 7))]
    params = [Param(xs, "list[float]", fahrenheit)]
    if r >= 0.7:
        params.append(Param("top", "int", lambda rg: rg.randint(1, 3), default="3"))
    name = ctx.pick(["convert_readings", "summarize_temps", "weather_report"])
    return Func(name, params, returns, body, "Readings in Fahrenheit, converted and summarized in Celsius.",
                helpers=[block])


def tally_class(ctx: Ctx) -> Func:
    """A Tally: add, __contains__, __len__, __iter__ (yield, most first), most_common()."""
    cls = ctx.pick(["VoteCounter", "VoteTally", "TallyBoard"])
    lines = ["def __init__(self):", "    self._counts = {}", "",
             "def add(self, key, n=1):", "    self._counts[key] = self._counts.get(key, 0) + n", "",
             "def __contains__(self, key):", "    return key in self._counts", "",
             "def __len__(self):", "    return len(self._counts)", "",
             "def __iter__(self):", "    for key in sorted(self._counts, key=lambda k: (-self._counts[k], k)):",
             "        yield key, self._counts[key]"]
    if ctx.chance(0.5):
        lines += ["", "def most_common(self, n):", "    return list(self)[:n]"]
        top = True
    else:
        lines += ["", "def winner(self):", "    for key, _ in self:", "        return key", "    return None"]
        top = False
    block = _class_block(cls, lines, _doc(ctx, "Counts of keys, iterated most frequent first."))
    votes = ctx.pick(["votes", "ballots", "picks"])
    t = ctx.pick(["tally", "counts", "board"])
    normal = ctx.chance(0.6)
    body = [f"{t} = {cls}()", f"for v in {votes}:"]
    if normal:
        body += ["    key = v.strip().lower()", "    if not key:", "        continue", f"    {t}.add(key)"]
    else:
        body += [f"    {t}.add(v)"]
    if top:
        body += [f"return len({t}), {t}.most_common(2)"]
        returns = "tuple[int, list[tuple[str, int]]]"
    else:
        body += [f"return {t}.winner(), len({t})"]
        returns = "tuple[str | None, int]"

    def ballots(rg: random.Random) -> list:
        choices = rg.sample(FIRST, 3)
        return [rg.choice([c.capitalize(), c, " " + c.upper(), c]) if normal else rg.choice(choices)
                for c in (rg.choice(choices) for _ in range(rg.randint(2, 10)))]
    name = ctx.pick(["count_votes", "tally_votes", "election_result"])
    return Func(name, [Param(votes, "list[str]", ballots)], returns, body, "Count the votes per candidate.",
                helpers=[block])


def _expression(rng: random.Random) -> str:
    parts = [str(rng.randint(0, 99))]
    for _ in range(rng.randint(1, 4)):
        parts += [rng.choice(["+", "-", "*", "/"]), rng.choice([str(rng.randint(0, 99)), rng.choice(["x", "rate", "n1"])])]
    if rng.random() < 0.3:
        parts.insert(0, "(")
        parts.insert(4, ")")
    sep = rng.choice([" ", " ", ""])
    return sep.join(parts)


def tokenizer_class(ctx: Ctx) -> Func:
    """A Tokenizer over a string: a while loop scanning characters, __iter__ with yield."""
    cls = ctx.pick(["FormulaLexer", "TokenStream", "MathScanner"])
    lines = ["def __init__(self, text):", "    self.text = text", "    self.pos = 0", "",
             "def _read_while(self, test):", "    start = self.pos",
             "    while self.pos < len(self.text) and test(self.text[self.pos]):", "        self.pos += 1",
             "    return self.text[start:self.pos]", "",
             "def __iter__(self):", "    while self.pos < len(self.text):", "        ch = self.text[self.pos]",
             "        if ch.isspace():", "            self.pos += 1", "        elif ch.isdigit():",
             "            yield 'number', self._read_while(str.isdigit)", "        elif ch.isalpha():",
             "            yield 'name', self._read_while(str.isalnum)", "        else:", "            self.pos += 1",
             "            yield 'op', ch"]
    block = _class_block(cls, lines, _doc(ctx, "Splits a formula into numbers, names and operators."))
    expr = ctx.pick(["expr", "formula", "text"])
    r = ctx.rng.random()
    if r < 0.4:
        body = ["counts = {}", f"for kind, _ in {cls}({expr}):", "    counts[kind] = counts.get(kind, 0) + 1", "return counts"]
        returns, summary = "dict[str, int]", "How many tokens of each kind the formula has."
    elif r < 0.7:
        body = [f"return [int(tok) for kind, tok in {cls}({expr}) if kind == 'number']"]
        if ctx.chance(0.5):
            body = ["numbers = []", f"for kind, tok in {cls}({expr}):", "    if kind != 'number':", "        continue",
                    "    numbers.append(int(tok))", "return numbers"]
        returns, summary = "list[int]", "The numbers written in the formula."
    else:
        body = [f"tokens = list({cls}({expr}))", "names = sorted({tok for kind, tok in tokens if kind == 'name'})",
                "return len(tokens), names"]
        returns, summary = "tuple[int, list[str]]", "Number of tokens and the variable names used."
    name = ctx.pick(["scan_formula", "tokenize", "inspect_formula"])
    return Func(name, [Param(expr, "str", _expression)], returns, body, summary, helpers=[block])


def linked_list_class(ctx: Ctx) -> Func:
    """Node + LinkedList: append walking to the tail, __iter__ with yield, __len__, reverse()."""
    cls = ctx.pick(["SinglyLinked", "LinkedSeq", "NodeChain"])
    node = ctx.pick(["Link", "Cell", "ChainNode"])
    node_block = _class_block(node, ["def __init__(self, value, next=None):", "    self.value = value",
                                     "    self.next = next"])
    lines = ["def __init__(self, values=()):", "    self.head = None", "    for v in values:", "        self.append(v)", "",
             "def append(self, value):", f"    new = {node}(value)", "    if self.head is None:", "        self.head = new",
             "        return", "    cur = self.head", "    while cur.next is not None:", "        cur = cur.next",
             "    cur.next = new", "",
             "def __iter__(self):", "    cur = self.head", "    while cur:", "        yield cur.value", "        cur = cur.next"]
    has_len = ctx.chance(0.5)
    if has_len:
        lines += ["", "def __len__(self):", "    return sum(1 for _ in self)"]
    if ctx.chance(0.6):
        lines += ["", "def reverse(self):", "    prev, cur = None, self.head", "    while cur:",
                  "        cur.next, prev, cur = prev, cur, cur.next", "    self.head = prev"]
        tail = ["chain.reverse()", "return list(chain)"]
        summary = "The values in reverse order, through a linked list."
    else:
        lines += ["", "def __contains__(self, value):", "    for v in self:", "        if v == value:",
                  "            return True", "    return False"]
        tail = ["return [v for v in probes if v in chain]"]
        summary = "Which of the probes the linked list holds."
    block = _class_block(cls, lines, _doc(ctx, "A singly linked list of values."))
    xs = ctx.pick(["values", "items", "numbers"])
    body = [f"chain = {cls}({xs})", *tail]
    params = [Param(xs, "list[int]", lambda r: [r.randint(0, 30) for _ in range(r.randint(1, 6))])]
    if "probes" in tail[0]:
        params.append(Param("probes", "list[int]", lambda r: [r.randint(0, 30) for _ in range(r.randint(1, 4))]))
    if has_len:
        body[-1] = body[-1].replace("return ", "return len(chain), ")
        summary = summary[:-1] + ", with its length."
    returns = "tuple[int, list[int]]" if has_len else "list[int]"
    name = ctx.pick(["reversed_via_list", "chain_values", "linked_demo"]) if "reverse" in tail[0] else ctx.pick(
        ["members", "found_in_chain", "lookup_all"])
    return Func(name, params, returns, body, summary, helpers=[node_block, block])


def gradebook_class(ctx: Ctx) -> Func:
    """GradeBook: add(), average(), a @staticmethod letter(), best() via max(key=...)."""
    cls = ctx.pick(["MarkSheet", "ScoreBook", "MarkBook"])
    lines = ["def __init__(self):", "    self.scores = {}", "",
             "def add(self, student, mark):", "    self.scores.setdefault(student, []).append(mark)", "",
             "def average(self, student):", "    marks = self.scores[student]", "    return sum(marks) / len(marks)", "",
             "@staticmethod", "def letter(avg):", "    for bound, grade in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):",
             "        if avg >= bound:", "            return grade", "    return 'F'", "",
             "def best(self):", "    return max(self.scores, key=self.average)"]
    block = _class_block(cls, lines, _doc(ctx, "Marks per student."))
    rows = ctx.pick(["marks", "results", "entries"])
    book = ctx.pick(["book", "grades", "sheet"])
    body = [f"{book} = {cls}()", f"for student, mark in {rows}:", f"    {book}.add(student.strip().title(), mark)"]
    r = ctx.rng.random()
    if r < 0.4:
        body += [f"return {{s: {cls}.letter({book}.average(s)) for s in sorted({book}.scores)}}"]
        returns = "dict[str, str]"
    elif r < 0.7:
        body += [f"top = {book}.best()", f"return top, round({book}.average(top), 1)"]
        returns = "tuple[str, float]"
    else:
        body += ["report = []", f"for s in sorted({book}.scores):", f"    avg = {book}.average(s)",
                 f"    report.append(f'{{s}}: {{avg:.1f}} ({{{book}.letter(avg)}})')", "return report"]
        returns = "list[str]"

    def pairs(rg: random.Random) -> list:
        names = rg.sample(FIRST, rg.randint(2, 3))
        return [(rg.choice([n, n.capitalize(), " " + n]), score(rg)) for n in (rg.choice(names) for _ in range(rg.randint(2, 7)))]
    name = ctx.pick(["grade_report", "grade_students", "summarize_marks"])
    return Func(name, [Param(rows, "list[tuple[str, int]]", pairs)], returns, body,
                "Collect the marks per student and grade each one.", helpers=[block])


def _task_rows(rng: random.Random) -> list:
    verbs = ["fix", "write", "review", "ship", "test", "plan"]
    return [(f"{rng.choice(verbs)} {rng.choice(PRODUCTS)}", rng.randint(1, 5), rng.choice([0.5, 1.0, 2.0, 3.0, 4.0]))
            for _ in range(rng.randint(2, 6))]


def dataclass_ordering(ctx: Ctx) -> Func:
    """@dataclass(order=True) compared by its first field; field(compare=False); sorted or heapq."""
    cls = ctx.pick(["Ticket", "Chore", "WorkItem"])
    lines = ["priority: int", "name: str = field(compare=False)", "hours: float = field(default=1.0, compare=False)"]
    if ctx.chance(0.5):
        lines += ["", "def label(self):", "    return f'P{self.priority} {self.name}'"]
        show = "t.label()"
    else:
        show = "t.name"
    block = _class_block(cls, lines, _doc(ctx, "A piece of work; lower priority numbers come first."),
                         pre=[f"# {cls} objects compare by priority only.", "@dataclass(order=True)"])
    rows = ctx.pick(["rows", "todo", "backlog"])
    budget = ctx.pick(["budget", "hours_left", "capacity"])
    use_heap = ctx.chance(0.4)
    imports = {"from dataclasses import dataclass, field"}
    body = [f"tasks = [{cls}(prio, name, hours) for name, prio, hours in {rows}]"]
    if use_heap:
        imports.add("import heapq")
        body += ["heapq.heapify(tasks)", "planned = []", "while tasks:", "    t = heapq.heappop(tasks)"]
    else:
        body += ["planned = []", "for t in sorted(tasks):"]
    body += [f"    if t.hours > {budget}:", "        break" if ctx.chance(0.5) else "        continue",
             f"    {budget} -= t.hours", f"    planned.append({show})", f"return planned"]
    name = ctx.pick(["plan_day", "pick_tasks", "fill_schedule"])
    return Func(name, [Param(rows, "list[tuple[str, int, float]]", _task_rows),
                       Param(budget, "float", lambda r: r.choice([2.0, 4.0, 6.0, 8.0]), default="8.0")],
                "list[str]", body, "Take the tasks by priority while the hours last.", imports=imports, helpers=[block])


def _staff(rng: random.Random) -> list:
    return [(rng.choice(FIRST).capitalize(), rng.choice([20, 32, 38, 40, 45]), rng.choice([15.0, 18.5, 22.0, 30.0]),
             rng.random() < 0.35) for _ in range(rng.randint(2, 5))]


def employee_inheritance(ctx: Ctx) -> Func:
    """Employee/Manager: super().__init__, an overridden pay(), __repr__ using type(self).__name__."""
    base = ctx.pick(["Worker", "HourlyWorker", "Clerk"])
    sub = ctx.pick(["Supervisor", "Foreman", "ShiftLead"])
    overtime = ctx.chance(0.5)
    pay = (["def pay(self):", "    regular = min(self.hours, 40) * self.rate",
            "    extra = max(self.hours - 40, 0) * self.rate * 1.5", "    return regular + extra"] if overtime else
           ["def pay(self):", "    return self.hours * self.rate"])
    base_block = _class_block(base, ["def __init__(self, name, hours, rate):", "    self.name = name",
                                     "    self.hours = hours", "    self.rate = rate", "", *pay, "",
                                     "def __repr__(self):", "    return f'{type(self).__name__}({self.name!r})'"],
                              _doc(ctx, "Someone paid by the hour."))
    sub_lines = ["def __init__(self, name, hours, rate, bonus=BONUS):", "    super().__init__(name, hours, rate)",
                 "    self.bonus = bonus", "", "def pay(self):", "    return super().pay() + self.bonus"]
    sub_block = _class_block(f"{sub}({base})", sub_lines)
    staff = ctx.pick(["staff", "people", "team"])
    body = ["payroll = {}", f"for name, hours, rate, leads in {staff}:",
            f"    person = {sub}(name, hours, rate) if leads else {base}(name, hours, rate)"]
    if ctx.chance(0.5):
        body += ["    payroll[name] = round(person.pay(), 2)", "return payroll"]
        returns = "dict[str, float]"
    else:
        body = [f"people = [{sub}(n, h, r) if lead else {base}(n, h, r) for n, h, r, lead in {staff}]",
                "top = max(people, key=lambda p: p.pay())",
                "return top, round(sum(p.pay() for p in people), 2)"]
        returns = f"tuple[{base}, float]"
    name = ctx.pick(["run_payroll", "weekly_pay", "compute_wages"])
    return Func(name, [Param(staff, "list[tuple[str, int, float, bool]]", _staff)], returns, body,
                "Weekly pay of each person; leads get a fixed bonus on top.",
                constants={"BONUS": ctx.pick(["100", "250", "50.0"])}, helpers=[base_block, sub_block])


def _shape_specs(rng: random.Random) -> list:
    out = []
    for _ in range(rng.randint(2, 5)):
        kind = rng.choice(["rect", "circle", "square", "rect"])
        if kind == "rect":
            out.append(f"rect {rng.randint(1, 9)} {rng.randint(1, 9)}")
        else:
            out.append(f"{kind} {rng.randint(1, 6)}")
    if rng.random() < 0.2:
        out.insert(rng.randrange(len(out)), rng.choice(["triangle 3 4", "rect 2"]))
    return out


def shape_hierarchy(ctx: Ctx) -> Func:
    """Shape/Rectangle/Circle(/Square): area() overridden, a from_string classmethod factory."""
    base = ctx.pick(["Shape2D", "PlaneShape"])
    square = ctx.chance(0.5)
    base_lines = ["def area(self):", "    raise NotImplementedError", "",
                  "def __lt__(self, other):", "    return self.area() < other.area()"]
    rect = _class_block(f"Rectangle({base})", ["def __init__(self, width, height):", "    self.width = width",
                                               "    self.height = height", "", "def area(self):",
                                               "    return self.width * self.height"])
    circle = _class_block(f"Circle({base})", ["def __init__(self, radius):", "    self.radius = radius", "",
                                              "def area(self):", "    return math.pi * self.radius ** 2"])
    blocks = [_class_block(base, base_lines, _doc(ctx, "Something with an area.")), rect, circle]
    if square:
        blocks.append(_class_block("Square(Rectangle)", ["def __init__(self, side):", "    super().__init__(side, side)"]))
    kinds = "{'rect': Rectangle, 'circle': Circle" + (", 'square': Square}" if square else "}")
    spec = ctx.pick(["spec", "line", "text"])
    parse = Func(ctx.pick(["parse_shape", "make_shape", "shape_from"]), [Param(spec, "str", lambda r: "rect 2 3")],
                 base, [f"kind, *sizes = {spec}.split()", f"cls = {kinds}.get(kind)", "if cls is None:",
                        "    raise ValueError(f'unknown shape: {kind}')", "return cls(*(float(s) for s in sizes))"],
                 "Build a shape from text like 'rect 3 4' or 'circle 2'.")
    specs = ctx.pick(["specs", "lines", "shapes"])
    r = ctx.rng.random()
    if r < 0.5:
        body = [f"found = [{parse.name}(s) for s in {specs}]", "biggest = max(found)",
                "return type(biggest).__name__, round(sum(s.area() for s in found), 2)"]
        returns = "tuple[str, float]"
        raises = True
    else:
        body = ["areas = []", f"for s in {specs}:", "    try:", f"        shape = {parse.name}(s)",
                "    except (ValueError, TypeError):", "        continue", "    areas.append(round(shape.area(), 2))",
                "return sorted(areas, reverse=True)"]
        returns = "list[float]"
        raises = False
    name = ctx.pick(["total_area", "measure_shapes", "area_report"])
    parse.helpers = blocks
    return Func(name, [Param(specs, "list[str]", _shape_specs)], returns, body, "Areas of the shapes described by the lines.",
                imports={"import math"}, helpers=[parse], may_raise=raises)


def _versions(rng: random.Random) -> list:
    return [rng.choice([f"{rng.randint(0, 3)}.{rng.randint(0, 12)}.{rng.randint(0, 20)}",
                        f"{rng.randint(0, 3)}.{rng.randint(0, 12)}", f"v{rng.randint(1, 2)}.{rng.randint(0, 10)}.0"])
            for _ in range(rng.randint(2, 6))]


def version_class(ctx: Ctx) -> Func:
    """Version with from_string (classmethod), __eq__/__lt__ on tuples, __repr__; sorted, max."""
    cls = ctx.pick(["Version", "Release", "SemVer"])
    lines = ["def __init__(self, major, minor=0, patch=0):", "    self.major = major", "    self.minor = minor",
             "    self.patch = patch", "",
             "@classmethod", "def from_string(cls, text):", "    parts = text.strip().lstrip('v').split('.')",
             "    return cls(*(int(p) for p in parts))", "",
             "def key(self):", "    return (self.major, self.minor, self.patch)", "",
             "def __eq__(self, other):", "    return self.key() == other.key()", "",
             "def __lt__(self, other):", "    return self.key() < other.key()", "",
             "def __repr__(self):", "    return f'{self.major}.{self.minor}.{self.patch}'"]
    block = _class_block(cls, lines, _doc(ctx, "A dotted version number; missing parts count as 0."))
    tags = ctx.pick(["tags", "versions", "releases"])
    r = ctx.rng.random()
    body = [f"parsed = [{cls}.from_string(t) for t in {tags}]"]
    if r < 0.4:
        body += ["return sorted(parsed)"]
        returns = f"list[{cls}]"
    elif r < 0.7:
        body += ["newest = max(parsed)", "return newest, [v for v in parsed if v == newest].__len__()"]
        body[-1] = "return newest, sum(1 for v in parsed if v == newest)"
        returns = f"tuple[{cls}, int]"
    else:
        body += [f"floor = {cls}.from_string(minimum)", "ok = []", "for v in sorted(parsed):", "    if v < floor:",
                 "        continue", "    ok.append(repr(v))", "return ok"]
        returns = "list[str]"
    params = [Param(tags, "list[str]", _versions)]
    if r >= 0.7:
        params.append(Param("minimum", "str", lambda rg: rg.choice(["1.0", "1.2.0", "0.5", "2.0.1"]), default="'1.0'"))
    name = ctx.pick(["sort_versions", "latest_release", "supported_versions"])
    return Func(name, params, returns, body, "Compare release tags as version numbers, not as text.", helpers=[block])


# ---------------------------------------------------------------- numbers


def variance_by_hand(ctx: Ctx) -> Func:
    """mean helper, then population or sample variance with a generator sum, math.sqrt."""
    xs = ctx.pick(["values", "samples", "scores"])
    mean = Func(ctx.pick(["mean", "mean_of", "arithmetic_mean"]), [Param(xs, "list[float]", "scores")], "float", [f"return sum({xs}) / len({xs})"],
                "Arithmetic mean of a non-empty list.")
    sample = ctx.chance(0.5)
    denom = f"(len({xs}) - 1)" if sample else f"len({xs})"
    body = [f"m = {mean.name}({xs})"]
    if ctx.chance(0.5):
        body += [f"squares = sum((x - m) ** 2 for x in {xs})"]
    else:
        body += ["squares = 0.0", f"for x in {xs}:", "    diff = x - m", "    squares += diff * diff"]
    body += [f"variance = squares / {denom}"]
    if ctx.chance(0.5):
        body += ["return round(m, 2), round(math.sqrt(variance), 2)"]
        returns, summary = "tuple[float, float]", "Mean and standard deviation"
    else:
        body += ["return round(variance, 3)"]
        returns, summary = "float", "Variance"
    summary += " (sample)." if sample else " (population)."
    name = ctx.pick(["spread", "describe_spread", "std_dev"]) if "sqrt" in body[-1] else ctx.pick(["variance", "var_of"])
    return Func(name, [Param(xs, "list[float]", "scores" if not sample else "temps")], returns, body, summary,
                imports={"import math"} if "sqrt" in body[-1] else set(), helpers=[mean],
                details=("Args:", f"    {xs}: at least two numbers.", "Returns:", "    The rounded result."))


def percentile_rank(ctx: Ctx) -> Func:
    """Percentiles from sorted data: nearest rank with math.ceil, or linear interpolation."""
    xs = ctx.pick(["values", "times", "latencies"])
    p = ctx.pick(["p", "pct", "percent"])
    interp = ctx.chance(0.5)
    if interp:
        inner = ["ordered = sorted(data)", f"pos = ({p} / 100) * (len(ordered) - 1)", "lo = math.floor(pos)",
                 "hi = math.ceil(pos)", "frac = pos - lo", "return ordered[lo] + (ordered[hi] - ordered[lo]) * frac"]
    else:
        inner = ["ordered = sorted(data)", f"rank = math.ceil({p} / 100 * len(ordered))",
                 "return ordered[max(rank, 1) - 1]"]
    helper = Func("percentile", [Param("data", "list[float]", "readings"), Param(p, "float", lambda r: 50)], "float",
                  inner, "The p-th percentile of the data (0-100).", imports={"import math"})
    if ctx.chance(0.5):
        body = [f"return {{q: round(percentile({xs}, q), 1) for q in QUANTILES}}"]
        constants = {"QUANTILES": ctx.pick(["(25, 50, 75)", "(50, 90, 99)", "[10, 50, 90]"])}
        returns = "dict[int, float]"
    else:
        body = [f"low = percentile({xs}, 25)", f"high = percentile({xs}, 75)", "spread = high - low",
                f"return [x for x in {xs} if x < low - 1.5 * spread or x > high + 1.5 * spread]"]
        constants = {}
        returns = "list[float]"
    name = ctx.pick(["percentiles", "latency_summary", "quantile_table"]) if constants else ctx.pick(
        ["outliers", "find_outliers", "unusual_values"])
    return Func(name, [Param(xs, "list[float]", "readings")], returns, body,
                "Percentiles of the values." if constants else "Values outside 1.5 interquartile ranges.",
                imports={"import math"}, constants=constants, helpers=[helper])


def discount_and_tax(ctx: Ctx) -> Func:
    """A price after a tiered discount (a constant table scanned with an early return) and tax."""
    tiers = ctx.pick(["DISCOUNT_TIERS", "TIERS"])
    constants = {tiers: ctx.pick(["[(200, 0.2), (100, 0.1), (50, 0.05)]", "[(500, 0.15), (100, 0.08)]",
                                  "[(150, 0.12), (75, 0.06), (25, 0.02)]"]),
                 "TAX_RATE": ctx.pick(["0.08", "0.2", "0.0725"])}
    amount = ctx.pick(["amount", "subtotal", "total"])
    rate_fn = Func(ctx.pick(["discount_rate", "rate_for"]), [Param(amount, "float", "price")], "float",
                   [f"for floor, rate in {tiers}:", f"    if {amount} >= floor:", "        return rate", "return 0.0"],
                   "The discount for an amount: the first tier it reaches.")
    prices = ctx.pick(["prices", "items", "basket"])
    body = [f"subtotal = sum({prices})" if ctx.chance(0.6) else f"subtotal = round(sum({prices}), 2)",
            f"discount = subtotal * {rate_fn.name}(subtotal)", "taxed = (subtotal - discount) * (1 + TAX_RATE)"]
    if ctx.chance(0.5):
        body += ["return round(taxed, 2)"]
        returns = "float"
    else:
        body += ["return {'subtotal': round(subtotal, 2), 'discount': round(discount, 2), 'total': round(taxed, 2)}"]
        returns = "dict[str, float]"

    def basket(r: random.Random) -> list:
        return [round(r.choice([4.99, 12.5, 19.99, 35.0, 49.95, 80.0, 120.0, r.uniform(1, 60)]), 2)
                for _ in range(r.randint(1, 6))]
    name = ctx.pick(["checkout", "final_price", "price_breakdown"])
    return Func(name, [Param(prices, "list[float]", basket)], returns, body,
                "Total to pay: tiered discount first, then tax.", constants=constants, helpers=[rate_fn])


def _distances(rng: random.Random) -> list:
    units = ["km", "m", "mi", "ft", "cm", "yd"]
    return [rng.choice([f"{rng.randint(1, 500)} {rng.choice(units)}", f"{rng.randint(1, 40)}.{rng.randint(0, 9)}{rng.choice(units)}",
                        f"{rng.randint(1, 9)} {rng.choice(units).upper()}"]) for _ in range(rng.randint(2, 6))]


def unit_conversion(ctx: Ctx) -> Func:
    """Distances like '3.5 km' parsed (re or rstrip of letters) and converted through a factor table."""
    table = ctx.pick(["TO_METRES", "METRES_PER_UNIT", "FACTORS"])
    constants = {table: "{'m': 1.0, 'km': 1000.0, 'cm': 0.01, 'mi': 1609.344, 'ft': 0.3048, 'yd': 0.9144}"}
    text = ctx.pick(["text", "distance", "reading"])
    use_re = ctx.chance(0.5)
    if use_re:
        inner = [rf"match = re.fullmatch(r'\s*([\d.]+)\s*([a-zA-Z]+)\s*', {text})", "if match is None:",
                 f"    raise ValueError(f'not a distance: {{{text}!r}}')", "number, unit = match.groups()",
                 f"return float(number) * {table}[unit.lower()]"]
        imports = {"import re"}
    else:
        inner = [f"cleaned = {text}.strip().lower()", "unit = cleaned.lstrip('0123456789. ')",
                 "number = cleaned[:len(cleaned) - len(unit)]", f"return float(number) * {table}[unit]"]
        imports = set()
    helper = Func(ctx.pick(["to_metres", "parse_distance"]), [Param(text, "str", lambda r: "3 km")], "float", inner,
                  "Length of a distance like '3.5 km', in metres.", imports=imports)
    xs = ctx.pick(["legs", "distances", "entries"])
    target = ctx.pick(["km", "mi"])
    if ctx.chance(0.5):
        body = [f"total = sum({helper.name}(d) for d in {xs})", f"return round(total / {table}['{target}'], 3)"]
        returns, summary = "float", f"Total distance of all legs, in {target}."
    else:
        body = [f"metres = [{helper.name}(d) for d in {xs}]", "longest = max(range(len(metres)), key=metres.__getitem__)",
                f"return {xs}[longest], round(metres[longest], 1)"]
        returns, summary = "tuple[str, float]", "The longest distance as written, and its length in metres."
    name = ctx.pick(["total_distance", "trip_length", "sum_legs"]) if returns == "float" else ctx.pick(
        ["longest_leg", "farthest"])
    return Func(name, [Param(xs, "list[str]", _distances)], returns, body, summary, constants=constants, helpers=[helper])


def prime_sieve(ctx: Ctx) -> Func:
    """Sieve of Eratosthenes up to n with math.isqrt (or i * i <= n); the primes or twin pairs."""
    n = ctx.pick(["n", "limit", "upper"])
    flags = ctx.pick(["is_prime", "sieve", "marks"])
    body = [f"if {n} < 2:", "    return []", f"{flags} = [True] * ({n} + 1)", f"{flags}[0] = {flags}[1] = False"]
    imports: set[str] = set()
    if ctx.chance(0.5):
        imports.add("import math")
        body += [f"for i in range(2, math.isqrt({n}) + 1):"]
    else:
        body += ["i = 2", f"while i * i <= {n}:"]
    loop_while = body[-1].startswith("while")
    body += [f"    if {flags}[i]:" if ctx.chance(0.5) else f"    if not {flags}[i]:"]
    if body[-1].startswith("    if not"):
        body += ["        " + ("i += 1" if loop_while else "continue")]
        if loop_while:
            body += ["        continue"]
        body += [f"    for j in range(i * i, {n} + 1, i):", f"        {flags}[j] = False"]
    else:
        body += [f"        for j in range(i * i, {n} + 1, i):", f"            {flags}[j] = False"]
    if loop_while:
        body += ["    i += 1"]
    primes = f"[k for k, flag in enumerate({flags}) if flag]"
    if ctx.chance(0.4):
        body += [f"primes = {primes}", "return [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]"]
        returns, summary = "list[tuple[int, int]]", "Twin primes up to n."
    else:
        body += [f"return {primes}"]
        returns, summary = "list[int]", "All primes up to and including n."
    name = ctx.pick(["primes_up_to", "sieve_primes", "list_primes"]) if "Twin" not in summary else ctx.pick(
        ["twin_primes", "prime_pairs"])
    return Func(name, [Param(n, "int", lambda r: r.choice([r.randint(0, 40), 30, 50, r.randint(10, 60)]))],
                returns, body, summary, imports=imports)


def digit_sums(ctx: Ctx) -> Func:
    """Digit sum with divmod in a while loop (or str()), digital root, numbers grouped by it."""
    n = ctx.pick(["n", "number", "value"])
    if ctx.chance(0.5):
        inner = ["total = 0", f"{n} = abs({n})", f"while {n}:", f"    {n}, digit = divmod({n}, 10)", "    total += digit",
                 "return total"]
    else:
        inner = [f"return sum(int(d) for d in str(abs({n})))"]
    helper = Func("digit_sum", [Param(n, "int", "big_n")], "int", inner, "Sum of the decimal digits.")
    xs = ctx.pick(["numbers", "values", "ids"])
    r = ctx.rng.random()
    if r < 0.35:
        body = [f"s = digit_sum({n})", "steps = 0", "while s >= 10:", "    s = digit_sum(s)", "    steps += 1",
                "return s, steps"]
        params, returns, summary = [Param(n, "int", "big_n")], "tuple[int, int]", "Digital root and how many extra passes it took."
        name = ctx.pick(["digital_root", "reduce_digits"])
    elif r < 0.7:
        body = ["groups = {}", f"for x in {xs}:", "    groups.setdefault(digit_sum(x), []).append(x)",
                "return dict(sorted(groups.items()))"]
        params, returns, summary = [Param(xs, "list[int]", "nums")], "dict[int, list[int]]", "Numbers grouped by their digit sum."
        name = ctx.pick(["group_by_digit_sum", "digit_sum_groups"])
    else:
        body = [f"return sorted({xs}, key=lambda x: (digit_sum(x), x))"]
        params, returns, summary = [Param(xs, "list[int]", "nums")], "list[int]", "Numbers ordered by digit sum, ties by value."
        name = ctx.pick(["sort_by_digit_sum", "order_by_digits"])
    return Func(name, params, returns, body, summary, helpers=[helper])


def base_conversion(ctx: Ctx) -> Func:
    """to_base with divmod and a DIGITS constant; checked against int(text, base), or padded."""
    n, base = ctx.pick(["n", "number", "value"]), ctx.pick(["base", "radix"])
    body = [f"if {n} == 0:", "    return '0'", f"sign = '-' if {n} < 0 else ''", f"{n} = abs({n})"]
    if ctx.chance(0.5):
        body += ["out = []", f"while {n}:", f"    {n}, rem = divmod({n}, {base})", "    out.append(DIGITS[rem])",
                 "return sign + ''.join(reversed(out))"]
    else:
        body += ["out = ''", f"while {n} > 0:", f"    out = DIGITS[{n} % {base}] + out", f"    {n} //= {base}",
                 "return sign + out"]
    conv = Func("to_base", [Param(n, "int", "big_n"), Param(base, "int", lambda r: r.choice([2, 8, 16]))], "str", body,
                "Write an integer in the given base (2 to 36).", constants={"DIGITS": "'0123456789abcdefghijklmnopqrstuvwxyz'"})
    xs = ctx.pick(["numbers", "values"])
    r = ctx.rng.random()
    if r < 0.4:
        outer = [f"return {{x: to_base(x, {base}) for x in {xs}}}"]
        returns, summary = "dict[int, str]", "Each number written in the base."
        name = ctx.pick(["convert_all", "in_base"])
    elif r < 0.7:
        outer = [f"width = max(len(to_base(x, 2)) for x in {xs})", f"return [to_base(x, 2).zfill(width) for x in {xs}]"]
        returns, summary = "list[str]", "Binary strings of the numbers, padded to the same width."
        name = ctx.pick(["binary_column", "padded_binary"])
    else:
        outer = ["bad = []", f"for x in {xs}:", f"    text = to_base(x, {base})", f"    if int(text, {base}) != x:",
                 "        bad.append(x)", f"return len({xs}) - len(bad), bad"]
        returns, summary = "tuple[int, list[int]]", "Round-trip each number through its base text; count the good ones."
        name = ctx.pick(["round_trip", "check_conversions"])
    params = [Param(xs, "list[int]", lambda r: [r.choice([0, r.randint(1, 300), r.randint(-50, 50), 255, 1024])
                                               for _ in range(r.randint(2, 4))] if r.random() < 0.2 else
                    [r.randint(1, 300) for _ in range(r.randint(2, 5))])]
    if "2)" not in outer[0]:
        params.append(Param(base, "int", lambda r: r.choice([2, 3, 8, 16, 36]), default="16"))
    return Func(name, params, returns, outer, summary, helpers=[conv])


def rule_table_fizzbuzz(ctx: Ctx) -> Func:
    """FizzBuzz generalised: a constant list of (divisor, word) rules, joined words or the number."""
    rules = ctx.pick(["RULES", "WORDS_FOR"])
    constants = {rules: ctx.pick(["[(3, 'Fizz'), (5, 'Buzz')]", "[(3, 'Fizz'), (5, 'Buzz'), (7, 'Bazz')]",
                                  "[(2, 'Even'), (3, 'Three')]", "[(4, 'Tick'), (6, 'Tock')]"])}
    n = ctx.pick(["n", "number", "i"])
    if ctx.chance(0.5):
        inner = [f"words = ''.join(word for d, word in {rules} if {n} % d == 0)", f"return words or str({n})"]
    else:
        inner = ["words = ''", f"for divisor, word in {rules}:", f"    if {n} % divisor == 0:", "        words += word",
                 f"return words if words else str({n})"]
    say = Func(ctx.pick(["say", "label", "speak"]), [Param(n, "int", "n")], "str", inner,
               "The words of every rule that divides n, or n itself.", constants=constants)
    r = ctx.rng.random()
    if r < 0.5:
        body = [f"return [{say.name}(k) for k in range(start, stop + 1)]"]
        returns, summary = "list[str]", "The labels from start to stop."
        params = [Param("start", "int", lambda rg: rg.randint(1, 10)), Param("stop", "int", lambda rg: rg.randint(10, 18))]
    else:
        body = ["counts = {}", "for k in range(1, count + 1):", f"    text = {say.name}(k)", "    if text.isdigit():",
                "        continue", "    counts[text] = counts.get(text, 0) + 1", "return counts"]
        returns, summary = "dict[str, int]", "How often each word label appears among 1..count."
        params = [Param("count", "int", lambda rg: rg.randint(5, 24))]
    name = ctx.pick(["labels_between", "fizzbuzz", "play_game"]) if r < 0.5 else ctx.pick(["label_counts", "count_labels"])
    return Func(name, params, returns, body, summary, helpers=[say])


def compound_interest(ctx: Ctx) -> Func:
    """Compound interest year by year in a loop, or years until a goal with a while loop."""
    principal = ctx.pick(["principal", "balance", "savings"])
    rate = ctx.pick(["rate", "annual_rate"])
    r = ctx.rng.random()
    if r < 0.5:
        body = ["history = []", "for year in range(1, years + 1):", f"    {principal} *= 1 + {rate}"]
        if ctx.chance(0.5):
            body += [f"    {principal} += deposit"]
            extra = [Param("deposit", "float", lambda rg: rg.choice([0.0, 50.0, 100.0, 500.0]), default="0.0")]
        else:
            extra = []
        body += [f"    history.append((year, round({principal}, 2)))", "return history"]
        params = [Param(principal, "float", lambda rg: float(rg.choice([100, 500, 1000, 2500, 10000]))),
                  Param(rate, "float", "rate"), Param("years", "int", lambda rg: rg.randint(1, 8)), *extra]
        returns, summary = "list[tuple[int, float]]", "Balance at the end of each year."
        name = ctx.pick(["growth_table", "interest_by_year", "project_savings"])
    else:
        body = ["years = 0", f"amount = {principal}", f"while amount < target and years < MAX_YEARS:",
                f"    amount = round(amount * (1 + {rate}), 2)", "    years += 1",
                "return years, amount" if ctx.chance(0.5) else "return years if amount >= target else None"]
        params = [Param(principal, "float", lambda rg: float(rg.choice([100, 500, 1000]))), Param(rate, "float", "rate"),
                  Param("target", "float", lambda rg: float(rg.choice([1500, 2000, 5000, 800])))]
        returns = "tuple[int, float]" if body[-1].endswith("amount") else "int | None"
        summary = "Years of compounding until the target is reached (capped at MAX_YEARS)."
        name = ctx.pick(["years_to_target", "time_to_goal", "years_until"])
    return Func(name, params, returns, body, summary, constants={"MAX_YEARS": "50"} if "MAX_YEARS" in str(body) else {})


def binary_search(ctx: Ctx) -> Func:
    """Binary search on a sorted list with an early return; or the insertion point (bisect or by hand)."""
    xs, target = ctx.pick(["items", "values", "sorted_nums"]), ctx.pick(["target", "wanted", "key"])
    lo, hi = ctx.pick(["lo", "low", "left"]), ctx.pick(["hi", "high", "right"])
    body = [f"{lo}, {hi} = 0, len({xs}) - 1", f"while {lo} <= {hi}:", f"    mid = ({lo} + {hi}) // 2",
            f"    if {xs}[mid] == {target}:", "        return mid", f"    if {xs}[mid] < {target}:",
            f"        {lo} = mid + 1", "    else:", f"        {hi} = mid - 1", "return -1"]
    search = Func(ctx.pick(["binary_search", "find_index", "search_sorted"]),
                  [Param(xs, "list[int]", lambda r: sorted(r.sample(range(0, 60), r.randint(3, 12)))),
                   Param(target, "int", lambda r: r.randint(0, 60))], "int", body,
                  "Index of target in the sorted list, or -1.")
    if ctx.chance(0.45):
        return search
    queries = ctx.pick(["queries", "lookups", "wanted_ids"])
    outer = [f"ordered = sorted({xs})", f"return {{q: {search.name}(ordered, q) for q in {queries}}}"]
    if ctx.chance(0.5):
        outer = [f"ordered = sorted({xs})", "hits = []", f"for q in {queries}:", f"    i = {search.name}(ordered, q)",
                 "    if i == -1:", "        continue", "    hits.append((q, i))", "return hits"]
        returns = "list[tuple[int, int]]"
    else:
        returns = "dict[int, int]"
    return Func(ctx.pick(["lookup_all", "positions", "find_many"]),
                [Param(xs, "list[int]", "small_nums"), Param(queries, "list[int]", lambda r: [r.randint(1, 30) for _ in range(r.randint(1, 4))])],
                returns, outer, "Where each query sits in the sorted values.", helpers=[search])


def clamp_normalize(ctx: Ctx) -> Func:
    """Clamp readings into a range (min/max or if/elif), then min-max normalise, guarding a flat list."""
    xs = ctx.pick(["readings", "values", "levels"])
    v = ctx.pick(["x", "value", "v"])
    if ctx.chance(0.5):
        inner = [f"return max(low, min(high, {v}))"]
    else:
        inner = [f"if {v} < low:", "    return low", f"if {v} > high:", "    return high", f"return {v}"]
    clamp = Func("clamp", [Param(v, "float", "score"), Param("low", "float", lambda r: 0),
                           Param("high", "float", lambda r: 100)], "float", inner, "Keep a value inside [low, high].")
    body = [f"clipped = [clamp(x, LOW, HIGH) for x in {xs}]", "lo, hi = min(clipped), max(clipped)"]
    flat = ["if hi == lo:", "    return [0.0 for _ in clipped]"]
    if ctx.chance(0.5):
        body += flat + ["return [round((x - lo) / (hi - lo), 2) for x in clipped]"]
    else:
        body += flat + ["span = hi - lo", "scaled = []", "for x in clipped:", "    scaled.append(round((x - lo) / span, 2))",
                        "return scaled"]
    constants = {"LOW": ctx.pick(["0", "10", "20"]), "HIGH": ctx.pick(["100", "200", "150"])}
    name = ctx.pick(["normalize", "rescale_readings", "scale_to_unit"])
    return Func(name, [Param(xs, "list[float]", "readings")], "list[float]", body,
                "Clamp the readings to LOW..HIGH, then scale them to 0..1.", constants=constants, helpers=[clamp])


def histogram_buckets(ctx: Ctx) -> Func:
    """Scores into buckets of a width (// arithmetic), counted in a dict; optionally a text bar chart."""
    xs = ctx.pick(["scores", "ages", "values"])
    width = ctx.pick(["width", "bucket_size", "step"])
    use_counter = ctx.chance(0.4)
    imports: set[str] = set()
    if use_counter:
        imports.add("from collections import Counter")
        body = [f"counts = Counter(x // {width} * {width} for x in {xs})"]
    else:
        body = ["counts = {}", f"for x in {xs}:", f"    start = x // {width} * {width}",
                "    counts[start] = counts.get(start, 0) + 1"]
    if ctx.chance(0.5):
        body += ["lines = []", "for start in sorted(counts):",
                 f"    lines.append(f'{{start:>3}}-{{start + {width} - 1:<3}} {{\"#\" * counts[start]}}')", "return lines"]
        returns, summary = "list[str]", "A text histogram: one line per bucket."
    else:
        body += ["return {f'{s}-{s + " + width + " - 1}': counts[s] for s in sorted(counts)}"]
        returns, summary = "dict[str, int]", "How many values fall in each bucket."
    name = ctx.pick(["histogram", "bucket_counts", "score_bands"])
    return Func(name, [Param(xs, "list[int]", "scores"), Param(width, "int", lambda r: r.choice([5, 10, 20, 25]), default="10")],
                returns, body, summary, imports=imports)


def collatz_steps(ctx: Ctx) -> Func:
    """Collatz steps with a while loop and a step cap from a constant; the longest over a range."""
    n = ctx.pick(["n", "start", "value"])
    cap = ctx.pick(["MAX_STEPS", "STEP_LIMIT"])
    body = ["steps = 0", f"while {n} != 1 and steps < {cap}:"]
    if ctx.chance(0.5):
        body += [f"    {n} = {n} // 2 if {n} % 2 == 0 else 3 * {n} + 1"]
    else:
        body += [f"    if {n} % 2 == 0:", f"        {n} //= 2", "    else:", f"        {n} = 3 * {n} + 1"]
    body += ["    steps += 1", "return steps"]
    steps = Func(ctx.pick(["collatz_steps", "steps_to_one"]), [Param(n, "int", lambda r: r.randint(1, 40))], "int", body,
                 f"Steps until n reaches 1 (gives up at {cap}).", constants={cap: ctx.pick(["100", "200", "500"])})
    r = ctx.rng.random()
    if r < 0.35:
        return steps
    if r < 0.7:
        outer = [f"return max(range(1, upper + 1), key={steps.name})"]
        returns, summary = "int", "The start up to `upper` with the longest Collatz run."
    else:
        outer = ["best, best_steps = 1, 0", "for k in range(1, upper + 1):", f"    s = {steps.name}(k)",
                 "    if s > best_steps:", "        best, best_steps = k, s", "return best, best_steps"]
        returns, summary = "tuple[int, int]", "The start with the longest run and its length."
    return Func(ctx.pick(["longest_collatz", "hardest_start"]), [Param("upper", "int", lambda rg: rg.randint(3, 8))],
                returns, outer, summary, helpers=[steps])


def gcd_fractions(ctx: Ctx) -> Func:
    """math.gcd: reduce a fraction, gcd/lcm of a list with functools.reduce, or a shared tile size."""
    r = ctx.rng.random()
    if r < 0.4:
        num, den = ctx.pick(["num", "numerator", "top"]), ctx.pick(["den", "denominator", "bottom"])
        body = [f"if {den} == 0:", "    raise ZeroDivisionError('denominator is zero')", f"g = math.gcd({num}, {den})",
                f"if {den} < 0:", "    g = -g", f"return {num} // g, {den} // g"]
        body_alt = ctx.chance(0.7)
        if body_alt:
            body[:2] = []
        return Func(ctx.pick(["reduce_fraction", "simplify", "lowest_terms"]),
                    [Param(num, "int", lambda rg: rg.randint(-40, 120)),
                     Param(den, "int", lambda rg: rg.choice([rg.randint(1, 96), -rg.randint(1, 12), 12, 60]))],
                    "tuple[int, int]", body, "The fraction in lowest terms, with a positive denominator.",
                    imports={"import math"})
    xs = ctx.pick(["numbers", "sizes", "lengths"])
    if r < 0.7:
        body = [f"g = reduce(math.gcd, {xs})", "lcm = reduce(lambda a, b: a * b // math.gcd(a, b), " + xs + ")",
                "return g, lcm"]
        return Func(ctx.pick(["gcd_and_lcm", "common_factors"]), [Param(xs, "list[int]", lambda rg: [rg.choice([2, 3, 4, 6, 8, 9, 10, 12, 15, 18])
                                                                                               for _ in range(rg.randint(2, 5))])],
                    "tuple[int, int]", body, "Greatest common divisor and least common multiple of the numbers.",
                    imports={"import math", "from functools import reduce"})
    w, h = ctx.pick(["width", "room_width"]), ctx.pick(["height", "room_length"])
    body = [f"side = math.gcd({w}, {h})", f"return side, ({w} // side) * ({h} // side)"]
    if ctx.chance(0.5):
        body = [f"side = math.gcd({w}, {h})", "if side < MIN_TILE:", "    return None",
                f"count = ({w} // side) * ({h} // side)", "return side, count"]
    return Func(ctx.pick(["largest_tile", "square_tiles"]), [Param(w, "int", lambda rg: rg.choice([120, 240, 300, 360, 45, 84])),
                                                             Param(h, "int", lambda rg: rg.choice([90, 180, 200, 150, 60, 35]))],
                "tuple[int, int] | None" if "MIN_TILE" in str(body) else "tuple[int, int]", body,
                "Biggest square tile that covers the room exactly, and how many are needed.", imports={"import math"},
                constants={"MIN_TILE": "10"} if "MIN_TILE" in str(body) else {})


MAKERS = [stack_brackets, round_robin_queue, inventory_class, temperature_class, tally_class, tokenizer_class,
          linked_list_class, gradebook_class, dataclass_ordering, employee_inheritance, shape_hierarchy, version_class,
          variance_by_hand, percentile_rank, discount_and_tax, unit_conversion, prime_sieve, digit_sums, base_conversion,
          rule_table_fizzbuzz, compound_interest, binary_search, clamp_normalize, histogram_buckets, collatz_steps,
          gcd_fractions]
