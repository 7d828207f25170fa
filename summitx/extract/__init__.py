"""Pure extractors: a parsed spaCy Doc (plus article metadata) in, facts out.

The helpers below build per-document views once and keep them in `doc.user_data`: spaCy
makes a new Token or Span object on every access (and `Doc.text` joins every token on
each call), while the extractors walk each document a dozen times.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
# Every key summitx stores on a Doc starts with this, so release() can find them all.
PREFIX = "summitx."
_TEXT_KEY = PREFIX + "text"


def per_doc(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed on the first call for this document and remembered."""
    key = PREFIX + name
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build(doc)
    return value


def remember_text(doc: Doc, text: str) -> None:
    """Give text_of the text the document was parsed from (spaCy keeps it character for
    character), so it never has to be rebuilt from the tokens. A cheap length check guards
    against being handed some other document."""
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        doc.user_data[_TEXT_KEY] = text


def text_of(doc: Doc) -> str:
    return per_doc(doc, "text", lambda d: d.text)


def texts_of(doc: Doc) -> list[str]:
    """Each token's text."""
    return per_doc(doc, "texts", lambda d: [token.text for token in tokens_of(d)])


def lowers_of(doc: Doc) -> list[str]:
    """Each token's text in lower case."""
    return per_doc(doc, "lower", lambda d: [text.lower() for text in texts_of(d)])


def tokens_of(doc: Doc) -> list[Token]:
    return per_doc(doc, "tokens", list)


def sents_of(doc: Doc) -> list[Span]:
    """The sentences (Doc.sents builds every sentence Span again on each call)."""
    return per_doc(doc, "sents", lambda d: list(d.sents))


def sentence_numbers(doc: Doc) -> list[int]:
    """The number, in sents_of, of each token's sentence."""
    return per_doc(
        doc, "sent_numbers", lambda d: [n for n, s in enumerate(sents_of(d)) for _ in range(len(s))]
    )


def sent_of(token: Token) -> Span:
    """Token.sent from the cached sentences (Token.sent walks the parse on every call)."""
    doc = token.doc
    return sents_of(doc)[sentence_numbers(doc)[token.i]]


def ents_of(doc: Doc) -> tuple[Span, ...]:
    return per_doc(doc, "ents", lambda d: tuple(d.ents))


def ents_in(span: Span) -> list[Span]:
    """The entities wholly inside `span`, like `Span.ents` but from the cached list."""
    start, end = span.start, span.end
    return [ent for ent in ents_of(span.doc) if ent.start >= start and ent.end <= end]


def release(doc: Doc) -> None:
    """Drop what per_doc remembered. The token and entity lists refer back to the document,
    a cycle that only the garbage collector would break: released here, a parsed document
    is freed as soon as its records are built."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(PREFIX)]:
        del doc.user_data[key]
