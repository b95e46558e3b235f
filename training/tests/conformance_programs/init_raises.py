class Range:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty range {lo}..{hi}")
        self.lo = lo
        self.hi = hi

    def size(self):
        return self.hi - self.lo


ok = Range(1, 4)
print(ok.size())
try:
    bad = Range(5, 2)
except ValueError as e:
    print("rejected:", e)
Range(9, 0)
