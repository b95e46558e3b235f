def ticker(limit):
    try:
        for i in range(limit):
            yield i
    finally:
        print("ticker closed")


t = ticker(5)
first = next(t)
second = next(t)
t.close()
for value in ticker(2):
    print("got", value)
print(first, second)
