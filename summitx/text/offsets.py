"""Positions in an edited text mapped back to the text it was made from.

An edit replaces `source[start:end]` with `replacement`. A `Step` is one round of
non-overlapping edits; an `OffsetMap` chains steps, so a normalizer can work on what the
one before it produced. Outside edits a position maps back one for one. A position inside
a replacement has no exact counterpart: a span's start goes to the start of the edited
source and its end to the end, so a span always covers the whole of every edit it touches
and nothing of an edit (a deleted soft hyphen, a dropped tag) it only borders.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


class Step:
    """Non-overlapping edits of one source text, and the way back from the result."""

    __slots__ = ("_new_ends", "_new_starts", "_old_ends", "_old_starts")

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._new_starts: list[int] = []
        self._new_ends: list[int] = []
        self._old_starts: list[int] = []
        self._old_ends: list[int] = []
        shift = 0  # length of the result minus length of the source, so far
        last_end = 0
        for edit in edits:
            if edit.start < last_end or edit.end < edit.start:
                raise ValueError(f"edits overlap or run backwards at {edit.start}")
            last_end = edit.end
            new_start = edit.start + shift
            self._new_starts.append(new_start)
            self._new_ends.append(new_start + len(edit.replacement))
            self._old_starts.append(edit.start)
            self._old_ends.append(edit.end)
            shift += len(edit.replacement) - (edit.end - edit.start)

    def start(self, position: int) -> int:
        """Where a span starting at `position` of the result starts in the source."""
        k = bisect_right(self._new_starts, position) - 1
        if k < 0:
            return position
        if position < self._new_ends[k]:
            return self._old_starts[k]
        return self._old_ends[k] + position - self._new_ends[k]

    def end(self, position: int) -> int:
        """Where a span ending at `position` of the result ends in the source."""
        k = bisect_left(self._new_ends, position)
        if k == len(self._new_ends):
            if not k:
                return position
            return self._old_ends[-1] + position - self._new_ends[-1]
        if position > self._new_starts[k]:
            return self._old_ends[k]
        return self._old_starts[k] - (self._new_starts[k] - position)


def apply(text: str, edits: Iterable[Edit]) -> str:
    """`text` with each edit made (edits sorted by position, not overlapping)."""
    parts: list[str] = []
    last = 0
    for edit in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.replacement)
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


class OffsetMap:
    """A chain of steps from an original text to its latest view."""

    __slots__ = ("_steps",)

    def __init__(self, steps: Sequence[Step] = ()) -> None:
        self._steps = tuple(steps)

    def then(self, edits: Sequence[Edit]) -> OffsetMap:
        """This map followed by one more round of edits (made on this map's view)."""
        return OffsetMap((*self._steps, Step(edits))) if edits else self

    @property
    def identity(self) -> bool:
        return not self._steps

    def start(self, position: int) -> int:
        for step in reversed(self._steps):
            position = step.start(position)
        return position

    def end(self, position: int) -> int:
        for step in reversed(self._steps):
            position = step.end(position)
        return position

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the view's `[start, end)` came from."""
        if not self._steps:
            return start, end
        first = self.start(start)
        return first, max(first, self.end(end)) if end > start else first
