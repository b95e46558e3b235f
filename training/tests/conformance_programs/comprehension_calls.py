def weight(word):
    return sum(ord(c) - 96 for c in word)


def heavy(words, limit):
    return [w for w in words if weight(w) > limit]


words = ["cab", "zoo", "ax", "bee"]
scores = {w: weight(w) for w in words}
picked = heavy(words, 10)
print(scores, picked)
