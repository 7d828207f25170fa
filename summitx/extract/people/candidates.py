"""Where the names of people are: token spans from PERSON entities, appositions ("Jane Roe,
a scholar at ..."), titles and honorifics before capitalised words ("Prime Minister X",
"Mr X") and the subjects of speech verbs; overlapping spans give way to the longest."""

from __future__ import annotations

from spacy.tokens import Doc

from summitx import lexicon
from summitx.extract import ents_of, tokens_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people.cues import after_honorific, given_name_titled, is_cap, match_title
from summitx.extract.people.headlines import trim_heading_names
from summitx.extract.people.words import (
    MONTH_AND_DAY_WORDS,
    PERSON_NOUNS,
    allowed,
    extend_hyphenated,
    is_name_token,
    is_word,
    name_flags,
    name_token_indices,
    name_word,
    place_surname,
)

# Letters after a name that are not part of it.
POST_NOMINALS = frozenset(lexicon.load_pattern("people.json")["post_nominals"])
DASHES = frozenset({"-", "‐", "–", "—"})
# Post-nominals only a person holds: the name words before one are a person's name.
HONOUR_POST_NOMINALS = frozenset(lexicon.load_pattern("people.json")["honour_post_nominals"])
# Words that introduce the name of a thing ("the precinct known as X"), not of a person.
NAMING_WORDS = frozenset(lexicon.load_pattern("people.json")["naming_words"])


def name_spans(doc: Doc, meta: DocumentMeta, quoted: frozenset[int]) -> list[tuple[int, int, bool]]:
    """(start, end, strong) of every name, in order and not overlapping; a strong one came
    with a title or honorific."""
    spans: list[tuple[int, int, bool]] = []
    for start, end, source, strong in _candidates(doc, quoted):
        # "Paul Boateng MP", "Jo Tate QC": a post-nominal is not part of the name.
        while end - start > 1 and doc[end - 1].lower_ in POST_NOMINALS:
            end -= 1
        # Speaker names were checked word by word already ("Jan Berry" keeps its "Jan").
        cleaned = (start, end) if source == "speaker" else _clean(doc, start, end)
        if cleaned and allowed(doc, meta, *cleaned):
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
    return trim_heading_names(doc, chosen)


