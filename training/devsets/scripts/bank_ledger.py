"""A bank account ledger that refuses overdrafts beyond the agreed limit."""
from dataclasses import dataclass
from typing import List


class OverdraftError(Exception):
    def __init__(self, account: str, shortfall: int) -> None:
        super().__init__(f"{account}: short by {shortfall / 100:.2f}")
        self.shortfall = shortfall


@dataclass(frozen=True)
class Entry:
    memo: str
    cents: int  # positive = credit, negative = debit


class Account:
    def __init__(self, owner: str, overdraft_limit: int = 0) -> None:
        self.owner = owner
        self.limit = overdraft_limit
        self.entries: List[Entry] = []

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, balance={self.balance})"

    @property
    def balance(self) -> int:
        return sum(e.cents for e in self.entries)

    def deposit(self, cents: int, memo: str = "deposit") -> None:
        if cents <= 0:
            raise ValueError("deposit must be positive")
        self.entries.append(Entry(memo, cents))

    def withdraw(self, cents: int, memo: str = "withdrawal") -> None:
        available = self.balance + self.limit
        if cents > available:
            raise OverdraftError(self.owner, cents - available)
        self.entries.append(Entry(memo, -cents))


def transfer(src: Account, dst: Account, cents: int) -> None:
    src.withdraw(cents, f"to {dst.owner}")
    dst.deposit(cents, f"from {src.owner}")


def statement(acct: Account) -> None:
    print(f"== {acct.owner} (limit {acct.limit / 100:.2f}) ==")
    running = 0
    for e in acct.entries:
        running += e.cents
        print(f"  {e.memo:<16}{e.cents / 100:>9.2f}{running / 100:>10.2f}")
    print(f"  {'balance':<16}{'':>9}{acct.balance / 100:>10.2f}")


if __name__ == "__main__":
    alice = Account("alice", overdraft_limit=5000)
    bob = Account("bob")
    alice.deposit(120000, "salary")
    bob.deposit(3000)

    actions = [
        lambda: alice.withdraw(45000, "rent"),
        lambda: transfer(bob, alice, 4500),
        lambda: transfer(alice, bob, 2500),
        lambda: bob.deposit(-100),
        lambda: alice.withdraw(80000, "laptop"),
        lambda: alice.withdraw(76000, "laptop"),
    ]
    for step, action in enumerate(actions, 1):
        try:
            action()
            print(f"step {step}: ok")
        except OverdraftError as err:
            print(f"step {step}: declined, {err}")
        except ValueError as err:
            print(f"step {step}: invalid, {err}")

    for acct in (alice, bob):
        statement(acct)
    print(alice, bob)
