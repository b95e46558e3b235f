NUMERAL_VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def chapter_label(number: int) -> str:
    """Label a book chapter with a Roman numeral, e.g. 'Chapter XIV'."""
    if not 0 < number < 4000:
        raise ValueError("chapter number out of range")
    remaining = number
    numeral = ""
    for value, symbol in NUMERAL_VALUES:
        count, remaining = divmod(remaining, value)
        numeral += symbol * count
    return f"Chapter {numeral}"

# dev cases
chapter_label(1994)
chapter_label(48)
