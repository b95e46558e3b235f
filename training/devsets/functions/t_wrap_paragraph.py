import textwrap


def wrap_paragraph(text: str, width: int = 20, indent: str = "") -> list[str]:
    """Collapse whitespace and wrap to lines of at most `width` characters."""
    collapsed = " ".join(text.split())
    return textwrap.wrap(collapsed, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent))

# dev cases
wrap_paragraph("The quick   brown fox\njumps over the lazy dog again", 16)
wrap_paragraph("Note: backups run nightly at 2am", 14, "- ")
