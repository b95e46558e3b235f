def make_counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def make_multiplier(factor):
    def apply(x):
        return x * factor
    return apply


counter = make_counter(10)
counter()
counter(5)
triple = make_multiplier(3)
print(counter(), triple(7))
