"""Parking lot with a small vehicle class hierarchy.

Motorbikes fit any spot, cars need a compact or larger spot, vans need a
large spot. Fees are per started hour, with a different rate per vehicle.
"""
import math
from abc import ABC, abstractmethod
from enum import IntEnum


class SpotSize(IntEnum):
    SMALL = 1
    COMPACT = 2
    LARGE = 3


class LotFullError(Exception):
    pass


class Vehicle(ABC):
    rate_per_hour = 0.0

    def __init__(self, plate: str) -> None:
        self.plate = plate.upper()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.plate!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vehicle) and self.plate == other.plate

    @property
    @abstractmethod
    def needs(self) -> SpotSize: ...

    def fee(self, minutes: int) -> float:
        hours = max(1, math.ceil(minutes / 60))
        return hours * self.rate_per_hour


class Motorbike(Vehicle):
    rate_per_hour = 1.0
    needs = SpotSize.SMALL


class Car(Vehicle):
    rate_per_hour = 2.5
    needs = SpotSize.COMPACT


class ElectricCar(Car):
    rate_per_hour = 2.0  # cheaper to encourage EVs

    def fee(self, minutes: int) -> float:
        # first half hour is free while charging
        return 0.0 if minutes <= 30 else super().fee(minutes)


class Van(Vehicle):
    rate_per_hour = 4.0
    needs = SpotSize.LARGE


class ParkingLot:
    def __init__(self, layout: str) -> None:
        # layout like "SSCCCL": one letter per spot
        letters = {"S": SpotSize.SMALL, "C": SpotSize.COMPACT, "L": SpotSize.LARGE}
        self.spots = [letters[ch] for ch in layout]
        self.occupant: dict[int, tuple[Vehicle, int]] = {}
        self.takings = 0.0

    def __len__(self) -> int:
        return len(self.occupant)

    def free_spots(self) -> list[int]:
        return [i for i in range(len(self.spots)) if i not in self.occupant]

    def park(self, vehicle: Vehicle, minute: int) -> int:
        # smallest spot that fits, so big spots stay free for big vehicles
        fitting = [i for i in self.free_spots() if self.spots[i] >= vehicle.needs]
        if not fitting:
            raise LotFullError(f"no {vehicle.needs.name.lower()} spot for {vehicle}")
        spot = min(fitting, key=lambda i: (self.spots[i], i))
        self.occupant[spot] = (vehicle, minute)
        return spot

    def leave(self, plate: str, minute: int) -> float:
        for spot, (vehicle, since) in self.occupant.items():
            if vehicle.plate == plate.upper():
                del self.occupant[spot]
                fee = vehicle.fee(minute - since)
                self.takings += fee
                return fee
        raise KeyError(plate)

    def status(self) -> str:
        cells = []
        for i, size in enumerate(self.spots):
            cells.append(size.name[0] + ("*" if i in self.occupant else " "))
        return "[" + "|".join(cells) + "]"


if __name__ == "__main__":
    lot = ParkingLot("SSCCL")
    events = [
        (0, "in", Car("ab-123")),
        (5, "in", Motorbike("mc-9")),
        (10, "in", Van("van-77")),
        (12, "in", ElectricCar("ev-1")),
        (15, "in", Car("zz-404")),
        (40, "out", "ev-1"),
        (45, "in", Van("big-2")),
        (130, "out", "AB-123"),
        (200, "out", "nobody"),
        (250, "out", "van-77"),
    ]
    for minute, kind, what in events:
        try:
            if kind == "in":
                spot = lot.park(what, minute)
                msg = f"{what} -> spot {spot}"
            else:
                msg = f"{what} pays {lot.leave(what, minute):.2f}"
        except LotFullError as err:
            msg = f"turned away: {err}"
        except KeyError as err:
            msg = f"unknown plate {err}"
        print(f"{minute:>4}  {lot.status()}  {msg}")
    print(f"{len(lot)} parked, takings {lot.takings:.2f}")
    print("same car?", Car("ab-123") == ElectricCar("AB-123"))
