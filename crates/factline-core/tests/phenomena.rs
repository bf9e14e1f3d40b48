//! One test per phenomenon of English news writing the engine reads, each a
//! table of small made-up snippets. Every snippet is invented for the test.

use factline_core::{analyze, Analysis, Day, SpeakerKind, Statement, StatementKind};

fn run(text: &str) -> Analysis {
    analyze(text, Day::new(2023, 12, 28))
}

/// Attributed statements as (kind, text, resolved speaker name, mention).
fn said(analysis: &Analysis) -> Vec<(&'static str, String, String, String)> {
    analysis
        .statements
        .iter()
        .filter(|s| s.kind != StatementKind::Narration)
        .map(|s| {
            let kind = if s.kind == StatementKind::Direct {
                "direct"
            } else {
                "indirect"
            };
            (kind, s.text.clone(), speaker_name(analysis, s), mention(s))
        })
        .collect()
}

fn speaker_name(analysis: &Analysis, statement: &Statement) -> String {
    analysis
        .speakers
        .iter()
        .find(|p| Some(&p.id) == statement.speaker.as_ref())
        .map_or(String::new(), |p| p.name.clone())
}

fn mention(statement: &Statement) -> String {
    statement
        .mention
        .as_ref()
        .map_or(String::new(), |m| m.text.clone())
}

/// A snippet and its attributed statements: (kind, text, speaker).
type SaidCase<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);

