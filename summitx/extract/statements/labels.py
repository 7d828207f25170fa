"""Quoted words that are no one's speech: labels (a banner reading "Welcome"), titles of
works in Title Case, nicknames inside a name, headlines and subheadings."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from summitx import lexicon
from summitx.components.speech_cues import SPEECH
from summitx.extract import text_of, tokens_of
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import Context, paragraph
from summitx.extract.statements.cues import has_class


def spoken_name(doc: Doc, quote: QuoteSpan) -> bool:
    """'X called it "a disgrace"', 'what X dubbed "..."': a naming verb that is a reporting
    cue with a subject of its own (not passive, not a participle as in 'a group called
    "..."') gives its subject's words, not a label."""
    i = bisect_left(tokens_of(doc), quote.start, key=lambda t: t.idx) - 1
    while i >= 0 and (doc[i].is_space or (doc[i].is_punct and doc[i].idx >= quote.start - 2)):
        i -= 1
    if i >= 1 and doc[i].lower_ in lexicon.quote_labels()["named_objects"]:
        i -= 1
    if i < 0:
        return False
    verb = doc[i]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.lemma_.lower() in lexicon.quote_labels()["reading_verbs"]
        and subject is not None
        and (
            subject.pos_ == "PRON"
            or (
                subject.text[:1].isupper()
                and not any(c.dep_ in ("det", "poss") for c in subject.children)
            )
        )
        and title_case(text_of(doc)[quote.inner_start : quote.inner_end])
    ):
        # A person (a name, a pronoun) reading words in Title Case reads a title ('X read
        # "Ten Small Rooms"'); a text that reads them says them ('one banner read "Peace
        # Now"', 'The Ottawa Post reads ...').
        return False
    return verb.pos_ == "VERB" and has_class(verb, SPEECH) and subject is not None


def is_label(doc: Doc, quote: QuoteSpan) -> bool:
    text = text_of(doc)
    before = text[max(0, quote.start - 30) : quote.start].lower().split()
    labels = lexicon.quote_labels()
    if before and before[-1].strip(":,") in labels["label_words"]:
        return not spoken_name(doc, quote)
    if " ".join(before[-3:]).endswith(tuple(labels["label_phrases"])):
        return not spoken_name(doc, quote)
    if is_title(text, quote):
        return True
    # A nickname inside a name: Gen. Robert E. "Bob" Smith.
    inner = text[quote.inner_start : quote.inner_end]
    after = text[quote.end : quote.end + 30].split()
    raw_before = text[max(0, quote.start - 30) : quote.start].split()
    return (
        len(inner.split()) <= 2
        and inner[:1].isupper()
        and inner.replace(" ", "").replace("-", "").isalpha()
        and bool(raw_before)
        and raw_before[-1][:1].isupper()
        and raw_before[-1][-1] not in ".!?:;,"
        and bool(after)
        and after[0][:1].isupper()
        and text[quote.start - 1 : quote.start] == " "
    )


# Prepositions before a title in Title Case: 'on "Morning Round Table"', 'an interview with
# "Face the Nation"'. (Not 'in' or 'from': a quoted fragment of place names in Title Case
# is speech there, 'jobs from "Dover to Leeds"'.)
TITLE_PREPOSITIONS = ("on", "of", "with")


def title_case(inner: str) -> bool:
    """Every word capitalised but the small words of a title: 'Night of the Long Knives'."""
    small = lexicon.quote_labels()["title_small_words"]
    words = inner.rstrip(",.").split()
    return (
        bool(words)
        and len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words[1:])
    )


def is_title(text: str, quote: QuoteSpan) -> bool:
    """The title of a show, book or film: words in Title Case after a possessive or 'on'
    ('on the network's "Morning Round Table,"'), or after a noun naming a work ('her film,
    "Sunrise"')."""
    labels = lexicon.quote_labels()
    inner = text[quote.inner_start : quote.inner_end]
    if not title_case(inner):
        return False
    words = inner.split()
    before = text[max(0, quote.start - 40) : quote.start].split()
    if not before:
        return False
    previous = before[-1].lower().strip(",")
    after_work = any(w.lower().strip(",") in labels["work_nouns"] for w in before[-2:])
    possessive = previous.endswith(("'s", "’s", "s'", "s’"))
    if len(words) == 1:
        # One word after a possessive of an acronym is a show of a broadcaster or paper
        # ('told the network's "Tonight"' is not, 'told NBC's "Tonight"' is).
        owner = before[-1].strip(",").removesuffix("'s").removesuffix("’s")
        return after_work or (possessive and len(owner) >= 2 and owner.isupper())
    return after_work or previous in TITLE_PREPOSITIONS or possessive


def in_headline(ctx: Context, quote: QuoteSpan) -> bool:
    """The quote is in a headline: the header, or a first line of one short sentence above
    further paragraphs."""
    if quote.start < ctx.meta.body_start:
        return True
    first, _, rest = ctx.text.partition("\n")
    if quote.start >= len(first) or not rest.strip():
        return False
    return len(first.split()) <= 25 and not re.search(r"[.!?][\"'’”]?\s+\S", first)


def in_heading(ctx: Context, quote: QuoteSpan) -> bool:
    """A subheading ("'Floating coffins'", "'Open door' policy"): a short paragraph that
    does not end as a sentence does, so it reports no one's speech."""
    start, end = paragraph(ctx.text, quote.start)
    line = ctx.text[start:end].strip()
    return len(line.split()) <= 8 and not line.rstrip("\"'’”").endswith((".", "!", "?", ","))
