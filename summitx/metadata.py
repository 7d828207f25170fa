"""Article metadata from JSON: each field checked on its own, a bad one dropped with a warning.

A crawler's JSON Lines carry whatever their sources had: `"published": "yesterday"`, a
number, a list. One bad field must not cost the article (extraction compares dates with
the publication date, so an invalid one failed the whole article): it is dropped, the
warning names the field, and the text is processed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

TEXT_FIELDS = ("title", "outlet", "url")
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
MAX_SHOWN = 40


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def iso_date(value: Any) -> str | None:
    """`value` as an ISO date (YYYY-MM-DD) if it is an ISO date or date-time string."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return None


def _scalar_text(value: Any) -> str | None:
    """Strings as they are, finite numbers as their text; anything else is not a text field."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return str(value)
    return None


def article_id(value: Any) -> tuple[str | None, str | None]:
    """The article's id as text, or (None, warning) when it cannot be one."""
    if value is None or value == "":
        return None, None
    text = _scalar_text(value)
    if text is None:
        return None, f"field 'id' dropped: not a string or number ({_shown(value)})"
    return text, None


def clean_metadata(obj: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """The usable metadata fields of a JSON article, and a warning for each one dropped."""
    values: dict[str, str] = {}
    warnings: list[str] = []
    for name in TEXT_FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        text = _scalar_text(value)
        if text is None:
            warnings.append(f"field '{name}' dropped: not a string ({_shown(value)})")
        else:
            values[name] = text
    published = obj.get("published")
    if published is not None:
        date = iso_date(published)
        if date is None:
            warnings.append(f"field 'published' dropped: not an ISO date ({_shown(published)})")
        else:
            values["published"] = date
    language = obj.get("language")
    if language is not None:
        if isinstance(language, str) and LANGUAGE.fullmatch(language.strip()):
            values["language"] = language.strip().lower()
        else:
            warnings.append(f"field 'language' dropped: not a language code ({_shown(language)})")
    return values, warnings