/// Checks each case's attributed statements.
fn expect_said(cases: &[SaidCase]) {
    for (text, expected) in cases {
        let analysis = run(text);
        let got: Vec<(&str, String, String)> = said(&analysis)
            .into_iter()
            .map(|(k, t, s, _)| (k, t, s))
            .collect();
        let want: Vec<(&str, String, String)> = expected
            .iter()
            .map(|(k, t, s)| (*k, t.to_string(), s.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

// Text.

#[test]
fn abbreviations_and_initials_do_not_split_sentences() {
    expect_said(&[
        (
            "Sen. Mary K. Stone (D-Md.) said the U.S. plan starts Dec. 30 and will help.",
            &[(
                "indirect",
                "the U.S. plan starts Dec. 30 and will help",
                "Mary K. Stone",
            )],
        ),
        (
            "Gov. Tom Reyes said Mr. Lane had left the U.S. Army early.",
            &[(
                "indirect",
                "Mr. Lane had left the U.S. Army early",
                "Tom Reyes",
            )],
        ),
    ]);
}

#[test]
fn an_inverted_source_may_end_the_text_on_an_initial() {
    // The initial keeps the sentence's period, so no token follows the
    // source (the engine once looked past the end of the text for a comma).
    expect_said(&[(
        "The jail is full, said Ana O.",
        &[("indirect", "The jail is full", "Ana O.")],
    )]);
}

#[test]
fn feed_footer_gives_title_and_source() {
    let analysis = run(
        "The river rose.\n\nThe post Floods Reach the Valley appeared first on Valley Daily News.",
    );
    assert_eq!(analysis.title.as_deref(), Some("Floods Reach the Valley"));
    assert_eq!(analysis.source.as_deref(), Some("Valley Daily News"));
    assert!(analysis.statements.is_empty());
}

/// Boilerplate is never a statement. Page furniture gives no figures
/// either; a line set aside only for its headline form keeps the figures
/// that carry a unit, as a list item of statistics does.
#[test]
fn boilerplate_is_never_a_statement() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Read More\n\nRelated: Mayor says 5,000 homes lost power\n\nCover Photo: Getty",
            &[],
        ),
        (
            "By Jane Roe and Sam Poe\n\nPhoto: A crew clears 3 roads near the dam",
            &[],
        ),
        (
            "Storm Leaves 40,000 Without Power, Officials Say\n\nMayor visits the shelters",
            &[],
        ),
        (
            "“Not Again” on Election Day is the worst headline: Ann Lee",
            &[],
        ),
        (
            "Only 24 Percent of Donors Give Small Sums.\n\nKey players: Jo Doe (15.3 points)",
            &["24 Percent", "15.3 points"],
        ),
        // An editor's note the publisher sets on its stories.
        (
            "Editor’s note: Ann Lee regularly misleads voters and is a serial fabulist who has repeatedly pledged to close all 12 piers in the county.",
            &[],
        ),
        // The same note hard-wrapped, as copy pasted from a web page keeps it.
        (
            "Editor’s note: Ann Lee regularly\nmisleads voters and is a serial fabulist who has\nrepeatedly pledged to close all 12 piers in the county.",
            &[],
        ),
    ];
    for (text, figures) in cases {
        let analysis = run(text);
        assert!(
            analysis.statements.is_empty(),
            "{text}: {:?}",
            analysis.statements
        );
        let found: Vec<&str> = analysis.figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(&found, figures, "{text}");
    }
}

/// A long editor's note that corrects the story reports what was found,
/// and is read as any paragraph is.
#[test]
fn a_long_editors_note_is_read() {
    expect_said(&[(
        "Editor's Note: An article on Monday about the harbor, based on accounts from port officials and from two of the crews who had worked on the pier for many years before it closed, reported that the pier had been shut for repairs. On Wednesday, however, the harbor master, Ann Lee, said that the pier had been sold to a developer from Quill.",
        &[("indirect", "the pier had been sold to a developer from Quill", "Ann Lee")],
    )]);
}

#[test]
fn dateline_is_metadata_not_a_speaker() {
    expect_said(&[
        (
            "(NEXSTAR) — The mayor said the city had no more beds.",
            &[("indirect", "the city had no more beds", "")],
        ),
        (
            "RIVERTON, Ohio (AP) — Jane Doe said the plant will close.",
            &[("indirect", "the plant will close", "Jane Doe")],
        ),
    ]);
}

#[test]
fn nonbreaking_spaces_and_em_dashes() {
    expect_said(&[(
        "“We need help\u{a0}now,” said\u{a0}Ana Ruiz — a nurse — on Friday.",
        &[("direct", "We need help\u{a0}now,", "Ana Ruiz")],
    )]);
}

// Direct quotes.

#[test]
fn quote_after_attribution() {
    expect_said(&[
        (
            "Jane Doe said, “We are out of room.”",
            &[("direct", "We are out of room.", "Jane Doe")],
        ),
        (
            "Jane Doe told reporters: \"We are out of room.\"",
            &[("direct", "We are out of room.", "Jane Doe")],
        ),
    ]);
}

#[test]
fn quote_before_attribution() {
    expect_said(&[
        (
            "“We are out of room,” said Jane Doe.",
            &[("direct", "We are out of room,", "Jane Doe")],
        ),
        (
            "“We are out of room,” Jane Doe said.",
            &[("direct", "We are out of room,", "Jane Doe")],
        ),
        (
            "“Are we out of room?” asked Jane Doe, the mayor of Harbor City.",
            &[("direct", "Are we out of room?", "Jane Doe")],
        ),
        // A description named after its comma is the person named.
        (
            "“The runway is closed,” said the airport director, Dr. Jane Roe.",
            &[("direct", "The runway is closed,", "Jane Roe")],
        ),
        (
            "“The pier is shut,” said a city spokeswoman, Ann Lee.",
            &[("direct", "The pier is shut,", "Ann Lee")],
        ),
        // A name that goes on into a clause is that clause's subject.
        (
            "According to her aides, Ann Lee and her deputy have doubts about the plan.",
            &[(
                "indirect",
                "Ann Lee and her deputy have doubts about the plan",
                "her aides",
            )],
        ),
        // A single capitalised word after the comma names no one.
        (
            "“The pier is shut,” said a city spokeswoman, Monday.",
            &[("direct", "The pier is shut,", "a city spokeswoman")],
        ),
    ]);
}

/// An adverb of manner between a cue and the quotation after it says how
/// it was said, not who said it: "answered flatly: “…”" is the subject's
/// answer, as "said Jane Doe: “…”" is Jane Doe's.
#[test]
fn adverb_of_manner_before_a_quote_is_no_source() {
    expect_said(&[
        (
            "Ann Lee answered flatly: “I do not think it matters.”",
            &[("direct", "I do not think it matters.", "Ann Lee")],
        ),
        (
            "Tom Reyes replied evenly, “The plan is fine.”",
            &[("direct", "The plan is fine.", "Tom Reyes")],
        ),
        (
            "The mayor told the family: “We are sorry.”",
            &[("direct", "We are sorry.", "")],
        ),
        (
            "Then said Jane Doe: “We are out of room.”",
            &[("direct", "We are out of room.", "Jane Doe")],
        ),
    ]);
}

/// A phrase after a cue before a quotation is its source when it names
/// someone ("said Jane Doe:", "added a spokesman:"); a thing or the ones
/// addressed are the cue's object, and the subject before the cue said the
/// words: "added a caveat: “…”", "asked the crowd, “…”".
#[test]
fn object_of_a_cue_before_a_quote_is_no_source() {
    expect_said(&[
        (
            "Then Ann Lee added a caveat: “The levy must end in two years.”",
            &[("direct", "The levy must end in two years.", "Ann Lee")],
        ),
        (
            "Tom Reyes then asked the buzzing crowd, “Can she stay?”",
            &[("direct", "Can she stay?", "Tom Reyes")],
        ),
        (
            "The plan was read out. Then added a spokesman: “It will pass.”",
            &[("direct", "It will pass.", "a spokesman")],
        ),
    ]);
}

/// Saying nothing, or little, reports no claim, as not saying does: "said
/// nothing about the levy", "has said little", "said next to nothing". An
/// amount with a verb of its own is the subject of what was said: "said
/// nothing would change".
#[test]
fn saying_nothing_or_little_reports_nothing() {
    expect_said(&[
        (
            "Ann Lee said nothing about the levy until October, as the council prepared its vote.",
            &[],
        ),
        (
            "Tom Reyes has said little about the plan in recent months.",
            &[],
        ),
        ("Tom Reyes said almost nothing about the levy.", &[]),
        ("Tom Reyes said next to nothing about the levy.", &[]),
        (
            "Ann Lee said nothing would change before the vote.",
            &[(
                "indirect",
                "nothing would change before the vote",
                "Ann Lee",
            )],
        ),
        (
            "Ann Lee said little has changed since the vote.",
            &[("indirect", "little has changed since the vote", "Ann Lee")],
        ),
    ]);
}

/// The one asked is the audience of "asked", as the one told is of "told":
/// what was asked opens at the question ("asked Tom Reyes if the pier would
/// close", "asked the mayor why …", "asked him about the levy"). A request
/// keeps the one asked, who is to do what was asked ("asked the council to
/// vote").
#[test]
fn the_one_asked_is_no_part_of_the_question() {
    expect_said(&[
        (
            "Ann Lee asked Tom Reyes if the pier would close in the spring.",
            &[(
                "indirect",
                "if the pier would close in the spring",
                "Ann Lee",
            )],
        ),
        (
            "Ann Lee asked the mayor on Friday why the pier had closed.",
            &[("indirect", "why the pier had closed", "Ann Lee")],
        ),
        (
            "Ann Lee asked him about the levy on the harbor.",
            &[("indirect", "about the levy on the harbor", "Ann Lee")],
        ),
        (
            "Ann Lee asked the council to vote on the levy.",
            &[("indirect", "the council to vote on the levy", "Ann Lee")],
        ),
        (
            "Ann Lee asked voters to guess whether the levy would pass.",
            &[(
                "indirect",
                "voters to guess whether the levy would pass",
                "Ann Lee",
            )],
        ),
        (
            "Ann Lee asked questions about the levy on the harbor.",
            &[(
                "indirect",
                "questions about the levy on the harbor",
                "Ann Lee",
            )],
        ),
    ]);
}

#[test]
fn quote_split_by_attribution() {
    // Two statements, neither holding the tag; the second continues the first.
    let text = "“We are out of room,” Jane Doe said. “We need the state to step in.”";
    expect_said(&[(
        text,
        &[
            ("direct", "We are out of room,", "Jane Doe"),
            ("direct", "We need the state to step in.", "Jane Doe"),
        ],
    )]);
}

#[test]
fn quote_after_a_new_clause_is_not_merged() {
    // Regression: the second quote is the husband's, not the first speaker's.
    expect_said(&[(
        "“Tell her I said hello,” Ana Ruiz said, and her husband cut in. “Do not forget me.”",
        &[("direct", "Tell her I said hello,", "Ana Ruiz")],
    )]);
}

#[test]
fn split_quote_across_a_long_attribution() {
    expect_said(&[(
        "“We are out of room,” said Jane Doe, who runs the shelter and is building another one. “We need help.”",
        &[
            ("direct", "We are out of room,", "Jane Doe"),
            ("direct", "We need help.", "Jane Doe"),
        ],
    )]);
}

/// A tag that reports a clause of its own (", adding that …", ", who noted
/// that …", ", and added that …") leaves no second half: a second half is
/// joined to the statement just before it, which is that clause. The
/// quotation after it still goes on in the tag's speaker's words, as a
/// quotation of its own. A clause someone else said, or a sentence between,
/// leaves it unattributed.
#[test]
fn quote_after_a_clause_its_tag_adds() {
    expect_rules(&[
        (
            "“The port will close,” Roe said, adding that the crews had been told. “We have no choice now.”",
            &[
                ("quote-tag-after", "The port will close,"),
                ("reported-source-after", "the crews had been told"),
                ("quote-continues-paragraph", "We have no choice now."),
            ],
        ),
        (
            "“The port will close,” said Ann Lee, who noted that the docks had flooded twice. “We have no choice now.”",
            &[
                ("quote-tag-after", "The port will close,"),
                ("reported-through-relative-pronoun", "the docks had flooded twice"),
                ("quote-continues-paragraph", "We have no choice now."),
            ],
        ),
        (
            "“Tell her I said hello,” Ana Ruiz said, and her husband said he missed her. “Do not forget me.”",
            &[
                ("quote-tag-after", "Tell her I said hello,"),
                ("reported-source-before", "he missed her"),
            ],
        ),
        (
            "“The port will close,” Roe said, adding that the crews had been told. The crews left. “We have no choice now.”",
            &[
                ("quote-tag-after", "The port will close,"),
                ("reported-source-after", "the crews had been told"),
            ],
        ),
    ]);
    expect_said(&[(
        "“The port will close,” Roe said, adding that the crews had been told. “We have no choice now.”",
        &[
            ("direct", "The port will close,", "Roe"),
            ("indirect", "the crews had been told", "Roe"),
            ("direct", "We have no choice now.", "Roe"),
        ],
    )]);
}

/// Each snippet with its attributed statements as (rule, text): a second half
/// is joined to the statement before it, so its rule is what is checked.
fn expect_rules(cases: &[(&str, &[(&str, &str)])]) {
    for (text, expected) in cases {
        let analysis = run(text);
        let got: Vec<(String, String)> = analysis
            .statements
            .iter()
            .filter(|s| s.kind != StatementKind::Narration)
            .map(|s| {
                let rule = s.evidence.clone().unwrap_or_default().rule;
                (rule, s.text.clone())
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(r, t)| (r.to_string(), t.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A tag that says where the source spoke from ("said from her office in
/// Tacoma") or to whom ("shouted to the crowd") gives the setting of the
/// saying, not what was said: the quotation it interrupts goes on after it,
/// and a clause after the setting is what was said.
#[test]
fn split_quote_around_a_tag_with_a_setting() {
    expect_rules(&[
        (
            "Still, ferries are “barely breaking even,” Ms. Alder said from her office in Tacoma. “Shipping is a hard trade.”",
            &[
                ("reported-source-before", "Still, ferries are “barely breaking even"),
                ("quote-second-half", "Shipping is a hard trade."),
            ],
        ),
        (
            "“The pier is shut,” Ana Ruiz said from Tampa. “We have no boats.”",
            &[
                ("quote-tag-after", "The pier is shut,"),
                ("quote-second-half", "We have no boats."),
            ],
        ),
        (
            "The pier is shut, Ana Ruiz said from her office in Tampa.",
            &[("reported-source-before", "The pier is shut")],
        ),
        (
            "Ana Ruiz said from her office in Tampa that the pier is shut.",
            &[("reported-source-before", "the pier is shut")],
        ),
        // The listeners are no more what was said than the place is.
        (
            "The nation is watching, Ana Price shouted to the crowd.",
            &[("reported-source-before", "The nation is watching")],
        ),
        (
            "Ana Price shouted to the crowd that the nation is watching.",
            &[("reported-source-before", "the nation is watching")],
        ),
        // After a comma, "from" goes on with what was said.
        (
            "The mayor “looked tired,” Ana Ruiz said, from “the long night.”",
            &[(
                "reported-source-before",
                "The mayor “looked tired,” Ana Ruiz said, from “the long night.”",
            )],
        ),
    ]);
}

/// A second half may open with an ellipsis for the words left out: after a
/// tag that ends with an abbreviation's dot, the capital after the ellipsis
/// opens its sentence.
#[test]
fn second_half_opening_with_an_ellipsis() {
    for text in [
        "“The pier is shut,” said Ana Ruiz, 40, who lives in Tampa and flew in from Orlando, Fla. “. . . We have no boats.”",
        "“The pier is shut,” said Ana Ruiz, 40, of Orlando, Fla. “… We have no boats.”",
    ] {
        let half = text.rsplit('“').next().unwrap().trim_end_matches('”');
        expect_rules(&[(
            text,
            &[
                ("quote-tag-after", "The pier is shut,"),
                ("quote-second-half", half),
            ],
        )]);
    }
}

/// A tag that ends its paragraph with an aside about the source (a relative
/// clause, an appositive, a clause of time) leaves the quotation to go on in
/// the next paragraph, as a tag that ends with the cue does; a participle
/// that moves to the scene, a new clause, or a statement of its own does not.
#[test]
fn split_quote_across_paragraphs_after_an_aside() {
    let halves = |first: &'static str| -> [(&'static str, &'static str); 2] {
        [
            ("quote-tag-after", first),
            ("quote-second-half", "We have no boats."),
        ]
    };
    for text in [
        "“The pier is shut,” said Ana Ruiz, who has run the port since 2010.\n\n“We have no boats.”",
        "“The pier is shut,” said Ana Ruiz, the port’s director, in Tampa.\n\n“We have no boats.”",
        "“The pier is shut,” Ana Ruiz told reporters when asked about the storm.\n\n“We have no boats.”",
    ] {
        expect_rules(&[(text, &halves("The pier is shut,"))]);
    }
    expect_rules(&[
        (
            "“The pier is shut,” Ana Ruiz said, looking at the docks.\n\n“We have no boats.”",
            &[
                ("quote-tag-after", "The pier is shut,"),
                ("quote-continues-paragraph", "We have no boats."),
            ],
        ),
        (
            "“The pier is shut,” Ana Ruiz said, adding that the storm had passed.\n\n“We have no boats.”",
            &[
                ("quote-tag-after", "The pier is shut,"),
                ("reported-source-after", "the storm had passed"),
                ("quote-continues-paragraph", "We have no boats."),
            ],
        ),
    ]);
}

#[test]
fn programme_title_after_a_possessive_is_not_a_quote() {
    expect_said(&[(
        "“China is worried,” the independent Vermont senator told ABC’s “Good Morning America.”",
        &[("direct", "China is worried,", "")],
    )]);
}

#[test]
fn quote_with_its_own_speaker_is_not_merged() {
    // Regression: "“A bear?” Sam Poe repeated." is Sam Poe's, not Ana Ruiz's.
    expect_said(&[(
        "“We will look at many people,” Ana Ruiz said. “A bear?” Sam Poe repeated.",
        &[("direct", "We will look at many people,", "Ana Ruiz")],
    )]);
}

#[test]
fn show_title_after_a_setting_is_not_a_quote() {
    // Regression: "said on ABC’s “This Week”" names a programme.
    expect_said(&[(
        "Jane Doe said on ABC’s “This Week” that the city is full.",
        &[("indirect", "the city is full", "Jane Doe")],
    )]);
}

/// Words of the sentence that lead into a quote past a comma, with its tag
/// after the quote or set off by commas before it, are the writer's setting
/// of what the speaker said, and the statement is the sentence, unless the
/// quote holds most of it.
#[test]
fn lead_in_before_a_quote_tagged_after_it() {
    expect_said(&[
        (
            "The plan, announced by the county in March after a long review of the clinics, “will cut waiting times,” Ana Ruiz said.",
            &[(
                "indirect",
                "The plan, announced by the county in March after a long review of the clinics, “will cut waiting times,”",
                "Ana Ruiz",
            )],
        ),
        (
            "If the levy passes in the spring and the state pays its share, “we can open two wards,” said Tom Reyes.",
            &[(
                "indirect",
                "If the levy passes in the spring and the state pays its share, “we can open two wards,”",
                "Tom Reyes",
            )],
        ),
        // The quote holds most of the sentence: it is the statement.
        (
            "In Leeds, “we have never seen a turnout like this one before,” said Tom Reyes.",
            &[("direct", "we have never seen a turnout like this one before,", "Tom Reyes")],
        ),
        // Words with a cue of their own are the attribution's setting.
        (
            "Asked about the vote on the budget in the city council last week, “I have nothing to add,” Ana Ruiz said.",
            &[("direct", "I have nothing to add,", "Ana Ruiz")],
        ),
        (
            "When pressed on the cost of the new wards at the hearing, “we will find the money,” Ana Ruiz said.",
            &[("direct", "we will find the money,", "Ana Ruiz")],
        ),
        // A topic named first is the writer's, not what was said.
        (
            "As for the cost of the new wards in the north of the city, “we will find it,” Ana Ruiz said.",
            &[("direct", "we will find it,", "Ana Ruiz")],
        ),
        // A tag set off by commas interrupts the sentence it tags.
        (
            "In cases of a late payment at the end of the school year, Ana Ruiz said, “the fee is waived.”",
            &[(
                "indirect",
                "In cases of a late payment at the end of the school year, Ana Ruiz said, “the fee is waived.”",
                "Ana Ruiz",
            )],
        ),
        (
            "Later, Ana Ruiz said, “We will open the two new wards in the north of the city.”",
            &[(
                "direct",
                "We will open the two new wards in the north of the city.",
                "Ana Ruiz",
            )],
        ),
        // A quote that opens in lower case goes on with the words before
        // the tag, however few they are.
        (
            "No new levy, Ana Ruiz said, “will fix what is broken in the clinics of the city.”",
            &[(
                "indirect",
                "No new levy, Ana Ruiz said, “will fix what is broken in the clinics of the city.”",
                "Ana Ruiz",
            )],
        ),
        (
            "In other words, Tom Reyes said, “the era of cheap money is over for good. It will not come back.”",
            &[(
                "indirect",
                "In other words, Tom Reyes said, “the era of cheap money is over for good. It will not come back.”",
                "Tom Reyes",
            )],
        ),
        // A clause of time before the tag sets the scene of the saying.
        (
            "As the crowd booed the plan at the town hall on the budget, Ana Ruiz said, “please calm down.”",
            &[("direct", "please calm down.", "Ana Ruiz")],
        ),
        // A tag with more to it heads a sentence of its own.
        (
            "A few minutes after the long meeting, Ana Ruiz sent an email saying, “done.”",
            &[("direct", "done.", "Ana Ruiz")],
        ),
        // A colon sets the quote off from what leads to it.
        (
            "The mayor was blunt about the budget for the coming year: “it is over,” Ana Ruiz said.",
            &[("direct", "it is over,", "Ana Ruiz")],
        ),
    ]);
}

#[test]
fn multi_paragraph_quote() {
    let text = "Jane Doe said: “We are out of room.\n\n“We need the state to step in.”";
    expect_said(&[(
        text,
        &[(
            "direct",
            "We are out of room.\n\n“We need the state to step in.",
            "Jane Doe",
        )],
    )]);
}

#[test]
fn partial_quote_inside_reported_speech() {
    expect_said(&[
        (
            "One official said that the city “came prepared to share a plan with us on housing” to help.",
            &[("direct", "came prepared to share a plan with us on housing", "One official")],
        ),
        // A quote in lower case that closes the clause is a fragment of it,
        // and the clause is the statement, however much of it the quote holds.
        (
            "Jane Doe said that the mayor was “weak on housing and weak on crime.”",
            &[(
                "indirect",
                "the mayor was “weak on housing and weak on crime.”",
                "Jane Doe",
            )],
        ),
        // A quote that opens with a capital is a sentence of the speaker's.
        (
            "Jane Doe said her answer was “No, and it will stay no for many years.”",
            &[("direct", "No, and it will stay no for many years.", "Jane Doe")],
        ),
        // A quote that runs on past the clause is more than the clause holds.
        (
            "Jane Doe said the mayor “will build the shelters this year. Then we will see.”",
            &[(
                "direct",
                "will build the shelters this year. Then we will see.",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe said the plan was “a good start” but more money was needed from the state.",
            &[("indirect", "the plan was “a good start” but more money was needed from the state", "Jane Doe")],
        ),
        // The clause runs on from a quote right after the cue: the whole
        // clause is what was said.
        (
            "Jane Doe said in a statement that “the company will appeal” against what it called an unfair ruling.",
            &[(
                "indirect",
                "“the company will appeal” against what it called an unfair ruling",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe said at a rally that \"a bomb\" had gone off in the city.",
            &[("indirect", "\"a bomb\" had gone off in the city", "Jane Doe")],
        ),
        // A number joined to the noun it measures stays in the setting.
        (
            "Judge Jane Doe wrote in a 114-page ruling that the law was void.",
            &[("indirect", "the law was void", "Jane Doe")],
        ),
        // A quote that ends on its own punctuation ends the clause.
        (
            "Jane Doe said: “We will win,” and the crowd cheered.",
            &[("direct", "We will win,", "Jane Doe")],
        ),
    ]);
}

#[test]
fn quote_only_paragraph_continues_previous_speaker() {
    let text = "Jane Doe, the mayor, said the shelters were full.\n\n“We have never seen anything like this winter.”";
    expect_said(&[(
        text,
        &[
            ("indirect", "the shelters were full", "Jane Doe"),
            (
                "direct",
                "We have never seen anything like this winter.",
                "Jane Doe",
            ),
        ],
    )]);
}

#[test]
fn nested_single_quotes() {
    expect_said(&[(
        "“He told me, ‘Stay home,’ and I did,” said Ana Ruiz.",
        &[("direct", "He told me, ‘Stay home,’ and I did,", "Ana Ruiz")],
    )]);
}

#[test]
fn mixed_straight_and_curly_marks() {
    expect_said(&[
        (
            "“We are full,“ said Jane Doe.",
            &[("direct", "We are full,", "Jane Doe")],
        ),
        (
            "\"We are full,” said Jane Doe.",
            &[("direct", "We are full,", "Jane Doe")],
        ),
        (
            "“We are full,\" said Jane Doe.",
            &[("direct", "We are full,", "Jane Doe")],
        ),
        (
            "''We are full,'' said Jane Doe.",
            &[("direct", "We are full,", "Jane Doe")],
        ),
    ]);
}

#[test]
fn scare_quotes_and_quoted_names_are_not_statements() {
    expect_said(&[
        ("The “Remain in Mexico” policy ended in 2021.", &[]),
        (
            "Critics call the plan a “bridge to nowhere” and a waste.",
            &[],
        ),
        (
            "Speaking on “Meet the Press,” Jane Doe defended the budget.",
            &[],
        ),
    ]);
}

// Reported speech.

#[test]
fn reported_clause_of_two_words() {
    // A subject and its finite verb make a clause of two words.
    expect_said(&[
        (
            "Tom Reyes said rents fell.",
            &[("indirect", "rents fell", "Tom Reyes")],
        ),
        (
            "The Harbor Board said traffic doubled.",
            &[("indirect", "traffic doubled", "Harbor Board")],
        ),
        (
            "Jane Doe said she agreed.",
            &[("indirect", "she agreed", "Jane Doe")],
        ),
        (
            "Jane Doe says it works.",
            &[("indirect", "it works", "Jane Doe")],
        ),
    ]);
    // A time, a setting or a noun phrase after the cue is no clause.
    expect_said(&[
        ("Jane Doe said Tuesday night.", &[]),
        ("Tom Reyes said last week.", &[]),
        ("Jane Doe said in statements.", &[]),
        ("Jane Doe said earlier today.", &[]),
        ("Tom Reyes said the figures.", &[]),
        ("Tom Reyes said police officers.", &[]),
        ("Jane Doe said she would.", &[]),
    ]);
}

/// A word that stands for a whole answer or for what was said before
/// ("yes", "no", "so", "the same", "as much", "otherwise") is what was
/// said when it ends the object of the cue; a setting after it is not, but
/// what "the same" is said of is. Before any other word it opens a phrase
/// or a clause of its own.
#[test]
fn a_word_standing_for_an_answer_is_what_was_said() {
    expect_said(&[
        ("Tom Reyes said so.", &[("indirect", "so", "Tom Reyes")]),
        (
            "Asked about the ferry, Jane Doe said yes, and left.",
            &[("indirect", "yes", "Jane Doe")],
        ),
        (
            "Tom Reyes said no on Friday.",
            &[("indirect", "no", "Tom Reyes")],
        ),
        (
            "Jane Doe has said as much in recent weeks.",
            &[("indirect", "as much", "Jane Doe")],
        ),
        (
            "Tom Reyes said the same thing while the boats were moored.",
            &[("indirect", "the same thing", "Tom Reyes")],
        ),
        (
            "Jane Doe said the same of the harbor board.",
            &[("indirect", "the same of the harbor board", "Jane Doe")],
        ),
        (
            "Tom Reyes suggested otherwise.",
            &[("indirect", "otherwise", "Tom Reyes")],
        ),
    ]);
    expect_said(&[
        ("Jane Doe said so many times.", &[]),
        (
            "Tom Reyes said the same boats sank twice.",
            &[("indirect", "the same boats sank twice", "Tom Reyes")],
        ),
    ]);
}

#[test]
fn reported_speech_with_that_and_without() {
    expect_said(&[
        (
            "Jane Doe said that the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        (
            "Jane Doe said the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        // A time right after the cue says when it was said, and "that"
        // after the time opens what was said.
        (
            "The Harbor Ledger reported on Saturday that the pier would close.",
            &[("indirect", "the pier would close", "Harbor Ledger")],
        ),
        // A month spelled like a modal before a comma opens no question.
        (
            "The pier will reopen in May, said Tom Reyes.",
            &[("indirect", "The pier will reopen in May", "Tom Reyes")],
        ),
        // A number with a sign is a word of the clause, as its spelled form
        // would be: "fell 4%" says as much as "fell four percent".
        (
            "Harbor Foods said sales fell 4%.",
            &[("indirect", "sales fell 4%", "Harbor Foods")],
        ),
        (
            "The port said that rents were 12%.",
            &[("indirect", "rents were 12%", "")],
        ),
        // So is a number that counts the noun after it: "12 boats arrived"
        // says as much as "twelve boats arrived".
        (
            "Jane Roe said 12 boats arrived.",
            &[("indirect", "12 boats arrived", "Jane Roe")],
        ),
        (
            "The coast guard said 40 crew were safe.",
            &[("indirect", "40 crew were safe", "")],
        ),
    ]);
}

#[test]
fn words_of_time_or_stress_around_a_cue_leave_the_clause_alone() {
    expect_said(&[
        // An adverb of stress between the subject and the cue, after "did"
        // or alone.
        (
            "Jane Doe did indeed say that the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        (
            "Jane Doe indeed said that the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        // A phrase of how long it was said before "that" leaves the cue a
        // cue and stays out of what was said.
        (
            "Tom Reyes argued for months that the port is too small.",
            &[("indirect", "the port is too small", "Tom Reyes")],
        ),
        (
            "Tom Reyes has warned for years that the levee could fail.",
            &[("indirect", "the levee could fail", "Tom Reyes")],
        ),
        (
            "Jane Doe said all along that the mill would close.",
            &[("indirect", "the mill would close", "Jane Doe")],
        ),
    ]);
}

#[test]
fn a_participle_that_repeats_the_cue_leaves_its_audience_out() {
    expect_said(&[(
        "Tom Reyes wrote to investors, telling them the stock was worth far more.",
        &[("indirect", "the stock was worth far more", "Tom Reyes")],
    )]);
}

#[test]
fn a_participle_of_saying_that_opens_the_sentence() {
    expect_said(&[
        // The participle's clause is what the main clause's subject said,
        // with "that" or without, alone or after "after".
        (
            "Insisting the deal is dead, Jane Doe walked out of the talks.",
            &[("indirect", "the deal is dead", "Jane Doe")],
        ),
        (
            "Noting that the vote was close, Tom Reyes added that the bill was doomed.",
            &[
                ("indirect", "the vote was close", "Tom Reyes"),
                ("indirect", "the bill was doomed", "Tom Reyes"),
            ],
        ),
        (
            "After saying her knee was sore, Jane Doe left the field.",
            &[("indirect", "her knee was sore", "Jane Doe")],
        ),
        // After a preposition of addition the saying is the subject's;
        // "besides" is no source.
        (
            "Jane Doe closed the pier, despite saying it was safe.",
            &[("indirect", "it was safe", "Jane Doe")],
        ),
        (
            "Tom Reyes declined to name candidates, aside from saying that the slate \
             would be diverse.",
            &[("indirect", "the slate would be diverse", "Tom Reyes")],
        ),
        (
            "Despite saying the pier was safe, Jane Doe closed it on Monday.",
            &[("indirect", "the pier was safe", "Jane Doe")],
        ),
        (
            "Tom Reyes left early, besides saying that the pier was safe.",
            &[("indirect", "the pier was safe", "Tom Reyes")],
        ),
        // A participle with a thing for its object says no clause.
        (
            "Citing a report by the board, Jane Doe said the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Jane Doe")],
        ),
        (
            "Saying goodbye to the crew, the captain left the ship.",
            &[],
        ),
    ]);
}

#[test]
fn a_reported_clause_ends_before_another_tagged_quotation() {
    expect_said(&[
        // The quotation after ", and" has a tag of its own; the clause
        // before it is still what the first source said.
        (
            "Jane Doe said parents who adopt would not qualify for the leave, and when \
             pressed on why, the mother of three young boys replied, \"It is meant for \
             mothers.\"",
            &[
                (
                    "indirect",
                    "parents who adopt would not qualify for the leave",
                    "Jane Doe",
                ),
                ("direct", "It is meant for mothers.", ""),
            ],
        ),
    ]);
}

#[test]
fn a_noun_that_is_also_a_cue_does_not_end_the_clause() {
    expect_said(&[
        // "state" after "and" is a noun here, not a second verb of saying.
        (
            "The letter says the campaign broke federal and state law by using the photos.",
            &[(
                "indirect",
                "the campaign broke federal and state law by using the photos",
                "",
            )],
        ),
        // A second verb of the subject still ends the clause, and reports
        // a clause of its own.
        (
            "Jane Doe said the city is full and added that more buses are coming.",
            &[
                ("indirect", "the city is full", "Jane Doe"),
                ("indirect", "more buses are coming", "Jane Doe"),
            ],
        ),
        // Right after a verb in the past, a word of saying in its plain or
        // plural form opens the clause as its subject.
        (
            "Jane Doe said demand for the ferry had fallen.",
            &[("indirect", "demand for the ferry had fallen", "Jane Doe")],
        ),
        (
            "Jane Doe added reports of a deal were false.",
            &[("indirect", "reports of a deal were false", "Jane Doe")],
        ),
        // Before a verb in the past it is still the source's noun.
        (
            "News reports said the ferry would stop.",
            &[("indirect", "the ferry would stop", "News reports")],
        ),
    ]);
}

#[test]
fn a_participle_between_a_modifier_and_its_noun_is_no_cue() {
    expect_said(&[(
        "Sexton, a creative writing professor, said he holds his roots in southern Indiana dear.",
        &[(
            "indirect",
            "he holds his roots in southern Indiana dear",
            "Sexton",
        )],
    )]);
}

#[test]
fn a_code_with_digits_in_a_title_after_the_cue_is_no_name() {
    expect_said(&[(
        "“It was a sizable purchase of data,” said L2 president Bruce Willsie.",
        &[(
            "direct",
            "It was a sizable purchase of data,",
            "Bruce Willsie",
        )],
    )]);
}

#[test]
fn responds_to_is_no_cue_and_by_saying_speaks_for_the_subject() {
    expect_said(&[
        // Acting on something says nothing; the participle after "with"
        // names its own source.
        (
            "The attack sparked a debate over how the city responds to violence, with Senator Jane Doe telling reporters she viewed the mayor as responsible.",
            &[(
                "indirect",
                "she viewed the mayor as responsible",
                "Jane Doe",
            )],
        ),
        (
            "Mayor Jane Doe responded to a reporter on Wednesday by saying the shelters are full.",
            &[("indirect", "the shelters are full", "Jane Doe")],
        ),
        // An appositive after the subject is closed before its clause goes on.
        (
            "Jane Doe, a retired judge, then appeared on television and began by saying \
             she would never comment on the case.",
            &[(
                "indirect",
                "she would never comment on the case",
                "Jane Doe",
            )],
        ),
        // After "by", a passive names no one, and an object is no clause.
        (
            "The plan is often justified by arguing that buses are cheaper than trains.",
            &[],
        ),
        (
            "Jane Doe won the spin by declaring herself the comeback kid.",
            &[],
        ),
    ]);
}

#[test]
fn a_change_that_suggests_something_is_no_source() {
    expect_said(&[
        ("The increase suggests that prices will fall.", &[]),
        (
            "The sharp rise in rents suggests that the market is overheating.",
            &[],
        ),
        ("The decline in sales suggests the ads did not work.", &[]),
        (
            "Official data suggest the economy is slowing.",
            &[("indirect", "the economy is slowing", "")],
        ),
        // A document without its issuer is a statement no one is named
        // for, as the data's is.
        (
            "Polls suggest the race is tightening.",
            &[("indirect", "the race is tightening", "")],
        ),
    ]);
}

#[test]
fn answering_the_door_or_the_phone_is_no_speech() {
    expect_said(&[
        (
            "A woman who answered the door at the house said the family was not home.",
            &[(
                "indirect",
                "the family was not home",
                "A woman who answered the door at the house",
            )],
        ),
        (
            "Jane Roe answered her phone at the campaign office on Tuesday.",
            &[],
        ),
        (
            "Roe answered that the vote had been moved.",
            &[("indirect", "the vote had been moved", "Roe")],
        ),
    ]);
}

#[test]
fn a_home_town_and_its_state_are_no_source() {
    expect_said(&[
        (
            "Harry Bond, 30, of Raleigh, N.C., who voted early, said he was undecided.",
            &[("indirect", "he was undecided", "Harry Bond")],
        ),
        (
            "Ann Lee, 52, of Dayton, Ohio, who runs a bakery, said prices were up.",
            &[("indirect", "prices were up", "Ann Lee")],
        ),
        (
            "Of the plan, Levine, who backs the mayor, said it was late.",
            &[("indirect", "it was late", "Levine")],
        ),
        (
            "The head of Acme, Jane Roe, who founded it, said sales were up.",
            &[("indirect", "sales were up", "Jane Roe")],
        ),
    ]);
}

#[test]
fn names_joined_by_and_speak_together() {
    expect_said(&[
        // The last name alone would be a wrong source, and so would either
        // of them for a "he" that follows.
        (
            "Jane Doe and John Roe said the shelters are full. He said more beds will open.",
            &[
                ("indirect", "the shelters are full", "Jane Doe and John Roe"),
                ("indirect", "more beds will open", ""),
            ],
        ),
        (
            "Jane Doe and John Roe said the shelters are full. They said more beds will open.",
            &[
                ("indirect", "the shelters are full", "Jane Doe and John Roe"),
                ("indirect", "more beds will open", "Jane Doe and John Roe"),
            ],
        ),
    ]);
}

#[test]
fn a_contracted_first_person_pronoun_is_no_name() {
    expect_said(&[(
        "I’ve suggested that developers benefit from the rule.",
        &[("indirect", "developers benefit from the rule", "")],
    )]);
}

/// A pronoun with a verb contracted onto it names its speaker without the
/// verb: the mention of "I've said" is "I".
#[test]
fn a_contracted_pronoun_mention_is_the_pronoun_alone() {
    for (text, expected) in [
        ("I’ve suggested that developers benefit from the rule.", "I"),
        ("We'd argued that the rates were too high.", "We"),
        ("They're saying the road is closed.", "They"),
    ] {
        let analysis = run(text);
        let mentions: Vec<String> = analysis.statements.iter().map(mention).collect();
        assert_eq!(mentions, [expected], "{text}");
    }
}

#[test]
fn a_plural_source_before_a_clause_makes_a_noun_like_cue_a_verb() {
    expect_said(&[
        (
            "But some note that the mayor has proposed little.",
            &[("indirect", "the mayor has proposed little", "")],
        ),
        (
            "Critics claim that the plan will fail.",
            &[("indirect", "the plan will fail", "Critics")],
        ),
        // A note, a claim: nouns after a determiner.
        ("His claim that the plan will fail was wrong.", &[]),
    ]);
}

#[test]
fn a_source_after_comma_and_ends_the_clause_before_it() {
    expect_said(&[(
        "Jane Doe said that the reforms were not complete, and human rights groups warned that the city was giving up leverage.",
        &[
            ("indirect", "the reforms were not complete", "Jane Doe"),
            (
                "indirect",
                "the city was giving up leverage",
                "human rights groups",
            ),
        ],
    )]);
}

#[test]
fn a_capitalised_ing_word_inside_a_sentence_is_a_name() {
    expect_said(&[
        (
            "“We live in Chicago,” Ebeling said.",
            &[("direct", "We live in Chicago,", "Ebeling")],
        ),
        // Opening a sentence, even in parentheses, it is a participle.
        ("(Having said that, the mayor left town.)", &[]),
    ]);
}

#[test]
fn a_quote_attributed_after_it_without_a_comma() {
    expect_said(&[
        (
            "“The Iowa caucus is a battle of niches” Grubbs said.",
            &[("direct", "The Iowa caucus is a battle of niches", "Grubbs")],
        ),
        // A setting, an audience or a time may follow the cue.
        (
            "“The economy is stronger than it has been in years” Jane Roe said in a newsletter to supporters.",
            &[(
                "direct",
                "The economy is stronger than it has been in years",
                "Jane Roe",
            )],
        ),
        (
            "“We will win this state in November” Grubbs told reporters on Monday.",
            &[("direct", "We will win this state in November", "Grubbs")],
        ),
        // A clause after the cue is its own content, and the quote a title.
        (
            "He read “The Art of the Deal and the Business of Politics” Grubbs said the book was a hit with voters.",
            &[("indirect", "the book was a hit with voters", "Grubbs")],
        ),
        // A title in a phrase is no quotation.
        (
            "Speaking on “Meet the Press with Chuck Todd” Grubbs said.",
            &[],
        ),
    ]);
}

#[test]
fn an_audience_or_a_sign_before_a_participle_is_no_source() {
    expect_said(&[
        (
            "Jane Doe sent a text message to supporters saying the race is won.",
            &[("indirect", "the race is won", "Jane Doe")],
        ),
        (
            "The workers carried signs saying the merger would kill jobs.",
            &[("indirect", "the merger would kill jobs", "The workers")],
        ),
        (
            "Jane Doe emailed supporters saying the struggle continues.",
            &[("indirect", "the struggle continues", "Jane Doe")],
        ),
        // Criticised for saying: the one criticised said it.
        (
            "Jane Doe criticized John Roe for saying he would remain neutral.",
            &[("indirect", "he would remain neutral", "John Roe")],
        ),
        (
            "John Roe was criticized by Jane Doe for saying he would remain neutral.",
            &[("indirect", "he would remain neutral", "John Roe")],
        ),
        // After "told" comes the audience, not the source, wherever the
        // cue stands; the source is the one a "who" clause describes.
        ("“Both men are meeting next week,” told Fox News.", &[]),
        (
            "“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.",
            &[("direct", "The agents are under a lot of pressure,", "an intelligence source")],
        ),
    ]);
}

#[test]
fn and_said_belongs_to_the_subject_of_its_own_clause() {
    expect_said(&[
        (
            "Jane Doe signed an order on Monday, while Mike Huckabee, the former governor, proposed a ban and said the speaker should resign.",
            &[("indirect", "the speaker should resign", "Mike Huckabee")],
        ),
        // A phrase cut at "and" names no one: the sentence's subject, before
        // its irregular verb, urges.
        (
            "Limbaugh began by crediting Trump for his instincts and urging him to keep following them.",
            &[("indirect", "him to keep following them", "Limbaugh")],
        ),
        // A first verb of saying is the clause's own verb, whose subject
        // the second one shares.
        (
            "On Thursday, Ryan said he was not ready to back the nominee, and suggested that the nominee must unify the party first.",
            &[
                ("indirect", "he was not ready to back the nominee", "Ryan"),
                ("indirect", "the nominee must unify the party first", "Ryan"),
            ],
        ),
        (
            "Ann Lee said it was too early to name the winners but added, “I think you all have an idea of the results.”",
            &[
                ("indirect", "it was too early to name the winners", "Ann Lee"),
                ("direct", "I think you all have an idea of the results.", "Ann Lee"),
            ],
        ),
        (
            "Tom Cole says the bill is dead and tells his colleagues that the vote will fail.",
            &[
                ("indirect", "the bill is dead", "Tom Cole"),
                ("indirect", "the vote will fail", "Tom Cole"),
            ],
        ),
        // In a relative clause the pronoun's phrase speaks, not the
        // sentence's subject.
        (
            "Tom Cole spoke to Ann Lee, who opened her door on Sunday afternoon and said she planned to caucus for Clinton.",
            &[("indirect", "she planned to caucus for Clinton", "Ann Lee")],
        ),
        (
            "Tom Cole praised those who left but said the campaign would go on.",
            &[("indirect", "the campaign would go on", "Tom Cole")],
        ),
    ]);
}

#[test]
fn content_past_a_comma_with_its_own_source_and_cue_is_that_sources() {
    expect_said(&[(
        "While Jane Doe pledged to work with both parties in Washington, John Roe insisted that change will come only with a shake-up.",
        &[
            (
                "indirect",
                "to work with both parties in Washington",
                "Jane Doe",
            ),
            (
                "indirect",
                "change will come only with a shake-up",
                "John Roe",
            ),
        ],
    )]);
}

#[test]
fn a_pronoun_after_another_persons_sentence_is_that_person() {
    expect_said(&[
        // Sanders is the subject of the sentence between Kasich's words and
        // the pronoun: news goes on about the person it has just named.
        (
            "John Kasich said he would stay in the race. Sen. Bernie Sanders is touting his campaign. He says he believes the wind is at his back.",
            &[
                ("indirect", "he would stay in the race", "John Kasich"),
                ("indirect", "he believes the wind is at his back", "Bernie Sanders"),
            ],
        ),
        // A sentence about the speaker himself keeps him the referent.
        (
            "John Kasich said he would stay in the race. Kasich is touting his campaign. He says he believes the wind is at his back.",
            &[
                ("indirect", "he would stay in the race", "John Kasich"),
                ("indirect", "he believes the wind is at his back", "John Kasich"),
            ],
        ),
        // The subject after an opening phrase, before anyone has spoken.
        (
            "Mayor Ann Lee and Gov. Tom Reyes met on Friday. In an interview after the meeting, Lee made it clear she was tired. \"We are done,\" she told reporters.",
            &[("direct", "We are done,", "Ann Lee")],
        ),
        // A name before a role owns the role; the subject is the name after it.
        (
            "Gov. Tom Reyes spoke first. Reyes spokesman Dan Moss would not say when the vote comes. \"We have no news yet,\" he said.",
            &[("direct", "We have no news yet,", "Dan Moss")],
        ),
        // A name inside the pronoun's own sentence may be what is talked
        // about, so only the sentence before counts.
        (
            "Gov. Tom Reyes and Sen. Dan Moss met on Friday. Moss is wrong about the budget, he said.",
            &[("indirect", "Moss is wrong about the budget", "")],
        ),
    ]);
}

#[test]
fn a_second_that_clause_after_but_is_said_too() {
    expect_said(&[
        (
            "Jane Doe said that the shelters are full, but that more beds will open in March.",
            &[(
                "indirect",
                "the shelters are full, but that more beds will open in March",
                "Jane Doe",
            )],
        ),
        // A contrast without "that" is the writer's.
        (
            "Jane Doe said that the shelters are full, but the city has not opened more.",
            &[("indirect", "the shelters are full", "Jane Doe")],
        ),
        // "even as" turns to the writer's contrast when it turns to the
        // speaker; "even as polls showed …" stresses what was said (see
        // a_contrast_within_what_was_said_goes_on_with_it).
        (
            "Jane Doe said the vote would be close, even as she led in the polls.",
            &[("indirect", "the vote would be close", "Jane Doe")],
        ),
    ]);
}

#[test]
fn a_contrast_within_what_was_said_goes_on_with_it() {
    expect_said(&[
        (
            "Jane Doe said the shelters would reopen, but not before March.",
            &[(
                "indirect",
                "the shelters would reopen, but not before March",
                "Jane Doe",
            )],
        ),
        (
            "The mayor said the city would pay, but only if the county matched the money.",
            &[(
                "indirect",
                "the city would pay, but only if the county matched the money",
                "",
            )],
        ),
        (
            "Jane Doe said the plant would stay open, even if sales kept falling.",
            &[(
                "indirect",
                "the plant would stay open, even if sales kept falling",
                "Jane Doe",
            )],
        ),
        // "even" stresses a word of what was said unless it turns as "even
        // though" or to the speaker.
        (
            "Jane Doe said the mills would stay shut, even as prices rose.",
            &[(
                "indirect",
                "the mills would stay shut, even as prices rose",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe has long said she will back the nominee, even as she has attacked his plans.",
            &[("indirect", "she will back the nominee", "Jane Doe")],
        ),
        (
            "Jane Doe told supporters that she is not giving up, despite trailing in every poll.",
            &[(
                "indirect",
                "she is not giving up, despite trailing in every poll",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe said the plant would close, even though sales rose.",
            &[("indirect", "the plant would close", "Jane Doe")],
        ),
        (
            "Roe said the party must change, but also that it must stay united.",
            &[(
                "indirect",
                "the party must change, but also that it must stay united",
                "Roe",
            )],
        ),
    ]);
}

#[test]
fn a_participle_after_the_clause_goes_on_with_it_unless_it_is_a_cue() {
    expect_said(&[
        (
            "Jane Doe said the new shelters would ease the crowding, allowing families to stay together.",
            &[(
                "indirect",
                "the new shelters would ease the crowding, allowing families to stay together",
                "Jane Doe",
            )],
        ),
        // A participle of saying starts the source's next statement.
        (
            "Jane Doe said the city is full, adding that more buses are coming.",
            &[
                ("indirect", "the city is full", "Jane Doe"),
                ("indirect", "more buses are coming", "Jane Doe"),
            ],
        ),
        // Also after a quote that the comma closes.
        (
            "Jane Doe told reporters the shelters were “a crisis of our own making,” adding that more buses are coming.",
            &[
                ("direct", "a crisis of our own making,", "Jane Doe"),
                ("indirect", "more buses are coming", "Jane Doe"),
            ],
        ),
    ]);
}

#[test]
fn a_relative_pronoun_names_the_source_through_its_antecedent() {
    let cases = [
        (
            "Jane Doe, who in 2010 said the party's goal was to win, is running again.",
            "the party's goal was to win",
            "Jane Doe",
            "who",
        ),
        (
            "The show took calls from listeners who said they had doubts about the plan.",
            "they had doubts about the plan",
            "listeners",
            "who",
        ),
        // An antecedent that names no one leaves the statement unattributed,
        // and the phrase, not the pronoun, is how the source is named.
        (
            "He refused to pay a stranger who said he was never paid for the clubhouse.",
            "he was never paid for the clubhouse",
            "",
            "a stranger",
        ),
        // One that describes someone by their work is an unnamed source.
        (
            "He refused to pay an architect who said he was never paid for the clubhouse.",
            "he was never paid for the clubhouse",
            "an architect",
            "who",
        ),
    ];
    for (text, words, speaker, named) in cases {
        let got = said(&run(text));
        assert_eq!(
            got,
            vec![(
                "indirect",
                words.to_string(),
                speaker.to_string(),
                named.to_string()
            )],
            "{text}"
        );
    }
}

/// Speaker names and mentions of the attributed statements in `text`.
fn speakers_and_mentions(text: &str) -> Vec<(String, String)> {
    said(&run(text))
        .into_iter()
        .map(|(_, _, speaker, mention)| (speaker, mention))
        .collect()
}

/// Checks that the one source of each text is named, as speaker and as
/// mention, by the given phrase.
fn expect_named_by_the_phrase(cases: &[(&str, &str)]) {
    for (text, source) in cases {
        assert_eq!(
            speakers_and_mentions(text),
            vec![(source.to_string(), source.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_source_with_a_prepositional_object_is_named_by_its_owner() {
    // (text, resolved speaker, mention): the object of the preposition is
    // never the source, and a name or title keeps its prepositions.
    let cases = [
        (
            "A spokesman for the company said the plant would close.",
            "A spokesman for the company",
            "A spokesman for the company",
        ),
        (
            "Officials in Washington said the talks would resume.",
            "Officials in Washington",
            "Officials in Washington",
        ),
        (
            "People familiar with the talks said a deal was near.",
            "People familiar with the talks",
            "People familiar with the talks",
        ),
        (
            "Sources close to the campaign said the candidate would stay.",
            "Sources close to the campaign",
            "Sources close to the campaign",
        ),
        (
            "Two sources privy to the talks say the deal is close.",
            "Two sources privy to the talks",
            "Two sources privy to the talks",
        ),
        (
            "Most of the owners in each harbor say the levy is too high.",
            "Most of the owners in each harbor",
            "the owners in each harbor",
        ),
        (
            "Sources privy to discussions say the deal is close.",
            "Sources privy to discussions",
            "Sources privy to discussions",
        ),
        (
            "Members of the board of directors said they would vote.",
            "Members of the board of directors",
            "Members of the board of directors",
        ),
        (
            "Experts on North Korea and nuclear nonproliferation said the test could change that.",
            "Experts on North Korea and nuclear nonproliferation",
            "Experts on North Korea and nuclear nonproliferation",
        ),
        (
            "Hundreds of people in the square said they would stay.",
            "Hundreds of people in the square",
            "Hundreds of people in the square",
        ),
        (
            "Michael Tanner of the Cato Institute said the plan would fail.",
            "Michael Tanner",
            "Michael Tanner of the Cato Institute",
        ),
        (
            "Senator Bernie Sanders of Vermont said the plan was a fraud.",
            "Bernie Sanders",
            "Senator Bernie Sanders of Vermont",
        ),
        // The head of an unnamed agency is no one the text has named.
        (
            "The head of the agency said the rules would change.",
            "",
            "The head of the agency",
        ),
        // Nor is a government, which carries its place: the place does not speak.
        (
            "The government in Beijing said the costs were high.",
            "",
            "The government in Beijing",
        ),
        (
            "Speaker of the House Paul Ryan said the bill would pass.",
            "Paul Ryan",
            "Speaker of the House Paul Ryan",
        ),
        (
            "Bank of America said its profit rose.",
            "Bank of America",
            "Bank of America",
        ),
        (
            "The group raised $200,000, according to the Center for Responsive Politics.",
            "Center for Responsive Politics",
            "the Center for Responsive Politics",
        ),
        (
            "The Organization for Economic Cooperation and Development said growth would slow.",
            "Organization for Economic Cooperation and Development",
            "The Organization for Economic Cooperation and Development",
        ),
        (
            "Eric Roe, a strategist and former adviser to Scott Walker, said the race was open.",
            "Eric Roe",
            "Eric Roe, a strategist and former adviser to Scott Walker",
        ),
    ];
    for (text, speaker, mention) in cases {
        assert_eq!(
            speakers_and_mentions(text),
            vec![(speaker.to_string(), mention.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_relative_clause_between_a_source_and_its_cue_describes_the_source() {
    // (text, resolved speaker, mention): the clause's last words are never
    // the source ("his job", "Trump").
    let cases = [
        (
            "A man in Ohio who lost his job said the plant had been his life.",
            "A man in Ohio who lost his job",
        ),
        (
            "Voters who backed Trump said they were angry.",
            "Voters who backed Trump",
        ),
        (
            "Those who attended the meeting said it was tense.",
            "Those who attended the meeting",
        ),
    ];
    expect_named_by_the_phrase(&cases);
}

#[test]
fn a_participle_phrase_between_a_source_and_its_cue_describes_the_source() {
    // (text, resolved speaker, mention): the participle's object ("the
    // polls") is never the source.
    let cases = [
        (
            "Voters going to the polls said they were tired of the race.",
            "Voters going to the polls",
        ),
        (
            "Officials briefed on the talks said a deal was near.",
            "Officials briefed on the talks",
        ),
        (
            "Another source speaking to the newspaper said the plan had changed.",
            "Another source speaking to the newspaper",
        ),
        (
            "A campaign aide speaking to voters said the plan had changed.",
            "A campaign aide speaking to voters",
        ),
        (
            "Families living near the plant say the air smells of sulfur.",
            "Families living near the plant",
        ),
        (
            "Protesters marching through the square said the curfew was unfair.",
            "Protesters marching through the square",
        ),
        (
            "Fans pouring into the stadium said they had waited for hours.",
            "Fans pouring into the stadium",
        ),
        // Nor is the object of a participle's infinitive.
        (
            "Activists clamoring to block Jane Roe from the nomination say they are gaining ground.",
            "Activists clamoring to block Jane Roe from the nomination",
        ),
        (
            "Democrats trying to regain control of the Senate say they have a new weapon.",
            "Democrats trying to regain control of the Senate",
        ),
        // A passive participle's agent is not the source either.
        (
            "Voters polled by Gallup said they were tired.",
            "Voters polled by Gallup",
        ),
        (
            "A witness interviewed by congressional staff said the files were erased.",
            "A witness interviewed by congressional staff",
        ),
        (
            "A letter signed by 50 senators says the plan is illegal.",
            "A letter signed by 50 senators",
        ),
        (
            "Jane Roe slammed a lawsuit filed by a fired staffer alleging that she broke the law.",
            "a lawsuit filed by a fired staffer",
        ),
    ];
    expect_named_by_the_phrase(&cases);
    // A relative pronoun still stands for the object: the agent here.
    assert_eq!(
        speakers_and_mentions(
            "The fine was levied by the European Union, which said that Ireland had undertaxed the company."
        ),
        vec![("European Union".to_string(), "which".to_string())]
    );
}

#[test]
fn a_verb_that_carries_the_cue_stands_between_it_and_its_source() {
    expect_said(&[
        (
            "Jane Roe kept saying that the election was rigged.",
            &[("indirect", "the election was rigged", "Jane Roe")],
        ),
        (
            "More senators have begun urging the party to move on.",
            &[("indirect", "the party to move on", "More senators")],
        ),
        // A list of doings is no speech.
        (
            "Fans typically begin shouting, pointing and jeering at the protester.",
            &[],
        ),
    ]);
}

#[test]
fn a_span_of_time_before_a_cue_is_no_source() {
    expect_said(&[(
        "After years adding coal plants at breakneck speed, the city banned new ones.",
        &[],
    )]);
}

#[test]
fn a_document_before_a_participle_speaks_for_its_author() {
    let cases = [
        (
            "Jane Doe sent a letter saying the deal was dead.",
            "Jane Doe",
        ),
        (
            "Jane Doe posted a series of tweets early Friday saying that the vote was rigged.",
            "Jane Doe",
        ),
    ];
    for (text, author) in cases {
        assert_eq!(
            speakers_and_mentions(text),
            vec![(author.to_string(), author.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_party_tag_after_a_name_is_part_of_the_source() {
    expect_said(&[(
        "The vote is Tuesday. “The veto will be overridden,” Senate Majority Leader Mitch \
         McConnell, R-Ky., said.",
        &[("direct", "The veto will be overridden,", "Mitch McConnell")],
    )]);
}

#[test]
fn a_role_adjective_before_a_title_is_part_of_the_source() {
    expect_said(&[(
        "The vote is Tuesday. The plan “is a fraud,” retired Air Force general Lloyd Newton said.",
        &[("direct", "is a fraud,", "Lloyd Newton")],
    )]);
}

#[test]
fn an_attribution_with_its_setting_inside_a_sentence() {
    expect_said(&[
        // The sentence goes on after the attribution and its setting.
        (
            "The vote is Tuesday. The middle fifth paid 8.9 percent, the agency said in a June \
             report, and the bottom fifth paid 0.8 percent.",
            &[(
                "indirect",
                "The middle fifth paid 8.9 percent, the agency said in a June report, and the \
                 bottom fifth paid 0.8 percent",
                "",
            )],
        ),
        // A participle after it is no content of the attribution.
        (
            "The vote is Tuesday. The country has changed for the better, Jane Doe said in \
             June, citing the release of prisoners.",
            &[(
                "indirect",
                "The country has changed for the better",
                "Jane Doe",
            )],
        ),
    ]);
}

#[test]
fn an_object_before_a_participle_is_not_its_source() {
    expect_said(&[
        (
            "The vote is Tuesday. Jane Roe attacked John Doe, the front-runner, saying \
             conservatives need to band together.",
            &[(
                "indirect",
                "conservatives need to band together",
                "Jane Roe",
            )],
        ),
        // A phrase that opens the sentence is its subject.
        (
            "The vote is Tuesday. John Doe, the front-runner, saying the vote was rigged, \
             refused to concede.",
            &[("indirect", "the vote was rigged", "John Doe")],
        ),
    ]);
}

/// A sentence that ends with its source is that source's account, and a
/// word of saying inside it is part of the account, not a statement of its
/// own.
#[test]
fn an_account_with_its_source_at_the_end_holds_the_speech_inside_it() {
    expect_said(&[
        (
            "Jane Doe met her aides and told them that she would run again, according to two people present.",
            &[(
                "indirect",
                "Jane Doe met her aides and told them that she would run again",
                "",
            )],
        ),
        (
            "Tom Reyes held a meeting with the board and promised to cut costs, the Harbor Times reported.",
            &[(
                "indirect",
                "Tom Reyes held a meeting with the board and promised to cut costs",
                "Harbor Times",
            )],
        ),
        // A source in the middle is inside what was said.
        (
            "Jane Doe said on Tuesday that, according to its count, the party won most seats.",
            &[(
                "indirect",
                "according to its count, the party won most seats",
                "Jane Doe",
            )],
        ),
    ]);
}

/// A participle of saying after a sentence whose own verb is no verb of
/// saying reports what the sentence's subject said, whatever form that verb
/// takes: an irregular past, or a form of "be" or "have" before one in -ing.
#[test]
fn a_participle_of_saying_after_any_main_verb_speaks_for_the_subject() {
    expect_said(&[
        (
            "The union is drafting a plan to win back members, saying the old deal failed them.",
            &[("indirect", "the old deal failed them", "")],
        ),
        (
            "Jane Doe threw her weight behind the mayor on Monday, saying he had earned a second term.",
            &[("indirect", "he had earned a second term", "Jane Doe")],
        ),
        (
            "Local farmers have been pressing the board to act, saying that the river is drying up.",
            &[("indirect", "the river is drying up", "Local farmers")],
        ),
        // After a cue of its own, the participle repeats the saying.
        (
            "Tom Reyes responded, saying the plan was dead.",
            &[("indirect", "the plan was dead", "Tom Reyes")],
        ),
        (
            "Jane Doe replied, saying that the pier would stay open.",
            &[("indirect", "the pier would stay open", "Jane Doe")],
        ),
        // A verb whose past is its base form is a verb before a particle.
        (
            "Harbor party leader Tom Reyes hit back, saying the council had failed the port.",
            &[("indirect", "the council had failed the port", "Tom Reyes")],
        ),
        (
            "Tom Reyes struck a hopeful note, saying the talks would resume soon.",
            &[("indirect", "the talks would resume soon", "Tom Reyes")],
        ),
        // A past form after a possessive describes its noun: "state-owned"
        // is not the sentence's verb.
        (
            "Norway's state-owned grid operator raised its rates, saying costs had climbed.",
            &[("indirect", "costs had climbed", "")],
        ),
        // A clause inside the opening phrase has its own subject: the
        // sentence's comes after the comma.
        (
            "As the crowd began to cheer, Jane Doe took the stage, saying the fight was not over.",
            &[("indirect", "the fight was not over", "Jane Doe")],
        ),
        // A conjunction may open the sentence before its subject.
        (
            "The vote is Tuesday. But Jane Doe focused on the budget, saying the city cannot pay.",
            &[("indirect", "the city cannot pay", "Jane Doe")],
        ),
        // An irregular past after a determiner describes a noun.
        (
            "Asked about his paid speeches, Tom Reyes said he gave them up long ago and suggested \
             that the real question is why his rivals still give them.",
            &[
                ("indirect", "he gave them up long ago", "Tom Reyes"),
                ("indirect", "the real question is why his rivals still give them", "Tom Reyes"),
            ],
        ),
        // After a word of saying, the participle goes on with its source,
        // not with a sentence that opens with what was said.
        (
            "The two leaders will meet next week, Jane Doe said, adding, “They need to talk.”",
            &[
                ("indirect", "The two leaders will meet next week", "Jane Doe"),
                ("direct", "They need to talk.", "Jane Doe"),
            ],
        ),
    ]);
}

#[test]
fn a_lower_case_body_before_a_title_is_part_of_the_source() {
    expect_said(&[(
        "The video came out Monday. “We will achieve justice,” Tulsa police Chief Chuck Jordan \
         said Monday.",
        &[("direct", "We will achieve justice,", "Chuck Jordan")],
    )]);
}

#[test]
fn an_inverted_attribution_may_open_the_sentence() {
    expect_said(&[
        (
            "The plan is complex. Said Ellis: “I don’t get the sense she is interested.”",
            &[(
                "direct",
                "I don’t get the sense she is interested.",
                "Ellis",
            )],
        ),
        (
            "The storm has passed. Said the mayor, “We will rebuild.”",
            &[("direct", "We will rebuild.", "")],
        ),
    ]);
}

#[test]
fn a_setting_set_off_by_commas_stands_between_a_source_and_its_cue() {
    expect_said(&[
        (
            "The plan is out. Jane Doe, in an interview with CNN, said the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe")],
        ),
        (
            "The plan is out. Jane Doe, in 2010, said the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe")],
        ),
        // A time that opens the sentence is no part of the source.
        (
            "On Sunday, Tanzanian police and FBI agents said they had found the car.",
            &[(
                "indirect",
                "they had found the car",
                "Tanzanian police and FBI agents",
            )],
        ),
        // A description a participle opens is the source's, not the source.
        (
            "The bank, based in Leeds, said on Monday that profits would fall.",
            &[("indirect", "profits would fall", "")],
        ),
        (
            "Harlow Bank, founded in 1990, said it would close branches.",
            &[("indirect", "it would close branches", "Harlow Bank")],
        ),
        (
            "The plan is out. Jane Doe, at a later press gaggle, said, “I have been briefed.”",
            &[("direct", "I have been briefed.", "Jane Doe")],
        ),
    ]);
}

#[test]
fn continued_attributes_a_quote_it_follows_or_introduces() {
    expect_said(&[
        (
            "The race is close. “The first loser would be the United States,” he continued.",
            &[("direct", "The first loser would be the United States,", "")],
        ),
        (
            "The race is close. Continued Jane Doe: “It is a very real problem.”",
            &[("direct", "It is a very real problem.", "Jane Doe")],
        ),
        // A quoted passage in its own paragraph after a colon.
        (
            "The debate went on. Jane Doe continued:\n\n“You look at the questions: are you \
             a villain?”",
            &[(
                "direct",
                "You look at the questions: are you a villain?",
                "Jane Doe",
            )],
        ),
        ("The war continued for years.", &[]),
    ]);
}

#[test]
fn a_long_audience_of_told_ends_at_that() {
    expect_said(&[
        (
            "The vote was Saturday. Wilson told The Post and Courier newspaper of Charleston on \
             Saturday that he cast his ballot for Rubio.",
            &[("indirect", "he cast his ballot for Rubio", "Wilson")],
        ),
        (
            "The vote was Saturday. Ben Carson told a crowded banquet hall at a hotel in downtown \
             Baltimore that he is not giving up.",
            &[("indirect", "he is not giving up", "Ben Carson")],
        ),
    ]);
}

#[test]
fn a_pronoun_is_never_resolved_against_a_first_name() {
    let cases = [
        // A "she" is not a Ben: better unresolved than wrong.
        (
            "Ben Carson said the race was open. She said the tone was cordial.",
            "",
        ),
        (
            "Hillary Clinton said the race was open. She said the tone was cordial.",
            "Hillary Clinton",
        ),
        // A name that tells nothing is the last person, as before.
        (
            "Jordan Smith said the race was open. She said the tone was cordial.",
            "Jordan Smith",
        ),
    ];
    for (text, speaker) in cases {
        let speakers: Vec<String> = said(&run(text))
            .into_iter()
            .map(|(_, _, speaker, _)| speaker)
            .collect();
        assert_eq!(speakers[1], speaker, "{text}");
    }
}

#[test]
fn an_appositive_set_off_by_dashes_belongs_to_the_source() {
    expect_said(&[
        (
            "The debate is Monday. Jane Roe -- co-editor of a book on the debates -- said the \
             candidate tended to make announcements.",
            &[(
                "indirect",
                "the candidate tended to make announcements",
                "Jane Roe",
            )],
        ),
        (
            "The debate is Monday. Jane Roe — a former aide to the governor — said the plan \
             would fail.",
            &[("indirect", "the plan would fail", "Jane Roe")],
        ),
    ]);
}

#[test]
fn content_may_open_with_a_clause_after_that() {
    expect_said(&[(
        "The vote is Tuesday. Obama said that because terrorists are Muslim does not mean \
         Muslims are terrorists.",
        &[(
            "indirect",
            "because terrorists are Muslim does not mean Muslims are terrorists",
            "Obama",
        )],
    )]);
}

#[test]
fn adverbs_between_a_source_and_its_cue_are_skipped() {
    let cases = [
        (
            "Cruz has long said that he qualifies as a natural-born citizen.",
            "Cruz",
        ),
        (
            "The veterans group has twice complained that the emblem was misused.",
            "The veterans group",
        ),
        (
            "The leaders together vowed to stave off the worst effects.",
            "The leaders",
        ),
        (
            "Lawyers for the family said a settlement was near.",
            "Lawyers for the family",
        ),
        (
            "Jane Doe has always maintained that the server was secure.",
            "Jane Doe",
        ),
    ];
    for (text, mention) in cases {
        let got: Vec<String> = speakers_and_mentions(text)
            .into_iter()
            .map(|(_, mention)| mention)
            .collect();
        assert_eq!(got, vec![mention.to_string()], "{text}");
    }
}

#[test]
fn to_blocks_a_cue_only_as_an_infinitive() {
    expect_said(&[
        ("He declined to publicly say whether he would run.", &[]),
        ("She is expected to have said the deal was dead.", &[]),
    ]);
}

#[test]
fn a_compound_age_belongs_to_the_source() {
    assert_eq!(
        speakers_and_mentions("\"It is meant to help,\" the 34-year-old mother of three replied."),
        vec![(String::new(), "the 34-year-old mother of three".to_string())]
    );
}

#[test]
fn added_to_is_no_cue() {
    expect_said(&[(
        "Jane Doe, who in 2012 added to her portfolio of courses by buying two more, owns a hotel.",
        &[],
    )]);
}

#[test]
fn a_negation_in_the_sentence_before_does_not_block_a_cue() {
    expect_said(&[
        (
            "Roe did not. Doe said: “I wonder why it was bad for us.”",
            &[("direct", "I wonder why it was bad for us.", "Doe")],
        ),
        // In the cue's own sentence it still does.
        ("Jane Doe did not say the city is full.", &[]),
    ]);
}

#[test]
fn plural_nouns_of_saying_are_no_cues() {
    expect_said(&[
        (
            "Clinton cited derogatory comments Jane Doe had made about her weight.",
            &[],
        ),
        (
            "The campaign is defending her early-morning tweets about the debate.",
            &[],
        ),
        (
            "The campaign is defending his tweets shaming a former beauty queen.",
            &[],
        ),
        ("The suspect is named in media reports as a local man.", &[]),
        // The same words as verbs.
        (
            "Jane Doe comments that the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        (
            "Jane Doe tweets: the city is full again tonight.",
            &[("indirect", "the city is full again tonight", "Jane Doe")],
        ),
    ]);
}

#[test]
fn a_cue_before_than_is_one_side_of_a_comparison() {
    expect_said(&[
        (
            "Closing the pier is easier said than done in a town that lives on ferries.",
            &[],
        ),
        (
            "Rather than wait for the vote, Jane Roe said the council should act now.",
            &[("indirect", "the council should act now", "Jane Roe")],
        ),
    ]);
}

#[test]
fn a_subject_pronoun_with_its_own_verb_is_no_source() {
    expect_said(&[
        (
            "Jane Roe lost the vote. It means admitting that the plan has failed.",
            &[],
        ),
        ("It requires saying that the plan has failed.", &[]),
        // A verb that carries the cue leaves the pronoun the source, and
        // "both" after the pronoun does too.
        (
            "Jane Roe said the ferry was late. Minutes later, she sent an email saying, “The pier is shut.”",
            &[
                ("indirect", "the ferry was late", "Jane Roe"),
                ("direct", "The pier is shut.", "Jane Roe"),
            ],
        ),
        (
            "They both said the plan had failed.",
            &[("indirect", "the plan had failed", "")],
        ),
    ]);
}

#[test]
fn a_pronoun_clause_without_that_describing_a_noun_says_nothing() {
    expect_said(&[
        (
            "Voters wanted more than the hard work she promised to bring to the office.",
            &[],
        ),
        (
            "The clerk listed any fees he reported receiving in the past year.",
            &[],
        ),
        // A noun of time before the pronoun is the statement's setting.
        (
            "This week she vowed to fight the plan in court.",
            &[("indirect", "to fight the plan in court", "")],
        ),
    ]);
}

#[test]
fn a_plural_noun_of_saying_after_an_adjective_or_a_count_has_no_source() {
    expect_said(&[
        (
            "The surge of sarcastic comments online has been so strong that the site closed its forum.",
            &[],
        ),
        (
            "The senator left the ballot in three states: Ohio, Iowa and Maine.",
            &[],
        ),
        (
            "The mayor led two large states: Ohio and Iowa.",
            &[],
        ),
        // A noun or a pronoun before the same words is their subject.
        (
            "The report notes that the river rose ten feet overnight.",
            &[("indirect", "the river rose ten feet overnight", "")],
        ),
        (
            "Jane Doe notes that the bridge was closed for a week.",
            &[("indirect", "the bridge was closed for a week", "Jane Doe")],
        ),
    ]);
}

/// A source's phrase is a noun phrase, so it ends on a noun: a phrase read
/// leftwards from a cue that ends on a preposition or on a word that still
/// waits for its noun ("no", "same") is the end of a clause that goes on
/// past the cue, and the cue is a noun or an adjective there.
#[test]
fn a_phrase_ending_without_its_noun_is_no_source() {
    expect_said(&[
        (
            "Rivals hope to keep Jane Roe from claiming the Labor nomination in June.",
            &[],
        ),
        (
            "Ann Lee faulted Tom Reyes for remarks at the pier about the harbor levy.",
            &[],
        ),
        (
            "Tom Reyes has cut into Ann Lee's lead, moving ahead of Lee in pledged delegates in March.",
            &[],
        ),
        (
            "There's no denying the ferry is late again.",
            &[],
        ),
        (
            "The council's new warning: the pier could close.",
            &[],
        ),
        (
            "Ann Lee sounded the same notes at the pier, to loud applause.",
            &[],
        ),
        // A phrase that ends on its noun is still the source.
        (
            "Sources close to the mayor said the pier would close.",
            &[("indirect", "the pier would close", "Sources close to the mayor")],
        ),
        // Two phrases joined by "and" may share a preposition.
        (
            "Elected officials in and around Tampa told reporters that the pier would close.",
            &[(
                "indirect",
                "the pier would close",
                "Elected officials in and around Tampa",
            )],
        ),
    ]);
}

/// A dash typed as a spaced hyphen or as two ends the source's phrase read
/// leftwards: what stands before it is another clause or phrase. A
/// relative clause after the dash, or words that open on no name, belong
/// to the phrase before it.
#[test]
fn a_typed_dash_ends_the_source_phrase() {
    expect_said(&[
        (
            "Ann Lee gave a speech -- notes in hand -- Lee told the crowd the pier would close.",
            &[("indirect", "the pier would close", "Ann Lee")],
        ),
        (
            "Ann Lee was a careful planner - a former aide said she read every memo twice.",
            &[("indirect", "she read every memo twice", "a former aide")],
        ),
        (
            "Jane Roe, who visited the docks - Roe said the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Jane Roe")],
        ),
    ]);
}

/// A request ("please ask …") is an imperative, whose subject is whoever
/// reads it: it names no source.
#[test]
fn a_request_names_no_source() {
    expect_said(&[
        ("Honestly, please ask your neighbors about the pier.", &[]),
        (
            "If the pier closes, would you still vote for her? Please tell your neighbors what you think.",
            &[],
        ),
    ]);
}

/// A lone word right after "to", a modal or a form of "do" or "have" is the
/// verb of its clause, never its subject: what follows it is its object,
/// and a word of saying there is a noun or a participle that describes one
/// ("to echo remarks", "has given added weight", "did remember telling").
#[test]
fn a_verb_after_its_auxiliary_is_no_source() {
    expect_said(&[
        (
            "The senator rose to echo remarks the mayor gave at the pier.",
            &[],
        ),
        (
            "The late count has given added weight to the council's argument.",
            &[],
        ),
        // The request that holds the verb is still read.
        (
            "The board asked the auditor to probe claims about the ferry budget.",
            &[(
                "indirect",
                "the auditor to probe claims about the ferry budget",
                "",
            )],
        ),
        // A pronoun after an auxiliary is the subject of a question.
        (
            "Why had he asserted that the pier was safe?",
            &[("indirect", "the pier was safe", "")],
        ),
    ]);
}

/// A participle of saying between a count or "no" and the lower-case noun
/// after it describes that noun: "three reported sightings", "no reported
/// leaks". Nothing is said.
#[test]
fn a_participle_of_saying_after_a_count_describes_its_noun() {
    expect_said(&[
        (
            "The harbor logged three reported sightings of the seal last year.",
            &[],
        ),
        ("The pier has had no reported leaks since May.", &[]),
        // A count that speaks keeps its verb before a clause.
        (
            "Of the ten owners asked, eight said the levy was too high.",
            &[("indirect", "the levy was too high", "")],
        ),
    ]);
}

/// "Inform" names its audience as "tell" does, with the clause after it;
/// with "of" after the audience, or as an adjective, it reports nothing.
#[test]
fn reported_speech_informed_an_audience() {
    expect_said(&[
        (
            "Jane Doe informed the Harbor Council that the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        (
            "Tom Reyes has informed his staff that he will retire in June.",
            &[("indirect", "he will retire in June", "Tom Reyes")],
        ),
    ]);
    // "am" is a verb, and no source phrase reads leftwards over it.
    let analysis = run("I am glad reporters are asking and informing us that the pier is unsafe.");
    let mentions: Vec<String> = said(&analysis).into_iter().map(|(.., m)| m).collect();
    assert!(
        mentions.iter().all(|m| !m.starts_with("I am")),
        "{mentions:?}"
    );
    expect_said(&[
        ("Jane Doe made an informed decision to retire.", &[]),
        ("Jane Doe informed the council of the plan.", &[]),
        ("The plan was informed by the survey results.", &[]),
    ]);
}

#[test]
fn reported_speech_told_an_audience() {
    expect_said(&[
        (
            "Jane Doe told reporters the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        (
            "Jane Doe told the council that the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        // A "that" after "and" joins a second clause to the first; the
        // audience ended before the first.
        (
            "Jane Doe told reporters the plan was sound and that the county would pay for it.",
            &[(
                "indirect",
                "the plan was sound and that the county would pay for it",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe told AP she was working with Roe and that both of them were paid.",
            &[(
                "indirect",
                "she was working with Roe and that both of them were paid",
                "Jane Doe",
            )],
        ),
        // A broadcaster's name may hold a number ("Channel 9 News", "Radio
        // 5"), and what it is may follow it in lower case ("Harbor FM
        // radio"): both are the audience, not the clause.
        (
            "Jane Doe told Channel 9 News the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        (
            "Jane Doe told Harbor FM radio the strike was unlawful.",
            &[("indirect", "the strike was unlawful", "Jane Doe")],
        ),
        (
            "Jane Doe told Quill Radio 5 on Monday that the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        // A programme a broadcaster owns is the audience too.
        (
            "Rates will rise again in May, Jane Doe told Quill Radio 4's Today programme.",
            &[("indirect", "Rates will rise again in May", "Jane Doe")],
        ),
        (
            "Jane Doe told Quill Radio 4’s Today programme the pier would close.",
            &[("indirect", "the pier would close", "Jane Doe")],
        ),
        // A number after the audience's name opens the clause.
        (
            "Jane Doe told CNN 20 people had died.",
            &[("indirect", "20 people had died", "Jane Doe")],
        ),
    ]);
}

/// After an audience of "told" in lower case ("the harbor master", "the
/// port council"), a clause without "that" may open on a verb in the
/// present tense that is no auxiliary: "the crews share", "the talks
/// remain", "the plans need", "voters want". The clause starts at its
/// subject, past all of the audience.
#[test]
fn a_present_tense_opens_the_clause_after_the_audience_of_told() {
    expect_said(&[
        (
            "Ann Lee told the harbor master the crews share a common goal.",
            &[("indirect", "the crews share a common goal", "Ann Lee")],
        ),
        (
            "Ann Lee told the port council the talks remain stalled.",
            &[("indirect", "the talks remain stalled", "Ann Lee")],
        ),
        (
            "Ann Lee told the ferry board the plans need more work.",
            &[("indirect", "the plans need more work", "Ann Lee")],
        ),
        (
            "Ann Lee told the harbor master they want a new pier.",
            &[("indirect", "they want a new pier", "Ann Lee")],
        ),
        (
            "Ann Lee told the harbor master the pier needs repairs.",
            &[("indirect", "the pier needs repairs", "Ann Lee")],
        ),
        // A plural subject with no determiner.
        (
            "Ann Lee told the port council voters want change.",
            &[("indirect", "voters want change", "Ann Lee")],
        ),
        (
            "Ann Lee told the city council residents were angry.",
            &[("indirect", "residents were angry", "Ann Lee")],
        ),
    ]);
}

/// A setting of the saying after the cue ("on Quill News", "in a
/// statement", "at a press conference") may be followed by its clause
/// without "that": the clause opens on a determiner or a pronoun after the
/// setting's last noun, with a verb after its subject, and an age set off by
/// commas is part of that subject.
#[test]
fn a_setting_of_the_saying_before_a_clause_without_that() {
    expect_said(&[
        (
            "Opposition leader Tom Reyes said on Quill News the levy was wrong.",
            &[("indirect", "the levy was wrong", "Tom Reyes")],
        ),
        (
            "Treasurer Ann Lee said on Quill Radio 4's Today programme the economy was turning a corner.",
            &[("indirect", "the economy was turning a corner", "Ann Lee")],
        ),
        (
            "Harbor Police said in a statement a man, 45, was taken to hospital.",
            &[("indirect", "a man, 45, was taken to hospital", "Harbor Police")],
        ),
        (
            "Harbor Council said on its website the pool would close for repairs.",
            &[("indirect", "the pool would close for repairs", "Harbor Council")],
        ),
        (
            "Tom Reyes said in an interview he would stay in the race.",
            &[("indirect", "he would stay in the race", "Tom Reyes")],
        ),
        // A cue that needs its setting to be no object ("wrote on") takes
        // the clause after it too.
        (
            "Tom Reyes wrote on Quill the vote was rigged.",
            &[("indirect", "the vote was rigged", "Tom Reyes")],
        ),
        // The age goes on with the audience's clause.
        (
            "Harbor Police told the inquest the victim, 19, had been stabbed.",
            &[("indirect", "the victim, 19, had been stabbed", "Harbor Police")],
        ),
        (
            "Harbor Police said in a statement a 45-year-old man from Leeds was arrested.",
            &[(
                "indirect",
                "a 45-year-old man from Leeds was arrested",
                "Harbor Police",
            )],
        ),
        // A participle after the setting's noun describes it.
        (
            "Ann Lee said in a statement released by her office the pier would close.",
            &[("indirect", "the pier would close", "Ann Lee")],
        ),
        // A participle leads on to more of the setting.
        (
            "Tom Reyes said in a statement issued the day before that the pier would close.",
            &[("indirect", "the pier would close", "Tom Reyes")],
        ),
    ]);
}

/// The audience of "told" may be a house or a body's committee, named with
/// "of" or followed by what it is in lower case, before a clause without
/// "that".
#[test]
fn a_house_or_a_committee_is_the_audience_of_told() {
    expect_said(&[
        (
            "Tom Reyes told parliament the scheme had been a success.",
            &[("indirect", "the scheme had been a success", "Tom Reyes")],
        ),
        (
            "Tom Reyes told the House of Assembly the scheme had been a success.",
            &[("indirect", "the scheme had been a success", "Tom Reyes")],
        ),
        (
            "Ann Lee told a Senate committee on Tuesday the program was on track.",
            &[("indirect", "the program was on track", "Ann Lee")],
        ),
        (
            "Ann Lee told the Senate estimates hearing the program was on track.",
            &[("indirect", "the program was on track", "Ann Lee")],
        ),
        // A pronoun after the name opens the clause.
        (
            "Ann Lee told The Quill Post she thinks the levy is wrong.",
            &[("indirect", "she thinks the levy is wrong", "Ann Lee")],
        ),
        // The audience may go on with a place or an owner before its
        // clause, but a pronoun on the way opens the clause.
        (
            "Tom Reyes told a press conference in Harbor City the deal was close.",
            &[("indirect", "the deal was close", "Tom Reyes")],
        ),
        (
            "Tom Reyes told a gathering of farmers the deal was close.",
            &[("indirect", "the deal was close", "Tom Reyes")],
        ),
        (
            "Tom Reyes told his audience they wouldn't back him because he did not want their money.",
            &[(
                "indirect",
                "they wouldn't back him because he did not want their money",
                "Tom Reyes",
            )],
        ),
    ]);
}

/// "while" or "when" with a participle sets the scene of the saying as a
/// setting does, before the clause with "that" or without it.
#[test]
fn a_participle_of_the_scene_after_the_cue_is_no_part_of_the_clause() {
    expect_said(&[
        (
            "Tom Reyes said while addressing a rally in Harbor City that the levy had failed the poor.",
            &[("indirect", "the levy had failed the poor", "Tom Reyes")],
        ),
        (
            "Tom Reyes said while speaking to reporters the government had failed.",
            &[("indirect", "the government had failed", "Tom Reyes")],
        ),
        (
            "Tom Reyes said when speaking at the port that the pier would close.",
            &[("indirect", "the pier would close", "Tom Reyes")],
        ),
    ]);
}

/// A setting of the saying between a source and its cue, without commas,
/// describes the saying, not the source ("Acme in a statement said"), and
/// a second verb of saying after ", but" with only a time, a setting or an
/// adverb before it goes on with the sentence's subject; a time between an
/// auxiliary and the cue is the saying's too ("has today announced").
#[test]
fn a_setting_between_a_source_and_its_cue_is_the_sayings() {
    expect_said(&[
        (
            "Harbor Council in a regulatory filing said the pier would close.",
            &[("indirect", "the pier would close", "Harbor Council")],
        ),
        (
            "Harbor Bank in its monetary policy statement on Sunday said inflation would ease.",
            &[("indirect", "inflation would ease", "Harbor Bank")],
        ),
        (
            "Tom Reyes first denied the claim, but in a later interview said he had deleted the archive.",
            &[("indirect", "he had deleted the archive", "Tom Reyes")],
        ),
        (
            "Tom Reyes first denied the claim, but on Monday said he had deleted the archive.",
            &[("indirect", "he had deleted the archive", "Tom Reyes")],
        ),
        (
            "Ann Lee agreed, but also contended that the levy was unfair.",
            &[("indirect", "the levy was unfair", "Ann Lee")],
        ),
        // A time between an auxiliary and its cue is the saying's.
        (
            "Harbor Council has today announced that the pier will close.",
            &[("indirect", "the pier will close", "Harbor Council")],
        ),
        (
            "Harbor Council has this week confirmed that the pier will close.",
            &[("indirect", "the pier will close", "Harbor Council")],
        ),
        // A participle after "and later" is a doing, not a saying.
        (
            "Her supporters disrupted the meeting, throwing chairs and later threatening the chairman in a fight over delegates.",
            &[],
        ),
    ]);
}

/// A time of the saying that the times leave unread or that a word of part
/// opens ("this morning", "late on Monday", "early Tuesday") is no part of
/// the clause after it, and a broadcaster's name may hold a plural's mark
/// or a number before what it is.
#[test]
fn a_part_of_a_day_or_a_broadcasters_name_is_no_part_of_the_clause() {
    expect_said(&[
        (
            "Ann Lee said this morning the lockdown would end.",
            &[("indirect", "the lockdown would end", "Ann Lee")],
        ),
        (
            "Ann Lee said this morning's meeting was cancelled.",
            &[(
                "indirect",
                "this morning's meeting was cancelled",
                "Ann Lee",
            )],
        ),
        (
            "Ann Lee said late on Monday that the talks had collapsed.",
            &[("indirect", "the talks had collapsed", "Ann Lee")],
        ),
        (
            "Ann Lee said early Tuesday the talks had collapsed.",
            &[("indirect", "the talks had collapsed", "Ann Lee")],
        ),
        (
            "Tom Reyes told Quill News' Jo Brand the council had ignored residents.",
            &[("indirect", "the council had ignored residents", "Tom Reyes")],
        ),
        (
            "Tom Reyes said on Quill's 7.30 program the council had ignored residents.",
            &[("indirect", "the council had ignored residents", "Tom Reyes")],
        ),
    ]);
}

/// A phrase of time or manner between the cue and "that" says when or how
/// it was said; the clause opens after "that".
#[test]
fn a_phrase_of_time_before_that_is_no_part_of_the_clause() {
    expect_said(&[
        (
            "Jane Doe reported earlier this month that the county had cut the program.",
            &[("indirect", "the county had cut the program", "Jane Doe")],
        ),
        (
            "Jane Doe has said for years that the harbor needs a new pier.",
            &[("indirect", "the harbor needs a new pier", "Jane Doe")],
        ),
        (
            "Jane Doe said privately that the plan would fail.",
            &[("indirect", "the plan would fail", "Jane Doe")],
        ),
        (
            "Jane Doe told reporters that sometime in the week that followed, the pier had closed.",
            &[(
                "indirect",
                "sometime in the week that followed, the pier had closed",
                "Jane Doe",
            )],
        ),
        // Words of the clause before a relative "that" stay in it.
        (
            "Jane Doe said the plan that passed was flawed.",
            &[("indirect", "the plan that passed was flawed", "Jane Doe")],
        ),
    ]);
}

#[test]
fn reported_speech_said_on_date() {
    let analysis = run("Jane Doe said on December 27 that the city is full.");
    let statement = &analysis.statements[0];
    assert_eq!(statement.text, "the city is full");
    let time = analysis
        .times
        .iter()
        .find(|t| Some(&t.id) == statement.time.as_ref())
        .unwrap();
    assert_eq!(time.text, "December 27");
    assert_eq!(
        time.resolved.unwrap().start,
        Day::new(2023, 12, 27).unwrap()
    );
}

#[test]
fn according_to_before_and_after() {
    expect_said(&[
        (
            "According to Jane Doe, the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
        (
            "The city is full, according to Jane Doe.",
            &[("indirect", "The city is full", "Jane Doe")],
        ),
    ]);
}

#[test]
fn attribution_after_the_clause() {
    expect_said(&[
        (
            "The schools are short of teachers, said Marla Roe, director of the teachers group.",
            &[("indirect", "The schools are short of teachers", "Marla Roe")],
        ),
        (
            "The city is full, Jane Doe said.",
            &[("indirect", "The city is full", "Jane Doe")],
        ),
        (
            "The city is full, said Jane Doe.",
            &[("indirect", "The city is full", "Jane Doe")],
        ),
    ]);
}

#[test]
fn participle_cues() {
    expect_said(&[(
        "The meeting follows Harbor City mayors saying that they have no more beds.",
        &[("indirect", "they have no more beds", "Harbor City mayors")],
    )]);
}

#[test]
fn other_cue_verbs() {
    let verbs = [
        "added",
        "noted",
        "warned",
        "insisted",
        "announced",
        "argued",
        "explained",
        "estimated",
        "confirmed",
        "stated",
        "wrote",
    ];
    for verb in verbs {
        let text = format!("Jane Doe {verb} that the city is full.");
        let analysis = run(&text);
        let got = said(&analysis);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].1, "the city is full", "{text}");
        assert_eq!(analysis.statements[0].cue.as_deref(), Some(verb), "{text}");
    }
}

#[test]
fn attribution_inside_the_clause_reports_the_whole_sentence() {
    expect_said(&[(
        "Those who can vote now, Jane Doe said, must still register by Friday.",
        &[(
            "indirect",
            "Those who can vote now, Jane Doe said, must still register by Friday",
            "Jane Doe",
        )],
    )]);
}

/// An opening subordinate clause before a parenthetical attribution needs
/// the main clause after it, even one whose subject is a gerund: the
/// participle there is no writer's addition ("…, he said, citing …").
#[test]
fn a_gerund_subject_after_an_opening_clause_and_its_attribution_is_said() {
    expect_said(&[
        (
            "Though the first merger went smoothly, Jane Doe said, closing the depot would \
             be far harder.",
            &[(
                "indirect",
                "Though the first merger went smoothly, Jane Doe said, closing the depot would \
                 be far harder",
                "Jane Doe",
            )],
        ),
        (
            "The pier will close in May, Jane Doe said, citing storm damage.",
            &[("indirect", "The pier will close in May", "Jane Doe")],
        ),
    ]);
}

#[test]
fn clause_before_an_inverted_attribution_is_not_an_appositive() {
    // Regression: the plant is the content, the chief executive the source.
    expect_said(&[(
        "In nearby Decatur, the big steel plant is hanging on, but it is under pressure, said the company's chief executive, John J. Roe.",
        &[(
            "indirect",
            "In nearby Decatur, the big steel plant is hanging on, but it is under pressure",
            "John J. Roe",
        )],
    )]);
}

#[test]
fn a_second_description_after_an_inverted_source_is_not_what_was_said() {
    // After the source's appositive, ", and" joins another description of
    // the source; what was said ends before the cue.
    expect_said(&[(
        "The tax plans are deeply flawed, said Tom Reyes, a senior economist at the \
         Harbor Institute, and a Republican who led the budget staff.",
        &[("indirect", "The tax plans are deeply flawed", "Tom Reyes")],
    )]);
}

#[test]
fn nested_quote_closing_with_the_outer_one() {
    expect_said(&[(
        "''I tell them, 'We do not care at all,''' said Jane Doe.",
        &[("direct", "I tell them, 'We do not care at all,", "Jane Doe")],
    )]);
}

#[test]
fn description_before_the_name() {
    let analysis = run("“We saw no link,” the bank's chief economist, Laszlo Roe, told the paper.");
    let got = said(&analysis);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "Laszlo Roe");
    let speaker = analysis
        .speakers
        .iter()
        .find(|s| s.name == "Laszlo Roe")
        .unwrap();
    assert_eq!(speaker.role.as_deref(), Some("bank's chief economist"));
}

#[test]
fn according_to_in_the_middle_reports_the_whole_sentence() {
    expect_said(&[(
        "Since May, according to the rights group, police have detained 400 people.",
        &[(
            "indirect",
            "Since May, according to the rights group, police have detained 400 people",
            "",
        )],
    )]);
}

/// An office with "for" or "of" and its capitalised portfolio before a name
/// after the cue is one source phrase with the name.
#[test]
fn inverted_source_with_an_office_for_a_portfolio() {
    let cases = [
        (
            "Rents rose sharply, said Minister for Housing Jane Roe.",
            "Minister for Housing Jane Roe",
        ),
        (
            "Rents rose sharply, said Minister of Finance Jane Roe.",
            "Minister of Finance Jane Roe",
        ),
    ];
    for (text, source) in cases {
        let analysis = run(text);
        let got: Vec<(&str, String, String)> = said(&analysis)
            .into_iter()
            .map(|(k, t, _, m)| (k, t, m))
            .collect();
        let want = vec![(
            "indirect",
            "Rents rose sharply".to_string(),
            source.to_string(),
        )];
        assert_eq!(got, want, "{text}");
    }
}

/// An inverted source may close its sentence with the setting of the saying,
/// as wire, British and Australian copy writes it: a time, a place or an
/// occasion after the name.
#[test]
fn inverted_source_before_its_setting() {
    expect_said(&[
        (
            "Rates will rise again next year, said Ann Lee on Tuesday.",
            &[("indirect", "Rates will rise again next year", "Ann Lee")],
        ),
        (
            "Exports have more than doubled since 2019, says economist Ravi Menon in Mumbai.",
            &[("indirect", "Exports have more than doubled since 2019", "Ravi Menon")],
        ),
        (
            "The border will reopen within a week, said Ann Lee in a statement on Monday.",
            &[("indirect", "The border will reopen within a week", "Ann Lee")],
        ),
        // A "source" with a verb of its own is a clause: the appositive
        // before the cue is not what was said, but who said it.
        (
            "Another pollster, Dan Roe of Leeds University, said his survey showed support holding after the debate.",
            &[(
                "indirect",
                "his survey showed support holding after the debate",
                "Another pollster",
            )],
        ),
    ]);
}

/// Which side of an "according to X" tag that does not open its sentence
/// holds the claim: the clause before a tag that closes it (past a colon or
/// an opening parenthesis, and whatever describes the source after it), the
/// clause after a tag that the words before only lead into.
#[test]
fn according_to_takes_the_side_that_holds_the_claim() {
    expect_said(&[
        (
            "But, according to the county's count, 40 percent of voters stayed home.",
            &[("indirect", "40 percent of voters stayed home", "")],
        ),
        (
            "The mayor left early because, according to her aides, the council had run out of time.",
            &[("indirect", "the council had run out of time", "her aides")],
        ),
        (
            "While most of the files were kept, according to a city official, two were destroyed last year.",
            &[("indirect", "two were destroyed last year", "a city official")],
        ),
        (
            "Prices fell in March, according to Jane Roe, an analyst at Harbor Bank.",
            &[("indirect", "Prices fell in March", "Jane Roe")],
        ),
        (
            "Rents would rise, according to a study by Jane Roe, an economist now teaching in Delhi, whose figures were checked by others.",
            &[("indirect", "Rents would rise", "Jane Roe")],
        ),
        (
            "The plant closed in 2010, according to the union, which represents the workers.",
            &[("indirect", "The plant closed in 2010", "")],
        ),
        (
            "Critics point to the port (traffic there fell 12 percent, according to the port authority).",
            &[("indirect", "traffic there fell 12 percent", "")],
        ),
        (
            "The levy has not driven banks away: Leeds still ranks first, according to one survey.",
            &[("indirect", "Leeds still ranks first", "")],
        ),
        (
            "Staff searched the files of three aides: Ann Lee, Bo Roe and Cy Yu, according to a court filing.",
            &[("indirect", "Staff searched the files of three aides: Ann Lee, Bo Roe and Cy Yu", "")],
        ),
        (
            "Ann Lee leads by 90 delegates according to a count by the Press Association, but her lead is shrinking.",
            &[("indirect", "Ann Lee leads by 90 delegates", "Press Association")],
        ),
        (
            "Sales were $154 million, according to a memo sent by its owner, Harbor Holdings Ltd., to bankers in May.",
            &[("indirect", "Sales were $154 million", "its owner")],
        ),
        (
            "Funds returned 0.85% (price change plus dividends), according to Lipper Analytical Services.",
            &[(
                "indirect",
                "Funds returned 0.85% (price change plus dividends",
                "Lipper Analytical Services",
            )],
        ),
        (
            "Lee will speak in Perth next week, according to a report from 6PR, the talk station in Perth.",
            &[("indirect", "Lee will speak in Perth next week", "")],
        ),
        (
            "Lee won 54 percent of union voters, according to exit polls (a wide margin, but smaller than last time).",
            &[("indirect", "Lee won 54 percent of union voters", "exit polls")],
        ),
        (
            "It has moved its envoys and, according to officials, adopted a new plan.",
            &[(
                "indirect",
                "It has moved its envoys and, according to officials, adopted a new plan",
                "officials",
            )],
        ),
    ]);
}

#[test]
fn sources_around_commas() {
    expect_said(&[
        (
            "Sen. Jack Reed (D-R.I.), said after lunch that he had not read the plan.",
            &[("indirect", "he had not read the plan", "Jack Reed")],
        ),
        (
            "Elward Edd, an official at the housing office in Tuba City, which has a long backlog, said the rule would slow repairs.",
            &[("indirect", "the rule would slow repairs", "Elward Edd")],
        ),
        // A place and a date inside the relative clause are not the source.
        (
            "Sandy Roe, who lost her daughter in the shooting in Aurora, Colorado, in July 2012, said that the senator had been rude.",
            &[("indirect", "the senator had been rude", "Sandy Roe")],
        ),
        (
            "First there was the editor Jane Roe, who, after trading insults with John Doe, said that the party had lost its way.",
            &[("indirect", "the party had lost its way", "Jane Roe")],
        ),
        (
            "While one company says there are 2,400 farms, another says there are only 1,800 farms.",
            &[
                ("indirect", "there are 2,400 farms", ""),
                ("indirect", "there are only 1,800 farms", ""),
            ],
        ),
        // So does a source whose cue is a form of "be" and a participle.
        (
            "Tom Roe said the taxes would fall, and Jane Lee is arguing that they should rise.",
            &[
                ("indirect", "the taxes would fall", "Tom Roe"),
                ("indirect", "they should rise", "Jane Lee"),
            ],
        ),
        // "and" before another source with a cue of its own, without a
        // comma, ends the first source's clause too.
        (
            "Jane Doe and Ana Ruiz said they will not attend the meeting and others have said they are not interested.",
            &[
                ("indirect", "they will not attend the meeting", "Jane Doe and Ana Ruiz"),
                ("indirect", "they are not interested", "others"),
            ],
        ),
        (
            "Most voters said the mayor does not care about the harbor and one in four said the mayor was hostile to it.",
            &[
                ("indirect", "the mayor does not care about the harbor", "Most voters"),
                ("indirect", "the mayor was hostile to it", "one in four"),
            ],
        ),
        // "and" between names joins the clause's subject.
        (
            "Jane Doe said Tom Reyes and another officer told the family the road was closed.",
            &[(
                "indirect",
                "Tom Reyes and another officer told the family the road was closed",
                "Jane Doe",
            )],
        ),
        // A pronoun after "and" may be the speaker going on.
        (
            "Jane Doe said the vote had cost her and she said she would not run again.",
            &[("indirect", "the vote had cost her and she said she would not run again", "Jane Doe")],
        ),
        (
            "Jane Doe compared herself to her rival, saying, “I do not take fees from banks.”",
            &[("direct", "I do not take fees from banks.", "Jane Doe")],
        ),
    ]);
}

#[test]
fn appositives_with_ages_places_and_party_tags() {
    expect_said(&[
        (
            "“I do not trust her,” Cecelia Purner, 67, a retired nurse in Allentown, Pa., said.",
            &[("direct", "I do not trust her,", "Cecelia Purner")],
        ),
        (
            "Sen. Johnny Isakson (R-Ga.), one of the bill's authors, said the law needs work.",
            &[("indirect", "the law needs work", "Johnny Isakson")],
        ),
        (
            "Senator Maria Lopez, Democrat of Oregon, said the program sends a bad message.",
            &[("indirect", "the program sends a bad message", "Maria Lopez")],
        ),
        (
            "Jane Doe, Republican of Ohio, said on Tuesday that the vote would wait.",
            &[("indirect", "the vote would wait", "Jane Doe")],
        ),
    ]);
}

#[test]
fn participial_phrases_between_source_and_cue() {
    expect_said(&[
        (
            "Jane Doe, speaking to a veterans group in Ohio, said she would order a review.",
            &[("indirect", "she would order a review", "Jane Doe")],
        ),
        (
            "Mayor John Roe, asked about the shelters, said the city was out of room.",
            &[("indirect", "the city was out of room", "John Roe")],
        ),
        (
            // A clause between the commas is no appositive: the river does not speak.
            "Jane Doe, the river is rising, said nothing.",
            &[],
        ),
    ]);
}

#[test]
fn a_possessive_inside_the_source_phrase_is_part_of_it() {
    // A possessive opens a noun phrase as a determiner does, in an
    // appositive or in a prepositional object.
    expect_said(&[
        (
            "Lena Fisk, Dalton's press secretary, told reporters that the rally was off.",
            &[("indirect", "the rally was off", "Lena Fisk")],
        ),
        (
            "Omar Vance, the union’s chief negotiator, said talks would resume.",
            &[("indirect", "talks would resume", "Omar Vance")],
        ),
        (
            "Lena Fisk, Friends of Parks's executive director, said the rally was off.",
            &[("indirect", "the rally was off", "Lena Fisk")],
        ),
        (
            "The rally was off, said Lena Fisk, Dalton's press secretary.",
            &[("indirect", "The rally was off", "Lena Fisk")],
        ),
        (
            "Someone familiar with the agenda for Monday's summit says the deal is near.",
            &[("indirect", "the deal is near", "Someone")],
        ),
        (
            // A phrase of time between the source and its cue is not the source.
            "Dalton's close friends have in the past said he was tired.",
            &[("indirect", "he was tired", "Dalton's close friends")],
        ),
        (
            "An official briefed on the mayor's budget said cuts were coming.",
            &[(
                "indirect",
                "cuts were coming",
                "An official briefed on the mayor's budget",
            )],
        ),
    ]);
}

#[test]
fn a_description_after_a_comma_belongs_to_the_name_after_it() {
    // Right after a comma a lower-case word before a name has no subject to
    // be a verb of; a short one may be the name's particle.
    expect_said(&[
        (
            "The rally was off, tech billionaire Jo Doe said.",
            &[("indirect", "The rally was off", "Jo Doe")],
        ),
        (
            "The levy was fair, whereas Jo Doe argued that it was not.",
            &[("indirect", "it was not", "Jo Doe")],
        ),
    ]);
}

#[test]
fn a_participle_appositive_is_skipped_to_find_the_source() {
    // "led by …", "joined by …" between commas describe the source before
    // them; its agent is not the source.
    expect_said(&[
        (
            "The organizers, led by union chief Ray Soto, told members that the strike was over.",
            &[("indirect", "the strike was over", "The organizers")],
        ),
        (
            "Mara Quist, joined by her lawyer, told the court that she had paid.",
            &[("indirect", "she had paid", "Mara Quist")],
        ),
        (
            "The nurses, speaking outside the hospital, said staffing was unsafe.",
            &[("indirect", "staffing was unsafe", "The nurses")],
        ),
        (
            "The official, a registered Democrat, said the count was fair.",
            &[("indirect", "the count was fair", "The official")],
        ),
        (
            // The clause's own cue reports nothing when the sentence's verb
            // comes back right after its setting.
            "The lawyer, an expert who argued before the court, said the levy was fair.",
            &[("indirect", "the levy was fair", "")],
        ),
        (
            // A clause is no appositive: the bill does not speak.
            "The bill, backed by Ray Soto, passed and critics said it was weak.",
            &[("indirect", "it was weak", "critics")],
        ),
    ]);
}

#[test]
fn parenthetical_attribution_names_only_its_source() {
    // Regression: in "Doe, a top aide said, …" the source is the aide.
    let analysis = run("Jane Doe, a top aide said, “is very confident in the plan.”");
    let got = said(&analysis);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, "a top aide");
    assert_ne!(got[0].2, "Jane Doe");
}

#[test]
fn nouns_that_look_like_cues_are_not_cues() {
    expect_said(&[
        (
            "Jane Doe cited reports that the river was rising fast.",
            &[],
        ),
        (
            "The mayor has a net worth estimated at less than $100,000.",
            &[],
        ),
        (
            "Most Southern states that vote in March have large cities.",
            &[],
        ),
        (
            "The mayor was booed and shouted down by the crowd at the rally.",
            &[],
        ),
        ("The agency's report found that the river was unsafe.", &[]),
    ]);
}

/// A source inside a relative clause may have the verb it reports right
/// after its cue, the relative pronoun being that verb's subject: "the
/// rules, which officials said will take effect". What follows the cue is
/// what the source said, up to where the sentence's own verb comes back.
/// A reckoning ("estimates") and "what", so often the writer's own naming
/// of a thing, are left out.
#[test]
fn a_relative_clause_may_hold_the_source() {
    expect_said(&[
        (
            "The new rules, which officials said will take effect next month, will apply to all banks.",
            &[("indirect", "will take effect next month", "officials")],
        ),
        (
            "She praised the plan, which critics said was unfair to small farmers.",
            &[("indirect", "was unfair to small farmers", "critics")],
        ),
        (
            "It was a charity that prosecutors said was funding armed groups abroad.",
            &[("indirect", "was funding armed groups abroad", "prosecutors")],
        ),
        (
            "Tuition, which he said has increased because of easy money, is high.",
            &[("indirect", "has increased because of easy money", "")],
        ),
        (
            "They named Tom Roe, who officials say is tied to the army and who ran the site.",
            &[("indirect", "is tied to the army", "officials")],
        ),
        (
            "The deal runs for years, which the agency estimates will cost $5 million.",
            &[],
        ),
        (
            "The mayor moved to end what she said were harsh rules for tenants.",
            &[],
        ),
    ]);
}

/// An adverb without commas may stand between a source and its cue:
/// "Carter however said".
#[test]
fn an_adverb_may_stand_between_a_source_and_its_cue() {
    expect_said(&[
        (
            "Mayor Ann Carter however said she would welcome new members.",
            &[("indirect", "she would welcome new members", "Ann Carter")],
        ),
        (
            "Harbor pilots soon noted that the channel had silted up.",
            &[("indirect", "the channel had silted up", "Harbor pilots")],
        ),
    ]);
}

/// Polls name who answered by a share with no noun ("About four in 10
/// said"), or by a participle that says who was asked ("those surveyed
/// said", "voters polled said").
#[test]
fn a_share_of_those_polled_speaks() {
    expect_said(&[
        (
            "About four in 10 said they were angry with the government in Washington.",
            &[(
                "indirect",
                "they were angry with the government in Washington",
                "",
            )],
        ),
        (
            "Most backed the plan, but nine out of 10 said the city needed more buses.",
            &[("indirect", "the city needed more buses", "")],
        ),
        (
            "In the survey, 61% said the city was on the wrong track.",
            &[("indirect", "the city was on the wrong track", "")],
        ),
        (
            "Those surveyed said the mayor was best able to handle the budget.",
            &[(
                "indirect",
                "the mayor was best able to handle the budget",
                "",
            )],
        ),
        (
            "Many of the chairs that the Herald interviewed said the race was close.",
            &[],
        ),
        ("The race was decided by 52% said no one at the rally.", &[]),
        (
            "Among voters, about two-thirds, 67 percent, say they will vote for the mayor.",
            &[(
                "indirect",
                "they will vote for the mayor",
                "about two-thirds",
            )],
        ),
        (
            "Young voters lean left: 42% say they are liberal on those questions.",
            &[("indirect", "they are liberal on those questions", "")],
        ),
    ]);
}

/// "about" or "of" right after a cue names a topic, not what was said:
/// "things the mayor said about tenants". A figure after "about" is a
/// clause's subject ("said about 40 people came"), and a quote after the
/// topic is what was said; a topic before a colon stays, as the lead-in
/// the quoted paragraph after it goes on from.
#[test]
fn a_topic_after_a_cue_is_no_content() {
    expect_said(&[
        (
            "Here are nine odd things the mayor has said about tenants in the last year.",
            &[],
        ),
        (
            "It contradicted what the mayor said about the flood in the past.",
            &[],
        ),
        ("The governor told of a nurse who worked three jobs.", &[]),
        (
            "The agency said about half of the homes were flooded.",
            &[("indirect", "about half of the homes were flooded", "")],
        ),
        (
            "The council said about its plan for the river:\n\n“It will be built by May.”",
            &[
                ("indirect", "about its plan for the river", ""),
                ("direct", "It will be built by May.", ""),
            ],
        ),
        (
            "The agency said about 40 people were evacuated.",
            &[("indirect", "about 40 people were evacuated", "")],
        ),
        (
            "Jane Doe said of the flood, “It was the worst I have seen.”",
            &[("direct", "It was the worst I have seen.", "Jane Doe")],
        ),
    ]);
}

/// "boast" before a thing or a figure is to have it; before a clause or an
/// audience it is speech.
#[test]
fn boasting_a_thing_is_having_it() {
    expect_said(&[
        (
            "The mayor boasts a roughly 20-point lead among older voters.",
            &[],
        ),
        ("The river town boasts just one small school.", &[]),
        (
            "The mayor boasted that the bridge was finished early.",
            &[("indirect", "the bridge was finished early", "")],
        ),
    ]);
}

/// Writing a work says nothing by itself; what is written in it, or in a
/// letter, is said.
#[test]
fn writing_a_work_is_no_speech() {
    expect_said(&[
        (
            "The professor wrote his dissertation on river trade under a pen name.",
            &[],
        ),
        (
            "Jane Doe wrote the introduction for a new book on the flood.",
            &[],
        ),
        (
            "Jane Doe writes in her book that the flood was the worst in a century.",
            &[(
                "indirect",
                "the flood was the worst in a century",
                "Jane Doe",
            )],
        ),
        (
            "Jane Doe wrote that the flood had been the worst in a century.",
            &[(
                "indirect",
                "the flood had been the worst in a century",
                "Jane Doe",
            )],
        ),
    ]);
}

/// An announcement of a thing says nothing, also where a figure or
/// modifiers open the thing's phrase; a clause after the figure is said.
#[test]
fn announcing_a_thing_after_a_figure_or_modifiers_is_no_speech() {
    expect_said(&[
        (
            "When the chief executive a month later announced 2,000 layoffs, staff felt betrayed.",
            &[],
        ),
        (
            "The governor announced her long-awaited presidential candidacy on Monday.",
            &[],
        ),
        (
            "The mayor announced 12 schools would close in June.",
            &[("indirect", "12 schools would close in June", "")],
        ),
        (
            "The agency announced it would close the depot.",
            &[("indirect", "it would close the depot", "")],
        ),
    ]);
}

/// A declaration of a state of affairs puts it in force and says nothing:
/// "declared victory", "declaring bankruptcy"; a clause after "declared" is
/// said, and so is a declaration of war, the stance the press attributes
/// to whoever declares it.
#[test]
fn declaring_a_state_of_affairs_is_no_speech() {
    expect_said(&[
        (
            "Two of the ferry companies declared bankruptcy last winter.",
            &[],
        ),
        (
            "The council declared an emergency on the waterfront in 2019.",
            &[],
        ),
        (
            "The rebel leader declared war on the harbor city.",
            &[("indirect", "war on the harbor city", "")],
        ),
        (
            "Ann Lee, who declared victory at the count, thanked her staff.",
            &[],
        ),
        (
            "Ann Lee declared the race was over.",
            &[("indirect", "the race was over", "Ann Lee")],
        ),
    ]);
}

/// A word of saying after a determiner and the adjectives of its noun is
/// that noun: "a larger say", "his crude remarks", "a large pledged
/// delegate lead". A noun between them is the source: "the official said",
/// "the missive suggests".
#[test]
fn a_noun_of_saying_after_a_determiner_and_adjectives_is_no_cue() {
    expect_said(&[
        (
            "Tenants want a larger say than the landlords do in how rents are set.",
            &[],
        ),
        (
            "The mayor holds a large pledged delegate lead over her rival.",
            &[],
        ),
        (
            "His most offensive remarks drew a rebuke from the council.",
            &[],
        ),
        (
            "Jane Doe's angry comments were aimed at the river authority.",
            &[],
        ),
        (
            "Reporters came ready for Roe's expected answers that the levy was fair.",
            &[],
        ),
        (
            "The senator gave a rambling answer that pleased nobody.",
            &[],
        ),
        (
            "The missive suggests the council will not back down.",
            &[("indirect", "the council will not back down", "")],
        ),
        (
            "The acting official said the bridge would reopen in May.",
            &[(
                "indirect",
                "the bridge would reopen in May",
                "The acting official",
            )],
        ),
    ]);
}

/// "add" meaning to increase takes a figure as its object: "employers
/// added 150,000 jobs" reports no speech, and "Employers" is nobody's
/// name for a speaker. "added that …" and "added, …" still report.
#[test]
fn adding_a_figure_is_no_speech() {
    expect_said(&[
        ("Employers added 150,000 jobs in May.", &[]),
        ("The county added $2.5 million to the road budget.", &[]),
        ("The firm added nearly 300 workers last year.", &[]),
        (
            "The mayor added that 40 homes were flooded.",
            &[("indirect", "40 homes were flooded", "")],
        ),
    ]);
}

/// A document speaks for whoever issued it: "according to a report by the
/// Urban Institute" is the institute's claim, never a speaker called "a
/// report".
#[test]
fn according_to_a_document_by_an_organisation_names_the_organisation() {
    expect_said(&[
        (
            "Rents rose 4% last year, according to a report by the Urban Institute.",
            &[("indirect", "Rents rose 4% last year", "Urban Institute")],
        ),
        (
            "Rents rose sharply, according to a new study from the Brookings Institution.",
            &[("indirect", "Rents rose sharply", "Brookings Institution")],
        ),
        (
            "Rents rose sharply, according to a report released on Monday.",
            &[("indirect", "Rents rose sharply", "")],
        ),
        (
            "Taxes would rise, according to an analysis by Jane Roe, a law professor at Yale.",
            &[("indirect", "Taxes would rise", "Jane Roe")],
        ),
        (
            "Crowds grew all afternoon, according to a report from the convention.",
            &[("indirect", "Crowds grew all afternoon", "")],
        ),
    ]);
}

/// A document that is the subject of its verb speaks for whoever issued it,
/// as after "according to": "a Brookings Institution report said" is the
/// institution's claim. A report's finding is its issuer's claim too, but
/// only a report, study or audit with a named issuer finds anything: a poll
/// "finds" a measurement, and "police found" reports nothing said.
#[test]
fn a_document_as_subject_names_its_issuer() {
    expect_said(&[
        (
            "An Urban Institute report said the plan would displace 400 families.",
            &[(
                "indirect",
                "the plan would displace 400 families",
                "Urban Institute",
            )],
        ),
        (
            "A report by the Harbor Institute said dredging costs had doubled.",
            &[("indirect", "dredging costs had doubled", "Harbor Institute")],
        ),
        (
            "A Brookings Institution study found that the expansion would cost $2 billion.",
            &[(
                "indirect",
                "the expansion would cost $2 billion",
                "Brookings Institution",
            )],
        ),
        (
            "An audit by the Port Authority concluded that the agency overpaid its vendors.",
            &[(
                "indirect",
                "the agency overpaid its vendors",
                "Port Authority",
            )],
        ),
        (
            "A report by the progressive Center for Housing and Urban Research said rents rose sharply.",
            &[("indirect", "rents rose sharply", "Center for Housing and Urban Research")],
        ),
        // No issuer: data nouns that name people, an occasion, a document
        // the speakers are only in, and a word capitalised only because it
        // opens the sentence.
        (
            "Some party figures said the convention was already lost.",
            &[("indirect", "the convention was already lost", "Some party figures")],
        ),
        (
            "Some Harbor Party figures said the convention was already lost.",
            &[(
                "indirect",
                "the convention was already lost",
                "Some Harbor Party figures",
            )],
        ),
        (
            "After the Lopez interview concluded, Roe said the plan was dead.",
            &[("indirect", "the plan was dead", "Roe")],
        ),
        (
            "Most people in a recent Harbor Times poll said they favour the plan.",
            &[(
                "indirect",
                "they favour the plan",
                "Most people in a recent Harbor Times poll",
            )],
        ),
        (
            "Some 20 percent of people in a recent CBN/Harbor poll said they favour the plan.",
            &[("indirect", "they favour the plan", "")],
        ),
        (
            "Exit polls said turnout was unusually high.",
            &[("indirect", "turnout was unusually high", "Exit polls")],
        ),
        ("Police found that the door had been forced open.", &[]),
        (
            "A new report found that the door had been forced open.",
            &[],
        ),
        (
            "A Gallup poll found that 43 percent of voters back the plan.",
            &[],
        ),
        (
            "The report never found that the agency overpaid its vendors.",
            &[],
        ),
    ]);
}

/// The organisation behind a document is a source, not what the text goes
/// on about: after "according to a report by the Urban Institute", a
/// company's "it said" is not the institute.
#[test]
fn an_organisation_behind_a_document_is_no_antecedent() {
    let analysis = run(
        "The company grew fast, according to a report from the Urban Institute. \
         It said sales would double.",
    );
    let got = said(&analysis);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].2, "Urban Institute");
    assert_eq!(got[1].2, "", "{got:?}");
}

#[test]
fn passive_quoted_as_saying() {
    expect_said(&[
        (
            "“We are out of room,” Jane Doe is quoted as saying.",
            &[("direct", "We are out of room,", "Jane Doe")],
        ),
        (
            "Jane Doe was quoted as saying the city is full.",
            &[("indirect", "the city is full", "Jane Doe")],
        ),
    ]);
}

#[test]
fn negated_and_modal_cues_are_not_statements() {
    expect_said(&[
        ("Jane Doe did not say whether the city is full.", &[]),
        ("Jane Doe will announce the plan next week.", &[]),
        ("Jane Doe declined to say when the city would reopen.", &[]),
        // A negation inside the quotation is what was said.
        (
            "“Some shops are open, others are just not,” said Jane Doe, a grocer in the town.",
            &[(
                "direct",
                "Some shops are open, others are just not,",
                "Jane Doe",
            )],
        ),
        (
            "''The hall is full and we cannot,'' said Tom Reyes.",
            &[("direct", "The hall is full and we cannot,", "Tom Reyes")],
        ),
    ]);
}

/// An age joined to its noun names the person after an inverted cue.
#[test]
fn an_age_compound_names_the_source_after_the_cue() {
    expect_said(&[(
        "“She has always been a fighter,” said the 46-year-old.",
        &[("direct", "She has always been a fighter,", "")],
    )]);
}

/// After a comma, "but" with an auxiliary and no subject of its own goes
/// on with what was said; with a subject or the speaker's own doing it is
/// the writer's contrast.
#[test]
fn but_with_an_auxiliary_goes_on_with_what_was_said() {
    expect_said(&[
        (
            "Jane Doe said she had received offers for the boat, but couldn’t name the buyers.",
            &[(
                "indirect",
                "she had received offers for the boat, but couldn’t name the buyers",
                "Jane Doe",
            )],
        ),
        (
            "The Quill Institute says the levy would slow building at first, but would \
             eventually add 900 homes a year.",
            &[(
                "indirect",
                "the levy would slow building at first, but would eventually add 900 homes a year",
                "Quill Institute",
            )],
        ),
        (
            "Tom Reyes said the deal was fair, but did not explain why.",
            &[("indirect", "the deal was fair", "Tom Reyes")],
        ),
        (
            "Tom Reyes said the deal was fair, but he did not explain why.",
            &[("indirect", "the deal was fair", "Tom Reyes")],
        ),
    ]);
}

/// After "told", an audience a body's name qualifies ("a Senate panel")
/// is no clause: what was told stands before the source.
#[test]
fn an_audience_named_by_a_body_ends_the_sentence() {
    expect_said(&[(
        "The plan includes a new force to guard the port, Jane Doe told a Senate panel Wednesday.",
        &[(
            "indirect",
            "The plan includes a new force to guard the port",
            "Jane Doe",
        )],
    )]);
}

/// "asked by" with a question after the asker reports the asker's
/// question: "Asked by a reporter whether …, Doe said", "was asked by the
/// host if …". The question ends at the comma that closes an opening
/// phrase; after a passive it runs to the sentence's end.
#[test]
fn an_asker_after_by_asks_the_question() {
    expect_said(&[
        (
            "Asked by Ann Lee if the plan would pass, Tom Reyes smiled at the crowd.",
            &[("indirect", "if the plan would pass", "Ann Lee")],
        ),
        (
            "Tom Reyes was asked by host Ann Lee whether his aim was to win, and he laughed.",
            &[("indirect", "whether his aim was to win", "Ann Lee")],
        ),
        (
            "When asked by a reporter whether the tax differed from the old one, Jane Doe left.",
            &[(
                "indirect",
                "whether the tax differed from the old one",
                "a reporter",
            )],
        ),
        ("Tom Reyes was asked by the council to leave the hall.", &[]),
    ]);
}

/// A setting of the speech between a cue and "that" or a colon is no
/// object: "declared on national television that …", "wrote on Facebook:
/// “…”". After "on" a thing that is no place of speech is the object.
#[test]
fn a_setting_may_stand_between_a_cue_and_its_clause() {
    expect_said(&[
        (
            "The governor declared on national television that the state would close its borders.",
            &[("indirect", "the state would close its borders", "")],
        ),
        (
            "Jane Doe wrote on Facebook: “Anyone can turn an inheritance into more money.”",
            &[(
                "direct",
                "Anyone can turn an inheritance into more money.",
                "Jane Doe",
            )],
        ),
        (
            "Tom Reyes insisted at a rally Wednesday that he would stay in the race.",
            &[("indirect", "he would stay in the race", "Tom Reyes")],
        ),
        (
            "Tom Reyes insisted on changes that would protect the river.",
            &[],
        ),
    ]);
}

/// A verb that is another verb before "to" or with nothing after it
/// ("added to the confusion", "he continued") is a tag's verb of saying
/// right after a quotation.
#[test]
fn a_verb_after_a_quotation_is_its_tag() {
    expect_said(&[
        (
            "“It drew more viewers than her show,” Jane Doe added to reporters.",
            &[("direct", "It drew more viewers than her show,", "Jane Doe")],
        ),
        (
            "“He said, ‘We wrote them all,’” Tom Reyes continued.",
            &[("direct", "He said, ‘We wrote them all,’", "Tom Reyes")],
        ),
        // A quotation that ends the sentence before is not tagged by it.
        (
            "Jane Doe wrote to him, “You are a star!” Tom Reyes replied to her that it was an honor.",
            &[("direct", "You are a star!", "Jane Doe")],
        ),
        // A preposition or a noun after a tag's verb says where, of what or
        // to whom, not what was said.
        (
            "“Yet another town we would have won,” one supporter wrote on a forum.",
            &[("direct", "Yet another town we would have won,", "one supporter")],
        ),
        (
            "“My aunt made the gift,” Tom Reyes wrote of the 2010 donation.",
            &[("direct", "My aunt made the gift,", "Tom Reyes")],
        ),
        (
            "“We have a common rival,” Ann Lee told state delegates recently.",
            &[("direct", "We have a common rival,", "Ann Lee")],
        ),
        // Another verb of saying between them tags the quotation.
        (
            "“It was close,” Ann Lee said and argued for a recount of the votes.",
            &[("direct", "It was close,", "Ann Lee")],
        ),
        // "by" after a title in quotation marks opens a passive's agent.
        (
            "Next month brings “Roe Revealed,” a biography written by two reporters at the Post.",
            &[],
        ),
    ]);
}

// Speakers.

#[test]
fn roles_from_premodifiers() {
    let cases = [
        (
            "Harbor City mayor Jane Doe said the city is full.",
            "Jane Doe",
            "Harbor City mayor",
        ),
        (
            "Secretary of State Sam Poe said the talks went well.",
            "Sam Poe",
            "Secretary of State",
        ),
        (
            "Ohio Gov Tom Reyes said the roads are closed.",
            "Tom Reyes",
            "Ohio Gov",
        ),
        (
            "Health Secretary Ana Ruiz said the clinics are open.",
            "Ana Ruiz",
            "Health Secretary",
        ),
        (
            "City engineer Tom Bell said the bridge was unsafe.",
            "Tom Bell",
            "City engineer",
        ),
        (
            "Park ranger Dan Moss said the trail was closed.",
            "Dan Moss",
            "Park ranger",
        ),
    ];
    for (text, name, role) in cases {
        let analysis = run(text);
        let speaker = analysis
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(speaker.role.as_deref(), Some(role), "{text}");
        assert_eq!(
            speaker_name(&analysis, &analysis.statements[0]),
            name,
            "{text}"
        );
    }
}

#[test]
fn role_from_appositive() {
    let analysis = run("Hugh Hill, a doctor, said the ward is full.");
    assert_eq!(said(&analysis)[0].2, "Hugh Hill");
    assert_eq!(said(&analysis)[0].3, "Hugh Hill, a doctor");
    assert_eq!(analysis.speakers[0].role.as_deref(), Some("doctor"));
}

/// A role with its organisation ("the interim director of the Harbor
/// Safety Administration") is the person named earlier with that role, or an
/// unnamed one; never a person called "Safety Administration".
#[test]
fn a_role_of_an_organisation_is_its_holder() {
    expect_said(&[
        (
            "The interim director of the Harbor Safety Administration said the port would stay open.",
            &[(
                "indirect",
                "the port would stay open",
                "The interim director of the Harbor Safety Administration",
            )],
        ),
        (
            "Jane Roe, the interim director of the Harbor Safety Administration, toured the port on Friday.\n\n\
             The interim director of the Harbor Safety Administration said the port would stay open.",
            &[("indirect", "the port would stay open", "Jane Roe")],
        ),
    ]);
    let analysis = run(
        "The interim director of the Harbor Safety Administration said the port would stay open.",
    );
    assert_eq!(
        mention(&analysis.statements[0]),
        "The interim director of the Harbor Safety Administration"
    );
}

/// A courtesy title says less than the role written after the name, which
/// wins; a title that is a job keeps its place.
#[test]
fn a_role_after_the_name_outranks_a_courtesy_title() {
    let cases = [
        (
            "Dr. Maria Lopez, the port's chief engineer, said the cranes would arrive in May.",
            "port's chief engineer",
        ),
        (
            "“We are ready,” said Dr. Maria Lopez, the port's chief engineer.",
            "port's chief engineer",
        ),
        ("Dr. Maria Lopez said the cranes would arrive in May.", "Dr."),
        (
            "Sen. Maria Lopez, a member of the harbor committee, said the cranes would arrive in May.",
            "Sen.",
        ),
    ];
    for (text, role) in cases {
        let analysis = run(text);
        let speaker = analysis.speakers.iter().find(|s| s.name == "Maria Lopez");
        assert_eq!(
            speaker.and_then(|s| s.role.as_deref()),
            Some(role),
            "{text}"
        );
    }
}

#[test]
fn aliases_resolve_within_the_article() {
    let text = "President Ana Maria Lopez Ruiz met the council on Monday.\n\n\
                Lopez Ruiz said the budget is fixed.\n\n\
                “We will not cut schools,” said Ruiz.";
    let analysis = run(text);
    let got = said(&analysis);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|s| s.2 == "Ana Maria Lopez Ruiz"), "{got:?}");
    let speaker = analysis
        .speakers
        .iter()
        .find(|s| s.name == "Ana Maria Lopez Ruiz")
        .unwrap();
    assert_eq!(
        speaker.aliases,
        vec!["Lopez Ruiz".to_string(), "Ruiz".to_string()]
    );
    assert_eq!(speaker.role.as_deref(), Some("President"));
}

#[test]
fn honorific_refers_to_the_named_person() {
    expect_said(&[(
        "Sam Poe, the county judge, spoke first.\n\nMr. Poe said the jail is full.",
        &[("indirect", "the jail is full", "Sam Poe")],
    )]);
}

#[test]
fn pronouns_resolve_to_the_last_speaker() {
    expect_said(&[
        (
            "Jane Doe said the city is full.\n\nShe said the state must help.",
            &[
                ("indirect", "the city is full", "Jane Doe"),
                ("indirect", "the state must help", "Jane Doe"),
            ],
        ),
        (
            "Mr. Sam Poe said the jail is full.\n\nMs. Ana Ruiz said the court is slow.\n\nHe said more guards are needed.",
            &[
                ("indirect", "the jail is full", "Sam Poe"),
                ("indirect", "the court is slow", "Ana Ruiz"),
                ("indirect", "more guards are needed", "Sam Poe"),
            ],
        ),
        (
            "Harbor City mayor Jane Doe toured the shelter.\n\nShe said the beds are all taken.",
            &[("indirect", "the beds are all taken", "Jane Doe")],
        ),
    ]);
}

#[test]
fn role_nouns_resolve_to_the_entity() {
    expect_said(&[(
        "Harbor City mayor Jane Doe visited the shelter.\n\nThe mayor said the shelter is full.",
        &[("indirect", "the shelter is full", "Jane Doe")],
    )]);
}

#[test]
fn anonymous_sources_and_groups() {
    let cases = [
        (
            "One official said the talks had stalled.",
            "One official",
            SpeakerKind::Anonymous,
        ),
        (
            "A senior administration official said the talks had stalled.",
            "A senior administration official",
            SpeakerKind::Anonymous,
        ),
        (
            "Officials said the talks had stalled.",
            "Officials",
            SpeakerKind::Anonymous,
        ),
        (
            "Denver, Austin and Boston mayors said the talks had stalled.",
            "Denver, Austin and Boston mayors",
            SpeakerKind::Group,
        ),
        (
            "The Labor Department said the talks had stalled.",
            "Labor Department",
            SpeakerKind::Organization,
        ),
        (
            "UNHCR said the talks had stalled.",
            "UNHCR",
            SpeakerKind::Organization,
        ),
    ];
    for (text, name, kind) in cases {
        let analysis = run(text);
        let statement = &analysis.statements[0];
        let speaker = analysis
            .speakers
            .iter()
            .find(|s| Some(&s.id) == statement.speaker.as_ref())
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (speaker.name.as_str(), speaker.kind),
            (name, kind),
            "{text}"
        );
    }
}

/// A group named with some of its members ("Others, including members of
/// the pilots' association") is named with them too: "Others" alone tells a
/// reader nothing, and the members alone would claim more than the text.
#[test]
fn a_group_is_named_with_the_members_it_includes() {
    let cases = [
        (
            "Others, including members of the Harbor Pilots Association, said the channel was too narrow.",
            "Others, including members of the Harbor Pilots Association",
        ),
        (
            "Some residents, including members of the Harbor Pilots Association, said the channel was too narrow.",
            "Some residents, including members of the Harbor Pilots Association",
        ),
        (
            "Residents said the channel was too narrow.",
            "Residents",
        ),
        (
            "Other council members, including Ana Ruiz and Tom Bell, have backed the mayor, saying the plan is sound.",
            "Other council members, including Ana Ruiz and Tom Bell",
        ),

    ];
    for (text, name) in cases {
        let analysis = run(text);
        let names: Vec<(&str, SpeakerKind)> = analysis
            .statements
            .iter()
            .filter_map(|st| {
                analysis
                    .speakers
                    .iter()
                    .find(|s| Some(&s.id) == st.speaker.as_ref())
            })
            .map(|s| (s.name.as_str(), s.kind))
            .collect();
        assert_eq!(names, [(name, SpeakerKind::Group)], "{text}");
    }
}

#[test]
fn unsure_speaker_stays_unresolved_but_keeps_mention() {
    let analysis = run("The report said the river would rise.");
    let statement = &analysis.statements[0];
    assert_eq!(statement.speaker, None);
    assert_eq!(mention(statement), "The report");
    let analysis = run("Jane Doe met Ana Ruiz.\n\nThe judge said the case was closed.");
    assert_eq!(
        analysis.statements[0].speaker, None,
        "no judge was introduced"
    );
}

// Figures.

/// (text, figure text, value, unit, qualifier) for the first figure of each case.
type FigureCase<'a> = (&'a str, &'a str, f64, Option<&'a str>, Option<&'a str>);

fn expect_figures(cases: &[FigureCase]) {
    for &(text, span, value, unit, qualifier) in cases {
        let analysis = run(text);
        let figure = analysis
            .figures
            .first()
            .unwrap_or_else(|| panic!("{text}: no figure"));
        assert_eq!(figure.text, span, "{text}");
        assert!(
            (figure.value - value).abs() <= 1e-9 * value.abs().max(1.0),
            "{text}: {}",
            figure.value
        );
        assert_eq!(figure.unit.as_deref(), unit, "{text}");
        assert_eq!(figure.qualifier.as_deref(), qualifier, "{text}");
    }
}

#[test]
fn digits_with_separators_and_decimals() {
    expect_figures(&[
        (
            "Crews fixed 4,155 pipes.",
            "4,155 pipes",
            4155.0,
            Some("pipes"),
            None,
        ),
        (
            "The index fell 2.75 points.",
            "2.75 points",
            2.75,
            Some("points"),
            None,
        ),
        (
            "Prices rose by .5 cents.",
            ".5 cents",
            0.5,
            Some("cents"),
            None,
        ),
    ]);
}

#[test]
fn number_words_and_fractions() {
    expect_figures(&[
        ("Two buses left.", "Two buses", 2.0, Some("buses"), None),
        (
            "They hired a dozen nurses.",
            "a dozen nurses",
            12.0,
            Some("nurses"),
            None,
        ),
        (
            "A third of voters agreed.",
            "A third",
            1.0 / 3.0,
            None,
            None,
        ),
        (
            "Some three-quarters stayed.",
            "Some three-quarters",
            0.75,
            None,
            Some("some"),
        ),
        (
            "It affects one in 23 adults.",
            "one in 23",
            1.0 / 23.0,
            None,
            None,
        ),
        (
            "Twenty-five homes burned.",
            "Twenty-five homes",
            25.0,
            Some("homes"),
            None,
        ),
    ]);
}

#[test]
fn scales_money_and_percentages() {
    expect_figures(&[
        (
            "The bill costs $1.7 trillion.",
            "$1.7 trillion",
            1.7e12,
            Some("USD"),
            None,
        ),
        (
            "The fine was €5 million.",
            "€5 million",
            5e6,
            Some("EUR"),
            None,
        ),
        (
            "It paid £300,000.",
            "£300,000",
            300_000.0,
            Some("GBP"),
            None,
        ),
        (
            "Sales rose 28 percent.",
            "28 percent",
            28.0,
            Some("percent"),
            None,
        ),
        ("Rates hit 3.4%.", "3.4%", 3.4, Some("percent"), None),
        ("The deal is worth $5bn.", "$5bn", 5e9, Some("USD"), None),
    ]);
}

/// Ranges are one figure. A tally ("voted 286-134") is none: figures.rs's
/// `not_figures` holds it.
#[test]
fn ranges() {
    expect_figures(&[
        (
            "Between 5 and 10 homes burned.",
            "Between 5 and 10 homes",
            5.0,
            Some("homes"),
            None,
        ),
        (
            "Recovery takes 8–10 weeks.",
            "8–10 weeks",
            8.0,
            Some("weeks"),
            None,
        ),
        (
            "Losses reached $10 to $15 billion.",
            "$10 to $15 billion",
            1e10,
            Some("USD"),
            None,
        ),
        (
            "Repairs take one to two years.",
            "one to two years",
            1.0,
            Some("years"),
            None,
        ),
        (
            "They waited three or four hours.",
            "three or four hours",
            3.0,
            Some("hours"),
            None,
        ),
        (
            "Tesla delivered 63000 Model 3 cars.",
            "63000",
            63000.0,
            None,
            None,
        ),
    ]);
}

#[test]
fn qualifiers_are_kept() {
    expect_figures(&[
        (
            "More than 50,000 migrants crossed.",
            "More than 50,000 migrants",
            50_000.0,
            Some("migrants"),
            Some("more than"),
        ),
        (
            "Nearly 300 flights were cut.",
            "Nearly 300 flights",
            300.0,
            Some("flights"),
            Some("nearly"),
        ),
        (
            "At least 12 people died.",
            "At least 12 people",
            12.0,
            Some("people"),
            Some("at least"),
        ),
        (
            "Up to 40 trucks will help.",
            "Up to 40 trucks",
            40.0,
            Some("trucks"),
            Some("up to"),
        ),
        (
            "Fewer than 20 beds remain.",
            "Fewer than 20 beds",
            20.0,
            Some("beds"),
            Some("fewer than"),
        ),
        (
            "About 70 homes flooded.",
            "About 70 homes",
            70.0,
            Some("homes"),
            Some("about"),
        ),
    ]);
}

#[test]
fn durations_are_figures() {
    expect_figures(&[
        (
            "The search lasted five days.",
            "five days",
            5.0,
            Some("days"),
            None,
        ),
        (
            "The meeting lasted more than two hours.",
            "more than two hours",
            2.0,
            Some("hours"),
            Some("more than"),
        ),
    ]);
}

#[test]
fn dots_as_thousands_separators() {
    expect_figures(&[
        (
            "Police counted 160.000 people.",
            "160.000 people",
            160_000.0,
            Some("people"),
            None,
        ),
        (
            "Turnout reached 1.250.000 voters.",
            "1.250.000 voters",
            1_250_000.0,
            Some("voters"),
            None,
        ),
        (
            "The rate was 1.125 percent.",
            "1.125 percent",
            1.125,
            Some("percent"),
            None,
        ),
    ]);
}

/// Forms the wire and the British, Commonwealth and Indian press write
/// measures in: a quake's magnitude either side of its number, a length
/// with its dimension joined to the unit, a price by a unit's symbol after
/// a slash, and a vulgar fraction on its own or set apart from its digits.
#[test]
fn magnitudes_joined_dimensions_slashed_symbols_and_vulgar_fractions() {
    expect_figures(&[
        (
            "Officials said a 6.9-magnitude tremor shook the valley.",
            "6.9-magnitude",
            6.9,
            Some("magnitude"),
            None,
        ),
        (
            "A magnitude 5.8 earthquake rattled the port on Sunday.",
            "magnitude 5.8",
            5.8,
            Some("magnitude"),
            None,
        ),
        (
            "Engineers paved a 14km-long stretch of the bypass.",
            "14km-long",
            14.0,
            Some("km"),
            None,
        ),
        (
            "Volunteers raised a 4m-high barrier.",
            "4m-high",
            4.0,
            Some("metres"),
            None,
        ),
        (
            "Diesel sold at $2.05/L across the region.",
            "$2.05/L",
            2.05,
            Some("USD per litre"),
            None,
        ),
        (
            "Copper traded at $8,900/t on the exchange.",
            "$8,900/t",
            8900.0,
            Some("USD per tonne"),
            None,
        ),
        (
            "Nearly ¾ of tenants backed the plan.",
            "Nearly ¾",
            0.75,
            None,
            Some("nearly"),
        ),
        (
            "The ferry crossing takes 3 ½ hours.",
            "3 ½ hours",
            3.5,
            Some("hours"),
            None,
        ),
    ]);
}

/// One person's age, told after a singular noun with its article, as crime
/// and court reports write it, is in years of age; the ages of a group
/// stay none (`not_figures`).
#[test]
fn one_persons_age_after_a_noun() {
    expect_figures(&[
        (
            "The driver, aged 52, was taken to hospital.",
            "52",
            52.0,
            Some("years of age"),
            None,
        ),
        (
            "A cyclist aged 61 was hurt in the crash.",
            "61",
            61.0,
            Some("years of age"),
            None,
        ),
        (
            "A teacher, 38, was charged on Monday.",
            "38",
            38.0,
            Some("years of age"),
            None,
        ),
    ]);
}

/// Digits count the plural noun after a body's initials, as the British
/// and wire copy name a service or a bloc: a model's number stays a name
/// (`not_figures`).
#[test]
fn digits_count_past_initials() {
    expect_figures(&[
        (
            "The carmaker will launch 12 EV models next year.",
            "12 EV models",
            12.0,
            Some("EV models"),
            None,
        ),
        (
            "Some 40 NHS trusts declared critical incidents.",
            "Some 40 NHS trusts",
            40.0,
            Some("NHS trusts"),
            Some("some"),
        ),
    ]);
}

/// British copy weighs people in stone against the digits ("2st", "11st
/// 13lb"), which no ordinal ending is, and a temperature's scale after a
/// degree sign stays with it at a sentence's end.
#[test]
fn stone_against_digits_and_a_scale_at_a_sentence_end() {
    expect_figures(&[
        ("She lost 2st in a year.", "2st", 2.0, Some("stone"), None),
        (
            "The boxer weighed in at 11st 13lb.",
            "11st 13lb",
            167.0,
            Some("lb"),
            None,
        ),
        (
            "The mercury hit 104°F.",
            "104°F",
            104.0,
            Some("degrees Fahrenheit"),
            None,
        ),
    ]);
}

/// A part of a scale and a scale's letter with a rate, each joined into
/// one word by hyphens, as the British press writes them.
#[test]
fn parts_and_rates_joined_into_one_word() {
    expect_figures(&[
        (
            "Half-a-million people marched in the capital.",
            "Half-a-million people",
            500_000.0,
            Some("people"),
            None,
        ),
        (
            "The striker signed a £1.2m-a-year deal.",
            "£1.2m-a-year",
            1.2e6,
            Some("GBP per year"),
            None,
        ),
    ]);
}

/// The wire writes a mixed number with a slashed fraction, joined by a
/// hyphen or set apart, and the markets pages join basis or percentage
/// points to their number.
#[test]
fn mixed_numbers_and_joined_points() {
    expect_figures(&[
        (
            "Mortgage rates rose 2-1/2 percent.",
            "2-1/2 percent",
            2.5,
            Some("percent"),
            None,
        ),
        (
            "He served 3 1/2 years in prison.",
            "3 1/2 years",
            3.5,
            Some("years"),
            None,
        ),
        (
            "The bank announced a 25-basis-point hike.",
            "25-basis-point",
            25.0,
            Some("basis points"),
            None,
        ),
        (
            "Analysts expect a 0.75-percentage-point increase.",
            "0.75-percentage-point",
            0.75,
            Some("percentage points"),
            None,
        ),
    ]);
}

/// After a verb of change, a second number ten times the first or more is
/// the level reached, not a range's end, as the markets pages report a
/// share's move; numbers of a size stay a range.
#[test]
fn a_change_then_the_level_reached() {
    expect_figures(&[
        (
            "Shares in the miner jumped 3 to 48 on the news.",
            "3",
            3.0,
            None,
            None,
        ),
        (
            "The stock slid 8 to 92 in late trade.",
            "8",
            8.0,
            None,
            None,
        ),
        (
            "Estimates rose 3 to 5 points.",
            "3 to 5 points",
            3.0,
            Some("points"),
            None,
        ),
    ]);
}

/// After a verb of change and "by", the amount is the change and a second
/// more than five times its size the level reached, as a budget or a
/// reserve's move is reported; amounts of a size after "by" stay a range.
#[test]
fn a_change_by_an_amount_then_the_level_reached() {
    expect_figures(&[
        (
            "Exports grew by $6.2 billion to $48.5 billion last year.",
            "$6.2 billion",
            6.2e9,
            Some("USD"),
            None,
        ),
        (
            "Its reserves, having increased by $2.7 million to $21.3 million, are its largest.",
            "$2.7 million",
            2.7e6,
            Some("USD"),
            None,
        ),
        (
            "The plan would cut costs by $2 million to $4 million.",
            "$2 million to $4 million",
            2e6,
            Some("USD"),
            None,
        ),
    ]);
}

/// A small or grouped count before one name and the people of it that it
/// counts: a club's fans, a party's senators. A model's number is most
/// often of three digits or more and ungrouped ("737 Max jets").
#[test]
fn a_count_of_members_past_their_name() {
    expect_figures(&[
        (
            "Since the riot, 48 Arsenal fans have been banned.",
            "48 Arsenal fans",
            48.0,
            Some("Arsenal fans"),
            None,
        ),
        (
            "In all, 23 Republican senators voted against it.",
            "23 Republican senators",
            23.0,
            Some("Republican senators"),
            None,
        ),
        (
            "The union said 2,400 Boeing workers walked out.",
            "2,400 Boeing workers",
            2400.0,
            Some("Boeing workers"),
            None,
        ),
    ]);
}

/// "By" and a fraction that ends its phrase is the share of a change, the
/// object of the change between the verb and "by" or not: "cut deaths by a
/// third". A fraction before what it ranks is none ("by a third party").
#[test]
fn a_share_of_a_change_after_its_object() {
    expect_figures(&[
        (
            "The new drug cut deaths by a third.",
            "a third",
            1.0 / 3.0,
            None,
            None,
        ),
        (
            "The firm reduced its workforce by a quarter over two years.",
            "a quarter",
            0.25,
            None,
            None,
        ),
        (
            "Ministers pledged to cut carbon emissions by a fifth from 2010 levels.",
            "a fifth",
            0.2,
            None,
            None,
        ),
        (
            "The city missed its goal of cutting landfill waste by a quarter.",
            "a quarter",
            0.25,
            None,
            None,
        ),
    ]);
    for text in [
        "The claim was handled by a third party.",
        "The goal was scored by a third substitute.",
    ] {
        assert!(run(text).figures.is_empty(), "{text}");
    }
}

/// "Over" or "under" and a duration after a preposition of a length bound
/// the length: "the highest in over 15 years" is more than 15 years,
/// "finished in under two hours" less than two. Elsewhere "over three days"
/// is the span something happened in.
#[test]
fn a_bound_on_a_length_after_its_preposition() {
    expect_figures(&[
        (
            "Prices are at their highest in over 15 years.",
            "over 15 years",
            15.0,
            Some("years"),
            Some("over"),
        ),
        (
            "The winner finished in under two hours.",
            "under two hours",
            2.0,
            Some("hours"),
            Some("under"),
        ),
        (
            "The strike ended after over six weeks.",
            "over six weeks",
            6.0,
            Some("weeks"),
            Some("over"),
        ),
        (
            "The festival drew crowds over three days.",
            "three days",
            3.0,
            Some("days"),
            None,
        ),
    ]);
}

/// A vote's tally written with "to" is a tally as "voted 7-2" is, no
/// figure: neither the value 6 nor 3. Other falling pairs stay two figures.
#[test]
fn a_vote_tally_written_with_to() {
    for text in [
        "The court ruled 6 to 3 against the state.",
        "The vote was 5 to 4.",
        "The board voted 7 to 2 to close it.",
        "The bill passed by a vote of 61 to 38.",
    ] {
        assert!(run(text).figures.is_empty(), "{text}");
    }
    expect_figures(&[(
        "The stock slid 8 to 92 in late trade.",
        "8",
        8.0,
        None,
        None,
    )]);
}

/// A year of an era, its "BC" or "AD" before or after it or after the
/// other end of its range, is a date, no figure.
#[test]
fn a_year_of_an_era_is_no_figure() {
    for text in [
        "The city was founded around 620 B.C.",
        "The wall dates to 200 BC.",
        "The fort was built in 1260 AD.",
        "The abbey stood between A.D. 900 and 1150.",
        "The tombs date from 350 to 300 BC.",
    ] {
        assert!(run(text).figures.is_empty(), "{text}");
    }
    expect_figures(&[(
        "The campaign bought 30 ad slots.",
        "30 ad slots",
        30.0,
        Some("slots"),
        None,
    )]);
}

/// "Shy of" and "short of" a number is a little under it: "sold for just
/// shy of $3 million".
#[test]
fn shy_of_is_under() {
    expect_figures(&[
        (
            "The house sold for just shy of $3 million.",
            "just shy of $3 million",
            3e6,
            Some("USD"),
            Some("just under"),
        ),
        (
            "Turnout came in shy of 40 percent.",
            "shy of 40 percent",
            40.0,
            Some("percent"),
            Some("under"),
        ),
        (
            "The fund raised just short of 2,000 pounds.",
            "just short of 2,000 pounds",
            2000.0,
            Some("pounds"),
            Some("just under"),
        ),
    ]);
}

/// So many times, as much or as often, is a multiple: its unit "times".
#[test]
fn so_many_times_is_a_multiple() {
    expect_figures(&[
        (
            "Homes cost nine times average earnings.",
            "nine times",
            9.0,
            Some("times"),
            None,
        ),
        (
            "The new chip is 10 times faster.",
            "10 times",
            10.0,
            Some("times"),
            None,
        ),
        (
            "He was stopped by police more than three times.",
            "more than three times",
            3.0,
            Some("times"),
            Some("more than"),
        ),
    ]);
}

/// A count of a people or a party's members, named in the plural with a
/// capital, counts them.
#[test]
fn a_count_of_a_people() {
    expect_figures(&[
        (
            "About 2.3m Britons are out of work.",
            "About 2.3m Britons",
            2.3e6,
            Some("Britons"),
            Some("about"),
        ),
        (
            "Around 40,000 Canadians left the province.",
            "Around 40,000 Canadians",
            40_000.0,
            Some("Canadians"),
            Some("around"),
        ),
    ]);
}

/// Areas and volumes with their unit's power set as a superscript.
#[test]
fn units_with_a_superscript_power() {
    expect_figures(&[
        (
            "The reserve covers 30,000 km² of forest.",
            "30,000 km²",
            30_000.0,
            Some("km²"),
            None,
        ),
        (
            "The flat has 85m² of floor space.",
            "85m²",
            85.0,
            Some("m²"),
            None,
        ),
    ]);
}

/// The Indian press joins its scales by hyphens, each scaling the amount.
#[test]
fn scales_joined_by_hyphens() {
    expect_figures(&[
        (
            "A ₹2.5-lakh-crore plan was cleared.",
            "₹2.5-lakh-crore",
            2.5e12,
            Some("INR"),
            None,
        ),
        (
            "The Centre set aside Rs 1.5 lakh-crore for roads.",
            "Rs 1.5 lakh-crore",
            1.5e12,
            Some("INR"),
            None,
        ),
    ]);
}

/// The press of Kenya, Nigeria and Indonesia writes its own currency's
/// sign against the digits or a space apart: "KSh", "Sh", "₦", "N", "Rp".
/// A bare letter needs money-shaped digits ("N95 masks" is none).
#[test]
fn currency_signs_of_african_and_asian_press() {
    expect_figures(&[
        (
            "The county spent Sh2.5 billion on roads.",
            "Sh2.5 billion",
            2.5e9,
            Some("shillings"),
            None,
        ),
        (
            "Schools got KSh 400 million.",
            "KSh 400 million",
            4e8,
            Some("KES"),
            None,
        ),
        ("The bank injected ₦5bn.", "₦5bn", 5e9, Some("NGN"), None),
        (
            "Farmers received N5 billion.",
            "N5 billion",
            5e9,
            Some("NGN"),
            None,
        ),
        (
            "Jakarta spent Rp 10 trillion.",
            "Rp 10 trillion",
            1e13,
            Some("IDR"),
            None,
        ),
    ]);
    for text in ["Nurses wore N95 masks.", "Crews closed SH1 overnight."] {
        assert!(run(text).figures.is_empty(), "{text}");
    }
}

/// A bare lakh or crore in an article that writes rupees is rupees only
/// where its sentence speaks of money: "Cases rose to 1.2 lakh" is a count.
#[test]
fn a_bare_lakh_is_rupees_only_beside_money() {
    let text = "The Rs 500 crore plan was approved. Cases rose to 1.2 lakh. \
                The state will spend 2,300 crore on roads.";
    let units: Vec<_> = run(text)
        .figures
        .iter()
        .map(|f| (f.text.clone(), f.unit.clone()))
        .collect();
    assert_eq!(
        units,
        [
            ("Rs 500 crore".to_string(), Some("INR".to_string())),
            ("1.2 lakh".to_string(), None),
            ("2,300 crore".to_string(), Some("INR".to_string())),
        ]
    );
}

/// "half" standing alone after an approximation or a bound is a share, as
/// polls are reported: "more than half said no". Before "an" it is a
/// measure's half, before "past" a clock's.
#[test]
fn a_bounded_half_alone_is_a_share() {
    expect_figures(&[
        (
            "More than half said no.",
            "More than half",
            0.5,
            None,
            Some("more than"),
        ),
        (
            "Nearly half voted early.",
            "Nearly half",
            0.5,
            None,
            Some("nearly"),
        ),
        (
            "At least half stayed home.",
            "At least half",
            0.5,
            None,
            Some("at least"),
        ),
    ]);
    for text in [
        "He came about half past six.",
        "She was nearly half an hour late.",
    ] {
        let analysis = run(text);
        assert!(
            analysis.figures.iter().all(|f| f.value != 0.5),
            "{text}: {:?}",
            analysis.figures
        );
    }
}

/// Signs and ISO codes of the Asian and Gulf press: "₩3 trillion", "₱2
/// billion", "AED 2 billion", "QR1bn", "Dh500 million", "Bt10 billion",
/// "RMB 5 billion". A code of three letters set apart is written in
/// capitals ("players try 40 times" is no Turkish lira).
#[test]
fn currency_signs_and_codes_of_asian_and_gulf_press() {
    expect_figures(&[
        (
            "Seoul pledged ₩3 trillion.",
            "₩3 trillion",
            3e12,
            Some("KRW"),
            None,
        ),
        (
            "Manila spent ₱2 billion.",
            "₱2 billion",
            2e9,
            Some("PHP"),
            None,
        ),
        (
            "Dubai paid AED 2 billion.",
            "AED 2 billion",
            2e9,
            Some("AED"),
            None,
        ),
        ("Doha gave QR1bn.", "QR1bn", 1e9, Some("QAR"), None),
        (
            "The port paid Dh500 million.",
            "Dh500 million",
            5e8,
            Some("dirhams"),
            None,
        ),
        (
            "Bangkok spent Bt10 billion.",
            "Bt10 billion",
            1e10,
            Some("THB"),
            None,
        ),
        (
            "Beijing put in RMB 5 billion.",
            "RMB 5 billion",
            5e9,
            Some("CNY"),
            None,
        ),
        (
            "Players try 40 times a game.",
            "40 times",
            40.0,
            Some("times"),
            None,
        ),
    ]);
}

/// South Korea's won is written after the amount, as the verb is: after a
/// spelled scale, in an article that names Korea, it is the currency.
#[test]
fn the_korean_won_after_a_scale() {
    expect_figures(&[(
        "Samsung will invest 3 trillion won in South Korea.",
        "3 trillion won",
        3e12,
        Some("won"),
        None,
    )]);
    let verb = run("The campaign said 2 million won praise.");
    assert!(
        verb.figures
            .iter()
            .all(|f| f.unit.as_deref() != Some("won")),
        "{:?}",
        verb.figures
    );
}

/// Quarters picked in order are months of a year, not a fraction: "the
/// first three quarters" is three quarters, as "the first three months"
/// is three months, never 0.75.
#[test]
fn a_run_of_quarters_is_no_fraction() {
    expect_figures(&[
        (
            "Profit grew in the first three quarters.",
            "three quarters",
            3.0,
            Some("quarters"),
            None,
        ),
        (
            "The firm lost money over the past two quarters.",
            "two quarters",
            2.0,
            Some("quarters"),
            None,
        ),
        (
            "Three quarters of voters agreed.",
            "Three quarters",
            0.75,
            None,
            None,
        ),
    ]);
}

/// British adverts and property pages abbreviate the span money is paid
/// by: "pa" a year, "pcm" a calendar month, "pw" a week.
#[test]
fn money_by_an_abbreviated_span() {
    expect_figures(&[
        (
            "The flat lets for £1,200 pcm.",
            "£1,200 pcm",
            1200.0,
            Some("GBP per month"),
            None,
        ),
        (
            "The post pays £40,000pa plus bonus.",
            "£40,000pa",
            40_000.0,
            Some("GBP per year"),
            None,
        ),
    ]);
}

#[test]
fn not_figures() {
    let cases = [
        "The law passed in 2019.",
        "She finished 3rd in the race.",
        "They met at 10:30 a.m. on Friday.",
        "Title 42 expired.",
        "COVID-19 spread.",
        "He drove a 2012 Ford.",
        "One official spoke.",
        "The talks began December 27.",
        "She bought an iPhone 15 Pro.",
        "Workers aged 50 were offered buyouts.",
        "The men, aged 30 and 34, were held.",
        "Regulators grounded 737 MAX jets.",
        "He finished 21st in the sprint.",
        "The bus stopped at 42 St Mary's Road.",
        "Voters aged between 18 and 24 stayed home.",
    ];
    for text in cases {
        let analysis = run(text);
        assert!(
            analysis.figures.is_empty(),
            "{text}: {:?}",
            analysis.figures
        );
    }
}

// Times.

/// A snippet, its first time's text and the days it resolves to.
type TimeCase<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);

fn expect_times(published: Option<Day>, cases: &[TimeCase]) {
    for (text, span, range) in cases {
        let analysis = analyze(text, published);
        let time = analysis
            .times
            .first()
            .unwrap_or_else(|| panic!("{text}: no time"));
        assert_eq!(time.text, *span, "{text}");
        let got = time
            .resolved
            .map(|r| (r.start.to_string(), r.end.to_string()));
        let want = range.map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn absolute_dates() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "It opened on December 27.",
                "December 27",
                Some(("2023-12-27", "2023-12-27")),
            ),
            (
                "It closes Dec. 30.",
                "Dec. 30",
                Some(("2023-12-30", "2023-12-30")),
            ),
            (
                "It opened in March 2018.",
                "March 2018",
                Some(("2018-03-01", "2018-03-31")),
            ),
            (
                "It opened on 3 January 2022.",
                "3 January 2022",
                Some(("2022-01-03", "2022-01-03")),
            ),
            (
                "It opened on 2021-06-05.",
                "2021-06-05",
                Some(("2021-06-05", "2021-06-05")),
            ),
        ],
    );
}

#[test]
fn weekdays_resolve_to_the_latest_one() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "They met Friday.",
                "Friday",
                Some(("2023-12-22", "2023-12-22")),
            ),
            (
                "They met on Thursday.",
                "Thursday",
                Some(("2023-12-28", "2023-12-28")),
            ),
            (
                "They met Friday night.",
                "Friday night",
                Some(("2023-12-22", "2023-12-22")),
            ),
            (
                "They will meet next Monday.",
                "next Monday",
                Some(("2024-01-01", "2024-01-01")),
            ),
        ],
    );
}

/// "this" before a weekday points it ahead as far back as a bare weekday's
/// verb may stand: a plan told ten words before it ("is scheduled to sign
/// ... this Thursday") is the coming Thursday; with no word that looks
/// ahead it is still the latest.
#[test]
fn this_weekday_after_a_far_plan_is_the_coming_one() {
    expect_times(
        Day::new(2023, 12, 25),
        &[
            (
                "The mayor is scheduled to sign the budget and two other city bills this Thursday.",
                "this Thursday",
                Some(("2023-12-28", "2023-12-28")),
            ),
            (
                "The mayor signed the budget and two other city bills this Thursday.",
                "this Thursday",
                Some(("2023-12-21", "2023-12-21")),
            ),
        ],
    );
}

/// A word of the future that is no verb of the weekday's clause points it
/// nowhere: "next" after "the" names a noun's place in a series ("the next
/// debate"), and one "coming off" a debate has had it.
#[test]
fn a_future_word_that_is_no_verb_leaves_a_weekday_gone() {
    expect_times(
        Day::new(2015, 12, 3),
        &[
            (
                "On Monday night, in a bid to sway the next debate, the senator told a rally that \
                 he wanted a fair hearing.",
                "Monday night",
                Some(("2015-11-30", "2015-11-30")),
            ),
            (
                "The governor is coming off a strong debate Tuesday night.",
                "Tuesday night",
                Some(("2015-12-01", "2015-12-01")),
            ),
            (
                "On Monday, the next debate will be held in Ohio.",
                "Monday",
                Some(("2015-12-07", "2015-12-07")),
            ),
        ],
    );
}

/// "set for" after a form of "be" tells of a thing scheduled, as "set to"
/// does: "The trial is set for November" is the coming November, and "The
/// vote is set for Tuesday" the coming Tuesday; "set" alone is as often
/// a past ("set a record in March").
#[test]
fn set_for_a_time_is_scheduled() {
    expect_times(
        Day::new(2016, 5, 26),
        &[
            (
                "The trial is set for November.",
                "November",
                Some(("2016-11-01", "2016-11-30")),
            ),
            (
                "The vote is set for Tuesday.",
                "Tuesday",
                Some(("2016-05-31", "2016-05-31")),
            ),
            (
                "The runner set a record in March.",
                "in March",
                Some(("2016-03-01", "2016-03-31")),
            ),
        ],
    );
}

/// A time that opens its sentence after "And" or "But" takes its tense
/// from the verb after it, as one that opens it alone does: "And in
/// January, one of them will be leading the country" is the next January.
#[test]
fn a_time_after_an_opening_conjunction_opens_its_sentence() {
    expect_times(
        Day::new(2016, 9, 7),
        &[
            (
                "And in January, one of them will be leading the country.",
                "in January",
                Some(("2017-01-01", "2017-01-31")),
            ),
            (
                "But in March, the council voted to close the library.",
                "in March",
                Some(("2016-03-01", "2016-03-31")),
            ),
        ],
    );
}

/// A month inside "the end of" takes its tense as the whole phrase would:
/// "Through the end of September, the senator had raised $3 million" opens
/// its sentence, and its verb in the past perfect says the months have run,
/// so it is the September gone.
#[test]
fn a_month_in_a_part_phrase_opens_its_sentence() {
    expect_times(
        Day::new(2015, 11, 16),
        &[
            (
                "Through the end of September, the senator had raised $3 million.",
                "the end of September",
                Some(("2015-09-21", "2015-09-30")),
            ),
            (
                "Through the end of January, the museum will stay open late.",
                "the end of January",
                Some(("2016-01-22", "2016-01-31")),
            ),
        ],
    );
}

#[test]
fn last_week_is_the_previous_monday_to_sunday() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "It rained last week.",
                "last week",
                Some(("2023-12-18", "2023-12-24")),
            ),
            (
                "It rains this week.",
                "this week",
                Some(("2023-12-25", "2023-12-31")),
            ),
            (
                "It rained last month.",
                "last month",
                Some(("2023-11-01", "2023-11-30")),
            ),
        ],
    );
}

#[test]
fn bare_month_is_the_latest_not_after_publication() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "In November they detained 900 people.",
                "In November",
                Some(("2023-11-01", "2023-11-30")),
            ),
            (
                "Prices rose in February.",
                "in February",
                Some(("2023-02-01", "2023-02-28")),
            ),
        ],
    );
}

/// A period noun just before "a year ago" or "a year earlier" is the
/// period a year back, told as a comparison with the one reported: "the
/// quarter a year ago" is the third quarter of the year before after
/// "the third quarter", never the current quarter and the publication day.
#[test]
fn a_period_a_year_back_is_one_time() {
    let year_back = Some(("2022-07-01", "2022-09-30"));
    expect_named_times(
        Day::new(2023, 10, 26),
        &[
            (
                "Acme posted a loss of $2 million for the third quarter. For the quarter a year \
                 ago, it earned $16 million.",
                "the quarter a year ago",
                year_back,
            ),
            (
                "Acme posted a loss of $2 million for the third quarter. In the quarter a year \
                 earlier, it earned $16 million.",
                "the quarter a year earlier",
                year_back,
            ),
            (
                "Acme posted a loss of $2 million for the third quarter. Revenue rose from the \
                 same quarter a year ago.",
                "the same quarter a year ago",
                year_back,
            ),
            (
                "Acme posted a loss of $2 million for the third quarter. It earned $16 million in \
                 the same period a year earlier.",
                "the same period a year earlier",
                year_back,
            ),
        ],
    );
}

#[test]
fn relative_days_and_years() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "It rained yesterday.",
                "yesterday",
                Some(("2023-12-27", "2023-12-27")),
            ),
            (
                "It snows tonight.",
                "tonight",
                Some(("2023-12-28", "2023-12-28")),
            ),
            (
                "Sales fell last year.",
                "last year",
                Some(("2022-01-01", "2022-12-31")),
            ),
        ],
    );
}

