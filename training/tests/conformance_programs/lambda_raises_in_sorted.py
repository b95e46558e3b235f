def rank(item):
    name, score = item
    if score is None:
        raise ValueError(f"{name} has no score")
    return -score


def safe_order(items):
    try:
        return sorted(items, key=rank)
    except ValueError as e:
        print("fallback:", e)
        return sorted(items, key=lambda it: it[0])


print(safe_order([("a", 2), ("b", 5)]))
print(safe_order([("c", 1), ("d", None)]))
scores = {k: v for k, v in [("x", 1), ("y", 2)] if v}
print(sorted(scores, key=lambda k: scores[k], reverse=True))
