"""Titles, countries and roles: the office and country written around a name ("Japanese
Prime Minister X", "X, South Korea's president", "X of Pakistan"), and the definite role
descriptions that stand for a person named elsewhere ("the Brazilian president")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.extract import tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people.cues import after_honorific, match_country_before, match_title
from summitx.extract.people.model import Mention, Person, token_owners
from summitx.extract.people.words import allowed, is_name_token

# The offices a bare "the leader" may stand for.
HEAD_OF_GOVERNMENT = frozenset(lexicon.load_pattern("titles.json")["head_of_government_words"])


def prefix(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """Title and country written before a name: 'Japanese Prime Minister', "Japan's PM"."""
    title = country = None
    cursor = start
    if after_honorific(doc[cursor]):
        cursor -= 1
    matched = match_title(doc, cursor)
    if matched:
        cursor, title = matched
    before = match_country_before(doc, cursor)
    if before and (title or before[0] == cursor - 1):
        country = before[1]
    return title, country


def suffix(doc: Doc, end: int) -> tuple[str | None, str | None]:
    """Apposition or 'of X' after a name: ', South Korea's president', 'of Pakistan'."""
    window = doc[end : min(len(doc), end + 7)]
    text = window.text
    match = re.match(
        r"\s*,\s*(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:'s|’s)?\s+([a-z][a-z -]+)", text
    )
    if match:
        country = lexicon.country_of_any(match.group(1)) or lexicon.country_of_demonym(
            match.group(1)
        )
        words = match.group(2).split()
        for size in range(min(3, len(words)), 0, -1):
            title = lexicon.canonical_title(" ".join(words[:size]))
            if title and country:
                return title, country
    match = re.match(r"\s*of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text)
    if match:
        country = lexicon.country_of_name(match.group(1))
        if country:
            return None, country
    return None, None


def role_person(head: Token, people: Mapping[int, Person], mentions: list[Mention]) -> int | None:
    """The person a definite role description names: 'the South Korean president'."""
    role = _role(head, people, mentions)
    return role[0] if role else None


def _role(
    head: Token, people: Mapping[int, Person], mentions: list[Mention]
) -> tuple[int, int] | None:
    """(person, first token of the title) of the role description `head` ends."""
    doc = head.doc
    # A title of one or two words ending with the head: "the president", "prime minister".
    matched = match_title(doc, head.i + 1, 2)
    if not matched or head.tag_ in ("NNS", "NNPS"):
        return None
    start, title = matched
    # A name right after the title makes it a title, not a description.
    if head.i + 1 < len(doc) and is_name_token(doc[head.i + 1]):
        return None
    country = None
    cursor = start
    before = match_country_before(doc, cursor)
    if before:
        country = before[1]
        cursor = before[0]
        if doc[cursor].lower_ in ("the", "this"):
            cursor += 1  # "The US" read as the country's name: the article is not part of it
    # An institution before the office: "the Kremlin spokesman", "the White House adviser".
    for _ in range(2):
        if cursor > 1 and doc[cursor - 1].pos_ == "PROPN" and doc[cursor - 1].dep_ == "compound":
            cursor -= 1
    if cursor == 0 or doc[cursor - 1].lower_ not in ("the", "this"):
        return None
    candidates = []
    for person in people.values():
        titles = {t.lower() for t in person.titles}
        if country and person.country != country:
            continue
        fits = title.lower() in titles or (
            title.lower() == "leader" and titles & HEAD_OF_GOVERNMENT
        )
        if fits:
            candidates.append(person.key)
    if len(candidates) == 1:
        # A description points back to someone named before it; it points forward (a lede
        # naming the person later) only when no one has been named yet.
        named_before = {m.person for m in mentions if m.start < head.i}
        if candidates[0] in named_before or not named_before:
            return candidates[0], start
        return None
    if len(candidates) > 1:
        before_mentions = [m for m in mentions if m.person in candidates and m.start < head.i]
        if before_mentions:
            return before_mentions[-1].person, start
    return None


def role_mentions(
    doc: Doc,
    meta: DocumentMeta,
    people: Mapping[int, Person],
    added: list[Mention],
    mentions: list[Mention],
) -> list[Mention]:
    """The role descriptions of the article that name a known person, in order. `added` is
    every mention so far in the order it was found, `mentions` the same sorted by start; a
    description also weighs the ones found before it."""
    owned = token_owners(added)
    seen = list(mentions)
    found: list[Mention] = []
    for token in tokens_of(doc):
        if token.i in owned or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not allowed(doc, meta, token.i, token.i + 1):
            continue
        role = _role(token, people, seen)
        if role is not None:
            key, start = role
            found.append(Mention(start, token.i + 1, key, "role"))
            seen.append(found[-1])
            for i in range(start, token.i + 1):
                owned[i] = key
    return found
