def mask_email(address: str) -> str:
    """Hide most of the local part of an e-mail address.

    >>> mask_email("jane.doe@example.com")
    'j******e@example.com'
    """
    local, at, domain = address.strip().partition("@")
    if not at:
        return address
    if len(local) <= 2:
        masked = local[0] + "*" * (len(local) - 1)
    else:
        masked = local[0] + "*" * (len(local) - 2) + local[-1]
    return f"{masked}@{domain.lower()}"

# dev cases
mask_email("  Robert.Paulson@Example.ORG ")
mask_email("al@mail.net")
