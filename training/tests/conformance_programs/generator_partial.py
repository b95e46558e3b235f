def naturals():
    k = 1
    while True:
        yield k
        k += 1


def take(gen, count):
    out = []
    for item in gen:
        if len(out) == count:
            break
        out.append(item)
    return out


stream = naturals()
first = take(stream, 3)
again = next(stream)
print(first, again)
