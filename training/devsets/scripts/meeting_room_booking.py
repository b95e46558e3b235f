"""Meeting room bookings for one day, with conflict detection.

Times are 'HH:MM' strings; bookings must fall within office hours and on
a 15-minute grid. When the requested room is taken, the next free room
with enough seats is suggested.
"""
from bisect import bisect_left
from dataclasses import dataclass, field

OPEN, CLOSE = "08:00", "18:00"
GRID = 15


class BookingError(ValueError):
    pass


def minutes(hhmm: str) -> int:
    """
    >>> minutes("09:45")
    585
    """
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def clock(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


@dataclass(order=True)
class Booking:
    start: int
    end: int
    who: str = field(compare=False)
    topic: str = field(compare=False, default="")

    def overlaps(self, other: "Booking") -> bool:
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{clock(self.start)}-{clock(self.end)} {self.who:<6} {self.topic}"


class Room:
    def __init__(self, name: str, seats: int) -> None:
        self.name = name
        self.seats = seats
        self.bookings: list[Booking] = []  # kept sorted by start time

    def __repr__(self) -> str:
        return f"Room({self.name!r}, seats={self.seats}, bookings={len(self.bookings)})"

    def conflict(self, b: Booking) -> Booking | None:
        i = bisect_left(self.bookings, b)
        for other in self.bookings[max(0, i - 1):i + 1]:
            if other.overlaps(b):
                return other
        return None

    def add(self, b: Booking) -> None:
        self.bookings.insert(bisect_left(self.bookings, b), b)


def validate(start: str, end: str) -> tuple[int, int]:
    s, e = minutes(start), minutes(end)
    if s >= e:
        raise BookingError(f"{start}-{end}: ends before it starts")
    if s < minutes(OPEN) or e > minutes(CLOSE):
        raise BookingError(f"{start}-{end}: outside office hours")
    if s % GRID or e % GRID:
        raise BookingError(f"{start}-{end}: not on the {GRID}-minute grid")
    return s, e


def book(rooms: list[Room], name: str, people: int, start: str, end: str, who: str, topic: str) -> str:
    s, e = validate(start, end)
    booking = Booking(s, e, who, topic)
    wanted = next(r for r in rooms if r.name == name)
    if people > wanted.seats:
        raise BookingError(f"{name} seats {wanted.seats}, not {people}")
    clash = wanted.conflict(booking)
    if clash is None:
        wanted.add(booking)
        return f"booked {name} {booking}"
    options = [r for r in sorted(rooms, key=lambda r: r.seats)
               if r.seats >= people and r.conflict(booking) is None]
    hint = f"; try {options[0].name}" if options else "; no room free"
    raise BookingError(f"{name} taken by {clash.who} until {clock(clash.end)}{hint}")


def free_slots(room: Room) -> list[str]:
    gaps, cursor = [], minutes(OPEN)
    for b in room.bookings:
        if b.start > cursor:
            gaps.append(f"{clock(cursor)}-{clock(b.start)}")
        cursor = max(cursor, b.end)
    if cursor < minutes(CLOSE):
        gaps.append(f"{clock(cursor)}-{CLOSE}")
    return gaps


if __name__ == "__main__":
    rooms = [Room("Atlas", 10), Room("Birch", 4), Room("Cedar", 6)]
    requests = [
        ("Atlas", 8, "09:00", "10:30", "mei", "sprint planning"),
        ("Birch", 3, "09:30", "10:00", "omar", "1:1"),
        ("Atlas", 5, "10:00", "11:00", "lia", "design review"),
        ("Birch", 6, "13:00", "14:00", "ken", "interviews"),
        ("Cedar", 4, "17:30", "18:30", "ana", "retro"),
        ("Cedar", 4, "12:10", "13:00", "ana", "lunch talk"),
        ("Atlas", 10, "14:00", "16:00", "raj", "all hands"),
        ("Atlas", 9, "15:00", "15:30", "mei", "demo"),
    ]
    for req in requests:
        try:
            print(book(rooms, *req))
        except BookingError as err:
            print("  refused:", err)
    for room in rooms:
        print(room, "free:", ", ".join(free_slots(room)))
