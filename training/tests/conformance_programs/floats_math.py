import math


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    var = sum((x - m) ** 2 for x in xs) / len(xs)
    return math.sqrt(var)


samples = [2.5, 3.0, 4.5, 1.0]
avg = mean(samples)
spread = stdev(samples)
rounded = round(spread, 3)
tiny = 0.1 + 0.2
print(avg, rounded, tiny, float("inf") > avg)
