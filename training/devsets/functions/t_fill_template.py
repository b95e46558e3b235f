import re

PLACEHOLDER = re.compile(r"\{\{\s*(\w+)(?:\s*\|\s*(\w+))?\s*\}\}")


def fill_template(template: str, values: dict) -> str:
    """Replace {{ name }} and {{ name | upper }} placeholders.

    Unknown names are left as they are so that mistakes are visible.
    """
    def replace(match):
        name, filter_name = match.group(1), match.group(2)
        if name not in values:
            return match.group(0)
        text = str(values[name])
        if filter_name == "upper":
            text = text.upper()
        elif filter_name == "title":
            text = text.title()
        return text

    return PLACEHOLDER.sub(replace, template)

# dev cases
fill_template("Hi {{ name|title }}, order #{{id}} is {{ status | upper }}", {"name": "ada lovelace", "id": 1042, "status": "shipped"})
fill_template("Dear {{ user }}, code {{code}}", {"code": "X9"})
