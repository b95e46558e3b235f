"""Sort release tags by semantic version and pick the latest stable one."""
import re
from functools import total_ordering

VERSION_RE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.]+))?$")


@total_ordering
class Version:
    def __init__(self, text: str) -> None:
        m = VERSION_RE.match(text.strip())
        if not m:
            raise ValueError(f"not a version: {text!r}")
        self.major, self.minor, self.patch = (int(g) for g in m.group(1, 2, 3))
        self.pre = tuple(m.group(4).split(".")) if m.group(4) else ()

    def __repr__(self) -> str:
        return f"Version('{self}')"

    def __str__(self) -> str:
        core = f"{self.major}.{self.minor}.{self.patch}"
        return core + ("-" + ".".join(self.pre) if self.pre else "")

    def _key(self):
        # a release sorts after all of its pre-releases
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    @property
    def stable(self) -> bool:
        return not self.pre and self.major > 0

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(f"{self.major + 1}.0.0")
        if part == "minor":
            return Version(f"{self.major}.{self.minor + 1}.0")
        return Version(f"{self.major}.{self.minor}.{self.patch + 1}")


def parse_tags(tags: list[str]) -> list[Version]:
    versions = []
    for tag in tags:
        try:
            versions.append(Version(tag))
        except ValueError as err:
            print("ignoring", err)
    return versions


if __name__ == "__main__":
    tags = ["v1.2.0", "v1.10.0", "v1.2.0-rc.1", "0.9.3", "v1.2.0-beta",
            "v1.9.12", "release-2", "v1.2.0-rc.10", "v2.0.0-alpha", "1.10"]
    versions = sorted(parse_tags(tags))
    for v in versions:
        label = "stable" if v.stable else "pre-release" if v.pre else "0.x"
        print(f"  {str(v):<14} {label}")
    latest = max(v for v in versions if v.stable)
    print("latest stable:", latest)
    print("next minor:   ", latest.bump("minor"))
    print("duplicates?", len(set(versions)) != len(versions))
    print(Version("1.2.0") == Version("v1.2.0"), Version("1.2.0-rc.2") < Version("1.2.0-rc.10"))
