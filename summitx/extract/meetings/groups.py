"""The participant sets of a trigger: named by its own phrases (sides), by reference ('the two
leaders', 'their meeting': the article's main pair; 'the meeting': the meeting just told), or
by the host and guest of a meal, and split where a partner phrase is a meeting of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from summitx.extract import per_doc, sent_of, sentence_numbers, sents_of
from summitx.extract.meetings.merge import MeetingMention
from summitx.extract.meetings.participants import Reading, is_person_phrase, phrase_people
from summitx.extract.meetings.source import Source
from summitx.extract.meetings.tense import tense
from summitx.extract.meetings.triggers import governor, named_event, trigger_kind
from summitx.extract.meetings.words import (
    BACK_REFERENCE_KINDS,
    HOST_VERBS,
    PAIR_HEADS,
    PAIR_TOKENS,
    PAIR_WORDS,
    PARTNER_PREPS,
    ROLE_DEPS,
)

# Participant sets told in a phrase of their own ('..., then with Z in Y on Tuesday'), keyed
# by the set: that phrase's tokens, whose dates and places are theirs alone.
Scopes = dict[frozenset[int], set[int]]


def _pair_words(src: Source, sent: Span, reading: Reading) -> bool:
    """'the two leaders', 'their meeting', 'they met'."""
    return any(_pair_token(src, t, reading.trigger) for t in reading.roles) or (
        not reading.keys and sentence_numbers(src.doc)[sent.start] in _pair_word_sentences(src.doc)
    )


def _pair_word_sentences(doc: Doc) -> frozenset[int]:
    """The numbers of the sentences that hold a pair phrase, found once per document: a
    sentence is read once per trigger in it, and a sentence of thousands of triggers made
    searching its text each time quadratic."""
    return per_doc(
        doc,
        "pair_word_sentences",
        lambda d: frozenset(n for n, s in enumerate(sents_of(d)) if PAIR_WORDS.search(s.text)),
    )


def _pair_token(src: Source, token: Token, trigger: Token) -> bool:
    """'they met', 'their meeting', 'the pair', 'the two met', 'both leaders'; not 'the
    two-day summit', 'met their lawyers' or 'his two fiscal rules'."""
    low = token.lower_
    if low in ("leaders", "sides") and token.dep_ in ("nsubj", "nsubjpass"):
        # 'the leaders met' (not 'EU leaders met'): the two people of the article.
        children = list(token.children)
        return any(c.lower_ == "the" for c in children) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss") for c in children
        )
    if low not in PAIR_TOKENS:
        return False
    if low in ("they", "them", "their") and _group_before(src, token):
        return False
    if low in ("they", "them") and _told_of_the_group(src, token):
        return False
    if low == "their":
        return token.dep_ == "poss" and token.head.i == trigger.i and not _their_group(src, trigger)
    if low in ("two", "both") and _of_a_group(src, token):
        return False
    if token.dep_ in ROLE_DEPS:
        return True
    head = token.head
    # 'the two last met': the parser made an adjective the head of 'the two'.
    return (
        low in ("two", "both")
        and head.dep_ in ROLE_DEPS
        and (head.lemma_.lower() in PAIR_HEADS or head.pos_ in ("ADJ", "ADV", "NUM"))
    )


def _of_a_group(src: Source, token: Token) -> bool:
    """'two of the biggest suppliers negotiated': a part of a group that names no one,
    not the article's pair ('both of them' is)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and not is_person_phrase(src, p) for p in c.children)
        for c in token.children
    )


def _group_before(src: Source, token: Token) -> bool:
    """'More than 2,000 leaders are arriving ... They will discuss ...': a plural subject
    that names no one, in the sentence before, is what 'they' stands for."""
    number = sentence_numbers(src.doc)[token.i]
    if number == 0:
        return False
    before = sents_of(src.doc)[number - 1]
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.tag_ in ("NNS", "NNPS")
        and not any(t.lower_ in ("two", "both") for t in c.subtree)
        and not phrase_people(src, c, [])
        for c in before.root.children
    )


def _told_of_the_group(src: Source, token: Token) -> bool:
    """'Two aldermen met X but said nothing as they walked out of the meeting': a 'they' in
    the clauses of a plural subject that names no one is that subject, not the article's
    pair; inside what someone reports ('aides said they met') it may be anyone."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis"):
            return False
        node = node.head
    return group_subject(src, sent_of(token))