#[test]
fn possessive_days_and_spans_of_time_ago() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "Friday's vote was close.",
                "Friday",
                Some(("2023-12-22", "2023-12-22")),
            ),
            (
                "It opened 10 days ago.",
                "10 days ago",
                Some(("2023-12-18", "2023-12-18")),
            ),
            (
                "It opened two weeks ago.",
                "two weeks ago",
                Some(("2023-12-11", "2023-12-17")),
            ),
            (
                "It opened three years ago.",
                "three years ago",
                Some(("2020-01-01", "2020-12-31")),
            ),
        ],
    );
}

#[test]
fn weekend_and_reported_quarter() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "Crews worked through the weekend.",
                "the weekend",
                Some(("2023-12-23", "2023-12-24")),
            ),
            (
                "Profit rose in the latest quarter.",
                "the latest quarter",
                Some(("2023-07-01", "2023-09-30")),
            ),
        ],
    );
}

#[test]
fn fiscal_year_resolves_oct_to_sep() {
    expect_times(
        Day::new(2023, 12, 28),
        &[
            (
                "Spending rose in fiscal 2023.",
                "fiscal 2023",
                Some(("2022-10-01", "2023-09-30")),
            ),
            (
                "The fiscal year 2024 budget passed.",
                "fiscal year 2024",
                Some(("2023-10-01", "2024-09-30")),
            ),
        ],
    );
}

