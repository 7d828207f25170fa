"""Find the people of an article and resolve every way it refers to them.

A person is found from a PERSON entity, a title before capitalised words ("Prime Minister
X", "Chinese leader X") or an honorific ("Mr X"). Mentions are then grouped by their name
tokens ("Kim Dae Jung" = "Kim Dae-jung", "Koizumi Junichiro" = "Junichiro Koizumi", a surname =
the full name), and the other ways of naming a person resolve to them: a bare surname the
model tagged ORG or GPE, a role ("the Brazilian president"), a pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import spans_of
from summitx.components.person_cues import (
    COUNTRY_NAMES,
    DEMONYMS,
    HONORIFICS,
    TITLES,
    UNMARKED,
    label_of,
)
from summitx.extract import (
    ents_of,
    per_doc,
    sentence_numbers,
    sents_of,
    text_of,
    texts_of,
    tokens_of,
)
from summitx.extract.document import DocumentMeta
from summitx.extract.quotes import find_quotes
from summitx.names import name_key

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Letters after a name that are not part of it.
POST_NOMINALS = {"mp", "mep", "msp"}
# Nouns for a person the article leaves unnamed; a pronoun after one points to them.
UNNAMED_PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide",
                        "diplomat", "analyst", "envoy", "cardinal", "bishop", "archbishop",
                        "adviser", "advisor", "negotiator", "lawyer", "witness", "mp", "mep",
                        "lawmaker", "legislator", "congressman", "congresswoman"}  # fmt: skip
# How far back (in sentences that name someone) a pronoun looks for its antecedent.
PRONOUN_SENTENCES = 4
GROUP_WORDS = {
    "leaders",
    "sides",
    "countries",
    "nations",
    "men",
    "women",
    "neighbors",
    "neighbours",
}
MONTH_AND_DAY_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec",
}  # fmt: skip
# Words that start with a capital in names of things, never of people.
NON_NAME_WORDS = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "with", "to", "by", "from",
    "government", "ministry", "party", "house", "office", "news", "press", "agency", "times",
    "post", "today", "daily", "summit", "temple", "shrine", "palace", "university", "council",
    "parliament", "congress", "commission", "union", "committee", "foundation", "street",
    "province", "prefecture", "city", "state", "states", "kingdom", "republic", "island",
    "islands", "airport", "hotel", "museum", "meets", "says", "said", "holds", "talks", "visit",
    # Party labels written before a name: "Conservative John Smith".
    "conservative", "labour", "liberal", "republican", "democrat", "democratic", "socialist",
    "mp", "mep", "mps", "lib", "dem", "dems", "tory", "tories",
}  # fmt: skip
HEAD_OF_GOVERNMENT = {"president", "prime minister", "premier", "chancellor", "leader", "king",
                      "queen", "emperor", "emir", "sultan"}  # fmt: skip


@dataclass
class Mention:
    start: int  # token index
    end: int
    person: int
    kind: str  # name | surname | role | pronoun


@dataclass
class Person:
    key: int
    forms: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    gender: Counter[str] = field(default_factory=Counter)
    first_token: int = 10**9
    best_span: tuple[int, int] = (0, 0)
    tokens: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        longest = max(len(name_key(f)) for f in self.forms)
        full = [f for f in self.forms if len(name_key(f)) == longest]
        # Among the fullest forms prefer the most used, then the one with hyphens kept.
        return max(full, key=lambda f: (self.forms[f], "-" in f, -self._first_seen(f)))

    def _first_seen(self, form: str) -> int:
        return list(self.forms).index(form)

    @property
    def title(self) -> str | None:
        if not self.titles:
            return None
        # A specific office beats the generic "leader".
        ranked = sorted(
            self.titles.items(), key=lambda kv: (kv[0] != "leader", kv[1]), reverse=True
        )
        return ranked[0][0]

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    @property
    def sex(self) -> str | None:
        if not self.gender:
            return None
        (top, count), *rest = self.gender.most_common()
        return top if not rest or count > rest[0][1] else None


def _name_word(token: Token) -> bool:
    """Letters, allowing an inner apostrophe: "O’Neill", "D'Souza"."""
    return token.is_alpha or (
        len(token.text) > 2
        and token.text.replace("’", "").replace("'", "").isalpha()
        and token.text[0] not in "'’"
        and token.text[-1] not in "'’"
    )


def _is_cap(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _cues(doc: Doc) -> _Cues:
    """The person cues (summitx.components.person_cues) of `doc`, indexed by position."""
    return per_doc(doc, "person_cues", _Cues)


class _Cues:
    """The spans of the person-cues component, keyed by where they start or end."""

    def __init__(self, doc: Doc) -> None:
        self.titles: dict[tuple[int, int], str] = {
            (s.start, s.end): label_of(s) for s in spans_of(doc, TITLES)
        }
        self.honorifics: dict[int, str] = {s.start: label_of(s) for s in spans_of(doc, HONORIFICS)}
        self.demonyms: dict[int, list[tuple[int, str]]] = {}
        for s in spans_of(doc, DEMONYMS):
            self.demonyms.setdefault(s.start, []).append((s.end, label_of(s)))
        self.names: dict[int, list[tuple[int, str]]] = {}
        for s in spans_of(doc, COUNTRY_NAMES):
            self.names.setdefault(s.start, []).append((s.end, label_of(s)))


# The most words of a title phrase ("deputy prime minister").
TITLE_WORDS = 3
# Tokens that may stand between a country and what follows it ("In Japan, Prime Minister X",
# "... with China.\n\nPresident X"): the country is still read as the person's.
COUNTRY_TRAIL = frozenset(" -–—,.;:")
APOSTROPHES = ("'", "’")


def _match_title(doc: Doc, end: int, most: int = TITLE_WORDS) -> tuple[int, str] | None:
    """A title phrase (a TITLES span) ending just before token `end`: (start, canonical
    title). The longest window of up to `most` tokens whose words are the phrase wins, and
    blank tokens in front of the phrase start the window with it."""
    tokens, titles = tokens_of(doc), _cues(doc).titles
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


def _match_country_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A demonym or country (possessive) ending just before token `end`: (start, alpha-2).
    The longest window of up to three tokens that starts with a capital wins."""
    tokens = tokens_of(doc)
    for size in (3, 2, 1):
        start = end - size
        if start < 0 or not _is_cap(tokens[start]):
            continue
        stop = end - 1 if size > 1 and tokens[end - 1].text in ("'s", "’s") else end
        country = _country_in(doc, start, stop)
        if country:
            return start, country
    return None


