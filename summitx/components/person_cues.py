"""The words around a name that say who a person is: titles, honorifics, demonyms, countries.

Four PhraseMatchers (attr LOWER) over the general lexicons write four `doc.spans` groups:

- TITLES: title and office phrases of patterns/titles.json ("prime minister", "pm", "Sen."),
  each span labelled with its canonical title ("Prime Minister");
- HONORIFICS: the honorifics of titles.json ("Mr", "Mrs.", "Dame"), labelled with the gender
  they show ("m", "f", or UNMARKED for "Dr");
- DEMONYMS: the demonyms of patterns/demonyms.json ("Japanese", "South Korean"), labelled with
  the country's alpha-2 code;
- COUNTRY_NAMES: country names from pycountry and patterns/country_aliases.json ("Japan",
  "the U.S." as "U.S."), labelled with the alpha-2 code.

Spans of a group may overlap ("deputy prime minister", "prime minister" and "minister" are all
marked): a reader picks the one it needs. Labels are read back with `label_of`, by hash, never
through the StringStore (memory zones forget strings added inside them).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from summitx import lexicon
from summitx.components import SPANS_PREFIX

NAME = "summitx_person_cues"
TITLES = SPANS_PREFIX + "titles"
HONORIFICS = SPANS_PREFIX + "honorifics"
DEMONYMS = SPANS_PREFIX + "demonyms"
COUNTRY_NAMES = SPANS_PREFIX + "country_names"
# The label of an honorific that shows no gender ("Dr", "Mme" shows one but is not listed).
UNMARKED = "unmarked"


def title_phrases() -> dict[str, str]:
    """Lowercase title phrase -> canonical title."""
    return lexicon.titles()


@cache
def honorific_genders() -> dict[str, str]:
    """Lowercase honorific -> the gender it shows, or UNMARKED."""
    genders = lexicon.load_pattern("titles.json")["honorific_gender"]
    shown = {word: sex for sex, words in genders.items() if sex != "_comment" for word in words}
    return {word: shown.get(word, UNMARKED) for word in sorted(lexicon.honorifics())}


def demonym_phrases() -> dict[str, str]:
    """Lowercase demonym -> alpha-2."""
    return lexicon.demonyms()


@cache
def country_phrases() -> dict[str, str]:
    """Lowercase country name -> alpha-2, for the names lexicon.country_of_name reads back
    (it drops a leading "the " and the final full stop of a long name before looking up, so
    "u.s.a." and "the state of eritrea" are never found as written)."""
    return {
        name: code
        for name, code in lexicon.country_names().items()
        if lexicon.country_of_name(name) == code
    }


@cache
def _labels() -> dict[int, str]:
    """Every label the component writes, by hash."""
    values: set[str] = {UNMARKED, *title_phrases().values(), *honorific_genders().values()}
    values |= {*demonym_phrases().values(), *country_phrases().values()}
    return {get_string_id(value): value for value in values}


def label_of(span: Span) -> str:
    """The label of one of the component's spans (a canonical title, gender or alpha-2)."""
    return _labels()[span.label]


class PersonCues:
    def __init__(self, nlp: Language) -> None:
        vocab = nlp.vocab
        self.matchers: list[tuple[str, PhraseMatcher]] = []
        for key, table, tokenized in (
            # A title is matched word for word, as the people extractor always read titles:
            # "vice-president" is one word, so the three tokens of "vice-president" are read
            # as "president".
            (TITLES, title_phrases(), False),
            (HONORIFICS, honorific_genders(), False),
            # Names and demonyms also as the tokenizer splits them: "Guinea-Bissau".
            (DEMONYMS, demonym_phrases(), True),
            (COUNTRY_NAMES, country_phrases(), True),
        ):
            matcher = PhraseMatcher(vocab, attr="LOWER")
            for label, phrases in _by_label(table).items():
                docs = [Doc(vocab, words=phrase.split()) for phrase in phrases]
                if tokenized:
                    docs += [nlp.make_doc(phrase) for phrase in phrases]
                matcher.add(label, docs)
            self.matchers.append((key, matcher))

    def __call__(self, doc: Doc) -> Doc:
        for key, matcher in self.matchers:
            matches = sorted(matcher(doc), key=lambda m: (m[1], m[2]))
            doc.spans[key] = [Span(doc, start, end, label=label) for label, start, end in matches]
        return doc


def _by_label(table: dict[str, str]) -> dict[str, list[str]]:
    """The phrases of each label, with a typographic apostrophe variant of those that have
    one ("côte d’ivoire"): the lexicon folds ’ into ' before looking up."""
    out: dict[str, list[str]] = {}
    for phrase, label in table.items():
        out.setdefault(label, []).extend(_spellings(phrase))
    return out


def _spellings(phrase: str) -> Iterable[str]:
    yield phrase
    if "'" in phrase:
        yield phrase.replace("'", "’")


@Language.factory(NAME, assigns=["doc.spans"])
def make_person_cues(nlp: Language, name: str) -> PersonCues:
    return PersonCues(nlp)
