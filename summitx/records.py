"""The public output schema: pydantic v2 models for every record summitx emits.

Other programs depend on these field names (see SPEC.md); fields may be added, never renamed.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1.0"


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


class _Record(_Model):
    schema_version: str = Field(
        default=SCHEMA_VERSION, description="Version of this schema (docs/schema.json)"
    )
    id: str = Field(
        default="",
        description="Stable id: a hash of the record type, doc_id and evidence span (16 hex)",
    )
    doc_id: str

    def with_id(self) -> _Record:
        """Give the record a stable id: a hash of its type, doc_id and evidence span."""
        evidence = getattr(self, "evidence", None)
        span = f"{evidence.start}:{evidence.end}" if evidence else ""
        extra = getattr(self, "name", "") if self.type == "person" else ""  # type: ignore[attr-defined]
        key = f"{self.type}|{self.doc_id}|{span}|{extra}"  # type: ignore[attr-defined]
        self.id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self


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


class PersonRecord(_Record):
    type: Literal["person"] = "person"
    name: str
    aliases: list[str] = Field(default_factory=list)
    title: str | None = None
    country: str | None = None
    mentions: int = 1
    evidence: Evidence


class MeetingRecord(_Record):
    type: Literal["meeting"] = "meeting"
    participants: list[PersonRef]
    date: str | None = Field(
        default=None, description="YYYY-MM-DD, YYYY-MM, YYYY, ISO week YYYY-Www, or null"
    )
    date_text: str | None = None
    location: Location | None = None
    kind: str
    ordinal: int | None = Field(default=None, description="'first' = 1, 'second' = 2, ...")
    planned: bool = False
    evidence: Evidence


class StatementRecord(_Record):
    type: Literal["statement"] = "statement"
    speaker: PersonRef | None = None
    speaker_text: str | None = None
    quote: str
    direct: bool
    cue: str | None = None
    evidence: Evidence


class AgreementRecord(_Record):
    type: Literal["agreement"] = "agreement"
    parties: list[Party]
    text: str
    cue: str
    evidence: Evidence


Record = Annotated[
    DocumentRecord | PersonRecord | MeetingRecord | StatementRecord | AgreementRecord,
    Field(discriminator="type"),
]
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
RECORD_TYPES = ("document", "person", "meeting", "statement", "agreement")
# The key of each type in the grouped `--format json` object.
GROUP_KEYS = {
    "document": "documents",
    "person": "people",
    "meeting": "meetings",
    "statement": "statements",
    "agreement": "agreements",
}


def json_schema() -> dict:
    """The JSON Schema of one record (a tagged union on `type`)."""
    schema = RECORD_ADAPTER.json_schema()
    schema["title"] = "summitx record"
    schema["$comment"] = f"schema_version {SCHEMA_VERSION}"
    return schema
