"""The one key of a person's name in all of summitx: grouping mentions, merging articles,
excluding bylines and scoring all compare names by it. Kept free of spaCy so that code which
never parses (merging, evaluation) can use it cheaply."""

from __future__ import annotations

import re

# A word of a name: letters and digits, with inner apostrophes ("o'neill").
_NAME_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def name_key(name: str) -> frozenset[str]:
    """The one view of a name in all of summitx (grouping, merging, scoring), the metric's:
    the set of its lowercase words, split on spaces, hyphens and full stops ('Kim Soo-ah'
    = 'Kim Soo Ah', 'Ana M. Vale' = 'Ana M Vale')."""
    return frozenset(_NAME_WORD.findall(name.lower().replace("’", "'")))
