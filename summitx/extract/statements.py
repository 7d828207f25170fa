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
PersonIndex; a subject that names no one ("a source close to ...") leaves the speaker unnamed
with its words kept. Quoted words that are labels (a banner reading "Welcome", a nickname in
a name) or have no cue get no speaker.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import spans_of
from summitx.components.quotes import quotes_of
from summitx.components.speech_cues import (
    APPEAL,
    ASPECTUAL,
    CLASS_OF_ID,
    CUES,
    NEGATING_HEAD,
    OBJECT_CLAUSE,
    PHRASAL,
    REPORTED_SPEECH,
    SPEECH,
    SPEECH_ADJACENT,
    STATEMENT_NOUN,
)
from summitx.extract import per_doc, sent_of, sents_of, text_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import PersonIndex
from summitx.extract.quotes import QuoteSpan, continues
from summitx.records import StatementRule

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A verb form inside a noun phrase ("the following statement") heads no clause.
NOMINAL_DEPS = ("amod", "compound", "nmod")
# Dependents through which a participle or infinitive inherits its subject from its head.
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl", "ccomp", "pcomp", "relcl")
PARTICIPLE_AS_OBJECT_DEPS = ("dobj", "npadvmod", "oprd")
CONTRAST_MARKS = {"while", "whereas", "although", "though"}
MAX_REPORTED_TOKENS = 80
# What an appeal ('called on Y to act') holds after its verb.
APPEAL_DEPS = ("prep", "xcomp", "dobj", "ccomp")
# A reported clause with quoted fragments: its least length and the most of it quoted.
MIN_MIXED_WORDS = 8
MAX_QUOTED_SHARE = 0.25
# How far up the parse a quote's governing cue is looked for. In real sentences it is a few
# levels up; a sentence that never ends (thousands of `said "`) has chains thousands deep,
# and walking them for every quote was quadratic.
MAX_CUE_DEPTH = 40
# The words of a sentence that only names who spoke: 'Roe said.', 'said the minister.'
BARE_CUE_POS = {"PROPN", "PRON", "VERB", "AUX", "ADV", "DET", "NOUN", "ADJ"}
PRONOUN_WORDS = {"he", "she", "they", "it", "we", "i"}
# Offices by which an article refers back to its main figure ("..., the prime minister said").
OFFICE_WORDS = {"president", "minister", "premier", "chancellor", "secretary", "leader", "king",
                "queen", "taoiseach", "governor", "mayor", "senator"}  # fmt: skip
# Tokens after a quote before its cue: `"...," the French president said`.
CUE_AFTER_WINDOW = 8
# Tokens before a quote back to the cue that introduces it: `X told reporters in Lima: "`.
CUE_BEFORE_WINDOW = 25
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’]?\s+|\s*\n\s*")


@dataclass
class Attribution:
    speaker: int | None
    speaker_text: str | None
    cue: str | None
    start: int  # char span of the cue and speaker words, for the evidence
    end: int
    rule: StatementRule | None = None


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
    rule: StatementRule | None = None


@dataclass
class SpeechEvent:
    """Someone speaking, for a cue-less quote in the next sentence to continue."""

    attribution: Attribution
    end: int


def cue_classes(doc: Doc) -> dict[int, frozenset[str]]:
    """The cue classes the summitx_speech_cues component gave each token (by token index; a
    phrasal cue's class is on its verb)."""

    def build(doc: Doc) -> dict[int, frozenset[str]]:
        found: dict[int, set[str]] = {}
        for span in spans_of(doc, CUES):
            found.setdefault(span.start, set()).add(CLASS_OF_ID[span.label])
        return {i: frozenset(names) for i, names in found.items()}

    return per_doc(doc, "cue_classes", build)


NO_CLASS: frozenset[str] = frozenset()


def has_class(token: Token, name: str) -> bool:
    """The token is a cue of class `name` (summitx.components.speech_cues)."""
    return name in cue_classes(token.doc).get(token.i, NO_CLASS)


def cue_tokens(doc: Doc, *names: str) -> list[Token]:
    """The tokens that are cues of any of the classes `names`, in text order."""
    classes = cue_classes(doc)
    tokens = tokens_of(doc)
    return [tokens[i] for i in sorted(classes) if not classes[i].isdisjoint(names)]


class QuoteList(list[QuoteSpan]):
    """The quotes of a text, with the union of their spans kept sorted, so "is this offset
    inside a quote?" is a binary search. A linear scan over every quote for every token was
    quadratic: 2,500 repeats of `said "` took minutes."""

    def __init__(self, quotes: Iterable[QuoteSpan]) -> None:
        super().__init__(quotes)
        self.starts: list[int] = []
        self.ends: list[int] = []
        for quote in sorted(self, key=lambda q: q.start):
            if quote.start >= quote.end:
                continue
            if self.ends and quote.start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], quote.end)
            else:
                self.starts.append(quote.start)
                self.ends.append(quote.end)

    def covers(self, offset: int) -> bool:
        """Some quote has start <= offset < end."""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Some quote has q.start < end and q.end > start."""
        i = bisect_right(self.ends, start)  # the first span ending after `start`
        return i < len(self.starts) and self.starts[i] < end


def _inside(token: Token, quotes: list[QuoteSpan]) -> bool:
    if isinstance(quotes, QuoteList):
        return quotes.covers(token.idx)
    return any(q.start <= token.idx < q.end for q in quotes)


def _is_negated(cue: Token) -> bool:
    """'did not say', 'declined to say if ...': no statement is reported."""
    doc = cue.doc
    for child in cue.children:
        # "did not say", but not the "not" of a quote before the cue ("Why not?" asked X).
        if (
            child.dep_ == "neg"
            and child.i < cue.i
            and not any(t.is_punct for t in doc[child.i + 1 : cue.i])
        ):
            return True
    return cue.dep_ == "xcomp" and has_class(cue.head, NEGATING_HEAD)


def _inherits_subject(verb: Token) -> bool:
    """A verb whose subject is its head's: a clause, a participle, an infinitive; also a
    participle the parser takes for its head's object ('X addressed the crowd saying, "..."',
    where 'saying' comes out as a second dobj)."""
    if verb.dep_ in INHERIT_DEPS:
        return True
    return verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_AS_OBJECT_DEPS


def _subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing from participles and infinitives to their head; for a
    passive cue the agent ("Merkel was told by Macron")."""
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    current = verb
    for _ in range(4):
        # The subject nearest the verb: a parse run over a paragraph break may give it two.
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - current.i))
        if _inherits_subject(current) and current.head.i != current.i:
            head = current.head
            # "He said X ... but predicted Y": the parser hangs the second reporting verb on
            # the reported clause; its subject is the first reporting verb's.
            # So does a participle cue ("X said Y was "messy," adding, ...") that the parser
            # hangs on the reported clause's verb.
            if (
                (current.dep_ == "conj" or (current.dep_ == "advcl" and has_class(current, SPEECH)))
                and head.dep_ == "ccomp"
                and has_class(head.head, SPEECH)
            ):
                head = head.head
            current = head
            continue
        break
    return None


