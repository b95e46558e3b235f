def factorial(n):
    if n <= 1:
        return 1
    smaller = factorial(n - 1)
    return n * smaller


def count_down(n, seen):
    if n == 0:
        return seen
    seen.append(n)
    return count_down(n - 1, seen)


result = factorial(5)
trail = count_down(3, [])
print(result, trail)
