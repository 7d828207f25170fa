"""General lexicons loaded from `patterns/`: titles, countries, demonyms, cue verbs, meeting words.

Country names come from pycountry; the JSON files add what it lacks (demonyms, short forms,
capitals used for governments). Nothing here is about any particular summit.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_pattern(name: str) -> dict[str, Any]:
    data = resources.files("summitx.patterns").joinpath(name).read_text(encoding="utf-8")
    return json.loads(data)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@cache
def country_names() -> dict[str, str]:
    """Lowercase country name -> alpha-2, from pycountry plus the alias table."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[_norm(value)] = country.alpha_2
    names.update(load_pattern("country_aliases.json")["aliases"])
    return names


@cache
def capitals() -> dict[str, str]:
    table = dict(load_pattern("country_aliases.json")["capitals"])
    table.pop("_comment", None)
    return table


@cache
def demonyms() -> dict[str, str]:
    return load_pattern("demonyms.json")["demonyms"]


def country_of_name(text: str) -> str | None:
    """alpha-2 of a country name ('South Korea', "Japan's", 'the U.S.'), else None."""
    key = _norm(text)
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    key = key.strip(" -–—,.;:") if not key.endswith(".") or len(key) > 5 else key
    if key.startswith("the "):
        key = key[4:]
    return country_names().get(key)


def country_of_demonym(text: str) -> str | None:
    return demonyms().get(_norm(text))


def country_of_any(text: str) -> str | None:
    """A country from a name, demonym or capital."""
    return country_of_name(text) or country_of_demonym(text) or capitals().get(_norm(text))


def country_name(alpha2: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return alpha2
    return getattr(country, "common_name", None) or country.name


@cache
def titles() -> dict[str, str]:
    return load_pattern("titles.json")["titles"]


@cache
def honorifics() -> frozenset[str]:
    return frozenset(load_pattern("titles.json")["honorifics"])


def canonical_title(text: str) -> str | None:
    return titles().get(_norm(text))


@cache
def speech_cues() -> frozenset[str]:
    return frozenset(load_pattern("cues.json")["speech"])


@cache
def speech_nouns() -> frozenset[str]:
    """Nouns for what someone said: 'X's answer', 'his warning', 'her remark'."""
    return frozenset(load_pattern("cues.json")["speech_nouns"])


@cache
def meeting_nouns() -> dict[str, str]:
    return load_pattern("meetings.json")["nouns"]


@cache
def meeting_verbs() -> dict[str, str]:
    return load_pattern("meetings.json")["verbs"]


@cache
def quote_labels() -> dict[str, frozenset[str]]:
    """Word classes that make quoted words a label or a title (patterns/quotes.json)."""
    data = load_pattern("quotes.json")
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
