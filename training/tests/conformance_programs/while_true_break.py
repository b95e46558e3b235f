def read_tokens(stream):
    tokens = []
    pos = 0
    while True:
        if pos >= len(stream):
            break
        ch = stream[pos]; pos += 1
        if ch == " ":
            continue
        tokens.append(ch)
    return tokens


print(read_tokens("a b  c"))
