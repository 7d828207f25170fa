"""Who he, she, his and her stand for: the antecedent by salience (subjects of the pronoun's
own clause chain, then of earlier sentences, then others named), among people whose gender
fits, outside quotes, in reading order so that one pronoun can be the antecedent of the next
("Roe said ... He added ... he argued")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from spacy.tokens import Doc, Token

from summitx import lexicon
from summitx.extract import lowers_of, sentence_numbers, sents_of, tokens_of
from summitx.extract.people.model import PRONOUNS, Mention, Person

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Nouns for a person the article leaves unnamed; a pronoun after one points to them.
UNNAMED_PERSON_NOUNS = frozenset(lexicon.load_pattern("people.json")["unnamed_person_nouns"])
# How far back (in sentences that name someone) a pronoun looks for its antecedent.
PRONOUN_SENTENCES = 4


class Antecedents:
    """The antecedent (a person key, or None) of each he/she/his/her of an article. Those
    outside quotes are resolved when this is built, in reading order; a quoted one (asked
    for rarely) is resolved when asked, against them."""

    def __init__(
        self,
        doc: Doc,
        people: Mapping[int, Person],
        mentions: list[Mention],
        owned: Mapping[int, int],
        quoted: frozenset[int],
    ) -> None:
        self.doc, self.people, self.mentions = doc, people, mentions
        self.owned, self.quoted = owned, quoted
        self.pronouns: dict[int, int | None] = {}
        # Each mention's place in its sentence, remembered: every pronoun weighs every
        # earlier mention.
        self.roles: dict[tuple[int, int], tuple[int, bool, int]] = {}
        self._unnamed_subjects: list[int] | None = None
        self._resolved: list[int] = []  # the keys of self.pronouns, in text order
        tokens = tokens_of(doc)
        for i, low in enumerate(lowers_of(doc)):
            if low in PRONOUNS and i not in quoted:
                self.pronouns[i] = self.antecedent(tokens[i])
                self._resolved.append(i)

    def of(self, token: Token) -> int | None:
        if token.i in self.pronouns:
            return self.pronouns[token.i]
        return self.antecedent(token) if token.lower_ in PRONOUNS else None

    def role_in_sentence(self, start: int, end: int) -> tuple[int, bool, int]:
        """(head token, is a subject, depth of its clause below the sentence root) of a
        mention; the head climbs from a name to the title or apposition it belongs to.
        Remembered per span: every pronoun weighs every earlier mention."""
        role = self.roles.get((start, end))
        if role is None:
            role = self.roles[start, end] = self.find_role_in_sentence(start, end)
        return role

    def find_role_in_sentence(self, start: int, end: int) -> tuple[int, bool, int]:
        span = self.doc[start:end]
        node = span.root
        for _ in range(2):
            if node.dep_ in ("appos", "compound", "flat") and node.head.i != node.i:
                node = node.head
        # The owner of the subject counts as one too: "Mr Doe's trip ... is his first".
        subject = node.dep_ in SUBJECT_DEPS or (
            node.dep_ == "poss" and node.head.dep_ in SUBJECT_DEPS and node.pos_ == "PROPN"
        )
        depth = 0
        verb = node.head
        while verb.head.i != verb.i and depth < 10:
            verb = verb.head
            depth += 1
        return node.i, subject, depth

    def antecedent(self, token: Token) -> int | None:
        """The antecedent by salience: a subject of the pronoun's own clause chain, then the
        subjects of earlier sentences (main clause first), then other people named, nearest
        first. Only people whose known gender fits are taken; quotes are skipped."""
        sex = PRONOUNS.get(token.lower_)
        doc = self.doc
        sents, sent_number = sents_of(doc), sentence_numbers(doc)
        current = sents[sent_number[token.i]]
        ancestors = {a.i for a in token.ancestors}
        candidates: list[tuple[int, int, bool, int]] = []  # (token, person, subject, depth)
        for mention in self.mentions:
            if mention.start >= token.i or mention.start < current.start - 300:
                continue
            if mention.start in self.quoted:
                continue
            head, subject, depth = self.role_in_sentence(mention.start, mention.end)
            candidates.append((head, mention.person, subject, depth))
        # The pronouns resolved so far lie in text order: those in the window are a slice.
        resolved = self._resolved
        lo = bisect_left(resolved, current.start - 300)
        for i in resolved[lo : bisect_left(resolved, token.i)]:
            key = self.pronouns[i]
            if key is not None:
                _, subject, depth = self.role_in_sentence(i, i + 1)
                candidates.append((i, key, subject, depth))

        def fits(key: int) -> bool:
            person = self.people.get(key)
            return person is not None and (person.sex is None or person.sex == sex)

        # A subject pronoun cannot be a name in its own clause ("Doe was hurt, he added": he
        # is not Doe).
        commanded = {t.i for t in token.head.subtree} if token.dep_ in SUBJECT_DEPS else set()
        verb = token.head
        if (
            token.dep_ in SUBJECT_DEPS
            and verb.lemma_.lower() in lexicon.speech_cues()
            and verb.dep_ == "parataxis"
        ):
            # "X, he said, had been hurt": a reporting clause set inside what was reported,
            # whose people are talked about, not talking.
            commanded |= {t.i for t in verb.head.subtree}
        reported = reported_region(token)
        if reported:
            # Nor anyone named in what the pronoun's reporting verb reports: "Doe would lead
            # the campaign, he said" is someone else speaking, whoever was named before. (A
            # pronoun there may be the speaker: "He was not forcing anyone, he said".)
            named = {
                m.person
                for m in self.mentions
                if m.start in reported and m.start not in self.quoted
            }
            fits_gender = fits

            def fits(key: int) -> bool:
                return key not in named and fits_gender(key)

        same = [
            c for c in candidates if c[0] >= current.start and fits(c[1]) and c[0] not in commanded
        ]
        # A subject whose verb governs the pronoun: "Doe added that he hopes".
        governing = [c for c in same if c[2] and doc[c[0]].head.i in ancestors]
        if governing:
            return max(governing)[1]
        # The subject of an adverbial clause set before the pronoun's own clause: "Although
        # Doe admitted X, he said Y", "When Doe arrived, he said".
        preposed = preposed_clause_subjects(token, candidates)
        fitting = [c for c in preposed if fits(c[1])]
        if fitting:
            return max(fitting)[1]
        for verb in token.ancestors:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None and subject.i < token.i:
                if self.unnamed_person(subject):
                    return None  # "the spokesman said he ...": someone the article does not name
                break
        ordered: list[int] = []
        by_sent: dict[int, list[tuple[int, int, bool, int]]] = {}
        for c in candidates:
            if c[0] < current.start and fits(c[1]):
                by_sent.setdefault(sent_number[c[0]], []).append(c)
        earlier = sorted(by_sent, reverse=True)[:PRONOUN_SENTENCES]
        nearest = earlier[0] if earlier else -1
        # A sentence whose subject is an unnamed person ("The cardinal will ask ...", "A
        # party spokesman criticised X"), between the pronoun and the nearest sentence that
        # names someone, is what the pronoun most likely points back to.
        unnamed = self.unnamed_subject_sentences()
        first = bisect_left(unnamed, max(nearest, 0))
        if first < len(unnamed) and unnamed[first] < sent_number[token.i]:
            return None
        speaker = last_speaker(token, earlier, by_sent)
        if speaker is not None:
            return speaker
        for n, sent_no in enumerate(earlier):
            group = by_sent[sent_no]
            subjects = sorted((c for c in group if c[2]), key=lambda c: (c[3], c[0]))
            ordered.extend(c[1] for c in subjects)
            if n == 0:
                ordered.extend(c[1] for c in sorted(same, reverse=True))
            ordered.extend(c[1] for c in sorted(group, reverse=True) if not c[2])
        if not earlier:
            ordered.extend(c[1] for c in sorted(same, reverse=True))
        return ordered[0] if ordered else None

    def unnamed_subject_sentences(self) -> list[int]:
        """The numbers of the sentences whose main subject is an unnamed person, found once:
        every pronoun looks back over them."""
        if self._unnamed_subjects is None:
            found = []
            for n, sent in enumerate(sents_of(self.doc)):
                subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and self.unnamed_person(subject):
                    found.append(n)
            self._unnamed_subjects = found
        return self._unnamed_subjects

    def unnamed_person(self, token: Token) -> bool:
        """A singular definite description of someone the article does not name or resolve:
        'the cardinal', 'the spokesman', 'a senior official', 'Doe's spokesman'."""
        if token.tag_ not in ("NN", "NNP") or token.i in self.owned:
            return False
        if token.i in self.quoted:
            return False
        # Not an office ("the Tory leader"): that usually names someone already named.
        # ('Doe's spokesman', 'his aide': a possessive makes the description definite too.)
        return token.lower_ in UNNAMED_PERSON_NOUNS and any(
            c.dep_ in ("det", "poss") for c in token.children
        )


