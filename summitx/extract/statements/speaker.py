"""Who speaks: the subject of a cue (climbing from participles and infinitives to the verb
they hang on, or a passive cue's agent), else a person named right beside the cue, resolved
to a person of the article through the people index (pronouns and role descriptions too)."""

from __future__ import annotations

import difflib
from collections import Counter

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.components.quotes import quotes_of
from summitx.components.speech_cues import SPEECH, STATEMENT_NOUN
from summitx.extract import sent_of, text_of
from summitx.extract.people import People
from summitx.extract.people.roles import description_country
from summitx.extract.people.words import PERSON_NOUNS
from summitx.extract.statements.base import (
    SUBJECT_DEPS,
    Attribution,
    Context,
    clip_left,
    inside,
    paragraph,
)
from summitx.extract.statements.cues import agent_of, has_class

# Dependents through which a participle or infinitive inherits its subject from its head.
INHERIT_DEPS = ("advcl", "xcomp", "conj", "acl", "ccomp", "pcomp", "relcl")
PARTICIPLE_AS_OBJECT_DEPS = ("dobj", "npadvmod", "oprd")
# How many tokens a parenthetical after a name may hold: '(D-N.Y.)', '(R)'.
PARENTHETICAL_WINDOW = 8
# Entity types of a name that may stand for who speaks (a person, a group, a body, a
# country's government).
SPEAKER_ENTITY_TYPES = ("PERSON", "ORG", "NORP", "GPE")
# Tags of a finite verb, which has a subject of its own.
FINITE_TAGS = ("VBD", "VBZ", "VBP")
# How the parser may hang a noun phrase set off by a comma right before a cue that it gave
# no subject: 'In an interview with X and Y, the candidate stated ...'.
STRANDED_DEPS = ("appos", "conj", "npadvmod", "dobj", "pobj", "dep")
# How an adverb or adjective qualifies the verb it hangs on.
MODIFIER_DEPS = ("advmod", "acomp", "oprd")
# How a statement noun hangs on the verb that issues it: 'X issued a statement saying',
# 'X, in a letter urging ...'.
ISSUED_DEPS = ("dobj", "pobj")
_WORDS = lexicon.load_pattern("statements.json")
PRONOUN_WORDS = frozenset(_WORDS["pronouns"])
# Verbs whose object does what the infinitive under them says ('led X to declare').
CAUSATIVE_HEADS = frozenset(lexicon.load_pattern("cues.json")["causative_heads"])
# Offices by which an article refers back to its main figure ("..., the prime minister said").
OFFICE_WORDS = frozenset(_WORDS["offices"])


def inherits_subject(verb: Token) -> bool:
    """A verb whose subject is its head's: a clause, a participle, an infinitive; also a
    participle the parser takes for its head's object ('X addressed the crowd saying, "..."',
    where 'saying' comes out as a second dobj)."""
    if verb.dep_ in INHERIT_DEPS:
        return True
    if verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ in ("VERB", "AUX"):
        # 'X gestured, then leaned in and boomed: "..."': a verb the parser could not
        # label under another verb, with no subject of its own, shares that verb's.
        return True
    if qualifies_verb(verb):
        # 'X went so far as to say', 'X seemed unimpressed, telling ...': a clause under
        # an adverb or adjective that qualifies a verb has that verb's subject.
        return True
    return verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_AS_OBJECT_DEPS


