import sys


def validate(values, code):
    for v in values:
        if v < 0:
            print("invalid", v)
            sys.exit(code)
    return True


print(validate([1, 2], 0))
for code in (0, None, 1):
    try:
        validate([3, -1], code)
    except SystemExit as stop:
        print("caught exit", stop.code)
validate([-5], 2)
print("not reached")
