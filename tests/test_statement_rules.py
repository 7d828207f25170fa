"""Attribution rules beyond 'said', each in several forms, with the exact statements expected.

Every case is an invented article; the expected list holds every statement extracted from it
as (speaker name or None, direct, quote, rule), so a rule that over-fires fails too.
"""

from __future__ import annotations

import pytest

INTRO = "Canadian Prime Minister Elena Marsh met Chilean President Tomas Ruiz in Ottawa on Monday. "

COMPLEMENT_CUES = [
    # A cue that names what it reports (call, describe, refer to ... as, label, thank ... for)
    # governs a quote in its complement, not only one right beside it.
    (
        'Marsh called the proposal "a dead end".',
        [("Elena Marsh", True, "a dead end", "cue_governing")],
    ),
    (
        "Ruiz described the talks as “frank and useful.”",
        [("Tomas Ruiz", True, "frank and useful.", "cue_governing")],
    ),
    (
        "Marsh referred to the treaty as 'a living document' after the meeting.",
        [("Elena Marsh", True, "a living document", "cue_governing")],
    ),
    (
        'Ruiz has repeatedly labelled the plan "reckless".',
        [("Tomas Ruiz", True, "reckless", "cue_governing")],
    ),
    (
        "Ruiz thanked his hosts for “a warm welcome”.",
        [("Tomas Ruiz", True, "a warm welcome", "cue_governing")],
    ),
    # 'cite' reports the words it names, also as a participle beside the speaker's name.
    (
        'Marsh, citing "grave concerns," said the vote would wait.',
        [
            ("Elena Marsh", True, "grave concerns,", "cue_before"),
            ("Elena Marsh", False, "the vote would wait", "reported_clause"),
        ],
    ),
    (
        "Ruiz cited “a lack of trust” as the reason for the delay.",
        [("Tomas Ruiz", True, "a lack of trust", "cue_before")],
    ),
    (
        'Marsh has repeatedly cited "the cost of doing nothing" in her speeches.',
        [("Elena Marsh", True, "the cost of doing nothing", "cue_before")],
    ),
]

MANNER_VERBS = [
    # Verbs of the manner of speaking are reporting cues like "said".
    (
        '"We will not retreat," Marsh shouted.',
        [("Elena Marsh", True, "We will not retreat,", "cue_after")],
    ),
    ('"Only on Tuesdays," quipped Ruiz.', [("Tomas Ruiz", True, "Only on Tuesdays,", "cue_after")]),
    (
        'Ruiz interjected: "That is not true."',
        [("Tomas Ruiz", True, "That is not true.", "cue_before")],
    ),
    ("“Never,” she exclaimed.", [("Elena Marsh", True, "Never,", "cue_after")]),
    # Manner verbs that report speech only right beside a quote (beamed, boomed, barked).
    (
        "“This is wonderful!” beamed Ruiz.",
        [("Tomas Ruiz", True, "This is wonderful!", "cue_after")],
    ),
    (
        "Ruiz leaned in and boomed: “Let us finish the job.”",
        [("Tomas Ruiz", True, "Let us finish the job.", "cue_before")],
    ),
    ('"Sit down," Marsh barked.', [("Elena Marsh", True, "Sit down,", "cue_after")]),
    (
        'Ruiz beamed at the crowd after the speech. "It was long."',
        [(None, True, "It was long.", None)],
    ),
]

PHRASAL_CUES = [
    # A verb with its particle (went on, shot back, fired back, chimed in) introduces a quote
    # right beside it, but not when an infinitive follows: 'went on to win' is something done.
    (
        "“You know, it works, right?” Ruiz went on, as if he had not heard her.",
        [("Tomas Ruiz", True, "You know, it works, right?", "cue_after")],
    ),
    (
        "Asked about the tariffs, Marsh shot back: “Ask the farmers.”",
        [("Elena Marsh", True, "Ask the farmers.", "cue_before")],
    ),
    ('"Not today," Ruiz fired back.', [("Tomas Ruiz", True, "Not today,", "cue_after")]),
    (
        "'And the ports too,' she chimed in.",
        [("Elena Marsh", True, "And the ports too,", "cue_after")],
    ),
    (
        '"It was close," Ruiz said. He went on to win the vote, calling it "a relief".',
        [
            ("Tomas Ruiz", True, "It was close,", "cue_after"),
            ("Tomas Ruiz", True, "a relief", "cue_governing"),
        ],
    ),
    ('Ruiz went on a tour of the port. "It was long."', [(None, True, "It was long.", None)]),
]

ASPECTUAL_CUES = [
    # 'continue' alone is a cue; with a verb complementing it, it tells what goes on, and the
    # reporting verb above it speaks.
    (
        "Marsh said she was sure Ruiz would continue to be “a friend of the north.”",
        [("Elena Marsh", True, "a friend of the north.", "cue_governing")],
    ),
    ('"We are close," Ruiz continued.', [("Tomas Ruiz", True, "We are close,", "cue_after")]),
    (
        'Ruiz continued, "The ports are open."',
        [("Tomas Ruiz", True, "The ports are open.", "cue_before")],
    ),
    (
        'Ruiz continues to call the plan "a gift".',
        [("Tomas Ruiz", True, "a gift", "cue_governing")],
    ),
]

BARE_CUE_SENTENCE = [
    # A quote closed with a full stop, then a sentence of nothing but a speaker and a cue: the
    # stop stands for the comma.
    ("“We are ready.” Ruiz said.", [("Tomas Ruiz", True, "We are ready.", "cue_after")]),
    ('"Trade is vital." said Marsh.', [("Elena Marsh", True, "Trade is vital.", "cue_after")]),
    (
        "“The ports are open.” The prime minister added.",
        [("Elena Marsh", True, "The ports are open.", "cue_after")],
    ),
    (
        '"We are ready." Ruiz said. "The ports are open."',
        [
            ("Tomas Ruiz", True, "We are ready.", "cue_after"),
            ("Tomas Ruiz", True, "The ports are open.", "previous_speech"),
        ],
    ),
    # A sentence that says more, or has no cue, names no speaker of the quote before it.
    (
        "“We are ready.” Ruiz said the ports were open.",
        [
            (None, True, "We are ready.", None),
            ("Tomas Ruiz", False, "the ports were open", "reported_clause"),
        ],
    ),
    ('"We are ready." Ruiz left.', [(None, True, "We are ready.", None)]),
    ("“We are ready.” She smiled.", [(None, True, "We are ready.", None)]),
]

GLUED_QUOTES = [
    # A quotation mark typed without a space after the cue's punctuation is split off by
    # the tokenizer, so the cue is a word of its own.
    (
        "Ruiz said,“Look, the tariffs must go.”",
        [("Tomas Ruiz", True, "Look, the tariffs must go.", "cue_before")],
    ),
    (
        'Marsh told reporters:"We are ready."',
        [("Elena Marsh", True, "We are ready.", "cue_before")],
    ),
    ("“We are ready,”Marsh said.", [("Elena Marsh", True, "We are ready,", "cue_after")]),
    (
        "She praised the deal—“the best in a decade”—and left.",
        [("Elena Marsh", True, "the best in a decade", "cue_governing")],
    ),
    # Mixed up marks: the wrong-way closing mark still ends the quote before its cue.
    (
        "“It is unusual,“ said Ivo Brandt, a lawyer. “It is hard.”",
        [
            ("Ivo Brandt", True, "It is unusual,", "cue_after"),
            ("Ivo Brandt", True, "It is hard.", "previous_speech"),
        ],
    ),
    (
        "''The reason is simple: trade, '' said Ivo Brandt. ''He works.''",
        [
            ("Ivo Brandt", True, "The reason is simple: trade,", "cue_after"),
            ("Ivo Brandt", True, "He works.", "previous_speech"),
        ],
    ),
]