def causative_object(verb: Token) -> Token | None:
    """'The defeat led the party to declare ...': the object of a causative verb is the
    subject of the infinitive under it."""
    head = verb.head
    # (The parser may hang the infinitive as an adverbial clause: "drove X to warn".)
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i:
        return None
    if head.lemma_.lower() not in CAUSATIVE_HEADS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def qualifies_verb(token: Token) -> bool:
    """An adverb or adjective that qualifies the verb it hangs on ('so far', 'back',
    'unimpressed')."""
    return (
        token.pos_ in ("ADV", "ADJ")
        and token.dep_ in MODIFIER_DEPS
        and token.head.pos_ in ("VERB", "AUX")
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing from participles and infinitives to their head; for a
    passive cue the agent ("Merkel was told by Macron")."""
    agent = agent_of(verb)
    if agent is not None:
        return agent
    current = verb
    for _ in range(4):
        # The subject nearest the verb: a parse run over a paragraph break may give it two.
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1:
            # A quoted title the parser takes for a second subject ('X, star of "Y," said')
            # is not who speaks.
            quotes = quotes_of(current.doc)
            subjects = [c for c in subjects if not inside(c, quotes)] or subjects
        if subjects:
            subject = min(subjects, key=lambda c: abs(c.i - current.i))
            issuer = relative_statement_issuer(current, subject)
            if issuer is None:
                return subject
            current = issuer
            continue
        if current.tag_ in FINITE_TAGS and speaker_noun(current) is not None:
            # 'when X spoke, a man yelled "..."': a finite verb is no reduced relative
            # clause; the noun the parser hung it on is its subject.
            return current.head
        controller = causative_object(current)
        if controller is not None:
            return controller
        if inherits_subject(current) and current.head.i != current.i:
            head = current.head
            actor = clause_before_participle(current)
            if actor is not None:
                return actor
            owner = remark_owner(current)
            if owner is not None:
                return owner
            issuer = statement_issuer(current)
            if issuer is not None:
                current = issuer
                continue
            # 'X responded by saying ...', 'X began by calling ...': a participle under a
            # preposition takes the subject of the verb the preposition hangs on (or of
            # an adverb that qualifies a verb: 'X was back to boasting about ...').
            by_participle = (
                current.dep_ == "pcomp"
                and head.dep_ == "prep"
                and (head.head.pos_ in ("VERB", "AUX") or qualifies_verb(head.head))
                and head.head.i != head.i
            )
            aside_of = noun_clause_aside(current)
            if by_participle:
                head = head.head
            elif aside_of is not None:
                head = aside_of
            elif (
                current.dep_ == "conj"
                and head.pos_ in ("NOUN", "PROPN")
                and head.dep_ in ("dobj", "pobj", "attr")
                and head.head.pos_ in ("VERB", "AUX")
            ):
                # 'X adopted an accent and joked, "..."', the verb parsed as joined to the
                # object: the verb the object hangs on has the subject.
                head = head.head
            # "He said X ... but predicted Y": the parser hangs the second reporting verb on
            # the reported clause; its subject is the first reporting verb's.
            # So does a participle cue ("X said Y was "messy," adding, ...") that the parser
            # hangs on the reported clause's verb.
            if (
                (
                    current.dep_ == "conj"
                    or ((current.dep_ == "advcl" or by_participle) and has_class(current, SPEECH))
                )
                and head.dep_ == "ccomp"
                and has_class(head.head, SPEECH)
                # (The reporting verb before its clause: one after it, in a quote ('X
                # seemed unmoved, telling Y, "Z said ..."'), is not X's.)
                and head.head.i < head.i
            ):
                head = head.head
            current = head
            continue
        break
    return None


def person_word(noun: Token) -> bool:
    """An office or a noun for a person: 'the senator', 'an adviser'."""
    return lexicon.canonical_title(noun.lower_) is not None or noun.lemma_.lower() in PERSON_NOUNS


def speaks_for_itself(noun: Token) -> bool:
    """A word that may stand for who speaks: a person, group or place by name or entity
    type, a pronoun, a person noun or title ('the adviser'), or what words are issued in
    ('the report', 'her letter', a noun of a reporting verb). Not an event or a thing
    ('the first clash', 'the shakeup')."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or noun.ent_type_ in SPEAKER_ENTITY_TYPES
        or person_word(noun)
        or noun.lemma_.lower() in lexicon.speech_nouns()
        or has_class(noun, STATEMENT_NOUN)
        or has_class(noun, SPEECH)
    )


