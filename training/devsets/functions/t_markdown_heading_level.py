def markdown_heading_level(line: str, next_line: str = "") -> int | None:
    """Heading level of a markdown line: '## Foo' -> 2, setext underlines too."""
    stripped = line.rstrip()
    if stripped.startswith("#"):
        hashes = len(stripped) - len(stripped.lstrip("#"))
        if hashes <= 6 and (len(stripped) == hashes or stripped[hashes] == " "):
            return hashes
        return None

    underline = next_line.strip()
    if stripped and underline and set(underline) == {"="}:
        return 1
    if stripped and underline and set(underline) == {"-"}:
        return 2
    return None

# dev cases
markdown_heading_level("### Installing on Linux")
markdown_heading_level("Release notes", "-------")
