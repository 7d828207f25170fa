"""Reporting cues where they stand: the classes the summitx_speech_cues component gave each
token, and whether a cue reports anything there (its part of speech, a negation, quotation
marks around it, a clause of its own beside the reported one)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from summitx.components import spans_of
from summitx.components.speech_cues import (
    ADDRESSEE,
    ASPECTUAL,
    CLASS_OF_ID,
    CUES,
    NEGATING_HEAD,
    PHRASAL,
    SPEECH,
    SPEECH_ADJACENT,
)
from summitx.extract import per_doc, tokens_of
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import (
    COMPLEMENTIZERS,
    CONTRAST_CONJUNCTIONS,
    CONTRAST_MARKS,
    SUBJECT_DEPS,
    inside,
)

NO_CLASS: frozenset[str] = frozenset()


def cue_classes(doc: Doc) -> dict[int, frozenset[str]]:
    """The cue classes the summitx_speech_cues component gave each token (by token index; a
    phrasal cue's class is on its verb)."""

    def build(doc: Doc) -> dict[int, frozenset[str]]:
        found: dict[int, set[str]] = {}
        for span in spans_of(doc, CUES):
            found.setdefault(span.start, set()).add(CLASS_OF_ID[span.label])
        return {i: frozenset(names) for i, names in found.items()}

    return per_doc(doc, "cue_classes", build)


def has_class(token: Token, name: str) -> bool:
    """The token is a cue of class `name` (summitx.components.speech_cues)."""
    return name in cue_classes(token.doc).get(token.i, NO_CLASS)


def cue_tokens(doc: Doc, *names: str) -> list[Token]:
    """The tokens that are cues of any of the classes `names`, in text order."""
    classes = cue_classes(doc)
    tokens = tokens_of(doc)
    return [tokens[i] for i in sorted(classes) if not classes[i].isdisjoint(names)]


def is_negated(cue: Token) -> bool:
    """'did not say', 'declined to say if ...': no statement is reported."""
    doc = cue.doc
    for child in cue.children:
        # "did not say", but not the "not" of a quote before the cue ("Why not?" asked X).
        if (
            child.dep_ == "neg"
            and child.i < cue.i
            and not any(t.is_punct for t in doc[child.i + 1 : cue.i])
        ):
            return True
    return cue.dep_ == "xcomp" and has_class(cue.head, NEGATING_HEAD)


def is_cue(token: Token, quotes: list[QuoteSpan], adjacent: bool = False) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    classes = cue_classes(token.doc).get(token.i, NO_CLASS)
    if SPEECH not in classes:
        # A phrasal cue ('"...," he went on') introduces a quote only right beside it.
        return adjacent and PHRASAL in classes and not inside(token, quotes)
    if not adjacent and SPEECH_ADJACENT in classes:
        return False
    if ASPECTUAL in classes and any(c.dep_ == "xcomp" for c in token.children):
        return False  # 'will continue to be "a champion"': what goes on, not what was said
    return not inside(token, quotes) and not is_negated(token)


def coordinate_clause(verb: Token) -> bool:
    """A clause beside the reported one rather than inside it: 'X said A, and Y criticised
    B', 'X said A, while Y ...' (but 'X said A and B' reports both)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        if any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in verb.children):
            # 'X said that A and that B': a 'that' of its own makes B a second reported
            # clause, whatever the parser hung it on.
            return False
        return has_class(verb.head, SPEECH)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children
    )


def reported_contrast(verb: Token) -> bool:
    """'X said A was "weak" while B is "a liar"', 'X said she would keep the ports while Y
    wants to "sell them"': a contrasting clause hung on the reported clause is part of what
    was reported when it is a copula clause or runs on without a comma; one set off by a
    comma in which someone acts (', while Y criticised ...') is the writer's aside."""
    if reported_conjunct(verb):
        return True
    if not (
        verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and has_class(verb.head.head, SPEECH)
    ):
        return False
    if verb.lemma_.lower() == "be":
        return True
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
    return mark is not None and mark.i > 0 and mark.nbor(-1).text != ","


def reported_conjunct(verb: Token) -> bool:
    """'X says voters want reform, but instead the mayor is offering "more of the same"',
    'X added that she could cope but it was "a comfort"': a clause joined to a reporting
    verb after the clause it reports goes on with what was reported (the parser hangs it on
    the verb, not on the reported clause) when it runs on without a comma, sets itself
    against the reported clause ('but'), or its subject points back ('..., and he had
    ...'). Set off by a comma, a plain 'and' with a new subject narrates something else
    ('X said A, and critics attacked "B"'). Never a reporting verb of its own ('X said A,
    and Y criticised "B"'), nor a clause joined to a cue that reports nothing before it."""
    cue = verb.head
    if not (
        verb.dep_ == "conj"
        and not has_class(verb, SPEECH)
        and has_class(cue, SPEECH)
        and any(c.dep_ == "ccomp" and cue.i < c.i < verb.i for c in cue.children)
    ):
        return False
    cc = next((c for c in cue.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        cc.nbor(-1).text != ","
        or cc.lower_ in CONTRAST_CONJUNCTIONS
        or (subject is not None and subject.pos_ == "PRON")
    )


def according_to(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.nbor().lower_ == "to"
        ):
            for child in token.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None


def addressed_passive(cue: Token, quotes: list[QuoteSpan]) -> bool:
    """'X was asked, "..."', 'X had been told that ...': the subject is who the words were
    put to; only an agent ('by a reporter') says who spoke. (Not a quoted word the parser
    hung on the cue: '"Is it over?" asked X'.)"""
    return has_class(cue, ADDRESSEE) and any(
        c.dep_ in ("nsubjpass", "auxpass") and c.i < cue.i and not inside(c, quotes)
        for c in cue.children
    )


def agent_of(cue: Token) -> Token | None:
    """The noun of a passive verb's 'by' phrase: 'asked by a reporter' gives 'reporter'."""
    return next(
        (p for c in cue.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )
