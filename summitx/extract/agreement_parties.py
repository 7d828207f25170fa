"""Who agreed: an agreement's subject and its parties, and whether more than one party acts.

Parties are the people the people index resolves (by its public names only: `resolve`,
`people`, `ref`, `main_pair`), the countries and the organisations the subject names; a group
subject ('both sides', 'the two leaders', 'they') stands for the article's main pair.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from summitx import lexicon
from summitx.extract import ents_of, sent_of
from summitx.extract.agreement_clauses import excluded
from summitx.extract.agreement_rules import words
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People

Party = dict[str, str | None]


def conjuncts(subject: Token) -> list[Token]:
    return [subject, *[c for c in subject.children if c.dep_ == "conj"]]


def group(tokens: list[Token]) -> bool:
    """'both sides', 'the two leaders', 'the three governments', 'they'."""
    table = words()
    return any(
        t.lower_ in table["group_subjects"]
        or (
            t.dep_ == "nummod"
            and t.lower_ in table["joint_numbers"]
            # 'a three-judge panel', 'a two-day visit': the number counts the modifier's
            # noun, not the parties.
            and t.head.dep_ not in ("compound", "amod", "npadvmod")
        )
        for t in tokens
    )


def main_pair_parties(people: People) -> list[Party]:
    refs = [people.ref(key) for key in people.main_pair()]
    return [{"name": str(ref["name"]), "country": ref["country"]} for ref in refs]


def parties(meta: DocumentMeta, people: People, tokens: list[Token]) -> list[Party]:
    """The people, countries and organisations among `tokens`, each once, in text order."""
    out: list[Party] = []
    seen: set[str] = set()

    def add(name: str, country: str | None) -> None:
        if name not in seen:
            seen.add(name)
            out.append({"name": name, "country": country})

    for token in tokens:
        if excluded(meta, token):
            continue
        key = people.resolve(token) if token.pos_ in ("PROPN", "NOUN", "PRON") else None
        if key is not None and key in people.people:
            ref = people.ref(key)
            add(str(ref["name"]), ref["country"])
        elif token.ent_type_ in ("GPE", "NORP"):
            country = lexicon.country_of_any(token.text)
            if country:
                add(lexicon.country_name(country), country)
        elif token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            ent = next(e for e in ents_of(token.doc) if e.start == token.i)
            add(ent.text, None)
    if not out and group(tokens):
        for party in main_pair_parties(people):
            add(str(party["name"]), party["country"])
    return out


def subject(meta: DocumentMeta, verb: Token) -> Token | None:
    """The verb's subject; of several (a header glued to the sentence), the nearest one
    outside excluded regions. A verb that shares its subject ('stressed ... and agreed
    to') takes its head's. When the parser glued a headline onto the sentence, the noun
    phrase that opens the verb's own paragraph stands in for the subject."""
    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not excluded(meta, c)
    ]
    if subjects:
        return max(subjects, key=lambda c: c.i)
    shared = None
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        shared = subject(meta, verb.head)
    return shared or _paragraph_subject(verb)


def _paragraph_subject(verb: Token) -> Token | None:
    doc = verb.doc
    sent = sent_of(verb)
    breaks = [t.i for t in doc[sent.start : verb.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return None
    opening = [t for t in doc[breaks[-1] + 1 : verb.i] if t.dep_ not in ("aux", "neg")]
    heads = [t for t in opening if t.head.i < breaks[-1] + 1 or t.head.i >= verb.i]
    if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON"):
        return heads[0]
    return None


def subject_tokens(meta: DocumentMeta, head: Token) -> list[Token]:
    """The subject phrase's tokens, without its relative clauses: 'X, whose constituency
    includes the club's ground, pledged ...' names X alone as a party."""
    inner = {t.i for c in head.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in head.subtree if not excluded(meta, t) and t.i not in inner]


def is_document(head: Token) -> bool:
    head_word = re.sub(r"&#?\w+;?$", "", head.lower_)  # 'communiqu&#233;' in raw HTML
    nouns = words()["document_nouns"]
    return head_word in nouns or head.lemma_.lower() in nouns


def named_agreement(head: Token) -> bool:
    """The passive subject is the agreement itself: 'a deal was reached'."""
    table = words()
    nouns = table["agreement_nouns"] | table["arrangement_nouns"]
    return head.dep_ == "nsubjpass" and (head.lemma_.lower() in nouns or is_document(head))


def joint_agreement(token: Token, head: Token) -> bool:
    """'X and Y agreed that', 'both sides agreed', 'X agreed to send', 'X agreed with Y to':
    an accord; 'Mr X agreed, but added' or 'X confirmed he will travel' is one party's
    word."""
    children = list(token.children)
    if len(conjuncts(head)) >= 2 or group(list(head.subtree)):
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        # 'agreed on new tariffs', not 'agreed on Monday'
        and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj")
        for c in children
    ):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        # 'X agreed with Y to ...', 'agreed a deal with Y'; a bare 'the panel agreed with the
        # companies' shares their view.
        return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
    if any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _terms_nouns() for o in c.children)
        for c in children
    ):
        return True  # 'agreed to a new contract', 'agreed to the terms'; not 'to an interview'
    objects = [c for c in children if c.dep_ == "dobj"]
    if token.lemma_.lower() != "agree" and objects:
        return True  # 'reaffirmed its support', 'confirmed a new aid package'
    if any(
        o.lemma_.lower() in accord_nouns() or any(c.lower_ == "with" for c in o.children)
        for o in objects
    ):
        return True  # 'agreed a rescue package', 'agreed a compensation deal with Y'
    return any(c.dep_ == "xcomp" for c in children)


@cache
def _terms_nouns() -> frozenset[str]:
    """What one agrees to when agreeing to terms: an accord noun or a term of one."""
    return accord_nouns() | words()["terms_nouns"]


@cache
def accord_nouns() -> frozenset[str]:
    """Nouns that name an accord or what one settles: an agreement, a plan, a document."""
    table = words()
    return (
        table["agreement_nouns"]
        | table["arrangement_nouns"]
        | table["plan_nouns"]
        | table["document_nouns"]
        | table["statement_nouns"]
    )


def joint_subject(head: Token, found: list[Party]) -> bool:
    return len(conjuncts(head)) >= 2 or len(found) >= 2 or group([head])


def one_sided(token: Token, head: Token, found: list[Party]) -> bool:
    """A verb of pledging whose subject is one party, with no one it pledges with or to."""
    if token.lemma_.lower() not in words()["pledging_verbs"]:
        return False
    # Two subjects or a group pledge together; two parties named in one subject phrase ('X,
    # the Brenn MP,') are one party described.
    if len(conjuncts(head)) >= 2 or group(list(head.subtree)):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children)


def joint(token: Token) -> bool:
    """'both leaders' commitment', 'a mutual commitment', 'their consensus'."""
    before = [t for t in token.subtree if t.i < token.i]
    return any(t.lower_ in words()["joint_markers"] for t in before)


def agent_parties(meta: DocumentMeta, people: People, verb: Token) -> list[Party]:
    """The parties of a passive: 'signed by X and Y'."""
    agents = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    return parties(meta, people, agents) if agents else []
