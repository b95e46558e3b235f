def title_words(sentence):
    words = sentence.strip().split(" ")
    return [w.capitalize() for w in words if w]


def censor(text, banned):
    for word in banned:
        text = text.replace(word, "*" * len(word))
    return text


raw = "  the quick  brown fox  "
titled = title_words(raw)
joined = "-".join(titled)
clean = censor("darn this darn bug", ["darn"])
print(joined, clean.upper(), raw.count("o"), joined.find("Fox"))
print("abc".startswith("a"), "x,y,,z".split(","))
