"""What the meeting rules read of one article, and what the article told before a sentence.

`Source` holds the parsed article with what the rule components marked on it (meeting
triggers, meeting nouns, places), its quotations and the spans no fact may come from; it
never changes while the article is read. `Told` is what earlier sentences told that a later
one leans on: the meetings found so far ('the meeting' is the latest of the same people) and
the last full dates ('a day later' counts from it).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summitx.components import spans_of
from summitx.components.meeting_triggers import MEETING_TRIGGERS, MEETING_WORDS, kinds
from summitx.components.places import PLACES
from summitx.components.quotes import quotes_of
from summitx.extract.document import DocumentMeta
from summitx.extract.meetings.merge import MeetingMention
from summitx.extract.people import People
from summitx.extract.quotes import QuoteSpan


@dataclass(frozen=True)
class Source:
    doc: Doc
    meta: DocumentMeta
    people: People
    published: str | None
    quotes: tuple[QuoteSpan, ...]
    # The meeting triggers component's spans by token index, and their indices in order.
    triggers: dict[int, Span]
    trigger_starts: tuple[int, ...]
    # The kind of every meeting noun ('the Osaka meeting'), by token index.
    meeting_nouns: dict[int, str]
    # The places component's spans: venue-like place entities, then unnamed buildings.
    places: tuple[Span, ...]

    def in_quote(self, token: Token) -> bool:
        return any(q.start <= token.idx < q.end for q in self.quotes)

    def excluded(self, token: Token) -> bool:
        """Is the token in a header, dateline or boilerplate line?"""
        return self.meta.is_excluded(token.idx, token.idx + max(1, len(token.text)))

    def trigger_tokens(self, sent: Span) -> list[Token]:
        """The tokens of the sentence the meeting triggers component marked, in order."""
        low = bisect_left(self.trigger_starts, sent.start)
        high = bisect_left(self.trigger_starts, sent.end)
        return [self.doc[i] for i in self.trigger_starts[low:high]]

    def named_in(self, sent: Span) -> list[int]:
        """The people the sentence names outside quotations, in order."""
        keys: list[int] = []
        for token in sent:
            if self.in_quote(token) or self.excluded(token):
                continue
            key = self.people.person_at(token.i)
            if key is not None and key not in keys:
                keys.append(key)
        return keys


def source_of(doc: Doc, meta: DocumentMeta, people: People, published: str | None) -> Source:
    triggers = {span.start: span for span in spans_of(doc, MEETING_TRIGGERS)}
    names = kinds()
    return Source(
        doc=doc,
        meta=meta,
        people=people,
        published=published,
        quotes=tuple(quotes_of(doc)),
        triggers=triggers,
        trigger_starts=tuple(sorted(triggers)),
        meeting_nouns={s.start: names[s.label] for s in spans_of(doc, MEETING_WORDS)},
        places=tuple(spans_of(doc, PLACES)),
    )


@dataclass(frozen=True)
class Told:
    """What the sentences before the one being read told."""

    found: tuple[MeetingMention, ...] = ()
    context_date: str | None = None  # the last full date told ('a day later')
    # The last full date of a sentence that tells a meeting or what someone named did: the
    # date of an undated meeting told after it.
    meeting_date: str | None = None

    def dated(self, values: list[str | None], meeting: bool) -> Told:
        """After a sentence with these dates (`meeting`: one that dates a meeting)."""
        context, last = self.context_date, self.meeting_date
        for value in values:
            if value and len(value) == 10:
                context = value
                if meeting:
                    last = value
        return Told(self.found, context, last)
