"""Whether a meeting is denied, still to come or past, by the words of its trigger's clause."""

from __future__ import annotations

from spacy.tokens import Token

from summitx.extract.meetings.triggers import governor
from summitx.extract.meetings.words import (
    APART_ADVERBS,
    FUTURE_AUX,
    PLAN_WORDS,
    REPORTED_FUTURE_AUX,
)

# Modal and future auxiliaries: 'X would attend the summit' is no attendance yet.
MODALS = ("will", "would", "could", "may", "might")


def negated(trigger: Token) -> bool:
    """'did not meet', 'wasn't invited to the meeting', 'no talks'."""
    verb = governor(trigger)
    return any(
        c.dep_ == "neg" or c.lower_ in ("no", "never")
        for node in {trigger.i: trigger, verb.i: verb}.values()
        for c in node.children
    )


def apart(trigger: Token) -> bool:
    """'both men separately spoke about it', 'they were received individually': its people
    did not meet one another."""
    verb = governor(trigger)
    return any(
        c.dep_ == "advmod" and c.lower_ in APART_ADVERBS
        for node in {trigger.i: trigger, verb.i: verb}.values()
        for c in node.children
    )


def modal(trigger: Token) -> bool:
    """'X will attend the summit', 'X may join the talks'."""
    return any(c.lower_ in MODALS for c in governor(trigger).children)


def planned(trigger: Token) -> bool:
    """Is the meeting still to come, by the tense of the trigger's own clause ('will meet',
    'is scheduled to meet', 'the summit will open')? 'Scholz, who will step down, met
    Macron' is not: the 'will' is another clause's."""
    node = governor(trigger)
    if node.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("nsubj", "nsubjpass"):
        node = trigger.head  # 'the summit will open on Monday'
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if _reported_future(node):
            return True
        if node.i != trigger.i and node.lemma_.lower() in PLAN_WORDS:
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _reported_future(node: Token) -> bool:
    """'X said she would meet Y', 'aides said X would visit Y on Friday': the future of a
    clause a past-tense verb reports."""
    return (
        node.dep_ == "ccomp"
        and node.head.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE_AUX for c in node.children)
    )


def tense(token: Token) -> str | None:
    """Future for 'will' clauses, past for past-tense verbs; otherwise no preference (the
    tense a relative date of the clause resolves with)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    verbs = [node, *[a for a in node.ancestors if a.pos_ in ("VERB", "AUX")][:1]]
    for verb in verbs:
        if any(c.lower_ in ("will", "shall", "'ll") for c in verb.children):
            return "future"
        # 'is scheduled to meet', 'plans to visit', 'are due to hold talks': a present plan.
        if verb.lemma_.lower() in PLAN_WORDS and (
            verb.tag_ in ("VBZ", "VBP")
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        ):
            return "future"
    # 'the meeting is due to take place on Friday': the plan word is an adjective the
    # parser made the head of the infinitive, with the present-tense verb above it.
    plan = node.head
    if (
        node.dep_ == "xcomp"
        and plan.pos_ == "ADJ"
        and plan.lemma_.lower() in PLAN_WORDS
        and plan.head.tag_ in ("VBZ", "VBP")
    ):
        return "future"
    # 'after meeting X on Friday', 'held talks, before seeing Y': a bare participle has
    # the tense of the verb it hangs on.
    if (
        node.tag_ == "VBG"
        and len(verbs) > 1
        and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
    ):
        node = verbs[1]
    if node.tag_ == "VBD" or (
        node.tag_ == "VBN"
        and any(c.lower_ in ("has", "had", "have", "having") for c in node.children)
    ):
        return "past"
    return None
