def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def longest_group(groups):
    best_key = max(groups, key=lambda k: len(groups[k]))
    return best_key, groups[best_key]


g = group_by_length(["aa", "b", "cc", "ddd", "ee"])
key, members = longest_group(g)
members.append("zz")
print(g, key)
