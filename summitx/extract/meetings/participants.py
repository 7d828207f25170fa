"""Who takes part in a meeting, by the syntax of its trigger word.

The subject and object of a meeting verb; for a meeting noun, its 'with'/'between' phrase, its
possessor and the subject of the verb it belongs to ('X held talks with Y', 'X said at the
summit with Y'). Only phrases that stand for people count ('Prime Minister X', 'the official,
X', 'X and Y', 'they'), not things ('his words about X').
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.extract import per_doc, tokens_of
from summitx.extract.meetings.source import Source
from summitx.extract.meetings.words import (
    EMBEDDED_DEPS,
    HOST_VERBS,
    PAIR_TOKENS,
    PARTNER_PREPS,
    PERSON_HEADS,
    PERSON_PRONOUNS,
    REFERENCE_VERBS,
    RELATIONAL_PREPS,
    RELATIVE_PRONOUNS,
)

SELF_PRONOUNS = PERSON_PRONOUNS | PAIR_TOKENS | {"we", "i", "you"}


@dataclass(frozen=True)
class Reading:
    """What the syntax says about one trigger word: its kind, the people on its subject and
    object sides, and the tokens looked at to find them (its roles)."""

    trigger: Token
    kind: str
    subjects: tuple[int, ...]
    objects: tuple[int, ...]
    roles: tuple[Token, ...]

    @property
    def keys(self) -> list[int]:
        return [*self.subjects, *(k for k in self.objects if k not in self.subjects)]


def person_of(src: Source, token: Token, head: Token) -> int | None:
    """The person a token names; pronouns only as the phrase head or its possessive."""
    if src.in_quote(token) or src.excluded(token):
        return None
    key = src.people.person_at(token.i)
    if (
        key is None
        and token.lower_ in PERSON_PRONOUNS
        and (token.i == head.i or (token.dep_ == "poss" and token.head.i == head.i))
    ):
        key = src.people.pronoun_person(token)
    return key


def names_person(src: Source, token: Token) -> bool:
    """Does the phrase headed by `token` stand for a person or people ('Prime Minister X',
    'the official, X', 'X and Y', 'they'), rather than a thing ('his words about X')?"""
    if token.lower_ in SELF_PRONOUNS:
        return True
    if src.people.person_at(token.i) is not None or person_of(src, token, token):
        return True
    if lexicon.canonical_title(token.lower_) or token.lemma_.lower() in PERSON_HEADS:
        return True
    return any(
        (
            c.dep_ in ("compound", "appos", "conj", "flat")
            or (c.dep_ == "nummod" and token.pos_ in ("ADJ", "NUM", "PRON"))
        )
        and names_person(src, c)
        for c in token.children
    )


def is_person_phrase(src: Source, token: Token) -> bool:
    """'the leaders', 'Minister X', 'who' (of a person): a phrase that stands for people."""
    head = (
        token.head.head
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl"
        else token
    )
    return names_person(src, head) or token.lower_ in PAIR_TOKENS


def phrase_people(src: Source, head: Token, roles: list[Token]) -> list[int]:
    """People named in the noun phrase headed by `head` (its conjuncts and appositions too),
    not looking into clauses embedded in it. `roles` collects the tokens looked at."""
    doc = src.doc
    keys: list[int] = []
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head
    if not names_person(src, head):
        return keys
    stack = [head]
    seen: list[Token] = []
    while stack:
        token = stack.pop()
        seen.append(token)
        key = person_of(src, token, head)
        if key is not None and key not in keys:
            keys.append(key)
        # "Maria's brother", "the minister's adviser": the possessor of a common noun is
        # someone else than the person the phrase names.
        # 'an adviser to President X', 'aides loyal to X', 'the wife of X': someone named
        # in a relational phrase of a common noun is someone else than the phrase's people.
        stack.extend(
            c
            for c in token.children
            if c.dep_ not in EMBEDDED_DEPS
            and not (c.dep_ == "poss" and token.pos_ == "NOUN")
            and not (token.pos_ in ("NOUN", "ADJ") and _relational(c))
        )
    # 'talks with X's adviser, Mr Y, on Saturday': an apposition the parser attached
    # elsewhere; the person right after the comma is the phrase's person.
    edge = head.right_edge.i
    if not keys and edge + 2 < len(doc) and doc[edge + 1].text == ",":
        nxt = edge + 2
        if doc[nxt].lower_ in lexicon.honorifics() and nxt + 1 < len(doc):
            nxt += 1
        key = src.people.person_at(nxt)
        if key is not None and not src.in_quote(doc[nxt]):
            keys.append(key)
            seen.append(doc[nxt])
    roles.extend(seen)
    order = {k: min(t.i for t in seen if person_of(src, t, head) == k) for k in keys}
    return sorted(keys, key=lambda k: order[k])


def _measure(prep: Token) -> bool:
    """'four hours of', 'two rounds of': an 'of' after a counted noun, whose noun stands in
    its clause for the meeting it measures."""
    head = prep.head
    return (
        prep.lower_ == "of"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in head.children)
    )


def _relational(child: Token) -> bool:
    """'to X', 'of X', 'for X' after a common noun or adjective ('adviser to', 'loyal to')."""
    return child.dep_ == "prep" and child.lower_ in RELATIONAL_PREPS


def _subjects(verb: Token) -> list[Token]:
    return _subjects_by_head(verb.doc).get(verb.i, [])


def _subjects_by_head(doc: Doc) -> dict[int, list[Token]]:
    """Each token's subject children, in text order, found once per document: walking a
    head's children costs as many steps as it has, and a run of bare verbs hangs thousands
    on one head."""

    def build(d: Doc) -> dict[int, list[Token]]:
        found: dict[int, list[Token]] = {}
        for token in tokens_of(d):
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.i != token.i:
                found.setdefault(token.head.i, []).append(token)
        return found

    return per_doc(doc, "subjects_by_head", build)


# How many verbs up a meeting verb without a subject looks for one; real sentences chain a
# handful ('was due to travel and meet').
MAX_CLIMB = 12


def verb_sides(
    src: Source, verb: Token, roles: list[Token], objects: bool
) -> tuple[list[int], list[int]]:
    """People on the subject side and (for meeting verbs) on the object side of a verb."""
    subj: list[int] = []
    obj: list[int] = []

    def add(into: list[int], found: list[int]) -> None:
        into.extend(k for k in found if k not in subj and k not in obj)

    subjects = _subjects(verb)
    node = verb
    # 'is due to meet', 'agreed to meet', 'arrived and met': the subject of the verb above,
    # at most MAX_CLIMB verbs up (a run of thousands of bare verbs parses as one long chain).
    climbed = 0
    while (
        not subjects
        and climbed < MAX_CLIMB
        and node.dep_ in ("conj", "xcomp", "advcl", "acomp")
        and node.head.pos_ in ("VERB", "AUX", "ADJ")
    ):
        node = node.head
        subjects = _subjects(node)
        climbed += 1
    # 'before seeing X', 'after meeting X': the subject of the verb the phrase belongs to.
    if (
        not subjects
        and node.dep_ == "pcomp"
        and node.head.dep_ == "prep"
        and node.head.head.pos_ in ("VERB", "AUX")
    ):
        node = node.head.head
        subjects = _subjects(node)
    if not subjects and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects = [verb.head]
    for subject in subjects:
        add(subj, phrase_people(src, subject, roles))
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                add(obj, phrase_people(src, pobj, roles))
        if not objects:
            continue
        if child.dep_ in ("dobj", "dative"):
            add(obj, phrase_people(src, child, roles))
        elif child.dep_ in ("prep", "prt") and child.lower_ in PARTNER_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    add(obj, phrase_people(src, pobj, roles))
    return subj, obj


def read(src: Source, trigger: Token, kind: str) -> Reading:
    """Participants named by the syntax of the trigger: subject and object of a meeting
    verb; for a meeting noun, its 'with'/'between' phrase, its possessor and the subject of
    the verb it is the object of ('X held talks with Y', 'X said at the summit with Y')."""
    roles: list[Token] = []
    if trigger.pos_ == "VERB":
        subj, obj = verb_sides(src, trigger, roles, objects=True)
        return Reading(trigger, kind, tuple(subj), tuple(obj), tuple(roles))
    subj = []
    obj = []

    def add(into: list[int], found: list[int]) -> None:
        into.extend(k for k in found if k not in subj and k not in obj)

    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in (*PARTNER_PREPS, "between", "among"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    add(obj, phrase_people(src, pobj, roles))
        elif child.dep_ in ("poss", "compound", "nmod") and child.i < trigger.i:
            add(subj, phrase_people(src, child, roles))
    # Climb from the noun to the verb it belongs to: 'held [a summit]', 'at [the summit]'.
    node = trigger
    while node.dep_ in ("conj", "appos") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent"):
        node = node.head
        if _measure(node):
            # 'held four hours of talks', 'after two days of talks': the measure's verb.
            node = node.head
            if node.dep_ == "pobj" and node.head.dep_ == "prep":
                node = node.head
    verb = node.head
    if (
        node.dep_ in ("dobj", "prep", "agent", "attr", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() not in REFERENCE_VERBS
    ):
        v_subj, v_obj = verb_sides(src, verb, roles, objects=verb.lemma_ in HOST_VERBS)
        add(subj, v_subj)
        add(obj, v_obj)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS and child.i != node.i:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(obj, phrase_people(src, pobj, roles))
    return Reading(trigger, kind, tuple(subj), tuple(obj), tuple(roles))
