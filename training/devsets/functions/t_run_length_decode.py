def run_length_decode(encoded: str) -> str:
    """Inverse of the '3a1b' encoding; a missing count means 1."""
    output = []
    count = ""
    for ch in encoded:
        if ch.isdigit():
            count += ch
            continue
        output.append(ch * (int(count) if count else 1))
        count = ""

    if count:
        raise ValueError("dangling count at end of input")
    return "".join(output)

# dev cases
run_length_decode("3x2-y12.")
run_length_decode("a2b3c")
