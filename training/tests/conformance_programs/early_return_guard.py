def classify(score):
    if score < 0:
        return "invalid"
    if score >= 90:
        return "A"
    if score >= 75:
        return "B"
    return "C"


def grade_all(scores):
    grades = []
    for s in scores:
        g = classify(s)
        grades.append(g)
    return grades


print(grade_all([95, 80, 50, -1]))
