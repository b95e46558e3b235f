def release(resource, log):
    log.append("released " + resource)


def use(resource, log):
    try:
        size = len(resource)
        if size > 3:
            raise OverflowError(f"{resource} too big")
        log.append("used " + resource)
    finally:
        release(resource, log)
        size = -1


events = []
use("abc", events)
print(events)
use("abcdef", events)
print("not reached")
