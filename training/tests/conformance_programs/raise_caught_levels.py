class AppError(Exception):
    pass


def inner(n):
    if n == 2:
        raise KeyError(n)
    if n == 3:
        raise AppError("three")
    return n


def middle(n):
    try:
        return inner(n)
    except KeyError:
        return "middle handled"


def outer(n):
    try:
        return middle(n)
    except AppError as err:
        return "outer handled " + str(err)


for k in range(1, 4):
    print(k, outer(k))
