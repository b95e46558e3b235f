def pair(a, b):
    yield a
    yield b


def spread(text):
    for ch in text:
        yield ch.upper()
    yield "!"


items = list(pair(1, 2))
letters = "".join(spread("hi"))
g = pair("x", "y")
head = next(g)
print(items, letters, head)
