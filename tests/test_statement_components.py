"""The rule components the statements extractor reads: summitx_quotes (the quotations, as
doc.spans["summitx.quotes"]) and summitx_speech_cues (the reporting cues by class, as
doc.spans["summitx.cues"]). Each case is an invented sentence with every span expected."""

from __future__ import annotations

import pytest
from spacy.strings import get_string_id

from summitx.components import spans_of
from summitx.components.quotes import QUOTES, quotes_of
from summitx.components.speech_cues import CUES

QUOTE_CASES = [
    # (text, [(label, span text, quoted words without the marks)])
    ("Roe said “we are ready” before the vote.", [("closed", "“we are ready”", "we are ready")]),
    ('Roe said "we are ready" before the vote.', [("closed", '"we are ready"', "we are ready")]),
    ("Roe said ‘we are ready’ before the vote.", [("closed", "‘we are ready’", "we are ready")]),
    ("Roe said 'we are ready' before the vote.", [("closed", "'we are ready'", "we are ready")]),
    # Mixed marks: a curly opening closed by a straight one.
    (
        '“We stand together," Okafor said.',
        [("closed", '“We stand together,"', "We stand together,")],
    ),
    # A curly mark typed the wrong way round: an opening one right after the words and
    # before a space closes the open quote; a closing one after a space and before a word
    # opens one.
    ("“We are ready,“ Roe said.", [("closed", "“We are ready,“", "We are ready,")]),
    ("Roe said ”we are ready” today.", [("closed", "”we are ready”", "we are ready")]),
    (
        "“One.“ Roe left. “Two.”",
        [("closed", "“One.“", "One."), ("closed", "“Two.”", "Two.")],
    ),
    # News style still reopens a quote after a space: that mark opens.
    (
        "Roe wrote: “We agreed. “That is the point,” she said.",
        [
            ("open", "“We agreed.", "We agreed."),
            ("closed", "“That is the point,”", "That is the point,"),
        ],
    ),
    # A quote of the other family of marks inside a quote (curly in straight, straight in
    # curly) is a quote of its own, and the outer quote goes on after it.
    (
        '"It is not about “fair play” anymore," Roe said.',
        [
            (
                "closed",
                '"It is not about “fair play” anymore,"',
                "It is not about “fair play” anymore,",
            ),
            ("closed", "“fair play”", "fair play"),
        ],
    ),
    (
        '“It is not "fair play" at all,” Roe said.',
        [
            ("closed", '“It is not "fair play" at all,”', 'It is not "fair play" at all,'),
            ("closed", '"fair play"', "fair play"),
        ],
    ),
    (
        'Roe wrote:\n\n"We are past “business as usual” now.\n\n"The rest," she said.',
        [
            (
                "open",
                '"We are past “business as usual” now.',
                "We are past “business as usual” now.",
            ),
            ("closed", "“business as usual”", "business as usual"),
            ("closed", '"The rest,"', "The rest,"),
        ],
    ),
    # Two opening marks together open one quote.
    ('"“We are ready,” Roe said."', [("closed", "“We are ready,”", "We are ready,")]),
    # Apostrophes are no quotation marks.
    ("The leaders' meeting ended with the nations' pledge.", []),
    ("There’s no deal, and the ministers’ talks go on.", []),
    # A quote left open at a paragraph's end, the next paragraph going on with it.
    (
        '"The first part.\n\n"The second part," Roe added.',
        [
            ("open", '"The first part.', "The first part."),
            ("closed", '"The second part,"', "The second part,"),
        ],
    ),
    # A quote reopened without being closed: it ends where the next one opens.
    (
        'Roe wrote: "We agreed. "That is the point," she said.',
        [
            ("open", '"We agreed.', "We agreed."),
            ("closed", '"That is the point,"', "That is the point,"),
        ],
    ),
    # A mark glued to a word: the span takes the whole token, the offsets only the quote.
    # (After punctuation the tokenizer splits the mark off: the span is the quote's.)
    ('Roe said:"Never."', [("closed", '"Never."', "Never.")]),
    ("Roe said,“Never.”", [("closed", "“Never.”", "Never.")]),
    ('The "dead-end"deal was signed.', [("closed", '"dead-end"deal', "dead-end")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quote_spans(nlp, text: str, expected: list) -> None:
    doc = nlp(text)
    spans = spans_of(doc, QUOTES)
    quotes = quotes_of(doc)
    assert [
        (span.label_, span.text, text[q.inner_start : q.inner_end])
        for span, q in zip(spans, quotes, strict=True)
    ] == expected
    # The offsets with the marks lie inside the span's tokens.
    assert all(
        s.start_char <= q.start < q.end <= s.end_char for s, q in zip(spans, quotes, strict=True)
    )


CUE_CASES = [
    # (text, [(class, span text)]) in text order, the classes of one token in class order.
    (
        "Roe says the talks went well.",
        [("speech", "says"), ("reported_speech", "says"), ("object_clause", "says")],
    ),
    (
        "Roe said the talks went well.",
        [("speech", "said"), ("reported_speech", "said"), ("object_clause", "said")],
    ),
    (
        "Roe will tell reporters the plan is dead.",
        [
            ("speech", "tell"),
            ("reported_speech", "tell"),
            ("addressee", "tell"),
            ("object_appeal", "tell"),
        ],
    ),
    (
        "Roe has been insisting on a vote.",
        [("speech", "insisting"), ("reported_speech", "insisting"), ("object_clause", "insisting")],
    ),
    # A cue only beside a quote.
    ('"Never," Roe quipped.', [("speech", "quipped")]),
    ('"Never," Roe beamed.', [("speech", "beamed"), ("speech_adjacent", "beamed")]),
    # Phrasal cues: the verb with its particle, not before an infinitive.
    ('"No," Roe went on.', [("phrasal", "went on")]),
    ('"No," she shot back.', [("phrasal", "shot back")]),
    ("Okafor chimed in: “Not yet.”", [("phrasal", "chimed in")]),
    ("Roe went on to win the vote.", []),
    # Appeals: with the preposition that makes them one.
    (
        "Roe called for talks.",
        [("speech", "called"), ("speech_adjacent", "called"), ("appeal", "called")],
    ),
    (
        "Roe called on the minister to resign.",
        [("speech", "called"), ("speech_adjacent", "called"), ("appeal", "called")],
    ),
    (
        "Roe called on the minister at the palace.",
        [("speech", "called"), ("speech_adjacent", "called")],
    ),
    ("Okafor appealed for calm.", [("appeal", "appealed")]),
    # What a statement is made in.
    (
        "Roe said in a statement that the plan was dead.",
        [
            ("speech", "said"),
            ("reported_speech", "said"),
            ("object_clause", "said"),
            ("statement_noun", "statement"),
        ],
    ),
    # The lemmas treated apart: a verb above a cue that reports nothing, and 'continue'.
    (
        "Roe declined to comment.",
        [("negating_head", "declined"), ("speech", "comment"), ("speech_adjacent", "comment")],
    ),
    (
        "Okafor continued to argue that the plan was dead.",
        [
            ("speech", "continued"),
            ("speech_adjacent", "continued"),
            ("aspectual", "continued"),
            ("speech", "argue"),
            ("reported_speech", "argue"),
            ("object_clause", "argue"),
        ],
    ),
    ("The delegates met in a hall near the river.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_CASES)
def test_cue_spans(nlp, text: str, expected: list) -> None:
    doc = nlp(text)
    assert [(span.label_, span.text) for span in spans_of(doc, CUES)] == expected


def test_components_built_inside_a_memory_zone_still_label_after_it(nlp):
    """The components may be built while spaCy runs in a memory zone, which forgets the
    strings added in it: their spans must still be read, by hash, in the next zone."""
    from summitx.components.quotes import NAME as QUOTES_NAME
    from summitx.components.quotes import Quotes
    from summitx.components.speech_cues import CLASS_OF_ID, SpeechCues
    from summitx.components.speech_cues import NAME as CUES_NAME

    with nlp.memory_zone():
        quotes, cues = Quotes(), SpeechCues(nlp)
    text = '"We will sign," Okafor went on. Roe said in a letter that she agreed.'
    with nlp.memory_zone():
        with nlp.select_pipes(disable=[QUOTES_NAME, CUES_NAME]):
            doc = cues(quotes(nlp(text)))
        found = (
            [(s.text, s.label == get_string_id("closed")) for s in spans_of(doc, QUOTES)],
            [(CLASS_OF_ID[s.label], s.text) for s in spans_of(doc, CUES)],
        )
    assert found == (
        [('"We will sign,"', True)],
        [
            ("phrasal", "went on"),
            ("speech", "said"),
            ("reported_speech", "said"),
            ("object_clause", "said"),
            ("statement_noun", "letter"),
        ],
    )


def test_a_doc_parsed_without_the_components_is_an_error():
    import spacy

    doc = spacy.blank("en")("Roe said so.")
    with pytest.raises(LookupError, match=r"summitx\.quotes"):
        quotes_of(doc)
    with pytest.raises(LookupError, match=r"summitx\.cues"):
        spans_of(doc, CUES)