def _their_group(src: Source, trigger: Token) -> bool:
    """Is the 'their' of a meeting word a plural subject that names no one, of the
    sentence or of the word's own clause ('X spoke after cabinet members held their
    meeting')?"""
    return group_subject(src, sent_of(trigger)) or subject_group(src, governor(trigger))


def group_subject(src: Source, sent: Span) -> bool:
    """'At their meeting, G7 finance ministers backed ...': 'their' is the plural subject
    that names no one, not the article's pair."""
    return subject_group(src, sent.root)


def subject_group(src: Source, verb: Token) -> bool:
    """Is the subject of `verb` a plural that names no one ('G7 finance ministers',
    'board members held their final meeting'), not 'the two leaders'?"""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("NNS", "NNPS"):
            if child.lemma_.lower() in PAIR_HEADS and any(
                t.lower_ in ("two", "both") for t in child.subtree
            ):
                return False  # 'the two leaders held their meeting'; not 'two councillors'
            return not phrase_people(src, child, [])
    return False


def _definite(src: Source, trigger: Token) -> bool:
    """'the summit', 'this meeting', "Tuesday's talks": a meeting already told about."""
    return (
        trigger.pos_ != "VERB"
        and not named_event(src, trigger)
        and not _body_meeting(src, trigger)
        and any(
            c.lower_ in ("the", "this", "that")
            or (c.dep_ == "poss" and not (c.lower_ == "their" and _their_group(src, trigger)))
            for c in trigger.children
        )
        # 'the meeting of G7 finance ministers' says who met: not a back-reference.
        and not any(
            c.dep_ == "prep" and c.lower_ in ("of", "between", "among") for c in trigger.children
        )
    )