def last_speaker(
    token: Token, earlier: list[int], by_sent: dict[int, list[tuple[int, int, bool, int]]]
) -> int | None:
    """For the subject of a reporting verb ('..., he said'), when the nearest sentence before
    that names someone names no subject ('They could picture Doe or Roe'), the person who
    last spoke in the sentences before (the subject of a reporting verb): who goes on
    speaking, rather than someone talked about."""
    verb = token.head
    cues = lexicon.speech_cues()
    if token.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in cues or not earlier:
        return None
    if any(c[2] for c in by_sent[earlier[0]]):
        return None
    doc = token.doc
    for sent_no in earlier[1:]:
        speakers = [c for c in by_sent[sent_no] if c[2] and doc[c[0]].head.lemma_.lower() in cues]
        if speakers:
            return max(speakers)[1]
    return None


def reported_region(token: Token) -> set[int]:
    """The tokens of what a subject pronoun's reporting verb reports: its clausal complements,
    or the clause it is set inside ("X, he said, had been hurt")."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in lexicon.speech_cues():
        return set()
    region = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    if verb.dep_ == "parataxis":
        region |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    return region


def preposed_clause_subjects(
    token: Token, candidates: list[tuple[int, int, bool, int]]
) -> list[tuple[int, int, bool, int]]:
    """The candidates that are subjects of an adverbial clause of the verb the subject
    pronoun `token` hangs on, the clause standing wholly before the pronoun."""
    if token.dep_ not in SUBJECT_DEPS:
        return []
    doc = token.doc
    clauses = {c.i for c in token.head.children if c.dep_ == "advcl" and c.right_edge.i < token.i}
    return [c for c in candidates if c[2] and doc[c[0]].head.i in clauses]