def _appositive_names(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """'Jane Roe, a scholar at ...', 'Jane Roe, the group's chief economist': the apposition
    says the capitalised words before it name a person, whatever the model tagged them."""
    found = []
    tokens = tokens_of(doc)
    for i in name_token_indices(doc):
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
            and is_name_token(doc[start - 1])
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


def _candidates(doc: Doc, quoted: frozenset[int]) -> list[tuple[int, int, str, bool]]:
    """(start, end, source, strong) name spans; strong ones came with a title or honorific."""
    found: list[tuple[int, int, str, bool]] = []
    for ent in ents_of(doc):
        if ent.label_ == "PERSON" and not _named_thing(doc, ent.start):
            found.append((ent.start, ent.end, "ent", False))

    found.extend(_appositive_names(doc))
    flags, tokens = name_flags(doc), tokens_of(doc)
    for i in name_token_indices(doc):
        if i > 0 and flags[i - 1]:
            continue  # not the first token of a capitalised run
        token = tokens[i]
        title = match_title(doc, i)
        honorific = after_honorific(token)
        if not title and not honorific:
            continue
        if title and not honorific and title[1] == "Speaker" and not is_cap(doc[title[0]]):
            continue
        end, words = i, 0
        # Up to four name words; 'Jean-Luc' is one word of three tokens.
        while end < len(doc) and words < 4 and is_name_token(doc[end]):
            end = extend_hyphenated(doc, end + 1)
            words += 1
        if not _named_after_royal(doc, i, end):
            found.append((i, end, "title", True))
    found.extend(_speaker_names(doc, quoted))
    found.extend(_honour_names(doc))
    return found


def _named_after_royal(doc: Doc, start: int, end: int) -> bool:
    """'Queen Ada station', 'the Prince Olaf hospital': a royal's given name that modifies a
    common noun names the thing called after them, not a person of the article."""
    token = doc[start]
    head = token.head
    return (
        given_name_titled(doc, start, end)
        and token.dep_ == "compound"
        and head.i > token.i
        and head.tag_ == "NN"
        and head.is_lower
        and not lexicon.canonical_title(head.lower_)
        and head.lemma_.lower() not in PERSON_NOUNS
    )


def _honour_names(doc: Doc) -> list[tuple[int, int, str, bool]]:
    """'Helen Varga QC', 'Tom Reid OBE': an honour after two or three name words says they
    name a person, whatever entity the model made of them (it often reads a FAC or ORG)."""
    found: list[tuple[int, int, str, bool]] = []
    for token in tokens_of(doc):
        if token.lower_ not in HONOUR_POST_NOMINALS or not token.is_upper or token.i < 2:
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and is_name_token(doc[start - 1]):
            start -= 1
        if doc[start].ent_type_ == "PERSON" and all(
            t.ent_iob_ == "I" for t in doc[start + 1 : token.i]
        ):
            continue  # one PERSON entity holds every name word before the honour: it names them
        if token.i - start >= 2 and doc[start].ent_type_ not in ("GPE", "NORP", "LOC"):
            found.append((start, token.i + 1, "honour", False))
    return found


def _speaker_names(doc: Doc, quoted: frozenset[int]) -> list[tuple[int, int, str, bool]]:
    """A capitalised two- or three-word name as the subject of a speech verb ("Anna
    Kowalska, a scholar at ..., told CNN") is a person even when the model missed it."""
    found: list[tuple[int, int, str, bool]] = []
    for token in tokens_of(doc):
        if token.dep_ != "nsubj" or token.tag_ != "NNP" or token.i in quoted:
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
            and (is_name_token(doc[start - 1]) or doc[start - 1].lower_ in MONTH_AND_DAY_WORDS)
        ):
            start -= 1
        tokens = doc[start : token.i + 1]
        # A given name may be spelt like a month ("Jan", "May") when a surname follows.
        # Not a place or body ("Hong Kong said"), unless a role noun precedes the name
        # ("chairperson Moussa Faki Mahamat", which the model may tag ORG).
        after_role = start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower
        if 2 <= len(tokens) <= 3 and all(
            name_word(t)
            and (after_role or t.ent_type_ in ("", "PERSON"))
            and (is_name_token(t) or (t.i < token.i and t.lower_ in MONTH_AND_DAY_WORDS))
            for t in tokens
        ):
            found.append((start, token.i + 1, "speaker", False))
    return found


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    # "Ana Roe - the former minister": a dash set off by spaces ends the name (a hyphen
    # inside one, "Abd-Salam", touches both its words); "MPs - Ana Roe": a name after the
    # dash starts there when no name word comes before it.
    for i in range(start + 1, end):
        if doc[i].text in DASHES and (doc[i].whitespace_ or doc[i - 1].whitespace_):
            if any(is_name_token(t) for t in doc[start:i]):
                end = i
            else:
                start = i + 1
            break
    while start < end and not is_name_token(doc[start]):
        start += 1
    while end > start and (
        doc[end - 1].text in ("'s", "’s", "'", "’") or not is_word(doc[end - 1])
    ):
        end -= 1
    if start >= end:
        return None
    end = extend_hyphenated(doc, end)
    tokens = [t for t in doc[start:end] if is_word(t)]
    if not tokens or any(
        not is_name_token(t) and not (t.i == end - 1 and place_surname(t))
        for t in tokens
        if t.text[:1].isupper()
    ):
        return None
    if not is_cap(doc[start]) or any(c.isdigit() for c in doc[start:end].text):
        return None
    if lexicon.country_of_any(doc[start:end].text) and not after_honorific(doc[start]):
        return None  # 'Sri Lanka' tagged PERSON: a country of several words
    return start, end
