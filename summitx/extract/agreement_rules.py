"""The agreement rules of patterns/agreements.jsonl and the word classes of agreements.json.

Each rule has a `rule` name (the label of its trigger spans), a status and a `shape` naming
the reader of its arguments (agreement_shapes.READERS); `joint` rules state an accord only
when more than one party acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.strings import get_string_id

from summitx import lexicon
from summitx.components.agreement_triggers import rule_entries
from summitx.records import AgreementStatus

# The statuses that make an agreement of the parties; the others are kept, marked.
SCORED = (AgreementStatus.AGREED, AgreementStatus.SIGNED)
# How a rule's arguments are read: the reader of that name in agreement_shapes.READERS.
SHAPES = ("verbal", "object", "impersonal", "document", "joint_future", "nominal", "terms")


@dataclass(frozen=True)
class Rule:
    name: str
    status: AgreementStatus
    shape: str
    joint: bool  # the rule states an accord only when more than one party acts


@dataclass(frozen=True)
class Agreement:
    parties: list[dict[str, str | None]]
    text: str
    cue: str
    start: int
    end: int
    status: AgreementStatus = AgreementStatus.AGREED
    rule: str = ""


@cache
def words() -> dict[str, frozenset[str]]:
    """The word classes of agreements.json: those the patterns name and those the code reads."""
    table = lexicon.load_pattern("agreements.json")
    out = {k: frozenset(v) for k, v in table["classes"].items()}
    out.update({k: frozenset(v) for k, v in table.items() if isinstance(v, list)})
    return out


@cache
def rules() -> dict[int, Rule]:
    """The rules of agreements.jsonl by the hash of their name, a trigger span's label (looked
    up by hash, not through the StringStore, which forgets strings added inside a memory
    zone); their patterns run in components.agreement_triggers."""
    out = {}
    for entry in rule_entries():
        if entry["shape"] not in SHAPES:
            raise ValueError(f"agreements.jsonl: rule {entry['rule']}: unknown shape")
        out[get_string_id(entry["rule"])] = Rule(entry["rule"], AgreementStatus(entry["status"]),
                                  entry["shape"], bool(entry.get("joint")))  # fmt: skip
    return out
