"""Who each name is: name spans grouped into people by their name tokens ("Kim Dae Jung" =
"Kim Dae-jung", "Koizumi Junichiro" = "Junichiro Koizumi"), then the bare surnames (or given
names) of those people wherever they appear, whatever the model tagged them."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from summitx.extract import tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people.cues import given_name_titled, honorific_sex, is_cap
from summitx.extract.people.model import Mention, Person, token_owners
from summitx.extract.people.roles import prefix, suffix
from summitx.extract.people.words import PERSON_NOUNS, allowed, is_name_token
from summitx.names import name_key


class Recency:
    """Which of several people sharing a name token a mention of it names: the one the
    article has already called by that very form, when only one of them was ('Clinton'
    stays the senator once she was 'Clinton', though her husband is named after), else the
    one mentioned last before it."""

    def __init__(self, people: Mapping[int, frozenset[str]], mentions: list[Mention]) -> None:
        self.people = people  # person key -> name tokens, in order of creation
        self.count = 0
        # Each person's mentions as sorted (start, order added): a binary search per owner,
        # where a scan of every mention per name made a long article quadratic.
        self.starts: dict[int, list[tuple[int, int]]] = {}
        # A short form (fewer words than the whole name) -> (start, person) of its uses
        # after that person was named in full (before it, the choice was only a guess).
        self.short_forms: dict[frozenset[str], list[tuple[int, int]]] = {}
        self.named_in_full: dict[int, int] = {}  # person -> start of the first full name
        for mention in mentions:
            self.add(mention)

    def add(self, mention: Mention, key: frozenset[str] | None = None) -> None:
        insort(self.starts.setdefault(mention.person, []), (mention.start, self.count))
        self.count += 1
        tokens = self.people.get(mention.person)
        if key is None or tokens is None:
            return
        if key == tokens:
            first = self.named_in_full.get(mention.person, mention.start)
            self.named_in_full[mention.person] = min(first, mention.start)
        elif key < tokens and self.named_in_full.get(mention.person, mention.start) < mention.start:
            insort(self.short_forms.setdefault(key, []), (mention.start, mention.person))

    def owner(self, key: frozenset[str], start: int, default: int) -> int:
        """Of the people whose name holds `key`, the only one called by `key` alone before
        `start`, else the one mentioned last before `start` (the first such mention when two
        start together), else `default`."""
        owners = [person for person, tokens in self.people.items() if key <= tokens]
        if len(owners) <= 1:
            return default
        used = {p for at, p in self.short_forms.get(key, ()) if at < start and p in owners}
        if len(used) == 1:
            return next(iter(used))
        best, best_at = default, (-1, 0)
        for owner in owners:
            starts = self.starts.get(owner, [])
            i = bisect_left(starts, (start, -1)) - 1  # the last mention starting before
            if i < 0:
                continue
            first = bisect_left(starts, (starts[i][0], -1))  # the first at that start
            at = (starts[first][0], -starts[first][1])
            if at > best_at:
                best, best_at = owner, at
        return best


@dataclass
class _Draft:
    """A person while their name mentions are read (becomes a Person)."""

    tokens: frozenset[str]
    forms: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    gender: Counter[str] = field(default_factory=Counter)
    first_token: int = 10**9
    best_span: tuple[int, int] = (0, 0)


def name_people(
    doc: Doc, spans: list[tuple[int, int, bool]]
) -> tuple[dict[int, Person], list[Mention]]:
    """The people the name spans name, in order of creation, and one mention per span."""
    strong_forms = {doc[s:e].text for s, e, strong in spans if strong}
    royal_forms = {doc[s:e].text for s, e, _ in spans if given_name_titled(doc, s, e)}
    # Multi-word names first, so that surnames join the full name they belong to.
    # Ties keep the order of first appearance: a set here made the output depend on
    # PYTHONHASHSEED, so two processes (--jobs, --dask, two runs) could disagree.
    order = sorted(
        dict.fromkeys(doc[s:e].text for s, e, _ in spans), key=lambda f: -len(name_key(f))
    )
    names: dict[int, frozenset[str]] = {}
    form_person: dict[str, int] = {}
    shared_forms: set[str] = set()  # forms that more than one person's name holds
    for form in order:
        key = name_key(form)
        owners = [person for person, tokens in names.items() if key <= tokens]
        if owners and form in royal_forms:
            # 'Prince Albert' is not 'Albert Hollis'; a second royal of that name would be.
            owners = [person for person in owners if names[person] == key]
        if owners:
            # The first owner; others are settled per mention by recency below.
            form_person[form] = owners[0]
            if len(owners) > 1:
                shared_forms.add(form)
            continue
        # A lone capitalised word is a person only when a title or honorific says so
        # ('Foreign Minister Lund', 'Mr Ortiz'): the model also calls PERSON the one-word
        # names of groups, firms and towns ('the Houthis', 'Yukos', 'Sanaa').
        if len(key) == 1 and form not in strong_forms:
            continue
        names[len(names)] = key
        form_person[form] = len(names) - 1

    drafts = {person: _Draft(tokens) for person, tokens in names.items()}
    recency = Recency(names, [])
    mentions: list[Mention] = []
    for start, end, _strong in spans:
        form = doc[start:end].text
        if form not in form_person:
            continue
        person = form_person[form]
        if not given_name_titled(doc, start, end):
            person = recency.owner(name_key(form), start, person)
        mentions.append(Mention(start, end, person, "name"))
        recency.add(mentions[-1], name_key(form))
        # Whose gender the honorific of a shared form shows is only known once honorifics.py
        # has settled who it names.
        _read_mention(doc, drafts[person], start, end, form not in shared_forms)
    people = {
        key: Person(
            key, d.forms, d.titles, d.countries, d.gender, d.first_token, d.best_span, d.tokens
        )
        for key, d in drafts.items()
    }
    return people, mentions


def _read_mention(doc: Doc, draft: _Draft, start: int, end: int, honorific: bool) -> None:
    """What one name mention tells of its person: a form, a title and country around it, an
    honorific's gender (when `honorific`)."""
    form = doc[start:end].text
    draft.forms[form] += 1
    title, country = prefix(doc, start)
    s_title, s_country = suffix(doc, end)
    title, country = title or s_title, country or s_country
    if title:
        draft.titles[title] += 1
    if country:
        draft.countries[country] += 1
    draft.first_token = min(draft.first_token, start)
    best = doc[draft.best_span[0] : draft.best_span[1]].text
    if draft.best_span == (0, 0) or len(name_key(form)) > len(name_key(best)):
        draft.best_span = (start, end)
    # An honorific that shows a gender ("Mr", "Dame") outweighs pronouns.
    sex = honorific_sex(doc, start - 1) if start and honorific else None
    if sex:
        draft.gender[sex] += 3


