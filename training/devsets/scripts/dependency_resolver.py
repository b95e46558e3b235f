"""Resolve a build order for packages from an inline dependency table.

Uses Kahn's algorithm; ties are broken alphabetically so the order is stable.
A cycle is reported with the packages involved.
"""
import heapq
from collections import defaultdict

PACKAGES = {
    'app': ['web', 'db', 'auth'],
    'web': ['http', 'templates'],
    'auth': ['db', 'crypto'],
    'db': ['driver'],
    'templates': ['markup'],
    'http': [],
    'crypto': [],
    'driver': [],
    'markup': [],
}


class CycleError(Exception):
    def __init__(self, nodes: list[str]) -> None:
        super().__init__('dependency cycle among: ' + ', '.join(nodes))
        self.nodes = nodes


def build_order(deps: dict[str, list[str]]) -> list[str]:
    """
    >>> build_order({"a": ["b"], "b": []})
    ['b', 'a']
    """
    waiting = {pkg: len(reqs) for pkg, reqs in deps.items()}
    users = defaultdict(list)
    for pkg, reqs in deps.items():
        for req in reqs:
            if req not in deps:
                raise KeyError(f'{pkg} needs unknown package {req!r}')
            users[req].append(pkg)
    ready = [pkg for pkg, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        pkg = heapq.heappop(ready)
        order.append(pkg)
        for user in users[pkg]:
            waiting[user] -= 1
            if waiting[user] == 0:
                heapq.heappush(ready, user)
    if len(order) < len(deps):
        raise CycleError(sorted(p for p, n in waiting.items() if n > 0))
    return order


def depth(pkg: str, deps: dict[str, list[str]], memo: dict[str, int]) -> int:
    """Longest chain of dependencies below a package."""
    if pkg not in memo:
        memo[pkg] = 1 + max((depth(d, deps, memo) for d in deps[pkg]), default=0)
    return memo[pkg]


def show(name: str, deps: dict[str, list[str]]) -> None:
    print(f'[{name}]')
    try:
        order = build_order(deps)
    except (CycleError, KeyError) as err:
        print('  cannot build:', err)
        return
    memo: dict[str, int] = {}
    for step, pkg in enumerate(order, 1):
        print(f'  {step:>2}. {pkg:<10} depth {depth(pkg, deps, memo)}')


if __name__ == '__main__':
    show('release', PACKAGES)
    cyclic = dict(PACKAGES, driver=['auth'])
    show('broken', cyclic)
    show('typo', {'cli': ['argprase']})