/// Checks each snippet's time written `span` (not only its first) and the
/// days it resolves to.
fn expect_named_times(published: Option<Day>, cases: &[TimeCase]) {
    for (text, span, range) in cases {
        let analysis = analyze(text, published);
        let time = analysis
            .times
            .iter()
            .find(|t| t.text == *span)
            .unwrap_or_else(|| panic!("{text}: no {span} in {:?}", analysis.times));
        let got = time
            .resolved
            .map(|r| (r.start.to_string(), r.end.to_string()));
        let want = range.map(|(a, b)| (a.to_string(), b.to_string()));
        assert_eq!(got, want, "{text}");
    }
}

/// A fiscal year written across two years ("fiscal 2023-24", "FY24", "the
/// 2024-25 financial year") ends in the second, on the day the article
/// states ("the year to 31 March") or else the day its dateline's country
/// closes its year on: India's in March, Australia's in June for any form,
/// and Britain's and Canada's public years in March for a year written
/// across two. With neither, a split year fixes no days.
#[test]
fn fiscal_years_of_a_report_from_abroad() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "NEW DELHI, May 20 (Reuters) - Net profit rose in fiscal 2023-24, the company said.",
                "fiscal 2023-24",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "MUMBAI, May 20 (Reuters) - Revenue grew 9% in FY24, the bank said.",
                "FY24",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "SYDNEY, May 20 (AAP) - The deficit will narrow in the 2024-25 financial year, the treasurer said.",
                "the 2024-25 financial year",
                Some(("2024-07-01", "2025-06-30")),
            ),
            (
                "SYDNEY, May 20 (AAP) - Spending rose in fiscal 2024, the minister said.",
                "fiscal 2024",
                Some(("2023-07-01", "2024-06-30")),
            ),
            (
                "LONDON, May 20 (Reuters) - Borrowing in the financial year 2023/24 was lower, the office said.",
                "financial year 2023/24",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "OTTAWA, May 20 (CP) - The deficit for fiscal year 2024-2025 will shrink, the minister said.",
                "fiscal year 2024-2025",
                Some(("2024-04-01", "2025-03-31")),
            ),
            (
                "New Delhi, May 20 (PTI) Net profit rose in fiscal 2023-24, the company said.",
                "fiscal 2023-24",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "Mumbai: Revenue grew 9% in FY2024, the bank said.",
                "FY2024",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "Regina Lopez (D) said spending rose in fiscal 2024.",
                "fiscal 2024",
                Some(("2023-10-01", "2024-09-30")),
            ),
            (
                "Profit in the year to 31 March rose, the chairman said. Sales in FY2023-24 were flat.",
                "FY2023-24",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "LONDON, May 20 - Borrowing in the financial year 2023 to 2024 was revised, the office said.",
                "financial year 2023 to 2024",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "Borrowing in the financial year ending March 2024 was lower, the office said.",
                "financial year ending March 2024",
                Some(("2023-04-01", "2024-03-31")),
            ),
            (
                "Revenue in the financial year to 30 June 2023 rose, the council said.",
                "financial year to 30 June 2023",
                Some(("2022-07-01", "2023-06-30")),
            ),
            (
                "Sales in fiscal 2023-24 were flat, he said.",
                "fiscal 2023-24",
                None,
            ),
            (
                "Sales in the financial year 2024 were flat, he said.",
                "financial year 2024",
                None,
            ),
        ],
    );
}

