"""Meetings: who met whom, when, where, and what kind of meeting it was.

A sentence mentions a meeting through a trigger word (summit, talks, met, hosted, called on,
spoke by phone, ...). Its participants come from the syntax of the trigger: the subject and
object of a meeting verb, the 'with'/'between' phrase and possessor of a meeting noun, and the
subject of the verb that noun belongs to ('X held talks with Y'); only phrases that stand for
people count, and those who only report ('Y said') or are denied a part ('was not invited')
are left out. 'The two leaders', 'they' and 'their meeting' stand for the article's main pair;
'the meeting' for the meeting just told. Its date is a date expression of the trigger's own
clause (else the nearest one), resolved against the publication date with the verb's tense;
its place a venue-like place ('in X', 'at X', 'a tour of X'). meeting_merge then merges the
mentions of one article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import spans_of
from summitx.components.meeting_triggers import (
    MEETING_TRIGGERS,
    MEETING_WORDS,
    SHAPE_EXTENSION,
    kinds,
)
from summitx.components.places import BUILDING_ID, HEAD_EXTENSION, PLACES
from summitx.extract import ents_in, sent_of, sentence_numbers, sents_of, text_of, tokens_of
from summitx.extract.dates import resolve_date
from summitx.extract.document import DocumentMeta
from summitx.extract.meeting_merge import (
    MeetingMention,
    merge_mentions,
    place_by_article,
    place_by_dateline,
)
from summitx.extract.meeting_words import (
    ATTENDANCE_KINDS,
    BACK_REFERENCE_KINDS,
    EMBEDDED_DEPS,
    FUTURE_AUX,
    HOST_VERBS,
    ORDINALS,
    PAIR_HEADS,
    PAIR_TOKENS,
    PAIR_WORDS,
    PARTNER_PREPS,
    PERSON_HEADS,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    PLAN_WORDS,
    REFERENCE_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_DEPS,
    WEEKDAY_WORDS,
    modifies_other_noun,
)
from summitx.extract.people import PersonIndex
from summitx.extract.quotes import QuoteSpan, find_quotes


@dataclass
class _Reading:
    """What the syntax says about one trigger word."""

    trigger: Token
    kind: str
    subjects: list[int]
    objects: list[int]
    roles: list[Token]

    @property
    def keys(self) -> list[int]:
        return self.subjects + [k for k in self.objects if k not in self.subjects]


# 'their first talks in about 70 days', 'the first visit in years': an ordinal of a period.
PERIOD_AFTER = re.compile(
    r"^\s*(?:in|for)\s+(?:(?:about|nearly|almost|over|more than|some)\s+)?"
    r"(?:[\w,.-]+\s+)?(?:days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)


def _counts_a_period(trigger: Token) -> bool:
    after = text_of(trigger.doc)[trigger.idx + len(trigger) : trigger.idx + len(trigger) + 40]
    return bool(PERIOD_AFTER.match(after))


def _rule_name(reading: _Reading, how: str) -> str:
    """MeetingRecord.rule: how the trigger's people were found, and the trigger word."""
    trigger = reading.trigger
    word = trigger.lemma_.lower() if trigger.pos_ == "VERB" else trigger.lower_
    if how == "host":
        return "host"
    prefix = {"pair": "pair", "reference": "reference"}.get(how)
    return f"{prefix or ('verb' if trigger.pos_ == 'VERB' else 'noun')}:{word}"


