"""Every way of running the extraction (cache, worker processes, Dask) writes the same bytes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from summitx.cli import cli

MISSING = "no-such-article.txt"


def extract_jsonl(*args: str) -> str:
    result = CliRunner().invoke(
        cli, ["extract", str(SEEDS), "--format", "jsonl", "-q", *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def local_output() -> str:
    return extract_jsonl()


def test_cache_hit_gives_identical_output_without_parsing(tmp_path, monkeypatch, local_output):
    cache = tmp_path / "cache"
    assert extract_jsonl("--cache", str(cache)) == local_output
    entries = list(cache.rglob("*.json"))
    assert len(entries) == len(list(SEEDS.glob("*.txt")))

    def no_parsing(*_args: object) -> None:
        raise AssertionError("a cache hit must not reach spaCy")

    monkeypatch.setattr("summitx.parallel.extract_chunk", no_parsing)
    assert extract_jsonl("--cache", str(cache)) == local_output


def test_cache_key_follows_text_metadata_and_model(tmp_path):
    from summitx.cache import RecordCache
    from summitx.loader import Article

    cache = RecordCache(tmp_path, "en_core_web_sm-3.8.0")
    article = Article(doc_id="a", path="a.txt", text="Leaders met in Rome.")
    key = cache.key(article)
    assert key == cache.key(Article(doc_id="a", path="a.txt", text="Leaders met in Rome."))
    assert key != cache.key(Article(doc_id="a", path="a.txt", text="Leaders met in Paris."))
    assert key != cache.key(
        Article(doc_id="a", path="a.txt", text="Leaders met in Rome.", published="2026-01-14")
    )
    assert key != RecordCache(tmp_path, "en_core_web_md-3.8.0").key(article)
    # Articles that failed to load are never cached.
    assert cache.key(Article(doc_id="b", path="b.txt", errors=["empty file"])) is None


def test_only_changed_articles_are_extracted_again(tmp_path):
    from summitx.cache import RecordCache
    from summitx.loader import load_articles
    from summitx.parallel import extract_articles

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in SEEDS.glob("*.txt"):
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    cache = RecordCache(tmp_path / "cache", "test-model")
    first = list(extract_articles(load_articles([str(corpus)]), cache=cache))
    assert (cache.hits, cache.misses) == (0, len(first))
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks ended.\n", "utf-8")
    cache.hits = cache.misses = 0
    second = list(extract_articles(load_articles([str(corpus)]), cache=cache))
    assert (cache.hits, cache.misses) == (len(first) - 1, 1)
    assert [g[0].doc_id for g in second] == [g[0].doc_id for g in first]
    assert second[1:] == first[1:]


def test_two_jobs_give_the_output_of_one_job_in_input_order(local_output):
    result = CliRunner().invoke(
        cli, ["extract", MISSING, str(SEEDS), "--format", "jsonl", "-q", "--jobs", "2"]
    )
    assert result.exit_code == 1  # the missing file is reported, the rest still runs
    first, rest = result.stdout.split("\n", 1)
    assert json.loads(first)["errors"] == ["no such file or folder"]
    assert rest == local_output


def test_dask_local_cluster_gives_identical_output(local_output):
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        assert extract_jsonl("--dask", cluster.scheduler_address) == local_output


def test_chunks_stream_in_input_order_with_bounded_work_in_flight():
    from summitx.loader import Article
    from summitx.parallel import CHUNK_SIZE, run_chunks

    total = 5 * CHUNK_SIZE + 3
    pulled = 0
    in_flight: list[object] = []

    def articles():
        nonlocal pulled
        for i in range(total):
            pulled += 1
            yield Article(doc_id=str(i), path=f"{i}.txt", text="Leaders met.")

    class Pending:
        """A stand-in for a worker's future: its result is made only when asked for."""

        def __init__(self, chunk: list[Article]) -> None:
            self.chunk = chunk
            in_flight.append(self)

        def result(self) -> list[list[str]]:
            in_flight.remove(self)
            return [[f"records of {a.doc_id}"] for a in self.chunk]

    out = []
    for group in run_chunks(articles(), Pending, window=3):
        assert len(in_flight) <= 3
        # Streaming: the reader is never more than the window ahead of the writer.
        assert pulled <= len(out) + 4 * CHUNK_SIZE
        out.extend(group)
    assert out == [f"records of {i}" for i in range(total)]


def test_help_imports_neither_spacy_nor_dask():
    import subprocess
    import sys

    code = (
        "import sys; from summitx.cli import main; sys.argv = ['summitx', 'extract', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'spacy', 'dask', 'distributed', 'pydantic', 'dateparser'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "--jobs" in result.stdout and "--dask" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"


def invented_name_articles(count: int):
    """Articles each naming a person no other test has shown the model (fresh on every run)."""
    import uuid

    from summitx.loader import Article

    names = [
        "Vel" + "".join(chr(ord("a") + int(c, 16)) for c in uuid.uuid4().hex[:8])
        for _ in range(count)
    ]
    articles = [
        Article(
            doc_id=f"a{i}",
            path=f"a{i}.txt",
            text=f"President Anna {name} met Prime Minister Ravi Kumar in Geneva on Monday. "
            f'"The talks were useful," {name} told reporters.',
        )
        for i, name in enumerate(names)
    ]
    return names, articles


def people_named(groups) -> set[str]:
    return {r.name for group in groups for r in group if r.type == "person"}


def test_vocabulary_does_not_grow_with_the_corpus(nlp, monkeypatch):
    """Once warmed up, each batch runs in a spaCy memory zone: the strings of its new words
    are freed after its records are built, and the records still hold those words."""
    from summitx import pipeline

    monkeypatch.setattr(pipeline, "WARM_CHARS", 0)
    names, articles = invented_name_articles(12)
    groups = list(pipeline.process_articles(articles, nlp))
    assert {f"Anna {name}" for name in names} <= people_named(groups)
    assert not any(name in nlp.vocab.strings for name in names)


@pytest.mark.parametrize(
    ("budget", "kept"),
    [
        (lambda text: len(text), [True, False, False, False]),
        (lambda text: 2 * len(text), [True, True, False, False]),
        # An article longer than the whole budget is parsed in a zone, never kept.
        (lambda text: len(text) - 1, [False, False, False, False]),
    ],
)
def test_only_the_warm_up_text_stays_in_the_vocabulary(nlp, monkeypatch, budget, kept):
    """At most a model's first WARM_CHARS characters are parsed outside memory zones (the
    tokenizer caches nothing inside one); everything after them is freed batch by batch."""
    from weakref import WeakKeyDictionary

    from summitx import pipeline

    names, articles = invented_name_articles(4)
    monkeypatch.setattr(pipeline, "_warmed", WeakKeyDictionary())
    monkeypatch.setattr(pipeline, "WARM_CHARS", budget(articles[0].text))
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 1)
    groups = list(pipeline.process_articles(articles, nlp))
    assert {f"Anna {name}" for name in names} <= people_named(groups)
    assert [name in nlp.vocab.strings for name in names] == kept
