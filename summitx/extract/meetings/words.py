"""The word classes and small syntactic tests the meeting rules share.

The words are in patterns/meetings.json (meeting words, pair words, verbs of hosting and of
reference, ordinals, tense words) and patterns/places.json (read by the places component);
nothing here is about any particular summit.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from summitx import lexicon

_WORDS = lexicon.load_pattern("meetings.json")

ORDINALS: dict[str, int] = _WORDS["ordinals"]
# Words that point back to the article's main pair of people.
PAIR_WORDS = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in _WORDS["pair_phrases"]) + r")\b", re.IGNORECASE
)
# Single words that point back to the people of the meeting just told ("they met").
PAIR_TOKENS = frozenset(_WORDS["pair_tokens"])
PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])
RELATIVE_PRONOUNS = frozenset(_WORDS["relative_pronouns"])
# Clauses inside a noun phrase name other events; their people are not the phrase's.
EMBEDDED_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "det"}
# Kinds of gathering one attends among many ('X is at a summit'), as opposed to a call.
ATTENDANCE_KINDS = {"summit", "meeting", "talks"}
ROLE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr")
# Nouns for the two people of a meeting after 'the two' / 'both'.
PAIR_HEADS = frozenset(_WORDS["pair_heads"])
# Kinds of meeting a bare back-reference ('the meeting', 'his visit') may stand for; a press
# conference, a ceremony or a trip names one person's doing unless its partner is named.
BACK_REFERENCE_KINDS = {
    "summit",
    "talks",
    "meeting",
    "bilateral",
    "call",
    "banquet",
    "dinner",
    "lunch",
    "breakfast",
    "reception",
}
WEEKDAY_WORDS = frozenset(_WORDS["weekdays"])
# Heads of phrases that name people without a title ('his German counterpart X').
PERSON_HEADS = frozenset(_WORDS["person_heads"])
# Prepositions that introduce the other side of a meeting: 'talks with X', 'called on X'.
PARTNER_PREPS = tuple(_WORDS["partner_preps"])
# Prepositions of a relation after a common noun ('adviser to X', 'wife of X', 'spokesman
# for X'): the person named in them is not the phrase's.
RELATIONAL_PREPS = frozenset(_WORDS["relational_preps"])
# Adverbs that part the people of a meeting verb ('both men separately spoke ...').
APART_ADVERBS = frozenset(_WORDS["apart_adverbs"])
# Verbs whose object is a participant of the meal or meeting they govern ('hosted X to lunch').
HOST_VERBS = frozenset(_WORDS["host_verbs"])
# Verbs whose subject talks about a meeting without taking part ('pointing to the summit').
REFERENCE_VERBS = frozenset(_WORDS["reference_verbs"])
# Auxiliaries of the future, and words whose infinitive is a plan ('is due to meet').
FUTURE_AUX = frozenset(_WORDS["future_auxiliaries"])
REPORTED_FUTURE_AUX = frozenset(_WORDS["reported_future_auxiliaries"])
PLAN_WORDS = frozenset(_WORDS["plan_words"])


def modifies_other_noun(ent: Span, meeting_nouns: dict[int, str]) -> bool:
    """'a 1942 accident', 'the 2011 disaster': the date names another event, not a meeting's.
    `meeting_nouns`: the meeting nouns of the Doc by token index."""
    root = ent.root
    head = root.head
    if head.i == root.i or head.i in range(ent.start, ent.end):
        return False
    if root.dep_ not in ("compound", "amod", "nummod", "nmod", "poss"):
        return False
    # 'says on 13 March Lord X met Y': a date after its preposition, or one the parser glued
    # onto a person's name, is the clause's date, not the name of an event.
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and before.lower_ in ("on", "in")) or head.ent_type_ == "PERSON":
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.i not in meeting_nouns
