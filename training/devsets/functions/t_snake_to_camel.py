def snake_to_camel(name: str, upper_first: bool = False) -> str:
    """'user_id_list' -> 'userIdList' (or 'UserIdList' with upper_first)."""
    head, *rest = [part for part in name.strip("_").split("_") if part]
    first = head.capitalize() if upper_first else head.lower()
    return first + "".join(part.capitalize() for part in rest)

# dev cases
snake_to_camel("__max_retry_count_")
snake_to_camel("http_status__code", upper_first=True)
