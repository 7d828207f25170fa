"""Quotation marks of other conventions rewritten as the curly double quotes “ ” (and single
‘ ’ for a quote inside a quote) that the one quote finder, summitx.extract.quotes, reads.

- treebank and typewriter style: two backticks open, two apostrophes close (or, typed without
  backticks, two apostrophes both open and close, told apart by the spaces around them, or
  when spaces are on both sides by whether a quote is open in the paragraph);
  one backtick before a word opens a single quote;
- German and Czech `„ … “` (the low mark opens, the high one closes);
- guillemets `« »` and `‹ ›`, either way round (`» … «` in German and Danish), with the spaces
  French puts inside them, which go with the mark;
- corner brackets `「 」` and `『 』`.
A closing guillemet or bracket with no opening one in its paragraph still closes (a quote
that runs on from the paragraph before); an opening one left open is left to the finder,
which ends it at the paragraph break.
"""

from __future__ import annotations

import re

from summitx.text.offsets import Edit

# Two backticks or two apostrophes (not after a digit: 5'11'' is feet and inches); two
# apostrophes open after a space, bracket or dash (or at a line start) and before a word.
TWO_MARKS = re.compile(r"(?<![`'\d])(``|'')(?![`'])")
OPENING_CONTEXT_BEFORE = re.compile(r"(?:^|[\s(\[{—–-])$")
BACKTICK = re.compile(r"(?<![`\w])`(?=[^\W\d_])")
# Spaces French typography puts between a guillemet and the words it encloses.
INNER_SPACE = "[ \t\u00a0\u202f\u2009]*"
PAIRED = {"«": "»", "‹": "›", "「": "」", "『": "』", "„": "“"}
# Marks whose quote inside another quote is a single one.
INNER_FAMILY = {"‹", "›", "『"}


def _two_mark_edits(text: str) -> list[Edit]:
    edits = []
    # Whether the last two-apostrophe mark of the paragraph opened a quote: a mark with
    # spaces on both sides ('coalitions, '' said X') does the other thing.
    quote_open = False
    line = -1  # where the paragraph of the last mark starts
    for match in TWO_MARKS.finditer(text):
        start, end = match.span()
        if text.rfind("\n", 0, start) != line:
            quote_open = False
            line = text.rfind("\n", 0, start)
        mark = match.group()
        after = text[end : end + 1]
        if mark == "``":
            edits.append(Edit(start, end, "“"))
            quote_open = True
            continue
        closes = not OPENING_CONTEXT_BEFORE.search(text[max(0, start - 1) : start])
        opens = not closes and bool(after and not after.isspace() and after not in ".,;:!?)]}")
        if opens == closes:
            if not (after.isspace() and text[start - 1 : start].isspace()):
                continue  # a mark at a line's end after a space: no telling, leave it
            opens = not quote_open
        quote_open = opens
        edits.append(Edit(start, end, "“" if opens else "”"))
    edits += [Edit(m.start(), m.end(), "‘") for m in BACKTICK.finditer(text)]
    return edits


def _reversed_guillemets(text: str) -> bool:
    """» … « (German, Danish): the first guillemet is a » with a « after it."""
    first = re.search("[«»]", text)
    return bool(first and first.group() == "»" and "«" in text[first.end() :])


def _paired_edits(text: str) -> list[Edit]:
    marks = "".join(m for m in "«»‹›「」『』„" if m in text)
    if not marks:
        return []
    openers = dict(PAIRED)
    if _reversed_guillemets(text):
        openers["»"], openers["›"] = "«", "‹"
        del openers["«"], openers["‹"]
    closers = {close: open_ for open_, close in openers.items()}
    chars = set(marks) | (set(closers) if "„" in marks else set(closers) - {"“"})
    pattern = re.compile(
        "\n|"
        + "|".join(
            (re.escape(c) + INNER_SPACE) if c in openers else (INNER_SPACE + re.escape(c))
            for c in sorted(chars)
        )
    )
    edits: list[Edit] = []
    stack: list[tuple[str, str]] = []  # (opening mark, the closing quote it becomes)
    for match in pattern.finditer(text):
        found = match.group()
        mark = found.strip(" \t\u00a0\u202f\u2009")
        if mark == "\n":
            stack.clear()
        elif mark in openers:
            inner = bool(stack) and mark in INNER_FAMILY
            stack.append((mark, "’" if inner else "”"))
            edits.append(Edit(match.start(), match.end(), "‘" if inner else "“"))
        elif mark in closers:
            if stack and stack[-1][0] == closers[mark]:
                edits.append(Edit(match.start(), match.end(), stack.pop()[1]))
            elif mark != "“":  # a high mark with no low one open is an ordinary opening quote
                edits.append(Edit(match.start(), match.end(), "”"))
    return edits


def quote_edits(text: str) -> list[Edit]:
    edits = []
    if "`" in text or "''" in text:
        edits = _two_mark_edits(text)
    if not text.isascii():
        edits += _paired_edits(text)
    edits.sort(key=lambda e: e.start)
    return edits
