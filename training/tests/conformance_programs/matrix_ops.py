def transpose(m):
    return [list(row) for row in zip(*m)]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


a = [[1, 2], [3, 4]]
identity = [[1, 0], [0, 1]]
product = multiply(a, identity)
print(product == a, transpose(a))
