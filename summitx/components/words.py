"""Words of a class found by their form or their lemma, through spaCy's PhraseMatcher.

A PhraseMatcher looks each token up by hash, where a Matcher `IN` predicate costs a Python
call per token and pattern: finding the meeting words of PolNeAR dev (79,000 tokens) took
0.27 s with the Matcher, and the rules then test the part of speech of the few words found.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab


class WordMatcher:
    """Every match of the classes' words (lower case; a class may hold phrases of several
    words, matched by form) as (class, start, end), by the lowered text or by the lemma."""

    def __init__(self, vocab: Vocab, classes: dict[str, Iterable[str]]) -> None:
        self.by_form = PhraseMatcher(vocab, attr="LOWER")
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.names: dict[int, str] = {}
        for name, words in classes.items():
            words = sorted(set(words))
            self.by_form.add(name, [Doc(vocab, words=w.split(" ")) for w in words])
            single = [w for w in words if " " not in w]
            if single:
                self.by_lemma.add(name, [Doc(vocab, words=[w], lemmas=[w]) for w in single])
            self.names[get_string_id(name)] = name

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        found = {
            (self.names[match_id], start, end)
            for match_id, start, end in chain(self.by_form(doc), self.by_lemma(doc))
        }
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))
