def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps


lengths = {}
k = 1
while k <= 6:
    lengths[k] = collatz_steps(k)
    k += 1
print(lengths)
