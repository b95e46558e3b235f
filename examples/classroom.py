def average(scores):
    total = 0
    for s in scores:
        total += s
    return total / len(scores)


grades = {"ada": [90, 85], "bob": [70, 95, 80]}
for name, scores in grades.items():
    avg = average(scores)
    print(name, round(avg, 1))
best = max(grades, key=lambda n: average(grades[n]))
print("best:", best)
