"""resolve_date: date expressions of news reports resolved against the publication date."""

from __future__ import annotations

import pytest

from summitx.extract.dates import resolve_date


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "context", "expected"),
    [
        # Weekdays: nearest to the publication day, a past verb looks back.
        ("on Tuesday", "2026-01-14", None, None, "2026-01-13"),
        ("Tuesday", "2026-01-12", None, None, "2026-01-13"),
        ("Monday", "2019-02-22", "past", None, "2019-02-18"),
        ("Friday", "2022-08-24", "future", None, "2022-08-26"),
        # One day of slack for time zones: a past-tense report of 'Tuesday' in Monday's paper.
        ("Tuesday", "2026-01-12", "past", None, "2026-01-13"),
        ("last Friday", "2020-08-30", None, None, "2020-08-28"),
        ("Sunday's", "2023-04-04", None, None, "2023-04-02"),
        # Months without a year.
        ("last October", "2026-01-14", None, None, "2025-10"),
        ("October last year", "2026-01-14", None, None, "2025-10"),
        ("in March", "2024-11-02", "past", None, "2024-03"),
        ("Jan. 5", "2026-01-14", None, None, "2026-01-05"),
        ("Sept. 10", "2023-09-12", None, None, "2023-09-10"),
        ("28 August", "2020-08-30", None, None, "2020-08-28"),
        # Weeks, months and years relative to the publication date.
        ("last week", "2026-01-14", None, None, "2026-W02"),
        ("next week", "2023-12-28", None, None, "2024-W01"),
        ("last month", "2024-01-10", None, None, "2023-12"),
        ("two days ago", "2023-03-01", None, None, "2023-02-27"),
        # Relative to the date the article just gave.
        ("a day earlier", "2026-01-14", None, "2026-01-13", "2026-01-12"),
        ("the next day", "2023-07-05", None, "2023-07-03", "2023-07-04"),
        # Absolute forms need no anchor.
        ("May 1995", None, None, None, "1995-05"),
        ("March 21, 1999", None, None, None, "1999-03-21"),
        ("in 2005", None, None, None, "2005"),
        # Relative forms with no anchor stay unresolved.
        ("Tuesday", None, None, None, None),
        ("last October", None, None, None, None),
    ],
)
def test_resolve_date(text, anchor, tense, context, expected):
    assert resolve_date(text, anchor, tense, context) == expected
