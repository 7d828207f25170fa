"""The meeting triggers: the nouns and verbs of patterns/meetings.json found by spaCy's
PhraseMatcher (lemma or form; components/words.py), then kept by their part of speech and the
argument shapes a meeting needs.

Two span groups, one token each, labelled with the meeting kind (MeetingKind values):
- `doc.spans[MEETING_WORDS]`: every meeting noun ('summit', 'talks', 'face-to-face contact',
  'a call with X'), the word class the place and date rules read ('the Osaka meeting', 'a 1942
  accident' is not a meeting's date);
- `doc.spans[MEETING_TRIGGERS]`: the words that tell a meeting: those nouns but a programme
  title ('Breakfast with X' inside a sentence), and the meeting verbs whose arguments have a
  meeting's shape ('called on X', not 'called on X to resign'; 'met X', not 'saw him as').

What only the people of the article can settle stays for the extractor, named in the span's
`_.summitx_shape`: "object" (the verb's object, if it has one, must name a person: 'met the
requirements' is no meeting) or "partner" (a plural subject or a person 'with'/'to' partner:
'spoke on the issue' is none); "" when the syntax has settled it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import SPANS_PREFIX
from summitx.components.words import WordMatcher

NAME = "summitx_meeting_triggers"
MEETING_TRIGGERS = SPANS_PREFIX + "meeting_triggers"
MEETING_WORDS = SPANS_PREFIX + "meeting_words"
SHAPE_EXTENSION = "summitx_shape"

NOUN_POSES = ("NOUN", "PROPN")
# Kinds that name a programme item when capitalised inside a sentence ('Breakfast with X',
# 'the Press Conference Room'), not a meeting.
NAMED_ONLY_KINDS = {"breakfast", "lunch", "dinner", "press conference", "reception", "ceremony"}
# Clausal complements: 'called on X to resign', 'saw them leave' are appeals and perception.
COMPLEMENT_DEPS = ("xcomp", "ccomp", "oprd")


@cache
def words() -> dict[str, Any]:
    return lexicon.load_pattern("meetings.json")


@cache
def kinds() -> dict[int, str]:
    """Every meeting kind by its hash: a span's label, read without the StringStore."""
    data = words()
    return {get_string_id(k): k for k in {*data["nouns"].values(), *data["verbs"].values()}}