CLAUSE_SUBJECT = [
    # A quoted fragment in a clause whose subject is a person, under no reporting verb.
    (
        'Marsh pushed her promise of "cheaper trains" during the visit.',
        [("Elena Marsh", True, "cheaper trains", "clause_subject")],
    ),
    (
        "Ruiz will champion “a fairer tariff regime” at the next summit.",
        [("Tomas Ruiz", True, "a fairer tariff regime", "clause_subject")],
    ),
    # A clause that is what a person thinks, expects or makes clear is that person's, however
    # deep the quote sits in it.
    (
        'Ruiz has made clear that he expects the Marsh camp to unleash its "attack dogs" on him.',
        [("Tomas Ruiz", True, "attack dogs", "clause_subject")],
    ),
    (
        "Ruiz worried that the safety net was becoming “a hammock for the idle.”",
        [("Tomas Ruiz", True, "a hammock for the idle.", "clause_subject")],
    ),
    (
        "Marsh feared the new tariff would leave the ports 'empty by spring'.",
        [("Elena Marsh", True, "empty by spring", "clause_subject")],
    ),
    # A copula (be, have) whose clause completes a verb of a person is that person's; a
    # copula at the top of its sentence names no one who speaks, whoever its subject is.
    (
        'Marsh thought a local judge was biased and "hostile" to her government.',
        [("Elena Marsh", True, "hostile", "clause_subject")],
    ),
    (
        "Ruiz hinted that the new tariff is “a trap” for farmers.",
        [("Tomas Ruiz", True, "a trap", "clause_subject")],
    ),
    (
        "Marsh suspects the levy has 'a hidden cost' for exporters.",
        [("Elena Marsh", True, "a hidden cost", "clause_subject")],
    ),
    ("Ruiz is “a realist” on trade.", [(None, True, "a realist", None)]),
    ('The tariff is "a trap" for farmers.', [(None, True, "a trap", None)]),
    ('Ruiz did not think the judge was "hostile" to anyone.', [(None, True, "hostile", None)]),
    # An aspectual verb (continue) with a verb completing it reports nothing: the clause is
    # what its subject goes on doing.
    (
        'Marsh continued to portray "reckless" bankers as thieves.',
        [("Elena Marsh", True, "reckless", "clause_subject")],
    ),
    (
        "Ruiz will continue to champion “a fairer tariff” abroad.",
        [("Tomas Ruiz", True, "a fairer tariff", "clause_subject")],
    ),
    # An adverbial clause before its verb takes that verb's subject, though the subject
    # comes after the quote.
    (
        'Marsh sees similar benefits. But while attacking the "folly" of tax havens to '
        "campaign crowds, she has not outlined a plan.",
        [("Elena Marsh", True, "folly", "clause_subject")],
    ),
    (
        "While touring the “model farm” near the border, Ruiz met local growers.",
        [("Tomas Ruiz", True, "model farm", "clause_subject")],
    ),
    (
        'Before the vote on the "fair ports" bill, Ruiz met Marsh.',
        [(None, True, "fair ports", None)],
    ),
    ("Hailing the “historic” accord, the delegates left Ottawa.", [(None, True, "historic", None)]),
    # Not a person: the quote keeps no speaker.
    ('The two delegations ended the day in a "stalemate".', [(None, True, "stalemate", None)]),
    ('Observers think the levy is "a trap" for exporters.', [(None, True, "a trap", None)]),
    (
        'Observers doubt that the new tariff will leave the ports "empty by spring".',
        [(None, True, "empty by spring", None)],
    ),
    # A name in quotation marks is no one's speech.
    (
        'Marsh later visited the "Blue Harbour Club" with her staff.',
        [(None, True, "Blue Harbour Club", None)],
    ),
]

COLON_LINES = [
    # A name, or a clause with a person as its subject, closing the words before a colon.
    (
        'Pollster Ivo Brandt: "The race is open."',
        [("Ivo Brandt", True, "The race is open.", "colon_paragraph")],
    ),
    (
        'Ivo Brandt, The Evening Ledger: "Voters are tired."',
        [("Ivo Brandt", True, "Voters are tired.", "colon_paragraph")],
    ),
    (
        'Here is Marsh on Tuesday: "Ottawa will not wait."',
        [("Elena Marsh", True, "Ottawa will not wait.", "colon_paragraph")],
    ),
    (
        'Ruiz put it bluntly: "Nobody wins a trade war."',
        # ('put it' is a cue of its own now: the colon rule is not needed.)
        [("Tomas Ruiz", True, "Nobody wins a trade war.", "cue_before")],
    ),
    # The paragraph before ends with the colon; the quote is a paragraph of its own.
    (
        'Marsh wrote:\n\n"We will keep talking."',
        [("Elena Marsh", True, "We will keep talking.", "colon_paragraph")],
    ),
    (
        "\n\nRuiz released the following statement:\n\n“Chile stands ready.”",
        [("Tomas Ruiz", True, "Chile stands ready.", "colon_paragraph")],
    ),
    # A copula clause with a person as its subject closes the words before the colon.
    (
        "Ruiz was blunt in his reply: “Chile will not sign.”",
        [("Tomas Ruiz", True, "Chile will not sign.", "colon_paragraph")],
    ),
    (
        "Marsh had been firm all week: 'The border stays open.'",
        [("Elena Marsh", True, "The border stays open.", "colon_paragraph")],
    ),
    # A clause before the colon whose main verb is not the last verb before it: the
    # subject of its head (the parser may hang it on the quote's verb).
    (
        'In a long interview, Marsh dwelt on how many mills the floods had closed: "Whole '
        'towns lost their work."',
        [("Elena Marsh", True, "Whole towns lost their work.", "colon_paragraph")],
    ),
    # A clause with no person before the colon: only a subject that speaks, not a day or
    # a result, is the source.
    (
        'The day began badly: "We lost the first vote."',
        [(None, True, "We lost the first vote.", None)],
    ),
    (
        'The outcome was plain: "Nobody trusts the board."',
        [(None, True, "Nobody trusts the board.", None)],
    ),
]

# The 'that' or 'which' of a relative clause on a noun for what a statement is made in
# (statement, email, ad, resolution) stands for the statement: its issuer speaks.
RELATIVE_STATEMENTS = [
    (
        'Ruiz released a new ad that urges voters to "send a message" to the mines.',
        [("Tomas Ruiz", True, "send a message", "cue_governing")],
    ),
    (
        "Marsh issued a statement which accused Chile of “a reckless gamble.”",
        [("Elena Marsh", True, "a reckless gamble.", "cue_governing")],
    ),
    (
        "On Tuesday Ruiz sent out an email that called the tariff 'a tax on families.'",
        [("Tomas Ruiz", True, "a tax on families.", "cue_governing")],
    ),
]

# The object of a causative verb ('led X to declare', 'prompted X to call') speaks by the
# reporting infinitive under it; an appeal ('urged X to say') stays the subject's.
CAUSATIVE_OBJECTS = [
    (
        'Marsh prompted Ruiz to call the plan "a victory for common sense."',
        [("Tomas Ruiz", True, "a victory for common sense.", "cue_governing")],
    ),
    (
        "Marsh finally forced Ruiz to admit the talks were 'in trouble.'",
        [("Tomas Ruiz", True, "in trouble.", "cue_governing")],
    ),
    (
        "The vote in Santiago has led Ruiz to declare that the pact is “finished.”",
        [("Tomas Ruiz", True, "finished.", "cue_governing")],
    ),
    (
        'Marsh urged Ruiz to say "yes" to the deal.',
        [("Elena Marsh", True, "yes", "cue_before")],
    ),
]


# 'in X's words' and 'in the words of X' give the quote to X; 'in X's view' is no words.
WORDS_PHRASES = [
    (
        'The summit was held in Lima because, in Ruiz\'s words, "no city works harder."',
        [("Tomas Ruiz", True, "no city works harder.", "words_phrase")],
    ),
    (
        "In the words of Marsh, “the border is a bridge, not a wall.”",
        [("Elena Marsh", True, "the border is a bridge, not a wall.", "words_phrase")],
    ),
    (
        "The deal, in Marsh’s own words, is ‘a fresh start.’",
        [("Elena Marsh", True, "a fresh start.", "words_phrase")],
    ),
    ('In Marsh\'s view, the deal is "a fresh start."', [(None, True, "a fresh start.", None)]),
]

# The subject of the clause before a colon that is no person of the article but speaks as
# one (an institution, an office, a person noun): its words are the speaker_text.
COLON_SOURCES = [
    ('The tribunal was blunt in its ruling: "The claim has no basis."', "The tribunal"),
    (
        "In its annual review, the ministry sets out what the cuts have cost: “Every region "
        "lost staff.”",
        "the ministry",
    ),
    ("The senator made her case on the radio on Friday: 'We will not back down.'", "The senator"),
    ('A spokesman was brief: "There is no deal yet."', "A spokesman"),
]

