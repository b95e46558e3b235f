def pack_bins(item_weights: list[int], capacity: int = 50) -> list[list[int]]:
    """Pack items into as few bins as a quick heuristic manages: heaviest
    first, each into the first bin with room. Items heavier than a bin go
    alone in their own bin."""
    bins: list[list[int]] = []
    loads: list[int] = []
    for weight in sorted(item_weights, reverse=True):
        for i, load in enumerate(loads):
            if load + weight <= capacity:
                bins[i].append(weight)
                loads[i] += weight
                break
        else:
            bins.append([weight])
            loads.append(weight)
    return bins

# dev cases
pack_bins([12, 30, 8, 25, 19, 40, 5, 11])
pack_bins([70, 20, 20], 60)
