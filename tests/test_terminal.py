"""Text from articles is shown on a terminal, never interpreted by it."""

from __future__ import annotations

import pytest

from summitx.terminal import printable, printable_lines


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("\x1b]0;owned\x07title", "\\x1b]0;owned\\x07title"),  # OSC: set the window title
        ("red \x1b[31mtext", "red \\x1b[31mtext"),  # CSI: colours, cursor moves
        ("one\nline", "one\\x0aline"),  # a message line stays one line
        ("abc\u202edcba", "abc\\u202edcba"),  # a bidi override would reorder the display
    ],
)
def test_printable_shows_every_control_character(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_printable_lines_keeps_line_breaks_of_a_cell() -> None:
    assert printable_lines("2026-03-10: A\n2026-03-11: \x1b[2JB") == (
        "2026-03-10: A\n2026-03-11: \\x1b[2JB"
    )
