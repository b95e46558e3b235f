def word_counts(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def invert(d):
    out = {}
    for key, value in d.items():
        out.setdefault(value, []).append(key)
    return out


counts = word_counts("a b a c b a")
inverse = invert(counts)
merged = {**counts, "d": 0}
removed = merged.pop("c")
print(counts, inverse, merged, removed)
