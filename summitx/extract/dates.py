"""Resolve date expressions against an article's publication date, with their precision.

dateparser reads every expression ('on Monday', 'yesterday', 'last week', 'two days ago',
'in March', 'May 5', 'March 21, 1999') with RELATIVE_BASE = the publication date and
PREFER_DATES_FROM = the tense of the sentence; its `period` gives the precision (day, ISO
week, month, year). The rules left here are the cases where dateparser answers None or
wrongly (each has a test in tests/test_dates.py showing dateparser's own answer):

- 'last October', 'October last year', 'next May': a month with a deictic word (None);
- 'a day earlier', 'the next day': relative to the date the article just gave, not to the
  publication date (None, or a day after publication);
- 'early 2006', 'late March', 'mid-September', 'several weeks ago', 'past Friday', 'coming
  Monday': a word dateparser does not know is dropped or swapped for one it does (None);
- 'on Wednesday' in a Wednesday paper: the publication day itself, where dateparser's
  past/future preference moves it a week (or 'Oct. 4' in an Oct. 4 paper a year);
- a day of slack for time zones: 'spoke at the summit Friday' in Thursday's paper is the
  next day, so a past day-precise expression may be the day after publication and a future
  one the day before it (dateparser reads them strictly before / after its base);
- no tense: the nearer of the past and the future reading (dateparser's current period
  reads a bare weekday backwards only: 'Tuesday' in a Monday paper would be 6 days ago);
- durations and bare numbers ('60 years', 'two years', '15', 'now') are not dates:
  dateparser reads them as offsets from the base, so only expressions naming a calendar
  word, a year or 'ago' reach it.

Parsers are cached per (base, preference) and answers per expression: building
dateparser's settings is slow and news repeats the same few date strings.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from summitx import lexicon

WEEKDAYS = tuple(day.lower() for day in calendar.day_name)
MONTHS = tuple(month.lower() for month in calendar.month_name[1:])
MONTH_PREFIX = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
# Languages tried for absolute dates in article headers; fixed so parsing stays fast.
HEADER_LANGUAGES = ["en", "it", "fr", "de", "es", "pt", "nl"]
# Settings shared by every relative reading: a bare month means its first day (not the
# base's day of month), and answers stay naive dates whatever zone the text names.
_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
_WORDS = lexicon.load_pattern("dates.json")
_UNITS = "|".join(_WORDS["units"])
# Durations ('two years', 'a week') are not dates: a unit needs 'last/this/next' or 'ago'.
_DEICTIC_UNIT = re.compile(rf"\b(?:last|this|next) (?:{_UNITS})\b|\b(?:{_UNITS}) ago\b")
_BARE_UNIT = re.compile(rf"\b(?:{_UNITS})\b")
_SYNONYMS = [
    (re.compile(rf"^{word}\b"), text)
    for word, text in _WORDS["synonyms"].items()
    if not word.startswith("_")
]
_PART_OF_PERIOD = re.compile(rf"^(?:{'|'.join(_WORDS['part_of_period'])})[- ](?=[a-z\d])")
_DATE_WORDS = frozenset(
    [*WEEKDAYS, *MONTHS, *MONTH_PREFIX, "sept"]
    + [w for key in ("deictic", "parts_of_day", "units", "numbers") for w in _WORDS[key]]
)
_NAMED = frozenset([*WEEKDAYS, *MONTHS, *MONTH_PREFIX, "sept", *_WORDS["deictic"]])

_ORDINAL_SUFFIX = re.compile(r"(\d)(st|nd|rd|th)\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LEADING_PREPOSITION = re.compile(r"^(on|in|from|since|by|of|during|at|until|the)\s+")
_CONTEXT_BEFORE = re.compile(
    r"(?:(?:a|one|the) )?day (?:earlier|before)|(?:the )?previous day|(?:the )?day prior"
)
_CONTEXT_AFTER = re.compile(
    r"(?:(?:a|one|the) )?day later|(?:the )?next day|(?:the )?following day"
)
_MONTH_WITH_YEAR_WORD = re.compile(r"(?:(last|next) )?([a-z]+)\.?(?: (last|this|next) year)?")
_BARE_YEAR = re.compile(r"\d{4}")
# Any base will do for expressions naming their year.
_NO_BASE = dt.date(2000, 1, 1)
_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)


def _month_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word == "sept":
        return 9
    if (len(word) >= 3 and word in MONTHS) or word in MONTH_PREFIX:
        return MONTH_PREFIX[word[:3]]
    return None


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


@lru_cache(maxsize=256)
def _parser(base: dt.date, prefer: str) -> Any:
    """dateparser's English reader with `base` as today, preferring `prefer` dates."""
    from dateparser.date import DateDataParser

    settings = {
        **_SETTINGS,
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _read(text: str, base: dt.date, prefer: str) -> tuple[dt.date, str] | None:
    """dateparser's date and period ('day', 'week', 'month', 'year') of `text`, else None."""
    data = _parser(base, prefer).get_date_data(text)
    if data.date_obj is None:
        return None
    period = "day" if data.period == "time" else data.period
    return data.date_obj.date(), period


def _same_period(day: dt.date, base: dt.date, period: str) -> bool:
    if period == "month":
        return (day.year, day.month) == (base.year, base.month)
    return day == base


def _moved(day: dt.date, period: str) -> set[tuple[int, int, int]]:
    """Where dateparser's past/future preference puts an expression naming `day` itself:
    a week before or after (a weekday), a year before or after (a date or a month)."""
    moved = {(day.year + k, day.month, day.day if period == "day" else 1) for k in (-1, 1)}
    if period == "day":
        moved |= {(d.year, d.month, d.day) for d in (day - _WEEK, day + _WEEK)}
    return moved


def _names(text: str, day: dt.date, period: str) -> bool:
    """Does `text` name `day` (or its month)? dateparser reads it as `day` with `day` as base."""
    here = _read(text, day, "current_period")
    return here is not None and here[1] == period and _same_period(here[0], day, period)


def _distance(reading: tuple[dt.date, str], anchor: dt.date) -> int:
    day, period = reading
    if period == "month":
        return abs((day.year - anchor.year) * 12 + day.month - anchor.month)
    if period == "year":
        return abs(day.year - anchor.year)
    return abs((day - anchor).days)


def _relative(text: str, anchor: dt.date, tense: str | None) -> tuple[dt.date, str] | None:
    """dateparser's reading of `text` in an article of `anchor`, by its sentence's tense."""
    if tense in ("past", "future"):
        reading = _read(text, anchor, tense)
    else:
        # No tense: the nearer of the two readings (dateparser's current period reads a bare
        # weekday backwards only: 'Tuesday' in a Monday paper would be six days ago).
        past, future = _read(text, anchor, "past"), _read(text, anchor, "future")
        if past is None or future is None:
            return past or future
        # A tie (a month six months away) goes to the publication year.
        reading = min(
            (past, future), key=lambda r: (_distance(r, anchor), r[0].year != anchor.year)
        )
    if reading is None or reading[1] not in ("day", "month"):
        return reading
    # The publication day itself, or with a day of slack for time zones ('spoke at the summit
    # Friday' in Thursday's paper) the day after a past one or before a future one: dateparser
    # moves an expression naming its base day a week or a year away.
    days = [anchor]
    if reading[1] == "day" and tense:
        days.insert(0, anchor + (_DAY if tense == "past" else -_DAY))
    position = (reading[0].year, reading[0].month, reading[0].day)
    for day in days:
        if position in _moved(day, reading[1]) and _names(text, day, reading[1]):
            return day, reading[1]
    return reading


def _iso(reading: tuple[dt.date, str]) -> str:
    day, period = reading
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    if period == "year":
        return str(day.year)
    return day.isoformat()


def _month_with_deixis(raw: str, anchor: dt.date) -> str | None:
    """'last October', 'October last year', 'next May' (dateparser answers None)."""
    match = _MONTH_WITH_YEAR_WORD.fullmatch(raw)
    if not match or not (match.group(1) or match.group(3)) or len(match.group(2)) < 3:
        return None
    month = _month_of(match.group(2))
    if month is None:
        return None
    which, year_word = match.group(1), match.group(3)
    if year_word:
        return f"{anchor.year + {'last': -1, 'this': 0, 'next': 1}[year_word]}-{month:02d}"
    if which == "last":
        # The month's latest occurrence before this one: 'last January' in January is a year ago.
        return f"{anchor.year - (month >= anchor.month)}-{month:02d}"
    return f"{anchor.year + (month < anchor.month)}-{month:02d}"


def _is_date_expression(raw: str) -> bool:
    """Only date words, at least one naming a day, month, year or deixis, and a unit only as
    'last week' / 'two weeks ago': dateparser reads '60 years', 'a week', '15' or 'now' as
    offsets from its base."""
    words = re.findall(r"[a-z]+|\d+", raw)
    if not words or not all(w in _DATE_WORDS or w.isdigit() for w in words):
        return False
    if not any(w in _NAMED or (w.isdigit() and len(w) == 4) for w in words):
        return False
    return not _BARE_UNIT.search(_DEICTIC_UNIT.sub("", raw))


def _normalise(text: str) -> str:
    raw = " ".join(text.lower().replace("’", "'").split())
    raw = re.sub(r"'s$", "", raw)
    raw = _LEADING_PREPOSITION.sub("", raw)
    raw = _ORDINAL_SUFFIX.sub(r"\1", raw)
    raw = _PART_OF_PERIOD.sub("", raw)
    for pattern, replacement in _SYNONYMS:
        raw = pattern.sub(replacement, raw)
    return raw


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
    raw = _normalise(text)
    if _BARE_YEAR.fullmatch(raw):
        # The commonest date expression needs no parser.
        return raw
    if anchor_iso is None:
        # Without a publication date only expressions naming their year resolve.
        if not _YEAR.search(raw) or not _is_date_expression(raw):
            return None
        reading = _read(raw, _NO_BASE, "current_period")
        return _iso(reading) if reading else None
    anchor = dt.date.fromisoformat(anchor_iso)
    if _CONTEXT_BEFORE.fullmatch(raw) or _CONTEXT_AFTER.fullmatch(raw):
        # Relative to the date the article just gave (dateparser: None, or from publication).
        context = (
            dt.date.fromisoformat(context_iso) if context_iso and len(context_iso) == 10 else None
        )
        step = -_DAY if _CONTEXT_BEFORE.fullmatch(raw) else _DAY
        return ((context or anchor) + step).isoformat()
    if not _is_date_expression(raw):
        return None
    by_rule = _month_with_deixis(raw, anchor)
    if by_rule:
        return by_rule
    reading = _relative(raw, anchor, tense)
    return _iso(reading) if reading else None
