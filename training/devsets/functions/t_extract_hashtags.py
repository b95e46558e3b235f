import re


def extract_hashtags(post):
    # unique tags in order of first appearance, compared case-insensitively
    seen = set()
    tags = []
    for tag in re.findall(r"(?<![\w#])#(\w+)", post):
        key = tag.lower()
        if key not in seen and not key.isdigit():
            seen.add(key)
            tags.append(key)
    return tags

# dev cases
extract_hashtags("Loving #Python and #python3! Issue #42 fixed. #DevLife #devlife a#b")
extract_hashtags("Ship day! C# fans: #Launch #launch #v2_0 #2024")
