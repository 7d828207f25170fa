"""Run the per-article extraction in this process, in worker processes, or on a Dask cluster.

Articles stream in chunks of one spaCy batch. Each chunk is first looked up in the record
cache; the articles it misses go to an executor, and at most a few chunks are in flight at
once, so memory stays flat however large the corpus is. Results come back in input order
whatever the executor, so every backend writes the same bytes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from summitx.cache import RecordCache
    from summitx.loader import Article
    from summitx.records import _Record

# Articles per unit of work sent to a worker (each parses its chunk in spaCy batches of
# pipeline.BATCH_SIZE, like a local run): large enough that sending it costs little.
CHUNK_SIZE = 32
Groups = list[list["_Record"]]


class ResultLike(Protocol):
    def result(self) -> Groups: ...


Submit = Callable[[list["Article"]], ResultLike]


def extract_chunk(
    articles: list[Article], model: str | None, timeout: float | None = None
) -> Groups:
    """Records per article of one chunk; the model is loaded once per process and reused."""
    from summitx.nlp import load_pipeline
    from summitx.pipeline import process_articles

    return list(process_articles(articles, load_pipeline(model), timeout))


def _done(value: Groups) -> Future[Groups]:
    future: Future[Groups] = Future()
    future.set_result(value)
    return future


def in_process(model: str | None, timeout: float | None = None) -> Submit:
    """Extract synchronously here; the model loads on the first cache miss only."""
    return lambda chunk: _done(extract_chunk(chunk, model, timeout))


def _chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, CHUNK_SIZE)):
        yield chunk


def run_chunks(
    articles: Iterable[Article], submit: Submit, window: int, cache: RecordCache | None = None
) -> Iterator[list[_Record]]:
    """Records per article in input order, with at most `window` chunks in flight."""
    pending: deque[tuple[list[Any], list[str | None], ResultLike]] = deque()

    def finish() -> Iterator[list[_Record]]:
        cached, keys, future = pending.popleft()
        fresh = iter(future.result())
        for hit, key in zip(cached, keys, strict=True):
            if hit is not None:
                yield hit
                continue
            records = next(fresh)
            if cache is not None:
                cache.put(key, records)
            yield records

    for chunk in _chunks(articles):
        keys = [cache.key(a) for a in chunk] if cache else [None] * len(chunk)
        cached = [cache.get(k) for k in keys] if cache else [None] * len(chunk)
        todo = [a for a, hit in zip(chunk, cached, strict=True) if hit is None]
        pending.append((cached, keys, submit(todo) if todo else _done([])))
        while len(pending) >= window:
            yield from finish()
    while pending:
        yield from finish()


def cpu_jobs(jobs: int) -> int:
    """--jobs 0 means one job per available core."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_articles(
    articles: Iterable[Article],
    model: str | None = None,
    jobs: int = 1,
    cache: RecordCache | None = None,
    dask_address: str | None = None,
    timeout: float | None = None,
) -> Iterator[list[_Record]]:
    """Records per article, in input order, from the chosen backend."""
    if dask_address:
        from summitx.distributed import dask_submitter

        with dask_submitter(dask_address, model) as (submit, window):
            yield from run_chunks(articles, submit, window, cache)
        return
    jobs = cpu_jobs(jobs)
    if jobs == 1:
        yield from run_chunks(articles, in_process(model, timeout), 1, cache)
        return
    from summitx.workers import WorkerPool

    with WorkerPool(jobs, extract_chunk, (model, timeout)) as pool:
        yield from run_chunks(articles, pool.submit, 2 * jobs, cache)