def comma_speech_participle(participle: Token) -> bool:
    """A reporting participle set off by a comma as an adverbial clause: ', explaining
    that ...', ', shouting "..."'."""
    return (
        participle.dep_ == "advcl"
        and participle.tag_ == "VBG"
        and has_class(participle, SPEECH)
        and participle.i > 0
        and participle.nbor(-1).text == ","
    )


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, past a preposition ('issued a statement', 'in a
    letter to ...' hung on its verb)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != noun.i else None


def clause_before_participle(participle: Token) -> Token | None:
    """'The first clash came at a rally, when farmers interrupted her, shouting "..."': a
    reporting participle set off by a comma whose head's subject is no word that speaks
    (an event, a thing) was said by the subject of the adverbial clause in which someone
    acts ('when ...', 'after ...') that ends right before the comma, between the head and
    the participle."""
    head = participle.head
    doc = participle.doc
    if not comma_speech_participle(participle) or participle.i < 2 or head.i > participle.i:
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or speaks_for_itself(subject):
        return None
    for verb in (doc[participle.i - 2], *doc[participle.i - 2].ancestors):
        if verb.i == head.i or verb.i < head.i:
            return None
        # (An adverbial clause in which someone acts: 'when X interrupted', 'after X
        # spoke'; not 'when Roe was in Lima', nor what a noun is about: 'no details about
        # how he planned ...'.)
        if (
            verb.pos_ == "VERB"
            and verb.dep_ in ("advcl", "relcl")
            and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)
            and verb.right_edge.i < participle.i
        ):
            actor = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if actor is not None and actor.pos_ in ("NOUN", "PROPN", "PRON"):
                return actor
    return None


def noun_clause_aside(participle: Token) -> Token | None:
    """'X denied the notion that a shakeup is coming, explaining that ...', 'X thanked the
    staff who had stayed late, adding ...': a reporting participle set off by a comma that
    the parser hangs on the clause of an object noun (what the notion is, who the staff
    are) qualifies the clause the noun stands in; the verb the noun hangs on (past a
    preposition) has its subject."""
    clause = participle.head
    noun = clause.head
    if (
        not comma_speech_participle(participle)
        or clause.dep_ not in ("acl", "relcl")
        or clause.i > participle.i
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ not in ISSUED_DEPS
    ):
        return None
    return governing_verb(noun)


def speaker_noun(verb: Token) -> Token | None:
    """The noun right before a verb that the parser hangs the verb on as a relative clause
    ('a man yelled', 'the 43-year-old asked'): with nothing between them, it is the
    verb's subject, if the verb is finite or (for a cue after a quote, where it has no
    object) a participle with no agent. The caller checks the form."""
    head = verb.head
    if verb.dep_ != "acl" or head.i != verb.i - 1:
        return None
    if head.pos_ in ("NOUN", "PROPN") or (
        head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children)
    ):
        return head
    return None


def stranded_subject(ctx: Context, cue: Token, after_quote: bool) -> Token | None:
    """Who speaks by a cue the parse gave no subject: the noun phrase set off by a comma
    right before it, which the parser hung on a noun before ('In an interview with X and
    Y, the candidate stated that ...'); after a quote, the noun a participle cue hangs on
    ('"...?" the 43-year-old asked in a video')."""
    doc = ctx.doc
    if (
        after_quote
        and cue.tag_ == "VBN"
        and speaker_noun(cue) is not None
        and not any(c.dep_ in ("agent", "auxpass", "dobj", "ccomp") for c in cue.children)
    ):
        return cue.head
    i = skip_back(doc, cue.i - 1)
    if i < 1:
        return None
    noun = doc[i]
    left = noun.left_edge.i
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ not in STRANDED_DEPS
        or noun.head.i >= left
        or inside(noun, ctx.quotes)
        or left < 1
        or not (doc[left - 1].text == "," or is_closing_mark(doc[left - 1]))
        or any(t.i > noun.i for t in noun.subtree)
    ):
        return None
    return noun


