"""Output files that are either complete or untouched.

`AtomicOutput` writes to a hidden temporary file beside the target and renames it into
place only when the run completes, so an interrupted, failed or killed run leaves the old
file as it was (and a reader never sees a half-written one). The temporary file is created
before any work, so an unwritable target is found at once, not after the whole batch.
Targets that are not regular files (/dev/null, /dev/stdout, a FIFO) cannot be renamed over
and are written in place.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO


class OutputError(Exception):
    """An output file that cannot be opened, written or put in place; says path and reason."""


def os_reason(exc: OSError) -> str:
    """The reason of an OS error in words ("No space left on device"), without the path."""
    return exc.strerror or type(exc).__name__


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicOutput:
    """A text file written beside `target` and renamed onto it by `commit()`.

    Use as a context manager: leaving it with an exception (or without commit) deletes the
    temporary file and leaves the target as it was.
    """

    def __init__(self, target: str | os.PathLike[str], encoding: str = "utf-8") -> None:
        self.name = os.fspath(target)
        # Write beside the file a symlink points to, so the link itself is kept.
        self.target = Path(os.path.realpath(self.name))
        self.encoding = encoding
        self.temp: Path | None = None
        self.stream: IO[str] | None = None

    def open(self) -> IO[str]:
        try:
            mode = self.target.stat().st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise OutputError(f"cannot write {self.name}: {os_reason(exc)}") from exc
        try:
            if mode is not None and stat.S_ISDIR(mode):
                raise OutputError(f"cannot write {self.name}: is a folder")
            if mode is not None and not stat.S_ISREG(mode):
                # A device or FIFO: nothing to protect, and nothing to rename over.
                self.stream = open(self.target, "w", encoding=self.encoding, newline="")  # noqa: SIM115
                return self.stream
            fd, temp = tempfile.mkstemp(
                dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part"
            )
            self.temp = Path(temp)
            # mkstemp makes the file private; give it the mode the target has, or would have.
            os.chmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
            self.stream = os.fdopen(fd, "w", encoding=self.encoding, newline="")
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.name}: {os_reason(exc)}") from exc
        return self.stream

    def commit(self) -> None:
        """Flush to disk and put the file in place; an error leaves the old file intact."""
        assert self.stream is not None
        try:
            self.stream.flush()
            if self.temp is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
            if self.temp is not None:
                os.replace(self.temp, self.target)
                self.temp = None
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.name}: {os_reason(exc)}") from exc

    def discard(self) -> None:
        if self.stream is not None:
            # The flush of a failing disk fails again; the file is removed all the same.
            with contextlib.suppress(OSError):
                self.stream.close()
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None

    def __enter__(self) -> IO[str]:
        return self.open()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # Only a committed file replaces the target.
        self.discard()


def file_identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(device, inode) of the file a path leads to, following symlinks; None if none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino
