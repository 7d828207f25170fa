"""Characters that show as a space or as nothing: no-break and other fixed-width spaces
become a plain space (spaCy splits words on plain spaces only); zero-width spaces, word
joiners, byte order marks, soft hyphens and bidirectional controls are dropped. Zero-width
joiners and non-joiners stay: in Persian, Indic scripts and emoji they change the word.
"""

from __future__ import annotations

import re

from summitx.text.offsets import Edit

SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
_ANY = re.compile(SPACES.pattern + "|" + INVISIBLE.pattern)


def space_edits(text: str) -> list[Edit]:
    if text.isascii():
        return []
    return [
        Edit(m.start(), m.end(), " " if SPACES.fullmatch(m.group()) else "")
        for m in _ANY.finditer(text)
    ]
