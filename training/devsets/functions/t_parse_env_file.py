import re

VAR_REF = re.compile(r"\$\{(\w+)\}")


def parse_env_file(lines: list[str]) -> dict[str, str]:
    """Read .env style lines: optional 'export', quotes, and ${VAR} references
    to variables defined earlier in the same file."""
    env: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        name, sep, value = line.partition("=")
        if not sep:
            continue
        value = value.strip()
        if value[:1] == "'" and value.endswith("'"):
            env[name.strip()] = value[1:-1]  # single quotes: no substitution
            continue
        value = value.strip('"')
        env[name.strip()] = VAR_REF.sub(lambda m: env.get(m.group(1), ""), value)
    return env

# dev cases
parse_env_file(["HOST=db.local", "export PORT = 5432", "URL=\"pg://${HOST}:${PORT}/x\"", "RAW='${HOST}'"])