def opening_participle_subject(ctx: Context, cue: Token) -> Token | None:
    """'X stated that ... . Adding, "..."': a reporting participle that opens a sentence of
    its own goes on with the reporting verb that heads the sentence before, in the same
    paragraph; its subject is that verb's."""
    doc = ctx.doc
    sent = sent_of(cue)
    if cue.tag_ != "VBG" or sent.start == 0 or any(not t.is_punct for t in doc[sent.start : cue.i]):
        return None
    root = sent_of(doc[sent.start - 1]).root
    if (
        not has_class(root, SPEECH)
        or inside(root, ctx.quotes)
        or paragraph(ctx.text, root.idx) != paragraph(ctx.text, cue.idx)
    ):
        return None
    subject = subject_of(root)
    return None if subject is None or inside(subject, ctx.quotes) else subject


def remark_owner(participle: Token) -> Token | None:
    """'X defended his remarks calling the plan "strong"', 'Roe's letter urging ...': a
    reporting participle on a noun for what was said (or what it was said in) that has an
    owner speaks for the owner."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or noun.i > participle.i:
        return None
    if not has_class(participle, SPEECH):
        return None
    if noun.lemma_.lower() not in lexicon.speech_nouns() and not has_class(noun, STATEMENT_NOUN):
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def statement_issuer(participle: Token) -> Token | None:
    """'X issued a statement saying ...', 'X put out a video urging ...', 'X, in a letter
    calling for ...': a reporting participle that hangs on a noun for what a statement is
    made in speaks for whoever issued it; so does one set off by a comma after an object
    ('X rejected the idea that ..., saying ...'). The verb the noun hangs on (past a
    preposition)."""
    noun = participle.head
    doc = participle.doc
    if (
        participle.dep_ != "acl"
        or participle.tag_ != "VBG"
        or not has_class(participle, SPEECH)
        or noun.dep_ not in ISSUED_DEPS
    ):
        return None
    if not has_class(noun, STATEMENT_NOUN) and not (
        participle.i > noun.i and doc[participle.i - 1].text == ","
    ):
        # (Set off by a comma, a participle qualifies the clause, not the noun: 'X
        # rejected the notion that ..., saying ...'; without one it may be the noun's:
        # 'X met voters saying ...'.)
        return None
    return governing_verb(noun)


def relative_statement_issuer(verb: Token, subject: Token) -> Token | None:
    """'X released an ad that urges voters to "..."', 'X issued a statement which accused
    Y of "..."': the 'that' or 'which' of a relative clause on a noun for what a statement
    is made in stands for the statement; whoever issued it speaks. The verb the noun hangs
    on (past a preposition), as for a participle on it (statement_issuer)."""
    noun = verb.head
    if subject.tag_ != "WDT" or verb.dep_ != "relcl" or noun.dep_ not in ISSUED_DEPS:
        return None
    if not has_class(noun, STATEMENT_NOUN):
        return None
    return governing_verb(noun)


def office_holder(ctx: Context, subject: Token) -> int | None:
    """'Speaker of the House Rep. Jane Roe said', 'Director of National Intelligence Jane
    Roe told ...': a capitalized office whose 'of' phrase names an institution in capitals
    and ends with the name of the person who holds it. (Not 'the wife of Governor Roe',
    nor 'Aide of Governor Roe': no institution is named between.)"""
    doc = ctx.doc
    if not subject.text[:1].isupper() or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return None
    end = prep.right_edge.i
    if doc[end].text == ")":
        # (Past a parenthetical after the name: '(R-WI)'.)
        end = next((j for j in range(end, prep.i, -1) if doc[j].text == "("), end + 1) - 1
    while end > prep.i and doc[end].is_punct:
        end -= 1
    key = ctx.people.person_at(end)
    mention = ctx.people.mention_at(end) if key is not None else None
    if mention is None or mention.end - 1 != end:
        return None
    between = doc[prep.i + 1 : mention.start]
    if not all(t.pos_ == "DET" or t.text[:1].isupper() for t in between):
        return None
    institution = [t for t in between if t.pos_ != "DET" and not lexicon.canonical_title(t.text)]
    return key if institution else None


def name_parts(people: People) -> dict[str, int]:
    """The words of five letters or more of each person's name, to the first person with it."""
    parts: dict[str, int] = {}
    for person in people.people.values():
        for token in person.tokens:
            if len(token) >= 5:
                parts.setdefault(token, person.key)
    return parts


