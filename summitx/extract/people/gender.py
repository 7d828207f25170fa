"""A person's gender, as far as the article shows it: honorifics (counted with the names,
see mentions.py), the pronouns of sentences that name only them, and gendered nouns in
apposition to their names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc

from summitx import lexicon
from summitx.extract import sents_of, tokens_of
from summitx.extract.people.model import PRONOUNS, Mention, Person


def with_pronoun_gender(
    doc: Doc, people: Mapping[int, Person], owned: Mapping[int, int], quoted: frozenset[int]
) -> dict[int, Person]:
    """The people with the evidence of the pronouns added: a pronoun in a sentence that names
    exactly one person (quotes left out on both counts) is evidence of their gender."""
    evidence: dict[int, Counter[str]] = {}
    for sent in sents_of(doc):
        keys = {owned[i] for i in range(sent.start, sent.end) if i in owned and i not in quoted}
        if len(keys) != 1:
            continue
        (key,) = keys
        for token in tokens_of(doc)[sent.start : sent.end]:
            sex = PRONOUNS.get(token.lower_) if token.i not in quoted else None
            if sex:
                evidence.setdefault(key, Counter())[sex] += 1
    return with_gender_evidence(people, evidence)


GENDERED_NOUNS = {
    noun: sex
    for sex, nouns in lexicon.load_pattern("people.json")["gendered_person_nouns"].items()
    for noun in nouns
}


def with_noun_gender(
    doc: Doc, people: Mapping[int, Person], mentions: list[Mention]
) -> dict[int, Person]:
    """The people with the evidence of gendered nouns in apposition to their names added
    ("his wife, Hanna Brandt", "Karl Brandt, her husband")."""
    evidence: dict[int, Counter[str]] = {}
    for mention in mentions:
        head = doc[mention.end - 1]
        nouns = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            nouns.append(head.head)
        for noun in nouns:
            sex = GENDERED_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
            if sex:
                # As strong as an honorific: the pronouns of the sentence may be another's
                # ("her husband, Paul Dunmore").
                evidence.setdefault(mention.person, Counter())[sex] += 3
    return with_gender_evidence(people, evidence)


def with_gender_evidence(
    people: Mapping[int, Person], evidence: Mapping[int, Counter[str]]
) -> dict[int, Person]:
    """The people with each one's new gender evidence added to what they had."""
    return {
        key: replace(person, gender=person.gender + evidence[key]) if key in evidence else person
        for key, person in people.items()
    }
