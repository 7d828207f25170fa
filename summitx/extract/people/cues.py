"""Reading the person cues (summitx.components.person_cues) of a Doc: the title, country or
honorific written right before a position."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.components import spans_of
from summitx.components.person_cues import (
    COUNTRY_NAMES,
    DEMONYMS,
    HONORIFICS,
    TITLES,
    UNMARKED,
    label_of,
    title_phrases,
)
from summitx.extract import per_doc, sentence_numbers, tokens_of


def is_cap(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def cues(doc: Doc) -> Cues:
    """The person cues (summitx.components.person_cues) of `doc`, indexed by position."""
    return per_doc(doc, "person_cues", Cues)


class Cues:
    """The spans of the person-cues component, keyed by where they start or end."""

    def __init__(self, doc: Doc) -> None:
        self.titles: dict[tuple[int, int], str] = {
            (s.start, s.end): label_of(s) for s in spans_of(doc, TITLES)
        }
        self.title_ends = {end for _, end in self.titles}
        self.honorifics: dict[int, str] = {
            s.start: label_of(s) for s in spans_of(doc, HONORIFICS) if _starts_word(doc, s.start)
        }
        self.demonyms: dict[int, list[tuple[int, str]]] = {}
        for s in spans_of(doc, DEMONYMS):
            self.demonyms.setdefault(s.start, []).append((s.end, label_of(s)))
        self.names: dict[int, list[tuple[int, str]]] = {}
        for s in spans_of(doc, COUNTRY_NAMES):
            self.names.setdefault(s.start, []).append((s.end, label_of(s)))


# The most words of a title phrase ("deputy prime minister").
TITLE_WORDS = max(len(phrase.split()) for phrase in title_phrases())
# Tokens that may stand between a country and what follows it ("In Japan, Prime Minister X",
# "... with China.\n\nPresident X"): the country is still read as the person's.
COUNTRY_TRAIL = frozenset(" -–—,.;:")
APOSTROPHES = ("'", "’")


def match_title(doc: Doc, end: int, most: int = TITLE_WORDS) -> tuple[int, str] | None:
    """A title phrase (a TITLES span) ending just before token `end`: (start, canonical
    title). The longest window of up to `most` tokens whose words are the phrase wins, and
    blank tokens in front of the phrase start the window with it."""
    tokens, marked = tokens_of(doc), cues(doc)
    # The cheap test first: most tokens end no title.
    if end < 1 or (end not in marked.title_ends and not tokens[end - 1].is_space):
        return None
    titles = marked.titles
    for size in range(most, 0, -1):
        start = end - size
        if start < 0:
            continue
        words = [i for i in range(start, end) if not tokens[i].is_space]
        if words and words[-1] - words[0] + 1 == len(words):
            title = titles.get((words[0], words[-1] + 1))
            if title:
                return start, title
    return None


# Titles written before a given name alone ("Prince Albert").
GIVEN_NAME_TITLES = frozenset(lexicon.load_pattern("titles.json")["given_name_titles"])


def given_name_titled(doc: Doc, start: int, end: int) -> bool:
    """'Prince Albert': one name word after a title that goes with a given name alone, which
    is then the bearer's whole name, not the first word of someone else's ('Albert Hollis')."""
    title = match_title(doc, start) if end - start == 1 else None
    return bool(title) and title[1].lower() in GIVEN_NAME_TITLES


def match_country_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A demonym or country (possessive) ending just before token `end`: (start, alpha-2).
    The longest window of up to three tokens that starts with a capital wins."""
    tokens = tokens_of(doc)
    sentence = sentence_numbers(doc)
    for size in (3, 2, 1):
        start = end - size
        if start < 0 or not is_cap(tokens[start]):
            continue
        if end < len(tokens) and sentence[start] != sentence[end]:
            continue  # "... talks with China.\n\nPresident X": the country ends a sentence
        stop = end - 1 if size > 1 and tokens[end - 1].text in ("'s", "’s") else end
        country = _country_in(doc, start, stop)
        if country:
            return start, country
    return None


def _country_in(doc: Doc, start: int, stop: int) -> str | None:
    """The country tokens start..stop name: a demonym that fills them, else a country name
    after an optional "The" and before punctuation or an apostrophe."""
    tokens, marked = tokens_of(doc), cues(doc)
    for end, country in marked.demonyms.get(start, ()):
        if end <= stop and all(t.is_space for t in tokens[end:stop]):
            return country
    first = start
    if tokens[start].lower_ == "the":
        first += 1
        while first < stop and tokens[first].is_space:
            first += 1
    for end, country in marked.names.get(first, ()):
        trail = [t.text for t in tokens[end:stop] if not t.is_space] if end <= stop else None
        if trail is None:
            continue
        if trail and trail[-1] in APOSTROPHES:
            trail.pop()
        if not all(set(text) <= COUNTRY_TRAIL for text in trail):
            continue
        # Five characters ending in a full stop ("iraq.", "us.") are kept whole, as the
        # lexicon keeps "u.s.": the stop is then no trailing punctuation.
        if trail and _short_with_stop(doc[start:stop].text):
            continue
        return country
    return None


def _short_with_stop(text: str) -> bool:
    key = " ".join(text.lower().replace("’", "'").split())
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.endswith(".") and len(key) <= 5


def _starts_word(doc: Doc, i: int) -> bool:
    """Token `i` begins a word of its own: "£40m." is a number and its unit, never the
    honorific "M." that the tokenizer split off it."""
    if i == 0 or doc[i - 1].whitespace_:
        return True
    return not (doc[i - 1].is_alpha or doc[i - 1].like_num or doc[i - 1].is_digit)


def after_honorific(token: Token) -> bool:
    return token.i - 1 in cues(token.doc).honorifics


def honorific_sex(doc: Doc, i: int) -> str | None:
    """The gender the honorific at token `i` shows ("Mr", "Dame"), if it is one that does."""
    sex = cues(doc).honorifics.get(i, UNMARKED)
    return None if sex == UNMARKED else sex