def fuzzy_person(ctx: Context, token: Token) -> int | None:
    """A misspelt surname ("Kowalksi" for "Kowalski") of someone named in the article."""
    if token.pos_ != "PROPN" or len(token.text) < 5 or lexicon.country_of_any(token.text):
        return None  # (not a place that is also someone's surname: "Washington said")
    low = token.text.lower()
    best = difflib.get_close_matches(low, list(ctx.name_parts), n=1, cutoff=0.85)
    return ctx.name_parts[best[0]] if best else None


def neighbour_mention(
    ctx: Context, cue: Token, after: bool, unparsed: bool = False
) -> tuple[int, int] | None:
    """A person named right before the cue ("Roe said"), before an apposition set off
    by commas ("Jane Roe, a member of ..., said"), or right after it ("said Mr X"). When
    the parse found no subject at all (`unparsed`), also a name set off by commas right
    before the cue ("her adviser, Jane Roe, said")."""
    doc = ctx.doc
    sent = sent_of(cue)
    before = skip_back(doc, cue.i - 1)
    if before >= 0 and ctx.people.person_at(before) is not None:
        mention = ctx.people.mention_at(before)
        if mention is not None and mention.start not in ctx.people.quoted:
            return mention.start, mention.end
    if before >= 1 and is_closing_mark(doc[before]) and doc[before - 1].text == ",":
        before -= 1  # (a phrase ending in a quoted title: '..., author of "Y,"' said)
    if before >= 0 and doc[before].text == ",":
        apposed = apposition_head(ctx, before, sent.start, unparsed)
        if apposed is not None:
            return apposed
    if after:
        i = cue.i + 1
        while i < min(len(doc), cue.i + 5) and ctx.people.person_at(i) is None:
            token = doc[i]
            if not (token.text[:1].isupper() or token.text in (".", "-")):
                break
            i += 1
        if i < len(doc) and ctx.people.person_at(i) is not None:
            mention = ctx.people.mention_at(i)
            if mention is not None:
                return mention.start, mention.end
    return None


def apposition_head(
    ctx: Context, comma: int, sent_start: int, appositive_ok: bool
) -> tuple[int, int] | None:
    """'Jane Roe, a top Doe adviser, said', 'Roe, asked about Doe, had said': the person
    named before the comma that opens a phrase set off by commas and closed by `comma`
    right before the cue. Names inside that phrase are stepped past (they are what it
    says of the speaker); a name right before the closing comma that is itself set off by
    commas ('her adviser, Jane Roe, said') is who spoke when no name stands before it,
    if `appositive_ok` (the parse found no subject: else the name is told or addressed,
    'X wrote to her adviser, Jane Roe, calling ...')."""
    doc = ctx.doc
    people = ctx.people
    appositive: tuple[int, int] | None = None
    for mention in reversed(people.mentions):
        if mention.end > comma:
            continue
        if mention.start < sent_start:
            break
        if people.person_at(mention.start) is None:
            break
        between = doc[mention.end : comma + 1]
        if len(between.text) >= 200:
            break
        if mention.start in people.quoted:
            # A name in quotation marks: inside the phrase ('wearing "Doe" pins'), or in
            # the quote before it; never who spoke.
            continue
        if between.text == ",":
            # The name right before the closing comma: an appositive name when a comma
            # sets it off before too.
            if appositive_ok and mention.start > 0 and doc[mention.start - 1].text == ",":
                appositive = (mention.start, mention.end)
            continue
        if between.text.startswith(","):
            left = min(mention.start, doc[mention.start : mention.end].root.left_edge.i)
            if left > 0 and completes_noun_phrase(doc[left - 1]):
                return appositive  # ('a former aide to Doe, speaking on Friday, said')
            return mention.start, mention.end
        # A name inside the phrase ('a top Doe adviser', 'a friend of Doe'): step past it.
    return appositive


def is_closing_mark(token: Token) -> bool:
    """A closing quotation mark: ”, '' or a straight double quote."""
    return token.text in ("”", "''", '"', "’")


def completes_noun_phrase(token: Token) -> bool:
    """A preposition of a noun ('an aide to', 'a friend of'): the name after it is not the
    head of the phrase, and not who speaks."""
    return token.pos_ == "ADP" and token.head.pos_ in ("NOUN", "PROPN", "PRON")


def salient_untitled(ctx: Context, office: Token) -> int | None:
    """'..., the prime minister said' where no one holds that title: a main figure of the
    article (the person it names first, or most often), when they are the nearest subject
    before (in this sentence or one shortly before), untitled, and of the country the
    description names, if it names one ("the Russian leader")."""
    doc = ctx.doc
    fits, country = description_country(office)
    if not fits:
        return None
    mains = main_figures(ctx.people)
    sent_start = sent_of(office).start
    for mention in reversed(ctx.people.mentions):
        if mention.start >= office.i or mention.start in ctx.people.quoted:
            continue
        if mention.start < sent_start - 80:
            break
        person = ctx.people.people.get(mention.person)
        if person is None or doc[mention.start : mention.end].root.dep_ not in SUBJECT_DEPS:
            continue
        # The nearest subject only: another person speaking in between ('"Is that you?"
        # Doe asked. "It is," the senator said.') leaves the description unresolved.
        fits = (
            person.key in mains and not person.titles and (not country or person.country == country)
        )
        return person.key if fits else None
    return None


def main_figures(people: People) -> set[int]:
    """The person an article names first and the one it names most often (if one is named
    more often than any other): who its unexplained role descriptions stand for."""
    mains: set[int] = set()
    if people.people:
        mains.add(min(people.people.values(), key=lambda p: p.first_token).key)
    ranked = Counter(m.person for m in people.mentions).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        mains.add(ranked[0][0])
    return mains


