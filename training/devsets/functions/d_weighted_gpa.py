GRADE_POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0}


def weighted_gpa(courses: list[tuple[str, int]]) -> float:
    """Credit-weighted GPA over (letter_grade, credits) pairs.

    Pass/fail courses ("P") carry no grade points and are skipped.
    """
    points = credits = 0.0
    for grade, course_credits in courses:
        if grade == "P":
            continue
        points += GRADE_POINTS[grade] * course_credits
        credits += course_credits
    return round(points / credits, 2) if credits else 0.0

# dev cases
weighted_gpa([("A", 4), ("B+", 3), ("P", 1), ("C", 3), ("A-", 2)])
