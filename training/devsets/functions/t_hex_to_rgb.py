def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """Convert '#1e90ff' or shorthand 'f80' to an (r, g, b) tuple."""
    code = color.strip().lstrip("#")
    if len(code) == 3:
        code = "".join(ch * 2 for ch in code)
    if len(code) != 6:
        raise ValueError(f"bad colour: {color!r}")
    return tuple(int(code[i:i + 2], 16) for i in range(0, 6, 2))

# dev cases
hex_to_rgb(" #1E90ff")
hex_to_rgb("f80")