NESTED_QUOTES = [
    # A quote in the other family of marks inside a quote (curly in straight, straight in
    # curly) is part of the outer quote's speech: the outer quote is whole, and the inner
    # one is a statement of the same speaker.
    (
        '"The plan is not “a gift” to anyone," Marsh said.',
        [
            ("Elena Marsh", True, "The plan is not “a gift” to anyone,", "cue_after"),
            ("Elena Marsh", True, "a gift", "nested_quote"),
        ],
    ),
    (
        '“Chile will not accept "business as usual" at the ports,” Ruiz told reporters.',
        [
            (
                "Tomas Ruiz",
                True,
                'Chile will not accept "business as usual" at the ports,',
                "cue_after",
            ),
            ("Tomas Ruiz", True, "business as usual", "nested_quote"),
        ],
    ),
    (
        'Marsh wrote:\n\n"We reject the “so-called reform” outright.\n\n'
        '"The next step is “a full review” of the ports."',
        [
            ("Elena Marsh", True, "We reject the “so-called reform” outright.", "colon_paragraph"),
            ("Elena Marsh", True, "so-called reform", "nested_quote"),
            (
                "Elena Marsh",
                True,
                "The next step is “a full review” of the ports.",
                "continued_quote",
            ),
            ("Elena Marsh", True, "a full review", "nested_quote"),
        ],
    ),
    # An outer quote that reports another speaker in the inner quote's sentence (an excerpt
    # of someone's account) gives the inner quote to the person its reporting verb has as
    # subject inside the outer quote, or to no one: the words are not the outer speaker's.
    (
        'Marsh wrote: "Ruiz called the plan “a trap” at the start. The room fell silent."',
        [
            (
                "Elena Marsh",
                True,
                "Ruiz called the plan “a trap” at the start. The room fell silent.",
                "cue_before",
            ),
            ("Tomas Ruiz", True, "a trap", "cue_in_sentence"),
        ],
    ),
    (
        'Marsh wrote: "At the start, Ruiz told the delegates, “We will not sign.” The room '
        'fell silent."',
        [
            (
                "Elena Marsh",
                True,
                "At the start, Ruiz told the delegates, “We will not sign.” The room fell silent.",
                "cue_before",
            ),
            ("Tomas Ruiz", True, "We will not sign.", "cue_in_sentence"),
        ],
    ),
    (
        'Marsh wrote: "Ruiz told the delegates “we will not sign” and left."',
        [
            (
                "Elena Marsh",
                True,
                "Ruiz told the delegates “we will not sign” and left.",
                "cue_before",
            ),
            ("Tomas Ruiz", True, "we will not sign", "cue_in_sentence"),
        ],
    ),
    (
        'Marsh wrote: "He told the delegates “we will not sign” and left."',
        [
            (
                "Elena Marsh",
                True,
                "He told the delegates “we will not sign” and left.",
                "cue_before",
            ),
            (None, True, "we will not sign", None),
        ],
    ),
    pytest.param(
        'Marsh wrote: "Ruiz cut in, saying “Not now.” The room fell silent."',
        [
            (
                "Elena Marsh",
                True,
                "Ruiz cut in, saying “Not now.” The room fell silent.",
                "cue_before",
            ),
            ("Tomas Ruiz", True, "Not now.", "cue_in_sentence"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser hangs the participle inside the quote on 'wrote' outside it, so "
            "its subject is the outer speaker and the inner quote gets no one; only a rule "
            "for this one parse would reach the name",
        ),
    ),
    # A past participle modifying a text ('Written "..."') reports no one.
    (
        'Marsh wrote: "Written “at a time of crisis,” the charter is a short summary of the '
        "party's aims.\"",
        [
            (
                "Elena Marsh",
                True,
                "Written “at a time of crisis,” the charter is a short summary of the "
                "party's aims.",
                "cue_before",
            ),
            ("Elena Marsh", True, "at a time of crisis,", "nested_quote"),
        ],
    ),
    # An outer quote with no speaker gives its inner quote none.
    (
        'The note was plain: "We will not be “bullied” into a deal."',
        [
            (None, True, "We will not be “bullied” into a deal.", None),
            (None, True, "bullied", None),
        ],
    ),
]

TITLES = [
    # Titles of shows, films and books in quotation marks are not speech.
    (
        "Speaking on the network’s “Morning Round Table,” Marsh said the talks had gone well.",
        [
            (None, True, "Morning Round Table,", None),
            ("Elena Marsh", False, "the talks had gone well", "reported_clause"),
        ],
    ),
    (
        'Ruiz, star of the film "Long Road Home," praised the host city.',
        [(None, True, "Long Road Home,", None)],
    ),
    # After 'with' ('an interview with "..."') and, for one word, after the possessive of
    # an acronym ('CBC's "Tonight"'): a show, though a cue governs it.
    (
        'In an interview with "Face the Country," Ruiz said the tariff would stay.',
        [
            (None, True, "Face the Country,", None),
            ("Tomas Ruiz", False, "the tariff would stay", "reported_clause"),
        ],
    ),
    (
        "Marsh told CBC’s “Tonight” on Monday that the border would stay open.",
        [
            (None, True, "Tonight", None),
            ("Elena Marsh", False, "the border would stay open", "reported_clause"),
        ],
    ),
    # The possessive of a common noun leaves one capitalised word to the cue.
    (
        'Marsh told the network\'s "Tonight" that she would stay.',
        [
            ("Elena Marsh", True, "Tonight", "cue_governing"),
            ("Elena Marsh", False, "she would stay", "reported_clause"),
        ],
    ),
]

CONTINUATION = [
    # A quote opening the sentence after a cue goes on with it, whatever space parts them.
    (
        '"We sue," she said.\xa0"Everyone sues."',
        [
            ("Elena Marsh", True, "We sue,", "cue_after"),
            ("Elena Marsh", True, "Everyone sues.", "previous_speech"),
        ],
    ),
    (
        '"We sue," she said. "Everyone sues."',
        [
            ("Elena Marsh", True, "We sue,", "cue_after"),
            ("Elena Marsh", True, "Everyone sues.", "previous_speech"),
        ],
    ),
]

PARAGRAPH_SUBJECT = [
    # A paragraph that is one cue-less quote goes to the named person (or he/she) who is the
    # subject of the last sentence of the paragraph before, when that paragraph quotes no one;
    # an institution that issued a statement there speaks the quote too (its speaker_text).
    (
        "The Chilean ministry issued a statement after the vote.\n\n“This is a dark day for "
        "the mines.”",
        [(None, True, "This is a dark day for the mines.", "paragraph_subject")],
    ),
    (
        "The party put out a video on Tuesday thanking its voters.\n\n'We owe you everything.'",
        [(None, True, "We owe you everything.", "paragraph_subject")],
    ),
    (
        "The ministry held a briefing after the vote.\n\n“This is a dark day for the mines.”",
        [(None, True, "This is a dark day for the mines.", None)],
    ),
    (
        'Ruiz praised the new rail link and the work of its builders.\n\n"We need more bridges '
        'like this one."',
        [("Tomas Ruiz", True, "We need more bridges like this one.", "paragraph_subject")],
    ),
    (
        "Marsh is hopeful about the vote because she sees Ruiz as a partner.\n\n“The vote is "
        "ours to win.”\n\n“Nobody doubts it.”",
        [
            ("Elena Marsh", True, "The vote is ours to win.", "paragraph_subject"),
            ("Elena Marsh", True, "Nobody doubts it.", "previous_speech"),
        ],
    ),
    (
        "The talks ran late. She will travel home on Friday.\n\n'We have done our part.'",
        [("Elena Marsh", True, "We have done our part.", "paragraph_subject")],
    ),
    # No person as the subject, a group, a negated verb: the quote keeps no speaker.
    (
        'The talks ran late.\n\n"We need more bridges."',
        [(None, True, "We need more bridges.", None)],
    ),
    (
        'They praised the new rail link.\n\n"We need more bridges."',
        [(None, True, "We need more bridges.", None)],
    ),
    (
        'Ruiz did not praise the link.\n\n"We need more bridges."',
        [(None, True, "We need more bridges.", None)],
    ),
    # A quote with words of the paragraph around it is not a paragraph of its own.
    (
        'Ruiz praised the new rail link.\n\n"Bridges first" became the slogan of the day.',
        [(None, True, "Bridges first", None)],
    ),
    # A cue of its own outranks the paragraph before.
    (
        'Ruiz praised the new rail link.\n\n"We need more bridges," Marsh replied.',
        [("Elena Marsh", True, "We need more bridges,", "cue_after")],
    ),
]

CONTRAST_AFTER_QUOTE = [
    # A cue after a quote in a contrasting clause ('while', 'though', 'whereas') reports that
    # clause, not the quote before it.
    (
        "Marsh refers to her guest as “Mr. Ruiz,” while Ruiz calls the prime minister “Elena.”",
        [
            ("Elena Marsh", True, "Mr. Ruiz,", "cue_governing"),
            ("Tomas Ruiz", True, "Elena.", "cue_governing"),
        ],
    ),
    (
        "Most voters in both countries say the plan is “about right,” though farmers are likely "
        "to say it goes too far.",
        [(None, True, "about right,", "cue_governing")],
    ),
    (
        'Ruiz called the offer "generous," whereas Marsh said it was late.',
        [
            ("Tomas Ruiz", True, "generous,", "cue_governing"),
            ("Elena Marsh", False, "it was late", "reported_clause"),
        ],
    ),
]

PARTICIPLE_CUES = [
    # A participle cue after a quote in someone's reported speech is still theirs, though the
    # parser hangs it on the reported clause's verb.
    (
        'Marsh said the process of drafting the budget could be "messy," adding, "Democracy is '
        'messy."',
        [
            ("Elena Marsh", True, "messy,", "cue_after"),
            ("Elena Marsh", True, "Democracy is messy.", "cue_before"),
        ],
    ),
    (
        'Marsh told reporters that Tomas Ruiz "had a reckless policy of tariffs which was '
        'harmful," adding, "He lost all of the farm vote."',
        [
            (
                "Elena Marsh",
                True,
                "had a reckless policy of tariffs which was harmful,",
                "cue_after",
            ),
            ("Elena Marsh", True, "He lost all of the farm vote.", "cue_before"),
        ],
    ),
    # A participle the parser takes for an object of the verb before it ('addressed the
    # students saying', 'saying' a second dobj) has that verb's subject.
    (
        'Earlier that day Ruiz opened the forum saying, "a good neighbour is a lasting gift".',
        [("Tomas Ruiz", True, "a good neighbour is a lasting gift", "cue_before")],
    ),
    (
        'Ruiz left the hall saying "the talks went well".',
        [("Tomas Ruiz", True, "the talks went well", "cue_before")],
    ),
    (
        'Marsh ended the meeting, saying: "Our door stays open."',
        [("Elena Marsh", True, "Our door stays open.", "cue_before")],
    ),
    pytest.param(
        'Later, Marsh greeted the crowd saying, "we are ready for the hard work".',
        [("Elena Marsh", True, "we are ready for the hard work", "cue_before")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser makes 'the crowd' the subject of 'saying', so the quote is the "
            "crowd's; only a rule against this one parse would give it to Marsh",
        ),
    ),
]

STATEMENT_PHRASES = [
    # A name before 'in a statement' (or after auxiliaries and adverbs) is the cue's speaker
    # when the parse gave the cue no subject.
    (
        "\n\nCanada says trade to soar\n\nElena Marsh has repeatedly predicted the government "
        'will give "billions of dollars" to farmers.',
        [
            ("Elena Marsh", True, "billions of dollars", "cue_governing"),
            (
                "Elena Marsh",
                False,
                'the government will give "billions of dollars" to farmers',
                "reported_clause",
            ),
        ],
    ),
    (
        'Ruiz in a statement urged the government to "stop the tariffs now."',
        [("Tomas Ruiz", True, "stop the tariffs now.", "cue_governing")],
    ),
    (
        "\n\nExpressing his deep concerns about the signing of the deal, former Chilean President "
        'Tomas Ruiz in a statement called on the government to "immediately cancel" the deal.',
        [("Tomas Ruiz", True, "immediately cancel", "statement_phrase")],
    ),
    (
        "Marsh, in a letter, called for “a fresh start”.",
        [("Elena Marsh", True, "a fresh start", "cue_governing")],
    ),
]

QUOTE_SHAPES = [
    # A quote left open inside a paragraph lacks its closing mark: it is not the start of the
    # speech named after the next quote.
    (
        '"Canada welcomes the talks," said Ivo Brandt, a spokesman for the ministry. "We have '
        'said as much to our partners. Marsh was careful not to close the door. "Trade is vital," '
        "Marsh said.",
        [
            ("Ivo Brandt", True, "Canada welcomes the talks,", "cue_after"),
            (
                "Ivo Brandt",
                True,
                "We have said as much to our partners. Marsh was careful not to close the door.",
                "previous_speech",
            ),
            ("Elena Marsh", True, "Trade is vital,", "cue_after"),
        ],
    ),
    # A quoted subheading is no one's speech, whatever was said before it.
    (
        "\"We are asking for help,\" Marsh added.\n\n'Floating homes'\n\nRuiz spoke later.",
        [
            ("Elena Marsh", True, "We are asking for help,", "cue_after"),
            (None, True, "Floating homes", None),
        ],
    ),
    # A straight opening mark set off by spaces.
    (
        'Marsh told Ruiz that his plan was " a worrying issue for the region". Ruiz said nothing.',
        [("Elena Marsh", True, "a worrying issue for the region", "cue_governing")],
    ),
    # A parse run over a paragraph break gives the cue two subjects: the nearer one speaks.
    (
        "\n\n– Ivo Brandt, Ottawa editor\n\nEarlier, Ruiz addressed the university saying, "
        '"to be in Canada is to be among friends".',
        [("Tomas Ruiz", True, "to be in Canada is to be among friends", "cue_before")],
    ),
]

NOT_SPEECH = [
    # Words inside the cue's own subject describe the speaker; the cue reports other words.
    (
        'Ruiz, whose new book features "rebellious" people, said the talks went well.',
        [
            (None, True, "rebellious", None),
            ("Tomas Ruiz", False, "the talks went well", "reported_clause"),
        ],
    ),
    # Values in markup are no quotations.
    ('\n\n<post id="77" author="@ruiz">Trade talks went well.</post>', []),
]

REPORTED_WITH_QUOTES = [
    # A reported clause quoting a phrase of what was said is reported speech as well as the
    # quoted phrase; a clause that is mostly quotation is only the direct quote.
    (
        'Ruiz said Canada would be a "faithful ally" of Chile as it re-entered the world market.',
        [
            ("Tomas Ruiz", True, "faithful ally", "cue_governing"),
            (
                "Tomas Ruiz",
                False,
                'Canada would be a "faithful ally" of Chile as it re-entered the world market',
                "reported_clause",
            ),
        ],
    ),
    (
        "Marsh insisted that the deal was “a first step” toward lower tariffs for farmers in "
        "both countries.",
        [
            ("Elena Marsh", True, "a first step", "cue_governing"),
            (
                "Elena Marsh",
                False,
                "the deal was “a first step” toward lower tariffs for farmers in both countries",
                "reported_clause",
            ),
        ],
    ),
    (
        'Marsh said the tariff was "set in stone".',
        [("Elena Marsh", True, "set in stone", "cue_governing")],
    ),
]

APPEALS = [
    # An appeal is reported with its verb: 'called for ...', 'called on Y to ...'.
    (
        "Marsh called for deeper cooperation between Canada and Chile.",
        [
            (
                "Elena Marsh",
                False,
                "called for deeper cooperation between Canada and Chile",
                "reported_clause",
            )
        ],
    ),
    (
        "Ruiz has called on the European Union to recognise the steps taken by Chile.",
        [
            (
                "Tomas Ruiz",
                False,
                "called on the European Union to recognise the steps taken by Chile",
                "reported_clause",
            )
        ],
    ),
    # Calling on someone at a place is a visit, not an appeal.
    ("Ruiz called on Marsh at her office on Tuesday.", []),
]

PREPOSITION_PARTICIPLES = [
    # A participle cue under a preposition ('by saying', 'before warning', 'after praising')
    # takes the subject of the verb the preposition hangs on.
    (
        "Marsh replied by saying Chile must take care “not to meddle” in the vote.",
        [
            ("Elena Marsh", True, "not to meddle", "cue_governing"),
            (
                "Elena Marsh",
                False,
                "Chile must take care “not to meddle” in the vote",
                "reported_clause",
            ),
        ],
    ),
    (
        'Ruiz began by calling the tariff "a mistake".',
        [("Tomas Ruiz", True, "a mistake", "cue_governing")],
    ),
    (
        'Ruiz closed his speech by saying "Enough is enough."',
        [("Tomas Ruiz", True, "Enough is enough.", "cue_before")],
    ),
    (
        'Marsh said the vote had "made the border safer" before warning that the tariffs were "a '
        'danger to farmers."',
        [
            ("Elena Marsh", True, "made the border safer", "cue_governing"),
            ("Elena Marsh", True, "a danger to farmers.", "cue_governing"),
        ],
    ),
    (
        'After praising the plan as "a good start," Ruiz left the room.',
        [("Tomas Ruiz", True, "a good start,", "cue_governing")],
    ),
]

SPOKEN_NAMES = [
    # A naming verb that is a reporting cue with a subject of its own gives that subject's
    # words ('X called it "..."', 'what X called "..."'); a participle or passive one names.
    (
        "Chile's trade has grown fast. Marsh called it ''remarkable.''",
        [("Elena Marsh", True, "remarkable.", "cue_governing")],
    ),
    (
        'Under what Ruiz called "the old model," the port charged a fee.',
        [("Tomas Ruiz", True, "the old model,", "cue_before")],
    ),
    (
        'Marsh has dubbed them "the three amigos".',
        [("Elena Marsh", True, "the three amigos", "cue_governing")],
    ),
    (
        'She joined a group called "Friends of the Coast" last year.',
        [(None, True, "Friends of the Coast", None)],
    ),
    (
        'The plan, known as "Fresh Start," was launched in May.',
        [(None, True, "Fresh Start,", None)],
    ),
]

APPOSITION_AFTER_QUOTE = [
    # A person named right after the quote, then an apposition set off by commas however
    # long, then the cue.
    (
        '"This is over," Marsh, the leader of the party since 2015 and the head of its caucus in '
        "the north, said on Monday.",
        [("Elena Marsh", True, "This is over,", "cue_after")],
    ),
    (
        "“We are grateful, and we will pay it back!” Ruiz, a former trade minister, tweeted on "
        "Friday.",
        [("Tomas Ruiz", True, "We are grateful, and we will pay it back!", "cue_after")],
    ),
    (
        '"It is over," Marsh, who spoke after a long meeting with the unions, later told '
        "reporters.",
        [("Elena Marsh", True, "It is over,", "cue_after")],
    ),
    # A quote ending with a quote inside it still ends with the comma or question mark.
    (
        "\"When the storm came, our first question was, 'Who needs a boat?'\" Ruiz told reporters.",
        [
            (
                "Tomas Ruiz",
                True,
                "When the storm came, our first question was, 'Who needs a boat?'",
                "cue_after",
            )
        ],
    ),
]

MISPARSED_PARTICIPLES = [
    # A participle cue the parser hangs inside the quote, or a verb it joins to the object
    # before it: the subject of the sentence's main verb speaks.
    (
        'Marsh seemed ready to joke about the incident, telling the crowd, "Some people get '
        'carried away."',
        [("Elena Marsh", True, "Some people get carried away.", "cue_before")],
    ),
    (
        'Marsh adopted a softer tone and joked, "We will all be friends by Friday."',
        [("Elena Marsh", True, "We will all be friends by Friday.", "cue_before")],
    ),
    (
        "Ruiz then put on a serious face and warned, “Nobody wins a trade war.”",
        [("Tomas Ruiz", True, "Nobody wins a trade war.", "cue_before")],
    ),
]

SPEECH_NOUNS = [
    # Quoted words inside, or said to be, a noun for what someone said that a person owns.
    (
        'Marsh\'s answer was that "the ports must stay open," and the talks moved on.',
        [("Elena Marsh", True, "the ports must stay open,", "statement_phrase")],
    ),
    (
        'Ruiz\'s campaign slogan is "Chile first."',
        [("Tomas Ruiz", True, "Chile first.", "statement_phrase")],
    ),
    (
        'Her "reckless" remark drew boos from the crowd.',
        [("Elena Marsh", True, "reckless", "statement_phrase")],
    ),
    (
        'Ruiz spoke first. His warning that Canada would be "at the back of the line" angered '
        "voters.",
        [("Tomas Ruiz", True, "at the back of the line", "statement_phrase")],
    ),
    # Not a noun for speech, or no one owns it: no speaker from the noun.
    ('Ruiz\'s plan is "a disaster", critics say.', [(None, True, "a disaster", "cue_after")]),
    pytest.param(
        "Ruiz spoke first. The main criticism came from his warning that Canada would be "
        '"at the back of the '
        'line" for a deal.',
        [("Tomas Ruiz", True, "at the back of the line", "statement_phrase")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser hangs the warned clause on 'came', not on 'warning'; only a rule "
            "for this one parse would reach the noun",
        ),
    ),
]

REPORTED_CONTRAST = [
    # A contrasting copula clause hung on the reported clause is still what was reported; a
    # contrasting clause in which someone acts is a clause of its own.
    (
        'Ruiz said Tuesday that the offer was "a total insult" while the treaty is "a dead '
        'letter."',
        [
            ("Tomas Ruiz", True, "a total insult", "cue_governing"),
            ("Tomas Ruiz", True, "a dead letter.", "cue_governing"),
        ],
    ),
    # Run on without a comma, a contrasting clause in which someone acts is reported too.
    (
        "Marsh told a trade gathering she will protect the ports while her opponent, Ivo Brandt, "
        'wants to "sell them off."',
        [("Elena Marsh", True, "sell them off.", "cue_governing")],
    ),
    (
        "Ruiz said his party would cut taxes whereas the government plans to “raise them again.”",
        [("Tomas Ruiz", True, "raise them again.", "cue_governing")],
    ),
    (
        "Marsh says she has kept her promises while Ruiz has “broken every one.”",
        [("Elena Marsh", True, "broken every one.", "cue_governing")],
    ),
    (
        'Marsh said the plan would help the region, while the opposition criticised "reckless" '
        "spending on defence.",
        [
            # (The opposition's word: 'criticise' reports it.)
            (None, True, "reckless", "cue_before"),
            (
                "Elena Marsh",
                False,
                'the plan would help the region, while the opposition criticised "reckless" '
                "spending on defence",
                "reported_clause",
            ),
        ],
    ),
]

FINAL_CUES = [
    # A cue ending the sentence after a comma, with only its speaker (and who was told, and
    # when) beside it, reports the whole sentence before the comma, however the parser
    # hangs the two.
    (
        'The promise to "build the bridge" appeals to voters who want jobs, said Ivo Brandt, a '
        "pollster at the university.",
        [("Ivo Brandt", True, "build the bridge", "cue_final")],
    ),
    (
        'The promise to "build the bridge" appeals to voters who want jobs, Marsh said.',
        [("Elena Marsh", True, "build the bridge", "cue_final")],
    ),
    (
        "The promise to “build the bridge” appeals to voters who want jobs, Ruiz told reporters.",
        [("Tomas Ruiz", True, "build the bridge", "cue_final")],
    ),
    (
        "Her promise to “lower the fees” appeals to parents who want change, she said on Friday.",
        [("Elena Marsh", True, "lower the fees", "cue_final")],
    ),
    (
        'His pledge to "end the strike" appeals to workers, said the Chilean president.',
        [("Tomas Ruiz", True, "end the strike", "cue_final")],
    ),
    (
        'The promise to "build the bridge" and "fix the roads" appeals to voters who want jobs, '
        "said Ivo Brandt, a pollster at the university.",
        [
            ("Ivo Brandt", True, "build the bridge", "cue_final"),
            ("Ivo Brandt", True, "fix the roads", "cue_final"),
        ],
    ),
    # A cue with a clause of its own reports that clause, not the words before the comma.
    (
        'The promise to "build the bridge" appeals to voters who want jobs, Ruiz said the plan '
        "would fail.",
        [
            (None, True, "build the bridge", None),
            ("Tomas Ruiz", False, "the plan would fail", "reported_clause"),
        ],
    ),
]

CONJUNCTION_AFTER_CUE = [
    # A quote opening a sentence after a conjunction goes on with the speech before it, as
    # one opening the sentence does.
    (
        '"It is not over," he said outside the hall. But "the treaty is stronger with their '
        'support. It helps."',
        [
            ("Elena Marsh", True, "It is not over,", "cue_after"),
            (
                "Elena Marsh",
                True,
                "the treaty is stronger with their support. It helps.",
                "previous_speech",
            ),
        ],
    ),
    (
        '"It is not over," Ruiz said outside the hall. And "the treaty is stronger with their '
        'support."',
        [
            ("Tomas Ruiz", True, "It is not over,", "cue_after"),
            ("Tomas Ruiz", True, "the treaty is stronger with their support.", "previous_speech"),
        ],
    ),
    (
        "“We will get there,” Marsh told reporters. But “not this year.”",
        [
            ("Elena Marsh", True, "We will get there,", "cue_after"),
            ("Elena Marsh", True, "not this year.", "previous_speech"),
        ],
    ),
    (
        'Ruiz said the vote was close. But "the treaty is stronger with their support."',
        [
            ("Tomas Ruiz", True, "the treaty is stronger with their support.", "previous_speech"),
            ("Tomas Ruiz", False, "the vote was close", "reported_clause"),
        ],
    ),
]

TEXT_CUES = [
    # 'As X put it' introduces the quote beside it; so does 'read' for what a text says.
    (
        'As Ivo Brandt, professor of law at the university, put it, "Senators should remember '
        'that a compromise is better."',
        [
            (
                "Ivo Brandt",
                True,
                "Senators should remember that a compromise is better.",
                "cue_before",
            )
        ],
    ),
    (
        "“It is a circus,” as Marsh put it on Tuesday.",
        [("Elena Marsh", True, "It is a circus,", "cue_after")],
    ),
    (
        'Marsh put it this way: "The deal is dead."',
        [("Elena Marsh", True, "The deal is dead.", "cue_before")],
    ),
    (
        "“There are few things worse than this plan,” reads a Wednesday editorial in The "
        "Ottawa Post.",
        [(None, True, "There are few things worse than this plan,", "cue_after")],
    ),
    (
        "At the bottom, the letter reads: “Thank you for your support.”",
        [(None, True, "Thank you for your support.", "cue_before")],
    ),
    # Words in Title Case after a reading verb are the title of what was read: no speech.
    ("Ruiz read “Ten Small Rooms” on the flight home.", [(None, True, "Ten Small Rooms", None)]),
    (
        'President Tomas Ruiz read "The Long Road to Quito" to the children.',
        [(None, True, "The Long Road to Quito", None)],
    ),
    (
        'Marsh has reread "The Long Road to Quito" twice.',
        [(None, True, "The Long Road to Quito", None)],
    ),
]

NESTED_CUES = [
    # A cue inside the clause another cue reports is part of what the outer speaker said:
    # the quote is the outer speaker's.
    (
        "In an interview, pollster Ivo Brandt said Marsh had told her aides that there would be "
        '"no daylight" between the two.',
        [
            ("Ivo Brandt", True, "no daylight", "cue_governing"),
            (
                "Ivo Brandt",
                False,
                'Marsh had told her aides that there would be "no daylight" between the two',
                "reported_clause",
            ),
            (
                "Elena Marsh",
                False,
                'there would be "no daylight" between the two',
                "reported_clause",
            ),
        ],
    ),
    (
        "Ruiz said it is the same thing as Marsh referring to herself as “a wise leader.”",
        [("Tomas Ruiz", True, "a wise leader.", "cue_governing")],
    ),
    (
        "Ruiz told reporters that Marsh had described the offer as 'generous' but late.",
        [
            ("Tomas Ruiz", True, "generous", "cue_governing"),
            (
                "Tomas Ruiz",
                False,
                "Marsh had described the offer as 'generous' but late",
                "reported_clause",
            ),
        ],
    ),
    # Not in a reported clause: a relative clause, a clause beside the reported one.
    (
        'Ruiz said the plan, which Marsh called "a disgrace," would pass.',
        [
            ("Elena Marsh", True, "a disgrace,", "cue_before"),
            (
                "Tomas Ruiz",
                False,
                'the plan, which Marsh called "a disgrace," would pass',
                "reported_clause",
            ),
        ],
    ),
    (
        'Marsh said the talks went well, and Ruiz called them "a turning point."',
        [
            ("Tomas Ruiz", True, "a turning point.", "cue_governing"),
            ("Elena Marsh", False, "the talks went well", "reported_clause"),
        ],
    ),
]

CLOSING_VERBS = [
    # A sentence of nothing but a speaker and a verb after a quote reports the quote,
    # whatever the verb; one with an object or a passive one does something else.
    (
        "“Canada will always be Canada,” an angry Marsh retaliated.",
        [("Elena Marsh", True, "Canada will always be Canada,", "cue_after")],
    ),
    ('"It is over," Ruiz fumed.', [("Tomas Ruiz", True, "It is over,", "cue_after")]),
    (
        '"No," she interrupted. "That is not true."',
        [
            ("Elena Marsh", True, "No,", "cue_after"),
            ("Elena Marsh", True, "That is not true.", "previous_speech"),
        ],
    ),
    ("'Hold on,' Ruiz laughed.", [("Tomas Ruiz", True, "Hold on,", "cue_after")]),
    ('"Welcome," Marsh greeted the guests.', [(None, True, "Welcome,", None)]),
    ('"Peace," the banner was hung.', [(None, True, "Peace,", None)]),
]

SPEAKING_ABOUT = [
    # Verbs of speaking about or against something report the quoted words they govern
    # (spoke about, spoke of, blasted, slammed, condemned) or that stand beside them. Not
    # 'talk': its noun, 'the talks', is in every article about a summit.
    (
        "Ruiz speaks about how the navy must stay “ready for anything.”",
        [("Tomas Ruiz", True, "ready for anything.", "cue_governing")],
    ),
    (
        "Ruiz spoke of “a new chapter” in relations.",
        [("Tomas Ruiz", True, "a new chapter", "cue_governing")],
    ),
    (
        "Marsh blasted the plan as “a giveaway to the banks.”",
        [("Elena Marsh", True, "a giveaway to the banks.", "cue_governing")],
    ),
    (
        "The council denounced the measure as “unlawful.”",
        [(None, True, "unlawful.", "cue_governing")],
    ),
    (
        "“Maybe the difference is our faith,” Ruiz wondered aloud, comparing himself with Marsh.",
        [("Tomas Ruiz", True, "Maybe the difference is our faith,", "cue_after")],
    ),
    # The quote of the next sentence has its own speaker.
    (
        "Ruiz condemned the attack. 'It was a tragedy,' a police officer said.",
        [(None, True, "It was a tragedy,", "cue_after")],
    ),
]

CONJUNCT_OF_REPORTED = [
    # A clause joined to a reporting verb after the clause it reports goes on with what was
    # reported, with a subject of its own or not, with a comma before the conjunction or not.
    (
        'Marsh added that she could do without the motorcade but it was "a great help on long '
        'days."',
        [("Elena Marsh", True, "a great help on long days.", "cue_governing")],
    ),
    (
        "Ruiz says that voters want a leader, but instead Marsh is giving them "
        '"speeches and slogans."',
        [
            ("Tomas Ruiz", True, "speeches and slogans.", "cue_governing"),
            ("Tomas Ruiz", False, "voters want a leader", "reported_clause"),
        ],
    ),
    (
        'Ruiz says the farmers want fair prices, but instead the ministry is sending them "more '
        'forms."',
        [
            ("Tomas Ruiz", True, "more forms.", "cue_governing"),
            ("Tomas Ruiz", False, "the farmers want fair prices", "reported_clause"),
        ],
    ),
    (
        'Ivo Brandt, who flew in from Lima, says there is a "long road ahead" but he feels '
        'confident that Ruiz will "win the vote."',
        [
            ("Ivo Brandt", True, "long road ahead", "cue_governing"),
            ("Ivo Brandt", True, "win the vote.", "cue_governing"),
        ],
    ),
    (
        'Marsh said the deal was fair, and she was "proud of it."',
        [
            ("Elena Marsh", True, "proud of it.", "cue_governing"),
            ("Elena Marsh", False, "the deal was fair", "reported_clause"),
        ],
    ),
    (
        'Ruiz said the vote was close and the result was "a relief."',
        [("Tomas Ruiz", True, "a relief.", "cue_governing")],
    ),
    # Set off by a comma, a plain 'and' with a new subject narrates something else.
    (
        'Ruiz said the vote was close, and the opposition wanted "a recount."',
        [
            (None, True, "a recount.", None),
            ("Tomas Ruiz", False, "the vote was close", "reported_clause"),
        ],
    ),
    # A joined reporting verb reports its own words; so does one beside a cue that reports
    # no clause before it.
    (
        'Ruiz insisted he had kept his word, yet the opposition keeps calling him "a turncoat."',
        [
            (None, True, "a turncoat.", "cue_governing"),
            ("Tomas Ruiz", False, "he had kept his word", "reported_clause"),
        ],
    ),
    (
        'Marsh said the treaty was signed, and the crowd outside chanted "shame."',
        [
            (None, True, "shame.", "cue_before"),
            ("Elena Marsh", False, "the treaty was signed", "reported_clause"),
        ],
    ),
    ('Marsh spoke first, and the crowd outside wanted "more."', [(None, True, "more.", None)]),
]

ADDRESSED_RELATIVE = [
    # A cue in a relative clause on whom another cue addresses ('tells voters who ask ...')
    # does not report the that-clause the parser hung deeper in it: the addressing cue does.
    (
        'Marsh told reporters who asked about the vote that it had been "a close call."',
        [("Elena Marsh", True, "a close call.", "cue_governing")],
    ),
    (
        'Ruiz tells voters who ask why he never shouts that he was "raised to listen."',
        [("Tomas Ruiz", True, "raised to listen.", "cue_governing")],
    ),
    (
        "Marsh has told students who wonder why she entered politics that she “wanted to fix "
        "the roads.”",
        [("Elena Marsh", True, "wanted to fix the roads.", "cue_governing")],
    ),
    (
        'Ruiz told a woman who asked how he would pay for it that the plan was "fully costed."',
        [("Tomas Ruiz", True, "fully costed.", "cue_governing")],
    ),
    (
        'Marsh warned donors who asked her to quit that the party would be "lost without her."',
        [("Elena Marsh", True, "lost without her.", "cue_governing")],
    ),
    (
        'Marsh warns critics who say she is too young that age is "just a number."',
        [("Elena Marsh", True, "just a number.", "cue_governing")],
    ),
    # The relative clause's own that-clause is its words.
    (
        'Ruiz told voters who complained that the plan was "a mess" to be patient.',
        [(None, True, "a mess", "cue_governing")],
    ),
]

NOUN_CLAUSE_ASIDE = [
    # A reporting participle set off by a comma after the clause of an object noun ('the
    # notion that ...', 'the nurses who ...') goes with the clause the noun stands in, though
    # the parser hangs it on the noun's clause.
    (
        "Reached by phone, Marsh denied the notion that a reshuffle is coming, explaining that "
        'she was "on holiday."',
        [("Elena Marsh", True, "on holiday.", "cue_governing")],
    ),
    (
        "Marsh denied reports that her deputy would resign, telling the press he was “going "
        "nowhere.”",
        [("Elena Marsh", True, "going nowhere.", "cue_governing")],
    ),
    (
        "Ruiz denied rumours that the minister was leaving, saying she had 'his full trust.'",
        [("Tomas Ruiz", True, "his full trust.", "cue_governing")],
    ),
    (
        'Marsh thanked the nurses who had stayed late, adding that they were "the backbone of '
        'the ward."',
        [("Elena Marsh", True, "the backbone of the ward.", "cue_governing")],
    ),  # Whose head's subject is no word that speaks (an event, a thing), the participle goes
    # with the clause in which someone acts right before its comma; not with a copula clause.
    (
        "The first clash came during a rally at the college, when Ruiz interrupted her "
        "remarks, shouting “no more tariffs!”",
        [("Tomas Ruiz", True, "no more tariffs!", "cue_before")],
    ),
    (
        "The trouble began at the port, where Marsh met the dockers, telling them the deal was "
        '"done."',
        [("Elena Marsh", True, "done.", "cue_governing")],
    ),
    (
        "The vote came after Ruiz spoke, saying the bill was 'overdue.'",
        [("Tomas Ruiz", True, "overdue.", "cue_governing")],
    ),
    (
        'The report came out on Friday, when Ruiz was in Lima, saying the plan was "a failure."',
        [(None, True, "a failure.", "cue_governing")],
    ),
    (
        "The retired surgeon has given no details about how Ruiz planned to win, saying only "
        'that he was "working on it."',
        [(None, True, "working on it.", "cue_governing")],
    ),
    pytest.param(
        "Ruiz, meanwhile, who has no such support, said this gap speaks loudly about whether "
        'his rival is "ready to lead."',
        [("Tomas Ruiz", True, "ready to lead.", "cue_governing")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser hangs the name on the relative clause, so the outer cue has no "
            "subject and the inner cue's ('that fact') is kept; taking a name set off before "
            "an outer cue in the parse's place would need the people index inside outer_cue",
        ),
    ),
]

SECOND_THAT_CLAUSE = [
    # 'X said that A and that B': a clause with a 'that' (or 'whether') of its own is a
    # second reported clause, even when the parser joins it to a verb of speaking inside
    # the first one ('spoke').
    (
        "Marsh said that she spoke with Ruiz on Friday and that the Chilean president faced a "
        '"test of nerve" over the strike.',
        [
            ("Elena Marsh", True, "test of nerve", "cue_governing"),
            (
                "Elena Marsh",
                False,
                'she spoke with Ruiz on Friday and that the Chilean president faced a "test of '
                'nerve" over the strike',
                "reported_clause",
            ),
        ],
    ),
    (
        "Marsh says she spoke to the governors last week, and that every one of them is "
        "'ready to help.'",
        [("Elena Marsh", True, "ready to help.", "cue_governing")],
    ),
    (
        "Ruiz told reporters he had talked to the unions for hours and that their leaders were "
        "“close to a deal.”",
        [("Tomas Ruiz", True, "close to a deal.", "cue_governing")],
    ),
    # Without one, a clause with a subject of its own beside the reported one is its own.
    (
        'Ruiz said he spoke with Marsh, and the two leaders praised the treaty as "a model."',
        [
            (None, True, "a model.", "cue_governing"),
            ("Tomas Ruiz", False, "he spoke with Marsh", "reported_clause"),
        ],
    ),
]

CASES = (
    SECOND_THAT_CLAUSE
    + APPEALS
    + REPORTED_WITH_QUOTES
    + NOT_SPEECH
    + STATEMENT_PHRASES
    + QUOTE_SHAPES
    + PARTICIPLE_CUES
    + COMPLEMENT_CUES
    + MANNER_VERBS
    + CLAUSE_SUBJECT
    + GLUED_QUOTES
    + COLON_LINES
    + NESTED_QUOTES
    + TITLES
    + CONTINUATION
    + PARAGRAPH_SUBJECT
    + CONTRAST_AFTER_QUOTE
    + PHRASAL_CUES
    + ASPECTUAL_CUES
    + BARE_CUE_SENTENCE
    + PREPOSITION_PARTICIPLES
    + SPOKEN_NAMES
    + APPOSITION_AFTER_QUOTE
    + MISPARSED_PARTICIPLES
    + SPEECH_NOUNS
    + REPORTED_CONTRAST
    + FINAL_CUES
    + CONJUNCTION_AFTER_CUE
    + TEXT_CUES
    + NESTED_CUES
    + CLOSING_VERBS
    + SPEAKING_ABOUT
    + RELATIVE_STATEMENTS
    + WORDS_PHRASES
    + CAUSATIVE_OBJECTS
    + CONJUNCT_OF_REPORTED
    + ADDRESSED_RELATIVE
    + NOUN_CLAUSE_ASIDE
)


def _summary(records: list) -> list[tuple]:
    return [
        (r.speaker.name if r.speaker else None, r.direct, r.quote, r.rule and r.rule.value)
        for r in records
        if r.type == "statement"
    ]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution_rule(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        (
            "The Chilean ministry issued a statement after the vote.\n\n“This is a dark day.”",
            "The Chilean ministry",
        ),
        ("The party put out a video on Tuesday.\n\n'We owe you everything.'", "The party"),
    ],
)
def test_statement_issuer_speaks_the_next_paragraph(
    extract_text, text: str, speaker_text: str
) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [(r.speaker, r.speaker_text, r.rule and r.rule.value) for r in statements] == [
        (None, speaker_text, "paragraph_subject")
    ]


