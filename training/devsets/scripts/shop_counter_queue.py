"""Simulate a bakery counter with one or two clerks, minute by minute.

Arrivals are a fixed list (minute, customer, items); each item takes a
clerk one minute to serve. We compare average waits for both staffings.
"""
from collections import deque
from statistics import mean

ARRIVALS = [
    (0, 'Ada', 3), (1, 'Bram', 1), (1, 'Cleo', 4), (2, 'Dmitri', 2),
    (4, 'Esi', 1), (5, 'Finn', 5), (5, 'Gus', 2), (6, 'Hana', 1),
    (9, 'Ivo', 3), (10, 'Jo', 1),
]


class Clerk:
    def __init__(self, name: str) -> None:
        self.name = name
        self.busy_until = 0
        self.served: list[str] = []

    def __repr__(self) -> str:
        return f'Clerk({self.name!r}, served={len(self.served)})'

    def free_at(self, minute: int) -> bool:
        return self.busy_until <= minute


def simulate(n_clerks: int, verbose: bool = False) -> dict[str, int]:
    """Return each customer's wait in minutes."""
    clerks = [Clerk(f'clerk{i + 1}') for i in range(n_clerks)]
    pending = deque(ARRIVALS)
    line: deque = deque()
    waits: dict[str, int] = {}
    minute = 0
    while pending or line:
        while pending and pending[0][0] == minute:
            line.append(pending.popleft())
        for clerk in clerks:
            if line and clerk.free_at(minute):
                arrived, who, items = line.popleft()
                waits[who] = minute - arrived
                clerk.busy_until = minute + items
                clerk.served.append(who)
                if verbose:
                    print(f"  {minute:>2}' {clerk.name} takes {who} ({items} items)")
        minute += 1
    if verbose:
        print('  ', clerks)
    return waits


def summary(label: str, waits: dict[str, int]) -> None:
    worst = max(waits, key=waits.get)
    print(f'{label}: mean wait {mean(waits.values()):.1f} min, '
          f'worst {worst} ({waits[worst]} min)')


if __name__ == '__main__':
    print('one clerk:')
    single = simulate(1, verbose=True)
    summary('1 clerk ', single)
    double = simulate(2)
    summary('2 clerks', double)
    saved = {who: single[who] - double[who] for who in single}
    print('minutes saved:', ', '.join(f'{k}={v}' for k, v in saved.items() if v))
