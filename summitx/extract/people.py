"""Find the people of an article and resolve every way it refers to them.

A person is found from a PERSON entity, a title before capitalised words ("Prime Minister
X", "Chinese leader X") or an honorific ("Mr X"). Mentions are then grouped by their name
tokens ("Lee Jae Myung" = "Lee Jae-myung", "Takaichi Sanae" = "Sanae Takaichi", a surname =
the full name), and the other ways of naming a person resolve to them: a bare surname the
model tagged ORG or GPE, a role ("the South Korean president"), a pronoun.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract.document import DocumentMeta

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
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
}  # fmt: skip
HEAD_OF_GOVERNMENT = {"president", "prime minister", "premier", "chancellor", "leader", "king",
                      "queen", "emperor", "emir", "sultan"}  # fmt: skip


def name_key(name: str) -> frozenset[str]:
    """The metric's view of a name: its set of lowercase tokens split on spaces and hyphens."""
    return frozenset(t for t in re.split(r"[\s\-‐–]+", name.lower().replace("’", "'")) if t)


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


def _is_cap(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _match_title(doc: Doc, end: int) -> tuple[int, str] | None:
    """A title phrase ending just before token `end`: (start token, canonical title)."""
    for size in range(lexicon.max_title_words(), 0, -1):
        start = end - size
        if start < 0:
            continue
        words = " ".join(t.text.lower() for t in doc[start:end])
        title = lexicon.canonical_title(words)
        if title:
            return start, title
    return None


def _match_country_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A demonym or country (possessive) ending just before token `end`."""
    for size in (3, 2, 1):
        start = end - size
        if start < 0:
            continue
        span = doc[start:end]
        words = span.text
        if span[-1].text in ("'s", "’s") and size > 1:
            words = doc[start : end - 1].text
        country = lexicon.country_of_demonym(words) or lexicon.country_of_name(words)
        if country and _is_cap(doc[start]):
            return start, country
    return None


def _is_name_token(token: Token) -> bool:
    return _is_name_word(token.text) and not token.like_num


@lru_cache(maxsize=1 << 16)
def _is_name_word(text: str) -> bool:
    """_is_name_token but for like_num: it depends on the word alone, so it is cached per word."""
    low = text.lower()
    return (
        bool(text)
        and text[0].isupper()
        and any(c.isalpha() for c in text)
        and low not in NON_NAME_WORDS
        and low not in MONTH_AND_DAY_WORDS
        and not lexicon.canonical_title(low)
        and low not in lexicon.honorifics()
        and not lexicon.country_of_any(text)
        and not lexicon.country_of_demonym(low)
    )


def _extend_hyphenated(doc: Doc, end: int) -> int:
    """'Lee Jae' + '-' + 'myung' is one name: spaCy splits hyphenated given names."""
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
        self._token_person: dict[int, int] = {}
        self._build()

    # ----- construction -------------------------------------------------------------------
    def _allowed(self, start: int, end: int) -> bool:
        span = self.doc[start:end]
        return not self.meta.is_excluded(span.start_char, span.end_char)

    def _candidates(self) -> list[tuple[int, int, str, bool]]:
        """(start, end, source, strong) name spans; strong ones came with a title or honorific."""
        doc = self.doc
        found: list[tuple[int, int, str, bool]] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                found.append((ent.start, ent.end, "ent", False))
        for i, token in enumerate(doc):
            if not _is_name_token(token):
                continue
            if i > 0 and _is_name_token(doc[i - 1]):
                continue  # not the first token of a capitalised run
            title = _match_title(doc, i)
            honorific = i > 0 and doc[i - 1].text.lower() in lexicon.honorifics()
            if not title and not honorific:
                continue
            if title and not honorific and title[1] == "Speaker" and not _is_cap(doc[title[0]]):
                continue
            end = i
            while end < len(doc) and end - i < 4 and _is_name_token(doc[end]):
                end = _extend_hyphenated(doc, end + 1)
            found.append((i, end, "title", True))
        return found

    def _clean(self, start: int, end: int) -> tuple[int, int] | None:
        doc = self.doc
        while start < end and not _is_name_token(doc[start]):
            start += 1
        while end > start and (
            doc[end - 1].text in ("'s", "’s", "'", "’") or not doc[end - 1].is_alpha
        ):
            end -= 1
        if start >= end:
            return None
        end = _extend_hyphenated(doc, end)
        tokens = [t for t in doc[start:end] if t.is_alpha]
        if not tokens or any(not _is_name_token(t) for t in tokens if t.text[:1].isupper()):
            return None
        if not _is_cap(doc[start]) or any(c.isdigit() for c in doc[start:end].text):
            return None
        return start, end

    def _prefix(self, start: int) -> tuple[str | None, str | None]:
        """Title and country written before a name: 'Japanese Prime Minister', "Japan's PM"."""
        doc = self.doc
        title = country = None
        cursor = start
        if cursor > 0 and doc[cursor - 1].text.lower() in lexicon.honorifics():
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
        for start, end, _source, strong in self._candidates():
            cleaned = self._clean(start, end)
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

        other_labels = Counter(
            ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC", "NORP")
        )
        forms = Counter(doc[s:e].text for s, e, _ in chosen)
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
            if len(key) == 1 and form not in strong_forms:
                # A lone capitalised word the model called PERSON: keep it only with support.
                if forms[form] < 2 or other_labels[form]:
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
            if doc[start - 1].text.lower().rstrip(".") in ("mr", "sir", "lord") if start else False:
                person.gender["m"] += 3
            if (
                doc[start - 1].text.lower().rstrip(".") in ("mrs", "ms", "madam", "dame", "lady")
                if start
                else False
            ):
                person.gender["f"] += 3
        self._find_surnames()
        self._find_roles()
        self._infer_gender()
        # People are reported in order of first mention.
        ordered = sorted(self.people.values(), key=lambda p: p.first_token)
        self.people = {p.key: p for p in ordered if p.forms}

    def _owner_by_recency(self, key: frozenset[str], start: int, default: int) -> int:
        owners = [p for p in self.people.values() if key <= p.tokens]
        if len(owners) <= 1:
            return default
        best, best_pos = default, -1
        for mention in self.mentions:
            if mention.person in {o.key for o in owners} and best_pos < mention.start < start:
                best, best_pos = mention.person, mention.start
        return best

    def _add_mention(self, start: int, end: int, key: int, kind: str) -> None:
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
        for token in doc:
            if token.i in self._token_person or not _is_cap(token):
                continue
            owners = parts.get(token.text.lower())
            if not owners or not self._allowed(token.i, token.i + 1):
                continue
            # Part of a longer capitalised name that is someone else ("Lee Hsien Loong" vs "Lee").
            if (
                token.i + 1 < len(doc)
                and _is_name_token(doc[token.i + 1])
                and token.i + 1 not in self._token_person
            ):
                if doc[token.i + 1].ent_type_ == "PERSON":
                    continue
            key = self._owner_by_recency(frozenset({token.text.lower()}), token.i, min(owners))
            self._add_mention(token.i, token.i + 1, key, "surname")
        self.mentions.sort(key=lambda m: m.start)

    def role_person(self, head: Token) -> int | None:
        """The person a definite role description names: 'the South Korean president'."""
        doc = self.doc
        words = head.text.lower()
        start = head.i
        if head.i > 0 and lexicon.canonical_title(f"{doc[head.i - 1].text.lower()} {words}"):
            words = f"{doc[head.i - 1].text.lower()} {words}"
            start -= 1
        title = lexicon.canonical_title(words)
        if not title or head.tag_ in ("NNS", "NNPS"):
            return None
        # A name right after the title makes it a title, not a description.
        if head.i + 1 < len(doc) and _is_name_token(doc[head.i + 1]):
            return None
        country = None
        cursor = start
        before = _match_country_before(doc, cursor)
        if before:
            country = before[1]
            cursor = before[0]
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
            return candidates[0]
        if len(candidates) > 1:
            before_mentions = [
                m for m in self.mentions if m.person in candidates and m.start < head.i
            ]
            if before_mentions:
                return before_mentions[-1].person
        return None

    def _find_roles(self) -> None:
        for token in self.doc:
            if token.i in self._token_person or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if not self._allowed(token.i, token.i + 1):
                continue
            key = self.role_person(token)
            if key is not None:
                start = (
                    token.i - 1
                    if lexicon.canonical_title(
                        f"{self.doc[token.i - 1].text.lower()} {token.text.lower()}"
                    )
                    else token.i
                )
                self._add_mention(start, token.i + 1, key, "role")
        self.mentions.sort(key=lambda m: m.start)

    def _infer_gender(self) -> None:
        """A pronoun in a sentence that names exactly one person is evidence of their gender."""
        for sent in self.doc.sents:
            keys = {
                self._token_person[i]
                for i in range(sent.start, sent.end)
                if i in self._token_person
            }
            if len(keys) != 1:
                continue
            (key,) = keys
            for token in sent:
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

    def pronoun_person(self, token: Token) -> int | None:
        """The antecedent of he/she/his/her: the latest compatible person named before it."""
        sex = PRONOUNS.get(token.lower_)
        if sex is None:
            return None
        sent_start = token.sent.start
        window_start = max(0, sent_start - 120)
        fallback = None
        for mention in reversed(self.mentions):
            if mention.start >= token.i or mention.start < window_start:
                continue
            person = self.people.get(mention.person)
            if person is None:
                continue
            if person.sex is None or person.sex == sex:
                return mention.person
            if fallback is None:
                fallback = mention.person
        return None

    def resolve(self, token: Token) -> int | None:
        """The person a noun phrase headed by `token` names, if any."""
        key = self._token_person.get(token.i)
        if key is not None:
            return key
        if token.lower_ in PRONOUNS:
            return self.pronoun_person(token)
        # "Japanese Prime Minister Sanae Takaichi": the head may be the title, the name a compound.
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