def names_person(token: Token) -> bool:
    """A word the model reads as a person, or followed by an apposition saying what person
    it is ("Washington, star of ...")."""
    return token.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in PERSON_NOUNS
        for c in token.children
    )


def surname_mentions(
    doc: Doc, meta: DocumentMeta, people: Mapping[int, Person], mentions: list[Mention]
) -> list[Mention]:
    """The mentions with the bare surnames (or given names) of known people added."""
    parts: dict[str, set[int]] = {}
    for person in people.values():
        if len(person.tokens) < 2:
            parts.setdefault(next(iter(person.tokens)), set()).add(person.key)
            continue
        for token in person.tokens:
            if len(token) >= 3:
                parts.setdefault(token, set()).add(person.key)
    out = list(mentions)
    owned = token_owners(out)
    recency = Recency({p.key: p.tokens for p in people.values()}, [])
    for mention in out:
        recency.add(mention, name_key(doc[mention.start : mention.end].text))
    for token in tokens_of(doc):
        if token.i in owned or not is_cap(token):
            continue
        owners = parts.get(token.text.lower())
        if not owners or not allowed(doc, meta, token.i, token.i + 1):
            continue
        if not is_name_token(token) and not names_person(token):
            continue  # a surname that is a place ("Nora Washington") is mostly the place
        # Part of a longer capitalised name that is someone else ("Kim Jong Un" vs "Kim").
        if (
            token.i + 1 < len(doc)
            and is_name_token(doc[token.i + 1])
            and token.i + 1 not in owned
            and doc[token.i + 1].ent_type_ == "PERSON"
        ):
            continue
        form = frozenset({token.text.lower()})
        key = recency.owner(form, token.i, min(owners))
        out.append(Mention(token.i, token.i + 1, key, "surname"))
        recency.add(out[-1], form)
        owned[token.i] = key
    return out
