import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("call", func.__name__, args)
        result = func(*args)
        print("done", result)
        return result
    return wrapper


def twice(func):
    def inner(x):
        return func(func(x))
    return inner


@logged
def add(a, b):
    return a + b


@twice
def inc(x):
    return x + 1


print(add(2, 3), inc(5))