/// "this financial year", "last fiscal year", "the current fiscal year":
/// the fiscal year that holds publication, or the one before or after,
/// where the article says where its year ends or its dateline's country
/// does; where nothing says, a company's year is its own and nothing is
/// read.
#[test]
fn a_fiscal_year_counted_from_publication() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "SYDNEY, May 20 (AAP) - Spending will rise this financial year, the treasurer said.",
                "this financial year",
                Some(("2023-07-01", "2024-06-30")),
            ),
            (
                "SYDNEY, May 20 (AAP) - Spending rose last financial year, the treasurer said.",
                "last financial year",
                Some(("2022-07-01", "2023-06-30")),
            ),
            (
                "NEW DELHI, May 20 (Reuters) - Growth will slow next fiscal year, the bank said.",
                "next fiscal year",
                Some(("2025-04-01", "2026-03-31")),
            ),
            (
                "Sales will rise in the current fiscal year, the company said. Its fiscal year ends Sept. 30.",
                "the current fiscal year",
                Some(("2023-10-01", "2024-09-30")),
            ),
        ],
    );
    let analysis = analyze(
        "Spending will rise this fiscal year, the company said.",
        Day::new(2024, 5, 20),
    );
    assert!(analysis.times.is_empty(), "{:?}", analysis.times);
}

