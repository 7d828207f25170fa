"""Read articles from files, folders, JSON Lines and stdin into `Article` objects.

Nothing is silently dropped: a file that cannot be read or decoded becomes an Article with
`errors` set, so the batch goes on and the caller reports it. Folders are walked in sorted
order (output does not depend on the order the file system lists entries in), reads are
bounded by `--max-chars` (a huge file is an error, never an out-of-memory crash), and
JSON Lines are streamed line by line.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from summitx.doc_ids import UniqueIds
from summitx.metadata import article_id, clean_metadata
from summitx.utf8 import decode_mostly_utf8

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | {""}
DEFAULT_MAX_CHARS = 200_000
# A character takes at most 4 bytes in UTF-8 and UTF-32, so a file above this many bytes
# per allowed character is too large whatever its encoding: refuse it before reading it.
MAX_BYTES_PER_CHAR = 4
# In JSON a character can take 12 bytes (`\ud83d\ude00`, the escapes json.dumps writes by
# default), so a JSON Lines line is refused for length only above this many per character;
# --max-chars is then checked on the decoded text.
MAX_JSON_BYTES_PER_CHAR = 12
READ_CHUNK = 1 << 16
# Signatures of common binary formats, to name the format in the error message.
BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ\x00": "xz archive",
    b"PK\x03\x04": "zip archive",
    b"%PDF-": "PDF document",
    b"\x7fELF": "executable",
}
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters a text file may contain; any other C0/C1 control marks binary data.
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
MAX_CONTROL_SHARE = 0.01
# The most common legacy encoding of Western news text; ties between single-byte code pages
# that decode a short text equally well are broken in its favour (as browsers do for latin-1).
PREFERRED_LEGACY = "cp1252"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Frequent English function words that are not words of other Latin-script languages
# ("in", "was", "a" and "die" are left out for that reason): see detect_language.
ENGLISH_WORDS = frozenset({
    "the", "of", "and", "to", "that", "for", "with", "said", "he", "it", "his", "by", "at",
    "from", "be", "have", "has", "are", "were", "but", "not", "this", "which", "they", "will",
    "had", "their", "been", "who", "would", "she", "her", "its", "after", "also", "there",
    "than", "more", "about", "we", "you", "can", "into", "what", "when", "if", "all", "over",
    "as",
})  # fmt: skip
ENGLISH_SHARE = 0.10
ENGLISH_MIN_WORDS = 30
WORD = re.compile(r"[^\W\d_]+")


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


# --- decoding ---------------------------------------------------------------------------


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return None


def _looks_binary(text: str) -> bool:
    """True when the decoded text holds NULs or more than a trace of control characters."""
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(
        1 for ch in sample if ch not in TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls > MAX_CONTROL_SHARE * max(len(sample), 1)


def _detect(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer; returns (text, encoding)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError("binary file: no character encoding fits the bytes")
    best = matches[0]
    for match in matches:
        if match.chaos > best.chaos:
            break
        if PREFERRED_LEGACY in (match.encoding, *match.could_be_from_charset):
            return data.decode(PREFERRED_LEGACY), PREFERRED_LEGACY
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes: a BOM wins, then strict UTF-8, then the detected encoding.

    Returns the text and a note naming the encoding when it was not plain UTF-8. Offsets of
    records refer to this decoded text. Raises InputError for empty or binary data.
    """
    if not data:
        raise InputError("empty file")
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"binary file ({kind}), not text")
    note: str | None = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} text after its byte order mark") from exc
            note = None if encoding == "utf-8-sig" else f"decoded as {encoding}"
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            mostly = decode_mostly_utf8(data)
            if mostly is not None:
                text, bad = mostly
                note = f"not valid UTF-8: {bad} invalid byte(s) replaced by U+FFFD"
            else:
                text, encoding = _detect(data)
                note = f"decoded as {encoding}"
        else:
            head = data[:65536]
            if "\x00" in text[:65536] and len(head) >= 16 and head.count(0) >= 0.4 * len(head):
                # NULs are valid UTF-8 but, as nearly every other byte, the mark of UTF-16/32
                # without a BOM; a few stray NULs leave it binary (refused below).
                text, encoding = _detect(data)
                note = f"decoded as {encoding}"
    if _looks_binary(text):
        raise InputError("binary file (control characters), not text")
    return text, note


def _clean(value: str, warnings: list[str] | None = None) -> str:
    """Replace unpaired surrogates (possible from JSON escapes) so the text can be written."""
    if not LONE_SURROGATE.search(value):
        return value
    if warnings is not None:
        warnings.append("unpaired surrogate escapes replaced by U+FFFD")
    return LONE_SURROGATE.sub("\ufffd", value)


