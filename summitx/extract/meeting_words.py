"""The words and shapes that make a meeting: trigger nouns and verbs, pair words, venue words.

General lexicons and small syntactic tests shared by the meeting finder; nothing here is about
any particular summit.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitx import lexicon

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Last words of buildings and grounds, and verbs of travel: places the model may mislabel.
VENUE_WORDS = {
    "temple",
    "palace",
    "house",
    "hall",
    "hotel",
    "residence",
    "museum",
    "centre",
    "center",
    "castle",
    "shrine",
    "building",
    "villa",
    "manor",
    "lodge",
    "garden",
    "gardens",
    "park",
    "square",
    "street",
}
STAY_NOUNS = {
    "accommodation",
    "office",
    "home",
    "hometown",
    "residence",
    "headquarters",
    "venue",
    "sidelines",
    "outskirts",
    "region",
    "constituency",
    "base",
}
MOTION_VERBS = {"travel", "fly", "go", "head", "arrive", "return", "come", "move", "sail"}
# 'the city of X', 'the capital of X': the place named after them is a venue.
VENUE_NOUNS = {
    "city",
    "town",
    "capital",
    "village",
    "island",
    "province",
    "prefecture",
    "state",
    "resort",
}
# Buildings and rooms a meeting is held in, named or not ('at his presidential residence',
# 'at the headquarters of ...', 'at the palace').
BUILDING_NOUNS = VENUE_WORDS | {"residence", "headquarters", "office", "retreat", "embassy"}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
}
# Words that point back to the article's main pair of people.
PAIR_WORDS = re.compile(
    r"\b(?:the two leaders|both leaders|the two men|the two women|the pair|both men)\b",
    re.IGNORECASE,
)
# Single words that point back to the people of the meeting just told ("they met").
PAIR_TOKENS = {"they", "them", "their", "both", "two", "pair"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
# Clauses inside a noun phrase name other events; their people are not the phrase's.
EMBEDDED_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "det"}
NAMED_ONLY_KINDS = {"breakfast", "lunch", "dinner", "press conference", "reception", "ceremony"}
# Kinds of gathering one attends among many ('X is at a summit'), as opposed to a call.
ATTENDANCE_KINDS = {"summit", "meeting", "talks"}
ROLE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr")
# Nouns for the two people of a meeting after 'the two' / 'both'.
PAIR_HEADS = {
    "leader",
    "man",
    "woman",
    "side",
    "president",
    "minister",
    "premier",
    "head",
    "counterpart",
    "chief",
    "diplomat",
    "official",
    "envoy",
    "country",
    "nation",
}
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
# Meeting nouns that are meetings only with a partner ('an audience with X', 'a reception
# for X', 'their session'), not 'told the audience' or 'a cool reception'.
PARTNER_NOUNS = {"audience", "reception", "session"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Heads of phrases that name people without a title ('his German counterpart X').
PERSON_HEADS = {
    "counterpart",
    "official",
    "leader",
    "host",
    "guest",
    "delegation",
    "envoy",
    "member",
    "representative",
    "colleague",
    "president",
    "minister",
    "side",
}
# Prepositions that introduce the other side of a meeting: 'talks with X', 'called on X'.
PARTNER_PREPS = ("with", "on", "to")
# Verbs whose object is a participant of the meal or meeting they govern ('hosted X to lunch').
HOST_VERBS = {
    "host",
    "receive",
    "welcome",
    "invite",
    "join",
    "meet",
    "greet",
    "entertain",
    "take",
    "bring",
    "accompany",
    "escort",
    "show",
    "treat",
}
# Verbs that only make a meeting when their object is a person ("welcomed the decision",
# "visited the temple"); and verbs that need a partner or a plural subject ("spoke on the
# issue"). Both lists live in patterns/meetings.json.
PERSON_OBJECT_VERBS = frozenset(lexicon.load_pattern("meetings.json")["person_object_verbs"])
PARTNER_VERBS = frozenset(lexicon.load_pattern("meetings.json")["partner_verbs"])
PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "videolink", "line"}
# Verbs whose subject talks about a meeting without taking part ('pointing to the summit').
REFERENCE_VERBS = {
    "point",
    "refer",
    "recall",
    "cite",
    "mention",
    "compare",
    "describe",
    "praise",
    "criticise",
    "criticize",
    "follow",
}


def modifies_other_noun(ent: Span) -> bool:
    """'a 1942 accident', 'the 2011 disaster': the date names another event, not a meeting's."""
    root = ent.root
    head = root.head
    if head.i == root.i or head.i in range(ent.start, ent.end):
        return False
    if root.dep_ not in ("compound", "amod", "nummod", "nmod", "poss"):
        return False
    return head.pos_ in ("NOUN", "PROPN") and noun_kind(head) is None


def noun_kind(token: Token) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    low = token.lemma_.lower()
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    two = f"{prev} {token.lower_}"
    if two in lexicon.meeting_nouns():
        return lexicon.meeting_nouns()[two]
    if low == "call" and prev not in ("phone", "telephone", "video", "conference"):
        with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return "call" if with_partner else None
    kind = lexicon.meeting_nouns().get(low) or lexicon.meeting_nouns().get(token.lower_)
    if (
        kind
        and low in PARTNER_NOUNS
        and not any(
            (c.dep_ == "prep" and c.lower_ in ("with", "between", "for")) or c.dep_ == "poss"
            for c in token.children
        )
    ):
        return None  # 'told the audience', 'a cool reception'
    return kind


def by_phone(token: Token) -> bool:
    """'spoke by phone', 'talked on the telephone', 'spoke over video link'."""
    return any(
        t.lower_ in PHONE_WORDS
        for c in token.children
        if c.dep_ in ("prep", "advmod", "agent")
        for t in c.subtree
    )
