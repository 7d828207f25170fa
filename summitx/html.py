"""Main text and metadata of an HTML page, by trafilatura (a maintained extractor).

Record offsets of an HTML article refer to the extracted main text, not to the markup.
"""

from __future__ import annotations

import logging
from typing import Any

# trafilatura and htmldate log parse problems of hostile pages; summitx reports them itself
# as the article's error, so their loggers must not print to stderr (--quiet means quiet).
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# Only dates the page states in its markup (meta tags, JSON-LD, <time>), not guesses from text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _extract(html: str, **options: Any) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_PARAMS,
        **options,
    )


def html_to_article_fields(html: str) -> dict[str, Any]:
    """Return the page's main text plus title / outlet / published / url / language."""
    from summitx.loader import InputError

    page = _extract(html, favor_precision=True)
    if page is None or not (page.text or "").strip():
        # Short pages fall below the precision mode's thresholds; recall mode keeps them.
        page = _extract(html, favor_recall=True)
    if page is None or not (page.text or "").strip():
        raise InputError("HTML page without extractable main text")
    fields: dict[str, Any] = {"text": page.text}
    if page.title:
        fields["title"] = page.title
    if page.sitename:
        fields["outlet"] = page.sitename
    if page.date:
        fields["published"] = str(page.date)[:10]
    if page.url:
        fields["url"] = page.url
    return fields
