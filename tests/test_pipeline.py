"""The parse loop: pieces of long texts, and a model failure on one text in a batch."""

from __future__ import annotations

from summitx.loader import Article
from summitx.pipeline import parse_texts, process_articles

MEETING = "President Maria Lopez of Chile met Prime Minister John Carter of Canada in Geneva. "


class PoisonedModel:
    """The real model, except that any text containing POISON makes it raise, in `pipe` (after
    the texts before it) as in a single call, as a model bug on a hostile text would."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def __call__(self, text):
        if "POISON" in text:
            raise ValueError("model failure")
        return self._nlp(text)

    def pipe(self, texts, batch_size=None):
        for text in texts:
            yield self(text)


def article(doc_id: str, text: str) -> Article:
    return Article(doc_id=doc_id, path=f"{doc_id}.txt", text=text)


def test_a_model_failure_costs_only_its_own_article(nlp):
    articles = [article("a", MEETING), article("b", "POISON " + MEETING), article("c", MEETING)]
    groups = list(process_articles(articles, PoisonedModel(nlp)))
    assert [g[0].doc_id for g in groups] == ["a", "b", "c"]
    assert groups[1][0].errors == ["parsing failed: ValueError: model failure"]
    assert len(groups[1]) == 1
    for group in (groups[0], groups[2]):
        assert group[0].errors == []
        assert any(r.type == "meeting" for r in group)


def test_long_texts_are_parsed_in_pieces_and_joined_back(nlp):
    long_text = "\n\n".join([MEETING * 20] * 8)  # about 27,000 characters, three pieces
    short = MEETING
    docs = list(parse_texts(nlp, [short, long_text, short]))
    assert [d.text for d in docs] == [short, long_text, short]
    assert len(list(docs[1].sents)) > 100


def test_the_parsed_view_drops_mojibake_spaces_glued_to_words():
    """A no-break space decoded twice leaves a stray 'Â' glued to the word before it; the view
    spaCy parses drops it, and the evidence still maps back into the text as read."""
    from summitx.text import prepare

    text = "talks with\u00c2 the envoy,\u00c2\u00a0on Monday in S\u00c2o Paulo"
    view = prepare(text)
    assert view.text == "talks with the envoy, on Monday in S\u00c2o Paulo"
    start = view.text.index("the envoy")
    assert view.span(start, start + len("the envoy")) == (12, 21)
    assert text[12:21] == "the envoy"
