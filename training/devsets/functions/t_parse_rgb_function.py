import re


def parse_rgb_function(css_value: str):
    """Parse 'rgb(255, 0, 12)' or 'rgba(10%, 20%, 30%, 0.5)' to a 4-tuple.

    Percentages are scaled to 0-255; alpha defaults to 1.0.
    """
    match = re.fullmatch(r"\s*rgba?\(\s*([^)]*)\)\s*", css_value, re.IGNORECASE)
    if not match:
        return None
    parts = [p.strip() for p in re.split(r"[,\s/]+", match.group(1).strip())]
    if len(parts) not in (3, 4):
        return None

    channels = []
    for part in parts[:3]:
        if part.endswith("%"):
            channels.append(round(float(part[:-1]) * 2.55))
        else:
            channels.append(int(part))
    alpha = float(parts[3]) if len(parts) == 4 else 1.0
    return (*channels, alpha)

# dev cases
parse_rgb_function("RGBA(10%, 50%, 100%, 0.25)")
parse_rgb_function("rgb(255 128 0)")
