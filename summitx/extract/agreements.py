"""Agreements: what parties agreed, affirmed, confirmed, signed or pledged, and its status.

The triggers and their argument shapes are DependencyMatcher patterns in
patterns/agreements.jsonl, each with a `rule` name and a `shape` saying how its arguments are
read: a verb of agreeing with its subject and the clause it governs ("both sides agreed to
..."); a verb whose object is an agreement ("X and Y have extended a deal"); an agreement noun
with the clause attached to it ("a deal to open talks"); a passive whose subject is the
agreement ("a ceasefire was agreed by both sides", "a memorandum was signed"); an impersonal
passive ("it was agreed that"); what happens under an agreement ("under the deal, X will
..."); what a joint document states or what two parties will do together. Every agreement
found gets a status (agreement_status.py): only `agreed` and `signed` are agreements of the
parties, the rest are kept, marked, for the user to see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import spans_of
from summitx.components.agreement_triggers import (
    AGREEMENT_TRIGGERS,
    MATCH_EXTENSION,
    rule_entries,
)
from summitx.extract import ents_of, sent_of, tokens_of
from summitx.extract.agreement_status import status_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People
from summitx.records import AgreementStatus

CLAUSE_DEPS = ("xcomp", "ccomp", "dobj", "prep", "agent", "advcl", "attr", "acomp", "conj")
MAX_CLAUSE_TOKENS = 60
SCORED = (AgreementStatus.AGREED, AgreementStatus.SIGNED)
# How a rule's arguments are read: the AgreementFinder method of that name.
SHAPES = ("verbal", "object", "impersonal", "document", "joint_future", "nominal", "terms")


@dataclass(frozen=True)
class Rule:
    name: str
    status: AgreementStatus
    shape: str
    joint: bool  # the rule states an accord only when more than one party acts


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word classes of agreements.json: those the patterns name and those the code reads."""
    table = lexicon.load_pattern("agreements.json")
    words = {k: frozenset(v) for k, v in table["classes"].items()}
    words.update({k: frozenset(v) for k, v in table.items() if isinstance(v, list)})
    return words


@cache
def _rules() -> dict[int, Rule]:
    """The rules of agreements.jsonl by the hash of their name, a trigger span's label (looked
    up by hash, not through the StringStore, which forgets strings added inside a memory
    zone); their patterns run in components.agreement_triggers."""
    out = {}
    for entry in rule_entries():
        if entry["shape"] not in SHAPES:
            raise ValueError(f"agreements.jsonl: rule {entry['rule']}: unknown shape")
        out[get_string_id(entry["rule"])] = Rule(entry["rule"], AgreementStatus(entry["status"]),
                                  entry["shape"], bool(entry.get("joint")))  # fmt: skip
    return out


@dataclass
class Agreement:
    parties: list[dict[str, str | None]]
    text: str
    cue: str
    start: int
    end: int
    status: AgreementStatus = AgreementStatus.AGREED
    rule: str = ""


def _right_edge(token: Token, deps: tuple[str, ...]) -> int:
    ends = [c.right_edge.i for c in token.children if c.dep_ in deps and c.i > token.i]
    return max(ends) if ends else token.i


def _phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase without the clauses attached to it."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "appos"))
    return out


def _trim(span: Span) -> Span:
    """Drop trailing punctuation and conjunctions, and the blank lines a span can start with."""
    while len(span) and (span[-1].is_punct or span[-1].dep_ == "cc" or span[-1].is_space):
        span = span[:-1]
    while len(span) and span[0].is_space:
        span = span[1:]
    return span


def _attached_terms(child: Token) -> bool:
    """What an agreement noun's terms hang from: 'a deal to open', 'a deal bringing X',
    'the deal struck at', 'an accord on', 'an agreement with'."""
    to_infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children)
    if child.dep_ == "acl":
        return child.tag_ in ("VBG", "VBN") or to_infinitive
    if child.dep_ == "relcl":
        return to_infinitive  # the parser's reading of 'the deal to resume exports'
    return child.dep_ == "prep" and child.lower_ in ("on", "to", "with", "between")


