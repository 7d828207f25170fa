"""Pure extractors: a parsed spaCy Doc (plus article metadata) in, facts out."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXT_KEY = "summitx.text"


def remember_text(doc: Doc, text: str) -> None:
    """Give text_of the text the document was parsed from (spaCy keeps it character for
    character), so it never has to be rebuilt from the tokens. A cheap length check guards
    against being handed some other document."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        doc.user_data[_TEXT_KEY] = text


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each call,
    and the extractors ask for it thousands of times per corpus."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_LOWER_KEY = "summitx.lower"


def lowers_of(doc: Doc) -> list[str]:
    """Each token's text in lower case, built once: indexing a Doc makes a new Token object
    each time, and the name rules look at neighbouring words hundreds of times per article."""
    lowers = doc.user_data.get(_LOWER_KEY)
    if lowers is None:
        lowers = doc.user_data[_LOWER_KEY] = [token.text.lower() for token in doc]
    return lowers


_TOKENS_KEY = "summitx.tokens"
_ENTS_KEY = "summitx.ents"


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens as one list, built once: iterating or indexing a Doc makes new
    Token objects every time, and the extractors walk each document a dozen times."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once (spaCy makes new Span objects on every access)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def ents_in(span: Span) -> list[Span]:
    """The entities wholly inside `span`, like `Span.ents` but from the cached list."""
    start, end = span.start, span.end
    return [ent for ent in ents_of(span.doc) if ent.start >= start and ent.end <= end]


def release(doc: Doc) -> None:
    """Drop what the helpers above cached on the document. The token and entity lists refer
    back to the document, a cycle that only the garbage collector would break: released
    here, a parsed document is freed as soon as its records are built."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("summitx.")]:
        del doc.user_data[key]
