def check_positive(values):
    for v in values:
        assert v > 0, f"bad value {v}"
    return True


def run():
    ok = check_positive([1, 2])
    print("first ok", ok)
    check_positive([3, -4, 5])


run()
