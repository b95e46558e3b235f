def inner():
    received = yield "ready"
    while received is not None:
        received = yield received * 2
    return "inner done"


def outer():
    result = yield from inner()
    yield result


co = outer()
print(next(co))
print(co.send(3))
print(co.send(5))
print(co.send(None))
