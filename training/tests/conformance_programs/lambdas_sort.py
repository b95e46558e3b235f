def by(field):
    return lambda record: record[field]


people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
by_age = sorted(people, key=lambda p: p[1])
by_name_len = sorted(people, key=lambda p: (len(p[0]), p[0]))
oldest = max(people, key=lambda p: p[1])
double = lambda x: x * 2
doubled = list(map(double, [1, 2, 3]))
names = sorted(people, key=by(0), reverse=True)
adults = list(filter(lambda p: p[1] >= 21, people))
print(by_age[0], by_name_len[-1], oldest, doubled)
print(names[0], len(adults))
