"""Simulate one elevator serving a fixed list of hall calls.

The car uses the classic "elevator algorithm" (SCAN): keep going in the
current direction while there are stops ahead, then turn around.
"""
from bisect import insort
from dataclasses import dataclass, field
from enum import Enum

FLOORS = range(0, 9)
SECONDS_PER_FLOOR = 3
DOOR_SECONDS = 5


class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


@dataclass(order=True)
class Request:
    time: int
    origin: int
    target: int
    rider: str = field(compare=False)

    def __post_init__(self) -> None:
        if self.origin not in FLOORS or self.target not in FLOORS:
            raise ValueError(f'{self.rider}: floor out of range')
        if self.origin == self.target:
            raise ValueError(f'{self.rider}: already on floor {self.target}')


class Elevator:
    def __init__(self, floor: int = 0) -> None:
        self.floor = floor
        self.direction = Direction.IDLE
        self.clock = 0
        self.stops: list[int] = []
        self.riders: list[Request] = []
        self.waiting: list[Request] = []
        self.log: list[str] = []

    def __repr__(self) -> str:
        return f'Elevator(floor={self.floor}, {self.direction.name}, stops={self.stops})'

    def call(self, req: Request) -> None:
        self.waiting.append(req)
        if req.origin not in self.stops:
            insort(self.stops, req.origin)

    def _choose_direction(self) -> Direction:
        if not self.stops:
            return Direction.IDLE
        ahead = [s for s in self.stops if (s - self.floor) * self.direction.value > 0]
        if self.direction is not Direction.IDLE and ahead:
            return self.direction
        nearest = min(self.stops, key=lambda s: (abs(s - self.floor), s))
        return Direction.UP if nearest > self.floor else Direction.DOWN

    def _open_doors(self) -> None:
        leaving = [r for r in self.riders if r.target == self.floor]
        boarding = [r for r in self.waiting if r.origin == self.floor]
        for r in leaving:
            self.riders.remove(r)
        for r in boarding:
            self.waiting.remove(r)
            self.riders.append(r)
            if r.target not in self.stops:
                insort(self.stops, r.target)
        self.stops.remove(self.floor)
        names_out = ','.join(r.rider for r in leaving) or '-'
        names_in = ','.join(r.rider for r in boarding) or '-'
        self.log.append(f't={self.clock:>3} floor {self.floor}: out {names_out:<8} in {names_in}')
        self.clock += DOOR_SECONDS

    def run(self, requests: list[Request]) -> None:
        pending = sorted(requests)
        while pending or self.stops:
            while pending and pending[0].time <= self.clock:
                self.call(pending.pop(0))
            if self.floor in self.stops:
                self._open_doors()
                continue
            self.direction = self._choose_direction()
            if self.direction is Direction.IDLE:
                self.clock = pending[0].time  # nothing to do: wait for the next call
                continue
            self.floor += self.direction.value
            self.clock += SECONDS_PER_FLOOR


def make_requests(raw: list[tuple[int, int, int, str]]) -> list[Request]:
    good = []
    for t, origin, target, name in raw:
        try:
            good.append(Request(t, origin, target, name))
        except ValueError as err:
            print('rejected:', err)
    return good


if __name__ == '__main__':
    calls = [
        (0, 0, 5, 'ana'),
        (2, 3, 1, 'ben'),
        (4, 7, 0, 'cai'),
        (5, 2, 2, 'dee'),
        (6, 4, 8, 'eli'),
        (40, 6, 12, 'fay'),
        (60, 1, 6, 'gus'),
    ]
    lift = Elevator()
    lift.run(make_requests(calls))
    print("\n".join(lift.log))
    print(lift)
    print(f'all riders delivered by t={lift.clock}s')
