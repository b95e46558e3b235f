"""Labour-rule checks for the weekly rota."""

MAX_SHIFT_HOURS = 10
MIN_REST_HOURS = 11


def shift_violations(shifts: list[tuple[str, int, int]]) -> list[str]:
    """Check (employee, start_hour, end_hour) shifts, hours counted from the
    start of the week. Returns messages for over-long shifts and too little
    rest between one employee's consecutive shifts."""
    problems = []
    last_end: dict[str, int] = {}
    for employee, start, end in sorted(shifts, key=lambda s: (s[0], s[1])):
        length = end - start
        if length > MAX_SHIFT_HOURS:
            problems.append(f"{employee}: {length}h shift at {start}")
        if employee in last_end:
            rest = start - last_end[employee]
            if rest < MIN_REST_HOURS:
                problems.append(f"{employee}: only {rest}h rest before {start}")
        last_end[employee] = end
    return problems

# dev cases
shift_violations([("sam", 8, 16), ("ria", 6, 18), ("sam", 22, 30), ("ria", 30, 38), ("sam", 40, 48)])
