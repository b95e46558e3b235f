def longest_common_path(paths: list[str]) -> str:
    """Deepest directory shared by all paths (compared segment by segment)."""
    if not paths:
        return ""
    split_paths = [p.rstrip("/").split("/") for p in paths]
    common = []
    for segments in zip(*split_paths):
        if len(set(segments)) != 1:
            break
        common.append(segments[0])
    return "/".join(common) or ("/" if all(p.startswith("/") for p in paths) else "")

# dev cases
longest_common_path(["/srv/app/static/css/main.css", "/srv/app/static/js/app.js", "/srv/app/static/"])
longest_common_path(["/etc/hosts", "/var/log/syslog"])
