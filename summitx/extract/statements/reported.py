"""Reported speech: 'X said (that) CLAUSE', 'CLAUSE, X said' and appeals ('X called for
talks'), the clause as the quote when it holds no direct quote of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from summitx import lexicon
from summitx.components.speech_cues import (
    APPEAL,
    NOMINAL_REPORT,
    OBJECT_APPEAL,
    OBJECT_CLAUSE,
    REPORTED_SPEECH,
    SPEECH,
)
from summitx.extract import per_doc, sent_of, text_of, tokens_of
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import (
    FINITE_TAGS,
    SUBJECT_DEPS,
    Context,
    QuoteList,
    Statement,
    inside,
    paragraph,
)
from summitx.extract.statements.cues import (
    according_to,
    addressed_passive,
    agent_of,
    cue_tokens,
    has_class,
    is_negated,
)
from summitx.extract.statements.speaker import subject_attribution, subject_of
from summitx.records import StatementRule

MAX_REPORTED_TOKENS = 80
# How many words a cue set inside the clause it reports may hold: ', he told the BBC,'.
MAX_INTERRUPTION = 6
# What an appeal ('called on Y to act') holds after its verb.
APPEAL_DEPS = ("prep", "xcomp", "dobj", "ccomp")
# A reported clause with quoted fragments: its least length and the most of it quoted.
# (Half: 'X said the talks were "very productive" and ties "back on track"' reports what X
# said in the writer's words as much as in X's; at a quarter, reported speech with a few
# quoted words was lost, the commonest miss in BBC articles.)
MIN_MIXED_WORDS = 8
MAX_QUOTED_SHARE = 0.5
# What an 'according to' phrase may name as the real source of a report.
HEARSAY_SOURCES = frozenset(lexicon.load_pattern("statements.json")["hearsay_sources"])
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def subtree_sizes(doc: Doc) -> list[int]:
    """The number of tokens in each token's subtree, for the whole document in one pass."""

    def build(doc: Doc) -> list[int]:
        heads = [token.head.i for token in tokens_of(doc)]
        depth = [-1] * len(heads)
        for i in range(len(heads)):
            path = []
            j = i
            while depth[j] < 0 and heads[j] != j and len(path) <= len(heads):
                path.append(j)
                j = heads[j]
            base = max(depth[j], 0)
            depth[j] = base
            for k in reversed(path):
                base += 1
                depth[k] = base
        sizes = [1] * len(heads)
        for i in sorted(range(len(heads)), key=depth.__getitem__, reverse=True):
            if heads[i] != i:
                sizes[heads[i]] += sizes[i]
        return sizes

    return per_doc(doc, "subtree_sizes", build)


