"""HTML left in plain text: character entities (named and numeric) and stray tags.

Only entities that HTML defines are decoded, and only with their closing semicolon (`AT&T`
and `R&D` stay as written). Tags are read only for a closed list of HTML element names, so
`a < b` or `<Name>` in prose is left alone: block tags (`<br>`, `<p>`, `<div>`, ...) become
the line or paragraph break they draw, inline ones (`<b>`, `<a href=...>`, ...) vanish.
"""

from __future__ import annotations

import html
import re

from summitx.text.offsets import Edit

# An entity, or one escaped twice over (`&amp;quot;`, a page escaped once too often).
ENTITY = re.compile(r"&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
BLOCK_TAGS = r"br|p|div|li|ul|ol|h[1-6]|blockquote|tr|table|hr"
INLINE_TAGS = r"b|i|u|em|strong|span|a|font|small|sup|sub|abbr|cite|q"
# A run of block tags with the blanks around them is one break.
BLOCK_RUN = re.compile(rf"[ \t]*(?:</?(?:{BLOCK_TAGS})\b[^<>\n]{{0,200}}?/?>[ \t\r\n]*)+", re.I)
INLINE = re.compile(rf"</?(?:{INLINE_TAGS})\b(?:\s[^<>\n]{{0,200}}?)?/?>", re.I)
SINGLE_BREAK = re.compile(r"[ \t]*<br\b[^<>\n]*>[ \t]*(?:\r?\n)?[ \t]*", re.I)


def entity_edits(text: str) -> list[Edit]:
    if "&" not in text:
        return []
    edits = []
    for match in ENTITY.finditer(text):
        decoded = html.unescape(html.unescape(match.group()))
        if decoded != match.group():
            edits.append(Edit(match.start(), match.end(), decoded))
    return edits


def _break(text: str, start: int, end: int) -> str:
    if start == 0 or end == len(text):
        return ""  # tags before the first or after the last word
    run = text[start:end]
    # One <br> inside a line is a line break; anything more, a paragraph break.
    return "\n" if SINGLE_BREAK.fullmatch(run) else "\n\n"


def markup_edits(text: str) -> list[Edit]:
    if "<" not in text:
        return []
    edits = [
        Edit(m.start(), m.end(), _break(text, m.start(), m.end())) for m in BLOCK_RUN.finditer(text)
    ]
    edits += [Edit(m.start(), m.end(), "") for m in INLINE.finditer(text)]
    edits.sort(key=lambda e: e.start)
    return edits
