"""Mojibake: UTF-8 read as Latin-1 or Windows-1252 (`PeÃ±a` for `Peña`), repaired by ftfy.

ftfy decides per line whether a line is mojibake (it is built to leave correct text alone),
as its own fix_text does, and how to repair it. The repair is then made run by run of
non-ASCII characters, so each repaired character maps back to the characters it was read
from, in time linear in the text.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from summitx.text.offsets import Edit

# A first byte of a UTF-8 sequence read as Latin-1/cp1252 (Â to ô) followed by a continuation
# byte read the same way (0x80-0xBF: C1 controls, cp1252 punctuation, no-break space to ¿),
# or Â or Ã before a space (a no-break space byte turned into a space on the way). Text
# without such a pair holds no UTF-8 mojibake, and ftfy is not asked.
SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|[\u00c2\u00c3] "
)


# Mojibake of one character is a run of non-ASCII characters (every byte of a UTF-8 sequence
# is >= 0x80), with the space a no-break space byte may have become.
SEGMENT = re.compile(r"[^\x00-\x7f]+ ?")
# Lines longer than this are not aligned with difflib (its time grows with the square).
MAX_DIFF_CHARS = 2_000


def mojibake_edits(text: str) -> list[Edit]:
    if text.isascii() or not SUSPECT.search(text):
        return []
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    edits: list[Edit] = []
    offset = 0
    # Lines end at \n only: str.splitlines would also cut at U+0085, which Latin-1 mojibake
    # holds in the middle of a character (U+2005 read as Latin-1 is "â\x80\x85").
    for line in text.split("\n"):
        if SUSPECT.search(line) and is_bad(line):
            fixed, plan = fix_encoding_and_explain(line)
            if fixed != line:
                edits += _segment_edits(line, fixed, plan, offset)
        offset += len(line) + 1
    return edits


def _segment_edits(line: str, fixed: str, plan: list, offset: int) -> list[Edit]:
    """The edits that turn `line` into `fixed`: ftfy's plan for the line applied to each run
    of non-ASCII characters on its own, each run aligned with difflib (runs are short). If
    the runs do not add up to ftfy's repair of the whole line, the line is aligned whole, or,
    when it is too long for difflib, replaced as one edit between its unchanged ends."""
    from ftfy import apply_plan, fix_encoding

    edits: list[Edit] = []
    rebuilt: list[str] = []
    last = 0
    for match in SEGMENT.finditer(line):
        segment = match.group()
        try:
            repaired = apply_plan(segment, plan)
        except (UnicodeError, ValueError):
            repaired = segment
        if repaired == segment:
            # Some steps of a plan need the text around a run: decode_inconsistent_utf8, the
            # plan of a line that mixes mojibake with correct letters ("PeÃ±a" beside
            # "Peña"), repairs no run on its own. ftfy repairs the run by itself instead; the
            # check below still holds the runs to ftfy's repair of the whole line.
            repaired = fix_encoding(segment)
        rebuilt += [line[last : match.start()], repaired]
        last = match.end()
        if repaired != segment:
            edits += _aligned(segment, repaired, offset + match.start())
    rebuilt.append(line[last:])
    if "".join(rebuilt) == fixed:
        return edits
    if len(line) <= MAX_DIFF_CHARS:
        return _aligned(line, fixed, offset)
    head = 0
    while head < min(len(line), len(fixed)) and line[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < min(len(line), len(fixed)) - head and line[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    return [Edit(offset + head, offset + len(line) - tail, fixed[head : len(fixed) - tail])]


def _aligned(line: str, fixed: str, offset: int) -> list[Edit]:
    """The edits that turn `line` into `fixed`, one per run of changed characters (difflib
    may split `Ã` + space -> `à` into a replacement and a deletion: they are one edit)."""
    edits: list[Edit] = []
    run: list[int] | None = None  # [i1, i2, j1, j2] of the changed run being built
    for op, i1, i2, j1, j2 in SequenceMatcher(None, line, fixed, autojunk=False).get_opcodes():
        if op == "equal":
            if run:
                edits.append(Edit(offset + run[0], offset + run[1], fixed[run[2] : run[3]]))
            run = None
        elif run is None:
            run = [i1, i2, j1, j2]
        else:
            run[1], run[3] = i2, j2
    if run:
        edits.append(Edit(offset + run[0], offset + run[1], fixed[run[2] : run[3]]))
    return edits
