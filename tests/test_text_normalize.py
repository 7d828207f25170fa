"""Each normalizer of summitx.text on invented sentences: what it undoes, what it leaves alone,
and that every word of the view maps back to the same word of the text as read."""

from __future__ import annotations

import re
import textwrap
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitx.text import prepare

PARAGRAPH = (
    "Chancellor Ilse Varga of Norland and President Tomas Reyes of Costa Verde met in Port "
    "Aldine on Monday for two days of talks on fisheries, shipping lanes and a long-term "
    "energy partnership. The two leaders agreed to open a joint customs office next spring."
)


def _words_map_back(text: str) -> None:
    """Every word of the view maps back to a span of the original that holds that word (as
    written there: an entity, a soft hyphen or a line break may sit inside it)."""
    view = prepare(text)
    for match in re.finditer(r"\w+", view.text):
        start, end = view.span(*match.span())
        assert re.sub(r"\W", "", prepare(text[start:end]).text) == match.group()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Treebank: two backticks open, two apostrophes close.
        ("``We are ready,'' said Reyes.", "“We are ready,” said Reyes."),
        ("Varga said ``the door is open'' to talks.", "Varga said “the door is open” to talks."),
        # Two apostrophes for both marks, told apart by the spaces around them.
        ("''We will sign,'' Varga told reporters.", "“We will sign,” Varga told reporters."),
        ("He called it ''a good day.''", "He called it “a good day.”"),
        ("(''Not yet,'' he said)", "(“Not yet,” he said)"),
        # Spaces on both sides: it closes the quote open in its paragraph, else opens one.
        (
            "''It is the 'old guard,' '' said Reyes. ''They wait.''",
            "“It is the 'old guard,' ” said Reyes. “They wait.”",
        ),
        ("''We agree on ports, '' Varga said.", "“We agree on ports, ” Varga said."),
        ("Varga said '' we will sign '' today.", "Varga said “ we will sign ” today."),
        (
            "''First line.''\n\n''A 'tariff,'  '' Reyes wrote.",
            "“First line.”\n\n“A 'tariff,'  ” Reyes wrote.",
        ),
        # One backtick opens a single quote.
        ("a `modest' step", "a ‘modest' step"),
        # German and Czech: the low mark opens, the high one closes.
        ("Varga sagte: „Wir sind bereit.“ Dann", "Varga sagte: “Wir sind bereit.” Dann"),
        # Polish: low opening, high closing right mark.
        ("Reyes: „Tak” i nic", "Reyes: “Tak” i nic"),
        # French guillemets with their inner spaces, plain or no-break.
        ("Il a dit : « Nous signerons » hier.", "Il a dit : “Nous signerons” hier."),
        ("Il a dit : «\u00a0Nous signerons\u00a0» hier.", "Il a dit : “Nous signerons” hier."),
        ("Il a dit «Nous signerons».", "Il a dit “Nous signerons”."),
        # German and Danish guillemets point inwards; a single pair inside is a single quote.
        ("Er sagte: »Wir sind ›sehr‹ bereit.« Dann", "Er sagte: “Wir sind ‘sehr’ bereit.” Dann"),
        ("Il a dit ‹ oui › hier.", "Il a dit “oui” hier."),
        ("« Il a dit ‹ oui › hier. »", "“Il a dit ‘oui’ hier.”"),
        # Corner brackets, white ones inside.
        ("彼は「我々は『合意』した」と述べた", "彼は“我々は‘合意’した”と述べた"),
        # A quote that runs on from the paragraph before closes; a new one opens.
        ("« Un.\n\n« Deux. »", "“Un.\n\n“Deux.”"),
    ],
)
def test_quote_conventions_become_curly_quotes(text, expected):
    view = prepare(text)
    assert view.text == expected
    assert "quotes" in view.applied
    _words_map_back(text)


