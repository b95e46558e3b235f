"""Semantic version parsing used by the plugin loader."""
import re
from dataclasses import dataclass

SEMVER_RE = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>\d+)\.(?P<patch>\d+)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


@dataclass(frozen=True)
class SemVer:
    major: int
    minor: int
    patch: int
    prerelease: tuple = ()

    def as_tuple(self):
        return (self.major, self.minor, self.patch, self.prerelease)


def parse_semver(text: str) -> tuple:
    match = SEMVER_RE.match(text.strip())
    if not match:
        raise ValueError(f"not a semantic version: {text!r}")

    pre = match.group("pre")
    pre_parts = tuple(int(p) if p.isdigit() else p for p in pre.split(".")) if pre else ()
    version = SemVer(int(match["major"]), int(match["minor"]), int(match["patch"]), pre_parts)
    return version.as_tuple()

# dev cases
parse_semver("v2.14.3-rc.2+build.881")
parse_semver("0.9.0")
