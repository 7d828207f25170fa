"""Article metadata from the text itself: title, outlet, publication date, dateline, bylines.

It also marks the spans no fact may be extracted from: the header (headline, date and byline
lines), datelines, and boilerplate (share/print links, hashtag and copyright lines, a teaser
of another story). Offsets always index the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summitx.extract.dates import parse_absolute_date

# Lines that belong to the page furniture rather than the story.
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:(?:print|share|tweet|email|e-mail|facebook|twitter|linkedin|whatsapp|font|small|big"
    r"|large|text size|subscribe|sign up|advertisement|read more|related|follow us)\b.*"
    r"|#\S.*|.*\bcopyright\b.*|.*©.*|end|\(end\)|all rights reserved.*)\s*$",
    re.IGNORECASE,
)
# A teaser of another story: everything after it is another article.
TEASER_LINE = re.compile(
    r"^\s*(?:don[’']t miss|more stories|recommended|most read|you may also like|read next)\b",
    re.I,
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Date forms found on date lines of article headers, in several languages.
HEADER_DATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH}\s+\d{{4}}"
    r"|\d{1,2}\.?\s+[A-Za-zÀ-ÿ]{3,12}\.?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4})\b"
)
# "Osaka, Jan. 14 (Kyodo)–", "Lisbon, January 14, 2026 – The Daily Post:", "LONDON (Reuters) -"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z .'’-]{{1,40}}?),?\s+"
    rf"(?:(?P<date>{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)\s*)?"
    r"(?:\((?P<agency>[^)]{2,40})\)\s*)?"
    r"[–—-]+\s*"
    r"(?:(?P<outlet>[A-Z][^:\n]{1,40}):\s*)?"
)
BYLINE = re.compile(
    r"\bBy\s+(?P<names>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3})*)"
)
CONTRIBUTOR_LINE = re.compile(
    r"^(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)"
    r"(?:\s+in\s+[^,]+(?:,\s*[^,]+)?)?,?\s+contributed\b.*$"
)
COPYRIGHT_OUTLET = re.compile(
    r"copyright\s*(?:©|\(c\))?\s*(?:by\s+)?(?:\d{4}\s+)?(?:the\s+)?(?P<outlet>[A-Z][\w .&-]{1,40}?)"
    r"(?:,?\s*(?:Ltd|Inc|LLC|Co)\.?)?\s*(?:\]|$|\.|,|All)",
    re.IGNORECASE,
)
# Copyright notices inside a paragraph ("... END [Copyright The X Press, Ltd.]").
INLINE_COPYRIGHT = re.compile(r"(?:\bEND\s*)?[\[(]\s*copyright\b[^\])]*[\])]", re.IGNORECASE)
MAX_BOILERPLATE_CHARS = 120
# A body paragraph: long enough and ending like prose.
MIN_BODY_WORDS = 12


@dataclass
class DocumentMeta:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    # The place the dateline names ('Osaka' of 'Osaka, Jan. 14 (Kyodo)–', 'Warsaw' of 'WARSAW -').
    dateline_place: str | None = None
    authors: list[str] = field(default_factory=list)
    # (start, end) spans nothing is extracted from.
    excluded: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0

    def is_excluded(self, start: int, end: int) -> bool:
        for s, e in self.excluded:  # noqa: SIM110 (a plain loop: called for nearly every token)
            if start < e and end > s:
                return True
        return False


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) for each line, offsets into text."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        out.append((pos, pos + len(stripped), stripped))
        pos += len(line)
    return out


def _is_body_line(line: str) -> bool:
    words = line.split()
    return len(words) >= MIN_BODY_WORDS and bool(re.search(r"[.!?\"”’)]\s*$", line.strip()))


def _name_case(name: str) -> str:
    """'JOHN SMITH' -> 'John Smith'; mixed case is kept."""
    return name.title() if name.isupper() else name


def _split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [_name_case(p.strip()) for p in parts if p.strip()]


def detect_metadata(text: str) -> DocumentMeta:
    meta = DocumentMeta()
    lines = _lines(text)
    header: list[tuple[int, int, str]] = []
    teaser_at: int | None = None
    body_seen = False
    for start, end, line in lines:
        if not line.strip():
            continue
        if TEASER_LINE.match(line):
            teaser_at = start
            break
        if len(line) <= MAX_BOILERPLATE_CHARS and BOILERPLATE_LINE.match(line):
            meta.excluded.append((start, end))
            outlet = COPYRIGHT_OUTLET.search(line)
            if outlet and not meta.outlet:
                meta.outlet = outlet.group("outlet").strip()
            continue
        contributor = CONTRIBUTOR_LINE.match(line.strip())
        if contributor and body_seen:
            meta.excluded.append((start, end))
            continue
        if not body_seen:
            dateline = DATELINE.match(line)
            if _is_body_line(line) or (dateline and len(line.split()) > MIN_BODY_WORDS):
                body_seen = True
                meta.body_start = start
            else:
                header.append((start, end, line))
                meta.excluded.append((start, end))
                continue
        # A dateline at the start of a body paragraph.
        dateline = DATELINE.match(line)
        place = dateline.group("place").strip() if dateline else ""
        # 'SINGAPORE - ...': a place in capitals before a dash is a dateline even undated.
        shouted = len(place) >= 3 and place.isupper()
        if dateline and (dateline.group("date") or dateline.group("agency") or shouted):
            meta.excluded.append((start, start + dateline.end()))
            if meta.dateline is None:
                meta.dateline = line[: dateline.end()].strip(" –—-:")
                meta.dateline_place = place.title() if place.isupper() else place
            agency = dateline.group("agency") or dateline.group("outlet")
            if agency and not meta.outlet:
                meta.outlet = agency.strip()
            if dateline.group("date") and not meta.published:
                meta.published = parse_absolute_date(dateline.group("date"))
    for match in INLINE_COPYRIGHT.finditer(text):
        meta.excluded.append(match.span())
        outlet = COPYRIGHT_OUTLET.search(match.group(0))
        if outlet and not meta.outlet:
            meta.outlet = outlet.group("outlet").strip()
    if teaser_at is not None:
        meta.excluded.append((teaser_at, len(text)))
    if not body_seen:
        # No header at all (the text starts with prose): nothing is excluded as header.
        meta.excluded = [s for s in meta.excluded if s not in [(a, b) for a, b, _ in header]]
        header = []
    _read_header(meta, header)
    for start, _end, line in lines:
        contributor = CONTRIBUTOR_LINE.match(line.strip())
        if contributor and start >= meta.body_start:
            for name in _split_names(contributor.group("names")):
                if name not in meta.authors:
                    meta.authors.append(name)
    return meta


def _read_header(meta: DocumentMeta, header: list[tuple[int, int, str]]) -> None:
    title_candidates: list[str] = []
    date_seen = False
    for _start, _end, line in header:
        byline = BYLINE.search(line)
        if byline:
            meta.authors.extend(_split_names(byline.group("names")))
        for match in HEADER_DATE.finditer(line):
            published = parse_absolute_date(match.group(0))
            if published:
                date_seen = True
                if not meta.published:
                    meta.published = published
                break
        if date_seen or byline:
            continue
        if len(line.split()) >= 3 and len(line) <= 200:
            title_candidates.append(line.strip())
    if title_candidates:
        meta.title = max(title_candidates, key=len)
        others = [c for c in title_candidates if c != meta.title and len(c.split()) <= 4]
        # A short line above the headline is usually the site's name ("The X Today").
        if not meta.outlet and others and header and header[0][2].strip() == others[0]:
            meta.outlet = others[0]
