"""Resolve date expressions against an article's publication date, with their precision.

dateparser handles absolute dates; the relative forms it does not know ("last October",
"a day earlier", "Tuesday's", "last week" as an ISO week) are resolved here. Results are
cached per (expression, anchor, tense) because news repeats the same few date strings.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_PREFIX = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
# Languages tried for absolute dates in article headers; fixed so parsing stays fast.
HEADER_LANGUAGES = ["en", "it", "fr", "de", "es", "pt", "nl"]

_ORDINAL_SUFFIX = re.compile(r"(\d)(st|nd|rd|th)\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "several": 3,
    "few": 3,
    "a few": 3,
}


def _month_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word == "sept":
        return 9
    if (len(word) >= 3 and word in MONTHS) or word in MONTH_PREFIX:
        return MONTH_PREFIX[word[:3]]
    return None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@lru_cache(maxsize=4096)
def parse_absolute_date(text: str) -> str | None:
    """ISO date of a full date string ('14 Gennaio 2026', 'Jan 14, 2026, 08:05 am'), else None."""
    import dateparser

    cleaned = _ORDINAL_SUFFIX.sub(r"\1", text.strip())
    if not _YEAR.search(cleaned):
        return None
    parsed = dateparser.parse(
        cleaned,
        languages=HEADER_LANGUAGES,
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed else None


def _nearest_weekday(anchor: dt.date, weekday: int, tense: str | None) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if back == 0:
        return anchor
    # A day of slack either way: an article dated by one time zone tells of an event on the
    # next (or previous) day in another ('spoke at the summit Friday' in Thursday's paper).
    if tense == "past":
        return anchor + dt.timedelta(days=1) if forward == 1 else anchor - dt.timedelta(days=back)
    if tense == "future":
        return anchor - dt.timedelta(days=1) if back == 1 else anchor + dt.timedelta(days=forward)
    return (
        anchor - dt.timedelta(days=back) if back <= forward else anchor + dt.timedelta(days=forward)
    )


def _month_near(anchor: dt.date, month: int, tense: str | None, last: bool) -> dt.date:
    """The month's first day nearest the anchor, or before it for 'last' / past tense."""
    year = anchor.year
    if last or tense == "past":
        if month >= anchor.month and (last or month > anchor.month):
            year -= 1
    elif tense == "future":
        if month < anchor.month:
            year += 1
    elif month - anchor.month > 6:
        year -= 1
    elif anchor.month - month > 6:
        year += 1
    return dt.date(year, month, 1)


