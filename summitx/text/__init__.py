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

# Before lines are joined, in this order: mojibake is repaired before anything reads the
# characters it hides. Quotes come last, once entities are decoded and lines joined.
DECODERS: tuple[tuple[str, Callable[[str], list[Edit]]], ...] = (
    ("mojibake", mojibake_edits),
    ("entities", entity_edits),
    ("markup", markup_edits),
    ("spaces", space_edits),
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


def _run(
    text: str, steps: tuple[tuple[str, Callable[[str], list[Edit]]], ...], start: View
) -> View:
    view, applied, offsets = start.text, list(start.applied), start.offsets
    for name, find in steps:
        edits = find(view)
        if edits:
            view = apply(view, edits)
            offsets = offsets.then(edits)
            if name not in applied:
                applied.append(name)
    return View(text, view, tuple(applied), offsets)


def prepare(text: str) -> View:
    """The view of `text` to parse; `text` itself (no copy) when nothing applies.

    Line widths are measured on the lines as typed and again once mojibake, entities and
    tags are decoded (a text may have been wrapped before they were written into it, or
    after): whichever reading finds more wraps is the one that joins lines.
    """
    wrapped_as_typed = unwrap_edits(text)
    decoded = _run(text, DECODERS, identity(text))
    wrapped_decoded = unwrap_edits(decoded.text)
    if len(wrapped_as_typed) > len(wrapped_decoded):
        view = _run(text, (("unwrapped", unwrap_edits), *DECODERS), identity(text))
    else:
        view = _run(text, (("unwrapped", lambda _: wrapped_decoded),), decoded)
    view = _run(text, (("quotes", quote_edits),), view)
    return view if view.applied else identity(text)
