def outer(values):
    factor = 2

    def scale(v):
        return v * factor

    def shift(v, by=1):
        return scale(v) + by

    result = []
    for v in values:
        result.append(shift(v))
    return result


print(outer([1, 2, 3]))
