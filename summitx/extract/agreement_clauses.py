"""The text span of an agreement: the clause a trigger governs, cut at excluded regions.

Excluded regions (headers, bylines: DocumentMeta.excluded) hold no agreement; a span that
starts in one begins after it, and a span that reaches into one is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from summitx.extract.document import DocumentMeta

# The dependents whose subtrees make up the clause a trigger governs.
CLAUSE_DEPS = ("xcomp", "ccomp", "dobj", "prep", "agent", "advcl", "attr", "acomp", "conj")
MAX_CLAUSE_TOKENS = 60


def excluded(meta: DocumentMeta, token: Token) -> bool:
    return meta.is_excluded(token.idx, token.idx + max(1, len(token.text)))


def right_edge(token: Token, deps: tuple[str, ...]) -> int:
    ends = [c.right_edge.i for c in token.children if c.dep_ in deps and c.i > token.i]
    return max(ends) if ends else token.i


def phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase without the clauses attached to it."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "appos"))
    return out


def trim(span: Span) -> Span:
    """Drop trailing punctuation and conjunctions, and the blank lines a span can start with."""
    while len(span) and (span[-1].is_punct or span[-1].dep_ == "cc" or span[-1].is_space):
        span = span[:-1]
    while len(span) and span[0].is_space:
        span = span[1:]
    return span


def attached_terms(child: Token) -> bool:
    """What an agreement noun's terms hang from: 'a deal to open', 'a deal bringing X',
    'the deal struck at', 'an accord on', 'an agreement with'."""
    to_infinitive = any(g.lower_ == "to" and g.dep_ == "aux" for g in child.children)
    if child.dep_ == "acl":
        return child.tag_ in ("VBG", "VBN") or to_infinitive
    if child.dep_ == "relcl":
        return to_infinitive  # the parser's reading of 'the deal to resume exports'
    return child.dep_ == "prep" and child.lower_ in ("on", "to", "with", "between")


def span_between(doc: Doc, meta: DocumentMeta, start: int, end: int) -> Span | None:
    """The tokens from start to end, cut where an excluded header or byline region ends."""
    while start <= end and excluded(meta, doc[start]):
        start += 1
    span = trim(doc[start : end + 1])
    if not len(span) or any(excluded(meta, t) for t in span):
        return None
    return span


def clause(meta: DocumentMeta, token: Token, subject_tokens: list[Token]) -> Span | None:
    """From the subject to the end of the clause the verb governs."""
    end = right_edge(token, CLAUSE_DEPS)
    if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
        return None
    return span_between(token.doc, meta, min(t.i for t in subject_tokens), end)


def stative(token: Token) -> bool:
    """'is committed to ensuring': a stance, not an act of agreeing."""
    return (
        token.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )
