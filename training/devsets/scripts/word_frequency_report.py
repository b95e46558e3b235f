"""Word-frequency report for a short paragraph of meeting notes."""
import re
from collections import Counter

NOTES = (
    "The team agreed the release should slip a week. "
    "QA found two blocking bugs in the export flow, and the export "
    "team will fix them first. The release notes need a review too."
)
STOPWORDS = {"the", "a", "and", "in", "will", "them", "should", "too", "need"}
TOP_N = 5


def tokenize(text: str) -> list[str]:
    """Lower-case words, punctuation stripped.

    >>> tokenize("Hi, there! Hi.")
    ['hi', 'there', 'hi']
    """
    return re.findall(r"[a-z']+", text.lower())


def count_words(words: list[str]) -> Counter:
    return Counter(w for w in words if w not in STOPWORDS and len(w) > 1)


def print_report(counts: Counter, top: int) -> None:
    total = sum(counts.values())
    # break ties alphabetically so the report reads the same every time
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    width = max(len(w) for w, _ in ranked)
    for word, n in ranked:
        share = n / total
        bar = "#" * n
        print(f"{word:<{width}}  {n:>2}  {share:6.1%}  {bar}")
    print(f"{len(counts)} distinct words, {total} counted")


def main() -> None:
    words = tokenize(NOTES)
    print(f"Read {len(words)} words")
    counts = count_words(words)
    print_report(counts, TOP_N)
    longest = max(counts, key=lambda w: (len(w), w))
    print("Longest word:", longest)


if __name__ == "__main__":
    main()
