import re

ABBREVIATIONS = ("mr.", "mrs.", "dr.", "e.g.", "i.e.", "etc.", "vs.")


def count_sentences(text: str) -> int:
    # protect common abbreviations so their dots don't end a sentence
    protected = text.lower()
    for abbreviation in ABBREVIATIONS:
        protected = protected.replace(abbreviation, abbreviation.replace(".", ""))
    pieces = re.split(r"[.!?]+(?:\s+|$)", protected)
    return sum(1 for piece in pieces if piece.strip())

# dev cases
count_sentences("Dr. Who arrived. Was it late?! Yes, e.g. by an hour... Fine")
count_sentences("Version 2.5 ships today.")
