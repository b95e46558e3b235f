def evens(limit):
    n = 0
    while n < limit:
        if n % 2 == 0:
            yield n
        n += 1


def consume():
    collected = []
    for value in evens(6):
        collected.append(value * 10)
    return collected


print(consume())
