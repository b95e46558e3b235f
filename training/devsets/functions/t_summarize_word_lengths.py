from collections import Counter
import statistics


def summarize_word_lengths(text: str) -> dict:
    """Quick stats on word lengths for a writing-style panel."""
    words = [w.strip(".,;:!?\"'()") for w in text.split()]
    lengths = [len(w) for w in words if w]
    if not lengths:
        return {"words": 0}
    histogram = Counter(lengths)
    return {
        "words": len(lengths),
        "mean": round(statistics.mean(lengths), 2),
        "longest": max(lengths),
        "most_common": min(histogram, key=lambda n: (-histogram[n], n)),
    }

# dev cases
summarize_word_lengths("It was the best of times, it was the worst of times.")