def _country_in(doc: Doc, start: int, stop: int) -> str | None:
    """The country tokens start..stop name: a demonym that fills them, else a country name
    after an optional "The" and before punctuation or an apostrophe."""
    tokens, cues = tokens_of(doc), _cues(doc)
    for end, country in cues.demonyms.get(start, ()):
        if end <= stop and all(t.is_space for t in tokens[end:stop]):
            return country
    first = start
    if tokens[start].lower_ == "the":
        first += 1
        while first < stop and tokens[first].is_space:
            first += 1
    for end, country in cues.names.get(first, ()):
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


def _is_name_token(token: Token) -> bool:
    """Could this token be a word of a person's name? Answered for the whole document at
    once, on first use: the rules ask about each token several times."""
    return _name_flags(token.doc)[token.i]


def _name_flags(doc: Doc) -> list[bool]:
    return per_doc(doc, "name_tokens", _name_token_flags)


def _name_token_flags(doc: Doc) -> list[bool]:
    # Every name word starts with a capital: the full test runs on those tokens only.
    return [
        text[:1].isupper() and _name_token_test(token, _after_honorific(token))
        for token, text in zip(tokens_of(doc), texts_of(doc), strict=True)
    ]


def _name_token_indices(doc: Doc) -> list[int]:
    """The tokens _is_name_token accepts, in order."""
    return per_doc(
        doc, "name_token_indices", lambda d: [i for i, f in enumerate(_name_flags(d)) if f]
    )


def _name_token_test(token: Token, after_honorific: bool) -> bool:
    if after_honorific:
        # "Mr German", "Mrs Paris": after an honorific even a place word is a surname.
        return (
            token.is_alpha and token.text[0].isupper() and not lexicon.canonical_title(token.lower_)
        )
    if token.lower_ in MONTH_AND_DAY_WORDS and not _month_word_in_name(token):
        return False
    return _is_name_word(token.text) and not token.like_num