class MeetingFinder:
    def __init__(self, doc: Doc, meta: DocumentMeta, people: PersonIndex, published: str | None):
        self.doc = doc
        self.meta = meta
        self.people = people
        self.published = published
        self.quotes: list[QuoteSpan] = find_quotes(text_of(doc))
        self.context_date: str | None = None  # the last full date told ('a day later')
        self.meeting_date: str | None = None  # the last full date of a meeting sentence
        self.found: list[MeetingMention] = []
        # People who each took part in a summit, told one at a time (see _gather_attendance).
        self.attendance: list[tuple[Span, _Reading, tuple[str | None, str | None]]] = []
        # The place of every face-to-face meeting trigger, in order, whoever took part: where
        # the article's meetings happen, for a meeting placed nowhere (see place_by_article).
        self.trigger_places: list[tuple[str, str | None, str | None]] = []
        self.triggers = {span.start: span for span in spans_of(doc, MEETING_TRIGGERS)}
        self.trigger_starts = sorted(self.triggers)
        names = kinds()
        self.meeting_nouns = {s.start: names[s.label] for s in spans_of(doc, MEETING_WORDS)}
        self.places = spans_of(doc, PLACES)

    def _trigger_tokens(self, sent: Span) -> list[Token]:
        """The tokens of the sentence the meeting triggers component marked."""
        low = bisect_left(self.trigger_starts, sent.start)
        high = bisect_left(self.trigger_starts, sent.end)
        return [self.doc[i] for i in self.trigger_starts[low:high]]

    def _in_quote(self, token: Token) -> bool:
        return any(q.start <= token.idx < q.end for q in self.quotes)

    def _excluded(self, token: Token) -> bool:
        return self.meta.is_excluded(token.idx, token.idx + max(1, len(token.text)))

    def mentions(self) -> list[MeetingMention]:
        for sent in sents_of(self.doc):
            # A sentence may begin inside a dateline or header: only its other tokens count.
            if all(
                self._excluded(t)
                for t in tokens_of(self.doc)[sent.start : sent.end]
                if not t.is_space
            ):
                continue
            self.found.extend(self._sentence(sent))
        if not self.found:
            self._gather_attendance()
        return self.found

    def _gather_attendance(self) -> None:
        """'X is at a summit in Vienna' ... 'Speaking after the summit meeting, Y said': an
        article that tells no meeting between named people but names two or more who each
        took part in its summit reports one meeting of them all."""
        keys: list[int] = []
        for _sent, reading, _location in self.attendance:
            if reading.keys[0] not in keys:
                keys.append(reading.keys[0])
        if len(keys) < 2:
            return
        first_sent, first, _ = self.attendance[0]
        location = next((loc for _s, _r, loc in self.attendance if loc[0]), (None, None))
        self.found.append(
            MeetingMention(
                participants=keys,
                date=None,
                date_text=None,
                location=location[0],
                location_country=location[1],
                kind=first.kind,
                ordinal=None,
                planned=False,
                start=first_sent.start_char,
                end=first_sent.end_char,
                rule="attendance",
            )
        )

    # ----- triggers ---------------------------------------------------------------------------
    def _is_person_phrase(self, token: Token) -> bool:
        head = (
            token.head.head
            if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl"
            else token
        )
        return self._names_person(head) or token.lower_ in PAIR_TOKENS

    def _trigger_kind(self, token: Token) -> str | None:
        """The kind of meeting a token tells (its span of the meeting triggers component),
        once the people of the article confirm what its arguments must name."""
        span = self.triggers.get(token.i)
        if span is None:
            return None
        shape = span._.get(SHAPE_EXTENSION)
        children = list(token.children)
        if shape == "object":
            objects = [c for c in children if c.dep_ == "dobj"]
            if objects and not any(self._is_person_phrase(o) for o in objects):
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
            if not plural and not any(self._is_person_phrase(p) for p in partners):
                return None
        return kinds()[span.label]

    # ----- participants -----------------------------------------------------------------------
    def _person_of(self, token: Token, head: Token) -> int | None:
        """The person a token names; pronouns only as the phrase head or its possessive."""
        if self._in_quote(token) or self._excluded(token):
            return None
        key = self.people.person_at(token.i)
        if (
            key is None
            and token.lower_ in PERSON_PRONOUNS
            and (token.i == head.i or (token.dep_ == "poss" and token.head.i == head.i))
        ):
            key = self.people.pronoun_person(token)
        return key

    def _names_person(self, token: Token) -> bool:
        """Does the phrase headed by `token` stand for a person or people ('Prime Minister X',
        'the official, X', 'X and Y', 'they'), rather than a thing ('his words about X')?"""
        if token.lower_ in PERSON_PRONOUNS | PAIR_TOKENS | {"we", "i", "you"}:
            return True
        if self.people.person_at(token.i) is not None or self._person_of(token, token):
            return True
        if lexicon.canonical_title(token.lower_) or token.lemma_.lower() in PERSON_HEADS:
            return True
        return any(
            (
                c.dep_ in ("compound", "appos", "conj", "flat")
                or (c.dep_ == "nummod" and token.pos_ in ("ADJ", "NUM", "PRON"))
            )
            and self._names_person(c)
            for c in token.children
        )

    def _phrase_people(self, head: Token, roles: list[Token]) -> list[int]:
        """People named in the noun phrase headed by `head` (its conjuncts and appositions too),
        not looking into clauses embedded in it. `roles` collects the tokens looked at."""
        keys: list[int] = []
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head
        if not self._names_person(head):
            return keys
        stack = [head]
        seen: list[Token] = []
        while stack:
            token = stack.pop()
            seen.append(token)
            key = self._person_of(token, head)
            if key is not None and key not in keys:
                keys.append(key)
            # "Maria's brother", "the minister's adviser": the possessor of a common noun is
            # someone else than the person the phrase names.
            stack.extend(
                c
                for c in token.children
                if c.dep_ not in EMBEDDED_DEPS and not (c.dep_ == "poss" and token.pos_ == "NOUN")
            )
        # 'talks with X's adviser, Mr Y, on Saturday': an apposition the parser attached
        # elsewhere; the person right after the comma is the phrase's person.
        edge = head.right_edge.i
        if not keys and edge + 2 < len(self.doc) and self.doc[edge + 1].text == ",":
            nxt = edge + 2
            if self.doc[nxt].lower_ in lexicon.honorifics() and nxt + 1 < len(self.doc):
                nxt += 1
            key = self.people.person_at(nxt)
            if key is not None and not self._in_quote(self.doc[nxt]):
                keys.append(key)
                seen.append(self.doc[nxt])
        roles.extend(seen)
        order = {k: min(t.i for t in seen if self._person_of(t, head) == k) for k in keys}
        return sorted(keys, key=lambda k: order[k])

    def _verb_sides(self, verb: Token, roles: list[Token], objects: bool) -> tuple[list, list]:
        """People on the subject side and (for meeting verbs) on the object side of a verb."""
        subj: list[int] = []
        obj: list[int] = []

        def add(into: list[int], found: list[int]) -> None:
            into.extend(k for k in found if k not in subj and k not in obj)

        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        node = verb
        # 'is due to meet', 'agreed to meet', 'arrived and met': the subject of the verb above.
        while (
            not subjects
            and node.dep_ in ("conj", "xcomp", "advcl", "acomp")
            and node.head.pos_ in ("VERB", "AUX", "ADJ")
        ):
            node = node.head
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        # 'before seeing X', 'after meeting X': the subject of the verb the phrase belongs to.
        if (
            not subjects
            and node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and node.head.head.pos_ in ("VERB", "AUX")
        ):
            node = node.head.head
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            subjects = [verb.head]
        for subject in subjects:
            add(subj, self._phrase_people(subject, roles))
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    add(obj, self._phrase_people(pobj, roles))
            if not objects:
                continue
            if child.dep_ in ("dobj", "dative"):
                add(obj, self._phrase_people(child, roles))
            elif child.dep_ in ("prep", "prt") and child.lower_ in PARTNER_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(obj, self._phrase_people(pobj, roles))
        return subj, obj

    def _read(self, trigger: Token, kind: str) -> _Reading:
        """Participants named by the syntax of the trigger: subject and object of a meeting
        verb; for a meeting noun, its 'with'/'between' phrase, its possessor and the subject of
        the verb it is the object of ('X held talks with Y', 'X said at the summit with Y')."""
        roles: list[Token] = []
        if trigger.pos_ == "VERB":
            subj, obj = self._verb_sides(trigger, roles, objects=True)
            return _Reading(trigger, kind, subj, obj, roles)
        subj: list[int] = []
        obj: list[int] = []

        def add(into: list[int], found: list[int]) -> None:
            into.extend(k for k in found if k not in subj and k not in obj)

        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in (*PARTNER_PREPS, "between", "among"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(obj, self._phrase_people(pobj, roles))
            elif child.dep_ in ("poss", "compound", "nmod") and child.i < trigger.i:
                add(subj, self._phrase_people(child, roles))
        # Climb from the noun to the verb it belongs to: 'held [a summit]', 'at [the summit]'.
        node = trigger
        while node.dep_ in ("conj", "appos") and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent"):
            node = node.head
        verb = node.head
        if (
            node.dep_ in ("dobj", "prep", "agent", "attr", "nsubjpass")
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() not in REFERENCE_VERBS
        ):
            v_subj, v_obj = self._verb_sides(verb, roles, objects=verb.lemma_ in HOST_VERBS)
            add(subj, v_subj)
            add(obj, v_obj)
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS and child.i != node.i:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            add(obj, self._phrase_people(pobj, roles))
        return _Reading(trigger, kind, subj, obj, roles)

    def _negated(self, trigger: Token) -> bool:
        """'did not meet', 'wasn't invited to the meeting', 'no talks'."""
        governor = self._governor(trigger)
        return any(
            c.dep_ == "neg" or c.lower_ in ("no", "never")
            for node in {trigger.i: trigger, governor.i: governor}.values()
            for c in node.children
        )

    def _named_event(self, trigger: Token) -> bool:
        """'the G20 summit', 'the Oslo summit': a named event, not 'the summit' just told."""
        return trigger.pos_ != "VERB" and any(
            c.dep_ in ("compound", "nmod", "amod")
            and c.i < trigger.i
            and (
                c.ent_type_ in ("GPE", "ORG", "EVENT", "NORP", "LOC", "FAC")
                or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON")
            )
            and self.people.person_at(c.i) is None
            for c in trigger.children
        )

    def _pair_words(self, sent: Span, reading: _Reading) -> bool:
        """'the two leaders', 'their meeting', 'they met'."""
        return any(self._pair_token(t, reading.trigger) for t in reading.roles) or (
            not reading.keys and bool(PAIR_WORDS.search(sent.text))
        )

    def _pair_token(self, token: Token, trigger: Token) -> bool:
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
        if low in ("they", "them", "their") and self._group_before(token):
            return False
        if low == "their":
            return (
                token.dep_ == "poss"
                and token.head.i == trigger.i
                and not self._group_subject(sent_of(token))
            )
        if token.dep_ in ROLE_DEPS:
            return True
        head = token.head
        # 'the two last met': the parser made an adjective the head of 'the two'.
        return (
            low in ("two", "both")
            and head.dep_ in ROLE_DEPS
            and (head.lemma_.lower() in PAIR_HEADS or head.pos_ in ("ADJ", "ADV", "NUM"))
        )

    def _group_before(self, token: Token) -> bool:
        """'More than 2,000 leaders are arriving ... They will discuss ...': a plural subject
        that names no one, in the sentence before, is what 'they' stands for."""
        number = sentence_numbers(self.doc)[token.i]
        if number == 0:
            return False
        before = sents_of(self.doc)[number - 1]
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.tag_ in ("NNS", "NNPS")
            and not any(t.lower_ in ("two", "both") for t in c.subtree)
            and not self._phrase_people(c, [])
            for c in before.root.children
        )

    def _group_subject(self, sent: Span) -> bool:
        """'At their meeting, G7 finance ministers backed ...': 'their' is the plural subject
        that names no one, not the article's pair."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("NNS", "NNPS"):
                if any(t.lower_ in ("two", "both") for t in child.subtree):
                    return False  # 'the two leaders held their meeting'
                return not self._phrase_people(child, [])
        return False

    def _definite(self, trigger: Token) -> bool:
        """'the summit', 'this meeting', "Tuesday's talks": a meeting already told about."""
        return (
            trigger.pos_ != "VERB"
            and not self._named_event(trigger)
            and any(
                c.lower_ in ("the", "this", "that", "its")
                or (
                    c.dep_ == "poss"
                    and not (c.lower_ == "their" and self._group_subject(sent_of(c)))
                )
                for c in trigger.children
            )
            # 'the meeting of G7 finance ministers' says who met: not a back-reference.
            and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "between", "among")
                for c in trigger.children
            )
        )

    def _named_in(self, sent: Span) -> list[int]:
        keys: list[int] = []
        for token in sent:
            if self._in_quote(token) or self._excluded(token):
                continue
            key = self.people.person_at(token.i)
            if key is not None and key not in keys:
                keys.append(key)
        return keys

    def _main_pair_if_named(self, sent: Span) -> list[int]:
        """'the summit' before any meeting was told: the article's main pair, when the sentence
        names one of them and no one else."""
        named = set(self._named_in(sent))
        pair = self.people.main_pair()
        return pair if named and named <= set(pair) else []

    def _last_meeting(self, sent: Span, size: int | None) -> list[int]:
        """Participants of the latest meeting told before this sentence (of `size` people),
        preferring one that includes someone this sentence names."""
        named = set(self._named_in(sent))
        earlier = [m for m in self.found if m.start < sent.start_char]
        if size:
            earlier = [m for m in earlier if len(m.participants) == size]
        for mention in reversed(earlier):
            if not named or named & set(mention.participants):
                return list(mention.participants)
        return list(earlier[-1].participants) if earlier else []

    def _groups(self, sent: Span, reading: _Reading, strong: bool) -> tuple[list[list[int]], str]:
        """The participant sets of one trigger, and how they were found: 'syntax' (named by
        the trigger's own phrases), 'pair' or 'reference' (by reference), or 'host'."""
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
        if self._named_event(trigger) or reading.kind not in BACK_REFERENCE_KINDS:
            return [], "syntax"
        if self._pair_words(sent, reading):
            pair = self.people.main_pair()
            if not keys or keys[0] in pair:
                return [pair], "pair"
        if self._definite(trigger) and not strong:
            last = self._last_meeting(sent, None) or self._main_pair_if_named(sent)
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
            pair = self.people.main_pair()
            if keys[0] in pair:
                return [pair], "pair"
        hosted = self._governor(trigger).lemma_.lower() in HOST_VERBS
        root_meets = sent.root.lemma_.lower() in HOST_VERBS or self._trigger_kind(sent.root)
        if len(keys) == 1 and (trigger.pos_ == "VERB" or hosted) and root_meets:
            # A host with no named guest ('while Y hosted breakfast'): the guest is the main
            # subject of the sentence.
            for child in sent.root.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    other = self._phrase_people(child, [])
                    if other and other[0] not in keys:
                        return [keys + other[:1]], "host"
        return [], "syntax"

    def _tense(self, token: Token) -> str | None:
        """Future for 'will' clauses, past for past-tense verbs; otherwise no preference."""
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
                or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children
                )
            ):
                return "future"
        if node.tag_ == "VBD" or (
            node.tag_ == "VBN" and any(c.lower_ in ("has", "had", "have") for c in node.children)
        ):
            return "past"
        return None

    def _dates(self, sent: Span) -> list[tuple[Span, str | None]]:
        out = []
        for ent in ents_in(sent):
            if (
                ent.label_ not in ("DATE", "TIME")
                or self._in_quote(ent[0])
                or self._excluded(ent[0])
            ):
                continue
            if modifies_other_noun(ent, self.meeting_nouns):
                continue
            tense = self._tense(ent.root)
            value = None
            # 'the year on Friday': the model's span may hold more than the date; its tail may
            # still resolve.
            starts = [0] + [k + 1 for k in range(len(ent) - 1) if ent[k].lower_ in ("on", "in")]
            for k in starts:
                value = resolve_date(ent[k:].text, self.published, tense, self.context_date)
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

    def _attached(self, ent: Span, trigger: Token, others: list[int]) -> bool:
        """Is the date part of the trigger's own clause ('hold talks ... on Saturday'), with no
        other meeting word between them ('met X on the eve of talks on Monday')?"""
        low, high = sorted((trigger.i, ent.start))
        if any(low < i < high for i in others):
            return False
        governor = self._governor(trigger)
        node = ent.root
        while node.head.i != node.i:
            node = node.head
            if node.i in (trigger.i, governor.i):
                return True
            if node.pos_ in ("VERB", "AUX"):
                return False
        return node.i == governor.i

    def _places(self, sent: Span) -> list[Span]:
        """The sentence's places (the places component's spans): its venue-like place
        entities, then its unnamed buildings, leaving out those in a quotation, a dateline or a
        person's name."""
        named = []
        buildings = []
        for place in self.places:
            if place.label == BUILDING_ID:
                head = self.doc[place._.get(HEAD_EXTENSION)]
                inside = sent.start <= head.i < sent.end
                if inside and not self._in_quote(head) and not self._excluded(head):
                    buildings.append(place)
            elif place.start >= sent.start and place.end <= sent.end:
                if self._in_quote(place[0]) or self._excluded(place[0]):
                    continue
                if any(self.people.person_at(i) is not None for i in range(place.start, place.end)):
                    continue
                named.append(place)
        return named + buildings

    def _split_then(
        self, reading: _Reading, groups: list[list[int]], scopes: dict[frozenset[int], set[int]]
    ) -> list[list[int]]:
        """'X held talks with A in P on Monday, then with B in Q on Tuesday': a partner phrase
        marked 'then' / 'later' is a meeting of its own, with its own place and date."""
        governor = self._governor(reading.trigger)
        heads = {reading.trigger.i: reading.trigger, governor.i: governor}.values()
        out = [list(g) for g in groups]
        for prep in (c for h in heads for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in PARTNER_PREPS:
                continue
            if not any(c.lower_ in ("then", "later", "afterwards") for c in prep.children):
                continue
            partners = [
                k
                for pobj in prep.children
                if pobj.dep_ == "pobj"
                for k in self._phrase_people(pobj, [])
                if k not in reading.subjects
            ]
            if not partners:
                continue
            out = [[k for k in g if k not in partners] for g in out]
            group = [*reading.subjects, *partners]
            scopes[frozenset(group)] = {t.i for t in prep.subtree}
            out.append(group)
        return out

    def _own_places(self, trigger: Token, places: list[Span], nearest) -> list[Span]:
        """The places of the trigger's own clause ('met in Paris'; not 'the plans agreed in
        Lisbon'): the antecedent of 'where' when the trigger's clause is one ('the United
        States, where he met X'), else those nearest this trigger, else any of its clause."""
        governor = self._governor(trigger)
        if governor.dep_ == "relcl" and any(c.lower_ == "where" for c in governor.children):
            antecedent = governor.head
            named = [e for e in ents_in(sent_of(trigger)) if e.label_ in PLACE_LABELS]
            where = [e for e in named if e.start <= antecedent.i < e.end]
            if where:
                # 'Porto, Portugal, where ...': the city, not the country after it.
                city = [
                    e for e in named if e.end + 1 == where[0].start and self.doc[e.end].text == ","
                ]
                return city if city and lexicon.country_of_name(where[0].text) else where
        own = [p for p in places if self._same_clause(p, trigger)]
        return [p for p in own if nearest(p) == trigger.i] or own

    # ----- one sentence -----------------------------------------------------------------------
    def _sentence(self, sent: Span) -> list[MeetingMention]:
        readings = [
            self._read(t, kind)
            for t in self._trigger_tokens(sent)
            # The word test first: it rules out most tokens, and every test here is pure.
            if (kind := self._trigger_kind(t)) is not None
            and not self._in_quote(t)
            and not self._excluded(t)
            and not self._negated(t)
        ]
        dates = self._dates(sent)
        if not readings:
            # A sentence with no meeting word dates what it tells: 'the next day' may count
            # from it, but an undated meeting borrows its date only when it tells what someone
            # named did ('Lee on Jan. 13 called for ...'; not 'the loan is due on Tuesday').
            acted = any(
                t.dep_ in ("nsubj", "nsubjpass") and self.people.person_at(t.i) is not None
                for t in tokens_of(self.doc)[sent.start : sent.end]
            )
            self._update_context(dates, meeting=acted)
            return []
        strong = any(len(r.keys) >= 2 for r in readings)
        chosen: list[tuple[_Reading, list[int], str]] = []
        # A trigger naming the same people as an earlier one in the sentence is the same
        # meeting ('spoke on the phone ... phone calls between the leaders'): it owns nothing.
        owner: dict[int, int] = {}
        places = self._places(sent)
        # Participant sets told in a phrase of their own ('..., then with Z in Y on Tuesday'),
        # keyed by the set: that phrase's tokens, whose dates and places are theirs alone.
        scopes: dict[frozenset[int], set[int]] = {}
        for reading in readings:
            groups, how = self._groups(sent, reading, strong)
            if how == "syntax" and reading.subjects:
                groups = self._split_then(reading, groups, scopes)
            if (
                not any(len(g) >= 2 for g in groups)
                and len(reading.keys) == 1
                and reading.kind in ATTENDANCE_KINDS
                and not any(
                    c.lower_ in ("will", "would", "could", "may", "might")
                    for c in self._governor(reading.trigger).children
                )
            ):
                self.attendance.append((sent, reading, self._location(places, reading.trigger)))
            for group in groups:
                if len(group) < 2:
                    continue
                same = next((c for c in chosen if set(c[1]) == set(group)), None)
                if same is None:
                    chosen.append((reading, group, how))
                else:
                    owner.setdefault(reading.trigger.i, same[0].trigger.i)
        first = next((t for t in sent if not self._excluded(t) and not t.is_space), sent[0])
        chosen_triggers = {c[0].trigger.i for c in chosen}
        # Dates and places go to the nearest trigger; a named event ('the G20 summit') lets
        # them pass to the meeting it is mentioned with.
        magnets = [
            r.trigger.i
            for r in readings
            if r.trigger.i in chosen_triggers or not self._named_event(r.trigger)
        ]

        def nearest(span: Span) -> int:
            if not magnets:
                return -1  # only named events: no trigger draws the sentence's places
            best = min(magnets, key=lambda i: (abs(i - span.start), i))
            return owner.get(best, best)

        for reading in readings:
            if reading.kind != "call":
                own = self._own_places(reading.trigger, places, nearest)
                name, country = self._location(own, reading.trigger)
                when = next(
                    (
                        value
                        for ent, value in self._clause_dates(reading.trigger, dates)
                        if self._same_clause(ent, reading.trigger)
                        and self._attached(ent, reading.trigger, [])
                    ),
                    None,
                )
                if name:
                    self.trigger_places.append((name, country, when))
        out = []
        used: set[int] = set()
        for reading, participants, how in chosen:
            trigger = reading.trigger
            # 'the October summit in X': a date modifying another meeting noun is that one's.
            others = {r.trigger.i for r in readings if r.trigger.pos_ != "VERB"} - {trigger.i}
            pool = [
                d
                for d in self._clause_dates(trigger, dates)
                if self._same_clause(d[0], trigger) and d[0].root.head.i not in others
            ]
            between = [r.trigger.i for r in readings if r.trigger.i != trigger.i]
            attached = [d for d in pool if self._attached(d[0], trigger, between)]
            governor = self._governor(trigger)
            if (
                not attached
                and governor.dep_ == "relcl"
                and self.meeting_nouns.get(governor.head.i)
            ):
                # 'the spring summit in Valmora, in which they met alone': the meeting
                # the clause tells of is the summit, and its date is the summit's.
                attached = [d for d in dates if d[0].root.head.i == governor.head.i]
            mine = attached or [d for d in pool if nearest(d[0]) == trigger.i]
            my_places = self._own_places(trigger, places, nearest)
            scope = scopes.get(frozenset(participants))
            if scope is not None:
                mine = [d for d in dates if d[0].start in scope]
                my_places = [p for p in places if p.start in scope]
            elif scopes:
                taken = set().union(*scopes.values())
                mine = [d for d in mine if d[0].start not in taken]
                my_places = [p for p in my_places if p.start not in taken]
            if mine:
                used.add(mine[0][0].start)
            out.append(self._mention(sent, reading, participants, mine, my_places, first))
            out[-1].rule = _rule_name(reading, how)
            if out[-1].date and any(c.lower_ == "also" for c in self._governor(trigger).children):
                self._date_what_came_before(out[-1])
            if how in ("pair", "reference") and out[-1].date is None and out[-1].ordinal is None:
                self._join_earlier(out[-1])
        # A second trigger for the same meeting often carries its ordinal ('held a summit ...,
        # marking their fourth formal meeting'): the meeting keeps it.
        for index, (reading, _group, _how) in enumerate(chosen):
            if out[index].ordinal is not None:
                continue
            for duplicate, target in owner.items():
                if target == reading.trigger.i:
                    out[index].ordinal = self._ordinal_before(sent, self.doc[duplicate])
                    if out[index].ordinal is not None:
                        break
        # 'their fourth meeting following the G20 summit in X in May 2019': the named
        # event with a date of its own is an earlier meeting of the same people.
        for reading in readings:
            if not chosen or reading.trigger.i in chosen_triggers:
                continue
            if not self._named_event(reading.trigger):
                continue
            own = [
                d
                for d in dates
                if d[0].start not in used
                and d[1] is not None
                and min((r.trigger.i for r in readings), key=lambda i: abs(i - d[0].start))
                == reading.trigger.i
            ]
            if own:
                group = chosen[0][1]
                near_places = [
                    p
                    for p in places
                    if min((r.trigger.i for r in readings), key=lambda i: abs(i - p.start))
                    == reading.trigger.i
                ]
                out.append(self._mention(sent, reading, group, own, near_places, first))
                out[-1].rule = "earlier-event"
        self._update_context([d for d in dates if d[0].start in used] if chosen else dates)
        return out

    def _ordinal_before(self, sent: Span, trigger: Token) -> int | None:
        """'their second formal meeting', 'the third face-to-face contact'."""
        ordinal = None
        # The trigger's own noun phrase ('the third face-to-face contact'), else a short window.
        start = min(trigger.left_edge.i, trigger.i - 4) if trigger.pos_ == "NOUN" else trigger.i - 4
        for t in self.doc[max(sent.start, start) : trigger.i]:
            if t.lower_ in ORDINALS:
                ordinal = ORDINALS[t.lower_]
        if ordinal is not None and _counts_a_period(trigger):
            return None  # 'their first talks in 70 days' counts days, not meetings
        return ordinal

    def _same_clause(self, ent: Span, trigger: Token) -> bool:
        """A date inside another clause ('the reforms agreed in Vienna in 1998') dates that
        clause's event, unless the meeting is told inside it ('an aide said on Thursday that
        the leaders were holding a call')."""
        verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i == trigger.i:
            return True
        if any(a.i == verb.i for a in trigger.ancestors):
            return True
        # 'spoke four times over a period beginning March 30': a participle inside the
        # meeting's own clause times that clause.
        governor = self._governor(trigger)
        return verb.tag_ == "VBG" and any(a.i == governor.i for a in verb.ancestors)

    def _clause_dates(self, trigger: Token, dates: list[tuple[Span, str | None]]) -> list:
        """'travel to X on Friday and hold talks on Saturday': the talks' dates are those of
        their own conjunct."""
        governor = self._governor(trigger)
        if governor.dep_ == "conj":
            own = [d for d in dates if d[0].start >= governor.left_edge.i]
            if own:
                return own
        return dates

    def _governor(self, trigger: Token) -> Token:
        """The verb whose clause the trigger belongs to (the trigger itself for a verb)."""
        if trigger.pos_ == "VERB":
            return trigger
        node = trigger
        while node.dep_ in ("pobj", "prep", "dobj", "conj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
        return node

    def _mention(
        self,
        sent: Span,
        reading: _Reading,
        participants: list[int],
        dates: list[tuple[Span, str | None]],
        places: list[Span],
        first: Token,
    ) -> MeetingMention:
        trigger = reading.trigger
        date_span, date = dates[0] if dates else (None, None)
        location, country = self._location(places, trigger)
        ordinal = self._ordinal_before(sent, trigger)
        planned = self._planned(trigger)
        return MeetingMention(
            participants=participants,
            date=date,
            date_text=date_span.text if date_span is not None else None,
            location=location,
            location_country=country,
            kind=reading.kind,
            ordinal=ordinal,
            planned=planned,
            start=first.idx,
            end=sent.end_char,
            # A date the text gives but no anchor resolves: not to be replaced by another.
            context_date=self.meeting_date if date_span is None else None,
        )

    def _planned(self, trigger: Token) -> bool:
        """Is the meeting still to come, by the tense of the trigger's own clause ('will meet',
        'is scheduled to meet', 'the summit will open')? 'Scholz, who will step down, met
        Macron' is not: the 'will' is another clause's."""
        node = self._governor(trigger)
        if node.pos_ not in ("VERB", "AUX") and trigger.dep_ in ("nsubj", "nsubjpass"):
            node = trigger.head  # 'the summit will open on Monday'
        for _ in range(4):
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
                return True
            if node.i != trigger.i and node.lemma_.lower() in PLAN_WORDS:
                return True
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _date_what_came_before(self, mention: MeetingMention) -> None:
        """'X also on Monday held talks with Z': the meeting of X told just before, undated,
        was on Monday too."""
        for earlier in reversed(self.found):
            if not set(earlier.participants) & set(mention.participants):
                continue
            if (
                earlier.date is None
                and earlier.date_text is None
                and earlier.context_date is None
                and not earlier.planned
                and earlier.kind != "call"
            ):
                earlier.date = mention.date
            return

    def _join_earlier(self, mention: MeetingMention) -> None:
        """'the meeting', 'their talks': the latest meeting of the same people told before."""
        for earlier in reversed(self.found):
            if set(earlier.participants) != set(mention.participants):
                continue
            mention.date, mention.date_text = earlier.date, earlier.date_text
            mention.kind = earlier.kind
            mention.context_date = None
            return

    def _update_context(self, dates: list[tuple[Span, str | None]], meeting: bool = True) -> None:
        for _ent, value in dates:
            if value and len(value) == 10:
                self.context_date = value
                if meeting:
                    self.meeting_date = value

    def _location(self, places: list[Span], trigger: Token) -> tuple[str | None, str | None]:
        if not places:
            return None, None

        # A city beats a country; a place after "in"/"at" beats one elsewhere.
        def rank(ent: Span) -> tuple[int, int, int, int]:
            is_country = lexicon.country_of_name(ent.text) is not None
            before = {self.doc[i].lower_ for i in range(max(0, ent.start - 2), ent.start)}
            # 'in Brenn', 'in the capital, Valmora' (an apposition of the preposition's object).
            prep = bool(before & {"in", "at", "to", "of"}) or (
                ent.root.dep_ == "appos" and ent.root.head.dep_ == "pobj"
            )
            # 'the lakeside resort of Brenn': the place is Brenn, not the lake that names it.
            modifier = ent.root.dep_ == "compound" and ent.root.head.i >= ent.end
            return (int(is_country), int(modifier), int(not prep), abs(ent.start - trigger.i))

        best = min(places, key=rank)
        name = re.sub(r"^the\s+", "", best.text, flags=re.I).strip()
        country = lexicon.country_of_name(name)
        if country is None:
            after = text_of(self.doc)[best.end_char : best.end_char + 40]
            match = re.match(r",\s*((?:[A-Z][\w.]*\s?){1,3})", after)
            if match:
                country = lexicon.country_of_name(match.group(1).strip())
        if country is None:
            country = lexicon.capitals().get(name.lower())
        return name, country


def extract_meetings(
    doc: Doc, meta: DocumentMeta, people: PersonIndex, published: str | None
) -> list[MeetingMention]:
    finder = MeetingFinder(doc, meta, people, published)
    meetings = merge_mentions(finder.mentions())
    place_by_dateline(meetings, meta, published)
    place_by_article(meetings, finder.trigger_places)
    return meetings
