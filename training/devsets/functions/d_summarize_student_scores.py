"""Per-student score summaries for the gradebook export."""

LETTER_CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]


def letter_for(average: float) -> str:
    for cutoff, letter in LETTER_CUTOFFS:
        if average >= cutoff:
            return letter
    return "F"


def summarize_scores(scores_by_student: dict[str, list[int]]) -> dict[str, tuple[float, str]]:
    """Average each student's scores and attach a letter grade.

    Students without any recorded score are left out of the summary.
    """
    summary = {}
    for student, scores in scores_by_student.items():
        if not scores:
            continue
        average = round(sum(scores) / len(scores), 1)
        summary[student] = (average, letter_for(average))
    return summary

# dev cases
summarize_scores({"ana": [90, 85, 97], "bo": [70, 64], "cy": []})
summarize_scores({"dmitri": [59, 61, 58], "eve": [100], "fay": [79, 81]})
