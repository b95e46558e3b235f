def lookup(table, key):
    return table[key]


def report(table, keys):
    lines = []
    for k in keys:
        lines.append(f"{k}={lookup(table, k)}")
    return lines


data = {"a": 1, "b": 2}
print(report(data, ["a", "b"]))
print(report(data, ["a", "z"]))
print("never")
