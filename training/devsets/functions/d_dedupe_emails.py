def dedupe_emails(emails):
    """Drop repeated addresses, comparing case-insensitively and ignoring
    surrounding whitespace. The first spelling seen is kept, normalized to
    lower case."""
    seen = set()
    unique = []
    for raw in emails:
        email = raw.strip().lower()
        if not email or email in seen:
            continue
        seen.add(email)
        unique.append(email)
    return unique

# dev cases
dedupe_emails(["Ann@Example.com", "bob@site.org", " ann@example.com", "", "BOB@site.org ", "cy@mail.net"])
