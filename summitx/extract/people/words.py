"""Which tokens could be words of a person's name: capitalised, not a title, honorific,
country, demonym, month or a word that names things ("Ministry", "Summit")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.extract import per_doc, texts_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people.cues import after_honorific, is_cap

_WORDS = lexicon.load_pattern("people.json")
# Month and day words are name words only inside a PERSON entity ("Theresa May").
MONTH_AND_DAY_WORDS = frozenset(_WORDS["month_and_day_words"])
# Words that start with a capital in names of things, never of people.
NON_NAME_WORDS = frozenset(_WORDS["non_name_words"])
# Closed-class tags no name word takes, though the model may read a sentence's capitalised
# first word as part of a name: prepositions, determiners, conjunctions, wh-words. Not MD:
# a given name may be read as a modal ("Will").
FUNCTION_WORD_TAGS = frozenset({"IN", "DT", "CC", "TO", "WDT", "WP", "WP$", "WRB", "EX", "PDT"})


def name_word(token: Token) -> bool:
    """Letters, allowing an inner apostrophe: "O’Neill", "D'Souza"."""
    return token.is_alpha or (
        len(token.text) > 2
        and token.text.replace("’", "").replace("'", "").isalpha()
        and token.text[0] not in "'’"
        and token.text[-1] not in "'’"
    )


def is_name_token(token: Token) -> bool:
    """Could this token be a word of a person's name? Answered for the whole document at
    once, on first use: the rules ask about each token several times."""
    return name_flags(token.doc)[token.i]


def name_flags(doc: Doc) -> list[bool]:
    return per_doc(doc, "name_tokens", _name_token_flags)


def _name_token_flags(doc: Doc) -> list[bool]:
    # Every name word starts with a capital: the full test runs on those tokens only.
    return [
        text[:1].isupper() and _name_token_test(token, after_honorific(token))
        for token, text in zip(tokens_of(doc), texts_of(doc), strict=True)
    ]


def name_token_indices(doc: Doc) -> list[int]:
    """The tokens _is_name_token accepts, in order."""
    return per_doc(
        doc, "name_token_indices", lambda d: [i for i, f in enumerate(name_flags(d)) if f]
    )


def _name_token_test(token: Token, after_honorific: bool) -> bool:
    if after_honorific:
        # "Mr German", "Mrs Paris": after an honorific even a place word is a surname.
        return (
            token.is_alpha and token.text[0].isupper() and not lexicon.canonical_title(token.lower_)
        )
    if token.lower_ in MONTH_AND_DAY_WORDS and not month_word_in_name(token):
        return False
    if token.tag_ in FUNCTION_WORD_TAGS:
        return False  # "Across Wales, pickets were held": a capitalised preposition
    if token.tag_ == "RB" and token.is_sent_start:
        return False  # "Meanwhile Ana Roe said": a sentence adverb before the name
    return _is_name_word(token.text) and not token.like_num


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
        # "Ministers", "Lords": the plural of a title or honorific is those who hold it.
        and not (
            low.endswith("s")
            and (lexicon.canonical_title(low[:-1]) or low[:-1] in lexicon.honorifics())
        )
    )


def place_surname(token: Token) -> bool:
    """'Nora Washington', 'Ann Jordan': a place word (not a people's name) that ends a
    PERSON entity of two or three words whose first word is a name word, which makes it a
    surname there. Elsewhere the word stays a place ("Washington said")."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ == "B" or not token.is_alpha:
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # not the entity's last word
    first = token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return (
        token.i - first in (1, 2)
        and is_name_token(doc[first])
        and bool(lexicon.country_of_any(token.text))
        and not lexicon.country_of_demonym(token.lower_)
        and token.lower_ not in NON_NAME_WORDS
        and not lexicon.canonical_title(token.lower_)
    )


# "O'Hara", "D’Alema": one name token though not is_alpha.
APOSTROPHE_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")
# Words for what a person is, in an apposition after their name ("X, a scholar at ...").
PERSON_NOUNS = frozenset(lexicon.load_pattern("titles.json").get("person_nouns", []))


def month_word_in_name(token: Token) -> bool:
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
        t is not None and t.ent_type_ == "PERSON" and is_cap(t) and t.text.lower() != token.lower_
        for t in (before, after)
    )


def is_word(token: Token) -> bool:
    return token.is_alpha or bool(APOSTROPHE_NAME.fullmatch(token.text))


def extend_hyphenated(doc: Doc, end: int) -> int:
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


def allowed(doc: Doc, meta: DocumentMeta, start: int, end: int) -> bool:
    """Tokens start..end lie outside the parts of the article the metadata excludes."""
    if not meta.excluded:
        return True
    last = tokens_of(doc)[end - 1]
    return not meta.is_excluded(tokens_of(doc)[start].idx, last.idx + len(last))
