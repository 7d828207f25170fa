"""Text from articles and file names made safe to show: on a terminal and in rich markup.

An article (or a file name) can hold terminal escape sequences: OSC sequences set the window
title or write the clipboard, CSI sequences move the cursor and rewrite what was printed.
Shown, every control character becomes its visible escape (`\\x1b`), so it is displayed,
never interpreted. Bidirectional overrides (which reorder what is displayed) are shown the
same way. Text passed to rich as markup (`[bold]`) is escaped by rich's own `escape`.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newline included: a one-line message stays one line) and the
# bidirectional embedding, override and isolate characters.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character shown as an escape (`\\x1b`, `\\u202e`)."""
    return _UNSAFE.sub(_visible, text)


def printable_lines(text: str) -> str:
    """Like `printable`, but line breaks stay line breaks (table cells of several lines)."""
    return "\n".join(printable(line) for line in text.split("\n"))


def safe_markup(text: str) -> str:
    """`text` for rich markup: controls shown as escapes, `[` escaped so it is never a tag."""
    from rich.markup import escape

    return escape(printable(text))
