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
# Modifiers of an office noun that point to another holder than the present one.
OTHER_HOLDER_MODIFIERS = frozenset(lexicon.load_pattern("people.json")["other_holder_modifiers"])


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
    # Words that describe the holder ("the independent Vermont senator", "the two-term
    # president"); one that points to another holder ("the former president") names no one.
    modifiers = description_modifiers(head, cursor)
    if modifiers is None:
        return None
    cursor, modifier_country = modifiers
    if modifier_country:
        if country and modifier_country != country:
            return None
        country = modifier_country
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
        # The one named last before the description (`mentions` is not in text order: the
        # roles found so far come after the names).
        before_mentions = [m for m in mentions if m.person in candidates and m.start < head.i]
        if before_mentions:
            return max(before_mentions, key=lambda m: m.start).person, start
    return None


def description_modifiers(head: Token, cursor: int) -> tuple[int, str | None] | None:
    """Step left from token `cursor` over the adjectives, numbers, hyphenated words and
    proper-noun compounds that modify the office noun `head` ("the independent Vermont
    senator", "the 68-year-old president"): (the first of them, a country one of them
    names), or None when one points to another holder ("former", "other") or names two
    countries."""
    doc = head.doc
    country: str | None = None
    while cursor > 0:
        token = doc[cursor - 1]
        if token.i < head.left_edge.i or token.lower_ in ("the", "this"):
            break
        # A word joined by a hyphen ("two-term", "68-year-old"): the hyphen or either side.
        hyphen_part = (
            token.text == "-"
            or (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_)
            or (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)
        )
        if not (
            (token.pos_ == "ADJ" and token.dep_ == "amod")
            or (token.pos_ == "NUM" and token.dep_ == "nummod")
            or (token.pos_ == "PROPN" and token.dep_ == "compound")
            or hyphen_part
        ):
            break
        if token.lower_ in OTHER_HOLDER_MODIFIERS:
            return None
        named = lexicon.country_of_demonym(token.lower_) or (
            lexicon.country_of_any(token.text) if token.pos_ == "PROPN" else None
        )
        if named:
            if country and named != country:
                return None
            country = named
        cursor -= 1
    return cursor, country


def description_country(head: Token) -> tuple[bool, str | None]:
    """(whether the description the office noun `head` ends can stand for its present
    holder, the country it names): "the Russian leader" (True, "RU"), "the independent
    Vermont senator" (True, None), "the former president" (False, None)."""
    doc = head.doc
    matched = match_title(doc, head.i + 1, 2)
    cursor = matched[0] if matched else head.i
    country = None
    before = match_country_before(doc, cursor)
    if before:
        cursor, country = before
    modifiers = description_modifiers(head, cursor)
    if modifiers is None:
        return False, None
    if modifiers[1] and country and modifiers[1] != country:
        return False, None
    return True, country or modifiers[1]


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
