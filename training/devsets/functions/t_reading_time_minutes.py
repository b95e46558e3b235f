import math

WORDS_PER_MINUTE = 230


def reading_time_minutes(article: str, images: int = 0, wpm: int = WORDS_PER_MINUTE) -> int:
    """Estimated reading time, rounded up; each image adds 12 seconds."""
    words = len(article.split())
    seconds = words / wpm * 60 + images * 12
    return max(1, math.ceil(seconds / 60))

# dev cases
reading_time_minutes("See the chart below for Q3 numbers", images=9)
reading_time_minutes("Once upon a time there was a very small red fox", wpm=4)
