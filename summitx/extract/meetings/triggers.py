"""Meeting trigger words: the kind each one tells, once the people of the article confirm its
arguments, and the syntax around it (its clause's verb, whether it names an event, its
ordinal).

The words and their argument shapes are the meeting triggers component's
(summitx/components/meeting_triggers.py); what is left here needs the people index.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitx.components.meeting_triggers import SHAPE_EXTENSION, kinds
from summitx.extract import text_of
from summitx.extract.meetings.participants import Reading, is_person_phrase
from summitx.extract.meetings.source import Source
from summitx.extract.meetings.words import ORDINALS, PAIR_TOKENS

# 'their first talks in about 70 days', 'the first visit in years': an ordinal of a period.
PERIOD_AFTER = re.compile(
    r"^\s*(?:in|for)\s+(?:(?:about|nearly|almost|over|more than|some)\s+)?"
    r"(?:[\w,.-]+\s+)?(?:days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
EVENT_NAME_TYPES = ("GPE", "ORG", "EVENT", "NORP", "LOC", "FAC")


def trigger_kind(src: Source, token: Token) -> str | None:
    """The kind of meeting a token tells (its span of the meeting triggers component), once
    the people of the article confirm what its arguments must name."""
    span = src.triggers.get(token.i)
    if span is None:
        return None
    shape = span._.get(SHAPE_EXTENSION)
    children = list(token.children)
    if shape == "object":
        objects = [c for c in children if c.dep_ == "dobj"]
        if objects and not any(is_person_phrase(src, o) for o in objects):
            return None  # 'met the requirements', 'visited the temple', 'welcomed the move'
    elif shape == "partner":
        partners = [
            pobj
            for c in children
            if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for pobj in c.children
            if pobj.dep_ == "pobj"
        ]
        subjects = [c for c in children if c.dep_ == "nsubj"]
        # 'X and Y', 'X, Y and 400 delegates gathered' (two subjects), 'the leaders'.
        plural = len(subjects) > 1 or any(
            s.lower_ in PAIR_TOKENS
            or s.tag_ in ("NNS", "NNPS")
            or any(c.dep_ == "conj" for c in s.children)
            for s in subjects
        )
        if not plural and not any(is_person_phrase(src, p) for p in partners):
            return None
    return kinds()[span.label]


def governor(trigger: Token) -> Token:
    """The verb whose clause the trigger belongs to (the trigger itself for a verb)."""
    if trigger.pos_ == "VERB":
        return trigger
    node = trigger
    while node.dep_ in ("pobj", "prep", "dobj", "conj") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    return node


def subject_clause(trigger: Token) -> frozenset[int]:
    """'The summit is due to take place in X on Friday', 'a meeting is scheduled to begin on
    Monday': a meeting noun that is its clause's subject is the subject of the verbs it is
    raised into too ('due to take place', 'expected to begin'), whose dates and places are
    the meeting's. The token indices of that verb and its xcomp/acomp chain (none for a verb
    or a noun that is no subject)."""
    if trigger.pos_ == "VERB" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    out: set[int] = set()
    stack = [trigger.head]
    while stack:
        node = stack.pop()
        out.add(node.i)
        stack.extend(c for c in node.children if c.dep_ in ("xcomp", "acomp"))
    return frozenset(out)


def named_event(src: Source, trigger: Token) -> bool:
    """'the G20 summit', 'the Oslo summit': a named event, not 'the summit' just told."""
    return trigger.pos_ != "VERB" and any(
        c.dep_ in ("compound", "nmod", "amod")
        and c.i < trigger.i
        and (
            c.ent_type_ in EVENT_NAME_TYPES
            or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON")
            or _code_name(c)
        )
        and src.people.person_at(c.i) is None
        for c in trigger.children
    )


def _code_name(token: Token) -> bool:
    """'the G8 summit', 'the C5 talks': a capital letter and digits name a group or its
    event, whatever part of speech or entity the model gave them (no person's name has a
    digit)."""
    text = token.text
    return text[:1].isupper() and any(ch.isdigit() for ch in text)


def _counts_a_period(trigger: Token) -> bool:
    after = text_of(trigger.doc)[trigger.idx + len(trigger) : trigger.idx + len(trigger) + 40]
    return bool(PERIOD_AFTER.match(after))


def ordinal_before(sent: Span, trigger: Token) -> int | None:
    """'their second formal meeting', 'the third face-to-face contact'."""
    ordinal = None
    # The trigger's own noun phrase ('the third face-to-face contact'), else a short window.
    start = min(trigger.left_edge.i, trigger.i - 4) if trigger.pos_ == "NOUN" else trigger.i - 4
    for t in trigger.doc[max(sent.start, start) : trigger.i]:
        if t.lower_ in ORDINALS:
            ordinal = ORDINALS[t.lower_]
    if ordinal is not None and _counts_a_period(trigger):
        return None  # 'their first talks in 70 days' counts days, not meetings
    return ordinal


def rule_name(reading: Reading, how: str) -> str:
    """MeetingRecord.rule: how the trigger's people were found, and the trigger word."""
    trigger = reading.trigger
    word = trigger.lemma_.lower() if trigger.pos_ == "VERB" else trigger.lower_
    if how == "host":
        return "host"
    prefix = {"pair": "pair", "reference": "reference"}.get(how)
    return f"{prefix or ('verb' if trigger.pos_ == 'VERB' else 'noun')}:{word}"
