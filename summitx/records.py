"""The public output schema: pydantic v2 models for every record summitx emits.

Other programs depend on these field names (see SPEC.md); fields may be added, never renamed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from summitx.daterange import iso_bounds

SCHEMA_VERSION = "1.0"


class StrEnum(str, Enum):
    """A closed vocabulary whose members are their strings: `str(kind)` and f-strings give
    `"summit"`, as they do for Python 3.11's enum.StrEnum (Python 3.10 lacks it)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return str(self.value).__format__(spec)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Character offsets into the article text exactly as read: text[start:end] == text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class PersonRef(_Model):
    name: str
    title: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")


class Party(_Model):
    """A party to an agreement: a person or a country (name is the country's name then)."""

    name: str
    country: str | None = None


class Location(_Model):
    name: str
    country: str | None = None


class _DateBounds(_Model):
    """`date_start` and `date_end`: the ISO days a `date` of any precision covers, always
    derived from `date` (pandas and SQLite cannot read `2025-10` or `2026-W02` as dates)."""

    date: str | None = None
    date_start: str | None = Field(default=None, description="first ISO day `date` covers")
    date_end: str | None = Field(default=None, description="last ISO day `date` covers")

    @model_validator(mode="after")
    def _derive_bounds(self) -> _DateBounds:
        self.date_start, self.date_end = iso_bounds(self.date)
        return self


class _Record(_Model):
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Version of this schema (docs/schema.json)"
    )
    id: str = Field(
        default="",
        description="Stable id: a hash of the record type, doc_id and evidence span (16 hex)",
    )
    doc_id: str

    def with_id(self, ordinal: int = 1) -> _Record:
        """Give the record a stable id: a hash of its type, doc_id and evidence span.

        `ordinal` > 1 tells apart records of one article that share all of these (two quotes
        of one sentence); see `assign_ids`.
        """
        evidence = getattr(self, "evidence", None)
        span = f"{evidence.start}:{evidence.end}" if evidence else ""
        extra = getattr(self, "name", "") if self.type == "person" else ""  # type: ignore[attr-defined]
        key = f"{self.type}|{self.doc_id}|{span}|{extra}"  # type: ignore[attr-defined]
        if ordinal > 1:
            key += f"|{ordinal}"
        self.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self


def assign_ids(records: list[_Record]) -> list[_Record]:
    """Stable ids for one article's records, unique even where two share type and span.

    The second record with a given id is rehashed with ordinal 2, the third with 3, in output
    order, which is deterministic, so the same input always gives the same ids.
    """
    seen: Counter[str] = Counter()
    for record in records:
        record.with_id()
        seen[record.id] += 1
        if seen[record.id] > 1:
            record.with_id(seen[record.id])
    return records


class DocumentRecord(_Record):
    type: Literal["document"] = "document"
    path: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="ISO date of publication")
    dateline: str | None = None
    authors: list[str] = Field(default_factory=list)
    language: str | None = None
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    normalized: list[str] = Field(
        default_factory=list,
        description="What was undone in the text before parsing, so a name or quote may differ"
        " from its evidence: unwrapped, mojibake, entities, markup, spaces, quotes",
    )


class PersonRecord(_Record):
    type: Literal["person"] = "person"
    name: str
    aliases: list[str] = Field(default_factory=list)
    title: str | None = None
    country: str | None = None
    mentions: int = 1
    evidence: Evidence


class MeetingKind(StrEnum):
    """What sort of meeting a record is: every kind patterns/meetings.json gives, and every
    kind patterns/merge.json knows how to compare."""

    SUMMIT = "summit"
    TALKS = "talks"
    MEETING = "meeting"
    BILATERAL = "bilateral"
    VISIT = "visit"
    SIGNING = "signing"
    CALL = "call"
    BANQUET = "banquet"
    PRESS_CONFERENCE = "press conference"
    DINNER = "dinner"
    LUNCH = "lunch"
    BREAKFAST = "breakfast"
    RECEPTION = "reception"
    CEREMONY = "ceremony"
    # Kinds that annotations and other tools give (patterns/merge.json groups them all).
    ENCOUNTER = "encounter"
    TALK = "talk"
    NEGOTIATIONS = "negotiations"
    DISCUSSIONS = "discussions"
    AUDIENCE = "audience"
    SESSION = "session"
    CONSULTATIONS = "consultations"
    CONVERSATION = "conversation"
    TOUR = "tour"
    TRIP = "trip"
    SIGHTSEEING = "sightseeing"
    PHONE_CALL = "phone call"
    VIDEO_CALL = "video call"
    VIDEOCONFERENCE = "videoconference"
    LUNCHEON = "luncheon"
    WELCOME = "welcome"
    GREETING = "greeting"


