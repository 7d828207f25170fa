"""Hard line breaks inside paragraphs (text wrapped at a fixed width) joined back.

A text is wrapped when most of its lines stop near one width no longer than a screen line.
Then a line break is a wrap, and becomes a space, when the line before it is full: its
length plus a space plus the next line's first word would not have fit in the width (wrapping
tools fill each line greedily). Anything else starts a paragraph: a blank line, an indented
line, a list item after a sentence or a colon, a line far shorter than its neighbours (the
end of a paragraph), or a short line that ends no sentence after one that does (a heading).
A word hyphenated across the break is joined; the hyphen stays (wrapping tools break at a
word's own hyphen: `long-term`) unless what follows it is a bare suffix (`negoti-` +
`ations`) or the text spells the word elsewhere without it.
"""

from __future__ import annotations

import re

from summitx.text.offsets import Edit

# Wrapped text stays within a terminal or e-mail line; one paragraph per line runs longer.
MAX_WIDTH = 100
# Narrower lines are verse, lists or tables, not wrapped prose.
MIN_WIDTH = 40
MIN_LINES = 3
# At least this share of the line breaks must be wraps.
MIN_WRAP_SHARE = 0.3
LINE = re.compile(r"[^\n]*\n?")
INDENT = re.compile(r"\s")
# A list item or a quoted e-mail line, unless the line before is full and runs on into it.
ITEM = re.compile(r"[-*•·–—]\s|\d{1,3}[.)]\s|>")
SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
# A heading ends without a full stop (a colon is fine).
STOP = re.compile(r"[.!?][\"'”’)\]]*$")
# An abbreviation at the end of a line ("Jan.", "Dr.") ends no sentence.
ABBREVIATION_END = re.compile(r"(?:^|\s)[A-Z][a-z]{0,2}\.$")
HYPHEN_END = re.compile(r"[^\W\d_]-$")
SUFFIX = re.compile(
    r"[aeiou]?(?:tions?|sions?|ments?|ings?|ness|ities|ity|ances?|ences?|ers?|ed|ly|ally|ials?|ical"
    r"|ous|ives?|able|ible|ists?|isms?|ated?|ates)\b"
)
WORD_AT = re.compile(r"[^\W\d_]+$")


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, content) of each line, without its line ending or trailing blanks."""
    return [
        (m.start(), m.group().rstrip("\r\n").rstrip())
        for m in LINE.finditer(text)
        if m.end() > m.start()
    ]


def _width(lengths: list[int]) -> int:
    """The wrap width: the length most full lines reach (the 90th percentile)."""
    ordered = sorted(lengths)
    return ordered[int(0.9 * (len(ordered) - 1))]


def _full(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fit at the end of this one."""
    words = following.split(None, 1)
    return bool(words) and len(line) + 1 + len(words[0]) > width


def _is_wrap(line: str, following: str, after: str, width: int) -> bool:
    """Whether the break between `line` and `following` (then `after`) is a wrap."""
    if not line or not following.strip() or INDENT.match(following):
        return False
    if not _full(line, following, width):
        return False
    ends_sentence = bool(SENTENCE_END.search(line)) and not ABBREVIATION_END.search(line)
    if ITEM.match(following):
        return not ends_sentence and not line.endswith(":")
    # A short line that ends no sentence, after one that does, is a heading of its own.
    heading = not STOP.search(following) and not _full(following, after, width)
    return not (heading and STOP.search(line) and not ABBREVIATION_END.search(line))


def _joiner(text: str, line: str, following: str) -> str:
    """What the break becomes: a space, or nothing after a word hyphenated across it."""
    if not HYPHEN_END.search(line) or not following[:1].isalnum():
        return " "
    head = WORD_AT.search(line[:-1])
    tail = re.match(r"[^\W\d_]+", following)
    if head is None or tail is None or not tail.group().islower():
        return ""
    if SUFFIX.fullmatch(tail.group()):
        return "-"  # the hyphen goes: the marker is swallowed by the edit below
    joined = head.group() + tail.group()
    hyphenated = head.group() + "-" + tail.group()
    if re.search(rf"\b{re.escape(joined)}\b", text) and hyphenated not in text:
        return "-"
    return ""


def unwrap_edits(text: str) -> list[Edit]:
    if text.count("\n") < MIN_LINES - 1:
        return []
    # A quick look first (most texts have a paragraph per line): the width of the raw lines.
    raw = [n for n in map(len, text.split("\n")) if n]
    if len(raw) < MIN_LINES or _width(raw) > MAX_WIDTH + 10:
        return []
    lines = _lines(text)
    # A margin every line shares (a quoted or indented block) is no paragraph indent.
    margin = min(len(c) - len(c.lstrip()) for _, c in lines if c.strip()) if lines else 0
    lines = [(start + margin, c[margin:]) if c.strip() else (start, c) for start, c in lines]
    lengths = [len(content) for _, content in lines if content.strip()]
    if len(lengths) < MIN_LINES:
        return []
    width = _width(lengths)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return []
    edits: list[Edit] = []
    breaks = 0
    for k, (start, content) in enumerate(lines[:-1]):
        if not content.strip():
            continue
        breaks += 1
        next_start, following = lines[k + 1]
        after = lines[k + 2][1] if k + 2 < len(lines) else ""
        if not _is_wrap(content, following, after, width):
            continue
        joiner = _joiner(text, content, following)
        end_of_line = start + len(content)
        if joiner == "-":  # drop the hyphen too
            edits.append(Edit(end_of_line - 1, next_start, ""))
        else:
            edits.append(Edit(end_of_line, next_start, joiner))
    if len(edits) < 2 or len(edits) < MIN_WRAP_SHARE * breaks:
        return []
    return edits
