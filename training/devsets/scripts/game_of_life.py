"""Conway's Game of Life on a small bounded grid, printed for a few generations."""
from itertools import product

ALIVE, DEAD = '#', '.'
GENERATIONS = 3

START = """
......
..#...
...#..
.###..
......
......
"""


def parse(text: str) -> list[list[bool]]:
    rows = [line for line in text.strip().splitlines()]
    return [[ch == ALIVE for ch in row] for row in rows]


def neighbours(grid: list[list[bool]], r: int, c: int):
    """Yield the live/dead state of the up-to-8 cells around (r, c)."""
    height, width = len(grid), len(grid[0])
    for dr, dc in product((-1, 0, 1), repeat=2):
        if dr == dc == 0:
            continue
        rr, cc = r + dr, c + dc
        if 0 <= rr < height and 0 <= cc < width:
            yield grid[rr][cc]


def step(grid: list[list[bool]]) -> list[list[bool]]:
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, alive in enumerate(row):
            n = sum(neighbours(grid, r, c))
            new_row.append(n == 3 or (alive and n == 2))
        new.append(new_row)
    return new


def render(grid: list[list[bool]]) -> str:
    return "\n".join(''.join(ALIVE if cell else DEAD for cell in row) for row in grid)


def population(grid: list[list[bool]]) -> int:
    return sum(map(sum, grid))


def main() -> None:
    grid = parse(START)
    for gen in range(GENERATIONS + 1):
        print(f'generation {gen}: {population(grid)} alive')
        print(render(grid))
        if gen < GENERATIONS:
            grid = step(grid)
    # a glider keeps exactly five live cells while it travels
    print('still a glider:', population(step(grid)) == 5)


if __name__ == '__main__':
    main()
