"""Statements: direct quotes and reported speech, each with the person who said it.

A direct quote is attributed, in this order, through
1. a reporting cue right after it (`"...," he said`, `"...," said Mr X`),
2. a cue that introduces it (`X told the BBC: "..."`, `X said, "..."`),
3. the nearest reporting verb that governs the quoted words (`X said the deal was "historic"`),
   or another reporting verb of its sentence,
4. `according to X`,
5. the speaker of what comes just before it: a quote left open that it goes on with
   (`"...unity. "That is ..."`, a quote running over paragraphs), or a speech act in the
   sentence before when the quote opens a sentence of its own.
A cue's speaker is its subject (for a participle, the subject of the verb it hangs on), or a
name right before or after it; pronouns and role descriptions resolve through the
people index; a subject that names no one ("a source close to ...") leaves the speaker unnamed
with its words kept. Quoted words that are labels (a banner reading "Welcome", a nickname in
a name) or have no cue get no speaker.

Reported speech (`X said (that) CLAUSE`, `CLAUSE, X said`, `X called for ...`) follows the
direct quotes. The rule components give the quotations (doc.spans["summitx.quotes"]) and the
reporting cues (doc.spans["summitx.cues"]); the modules here are pure functions of the Doc,
its metadata, the people index and those spans:
- base: the records and the Context every function reads; cues: a cue where it stands;
- speaker: a cue's speaker; frame: a quote's sentences; labels: quoted words no one said;
- direct_cues, sources, continuation: where a direct quote's speaker is named;
- direct: the direct quotes in order; reported: reported speech.
"""

from __future__ import annotations

from spacy.tokens import Doc

from summitx.extract.document import DocumentMeta
from summitx.extract.people import People
from summitx.extract.statements.base import Attribution, Statement
from summitx.extract.statements.direct import direct_statements
from summitx.extract.statements.frame import make_context
from summitx.extract.statements.reported import reported_statements

__all__ = ["Attribution", "Statement", "extract_statements"]


def extract_statements(doc: Doc, meta: DocumentMeta, people: People) -> list[Statement]:
    """The direct quotes of the document, then its reported speech."""
    ctx = make_context(doc, meta, people)
    return list(direct_statements(ctx)) + list(reported_statements(ctx))
