ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_hundred(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def spell_small_number(n: int) -> str:
    """Spell 0-999 in words for cheque printing, e.g. 342 -> 'three hundred and forty-two'."""
    if not 0 <= n <= 999:
        raise ValueError("only 0-999 supported")
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    words = f"{ONES[hundreds]} hundred"
    if rest:
        words += f" and {_below_hundred(rest)}"
    return words

# dev cases
spell_small_number(342)
spell_small_number(915)
