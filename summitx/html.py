"""Main text and metadata of an HTML page, by trafilatura (a maintained extractor)."""

from __future__ import annotations

from typing import Any


def html_to_article_fields(html: str) -> dict[str, Any]:
    """Return the page's main text plus title / outlet / published / url where the page says."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    from summitx.loader import InputError

    text = trafilatura.extract(html, include_comments=False, favor_precision=True)
    if not text:
        raise InputError("HTML page without extractable main text")
    fields: dict[str, Any] = {"text": text}
    meta = extract_metadata(html)
    if meta is not None:
        if meta.title:
            fields["title"] = meta.title
        if meta.sitename:
            fields["outlet"] = meta.sitename
        if meta.date:
            fields["published"] = meta.date[:10]
        if meta.url:
            fields["url"] = meta.url
    return fields