def _checked_text(text: str, max_chars: int) -> str:
    if not text.strip():
        raise InputError("empty article (only whitespace)")
    if len(text) > max_chars:
        raise InputError(f"article too large: {len(text):,} characters > --max-chars {max_chars:,}")
    return text


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text.

    py3langid decides, except for plainly English text: its model takes about 80 MB of
    memory and a millisecond or two per article, and nearly every article a user brings is
    English. In English news at least one word in nine is one of ENGLISH_WORDS (measured on
    2,600 articles: the lowest share was 0.11, the median about 0.3); in other languages
    written in Latin script these words are all but absent.
    """
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    words = WORD.findall(sample.lower())
    if len(words) >= ENGLISH_MIN_WORDS and (
        sum(word in ENGLISH_WORDS for word in words) >= ENGLISH_SHARE * len(words)
    ):
        return "en"
    import py3langid

    code, _score = py3langid.classify(sample)
    return str(code)


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


# --- reading files ----------------------------------------------------------------------


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, PermissionError):
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _open_regular(path: Path) -> IO[bytes]:
    """Open a regular file for reading; FIFOs and devices would block or never end."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise InputError("is a folder")
    if not stat.S_ISREG(mode):
        raise InputError("not a regular file (device, FIFO or socket)")
    return path.open("rb")


