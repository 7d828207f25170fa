"""Speakers a quote's sentence names without a reporting cue beside the quote: a name
before 'in a statement', a name or clause closing the words before a colon, the person who
is the subject of the clause holding a quoted fragment, the person who owns a noun for what
was said ('X's answer was that "..."')."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Span, Token

from summitx import lexicon
from summitx.components.speech_cues import ASPECTUAL, SPEECH, STATEMENT_NOUN
from summitx.extract.people.pronouns import UNNAMED_PERSON_NOUNS
from summitx.extract.quotes import QuoteSpan
from summitx.extract.statements.base import (
    CUE_BEFORE_WINDOW,
    Attribution,
    Context,
    inside,
    paragraph,
)
from summitx.extract.statements.cues import has_class, is_cue, is_negated
from summitx.extract.statements.frame import sentence_tokens, tokens_between
from summitx.extract.statements.labels import title_case
from summitx.extract.statements.speaker import person_word, subject_attribution, subject_of
from summitx.records import StatementRule

# A verb form inside a noun phrase ("the following statement") heads no clause.
NOMINAL_DEPS = ("amod", "compound", "nmod")
# How many clausal complements up a quote's clause may climb to the person it is about.
MAX_CLAUSE_CLIMB = 4
# Dashes that set a digest's source off from its summary: '... - Acme Polling: "..."'.
DASHES = ("-", "—", "–")
# How many words a source named before a colon may have.
MAX_SOURCE_WORDS = 5
# Lower-case words inside a source's name: 'Bureau of Labor Statistics', 'Ernst & Young'.
SOURCE_JOINERS = ("of", "&", "and", "the", "for")
# Institutions that speak as one: the source of a quote after a colon with no person.
SPEAKING_BODIES = frozenset(lexicon.load_pattern("statements.json")["speaking_bodies"])
# Nouns of 'in X's words': the quote is X's.
WORDS_NOUNS = frozenset(lexicon.load_pattern("statements.json")["words_nouns"])
# How far up the parse from the quoted words a noun for what was said is looked for.
SPEECH_NOUN_DEPTH = 6


def statement_phrase(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """'X in a statement called for "..."', 'X, in a letter, urged ...': the person named
    right before an 'in a statement' phrase of the quote's sentence."""
    tokens = sentence_tokens(ctx, quote)
    for token in tokens:
        if token.lower_ not in ("in", "on") or token.i < 1 or token.idx > quote.start:
            continue
        noun = next(
            (t for t in ctx.doc[token.i + 1 : token.i + 3] if has_class(t, STATEMENT_NOUN)),
            None,
        )
        if noun is None:
            continue
        phrase = ctx.doc[token.i : noun.i + 1]
        name = token.i - 1 if ctx.doc[token.i - 1].text != "," else token.i - 2
        key = ctx.people.person_at(name) if name >= 0 else None
        mention = ctx.people.mention_at(name) if key is not None else None
        if mention is None or mention.start in ctx.people.quoted:
            continue
        span = ctx.doc[mention.start : phrase.end]
        return Attribution(
            key,
            ctx.doc[mention.start : mention.end].text,
            phrase.text.lower(),
            span.start_char,
            span.end_char,
            rule=StatementRule.STATEMENT_PHRASE,
        )
    return None


