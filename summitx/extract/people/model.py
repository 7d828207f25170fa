"""What the people extractor finds: each Person, each Mention of one, and People, the
finished index of an article that the other extractors query. All three are complete when
built and never change afterwards."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from summitx.names import name_key

if TYPE_CHECKING:
    from summitx.extract.people.pronouns import Antecedents

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class Mention:
    start: int  # token index
    end: int
    person: int
    kind: str  # name | surname | role | pronoun


@dataclass(frozen=True)
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


def token_owners(mentions: list[Mention]) -> dict[int, int]:
    """Token index -> person, the mention added last winning where two cover a token."""
    owners: dict[int, int] = {}
    for mention in mentions:
        for i in range(mention.start, mention.end):
            owners[i] = mention.person
    return owners


class People:
    """The people of one article and the token spans that refer to each (built by
    `summitx.extract.people.index_people`)."""

    def __init__(
        self,
        people: Mapping[int, Person],
        mentions: list[Mention],
        token_person: Mapping[int, int],
        pronouns: Antecedents,
        quoted: frozenset[int],
    ) -> None:
        # People in order of first mention.
        self.people: Mapping[int, Person] = MappingProxyType(dict(people))
        self.mentions: tuple[Mention, ...] = tuple(mentions)
        # Tokens inside quotation marks (see quoted_tokens).
        self.quoted = quoted
        self._token_person = MappingProxyType(dict(token_person))
        self._pronouns = pronouns
        first: dict[int, Mention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                first.setdefault(i, mention)
        self._mention_at = MappingProxyType(first)

    def person_at(self, i: int) -> int | None:
        return self._token_person.get(i)

    def mention_at(self, i: int) -> Mention | None:
        """The first mention (in order of start) covering token `i`."""
        return self._mention_at.get(i)

    def persons_in(self, start: int, end: int) -> list[int]:
        """People mentioned in a token range, in order of first mention there."""
        out: list[int] = []
        for i in range(start, end):
            key = self._token_person.get(i)
            if key is not None and key not in out:
                out.append(key)
        return out

    def pronoun_person(self, token: Token) -> int | None:
        """The antecedent of he/she/his/her (see pronouns.Antecedents)."""
        return self._pronouns.of(token) if token.lower_ in PRONOUNS else None

    def resolve(self, token: Token) -> int | None:
        """The person a noun phrase headed by `token` names, if any."""
        key = self._token_person.get(token.i)
        if key is not None:
            return key
        if token.lower_ in PRONOUNS:
            return self.pronoun_person(token)
        # "Japanese Prime Minister Junichiro Koizumi": the head may be the title, the name a
        # compound. A name that modifies a plural common noun ("Roe aides", "Roe
        # supporters") belongs to others than its bearer.
        for child in token.children:
            if child.dep_ == "compound" and token.tag_ == "NNS":
                continue
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
