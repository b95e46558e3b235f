import json
import statistics
import textwrap


def scale(values, k):
    return [v * k for v in values]


def spread(values):
    return max(values) - min(values)


data = [4, 1, 7, 3]
mid = spread(data) + statistics.median(scale(data, 2))
text = str(spread(data)) + json.dumps(scale(data, 1))
words = textwrap.wrap("alpha beta gamma delta", width=11) + [str(spread(data))]
summary = {"mid": mid, "n": len(words)}
print(mid, text, words, json.dumps(summary, sort_keys=True))