def colon_speaker(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """A name closing the words before a colon that opens the quote: 'Pollster Jane Roe:
    "..."', 'Jane Roe, The Daily Planet: "..."', or a paragraph 'Roe wrote:' or 'Roe:'
    above a paragraph that is the quote."""
    before = ctx.text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    p_start = paragraph(ctx.text, quote.start)[0]
    if len(before) < p_start:
        # The paragraph before ends with the colon: its cue, else a name ending it.
        p_start = paragraph(ctx.text, len(before) - 1)[0]
    tokens = [
        t
        for t in tokens_between(ctx, p_start, len(before) - 1)
        if not t.is_space and not inside(t, ctx.quotes)
    ]
    if not tokens:
        return None
    for token in reversed(tokens[-CUE_BEFORE_WINDOW:]):
        if is_cue(token, ctx.quotes, adjacent=True):
            attribution = subject_attribution(ctx, token, subject_of(token))
            return replace(attribution, rule=StatementRule.COLON_PARAGRAPH)
    # 'Name:' or 'Name, Outlet:' or 'Name of Outlet:' ends the words before the colon.
    for back in range(min(len(tokens), 7)):
        token = tokens[-1 - back]
        mention = ctx.people.mention_at(token.i)
        key = ctx.people.person_at(token.i)
        if mention is not None and key is not None and mention.start not in ctx.people.quoted:
            tail = tokens[-back:] if back else []
            if back and not (tail[0].text == "," or tail[0].dep_ in ("appos", "prep")):
                break
            span = ctx.doc[mention.start : mention.end]
            return Attribution(
                key, span.text, ":", span.start_char, span.end_char,
                rule=StatementRule.COLON_PARAGRAPH,
            )  # fmt: skip
        if token.pos_ == "VERB":
            break
    source = named_source(tokens)
    if source is not None:
        return Attribution(
            None, source.text, ":", source.start_char, source.end_char,
            rule=StatementRule.COLON_PARAGRAPH,
        )  # fmt: skip
    # 'Roe released the following statement:', 'Roe was blunt in her reply:', 'The court
    # put it plainly:': who is the subject of the clause the colon closes, a person or an
    # institution that speaks as one.
    for verb in closing_clause_verbs(tokens):
        subject = subject_of(verb)
        if subject is None or inside(subject, ctx.quotes) or is_negated(verb):
            continue
        if is_person_subject(ctx, subject) or speaking_source(subject):
            attribution = subject_attribution(ctx, verb, subject)
            return replace(attribution, rule=StatementRule.COLON_PARAGRAPH)
    return None


def closing_clause_verbs(tokens: list[Token]) -> list[Token]:
    """The verbs whose subject may be the source of a quote after a colon that the tokens
    end in: the last verb before the colon (a clause set last, 'X put it this way:'), then
    the head of the clause before the colon ('In a long ruling, the court explained how it
    had weighed the claims:')."""
    last = next(
        (t for t in reversed(tokens[-8:]) if t.pos_ == "VERB" and t.dep_ not in NOMINAL_DEPS),
        None,
    )
    verbs = [last] if last is not None else []
    # (The parser may hang the clause before the colon on the quote's verb: its head is
    # the word of the clause whose own head lies outside it.)
    start = tokens[-1].sent.start
    clause = [t for t in tokens if t.i >= start]
    head = next(
        (t for t in clause if not start <= t.head.i <= clause[-1].i or t.head.i == t.i), None
    )
    if head is not None and head.pos_ in ("VERB", "AUX") and head not in verbs:
        verbs.append(head)
    return verbs


def speaking_source(subject: Token) -> bool:
    """A subject that is no person of the article but speaks: an organisation by name
    ('Acme Polling'), an office or a person noun ('the senator', 'an aide'), an institution
    ('the court', 'the ministry')."""
    lemma = subject.lemma_.lower()
    return (
        subject.ent_type_ in ("ORG", "NORP")
        or person_word(subject)
        or lemma in UNNAMED_PERSON_NOUNS
        or lemma in SPEAKING_BODIES
    )


def named_source(tokens: list[Token]) -> Span | None:
    """Who or what a quote after a colon comes from when no person of the article is named
    there: a name in capitals after a dash ('Polls missed the swing - Acme Polling: "..."',
    a digest's form), or the noun phrase after a 'From' that opens the sentence ('From the
    report: "..."'). Its words are the speaker_text; it is no person of the article."""
    if not tokens:
        return None
    doc = tokens[0].doc
    dash = max((k for k, t in enumerate(tokens) if t.text in DASHES), default=None)
    if dash is not None and 1 <= len(tokens) - dash - 1 <= MAX_SOURCE_WORDS:
        words = tokens[dash + 1 :]
        if words[0].text[:1].isupper() and all(
            t.text[:1].isupper() or t.lower_ in SOURCE_JOINERS for t in words
        ):
            return doc[words[0].i : words[-1].i + 1]
    opening = max((k for k, t in enumerate(tokens) if t.is_sent_start), default=None)
    if opening is None:
        return None
    words = tokens[opening:]
    if (
        len(words) >= 3
        and words[0].lower_ == "from"
        and words[1].pos_ == "DET"
        and len(words) <= MAX_SOURCE_WORDS + 1
        and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in words[1:])
        and words[-1].pos_ in ("NOUN", "PROPN")
    ):
        return doc[words[1].i : words[-1].i + 1]
    return None


