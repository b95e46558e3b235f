def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hi, Bob!", 3)
plain = caesar(secret, -3)
print(secret, plain, plain == "Hi, Bob!")
