"""summitx eval's scoring against the reference metric (SPEC.md), on invented gold."""

from __future__ import annotations

import pytest

from summitx.evaluate import evaluate


def _meeting(names: list[str], date: str | None) -> dict:
    return {"type": "meeting", "doc_id": "d", "date": date,
            "participants": [{"name": n} for n in names]}  # fmt: skip


GOLD = {
    "d": {
        "doc_id": "d",
        "people": [],
        "statements": [],
        "agreements": [],
        "meetings": [
            {"participants": ["Ines Kowal", "Tor Lund"], "date": "2026-02-02", "required": True},
            {"participants": ["Ines Kowal", "Tor Lund"], "date": "2026-02-03", "required": True},
            {"participants": ["Ines Kowal", "Mira Solt"], "date": None, "required": False},
        ],
    }
}


@pytest.mark.parametrize(
    ("predicted", "loose"),
    [
        # One prediction of the pair stands for both gold meetings of that pair.
        ([_meeting(["Ines Kowal", "Tor Lund"], "2026-02-02")], (1, 0, 0)),
        ([_meeting(["Tor Lund", "Ines Kowal"], None)], (1, 0, 0)),
        ([], (0, 0, 1)),
        # An optional pair is neither required nor a false positive.
        ([_meeting(["Ines Kowal", "Mira Solt"], None)], (0, 0, 1)),
        ([_meeting(["Ines Kowal", "Ada Ross"], None)], (0, 1, 1)),
    ],
)
def test_meetings_loose_counts_each_participant_set_once(predicted, loose):
    document = {"type": "document", "doc_id": "d"}
    score = evaluate(GOLD, [document, *predicted]).scores["meetings_loose"]
    assert (score.tp, score.fp, score.fn) == loose


@pytest.mark.parametrize(
    ("status", "scored"),
    [(None, (1, 0, 0)), ("agreed", (1, 0, 0)), ("signed", (1, 0, 0)),
     ("expected", (0, 0, 1)), ("hypothetical", (0, 0, 1)), ("denied", (0, 0, 1))],
)  # fmt: skip
def test_only_agreed_or_signed_agreements_are_scored(status, scored):
    gold = {"d": {"doc_id": "d", "people": [], "meetings": [], "statements": [], "agreements": [
        {"parties": ["PL", "NO"], "keywords": ["fishing", "quotas"], "required": True},
    ]}}  # fmt: skip
    agreement = {"type": "agreement", "doc_id": "d", "text": "to share fishing quotas",
                 "evidence": {"text": "agreed to share fishing quotas"}}  # fmt: skip
    if status is not None:
        agreement["status"] = status
    score = evaluate(gold, [{"type": "document", "doc_id": "d"}, agreement]).scores["agreements"]
    assert (score.tp, score.fp, score.fn) == scored
