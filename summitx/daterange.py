"""The first and last day an ISO date value covers, for tools that need whole days.

`date` keeps the precision an article gives (`2025-10`, `2026-W02`), which pandas, SQLite
and spreadsheets cannot read as dates; `date_start`/`date_end` give every dated record a
pair of ISO days beside it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
WEEK = re.compile(r"(\d{4})-W(\d{2})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
YEAR = re.compile(r"(\d{4})")


def day_bounds(value: str | None) -> tuple[date, date] | None:
    """(first day, last day) of `2026-01-13`, `2026-W02`, `2025-10` or `2025`; None otherwise."""
    if not value:
        return None
    try:
        if m := DAY.fullmatch(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := MONTH.fullmatch(value):
            first = date(int(m[1]), int(m[2]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        if m := YEAR.fullmatch(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:  # 2026-02-30, week 54
        return None
    return None


def iso_bounds(value: str | None) -> tuple[str | None, str | None]:
    """`day_bounds` as ISO strings, (None, None) for no or an unreadable date."""
    bounds = day_bounds(value)
    if bounds is None:
        return None, None
    return bounds[0].isoformat(), bounds[1].isoformat()