class MeetingTriggers:
    """The PhraseMatcher finds the candidate words; the few children tests of their shapes
    run on those words alone. (As DependencyMatcher rules the shapes cost 0.84 s per PolNeAR
    dev, 79,000 tokens: its cost grows with every pattern and token, not with the matches.)"""

    def __init__(self, nlp: Language) -> None:
        data = words()
        self.nouns = {w: k for w, k in data["nouns"].items() if " " not in w}
        self.two_words = {w: k for w, k in data["nouns"].items() if " " in w}
        self.verbs: dict[str, str] = data["verbs"]
        # The words: a noun or a verb by its lemma or its form (for a lemma the lemmatizer
        # left as written: 'MEET'), a two-word noun ('press conference', 'face-to-face
        # contact') by its words; their part of speech is tested on the words found.
        self.words = WordMatcher(
            nlp.vocab, {"noun": self.nouns, "verb": self.verbs, "two": self.two_words}
        )
        self.phone_words = frozenset(data["phone_words"])
        self.call_prefixes = frozenset(data["call_prefixes"])
        self.person_object_verbs = frozenset(data["person_object_verbs"])
        self.partner_verbs = frozenset(data["partner_verbs"])
        self.stance_particles = frozenset(data["stance_particles"])
        self.partner_nouns = frozenset(data["partner_nouns"])
        for kind in kinds().values():
            nlp.vocab.strings.add(kind)  # the labels, kept outside any memory zone
        if not Span.has_extension(SHAPE_EXTENSION):
            Span.set_extension(SHAPE_EXTENSION, default="")

    def __call__(self, doc: Doc) -> Doc:
        two: dict[int, str] = {}
        found: set[int] = set()
        for name, start, end in self.words(doc):
            token = doc[end - 1]
            if token.pos_ not in (("VERB",) if name == "verb" else NOUN_POSES):
                continue
            found.add(end - 1)
            if name == "two":
                two[end - 1] = self.two_words[f"{doc[start].lower_} {token.lower_}"]
        sentence_starts = {sent.start for sent in doc.sents} if found else set()
        nouns: list[Span] = []
        triggers: list[Span] = []
        for i in sorted(found):
            token = doc[i]
            if token.pos_ == "VERB":
                kind, shape = self._verb(token)
                if kind is not None:
                    triggers.append(_span(doc, i, kind, shape))
                continue
            kind = self._noun(token, two.get(i))
            if kind is None:
                continue
            nouns.append(_span(doc, i, kind, ""))
            if kind in NAMED_ONLY_KINDS and token.text[:1].isupper() and i not in sentence_starts:
                continue  # 'Breakfast with Frost', a programme; 'the Press Conference Room'
            triggers.append(_span(doc, i, kind, ""))
        doc.spans[MEETING_WORDS] = nouns
        doc.spans[MEETING_TRIGGERS] = triggers
        return doc

    def _noun(self, token: Token, two: str | None) -> str | None:
        if two is not None:
            return two
        lemma = token.lemma_.lower()
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        if lemma == "call" and prev not in self.call_prefixes:
            return "call" if _has_child(token, "prep", ("with",)) else None
        kind = self.nouns.get(lemma) or self.nouns.get(token.lower_)
        if (
            kind
            and lemma in self.partner_nouns
            and not _has_child(token, "prep", ("with", "between", "for"))
            and not _has_child(token, "poss")
        ):
            return None  # 'told the audience', 'a cool reception'
        return kind

    def _verb(self, token: Token) -> tuple[str | None, str]:
        """The kind a meeting verb tells with these arguments, and what is left for the people
        of the article to confirm (module docstring)."""
        lemma = token.lemma_.lower()
        kind = self.verbs.get(lemma)
        if kind is None:
            return None, ""
        complement = any(
            c.dep_ in COMPLEMENT_DEPS or _infinitive(c) for c in token.children
        ) or any(_infinitive(g) for c in token.children if c.dep_ == "prep" for g in c.subtree)
        if lemma == "call":
            # 'called on X to do' and 'called for' are appeals; 'called on X' is a courtesy call.
            on = any(c.lower_ == "on" for c in token.children)
            return ("visit", "") if on and not complement else (None, "")
        if lemma == "see" and (complement or _has_child(token, "prep", ("as",))):
            return None, ""  # 'saw him as a threat', 'saw them leave': perception
        if lemma in self.person_object_verbs and not _has_child(token, "dobj"):
            return None, ""
        if lemma in self.partner_verbs:
            if any(c.dep_ == "prt" and c.lower_ in self.stance_particles for c in token.children):
                return None, ""  # 'spoke out against the plan', 'talked up the deal'
            return ("call", "") if self._by_phone(token) else (kind, "partner")
        return kind, "object"

    def _by_phone(self, token: Token) -> bool:
        """'spoke by phone', 'talked on the telephone', 'spoke over video link'."""
        return any(
            t.lower_ in self.phone_words
            for c in token.children
            if c.dep_ in ("prep", "advmod", "agent")
            for t in c.subtree
        )


def _infinitive(token: Token) -> bool:
    """'(called on X) to resign': a verb of a clause with 'to', which the parser may hang on
    the verb (advcl) or on its object (acl, relcl)."""
    return (
        token.dep_ in ("advcl", "acl", "relcl")
        and token.pos_ in ("VERB", "AUX")
        and _has_child(token, "aux", ("to",))
    )


def _has_child(token: Token, dep: str, words: tuple[str, ...] | None = None) -> bool:
    """Has `token` a `dep` child (one of `words`, if given)?"""
    return any(c.dep_ == dep and (words is None or c.lower_ in words) for c in token.children)


def _span(doc: Doc, i: int, kind: str, shape: str) -> Span:
    span = Span(doc, i, i + 1, label=kind)
    span._.set(SHAPE_EXTENSION, shape)
    return span


@Language.factory(NAME, assigns=["doc.spans"])
def make_meeting_triggers(nlp: Language, name: str) -> MeetingTriggers:
    return MeetingTriggers(nlp)
