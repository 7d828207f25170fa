"""Articles in, records out: metadata detection, one spaCy pass, then the extractors.

Articles stream through `nlp.pipe` in small batches so memory stays flat on any corpus size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from summitx.loader import Article
from summitx.records import (
    AgreementRecord,
    DocumentRecord,
    Evidence,
    Location,
    MeetingRecord,
    Party,
    PersonRecord,
    PersonRef,
    StatementRecord,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from summitx.records import _Record

BATCH_SIZE = 32
# The model reads English; other languages are processed but noted.
ENGLISH_HINTS = frozenset(
    ["the", "and", "of", "to", "in", "that", "is", "was", "for", "with", "said", "on"]
)


def evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, text=text[start:end])


def guess_language(text: str) -> str | None:
    words = text.lower().split()[:400]
    if not words:
        return None
    share = sum(w in ENGLISH_HINTS for w in words) / len(words)
    return "en" if share >= 0.04 else "unknown (not English)"


def document_record(article: Article, meta: object | None) -> DocumentRecord:
    record = DocumentRecord(
        doc_id=article.doc_id,
        path=article.path,
        title=article.title or getattr(meta, "title", None),
        outlet=article.outlet or getattr(meta, "outlet", None),
        published=article.published or getattr(meta, "published", None),
        dateline=getattr(meta, "dateline", None),
        authors=list(getattr(meta, "authors", []) or []),
        language=article.language,
        errors=list(article.errors),
        warnings=list(article.warnings),
    )
    return record.with_id()  # type: ignore[return-value]


def extract_from_doc(article: Article, doc: Doc) -> list[_Record]:
    """All records of one parsed article, the document record first."""
    from summitx.extract.agreements import extract_agreements
    from summitx.extract.document import detect_metadata
    from summitx.extract.meetings import extract_meetings
    from summitx.extract.people import PersonIndex, name_key
    from summitx.extract.statements import extract_statements

    text = article.text
    meta = detect_metadata(text)
    if article.language is None:
        article.language = guess_language(text)
    if article.language and article.language != "en":
        article.warnings.append(f"language: {article.language}; extraction is tuned for English")
    document = document_record(article, meta)
    if document.published is None:
        document.warnings.append("no publication date found: relative dates stay unresolved")
    records: list[_Record] = [document]
    people = PersonIndex(doc, meta)
    author_keys = {name_key(a) for a in document.authors}

    def ref(key: int | None) -> PersonRef | None:
        if key is None or key not in people.people:
            return None
        return PersonRef(**people.ref(key))

    for person in people.people.values():
        if name_key(person.name) in author_keys:
            continue
        span = doc[person.best_span[0] : person.best_span[1]]
        aliases = sorted(f for f in person.forms if f != person.name)
        records.append(
            PersonRecord(
                doc_id=article.doc_id,
                name=person.name,
                aliases=aliases,
                title=person.title,
                country=person.country,
                mentions=sum(1 for m in people.mentions if m.person == person.key),
                evidence=evidence(text, span.start_char, span.end_char),
            )
        )
    for meeting in extract_meetings(doc, meta, people, document.published):
        participants = [r for k in meeting.participants if (r := ref(k)) is not None]
        if len(participants) < 2:
            continue
        records.append(
            MeetingRecord(
                doc_id=article.doc_id,
                participants=participants,
                date=meeting.date,
                date_text=meeting.date_text,
                location=Location(name=meeting.location, country=meeting.location_country)
                if meeting.location
                else None,
                kind=meeting.kind,
                ordinal=meeting.ordinal,
                planned=meeting.planned,
                evidence=evidence(text, meeting.start, meeting.end),
            )
        )
    for statement in extract_statements(doc, meta, people):
        records.append(
            StatementRecord(
                doc_id=article.doc_id,
                speaker=ref(statement.speaker),
                speaker_text=statement.speaker_text,
                quote=statement.quote,
                direct=statement.direct,
                cue=statement.cue,
                evidence=evidence(text, statement.start, statement.end),
            )
        )
    for agreement in extract_agreements(doc, meta, people):
        records.append(
            AgreementRecord(
                doc_id=article.doc_id,
                parties=[Party(**p) for p in agreement.parties],  # type: ignore[arg-type]
                text=agreement.text,
                cue=agreement.cue,
                evidence=evidence(text, agreement.start, agreement.end),
            )
        )
    for record in records[1:]:
        record.with_id()
    return records


def process_articles(articles: Iterable[Article], nlp: Language) -> Iterator[list[_Record]]:
    """Records per article, in input order; failed articles give only their document record."""

    def readable() -> Iterator[tuple[str, Article]]:
        for article in articles:
            if article.errors:
                pending.append(article)
                continue
            pending.append(article)
            yield article.text, article

    pending: list[Article] = []
    parsed = nlp.pipe(readable(), as_tuples=True, batch_size=BATCH_SIZE)
    for doc, article in parsed:
        # Articles that failed to load, queued before this one, are reported in order.
        while pending and pending[0] is not article:
            yield [document_record(pending.pop(0), None)]
        pending.pop(0)
        try:
            yield extract_from_doc(article, doc)
        except Exception as exc:  # an extractor bug must not lose the rest of the batch
            article.errors.append(f"extraction failed: {type(exc).__name__}: {exc}")
            yield [document_record(article, None)]
    while pending:
        yield [document_record(pending.pop(0), None)]
