"""Text that is UTF-8 but for a few bad bytes (a truncated character, one stray byte).

Handing such bytes to charset detection loses the whole article: it picks some code page
that fits every byte (`mac_iceland` turned "talks" plus one stray byte into "talks√" and
every other non-ASCII character into mojibake). Decoded as UTF-8 with the bad bytes
replaced by U+FFFD, only those bytes are lost, and a warning says so.

Legacy text (cp1252, latin-1) is also "UTF-8 but for a few bytes" when its only non-ASCII
characters are a few accents or curly quotes. It is told apart by context: each of its
bytes reads as a typical cp1252 character where it stands (a curly quote or dash, an
accented letter in a word); a text with valid multi-byte UTF-8 characters, or a bad byte
that reads as nothing plausible, is UTF-8.
"""

from __future__ import annotations

# Bad bytes tolerated: this many, or one per this many bytes of text.
MIN_TOLERATED = 4
BYTES_PER_TOLERATED = 1000
# cp1252 punctuation and symbols (0x80-0x9F) and Latin-1 symbols (0xA0-0xBF).
CP1252_PUNCTUATION = frozenset(range(0x80, 0xC0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}
NOT_LETTERS = frozenset({0xD7, 0xF7})  # × and ÷


def _ascii_letter(byte: int | None) -> bool:
    return byte is not None and (0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)


def _plausible_cp1252(data: bytes, positions: list[int]) -> bool:
    """Every byte at `positions` reads as a typical cp1252 character in its context."""
    for i in positions:
        byte = data[i]
        before = data[i - 1] if i > 0 else None
        after = data[i + 1] if i + 1 < len(data) else None
        if byte in CP1252_PUNCTUATION:
            continue
        if byte >= 0xC0 and byte not in NOT_LETTERS:
            upper = byte <= 0xDE
            in_word = _ascii_letter(before) or _ascii_letter(after) or (before or 0) >= 0xC0
            # "Genève", "GENÈVE", "Ängel"; not "talksÃ" (a capital after a small letter).
            if in_word and not (upper and before is not None and 0x61 <= before <= 0x7A):
                continue
        return False
    return True


def decode_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of bad bytes replaced) when `data` is UTF-8 but for a few bytes, else None."""
    bad: list[int] = []
    multibyte = 0
    decoder_input = memoryview(data)
    position = 0
    while position < len(data):
        try:
            chunk = bytes(decoder_input[position:]).decode("utf-8")
        except UnicodeDecodeError as exc:
            good = data[position : position + exc.start].decode("utf-8")
            multibyte += sum(1 for ch in good if ord(ch) > 0x7F)
            bad.extend(range(position + exc.start, position + exc.end))
            position += exc.end
            if len(bad) > max(MIN_TOLERATED, len(data) // BYTES_PER_TOLERATED):
                return None
            continue
        multibyte += sum(1 for ch in chunk if ord(ch) > 0x7F)
        break
    if not bad:
        return None
    if multibyte == 0 and _plausible_cp1252(data, bad):
        return None
    return data.decode("utf-8", "replace"), len(bad)
