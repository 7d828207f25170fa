"""The reporting cues: patterns/cues.json's word classes through spaCy's Matcher.

Each match becomes a span of `doc.spans[CUES]` labelled with its class:
- "speech": a verb that reports speech (said, told, quipped); "speech_adjacent": one of
  those that introduces a direct quote only right beside it ("...," he continued);
  "reported_speech": one that reports a clause (X said that ...);
- "phrasal": a verb and its particle ("...," he went on), not followed by an infinitive
  ("went on to win"); the span holds both tokens;
- "appeal": a verb of appeal with the preposition that makes it one ("called for talks",
  "called on Y to act", not "called on Y at the palace");
- "statement_noun": what a statement is made in ("in a statement", "on Twitter");
- "aspectual", "object_clause", "negating_head": lemmas the extractor treats apart (cues.json
  tells why).
The classes are lexical: whether a cue reports anything where it stands (its part of speech,
negation, quotation marks around it) is the extractor's call.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from summitx import lexicon
from summitx.components import SPANS_PREFIX

NAME = "summitx_speech_cues"
CUES = SPANS_PREFIX + "cues"

SPEECH = "speech"
SPEECH_ADJACENT = "speech_adjacent"
REPORTED_SPEECH = "reported_speech"
PHRASAL = "phrasal"
APPEAL = "appeal"
STATEMENT_NOUN = "statement_noun"
ASPECTUAL = "aspectual"
OBJECT_CLAUSE = "object_clause"
NEGATING_HEAD = "negating_head"
# Class name -> the cues.json list of lemmas it matches.
LEMMA_CLASSES = {
    SPEECH: "speech",
    SPEECH_ADJACENT: "speech_adjacent",
    REPORTED_SPEECH: "reported_speech",
    ASPECTUAL: "aspectual",
    OBJECT_CLAUSE: "object_clause",
    NEGATING_HEAD: "negating_heads",
}
CLASSES = (*LEMMA_CLASSES, PHRASAL, APPEAL, STATEMENT_NOUN)
# Labels are read back by hash, never through the StringStore (see summitx.components).
CLASS_OF_ID = {get_string_id(name): name for name in CLASSES}


def _lemma_in(words: list[str]) -> list[list[dict[str, Any]]]:
    """Token patterns for a token whose lower-case lemma is one of `words`. The lemmatizer
    gives every word its lemma in lower case but a proper noun, whose lemma is the word as
    written ("Post", "NOTE"): for those the lower-case form is matched."""
    words = sorted(set(words))
    return [
        [{"LEMMA": {"IN": words}, "POS": {"NOT_IN": ["PROPN"]}}],
        [{"POS": "PROPN", "LOWER": {"IN": words}}],
    ]


class SpeechCues:
    def __init__(self, nlp: Language) -> None:
        cues = lexicon.load_pattern("cues.json")
        self.matcher = Matcher(nlp.vocab)
        for name, key in LEMMA_CLASSES.items():
            self.matcher.add(name, _lemma_in(cues[key]))
        self.matcher.add(
            PHRASAL,
            [
                [*verb, {"LOWER": particle}]
                for lemma, particle in cues["speech_phrasal"].items()
                for verb in _lemma_in([lemma])
            ],
        )
        self.appeal_preps: dict[str, list[str]] = cues["appeal"]
        self.matcher.add(APPEAL, _lemma_in(list(self.appeal_preps)))
        self.matcher.add(STATEMENT_NOUN, [[{"LOWER": {"IN": sorted(cues["statement_nouns"])}}]])
        self.order = {get_string_id(name): n for n, name in enumerate(CLASSES)}

    def _is_appeal(self, verb: Span) -> bool:
        """'X called for talks', 'X called on Y to act': the preposition after the verb makes
        it an appeal; 'called on Y at the palace' is a visit, so 'on' needs an infinitive."""
        token = verb[0]
        preps = self.appeal_preps.get(token.lemma_.lower(), [])
        found = [
            c for c in token.children if c.dep_ == "prep" and c.lower_ in preps and c.i > token.i
        ]
        return any(
            c.lower_ != "on" or any(t.tag_ == "VB" for t in (*c.subtree, *token.children))
            for c in found
        )

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in sorted(
            self.matcher(doc), key=lambda m: (m[1], self.order[m[0]])
        ):
            name = CLASS_OF_ID[match_id]
            span = Span(doc, start, end, label=name)
            if name == PHRASAL and end < len(doc) and doc[end].lower_ == "to":
                continue  # 'went on to win' tells what was done, not said
            if name == APPEAL and not self._is_appeal(span):
                continue
            spans.append(span)
        doc.spans[CUES] = spans
        return doc


@Language.factory(NAME, assigns=["doc.spans"])
def make_speech_cues(nlp: Language, name: str) -> SpeechCues:
    return SpeechCues(nlp)
