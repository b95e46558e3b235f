def mask_phone_number(phone: str, visible: int = 4) -> str:
    """Replace all but the last `visible` digits with '#', keeping punctuation."""
    digit_count = sum(ch.isdigit() for ch in phone)
    to_hide = digit_count - visible

    out = []
    for ch in phone:
        if ch.isdigit() and to_hide > 0:
            out.append("#")
            to_hide -= 1
        else:
            out.append(ch)
    return "".join(out)

# dev cases
mask_phone_number("+1 (415) 555-0198")
mask_phone_number("020 7946 0321", visible=2)