def _after_honorific(token: Token) -> bool:
    return token.i - 1 in _cues(token.doc).honorifics


@lru_cache(maxsize=1 << 16)
def _is_name_word(text: str) -> bool:
    """_is_name_token's test of the word alone (month words need their context), cached."""
    low = text.lower()
    return (
        bool(text)
        and text[0].isupper()
        and any(c.isalpha() for c in text)
        and low not in NON_NAME_WORDS
        and not lexicon.canonical_title(low)
        and low not in lexicon.honorifics()
        and not lexicon.country_of_any(text)
        and not lexicon.country_of_demonym(low)
        # 'Innocent Pakistanis', 'Aguas Argentinas': a people or country in the plural.
        and not (
            low.endswith("s")
            and (lexicon.country_of_demonym(low[:-1]) or lexicon.country_of_any(text[:-1]))
        )
        # 'Editor Ana Vale', 'Analyst Jane Roe': what the person is, not their name.
        and low not in PERSON_NOUNS
    )


# ----- quality-meetings helper: names with apostrophes, appositive roles, "known as" ----------
# "O'Hara", "D’Alema": one name token though not is_alpha.
APOSTROPHE_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")
# Words for what a person is, in an apposition after their name ("X, a scholar at ...").
PERSON_NOUNS = frozenset(lexicon.load_pattern("titles.json").get("person_nouns", []))
# Words that introduce the name of a thing ("the precinct known as X"), not of a person.
NAMING_WORDS = {"known", "called", "named", "dubbed", "nicknamed", "titled", "entitled"}


def _month_word_in_name(token: Token) -> bool:
    """'Jan Peter Balkenende', 'Theresa May': a month or day word inside a PERSON entity,
    next to another capitalised word and not before a number ('Jan. 5', 'May 2019')."""
    if token.ent_type_ != "PERSON" or token.text.endswith("."):
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is not None and (after.like_num or after.text == "."):
        return False
    return any(
        t is not None and t.ent_type_ == "PERSON" and _is_cap(t) and t.text.lower() != token.lower_
        for t in (before, after)
    )


def _is_word(token: Token) -> bool:
    return token.is_alpha or bool(APOSTROPHE_NAME.fullmatch(token.text))


def _appositive_names(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """'Jane Roe, a scholar at ...', 'Jane Roe, the group's chief economist': the apposition
    says the capitalised words before it name a person, whatever the model tagged them."""
    found = []
    tokens = tokens_of(doc)
    for i in _name_token_indices(doc):
        token = tokens[i]
        if token.ent_type_ in ("GPE", "NORP", "DATE"):
            continue
        if not any(
            c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in PERSON_NOUNS
            for c in token.children
        ):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].head.i == token.i
            and doc[start - 1].dep_ in ("compound", "flat")
            and _is_name_token(doc[start - 1])
        ):
            start -= 1
        if token.i + 1 - start >= 2:
            found.append((start, token.i + 1, "apposition", True))
    return found


