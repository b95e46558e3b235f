values = [3, 1, 2]
values.sort()
print(values)
total = 0
for v in values:
    total += v
print("total", total)
counts = {v: values.count(v) for v in values}
ratio = total / (len(values) - 3)
print(ratio)
