"""Pure extractors: a parsed spaCy Doc (plus article metadata) in, facts out."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT_KEY = "summitx.text"


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each call,
    and the extractors ask for it thousands of times per corpus."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
