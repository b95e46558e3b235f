def banner(title):
    print("=" * len(title))
    print(title)
    print("=" * len(title), end="\n\n")


for i in range(3):
    print(i, end=" ")
print()
print("a", "b", sep="-"); print("c")
print("x", end=""); print("y", end="\n")
items = ["p", "q"]
print(*items, sep=", ", end=".\n")
banner("report")
print("multi\nline")