def read_limited(path: Path, max_chars: int) -> bytes:
    """The file's bytes, refusing files too large for `max_chars` before reading them."""
    limit = max_chars * MAX_BYTES_PER_CHAR + 4
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            f"file too large: {size:,} bytes for --max-chars {max_chars:,} "
            "(raise --max-chars to process it)"
        )
    with _open_regular(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file too large: over {limit:,} bytes for --max-chars {max_chars:,}")
    return data


def article_from_text(
    text: str, doc_id: str, path: str, max_chars: int, html: bool = False
) -> Article:
    article = Article(doc_id=doc_id, path=path)
    if html or _looks_like_html(text):
        from summitx.html import html_to_article_fields

        fields = html_to_article_fields(text)
        text = fields.pop("text")
        for key, value in fields.items():
            setattr(article, key, value)
    article.text = _checked_text(text, max_chars)
    if article.language is None:
        article.language = detect_language(article.text)
    return article


def read_text_file(path: Path, doc_id: str, max_chars: int) -> Article:
    """One article from a text or HTML file; any failure becomes the article's error."""
    try:
        text, note = decode_bytes(read_limited(path, max_chars))
        html = path.suffix.lower() in HTML_SUFFIXES
        article = article_from_text(text, doc_id, str(path), max_chars, html=html)
        if note:
            article.warnings.append(note)
        return article
    except InputError as exc:
        reason = str(exc)
    except OSError as exc:
        reason = _os_reason(exc)
    except Exception as exc:  # a library failing on hostile bytes must not stop the batch
        reason = f"could not process: {type(exc).__name__}: {exc}"
    return Article(doc_id=doc_id, path=str(path), errors=[reason])


# --- JSON and JSON Lines ------------------------------------------------------------------

_METADATA_KEYS = ("title", "outlet", "published", "url", "language")


def article_from_json(obj: object, default_id: str, path: str, max_chars: int) -> Article:
    if not isinstance(obj, dict):
        raise InputError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("no string field 'text'")
    warnings: list[str] = []
    raw_id, id_warning = article_id(obj.get("id"))
    doc_id = _clean(raw_id) if raw_id is not None else default_id
    article = Article(
        doc_id=doc_id, path=path, text=_checked_text(_clean(text, warnings), max_chars)
    )
    article.warnings.extend(warnings)
    values, dropped = clean_metadata(obj)
    article.warnings.extend([id_warning] if id_warning else [])
    article.warnings.extend(dropped)
    for key in _METADATA_KEYS:
        if key in values:
            setattr(article, key, _clean(values[key]))
    if article.language is None:
        article.language = detect_language(article.text)
    return article


def iter_lines(read: Callable[[int], bytes], limit: int) -> Iterator[bytes | None]:
    """Lines split on b"\\n" only, streamed; a line longer than `limit` bytes yields None.

    Splitting the bytes (not str.splitlines) keeps U+2028 and other Unicode line breaks,
    which JSON allows inside strings, from cutting a record in two.
    """
    buffer = bytearray()
    skipping = False  # inside a too-long line, until its newline
    while chunk := read(READ_CHUNK):
        buffer += chunk
        start = 0
        while (end := buffer.find(b"\n", start)) >= 0:
            if skipping:
                skipping = False
            else:
                yield bytes(buffer[start:end]) if end - start <= limit else None
            start = end + 1
        del buffer[:start]
        if len(buffer) > limit:
            if not skipping:
                yield None
                skipping = True
            buffer.clear()
    if buffer and not skipping:
        yield bytes(buffer)


def read_jsonl(
    lines: Iterable[bytes | str | None], stem: str, path: str, max_chars: int
) -> Iterator[Article]:
    """One Article per non-blank line; a bad line is an error Article naming its number."""
    for number, line in enumerate(lines, start=1):
        default_id = f"{stem}:{number}"
        try:
            if line is None:
                raise InputError(f"line too long for --max-chars {max_chars:,}")
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError("not UTF-8 text") from exc
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
            yield article_from_json(obj, default_id, path, max_chars)
        except InputError as exc:
            yield Article(doc_id=default_id, path=path, errors=[f"line {number}: {exc}"])
        except Exception as exc:  # e.g. RecursionError on absurdly nested JSON
            reason = f"line {number}: could not process: {type(exc).__name__}"
            yield Article(doc_id=default_id, path=path, errors=[reason])


def read_jsonl_file(path: Path, stem: str, max_chars: int) -> Iterator[Article]:
    limit = max_chars * MAX_JSON_BYTES_PER_CHAR + 4096
    try:
        handle = _open_regular(path)
    except (InputError, OSError) as exc:
        reason = str(exc) if isinstance(exc, InputError) else _os_reason(exc)
        yield Article(doc_id=stem, path=str(path), errors=[reason])
        return
    with handle:
        head = handle.read(8)
        handle.seek(0)
        kind = _binary_kind(head)
        if kind:  # a gzip file named .jsonl: one error, not one per "line" of its bytes
            yield Article(doc_id=stem, path=str(path), errors=[f"binary file ({kind}), not text"])
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            # UTF-16/32 JSON Lines cannot be split on bytes: decode the whole (bounded) file.
            try:
                text, _note = decode_bytes(read_limited(path, max_chars))
            except (InputError, OSError) as exc:
                reason = str(exc) if isinstance(exc, InputError) else _os_reason(exc)
                yield Article(doc_id=stem, path=str(path), errors=[reason])
                return
            yield from read_jsonl(text.split("\n"), stem, str(path), max_chars)
            return
        count = 0
        try:
            for article in read_jsonl(iter_lines(handle.read, limit), stem, str(path), max_chars):
                count += 1
                yield article
        except OSError as exc:
            yield Article(doc_id=f"{stem}:?", path=str(path), errors=[_os_reason(exc)])
            return
        if count == 0:
            yield Article(doc_id=stem, path=str(path), errors=["empty file (no JSON lines)"])


def read_json_file(path: Path, stem: str, max_chars: int) -> Iterator[Article]:
    """A .json file: one article object, or a list of them."""
    try:
        text, _note = decode_bytes(read_limited(path, max_chars))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
            ) from exc
    except InputError as exc:
        yield Article(doc_id=stem, path=str(path), errors=[str(exc)])
        return
    except OSError as exc:
        yield Article(doc_id=stem, path=str(path), errors=[_os_reason(exc)])
        return
    except Exception as exc:  # e.g. RecursionError on absurdly nested JSON
        reason = f"could not process: {type(exc).__name__}"
        yield Article(doc_id=stem, path=str(path), errors=[reason])
        return
    if not isinstance(data, list):
        try:
            yield article_from_json(data, stem, str(path), max_chars)
        except InputError as exc:
            yield Article(doc_id=stem, path=str(path), errors=[str(exc)])
        return
    for number, item in enumerate(data, start=1):
        try:
            yield article_from_json(item, f"{stem}:{number}", str(path), max_chars)
        except InputError as exc:
            yield Article(
                doc_id=f"{stem}:{number}", path=str(path), errors=[f"item {number}: {exc}"]
            )


# --- folders ------------------------------------------------------------------------------


@dataclass
class Entry:
    """A file found under a folder, with its doc_id, or the reason it cannot be read."""

    path: Path
    doc_id: str
    error: str | None = None


def _doc_id(path: Path, root: Path | None, keep_suffix: bool = False) -> str:
    """The file name without extension; under a folder, its relative path without extension.

    The relative path keeps ids unique when subfolders repeat file names (a/001.txt, b/001.txt);
    files of one folder that differ only by extension (README.txt, README.md) keep it.
    """
    if root is None or path == root:
        return path.name if keep_suffix else path.stem
    relative = path.relative_to(root)
    return (relative if keep_suffix else relative.with_name(relative.stem)).as_posix()