def reported_span(doc: Doc, cue: Token) -> Span | None:
    """The reported clause of a cue: its clausal complements (several when the parser split
    one), after the cue (`X said that ...`) or before it (`..., X said.`)."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    if not clauses and has_class(cue, OBJECT_CLAUSE):
        # "said the two discussed border trade" misparsed as an object: a clause all the same
        # when the object holds a finite verb.
        clauses = [
            c
            for c in cue.children
            if c.dep_ == "dobj"
            and c.i > cue.i
            and any(
                t.tag_ in FINITE_TAGS
                # "the two discussed trade", not "the proposed deal"
                or (t.tag_ == "VBN" and t.i > c.left_edge.i + 1)
                for t in c.subtree
            )
        ]
    if not clauses and interrupting(cue):
        return interrupted_span(doc, cue)
    after = [c for c in clauses if c.i > cue.i]
    before = [c for c in clauses if c.i < cue.i]
    chosen = after or before[-1:]
    if chosen:
        # Too long a clause is refused below; counted first, so a chain of cues ("said X said
        # Y said ...", each clause holding all the rest) is not walked once per cue.
        sizes = subtree_sizes(doc)
        first = doc[min(c.left_edge.i for c in chosen)]
        that = first.lower_ == "that" and first.dep_ == "mark"
        if sum(sizes[c.i] for c in chosen) - that > MAX_REPORTED_TOKENS:
            return None
    if after:
        after += impersonal_conjuncts(cue, after)
        tokens = sorted((t for c in after for t in c.subtree), key=lambda t: t.i)
    elif before:
        clause = before[-1]
        tokens = sorted(clause.subtree, key=lambda t: t.i)
        # Only a clause that opens the sentence and runs up to the cue: "X, Y said."
        sent_start = sent_of(cue).start
        if tokens[0].i != sent_start and not doc[sent_start : tokens[0].i].text.endswith(
            ("-", "–", "—")
        ):
            return None
        if any(t.i > cue.i for t in tokens):
            return None
    else:
        return None
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark":
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_REPORTED_TOKENS or len(tokens) < 3:
        return None
    span = doc[tokens[0].i : tokens[-1].i + 1]
    # Never across a paragraph break: the parser sometimes runs a sentence over one.
    p_start, p_end = paragraph(text_of(doc), cue.idx)
    span = doc.char_span(
        max(span.start_char, p_start), min(span.end_char, p_end), alignment_mode="contract"
    )
    if span is None:
        return None
    while len(span) and (span[-1].is_punct or span[-1].text in ("'s", "’s")):
        span = span[:-1]
    return span if len(span) else None


def impersonal_conjuncts(cue: Token, clauses: list[Token]) -> list[Token]:
    """'X said the levy was fixed and there was no reason to talk about it': a clause with an
    impersonal subject (there, it) that the parser joined to the cue rather than to the
    reported clause before it is more of what was reported (no one else acts in it)."""
    last = max(c.i for c in clauses)
    return [
        c
        for c in cue.children
        if c.dep_ == "conj"
        and c.i > last
        and c.pos_ in ("VERB", "AUX")
        and not has_class(c, SPEECH)
        and any(s.dep_ in ("expl", "nsubj") and s.lower_ in ("there", "it") for s in c.children)
    ]


def interrupting(cue: Token) -> bool:
    """'Only the Liberals opposed the war, Roe said, and they ...', 'Nobody, he claimed, could
    picture it': a cue set inside the clause it reports, which the parser hangs on that
    clause's verb."""
    head = cue.head
    return (
        cue.dep_ == "parataxis"
        and head.i < cue.i
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECT_DEPS for c in cue.children)
    )


def interrupted_span(doc: Doc, cue: Token) -> Span | None:
    """The sentence a cue interrupts, the cue's own words inside it (as they stand): the
    clause must open the sentence, and the cue's own clause hold no more than its subject and
    a few words (', he told reporters,')."""
    head = cue.head
    sent = sent_of(cue)
    tokens = sorted(head.subtree, key=lambda t: t.i)
    if tokens[0].i != sent.start or len(tokens) > MAX_REPORTED_TOKENS:
        return None
    own = [t for c in cue.children if c.dep_ not in ("conj", "cc", "punct") for t in c.subtree]
    if len(own) > MAX_INTERRUPTION:
        return None
    span = doc[tokens[0].i : tokens[-1].i + 1]
    p_start, p_end = paragraph(text_of(doc), cue.idx)
    span = doc.char_span(
        max(span.start_char, p_start), min(span.end_char, p_end), alignment_mode="contract"
    )
    while span is not None and len(span) and span[-1].is_punct:
        span = span[:-1]
    if span is None or len(span) < 3 or span[-1].i == cue.i:
        return None
    return span


def object_appeal_span(doc: Doc, verb: Token) -> Span | None:
    """'X urged voters to stay calm', 'X warned Y not to spend it': the person appealed to
    and the infinitive, what was said (not 'X asked Y about it')."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    infinitives = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp")
        and c.tag_ == "VB"
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
    ]
    if not objects or not infinitives or infinitives[0].i < objects[0].i:
        return None
    start = objects[0].left_edge.i
    end = max(t.i for t in infinitives[0].subtree) + 1
    return trimmed(doc, verb, start, end)


def nominal_span(doc: Doc, verb: Token) -> Span | None:
    """'X stressed the importance of regional trade', 'X demanded full implementation of the
    accord': the noun object of a reporting verb of this class, when it has words of its own
    after the noun (not 'X stressed this', 'X expressed concern')."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = objects[0]
    if not any(c.i > noun.i and c.dep_ in ("prep", "acl", "ccomp", "relcl") for c in noun.children):
        return None
    return trimmed(doc, verb, noun.left_edge.i, noun.right_edge.i + 1)


