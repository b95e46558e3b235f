import re

TICKET_RE = re.compile(r"\b([A-Z][A-Z0-9]{1,9})-(\d+)\b")


def extract_ticket_keys(commit_message: str, projects: tuple[str, ...] = ()) -> list[str]:
    """Issue keys like 'PAY-142' referenced in a commit message.

    Keys are upper-cased first, so 'pay-142' counts too. When `projects` is
    given only those project prefixes are kept.
    """
    keys = []
    for project, number in TICKET_RE.findall(commit_message.upper()):
        if projects and project not in projects:
            continue
        key = f"{project}-{int(number)}"
        if key not in keys:
            keys.append(key)
    return keys

# dev cases
extract_ticket_keys("fix(pay-142): retry; refs PAY-0142, OPS-7 and utf-8 bug", ("PAY", "OPS"))
extract_ticket_keys("Merge WEB-12 into release/2.4 (see web-13, X-1)")
