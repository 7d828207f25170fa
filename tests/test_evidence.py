"""Every record of every seed points at the exact characters it came from."""

from __future__ import annotations

from conftest import SEEDS


def test_every_record_has_valid_offsets(seed_records):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    checked = 0
    for record in seed_records:
        evidence = getattr(record, "evidence", None)
        if evidence is None:
            assert record.type == "document"
            continue
        assert texts[record.doc_id][evidence.start : evidence.end] == evidence.text
        checked += 1
    assert checked > 40


def test_every_seed_has_a_document_record(seed_records):
    documents = [r for r in seed_records if r.type == "document"]
    assert sorted(d.doc_id for d in documents) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(d.errors == [] for d in documents)