def trimmed(doc: Doc, verb: Token, start: int, end: int) -> Span | None:
    """doc[start:end] within the verb's paragraph, without closing punctuation, if it is a
    reported clause's length."""
    p_end = paragraph(text_of(doc), verb.idx)[1]
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].idx >= p_end):
        end -= 1
    if end - start < 3 or end - start > MAX_REPORTED_TOKENS:
        return None
    return doc[start:end]


def appeal_span(doc: Doc, verb: Token) -> Span | None:
    """The appeal with its verb: 'called for deeper cooperation between the two countries',
    'called on the EU to recognise the steps taken' (what follows the verb in its clause)."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in APPEAL_DEPS]
    if not parts:
        return None
    end = max(t.i for c in parts for t in c.subtree) + 1
    p_end = paragraph(text_of(doc), verb.idx)[1]
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].idx >= p_end):
        end -= 1
    if end - verb.i < 3 or end - verb.i > MAX_REPORTED_TOKENS:
        return None
    return doc[verb.i : end]


def mostly_unquoted(span: Span, quotes: list[QuoteSpan]) -> bool:
    """A reported clause that quotes a word or phrase of what was said ('X said France would
    be a "faithful ally" of Y as it ...'): one sentence, opening outside quotation marks, of
    at least MIN_MIXED_WORDS words of which at most MAX_QUOTED_SHARE are quoted. A clause that
    is mostly quotation is the direct quote, already a statement of its own."""
    if isinstance(quotes, QuoteList) and not quotes.overlaps(span.start_char, span.end_char):
        return True  # the common case, a binary search instead of a scan of every quote
    overlapping = [q for q in quotes if q.start < span.end_char and q.end > span.start_char]
    if not inside:
        return True
    if any(q.start < span.start_char or q.end > span.end_char + 1 for q in overlapping):
        return False
    words = [t for t in span if not t.is_punct]
    quoted = [t for t in words if inside(t, overlapping)]
    one_sentence = "\n" not in span.text and not SENTENCE_END.search(span.text)
    return (
        one_sentence
        and not inside(span[0], overlapping)
        and len(words) >= MIN_MIXED_WORDS
        and len(quoted) <= MAX_QUOTED_SHARE * len(words)
    )


def relative_subject(cue: Token) -> Token | None:
    """The 'who' of 'Roe, who said A': a relative pronoun that is the subject of a cue in a
    relative clause on a name; the name is who spoke. (On a description, 'the president, who
    had told her that ...', the clause is mostly background the article gives in passing.)"""
    if cue.dep_ != "relcl" or cue.head.pos_ != "PROPN":
        return None
    return next(
        (c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None
    )


def hearsay(doc: Doc, cue: Token) -> bool:
    """'X said A, according to sources', 'X declined, saying A, according to officials': a
    report whose sentence goes on to name its real source, a person, an organisation or a
    source noun (not a document: 'A should be attached, according to the code')."""
    source = according_to(list(doc[cue.i : sent_of(cue).end]))
    return source is not None and (
        source.ent_type_ in ("PERSON", "ORG", "NORP") or source.lemma_.lower() in HEARSAY_SOURCES
    )


def side_remark(cue: Token) -> bool:
    """A participle cue on another reporting verb ('X said A, adding that B', 'X said A,
    acknowledging that B') reports a side remark of a statement already made; one on a verb
    of doing ('X rejected the plan, saying B') is the statement, and so is one after a
    preposition ('X replied by saying B', 'X reacted by saying B')."""
    if cue.tag_ != "VBG" or cue.dep_ == "pcomp":
        return False
    return cue.head.i != cue.i and has_class(cue.head, SPEECH)


def reported_statements(ctx: Context) -> list[Statement]:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clause as the quote, when it holds no
    direct quote. A report inside another of the same speaker, whose cue has its subject
    there too ('X said he believed A' gives 'he believed A' and, by 'believed', 'A') or is a
    participle there ('X said A, arguing B'), is part of that one, not a second. (A verb
    sharing the subject of the cue before, 'X said A, and said B', is a second report even
    when the parse runs the first clause over it.)"""
    found = list(clause_statements(ctx))
    return [
        s
        for s, subject_at in found
        if not any(
            o is not s
            and o.speaker == s.speaker
            and o.quote_start <= s.quote_start
            and s.quote_end <= o.quote_end
            and (o.quote_start, o.quote_end) != (s.quote_start, s.quote_end)
            and subject_at is not None
            and o.quote_start <= subject_at < o.quote_end
            for o, _ in found
        )
    ]


def clause_statements(ctx: Context) -> Iterator[tuple[Statement, int | None]]:
    """Every reported clause of a cue with a named speaker, with where the cue's own subject
    stands (for a participle, the cue; None for a verb sharing another's subject).
    Participles on a reporting verb ('..., adding that ...') report a side remark and are
    left out, as are statements of a group ('Roe and other analysts say')."""
    doc, quotes = ctx.doc, ctx.quotes
    for token in cue_tokens(doc, REPORTED_SPEECH, APPEAL, OBJECT_APPEAL, NOMINAL_REPORT):
        if token.pos_ != "VERB":
            continue
        # 'X called for talks', 'X called on Y to act': an appeal, reported with its verb.
        appeal = has_class(token, APPEAL)
        if is_negated(token) or side_remark(token):
            continue
        agent = agent_of(token)
        if addressed_passive(token, quotes) and (
            agent is None or ctx.people.resolve(agent) is None
        ):
            continue  # 'X was told that ...': what was put to X, by no one named
        # "what he believes is ...", "voters whom he says feel let down": the clause is not
        # what was said but the frame of something else.
        near = [t for c in token.children for t in (c, *c.children)]
        # ('Roe, who said A', though, is Roe's report: the relative pronoun is its subject.)
        who = relative_subject(token)
        if (token.dep_ in ("relcl", "csubj", "acl") and who is None) or any(
            t.tag_ in ("WDT", "WP", "WP$") and t.i < token.i and (who is None or t.i != who.i)
            for t in near
        ):
            continue
        if inside(token, quotes) or ctx.meta.is_excluded(token.idx, token.idx + 1):
            continue
        span = None
        if appeal:
            span = appeal_span(doc, token)
        elif has_class(token, REPORTED_SPEECH):
            span = reported_span(doc, token)
        if span is None and has_class(token, OBJECT_APPEAL):
            span = object_appeal_span(doc, token)
        if span is None and has_class(token, NOMINAL_REPORT):
            span = nominal_span(doc, token)
        if span is None or not mostly_unquoted(span, quotes):
            continue
        closing = [q.end for q in quotes if span.start_char <= q.start < span.end_char < q.end]
        if closing:
            # Keep the closing mark of a quote that ends the clause: 'the plan was "dead"'.
            span = doc.char_span(span.start_char, closing[0], alignment_mode="expand") or span
        subject = subject_of(token) if who is None else token.head
        if subject is not None and any(c.dep_ == "conj" for c in subject.children):
            continue
        if hearsay(doc, token):
            continue
        attribution = subject_attribution(ctx, token, subject)
        if attribution.speaker is None:
            continue
        start, end = min(attribution.start, span.start_char), max(attribution.end, span.end_char)
        own = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        statement = Statement(
            speaker=attribution.speaker,
            speaker_text=attribution.speaker_text,
            quote=span.text,
            direct=False,
            cue=token.text.lower(),
            start=start,
            end=end,
            quote_start=span.start_char,
            quote_end=span.end_char,
            rule=StatementRule.REPORTED_CLAUSE,
        )
        if own is not None:
            yield statement, own.idx
        else:
            # A participle has its speaker's report around it: 'X said A, arguing B'.
            yield statement, token.idx if token.tag_ == "VBG" else None
