def greet(name, greeting="hello", *extra, punct="!", **opts):
    parts = [greeting, name] + list(extra)
    text = " ".join(parts) + punct
    if opts.get("shout"):
        text = text.upper()
    return text


a = greet("ann")
b = greet("bob", "hi", "there", punct="?")
c = greet("cy", shout=True)
args = ("dee", "yo")
d = greet(*args, **{"punct": "."})
print(a, b, c, d)
