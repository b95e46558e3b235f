OFFSETS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def occupied_neighbours(floor_plan: list[str], row: int, col: int) -> int:
    """How many of the 8 cells around (row, col) hold a desk ('#')."""
    count = 0
    for dr, dc in OFFSETS:
        r, c = row + dr, col + dc
        if 0 <= r < len(floor_plan) and 0 <= c < len(floor_plan[r]):
            if floor_plan[r][c] == "#":
                count += 1
    return count

# dev cases
occupied_neighbours(["#.#.", ".##.", "#..#"], 1, 1)
occupied_neighbours(["##", "#."], 0, 0)
