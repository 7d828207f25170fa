"""Places where something happens: the venue-like place entities and the unnamed buildings.

`doc.spans[PLACES]` holds, in document order, first the place entities a meeting may be held
in ('in Osaka', 'at the palace', 'the city of X', 'the Osaka meeting'; not 'relations with
Japan' nor "Japan's ministry"), labelled with the entity label in lower case ("gpe", "loc",
"fac"), "venue" for a building the model tagged ORG or PERSON ('Meiji Shrine') and
"destination" for a town it did ('travel to Daegu'); then the buildings with no name of
their own ('at his presidential residence', 'at the headquarters of the federation') and the
towns named by what they are ('in the coastal city'), labelled "building", whose head noun is
in the span's `_.summitx_head`.

The word classes are in patterns/places.json; the meeting nouns come from the meeting
triggers component, which runs first. Whether a place is inside a quotation, a dateline or a
person's name is for the extractor, which knows the article.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components import SPANS_PREFIX
from summitx.components.meeting_triggers import MEETING_WORDS, kinds
from summitx.components.words import WordMatcher

NAME = "summitx_places"
PLACES = SPANS_PREFIX + "places"
HEAD_EXTENSION = "summitx_head"
PLACE_LABELS = ("GPE", "LOC", "FAC")
BUILDING = "building"
LABELS = ("gpe", "loc", "fac", "venue", "destination", BUILDING)
BUILDING_ID = get_string_id(BUILDING)


@cache
def place_words() -> dict[str, frozenset[str]]:
    data = lexicon.load_pattern("places.json")
    out = {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}
    return {**out, "building_nouns": out["building_nouns"] | out["venue_words"]}


class Places:
    def __init__(self, nlp: Language) -> None:
        for label in LABELS:
            nlp.vocab.strings.add(label)  # the labels, kept outside any memory zone
        words = place_words()
        self.venue_words = words["venue_words"]
        self.stay_nouns = words["stay_nouns"]
        self.motion_verbs = words["motion_verbs"]
        self.visit_verbs = words["visit_verbs"]
        self.venue_nouns = words["venue_nouns"]
        self.building_nouns = words["building_nouns"]
        # The nouns a building or a described town ends in, tested further on the words found.
        self.nouns = WordMatcher(
            nlp.vocab, {"building": self.building_nouns, "town": self.venue_nouns}
        )
        if not Span.has_extension(HEAD_EXTENSION):
            Span.set_extension(HEAD_EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        names = kinds()
        meeting_nouns = {s.start: names[s.label] for s in doc.spans.get(MEETING_WORDS, [])}
        places: list[Span] = []
        for ent in doc.ents:
            label = self._label(ent)
            if label is not None and self._venue_like(ent, meeting_nouns):
                places.append(Span(doc, ent.start, ent.end, label=label))
        for start in sorted({start for _name, start, _end in self.nouns(doc)}):
            building = self._building(doc[start])
            if building is not None:
                building._.set(HEAD_EXTENSION, start)
                places.append(building)
        doc.spans[PLACES] = places
        return doc

    def _label(self, ent: Span) -> str | None:
        """The place label of an entity, or None for one that is no place."""
        if ent.label_ in PLACE_LABELS:
            return ent.label_.lower()
        if ent.label_ not in ("ORG", "PERSON"):
            return None
        # 'Meiji Shrine' tagged ORG, 'travel to Daegu' tagged PERSON: a building by its last
        # word, a destination by its motion verb.
        if ent[-1].lower_ in self.venue_words:
            return "venue"
        prep = ent.root.head
        if (
            ent.root.dep_ == "pobj"
            and prep.lower_ in ("to", "in")
            and prep.head.lemma_.lower() in self.motion_verbs
        ):
            return "destination"
        return None

    def _building(self, token: Token) -> Span | None:
        """'at his presidential residence', 'at the headquarters of the federation': a building
        with no name of its own, as the words of its phrase (no article or possessor)."""
        # 'in the Chinese capital', 'in the coastal city': a town named by what it is.
        described = token.lemma_.lower() in self.venue_nouns and any(
            c.dep_ == "amod" for c in token.children
        )
        if (
            token.pos_ != "NOUN"
            or (token.lemma_.lower() not in self.building_nouns and not described)
            or token.dep_ != "pobj"
            or token.head.lower_ not in ("at", "in", "inside")
            or token.ent_type_
        ):
            return None
        doc = token.doc
        start = token.i
        while start > token.left_edge.i and doc[start - 1].dep_ in ("amod", "compound"):
            start -= 1
        end = token.i + 1
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and of.i == end:
            end = of.right_edge.i + 1
        # 'at a hotel in the resort of Brenn': the building with the town it stands in.
        inside = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if inside is not None and inside.i == end and _names_a_town(inside):
            end = inside.right_edge.i + 1
        return Span(doc, start, end, label=BUILDING)

    def _venue_like(self, ent: Span, meeting_nouns: dict[int, str]) -> bool:
        """A place where something happens ('in Osaka', 'at the palace', 'the city of X', 'the
        Osaka meeting'), not one named in passing ('relations with Japan', "Japan's ministry")."""
        doc = ent.doc
        if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s"):
            return False
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before == "the" and ent.start > 1:
            before = doc[ent.start - 2].lower_
        if before in ("in", "at", "to"):
            return self._venue_attachment(ent, meeting_nouns)
        if before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in self.venue_nouns:
            return True
        root = ent.root
        if (
            root.dep_ == "appos"
            and root.head.lemma_.lower() in self.venue_nouns | self.stay_nouns
            and root.head.dep_ == "pobj"
            and root.head.head.lower_ in ("in", "at", "to")
        ):
            return True  # 'in the capital Valmora', 'to the port city Brenn'
        if root.dep_ == "dobj" and root.head.lemma_.lower() in self.visit_verbs:
            return True  # 'visiting Brenn', 'toured Valmora'
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "to"):
            # 'a tour of X', 'a visit to X'
            return meeting_nouns.get(root.head.head.i) == "visit"
        return root.dep_ in ("compound", "nmod") and root.head.i in meeting_nouns

    def _venue_attachment(self, ent: Span, meeting_nouns: dict[int, str]) -> bool:
        """'met in Paris', 'the summit in Osaka', 'a hotel in Osaka', 'the temple in Kyoto' - but
        not 'defence spending in Europe'."""
        root = ent.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= ent.end:
            # 'in the New York trial', 'at the Berlin bourse': the place names a thing,
            # not where something happens - unless that thing is a venue or a meeting
            # ('at the Brenn station', 'in the Osaka talks').
            head = root.head
            return head.i in meeting_nouns or head.lemma_.lower() in (
                self.building_nouns | self.venue_nouns | self.stay_nouns
            )
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ not in ("prep", "dative", "advmod"):
            return True  # the parse says nothing: trust the preposition
        head = prep.head
        return (
            head.pos_ != "NOUN"
            or head.i in meeting_nouns
            or head.lemma_.lower() in self.venue_words | self.venue_nouns | self.stay_nouns
            or head.ent_type_ in ("GPE", "LOC", "FAC")
        )


def _names_a_town(prep: Token) -> bool:
    """Does the phrase of `prep` name a place ('in Brenn', 'in the resort of Brenn')?"""
    return any(t.ent_type_ in PLACE_LABELS for t in prep.subtree)


@Language.factory(NAME, assigns=["doc.spans"], requires=["doc.spans"])
def make_places(nlp: Language, name: str) -> Places:
    return Places(nlp)
