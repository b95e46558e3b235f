"""Build a numbered table of contents from the headings of a markdown document."""
import re
import textwrap
from dataclasses import dataclass, field

DOC = textwrap.dedent("""\
    # Getting Started
    Install the tool first.
    ## Installation
    ## First Run
    ### Config files
    ### Config files
    # Usage
    ```
    # not a heading, inside code
    ```
    ## Commands & Flags
    #### Too deep
    # FAQ
""")

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


@dataclass
class Heading:
    level: int
    title: str
    slug: str = ""
    number: str = ""
    children: list["Heading"] = field(default_factory=list)


def slugify(title: str, seen: dict[str, int]) -> str:
    """GitHub-style anchor, with -1, -2 ... for repeats.

    >>> slugify("Commands & Flags", {})
    'commands--flags'
    """
    base = re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")
    count = seen.get(base, 0)
    seen[base] = count + 1
    return base if count == 0 else f"{base}-{count}"


def headings(text: str):
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = HEADING.match(line)
        if m and not in_code:
            yield len(m.group(1)), m.group(2)


def build_tree(text: str) -> list[Heading]:
    roots: list[Heading] = []
    stack: list[Heading] = []
    seen: dict[str, int] = {}
    for level, title in headings(text):
        node = Heading(level, title, slugify(title, seen))
        while stack and stack[-1].level >= level:
            stack.pop()
        siblings = stack[-1].children if stack else roots
        prefix = stack[-1].number + "." if stack else ""
        node.number = f"{prefix}{len(siblings) + 1}"
        siblings.append(node)
        stack.append(node)
    return roots


def render(nodes: list[Heading], indent: int = 0) -> list[str]:
    lines = []
    for node in nodes:
        lines.append(f"{'  ' * indent}{node.number} [{node.title}](#{node.slug})")
        lines.extend(render(node.children, indent + 1))
    return lines


if __name__ == "__main__":
    tree = build_tree(DOC)
    print("\n".join(render(tree)))
    total = sum(1 for _ in headings(DOC))
    print(f"{total} headings, {len(tree)} top-level sections")
