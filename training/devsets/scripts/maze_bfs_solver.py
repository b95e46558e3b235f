"""Find the shortest path through a small text maze with breadth-first search."""
from collections import deque
from typing import Optional

MAZE = [
    'S.#.....',
    '.##.###.',
    '....#...',
    '.##...#.',
    '...#.#E.',
]
WALL = '#'
MOVES = {'down': (1, 0), 'up': (-1, 0), 'right': (0, 1), 'left': (0, -1)}

Cell = tuple[int, int]


def find(grid: list[str], target: str) -> Cell:
    for r, row in enumerate(grid):
        c = row.find(target)
        if c != -1:
            return r, c
    raise ValueError(f'{target!r} not in maze')


def open_neighbours(grid: list[str], cell: Cell):
    r, c = cell
    for dr, dc in MOVES.values():
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != WALL:
            yield nr, nc


def shortest_path(grid: list[str], start: Cell, goal: Cell) -> Optional[list[Cell]]:
    came_from: dict[Cell, Optional[Cell]] = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for nxt in open_neighbours(grid, cell):
            if nxt not in came_from:
                came_from[nxt] = cell
                queue.append(nxt)
    else:
        return None
    path = []
    node: Optional[Cell] = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1]


def draw(grid: list[str], path: list[Cell]) -> list[str]:
    rows = [list(row) for row in grid]
    for r, c in path[1:-1]:
        rows[r][c] = '*'
    return [''.join(row) for row in rows]


def solve(grid: list[str]) -> None:
    start, goal = find(grid, 'S'), find(grid, 'E')
    path = shortest_path(grid, start, goal)
    if path is None:
        print('no way out')
        return
    print(f'path of {len(path) - 1} steps from {start} to {goal}')
    for line in draw(grid, path):
        print('  ' + line)


if __name__ == '__main__':
    solve(MAZE)
    # same maze with the exit walled in
    sealed = MAZE[:3] + ['.##...##', '...#.#E#']
    solve(sealed)
    try:
        solve(['S..', '...'])
    except ValueError as err:
        print('bad maze:', err)
