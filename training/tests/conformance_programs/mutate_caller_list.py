def add_item(bucket, item):
    bucket.append(item)
    bucket.sort()


def drain(bucket):
    while bucket:
        last = bucket.pop()
        print("took", last)


shared = [5, 1]
add_item(shared, 3)
add_item(shared, 0)
snapshot = list(shared)
drain(shared)
print(shared, snapshot)
