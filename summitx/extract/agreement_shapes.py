"""The shape readers: from a matched trigger to its agreement, one function per rule shape.

Each reader is a pure function of (doc, meta, people, rule, token): the trigger `token` that
`rule`'s pattern matched, the document's excluded regions in `meta` and the people index; it
returns the Agreement the trigger states, or None. READERS maps each shape name of
patterns/agreements.jsonl to its reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.extract import sent_of, tokens_of
from summitx.extract.agreement_clauses import (
    CLAUSE_DEPS,
    MAX_CLAUSE_TOKENS,
    attached_terms,
    clause,
    excluded,
    phrase,
    right_edge,
    span_between,
    stative,
)
from summitx.extract.agreement_parties import (
    Party,
    accord_nouns,
    agent_parties,
    conjuncts,
    group,
    is_document,
    joint,
    joint_agreement,
    joint_subject,
    main_pair_parties,
    named_agreement,
    one_sided,
    parties,
    subject,
    subject_tokens,
)
from summitx.extract.agreement_rules import SCORED, Agreement, Rule, words
from summitx.extract.agreement_status import status_of
from summitx.extract.document import DocumentMeta
from summitx.extract.people import People
from summitx.records import AgreementStatus

Reader = Callable[[Doc, DocumentMeta, People, Rule, Token], Agreement | None]


def _make(
    rule: Rule, trigger: Token, found: list[Party], span: Span, named: Token | None = None
) -> Agreement:
    """The agreement found at `trigger`; `named`, the noun that names it in a passive
    ('no agreement has been reached'), can deny it too."""
    status = status_of(trigger, rule.status)
    if named is not None and status_of(named, rule.status) == AgreementStatus.DENIED:
        status = AgreementStatus.DENIED
    return Agreement(found, span.text, trigger.text.lower(), span.start_char,
                     span.end_char, status, rule.name)  # fmt: skip


def _named_passive(
    meta: DocumentMeta,
    people: People,
    rule: Rule,
    token: Token,
    head: Token,
    head_tokens: list[Token],
) -> Agreement | None:
    """The agreement is the passive subject, its parties the agents ('signed by X and Y')."""
    span = clause(meta, token, head_tokens)
    if span is None:
        return None
    return _make(rule, token, agent_parties(meta, people, token), span, named=head)


def verbal(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """A verb of agreeing or signing with its subject and the clause it governs."""
    if token.dep_ in ("amod", "acl"):
        return None
    head = subject(meta, token)
    if head is None or (stative(token) and not named_agreement(head)):
        return None
    table = words()
    lemma = token.lemma_.lower()
    children = list(token.children)
    if lemma in table["transitive_cues"] and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in children
    ):
        return None  # 'signed' needs what was signed; 'adopted at four weeks' is no accord
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and all(
        o.lemma_.lower() in table["one_sided_documents"]
        # 'a letter of intent', 'a letter of understanding' is a document of two sides
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)
        for o in objects
    ):
        return None  # 'MPs signed a motion', 'she signed the letter': no accord
    head_tokens = subject_tokens(meta, head)
    if not head_tokens:
        return None
    if named_agreement(head):  # 'a ceasefire was agreed (by both sides)'
        return _named_passive(meta, people, rule, token, head, head_tokens)
    found = parties(meta, people, head_tokens)
    # 'creditors agreed to ...': a plural subject that names no one is still the parties
    # of an agreeing verb proper (not of 'officials confirmed ...').
    plural = (
        head.tag_ in ("NNS", "NNPS")
        and head.pos_ == "NOUN"
        and lemma in table["plural_subject_cues"]
    )
    if not found and not is_document(head) and not group(head_tokens) and not plural:
        return None
    if lemma in table["opinion_cues"] and not joint_agreement(token, head):
        return None
    if (
        lemma in table["decision_cues"]
        and objects
        and not any(o.lemma_.lower() in accord_nouns() for o in objects)
        and not joint_subject(head, found)
    ):
        return None  # 'the firm will adopt a new strategy': one party's decision
    span = clause(meta, token, head_tokens)
    if span is None:
        return None
    agreement = _make(rule, token, found, span)
    if one_sided(token, head, found) and agreement.status in SCORED:
        # 'X pledged to cut tariffs': one party's word about itself, kept and marked.
        agreement = replace(agreement, status=AgreementStatus.UNILATERAL)
    return agreement


def verb_object(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """A verb whose object is the agreement: 'X and Y extended a deal on ...'."""
    if token.dep_ in ("amod", "acl"):
        return None
    head = subject(meta, token)
    if head is None:
        return None
    head_tokens = subject_tokens(meta, head)
    if not head_tokens:
        return None
    if named_agreement(head) and not rule.joint:  # 'a deal was reached'
        return _named_passive(meta, people, rule, token, head, head_tokens)
    found = parties(meta, people, head_tokens)
    if not found and not group(head_tokens):
        return None
    if rule.joint and not joint_subject(head, found):
        return None  # one party's backing or statement is its stance, not an accord
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
    nouns = [o for o in objects if o.lemma_.lower() in words()["joint_only_nouns"]]
    if nouns and not joint_subject(head, found) and not joint(nouns[0]):
        return None  # 'X must renew its commitment to ...' is one party's
    span = clause(meta, token, head_tokens)
    return _make(rule, token, found, span) if span is not None else None


def impersonal(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """'It was agreed that ...': agreed by the article's main pair."""
    start = min(c.i for c in token.children if c.lower_ == "it")
    end = right_edge(token, CLAUSE_DEPS)
    if end == token.i or end - token.i > MAX_CLAUSE_TOKENS:
        return None
    span = span_between(doc, meta, start, end)
    if span is None:
        return None
    return _make(rule, token, main_pair_parties(people), span)