def test_causative_object_that_is_no_person_keeps_its_words(extract_text) -> None:
    text = INTRO + 'The snub drove the ministry to warn that ties were "at risk."'
    statements = [r for r in extract_text(text) if r.type == "statement"]
    assert [(r.speaker, r.speaker_text, r.quote) for r in statements] == [
        (None, "the ministry", "at risk.")
    ]


@pytest.mark.parametrize(("text", "speaker_text"), COLON_SOURCES)
def test_colon_source_without_a_person(extract_text, text: str, speaker_text: str) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [(r.speaker, r.speaker_text, r.rule and r.rule.value) for r in statements] == [
        (None, speaker_text, "colon_paragraph")
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # The header of an article is left out altogether.
        ("Marsh: ‘Trains Will Run’", []),
        ("Marsh calls tariff plan 'reckless'", []),
        # A first line of one sentence above the body is a headline too: its quote has no
        # source, though a cue governs it.
        (
            'Marsh calls the Chilean tariff plan "reckless" as the two leaders open talks.',
            [(None, True, "reckless", None)],
        ),
    ],
)
def test_headline_quote_has_no_source(extract_text, headline: str, expected: list) -> None:
    text = headline + "\n\n" + INTRO + "The leaders spoke for an hour."
    assert _summary(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an inverted cue ('..., added X') the parser may take the speaker for the
        # cue's object; an unnamed speaker keeps those words.
        (
            "“Look, the party needed to win the first two states,” added a senior party official.",
            [("a senior party official", "Look, the party needed to win the first two states,")],
        ),
        (
            '"It is too early to say," said the spokesman for the ministry.',
            [("the spokesman for the ministry", "It is too early to say,")],
        ),
        (
            '"We are close," added another member of the delegation. "The rest is detail."',
            [
                ("another member of the delegation", "We are close,"),
                ("another member of the delegation", "The rest is detail."),
            ],
        ),
    ],
)
def test_inverted_cue_keeps_unnamed_speaker(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [(r.speaker_text, r.quote) for r in statements] == expected
    assert all(r.speaker is None for r in statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a text says ('read', 'reads') is given to the text, by its words.
        (
            "“There are few things worse than this plan,” reads a Wednesday editorial in The "
            "Ottawa Post.",
            [
                (
                    "a Wednesday editorial in The Ottawa Post",
                    "There are few things worse than this plan,",
                )
            ],
        ),
        (
            "At the bottom, the letter reads: “Thank you for your support.”",
            [("the letter", "Thank you for your support.")],
        ),
        ("One banner read “Peace Now,” and the crowd cheered.", [("One banner", "Peace Now,")]),
        (
            "As one senior diplomat put it: “Nobody wants to be first.”",
            [("one senior diplomat", "Nobody wants to be first.")],
        ),
    ],
)
def test_text_cue_keeps_the_text_as_speaker(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [(r.speaker_text, r.quote) for r in statements] == expected
    assert all(r.speaker is None for r in statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reporting word in -s right after a noun at the end of the sentence that a quote
        # opens: the tagger may take it for a plural noun ('states', 'notes'); it is the cue,
        # the noun phrase before it the speaker, in every quote style.
        (
            '"We will rebuild every bridge in the valley," a narrator in the advertisement states.',
            [
                (
                    None,
                    "a narrator in the advertisement",
                    "We will rebuild every bridge in the valley,",
                    "cue_after",
                )
            ],
        ),
        (
            "“Every village will get clean water,” a voice in the campaign video states. "
            "“And every school will get a library.”",
            [
                (
                    None,
                    "a voice in the campaign video",
                    "Every village will get clean water,",
                    "cue_after",
                ),
                (
                    None,
                    "a voice in the campaign video",
                    "And every school will get a library.",
                    "previous_speech",
                ),
            ],
        ),
        (
            "Marsh arrived late. 'The talks went well,' a spokeswoman for the ministry states.",
            [(None, "a spokeswoman for the ministry", "The talks went well,", "cue_after")],
        ),
        (
            '"Fares will fall," a voice-over in the new campaign ad states.',
            [(None, "a voice-over in the new campaign ad", "Fares will fall,", "cue_after")],
        ),
        (
            '"The deal is dead," a spokesman for the union states.',
            [(None, "a spokesman for the union", "The deal is dead,", "cue_after")],
        ),
        (
            '"We will not wait," an aide to Marsh notes.',
            [(None, "an aide to Marsh", "We will not wait,", "cue_after")],
        ),
        # A quoted title with an apposition ending in a plural noun: no cue after it.
        (
            'Ruiz praised "Open Roads," his book of field notes.',
            [("Tomas Ruiz", "Ruiz", "Open Roads,", "cue_before")],
        ),
    ],
)
def test_noun_tagged_cue_after_quote(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote, r.rule and r.rule.value)
        for r in statements
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A phrasal cue ('chimed in', 'shot back') in the sentence before a quote that opens
        # its own sentence speaks it; of two cues in that sentence, the phrasal one.
        (
            '"Send her the photos," Marsh said, and her assistant chimed in. "Don\'t forget the '
            'captions."',
            [
                ("Elena Marsh", "Marsh", "Send her the photos,", "cue_after"),
                (None, "her assistant", "Don't forget the captions.", "previous_speech"),
            ],
        ),
        (
            "Marsh asked about the budget, and Ruiz shot back. “There is no money left.”",
            [("Tomas Ruiz", "Ruiz", "There is no money left.", "previous_speech")],
        ),
        (
            '"We are late," Marsh said, before her aide cut in. "The car is here."',
            [
                ("Elena Marsh", "Marsh", "We are late,", "cue_after"),
                (None, "her aide", "The car is here.", "previous_speech"),
            ],
        ),
    ],
)
def test_phrasal_cue_speaks_the_next_quote(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote, r.rule and r.rule.value)
        for r in statements
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue with a subject of its own right before the quote, inside a clause another
        # cue reports, is part of what the outer speaker said (as a cue that governs it).
        (
            'Ruiz said he expected that voters would say "no" to the tax.',
            [
                ("Tomas Ruiz", "Ruiz", "no", "cue_before"),
                (
                    "Tomas Ruiz",
                    "Ruiz",
                    'he expected that voters would say "no" to the tax',
                    "reported_clause",
                ),
            ],
        ),
        (
            "Marsh said the country had lost a leader who promised “bread for every table.”",
            [("Elena Marsh", "Marsh", "bread for every table.", "cue_before")],
        ),
        # A participle names no one: the quote is a label (the clause it sits in is still
        # Marsh's reported speech).
        (
            'Marsh said shoppers want goods labelled "Made in Canada" at lower prices.',
            [
                (None, None, "Made in Canada", "cue_before"),
                (
                    "Elena Marsh",
                    "Marsh",
                    'shoppers want goods labelled "Made in Canada" at lower prices',
                    "reported_clause",
                ),
            ],
        ),
    ],
)
def test_cue_before_inside_a_reported_clause(extract_text, text: str, expected: list) -> None:
    statements = [r for r in extract_text(INTRO + text) if r.type == "statement"]
    assert [
        (r.speaker.name if r.speaker else None, r.speaker_text, r.quote, r.rule and r.rule.value)
        for r in statements
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quote that opens a sentence goes on with the speech of the sentence right before
        # it, not with one before a sentence of its own in between.
        pytest.param(
            '"It goes in one ear and out the other," Tom Vale said, pointing to his ears. Betsy '
            'Vale shook her head. "Tom is much calmer about it than I am."',
            [
                ("Tom Vale", True, "It goes in one ear and out the other,", "cue_after"),
                (None, True, "Tom is much calmer about it than I am.", None),
            ],
            marks=pytest.mark.xfail(
                strict=True,
                reason="the sentence gap after a cue's sentence is read past a sentence of its "
                "own; stopping there took right speakers from PolNeAR train 401-836 (tp 3736 "
                "-> 3729), and letting a sentence about the speaker through lowered dev",
            ),
        ),
        pytest.param(
            "Marsh told reporters the talks were over. Ruiz walked out of the room. “We are done "
            "here.”",
            [
                (None, True, "We are done here.", None),
                ("Elena Marsh", False, "the talks were over", "reported_clause"),
            ],
            marks=pytest.mark.xfail(
                strict=True,
                reason="the sentence gap after a cue's sentence is read past a sentence of its "
                "own; stopping there took right speakers from PolNeAR train 401-836 (tp 3736 "
                "-> 3729), and letting a sentence about the speaker through lowered dev",
            ),
        ),
        (
            "Marsh told reporters the talks were over. “We are done here.”",
            [
                ("Elena Marsh", True, "We are done here.", "previous_speech"),
                ("Elena Marsh", False, "the talks were over", "reported_clause"),
            ],
        ),
        (
            "'The port will open in May,' said Sen. Ana Pell. 'The ships are ready.'",
            [
                ("Ana Pell", True, "The port will open in May,", "cue_after"),
                ("Ana Pell", True, "The ships are ready.", "previous_speech"),
            ],
        ),
    ],
)
def test_speech_before_a_sentence_between(extract_text, text: str, expected: list) -> None:
    assert _summary(extract_text(INTRO + text)) == expected
