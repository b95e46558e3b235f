counter = 0


def bump():
    global counter
    counter += 1
    return counter


def shuffle(values):
    first = values[0]
    del values[0]
    values.append(first)
    temp = len(values)
    del temp
    return values


bump()
bump()
data = shuffle([1, 2, 3])
for index, item in enumerate(data):
    last = item
print(counter, data, index, last)
del last
print("last" in dir())
