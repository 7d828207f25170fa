"""Which of the people sharing a name an honorific names: "Mr. Brandt" is not Hanna Brandt
when the article shows her to be a woman, though she was the Brandt named last. Recency
(mentions.py) chose an owner for every mention of a shared form; a gendered honorific
overrides it when the article shows that owner to be of the other gender, for the one other
owner who fits (shown to be of the honorific's gender, else not shown either way). Genders
are read from the mentions nobody shares (their honorifics, gendered nouns in apposition,
and pronouns in sentences naming only them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc

from summitx.extract.people.cues import honorific_sex
from summitx.extract.people.gender import (
    with_gender_evidence,
    with_noun_gender,
    with_pronoun_gender,
)
from summitx.extract.people.model import Mention, Person, token_owners
from summitx.names import name_key


def settle_by_honorific(
    doc: Doc, people: Mapping[int, Person], mentions: list[Mention], quoted: frozenset[int]
) -> tuple[dict[int, Person], list[Mention]]:
    """The people with the gender of the shared forms' honorifics added, and the mentions
    with each shared form that has a gendered honorific given to the owner it fits."""
    shared = {
        i: owners
        for i, mention in enumerate(mentions)
        if len(owners := _owners(doc, people, mention)) > 1
    }
    gendered = {i: sex for i in shared if (sex := _honorific(doc, mentions[i]))}
    if not gendered:
        return dict(people), mentions
    settled = [m for i, m in enumerate(mentions) if i not in shared]
    # A shared mention stands for someone not yet known, whom no person key may stand for:
    # a sentence holding one names two people, and its pronouns show nobody's gender.
    owned = token_owners(settled)
    for i in shared:
        owned.update(dict.fromkeys(range(mentions[i].start, mentions[i].end), -1 - i))
    known = with_pronoun_gender(doc, with_noun_gender(doc, people, settled), owned, quoted)
    out = list(mentions)
    shown: dict[int, Counter[str]] = {}
    for i, sex in gendered.items():
        person = mentions[i].person
        # Only a contradiction overrides recency: weak evidence for someone else (a pronoun
        # in one sentence naming only "Trump Tower") must not take a mention from a person
        # whose gender the article never showed.
        if known[person].sex not in (None, sex):
            fitting = [p for p in shared[i] if known[p].sex == sex]
            if len(fitting) != 1:
                fitting = [p for p in shared[i] if known[p].sex is None]
            person = fitting[0] if len(fitting) == 1 else person
        out[i] = replace(mentions[i], person=person)
        # As in mentions.py, an honorific outweighs pronouns.
        shown.setdefault(person, Counter())[sex] += 3
    return with_gender_evidence(people, shown), out


def _owners(doc: Doc, people: Mapping[int, Person], mention: Mention) -> list[int]:
    key = name_key(doc[mention.start : mention.end].text)
    return [p.key for p in people.values() if key <= p.tokens]


def _honorific(doc: Doc, mention: Mention) -> str | None:
    return honorific_sex(doc, mention.start - 1) if mention.start else None
