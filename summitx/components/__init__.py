"""summitx's rule components: registered spaCy factories that mark, on a parsed Doc, what the
extractors read (triggers, cues, quotes, candidates) as `doc.spans` groups.

They sit in the pipeline after the model's own components, so `nlp(text)` runs them like any
other. The pipeline parses a long article in pieces and joins the pieces with
`Doc.from_docs`; the rule components are left out of that piecewise pass and run once on the
joined Doc (`annotate`), because what they mark (a quotation that opens in one paragraph and
closes in the next, a cue and the quote it introduces) may cross a piece boundary.

Each factory lives in its own module here and is registered when that module is imported;
RULE_COMPONENTS lists them in the order they run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, SpanGroup

# Every spans key summitx writes starts with this, so a user's own groups never collide.
SPANS_PREFIX = "summitx."

# (component name, module that registers it), in the order they run.
_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("summitx_person_cues", "summitx.components.person_cues"),
    ("summitx_agreement_triggers", "summitx.components.agreement_triggers"),
    ("summitx_meeting_triggers", "summitx.components.meeting_triggers"),
    # After the meeting triggers: 'the Osaka meeting' is a venue by its meeting noun.
    ("summitx_places", "summitx.components.places"),
    ("summitx_quotes", "summitx.components.quotes"),
    ("summitx_speech_cues", "summitx.components.speech_cues"),
)
RULE_COMPONENTS: tuple[str, ...] = tuple(name for name, _ in _COMPONENTS)


def register() -> None:
    """Import every component module, which registers its factory with spaCy."""
    for _, module in _COMPONENTS:
        import_module(module)


def add_rule_components(nlp: Language) -> None:
    """Append the rule components to `nlp` (after the model's own), once."""
    register()
    for name in RULE_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)


def group_of(doc: Doc, key: str) -> SpanGroup:
    """The span group a rule component wrote under `key`; a Doc that never went through the
    rule components (parsed by some other pipeline) is an error, not an empty answer."""
    if key not in doc.spans:
        raise LookupError(
            f"doc.spans[{key!r}] is missing: parse with summitx.nlp.load_pipeline(), whose "
            "rule components write it"
        )
    return doc.spans[key]


def spans_of(doc: Doc, key: str) -> list:
    """The spans a rule component wrote under `key` (see group_of)."""
    return list(group_of(doc, key))


def annotate(nlp: Language, doc: Doc) -> Doc:
    """Run the rule components on a Doc the model parsed with them disabled."""
    for name in RULE_COMPONENTS:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc
