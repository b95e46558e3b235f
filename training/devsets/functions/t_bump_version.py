def bump_version(version: str, part: str = "patch") -> str:
    """Bump one part of 'X.Y.Z'; lower parts are reset to zero.

    >>> bump_version("1.4.9", "minor")
    '1.5.0'
    """
    prefix = "v" if version.startswith("v") else ""
    major, minor, patch = (int(x) for x in version.lstrip("v").split("-")[0].split("."))

    if part == "major":
        major, minor, patch = major + 1, 0, 0
    elif part == "minor":
        minor, patch = minor + 1, 0
    elif part == "patch":
        patch += 1
    else:
        raise ValueError(f"unknown part {part!r}")
    return f"{prefix}{major}.{minor}.{patch}"

# dev cases
bump_version("v3.9.14-beta", "minor")
bump_version("0.0.9")
