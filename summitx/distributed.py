"""Per-article extraction on a Dask distributed cluster (`summitx extract --dask ADDRESS`).

The client reads the articles, sends them in chunks, and gets records back in input order;
whatever comes after extraction (cache, merging, writing) runs on the client. Each worker
thread loads the model once and keeps it: spaCy pipelines are not meant to be shared by
threads that run at the same time, so a worker with several threads holds several copies.
Needs the `dask` extra: pip install 'summitx[dask]'.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from summitx.loader import Article
    from summitx.parallel import Groups, Submit

# Chunks in flight per worker thread: one running, one queued, so no thread waits for work.
CHUNKS_PER_THREAD = 2
_local = threading.local()


class DaskUnavailable(RuntimeError):
    pass


def _thread_pipeline(model: str | None) -> Language:
    from summitx.nlp import load_pipeline

    models: dict[str | None, Language] = _local.__dict__.setdefault("models", {})
    if model not in models:
        # Not the process-wide cached loader: every thread gets its own copy.
        models[model] = load_pipeline.__wrapped__(model)
    return models[model]


def extract_chunk_on_worker(articles: list[Article], model: str | None) -> Groups:
    from summitx.pipeline import process_articles

    return list(process_articles(articles, _thread_pipeline(model)))


@contextmanager
def dask_submitter(address: str, model: str | None) -> Iterator[tuple[Submit, int]]:
    """A submit function for `run_chunks` and how many chunks to keep in flight."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'summitx[dask]'") from exc
    try:
        client = Client(address, timeout="20s")
    except OSError as exc:  # distributed raises OSError (or TimeoutError) for no scheduler
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[Article]):  # type: ignore[no-untyped-def]
            # pure=False: two equal chunks are still two tasks (their results are not shared).
            return client.submit(extract_chunk_on_worker, chunk, model, pure=False)

        yield submit, CHUNKS_PER_THREAD * threads
