"""A disk cache of per-article records, so a re-run over an unchanged corpus skips spaCy.

An entry is keyed by a sha256 of the article (text and the metadata that reaches the
records), the model (name and version) and the summitx code (version plus a fingerprint
of its source and rule data, so editing an extractor invalidates old entries even without
a version bump). Each entry is one JSON file holding the article's records as
`model_dump(mode="json")` dicts; reading it back validates them into the same records.
Writes go to a temporary file that is renamed into place, so concurrent runs never see a
half-written entry.
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


class RecordCache:
    """Records per article under `directory`, for one model."""

    def __init__(self, directory: str | os.PathLike[str], model_id: str) -> None:
        self.directory = Path(directory)
        self.model_id = model_id
        self.hits = self.misses = 0

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
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        from summitx.records import RECORD_ADAPTER

        self.hits += 1
        return [RECORD_ADAPTER.validate_python(item) for item in data]  # type: ignore[misc]

    def put(self, key: str | None, records: list[_Record]) -> None:
        # An article whose extraction failed is retried next time rather than remembered.
        if key is None or records[0].errors:  # type: ignore[attr-defined]
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload: list[dict[str, Any]] = [r.model_dump(mode="json") for r in records]
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(payload, out, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
