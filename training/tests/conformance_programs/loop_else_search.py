def first_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return n


def is_prime(n):
    if n < 2:
        return False
    k = 2
    while k * k <= n:
        if n % k == 0:
            break
        k += 1
    else:
        return True
    return False


print([first_prime_factor(x) for x in (9, 13, 15)])
print([is_prime(x) for x in range(8)])
