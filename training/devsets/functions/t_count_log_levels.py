from collections import Counter

KNOWN_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ALIASES = {"WARN": "WARNING", "ERR": "ERROR", "FATAL": "CRITICAL"}


def count_log_levels(lines: list[str]) -> dict[str, int]:
    """Count lines per log level; the level is the first bracketed or bare word after the timestamp."""
    counter = Counter()
    for line in lines:
        for word in line.split()[1:3]:
            level = word.strip("[]:").upper()
            level = ALIASES.get(level, level)
            if level in KNOWN_LEVELS:
                counter[level] += 1
                break
        else:
            counter["UNKNOWN"] += 1
    return dict(sorted(counter.items()))

# dev cases
count_log_levels(["10:00 INFO boot", "10:01 [warn] disk 91%", "10:02 app ERROR: db", "10:03 hello", "10:04 info: ok"])