class MeetingRecord(_DateBounds, _Record):
    type: Literal["meeting"] = "meeting"
    participants: list[PersonRef]
    date: str | None = Field(
        default=None, description="YYYY-MM-DD, YYYY-MM, YYYY, ISO week YYYY-Www, or null"
    )
    date_text: str | None = None
    location: Location | None = None
    kind: MeetingKind
    ordinal: int | None = Field(default=None, description="'first' = 1, 'second' = 2, ...")
    planned: bool = False
    rule: str | None = Field(
        default=None,
        description="the pattern that found the meeting: 'verb:<lemma>' ('X met Y'), "
        "'noun:<word>' ('talks with Y'), 'pair:<word>' ('the two leaders met'), "
        "'reference:<word>' ('the meeting', an earlier one), 'host' (a host and the "
        "sentence's subject), 'attendance' (people each at one summit), 'earlier-event' "
        "('following the G20 summit in May')",
    )
    evidence: Evidence


class StatementRule(StrEnum):
    """The pattern that attributed a statement: which cue class gave its speaker."""

    CUE_AFTER = "cue_after"  # '"...," X said' / '"...," said X'
    CUE_BEFORE = "cue_before"  # 'X said: "..."', 'X told the BBC, "..."'
    CUE_GOVERNING = "cue_governing"  # 'X said the plan was "dead on arrival"'
    CUE_IN_SENTENCE = "cue_in_sentence"  # another reporting verb of the quote's sentence
    CUE_FINAL = "cue_final"  # 'The plan to "X" is popular, said Y': a cue ending the sentence
    ACCORDING_TO = "according_to"  # '"...", according to X'
    STATEMENT_PHRASE = "statement_phrase"  # 'X in a statement called for "..."'
    WORDS_PHRASE = "words_phrase"  # 'in X's words, "..."', 'in the words of X, "..."'
    CLAUSE_SUBJECT = "clause_subject"  # 'X pushed his promise of "free college"'
    COLON_PARAGRAPH = "colon_paragraph"  # 'X wrote:' closing the paragraph before the quote
    CONTINUED_QUOTE = "continued_quote"  # a quote going on with one left open
    NEXT_PART = "next_part"  # a quote left open, named by the part that goes on with it
    NESTED_QUOTE = "nested_quote"  # a quote inside a quote: the outer quote's speaker
    PREVIOUS_SPEECH = "previous_speech"  # a cue-less quote after a speech act before it
    PARAGRAPH_SUBJECT = "paragraph_subject"  # a quote paragraph after one about a named person
    REPORTED_CLAUSE = "reported_clause"  # reported speech: 'X said (that) CLAUSE'


class StatementRecord(_Record):
    type: Literal["statement"] = "statement"
    speaker: PersonRef | None = None
    speaker_text: str | None = None
    quote: str
    direct: bool
    cue: str | None = None
    rule: StatementRule | None = Field(
        default=None, description="The pattern that attributed the statement (null: none did)"
    )
    evidence: Evidence


class AgreementStatus(StrEnum):
    """What the text says of an agreement. Only `agreed` and `signed` are agreements of the
    parties (the metric scores only those); the others are kept so a user sees what was read."""

    AGREED = "agreed"
    SIGNED = "signed"
    EXPECTED = "expected"  # planned, hoped for, under negotiation: 'hope to reach a deal'
    HYPOTHETICAL = "hypothetical"  # conditional or supposed: 'a deal could see ...'
    DENIED = "denied"  # negated, failed, rejected or ended: 'failed to agree', 'no deal'
    UNILATERAL = "unilateral"  # one party's pledge or commitment: 'X pledged to cut tariffs'


