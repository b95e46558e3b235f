def square(n):
    return n * n


def sum_squares(values):
    acc = []
    for v in values:
        acc.append(square(v))
    return sum(acc)
