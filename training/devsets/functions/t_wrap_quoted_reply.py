import textwrap


def quote_reply(message: str, width: int = 30) -> str:
    """Quote an e-mail for a reply: re-wrap each paragraph and prefix '> '.

    Lines that are already quoted get one more '>' and are not re-wrapped.
    """
    out = []
    for paragraph in message.split("\n\n"):
        if paragraph.startswith(">"):
            out.extend(">" + line for line in paragraph.splitlines())
        else:
            out.extend("> " + line for line in textwrap.wrap(paragraph, width - 2))
        out.append(">")
    return "\n".join(out[:-1])

# dev cases
quote_reply("Sounds good, see you at the standup tomorrow.\n\n> When?\n> 9am", 24)
