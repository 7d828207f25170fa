"""Agreements: what parties agreed, affirmed, confirmed, signed or pledged, and its status.

The triggers and their argument shapes are DependencyMatcher patterns in
patterns/agreements.jsonl, each with a `rule` name and a `shape` saying how its arguments are
read: a verb of agreeing with its subject and the clause it governs ("both sides agreed to
..."); a verb whose object is an agreement ("X and Y have extended a deal"); an agreement noun
with the clause attached to it ("a deal to open talks"); a passive whose subject is the
agreement ("a ceasefire was agreed by both sides", "a memorandum was signed"); an impersonal
passive ("it was agreed that"); what happens under an agreement ("under the deal, X will
..."); what a joint document states or what two parties will do together. Every agreement
found gets a status (agreement_status.py): only `agreed` and `signed` are agreements of the
parties, the rest are kept, marked, for the user to see.

The extractor reads the trigger spans of the `summitx_agreement_triggers` component and hands
each to its rule's shape reader (agreement_shapes.py); the readers build on the subjects and
parties of agreement_parties.py and the clause spans of agreement_clauses.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from summitx.components import group_of
from summitx.components.agreement_triggers import AGREEMENT_TRIGGERS, MATCHES
from summitx.extract.agreement_clauses import excluded
from summitx.extract.agreement_rules import SCORED, Agreement, rules
from summitx.extract.agreement_shapes import READERS
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People

__all__ = ["Agreement", "extract_agreements"]


def _found(doc: Doc, meta: DocumentMeta, people: People) -> list[Agreement]:
    """One agreement per trigger span whose reader accepts it, in the component's order; a
    trigger, or an agreement noun a pattern matched, that a rule has read is read once."""
    by_label = rules()
    done: set[int] = set()
    found: list[Agreement] = []
    group = group_of(doc, AGREEMENT_TRIGGERS)
    for match, ids in zip(group, group.attrs[MATCHES], strict=True):
        rule = by_label[match.label]
        trigger = doc[ids[0]]
        if trigger.i in done or excluded(meta, trigger):
            continue
        agreement = READERS[rule.shape](doc, meta, people, rule, trigger)
        if agreement is None:
            continue
        done.add(trigger.i)
        done.update(i for i in ids[1:] if doc[i].pos_ == "NOUN")
        found.append(agreement)
    return found


def _outermost(found: list[Agreement]) -> list[Agreement]:
    """In text order; an agreement inside another of the same standing is one fact."""
    ordered = sorted(found, key=lambda a: (a.start, -a.end))
    kept: list[Agreement] = []
    for a in ordered:
        scored = a.status in SCORED
        if not any(
            k.start <= a.start and a.end <= k.end and (k.status in SCORED) == scored for k in kept
        ):
            kept.append(a)
    return kept


def extract_agreements(doc: Doc, meta: DocumentMeta, people: People) -> Iterator[Agreement]:
    """Every agreement the document states, each with the rule that found it and its status."""
    return iter(_outermost(_found(doc, meta, people)))
