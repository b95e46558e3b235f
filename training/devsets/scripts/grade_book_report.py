"""End-of-term grade book: weighted averages, letter grades and a class summary."""
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field

WEIGHTS = {"homework": 0.3, "midterm": 0.3, "final": 0.4}
CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def letter(score: float) -> str:
    """Map a percentage to a letter.

    >>> letter(89.9), letter(90), letter(12)
    ('B', 'A', 'F')
    """
    return LETTERS[bisect_right(CUTOFFS, score)]


@dataclass
class Student:
    name: str
    homework: list[int]
    midterm: int
    final: int
    average: float = field(init=False)

    def __post_init__(self) -> None:
        self.average = weighted_average(self)

    def __lt__(self, other: "Student") -> bool:
        return self.average < other.average

    @property
    def grade(self) -> str:
        return letter(self.average)


def weighted_average(s: Student) -> float:
    # drop the lowest homework if there are at least four
    hw = sorted(s.homework)
    if len(hw) >= 4:
        hw = hw[1:]
    parts = {"homework": statistics.mean(hw), "midterm": s.midterm, "final": s.final}
    return round(sum(WEIGHTS[k] * v for k, v in parts.items()), 1)


def distribution(students: list[Student]) -> str:
    counts = {g: 0 for g in reversed(LETTERS)}
    for s in students:
        counts[s.grade] += 1
    return "  ".join(f"{g}:{n}" for g, n in counts.items())


def report(students: list[Student]) -> None:
    ranked = sorted(students, reverse=True)
    print(f"{'#':>2} {'name':<10}{'avg':>6}  grade")
    for rank, s in enumerate(ranked, 1):
        print(f"{rank:>2} {s.name:<10}{s.average:>6.1f}  {s.grade}")
    averages = [s.average for s in students]
    print(f"class mean {statistics.mean(averages):.1f}, median {statistics.median(averages):.1f}")
    print("distribution:", distribution(students))
    top = max(students)
    print(f"top student: {top.name}")


if __name__ == "__main__":
    roster = [
        Student("Amira", [88, 92, 79, 95], 84, 91),
        Student("Bo", [70, 65, 0, 80], 72, 68),
        Student("Carmen", [95, 98, 100], 93, 97),
        Student("Dev", [55, 60, 62, 58], 49, 61),
        Student("Elif", [82, 85, 88, 90], 77, 80),
        Student("Farid", [90, 40, 85, 88], 88, 74),
    ]
    report(roster)
