"""v2 idioms: objects (see idiom.py for what a maker returns)."""
from __future__ import annotations

from .idiom import Ctx, Func, Param

MAKERS: list = []
