"""The agreement triggers: patterns/agreements.jsonl through spaCy's DependencyMatcher.

Each match becomes a span of `doc.spans[AGREEMENT_TRIGGERS]` over its trigger token, labelled
with the rule's name; the tokens each match took are kept, in the spans' order, in the
group's `attrs["matches"]` (the extractor reads the agreement nouns among them).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, SpanGroup

from summitx import lexicon
from summitx.components import SPANS_PREFIX

NAME = "summitx_agreement_triggers"
AGREEMENT_TRIGGERS = SPANS_PREFIX + "agreement_triggers"
MATCHES = "matches"  # the attrs key of the tokens each match took


@cache
def rule_entries() -> tuple[dict[str, Any], ...]:
    """The entries of agreements.jsonl, in file order, each pattern's "$class" lists expanded."""
    text = resources.files("summitx.patterns").joinpath("agreements.jsonl").read_text("utf-8")
    classes = lexicon.load_pattern("agreements.json")["classes"]
    entries = []
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            entries.append({**entry, "pattern": _expand(entry["pattern"], classes)})
    return tuple(entries)


def _expand(pattern: list[dict[str, Any]], classes: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The pattern with each "$class" of an IN list replaced by the words of that class."""
    out = []
    for node in pattern:
        attrs = {}
        for name, value in node["RIGHT_ATTRS"].items():
            if isinstance(value, dict) and isinstance(value.get("IN"), list):
                words: list[str] = []
                for item in value["IN"]:
                    words.extend(classes[item[1:]] if item.startswith("$") else [item])
                value = {**value, "IN": words}
            attrs[name] = value
        out.append({**node, "RIGHT_ATTRS": attrs})
    return out


class AgreementTriggers:
    def __init__(self, nlp: Language) -> None:
        self.matcher = DependencyMatcher(nlp.vocab)
        # Match ids are the hashes of the rule names, looked up by hash rather than through
        # the StringStore, which forgets strings added inside a memory zone.
        self.order: dict[int, tuple[int, str]] = {}
        for n, entry in enumerate(rule_entries()):
            self.matcher.add(entry["rule"], [entry["pattern"]])
            self.order[get_string_id(entry["rule"])] = (n, entry["rule"])

    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(self.matcher(doc), key=lambda m: (m[1][0], self.order[m[0]][0]))
        spans = [Span(doc, ids[0], ids[0] + 1, label=self.order[m][1]) for m, ids in matches]
        # The tokens each match took, in the group's attrs beside its spans: span extensions
        # are keyed by character offsets alone, so two matches on one trigger would share one.
        taken = [tuple(ids) for _, ids in matches]
        doc.spans[AGREEMENT_TRIGGERS] = SpanGroup(
            doc, name=AGREEMENT_TRIGGERS, spans=spans, attrs={MATCHES: taken}
        )
        return doc


@Language.factory(NAME, assigns=["doc.spans"])
def make_agreement_triggers(nlp: Language, name: str) -> AgreementTriggers:
    return AgreementTriggers(nlp)