/// A quarter or a half written with a letter ("Q3 2023", "Q4 FY24", "H1
/// FY25") or in words ("the fourth quarter of FY24", "the first half of
/// fiscal 2024") is that part of the calendar or fiscal year after it;
/// without a year ("Q3") it says none and nothing is read.
#[test]
fn quarters_and_halves_of_a_fiscal_year() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "Profit rose in Q3 2023, the company said.",
                "Q3 2023",
                Some(("2023-07-01", "2023-09-30")),
            ),
            (
                "MUMBAI, May 20 (Reuters) - Profit rose in Q4 FY24, the company said.",
                "Q4 FY24",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "MUMBAI, May 20 (Reuters) - Profit rose in Q4FY24, the company said.",
                "Q4FY24",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "MUMBAI, May 20 (Reuters) - Sales will rise in H1 FY25, the company said.",
                "H1 FY25",
                Some(("2024-04-01", "2024-09-30")),
            ),
            (
                "MUMBAI, May 20 (Reuters) - Profit rose in the fourth quarter of FY24, the company said.",
                "the fourth quarter of FY24",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "SYDNEY, May 20 (AAP) - Profit rose in the first half of fiscal 2024, the company said.",
                "the first half of fiscal 2024",
                Some(("2023-07-01", "2023-12-31")),
            ),
        ],
    );
    let analysis = analyze(
        "Profit rose in Q3, the company said.",
        Day::new(2024, 5, 20),
    );
    assert!(analysis.times.is_empty(), "{:?}", analysis.times);
}

/// A run of months written with a dash ("the January-March quarter",
/// "April-June 2024", "the July-September period last year") is those
/// months, in the year written after them, or else in the year its last
/// month would be read in alone.
#[test]
fn a_run_of_months_joined_by_a_dash() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "Profit rose in the January-March quarter, the company said.",
                "January-March quarter",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "Output fell in April-June 2023, the ministry said.",
                "April-June 2023",
                Some(("2023-04-01", "2023-06-30")),
            ),
            (
                "Exports rose in the July-September period last year, the ministry said.",
                "July-September period last year",
                Some(("2023-07-01", "2023-09-30")),
            ),
            (
                "Sales rose in the October-December quarter, the firm said.",
                "October-December quarter",
                Some(("2023-10-01", "2023-12-31")),
            ),
        ],
    );
}

/// A day written first with its ordinal ending ("3rd May", "1st April
/// 2024", "Friday 17th May") is the day "3 May" is.
#[test]
fn a_day_first_with_its_ordinal_ending() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "He was arrested on 3rd May, police said.",
                "3rd May",
                Some(("2024-05-03", "2024-05-03")),
            ),
            (
                "The policy came into force on 1st April 2024.",
                "1st April 2024",
                Some(("2024-04-01", "2024-04-01")),
            ),
            (
                "The report, released on Friday 17th May, found sales fell.",
                "Friday 17th May",
                Some(("2024-05-17", "2024-05-17")),
            ),
        ],
    );
}

/// A month joined to another by "and", "or" or "to" is a month, even one
/// whose name is also a verb ("from November to May"); "between January
/// and March" is the months from one to the other; and a day written "the
/// 14th of May" is that day.
#[test]
fn a_month_joined_to_another_and_the_nth_of_a_month() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "Between January and March, exports rose 5 per cent.",
                "Between January and March",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "Prices fell from November to May, the agency said.",
                "May",
                Some(("2024-05-01", "2024-05-31")),
            ),
            (
                "The bill was passed on the 14th of May.",
                "14th of May",
                Some(("2024-05-14", "2024-05-14")),
            ),
        ],
    );
}

/// "end-March", "March-end", "end-2024", as Indian and wire copy write
/// the end of a month or a year, is that end, as "the end of March" is.
#[test]
fn the_end_of_a_month_joined_to_it() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "Deposits rose 12% by end-March, the bank said.",
                "end-March",
                Some(("2024-03-22", "2024-03-31")),
            ),
            (
                "Loans had doubled by March-end, the ministry said.",
                "March-end",
                Some(("2024-03-22", "2024-03-31")),
            ),
            (
                "The plant will be ready by end-June 2025, the company said.",
                "end-June 2025",
                Some(("2025-06-21", "2025-06-30")),
            ),
            (
                "Rates will fall by end-2024, the bank said.",
                "end-2024",
                Some(("2024-12-01", "2024-12-31")),
            ),
        ],
    );
}

/// A year written across two without "fiscal" ("in 2024-25", "the
/// 2024-25 budget") is the fiscal year where the dateline's country or the
/// article says where its years end and a preposition of time or "budget"
/// marks it as a time; a season ("the 2023-24 season") is none.
#[test]
fn a_split_year_alone_in_a_report_from_abroad() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "NEW DELHI, May 20 (Reuters) - The deficit will narrow in 2024-25, the minister said.",
                "2024-25",
                Some(("2024-04-01", "2025-03-31")),
            ),
            (
                "CANBERRA, May 20 (AAP) - The 2024-25 budget forecasts a surplus, the treasurer said.",
                "2024-25",
                Some(("2024-07-01", "2025-06-30")),
            ),
        ],
    );
    for text in [
        "SYDNEY, May 20 (AAP) - The club won the 2023-24 season, the coach said.",
        "Sales will rise in 2024-25, the company said.",
    ] {
        let analysis = analyze(text, Day::new(2024, 5, 20));
        let split: Vec<_> = analysis
            .times
            .iter()
            .filter(|t| t.text.contains("-2"))
            .collect();
        assert!(split.is_empty(), "{text}: {:?}", analysis.times);
    }
}

/// A fortnight is two weeks: "a fortnight ago" is read as "two weeks
/// ago", "the past fortnight" as "the past two weeks".
#[test]
fn a_fortnight_is_two_weeks() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "It happened a fortnight ago, police said.",
                "a fortnight ago",
                Some(("2024-05-06", "2024-05-12")),
            ),
            (
                "Prices rose over the past fortnight, traders said.",
                "the past fortnight",
                Some(("2024-05-07", "2024-05-20")),
            ),
        ],
    );
}

/// "this past week" and "this past year" are the spans up to publication
/// that "the past week" and "the past year" are; "this past weekend" is the
/// weekend gone, as "last weekend" is (published Wednesday, 2024-05-22).
#[test]
fn this_past_is_the_span_just_gone() {
    expect_named_times(
        Day::new(2024, 5, 22),
        &[
            (
                "Jane Roe this past week said the pier would close.",
                "this past week",
                Some(("2024-05-16", "2024-05-22")),
            ),
            (
                "Prices rose 4% over this past year, traders said.",
                "this past year",
                Some(("2023-05-23", "2024-05-22")),
            ),
            (
                "The council met this past weekend to pick a successor.",
                "this past weekend",
                Some(("2024-05-18", "2024-05-19")),
            ),
        ],
    );
}

/// In a paper dated Sunday, "this week" in a clause that looks ahead is the
/// Monday-to-Sunday week that starts the next day, as only that Sunday is
/// left of the week of publication; in the past it is the week just ending,
/// and "last week" stays the one before it (published Sunday, 2024-05-19).
#[test]
fn a_sunday_paper_looks_ahead_to_the_coming_week() {
    expect_named_times(
        Day::new(2024, 5, 19),
        &[
            (
                "The council will meet this week to pick a successor.",
                "this week",
                Some(("2024-05-20", "2024-05-26")),
            ),
            (
                "Crews repaired the bridge this week.",
                "this week",
                Some(("2024-05-13", "2024-05-19")),
            ),
            (
                "The mayor quit last week after a vote of no confidence.",
                "last week",
                Some(("2024-05-06", "2024-05-12")),
            ),
        ],
    );
    // Any other day, a week ahead said as "this week" is the week of
    // publication.
    expect_named_times(
        Day::new(2024, 5, 18),
        &[(
            "The council will meet this week to pick a successor.",
            "this week",
            Some(("2024-05-13", "2024-05-19")),
        )],
    );
}

/// A day of the month after "would" is told as yet to come from some
/// moment, which may lie before publication, so it is the nearest such day
/// either way, without the lean to the past that a day said with no tense
/// has: "the flights would run from August 6", published February 13, is
/// this August, nearer than last; "the bridge would reopen on Jan. 5",
/// published January 10, is the Jan. 5 just gone.
#[test]
fn a_day_after_would_is_the_nearest_either_way() {
    expect_named_times(
        Day::new(1998, 2, 13),
        &[
            (
                "The airline said the new flights would run from August 6.",
                "August 6",
                Some(("1998-08-06", "1998-08-06")),
            ),
            // No tense: the past still wins unless the future is less
            // than half as far.
            (
                "The new flights run from August 6.",
                "August 6",
                Some(("1997-08-06", "1997-08-06")),
            ),
        ],
    );
    expect_named_times(
        Day::new(2024, 1, 10),
        &[(
            "Officials had said the bridge would reopen on Jan. 5.",
            "Jan. 5",
            Some(("2024-01-05", "2024-01-05")),
        )],
    );
}

/// A weekday after a plan told as it stood before ("was set to", "was
/// scheduled to", "were planning to") may have come already or be still to
/// come, so it is the nearest such weekday either way: published Wednesday,
/// 2024-05-15, "was set to headline Tuesday" is the day before, and "were
/// planning to march to the embassy on Friday" the Friday two days on.
#[test]
fn a_weekday_after_a_plan_told_in_the_past_is_the_nearest() {
    expect_named_times(
        Day::new(2024, 5, 15),
        &[
            (
                "The dinner, which the mayor was set to headline Tuesday, raised $2 million.",
                "Tuesday",
                Some(("2024-05-14", "2024-05-14")),
            ),
            (
                "Students were planning to march to the embassy on Friday.",
                "Friday",
                Some(("2024-05-17", "2024-05-17")),
            ),
            (
                "She was scheduled to leave Ohio late Sunday.",
                "Sunday",
                Some(("2024-05-12", "2024-05-12")),
            ),
            // Told in the present, a plan still looks ahead.
            (
                "The mayor is set to headline the dinner Tuesday.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
        ],
    );
}

/// "until" or "through" a weekday in a clause in the perfect ran up to a
/// day gone, not one ahead: "the towns that have held meetings or votes
/// through Tuesday", "Until Thursday, the mayor had refused to say"
/// (published Friday, 2024-05-17). A perfect that governs an infinitive
/// still looks ahead from it ("has promised to keep the bridge open
/// through Sunday"), and one in a clause after the time is that clause's.
#[test]
fn until_a_weekday_in_the_perfect_is_a_day_gone() {
    expect_named_times(
        Day::new(2024, 5, 17),
        &[
            (
                "Turnout fell in the towns that have held meetings or votes through Tuesday.",
                "Tuesday",
                Some(("2024-05-14", "2024-05-14")),
            ),
            (
                "And until Thursday, the mayor had refused to name a successor.",
                "Thursday",
                Some(("2024-05-16", "2024-05-16")),
            ),
            (
                "The council has promised to keep the bridge open through Sunday.",
                "Sunday",
                Some(("2024-05-19", "2024-05-19")),
            ),
            (
                "The bridge stays open through Sunday, which has been the plan.",
                "Sunday",
                Some(("2024-05-19", "2024-05-19")),
            ),
        ],
    );
}

/// A weekday that owns a noun after an opening "until" takes the tense of
/// the clause that follows, as any opening time does: "Until Monday's
/// announcement, shares of both firms were flat" is the Monday gone, and
/// "Until Monday's vote, the council will keep the bridge closed" the one
/// to come (published Wednesday, 2024-05-15).
#[test]
fn until_a_weekday_s_event_at_the_opening_takes_the_clause_s_tense() {
    expect_named_times(
        Day::new(2024, 5, 15),
        &[
            (
                "Until Monday's announcement, shares of both firms were flat.",
                "Monday",
                Some(("2024-05-13", "2024-05-13")),
            ),
            (
                "Until Monday's vote, the council will keep the bridge closed.",
                "Monday",
                Some(("2024-05-20", "2024-05-20")),
            ),
        ],
    );
}

/// "next" that opens a time of its own longer than a week ("next year")
/// points only that time ahead, not a weekday elsewhere in its clause:
/// published Wednesday, 2024-05-15, "Jane Roe, the party's leader next
/// year, wouldn't say Tuesday how it would vote" is the Tuesday gone;
/// "next week" and "next" before another noun still look ahead.
#[test]
fn next_of_another_time_does_not_point_a_weekday_ahead() {
    expect_named_times(
        Day::new(2024, 5, 15),
        &[
            (
                "Jane Roe, the party’s leader next year, wouldn’t say Tuesday how it would vote.",
                "Tuesday",
                Some(("2024-05-14", "2024-05-14")),
            ),
            (
                "The next vote is Tuesday.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
            (
                "The senator faces voters next week in the Tuesday primaries.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
        ],
    );
}

/// "will" contracted onto its subject ("she'll", "we’ll"), or with its
/// "not" ("won't"), looks ahead as "will" does (published Thursday,
/// 2024-05-16).
#[test]
fn a_contracted_will_points_a_time_ahead() {
    expect_named_times(
        Day::new(2024, 5, 16),
        &[
            (
                "She'll speak to the council Tuesday.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
            (
                "We’ll be meeting on Monday, the mayor said.",
                "Monday",
                Some(("2024-05-20", "2024-05-20")),
            ),
            (
                "Voters asked whether he’ll quit before Tuesday’s primary.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
            // Spoken "gonna" is "going to".
            (
                "\"We're gonna win in November,\" she said.",
                "in November",
                Some(("2024-11-01", "2024-11-30")),
            ),
            (
                "She won't attend the vote Tuesday.",
                "Tuesday",
                Some(("2024-05-21", "2024-05-21")),
            ),
            (
                "Ballots won’t be counted until March, officials said.",
                "March",
                Some(("2025-03-01", "2025-03-31")),
            ),
        ],
    );
}

/// A weekday before a date written day first, as British, Australian and
/// Indian papers write it ("Tuesday 28 May", "Friday, 17 May 2024"), is
/// part of that date and picks its year; it is no weekday of its own.
#[test]
fn a_weekday_before_a_day_first_date_is_part_of_it() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "The vote is on Tuesday 28 May, he said.",
                "Tuesday 28 May",
                Some(("2024-05-28", "2024-05-28")),
            ),
            (
                "The count began on Friday, 17 May 2024, officials said.",
                "Friday, 17 May 2024",
                Some(("2024-05-17", "2024-05-17")),
            ),
            (
                "The store opened on Monday 20 November, he said.",
                "Monday 20 November",
                Some(("2023-11-20", "2023-11-20")),
            ),
        ],
    );
    let analysis = analyze(
        "The vote is on Tuesday 28 May, he said.",
        Day::new(2024, 5, 20),
    );
    assert_eq!(analysis.times.len(), 1, "{:?}", analysis.times);
}

/// A quarter named by its last month, as Australian, Indian and British
/// reports name them ("the March quarter"), is the three months that end
/// with that month, which is read as the month alone would be.
#[test]
fn a_quarter_named_by_its_last_month() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "Prices rose 1 per cent in the March quarter, the bureau said.",
                "March quarter",
                Some(("2024-01-01", "2024-03-31")),
            ),
            (
                "Profit rose in the December quarter, the company said.",
                "December quarter",
                Some(("2023-10-01", "2023-12-31")),
            ),
            (
                "Exports will rise in the June quarter, the bank said.",
                "June quarter",
                Some(("2024-04-01", "2024-06-30")),
            ),
            (
                "Growth slowed in the September 2023 quarter, the bureau said.",
                "September 2023 quarter",
                Some(("2023-07-01", "2023-09-30")),
            ),
        ],
    );
}

/// "year-end", as accounts write it, is the year's closing day: "by
/// year-end" is by December 31, "since year-end" since the last one. A
/// fiscal year-end is the close of a year the article may not state, so
/// it reads nothing.
#[test]
fn year_end_is_the_closing_day_of_the_year() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[
            (
                "The bank expects to close the sale by year-end.",
                "year-end",
                Some(("2024-12-31", "2024-12-31")),
            ),
            (
                "Shares have fallen 8% since year-end.",
                "year-end",
                Some(("2023-12-31", "2023-12-31")),
            ),
        ],
    );
    let analysis = analyze(
        "Debt stood at $2 billion at its fiscal year-end.",
        Day::new(2024, 5, 20),
    );
    assert!(analysis.times.is_empty(), "{:?}", analysis.times);
}

/// A holiday's name before a thing kept for it ("Christmas trees",
/// "Easter eggs") names that thing, not a day.
#[test]
fn a_holiday_before_its_things_is_no_day() {
    for text in [
        "Sales of Christmas trees fell 10%, growers said.",
        "The shop sold out of Easter eggs.",
    ] {
        let analysis = analyze(text, Day::new(2024, 3, 15));
        assert!(analysis.times.is_empty(), "{text}: {:?}", analysis.times);
    }
}

/// "a week or so ago" is about a week ago: the days around the one a
/// week before publication.
#[test]
fn a_week_or_so_ago_is_about_a_week_ago() {
    expect_named_times(
        Day::new(2024, 5, 20),
        &[(
            "Prices rose a week or so ago, traders said.",
            "a week or so ago",
            Some(("2024-05-10", "2024-05-16")),
        )],
    );
}

/// A day of the month said by its ordinal alone ("on the 5th"), as
/// British and Commonwealth papers write it, is that day of the month the
/// sentence or the one before names, else the nearest such day to
/// publication that its clause's tense allows. An ordinal before a noun,
/// or a hole in a report of golf, is no day.
#[test]
fn an_ordinal_day_alone_is_a_day_of_the_month_told() {
    expect_named_times(
        Day::new(2024, 3, 15),
        &[
            (
                "The council met on the 5th and approved the budget.",
                "the 5th",
                Some(("2024-03-05", "2024-03-05")),
            ),
            (
                "The council will vote on the 20th, the mayor said.",
                "the 20th",
                Some(("2024-03-20", "2024-03-20")),
            ),
            (
                "The council will vote on the 5th, the mayor said.",
                "the 5th",
                Some(("2024-04-05", "2024-04-05")),
            ),
            (
                "The board met on the 28th, the mayor said.",
                "the 28th",
                Some(("2024-02-28", "2024-02-28")),
            ),
            (
                "In January the council met twice. It voted on the 9th.",
                "the 9th",
                Some(("2024-01-09", "2024-01-09")),
            ),
            (
                "The treaty was signed on the 14th of May.",
                "14th of May",
                Some(("2023-05-14", "2023-05-14")),
            ),
        ],
    );
    for text in [
        "They live on the 5th floor.",
        "He dropped a shot on the 17th after a poor tee shot.",
        "She spoke on the 50th anniversary of the march.",
    ] {
        let analysis = analyze(text, Day::new(2024, 3, 15));
        assert!(analysis.times.is_empty(), "{text}: {:?}", analysis.times);
    }
}

/// A half-year named by the month it runs to, as British and Australian
/// company reports name it ("the half-year to December", "the half to
/// June"), is the six months up to that month's end.
#[test]
fn a_half_year_to_a_month() {
    expect_named_times(
        Day::new(2024, 3, 15),
        &[
            (
                "Profit rose 5% in the half-year to December, the company said.",
                "the half-year to December",
                Some(("2023-07-01", "2023-12-31")),
            ),
            (
                "Profit rose 5% in the half year to December, the company said.",
                "the half year to December",
                Some(("2023-07-01", "2023-12-31")),
            ),
            (
                "Sales fell in the half to February, the retailer said.",
                "the half to February",
                Some(("2023-09-01", "2024-02-29")),
            ),
        ],
    );
}

/// The first or last quarters of a year written after them are those
/// months of it: "the first two quarters of 1990" is its first half.
#[test]
fn a_run_of_quarters_of_a_year() {
    expect_named_times(
        Day::new(1989, 10, 26),
        &[
            (
                "Analysts expect losses through the first two quarters of 1990.",
                "the first two quarters of 1990",
                Some(("1990-01-01", "1990-06-30")),
            ),
            (
                "Sales rose in the last three quarters of 1988.",
                "the last three quarters of 1988",
                Some(("1988-04-01", "1988-12-31")),
            ),
        ],
    );
}

/// "last year" as the base a figure of "the latest period" is compared
/// with is that period a year back, as after a quarter named.
#[test]
fn last_year_compared_with_the_latest_period() {
    expect_named_times(
        Day::new(2024, 4, 25),
        &[(
            "Acme reported lower first-quarter profit. Sales in the latest period were $2.1 billion, \
             up 8% from last year's $1.9 billion.",
            "last year",
            Some(("2023-01-01", "2023-03-31")),
        )],
    );
}

#[test]
fn without_publication_date_no_year_is_invented() {
    expect_times(
        None,
        &[
            ("It opened on December 27.", "December 27", None),
            ("It rained last week.", "last week", None),
            (
                "It opened Dec. 30, 2021.",
                "Dec. 30, 2021",
                Some(("2021-12-30", "2021-12-30")),
            ),
        ],
    );
}

// Links.

#[test]
fn statements_list_their_figures_and_figures_their_periods() {
    let text = "Jane Doe said the city took in 3,000 people last week.\n\n\
                Border agents stopped more than 50,000 migrants in five days last week.";
    let analysis = run(text);
    let statement = &analysis.statements[0];
    assert_eq!(statement.kind, StatementKind::Indirect);
    let figure = |id: &String| analysis.figures.iter().find(|f| &f.id == id).unwrap();
    let texts: Vec<&str> = statement
        .figures
        .iter()
        .map(|id| figure(id).text.as_str())
        .collect();
    assert_eq!(texts, vec!["3,000 people"]);
    let narration = &analysis.statements[1];
    assert_eq!(narration.kind, StatementKind::Narration);
    assert_eq!(narration.speaker, None);
    let texts: Vec<&str> = narration
        .figures
        .iter()
        .map(|id| figure(id).text.as_str())
        .collect();
    assert_eq!(texts, vec!["more than 50,000 migrants", "five days"]);
    for id in &narration.figures {
        let period = figure(id)
            .period
            .as_ref()
            .and_then(|p| analysis.times.iter().find(|t| &t.id == p))
            .unwrap();
        assert_eq!(period.text, "last week");
    }
}

