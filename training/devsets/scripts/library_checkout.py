"""Library checkout desk: loans, holds and late fees, replayed from a day log."""
from collections import defaultdict, deque
from dataclasses import dataclass

LOAN_DAYS = 14
FEE_PER_DAY = 0.25
MAX_LOANS = 2


class CheckoutError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    borrower: str | None = None
    due: int | None = None

    def __repr__(self) -> str:
        status = f"out to {self.borrower} until day {self.due}" if self.borrower else "on shelf"
        return f"<{self.title}: {status}>"


class Library:
    def __init__(self, books: list[Book]) -> None:
        self.books = {b.isbn: b for b in books}
        self.holds: dict[str, deque] = defaultdict(deque)
        self.fees: dict[str, float] = defaultdict(float)

    def loans_of(self, member: str) -> int:
        return sum(1 for b in self.books.values() if b.borrower == member)

    def checkout(self, member: str, isbn: str, day: int) -> str:
        book = self.books[isbn]
        if book.borrower:
            self.holds[isbn].append(member)
            raise CheckoutError(f"{book.title!r} is out; {member} placed a hold")
        queue = self.holds[isbn]
        if queue and queue[0] != member:
            raise CheckoutError(f"{book.title!r} is held for {queue[0]}")
        if self.loans_of(member) >= MAX_LOANS:
            raise CheckoutError(f"{member} already has {MAX_LOANS} loans")
        if queue:
            queue.popleft()
        book.borrower, book.due = member, day + LOAN_DAYS
        return f"{member} borrows {book.title!r}, due day {book.due}"

    def checkin(self, isbn: str, day: int) -> str:
        book = self.books[isbn]
        member, late = book.borrower, max(0, day - book.due)
        self.fees[member] += late * FEE_PER_DAY
        book.borrower = book.due = None
        note = f", {late} days late" if late else ""
        return f"{member} returns {book.title!r}{note}"


LOG = [
    (1, 'out', 'ravi', '111'),
    (1, 'out', 'ravi', '222'),
    (2, 'out', 'june', '111'),
    (3, 'out', 'ravi', '333'),
    (5, 'out', 'june', '999'),
    (20, 'in', None, '111'),
    (21, 'out', 'ravi', '111'),
    (21, 'out', 'june', '111'),
    (30, 'in', None, '222'),
]

if __name__ == "__main__":
    lib = Library([Book("111", "Dune"), Book("222", "Emma"), Book("333", "Ulysses")])
    for day, action, member, isbn in LOG:
        try:
            if action == "out":
                msg = lib.checkout(member, isbn, day)
            else:
                msg = lib.checkin(isbn, day)
            print(f"day {day:>2}: {msg}")
        except CheckoutError as err:
            print(f"day {day:>2}: refused - {err}")
        except KeyError as err:
            print(f"day {day:>2}: no such book {err}")
    for book in lib.books.values():
        print(book)
    for member, fee in sorted(lib.fees.items()):
        print(f"{member} owes ${fee:.2f}")
