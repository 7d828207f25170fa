"""CSV cells that a spreadsheet would run as formulas, neutralised.

A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
spreadsheets skip before looking) is read as a formula by Excel, LibreOffice and Google
Sheets: quoted text such as `=HYPERLINK(...)` from an article would run when the CSV is
opened. Such a cell gets a leading apostrophe, which spreadsheets show as text and do not
display; the apostrophe is in the file, so programs reading the CSV see it (README).
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell that would start a formula, with an apostrophe before it; others as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: neutralise(value) for key, value in row.items()}
