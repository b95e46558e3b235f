def parse(text):
    try:
        value = int(text)
    except ValueError:
        value = -1
    finally:
        print("parsed", text)
    return value


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as err:
        return str(err)


results = [parse("12"), parse("x1")]
print(results, safe_div(6, 3), safe_div(1, 0))
