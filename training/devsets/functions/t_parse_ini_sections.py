def parse_ini_sections(text: str) -> dict[str, dict[str, str]]:
    """Very small INI reader: [section] headers and key = value lines.

    Keys before any header go into the "DEFAULT" section.
    """
    sections: dict[str, dict[str, str]] = {}
    current = "DEFAULT"
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            key, sep, value = line.partition(":")
        if sep:
            sections.setdefault(current, {})[key.strip().lower()] = value.strip()
    return sections

# dev cases
parse_ini_sections("debug=1\n[server]\nHost = 0.0.0.0\nport: 8080\n; note\n[db]\nname=app")