/// A figure in a relative clause of the words that name the source is the
/// writer's description of the source, not something the source said: it
/// stays in the article's figures but joins no statement. Figures in what
/// was said still join it, and so does a figure that is the source.
#[test]
fn a_figure_describing_the_source_is_not_what_it_said() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The bank, which employs 25,000 people in Leeds, said on Monday that profits would fall by 5%.",
            &["5%"],
        ),
        (
            "Jane Roe, who has represented 40 families in the valley, said the deal would fail.",
            &[],
        ),
        ("Only 24 percent said the plan would work.", &["24 percent"]),
        (
            "Tom Reyes, who has fished the bay for 30 years, said the catch fell by 20%.",
            &["20%"],
        ),
    ];
    for (text, expected) in cases {
        let analysis = run(text);
        let statement = analysis
            .statements
            .iter()
            .find(|s| s.kind != StatementKind::Narration)
            .unwrap_or_else(|| panic!("no statement in {text}"));
        let texts: Vec<&str> = statement
            .figures
            .iter()
            .filter_map(|id| analysis.figures.iter().find(|f| &f.id == id))
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(&texts, expected, "{text}");
        assert_eq!(analysis.statements.len(), 1, "no narration card: {text}");
    }
}

/// A figure that is a statement's source goes with what that source said,
/// though another statement comes first in the sentence.
#[test]
fn a_figure_that_is_the_source_goes_with_its_statement() {
    let analysis = run("The agency said cases rose, and 62 percent said the plan would work.");
    let figures_of = |words: &str| -> Vec<&str> {
        let statement = analysis
            .statements
            .iter()
            .find(|s| s.text == words)
            .unwrap();
        statement
            .figures
            .iter()
            .filter_map(|id| analysis.figures.iter().find(|f| &f.id == id))
            .map(|f| f.text.as_str())
            .collect()
    };
    assert_eq!(figures_of("cases rose"), Vec::<&str>::new());
    assert_eq!(figures_of("the plan would work"), ["62 percent"]);
}

/// A figure's period is a time of its own clause. The day of a cue says
/// when something was said, not over what time the figure counts; a time
/// across a semicolon, or outside the relative clause a figure is in,
/// belongs to another clause. Where no time is the figure's, it has no
/// period.
#[test]
fn a_figure_period_is_a_time_of_its_own_clause() {
    let cases = [
        (
            "The transit authority announced Monday that it would add 12 buses.",
            "12 buses",
            None,
        ),
        (
            "The council voted Tuesday to widen the bridge, which carries 9,000 cars a day.",
            "9,000 cars",
            None,
        ),
        (
            "Sales rose this year at three stores: one by 29 percent; another by 8.2 percent.",
            "8.2 percent",
            Some("this year"),
        ),
        (
            "The city paved 40 miles of road; this year it has paved none.",
            "40 miles",
            None,
        ),
        (
            "Employers added 151,000 jobs in August, the department said Friday.",
            "151,000 jobs",
            Some("in August"),
        ),
        (
            "In November the agents detained 191,000 migrants.",
            "191,000 migrants",
            Some("In November"),
        ),
        (
            "In the third quarter, the bank, which is owned by the state, lost $46.9 million.",
            "$46.9 million",
            Some("the third quarter"),
        ),
        (
            "The bank said Friday that it lost $9.8 million in the third quarter.",
            "$9.8 million",
            Some("the third quarter"),
        ),
        (
            "The council voted Tuesday to spend $48 million on the bridge.",
            "$48 million",
            Some("Tuesday"),
        ),
    ];
    for (text, figure, period) in cases {
        let analysis = run(text);
        let found = analysis.figures.iter().find(|f| f.text == figure);
        let period_text = found
            .unwrap_or_else(|| panic!("{text}"))
            .period
            .as_ref()
            .and_then(|p| analysis.times.iter().find(|t| &t.id == p))
            .map(|t| t.text.as_str());
        assert_eq!(period_text, period, "{text}");
    }
}

#[test]
fn undated_statements_take_the_publication_date() {
    let analysis = run("Jane Doe said the city is full.");
    assert_eq!(analysis.statements[0].time, None);
    assert!(analysis.times.is_empty());
}

#[test]
fn cue_forms_with_an_auxiliary_before_them() {
    expect_said(&[
        (
            "Governor Ana Ruiz did say that the budget was balanced.",
            &[("indirect", "the budget was balanced", "Ana Ruiz")],
        ),
        (
            "Senator Tom Reyes is arguing that the plan will fail.",
            &[("indirect", "the plan will fail", "Tom Reyes")],
        ),
        (
            "Mayor Lena Ortiz was telling reporters that the bridge is safe.",
            &[("indirect", "the bridge is safe", "Lena Ortiz")],
        ),
        // A progressive without a clause after it may be a doing.
        ("Mayor Lena Ortiz is admitting mistakes.", &[]),
        // "stated" reports a clause without "that", but not a thing.
        (
            "Mayor Lena Ortiz stated the water was clean.",
            &[("indirect", "the water was clean", "Lena Ortiz")],
        ),
        ("Mayor Lena Ortiz stated her intention to run.", &[]),
    ]);
}

#[test]
fn a_description_then_a_titled_name_with_its_party_tag_names_the_person() {
    expect_said(&[(
        "A former lawmaker, Sen. Joe Roe (I-Conn.), said the vote was close. Sen. Joe Roe (I-Conn.) said the count was fair.",
        &[
            ("indirect", "the vote was close", "Joe Roe"),
            ("indirect", "the count was fair", "Joe Roe"),
        ],
    )]);
}

#[test]
fn an_organisation_named_before_its_document_is_the_source() {
    expect_said(&[
        (
            "Rents rose 5 percent, according to Zillow data.",
            &[("indirect", "Rents rose 5 percent", "Zillow")],
        ),
        (
            "According to a Pew Research Center survey, most adults agree.",
            &[("indirect", "most adults agree", "Pew Research Center")],
        ),
        // A name that ends in a document's word is a name.
        (
            "According to the Washington Post, most adults agree.",
            &[("indirect", "most adults agree", "Washington Post")],
        ),
    ]);
}

/// A clause of time or condition that opens after "that" needs the main
/// clause after its comma, even when a word of saying stands in it ("is
/// often asked"): that comma opens no other source's statement.
#[test]
fn a_subordinate_clause_after_that_takes_its_main_clause() {
    expect_said(&[
        (
            "Jane Doe said that when she visits schools, she is often asked about the levy.",
            &[(
                "indirect",
                "when she visits schools, she is often asked about the levy",
                "Jane Doe",
            )],
        ),
        (
            "Tom Reyes said he was pleased that lately, when he walks downtown, he is rarely \
             asked for money.",
            &[(
                "indirect",
                "he was pleased that lately, when he walks downtown, he is rarely asked for money",
                "Tom Reyes",
            )],
        ),
        (
            "Jane Doe said that while the ferry was slow, she argued it was a success.",
            &[
                ("indirect", "while the ferry was slow", "Jane Doe"),
                ("indirect", "it was a success", "Jane Doe"),
            ],
        ),
        (
            "Jane Doe said the ferry was a success, and others said it lost money.",
            &[
                ("indirect", "the ferry was a success", "Jane Doe"),
                ("indirect", "it lost money", "others"),
            ],
        ),
    ]);
}

#[test]
fn a_though_clause_goes_on_with_what_was_said() {
    expect_said(&[
        (
            "Mayor Lena Ortiz said the plan would work, though it will take time.",
            &[(
                "indirect",
                "the plan would work, though it will take time",
                "Lena Ortiz",
            )],
        ),
        // Unless the writer turns to the speaker.
        (
            "Mayor Lena Ortiz said the plan would work, though she did not say how.",
            &[("indirect", "the plan would work", "Lena Ortiz")],
        ),
        // "although" goes as "though" does.
        (
            "Mayor Lena Ortiz said the ferry was a success, although the fares are still too high.",
            &[(
                "indirect",
                "the ferry was a success, although the fares are still too high",
                "Lena Ortiz",
            )],
        ),
        (
            "Mayor Lena Ortiz said the ferry was a success, although she rarely rides it.",
            &[("indirect", "the ferry was a success", "Lena Ortiz")],
        ),
    ]);
}

