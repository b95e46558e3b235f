from dataclasses import dataclass, field


@dataclass
class Student:
    full_name: str
    year: int
    initials: str = field(init=False)

    def __post_init__(self):
        # names come in from the sign-up form with messy spacing and case
        self.full_name = " ".join(part.capitalize() for part in self.full_name.split())
        self.initials = "".join(part[0] for part in self.full_name.split())

    def __lt__(self, other: "Student") -> bool:
        return (self.year, self.full_name) < (other.year, other.full_name)


def roster_labels(entries: list[tuple[str, int]]) -> list[str]:
    """Name-tag labels "Initials (year)", seniors (lowest year) first."""
    students = sorted(Student(name, year) for name, year in entries)
    return [f"{s.initials} ({s.year})" for s in students]

# dev cases
roster_labels([("  maria  del carmen", 2026), ("JOHN smith", 2025), ("li wei", 2026), ("ola  n", 2025)])