def _body_meeting(src: Source, trigger: Token) -> bool:
    """ "the club's annual meeting", 'its board meeting', 'his negotiations with the
    exchange': a meeting of a body, or with one, that names no person, not a meeting of
    people told before."""
    for child in trigger.children:
        if child.dep_ == "poss" and (
            child.lower_ == "its"
            or (
                child.pos_ in ("NOUN", "PROPN")
                and child.ent_type_ not in ("DATE", "TIME")
                and not is_person_phrase(src, child)
            )
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "with":
            partners = [p for p in child.children if p.dep_ == "pobj"]
            if partners and not any(is_person_phrase(src, p) for p in partners):
                return True
    return False


def _pair_told_by(src: Source, sent: Span) -> list[int]:
    """The article's main pair, when both have been named by the end of the sentence: a meeting
    partner left implicit ('X will hold talks in Y', 'after the meeting, X said') is someone
    the reader has already met, not a critic the article quotes only further on."""
    pair = src.people.main_pair()
    told = {m.person for m in src.people.mentions if m.start < sent.end}
    return pair if len(pair) == 2 and set(pair) <= told else []


def _main_pair_if_named(src: Source, sent: Span) -> list[int]:
    """'the summit' before any meeting was told: the article's main pair, when the sentence
    names one of them and no one else and both have been named by then."""
    named = set(src.named_in(sent))
    pair = _pair_told_by(src, sent)
    return pair if named and named <= set(pair) else []


def _last_meeting(src: Source, sent: Span, found: tuple[MeetingMention, ...]) -> list[int]:
    """Participants of the latest meeting told before this sentence, preferring one that
    includes someone this sentence names."""
    named = set(src.named_in(sent))
    earlier = [m for m in found if m.start < sent.start_char]
    for mention in reversed(earlier):
        if not named or named & set(mention.participants):
            return list(mention.participants)
    return list(earlier[-1].participants) if earlier else []


def groups(
    src: Source,
    sent: Span,
    reading: Reading,
    strong: bool,
    found: tuple[MeetingMention, ...],
    told_here: bool = False,
) -> tuple[list[list[int]], str]:
    """The participant sets of one trigger, and how they were found: 'syntax' (named by
    the trigger's own phrases), 'pair' or 'reference' (by reference), or 'host'. `strong`:
    another trigger of the sentence names two people; `found`: the meetings told before."""
    keys = reading.keys
    trigger = reading.trigger
    if len(keys) >= 2:
        if (
            reading.kind == "visit"
            and trigger.pos_ == "VERB"
            and len(reading.subjects) == 1
            and len(reading.objects) >= 2
        ):
            # 'called on PM X at his office and Minister Y at hers': separate calls.
            return [[reading.subjects[0], o] for o in reading.objects], "syntax"
        return [keys], "syntax"
    if named_event(src, trigger) or reading.kind not in BACK_REFERENCE_KINDS:
        return [], "syntax"
    if _pair_words(src, sent, reading):
        pair = src.people.main_pair()
        if not keys or keys[0] in pair:
            return [pair], "pair"
    # 'X met officials ... as they left the meeting': with a meeting verb before it in
    # the sentence (`told_here`), 'the meeting' is that one, not one told before.
    if _definite(src, trigger) and not strong and not told_here:
        # 'X is due to meet Y ... the meeting was efficient': a meeting told in the past
        # tense is none of those still to come.
        past = tense(trigger) == "past"
        before = [m for m in found if m.start < sent.start_char]
        if past and before and all(m.planned for m in before):
            return [], "syntax"
        held = tuple(m for m in found if not (past and m.planned))
        last = _last_meeting(src, sent, held) or _main_pair_if_named(src, sent)
        if last and (not keys or keys[0] in last):
            return [last], "reference"
    if (
        len(keys) == 1
        and trigger.pos_ == "NOUN"
        and trigger.tag_ == "NNS"
        and not any(
            c.dep_ in ("det", "poss", "nummod")
            or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "of", "on"))
            for c in trigger.children
        )
        and not strong
    ):
        # 'After talks in the capital, X said': bare talks of one of the article's two
        # main people are talks with the other.
        pair = _pair_told_by(src, sent)
        if keys[0] in pair:
            return [pair], "pair"
    hosted = governor(trigger).lemma_.lower() in HOST_VERBS
    root_meets = sent.root.lemma_.lower() in HOST_VERBS or trigger_kind(src, sent.root)
    if len(keys) == 1 and (trigger.pos_ == "VERB" or hosted) and root_meets:
        # A host with no named guest ('while Y hosted breakfast'): the guest is the main
        # subject of the sentence.
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                other = phrase_people(src, child, [])
                if other and other[0] not in keys:
                    return [keys + other[:1]], "host"
    return [], "syntax"


def split_then(
    src: Source, reading: Reading, groups: list[list[int]]
) -> tuple[list[list[int]], Scopes]:
    """'X held talks with A in P on Monday, then with B in Q on Tuesday': a partner phrase
    marked 'then' / 'later' is a meeting of its own, with its own place and date. The groups
    with those meetings split off, and the tokens of each one's phrase."""
    verb = governor(reading.trigger)
    heads = {reading.trigger.i: reading.trigger, verb.i: verb}.values()
    out = [list(g) for g in groups]
    scopes: Scopes = {}
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in PARTNER_PREPS:
            continue
        if not any(c.lower_ in ("then", "later", "afterwards") for c in prep.children):
            continue
        partners = [
            k
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for k in phrase_people(src, pobj, [])
            if k not in reading.subjects
        ]
        if not partners:
            continue
        out = [[k for k in g if k not in partners] for g in out]
        group = [*reading.subjects, *partners]
        scopes[frozenset(group)] = {t.i for t in prep.subtree}
        out.append(group)
    return out, scopes
