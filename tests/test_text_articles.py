"""The same article written as archives write it gives the same facts as its plain form, and
every evidence span is valid in the text as read (issue 11)."""

from __future__ import annotations

import json
import re
import textwrap
from collections import Counter

import pytest
from conftest import DEV_ARTICLES

# Invented articles: invented people, places and summits.
ARTICLES = [
    "Leaders agree on fisheries pact at Port Aldine summit\n"
    "Published: 2031-03-12\n\n"
    "PORT ALDINE - Chancellor Ilse Varga of Norland and President Tomas Reyes of Costa Verde "
    "met in Port Aldine on Monday for two days of talks on fisheries, shipping lanes and a "
    "long-term energy partnership.\n\n"
    "“We have waited too long for this day,” Varga told reporters after the meeting. “Our "
    "fishermen deserve rules that both our navies respect.”\n\n"
    "Reyes said the two countries would share patrol data from next year. "
    '"It\'s a beginning, not an end," he said.\n\n'
    "The two leaders agreed to open a joint customs office in the border town of Lerida Nueva "
    "and to meet again in the autumn.",
    "Northern ministers meet in Velmar\n"
    "Published: 2031-06-04\n\n"
    "Foreign Minister Amara Okonjo of Tessaly held talks with her counterpart, Foreign "
    "Minister Henrik Salo of Vaskia, in Velmar on Tuesday.\n\n"
    '"The region needs fewer walls and more bridges," Okonjo said at a joint press '
    "conference. Salo said Vaskia was ready to reopen the rail link closed since the floods.\n\n"
    "The ministers signed an agreement on visa-free travel for students. “This is what "
    "young people asked us for,” Salo said.",
]


def wrap72(text: str) -> str:
    return "\n".join(textwrap.fill(p, 72) if p.strip() else p for p in text.split("\n"))


def entities(text: str) -> str:
    text = text.replace("&", "&amp;")
    for mark, entity in [('"', "&quot;"), ("'", "&#x27;"), ("“", "&#8220;"), ("”", "&#8221;"),
                         ("‘", "&lsquo;"), ("’", "&rsquo;")]:  # fmt: skip
        text = text.replace(mark, entity)
    return text


def _quotes(text: str, opening: str, closing: str) -> str:
    """Every double quote written `opening` ... `closing`."""
    text = text.replace("“", opening).replace("”", closing)
    text = re.sub(r'(^|[\s(\[—–-])"', lambda m: m.group(1) + opening, text, flags=re.M)
    return text.replace('"', closing)


def mojibake(text: str) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


FORMS = {
    "wrapped at 72 columns": wrap72,
    "html entities": entities,
    "treebank quotes": lambda t: _quotes(t, "``", "''"),
    "two apostrophes": lambda t: _quotes(t, "''", "''"),
    "german quotes": lambda t: _quotes(t, "„", "“"),
    "french guillemets": lambda t: _quotes(t, "« ", " »"),
    "guillemets pointing in": lambda t: _quotes(t, "»", "«"),
    "corner brackets": lambda t: _quotes(t, "「", "」"),
    "utf-8 read as cp1252": mojibake,
    "wrapped and with entities": lambda t: entities(wrap72(t)),
}


def _key(name: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", (name or "").lower()))


def facts(records) -> Counter:
    """Statements with speaker, meetings with participants and date, agreements, people."""
    out: Counter = Counter()
    for r in records:
        if r.type == "statement" and r.speaker:
            out["statement", _key(r.speaker.name), tuple(re.findall(r"\w+", r.quote))] += 1
        elif r.type == "meeting":
            out["meeting", frozenset(_key(p.name) for p in r.participants), r.date] += 1
        elif r.type == "agreement":
            parties = frozenset(_key(p.name) for p in r.parties)
            out["agreement", parties, tuple(re.findall(r"\w+", r.text))] += 1
        elif r.type == "person":
            out["person", _key(r.name)] += 1
    return out


def f1(expected: Counter, got: Counter) -> float:
    matched = sum((expected & got).values())
    total = sum(expected.values()) + sum(got.values())
    return 1.0 if not total else 2 * matched / total


def _check(records_of, texts: list[str], rewrite) -> tuple[float, int]:
    expected: Counter = Counter()
    got: Counter = Counter()
    spans = 0
    for text in texts:
        expected.update(facts(records_of(text)))
        rewritten = rewrite(text)
        records = records_of(rewritten)
        got.update(facts(records))
        for record in records:
            if (evidence := getattr(record, "evidence", None)) is not None:
                assert rewritten[evidence.start : evidence.end] == evidence.text
                spans += 1
    return f1(expected, got), spans


def test_the_invented_articles_have_facts_of_every_kind(extract_text):
    kinds = Counter(fact[0] for text in ARTICLES for fact in facts(extract_text(text)))
    assert set(kinds) == {"statement", "meeting", "agreement", "person"}
    assert kinds["statement"] >= 5


@pytest.mark.parametrize("form", FORMS)
def test_each_rewritten_form_gives_the_same_facts(extract_text, form):
    score, spans = _check(extract_text, ARTICLES, FORMS[form])
    assert score >= 0.98
    assert spans > 10


@pytest.mark.parametrize(
    ("form", "applied"),
    [("wrapped at 72 columns", ["unwrapped"]), ("html entities", ["entities"]),
     ("treebank quotes", ["quotes"]), ("utf-8 read as cp1252", ["mojibake"]),
     ("wrapped and with entities", ["entities", "unwrapped"])],
)  # fmt: skip
def test_the_document_record_says_what_was_normalized(extract_text, form, applied):
    document = extract_text(FORMS[form](ARTICLES[0]))[0]
    assert document.normalized == applied
    assert extract_text(ARTICLES[0])[0].normalized == []


def test_names_and_quotes_come_from_the_repaired_view(extract_text):
    text = "“Peña will come,” said Chancellor Iñes Peña of Norland on Monday."
    records = extract_text(mojibake(text))
    statement = next(r for r in records if r.type == "statement")
    assert (statement.speaker.name, statement.quote) == ("Iñes Peña", "Peña will come,")
    assert statement.evidence.text.startswith("â€œPeÃ±a will come,â€")


@pytest.mark.skipif(not DEV_ARTICLES.exists(), reason="the research-only dev set is not here")
@pytest.mark.parametrize(
    "form", ["wrapped at 72 columns", "html entities", "treebank quotes", "utf-8 read as cp1252"]
)
def test_the_dev_articles_rewritten_give_the_same_facts(extract_text, form):
    texts = [json.loads(line)["text"] for line in DEV_ARTICLES.read_text("utf-8").splitlines()]
    score, spans = _check(lambda t: extract_text(t), texts, FORMS[form])
    assert score >= 0.98
    assert spans > 100
