"""The reporting cues: patterns/cues.json's word classes through spaCy's PhraseMatcher.

Each match becomes a span of `doc.spans[CUES]` labelled with its class:
- "speech": a verb that reports speech (said, told, quipped); "speech_adjacent": one of
  those that introduces a direct quote only right beside it ("...," he continued);
  "reported_speech": one that reports a clause (X said that ...);
- "phrasal": a verb and its particle ("...," he went on), not followed by an infinitive
  ("went on to win"); the span holds both tokens;
- "appeal": a verb of appeal with the preposition that makes it one ("called for talks",
  "called on Y to act", not "called on Y at the palace");
- "statement_noun": what a statement is made in ("in a statement", "on Twitter");
- "aspectual", "object_clause", "negating_head", "addressee", "object_appeal",
  "nominal_report": lemmas the extractor treats apart (cues.json tells why).
The classes are lexical: whether a cue reports anything where it stands (its part of speech,
negation, quotation marks around it) is the extractor's call.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

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
ADDRESSEE = "addressee"
OBJECT_APPEAL = "object_appeal"
NOMINAL_REPORT = "nominal_report"
# Class name -> the cues.json list of lemmas it matches.
LEMMA_CLASSES = {
    SPEECH: "speech",
    SPEECH_ADJACENT: "speech_adjacent",
    REPORTED_SPEECH: "reported_speech",
    ASPECTUAL: "aspectual",
    OBJECT_CLAUSE: "object_clause",
    NEGATING_HEAD: "negating_heads",
    ADDRESSEE: "addressee_verbs",
    OBJECT_APPEAL: "object_appeal",
    NOMINAL_REPORT: "nominal_report",
}
CLASSES = (*LEMMA_CLASSES, PHRASAL, APPEAL, STATEMENT_NOUN)
# Labels are read back by hash, never through the StringStore (see summitx.components).
CLASS_OF_ID = {get_string_id(name): name for name in CLASSES}


class SpeechCues:
    """Two PhraseMatchers, one on LEMMA and one on LOWER, with one key per class: a lookup of
    each token's hash, where a token Matcher with word-list predicates ran a Python test of
    every token against every list."""

    def __init__(self, nlp: Language) -> None:
        cues = lexicon.load_pattern("cues.json")
        vocab = nlp.vocab
        self.phrasal: dict[str, str] = cues["speech_phrasal"]
        self.appeal_preps: dict[str, list[str]] = cues["appeal"]
        lemma_classes = {name: cues[key] for name, key in LEMMA_CLASSES.items()}
        lemma_classes[PHRASAL] = list(self.phrasal)
        lemma_classes[APPEAL] = list(self.appeal_preps)
        self.lemmas = PhraseMatcher(vocab, attr="LEMMA")
        self.lowers = PhraseMatcher(vocab, attr="LOWER")
        for name, words in lemma_classes.items():
            words = sorted(set(words))
            self.lemmas.add(name, [Doc(vocab, words=[w], lemmas=[w]) for w in words])
            self.lowers.add(name, [Doc(vocab, words=[w]) for w in words])
        nouns = sorted(cues["statement_nouns"])
        self.lowers.add(STATEMENT_NOUN, [Doc(vocab, words=[w]) for w in nouns])
        self.order = {get_string_id(name): n for n, name in enumerate(CLASSES)}

    def _is_appeal(self, token: Token) -> bool:
        """'X called for talks', 'X called on Y to act': the preposition after the verb makes
        it an appeal; 'called on Y at the palace' is a visit, so 'on' needs an infinitive."""
        preps = self.appeal_preps.get(token.lemma_.lower(), [])
        found = [
            c for c in token.children if c.dep_ == "prep" and c.lower_ in preps and c.i > token.i
        ]
        return any(
            c.lower_ != "on" or any(t.tag_ == "VB" for t in (*c.subtree, *token.children))
            for c in found
        )

    def _matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(class id, token index) of each token whose lower-case lemma is in a class's list,
        and of each statement noun. The lemmatizer gives every word its lemma in lower case
        but a proper noun, whose lemma is the word as written ("Post", "NOTE"): for proper
        nouns the lower-case word is matched instead."""
        statement_noun = get_string_id(STATEMENT_NOUN)
        found = [(m, s) for m, s, _ in self.lemmas(doc) if doc[s].pos_ != "PROPN"]
        for match_id, start, _ in self.lowers(doc):
            if match_id == statement_noun or doc[start].pos_ == "PROPN":
                found.append((match_id, start))
        return sorted(found, key=lambda m: (m[1], self.order[m[0]]))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, i in self._matches(doc):
            name = CLASS_OF_ID[match_id]
            token = doc[i]
            end = i + 1
            if name == PHRASAL:
                # The verb and its particle ('went on'), but not 'went on to win', which
                # tells what was done, not said.
                particle = self.phrasal[token.lemma_.lower()]
                if end >= len(doc) or doc[end].lower_ != particle:
                    continue
                end += 1
                if end < len(doc) and doc[end].lower_ == "to":
                    continue
            if name == APPEAL and not self._is_appeal(token):
                continue
            spans.append(Span(doc, i, end, label=name))
        doc.spans[CUES] = spans
        return doc


@Language.factory(NAME, assigns=["doc.spans"])
def make_speech_cues(nlp: Language, name: str) -> SpeechCues:
    return SpeechCues(nlp)
