def risky(flag):
    log = []
    try:
        log.append("try")
        if flag:
            raise ValueError("boom")
        return log
    except ValueError:
        log.append("except")
        return log
    finally:
        log.append("finally")


print(risky(False))
print(risky(True))
