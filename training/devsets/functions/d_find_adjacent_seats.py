def find_adjacent_seats(seat_map: list[str], party_size: int) -> tuple[int, int] | None:
    """First (row, seat) where party_size free seats ('.') sit side by side.

    Rows are scanned front to back, seats left to right; 'X' is taken and
    '|' is an aisle, which breaks a run.
    """
    for row_number, row in enumerate(seat_map):
        run_start, run_length = 0, 0
        for seat_number, seat in enumerate(row):
            if seat == ".":
                if run_length == 0:
                    run_start = seat_number
                run_length += 1
                if run_length == party_size:
                    return row_number, run_start
            else:
                run_length = 0
    return None

# dev cases
find_adjacent_seats(["X..|.XX", "..X|...", "...|..."], 3)
find_adjacent_seats(["XX.|.XX", "X.X|X.X"], 2)
