SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"}


def title_case_headline(text: str) -> str:
    """Title-case a headline, keeping short connecting words lowercase.

    The first and last word are always capitalised; words that are
    already all caps (acronyms) are left alone.
    """
    words = text.split()
    result = []
    for index, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            result.append(word)
        elif 0 < index < len(words) - 1 and word.lower() in SMALL_WORDS:
            result.append(word.lower())
        else:
            result.append(word[:1].upper() + word[1:].lower())
    return " ".join(result)

# dev cases
title_case_headline("the state OF the art in NASA rockets")
title_case_headline("a tale of two cities and a dog to")
