def _coerce(value: str):
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def parse_kv_pairs(text: str, sep: str = ";") -> dict:
    """Parse 'a=1; b=two; debug=true' into a dict with simple type coercion.

    Later keys win; pieces without '=' are skipped.
    """
    result = {}
    for piece in text.split(sep):
        if "=" not in piece:
            continue
        key, value = (part.strip() for part in piece.split("=", 1))
        if key:
            result[key] = _coerce(value)
    return result

# dev cases
parse_kv_pairs("retries=3; ratio = 0.75;verbose=TRUE; name=edge-01; ;retries=5")
parse_kv_pairs("color=red,size=XL,qty=2", sep=",")