#[test]
fn the_writers_words_after_a_comma_end_the_reported_clause() {
    expect_said(&[
        // A second predicate of the speaker, with no subject of its own.
        (
            "Jane Doe said the budget must be balanced, and has championed cuts to every program.",
            &[("indirect", "the budget must be balanced", "Jane Doe")],
        ),
        // "it" after ", and" goes on with a thing of the clause; "she" is
        // the writer's turn to the speaker.
        (
            "The Quill Institute said the levy would pay for 900 homes, and it would cost \
             renters nothing.",
            &[(
                "indirect",
                "the levy would pay for 900 homes, and it would cost renters nothing",
                "Quill Institute",
            )],
        ),
        (
            "Jane Doe said the levy was fair, and she voted for it.",
            &[("indirect", "the levy was fair", "Jane Doe")],
        ),
        (
            "Jane Doe said the levy would hurt farmers, and called it a mistake.",
            &[("indirect", "the levy would hurt farmers", "Jane Doe")],
        ),
        // A verb form before a bare noun is an adjective of a list.
        (
            "Jane Doe said the plan would bring new roads, and repaired bridges.",
            &[(
                "indirect",
                "the plan would bring new roads, and repaired bridges",
                "Jane Doe",
            )],
        ),
        // A participle of the writer's.
        (
            "The publisher said it would not reprint the book, citing legal risks.",
            &[("indirect", "it would not reprint the book", "")],
        ),
        // A comparison with another who did the same.
        (
            "Jane Doe said she will not back the measure, as have two other members of the council.",
            &[("indirect", "she will not back the measure", "Jane Doe")],
        ),
    ]);
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_up_to_its_comma() {
    expect_said(&[
        (
            "While Jane Doe said the plan would fail, the council passed it on Monday.",
            &[("indirect", "the plan would fail", "Jane Doe")],
        ),
        (
            "If Mayor Lena Ortiz said she would veto the bill, it is unlikely to pass.",
            &[("indirect", "she would veto the bill", "Lena Ortiz")],
        ),
        (
            "Although Jane Doe says the levy is fair and will fund schools, 40 percent of voters oppose it.",
            &[("indirect", "the levy is fair and will fund schools", "Jane Doe")],
        ),
        // A quotation the comma closes is kept whole.
        (
            "When the mayor pointed out that the shelters were “full,” the council voted to build more.",
            &[("indirect", "the shelters were “full,”", "")],
        ),
        // A comma before "and" goes on with the subordinate clause.
        (
            "Although Jane Doe says the city is “safe,” and “growing,” she moved to Ohio last year.",
            &[("indirect", "the city is “safe,” and “growing,”", "Jane Doe")],
        ),
        // A comma before a quotation leads into what was said.
        (
            "As the columnist Jane Doe had written years earlier, “The studio is a family.”",
            &[("direct", "The studio is a family.", "Jane Doe")],
        ),
        // Without a subordinator the comma is the source's own.
        (
            "Jane Doe said the plan would fail, the council would balk and the mayor would resign.",
            &[(
                "indirect",
                "the plan would fail, the council would balk and the mayor would resign",
                "Jane Doe",
            )],
        ),
    ]);
}

#[test]
fn an_aside_or_a_demonstrative_keeps_the_source() {
    expect_said(&[
        // An aside of two words between a source and its cue.
        (
            "Jane Roe, for example, said the visit would earn the candidate attention all weekend.",
            &[(
                "indirect",
                "the visit would earn the candidate attention all weekend",
                "Jane Roe",
            )],
        ),
        // An aside after an appositive keeps the name before it.
        (
            "Brian Roe, the chairman of the county party in New Hampshire, for example, said the visit hurt the candidate.",
            &[("indirect", "the visit hurt the candidate", "Brian Roe")],
        ),
        // "this" and "these" open the source's phrase.
        (
            "“The kids do not like him at all,” this source told the Post.",
            &[("direct", "The kids do not like him at all,", "this source")],
        ),
        (
            "These people said the senator would be open to other measures.",
            &[(
                "indirect",
                "the senator would be open to other measures",
                "These people",
            )],
        ),
    ]);
}

#[test]
fn an_age_in_an_appositive_stays_with_the_name() {
    expect_said(&[
        (
            "Jane Roe, 69, told reporters the agency had changed.",
            &[("indirect", "the agency had changed", "Jane Roe")],
        ),
        (
            "Mr. Sperling, then 38, said he was advised to find a more experienced deputy.",
            &[(
                "indirect",
                "he was advised to find a more experienced deputy",
                "Sperling",
            )],
        ),
        (
            "Mr. Daniloff, now 81, said the agency had changed.",
            &[("indirect", "the agency had changed", "Daniloff")],
        ),
    ]);
}

#[test]
fn a_setting_that_ends_the_sentence_is_no_content() {
    expect_said(&[
        (
            "The race has taken a negative turn and will take time to cool off, Jane Roe said in an interview with the local paper.",
            &[(
                "indirect",
                "The race has taken a negative turn and will take time to cool off",
                "Jane Roe",
            )],
        ),
        // What "to" opens there is an infinitive's clause, and the content.
        (
            "Jane Roe vowed to protect the program for the rest of her term.",
            &[(
                "indirect",
                "to protect the program for the rest of her term",
                "Jane Roe",
            )],
        ),
    ]);
}

#[test]
fn while_after_a_quote_turns_to_the_writers_contrast() {
    expect_said(&[(
        "Sen. Kelly Ayotte said she would “support the nominee” but “is not planning to endorse anyone,” while Sen. Susan Collins suggested she would only offer conditional support.",
        &[
            (
                "indirect",
                "she would “support the nominee” but “is not planning to endorse anyone",
                "Kelly Ayotte",
            ),
            (
                "indirect",
                "she would only offer conditional support",
                "Susan Collins",
            ),
        ],
    )]);
}

#[test]
fn a_time_before_the_clauses_verb_is_its_subject() {
    expect_said(&[
        (
            "Jane Roe said Monday next year will be harder for the farms.",
            &[(
                "indirect",
                "next year will be harder for the farms",
                "Jane Roe",
            )],
        ),
        (
            "Jane Roe said next week is the last chance for a deal.",
            &[(
                "indirect",
                "next week is the last chance for a deal",
                "Jane Roe",
            )],
        ),
        // A day's name before a verb is the time of saying, and a cue after
        // a noun it describes reports nothing.
        (
            "A $160 billion merger announced Monday would turn the company into an Irish one.",
            &[],
        ),
        // A time before the clause's subject is the time of saying.
        (
            "Jane Roe said Monday the farms will need more help.",
            &[("indirect", "the farms will need more help", "Jane Roe")],
        ),
    ]);
}

#[test]
fn a_quote_after_the_tag_goes_on_with_a_clause_that_quotes() {
    expect_said(&[(
        "The new plan for the city budget “will fail,” Jane Roe said. “It has no money and no friends.”",
        &[
            ("indirect", "The new plan for the city budget “will fail", "Jane Roe"),
            ("direct", "It has no money and no friends.", "Jane Roe"),
        ],
    )]);
}

#[test]
fn a_second_verb_of_saying_may_take_an_auxiliary() {
    expect_said(&[
        (
            "Senator Jane Roe visited the plant and has promised to keep it open.",
            &[("indirect", "to keep it open", "Jane Roe")],
        ),
        (
            "The governor met the workers on Friday and has said that the plant will stay open.",
            &[("indirect", "the plant will stay open", "")],
        ),
        // After an auxiliary, a cue with a thing for its object is no speech.
        (
            "Democrats controlled the Senate and had confirmed 68 judicial nominees by then.",
            &[],
        ),
    ]);
}

/// A second verb of saying after ", and" with a subject of its own is that
/// subject's, not the sentence's: "my parents were gone, and a neighbour
/// came in and told me …". Without one it is still the sentence's.
#[test]
fn a_joined_verb_after_a_clause_with_its_own_subject_is_that_subjects() {
    expect_said(&[
        (
            "I came home and my parents were gone, and a neighbour came in and told me they had been taken away.",
            &[("indirect", "they had been taken away", "a neighbour")],
        ),
        (
            "Senator Jane Roe toured the plant, and has promised that it will stay open.",
            &[("indirect", "it will stay open", "Jane Roe")],
        ),
    ]);
}

#[test]
fn a_home_town_and_its_state_after_of_belong_to_the_source() {
    expect_said(&[
        (
            "Jane Roe of Austin, Texas, said the vote was rigged.",
            &[("indirect", "the vote was rigged", "Jane Roe")],
        ),
        (
            "Mayor John Smith of Tampa, Fla., said the storm was the worst in years.",
            &[("indirect", "the storm was the worst in years", "John Smith")],
        ),
        // A clause before the comma is no home town: the content is before.
        (
            "The plan will pass in Austin, Texas, said Jane Roe.",
            &[(
                "indirect",
                "The plan will pass in Austin, Texas",
                "Jane Roe",
            )],
        ),
    ]);
}

#[test]
fn a_pronoun_after_the_cue_is_no_clause() {
    expect_said(&[
        (
            "Jane Roe urged him to resign before the vote.",
            &[("indirect", "him to resign before the vote", "Jane Roe")],
        ),
        (
            "Forbes said her $4.5 billion fortune was marked down to zero.",
            &[("indirect", "her $4.5 billion fortune was marked down to zero", "Forbes")],
        ),
        (
        "Jane Roe tried to take back her words a day after she said them, but not before the damage was done.",
        &[],
        ),
    ]);
}

#[test]
fn a_description_a_name_owns_is_an_appositive() {
    expect_said(&[
        (
            "“We are ready,” Ana Ruiz, Maria Lopez's chief of staff, said.",
            &[("direct", "We are ready,", "Ana Ruiz")],
        ),
        (
            "“We are ready,” Ana Ruiz, Mrs. Lopez's aide, said in an interview.",
            &[("direct", "We are ready,", "Ana Ruiz")],
        ),
        (
            "“We are ready,” Ana Ruiz, Reyes’ campaign manager, said.",
            &[("direct", "We are ready,", "Ana Ruiz")],
        ),
        (
            "Ana Ruiz, Maria Lopez's chief of staff, said the office was full.",
            &[("indirect", "the office was full", "Ana Ruiz")],
        ),
    ]);
}

#[test]
fn a_capitalised_word_after_the_cue_names_the_source() {
    // "State" is a verb of saying too, but after the cue it opens a name.
    expect_said(&[
        (
            "“The road is closed,” said State Police.",
            &[("direct", "The road is closed,", "State Police")],
        ),
        (
            "“The road is closed,” said State Senator Ana Ruiz.",
            &[("direct", "The road is closed,", "Ana Ruiz")],
        ),
    ]);
}

#[test]
fn a_person_by_the_part_they_take_is_a_source() {
    expect_said(&[
        (
            "One attendee, who asked not to be named, said the room was full.",
            &[("indirect", "the room was full", "One attendee")],
        ),
        (
            "A volunteer, who works at the shelter, said the beds ran out.",
            &[("indirect", "the beds ran out", "A volunteer")],
        ),
    ]);
}

/// A government media release hands the quoted paragraphs after a line
/// "Quotes attributable to …:" to the source it names.
#[test]
fn a_line_that_hands_quotes_to_a_source_attributes_them() {
    expect_said(&[(
        "The ministry will build 300 homes.\n\nQuotes attributable to Minister for Roads Ada Quist:\n\n\"This is about giving people a fair go.\"\n\n\"We will deliver.\"",
        &[
            ("direct", "This is about giving people a fair go.", "Ada Quist"),
            ("direct", "We will deliver.", "Ada Quist"),
        ],
    )]);
}

/// "among them" sets off the members of a group that speaks, as
/// "including" does.
#[test]
fn among_them_describes_the_group_before_it() {
    expect_said(&[(
        "Critics, among them the Harbor Business Council, said the tax would hurt.",
        &[("indirect", "the tax would hurt", "Critics")],
    )]);
}

/// A home town between commas after a name, with its state after a comma
/// of its own, describes the person: "Bo Tate, of Springfield, Va., said".
#[test]
fn a_home_town_after_a_name_describes_the_person() {
    expect_said(&[
        (
            "Quorin Vask, of Springfield, Va., said he had fought in the war.",
            &[("indirect", "he had fought in the war", "Quorin Vask")],
        ),
        (
            "Ada Quist, of Leeds, said the rent had doubled.",
            &[("indirect", "the rent had doubled", "Ada Quist")],
        ),
    ]);
}

/// An unnamed source described by what they know or whom they speak for,
/// then set off by a relative clause about why they are not named, is the
/// source of the claim after the clause: wire stories attribute so.
#[test]
fn an_unnamed_source_with_its_description_and_a_reason_for_anonymity() {
    expect_said(&[
        (
            "A person familiar with the inquiry, who spoke on condition of anonymity, said the panel had been fitted.",
            &[(
                "indirect",
                "the panel had been fitted",
                "A person familiar with the inquiry",
            )],
        ),
        (
            "A spokesman for the agency, who was not authorized to discuss it publicly, said the panel had been fitted.",
            &[(
                "indirect",
                "the panel had been fitted",
                "A spokesman for the agency",
            )],
        ),
        (
            "An official familiar with the inquiry, who spoke on condition of anonymity because they were not authorized to discuss it, said the panel had been fitted.",
            &[(
                "indirect",
                "the panel had been fitted",
                "An official familiar with the inquiry",
            )],
        ),
    ]);
}

/// An organisation by its common noun, then a relative clause about it, is
/// the source of the claim after the clause: "The bank, which employs
/// 25,000 people, said". A clause of its own between the commas is not.
#[test]
fn an_organisation_noun_with_a_relative_clause_is_the_source() {
    expect_said(&[
        (
            "Harbour Bank said it would cut 1,200 jobs. The bank, which employs 25,000 people, said the cuts would be made by 2025.",
            &[
                ("indirect", "it would cut 1,200 jobs", "Harbour Bank"),
                ("indirect", "the cuts would be made by 2025", "Harbour Bank"),
            ],
        ),
        (
            "The Harbor Authority closed the pier. The agency, which runs the port, said the ferry had docked.",
            &[("indirect", "the ferry had docked", "Harbor Authority")],
        ),
    ]);
}

#[test]
fn a_that_clause_may_open_with_a_when_clause() {
    expect_said(&[
        (
            "Mayor Lena Ortiz said that when the storm hit, the shelters were full.",
            &[(
                "indirect",
                "when the storm hit, the shelters were full",
                "Lena Ortiz",
            )],
        ),
        // Without "that" the when-clause may be the time of saying, and
        // nothing is read.
        (
            "Mayor Lena Ortiz said when the storm hit, the shelters were full.",
            &[],
        ),
    ]);
}

#[test]
fn a_quote_and_a_clause_may_share_one_tag_after_them() {
    // The tag reports both: the quotation and the clause joined to it are
    // one statement, quotation marks and all.
    expect_said(&[(
        "“The bridge will reopen,” and the plan will fail, the mayor said.",
        &[(
            "indirect",
            "“The bridge will reopen,” and the plan will fail",
            "",
        )],
    )]);
}

#[test]
fn an_opening_according_to_phrase_ends_at_its_comma() {
    expect_said(&[
        (
            "According to early results of a poll conducted by Roe Research for the networks, voters are unhappy.",
            &[("indirect", "voters are unhappy", "Roe Research")],
        ),
        (
            "According to officials who spoke on condition of anonymity, the talks stalled.",
            &[("indirect", "the talks stalled", "officials")],
        ),
        (
            "According to a University of Texas/Texas Tribune poll out Thursday, the senator leads.",
            &[("indirect", "the senator leads", "University of Texas/Texas Tribune")],
        ),
    ]);
}

#[test]
fn a_noun_with_its_infinitive_belongs_to_the_source() {
    expect_said(&[
        (
            "Organizers of the push to boycott Reyes's speech said they would walk out.",
            &[(
                "indirect",
                "they would walk out",
                "Organizers of the push to boycott Reyes's speech",
            )],
        ),
        // Not after a verb or an adjective that owns an object.
        (
            "Aides close to the campaign said the vote was near.",
            &[(
                "indirect",
                "the vote was near",
                "Aides close to the campaign",
            )],
        ),
        // Nor inside a relative clause, whose noun is the source.
        (
            "An official who spoke anonymously to discuss the plan said the vote was near.",
            &[(
                "indirect",
                "the vote was near",
                "An official who spoke anonymously to discuss the plan",
            )],
        ),
    ]);
}

#[test]
fn an_adverb_may_stand_before_a_joined_cue() {
    expect_said(&[
        (
            "Jane Roe visited the plant and then said it would stay open.",
            &[("indirect", "it would stay open", "Jane Roe")],
        ),
        (
            "Jane Roe visited the plant but also said the jobs were safe.",
            &[("indirect", "the jobs were safe", "Jane Roe")],
        ),
        // "then" alone joins after a comma.
        (
            "Jane Roe toured the site, then said the bridge would reopen in May.",
            &[("indirect", "the bridge would reopen in May", "Jane Roe")],
        ),
    ]);
}

/// A joined cue in the present shares a subject whose own verb is in the
/// present too ("The minister runs a fund and says …"); a plural noun in
/// "-s" after a name, a number or a span of time is no verb, so it names no
/// subject ("FBI officials were angered and predicted …").
#[test]
fn a_joined_cue_in_the_present_shares_its_subject() {
    expect_said(&[
        (
            "The minister runs an oil field in Kazakhstan and says the fund has grown to $110 billion.",
            &[("indirect", "the fund has grown to $110 billion", "")],
        ),
        (
            "He rails against the tariff and pledges that the mills will reopen.",
            &[("indirect", "the mills will reopen", "")],
        ),
        (
            "The Labour campaign denies any wrongdoing and points out that the rules were followed.",
            &[("indirect", "the rules were followed", "Labour campaign")],
        ),
        (
            "In the years that followed, the rebel fighters waged war on the army, declaring that the old order was over.",
            &[("indirect", "the old order was over", "the rebel fighters")],
        ),
        (
            "Police officials were angered by the deal and predicted it would harm other cases.",
            &[("indirect", "it would harm other cases", "Police officials")],
        ),
    ]);
}

/// An attribution set off by "as" that closes its sentence is the source of
/// the clause before it ("…, as the Herald reported last week."); one that
/// hands on to more ("…, as Roe said while promoting a film", "…, as the
/// site notes:") or a pronoun's contraction ("as he’s often alleged") is
/// none.
#[test]
fn an_as_aside_closing_the_sentence_reports_the_clause_before() {
    expect_said(&[
        (
            "The plant will close in May, as the Herald reported last week.",
            &[("indirect", "The plant will close in May", "Herald")],
        ),
        (
            "It doesn't help that wages are flat, as Ann Roe noted in The Guardian.",
            &[("indirect", "It doesn't help that wages are flat", "Ann Roe")],
        ),
        (
            "The bank has not shown how rates were set, as he’s often alleged.",
            &[],
        ),
        (
            "The science is unsettled, as the host Ann Roe said in April while promoting a film.",
            &[],
        ),
    ]);
}

/// A name spelled like a modal verb ("Theresa May", "Will Ruiz") is a
/// name when it is capitalised: a modal before a word of saying blocks the
/// cue only in lower case ("the mayor may say").
#[test]
fn a_name_spelled_like_a_modal_verb_is_a_name() {
    expect_said(&[
        (
            "Theresa May said on Tuesday that the deal was dead.",
            &[("indirect", "the deal was dead", "Theresa May")],
        ),
        (
            "Prime Minister Theresa May said the deal was dead.",
            &[("indirect", "the deal was dead", "Theresa May")],
        ),
        (
            "The clinic shut in March. Ana May, a doctor, said the clinic was closed.",
            &[("indirect", "the clinic was closed", "Ana May")],
        ),
        ("The mayor may say the deal is dead.", &[]),
        ("Would you say the deal is dead?", &[]),
    ]);
}

/// A month's name that is a first name ("Jan", "April", "May", "June")
/// opens a person's name before a capitalised word, unless a word that
/// makes it a month comes before it: "said April Ryan" is a person and no
/// time; "in April Ryan said" is a month.
#[test]
fn a_months_name_before_a_name_is_a_first_name() {
    expect_said(&[
        (
            "Jan Hatzius said the rate would stay.",
            &[("indirect", "the rate would stay", "Jan Hatzius")],
        ),
        (
            "\u{201c}It is over,\u{201d} said April Ryan.",
            &[("direct", "It is over,", "April Ryan")],
        ),
        (
            "June Carter said the tour would go on.",
            &[("indirect", "the tour would go on", "June Carter")],
        ),
    ]);
    let times =
        |text: &str| -> Vec<String> { run(text).times.into_iter().map(|t| t.text).collect() };
    assert!(times("\u{201c}It is over,\u{201d} said April Ryan.").is_empty());
    assert_eq!(times("In April Ryan said the plan was dead."), ["In April"]);
}

/// An article that quotes with single marks, as much of the press outside
/// the US does, is read as one that quotes with double marks.
#[test]
fn quotations_in_single_marks() {
    expect_said(&[
        (
            "‘We are ready for this,’ Ana Ruiz said. ‘It will not be easy.’",
            &[
                ("direct", "We are ready for this,", "Ana Ruiz"),
                ("direct", "It will not be easy.", "Ana Ruiz"),
            ],
        ),
        (
            "The minister, Jo Roe, said: ‘The council failed the workers’ union.’",
            &[("direct", "The council failed the workers’ union.", "Jo Roe")],
        ),
        (
            "'We haven't been paid since March,' said Tom Bell, a nurse.",
            &[("direct", "We haven't been paid since March,", "Tom Bell")],
        ),
        (
            "‘We are not there yet,’ said Ana Cole, the council leader. ‘The workers’ union \
             wants more time.’",
            &[
                ("direct", "We are not there yet,", "Ana Cole"),
                ("direct", "The workers’ union wants more time.", "Ana Cole"),
            ],
        ),
    ]);
}

#[test]
fn a_relative_clause_may_describe_a_source_after_its_cue() {
    expect_said(&[
        (
            "The contract was signed, said an official who asked not to be named.",
            &[("indirect", "The contract was signed", "an official")],
        ),
        (
            "The bridge will reopen in June, said Tom Reyes, who runs the transit agency.",
            &[("indirect", "The bridge will reopen in June", "Tom Reyes")],
        ),
        (
            "The vote is close, says one aide who spoke on condition of anonymity.",
            &[("indirect", "The vote is close", "one aide")],
        ),
    ]);
}

#[test]
fn a_place_may_follow_the_audience_of_told() {
    expect_said(&[
        (
            "Mr Albanese told reporters in Canberra the deal was done.",
            &[("indirect", "the deal was done", "Albanese")],
        ),
        (
            "Jane Doe told supporters at the Iowa State Fair she would stay in the race.",
            &[("indirect", "she would stay in the race", "Jane Doe")],
        ),
    ]);
}

#[test]
fn two_groups_joined_by_and_speak_together() {
    expect_said(&[
        (
            "The plant will close, current and former officials said.",
            &[(
                "indirect",
                "The plant will close",
                "current and former officials",
            )],
        ),
        (
            "Support is strong among the staff, teachers and union officials told reporters.",
            &[(
                "indirect",
                "Support is strong among the staff",
                "teachers and union officials",
            )],
        ),
        (
            "The new rules confused voters and officials said the count would be late.",
            &[("indirect", "the count would be late", "officials")],
        ),
    ]);
}

#[test]
fn a_relative_clause_may_open_with_a_contracted_who() {
    expect_said(&[(
        "But Ana Ruiz, who’s running to be a delegate, added that she is on a mission.",
        &[("indirect", "she is on a mission", "Ana Ruiz")],
    )]);
}

#[test]
fn here_or_there_may_stand_between_a_source_and_its_cue() {
    expect_said(&[
        (
            "Officials there said the road is closed.",
            &[("indirect", "the road is closed", "Officials")],
        ),
        (
            "The campaign workers here said they have been busy since the spring.",
            &[(
                "indirect",
                "they have been busy since the spring",
                "The campaign workers",
            )],
        ),
    ]);
}

#[test]
fn a_clause_between_commas_is_no_appositive_of_a_source() {
    expect_said(&[
        (
            "Ana Ruiz, whose hometown, Dayton, is expected to flood, said the plan would fail.",
            &[("indirect", "the plan would fail", "Ana Ruiz")],
        ),
        (
        "As the race moves to Ohio, a state that she hoped to carry, the vote will be close, said Tom Reyes, an analyst in Dayton.",
        &[(
            "indirect",
            "As the race moves to Ohio, a state that she hoped to carry, the vote will be close",
            "Tom Reyes",
        )],
    ),
    ]);
}

#[test]
fn an_appositive_may_name_a_place_before_its_role() {
    expect_said(&[(
        "Tom Reyes, South Dakota director for the campaign, said the office has just opened.",
        &[("indirect", "the office has just opened", "Tom Reyes")],
    )]);
}

#[test]
fn posted_speaks_only_before_a_clause_or_a_quote_or_after_one() {
    expect_said(&[
        (
            "“We will win this seat,” she posted.",
            &[("direct", "We will win this seat,", "")],
        ),
        (
            "“The vote was rigged,” posted Ada Quill.",
            &[("direct", "The vote was rigged,", "Ada Quill")],
        ),
        (
            "Ada Quill posted on Facebook that the mayor had lied about the budget.",
            &[(
                "indirect",
                "the mayor had lied about the budget",
                "Ada Quill",
            )],
        ),
        ("The bank posted a loss of $4 million in the quarter.", &[]),
        ("Ada Quill posted a photo of her dog on Facebook.", &[]),
        ("The Daily Post reported nothing new.", &[]),
        (
            "An aide noted that Lane, the Post reporter, saw the fight.",
            &[(
                "indirect",
                "Lane, the Post reporter, saw the fight",
                "An aide",
            )],
        ),
        ("He posted the video to his Twitter page on Monday.", &[]),
    ]);
}

#[test]
fn both_all_or_each_may_open_a_source_that_opens_its_sentence() {
    expect_said(&[
        (
            "Both parents stiffened their criticism of the mayor, saying that he lacked the character to serve.",
            &[("indirect", "he lacked the character to serve", "Both parents")],
        ),
        (
            "All three candidates said the tax was too high.",
            &[("indirect", "the tax was too high", "All three candidates")],
        ),
        (
            "Each candidate said the tax was too high.",
            &[("indirect", "the tax was too high", "")],
        ),
        (
            "Both Democrats and Republicans said the tax was too high.",
            &[(
                "indirect",
                "the tax was too high",
                "Democrats and Republicans",
            )],
        ),
        (
            "The two senators both said the tax was too high.",
            &[("indirect", "the tax was too high", "The two senators")],
        ),
    ]);
}

#[test]
fn a_sentence_subject_speaks_in_a_participle_after_its_verb() {
    expect_said(&[
        (
            "Lane rips the agreement, arguing that the deal favors creditors.",
            &[("indirect", "the deal favors creditors", "Lane")],
        ),
        (
            "In a letter released Monday, Lane rips the agreement, arguing that the deal favors creditors.",
            &[("indirect", "the deal favors creditors", "Lane")],
        ),
        (
            "Mr. Lane even echoed the mayor's claim, saying most people wanted a new road.",
            &[("indirect", "most people wanted a new road", "Lane")],
        ),
        (
            "Protesters rallied outside, arguing that the deal favors creditors.",
            &[("indirect", "the deal favors creditors", "Protesters")],
        ),
    ]);
}

#[test]
fn an_adverb_set_off_by_commas_before_that_is_no_part_of_the_clause() {
    expect_said(&[
        (
            "Ada Quill revealed, somewhat stiffly, that she would vote for the plan.",
            &[("indirect", "she would vote for the plan", "Ada Quill")],
        ),
        (
            "Ada Quill said, again, that she would vote for the plan.",
            &[("indirect", "she would vote for the plan", "Ada Quill")],
        ),
    ]);
}

#[test]
fn a_long_source_after_a_quote_may_write_on_a_blog() {
    expect_said(&[(
        "“Wages may finally be rising,” the economist Jo Doe, a former adviser in the White House, wrote on his blog.",
        &[(
            "direct",
            "Wages may finally be rising,",
            "Jo Doe",
        )],
    )]);
}

#[test]
fn a_name_may_follow_its_description_with_a_place_or_a_role_in_capitals() {
    for (text, mention) in [
        (
            "Another pollster, Dan Wood of Elm State University, said the race was close.",
            "Another pollster, Dan Wood of Elm State University",
        ),
        (
            "The group's CEO, Kim Fritts, said the race was close.",
            "The group's CEO, Kim Fritts",
        ),
    ] {
        let found: Vec<(String, String)> = said(&run(text))
            .into_iter()
            .map(|(_, said, _, mention)| (said, mention))
            .collect();
        assert_eq!(
            found,
            [("the race was close".to_string(), mention.to_string())],
            "{text}"
        );
    }
}

/// A description then names joined by "and", set off by commas, is the
/// source of what follows: "Two farmers, Tom Quill and Ada Vane, said …"
/// is theirs, not narration.
#[test]
fn names_joined_may_follow_their_description() {
    for (text, mention) in [
        (
            "Two farmers, Tom Quill and Ada Vane, said the race was close.",
            "Two farmers, Tom Quill and Ada Vane",
        ),
        (
            "The rival candidates, Dan Wood and Senator Jo Hale, said the race was close.",
            "The rival candidates, Dan Wood and Senator Jo Hale",
        ),
    ] {
        let found: Vec<(String, String)> = said(&run(text))
            .into_iter()
            .map(|(_, said, _, mention)| (said, mention))
            .collect();
        assert_eq!(
            found,
            [("the race was close".to_string(), mention.to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_time_after_the_audience_of_told_is_no_clause() {
    expect_said(&[(
        "The union will sit out the race, union director Phil Smith told POLITICO earlier this week.",
        &[("indirect", "The union will sit out the race", "Phil Smith")],
    )]);
}

/// "assured" and "reminded" report what was said to someone, with or
/// without "that", after the audience; with "of" or "about" after it they
/// bring a thing to mind or make it sure, and say nothing.
#[test]
fn assuring_and_reminding_report_speech_to_an_audience() {
    expect_said(&[
        (
            "Jane Roe assured voters that the plant would stay open.",
            &[("indirect", "the plant would stay open", "Jane Roe")],
        ),
        (
            "Tom Reyes reminded the crowd the budget was balanced last year.",
            &[("indirect", "the budget was balanced last year", "Tom Reyes")],
        ),
        ("Carl Roe reminded the crowd of his years in the city.", &[]),
        (
            "Jane Roe assured a room of weary workers that the plant would stay open.",
            &[("indirect", "the plant would stay open", "Jane Roe")],
        ),
        (
            "In his speech, Carl Roe reminded young voters of the flood of 1998, which hit the town.",
            &[],
        ),
        (
            "Wins in two states assure her of at least 300 delegates.",
            &[],
        ),
    ]);
}

/// "went on to say" reports what was said next: the infinitive after "go
/// on" is done, not merely intended as after "wants to say".
#[test]
fn going_on_to_say_reports_speech() {
    expect_said(&[
        (
            "Jane Roe went on to say that the plant would reopen in May.",
            &[("indirect", "the plant would reopen in May", "Jane Roe")],
        ),
        (
            "Tom Reyes later went on to tell reporters the deal was done.",
            &[("indirect", "the deal was done", "Tom Reyes")],
        ),
        ("Tom Reyes wants to say that the plant would reopen.", &[]),
    ]);
}

/// A time between a determiner and its noun dates the document "according
/// to" names, and the phrase goes on over it: "a 2014 study", "the 2009
/// paper", "a January 2016 survey by the Pew Research Center".
#[test]
fn a_dated_document_after_according_to_is_the_source() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "About 58 percent of large firms pay for leave, according to a 2014 Labor Department study.",
            "About 58 percent of large firms pay for leave",
            "Labor Department",
        ),
        (
            "The tax would still raise $110 billion a year, according to the 2009 paper.",
            "The tax would still raise $110 billion a year",
            "the 2009 paper",
        ),
        (
            "According to a January 2016 survey by the Gazette, young voters lean left in the state.",
            "young voters lean left in the state",
            "the Gazette",
        ),
    ];
    for (text, content, source) in cases {
        let analysis = run(text);
        let got: Vec<(String, String)> = said(&analysis)
            .into_iter()
            .map(|(_, t, _, m)| (t, m))
            .collect();
        assert_eq!(
            got,
            vec![(content.to_string(), source.to_string())],
            "{text}"
        );
    }
}

/// An "according to" tag inside a dashed aside reports the aside, not the
/// sentence around it; dashes closed before the tag, or a dash never
/// closed, are the sentence's own.
#[test]
fn according_to_inside_a_dashed_aside_reports_the_aside() {
    expect_said(&[
        (
            "The old mill -- now a museum -- was sold for $2 million, according to Tom Reyes.",
            &[(
                "indirect",
                "The old mill -- now a museum -- was sold for $2 million",
                "Tom Reyes",
            )],
        ),
        (
            "The mayor won more than 13,000 votes - 13,214 to be exact, according to Tom Reyes.",
            &[(
                "indirect",
                "The mayor won more than 13,000 votes - 13,214 to be exact",
                "Tom Reyes",
            )],
        ),
    ]);
    let analysis = run(
        "Many farmers - who made up 46 percent of the turnout, according to the census - stayed home.",
    );
    let texts: Vec<String> = said(&analysis).into_iter().map(|(_, t, _, _)| t).collect();
    assert_eq!(texts, ["who made up 46 percent of the turnout"]);
}

/// "as X put it" attributes words as "as X said" does: the clause or the
/// quotation after it, or the quotation before it. "put it" anywhere else
/// places a thing.
#[test]
fn as_someone_put_it_attributes_speech() {
    expect_said(&[
        (
            "As Jane Roe put it, the plan is an offer the board cannot refuse.",
            &[(
                "indirect",
                "the plan is an offer the board cannot refuse",
                "Jane Roe",
            )],
        ),
        (
            "As Tom Reyes put it: “The gate is open. They are inside.”",
            &[("direct", "The gate is open. They are inside.", "Tom Reyes")],
        ),
        (
            "“It is the big one,” as Tom Reyes puts it.",
            &[("direct", "It is the big one,", "Tom Reyes")],
        ),
        (
            "As Jane Roe put it on the table, the board left the room.",
            &[],
        ),
    ]);
}

/// After "vowed", "pledged", "promised" or "threatened", "to" opens the
/// infinitive that is what was said, never a setting, however the
/// infinitive ends: in a time, a phrase with "as", or a comma.
#[test]
fn to_after_a_promise_opens_what_was_promised() {
    expect_said(&[
        (
            "Jane Roe pledged to close the old plant in March.",
            &[("indirect", "to close the old plant in March", "Jane Roe")],
        ),
        (
            "Tom Reyes has vowed to stay in the race through the last primary.",
            &[(
                "indirect",
                "to stay in the race through the last primary",
                "Tom Reyes",
            )],
        ),
        (
            "Jane Roe said to reporters in March that the plant would close.",
            &[("indirect", "the plant would close", "Jane Roe")],
        ),
        (
            "Tom Reyes vowed to “shut the gates” of the plant in March.",
            &[(
                "indirect",
                "to “shut the gates” of the plant in March",
                "Tom Reyes",
            )],
        ),
        (
            "Jane Roe pledged to the union that the plant would stay open.",
            &[("indirect", "the plant would stay open", "Jane Roe")],
        ),
    ]);
}

/// A cue that closes its sentence with the day after "on" tags the clause
/// before it, as one without the day does: "…, Roe warned on Wednesday."
/// "warned on Wednesday of floods" still takes a topic.
#[test]
fn a_day_after_on_may_close_a_tag() {
    expect_said(&[
        (
            "The flood could send droves of people into the hills, Jane Roe warned on Wednesday.",
            &[(
                "indirect",
                "The flood could send droves of people into the hills",
                "Jane Roe",
            )],
        ),
        (
            "Tom Reyes is joining the show as an anchor, Jane Roe announced on Tuesday.",
            &[(
                "indirect",
                "Tom Reyes is joining the show as an anchor",
                "Jane Roe",
            )],
        ),
        (
            "Jane Roe warned on Wednesday of more floods in the hills.",
            &[],
        ),
    ]);
}

/// "As reported by X" attributes as "according to X" does: the clause after
/// it when it opens the sentence, the clause before it when it closes one.
#[test]
fn as_reported_by_names_the_source() {
    expect_said(&[
        (
            "As reported by Tom Reyes, the city became the first in the state to ban plastic bags.",
            &[(
                "indirect",
                "the city became the first in the state to ban plastic bags",
                "Tom Reyes",
            )],
        ),
        (
            "The mayor had reserved time on the radio this week, as first reported by Jane Roe on Tuesday.",
            &[(
                "indirect",
                "The mayor had reserved time on the radio this week",
                "Jane Roe",
            )],
        ),
    ]);
}

/// A crowd that chants a slogan says it, as one that shouts it does; "the
/// chant" and "chants of" are nouns.
#[test]
fn chanting_a_slogan_is_speech() {
    expect_said(&[
        (
            "As the mayor spoke, Tom Reyes chanted “Close the plant now!”",
            &[("direct", "Close the plant now!", "Tom Reyes")],
        ),
        (
            "“Save our jobs!” Jane Roe chanted outside the hall.",
            &[("direct", "Save our jobs!", "Jane Roe")],
        ),
        (
            "The chant grew louder as the workers marched to the plant.",
            &[],
        ),
        (
            "As the crowd, which chanted his name, cheered, Tom Reyes waved to the hall.",
            &[],
        ),
        (
            "On the screens, Tom Reyes was shown chanting “Close the plant now!”",
            &[("direct", "Close the plant now!", "Tom Reyes")],
        ),
    ]);
}

#[test]
fn shot_back_and_fired_back_are_retorts() {
    expect_said(&[
        (
            "Jane Roe shot back that the pier had never been safe.",
            &[("indirect", "the pier had never been safe", "Jane Roe")],
        ),
        (
            "Mr. Lee fired back: “The ferry runs on time.”",
            &[("direct", "The ferry runs on time.", "Lee")],
        ),
        (
            "“The ferry runs on time,” Mr. Lee shot back.",
            &[("direct", "The ferry runs on time,", "Lee")],
        ),
        // Without "back", or with another word after it, nobody speaks.
        (
            "Jane Roe shot the pier sign that the council had put up.",
            &[],
        ),
        (
            "Ferry fares shot back up that spring after the strike.",
            &[],
        ),
        (
            "Jane Roe fired back at the council with a long letter.",
            &[],
        ),
    ]);
}

#[test]
fn an_appositive_may_open_with_an_adverb() {
    expect_said(&[
        (
            "Ms. Roe, now 62 and retired in Dover, said the pier would close.",
            &[("indirect", "the pier would close", "Roe")],
        ),
        (
            "Mr. Lee, also campaigning in Ohio, said the tax plan would hurt farmers.",
            &[("indirect", "the tax plan would hurt farmers", "Lee")],
        ),
        (
            "Ann Lee, then the harbor pilot, said the channel was too shallow.",
            &[("indirect", "the channel was too shallow", "Ann Lee")],
        ),
        (
            "Jane Roe, meanwhile, who runs the harbor office, said the ferries would stop.",
            &[("indirect", "the ferries would stop", "Jane Roe")],
        ),
    ]);
}

#[test]
fn put_it_after_another_word_of_saying_leaves_the_sentence_to_it() {
    expect_said(&[
        (
            "Jane Roe urged a vote, saying that the council would ''sink us,'' as Ann Lee, then the clerk, put it.",
            &[(
                "indirect",
                "the council would ''sink us,'' as Ann Lee, then the clerk, put it",
                "Jane Roe",
            )],
        ),
        (
            "As Ann Lee, then the clerk, put it, the council would sink.",
            &[("indirect", "the council would sink", "Ann Lee")],
        ),
    ]);
}

#[test]
fn a_relative_clause_after_an_inverted_sources_appositive_describes_it() {
    expect_said(&[
        (
            "The ferry is the main issue this year, said Ann Lee, director of the Harbor Trust, whose members lobby every candidate.",
            &[("indirect", "The ferry is the main issue this year", "Ann Lee")],
        ),
        (
            "Any reading, said Jane Roe, a harbor pilot, would find the channel too shallow.",
            &[(
                "indirect",
                "Any reading, said Jane Roe, a harbor pilot, would find the channel too shallow",
                "Jane Roe",
            )],
        ),
    ]);
}

#[test]
fn a_role_without_an_article_describes_an_according_to_source() {
    expect_said(&[(
        "The ferry will stop in May, according to Ann Lee, director of the Harbor Trust, which lobbies every candidate.",
        &[("indirect", "The ferry will stop in May", "Ann Lee")],
    )]);
}

#[test]
fn a_state_after_the_place_of_saying_belongs_to_the_setting() {
    expect_said(&[
        (
            "Roe said Thursday during a radio show in Dover, Delaware, that the ferry is too slow.",
            &[("indirect", "the ferry is too slow", "Roe")],
        ),
        (
            "Roe said in Dover, Delaware, that the ferry is too slow.",
            &[("indirect", "the ferry is too slow", "Roe")],
        ),
    ]);
}

#[test]
fn a_progressive_cue_may_report_a_clause_without_that() {
    expect_said(&[
        (
            "Jane Roe is predicting she will carry the harbor ward.",
            &[("indirect", "she will carry the harbor ward", "Jane Roe")],
        ),
        (
            "Ann Lee has been arguing the ferry deal is dead.",
            &[("indirect", "the ferry deal is dead", "Ann Lee")],
        ),
        (
            "Mr. Lee has been warning that the port is running out of cash.",
            &[("indirect", "the port is running out of cash", "Lee")],
        ),
        (
            "Jane Roe said the pier was shut. She’s claiming that the ferry vote was rigged.",
            &[
                ("indirect", "the pier was shut", "Jane Roe"),
                ("indirect", "the ferry vote was rigged", "Jane Roe"),
            ],
        ),
        (
            "Ann Lee is claiming that ferry fraud is a big problem.",
            &[("indirect", "ferry fraud is a big problem", "Ann Lee")],
        ),
        // Without a clause a progressive may be a doing.
        ("Ann Lee is admitting new members to the harbor club.", &[]),
        (
            "The council is reporting the ferry figures every month.",
            &[],
        ),
    ]);
}

#[test]
fn a_platforms_former_name_belongs_to_the_setting() {
    expect_said(&[
        (
            "Ada Quist posted on X, formerly Twitter, that the ferry vote was rigged.",
            &[("indirect", "the ferry vote was rigged", "Ada Quist")],
        ),
        (
            "Ada Quist wrote on X, formerly known as Twitter, that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
        (
            "Ada Quist said on X (formerly Twitter) that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
    ]);
}

#[test]
fn reporting_a_result_is_no_speech() {
    expect_said(&[
        ("Harbor Bank reported a profit of $2 billion.", &[]),
        ("Quill Foods reported record sales last year.", &[]),
        ("The ferry line reported a 5 percent rise in revenue.", &[]),
        (
            "Harbor Bank reported net income of $2 billion, up 5 percent.",
            &[],
        ),
        // A clause about the result is what was reported.
        (
            "Harbor Bank reported that profit rose to $2 billion.",
            &[("indirect", "profit rose to $2 billion", "Harbor Bank")],
        ),
        (
            "Quill Foods reported sales fell 5 percent in March.",
            &[("indirect", "sales fell 5 percent in March", "Quill Foods")],
        ),
    ]);
}

#[test]
fn taking_to_a_platform_to_say_reports_speech() {
    expect_said(&[
        (
            "Ada Quist took to X to say that the ferry vote was rigged.",
            &[("indirect", "the ferry vote was rigged", "Ada Quist")],
        ),
        (
            "Ada Quist took to social media to claim the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
        (
            "Ada Quist wrote on her Instagram account that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
        (
            "Ada Quist posted on his X handle that the ferry vote was rigged.",
            &[("indirect", "the ferry vote was rigged", "Ada Quist")],
        ),
        // An infinitive that is only wanted says nothing yet.
        ("Ada Quist wanted to say that the pier was unsafe.", &[]),
    ]);
}

#[test]
fn a_participle_of_saying_after_before_or_after_speaks_for_the_subject() {
    expect_said(&[
        (
            "Ada Quist spoke for an hour before adding that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
        (
            "Mr. Lee met the ferry crews after saying that the fares would rise.",
            &[("indirect", "the fares would rise", "Lee")],
        ),
        (
            "“The fares are fair,” Ann Lee replied before adding that the ferry would run late.",
            &[
                ("direct", "The fares are fair,", "Ann Lee"),
                ("indirect", "the ferry would run late", "Ann Lee"),
            ],
        ),
        (
            "Ann Lee met the crews before explaining why the ferry was late.",
            &[("indirect", "why the ferry was late", "Ann Lee")],
        ),
        (
            "Most harbor pilots backed the plan, while stressing it’s not a pay deal.",
            &[("indirect", "it’s not a pay deal", "Most harbor pilots")],
        ),
        // "adding" a thing is to gain it.
        (
            "The ferry line held its routes while adding new stops like Dover and Lewes.",
            &[],
        ),
    ]);
}

#[test]
fn continuing_or_beginning_to_say_reports_speech() {
    expect_said(&[
        (
            "Ada Quist continues to insist that the pier is unsafe.",
            &[("indirect", "the pier is unsafe", "Ada Quist")],
        ),
        (
            "Mr. Lee began to argue that the ferry fares were too high.",
            &[("indirect", "the ferry fares were too high", "Lee")],
        ),
        // What is still to be said is not said yet.
        (
            "Ada Quist will continue to insist that the pier is unsafe.",
            &[],
        ),
        ("Ada Quist plans to insist that the pier is unsafe.", &[]),
    ]);
}

#[test]
fn a_setting_set_off_by_commas_before_that_is_no_part_of_the_clause() {
    expect_said(&[
        (
            "Ada Quist insists, most recently in an interview with Quill News, that the pier is unsafe.",
            &[("indirect", "the pier is unsafe", "Ada Quist")],
        ),
        (
            "Mr. Lee said, in a letter to the harbor board on Monday, that the fares would rise.",
            &[("indirect", "the fares would rise", "Lee")],
        ),
    ]);
}

#[test]
fn verbs_that_say_only_before_that() {
    expect_said(&[
        (
            "Ada Quist mentioned that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
        (
            "Mr. Lee clarified on Tuesday that the fares would not rise.",
            &[("indirect", "the fares would not rise", "Lee")],
        ),
        (
            "The minister opined that the ferry deal was a mistake.",
            &[("indirect", "the ferry deal was a mistake", "")],
        ),
        (
            "Ada Quist mentioned to reporters that she would run again.",
            &[("indirect", "she would run again", "Ada Quist")],
        ),
        (
            "“The fares are fair,” Ann Lee said, underscoring the appeal of the ferry plan.",
            &[("direct", "The fares are fair,", "Ann Lee")],
        ),
        (
            "“The pier is unsafe,” Ann Lee underlined.",
            &[("direct", "The pier is unsafe,", "Ann Lee")],
        ),
        // Without "that" they name or show a thing, also after a quotation
        // that closes the sentence before.
        (
            "Ann Lee wrote, “We are ready!” The candidate often mentions her pier plan in speeches.",
            &[("direct", "We are ready!", "Ann Lee")],
        ),
        ("Ada Quist mentioned the harbor plan in her speech.", &[]),
        ("The report underscored the need for a new ferry pier.", &[]),
        ("Ann Lee later clarified that to mean the pier plan was dead.", &[]),
        (
            "Ann Lee noted that the pier was old, and some speculated about its safety at the time.",
            &[(
                "indirect",
                "the pier was old, and some speculated about its safety at the time",
                "Ann Lee",
            )],
        ),
    ]);
}

#[test]
fn a_saying_reported_as_hearsay_in_the_perfect_is_said() {
    expect_said(&[
        (
            "Ada Quist is understood to have said the ferry vote was rigged.",
            &[("indirect", "the ferry vote was rigged", "Ada Quist")],
        ),
        (
            "Mr. Lee is reported to have told aides that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Lee")],
        ),
        // What is expected to be said is not said yet.
        ("Ada Quist is expected to say that the pier is unsafe.", &[]),
    ]);
}

#[test]
fn warning_someone_that_reports_what_follows_that() {
    expect_said(&[
        (
            "Ada Quist warned voters that the ferry plan would fail.",
            &[("indirect", "the ferry plan would fail", "Ada Quist")],
        ),
        (
            "Mr. Lee is warning harbor workers that the pier will close.",
            &[("indirect", "the pier will close", "Lee")],
        ),
        (
            "Ada Quist cautioned the council that the pier was unsafe.",
            &[("indirect", "the pier was unsafe", "Ada Quist")],
        ),
    ]);
}

#[test]
fn meaning_after_a_comma_is_the_writers_inference() {
    expect_said(&[(
        "Ann Lee says she will vote for the ferry levy, meaning she will not campaign against it.",
        &[("indirect", "she will vote for the ferry levy", "Ann Lee")],
    )]);
}

#[test]
fn a_scene_set_off_between_a_source_and_its_cue_is_the_sayings() {
    expect_said(&[
        (
            "The harbor minister, while speaking to reporters in Dover, said the pier would reopen.",
            &[("indirect", "the pier would reopen", "")],
        ),
        (
            "Ann Lee, when asking the board for funds, said the ferry was losing money.",
            &[("indirect", "the ferry was losing money", "Ann Lee")],
        ),
        (
            "The harbor minister added further that the pier would reopen.",
            &[("indirect", "the pier would reopen", "")],
        ),
    ]);
}

// Precision and recall of statement cues.

#[test]
fn worth_pointing_out_is_the_writers_aside() {
    expect_said(&[
        (
            "It is worth pointing out that the ferry has never been late.",
            &[],
        ),
        (
            "Ana Cole pointed out that the ferry has never been late.",
            &[("indirect", "the ferry has never been late", "Ana Cole")],
        ),
        ("Ana Cole did not point out that the ferry was late.", &[]),
        (
            "The inspectors could not resist pointing out that every pump was rusty.",
            &[],
        ),
    ]);
}

#[test]
fn a_word_of_saying_after_a_hyphenated_modifier_is_a_noun() {
    expect_said(&[
        (
            "The clinic treats sailors for post-traumatic stress disorder or insomnia.",
            &[],
        ),
        (
            "The co-chairs stress that the vote will be close.",
            &[("indirect", "the vote will be close", "The co-chairs")],
        ),
    ]);
}

#[test]
fn a_saying_that_seemed_done_is_said() {
    // "appeared to" and "seemed to" hedge what the words meant, not
    // whether they were said.
    expect_said(&[
        (
            "Mayor Ann Dorsey appeared to suggest that the ferry would be sold.",
            &[("indirect", "the ferry would be sold", "Ann Dorsey")],
        ),
        (
            "Ann Dorsey seemed to argue that the pier was safe.",
            &[("indirect", "the pier was safe", "Ann Dorsey")],
        ),
        (
            "Ann Dorsey is expected to argue that the pier was safe.",
            &[],
        ),
    ]);
}

#[test]
fn that_before_a_finite_word_of_saying_is_a_relative_pronoun() {
    // "says" and "said" after "that" are verbs, never the nouns a
    // determiner "that" would open: "a letter that says …" reads as "a
    // letter which says …". A thing that bears words says nothing.
    expect_said(&[
        (
            "The agency released a letter on Monday that says the plant is unsafe.",
            &[("indirect", "the plant is unsafe", "")],
        ),
        (
            "The agency released a letter on Monday which says the plant is unsafe.",
            &[("indirect", "the plant is unsafe", "")],
        ),
        ("That said, the plant is unsafe.", &[]),
        ("The mayor wore a hat that says the ferry is free.", &[]),
    ]);
}

#[test]
fn a_relative_after_what_someone_is_stands_for_that_someone() {
    expect_said(&[
        (
            "Mayor Ann Dorsey often insults reporters and is a serial liar, bully and fabulist who has repeatedly promised to rebuild the harbour.",
            &[("indirect", "to rebuild the harbour", "Ann Dorsey")],
        ),
        (
            "Update: Ann Dorsey is a liar and bully who has pledged to sell the harbour.",
            &[("indirect", "to sell the harbour", "Ann Dorsey")],
        ),
        (
            "It was a reversal for the Leeds councillor, who had pledged to support the ferry.",
            &[("indirect", "to support the ferry", "")],
        ),
        (
            "Ann Dorsey is a lawyer who said the harbour was unsafe.",
            &[("indirect", "the harbour was unsafe", "Ann Dorsey")],
        ),
        (
            "The council hired a lawyer who said the harbour was unsafe.",
            &[("indirect", "the harbour was unsafe", "a lawyer")],
        ),
    ]);
}

#[test]
fn a_title_after_the_work_it_names_is_not_a_quote() {
    expect_said(&[
        (
            "In her 2019 book, “Ferries of the North Sea,” Ann Dorsey argued that the ports were dying.",
            &[("indirect", "the ports were dying", "Ann Dorsey")],
        ),
        (
            "In her 2019 book, \"Ferries of the North Sea,\" Ann Dorsey argued that the ports were dying.",
            &[("indirect", "the ports were dying", "Ann Dorsey")],
        ),
    ]);
}

#[test]
fn almost_between_a_source_and_its_cue_is_no_source() {
    expect_said(&[
        (
            "Ana Cole almost immediately disclosed that the hull was cracked.",
            &[("indirect", "the hull was cracked", "Ana Cole")],
        ),
        (
            "The crew learned of the leak on Friday and almost immediately disclosed it to the harbour master.",
            &[],
        ),
    ]);
}

#[test]
fn an_appositive_may_quote_a_title_or_a_word() {
    // A title or a word the appositive quotes is part of it, also when the
    // appositive's closing comma stands inside the closing mark.
    expect_said(&[
        (
            "Ann Lee, the author of “Harbor Lights,” about the port's decline, said the ferry would stop.",
            &[("indirect", "the ferry would stop", "Ann Lee")],
        ),
        (
            "Tom Reyes, who calls the mayor a “showman,” said the levy was unfair.",
            &[("indirect", "the levy was unfair", "Tom Reyes")],
        ),
        (
            "Ms. Quist, citing ''the spirit of the harbor,'' said the pier could reopen by June.",
            &[("indirect", "the pier could reopen by June", "Quist")],
        ),
        (
            "As Ray Soto, host of the station's \"Morning Tide,\" put it, the council would sink.",
            &[("indirect", "the council would sink", "Ray Soto")],
        ),
        (
            // A quotation that is the statement is no part of an appositive.
            "“The pier will close,” Ann Lee, the harbor master, said.",
            &[("direct", "The pier will close,", "Ann Lee")],
        ),
        (
            // A title in the source's appositive tags nothing: "posted the
            // clip" says nothing.
            "Ann Lee, who starred in “Harbor Lights,” posted the clip online on Monday.",
            &[],
        ),
        (
            // A name inside a parenthesis is not the source of the cue after it.
            "The campaign, helped by allies (like Ann Lee, who called him “a showman” on Monday), has said that the levy is unfair.",
            &[("indirect", "the levy is unfair", "")],
        ),
        (
            // A quotation after "was" completes a clause; the participle
            // speaks for the source of the cue before it.
            "Tom Reyes, who runs the port, told investors that the risk was “overblown,” adding that the pier was safe.",
            &[
                ("indirect", "the risk was “overblown", "Tom Reyes"),
                ("indirect", "the pier was safe", "Tom Reyes"),
            ],
        ),
        (
            "Ann Lee, the harbor master, called the plan “a disaster,” the mayor said.",
            &[(
                "indirect",
                "Ann Lee, the harbor master, called the plan “a disaster",
                "",
            )],
        ),
    ]);
}

#[test]
fn a_companion_set_off_by_commas_joins_the_source() {
    // "along with", "as well as", "together with" or "like" and the people
    // they add, between a source and its cue, are part of the source; what
    // was said follows the cue.
    expect_said(&[
        (
            "Ann Lee, along with reporter Tom Reyes, says the guard pushed her aside.",
            &[("indirect", "the guard pushed her aside", "Ann Lee")],
        ),
        (
            "Local economists, like their state counterparts, say the levy encourages savings.",
            &[(
                "indirect",
                "the levy encourages savings",
                "Local economists",
            )],
        ),
        (
            "Mayor Ray Soto, as well as his aides, has maintained that the pier was safe.",
            &[("indirect", "the pier was safe", "Ray Soto")],
        ),
        (
            "Ann Lee, together with her lawyer, said the pier would close.",
            &[("indirect", "the pier would close", "Ann Lee")],
        ),
        (
            // A time alone before the source is no clause of its.
            "Earlier this week, Ann Lee, along with two aides, wrote to the mayor, urging her to act.",
            &[("indirect", "her to act", "Ann Lee")],
        ),
    ]);
}

#[test]
fn being_quick_to_say_reports_speech() {
    // "quick to point out that …" tells a saying that was done, readily.
    expect_said(&[
        (
            "Harbor officials are quick to point out that no ferry has sunk in decades.",
            &[(
                "indirect",
                "no ferry has sunk in decades",
                "Harbor officials",
            )],
        ),
        (
            "Ada Quist was quick to add that the levy would not rise.",
            &[("indirect", "the levy would not rise", "Ada Quist")],
        ),
        (
            "The pilots are all quick to point out that the channel is safe.",
            &[("indirect", "the channel is safe", "The pilots")],
        ),
        // Still ahead, or not done, it is no saying.
        ("Ada Quist will be quick to add that the levy is fair.", &[]),
        ("Ada Quist was not quick to add that the levy is fair.", &[]),
    ]);
}

#[test]
fn a_dash_ends_the_source_read_leftwards() {
    // A hyphen set off by a space is a dash, no joint inside a name.
    expect_said(&[
        (
            "On hidden messages - a frequent complaint of the police - tech firms say that none of the apps are theirs.",
            &[("indirect", "none of the apps are theirs", "tech firms")],
        ),
        (
            "Officials at Coca-Cola said the plant would stay open.",
            &[("indirect", "the plant would stay open", "Officials at Coca-Cola")],
        ),
    ]);
}