class AgreementRecord(_Record):
    type: Literal["agreement"] = "agreement"
    parties: list[Party]
    text: str
    cue: str
    status: AgreementStatus = AgreementStatus.AGREED
    rule: str = Field(
        default="", description="the pattern that found it (patterns/agreements.jsonl)"
    )
    evidence: Evidence


# --- Corpus-level records (`extract --merge`): facts merged across articles. ---------------
# Their doc_id is CORPUS_DOC_ID; the articles behind them are listed in `sources`.
CORPUS_DOC_ID = "corpus"


class Source(_Model):
    """One article's claim behind a merged record: which record, where in the text, what it says."""

    doc_id: str
    record_id: str
    record_type: str
    evidence: Evidence
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    kind: str | None = None
    ordinal: int | None = None
    planned: bool | None = None
    speaker: str | None = None


class ConflictValue(_Model):
    value: str | None
    doc_ids: list[str]


class ConflictField(StrEnum):
    """The fields on which merging can find sources disagreeing (consolidate.py votes on
    each): an event's date, location, participants and ordinal, a quote's speaker, a
    person's country."""

    DATE = "date"
    LOCATION = "location"
    PARTICIPANTS = "participants"
    ORDINAL = "ordinal"
    SPEAKER = "speaker"
    COUNTRY = "country"  # of a merged person


class Conflict(_Model):
    """A field on which sources disagree; `consensus` is the value most sources support."""

    field: ConflictField
    consensus: str | None = None
    values: list[ConflictValue]


class EventRecord(_DateBounds, _Record):
    """A meeting as it happened, merged from the per-article meetings that report it."""

    type: Literal["event"] = "event"
    doc_id: str = CORPUS_DOC_ID
    participants: list[PersonRef]
    date: str | None = None
    location: Location | None = None
    kind: str
    kinds: list[str] = Field(default_factory=list)
    ordinal: int | None = None
    planned: bool = False
    meetings: list[str] = Field(default_factory=list, description="ids of the merged meetings")
    doc_ids: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    statements: list[str] = Field(default_factory=list, description="ids of related statements")
    agreements: list[str] = Field(default_factory=list, description="ids of related agreements")
    conflicts: list[Conflict] = Field(default_factory=list)
    merge_notes: list[str] = Field(default_factory=list, description="why records were merged")


class MergedPersonRecord(_Record):
    """One person across articles: every spelling, title and country the articles give."""

    type: Literal["merged_person"] = "merged_person"
    doc_id: str = CORPUS_DOC_ID
    name: str
    aliases: list[str] = Field(default_factory=list)
    title: str | None = None
    titles: list[str] = Field(default_factory=list)
    country: str | None = None
    countries: list[str] = Field(default_factory=list)
    doc_ids: list[str] = Field(default_factory=list)
    person_ids: list[str] = Field(default_factory=list)
    mentions: int = 0
    conflicts: list[Conflict] = Field(default_factory=list)


class QuoteLinkRecord(_Record):
    """The same quote reported by several outlets."""

    type: Literal["quote_link"] = "quote_link"
    doc_id: str = CORPUS_DOC_ID
    quote: str
    speaker: PersonRef | None = None
    statements: list[str] = Field(default_factory=list)
    doc_ids: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


CORPUS_RECORD_TYPES = ("event", "merged_person", "quote_link")

Record = Annotated[
    DocumentRecord
    | PersonRecord
    | MeetingRecord
    | StatementRecord
    | AgreementRecord
    | EventRecord
    | MergedPersonRecord
    | QuoteLinkRecord,
    Field(discriminator="type"),
]
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
RECORD_TYPES = ("document", "person", "meeting", "statement", "agreement", *CORPUS_RECORD_TYPES)
# The key of each type in the grouped `--format json` object.
GROUP_KEYS = {
    "document": "documents",
    "person": "people",
    "meeting": "meetings",
    "statement": "statements",
    "agreement": "agreements",
    "event": "events",
    "merged_person": "merged_people",
    "quote_link": "quote_links",
}


def json_schema() -> dict:
    """The JSON Schema of one record (a tagged union on `type`)."""
    schema = RECORD_ADAPTER.json_schema()
    schema["title"] = "summitx record"
    schema["$comment"] = f"schema_version {SCHEMA_VERSION}"
    return schema
