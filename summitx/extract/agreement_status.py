"""What the text says of an agreement it mentions: made, or only expected, supposed or denied.

Read from the trigger's own clause: its negations, the modals and conditions on it, and the
words that govern it ('hope to reach a deal', 'failed to agree', 'without a deal'). The word
classes live in patterns/agreements.json.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitx.lexicon import load_pattern
from summitx.records import AgreementStatus

# How far up the parse a governing word still speaks for the trigger: its clause and the
# one or two clauses that embed it ('both sides hope to be able to reach a deal').
MAX_CHAIN = 6
NEGATIONS = ("never", "no")


@cache
def _classes() -> dict[str, frozenset[str]]:
    table = load_pattern("agreements.json")["status"]
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


def _is(node: Token, words: frozenset[str]) -> bool:
    """The word's lemma or its own form is in the class (the model's lemma can be wrong)."""
    return node.lemma_.lower() in words or node.lower_ in words


def _negated(node: Token) -> bool:
    """'did not agree', 'no deal', 'never signed', 'has yet to agree'."""
    for child in node.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIONS:
            return True
        if child.lower_ == "yet" and child.i + 1 < len(child.doc) and child.nbor().lower_ == "to":
            return True
    return False


def _supposed(node: Token) -> bool:
    """'could sign', 'would agree', 'if they agree'."""
    words = _classes()
    return any(
        (c.dep_ == "aux" and c.lower_ in words["modals"])
        or (c.dep_ == "mark" and c.lower_ in words["conditional_marks"])
        for c in node.children
    )


def status_of(trigger: Token, default: AgreementStatus) -> AgreementStatus:
    """The status of an agreement found at `trigger` by a rule whose own status is `default`.

    A rule that already reads a denial or an expectation ('terminated a deal', 'seek a deal')
    keeps it; otherwise the trigger's context decides, a denial outranking the rest.
    """
    if default not in (AgreementStatus.AGREED, AgreementStatus.SIGNED):
        return default
    words = _classes()
    chain = [trigger, *trigger.ancestors][:MAX_CHAIN]
    found: AgreementStatus | None = None
    own_clause = True  # modals and conditions count only on the trigger's own clause
    for node in chain:
        if _negated(node):
            return AgreementStatus.DENIED
        governor = node.i != trigger.i
        if (governor or node.pos_ == "VERB") and _is(node, words["denied"]):
            # 'failed to agree', 'rejected the deal'; 'X and Y will breach the rules'
            return AgreementStatus.DENIED
        if found is None:
            found = _governed(node, governor, own_clause)
        if node.pos_ in ("VERB", "AUX"):
            own_clause = False
        if node.dep_ == "conj" and node.pos_ == "VERB":
            break  # a coordinated clause ('X was set against it and Y settled on ...')
    return found or default


def _governed(node: Token, governor: bool, own_clause: bool) -> AgreementStatus | None:
    words = _classes()
    if governor and _is(node, words["expected"]):
        return AgreementStatus.EXPECTED
    obliged = any(c.dep_ == "aux" and c.lower_ in words["obligations"] for c in node.children)
    if own_clause and obliged:
        return AgreementStatus.EXPECTED  # 'must agree', 'should sign'
    if (governor and _is(node, words["hypothetical"])) or (own_clause and _supposed(node)):
        return AgreementStatus.HYPOTHETICAL
    return None
