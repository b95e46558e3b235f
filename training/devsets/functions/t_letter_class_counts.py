VOWELS = set("aeiou")


def letter_class_counts(text: str) -> dict[str, int]:
    counts = {"vowels": 0, "consonants": 0, "digits": 0, "other": 0}
    for ch in text.lower():
        if ch in VOWELS:
            counts["vowels"] += 1
        elif ch.isalpha():
            counts["consonants"] += 1
        elif ch.isdigit():
            counts["digits"] += 1
        elif not ch.isspace():
            counts["other"] += 1
    return counts

# dev cases
letter_class_counts("Order #A-1023 ships Friday!")
