"""Refuse an output file that is one of the run's inputs, before any work.

Writing records over an article destroys it. The output is compared with every file the
run would read, given directly or found in an input folder, by identity (device and
inode): a symlink to an input or a hard link of one is the same file under another name.
A previous run's output lying in an input folder is not an article (the loader skips the
output file), so it may be replaced; any other file there is refused.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from summitx.safe_write import file_identity

# How much of an existing file is read to tell whether summitx wrote it.
HEAD_BYTES = 1 << 16


class OutputIsInput(Exception):
    """The output file is also an input; the message says which."""


def written_by_summitx(path: Path) -> bool:
    """True when the file looks like summitx output: JSON Lines records, grouped JSON, CSV."""
    from summitx.output import CSV_COLUMNS

    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    first = head.split("\n", 1)[0]
    if first == ",".join(CSV_COLUMNS) or head.startswith('{\n  "agreements": ['):
        return True
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and {"schema_version", "type", "doc_id"} <= set(record)


def check_output(output: str, paths: tuple[str, ...]) -> Path:
    """The resolved output path (for the loader to skip), or OutputIsInput."""
    from summitx.loader import iter_files

    target = Path(os.path.realpath(output))
    identity = file_identity(target)
    if identity is None:
        return target  # a new file cannot be an input
    for path_arg in paths:
        if path_arg == "-":
            continue
        if file_identity(path_arg) == identity:
            raise OutputIsInput(f"{output} is also an input; write elsewhere")
        if not os.path.isdir(path_arg):
            continue
        for entry in iter_files(Path(path_arg)):
            if entry.error or file_identity(entry.path) != identity:
                continue
            if entry.path.resolve() == target and written_by_summitx(target):
                continue  # a previous run's output: skipped by the loader, safe to replace
            raise OutputIsInput(
                f"{output} is also an input (found as {entry.path}); write elsewhere"
            )
    return target