@pytest.mark.parametrize(
    ("text", "expected", "applied"),
    [
        ("Reyes said &quot;we agree&quot; on Monday.", 'Reyes said "we agree" on Monday.',
         ("entities",)),
        ("Varga&#x27;s aide &amp; the envoy", "Varga's aide & the envoy", ("entities",)),
        ("&#8220;Yes,&#8221; said Reyes.", "“Yes,” said Reyes.", ("entities",)),
        ("the communiqu&eacute; and caf&#233;", "the communiqué and café", ("entities",)),
        # Escaped twice over.
        ("&amp;quot;Yes&amp;quot; and caf&amp;#233; &amp; tea", '"Yes" and café & tea',
         ("entities",)),
        # No-break space from an entity becomes a plain space.
        ("Port&nbsp;Aldine", "Port Aldine", ("entities", "spaces")),
        ("First line.<br>Second line.", "First line.\nSecond line.", ("markup",)),
        ("One.<br><br>Two.", "One.\n\nTwo.", ("markup",)),
        ("One.<br/>\nTwo.", "One.\nTwo.", ("markup",)),
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo.", ("markup",)),
        ("The <b>final</b> text, <a href=\"x\">here</a>.", "The final text, here.", ("markup",)),
    ],
)  # fmt: skip
def test_entities_and_markup_are_decoded(text, expected, applied):
    view = prepare(text)
    assert (view.text, view.applied) == (expected, applied)
    _words_map_back(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port\u00a0Aldine", "Port Aldine"),
        ("Port\u202fAldine", "Port Aldine"),
        ("co\u00adoperation", "cooperation"),
        ("Port\u200b Aldine", "Port Aldine"),
        ("\ufeffReyes said", "Reyes said"),
        ("Reyes \u200esaid\u202c", "Reyes said"),
    ],
)
def test_odd_spaces_and_invisible_characters(text, expected):
    view = prepare(text)
    assert (view.text, view.applied) == (expected, ("spaces",))
    _words_map_back(text)


def _misread(text: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


@pytest.mark.parametrize(
    "text",
    [
        "“Peña will come,” said Søren Ødegård.",
        "President Zoë Müller-Lüdenscheid met Jiří Dvořák in Škofja Loka.",
        "The envoy’s “café summit” — a ‘first’ — ended at 10 a.m.",
    ],
)
def test_mojibake_is_repaired_with_the_original_kept_for_evidence(text):
    broken = _misread(text)
    view = prepare(broken)
    assert view.text == text
    assert view.applied == ("mojibake",)
    # A repaired name maps back to its mis-read bytes.
    name = re.search(r"\w*[^\x00-\x7f]\w*", text)
    start, end = view.span(*name.span())
    assert broken[start:end] == _misread(name.group())


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("separator", ["\n\n", "\n", "\n    "])
@pytest.mark.parametrize("margin", ["", "  "])
def test_hard_wrapped_paragraphs_are_joined(width, separator, margin):
    second = (
        "Reyes told reporters that the agreement would be signed in the autumn. Varga said "
        "her government hoped to extend it to the co-operation of the coast guards."
    )
    plain = textwrap.indent(PARAGRAPH + separator + second, margin)
    wrapped = textwrap.indent(
        textwrap.fill(PARAGRAPH, width) + separator + textwrap.fill(second, width), margin
    )
    view = prepare(wrapped)
    assert view.text == plain
    assert view.applied == ("unwrapped",)
    _words_map_back(wrapped)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # A word broken at its own hyphen keeps it.
        ("word " * 13 + "long-", "term " + "word " * 13, "long-term"),
        ("word " * 13 + "Euro-", "Asian " + "word " * 13, "Euro-Asian"),
        # A bare suffix after the hyphen: a typesetter's hyphen, dropped.
        ("word " * 12 + "negoti-", "ations " + "word " * 12, "negotiations"),
    ],
)
def test_words_hyphenated_across_a_break(first, second, joined):
    third = ("word " * 14).strip()
    wrapped = f"{first}\n{second.strip()}\n{third}\nend."
    head = first.rsplit(" ", 1)[0]
    tail = second.split(" ", 1)[1].strip()
    view = prepare(wrapped)
    assert view.text == f"{head} {joined} {tail} {third} end."
    _words_map_back(wrapped)


def test_headings_and_list_items_stay_on_their_own_lines():
    body = textwrap.fill(PARAGRAPH, 72)
    text = f"Talks in Port Aldine\n{body}\nWhat was agreed\n{body}\n- a customs office\n- a fund"
    view = prepare(text)
    assert view.applied == ("unwrapped",)
    assert view.text.split("\n") == [
        "Talks in Port Aldine", PARAGRAPH, "What was agreed", PARAGRAPH, "- a customs office",
        "- a fund",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # One paragraph per line, as web articles come: nothing to join.
        PARAGRAPH + "\n" + PARAGRAPH + "\n\n" + PARAGRAPH + "\n" + PARAGRAPH,
        # A short poem or list: lines far shorter than any width.
        "Roses\nViolets\nSugar\nHoney\nTea",
        # Ampersands without a semicolon, and entity-like words that HTML does not define.
        "AT&T and R&D spending; the Q&A &nope; session",
        # Angle brackets that are no HTML tags.
        "if a < b and c > d then <Name> wins",
        # Apostrophes in words, feet and inches, straight and curly quotes: already readable.
        "Reyes's aide, 5'11'', said \"yes\" and “no” and it’s fine",
        # Correct non-ASCII text is no mojibake.
        "Søren Ødegård and Zoë Müller met in Škofja Loka for “talks”.",
    ],
)
def test_nothing_to_normalize_leaves_the_text_itself(text):
    view = prepare(text)
    assert view.applied == ()
    assert view.text is text
    assert view.span(3, 9) == (3, 9)


# Pieces of text that every normalizer acts on, mixed at random.
FRAGMENTS = [
    "Reyes", " said ", "Peña", "PeÃ±a", "â€œ", "â€\x9d", "&quot;", "&amp;", "&#8220;", "<br>",
    "<p>", "``", "''", "„", "“", "”", "«", "»", " « ", " » ", "‹", "›", "「", "」", "『", "』",
    "\u00a0", "\u200b", "\u00ad", "\u202e", "-\n", "\n", "\n\n", " ", ". ", "long-", "term",
    "x" * 30, "y" * 45,
]  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.data())
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_mix_of_conventions_maps_back_within_the_text(parts, data):
    text = "".join(parts)
    view = prepare(text)
    positions = sorted(data.draw(st.lists(st.integers(0, len(view.text)), min_size=2, max_size=2)))
    start, end = view.span(*positions)
    assert 0 <= start <= end <= len(text)
    starts = [view.offsets.start(v) for v in range(len(view.text) + 1)]
    assert starts == sorted(starts)
    _words_map_back(text)


def test_a_huge_line_of_mojibake_is_repaired_without_hanging():
    # One 200,000-character line: aligning it whole with difflib took over ten minutes.
    line = " ".join(["“Peña will come,” said Søren Ødegård of Norland."] * 4000)
    started = time.monotonic()
    view = prepare(_misread(line))
    assert time.monotonic() - started < 60
    assert view.text == line
    start, end = view.span(1, 5)
    assert _misread(line)[start:end] == _misread("Peña")


@pytest.mark.parametrize(
    "text",
    [
        "PeÃ±aâ€œPeña",  # ftfy's plan for the line (decode_inconsistent_utf8) fixes no run alone
        "Ã‰milie said â€œyesâ€\x9d to Émilie",
    ],
)
def test_a_line_mixing_mojibake_and_correct_letters_maps_each_word_to_itself(text):
    view = prepare(text)
    assert view.applied == ("mojibake",)
    words = [
        (m.group(), text[slice(*view.span(*m.span()))]) for m in re.finditer(r"\w+", view.text)
    ]
    assert [prepare(original).text for _, original in words] == [word for word, _ in words]
    assert all(original for _, original in words)
