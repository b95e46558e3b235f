class Ticket:
    issued = 0

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner

    def label(self):
        return f"#{self.number}:{self.owner}"


tickets = [Ticket(name) for name in ("ann", "bo")]
labels = [t.label() for t in tickets]
print(labels, Ticket.issued)
