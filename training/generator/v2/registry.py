"""All v2 idiom makers, in a fixed order (the order is part of what a seed means)."""
from __future__ import annotations

from . import (idioms_classes, idioms_collections, idioms_core, idioms_numbers, idioms_objects, idioms_records,
               idioms_strings, idioms_text)

MAKERS = [*idioms_core.MAKERS, *idioms_text.MAKERS, *idioms_records.MAKERS, *idioms_classes.MAKERS, *idioms_numbers.MAKERS,
          *idioms_collections.MAKERS, *idioms_strings.MAKERS, *idioms_objects.MAKERS]
