from bisect import bisect_left


def nearest_store(stores, position):
    """Name of the store closest to a position along the highway.

    stores are (mile_marker, name) sorted by mile marker. When two stores
    are equally close the one behind (lower marker) wins.
    """
    markers = [marker for marker, _ in stores]
    i = bisect_left(markers, position)
    if i == 0:
        return stores[0][1]
    if i == len(stores):
        return stores[-1][1]
    before, after = stores[i - 1], stores[i]
    if position - before[0] <= after[0] - position:
        return before[1]
    return after[1]

# dev cases
nearest_store([(2.5, "Exit 3 Mart"), (14.0, "Pine Grove"), (31.75, "Lakeside"), (40.0, "Summit")], 23.0)
nearest_store([(2.5, "Exit 3 Mart"), (14.0, "Pine Grove"), (31.75, "Lakeside")], 50)
