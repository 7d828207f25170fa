"""Find the people of an article and resolve every way it refers to them.

A person is found from a PERSON entity, a title before capitalised words ("Prime Minister
X", "Chinese leader X") or an honorific ("Mr X") (candidates.py). Mentions are then grouped by
their name tokens ("Kim Dae Jung" = "Kim Dae-jung", "Koizumi Junichiro" = "Junichiro
Koizumi", a surname = the full name; mentions.py), and the other ways of naming a person
resolve to them: a bare surname the model tagged ORG or GPE (mentions.py), a role ("the
Brazilian president"; roles.py), a pronoun (pronouns.py, once gender.py has read the
pronouns that show who is a he or a she).

`index_people(doc, meta)` runs these steps, each a function of what the ones before it found,
and returns People, which the other extractors query and nothing changes afterwards.
"""

from __future__ import annotations

from spacy.tokens import Doc

from summitx.components.quotes import quotes_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people.candidates import name_spans
from summitx.extract.people.gender import with_pronoun_gender
from summitx.extract.people.honorifics import settle_by_honorific
from summitx.extract.people.mentions import name_people, surname_mentions
from summitx.extract.people.model import (
    PRONOUNS,
    Mention,
    People,
    Person,
    person_span,
    token_owners,
)
from summitx.extract.people.pronouns import Antecedents
from summitx.extract.people.roles import role_mentions
from summitx.names import name_key

__all__ = [
    "PRONOUNS",
    "Mention",
    "People",
    "Person",
    "index_people",
    "name_key",
    "person_span",
    "quoted_tokens",
]


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside quotation marks: what a speaker says is not the narrative, so its
    pronouns and names neither show anyone's gender nor serve as antecedents."""
    quoted: set[int] = set()
    for quote in quotes_of(doc):
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if span is not None:
            quoted.update(range(span.start, span.end))
    return frozenset(quoted)


def index_people(doc: Doc, meta: DocumentMeta) -> People:
    """The people of one article and the token spans that refer to each."""
    quoted = quoted_tokens(doc)
    people, added = name_people(doc, name_spans(doc, meta, quoted))
    people, added = settle_by_honorific(doc, people, added, quoted)
    added = surname_mentions(doc, meta, people, added)
    mentions = sorted(added, key=lambda m: m.start)
    roles = role_mentions(doc, meta, people, added, mentions)
    # Mentions stay in order of start; where two cover a token the one found last owns it.
    added += roles
    mentions = sorted(mentions + roles, key=lambda m: m.start)
    owned = token_owners(added)
    people = with_pronoun_gender(doc, people, owned, quoted)
    pronouns = Antecedents(doc, people, mentions, owned, quoted)
    # People are reported in order of first mention.
    ordered = sorted(people.values(), key=lambda p: p.first_token)
    return People({p.key: p for p in ordered if p.forms}, mentions, owned, pronouns, quoted)
