"""Names in lines written in Title Case (a headline, a section heading): every word there is
capitalised, so the model runs a name on into the verbs and nouns next to it ("Jane Roe
Pins Blame On Rivals", "Roe Sent Tom Ng A Letter"). A word of such a name that the rest of
the article writes in lower case, and never in a name, is a common word: the name ends
before it and, when names follow, starts again after it. A name the body uses in full ends
the name where it ends."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from summitx import lexicon
from summitx.names import name_key

# A line of fewer capitalised words than this is a name or a label, not a heading.
MIN_HEADING_WORDS = 4


def title_case_line(line: str) -> bool:
    """Every word of the line capitalised but the small words of a title, and at least
    MIN_HEADING_WORDS of them: 'Roe Pins Blame On Rivals For Defeat'."""
    small = lexicon.quote_labels()["title_small_words"]
    words = [w.strip("\"'“”‘’()[],.:;!?—-") for w in line.split()]
    words = [w for w in words if w and w[0].isalpha()]
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= MIN_HEADING_WORDS and all(
        w[0].isupper() or w.lower() in small for w in words
    )


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the lines written in Title Case."""
    found, pos = [], 0
    for line in text.splitlines(keepends=True):
        if title_case_line(line):
            found.append((pos, pos + len(line)))
        pos += len(line)
    return found


def trim_heading_names(doc: Doc, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The name spans, those inside Title Case lines cut after a name the body uses
    ('Jane Roe' of 'Jane Roe Pins'), else split at the common words in them when that
    leaves a name of two words or more."""
    lines = heading_lines(doc.text)
    if not lines:
        return spans

    def in_heading(i: int) -> bool:
        at = doc[i].idx
        return any(s <= at < e for s, e in lines)

    heading = [in_heading(start) for start, _, _ in spans]
    name_words: set[str] = set()
    full_names: set[frozenset[str]] = set()
    for (start, end, _), is_heading in zip(spans, heading, strict=True):
        if not is_heading:
            name_words |= name_key(doc[start:end].text)
            full_names.add(name_key(doc[start:end].text))
    common = _common_words(doc, in_heading) - name_words
    trimmed: list[tuple[int, int, bool]] = []
    for (start, end, strong), is_heading in zip(spans, heading, strict=True):
        named = _named_prefix(doc, start, end, full_names) if is_heading else None
        if named is not None:
            trimmed.append((start, named, strong))
            continue
        runs = _runs_between(doc, start, end, common) if is_heading else []
        if any(e - s >= 2 for s, e in runs):
            trimmed.extend((s, e, strong) for s, e in runs)
        else:
            # A lone word left is too little to go on ('Will' of 'Will Rook'): as it was.
            trimmed.append((start, end, strong))
    return trimmed


def _named_prefix(doc: Doc, start: int, end: int, names: set[frozenset[str]]) -> int | None:
    """Where a shorter name of two words or more that the body uses ends the span: 'Jane
    Roe Pins' when the body says 'Jane Roe'."""
    for cut in range(end - 1, start + 1, -1):
        key = name_key(doc[start:cut].text)
        if len(key) >= 2 and key in names:
            return cut
    return None


def _common_words(doc: Doc, in_heading: Callable[[int], bool]) -> set[str]:
    """The words the article writes in lower case outside its headings."""
    return {t.lower_ for t in doc if t.is_lower and t.is_alpha and not in_heading(t.i)}


def _runs_between(doc: Doc, start: int, end: int, common: set[str]) -> list[tuple[int, int]]:
    """The runs of tokens start..end between the common words; a token that is no word
    (a hyphen) ends a run only where a common word follows it."""
    runs: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None  # first and last word of the current run
    for i in range(start, end):
        words = name_key(doc[i].text) if doc[i].tag_ != "POS" else frozenset()
        if not words:
            continue
        if not words <= common:
            run = (run[0] if run else i, i)
            continue
        if run is not None:
            runs.append((run[0], run[1] + 1))
        run = None
    if run is not None:
        runs.append((run[0], run[1] + 1))
    return runs
