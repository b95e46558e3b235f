SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse_roman_year(text: str) -> int | None:
    """Read a Roman numeral such as the copyright year in film credits.

    Returns None when the text contains anything that is not a numeral.
    """
    letters = text.strip().upper().replace(" ", "")
    if not letters or any(ch not in SYMBOLS for ch in letters):
        return None

    total = 0
    for current, following in zip(letters, letters[1:] + " "):
        value = SYMBOLS[current]
        if following != " " and SYMBOLS[following] > value:
            total -= value
        else:
            total += value
    return total

# dev cases
parse_roman_year(" mcmlxxxiv ")
parse_roman_year("MMXXIV")