def _conjuncts(subject: Token) -> list[Token]:
    return [subject, *[c for c in subject.children if c.dep_ == "conj"]]


class AgreementFinder:
    """The arguments of each matched trigger: its parties, the clause that states what was
    agreed, and its status. Read-only over the parse; one instance per document."""

    def __init__(self, doc: Doc, meta: DocumentMeta, people: People) -> None:
        self.doc = doc
        self.meta = meta
        self.people = people
        self.words = _words()

    def _excluded(self, token: Token) -> bool:
        return self.meta.is_excluded(token.idx, token.idx + max(1, len(token.text)))

    def _span(self, start: int, end: int) -> Span | None:
        """The clause from start to end, cut where an excluded header or byline region ends."""
        while start <= end and self._excluded(self.doc[start]):
            start += 1
        span = _trim(self.doc[start : end + 1])
        if not len(span) or any(self._excluded(t) for t in span):
            return None
        return span

    def _group(self, tokens: list[Token]) -> bool:
        """'both sides', 'the two leaders', 'the three governments', 'they'."""
        return any(
            t.lower_ in self.words["group_subjects"]
            or (t.dep_ == "nummod" and t.lower_ in self.words["joint_numbers"])
            for t in tokens
        )

    def _parties(self, tokens: list[Token]) -> list[dict[str, str | None]]:
        parties: list[dict[str, str | None]] = []
        seen: set[str] = set()

        def add(name: str, country: str | None) -> None:
            if name not in seen:
                seen.add(name)
                parties.append({"name": name, "country": country})

        for token in tokens:
            if self._excluded(token):
                continue
            key = self.people.resolve(token) if token.pos_ in ("PROPN", "NOUN", "PRON") else None
            if key is not None and key in self.people.people:
                ref = self.people.ref(key)
                add(str(ref["name"]), ref["country"])
            elif token.ent_type_ in ("GPE", "NORP"):
                country = lexicon.country_of_any(token.text)
                if country:
                    add(lexicon.country_name(country), country)
            elif token.ent_type_ == "ORG" and token.ent_iob_ == "B":
                ent = next(e for e in ents_of(self.doc) if e.start == token.i)
                add(ent.text, None)
        if not parties and self._group(tokens):
            for key in self.people.main_pair():
                ref = self.people.ref(key)
                add(str(ref["name"]), ref["country"])
        return parties

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject; of several (a header glued to the sentence), the nearest one
        outside excluded regions. A verb that shares its subject ('stressed ... and agreed
        to') takes its head's. When the parser glued a headline onto the sentence, the noun
        phrase that opens the verb's own paragraph stands in for the subject."""
        subjects = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not self._excluded(c)
        ]
        if subjects:
            return max(subjects, key=lambda c: c.i)
        shared = None
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
            shared = self._subject(verb.head)
        return shared or self._paragraph_subject(verb)

    def _paragraph_subject(self, verb: Token) -> Token | None:
        sent = sent_of(verb)
        breaks = [t.i for t in self.doc[sent.start : verb.i] if t.is_space and "\n" in t.text]
        if not breaks:
            return None
        opening = [t for t in self.doc[breaks[-1] + 1 : verb.i] if t.dep_ not in ("aux", "neg")]
        heads = [t for t in opening if t.head.i < breaks[-1] + 1 or t.head.i >= verb.i]
        if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON"):
            return heads[0]
        return None

    def _subject_tokens(self, subject: Token) -> list[Token]:
        return [t for t in subject.subtree if not self._excluded(t)]

    def _is_document(self, subject: Token) -> bool:
        head_word = re.sub(r"&#?\w+;?$", "", subject.lower_)  # 'communiqu&#233;' in raw HTML
        nouns = self.words["document_nouns"]
        return head_word in nouns or subject.lemma_.lower() in nouns

    def _joint_agreement(self, token: Token, subject: Token) -> bool:
        """'X and Y agreed that', 'both sides agreed', 'X agreed to send', 'X agreed with Y to':
        an accord; 'Mr X agreed, but added' or 'X confirmed he will travel' is one party's
        word."""
        children = list(token.children)
        if len(_conjuncts(subject)) >= 2 or self._group(list(subject.subtree)):
            return True
        if any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in children):
            return True
        if token.lemma_.lower() != "agree" and any(c.dep_ == "dobj" for c in children):
            return True  # 'reaffirmed its support', 'confirmed a new aid package'
        return any(c.dep_ == "xcomp" for c in children)

    def _joint_subject(self, subject: Token, parties: list[dict[str, str | None]]) -> bool:
        return len(_conjuncts(subject)) >= 2 or len(parties) >= 2 or self._group([subject])

    def _stative(self, token: Token) -> bool:
        """'is committed to ensuring': a stance, not an act of agreeing."""
        return (
            token.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children)
            and not any(c.dep_ == "agent" for c in token.children)
        )

    def _clause(self, token: Token, subject_tokens: list[Token]) -> Span | None:
        """From the subject to the end of the clause the verb governs."""
        end = _right_edge(token, CLAUSE_DEPS)
        if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
            return None
        return self._span(min(t.i for t in subject_tokens), end)

    def _make(
        self, rule: Rule, trigger: Token, parties: list, span: Span, named: Token | None = None
    ) -> Agreement:
        """The agreement found at `trigger`; `named`, the noun that names it in a passive
        ('no agreement has been reached'), can deny it too."""
        status = status_of(trigger, rule.status)
        if named is not None and status_of(named, rule.status) == AgreementStatus.DENIED:
            status = AgreementStatus.DENIED
        return Agreement(parties, span.text, trigger.text.lower(), span.start_char,
                         span.end_char, status, rule.name)  # fmt: skip

    # --- shapes ------------------------------------------------------------------------

    def verbal(self, rule: Rule, token: Token) -> Agreement | None:
        """A verb of agreeing or signing with its subject and the clause it governs."""
        if token.dep_ in ("amod", "acl"):
            return None
        subject = self._subject(token)
        if subject is None or (self._stative(token) and not self._named_agreement(subject)):
            return None
        lemma = token.lemma_.lower()
        children = list(token.children)
        if lemma in self.words["transitive_cues"] and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in children
        ):
            return None  # 'signed' needs what was signed; 'adopted at four weeks' is no accord
        subject_tokens = self._subject_tokens(subject)
        if not subject_tokens:
            return None
        if self._named_agreement(subject):  # 'a ceasefire was agreed (by both sides)'
            return self._named_passive(rule, token, subject, subject_tokens)
        parties = self._parties(subject_tokens)
        if not parties and not self._is_document(subject) and not self._group(subject_tokens):
            return None
        if lemma in self.words["opinion_cues"] and not self._joint_agreement(token, subject):
            return None
        span = self._clause(token, subject_tokens)
        if span is None:
            return None
        agreement = self._make(rule, token, parties, span)
        if self._one_sided(token, subject, parties) and agreement.status in SCORED:
            # 'X pledged to cut tariffs': one party's word about itself, kept and marked.
            agreement = replace(agreement, status=AgreementStatus.UNILATERAL)
        return agreement

    def _one_sided(self, token: Token, subject: Token, parties: list) -> bool:
        """A verb of pledging whose subject is one party, with no one it pledges with or to."""
        if token.lemma_.lower() not in self.words["pledging_verbs"]:
            return False
        if self._joint_subject(subject, parties) or self._group(list(subject.subtree)):
            return False
        return not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children)

    def _named_agreement(self, subject: Token) -> bool:
        """The passive subject is the agreement itself: 'a deal was reached'."""
        lemma = subject.lemma_.lower()
        nouns = self.words["agreement_nouns"] | self.words["arrangement_nouns"]
        return subject.dep_ == "nsubjpass" and (lemma in nouns or self._is_document(subject))

    def _named_passive(
        self, rule: Rule, token: Token, subject: Token, subject_tokens: list[Token]
    ) -> Agreement | None:
        """The agreement is the passive subject, its parties the agents ('signed by X and Y')."""
        span = self._clause(token, subject_tokens)
        if span is None:
            return None
        return self._make(rule, token, self._agent_parties(token), span, named=subject)

    def _agent_parties(self, verb: Token) -> list[dict[str, str | None]]:
        """The parties of a passive: 'signed by X and Y'."""
        agents = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        return self._parties(agents) if agents else []

    def object(self, rule: Rule, token: Token) -> Agreement | None:
        """A verb whose object is the agreement: 'X and Y extended a deal on ...'."""
        if token.dep_ in ("amod", "acl"):
            return None
        subject = self._subject(token)
        if subject is None:
            return None
        subject_tokens = self._subject_tokens(subject)
        if not subject_tokens:
            return None
        if self._named_agreement(subject) and not rule.joint:  # 'a deal was reached'
            return self._named_passive(rule, token, subject, subject_tokens)
        parties = self._parties(subject_tokens)
        if not parties and not self._group(subject_tokens):
            return None
        if rule.joint and not self._joint_subject(subject, parties):
            return None  # one party's backing or statement is its stance, not an accord
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
        nouns = [o for o in objects if o.lemma_.lower() in self.words["joint_only_nouns"]]
        if nouns and not self._joint_subject(subject, parties) and not self._joint(nouns[0]):
            return None  # 'X must renew its commitment to ...' is one party's
        span = self._clause(token, subject_tokens)
        return self._make(rule, token, parties, span) if span is not None else None

    def impersonal(self, rule: Rule, token: Token) -> Agreement | None:
        """'It was agreed that ...': agreed by the article's main pair."""
        start = min(c.i for c in token.children if c.lower_ == "it")
        end = _right_edge(token, CLAUSE_DEPS)
        if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
            return None
        span = self._span(start, end)
        if span is None:
            return None
        parties = [self.people.ref(k) for k in self.people.main_pair()]
        parties = [{"name": str(p["name"]), "country": p["country"]} for p in parties]
        return self._make(rule, token, parties, span)

    def document(self, rule: Rule, token: Token) -> Agreement | None:
        """What a joint document states: 'the communique stressed the importance of ...'."""
        subject = self._subject(token)
        if subject is None or not self._is_document(subject):
            return None
        if token.lemma_.lower() not in self.words["document_verbs"] or self._stative(token):
            return None
        if subject.lemma_.lower() in self.words["joint_only_documents"] and not (
            self._joint(subject) or len(self._parties(self._subject_tokens(subject))) >= 2
        ):
            return None  # 'the ministry's statement said': one party's word, not an accord
        if not any(c.dep_ in self.words["content_deps"] and c.i > token.i for c in token.children):
            return None  # '"...," the statement said after the talks': the quote is speech
        subject_tokens = self._subject_tokens(subject)
        if not subject_tokens:
            return None
        span = self._clause(token, subject_tokens)
        if span is None:
            return None
        return self._make(rule, token, self._parties(subject_tokens), span)

    def joint_future(self, rule: Rule, token: Token) -> Agreement | None:
        """What 'both countries' / 'X and Y' will do together ('Chile and Peru will open a
        border corridor'), unless it is only a plan to meet ('will hold a meeting')."""
        subject = self._subject(token)
        if subject is None or self._stative(token):
            return None
        for obj in token.children:
            # 'will hold a meeting' is a plan to meet; 'will start talks on X' has content.
            if (
                obj.dep_ == "dobj"
                and any(lexicon.meeting_nouns().get(t.lemma_.lower()) for t in _phrase(obj))
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in obj.children)
            ):
                return None
        joint = subject.lower_ in self.words["joint_subject_heads"] and any(
            c.lower_ in ("both", "the two", "two") for c in subject.children
        )
        countries = [c for c in _conjuncts(subject) if lexicon.country_of_any(c.text)]
        if not joint and len(countries) < 2:
            return None
        subject_tokens = self._subject_tokens(subject)
        parties = self._parties(subject_tokens)
        if not parties:
            return None
        span = self._clause(token, subject_tokens)
        return self._make(rule, token, parties, span) if span is not None else None

    def terms(self, rule: Rule, token: Token) -> Agreement | None:
        """What happens under an agreement: 'Under the deal, X will cut ...'."""
        tokens = [t for t in token.subtree if not self._excluded(t)]
        if not tokens or len(tokens) > MAX_CLAUSE_TOKENS or self._subject(token) is None:
            return None
        span = self._span(tokens[0].i, tokens[-1].i)
        if span is None:
            return None
        return self._make(rule, token, self._parties(tokens), span)

    def nominal(self, rule: Rule, token: Token) -> Agreement | None:
        """An agreement noun with what is agreed attached: 'a deal to open talks', 'an accord
        on trade', 'a deal bringing X closer to Y'."""
        sent = sent_of(token)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens_of(self.doc)[sent.start : sent.end]):
            return None  # a heading ('Commitment to a Strengthened Partnership')
        if token.lemma_.lower() in self.words["joint_only_nouns"] and not self._joint(token):
            return None
        clause = [c for c in token.children if c.i > token.i and _attached_terms(c)]
        if not clause:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and all(
            c.lower_ in ("with", "between") for c in clause
        ):
            return None  # 'the accord between X and Y carries weight': about it, not its terms
        end = max(c.right_edge.i for c in clause)
        if end - token.i > MAX_CLAUSE_TOKENS:
            return None
        start = token.i
        for child in token.children:
            if child.i < token.i and child.dep_ in ("amod", "compound", "det"):
                start = min(start, child.i)
        span = self._span(start, end)
        if span is None:
            return None
        sent_tokens = tokens_of(self.doc)[sent.start : token.i]
        parties = self._parties(sent_tokens) or self._parties([self.doc[token.i]])
        return self._make(rule, token, parties, span)

    def _joint(self, token: Token) -> bool:
        """'both leaders' commitment', 'a mutual commitment', 'their consensus'."""
        before = [t for t in token.subtree if t.i < token.i]
        return any(t.lower_ in self.words["joint_markers"] for t in before)

    def find(self) -> Iterator[Agreement]:
        rules = _rules()
        done: set[int] = set()  # triggers and agreement nouns already read by a rule
        found: list[Agreement] = []
        for match in spans_of(self.doc, AGREEMENT_TRIGGERS):
            rule = rules[match.label]
            ids = match._.get(MATCH_EXTENSION)
            trigger = self.doc[ids[0]]
            nouns = [i for i in ids[1:] if self.doc[i].pos_ == "NOUN"]
            if trigger.i in done or self._excluded(trigger):
                continue
            agreement = getattr(self, rule.shape)(rule, trigger)
            if agreement is None:
                continue
            done.add(trigger.i)
            done.update(nouns)
            found.append(agreement)
        yield from _outermost(found)


def _outermost(found: list[Agreement]) -> list[Agreement]:
    """In text order; an agreement inside another of the same standing is one fact."""
    found.sort(key=lambda a: (a.start, -a.end))
    kept: list[Agreement] = []
    for a in found:
        scored = a.status in SCORED
        if not any(
            k.start <= a.start and a.end <= k.end and (k.status in SCORED) == scored for k in kept
        ):
            kept.append(a)
    return kept


def extract_agreements(doc: Doc, meta: DocumentMeta, people: People) -> Iterator[Agreement]:
    """Every agreement the document states, each with the rule that found it and its status."""
    return AgreementFinder(doc, meta, people).find()
