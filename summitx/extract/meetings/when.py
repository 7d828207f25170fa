"""The dates of a sentence and which of them date a meeting: a date expression of the
trigger's own clause, resolved against the publication date with the verb's tense."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitx.extract import ents_in
from summitx.extract.dates import resolve_date
from summitx.extract.meetings.source import Source
from summitx.extract.meetings.tense import tense
from summitx.extract.meetings.triggers import governor, subject_clause
from summitx.extract.meetings.words import WEEKDAY_WORDS, modifies_other_noun

# A date expression and its value (ISO; None for a date no anchor resolves: 'on 13 March').
Dated = tuple[Span, str | None]


def sentence_dates(src: Source, sent: Span, context_date: str | None) -> list[Dated]:
    """The dates of a sentence, outside quotations; relative ones ('a day later') count from
    the publication date or the last full date told (`context_date`)."""
    out = []
    for ent in ents_in(sent):
        if ent.label_ not in ("DATE", "TIME") or src.in_quote(ent[0]) or src.excluded(ent[0]):
            continue
        if modifies_other_noun(ent, src.meeting_nouns):
            continue
        if len(ent) == 1 and ent.text.isdigit() and len(ent.text) < 4:
            continue  # 'Ana Ruiz, 47, whom he met': an age the model took for a date
        reporter = reporting_verb(ent)
        verb_tense = tense(reporter if reporter is not None else ent.root)
        value = None
        # 'the year on Friday': the model's span may hold more than the date; its tail may
        # still resolve.
        starts = [0] + [k + 1 for k in range(len(ent) - 1) if ent[k].lower_ in ("on", "in")]
        for k in starts:
            value = resolve_date(ent[k:].text, src.published, verb_tense, context_date)
            if value:
                ent = ent[k:]
                break
        if value:
            out.append((ent, value))
        elif any(c.isdigit() for c in ent.text) or ent.root.lower_ in WEEKDAY_WORDS:
            # 'on 13 March' with no year to anchor it: a date, though unknown; the mention
            # must not borrow another one.
            out.append((ent, None))
    return out


def reporting_verb(ent: Span) -> Token | None:
    """'X said on Monday she will meet Y': a date between a reporting verb and the subject
    of the clause it reports dates the saying, wherever the parser hung it. That verb, or
    None."""
    prep = ent.root.head
    clause = prep.head if prep.dep_ == "prep" else ent.root.head
    if clause.dep_ != "ccomp" or not clause.head.i < ent.start:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].left_edge.i < ent.end:
        return None
    return clause.head


def dates_the_report(ent: Span, trigger: Token) -> bool:
    """'X said on Monday (that) she will meet Y': does the date belong to a verb that reports
    the trigger's clause, not to that clause?"""
    if reporting_verb(ent) is not None:
        return True
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    node = trigger
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "ccomp" and node.head.i == verb.i:
            return True
        node = node.head
    return False


def attached(ent: Span, trigger: Token, others: list[int]) -> bool:
    """Is the date part of the trigger's own clause ('hold talks ... on Saturday'), with no
    other meeting word between them ('met X on the eve of talks on Monday')?"""
    low, high = sorted((trigger.i, ent.start))
    if any(low < i < high for i in others):
        return False
    if reporting_verb(ent) is not None:
        return False
    verb = governor(trigger)
    raised = subject_clause(trigger)
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        if node.i in (trigger.i, verb.i) or node.i in raised:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return node.i == verb.i


def same_clause(ent: Span, trigger: Token) -> bool:
    """A date inside another clause ('the reforms agreed in Valmora in 1998') dates that
    clause's event, unless the meeting is told inside it ('an aide said on Thursday that
    the leaders were holding a call')."""
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == trigger.i:
        return True
    if any(a.i == verb.i for a in trigger.ancestors) or verb.i in subject_clause(trigger):
        return True
    # 'spoke four times over a period beginning March 30': a participle inside the
    # meeting's own clause times that clause.
    own = governor(trigger)
    return verb.tag_ == "VBG" and any(a.i == own.i for a in verb.ancestors)


def clause_dates(trigger: Token, dates: list[Dated]) -> list[Dated]:
    """'travel to X on Friday and hold talks on Saturday': the talks' dates are those of
    their own conjunct."""
    verb = governor(trigger)
    if verb.dep_ == "conj":
        own = [d for d in dates if d[0].start >= verb.left_edge.i]
        if own:
            return own
    return dates


def own_date(trigger: Token, dates: list[Dated]) -> str | None:
    """The value of the first date of the trigger's own clause attached to it."""
    return next(
        (
            value
            for ent, value in clause_dates(trigger, dates)
            if same_clause(ent, trigger) and attached(ent, trigger, [])
        ),
        None,
    )