def subject_attribution(ctx: Context, cue: Token, subject: Token | None) -> Attribution:
    doc = ctx.doc
    key: int | None = None
    span_bounds: tuple[int, int] | None = None
    if subject is not None and paragraph(text_of(doc), subject.idx) != paragraph(
        text_of(doc), cue.idx
    ):
        subject = None  # a parse run over a paragraph break (from a headline)
    if subject is None or (
        ctx.people.resolve(subject) is None and subject.lower_ not in PRONOUN_WORDS
    ):
        # A name next to the cue outranks a parse that found no person as its subject.
        # A name after the cue is its subject only when the parse found none before it
        # ("said Mr X"); otherwise it is what was said ("the ministry said PM X ...").
        after = subject is None or subject.i > cue.i
        neighbour = neighbour_mention(ctx, cue, after, unparsed=subject is None)
        if neighbour is not None and (
            subject is None or neighbour[0] not in {t.i for t in subject.subtree}
        ):
            # (Not a name inside the subject: "a source close to the president said".)
            key = ctx.people.person_at(neighbour[0])
            span_bounds = neighbour
    if span_bounds is None and subject is None:
        return Attribution(None, None, cue.text.lower(), cue.idx, cue.idx + len(cue))
    if span_bounds is not None:
        span = doc[span_bounds[0] : span_bounds[1]]
        text, s, e = span.text, span.start_char, span.end_char
    else:
        assert subject is not None
        key = ctx.people.resolve(subject)
        if key is None:
            key = fuzzy_person(ctx, subject)
        if key is None:
            key = office_holder(ctx, subject)
        mention = ctx.people.mention_at(subject.i)
        if (
            key is None
            and subject.pos_ == "NOUN"
            and lexicon.canonical_title(subject.lower_)
            and subject.lower_ in OFFICE_WORDS
            and not any(c.dep_ == "prep" for c in subject.children)
            and any(c.lower_ in ("the", "this") for c in subject.children)
        ):
            key = salient_untitled(ctx, subject)
        if mention is not None:
            start = mention.start
            if mention.kind == "role":
                # The whole description: "the Brazilian president".
                start = clip_left(doc, min(start, subject.left_edge.i), subject.i)
            span = doc[start : mention.end]
            text, s, e = span.text, span.start_char, span.end_char
        elif subject.lower_ in PRONOUN_WORDS:
            text, s, e = subject.text, subject.idx, subject.idx + len(subject)
        else:
            # The subject's words, without relative clauses that run on after it.
            clauses = {t.i for c in subject.children if c.dep_ == "relcl" for t in c.subtree}
            if cue.head.i == subject.i:
                # Nor the cue the parser hung on it, with what it reports, nor a quote it
                # hung there too: '"...?" the 43-year-old asked', 'a man yelled "..."'.
                clauses.update(t.i for t in cue.subtree)
                clauses.update(t.i for t in subject.subtree if inside(t, ctx.quotes))
                # (And from its own phrase only, past a clause it took: 'When X spoke, a
                # man yelled'.)
                comma = max((t.i for t in subject.lefts if t.text == ","), default=-1)
                clauses.update(t.i for t in subject.subtree if t.i <= comma)
            if subject.i < cue.i and subject.is_ancestor(cue):
                # A misparse that hangs the cue (and the quote before it) on its speaker:
                # '"...," a spokesman for the union states.' Only the words between the
                # quote and the cue name who spoke.
                clauses.update(t.i for t in subject.subtree if t.i >= cue.i)
                opening = max(
                    (t.i for t in subject.subtree if t.i < subject.i and inside(t, ctx.quotes)),
                    default=-1,
                )
                clauses.update(t.i for t in subject.subtree if t.i <= opening)
            tokens = [
                t
                for t in subject.subtree
                if (t.dep_ != "punct" and t.i not in clauses) or t.i == subject.i
            ]
            left = min(t.i for t in tokens)
            right = max(t.i for t in tokens if t.i <= subject.i + 6) + 1
            if key is not None:
                # Up to the name and its title, not an apposition after it (however far
                # the name: 'Chair of the Federal Reserve Board Jane Roe').
                named = [t.i for t in tokens if ctx.people.person_at(t.i) == key]
                right = max(max(named, default=subject.i), subject.i) + 1
            span = doc[clip_left(doc, left, subject.i) : right]
            text, s, e = span.text, span.start_char, span.end_char
    start, end = min(s, cue.idx), max(e, cue.idx + len(cue))
    return Attribution(key, text, cue.text.lower(), start, end)


def skip_back(doc: Doc, i: int) -> int:
    """From token i leftwards past auxiliaries, adverbs and an 'in a statement' phrase, to
    where the name of a speaker would stand: 'Roe has repeatedly said', 'Roe in a letter
    urged'."""
    while i >= 0:
        token = doc[i]
        if token.dep_ in ("aux", "auxpass", "advmod", "neg") and token.pos_ != "PUNCT":
            i -= 1
            continue
        if token.text == ")":
            # A short parenthetical after a name: 'Rep. Jane Roe (D-Ore.) said'.
            opening = next(
                (
                    j
                    for j in range(i - 1, max(-1, i - PARENTHETICAL_WINDOW), -1)
                    if doc[j].text == "("
                ),
                None,
            )
            if opening is not None and opening >= 1:
                i = opening - 1
                continue
        if has_class(token, STATEMENT_NOUN) and i >= 2:
            j = i - 1
            if doc[j].dep_ in ("det", "poss"):
                j -= 1
            if j >= 0 and doc[j].lower_ in ("in", "on", "via"):
                i = j - 1
                continue
        break
    return i


def skip_forward(doc: Doc, i: int) -> int:
    """From token i rightwards past adverbs and auxiliaries: ', has repeatedly said'."""
    while i + 1 < len(doc) and doc[i].dep_ in ("aux", "advmod", "neg") and not doc[i].is_punct:
        i += 1
    return i
