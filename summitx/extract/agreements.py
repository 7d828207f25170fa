"""Agreements: what parties agreed, affirmed, confirmed, signed or pledged.

Two shapes: a verb ("Kohl and Mitterrand affirmed the importance of ...", "both sides agreed to
...") whose subject is a person, a country, an organisation or a group reference, with the
clause it governs; and a noun ("a mutual agreement to expand ...", "agreements on ...")
with the clause attached to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract import ents_of, sent_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import PersonIndex

GROUP_SUBJECTS = {
    "we",
    "they",
    "both",
    "sides",
    "leaders",
    "countries",
    "nations",
    "governments",
    "parties",
    "members",
    "ministers",
    "summit",
    "talks",
    "meeting",
    "two",
}
# Nouns that state a joint undertaking only when it is joint ('their commitment', 'a mutual
# commitment'); 'his commitment to democracy' is one person's stance.
JOINT_ONLY_NOUNS = {"commitment", "consensus", "declaration", "pledge"}
JOINT_MARKERS = {"their", "both", "joint", "mutual", "shared", "common", "our", "bilateral"}
# Documents whose verbs state what the parties agreed ('the communiqué stressed ...').
DOCUMENT_NOUNS = {
    "communique",
    "communiqué",
    "communiqu",
    "declaration",
    "statement",
    "accord",
    "treaty",
    "pact",
    "agreement",
    "memorandum",
}
DOCUMENT_VERBS = {
    "congratulate",
    "stress",
    "call",
    "urge",
    "express",
    "welcome",
    "state",
    "say",
    "note",
    "underline",
    "emphasise",
    "emphasize",
    "reaffirm",
    "commit",
    "condemn",
    "outline",
    "pledge",
    "recognise",
    "recognize",
    "highlight",
    "set",
}
# Verbs a cue may hang from without being agreed yet ('we need to resolve them').
UNREALISED = {
    "need",
    "want",
    "hope",
    "try",
    "seek",
    "wish",
    "plan",
    "expect",
    "fail",
    "refuse",
    "call",
    "urge",
    "ask",
    "seem",
    "appear",
    "encourage",
    "press",
    "invite",
}
# Cues that, said by one party of a clause ('X confirmed he was ...'), report an opinion.
OPINION_CUES = {"agree", "confirm", "affirm", "reaffirm"}
# Cues that need an object: what was signed, adopted, ratified.
TRANSITIVE_CUES = {"sign", "adopt", "approve", "endorse", "ratify", "conclude", "accept"}
# Plural subjects that make a future plan a joint one ('Both countries will start talks').
JOINT_SUBJECT_HEADS = {"countries", "sides", "nations", "governments", "leaders", "parties"}
CLAUSE_DEPS = ("xcomp", "ccomp", "dobj", "prep", "advcl", "attr", "acomp", "conj")
MAX_CLAUSE_TOKENS = 60


@dataclass
class Agreement:
    parties: list[dict[str, str | None]]
    text: str
    cue: str
    start: int
    end: int


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


class AgreementFinder:
    def __init__(self, doc: Doc, meta: DocumentMeta, people: PersonIndex) -> None:
        self.doc = doc
        self.meta = meta
        self.people = people

    def _excluded(self, token: Token) -> bool:
        return self.meta.is_excluded(token.idx, token.idx + max(1, len(token.text)))

    def _negated(self, token: Token) -> bool:
        """'did not agree', 'no deal', 'would never be able to reach agreement'."""
        chain = [token, *token.ancestors][:6]
        for node in chain:
            if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in node.children):
                return True
            if node.pos_ == "VERB" and node.i != token.i and node.lemma_.lower() in UNREALISED:
                return True
        return False

    def _span(self, start: int, end: int) -> Span | None:
        """The clause from start to end, cut where an excluded header or byline region ends."""
        while start <= end and self._excluded(self.doc[start]):
            start += 1
        span = _trim(self.doc[start : end + 1])
        if not len(span) or any(self._excluded(t) for t in span):
            return None
        return span

    def _parties(self, tokens: list[Token]) -> list[dict[str, str | None]]:
        parties: list[dict[str, str | None]] = []
        seen: set[str] = set()

        def add(name: str, country: str | None) -> None:
            if name not in seen:
                seen.add(name)
                parties.append({"name": name, "country": country})

        group = False
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
            elif token.lower_ in GROUP_SUBJECTS:
                group = True
        if not parties and group:
            for key in self.people.main_pair():
                ref = self.people.ref(key)
                add(str(ref["name"]), ref["country"])
        return parties

    def verbal(self, token: Token) -> Agreement | None:
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        cue = lemma in lexicon.agreement_cues()
        if not cue and token.dep_ not in ("ROOT", "conj"):
            return None  # only a main verb can be a joint act (see _joint_act)
        subject = self._subject(token)
        if subject is None and token.dep_ in ("conj", "xcomp") and token.head.pos_ == "VERB":
            subject = self._subject(token.head)
        if subject is None:
            return None
        if not cue and not self._joint_act(token, subject):
            return None
        if token.dep_ in ("amod", "acl") or self._negated(token) or self._stative(token):
            return None
        children = list(token.children)
        if lemma in TRANSITIVE_CUES and not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
            return None  # 'signed' needs what was signed; 'adopted at four weeks' is no accord
        subject_tokens = [t for t in subject.subtree if not self._excluded(t)]
        if not subject_tokens:
            return None
        parties = self._parties(subject_tokens)
        if not parties and not self._is_document(subject):
            return None
        if lemma in OPINION_CUES and not self._joint_agreement(token, subject, parties):
            return None
        end = _right_edge(token, CLAUSE_DEPS)
        if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
            return None
        span = self._span(min(t.i for t in subject_tokens), end)
        if span is None:
            return None
        return Agreement(parties, span.text, token.text.lower(), span.start_char, span.end_char)

    def _stative(self, token: Token) -> bool:
        """'is committed to ensuring': a stance, not an act of agreeing."""
        return (
            token.tag_ == "VBN"
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children)
            and not any(c.dep_ == "agent" for c in token.children)
        )

    def _joint_agreement(
        self, token: Token, subject: Token, parties: list[dict[str, str | None]]
    ) -> bool:
        """'X and Y agreed that', 'both sides agreed', 'X agreed to send', 'X agreed with Y to':
        an accord; 'Mr X agreed, but added' or 'X agreed it was of concern' is an opinion."""
        children = list(token.children)
        if len(parties) >= 2 or any(c.lower_ in GROUP_SUBJECTS for c in subject.subtree):
            return True
        if any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in children):
            return True
        if token.lemma_.lower() != "agree" and any(c.dep_ == "dobj" for c in children):
            return True  # 'reaffirmed its support', 'confirmed a new aid package'
        return any(c.dep_ == "xcomp" for c in children)

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject; of several (a header glued to the sentence), the nearest one
        outside excluded regions."""
        subjects = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not self._excluded(c)
        ]
        return max(subjects, key=lambda c: c.i) if subjects else None

    def _is_document(self, subject: Token) -> bool:
        head_word = re.sub(r"&#?\w+;?$", "", subject.lower_)  # 'communiqu&#233;' in raw HTML
        return head_word in DOCUMENT_NOUNS or subject.lemma_.lower() in DOCUMENT_NOUNS

    def _joint_act(self, token: Token, subject: Token) -> bool:
        """Not a cue verb, but a joint act: what a communiqué states, or what 'both countries'
        / 'X and Y' will do together ('Chile and Peru will open a border corridor')."""
        if self._is_document(subject):
            return token.dep_ in ("ROOT", "conj") and token.lemma_.lower() in DOCUMENT_VERBS
        if token.dep_ != "ROOT" or not any(c.lower_ in ("will", "shall") for c in token.children):
            return False
        for obj in token.children:
            # 'will hold a meeting' is a plan to meet; 'will start talks on X' has content.
            if (
                obj.dep_ == "dobj"
                and any(lexicon.meeting_nouns().get(t.lemma_.lower()) for t in _phrase(obj))
                and not any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in obj.children)
            ):
                return False
        if subject.lower_ in JOINT_SUBJECT_HEADS and any(
            c.lower_ in ("both", "the two", "two") for c in subject.children
        ):
            return True
        conjuncts = [subject, *[c for c in subject.children if c.dep_ == "conj"]]
        countries = [c for c in conjuncts if lexicon.country_of_any(c.text)]
        return len(countries) >= 2

    def nominal(self, token: Token) -> Agreement | None:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.agreement_nouns():
            return None
        sent = sent_of(token)
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens_of(self.doc)[sent.start : sent.end]):
            return None  # a heading ('Commitment to a Strengthened Partnership')
        if token.lemma_.lower() in JOINT_ONLY_NOUNS and not self._joint(token):
            return None
        if self._negated(token):
            return None
        clause = [
            c
            for c in token.children
            if c.i > token.i
            and (
                (c.dep_ == "acl" and any(g.lower_ == "to" for g in c.children))
                or (c.dep_ == "prep" and c.lower_ in ("on", "to", "with", "between"))
            )
        ]
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
        sent = sent_of(token)
        sent_tokens = tokens_of(self.doc)[sent.start : token.i]
        parties = self._parties(sent_tokens) or self._parties([self.doc[token.i]])
        return Agreement(parties, span.text, token.text.lower(), span.start_char, span.end_char)

    def _joint(self, token: Token) -> bool:
        """'both leaders' commitment', 'a mutual commitment', 'their consensus'."""
        before = [t for t in token.subtree if t.i < token.i]
        return any(t.lower_ in JOINT_MARKERS for t in before)

    def find(self) -> list[Agreement]:
        out: list[Agreement] = []
        for token in tokens_of(self.doc):
            # The cue tests first: they rule out most tokens, and none has side effects.
            found = self.verbal(token) or self.nominal(token)
            if found and self._excluded(token):
                continue
            if found and not any(a.start <= found.start and found.end <= a.end for a in out):
                out.append(found)
        return out


def extract_agreements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> list[Agreement]:
    return AgreementFinder(doc, meta, people).find()
