def checked(values):
    for v in values:
        if v is None:
            raise TypeError("missing value")
        yield v * 2


def total(values):
    try:
        return sum(checked(values))
    except TypeError as e:
        print("error:", e)
        return 0


print(total([1, 2, 3]))
print(total([1, None, 3]))