def _named_thing(doc: Doc, start: int) -> bool:
    """'the Western Precinct, known as X': X names the precinct."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    return (len(before) == 2 and before[1] == "as" and before[0] in NAMING_WORDS) or (
        bool(before)
        and before[-1] in ("called", "named", "dubbed")
        and start >= 2
        and doc[start - 2].pos_ in ("NOUN", "PROPN")
        and doc[start - 2].ent_type_ != "PERSON"
    )


def _extend_hyphenated(doc: Doc, end: int) -> int:
    """'Kim Dae' + '-' + 'jung' is one name: spaCy splits hyphenated given names."""
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and not lexicon.country_of_any(doc[end + 1].text)
    ):
        end += 2
    return end


class PersonIndex:
    """The people of one article and the token spans that refer to each."""

    def __init__(self, doc: Doc, meta: DocumentMeta) -> None:
        self.doc = doc
        self.meta = meta
        self.people: dict[int, Person] = {}
        self.mentions: list[Mention] = []
        self._mention_starts: dict[int, list[tuple[int, int]]] = {}
        self._token_person: dict[int, int] = {}
        # Tokens inside quotation marks: what a speaker says is not the narrative, so its
        # pronouns and names neither show anyone's gender nor serve as antecedents.
        self.quoted: set[int] = set()
        for quote in find_quotes(text_of(doc)):
            span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
            if span is not None:
                self.quoted.update(range(span.start, span.end))
        self._pronouns: dict[int, int | None] = {}
        self._roles: dict[tuple[int, int], tuple[int, bool, int]] = {}
        self._build()

    # ----- construction -------------------------------------------------------------------
    def _allowed(self, start: int, end: int) -> bool:
        if not self.meta.excluded:
            return True
        last = tokens_of(self.doc)[end - 1]
        return not self.meta.is_excluded(tokens_of(self.doc)[start].idx, last.idx + len(last))

    def _candidates(self) -> list[tuple[int, int, str, bool]]:
        """(start, end, source, strong) name spans; strong ones came with a title or honorific."""
        doc = self.doc
        found: list[tuple[int, int, str, bool]] = []
        for ent in ents_of(doc):
            if ent.label_ == "PERSON" and not _named_thing(doc, ent.start):
                found.append((ent.start, ent.end, "ent", False))

        found.extend(_appositive_names(doc))
        flags, tokens = _name_flags(doc), tokens_of(doc)
        for i in _name_token_indices(doc):
            if i > 0 and flags[i - 1]:
                continue  # not the first token of a capitalised run
            token = tokens[i]
            title = _match_title(doc, i)
            honorific = _after_honorific(token)
            if not title and not honorific:
                continue
            if title and not honorific and title[1] == "Speaker" and not _is_cap(doc[title[0]]):
                continue
            end, words = i, 0
            # Up to four name words; 'Jean-Luc' is one word of three tokens.
            while end < len(doc) and words < 4 and _is_name_token(doc[end]):
                end = _extend_hyphenated(doc, end + 1)
                words += 1
            found.append((i, end, "title", True))
        found.extend(self._speaker_names())
        return found

    def _speaker_names(self) -> list[tuple[int, int, str, bool]]:
        """A capitalised two- or three-word name as the subject of a speech verb ("Anna
        Kowalska, a scholar at ..., told CNN") is a person even when the model missed it."""
        doc = self.doc
        found: list[tuple[int, int, str, bool]] = []
        for token in tokens_of(doc):
            if token.dep_ != "nsubj" or token.tag_ != "NNP" or token.i in self.quoted:
                continue
            if token.head.lemma_.lower() not in lexicon.speech_cues():
                continue
            # The name words right before the head: "AU Commission chairperson Moussa Faki
            # Mahamat" gives "Moussa Faki Mahamat".
            start = token.i
            while (
                start > 0
                and token.i - start < 2
                and doc[start - 1].dep_ in ("compound", "flat")
                and doc[start - 1].head.i == token.i
                and (_is_name_token(doc[start - 1]) or doc[start - 1].lower_ in MONTH_AND_DAY_WORDS)
            ):
                start -= 1
            tokens = doc[start : token.i + 1]
            # A given name may be spelt like a month ("Jan", "May") when a surname follows.
            # Not a place or body ("Hong Kong said"), unless a role noun precedes the name
            # ("chairperson Moussa Faki Mahamat", which the model may tag ORG).
            after_role = start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower
            if 2 <= len(tokens) <= 3 and all(
                _name_word(t)
                and (after_role or t.ent_type_ in ("", "PERSON"))
                and (_is_name_token(t) or (t.i < token.i and t.lower_ in MONTH_AND_DAY_WORDS))
                for t in tokens
            ):
                found.append((start, token.i + 1, "speaker", False))
        return found

    def _clean(self, start: int, end: int) -> tuple[int, int] | None:
        doc = self.doc
        while start < end and not _is_name_token(doc[start]):
            start += 1
        while end > start and (
            doc[end - 1].text in ("'s", "’s", "'", "’") or not _is_word(doc[end - 1])
        ):
            end -= 1
        if start >= end:
            return None
        end = _extend_hyphenated(doc, end)
        tokens = [t for t in doc[start:end] if _is_word(t)]
        if not tokens or any(not _is_name_token(t) for t in tokens if t.text[:1].isupper()):
            return None
        if not _is_cap(doc[start]) or any(c.isdigit() for c in doc[start:end].text):
            return None
        if lexicon.country_of_any(doc[start:end].text) and not _after_honorific(doc[start]):
            return None  # 'Sri Lanka' tagged PERSON: a country of several words
        return start, end

    def _prefix(self, start: int) -> tuple[str | None, str | None]:
        """Title and country written before a name: 'Japanese Prime Minister', "Japan's PM"."""
        doc = self.doc
        title = country = None
        cursor = start
        if _after_honorific(tokens_of(doc)[cursor]):
            cursor -= 1
        matched = _match_title(doc, cursor)
        if matched:
            cursor, title = matched
        before = _match_country_before(doc, cursor)
        if before and (title or before[0] == cursor - 1):
            country = before[1]
        return title, country

    def _suffix(self, end: int) -> tuple[str | None, str | None]:
        """Apposition or 'of X' after a name: ', South Korea's president', 'of Pakistan'."""
        doc = self.doc
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

    def _build(self) -> None:
        doc = self.doc
        spans: list[tuple[int, int, bool]] = []
        for start, end, source, strong in self._candidates():
            # Speaker names were checked word by word already ("Jan Berry" keeps its "Jan").
            if source != "speaker":
                # "Paul Boateng MP": a post-nominal is not part of the name.
                while end - start > 1 and self.doc[end - 1].lower_ in POST_NOMINALS:
                    end -= 1
            cleaned = (start, end) if source == "speaker" else self._clean(start, end)
            if cleaned and self._allowed(*cleaned):
                spans.append((*cleaned, strong))
        # Keep the longest of overlapping spans.
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        chosen: list[tuple[int, int, bool]] = []
        for span in spans:
            if chosen and span[0] < chosen[-1][1]:
                if span[2] and not chosen[-1][2] and chosen[-1][:2] == span[:2]:
                    chosen[-1] = span
                continue
            chosen.append(span)

        strong_forms = {doc[s:e].text for s, e, strong in chosen if strong}
        # Multi-word names first, so that surnames join the full name they belong to.
        # Ties keep the order of first appearance: a set here made the output depend on
        # PYTHONHASHSEED, so two processes (--jobs, --dask, two runs) could disagree.
        order = sorted(
            dict.fromkeys(doc[s:e].text for s, e, _ in chosen), key=lambda f: -len(name_key(f))
        )
        form_person: dict[str, int] = {}
        for form in order:
            key = name_key(form)
            owners = [p for p in self.people.values() if key <= p.tokens]
            if owners:
                # The first owner; others are settled per mention by recency below.
                form_person[form] = owners[0].key
                continue
            # A lone capitalised word is a person only when a title or honorific says so
            # ('Foreign Minister Lund', 'Mr Ortiz'): the model also calls PERSON the one-word
            # names of groups, firms and towns ('the Houthis', 'Yukos', 'Sanaa').
            if len(key) == 1 and form not in strong_forms:
                continue
            person = Person(key=len(self.people), tokens=key)
            self.people[person.key] = person
            form_person[form] = person.key

        for start, end, _strong in chosen:
            form = doc[start:end].text
            if form not in form_person:
                continue
            key = self._owner_by_recency(name_key(form), start, form_person[form])
            self._add_mention(start, end, key, "name")
            person = self.people[key]
            person.forms[form] += 1
            title, country = self._prefix(start)
            s_title, s_country = self._suffix(end)
            title, country = title or s_title, country or s_country
            if title:
                person.titles[title] += 1
            if country:
                person.countries[country] += 1
            if start < person.first_token:
                person.first_token = start
            best = doc[person.best_span[0] : person.best_span[1]].text
            if person.best_span == (0, 0) or len(name_key(form)) > len(name_key(best)):
                person.best_span = (start, end)
            # An honorific that shows a gender ("Mr", "Dame") outweighs pronouns.
            sex = _cues(doc).honorifics.get(start - 1, UNMARKED)
            if sex != UNMARKED:
                person.gender[sex] += 3
        self._find_surnames()
        self._find_roles()
        self._infer_gender()
        self._resolve_pronouns()
        # People are reported in order of first mention.
        ordered = sorted(self.people.values(), key=lambda p: p.first_token)
        self.people = {p.key: p for p in ordered if p.forms}

    def _owner_by_recency(self, key: frozenset[str], start: int, default: int) -> int:
        """Of the people whose name holds `key`, the one mentioned last before `start` (the
        first such mention when two start together), else `default`."""
        owners = [p.key for p in self.people.values() if key <= p.tokens]
        if len(owners) <= 1:
            return default
        # Each person's mentions as sorted (start, order added): a binary search per owner,
        # where a scan of every mention per name made a long article quadratic.
        best, best_at = default, (-1, 0)
        for owner in owners:
            starts = self._mention_starts.get(owner, [])
            i = bisect_left(starts, (start, -1)) - 1  # the last mention starting before
            if i < 0:
                continue
            first = bisect_left(starts, (starts[i][0], -1))  # the first at that start
            at = (starts[first][0], -starts[first][1])
            if at > best_at:
                best, best_at = owner, at
        return best

    def _add_mention(self, start: int, end: int, key: int, kind: str) -> None:
        insort(self._mention_starts.setdefault(key, []), (start, len(self.mentions)))
        self.mentions.append(Mention(start, end, key, kind))
        for i in range(start, end):
            self._token_person[i] = key

    def _find_surnames(self) -> None:
        """Bare surnames (or given names) of known people, whatever the model tagged them."""
        doc = self.doc
        parts: dict[str, set[int]] = {}
        for person in self.people.values():
            if len(person.tokens) < 2:
                parts.setdefault(next(iter(person.tokens)), set()).add(person.key)
                continue
            for token in person.tokens:
                if len(token) >= 3:
                    parts.setdefault(token, set()).add(person.key)
        for token in tokens_of(doc):
            if token.i in self._token_person or not _is_cap(token):
                continue
            owners = parts.get(token.text.lower())
            if not owners or not self._allowed(token.i, token.i + 1):
                continue
            # Part of a longer capitalised name that is someone else ("Kim Jong Un" vs "Kim").
            if (
                token.i + 1 < len(doc)
                and _is_name_token(doc[token.i + 1])
                and token.i + 1 not in self._token_person
                and doc[token.i + 1].ent_type_ == "PERSON"
            ):
                continue
            key = self._owner_by_recency(frozenset({token.text.lower()}), token.i, min(owners))
            self._add_mention(token.i, token.i + 1, key, "surname")
        self.mentions.sort(key=lambda m: m.start)

    def role_person(self, head: Token) -> int | None:
        """The person a definite role description names: 'the South Korean president'."""
        doc = self.doc
        # A title of one or two words ending with the head: "the president", "prime minister".
        matched = _match_title(doc, head.i + 1, 2)
        if not matched or head.tag_ in ("NNS", "NNPS"):
            return None
        start, title = matched
        # A name right after the title makes it a title, not a description.
        if head.i + 1 < len(doc) and _is_name_token(doc[head.i + 1]):
            return None
        country = None
        cursor = start
        before = _match_country_before(doc, cursor)
        if before:
            country = before[1]
            cursor = before[0]
            if doc[cursor].lower_ in ("the", "this"):
                cursor += 1  # "The US" read as the country's name: the article is not part of it
        # An institution before the office: "the Kremlin spokesman", "the White House adviser".
        for _ in range(2):
            if (
                cursor > 1
                and doc[cursor - 1].pos_ == "PROPN"
                and doc[cursor - 1].dep_ == "compound"
            ):
                cursor -= 1
        if cursor == 0 or doc[cursor - 1].lower_ not in ("the", "this"):
            return None
        candidates = []
        for person in self.people.values():
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
            named_before = {m.person for m in self.mentions if m.start < head.i}
            if candidates[0] in named_before or not named_before:
                return candidates[0]
            return None
        if len(candidates) > 1:
            before_mentions = [
                m for m in self.mentions if m.person in candidates and m.start < head.i
            ]
            if before_mentions:
                return before_mentions[-1].person
        return None

    def _find_roles(self) -> None:
        for token in tokens_of(self.doc):
            if token.i in self._token_person or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if not self._allowed(token.i, token.i + 1):
                continue
            key = self.role_person(token)
            matched = _match_title(self.doc, token.i + 1, 2) if key is not None else None
            if key is not None and matched:
                self._add_mention(matched[0], token.i + 1, key, "role")
        self.mentions.sort(key=lambda m: m.start)

    def _infer_gender(self) -> None:
        """A pronoun in a sentence that names exactly one person is evidence of their gender."""
        for sent in sents_of(self.doc):
            keys = {
                self._token_person[i]
                for i in range(sent.start, sent.end)
                if i in self._token_person and i not in self.quoted
            }
            if len(keys) != 1:
                continue
            (key,) = keys
            for token in tokens_of(self.doc)[sent.start : sent.end]:
                if token.i in self.quoted:
                    continue
                sex = PRONOUNS.get(token.lower_)
                if sex:
                    self.people[key].gender[sex] += 1

    # ----- queries --------------------------------------------------------------------------
    def person_at(self, i: int) -> int | None:
        return self._token_person.get(i)

    def mention_at(self, i: int) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= i < mention.end:
                return mention
        return None

    def persons_in(self, start: int, end: int) -> list[int]:
        """People mentioned in a token range, in order of first mention there."""
        out: list[int] = []
        for i in range(start, end):
            key = self._token_person.get(i)
            if key is not None and key not in out:
                out.append(key)
        return out

    def _resolve_pronouns(self) -> None:
        """Resolve he/she/his/her outside quotes in reading order, so that a pronoun can
        stand as the antecedent of the next one ("Roe said ... He added ... he argued")."""
        for token in tokens_of(self.doc):
            if token.lower_ in PRONOUNS and token.i not in self.quoted:
                self._pronouns[token.i] = self._antecedent(token)

    def _role_in_sentence(self, start: int, end: int) -> tuple[int, bool, int]:
        """(head token, is a subject, depth of its clause below the sentence root) of a
        mention; the head climbs from a name to the title or apposition it belongs to.
        Remembered per span: every pronoun weighs every earlier mention."""
        role = self._roles.get((start, end))
        if role is None:
            role = self._roles[start, end] = self._find_role_in_sentence(start, end)
        return role

    def _find_role_in_sentence(self, start: int, end: int) -> tuple[int, bool, int]:
        span = self.doc[start:end]
        node = span.root
        for _ in range(2):
            if node.dep_ in ("appos", "compound", "flat") and node.head.i != node.i:
                node = node.head
        # The owner of the subject counts as one too: "Mr Doe's trip ... is his first".
        subject = node.dep_ in SUBJECT_DEPS or (
            node.dep_ == "poss" and node.head.dep_ in SUBJECT_DEPS and node.pos_ == "PROPN"
        )
        depth = 0
        verb = node.head
        while verb.head.i != verb.i and depth < 10:
            verb = verb.head
            depth += 1
        return node.i, subject, depth

    def _antecedent(self, token: Token) -> int | None:
        """The antecedent by salience: a subject of the pronoun's own clause chain, then the
        subjects of earlier sentences (main clause first), then other people named, nearest
        first. Only people whose known gender fits are taken; quotes are skipped."""
        sex = PRONOUNS.get(token.lower_)
        doc = self.doc
        sents, sent_number = sents_of(doc), sentence_numbers(doc)
        current = sents[sent_number[token.i]]
        ancestors = {a.i for a in token.ancestors}
        candidates: list[tuple[int, int, bool, int]] = []  # (token, person, subject, depth)
        for mention in self.mentions:
            if mention.start >= token.i or mention.start < current.start - 300:
                continue
            if mention.start in self.quoted:
                continue
            head, subject, depth = self._role_in_sentence(mention.start, mention.end)
            candidates.append((head, mention.person, subject, depth))
        for i, key in self._pronouns.items():
            if key is not None and current.start - 300 <= i < token.i:
                _, subject, depth = self._role_in_sentence(i, i + 1)
                candidates.append((i, key, subject, depth))

        def fits(key: int) -> bool:
            person = self.people.get(key)
            return person is not None and (person.sex is None or person.sex == sex)

        # A subject pronoun cannot be a name in its own clause ("Doe was hurt, he added": he
        # is not Doe).
        commanded = {t.i for t in token.head.subtree} if token.dep_ in SUBJECT_DEPS else set()
        verb = token.head
        if (
            token.dep_ in SUBJECT_DEPS
            and verb.lemma_.lower() in lexicon.speech_cues()
            and verb.dep_ == "parataxis"
        ):
            # "X, he said, had been hurt": a reporting clause set inside what was reported,
            # whose people are talked about, not talking.
            commanded |= {t.i for t in verb.head.subtree}
        same = [
            c for c in candidates if c[0] >= current.start and fits(c[1]) and c[0] not in commanded
        ]
        # A subject whose verb governs the pronoun: "Doe added that he hopes".
        governing = [c for c in same if c[2] and doc[c[0]].head.i in ancestors]
        if governing:
            return max(governing)[1]
        for verb in token.ancestors:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.i < token.i:
                if self._unnamed_person(subject):
                    return None  # "the spokesman said he ...": someone the article does not name
                break
        ordered: list[int] = []
        by_sent: dict[int, list[tuple[int, int, bool, int]]] = {}
        for c in candidates:
            if c[0] < current.start and fits(c[1]):
                by_sent.setdefault(sent_number[c[0]], []).append(c)
        earlier = sorted(by_sent, reverse=True)[:PRONOUN_SENTENCES]
        nearest = earlier[0] if earlier else -1
        for sent_no in range(sent_number[token.i] - 1, nearest - 1, -1):
            # A sentence whose subject is an unnamed person ("The cardinal will ask ...", "A
            # party spokesman criticised X") is what the pronoun most likely points back to.
            root = sents[sent_no].root
            subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and self._unnamed_person(subject):
                return None
            if sent_no in by_sent and any(c[2] for c in by_sent[sent_no]):
                break
        for n, sent_no in enumerate(earlier):
            group = by_sent[sent_no]
            subjects = sorted((c for c in group if c[2]), key=lambda c: (c[3], c[0]))
            ordered.extend(c[1] for c in subjects)
            if n == 0:
                ordered.extend(c[1] for c in sorted(same, reverse=True))
            ordered.extend(c[1] for c in sorted(group, reverse=True) if not c[2])
        if not earlier:
            ordered.extend(c[1] for c in sorted(same, reverse=True))
        return ordered[0] if ordered else None

    def _unnamed_person(self, token: Token) -> bool:
        """A singular definite description of someone the article does not name or resolve:
        'the cardinal', 'the spokesman', 'a senior official'."""
        if token.tag_ not in ("NN", "NNP") or token.i in self._token_person:
            return False
        if token.i in self.quoted:
            return False
        # Not an office ("the Tory leader"): that usually names someone already named.
        return token.lower_ in UNNAMED_PERSON_NOUNS and any(c.dep_ == "det" for c in token.children)

    def pronoun_person(self, token: Token) -> int | None:
        """The antecedent of he/she/his/her (see `_antecedent`)."""
        if token.lower_ not in PRONOUNS:
            return None
        if token.i in self._pronouns:
            return self._pronouns[token.i]
        return self._antecedent(token)

    def resolve(self, token: Token) -> int | None:
        """The person a noun phrase headed by `token` names, if any."""
        key = self._token_person.get(token.i)
        if key is not None:
            return key
        if token.lower_ in PRONOUNS:
            return self.pronoun_person(token)
        # "Japanese Prime Minister Junichiro Koizumi": the head may be the title, the name a
        # compound.
        for child in token.children:
            if child.dep_ in ("compound", "appos", "flat") and child.i in self._token_person:
                return self._token_person[child.i]
        return None

    def ref(self, key: int) -> dict[str, str | None]:
        person = self.people[key]
        return {"name": person.name, "title": person.title, "country": person.country}

    def main_pair(self, before: int | None = None) -> list[int]:
        """The two most mentioned people (up to token `before`): who 'the two leaders' are."""
        counts: Counter[int] = Counter()
        for mention in self.mentions:
            if before is None or mention.start < before:
                counts[mention.person] += 1
        return [k for k, _ in counts.most_common(2)] if len(counts) >= 2 else []


def person_span(doc: Doc, person: Person) -> Span:
    start, end = person.best_span
    return doc[start:end]
