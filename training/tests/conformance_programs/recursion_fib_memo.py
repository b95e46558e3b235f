memo = {0: 0, 1: 1}


def fib(n):
    if n in memo:
        return memo[n]
    value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value


numbers = [fib(k) for k in range(7)]
print("fib:", numbers)
print(len(memo))