def clause_subject(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """A quoted fragment in a clause whose subject is a person, under no reporting verb:
    'X pushed his promise of "free college"', 'X thanked them for "standing firm"'. Only
    the nearest verb above the quote counts, and only a named person or he/she."""
    inner = tokens_between(ctx, quote.inner_start, quote.inner_end)
    if not inner or title_case(ctx.text[quote.inner_start : quote.inner_end]):
        return None  # a name in quotation marks ("Red Hill Lodge") is no one's speech
    p_start, p_end = paragraph(ctx.text, quote.start)
    first, last = inner[0].i, inner[-1].i
    heads = [t.head for t in inner if not first <= t.head.i <= last]
    verb = next(
        (
            a
            for head in heads[:1]
            for a in (head, *head.ancestors)
            if a.pos_ in ("VERB", "AUX") and p_start <= a.idx < p_end
        ),
        None,
    )
    if verb is None or inside(verb, ctx.quotes) or is_negated(verb):
        return None
    if any(reports(a) for a in verb.ancestors):
        # A clause inside someone's reported speech is theirs, and the cue rules have passed
        # it over on purpose.
        return None
    # A copula says nothing of who speaks ('Y is "a liar"'): only the person of a verb it
    # completes does ('X implied the judge was "hostile"').
    copula = verb.lemma_.lower() in ("be", "have")
    verb, subject = outermost_person_clause(ctx, verb, own_subject=not copula)
    if subject is None or inside(subject, ctx.quotes):
        return None
    if subject.i > first and not preposed_clause(verb, subject):
        return None
    attribution = subject_attribution(ctx, verb, subject)
    return replace(attribution, rule=StatementRule.CLAUSE_SUBJECT)


def preposed_clause(verb: Token, subject: Token) -> bool:
    """'While denouncing the "folly" of tax havens, X has ...': an adverbial clause before
    the verb it hangs on, whose subject (after the quote) is that verb's."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i and subject.head.i == verb.head.i


def is_person_subject(ctx: Context, subject: Token | None) -> bool:
    """A subject that is a person of the article, or he/she standing for one."""
    return subject is not None and (
        ctx.people.resolve(subject) is not None or subject.lower_ in ("he", "she")
    )


def reports(verb: Token) -> bool:
    """A reporting verb that reports what its clause holds: not an aspectual one with a
    verb completing it ('X continued to portray ...': what X went on doing)."""
    if not has_class(verb, SPEECH):
        return False
    return not (has_class(verb, ASPECTUAL) and any(c.dep_ == "xcomp" for c in verb.children))


def outermost_person_clause(
    ctx: Context, verb: Token, own_subject: bool = True
) -> tuple[Token, Token | None]:
    """The verb whose clause holds the quote and whose subject is a person, climbing from
    a clausal complement to the verb it completes while that verb's subject is a person
    too: 'X worried that the net was becoming "a trap"', 'X made clear that he expects the
    camp to "go negative"' (what X thinks, expects or makes clear is X's words). Without
    `own_subject` (a copula's clause) only a verb above counts."""
    subject = subject_of(verb) if own_subject else None
    found = (verb, subject) if is_person_subject(ctx, subject) else (verb, None)
    current = verb
    for _ in range(MAX_CLAUSE_CLIMB):
        head = current.head
        if current.dep_ not in ("ccomp", "xcomp") or head.i == current.i:
            break
        if head.pos_ not in ("VERB", "AUX", "ADJ") or inside(head, ctx.quotes):
            break
        if is_negated(head):
            break
        current = head
        if current.pos_ == "ADJ":
            continue  # 'X is confident that ...': the copula above has the subject
        subject = subject_of(current)
        if is_person_subject(ctx, subject):
            found = (current, subject)
    return found


def speech_noun_owner(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """'X's answer was that "...", 'his warning that Y would be "at the back"', 'her
    "reckless" remark': quoted words inside, or said to be, a noun for what someone
    said, owned by a person (a name, or he/she standing for one)."""
    inner = tokens_between(ctx, quote.inner_start, quote.inner_end)
    if not inner:
        return None
    first, last = inner[0].i, inner[-1].i
    root = next((t for t in inner if not first <= t.head.i <= last), None)
    if root is None:
        return None
    for node in islice((root, *root.ancestors), SPEECH_NOUN_DEPTH):
        noun = node
        if node.lemma_.lower() == "be":
            # 'X's answer was that "..."': the copula's subject is the noun.
            noun = next((c for c in node.children if c.dep_ == "nsubj"), node)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.speech_nouns():
            if (
                node.pos_ in ("VERB", "AUX")
                and node.lemma_.lower() != "be"
                and not inside(node, ctx.quotes)
            ):
                return None  # another verb's clause: not the noun's words
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or inside(owner, ctx.quotes):
            return None
        if ctx.people.resolve(owner) is None:
            return None
        attribution = subject_attribution(ctx, noun, owner)
        return replace(attribution, rule=StatementRule.STATEMENT_PHRASE)
    return None


def words_owner(ctx: Context, quote: QuoteSpan) -> Attribution | None:
    """'..., in X's words, "..."', 'In the words of X, "..."': a phrase of the quote's
    sentence that gives the words to their owner (a person of the article, a pronoun for
    one, or an institution that speaks)."""
    for token in sentence_tokens(ctx, quote):
        if token.lower_ != "in" or token.idx > quote.start:
            continue
        noun = next((c for c in token.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in WORDS_NOUNS or noun.tag_ != "NNS":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is None or inside(owner, ctx.quotes):
            continue
        if ctx.people.resolve(owner) is None and not speaking_source(owner):
            continue
        attribution = subject_attribution(ctx, noun, owner)
        return replace(attribution, rule=StatementRule.WORDS_PHRASE)
    return None
