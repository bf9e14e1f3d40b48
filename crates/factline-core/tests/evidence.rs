//! The evidence beside each statement: which rule found it, which cue made it
//! speech, how its mention was linked to the speaker, through which earlier
//! mention, and how sure that is; and beside each figure and time, the rule
//! that read it and the words it was tied to. Every snippet is invented for
//! the test.

use factline_core::{
    analyze, Analysis, Confidence, Day, FigureRule, LinkRule, ReadingEvidence, StatementRule,
    TimeRule,
};

fn run(text: &str) -> Analysis {
    analyze(text, Day::new(2024, 3, 4))
}

/// A statement's evidence in words: its text, rule, cue, mention, link,
/// antecedent and confidence ("" where there is none).
type Row = [String; 7];

fn rows(analysis: &Analysis) -> Vec<Row> {
    let text =
        |span: Option<&factline_core::Mention>| span.map_or(String::new(), |m| m.text.clone());
    analysis
        .statements
        .iter()
        .map(|statement| {
            let evidence = statement.evidence.clone().unwrap_or_default();
            [
                statement.text.clone(),
                evidence.rule,
                text(evidence.cue.as_ref()),
                text(statement.mention.as_ref()),
                evidence.link.unwrap_or_default(),
                text(evidence.antecedent.as_ref()),
                evidence.confidence.map_or("", Confidence::name).to_string(),
            ]
        })
        .collect()
}

/// An expected row: text, rule, cue, mention, link, antecedent and confidence.
type Expected<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a str,
);

/// A snippet and the evidence of each of its statements, as in [`Row`].
type Case<'a> = (&'a str, &'a [Expected<'a>]);

/// Whether the names in an expected row are names of rules and levels, so
/// that a misspelt name fails as such rather than as a different reading.
fn names_exist(&[_, rule, _, _, link, _, confidence]: &[&str; 7]) -> bool {
    StatementRule::from_name(rule).is_some()
        && (link.is_empty() || LinkRule::from_name(link).is_some())
        && ["", "certain", "likely", "uncertain"].contains(&confidence)
}

fn expect(cases: &[Case]) {
    for (snippet, expected) in cases {
        let analysis = run(snippet);
        assert!(
            analysis.statements.iter().all(|s| s.evidence.is_some()),
            "every statement the engine finds has evidence: {snippet}"
        );
        let want: Vec<[&str; 7]> = expected
            .iter()
            .map(
                |&(text, rule, cue, mention, link, antecedent, confidence)| {
                    [text, rule, cue, mention, link, antecedent, confidence]
                },
            )
            .collect();
        for row in &want {
            assert!(names_exist(row), "no such rule or level in {row:?}");
        }
        let want: Vec<Row> = want.iter().map(|row| row.map(str::to_string)).collect();
        assert_eq!(rows(&analysis), want, "{snippet}");
    }
}

