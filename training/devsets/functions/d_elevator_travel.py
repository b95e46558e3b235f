def elevator_travel(requests: list[int], start_floor: int = 0, top_floor: int = 20) -> tuple[int, list[int]]:
    """Serve floor requests in arrival order and report how many floors the
    car travelled and the floors it actually stopped at.

    Requests outside 0..top_floor are ignored, and a request for the floor
    the car is already on is not a new stop.
    """
    current = start_floor
    travelled = 0
    stops = []
    for floor in requests:
        if not 0 <= floor <= top_floor or floor == current:
            continue
        travelled += abs(floor - current)
        current = floor
        stops.append(floor)
    return travelled, stops

# dev cases
elevator_travel([5, 5, 2, 25, 9, -1, 0, 3])
elevator_travel([12, 4], 8, 10)
