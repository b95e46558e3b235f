def square(n):
    return n * n


def sum_of_squares(a, b):
    left = square(a)
    right = square(b)
    return left + right


def describe(a, b):
    total = sum_of_squares(a, b)
    label = "big" if total > 20 else "small"
    return f"{a},{b} -> {total} ({label})"


print(describe(1, 2))
print(describe(3, 4))
