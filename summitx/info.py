"""`summitx info`: what this installation would run with, from metadata alone (no spaCy)."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from summitx import __version__

PACKAGE_DIR = Path(__file__).resolve().parent


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def model_line(model: str | None) -> str:
    """`en_core_web_sm-3.8.0 (from /path/to/package)`, or why no model would load."""
    import importlib.util

    from summitx.nlp import ModelNotFound, model_candidates, model_identity

    try:
        identity = model_identity(model)
    except ModelNotFound as exc:
        return f"none found: {exc}"
    for name in model_candidates(model):
        folder = Path(name)
        if folder.is_dir():
            return f"{identity} (from {folder.resolve()})"
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
        if spec is not None and spec.submodule_search_locations:
            return f"{identity} (package {name}, {next(iter(spec.submodule_search_locations))})"
    return identity


def cache_line(cache_dir: str | None) -> str:
    if not cache_dir:
        return "off (pass --cache DIR or set $SUMMITX_CACHE)"
    folder = Path(cache_dir)
    if not folder.is_dir():
        return f"{folder} (empty: not created yet)"
    entries = [p for p in folder.glob("*/*.json") if p.is_file()]
    size = sum(p.stat().st_size for p in entries)
    return f"{folder.resolve()} ({len(entries)} article(s), {size / 1e6:.1f} MB)"


def describe(model: str | None, cache_dir: str | None) -> list[tuple[str, str]]:
    from summitx.cache import code_fingerprint

    patterns = PACKAGE_DIR / "patterns"
    count = sum(1 for p in patterns.iterdir() if p.suffix in (".json", ".jsonl"))
    return [
        ("summitx", f"{__version__} (code {code_fingerprint()}, {PACKAGE_DIR})"),
        ("python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("spacy", _package_version("spacy")),
        ("model", model_line(model)),
        ("patterns", f"{patterns} ({count} files)"),
        ("cache", cache_line(cache_dir)),
    ]
