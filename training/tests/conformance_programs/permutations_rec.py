def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            result.append([head] + tail)
    return result


perms = permutations(["a", "b", "c"])
print(len(perms), perms[0], perms[-1])