def _according_to(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
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
        self._parts = self._name_parts()

    def _name_parts(self) -> dict[str, int]:
        parts: dict[str, int] = {}
        for person in self.people.people.values():
            for token in person.tokens:
                if len(token) >= 5:
                    parts.setdefault(token, person.key)
        return parts

    def _fuzzy_person(self, token: Token) -> int | None:
        """A misspelt surname ("Kowalksi" for "Kowalski") of someone named in the article."""
        if token.pos_ != "PROPN" or len(token.text) < 5:
            return None
        low = token.text.lower()
        best = difflib.get_close_matches(low, list(self._parts), n=1, cutoff=0.85)
        return self._parts[best[0]] if best else None

    def _neighbour_mention(self, cue: Token, after: bool) -> tuple[int, int] | None:
        """A person named right before the cue ("Roe said"), before an apposition set off
        by commas ("Jane Roe, a member of ..., said"), or right after it ("said Mr X")."""
        doc = self.doc
        sent = sent_of(cue)
        before = _skip_back(doc, cue.i - 1)
        if before >= 0 and self.people.person_at(before) is not None:
            mention = self.people.mention_at(before)
            if mention is not None and mention.start not in self.people.quoted:
                return mention.start, mention.end
        if cue.i > 0 and doc[cue.i - 1].text == ",":
            for mention in reversed(self.people.mentions):
                if mention.end > cue.i or mention.start < sent.start:
                    continue
                between = doc[mention.end : cue.i].text
                if (
                    between.startswith(",")
                    and between.count(",") >= 2
                    and len(between) < 200
                    and self.people.person_at(mention.start) is not None
                ):
                    return mention.start, mention.end
                break
        if after:
            i = cue.i + 1
            while i < min(len(doc), cue.i + 5) and self.people.person_at(i) is None:
                token = doc[i]
                if not (token.text[:1].isupper() or token.text in (".", "-")):
                    break
                i += 1
            if i < len(doc) and self.people.person_at(i) is not None:
                mention = self.people.mention_at(i)
                if mention is not None:
                    return mention.start, mention.end
        return None

    def _salient_untitled(self, before: int) -> int | None:
        """'..., the prime minister said' where no one holds that title: the person who is the
        subject of the sentence before, when nothing is known of their office."""
        doc = self.doc
        sent_start = sent_of(tokens_of(doc)[before]).start
        for mention in reversed(self.people.mentions):
            if mention.start >= before or mention.start in self.people.quoted:
                continue
            if mention.start < sent_start - 80:
                break
            person = self.people.people.get(mention.person)
            root = doc[mention.start : mention.end].root
            if person is not None and not person.titles and root.dep_ in SUBJECT_DEPS:
                return mention.person
        return None

    def subject_attribution(self, cue: Token, subject: Token | None) -> Attribution:
        doc = self.doc
        key: int | None = None
        span_bounds: tuple[int, int] | None = None
        if subject is not None and _paragraph(text_of(doc), subject.idx) != _paragraph(
            text_of(doc), cue.idx
        ):
            subject = None  # a parse run over a paragraph break (from a headline)
        if subject is None or (
            self.people.resolve(subject) is None and subject.lower_ not in PRONOUN_WORDS
        ):
            # A name next to the cue outranks a parse that found no person as its subject.
            # A name after the cue is its subject only when the parse found none before it
            # ("said Mr X"); otherwise it is what was said ("the ministry said PM X ...").
            after = subject is None or subject.i > cue.i
            neighbour = self._neighbour_mention(cue, after)
            if neighbour is not None and (
                subject is None or neighbour[0] not in {t.i for t in subject.subtree}
            ):
                # (Not a name inside the subject: "a source close to the president said".)
                key = self.people.person_at(neighbour[0])
                span_bounds = neighbour
        if span_bounds is None and subject is None:
            return Attribution(None, None, cue.text.lower(), cue.idx, cue.idx + len(cue))
        if span_bounds is not None:
            span = doc[span_bounds[0] : span_bounds[1]]
            text, s, e = span.text, span.start_char, span.end_char
        else:
            assert subject is not None
            key = self.people.resolve(subject)
            if key is None:
                key = self._fuzzy_person(subject)
            mention = self.people.mention_at(subject.i)
            if (
                key is None
                and subject.pos_ == "NOUN"
                and lexicon.canonical_title(subject.lower_)
                and subject.lower_ in OFFICE_WORDS
                and not any(c.dep_ == "prep" for c in subject.children)
                and any(c.lower_ in ("the", "this") for c in subject.children)
            ):
                key = self._salient_untitled(subject.i)
            if mention is not None:
                start = mention.start
                if mention.kind == "role":
                    # The whole description: "the Brazilian president".
                    start = _clip_left(doc, min(start, subject.left_edge.i), subject.i)
                span = doc[start : mention.end]
                text, s, e = span.text, span.start_char, span.end_char
            elif subject.lower_ in PRONOUN_WORDS:
                text, s, e = subject.text, subject.idx, subject.idx + len(subject)
            else:
                # The subject's words, without relative clauses that run on after it.
                tokens = [
                    t
                    for t in subject.subtree
                    if t.dep_ not in ("relcl", "punct") or t.i == subject.i
                ]
                left = min(t.i for t in tokens)
                right = max(t.i for t in tokens if t.i <= subject.i + 6) + 1
                if key is not None:
                    right = max(right, subject.i + 1)
                    # Up to the name and its title, not an apposition after it.
                    named = [t.i for t in tokens if self.people.person_at(t.i) == key]
                    right = min(right, max(max(named, default=subject.i), subject.i) + 1)
                span = doc[_clip_left(doc, left, subject.i) : right]
                text, s, e = span.text, span.start_char, span.end_char
        start, end = min(s, cue.idx), max(e, cue.idx + len(cue))
        return Attribution(key, text, cue.text.lower(), start, end)


def _skip_back(doc: Doc, i: int) -> int:
    """From token i leftwards past auxiliaries, adverbs and an 'in a statement' phrase, to
    where the name of a speaker would stand: 'Roe has repeatedly said', 'Roe in a letter
    urged'."""
    while i >= 0:
        token = doc[i]
        if token.dep_ in ("aux", "auxpass", "advmod", "neg") and token.pos_ != "PUNCT":
            i -= 1
            continue
        if has_class(token, STATEMENT_NOUN) and i >= 2:
            j = i - 1
            if doc[j].dep_ in ("det", "poss"):
                j -= 1
            if j >= 0 and doc[j].lower_ in ("in", "on", "via"):
                i = j - 1
                continue
        break
    return i


def _clip_left(doc: Doc, left: int, anchor: int) -> int:
    """Move `left` into the paragraph of token `anchor`: the parser may run a sentence over a
    paragraph break (a headline above)."""
    p_start = _paragraph(text_of(doc), doc[anchor].idx)[0]
    while left < anchor and doc[left].idx < p_start:
        left += 1
    return left


def _coordinate_clause(verb: Token) -> bool:
    """A clause beside the reported one rather than inside it: 'X said A, and Y criticised
    B', 'X said A, while Y ...' (but 'X said A and B' reports both)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        return has_class(verb.head, SPEECH)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children
    )


def _is_cue(token: Token, quotes: list[QuoteSpan], adjacent: bool = False) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    classes = cue_classes(token.doc).get(token.i, NO_CLASS)
    if SPEECH not in classes:
        # A phrasal cue ('"...," he went on') introduces a quote only right beside it.
        return adjacent and PHRASAL in classes and not _inside(token, quotes)
    if not adjacent and SPEECH_ADJACENT in classes:
        return False
    if ASPECTUAL in classes and any(c.dep_ == "xcomp" for c in token.children):
        return False  # 'will continue to be "a champion"': what goes on, not what was said
    return not _inside(token, quotes) and not _is_negated(token)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _is_label(doc: Doc, quote: QuoteSpan) -> bool:
    text = text_of(doc)
    before = text[max(0, quote.start - 30) : quote.start].lower().split()
    labels = lexicon.quote_labels()
    if before and before[-1].strip(":,") in labels["label_words"]:
        return True
    if " ".join(before[-3:]).endswith(tuple(labels["label_phrases"])):
        return True
    if _is_title(text, quote):
        return True
    # A nickname inside a name: Gen. Robert E. "Bob" Smith.
    inner = text[quote.inner_start : quote.inner_end]
    after = text[quote.end : quote.end + 30].split()
    raw_before = text[max(0, quote.start - 30) : quote.start].split()
    return (
        len(inner.split()) <= 2
        and inner[:1].isupper()
        and inner.replace(" ", "").replace("-", "").isalpha()
        and bool(raw_before)
        and raw_before[-1][:1].isupper()
        and raw_before[-1][-1] not in ".!?:;,"
        and bool(after)
        and after[0][:1].isupper()
        and text[quote.start - 1 : quote.start] == " "
    )


def _title_case(inner: str) -> bool:
    """Every word capitalised but the small words of a title: 'Night of the Long Knives'."""
    small = lexicon.quote_labels()["title_small_words"]
    words = inner.rstrip(",.").split()
    return (
        bool(words)
        and len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words[1:])
    )


def _is_title(text: str, quote: QuoteSpan) -> bool:
    """The title of a show, book or film: words in Title Case after a possessive or 'on'
    ('on the network's "Morning Round Table,"'), or after a noun naming a work ('her film,
    "Sunrise"')."""
    labels = lexicon.quote_labels()
    inner = text[quote.inner_start : quote.inner_end]
    if not _title_case(inner):
        return False
    words = inner.split()
    before = text[max(0, quote.start - 40) : quote.start].split()
    if not before:
        return False
    previous = before[-1].lower().strip(",")
    after_work = any(w.lower().strip(",") in labels["work_nouns"] for w in before[-2:])
    if len(words) == 1:
        return after_work
    return after_work or previous in ("on", "of") or previous.endswith(("'s", "’s", "s'", "s’"))


class DirectQuotes:
    """Attribution of the direct quotes of one document."""

    def __init__(self, doc: Doc, meta: DocumentMeta, people: PersonIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.meta = meta
        self.people = people
        self.resolver = SpeakerResolver(doc, people)
        self.all_quotes = QuoteList(quotes_of(doc))
        self.quotes = [q for q in self.all_quotes if not meta.is_excluded(q.start, q.end)]
        self.events = self._verb_events()

    # ----- the frame of a quote -----------------------------------------------------------
    def _tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return tokens_of(self.doc)[span.start : span.end] if span is not None else []

    def _sentence_numbers(self, quote: QuoteSpan) -> list[int]:
        """The numbers of the sentences the quote overlaps (sentences are sorted and apart)."""
        if not hasattr(self, "_sent_ends"):
            self._sent_ends = [sent.end_char for sent in sents_of(self.doc)]
        sents = sents_of(self.doc)
        numbers = []
        n = bisect_right(self._sent_ends, quote.start)  # the first sentence ending after it
        while n < len(sents) and sents[n].start_char < quote.end:
            numbers.append(n)
            n += 1
        return numbers

    def _outside(self, n: int, cues: bool = False) -> list[Token]:
        """The tokens (or only the cues) of sentence `n` outside every quote, computed once
        per sentence: recomputed for each quote, a long sentence full of quotes made the
        attribution quadratic."""
        cache = self.__dict__.setdefault("_outside_cache", {})
        if (n, cues) not in cache:
            if cues:
                found = [t for t in self._outside(n) if _is_cue(t, self.all_quotes)]
            else:
                sent = sents_of(self.doc)[n]
                found = [
                    t
                    for t in tokens_of(self.doc)[sent.start : sent.end]
                    if not _inside(t, self.all_quotes)
                ]
            cache[(n, cues)] = found
        return cache[(n, cues)]

    def _in_paragraph(self, tokens: list[Token], p_start: int, p_end: int) -> list[Token]:
        """The run of `tokens` (sorted by offset) that lies within [p_start, p_end)."""
        low = bisect_left(tokens, p_start, key=lambda t: t.idx)
        high = bisect_left(tokens, p_end, key=lambda t: t.idx)
        return tokens[low:high]

    def _sentence_tokens(self, quote: QuoteSpan, cues: bool = False) -> list[Token]:
        """Tokens outside quotes of the sentences the quote is in, within its paragraph
        (with `cues`, only the reporting cues among them)."""
        p_start, p_end = _paragraph(self.text, quote.start)
        out = []
        for n in self._sentence_numbers(quote):
            out.extend(self._in_paragraph(self._outside(n, cues), p_start, p_end))
        return out

    def cue_after(self, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
        """`"...," he said` / `"...," said X`: a cue within a few words after the quote."""
        inner = self.text[quote.inner_start : quote.inner_end]
        gap = self.text[quote.end : quote.end + 3]
        p_end = _paragraph(self.text, quote.start)[1]
        tokens = self._tokens_between(quote.end, p_end)
        if not (
            inner.endswith((",", "!", "?", "—", "–")) or gap.lstrip(" ").startswith((",", "—", "–"))
        ):
            return self._bare_cue_sentence(tokens)
        for token in tokens[:CUE_AFTER_WINDOW]:
            if _inside(token, self.all_quotes) or token.text in (".", "!", "?", ";"):
                return None
            if token.dep_ == "cc" or token.lower_ in CONTRAST_MARKS:
                # '"...", but insisted': a second statement, not this one's cue; so is a
                # contrasting clause ('... as "X," while Y says ...').
                return None
            if _is_cue(token, self.all_quotes, adjacent=True):
                return token, StatementRule.CUE_AFTER
        return None

    def _bare_cue_sentence(self, tokens: list[Token]) -> tuple[Token, StatementRule] | None:
        """'"... are missing." Roe said.': a quote closed with a full stop, then a sentence of
        nothing but a speaker and a cue (a stop typed for the comma)."""
        stop = next((k for k, t in enumerate(tokens[:6]) if t.text in (".", "!", "?")), None)
        if stop is None or not 2 <= stop <= 4 or tokens[stop - 1].text in ("Mr", "Ms", "Mrs"):
            return None
        words = tokens[:stop]
        if not all(t.pos_ in BARE_CUE_POS for t in words) or _inside(words[0], self.all_quotes):
            return None
        cues = [t for t in words if _is_cue(t, self.all_quotes, adjacent=True)]
        return (cues[0], StatementRule.CUE_AFTER) if len(cues) == 1 else None

    def cue_before(self, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
        """`X told the BBC: "..."`, `X said, "..."`: the cue that introduces the quote."""
        before = self.text[: quote.start].rstrip()
        if not before.endswith((":", ",")):
            # A cue right before the quote: 'He promised "the most positive campaign"'.
            last = self._tokens_between(max(0, len(before) - 40), len(before))
            if last and _is_cue(last[-1], self.all_quotes, adjacent=True):
                return last[-1], StatementRule.CUE_BEFORE
            return None
        p_start = _paragraph(self.text, quote.start)[0]
        tokens = self._tokens_between(p_start, len(before))[-CUE_BEFORE_WINDOW:]
        for token in reversed(tokens):
            if _inside(token, self.all_quotes):
                break
            if _is_cue(token, self.all_quotes, adjacent=True):
                return token, StatementRule.CUE_BEFORE
        return None

    def cue_governing(self, quote: QuoteSpan) -> tuple[Token, StatementRule] | None:
        """The nearest reporting verb above the quoted words: `X said the deal was "historic"`,
        else the reporting verb of the sentence nearest to the quote."""
        inner = self._tokens_between(quote.inner_start, quote.inner_end) or self._tokens_between(
            quote.start, quote.end
        )
        p_start, p_end = _paragraph(self.text, quote.start)
        for token in inner[:1] + [
            t for t in inner[1:] if t.head.i < inner[0].i or t.head.i > inner[-1].i
        ]:
            child = token
            blocked = False
            for ancestor in islice(token.ancestors, MAX_CUE_DEPTH):
                if not p_start <= ancestor.idx < p_end:
                    break  # the parser ran the sentence over a paragraph break
                # A cue that names what it reports only beside it governs its complement
                # too: 'X called the plan "dead on arrival"', 'described it as "a step"'.
                complement = child.i > ancestor.i and child.dep_ not in SUBJECT_DEPS
                if _is_cue(ancestor, self.all_quotes, adjacent=complement):
                    if child.dep_ in SUBJECT_DEPS and child.i != token.i:
                        # Inside the cue's subject ('X, whose book praises "bold" ideas, said
                        # ...'): the words describe the speaker, the cue reports other words.
                        blocked = True
                        break
                    return ancestor, StatementRule.CUE_GOVERNING
                if (
                    _coordinate_clause(ancestor)
                    and any(c.dep_ in SUBJECT_DEPS and c.i != child.i for c in ancestor.children)
                    and not _inside(ancestor, self.all_quotes)
                ):
                    # A clause of its own with another subject ("..., while Labour criticised
                    # "extravagant" promises"): a cue above it reports something else.
                    blocked = True
                    break
                child = ancestor
            if blocked:
                return None
        frame = self._sentence_tokens(quote, cues=True)
        if not frame:
            return None
        # The nearest to the quote's start, the earlier of two as near (as min() would pick).
        j = bisect_left(frame, quote.start, key=lambda t: t.idx)
        near = frame[max(0, j - 1) : j + 1]
        return min(near, key=lambda t: abs(t.idx - quote.start)), StatementRule.CUE_IN_SENTENCE

    def clause_subject(self, quote: QuoteSpan) -> Attribution | None:
        """A quoted fragment in a clause whose subject is a person, under no reporting verb:
        'X pushed his promise of "free college"', 'X thanked them for "standing firm"'. Only
        the nearest verb above the quote counts, and only a named person or he/she."""
        inner = self._tokens_between(quote.inner_start, quote.inner_end)
        if not inner or _title_case(self.text[quote.inner_start : quote.inner_end]):
            return None  # a name in quotation marks ("Red Hill Lodge") is no one's speech
        p_start, p_end = _paragraph(self.text, quote.start)
        first, last = inner[0].i, inner[-1].i
        heads = [t.head for t in inner if not first <= t.head.i <= last]
        verb = next(
            (
                a
                for head in heads[:1]
                for a in (head, *head.ancestors)
                if a.pos_ in ("VERB", "AUX") and p_start <= a.idx < p_end
            ),
            None,
        )
        if verb is None or _inside(verb, self.all_quotes) or _is_negated(verb):
            return None
        if verb.lemma_.lower() in ("be", "have") or any(
            has_class(a, SPEECH) for a in verb.ancestors
        ):
            # A copula says nothing of who speaks ('Y is "a liar"'); a clause inside someone's
            # reported speech is theirs, and the cue rules have passed it over on purpose.
            return None
        subject = _subject_of(verb)
        if subject is None or _inside(subject, self.all_quotes) or subject.i > first:
            return None
        if self.people.resolve(subject) is None and subject.lower_ not in ("he", "she"):
            return None
        attribution = self.resolver.subject_attribution(verb, subject)
        return replace(attribution, rule=StatementRule.CLAUSE_SUBJECT)

    def colon_speaker(self, quote: QuoteSpan) -> Attribution | None:
        """A name closing the words before a colon that opens the quote: 'Pollster Jane Roe:
        "..."', 'Jane Roe, The Daily Planet: "..."', or a paragraph 'Roe wrote:' or 'Roe:'
        above a paragraph that is the quote."""
        before = self.text[: quote.start].rstrip()
        if not before.endswith(":"):
            return None
        p_start = _paragraph(self.text, quote.start)[0]
        if len(before) < p_start:
            # The paragraph before ends with the colon: its cue, else a name ending it.
            p_start = _paragraph(self.text, len(before) - 1)[0]
        tokens = [
            t
            for t in self._tokens_between(p_start, len(before) - 1)
            if not t.is_space and not _inside(t, self.all_quotes)
        ]
        if not tokens:
            return None
        for token in reversed(tokens[-CUE_BEFORE_WINDOW:]):
            if _is_cue(token, self.all_quotes, adjacent=True):
                attribution = self.resolver.subject_attribution(token, _subject_of(token))
                return replace(attribution, rule=StatementRule.COLON_PARAGRAPH)
        # 'Name:' or 'Name, Outlet:' or 'Name of Outlet:' ends the words before the colon.
        for back in range(min(len(tokens), 7)):
            token = tokens[-1 - back]
            mention = self.people.mention_at(token.i)
            key = self.people.person_at(token.i)
            if mention is not None and key is not None and mention.start not in self.people.quoted:
                tail = tokens[-back:] if back else []
                if back and not (tail[0].text == "," or tail[0].dep_ in ("appos", "prep")):
                    break
                span = self.doc[mention.start : mention.end]
                return Attribution(
                    key, span.text, ":", span.start_char, span.end_char,
                    rule=StatementRule.COLON_PARAGRAPH,
                )  # fmt: skip
            if token.pos_ == "VERB":
                break
        # 'Roe released the following statement:', 'Roe put it bluntly:': the person who is
        # the subject of the clause the colon closes.
        verb = next(
            (t for t in reversed(tokens[-8:]) if t.pos_ == "VERB" and t.dep_ not in NOMINAL_DEPS),
            tokens[-1].sent.root,
        )
        subject = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if (
            subject is None
            or verb.lemma_.lower() == "be"
            or _is_negated(verb)
            or (self.people.resolve(subject) is None and subject.lower_ not in ("he", "she"))
        ):
            return None
        attribution = self.resolver.subject_attribution(verb, subject)
        return replace(attribution, rule=StatementRule.COLON_PARAGRAPH)

    # ----- continuation -------------------------------------------------------------------
    def _verb_events(self) -> list[SpeechEvent]:
        """Reporting verbs outside quotes, each ending with its sentence (in its paragraph)."""
        events = []
        for token in cue_tokens(self.doc, REPORTED_SPEECH):
            if token.pos_ != "VERB":
                continue
            if _inside(token, self.all_quotes) or _is_negated(token):
                continue
            if self.meta.is_excluded(token.idx, token.idx + len(token)):
                continue
            subject = _subject_of(token)
            if subject is None:
                continue
            attribution = self.resolver.subject_attribution(token, subject)
            p_end = _paragraph(self.text, token.idx)[1]
            end = min(sent_of(token).end_char, p_end)
            events.append(SpeechEvent(attribution, end))
        return events

    def _follows_sentence(self, end: int, start: int) -> bool:
        """The quote at `start` opens the sentence right after the one ending near `end`."""
        if end > start:
            return False
        # A sentence may end with a whitespace token of its own (a no-break space).
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        gap = self.text[end:start]
        if re.search(r"[.!?][\"”’]?$", self.text[max(0, end - 2) : end]) and not gap.strip():
            return True
        parts = SENTENCE_BREAK.split(gap)
        return len(parts) >= 2 and not parts[-1].strip() and all(not p.strip() for p in parts[1:-1])

    def continued(self, quote: QuoteSpan, events: list[SpeechEvent]) -> Attribution | None:
        before = [e for e in events if e.end <= quote.start]
        if not before or self._in_heading(quote):
            return None
        last = max(before, key=lambda e: e.end)
        if not self._follows_sentence(last.end, quote.start):
            return None
        return replace(
            last.attribution, start=quote.start, end=quote.end, rule=StatementRule.PREVIOUS_SPEECH
        )

    def paragraph_subject(self, quote: QuoteSpan) -> Attribution | None:
        """A paragraph that is one cue-less quote, after a paragraph without quotes whose last
        sentence has a named person (or he/she naming one) as the subject of its main verb:
        'Roe praised the plan.\n\n"We need it."' News style gives such a quote to the person
        the paragraph before was about; any quote there would make the speaker unclear."""
        p_start, p_end = _paragraph(self.text, quote.start)
        line = self.text[p_start:p_end].strip()
        own = self.text[quote.start : quote.end].strip()
        if not line.startswith(own) or len(line) - len(own) > 2:
            return None  # the quote is not the whole paragraph
        if not quote.closed or self._in_heading(quote):
            return None
        prev_end = len(self.text[:p_start].rstrip())
        if prev_end == 0:
            return None
        prev_start = _paragraph(self.text, prev_end - 1)[0]
        if prev_start < self.meta.body_start or self.all_quotes.overlaps(prev_start, prev_end):
            return None
        last = self._tokens_between(prev_start, prev_end)
        if not last or last[-1].text not in (".", "!"):
            return None
        root = sent_of(last[-1]).root
        if root.idx < prev_start or root.pos_ not in ("VERB", "AUX") or _is_negated(root):
            return None
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.idx < prev_start:
            return None
        if subject.pos_ == "PRON" and subject.lower_ not in ("he", "she"):
            return None  # 'they', 'we': a group, not one speaker
        if self.people.resolve(subject) is None:
            return None
        attribution = self.resolver.subject_attribution(root, subject)
        if attribution.speaker is None:
            return None
        return replace(
            attribution, start=quote.start, end=quote.end, rule=StatementRule.PARAGRAPH_SUBJECT
        )

    def _in_heading(self, quote: QuoteSpan) -> bool:
        """A subheading ("'Floating coffins'", "'Open door' policy"): a short paragraph that
        does not end as a sentence does, so it reports no one's speech."""
        start, end = _paragraph(self.text, quote.start)
        line = self.text[start:end].strip()
        return len(line.split()) <= 8 and not line.rstrip("\"'’”").endswith((".", "!", "?", ","))

    # ----- all together -------------------------------------------------------------------
    def explicit(self, quote: QuoteSpan) -> Attribution | None:
        """The attribution a quote's own sentence gives it: a cue or 'according to'."""
        if self._in_headline(quote):
            # A headline ('Roe: "Quote"', 'Roe calls plan "dead"') sums up the article; the
            # quote is attributed where the body gives it.
            return None
        for find in (self.cue_after, self.cue_before, self.cue_governing):
            found = find(quote)
            if found is not None:
                cue, rule = found
                attribution = self.resolver.subject_attribution(cue, _subject_of(cue))
                if attribution.speaker is None and attribution.speaker_text is None:
                    # The parse gave the cue no subject: a name before 'in a statement'.
                    return self.statement_phrase(quote) or replace(attribution, rule=rule)
                return replace(attribution, rule=rule)
        source = _according_to(self._sentence_tokens(quote))
        if source is not None:
            attribution = self.resolver.subject_attribution(source.head.head, source)
            return replace(attribution, cue="according to", rule=StatementRule.ACCORDING_TO)
        return (
            self.statement_phrase(quote) or self.colon_speaker(quote) or self.clause_subject(quote)
        )

    def statement_phrase(self, quote: QuoteSpan) -> Attribution | None:
        """'X in a statement called for "..."', 'X, in a letter, urged ...': the person named
        right before an 'in a statement' phrase of the quote's sentence."""
        tokens = self._sentence_tokens(quote)
        for token in tokens:
            if token.lower_ not in ("in", "on") or token.i < 1 or token.idx > quote.start:
                continue
            noun = next(
                (t for t in self.doc[token.i + 1 : token.i + 3] if has_class(t, STATEMENT_NOUN)),
                None,
            )
            if noun is None:
                continue
            phrase = self.doc[token.i : noun.i + 1]
            name = token.i - 1 if self.doc[token.i - 1].text != "," else token.i - 2
            key = self.people.person_at(name) if name >= 0 else None
            mention = self.people.mention_at(name) if key is not None else None
            if mention is None or mention.start in self.people.quoted:
                continue
            span = self.doc[mention.start : phrase.end]
            return Attribution(
                key,
                self.doc[mention.start : mention.end].text,
                phrase.text.lower(),
                span.start_char,
                span.end_char,
                rule=StatementRule.STATEMENT_PHRASE,
            )
        return None

    def _in_headline(self, quote: QuoteSpan) -> bool:
        """The quote is in a headline: the header, or a first line of one short sentence above
        further paragraphs."""
        if quote.start < self.meta.body_start:
            return True
        first, _, rest = self.text.partition("\n")
        if quote.start >= len(first) or not rest.strip():
            return False
        return len(first.split()) <= 25 and not re.search(r"[.!?][\"'’”]?\s+\S", first)

    def statements(self) -> Iterator[Statement]:
        events = list(self.events)
        # (quote, attribution, how sure: "cue" from its own sentence or the quote it goes on
        # with, "context" from the sentence before, "" for none)
        made: list[tuple[QuoteSpan, Attribution | None, str]] = []
        for quote in self.quotes:
            attribution: Attribution | None = None
            strength = ""
            previous = made[-1] if made else None
            if not _is_label(self.doc, quote):
                attribution = self.explicit(quote)
                strength = "cue" if attribution is not None else ""
                if attribution is None and previous and continues(self.text, previous[0], quote):
                    attribution, strength = previous[1], previous[2]
                    if attribution is not None:
                        attribution = replace(attribution, rule=StatementRule.CONTINUED_QUOTE)
                if attribution is None:
                    attribution = self.continued(quote, events)
                    strength = "context" if attribution is not None else ""
                if attribution is None:
                    attribution = self.paragraph_subject(quote)
                    strength = "context" if attribution is not None else ""
            if attribution is not None and attribution.cue:
                events.append(SpeechEvent(attribution, max(quote.end, attribution.end)))
            made.append((quote, attribution, strength))
        # A quote left open takes the speaker named by the part that goes on with it when its
        # own sentence names none: '"First paragraph ...\n\n"Second," Modi said.'
        for n in range(len(made) - 2, -1, -1):
            quote, _, strength = made[n]
            nxt_quote, nxt, nxt_strength = made[n + 1]
            if (
                strength != "cue"
                and nxt_strength == "cue"
                and continues(self.text, quote, nxt_quote)
                # Across a paragraph break only: inside a paragraph, a quote running into the
                # next one lacks its closing mark, and what follows it is not the same speech.
                and "\n" in self.text[quote.end : nxt_quote.start]
            ):
                made[n] = (quote, nxt and replace(nxt, rule=StatementRule.NEXT_PART), "cue")
        for quote, attribution, _ in made:
            if attribution is not None and _paragraph(self.text, attribution.start) != _paragraph(
                self.text, quote.start
            ):
                # Taken from another paragraph or sentence: the evidence is the quote itself.
                attribution = replace(attribution, start=quote.start, end=quote.end)
            yield self._statement(quote, attribution)

    def _statement(self, quote: QuoteSpan, attribution: Attribution | None) -> Statement:
        if attribution is None:
            attribution = Attribution(None, None, None, quote.start, quote.end)
        near = abs(attribution.start - quote.start) < 400 and abs(attribution.end - quote.end) < 400
        start = min(quote.start, attribution.start) if near else quote.start
        end = max(quote.end, attribution.end) if near else quote.end
        return Statement(
            speaker=attribution.speaker,
            speaker_text=attribution.speaker_text,
            quote=self.text[quote.inner_start : quote.inner_end],
            direct=True,
            cue=attribution.cue,
            start=start,
            end=end,
            quote_start=quote.start,
            quote_end=quote.end,
            rule=attribution.rule,
        )


def direct_statements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> Iterator[Statement]:
    yield from DirectQuotes(doc, meta, people).statements()


def _subtree_sizes(doc: Doc) -> list[int]:
    """The number of tokens in each token's subtree, for the whole document in one pass."""

    def build(doc: Doc) -> list[int]:
        heads = [token.head.i for token in tokens_of(doc)]
        depth = [-1] * len(heads)
        for i in range(len(heads)):
            path = []
            j = i
            while depth[j] < 0 and heads[j] != j and len(path) <= len(heads):
                path.append(j)
                j = heads[j]
            base = max(depth[j], 0)
            depth[j] = base
            for k in reversed(path):
                base += 1
                depth[k] = base
        sizes = [1] * len(heads)
        for i in sorted(range(len(heads)), key=depth.__getitem__, reverse=True):
            if heads[i] != i:
                sizes[heads[i]] += sizes[i]
        return sizes

    return per_doc(doc, "subtree_sizes", build)


def _reported_span(doc: Doc, cue: Token) -> Span | None:
    """The reported clause of a cue: its clausal complements (several when the parser split
    one), after the cue (`X said that ...`) or before it (`..., X said.`)."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if not clauses and has_class(cue, OBJECT_CLAUSE):
        # "said the two discussed border trade" misparsed as an object: a clause all the same
        # when the object holds a finite verb.
        clauses = [
            c
            for c in cue.children
            if c.dep_ == "dobj"
            and c.i > cue.i
            and any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                # "the two discussed trade", not "the proposed deal"
                or (t.tag_ == "VBN" and t.i > c.left_edge.i + 1)
                for t in c.subtree
            )
        ]
    after = [c for c in clauses if c.i > cue.i]
    before = [c for c in clauses if c.i < cue.i]
    chosen = after or before[-1:]
    if chosen:
        # Too long a clause is refused below; counted first, so a chain of cues ("said X said
        # Y said ...", each clause holding all the rest) is not walked once per cue.
        sizes = _subtree_sizes(doc)
        first = doc[min(c.left_edge.i for c in chosen)]
        that = first.lower_ == "that" and first.dep_ == "mark"
        if sum(sizes[c.i] for c in chosen) - that > MAX_REPORTED_TOKENS:
            return None
    if after:
        tokens = sorted((t for c in after for t in c.subtree), key=lambda t: t.i)
    elif before:
        clause = before[-1]
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        # Only a clause that opens the sentence and runs up to the cue: "X, Y said."
        sent_start = sent_of(cue).start
        if tokens[0].i != sent_start and not doc[sent_start : tokens[0].i].text.endswith(
            ("-", "–", "—")
        ):
            return None
        if any(t.i > cue.i for t in tokens):
            return None
    else:
        return None
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_REPORTED_TOKENS or len(tokens) < 3:
        return None
    span = doc[tokens[0].i : tokens[-1].i + 1]
    # Never across a paragraph break: the parser sometimes runs a sentence over one.
    p_start, p_end = _paragraph(text_of(doc), cue.idx)
    span = doc.char_span(
        max(span.start_char, p_start), min(span.end_char, p_end), alignment_mode="contract"
    )
    if span is None:
        return None
    while len(span) and (span[-1].is_punct or span[-1].text in ("'s", "’s")):
        span = span[:-1]
    return span if len(span) else None


def _appeal_span(doc: Doc, verb: Token) -> Span | None:
    """The appeal with its verb: 'called for deeper cooperation between the two countries',
    'called on the EU to recognise the steps taken' (what follows the verb in its clause)."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in APPEAL_DEPS]
    if not parts:
        return None
    end = max(t.i for c in parts for t in c.subtree) + 1
    p_end = _paragraph(text_of(doc), verb.idx)[1]
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].idx >= p_end):
        end -= 1
    if end - verb.i < 3 or end - verb.i > MAX_REPORTED_TOKENS:
        return None
    return doc[verb.i : end]


def _mostly_unquoted(span: Span, quotes: list[QuoteSpan]) -> bool:
    """A reported clause that quotes a word or phrase of what was said ('X said France would
    be a "faithful ally" of Y as it ...'): one sentence, opening outside quotation marks, of
    at least MIN_MIXED_WORDS words of which at most MAX_QUOTED_SHARE are quoted. A clause that
    is mostly quotation is the direct quote, already a statement of its own."""
    if isinstance(quotes, QuoteList) and not quotes.overlaps(span.start_char, span.end_char):
        return True  # the common case, a binary search instead of a scan of every quote
    inside = [q for q in quotes if q.start < span.end_char and q.end > span.start_char]
    if not inside:
        return True
    if any(q.start < span.start_char or q.end > span.end_char + 1 for q in inside):
        return False
    words = [t for t in span if not t.is_punct]
    quoted = [t for t in words if _inside(t, inside)]
    one_sentence = "\n" not in span.text and not SENTENCE_END.search(span.text)
    return (
        one_sentence
        and not _inside(span[0], inside)
        and len(words) >= MIN_MIXED_WORDS
        and len(quoted) <= MAX_QUOTED_SHARE * len(words)
    )


def reported_statements(
    doc: Doc, meta: DocumentMeta, people: PersonIndex, direct: list[Statement]
) -> Iterator[Statement]:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clause as the quote, when it holds no
    direct quote. Participles ('..., adding that ...') report a side remark and are left out,
    as are statements of a group ('Roe and other analysts say')."""
    resolver = SpeakerResolver(doc, people)
    quotes = QuoteList(quotes_of(doc))
    for token in cue_tokens(doc, REPORTED_SPEECH, APPEAL):
        if token.pos_ != "VERB":
            continue
        # 'X called for talks', 'X called on Y to act': an appeal, reported with its verb.
        appeal = has_class(token, APPEAL)
        if token.tag_ == "VBG" or _is_negated(token):
            continue
        # "what he believes is ...", "voters whom he says feel let down": the clause is not
        # what was said but the frame of something else.
        near = [t for c in token.children for t in (c, *c.children)]
        if token.dep_ in ("relcl", "csubj", "acl") or any(
            t.tag_ in ("WDT", "WP", "WP$") and t.i < token.i for t in near
        ):
            continue
        if _inside(token, quotes) or meta.is_excluded(token.idx, token.idx + 1):
            continue
        span = _appeal_span(doc, token) if appeal else _reported_span(doc, token)
        if span is None or not _mostly_unquoted(span, quotes):
            continue
        closing = [q.end for q in quotes if span.start_char <= q.start < span.end_char < q.end]
        if closing:
            # Keep the closing mark of a quote that ends the clause: 'the plan was "dead"'.
            span = doc.char_span(span.start_char, closing[0], alignment_mode="expand") or span
        subject = _subject_of(token)
        if subject is not None and any(c.dep_ == "conj" for c in subject.children):
            continue
        attribution = resolver.subject_attribution(token, subject)
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
            rule=StatementRule.REPORTED_CLAUSE,
        )


def extract_statements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> list[Statement]:
    direct = list(direct_statements(doc, meta, people))
    return direct + list(reported_statements(doc, meta, people, direct))
