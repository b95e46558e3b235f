def min_max(values):
    lo, hi = values[0], values[0]
    for v in values[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


pair = min_max([4, 9, 1, 7])
lo, hi = pair
first, *rest = (1, 2, 3, 4)
nested = ((1, 2), (3, 4))
swapped = tuple((b, a) for a, b in nested)
single = (5,)
print(pair, lo, hi, first, rest, swapped, single)
