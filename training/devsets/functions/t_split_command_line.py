def split_command_line(command: str) -> list[str]:
    """Split a command into arguments like a (very) simple shell.

    Single and double quotes group words; a backslash escapes the next
    character outside single quotes.
    """
    args = []
    current = ""
    has_token = False
    quote = None
    escaped = False

    for ch in command:
        if escaped:
            current += ch
            escaped = False
        elif ch == "\\" and quote != "'":
            escaped = True
        elif quote:
            if ch == quote:
                quote = None
            else:
                current += ch
        elif ch in "'\"":
            quote = ch
            has_token = True
        elif ch.isspace():
            if current or has_token:
                args.append(current)
            current, has_token = "", False
        else:
            current += ch

    if quote:
        raise ValueError("unterminated quote")
    if current or has_token:
        args.append(current)
    return args

# dev cases
split_command_line("git commit -m \"fix: handle 'x'\" --author=Me\\ Too ''")
split_command_line("  cp  a.txt   'my docs/b.txt' ")
