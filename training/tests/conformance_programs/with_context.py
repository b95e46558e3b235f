class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit")
        return exc_type is ZeroDivisionError


with Timer("a") as t:
    x = 10 // 2
with Timer("b") as u:
    y = 1 // 0
print(t.events, u.events, x)
