import re

HEADER_RE = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[^)]+)\))?(?P<breaking>!)?:\s*(?P<subject>.+)$")


def parse_conventional_commit(message: str) -> dict | None:
    """Split the first line of a Conventional Commits message into its parts."""
    first_line = message.strip().splitlines()[0] if message.strip() else ""
    match = HEADER_RE.match(first_line)
    if match is None:
        return None

    breaking = bool(match["breaking"]) or "BREAKING CHANGE:" in message
    return {
        "type": match["type"].lower(),
        "scope": match["scope"],
        "subject": match["subject"].rstrip("."),
        "breaking": breaking,
    }

# dev cases
parse_conventional_commit("Feat(api)!: drop v1 endpoints.\n\nMigrate first.")
parse_conventional_commit("docs: fix typo\n\nBREAKING CHANGE: none really")
