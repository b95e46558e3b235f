def bubble(values):
    items = list(values)
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        if not swapped:
            break
    return items


print(bubble([3, 1, 2]))
print(bubble(["b", "a"]))
