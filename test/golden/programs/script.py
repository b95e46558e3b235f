# A classroom-style script: prints, a loop, a helper, a caught exception.
class Counter:
    def __init__(self, start):
        self.count = start

    def bump(self, by):
        self.count += by
        return self.count


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("oops:", e)
        return None


c = Counter(1)
for k in range(2):
    c.bump(k + 1)
print("count", c.count)
ratio = safe_div(c.count, 0)
words = {"b", "a"}
print(sorted(words), ratio)
