"""The kinds of recognizer a pack may use, one module each, and the order they run in on a segment.

Each finder is built once per detection from the pack recognizers of its kinds (in the packs' order)
and returns the candidates it sees in one segment.  The pack loader refuses any other `kind`.
"""
from __future__ import annotations

from .base import Shared
from .digits import DigitFinder
from .known_names import KnownNameFinder
from .labelled import LabelledFinder, column_candidates
from .name_slots import NameSlotFinder
from .names import NameRunFinder
from .phone import PhoneFinder
from .regex import PatternFinder

# The order matters: where two candidates tie in length and score, the earlier one is kept.
FINDERS = (DigitFinder, PhoneFinder, PatternFinder, LabelledFinder, NameRunFinder, NameSlotFinder,
           KnownNameFinder)
KINDS = {kind: finder for finder in FINDERS for kind in finder.kinds}

__all__ = ["FINDERS", "KINDS", "Shared", "column_candidates"]
