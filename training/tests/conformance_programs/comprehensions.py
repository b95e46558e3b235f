words = ["apple", "kiwi", "banana", "fig"]
lengths = [len(w) for w in words]
by_first = {w[0]: w for w in words if len(w) > 3}
vowels = {ch for w in words for ch in w if ch in "aeiou"}
total = sum(n * 2 for n in lengths)
matrix = [[r * c for c in range(3)] for r in range(2)]
flat = [x for row in matrix for x in row if x]
pairs = [(w, n) for w, n in zip(words, lengths) if n % 2 == 0]
lookup = {n: [w for w in words if len(w) == n] for n in set(lengths)}
print(lengths, by_first)
print(sorted(vowels), total, matrix)
print(flat, pairs, lookup)
