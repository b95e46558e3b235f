import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    created: int
    name: str = field(compare=False)


def processing_order(tasks: list[tuple[str, int]], limit: int | None = None) -> list[str]:
    """Order in which the worker picks up tasks: lowest priority number
    first, then the earliest submitted. tasks are (name, priority) in
    submission order."""
    heap = [Task(priority, index, name) for index, (name, priority) in enumerate(tasks)]
    heapq.heapify(heap)
    picked = []
    while heap and (limit is None or len(picked) < limit):
        picked.append(heapq.heappop(heap).name)
    return picked

# dev cases
processing_order([("email", 3), ("backup", 1), ("report", 2), ("cleanup", 3), ("alert", 1)])
processing_order([("a", 5), ("b", 2), ("c", 9), ("d", 2)], 3)
