"""Articles in, records out: metadata detection, one spaCy pass, then the extractors.

Articles stream through `nlp.pipe` in small batches so memory stays flat on any corpus size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from summitx.loader import Article, detect_language
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
    assign_ids,
)
from summitx.text import View, identity, prepare

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from summitx.records import _Record

# Articles per nlp.pipe batch. The model's working memory grows with the batch (peak RSS
# of plain nlp.pipe over 800 BBC articles: 230 MB at 8, 304 MB at 16, past 430 MB and
# climbing at 32) while speed barely changes (in separate runs, 32 was at most a few
# percent faster than 8): 16 keeps most of both.
BATCH_SIZE = 16
# A batch also stops at about this many characters, so a run of long articles stays small.
BATCH_CHARS = 100_000
# Each model parses its first this many characters outside memory zones, to warm up. Inside a
# zone spaCy's tokenizer caches nothing, so every word goes through its prefix, suffix and
# infix rules again: over the 2,223 BBC articles, tokenizing in zones of 16 articles took 6.0 s
# against 1.8 s with no zones. Tokenizing the first 256 articles (about 600,000 characters)
# outside any zone caches the common words for good (2.2 s; 2,400 strings, 2.6 MB kept).
WARM_CHARS = 600_000
# Characters each loaded model has parsed outside memory zones (per process, per model).
_warmed: WeakKeyDictionary[Language, int] = WeakKeyDictionary()
# Texts are parsed in pieces of at most this many characters (see parse_texts).
CHUNK_CHARS = 10_000
# A run of this many characters without whitespace is parsed in pieces of this size. spaCy's
# tokenizer strips prefixes and suffixes off a "word" one at a time, copying the rest each
# time: 17,000 quotation marks took a minute, now 5-10 s. News text has no such runs (none
# of even 100 characters in the PolNeAR train split), so ordinary text is never cut.
MAX_WORD_CHARS = 200
LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS},}}")
PIECE_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a paragraph break, with the blank lines after it
    re.compile(r"\n"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def evidence(view: View, start: int, end: int) -> Evidence:
    """The evidence of a view span: offsets and text of the article text as read."""
    start, end = view.span(start, end)
    return Evidence(start=start, end=end, text=view.original[start:end])


def prepared(article: Article) -> View:
    """The view of the article text that spaCy parses (the text itself when nothing needs
    normalizing); a normalizer that fails leaves the text as read, with a warning."""
    try:
        return prepare(article.text)
    except Exception as exc:  # a normalizer bug must cost only the normalizing
        article.warnings.append(f"normalizing failed: {type(exc).__name__}: {exc}")
        return identity(article.text)


def document_record(
    article: Article, meta: object | None, normalized: tuple[str, ...] = ()
) -> DocumentRecord:
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
        normalized=list(normalized),
    )
    return record.with_id()  # type: ignore[return-value]


def extract_from_doc(article: Article, doc: Doc, view: View | None = None) -> list[_Record]:
    """All records of one parsed article, the document record first.

    `doc` is the parse of `view.text` (by default the article text itself). Names, quotes and
    every other text come from the view; evidence offsets are mapped back to the text as read.
    """
    from summitx.extract import remember_text
    from summitx.extract.agreements import extract_agreements
    from summitx.extract.document import detect_metadata
    from summitx.extract.meetings import extract_meetings
    from summitx.extract.people import index_people
    from summitx.extract.statements import extract_statements
    from summitx.names import name_key

    view = view or identity(article.text)
    text = view.text
    remember_text(doc, text)
    meta = detect_metadata(text)
    if article.language is None:
        # Articles built in code, not by the loader: the loader's detector, one for all.
        article.language = detect_language(text)
    # The model reads English; other languages are processed but noted.
    if article.language and article.language != "en":
        article.warnings.append(f"language: {article.language}; extraction is tuned for English")
    document = document_record(article, meta, view.applied)
    if document.published is None:
        document.warnings.append("no publication date found: relative dates stay unresolved")
    records: list[_Record] = [document]
    people = index_people(doc, meta)
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
                evidence=evidence(view, span.start_char, span.end_char),
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
                rule=meeting.rule,
                evidence=evidence(view, meeting.start, meeting.end),
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
                rule=statement.rule,
                evidence=evidence(view, statement.start, statement.end),
            )
        )
    for agreement in extract_agreements(doc, meta, people):
        records.append(
            AgreementRecord(
                doc_id=article.doc_id,
                parties=[Party(**p) for p in agreement.parties],  # type: ignore[arg-type]
                text=agreement.text,
                cue=agreement.cue,
                status=agreement.status,
                rule=agreement.rule,
                evidence=evidence(view, agreement.start, agreement.end),
            )
        )
    for record in records[1:]:
        record.with_id()
    return records


def split_text(text: str, size: int | None = None) -> list[str]:
    """Consecutive pieces of `text` (joined they give it back) of at most `size` characters.

    Each piece ends after a paragraph break where there is one in its second half, else
    after a line break, a sentence end, a space, and only as a last resort mid-word.
    """
    size = size or CHUNK_CHARS
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = len(window)
        for pattern in PIECE_BREAKS:
            ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
            if ends:
                cut = ends[-1]
                break
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return [part for piece in pieces for part in _cut_long_runs(piece)]


def _cut_long_runs(piece: str) -> list[str]:
    """`piece` cut before each run of MAX_WORD_CHARS or more non-space characters and every
    MAX_WORD_CHARS characters within it (joined, the parts give the piece back)."""
    if len(piece) < MAX_WORD_CHARS or not LONG_RUN.search(piece):
        return [piece]
    parts: list[str] = []
    start = 0
    for run in LONG_RUN.finditer(piece):
        for cut in range(run.start(), run.end(), MAX_WORD_CHARS):
            if cut > start:
                parts.append(piece[start:cut])
                start = cut
    parts.append(piece[start:])
    return parts


def _join(docs: list[Doc]) -> Doc:
    from spacy.tokens import Doc

    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _parse_one(nlp: Language, text: str) -> Doc | Exception:
    from summitx.components import RULE_COMPONENTS, annotate

    try:
        with nlp.select_pipes(disable=[n for n in RULE_COMPONENTS if n in nlp.pipe_names]):
            pieces = [nlp(piece) for piece in split_text(text)]
        return annotate(nlp, _join(pieces))
    except Exception as exc:  # a model failure on one hostile text must not stop the batch
        return exc


def parse_texts(nlp: Language, texts: list[str]) -> Iterator[Doc | Exception]:
    """One parsed Doc per text, in order, each yielded as soon as its last piece is parsed.

    Texts are parsed piecewise in one `nlp.pipe`. Pieces keep memory flat: spaCy needs
    about 3 GB for one 1M-character text, and the models look only a few tokens around each
    word, so pieces cut at paragraph breaks and joined with Doc.from_docs parse like the
    whole text. Each Doc is yielded at once, for the caller to use and drop: in one process,
    holding a whole batch of Docs (`list(nlp.pipe(...))`) parsed about 5% slower than
    iterating, though end to end the change did not show above the run-to-run noise.
    If `nlp.pipe` fails, the texts not yet yielded are parsed one by one to isolate the cause.
    """
    from summitx.components import RULE_COMPONENTS, annotate

    owners: list[int] = []
    pieces: list[str] = []
    for index, text in enumerate(texts):
        for piece in split_text(text):
            owners.append(index)
            pieces.append(piece)
    done = 0  # texts yielded so far
    group: list[Doc] = []
    try:
        # The rule components run once on each joined Doc (summitx.components explains why).
        rules = [name for name in RULE_COMPONENTS if name in nlp.pipe_names]
        parsed = nlp.pipe(pieces, batch_size=BATCH_SIZE, disable=rules)
        for position, doc in enumerate(parsed):
            group.append(doc)
            if position + 1 < len(owners) and owners[position + 1] == owners[position]:
                continue  # more pieces of this text follow
            try:
                joined: Doc | Exception = annotate(nlp, _join(group))
            except Exception as exc:
                joined = exc
            group = []
            done += 1
            yield joined
    except Exception:
        for text in texts[done:]:
            yield _parse_one(nlp, text)


def _batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Consecutive articles, at most BATCH_SIZE of them and about BATCH_CHARS of text."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        size = 0 if article.errors else len(article.text)
        if batch and (len(batch) >= BATCH_SIZE or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += size
    if batch:
        yield batch


def process_articles(
    articles: Iterable[Article], nlp: Language, timeout: float | None = None
) -> Iterator[list[_Record]]:
    """Records per article, in input order; failed articles give only their document record.

    Whatever goes wrong with one article (unreadable, unparsable, an extractor bug, an
    extraction running past `timeout` seconds) becomes that article's error and the batch
    goes on.
    """
    for batch in _batches(articles):
        with _zone(nlp, sum(len(a.text) for a in batch if not a.errors)):
            groups = _process_batch(batch, nlp, timeout)
        yield from groups


def _zone(nlp: Language, chars: int) -> AbstractContextManager[object]:
    """The memory zone to parse a batch of `chars` characters in, or none while warming up.

    The strings and lexemes spaCy adds inside a zone are freed when it ends, so the vocabulary
    does not grow with the corpus; records hold plain Python strings, all built before the
    zone ends. At most WARM_CHARS of a model's text are parsed outside zones, whatever comes
    first: a batch that would go past that budget (one huge article) runs in a zone.
    """
    warmed = _warmed.get(nlp, 0)
    if warmed + chars > WARM_CHARS:
        return nlp.memory_zone()
    _warmed[nlp] = warmed + chars
    return nullcontext()


def _process_batch(
    batch: list[Article], nlp: Language, timeout: float | None = None
) -> list[list[_Record]]:
    from summitx.budget import ArticleTimeout, time_budget
    from summitx.extract import release

    readable = [article for article in batch if not article.errors]
    views = [prepared(article) for article in readable]
    parsed = parse_texts(nlp, [view.text for view in views])
    next_view = iter(views)
    groups: list[list[_Record]] = []
    for article in batch:
        if article.errors:
            groups.append([document_record(article, None)])
            continue
        # Readable articles come out of the parser in batch order, one at a time.
        doc = next(parsed)
        view = next(next_view)
        if isinstance(doc, Exception):
            article.errors.append(f"parsing failed: {type(doc).__name__}: {doc}")
            groups.append([document_record(article, None)])
            continue
        try:
            with time_budget(timeout):
                records = assign_ids(extract_from_doc(article, doc, view))
        except ArticleTimeout as exc:
            article.errors.append(str(exc))
            records = [document_record(article, None)]
        except Exception as exc:  # an extractor bug must not lose the rest of the batch
            article.errors.append(f"extraction failed: {type(exc).__name__}: {exc}")
            records = [document_record(article, None)]
        finally:
            release(doc)
        groups.append(records)
    return groups
