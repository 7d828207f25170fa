"""Agreements: what parties agreed, affirmed, confirmed, signed or pledged.

Two shapes: a verb ("Takaichi and Lee affirmed the importance of ...", "both sides agreed to
...") whose subject is a person, a country, an organisation or a group reference, with the
clause it governs; and a noun ("a mutual agreement to enhance ...", "agreements on ...")
with the clause attached to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract.document import DocumentMeta
from summitx.extract.people import PersonIndex

GROUP_SUBJECTS = {"we", "they", "both", "sides", "leaders", "countries", "nations", "governments",
                  "parties", "members", "ministers", "summit", "talks", "meeting", "two"}  # fmt: skip
CLAUSE_DEPS = ("xcomp", "ccomp", "dobj", "prep", "advcl", "attr", "acomp")
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


def _trim(span: Span) -> Span:
    while len(span) and (span[-1].is_punct or span[-1].dep_ == "cc"):
        span = span[:-1]
    return span


class AgreementFinder:
    def __init__(self, doc: Doc, meta: DocumentMeta, people: PersonIndex) -> None:
        self.doc = doc
        self.meta = meta
        self.people = people

    def _parties(self, tokens: list[Token]) -> list[dict[str, str | None]]:
        parties: list[dict[str, str | None]] = []
        seen: set[str] = set()

        def add(name: str, country: str | None) -> None:
            if name not in seen:
                seen.add(name)
                parties.append({"name": name, "country": country})

        group = False
        for token in tokens:
            key = self.people.resolve(token) if token.pos_ in ("PROPN", "NOUN", "PRON") else None
            if key is not None and key in self.people.people:
                ref = self.people.ref(key)
                add(str(ref["name"]), ref["country"])
            elif token.ent_type_ in ("GPE", "NORP"):
                country = lexicon.country_of_any(token.text)
                if country:
                    add(lexicon.country_name(country), country)
            elif token.ent_type_ == "ORG" and token.ent_iob_ == "B":
                ent = next(e for e in self.doc.ents if e.start == token.i)
                add(ent.text, None)
            elif token.lower_ in GROUP_SUBJECTS:
                group = True
        if not parties and group:
            for key in self.people.main_pair():
                ref = self.people.ref(key)
                add(str(ref["name"]), ref["country"])
        return parties

    def verbal(self, token: Token) -> Agreement | None:
        if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.agreement_cues():
            return None
        if any(c.dep_ == "neg" for c in token.children) or token.dep_ in ("amod", "acl"):
            return None
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and token.dep_ in ("conj", "xcomp") and token.head.pos_ == "VERB":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        subject_tokens = list(subject.subtree)
        parties = self._parties(subject_tokens)
        if not parties:
            return None
        end = _right_edge(token, CLAUSE_DEPS)
        if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
            return None
        start = min(t.i for t in subject_tokens)
        span = _trim(self.doc[start : end + 1])
        return Agreement(parties, span.text, token.text.lower(), span.start_char, span.end_char)

    def nominal(self, token: Token) -> Agreement | None:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.agreement_nouns():
            return None
        clause = [
            c
            for c in token.children
            if c.i > token.i
            and (
                (c.dep_ == "acl" and any(g.lower_ == "to" for g in c.children))
                or (c.dep_ == "prep" and c.lower_ in ("on", "to"))
            )
        ]
        if not clause:
            return None
        end = max(c.right_edge.i for c in clause)
        if end - token.i > MAX_CLAUSE_TOKENS:
            return None
        start = token.i
        for child in token.children:
            if child.i < token.i and child.dep_ in ("amod", "compound", "det"):
                start = min(start, child.i)
        span = _trim(self.doc[start : end + 1])
        sent_tokens = [t for t in token.sent if t.i < token.i]
        parties = self._parties(sent_tokens) or self._parties([self.doc[token.i]])
        return Agreement(parties, span.text, token.text.lower(), span.start_char, span.end_char)

    def find(self) -> list[Agreement]:
        out: list[Agreement] = []
        for token in self.doc:
            if self.meta.is_excluded(token.idx, token.idx + 1):
                continue
            found = self.verbal(token) or self.nominal(token)
            if found and not any(a.start <= found.start and found.end <= a.end for a in out):
                out.append(found)
        return out


def extract_agreements(doc: Doc, meta: DocumentMeta, people: PersonIndex) -> list[Agreement]:
    return AgreementFinder(doc, meta, people).find()
