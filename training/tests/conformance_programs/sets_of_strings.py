colors = {"red", "green", "blue"}
warm = {"red", "orange", "yellow"}
both = colors & warm
either = colors | warm
only_cool = colors - warm
colors.add("violet")
colors.discard("green")
print(sorted(both), len(either), sorted(only_cool))
tags = frozenset(["b", "a"])
print(sorted(tags), "red" in colors)