@lru_cache(maxsize=8192)
def resolve_date(
    text: str,
    anchor_iso: str | None,
    tense: str | None = None,
    context_iso: str | None = None,
) -> str | None:
    """ISO value (day, month, year or ISO week) of a date expression.

    `anchor_iso` is the publication date; `context_iso` the last date the article mentioned,
    for expressions relative to it ("a day earlier"). `tense` is 'past', 'future' or None.
    """
    raw = " ".join(text.lower().replace("’", "'").split())
    raw = re.sub(r"'s$", "", raw)
    raw = re.sub(r"^(on|in|from|since|by|of|during|at|until|the)\s+", "", raw)
    raw = _ORDINAL_SUFFIX.sub(r"\1", raw)
    anchor = dt.date.fromisoformat(anchor_iso) if anchor_iso else None
    context = (
        dt.date.fromisoformat(context_iso[:10]) if context_iso and len(context_iso) == 10 else None
    )

    # Explicit year forms first: they need no anchor.
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if match:
        return raw
    match = re.search(r"\b([a-z]+)\.? (\d{1,2}),? (\d{4})\b", raw) or re.search(
        r"\b(\d{1,2}) ([a-z]+)\.?,? (\d{4})\b", raw
    )
    if match:
        a, b, year = match.groups()
        month, day = (_month_of(a), b) if _month_of(a) else (_month_of(b), a)
        if month:
            try:
                return dt.date(int(year), month, int(day)).isoformat()
            except ValueError:
                return None
    match = re.fullmatch(r"(?:early |late |mid-?)?([a-z]+)\.?,? (\d{4})", raw)
    if match and _month_of(match.group(1)):
        return f"{match.group(2)}-{_month_of(match.group(1)):02d}"
    match = re.fullmatch(r"(?:early |late |mid-?)?(\d{4})", raw)
    if match:
        return match.group(1)

    if anchor is None:
        return None
    if raw in ("today", "this morning", "this afternoon", "tonight", "this evening"):
        return anchor.isoformat()
    if raw in ("yesterday", "last night"):
        return (anchor - dt.timedelta(days=1)).isoformat()
    if raw == "tomorrow":
        return (anchor + dt.timedelta(days=1)).isoformat()
    match = re.fullmatch(
        r"(?:(?:a|one|the) )?day (?:earlier|before)|(?:the )?previous day|(?:the )?day prior", raw
    )
    if match:
        base = context or anchor
        return (base - dt.timedelta(days=1)).isoformat()
    match = re.fullmatch(
        r"(?:(?:a|one|the) )?day later|(?:the )?next day|(?:the )?following day", raw
    )
    if match:
        base = context or anchor
        return (base + dt.timedelta(days=1)).isoformat()
    match = re.fullmatch(r"(last|this|next|past) (week|month|year)", raw)
    if match:
        which, unit = match.groups()
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            return _iso_week(anchor + dt.timedelta(weeks=shift))
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 + shift
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        return str(anchor.year + shift)
    match = re.fullmatch(r"(\w+(?: few)?) (day|week|month|year)s? ago", raw)
    if (match and match.group(1) in _NUMBER_WORDS) or (match and match.group(1).isdigit()):
        count = int(match.group(1)) if match.group(1).isdigit() else _NUMBER_WORDS[match.group(1)]
        unit = match.group(2)
        if unit == "day":
            return (anchor - dt.timedelta(days=count)).isoformat()
        if unit == "week":
            return _iso_week(anchor - dt.timedelta(weeks=count))
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 - count
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        return str(anchor.year - count)
    # "last Friday", "Tuesday", "Tuesday morning", "next Monday"
    match = re.fullmatch(
        r"(?:(last|this|next|coming|past) )?([a-z]+)(?: (?:morning|afternoon|evening|night))?", raw
    )
    if match and match.group(2) in WEEKDAYS:
        which = match.group(1)
        weekday = WEEKDAYS.index(match.group(2))
        if which in ("last", "past"):
            back = (anchor.weekday() - weekday) % 7 or 7
            return (anchor - dt.timedelta(days=back)).isoformat()
        if which in ("next", "coming"):
            forward = (weekday - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=forward)).isoformat()
        return _nearest_weekday(anchor, weekday, tense).isoformat()
    # "Jan. 13", "13 January", "(Aug 28)"
    match = re.fullmatch(r"([a-z]+)\.? (\d{1,2})", raw) or re.fullmatch(r"(\d{1,2}) ([a-z]+)", raw)
    if match:
        a, b = match.groups()
        month, day = (_month_of(a), b) if _month_of(a) else (_month_of(b), a)
        if month:
            try:
                candidates = [dt.date(anchor.year + k, month, int(day)) for k in (-1, 0, 1)]
            except ValueError:
                return None
            if tense == "past":
                past = [c for c in candidates if c <= anchor + dt.timedelta(days=1)]
                candidates = past or candidates
            elif tense == "future":
                future = [c for c in candidates if c >= anchor - dt.timedelta(days=1)]
                candidates = future or candidates
            return min(candidates, key=lambda c: abs((c - anchor).days)).isoformat()
    # "last October", "October", "October last year", "in October"
    match = re.fullmatch(
        r"(?:(last|this|next|early|late|mid-?) ?)?([a-z]+)\.?( last year| this year| next year)?",
        raw,
    )
    if match and _month_of(match.group(2)) and len(match.group(2)) >= 3:
        month = _month_of(match.group(2))
        assert month is not None
        which, year_word = match.group(1), match.group(3)
        if year_word:
            shift = {" last year": -1, " this year": 0, " next year": 1}[year_word]
            return f"{anchor.year + shift}-{month:02d}"
        if which == "next":
            return _month_near(anchor, month, "future", False).strftime("%Y-%m")
        return _month_near(anchor, month, tense, which == "last").strftime("%Y-%m")
    return None
