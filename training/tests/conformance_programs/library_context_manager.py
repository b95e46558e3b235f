import statistics
from contextlib import contextmanager


@contextmanager
def section(title, log):
    log.append("open " + title)
    yield len(log)
    log.append("close " + title)


def summarize(values):
    middle = statistics.median(values)
    spread = max(values) - min(values)
    return middle, spread


log = []
with section("stats", log) as depth:
    result = summarize([4, 1, 7, 3])
    print("depth", depth, result)
with section("empty", log):
    pass
print(log)
