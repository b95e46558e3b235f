from collections import deque


def simulate(arrivals, service):
    waiting = deque()
    served = []
    clock = 0
    for t in arrivals:
        waiting.append(t)
    while waiting:
        arrived = waiting.popleft()
        clock = max(clock, arrived) + service
        served.append((arrived, clock))
    return served


log = simulate([0, 1, 5], 2)
print(log)
