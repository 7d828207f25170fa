"""Shared fixtures: the model is loaded once per session. The seed articles live in the repo;
their gold annotations, like the dev sets, are research data read from ../shared in place."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD_SEEDS = SHARED / "gold" / "seeds"
DEV_ARTICLES = SHARED / "dev" / "articles.jsonl"
DEV_GOLD = SHARED / "gold" / "dev"
needs_seed_gold = pytest.mark.skipif(
    not GOLD_SEEDS.is_dir(), reason="the seed annotations (../shared/gold/seeds) are not here"
)


@pytest.fixture(scope="session")
def nlp():
    from summitx.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_records(nlp):
    from summitx.loader import load_articles
    from summitx.pipeline import process_articles

    return [r for group in process_articles(load_articles([str(SEEDS)]), nlp) for r in group]


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Records of one article given as text (and optionally its publication date)."""
    from summitx.loader import Article
    from summitx.pipeline import process_articles

    def run(text: str, published: str | None = None) -> list:
        article = Article(doc_id="t", path="t", text=text, published=published)
        return next(iter(process_articles([article], nlp)))

    return run
