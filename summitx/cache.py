"""A disk cache of per-article records, so a re-run over an unchanged corpus skips spaCy.

An entry is keyed by a sha256 of the article (text and the metadata that reaches the
records), the model (name and version) and the summitx code (version plus a fingerprint
of its source and rule data, so editing an extractor invalidates old entries even without
a version bump). Each entry is one JSON file holding the article's records as
`model_dump(mode="json")` dicts; reading it back validates them into the same records.
Writes go to a temporary file that is renamed into place, so concurrent runs never see a
half-written entry. An entry is `{"key": ..., "schema_version": ..., "records": [...]}`;
anything else found under an entry's name (another article's records, JSON of another
shape, an older schema, a folder) is a miss, and the entry is written again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summitx import __version__

if TYPE_CHECKING:
    from summitx.loader import Article
    from summitx.records import _Record

PACKAGE_DIR = Path(__file__).resolve().parent
# Article fields that end up in the records (doc_id and path are in every document record).
ARTICLE_FIELDS = ("doc_id", "path", "text", "title", "outlet", "published", "url", "language")


@cache
def code_fingerprint() -> str:
    """A hash of summitx's own code and rule data: any edit gives new cache keys."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".json", ".jsonl") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class CacheError(Exception):
    """The cache folder cannot be used; says the path and the reason."""


def check_writable(directory: str | os.PathLike[str]) -> None:
    """Create the folder and a file in it, so an unusable cache stops the run before work."""
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=directory, prefix=".probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise CacheError(f"cannot use cache folder {directory}: {reason}") from exc


class RecordCache:
    """Records per article under `directory`, for one model."""

    def __init__(self, directory: str | os.PathLike[str], model_id: str) -> None:
        self.directory = Path(directory)
        self.model_id = model_id
        self.hits = self.misses = 0
        # The first failed write, if any: the run goes on without writing more entries.
        self.write_error: str | None = None

    def key(self, article: Article) -> str | None:
        """The entry key of an article; None for articles that failed to load (never cached)."""
        if article.errors:
            return None
        digest = hashlib.sha256()
        for part in (self.model_id, __version__, code_fingerprint()):
            digest.update(part.encode() + b"\0")
        for name in ARTICLE_FIELDS:
            value = getattr(article, name)
            digest.update(b"\1" if value is None else str(value).encode() + b"\0")
        # Load warnings (e.g. "decoded as cp1252") are copied into the document record.
        digest.update("\n".join(article.warnings).encode())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str | None) -> list[_Record] | None:
        if key is None:
            return None
        records = self._read(key)
        if records is None:
            self.misses += 1
        else:
            self.hits += 1
        return records

    def _read(self, key: str) -> list[_Record] | None:
        from pydantic import ValidationError

        from summitx.records import RECORD_ADAPTER, SCHEMA_VERSION

        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not (
            isinstance(data, dict)
            and data.get("key") == key
            and data.get("schema_version") == SCHEMA_VERSION
            and isinstance(data.get("records"), list)
            and data["records"]
        ):
            return None
        try:
            records = [RECORD_ADAPTER.validate_python(item) for item in data["records"]]
        except (ValidationError, TypeError, ValueError):
            return None
        # The records must be one article's: its document record first, then its own.
        doc_id = records[0].doc_id
        if records[0].type != "document" or any(r.doc_id != doc_id for r in records):  # type: ignore[attr-defined]
            return None
        return records  # type: ignore[return-value]

    def put(self, key: str | None, records: list[_Record]) -> None:
        # An article whose extraction failed is retried next time rather than remembered.
        if key is None or records[0].errors or self.write_error:  # type: ignore[attr-defined]
            return
        from summitx.records import SCHEMA_VERSION

        path = self._path(key)
        payload: dict[str, Any] = {
            "key": key,
            "schema_version": SCHEMA_VERSION,
            "records": [r.model_dump(mode="json") for r in records],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError as exc:
            self.write_error = f"cannot write {path.parent}: {exc.strerror or exc}"
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(payload, out, ensure_ascii=False)
            if path.is_dir() and not path.is_symlink():
                # A folder where the entry belongs: removed if empty, else this entry is skipped.
                try:
                    path.rmdir()
                except OSError:
                    Path(tmp).unlink(missing_ok=True)
                    return
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            self.write_error = f"cannot write {path}: {exc.strerror or exc}"
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
