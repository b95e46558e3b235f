TRUTHY = {"1", "y", "yes", "true", "on", "enable", "enabled"}
FALSY = {"0", "n", "no", "false", "off", "disable", "disabled"}


def parse_bool_flags(settings: dict[str, str]) -> dict[str, bool | None]:
    """Interpret feature-flag strings; unrecognised values map to None."""
    parsed = {}
    for name, raw in settings.items():
        word = raw.strip().lower()
        if word in TRUTHY:
            parsed[name] = True
        elif word in FALSY:
            parsed[name] = False
        else:
            parsed[name] = None
    return parsed

# dev cases
parse_bool_flags({"dark_mode": " ON ", "beta": "No", "cache": "sometimes", "sso": "1"})
