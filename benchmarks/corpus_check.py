"""Run summitx over a whole real corpus and check that nothing crashes or gets lost.

    python benchmarks/corpus_check.py ../shared/corpora/bbc-news-2005

The folder is read in place, never copied. The check fails (exit 1) when a file on disk has
no document record, an article crashed the parser or an extractor, a record's evidence does
not match the article text, a record cannot be serialized, or two records (or two documents)
share an id.
Files the loader refuses (empty, binary, ...) are counted as errors, not failures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from summitx.loader import DEFAULT_MAX_CHARS, Article, load_articles
from summitx.nlp import load_pipeline
from summitx.pipeline import process_articles

CRASH_PREFIXES = ("parsing failed", "extraction failed", "could not process")


def files_on_disk(root: Path) -> set[str]:
    """Every non-hidden file under root, as the paths the loader reports them with."""
    found = set()
    for path in root.rglob("*"):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_file() or path.is_symlink():
            found.add(str(path))
    return found


def check(root: Path, max_chars: int) -> int:
    started = time.perf_counter()
    nlp = load_pipeline()
    texts: dict[str, str] = {}

    def remembered(articles: Iterator[Article]) -> Iterator[Article]:
        for article in articles:
            texts[article.doc_id] = article.text
            yield article

    documents: list = []
    types: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    owners: dict[str, str] = {}
    bad_offsets: list[str] = []
    unserializable: list[str] = []
    checked = 0
    articles = remembered(load_articles([str(root)], max_chars=max_chars))
    for group in process_articles(articles, nlp):
        document = group[0]
        documents.append(document)
        text = texts.pop(document.doc_id, "")
        languages[document.language or "none"] += 1
        for warning in document.warnings:
            warnings[warning.split(":")[0]] += 1
        for record in group:
            types[record.type] += 1
            ids[record.id] += 1
            owners.setdefault(record.id, f"{record.doc_id} {record.type}")
            try:
                json.dumps(record.model_dump(mode="json"), ensure_ascii=False)
            except (TypeError, ValueError) as exc:
                unserializable.append(f"{record.doc_id} {record.type}: {exc}")
            evidence = getattr(record, "evidence", None)
            if evidence is None:
                continue
            checked += 1
            if text[evidence.start : evidence.end] != evidence.text:
                bad_offsets.append(f"{record.doc_id} {record.type} {evidence.start}:{evidence.end}")
    seconds = time.perf_counter() - started

    on_disk = files_on_disk(root)
    reported = {d.path for d in documents}
    missing = sorted(on_disk - reported)
    errors = [d for d in documents if d.errors]
    crashes = [d for d in errors if any(e.startswith(CRASH_PREFIXES) for e in d.errors)]
    duplicates = sorted(f"id {i} x{n}: {owners[i]}" for i, n in ids.items() if n > 1)
    doc_ids = Counter(d.doc_id for d in documents)
    shared_doc_ids = sorted(i for i, n in doc_ids.items() if n > 1)

    print(f"corpus            {root}")
    print(f"files on disk     {len(on_disk)}")
    print(f"documents         {len(documents)}  (files accounted for: {len(on_disk & reported)})")
    print(
        f"records           {sum(types.values())}  "
        + ", ".join(f"{t} {n}" for t, n in types.items())
    )
    print(f"errors            {len(errors)}")
    for document in errors:
        print(f"    {document.path}: {'; '.join(document.errors)}")
    print(f"crashes           {len(crashes)}")
    print(f"offsets checked   {checked}, invalid {len(bad_offsets)}")
    print(f"unserializable    {len(unserializable)}")
    print(f"duplicate ids     {len(duplicates)} records, {len(shared_doc_ids)} doc_ids")
    print(f"missing files     {len(missing)}")
    print("warnings          " + ", ".join(f"{w} {n}" for w, n in warnings.most_common()))
    print("languages         " + ", ".join(f"{lang} {n}" for lang, n in languages.most_common()))
    print(f"seconds           {seconds:.1f}  ({len(documents) / seconds:.1f} documents/s)")
    problems = (*missing, *bad_offsets, *unserializable, *duplicates, *shared_doc_ids)
    for line in problems[:50]:
        print(f"    {line}")
    failed = missing or crashes or bad_offsets or unserializable or duplicates or shared_doc_ids
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/corpora/bbc-news-2005")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS)
    args = parser.parse_args()
    root = Path(args.folder)
    if not root.is_dir():
        parser.error(f"not a folder: {root}")
    sys.exit(check(root, args.max_chars))


if __name__ == "__main__":
    main()
