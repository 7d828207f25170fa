"""The Python API: articles in, pydantic records out, for notebooks and other programs.

    >>> import summitx
    >>> for record in summitx.extract("President Ana Lind met Premier Tomas Berg in Oslo."):
    ...     print(record.type, record.id)

`extract` takes one article or an iterable of them, each given as
- a `str`: the article's text (doc_ids `text-1`, `text-2`, ... by position);
- a `pathlib.Path` (or any `os.PathLike`): a file or folder, read as `summitx extract` reads it;
- a `dict` with `text` and optional `id`, `title`, `outlet`, `published`, `url` (one JSON
  Lines object, e.g. a row of `DataFrame.to_dict("records")`);
- a `summitx.Article`.
It yields the records `summitx extract` writes, in the same order and with the same ids:
per article its `DocumentRecord` first, then people, meetings, statements, agreements;
with `merge=True` the corpus-level events, merged people and quote links after them all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Union

from summitx.loader import DEFAULT_MAX_CHARS, Article, InputError

if TYPE_CHECKING:
    from summitx.records import Record

ArticleLike = Union[str, "os.PathLike[str]", Mapping[str, Any], Article]


def _one(item: ArticleLike, index: int, max_chars: int) -> Iterator[Article]:
    from summitx.loader import article_from_json, article_from_text, load_articles

    if isinstance(item, Article):
        yield item
    elif isinstance(item, os.PathLike):
        yield from load_articles([os.fspath(item)], max_chars=max_chars)
    elif isinstance(item, str | Mapping):
        given = item.get("id") if isinstance(item, Mapping) else None
        doc_id = str(given) if given not in (None, "") else f"text-{index}"
        try:
            if isinstance(item, str):
                yield article_from_text(item, doc_id, "<text>", max_chars)
            else:
                yield article_from_json(dict(item), doc_id, "<dict>", max_chars)
        except InputError as exc:  # empty, too long: a document record with the reason
            yield Article(doc_id=doc_id, path="<text>", errors=[str(exc)])
    else:
        raise TypeError(
            f"article {index}: expected str, Path, dict or summitx.Article, not "
            f"{type(item).__name__}"
        )


def as_articles(articles: ArticleLike | Iterable[ArticleLike], max_chars: int) -> Iterator[Article]:
    """One article or an iterable of them as `Article`s, lazily (a generator is fine)."""
    single = isinstance(articles, str | os.PathLike | Mapping | Article)
    items: Iterable[ArticleLike] = [articles] if single else articles  # type: ignore[list-item,assignment]
    for index, item in enumerate(items, 1):
        yield from _one(item, index, max_chars)


def extract(
    articles: ArticleLike | Iterable[ArticleLike],
    *,
    model: str | None = None,
    merge: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Record]:
    """The records of the articles, as pydantic models (`summitx.records`).

    `model` names the spaCy pipeline (default: `$SUMMITX_MODEL`, then en_core_web_sm);
    `merge` adds events, merged people and quote links across the articles. Articles that
    cannot be read are not raised: their `DocumentRecord` has the reason in `errors`.
    Raises `summitx.nlp.ModelNotFound` when no model can be loaded.
    """
    from summitx.parallel import extract_articles

    kept: list[Any] = []
    for group in extract_articles(as_articles(articles, max_chars), model):
        if merge:
            kept.extend(group)
        yield from group
    if merge:
        from summitx.consolidate import consolidate

        yield from consolidate(kept)
