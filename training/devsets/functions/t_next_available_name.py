import re


def next_available_name(wanted: str, existing: list[str]) -> str:
    """Pick 'name (2).ext', 'name (3).ext', ... like a file manager does."""
    taken = {name.lower() for name in existing}
    if wanted.lower() not in taken:
        return wanted

    stem, dot, ext = wanted.rpartition(".")
    if not dot:
        stem, ext = wanted, ""
    stem = re.sub(r" \(\d+\)$", "", stem)

    counter = 2
    while True:
        candidate = f"{stem} ({counter}){dot}{ext}"
        if candidate.lower() not in taken:
            return candidate
        counter += 1

# dev cases
next_available_name("Report.pdf", ["report.pdf", "Report (2).pdf", "report (3).PDF", "notes.txt"])
next_available_name("Untitled", ["Untitled", "Untitled (3)"])
