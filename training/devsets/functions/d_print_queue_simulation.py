from collections import deque


def simulate_print_queue(jobs: list[tuple[str, int]], pages_per_tick: int = 3) -> list[tuple[str, int]]:
    """Round-robin printer: each job prints up to pages_per_tick pages, then
    goes to the back of the queue if it still has pages left.

    Returns (job, tick_finished) in the order jobs complete.
    """
    queue = deque(jobs)
    finished = []
    tick = 0
    while queue:
        name, pages_left = queue.popleft()
        tick += 1
        pages_left -= pages_per_tick
        if pages_left > 0:
            queue.append((name, pages_left))
        else:
            finished.append((name, tick))
    return finished

# dev cases
simulate_print_queue([("report", 7), ("memo", 2), ("poster", 4), ("flyer", 3)])
simulate_print_queue([("thesis", 10), ("label", 1)], 4)