def iter_files(root: Path) -> Iterator[Entry]:
    """Every non-hidden file under a folder, in sorted order, and an Entry for each problem.

    Symlinked folders are followed; one that leads back to a folder already read is reported
    as a symlink loop instead of being walked forever.
    """
    seen: set[str] = set()

    def listing(folder: Path) -> Iterator[Entry | Path]:
        """The entries of one folder: an Entry per file or problem, a Path per subfolder."""
        real = os.path.realpath(folder)
        if real in seen:
            yield Entry(
                folder, _doc_id(folder, root), "symlink loop: leads to a folder already read"
            )
            return
        seen.add(real)
        try:
            entries = sorted(folder.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield Entry(folder, _doc_id(folder, root), f"cannot list folder: {_os_reason(exc)}")
            return
        entries = [entry for entry in entries if not entry.name.startswith(".")]
        stems = Counter(entry.stem for entry in entries)
        for entry in entries:
            keep_suffix = stems[entry.stem] > 1
            try:
                mode = entry.stat().st_mode  # follows symlinks
            except OSError as exc:
                reason = "broken symlink" if exc.errno == errno.ENOENT else _os_reason(exc)
                yield Entry(entry, _doc_id(entry, root, keep_suffix), reason)
                continue
            if stat.S_ISDIR(mode):
                yield entry
            else:
                yield Entry(entry, _doc_id(entry, root, keep_suffix))

    # A stack of open listings instead of recursion: a thousand nested folders are walked
    # like one (recursion hit Python's limit), in the same depth-first sorted order.
    stack = [listing(root)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, Entry):
            yield item
        else:
            stack.append(listing(item))


def read_file(path: Path, doc_id: str, max_chars: int) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, doc_id, max_chars)
    elif suffix in JSON_SUFFIXES:
        yield from read_json_file(path, doc_id, max_chars)
    else:
        yield read_text_file(path, doc_id, max_chars)


# --- stdin and command-line paths -----------------------------------------------------------


def load_stdin(stream: IO[bytes], max_chars: int) -> Iterator[Article]:
    """stdin holds either JSON Lines (it starts with '{') or one article."""
    limit = max_chars * MAX_BYTES_PER_CHAR + 4
    head = stream.read(READ_CHUNK)
    json_limit = max_chars * MAX_JSON_BYTES_PER_CHAR + 4096
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        pending = [head]

        def read(size: int) -> bytes:
            return pending.pop() if pending else stream.read(size)

        yield from read_jsonl(iter_lines(read, json_limit), "stdin", "-", max_chars)
        return
    data = head + stream.read(limit + 1 - len(head))
    try:
        if len(data) > limit:
            raise InputError(f"input too large for --max-chars {max_chars:,}")
        text, note = decode_bytes(data)
        article = article_from_text(text, "stdin", "-", max_chars)
        if note:
            article.warnings.append(note)
        yield article
    except InputError as exc:
        yield Article(doc_id="stdin", path="-", errors=[str(exc)])
    except Exception as exc:  # never let one input stop the batch
        yield Article(doc_id="stdin", path="-", errors=[f"could not process: {exc}"])


def load_path(
    path_arg: str, max_chars: int = DEFAULT_MAX_CHARS, skip: Path | None = None
) -> Iterator[Article]:
    """Yield every article under one command-line path argument (file, folder or '-').

    `skip` (a resolved path) is left out of folders: the file the records are written to.
    """
    if path_arg == "-":
        yield from load_stdin(sys.stdin.buffer, max_chars)
        return
    path = Path(path_arg)
    try:
        is_dir = stat.S_ISDIR(path.stat().st_mode)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            reason = "broken symlink" if path.is_symlink() else "no such file or folder"
        else:
            reason = _os_reason(exc)
        yield Article(doc_id=path.stem, path=str(path), errors=[reason])
        return
    if not is_dir:
        yield from read_file(path, path.stem, max_chars)
        return
    found = False
    for entry in iter_files(path):
        if skip is not None and entry.path.resolve() == skip:
            continue
        found = True
        if entry.error:
            yield Article(doc_id=entry.doc_id, path=str(entry.path), errors=[entry.error])
        else:
            yield from read_file(entry.path, entry.doc_id, max_chars)
    if not found:  # said, and an error, so a batch that read nothing does not pass as done
        yield Article(
            doc_id=path.name or str(path), path=str(path), errors=["empty folder: no files to read"]
        )


def printable_path(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as surrogate
    escapes, which no UTF-8 writer accepts) become U+FFFD."""
    if not LONE_SURROGATE.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def load_articles(
    paths: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS, skip: Path | None = None
) -> Iterator[Article]:
    ids = UniqueIds()
    for path_arg in paths:
        for article in load_path(path_arg, max_chars, skip):
            article.doc_id = printable_path(article.doc_id)
            article.path = printable_path(article.path)
            ids.assign(article)
            yield article
