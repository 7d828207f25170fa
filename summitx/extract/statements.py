"""Statements: direct quotes and reported speech, each with the person who said it.

A quote is attributed through the reporting cue nearest to it in its sentence (outside the
quote): the cue's subject, or for a participle ("..., saying", "urging") the subject of the
verb it hangs on. Pronouns and role descriptions resolve through the PersonIndex; a subject
that is neither ("a source close to ...") leaves the speaker unnamed. A quote without a cue
that opens a sentence right after another quote continues that quote's speaker; other
quoted words (a banner, a title) get no speaker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract.document import DocumentMeta
from summitx.extract.people import PersonIndex
from summitx.extract.quotes import QuoteSpan, find_quotes

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Dependents through which a participle or infinitive inherits its subject from its head.
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl", "ccomp", "pcomp", "relcl")
# Quoted words introduced by these are names or labels, not speech.
LABEL_WORDS = {"reading", "read", "titled", "entitled", "headlined", "dubbed", "named", "so-called",
               "known", "called", "slogan", "banner", "sign", "hashtag"}  # fmt: skip
MAX_REPORTED_TOKENS = 80
PRONOUN_WORDS = {"he", "she", "they", "it", "we", "i"}


@dataclass
class Attribution:
    speaker: int | None
    speaker_text: str | None
    cue: str | None
    start: int  # char span of the cue and speaker words, for the evidence
    end: int


@dataclass
class Statement:
    speaker: int | None
    speaker_text: str | None
    quote: str
    direct: bool
    cue: str | None
    start: int
    end: int
    quote_start: int
    quote_end: int


def _inside(token: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing from participles and infinitives to their head."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ in INHERIT_DEPS and current.head is not current:
            current = current.head
            continue
        break
    return None


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(sent.doc)
            and token.nbor().lower_ == "to"
        ):
            for child in token.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None


class SpeakerResolver:
    def __init__(self, doc: Doc, people: PersonIndex) -> None:
        self.doc = doc
        self.people = people

    def subject_attribution(self, cue: Token, subject: Token | None) -> Attribution:
        doc = self.doc
        if subject is None:
            # "said Takaichi" parsed without a subject: a name right after or before the cue.
            for i in (cue.i + 1, cue.i - 1):
                if 0 <= i < len(doc) and self.people.person_at(i) is not None:
                    subject = doc[i]
                    break
        if subject is None:
            return Attribution(None, None, cue.text.lower(), cue.idx, cue.idx + len(cue))
        key = self.people.resolve(subject)
        mention = self.people.mention_at(subject.i)
        if mention is not None:
            span = doc[mention.start : mention.end]
            text, s, e = span.text, span.start_char, span.end_char
        elif subject.lower_ in PRONOUN_WORDS:
            text, s, e = subject.text, subject.idx, subject.idx + len(subject)
        else:
            # The subject's words, without relative clauses that run on after it.
            tokens = [
                t for t in subject.subtree if t.dep_ not in ("relcl", "punct") or t.i == subject.i
            ]
            left = min(t.i for t in tokens)
            right = max(t.i for t in tokens if t.i <= subject.i + 6) + 1
            if key is not None:
                right = max(right, subject.i + 1)
            span = doc[left:right]
            text, s, e = span.text, span.start_char, span.end_char
        start, end = min(s, cue.idx), max(e, cue.idx + len(cue))
        return Attribution(key, text, cue.text.lower(), start, end)

    def cue_for(
        self, sent_tokens: list[Token], anchor: int, quotes: list[QuoteSpan]
    ) -> Token | None:
        """The reporting verb nearest to char offset `anchor` among tokens outside quotes."""
        cues = [
            t
            for t in sent_tokens
            if t.lemma_.lower() in lexicon.speech_cues()
            and t.pos_ in ("VERB", "AUX")
            and not _inside(t, quotes)
        ]
        if not cues:
            return None
        return min(cues, key=lambda t: abs(t.idx - anchor))


def _sentences_of(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.sents if s.start_char < end and s.end_char > start]


def _is_label(text: str, quote: QuoteSpan) -> bool:
    before = text[max(0, quote.start - 30) : quote.start].lower().split()
    return bool(before) and before[-1].strip(":,") in LABEL_WORDS


def direct_statements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> Iterator[Statement]:
    text = doc.text
    resolver = SpeakerResolver(doc, people)
    quotes = [q for q in find_quotes(text) if not meta.is_excluded(q.start, q.end)]
    previous: Statement | None = None
    for quote in quotes:
        inner = text[quote.inner_start : quote.inner_end]
        sents = _sentences_of(doc, quote.start, quote.end)
        frame = [t for s in sents for t in s if not (quote.start <= t.idx < quote.end)]
        attribution: Attribution | None = None
        if not _is_label(text, quote):
            cue = resolver.cue_for(frame, quote.start, quotes)
            if cue is not None:
                attribution = resolver.subject_attribution(cue, _subject_of(cue))
            else:
                source = _according_to(sents[0]) if sents else None
                if source is not None:
                    attribution = resolver.subject_attribution(source.head.head, source)
                    attribution.cue = "according to"
            if attribution is None and sents:
                attribution = _colon_intro(doc, resolver, sents[0], quote, quotes, text)
            if attribution is None and previous is not None and _continues(text, previous, quote):
                attribution = Attribution(
                    previous.speaker, previous.speaker_text, previous.cue, quote.start, quote.end
                )
        if attribution is None:
            attribution = Attribution(None, None, None, quote.start, quote.end)
        start = min(quote.start, attribution.start)
        end = max(quote.end, attribution.end)
        statement = Statement(
            speaker=attribution.speaker,
            speaker_text=attribution.speaker_text,
            quote=inner,
            direct=True,
            cue=attribution.cue,
            start=start,
            end=end,
            quote_start=quote.start,
            quote_end=quote.end,
        )
        previous = statement if attribution.cue or attribution.speaker is not None else None
        yield statement


def _colon_intro(
    doc: Doc,
    resolver: SpeakerResolver,
    sent: Span,
    quote: QuoteSpan,
    quotes: list[QuoteSpan],
    text: str,
) -> Attribution | None:
    """'X told the BBC:' in the sentence just before a quote that opens its own sentence."""
    # `text` is doc.text, passed in: Doc.text rebuilds the string from every token each call.
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    prev_sents = _sentences_of(doc, len(before) - 1, len(before))
    if not prev_sents:
        return None
    tokens = [t for t in prev_sents[0] if t.idx < quote.start]
    cue = resolver.cue_for(tokens, len(before), quotes)
    if cue is None:
        return None
    return resolver.subject_attribution(cue, _subject_of(cue))


def _continues(text: str, previous: Statement, quote: QuoteSpan) -> bool:
    """A cue-less quote opening a sentence just after a quote continues the same speaker."""
    gap = text[previous.end : quote.start]
    if len(gap) > 3 or previous.speaker is None:
        return False
    stripped = gap.strip()
    return stripped in ("", ".", "!", "?") or (gap.count("\n") >= 1 and not stripped)


def reported_statements(
    doc: Doc, meta: DocumentMeta, people: PersonIndex, direct: list[Statement]
) -> Iterator[Statement]:
    """'X said (that) CLAUSE': the clause as the quote, when it holds no direct quote."""
    resolver = SpeakerResolver(doc, people)
    quotes = find_quotes(doc.text)
    for token in doc:
        if token.lemma_.lower() not in lexicon.reported_speech_cues() or token.pos_ != "VERB":
            continue
        if _inside(token, quotes) or meta.is_excluded(token.idx, token.idx + 1):
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None or clause.i < token.i:
            continue
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark":
            tokens = tokens[1:]
        if not tokens or len(tokens) > MAX_REPORTED_TOKENS or len(tokens) < 3:
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        while len(span) and span[-1].is_punct:
            span = span[:-1]
        if not len(span) or any(
            q.start < span.end_char and q.end > span.start_char for q in quotes
        ):
            continue
        attribution = resolver.subject_attribution(token, _subject_of(token))
        if attribution.speaker is None:
            continue
        start, end = min(attribution.start, span.start_char), max(attribution.end, span.end_char)
        yield Statement(
            speaker=attribution.speaker,
            speaker_text=attribution.speaker_text,
            quote=span.text,
            direct=False,
            cue=token.text.lower(),
            start=start,
            end=end,
            quote_start=span.start_char,
            quote_end=span.end_char,
        )


def extract_statements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> list[Statement]:
    direct = list(direct_statements(doc, meta, people))
    return direct + list(reported_statements(doc, meta, people, direct))
