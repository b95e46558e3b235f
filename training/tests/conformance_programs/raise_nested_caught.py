def level3(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return f"caught {e}"


print(level1(4))
print(level1(-3))
