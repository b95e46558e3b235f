"""Helpers for reading web server access logs."""
import re

LOG_PATTERN = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) (?P<size>\d+|-)'
)


def parse_access_log_line(line: str) -> dict | None:
    match = LOG_PATTERN.match(line)
    if match is None:
        return None

    entry = match.groupdict()
    entry["status"] = int(entry["status"])
    entry["size"] = 0 if entry["size"] == "-" else int(entry["size"])
    entry["path"] = entry["path"].split("?")[0]
    del entry["when"]
    return entry

# dev cases
parse_access_log_line('10.0.0.7 - - [12/Mar/2024:10:01:02 +0000] "GET /api/items?page=2 HTTP/1.1" 200 512')
parse_access_log_line('1.2.3.4 - bob [x] "POST /login HTTP/1.0" 302 -')
