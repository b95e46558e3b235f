"""Combine tag assignments coming from several import sources."""
from typing import Dict, List


def merge_tag_maps(*sources: Dict[str, List[str]]) -> Dict[str, List[str]]:
    """Merge dicts of tag lists, keeping the first-seen order and no repeats.

    >>> merge_tag_maps({"a": ["x"]}, {"a": ["y", "x"], "b": ["z"]})
    {'a': ['x', 'y'], 'b': ['z']}
    """
    merged: Dict[str, List[str]] = {}
    for source in sources:
        for key, tags in source.items():
            bucket = merged.setdefault(key, [])
            for tag in tags:
                if tag not in bucket:
                    bucket.append(tag)
    return merged

# dev cases
merge_tag_maps({"post1": ["python", "web"], "post2": ["sql"]}, {"post1": ["web", "api"], "post3": []}, {"post2": ["sql", "db"]})
