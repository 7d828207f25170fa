"""A time budget per article: a runaway extraction becomes that article's error, not a hang.

The budget is a real-time timer (SIGALRM) that raises `ArticleTimeout` in the code running
when it expires. It works in the main thread of a process (the CLI, and each worker
process); elsewhere (e.g. a Dask worker thread) signals cannot be set and no budget applies.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# The CLI's default for --timeout-per-article (seconds): far above the few seconds the
# longest article allowed by --max-chars takes, so only a runaway article reaches it.
DEFAULT_TIMEOUT = 120.0


class ArticleTimeout(BaseException):
    """The budget ran out. A BaseException, so no `except Exception` inside an extractor
    swallows it and goes on running."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g} s (--timeout-per-article)")
        self.seconds = seconds


def available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in the body if it runs longer than `seconds` (None or 0: no limit)."""
    if not seconds or not available():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