def document(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """What a joint document states: 'the communique stressed the importance of ...'."""
    head = subject(meta, token)
    if head is None or not is_document(head):
        return None
    table = words()
    if token.lemma_.lower() not in table["document_verbs"] or stative(token):
        return None
    if head.lemma_.lower() in table["joint_only_documents"] and not (
        joint(head) or len(parties(meta, people, subject_tokens(meta, head))) >= 2
    ):
        return None  # 'the ministry's statement said': one party's word, not an accord
    if not any(c.dep_ in table["content_deps"] and c.i > token.i for c in token.children):
        return None  # '"...," the statement said after the talks': the quote is speech
    head_tokens = subject_tokens(meta, head)
    if not head_tokens:
        return None
    span = clause(meta, token, head_tokens)
    if span is None:
        return None
    return _make(rule, token, parties(meta, people, head_tokens), span)


def joint_future(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """What 'both countries' / 'X and Y' will do together ('Chile and Peru will open a
    border corridor'), unless it is only a plan to meet ('will hold a meeting')."""
    head = subject(meta, token)
    if head is None or stative(token):
        return None
    for obj in token.children:
        # 'will hold a meeting' is a plan to meet; 'will start talks on X' has content.
        if (
            obj.dep_ == "dobj"
            and any(lexicon.meeting_nouns().get(t.lemma_.lower()) for t in phrase(obj))
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in obj.children)
        ):
            return None
    together = head.lower_ in words()["joint_subject_heads"] and any(
        c.lower_ in ("both", "the two", "two") for c in head.children
    )
    countries = [c for c in conjuncts(head) if lexicon.country_of_any(c.text)]
    if not together and len(countries) < 2:
        return None
    head_tokens = subject_tokens(meta, head)
    found = parties(meta, people, head_tokens)
    if not found:
        return None
    span = clause(meta, token, head_tokens)
    return _make(rule, token, found, span) if span is not None else None


def terms(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """What happens under an agreement: 'Under the deal, X will cut ...'."""
    tokens = [t for t in token.subtree if not excluded(meta, t)]
    if not tokens or len(tokens) > MAX_CLAUSE_TOKENS or subject(meta, token) is None:
        return None
    span = span_between(doc, meta, tokens[0].i, tokens[-1].i)
    if span is None:
        return None
    return _make(rule, token, parties(meta, people, tokens), span)


def nominal(
    doc: Doc, meta: DocumentMeta, people: People, rule: Rule, token: Token
) -> Agreement | None:
    """An agreement noun with what is agreed attached: 'a deal to open talks', 'an accord
    on trade', 'a deal bringing X closer to Y'."""
    sent = sent_of(token)
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens_of(doc)[sent.start : sent.end]):
        return None  # a heading ('Commitment to a Strengthened Partnership')
    if token.lemma_.lower() in words()["joint_only_nouns"] and not joint(token):
        return None
    attached = [c for c in token.children if c.i > token.i and attached_terms(c)]
    if not attached:
        return None
    if token.dep_ in ("nsubj", "nsubjpass") and all(
        c.lower_ in ("with", "between") for c in attached
    ):
        return None  # 'the accord between X and Y carries weight': about it, not its terms
    end = max(c.right_edge.i for c in attached)
    if end - token.i > MAX_CLAUSE_TOKENS:
        return None
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in ("amod", "compound", "det"):
            start = min(start, child.i)
    span = span_between(doc, meta, start, end)
    if span is None:
        return None
    before = tokens_of(doc)[sent.start : token.i]
    found = parties(meta, people, before) or parties(meta, people, [doc[token.i]])
    return _make(rule, token, found, span)


# The reader of each shape name of patterns/agreements.jsonl (agreement_rules.SHAPES).
READERS: dict[str, Reader] = {
    "verbal": verbal,
    "object": verb_object,
    "impersonal": impersonal,
    "document": document,
    "joint_future": joint_future,
    "nominal": nominal,
    "terms": terms,
}
