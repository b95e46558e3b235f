def parse_config_line(line):
    """Parse one line of a tiny config format.

    Returns (key, value) or None for blank lines and comments.
    Values may be quoted; an inline '#' starts a comment unless quoted.
    """
    stripped = line.strip()
    if not stripped or stripped.startswith(("#", ";")):
        return None
    if "=" not in stripped:
        raise ValueError(f"missing '=' in {line!r}")

    key, _, value = stripped.partition("=")
    value = value.strip()
    if value[:1] in ("'", '"'):
        quote = value[0]
        end = value.find(quote, 1)
        value = value[1:end] if end != -1 else value[1:]
    else:
        value = value.split("#", 1)[0].rstrip()
    return key.strip().lower(), value

# dev cases
parse_config_line('  Log_Level = "debug # verbose"  # keep it')
parse_config_line("timeout=30   # seconds")
