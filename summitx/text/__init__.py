"""Text as archives write it, read as the extractors expect it.

`prepare` builds the view spaCy parses: the article text with hard-wrapped lines joined,
mojibake repaired, HTML entities and stray tags decoded, odd spaces and invisible characters
removed and every quote convention turned into curly quotes. Each normalizer looks for its
own evidence in the text and does nothing without it; when none applies the view is the
article text itself. The view's offset map takes every span back to the text as read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from summitx.text.markup import entity_edits, markup_edits
from summitx.text.mojibake import mojibake_edits
from summitx.text.offsets import Edit, OffsetMap, apply
from summitx.text.quotes import quote_edits
from summitx.text.spaces import space_edits
from summitx.text.wrap import unwrap_edits

# In this order: line widths are measured on the lines as typed, and once more after entities
# and tags are decoded (a text may have been wrapped before they were written into it, or
# after); mojibake is repaired before anything reads the characters it hides; quotes come
# last, once entities are decoded and lines joined.
NORMALIZERS: tuple[tuple[str, Callable[[str], list[Edit]]], ...] = (
    ("unwrapped", unwrap_edits),
    ("mojibake", mojibake_edits),
    ("entities", entity_edits),
    ("markup", markup_edits),
    ("spaces", space_edits),
    ("unwrapped", unwrap_edits),
    ("quotes", quote_edits),
)


@dataclass(frozen=True)
class View:
    original: str
    text: str
    applied: tuple[str, ...] = ()
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the view's `[start, end)` came from."""
        return self.offsets.span(start, end)


def identity(text: str) -> View:
    return View(text, text)


def prepare(text: str) -> View:
    view, applied, offsets = text, [], OffsetMap()
    for name, find in NORMALIZERS:
        edits = find(view)
        if edits:
            view = apply(view, edits)
            offsets = offsets.then(edits)
            if name not in applied:
                applied.append(name)
    if not applied:
        return identity(text)
    return View(text, view, tuple(applied), offsets)
