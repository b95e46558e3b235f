"""A tiny discrete event scheduler built on heapq.

Events run in time order; ties are broken by priority, then by the order
they were scheduled. Handlers may schedule follow-up events.
"""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Event:
    time: int
    priority: int
    seq: int
    name: str = field(compare=False)
    action: Callable = field(compare=False, repr=False)


class Scheduler:
    def __init__(self) -> None:
        self._queue: list[Event] = []
        self._counter = itertools.count()
        self.now = 0
        self.log: list[str] = []

    def __len__(self) -> int:
        return len(self._queue)

    def at(self, time: int, name: str, action: Callable, priority: int = 5) -> None:
        if time < self.now:
            raise ValueError(f'cannot schedule {name!r} in the past ({time} < {self.now})')
        heapq.heappush(self._queue, Event(time, priority, next(self._counter), name, action))

    def after(self, delay: int, name: str, action: Callable, priority: int = 5) -> None:
        self.at(self.now + delay, name, action, priority)

    def run(self, until: int) -> None:
        while self._queue and self._queue[0].time <= until:
            event = heapq.heappop(self._queue)
            self.now = event.time
            self.log.append(f't={event.time:>3} p{event.priority} {event.name}')
            event.action(self)


def make_backup(sched: Scheduler) -> None:
    # the nightly backup re-arms itself every 24 ticks
    sched.after(24, 'backup', make_backup, priority=3)


def send_report(sched: Scheduler) -> None:
    sched.after(2, 'email report', lambda s: None)


def retry_later(sched: Scheduler) -> None:
    try:
        sched.at(sched.now - 5, 'late retry', lambda s: None)
    except ValueError as err:
        sched.log.append(f'      ! {err}')
        sched.after(5, 'retry', lambda s: None, priority=1)


if __name__ == '__main__':
    s = Scheduler()
    s.at(0, 'backup', make_backup, priority=3)
    s.at(10, 'build report', send_report)
    s.at(10, 'rotate logs', lambda sch: None, priority=1)
    s.at(30, 'sync mirror', retry_later)
    s.at(60, 'quarterly audit', lambda sch: None)
    s.run(until=50)
    print("\n".join(s.log))
    print(f'now={s.now}, still queued: {len(s)}')
    print('next up:', [e.name for e in sorted(s._queue)])