#[test]
fn each_rule_that_finds_a_statement_is_named() {
    expect(&[
        (
            "\"We will rebuild,\" said Tomas Ferreira. \"The money is there.\"",
            &[
                (
                    "We will rebuild,",
                    "quote-tag-after",
                    "said",
                    "Tomas Ferreira",
                    "name",
                    "",
                    "certain",
                ),
                (
                    "The money is there.",
                    "quote-second-half",
                    "said",
                    "Tomas Ferreira",
                    "name",
                    "",
                    "certain",
                ),
            ],
        ),
        (
            "Rents rose 4% last year, according to a report by the Urban Institute.",
            &[(
                "Rents rose 4% last year",
                "reported-according-to-document",
                "according to",
                "the Urban Institute",
                "name",
                "",
                "certain",
            )],
        ),
        (
            "According to Tomas Ferreira, the bridge was safe.",
            &[(
                "the bridge was safe",
                "reported-according-to",
                "According to",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            "The bridge was safe, said Tomas Ferreira.",
            &[(
                "The bridge was safe",
                "reported-source-after",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            "An official, who said the bridge was safe, left early.",
            &[(
                "the bridge was safe, left early",
                "reported-through-relative-pronoun",
                "said",
                "who",
                "relative-pronoun",
                "An official",
                "likely",
            )],
        ),
        (
            "Tomas Ferreira toured the bridge and said it was safe.",
            &[(
                "it was safe",
                "reported-by-joined-verb",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            r#""The bridge will reopen," said Tomas Ferreira."#,
            &[(
                "The bridge will reopen,",
                "quote-tag-after",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            r#"Tomas Ferreira said: "The bridge will reopen.""#,
            &[(
                "The bridge will reopen.",
                "quote-tag-before",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            "Tomas Ferreira said the bridge would reopen.",
            &[(
                "the bridge would reopen",
                "reported-source-before",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            )],
        ),
        (
            "Tolls rose 12% in May.",
            &[(
                "Tolls rose 12% in May.",
                "figures-in-narration",
                "",
                "",
                "",
                "",
                "",
            )],
        ),
    ]);
}

/// A quotation its tag interrupts goes on in the next paragraph when the
/// tag ends its own: the next paragraph's quotation is its second half, with
/// the tag's cue.
#[test]
fn a_quotation_goes_on_after_a_tag_that_ends_its_paragraph() {
    const HALVES: &[Expected] = &[
        (
            "The bridge will reopen,",
            "quote-tag-after",
            "said",
            "Tomas Ferreira",
            "name",
            "",
            "certain",
        ),
        (
            "The crews are ready.",
            "quote-second-half",
            "said",
            "Tomas Ferreira",
            "name",
            "",
            "certain",
        ),
    ];
    expect(&[
        ("\"The bridge will reopen,\" said Tomas Ferreira.\n\n\"The crews are ready.\"", HALVES),
        (
            "\"The bridge will reopen,\" Tomas Ferreira said in a statement.\n\n\"The crews are ready.\"",
            HALVES,
        ),
        (
            "\"The bridge will reopen,\" Tomas Ferreira said on Monday.\n\n\"The crews are ready.\"",
            HALVES,
        ),
    ]);
}

#[test]
fn a_quotation_that_continues_a_paragraph_is_uncertain() {
    expect(&[(
        "\"The bridge will reopen,\" said Tomas Ferreira, looking at the river.\n\n\"The crews are ready.\"",
        &[
            (
                "The bridge will reopen,",
                "quote-tag-after",
                "said",
                "Tomas Ferreira",
                "name",
                "",
                "certain",
            ),
            (
                "The crews are ready.",
                "quote-continues-paragraph",
                "",
                "Tomas Ferreira",
                "continuation",
                "",
                "uncertain",
            ),
        ],
    )]);
}

#[test]
fn links_through_earlier_mentions_name_the_mention() {
    expect(&[
        (
            "Tomas Ferreira said the bridge was safe. Ferreira said it would reopen.",
            &[
                (
                    "the bridge was safe",
                    "reported-source-before",
                    "said",
                    "Tomas Ferreira",
                    "name",
                    "",
                    "certain",
                ),
                (
                    "it would reopen",
                    "reported-source-before",
                    "said",
                    "Ferreira",
                    "alias",
                    "Tomas Ferreira",
                    "likely",
                ),
            ],
        ),
        // An organisation named by the acronym it was given with.
        (
            "The Coastal Rail Authority (CRA) said the bridge was safe. The CRA said it would reopen.",
            &[
                (
                    "the bridge was safe",
                    "reported-source-before",
                    "said",
                    "The Coastal Rail Authority (CRA)",
                    "name",
                    "",
                    "certain",
                ),
                (
                    "it would reopen",
                    "reported-source-before",
                    "said",
                    "The CRA",
                    "alias",
                    "Coastal Rail Authority",
                    "likely",
                ),
            ],
        ),
        (
            "Tomas Ferreira said the bridge was safe. He said it would reopen.",
            &[
                (
                    "the bridge was safe",
                    "reported-source-before",
                    "said",
                    "Tomas Ferreira",
                    "name",
                    "",
                    "certain",
                ),
                (
                    "it would reopen",
                    "reported-source-before",
                    "said",
                    "He",
                    "pronoun",
                    "Tomas Ferreira",
                    "uncertain",
                ),
            ],
        ),
        (
            "One official said the cables were worn. The official said they would be replaced.",
            &[
                (
                    "the cables were worn",
                    "reported-source-before",
                    "said",
                    "One official",
                    "description",
                    "",
                    "certain",
                ),
                (
                    "they would be replaced",
                    "reported-source-before",
                    "said",
                    "The official",
                    "role-noun",
                    "One official",
                    "likely",
                ),
            ],
        ),
    ]);
}

#[test]
fn a_pronoun_is_likely_when_its_speaker_is_named_in_the_same_sentence() {
    let analysis = run("Tomas Ferreira said the bridge was safe, and he said it would reopen.");
    let levels: Vec<_> = analysis
        .statements
        .iter()
        .filter_map(|s| s.evidence.as_ref())
        .map(|e| (e.link.as_deref(), e.confidence))
        .collect();
    assert!(
        levels.contains(&(Some(LinkRule::Pronoun.name()), Some(Confidence::Likely))),
        "{levels:?}"
    );
}

#[test]
fn a_statement_without_a_speaker_has_no_link_and_no_confidence() {
    let analysis = run("Tolls rose 12% in May, the report said.");
    let evidence: Vec<_> = analysis
        .statements
        .iter()
        .filter_map(|s| s.evidence.as_ref())
        .collect();
    assert_eq!(evidence.len(), analysis.statements.len());
    for evidence in &evidence {
        if evidence.link.is_none() {
            assert_eq!(evidence.confidence, None);
        }
    }
    assert!(evidence
        .iter()
        .all(|e| e.rule != StatementRule::QuoteContinuesParagraph.name()));
}

/// A snippet, a word of saying in it, and the rule that refuses that word
/// as a cue, by name.
type RefusalCase<'a> = (&'a str, &'a str, &'a str);

#[test]
fn each_rule_that_refuses_a_cue_is_named() {
    let cases: &[RefusalCase] = &[
        (
            "The point is that the road is closed.",
            "point",
            "point-without-out",
        ),
        (
            "Fans began shouting, pointing, jeering at the referee.",
            "shouting",
            "list-of-doings",
        ),
        (
            "The talks continued into the night.",
            "continued",
            "going-on-without-speech",
        ),
        (
            "Nine states vote early in the spring.",
            "states",
            "states-without-clause",
        ),
        (
            "Employers added 150,000 jobs in May.",
            "added",
            "adds-a-figure",
        ),
        (
            "The new policy denies benefits to migrants who arrive after June.",
            "denies",
            "refuses-a-thing",
        ),
        (
            "The judge denied bail on Friday.",
            "denied",
            "refuses-a-thing",
        ),
        (
            "The official, who asked not to be named, said the talks had stalled.",
            "asked",
            "asked-for-anonymity",
        ),
        (
            "The mayor announced the results on Monday.",
            "announced",
            "announces-a-thing",
        ),
        (
            "The senator announced her candidacy in a video.",
            "announced",
            "announces-a-thing",
        ),
        (
            "The carmaker a year later announced 2,000 layoffs.",
            "announced",
            "announces-a-thing",
        ),
        (
            "The county announced tighter controls at the crossings.",
            "announced",
            "announces-a-thing",
        ),
        (
            "The senator wrote a short book on the river.",
            "wrote",
            "writes-a-work",
        ),
        (
            "The river town boasts a new stadium.",
            "boasts",
            "boasts-a-thing",
        ),
        (
            "The sharp rise in rents suggests that the market is overheating.",
            "suggests",
            "change-as-evidence",
        ),
        (
            "Jane Roe answered the phone at the campaign office.",
            "answered",
            "answers-the-door",
        ),
        (
            "Tenants want a larger say in how rents are set.",
            "say",
            "after-determiner",
        ),
        (
            "The delay added to the confusion at the depot.",
            "added",
            "another-verb",
        ),
        (
            "A report on the bridge came out in May.",
            "report",
            "noun-form",
        ),
        (
            "The mayor deleted recent tweets about the bridge.",
            "tweets",
            "plural-noun",
        ),
        (
            "The clinic treats post-traumatic stress disorder.",
            "stress",
            "after-hyphenated-modifier",
        ),
        (
            "Local reports said the road was closed.",
            "reports",
            "before-verb-or-object",
        ),
        (
            "The party claimed a victory in the ward.",
            "claimed",
            "claim-of-a-thing",
        ),
        (
            "It is worth noting that the road is closed.",
            "noting",
            "writers-aside",
        ),
        (
            "The mayor's reported plan was late.",
            "reported",
            "after-possessive",
        ),
        (
            "A storm warning system, installed in May, failed.",
            "warning",
            "modifier-of-a-noun",
        ),
        (
            "The said agreement was signed in May.",
            "said",
            "after-determiner",
        ),
        (
            "The vote was close. Says the sign on the door: closed.",
            "Says",
            "headline-or-label",
        ),
        (
            "The mayor was told the bridge would close.",
            "told",
            "passive",
        ),
        (
            "The mayor did not say when the road would open.",
            "say",
            "negated-or-not-done",
        ),
        (
            "The mayor refused to explain the delay.",
            "explain",
            "negated-or-not-done",
        ),
    ];
    for &(snippet, word, refusal) in cases {
        let left = factline_core::words_of_saying_left(snippet, Day::new(2024, 3, 4));
        let found = left.iter().find(|w| w.cue.text == word);
        match (found, refusal) {
            (None, "") => {}
            (Some(found), _) => {
                assert_eq!(found.refusal.map(|r| r.name()), Some(refusal), "{snippet}")
            }
            (None, _) => {
                panic!("{word:?} is not left as a word of saying in {snippet:?}: {left:?}")
            }
        }
    }
}

#[test]
fn a_cue_that_finds_no_source_is_left_without_a_refusal() {
    let left = factline_core::words_of_saying_left("But said nothing.", None);
    let said: Vec<_> = left
        .iter()
        .map(|w| (w.cue.text.as_str(), w.refusal))
        .collect();
    assert_eq!(said, [("said", None)]);
}

/// A figure's or time's reading in words: its text, its rule and the words
/// it was tied to ("" where there are none).
fn readings<'a>(
    items: impl Iterator<Item = (&'a str, Option<&'a ReadingEvidence>)>,
) -> Vec<[String; 3]> {
    items
        .map(|(text, evidence)| {
            let evidence = evidence.expect("every figure and time the engine reads has evidence");
            let tied_to = evidence.tied_to.as_ref().map_or("", |m| m.text.as_str());
            [text.to_string(), evidence.rule.clone(), tied_to.to_string()]
        })
        .collect()
}

/// A snippet and the reading of each figure or time in it: text, rule and
/// the words it was tied to.
type ReadingCase<'a> = (&'a str, &'a [[&'a str; 3]]);

fn expect_readings(
    cases: &[ReadingCase],
    rule_exists: fn(&str) -> bool,
    read: fn(&Analysis) -> Vec<[String; 3]>,
) {
    for (snippet, expected) in cases {
        for [_, rule, _] in *expected {
            assert!(rule_exists(rule), "no such rule: {rule}");
        }
        let want: Vec<[String; 3]> = expected.iter().map(|row| row.map(str::to_string)).collect();
        assert_eq!(read(&run(snippet)), want, "{snippet}");
    }
}

#[test]
fn each_rule_that_reads_a_figure_is_named_with_its_period() {
    let cases: &[ReadingCase] = &[
        ("Rents rose 4% in May.", &[["4%", "percentage", "in May"]]),
        (
            "Support for the plan fell 2 percentage points.",
            &[["2 percentage points", "percentage-points", ""]],
        ),
        (
            "The city paid $5 million for the land.",
            &[["$5 million", "money", ""]],
        ),
        (
            "It was a 10-hour meeting.",
            &[["10-hour", "measure-compound", ""]],
        ),
        ("The train ran at 60mph.", &[["60mph", "attached-unit", ""]]),
        ("One in 23 homes flooded.", &[["One in 23", "ratio", ""]]),
        (
            "Sales saw a threefold increase.",
            &[["threefold", "multiple", ""]],
        ),
        (
            "The agency hired 150,000 workers last week.",
            &[["150,000 workers", "counted-noun", "last week"]],
        ),
        ("The score rose to 12.", &[["12", "bare-number", ""]]),
    ];
    expect_readings(
        cases,
        |rule| FigureRule::from_name(rule).is_some(),
        |analysis| {
            readings(
                analysis
                    .figures
                    .iter()
                    .map(|f| (f.text.as_str(), f.evidence.as_ref())),
            )
        },
    );
}

#[test]
fn each_rule_that_reads_a_time_is_named_with_what_it_was_counted_from() {
    // Published on Monday, March 4, 2024.
    let cases: &[ReadingCase] = &[
        (
            "The council met on December 27.",
            &[["December 27", "calendar-date", ""]],
        ),
        ("Sales fell in February.", &[["in February", "month", ""]]),
        (
            "A vote is expected in June.",
            &[["in June", "month", "expected"]],
        ),
        ("The plant opened in 1990.", &[["1990", "year", ""]]),
        ("The council met Friday.", &[["Friday", "weekday", ""]]),
        (
            "The council will meet Friday.",
            &[["Friday", "weekday", "will"]],
        ),
        (
            "The council met yesterday.",
            &[["yesterday", "day-word", ""]],
        ),
        (
            "Prices rose last week.",
            &[["last week", "relative-unit", ""]],
        ),
        (
            "The mill closed two years ago.",
            &[["two years ago", "ago", ""]],
        ),
        (
            "The budget for fiscal 2023 grew.",
            &[["fiscal 2023", "fiscal-year", ""]],
        ),
        (
            "Profits rose in the third quarter.",
            &[["the third quarter", "quarter", ""]],
        ),
        (
            "The depot will close by the end of 2025.",
            &[["the end of 2025", "part-of-period", ""]],
        ),
        (
            "Crowds gathered over the weekend.",
            &[["the weekend", "weekend", ""]],
        ),
        (
            "Shops closed on Christmas Day.",
            &[["Christmas Day", "holiday", ""]],
        ),
        (
            "Profit rose in the third quarter from a year earlier.",
            &[
                ["the third quarter", "quarter", ""],
                ["a year earlier", "year-earlier", "the third quarter"],
            ],
        ),
        (
            "Rents rose in June, after falling the prior month.",
            &[
                ["in June", "month", ""],
                ["the prior month", "counted-from-earlier", "in June"],
            ],
        ),
    ];
    expect_readings(
        cases,
        |rule| TimeRule::from_name(rule).is_some(),
        |analysis| {
            readings(
                analysis
                    .times
                    .iter()
                    .map(|t| (t.text.as_str(), t.evidence.as_ref())),
            )
        },
    );
}

#[test]
fn announcing_or_denying_a_claim_stays_speech() {
    for (snippet, content) in [
        (
            "The mayor announced that the bridge would reopen.",
            "the bridge would reopen",
        ),
        (
            "The agency announced plans to close the depot.",
            "plans to close the depot",
        ),
        (
            "The mayor announced 12 schools would close in June.",
            "12 schools would close in June",
        ),
        (
            "The mayor denied that the bridge was unsafe.",
            "the bridge was unsafe",
        ),
    ] {
        let texts: Vec<String> = run(snippet)
            .statements
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(texts, vec![content.to_string()], "{snippet}");
    }
}

#[test]
fn a_source_described_by_a_who_clause_speaks_after_it() {
    for (snippet, content, mention) in [
        (
            "The official, who asked not to be named because they were not authorized to speak, said the talks had stalled.",
            "the talks had stalled",
            "The official, who asked not to be named because they were not authorized to speak",
        ),
        (
            "The former governor, who left the race early, noted that voters want change.",
            "voters want change",
            "The former governor, who left the race early",
        ),
    ] {
        let statements = run(snippet).statements;
        let found: Vec<(String, String)> = statements
            .into_iter()
            .map(|s| (s.text, s.mention.map(|m| m.text).unwrap_or_default()))
            .collect();
        assert_eq!(found, vec![(content.to_string(), mention.to_string())], "{snippet}");
    }
}
