"""Worker processes that survive one of them dying, and die with their parent.

A `ProcessPoolExecutor` whose worker is killed (out of memory, a signal) is broken for good:
every chunk in flight fails with BrokenProcessPool. Here a chunk whose worker died is run
once more, alone, in a fresh process (so a chunk that kills its worker cannot take another
chunk's retry with it); if that process dies too, each of its articles gets a document
record with the error "worker died: ..." and the batch goes on. Later chunks go to a new
pool. Workers ignore Ctrl-C and exit when the parent is gone (signals.worker_init); when the
parent is interrupted, leaving the pool ends them at once.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from types import TracebackType
from typing import TYPE_CHECKING, Any

from summitx.signals import worker_init

if TYPE_CHECKING:
    from summitx.loader import Article
    from summitx.records import _Record

Groups = list[list["_Record"]]
Work = Callable[..., Groups]


def _context() -> Any:
    # spawn: workers start clean (no copied threads or locks) on every platform.
    return multiprocessing.get_context("spawn")


def death_reason(exitcode: int | None) -> str:
    """How a worker process ended, in words."""
    if exitcode is None:
        return "it stopped answering"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"


def failed_groups(chunk: list[Article], reason: str) -> Groups:
    """A document record with the error for each article of a chunk that could not be run."""
    from summitx.pipeline import document_record

    groups: Groups = []
    for article in chunk:
        article.errors.append(f"worker died: {reason}")
        groups.append([document_record(article, None)])
    return groups


def _run_alone(work: Work, chunk: list[Article], args: tuple[Any, ...], out: Connection) -> None:
    worker_init()
    out.send(work(chunk, *args))
    out.close()


def run_in_fresh_process(work: Work, chunk: list[Article], args: tuple[Any, ...]) -> Groups:
    """`work(chunk, *args)` in a process of its own; error records if that process dies."""
    context = _context()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_run_alone, args=(work, chunk, args, send), daemon=True)
    process.start()
    send.close()  # only the child's copy stays open, so its death reads as EOF
    try:
        groups: Groups = receive.recv()
    except (EOFError, OSError):
        process.join()
        return failed_groups(chunk, death_reason(process.exitcode))
    finally:
        receive.close()
    process.join()
    return groups


class _Retried:
    """The result of a chunk sent to the pool, run again alone if its worker died."""

    def __init__(self, pool: WorkerPool, chunk: list[Article], future: Future[Groups]) -> None:
        self.pool, self.chunk, self.future = pool, chunk, future

    def result(self) -> Groups:
        try:
            return self.future.result()
        except BrokenProcessPool:
            self.pool.replace_broken()
            return run_in_fresh_process(self.pool.work, self.chunk, self.pool.args)


class WorkerPool:
    """`jobs` worker processes running `work(chunk, *args)`; see the module docstring."""

    def __init__(self, jobs: int, work: Work, args: tuple[Any, ...]) -> None:
        self.jobs, self.work, self.args = jobs, work, args
        self.executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs, mp_context=_context(), initializer=worker_init
        )

    def replace_broken(self) -> None:
        """A new executor for the chunks still to come, if this one is broken."""
        if getattr(self.executor, "_broken", False):
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new_executor()

    def submit(self, chunk: list[Article]) -> _Retried:
        try:
            future = self.executor.submit(self.work, chunk, *self.args)
        except BrokenProcessPool:
            self.replace_broken()
            future = self.executor.submit(self.work, chunk, *self.args)
        return _Retried(self, chunk, future)

    def close(self, wait: bool) -> None:
        if not wait:
            # Interrupted: end the workers now instead of letting them finish their chunks.
            # (The executor keeps its processes in a private mapping; there is no public one.)
            for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                process.terminate()
        self.executor.shutdown(wait=wait, cancel_futures=not wait)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(wait=kind is None)
