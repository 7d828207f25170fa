"""doc_ids unique in a run: a repeated one is made distinct and said, never merged.

Two articles with the same JSON Lines `id`, one file given twice, or two file names that
differ only in bytes that are not UTF-8 (both shown with U+FFFD) would otherwise share a
doc_id: their records would be indistinguishable and the report would show one text for
both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summitx.loader import Article


class UniqueIds:
    """Hands out doc_ids; the second `x` becomes `x#2`, the third `x#3`, and so on."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}  # doc_id -> the path of the article that has it

    def assign(self, article: Article) -> None:
        doc_id = article.doc_id
        if doc_id in self.seen:
            number = 2
            while f"{doc_id}#{number}" in self.seen:
                number += 1
            article.doc_id = f"{doc_id}#{number}"
            article.warnings.append(
                f"doc_id {doc_id!r} already used (by an article of {self.seen[doc_id]}): "
                f"renamed {article.doc_id!r}"
            )
        self.seen[article.doc_id] = article.path
