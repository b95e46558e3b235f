"""All v2 idiom makers, in a fixed order (the order is part of what a seed means)."""
from __future__ import annotations

from . import idioms_classes, idioms_core, idioms_numbers, idioms_records, idioms_text

MAKERS = [*idioms_core.MAKERS, *idioms_text.MAKERS, *idioms_records.MAKERS, *idioms_classes.MAKERS, *idioms_numbers.MAKERS]
