"""Read articles from files, folders, JSON Lines and stdin into `Article` objects.

A file that cannot be read becomes an Article with `error` set, so the batch goes on and the
caller can report it: nothing is silently dropped.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_CHARS = 2_000_000


@dataclass
class Article:
    doc_id: str
    path: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class InputError(Exception):
    """A problem with one input that must be reported without stopping the batch."""


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes: UTF-8 (with or without BOM) first, else the detected encoding.

    Returns the text and a warning naming the encoding when it was not UTF-8.
    """
    if not data:
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "decoded as UTF-16"
    if b"\x00" in data[:8192] and not data.startswith(b"\xef\xbb\xbf"):
        raise InputError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("not text: no character encoding fits the bytes")
    return str(best), f"decoded as {best.encoding}"


def _checked_text(text: str, max_chars: int) -> str:
    if not text.strip():
        raise InputError("empty article (only whitespace)")
    if len(text) > max_chars:
        raise InputError(f"article too large: {len(text):,} characters > --max-chars {max_chars:,}")
    return text


def read_text_file(path: Path, doc_id: str, max_chars: int) -> Article:
    article = Article(doc_id=doc_id, path=str(path))
    try:
        size = path.stat().st_size
        # Reading a file far above the limit would cost its whole size in memory first.
        if size > max_chars * 4:
            raise InputError(f"file too large: {size:,} bytes > --max-chars {max_chars:,}")
        text, warning = decode_bytes(path.read_bytes())
        if path.suffix.lower() in HTML_SUFFIXES:
            from summitx.html import html_to_article_fields

            fields = html_to_article_fields(text)
            text = fields.pop("text")
            for key, value in fields.items():
                setattr(article, key, value)
        article.text = _checked_text(text, max_chars)
        if warning:
            article.warnings.append(warning)
    except InputError as exc:
        article.errors.append(str(exc))
    except OSError as exc:
        article.errors.append(f"cannot read: {exc.strerror or exc}")
    return article


_METADATA_KEYS = ("title", "outlet", "published", "url", "language")


def article_from_json(obj: object, default_id: str, path: str, max_chars: int) -> Article:
    if not isinstance(obj, dict):
        raise InputError("a JSON Lines record must be an object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("a JSON Lines record needs a string field 'text'")
    doc_id = str(obj.get("id") or default_id)
    article = Article(doc_id=doc_id, path=path, text=_checked_text(text, max_chars))
    for key in _METADATA_KEYS:
        value = obj.get(key)
        if value is not None:
            setattr(article, key, str(value))
    return article


def read_jsonl(lines: Iterable[str], stem: str, path: str, max_chars: int) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        default_id = f"{stem}:{number}"
        try:
            obj = json.loads(line)
            yield article_from_json(obj, default_id, path, max_chars)
        except (json.JSONDecodeError, InputError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield Article(
                doc_id=default_id, path=path, errors=[f"line {number}: malformed JSON: {reason}"]
            )


def read_jsonl_file(path: Path, max_chars: int) -> Iterator[Article]:
    try:
        text, _warning = decode_bytes(path.read_bytes())
    except (InputError, OSError) as exc:
        reason = str(exc) if isinstance(exc, InputError) else f"cannot read: {exc.strerror}"
        yield Article(doc_id=path.stem, path=str(path), errors=[reason])
        return
    yield from read_jsonl(text.splitlines(), path.stem, str(path), max_chars)


def iter_files(root: Path) -> Iterator[Path | tuple[Path, str]]:
    """Files under a folder in sorted order; yields (path, reason) for entries that fail.

    Sorting makes the output independent of the order the file system lists entries in;
    following symlinks is guarded against loops by remembering resolved folders.
    """
    seen: set[str] = set()

    def walk(folder: Path) -> Iterator[Path | tuple[Path, str]]:
        try:
            real = os.path.realpath(folder)
            if real in seen:
                yield (folder, "symlink loop: folder already visited")
                return
            seen.add(real)
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield (folder, f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink() and not entry.exists():
                yield (entry, "broken symlink")
            elif entry.is_dir():
                yield from walk(entry)
            elif entry.suffix.lower() in READABLE_SUFFIXES:
                yield entry

    yield from walk(root)


def load_path(path_arg: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """Yield every article under one command-line path argument (file, folder or '-')."""
    if path_arg == "-":
        data = sys.stdin.buffer.read()
        try:
            text, _ = decode_bytes(data)
        except InputError as exc:
            yield Article(doc_id="stdin", path="-", errors=[str(exc)])
            return
        first = text.lstrip()[:1]
        if first == "{":
            yield from read_jsonl(text.splitlines(), "stdin", "-", max_chars)
        else:
            try:
                yield Article(doc_id="stdin", path="-", text=_checked_text(text, max_chars))
            except InputError as exc:
                yield Article(doc_id="stdin", path="-", errors=[str(exc)])
        return
    path = Path(path_arg)
    if path.is_symlink() and not path.exists():
        yield Article(doc_id=path.stem, path=str(path), errors=["broken symlink"])
        return
    if not path.exists():
        yield Article(doc_id=path.stem, path=str(path), errors=["no such file or folder"])
        return
    targets = iter_files(path) if path.is_dir() else iter([path])
    for target in targets:
        if isinstance(target, tuple):
            bad, reason = target
            yield Article(doc_id=bad.stem, path=str(bad), errors=[reason])
        elif target.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl_file(target, max_chars)
        else:
            yield read_text_file(target, target.stem, max_chars)


def load_articles(paths: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    for path_arg in paths:
        yield from load_path(path_arg, max_chars)
