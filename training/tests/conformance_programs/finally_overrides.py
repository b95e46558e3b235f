def stubborn():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"


def cleanup_order(log):
    try:
        try:
            log.append("inner")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("handled")
    else:
        log.append("no error")
    return log


print(stubborn())
print(cleanup_order([]))
