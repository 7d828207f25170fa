"""Signals: an interrupted run unwinds like an exception, and workers die with their parent.

SIGINT already raises KeyboardInterrupt; SIGTERM and SIGHUP are made to raise `Interrupted`,
so `finally` blocks run (the temporary output file is removed, worker processes are ended)
and the command can say how far it got. The exit status is the shell's: 128 + the signal
number (130 for SIGINT, 143 for SIGTERM).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from types import FrameType

# Poll interval of the worker's watch on its parent (seconds).
PARENT_POLL = 1.0


class Interrupted(BaseException):
    """SIGTERM or SIGHUP arrived. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` of a per-article guard swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signum)


def install() -> None:
    """Make SIGTERM and SIGHUP raise Interrupted in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise)


def signal_of(exc: BaseException) -> int | None:
    """The signal an interruption came from, or None for any other exception."""
    if isinstance(exc, KeyboardInterrupt):
        return signal.SIGINT
    if isinstance(exc, Interrupted):
        return exc.signum
    return None


def exit_status(signum: int) -> int:
    return 128 + signum


def signal_name(signum: int) -> str:
    return signal.Signals(signum).name


def worker_init() -> None:
    """In a worker process: leave Ctrl-C to the parent (which ends the workers itself) and
    exit as soon as the parent is gone, however it died (even SIGKILL)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # the watch below still ends the worker
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            threading.Event().wait(PARENT_POLL)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="summitx-parent-watch", daemon=True).start()
