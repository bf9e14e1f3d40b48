//! An editor's corrections laid over the engine's reading of an article:
//! what each one does, how they hold when the engine reads the article again
//! or the text moves, and how one that no longer fits becomes a conflict.
//! Every sentence is invented for the test.

use factline_core::corrections::apply;
use factline_core::{
    Anchor, Article, ArticleMeta, Conflict, Correction, CorrectionsFile, Dataset, Day, DayRange,
    ReadingEvidence, Review, SpeakerKind, SpeakerRef, StatementKind,
};

const TEXT: &str = "Mayor Tomas Ferreira said the bridge would reopen in May. \
\"We have spent 4 million dollars on it,\" he said.\n\n\
Welder Lina Okafor said the work was nearly done. Residents fear the bridge is unsafe. \
The council has 12 members.\n";

/// The engine's reading of `text`, published on 4 March 2024.
fn engine(text: &str) -> Article {
    let meta = ArticleMeta {
        id: "bridge".into(),
        published: Day::new(2024, 3, 4),
        ..ArticleMeta::default()
    };
    Article::extract(meta, text.to_string())
}

/// An anchor to the first place `words` are in `text`.
fn anchor(text: &str, words: &str) -> Anchor {
    let start = text.find(words).unwrap_or(usize::MAX);
    Anchor {
        start,
        end: start.saturating_add(words.len()),
        text: words.to_string(),
    }
}

/// An anchor to the first place `words` are in [`TEXT`].
fn at(words: &str) -> Anchor {
    anchor(TEXT, words)
}

fn person(name: &str) -> Option<SpeakerRef> {
    Some(SpeakerRef {
        name: name.to_string(),
        role: None,
        kind: SpeakerKind::Person,
    })
}

/// Each statement in words: its text, kind, speaker's name and review mark.
fn statements(article: &Article) -> Vec<String> {
    article
        .statements
        .iter()
        .map(|statement| {
            let speaker = article
                .speakers
                .iter()
                .find(|speaker| Some(&speaker.id) == statement.speaker.as_ref())
                .map_or("-", |speaker| speaker.name.as_str());
            let review = mark(statement.review);
            format!(
                "{} | {:?} | {speaker} | {review}",
                statement.text, statement.kind
            )
        })
        .collect()
}

/// Each speaker in words: its id, name, role and aliases.
fn speakers(article: &Article) -> Vec<String> {
    article
        .speakers
        .iter()
        .map(|speaker| {
            let role = speaker.role.as_deref().unwrap_or("-");
            let aliases = speaker.aliases.join(", ");
            format!("{} {} ({role}) [{aliases}]", speaker.id, speaker.name)
        })
        .collect()
}

fn problems(conflicts: &[Conflict]) -> Vec<String> {
    conflicts
        .iter()
        .map(|conflict| format!("{}: {}", conflict.index, conflict.problem))
        .collect()
}

/// Reads `article` back through both dataset readers, which check every
/// span and reference, and says whether both read it as it is.
fn reads_back(article: &Article) -> bool {
    let json = Dataset {
        version: 1,
        articles: vec![article.clone()],
    }
    .to_json();
    let full = Dataset::from_json(&json).map(|dataset| dataset.articles);
    let quick = Dataset::from_analysed_json(&json).map(|dataset| dataset.articles);
    full.as_deref() == Ok(std::slice::from_ref(article)) && quick == full
}

/// The engine's reading of [`TEXT`], as [`statements`] words it.
const ENGINE: [&str; 4] = [
    "the bridge would reopen in May | Indirect | Tomas Ferreira | -",
    "We have spent 4 million dollars on it, | Direct | Tomas Ferreira | -",
    "the work was nearly done | Indirect | Welder Lina Okafor | -",
    "The council has 12 members. | Narration | - | -",
];

/// Corrections of [`TEXT`], with the statements and speakers they leave.
type Case<'a> = (&'a str, Vec<Correction>, Vec<&'a str>, Vec<&'a str>);

#[test]
fn each_correction_changes_the_engine_reading_as_the_editor_decided() {
    let engine_speakers = vec![
        "p1 Tomas Ferreira (Mayor) []",
        "p2 Welder Lina Okafor (-) []",
    ];
    let bridge = at("the bridge would reopen in May");
    let spent = at("We have spent 4 million dollars on it,");
    let work = at("the work was nearly done");
    let council = at("The council has 12 members.");
    let cases: Vec<Case> = vec![
        (
            "no corrections",
            vec![],
            ENGINE.to_vec(),
            engine_speakers.clone(),
        ),
        (
            "accept",
            vec![Correction::Accept { at: bridge.clone() }],
            vec![
                "the bridge would reopen in May | Indirect | Tomas Ferreira | Accepted",
                ENGINE[1],
                ENGINE[2],
                ENGINE[3],
            ],
            engine_speakers.clone(),
        ),
        (
            "accepting a corrected statement keeps it corrected",
            vec![
                Correction::SetKind {
                    at: council.clone(),
                    kind: StatementKind::Indirect,
                },
                Correction::Accept {
                    at: council.clone(),
                },
            ],
            vec![
                ENGINE[0],
                ENGINE[1],
                ENGINE[2],
                "The council has 12 members. | Indirect | - | Corrected",
            ],
            engine_speakers.clone(),
        ),
        (
            "delete",
            vec![Correction::Delete {
                at: council.clone(),
            }],
            ENGINE[..3].to_vec(),
            engine_speakers.clone(),
        ),
        (
            "set a statement's span to the words the editor selected",
            vec![Correction::SetSpan {
                at: bridge.clone(),
                to: at("the bridge would reopen"),
            }],
            vec![
                "the bridge would reopen | Indirect | Tomas Ferreira | Corrected",
                ENGINE[1],
                ENGINE[2],
                ENGINE[3],
            ],
            engine_speakers.clone(),
        ),
        (
            "split off the words the editor selected, with the same speaker",
            vec![Correction::Split {
                at: bridge.clone(),
                second: at("reopen in May"),
            }],
            vec![
                "the bridge would | Indirect | Tomas Ferreira | Corrected",
                "reopen in May | Indirect | Tomas Ferreira | Corrected",
                ENGINE[1],
                ENGINE[2],
                ENGINE[3],
            ],
            engine_speakers.clone(),
        ),
        (
            "join two statements, as the first says them",
            vec![Correction::Join {
                first: council.clone(),
                second: work.clone(),
            }],
            vec![
                ENGINE[0],
                ENGINE[1],
                "the work was nearly done. Residents fear the bridge is unsafe. The council has 12 members. | Indirect | Welder Lina Okafor | Corrected",
            ],
            engine_speakers.clone(),
        ),
        (
            "deleting a speaker's last statement removes the speaker",
            vec![Correction::Delete { at: work.clone() }],
            vec![ENGINE[0], ENGINE[1], ENGINE[3]],
            engine_speakers[..1].to_vec(),
        ),
        (
            "set a speaker the article has, by an alias too",
            vec![
                Correction::MergeSpeakers {
                    name: "Welder Lina Okafor".into(),
                    into: "Tomas Ferreira".into(),
                },
                Correction::SetSpeaker {
                    at: council.clone(),
                    speaker: person("Welder Lina Okafor"),
                },
            ],
            vec![
                ENGINE[0],
                ENGINE[1],
                "the work was nearly done | Indirect | Tomas Ferreira | -",
                "The council has 12 members. | Narration | Tomas Ferreira | Corrected",
            ],
            vec!["p1 Tomas Ferreira (Mayor) [Welder Lina Okafor]"],
        ),
        (
            "set a speaker the article did not have",
            vec![Correction::SetSpeaker {
                at: spent.clone(),
                speaker: Some(SpeakerRef {
                    name: "Ana Ruiz".into(),
                    role: Some("treasurer".into()),
                    kind: SpeakerKind::Person,
                }),
            }],
            vec![
                ENGINE[0],
                "We have spent 4 million dollars on it, | Direct | Ana Ruiz | Corrected",
                ENGINE[2],
                ENGINE[3],
            ],
            vec![
                "p1 Tomas Ferreira (Mayor) []",
                "p2 Welder Lina Okafor (-) []",
                "e1 Ana Ruiz (treasurer) []",
            ],
        ),
        (
            "set no speaker",
            vec![Correction::SetSpeaker {
                at: work.clone(),
                speaker: None,
            }],
            vec![
                ENGINE[0],
                ENGINE[1],
                "the work was nearly done | Indirect | - | Corrected",
                ENGINE[3],
            ],
            engine_speakers[..1].to_vec(),
        ),
        (
            "set the kind",
            vec![Correction::SetKind {
                at: spent.clone(),
                kind: StatementKind::Indirect,
            }],
            vec![
                ENGINE[0],
                "We have spent 4 million dollars on it, | Indirect | Tomas Ferreira | Corrected",
                ENGINE[2],
                ENGINE[3],
            ],
            engine_speakers.clone(),
        ),
        (
            "add a statement the engine missed",
            vec![Correction::Add {
                at: at("Residents fear the bridge is unsafe."),
                kind: StatementKind::Indirect,
                speaker: Some(SpeakerRef {
                    name: "Residents".into(),
                    role: None,
                    kind: SpeakerKind::Group,
                }),
            }],
            vec![
                ENGINE[0],
                ENGINE[1],
                ENGINE[2],
                "Residents fear the bridge is unsafe. | Indirect | Residents | Corrected",
                ENGINE[3],
            ],
            vec![
                "p1 Tomas Ferreira (Mayor) []",
                "p2 Welder Lina Okafor (-) []",
                "e1 Residents (-) []",
            ],
        ),
        (
            "add over a statement the engine found corrects it",
            vec![Correction::Add {
                at: council.clone(),
                kind: StatementKind::Indirect,
                speaker: person("Tomas Ferreira"),
            }],
            vec![
                ENGINE[0],
                ENGINE[1],
                ENGINE[2],
                "The council has 12 members. | Indirect | Tomas Ferreira | Corrected",
            ],
            engine_speakers.clone(),
        ),
        (
            "rename a speaker and give a role",
            vec![Correction::RenameSpeaker {
                name: "Welder Lina Okafor".into(),
                to: "Lina Okafor".into(),
                role: Some("welder".into()),
            }],
            vec![
                ENGINE[0],
                ENGINE[1],
                "the work was nearly done | Indirect | Lina Okafor | -",
                ENGINE[3],
            ],
            vec![
                "p1 Tomas Ferreira (Mayor) []",
                "p2 Lina Okafor (welder) []",
            ],
        ),
        (
            "merge speakers",
            vec![Correction::MergeSpeakers {
                name: "Tomas Ferreira".into(),
                into: "Welder Lina Okafor".into(),
            }],
            vec![
                "the bridge would reopen in May | Indirect | Welder Lina Okafor | -",
                "We have spent 4 million dollars on it, | Direct | Welder Lina Okafor | -",
                ENGINE[2],
                ENGINE[3],
            ],
            vec!["p2 Welder Lina Okafor (-) [Tomas Ferreira]"],
        ),
    ];
    let article = engine(TEXT);
    for (case, corrections, expected_statements, expected_speakers) in cases {
        let (corrected, conflicts) = apply(&article, &corrections);
        assert_eq!(problems(&conflicts), Vec::<String>::new(), "{case}");
        assert_eq!(statements(&corrected), expected_statements, "{case}");
        assert_eq!(speakers(&corrected), expected_speakers, "{case}");
        assert!(reads_back(&corrected), "{case}: not a valid dataset");
    }
}

#[test]
fn a_new_speaker_replaces_the_engine_link_but_keeps_how_the_statement_was_found() {
    let article = engine(TEXT);
    let spent = at("We have spent 4 million dollars on it,");
    let (corrected, _) = apply(
        &article,
        &[Correction::SetSpeaker {
            at: spent,
            speaker: person("Ana Ruiz"),
        }],
    );
    let statement = &corrected.statements[1];
    assert_eq!(statement.mention, None);
    let evidence = statement.evidence.clone().unwrap_or_default();
    assert_eq!(evidence.rule, "quote-tag-after");
    assert_eq!(evidence.cue.map(|cue| cue.text), Some("said".to_string()));
    assert_eq!(
        (evidence.link, evidence.antecedent, evidence.confidence),
        (None, None, None)
    );
}

#[test]
fn an_added_statement_takes_the_figures_inside_it_and_stays_in_text_order() {
    let article = engine(TEXT);
    let words = "Residents fear the bridge is unsafe. The council has 12 members";
    let (corrected, conflicts) = apply(
        &article,
        &[Correction::Add {
            at: at(words),
            kind: StatementKind::Narration,
            speaker: None,
        }],
    );
    assert!(conflicts.is_empty());
    let added = corrected.statements.iter().find(|s| s.text == words);
    let figure = corrected.figures.iter().find(|f| f.text == "12 members");
    assert_eq!(
        added.map(|s| (s.id.as_str(), s.figures.clone())),
        Some(("e1", figure.map(|f| f.id.clone()).into_iter().collect()))
    );
    let starts: Vec<usize> = corrected.statements.iter().map(|s| s.start).collect();
    assert!(starts.is_sorted());
    assert!(reads_back(&corrected));
}

/// Corrections of every kind that fit [`TEXT`].
fn every_kind_of_correction() -> Vec<Correction> {
    vec![
        Correction::Accept {
            at: at("the bridge would reopen in May"),
        },
        Correction::SetKind {
            at: at("The council has 12 members."),
            kind: StatementKind::Indirect,
        },
        Correction::SetSpeaker {
            at: at("the work was nearly done"),
            speaker: person("Ana Ruiz"),
        },
        Correction::Add {
            at: at("Residents fear the bridge is unsafe."),
            kind: StatementKind::Indirect,
            speaker: None,
        },
        Correction::SetSpan {
            at: at("the bridge would reopen in May"),
            to: at("the bridge would reopen"),
        },
        Correction::Delete {
            at: at("We have spent 4 million dollars on it,"),
        },
        Correction::RenameSpeaker {
            name: "Tomas Ferreira".into(),
            to: "Tomás Ferreira".into(),
            role: None,
        },
        Correction::MergeSpeakers {
            name: "Ana Ruiz".into(),
            into: "Tomás Ferreira".into(),
        },
    ]
}

#[test]
fn a_reextraction_keeps_every_correction() {
    let corrections = every_kind_of_correction();
    let (first, conflicts) = apply(&engine(TEXT), &corrections);
    assert!(conflicts.is_empty(), "{:?}", problems(&conflicts));
    assert_eq!(apply(&engine(TEXT), &corrections), (first.clone(), vec![]));

    // The corrected dataset read afresh sets the corrections aside for the
    // engine's reading, over which they lay the same article again.
    let json = Dataset {
        version: 1,
        articles: vec![first.clone()],
    }
    .to_json();
    let afresh = Dataset::from_json_afresh(&json).map(|dataset| dataset.articles);
    assert_eq!(afresh, Ok(vec![engine(TEXT)]));
    let again = afresh.map(|articles| apply(&articles[0], &corrections));
    assert_eq!(again, Ok((first, vec![])));
}

#[test]
fn an_anchor_follows_its_words_when_the_text_moves() {
    let moved = format!("The river rose overnight.\n\n{TEXT}");
    let (corrected, conflicts) = apply(&engine(&moved), &every_kind_of_correction());
    assert!(conflicts.is_empty(), "{:?}", problems(&conflicts));
    let (in_place, _) = apply(&engine(TEXT), &every_kind_of_correction());
    assert_eq!(statements(&corrected), statements(&in_place));
    let reviewed = corrected.statements.iter().find(|s| s.review.is_some());
    assert_eq!(
        reviewed.map(|s| (s.text.as_str(), s.start)),
        Some(("the bridge would reopen", 53))
    );
    assert!(reads_back(&corrected));
}

#[test]
fn a_correction_that_no_longer_fits_is_a_conflict_and_is_kept() {
    let gone = Anchor {
        start: 0,
        end: 12,
        text: "The ferry is".into(),
    };
    let twice = Anchor {
        start: 3,
        end: 13,
        text: "the bridge".into(),
    };
    // An older engine's shorter reading of a statement the engine now reads whole.
    let shorter = at("the bridge would reopen");
    let missed = at("Residents fear the bridge is unsafe.");
    let cases: Vec<(&str, Correction, &str)> = vec![
        (
            "words gone",
            Correction::Accept { at: gone.clone() },
            "the article no longer has these words",
        ),
        (
            "words gone, for a delete too",
            Correction::Delete { at: gone },
            "the article no longer has these words",
        ),
        (
            "a span onto another statement's words",
            Correction::SetSpan {
                at: at("the bridge would reopen in May"),
                to: at("the work was nearly done"),
            },
            "another statement already reads \"the work was nearly done\"",
        ),
        (
            "a split outside the statement",
            Correction::Split {
                at: at("the work was nearly done"),
                second: at("The council has 12 members."),
            },
            "the words to split off are not inside the statement, after its first words",
        ),
        (
            "a join with itself",
            Correction::Join {
                first: at("the work was nearly done"),
                second: at("the work was nearly done"),
            },
            "a statement cannot be joined with itself",
        ),
        (
            "words twice",
            Correction::Accept { at: twice },
            "these words are in the article 2 times",
        ),
        (
            "a new reading",
            Correction::SetKind {
                at: shorter.clone(),
                kind: StatementKind::Direct,
            },
            "the engine now reads this statement as \"the bridge would reopen in May\"",
        ),
        (
            "a new reading, for a delete too",
            Correction::Delete { at: shorter },
            "the engine now reads this statement as \"the bridge would reopen in May\"",
        ),
        (
            "no statement there",
            Correction::SetSpeaker {
                at: missed.clone(),
                speaker: None,
            },
            "the engine no longer finds this statement",
        ),
        (
            "rename of an unknown speaker",
            Correction::RenameSpeaker {
                name: "Ana Ruiz".into(),
                to: "Ana".into(),
                role: None,
            },
            "no speaker is named \"Ana Ruiz\"",
        ),
        (
            "merge of an unknown speaker",
            Correction::MergeSpeakers {
                name: "Ana Ruiz".into(),
                into: "Tomas Ferreira".into(),
            },
            "no speaker is named \"Ana Ruiz\"",
        ),
        (
            "merge into an unknown speaker",
            Correction::MergeSpeakers {
                name: "Tomas Ferreira".into(),
                into: "Ana Ruiz".into(),
            },
            "no speaker is named \"Ana Ruiz\"",
        ),
        (
            "merge into itself",
            Correction::MergeSpeakers {
                name: "Tomas Ferreira".into(),
                into: "Tomas Ferreira".into(),
            },
            "\"Tomas Ferreira\" cannot be merged into itself",
        ),
        (
            "an anchor without words",
            Correction::Accept {
                at: Anchor {
                    start: 0,
                    end: 0,
                    text: String::new(),
                },
            },
            "the correction is anchored to no words",
        ),
    ];
    let article = engine(TEXT);
    let accept = Correction::Accept {
        at: at("the work was nearly done"),
    };
    for (case, correction, problem) in cases {
        let (corrected, conflicts) = apply(&article, &[correction.clone(), accept.clone()]);
        let expected = Conflict {
            index: 0,
            correction,
            problem: problem.to_string(),
        };
        assert_eq!(conflicts, vec![expected], "{case}");
        // The conflict changes nothing, and the corrections after it still apply.
        let mut accepted = article.clone();
        accepted.statements[2].review = Some(factline_core::Review::Accepted);
        assert_eq!(corrected, accepted, "{case}");
    }
}

#[test]
fn deleting_what_the_engine_no_longer_finds_is_no_conflict() {
    let article = engine(TEXT);
    let missed = at("Residents fear the bridge is unsafe.");
    assert_eq!(
        apply(&article, &[Correction::Delete { at: missed }]),
        (article, vec![])
    );
}

#[test]
fn every_correction_keeps_its_json_shape() {
    let anchor = r#"{"start":0,"end":4,"text":"Mayo"}"#;
    let at = || Anchor {
        start: 0,
        end: 4,
        text: "Mayo".into(),
    };
    let cases = [
        (
            Correction::Accept { at: at() },
            format!(r#"{{"op":"accept","at":{anchor}}}"#),
        ),
        (
            Correction::Delete { at: at() },
            format!(r#"{{"op":"delete","at":{anchor}}}"#),
        ),
        (
            Correction::SetSpan { at: at(), to: at() },
            format!(r#"{{"op":"set-span","at":{anchor},"to":{anchor}}}"#),
        ),
        (
            Correction::Split {
                at: at(),
                second: at(),
            },
            format!(r#"{{"op":"split","at":{anchor},"second":{anchor}}}"#),
        ),
        (
            Correction::Join {
                first: at(),
                second: at(),
            },
            format!(r#"{{"op":"join","first":{anchor},"second":{anchor}}}"#),
        ),
        (
            Correction::SetSpeaker {
                at: at(),
                speaker: None,
            },
            format!(r#"{{"op":"set-speaker","at":{anchor},"speaker":null}}"#),
        ),
        (
            Correction::SetSpeaker {
                at: at(),
                speaker: person("Ana Ruiz"),
            },
            format!(
                r#"{{"op":"set-speaker","at":{anchor},"speaker":{{"name":"Ana Ruiz","kind":"person"}}}}"#
            ),
        ),
        (
            Correction::SetKind {
                at: at(),
                kind: StatementKind::Narration,
            },
            format!(r#"{{"op":"set-kind","at":{anchor},"kind":"narration"}}"#),
        ),
        (
            Correction::Add {
                at: at(),
                kind: StatementKind::Direct,
                speaker: Some(SpeakerRef {
                    name: "Police".into(),
                    role: Some("force".into()),
                    kind: SpeakerKind::Organization,
                }),
            },
            format!(
                r#"{{"op":"add","at":{anchor},"kind":"direct","speaker":{{"name":"Police","role":"force","kind":"organization"}}}}"#
            ),
        ),
        (
            Correction::RenameSpeaker {
                name: "A".into(),
                to: "B".into(),
                role: None,
            },
            r#"{"op":"rename-speaker","name":"A","to":"B","role":null}"#.to_string(),
        ),
        (
            Correction::MergeSpeakers {
                name: "A".into(),
                into: "B".into(),
            },
            r#"{"op":"merge-speakers","name":"A","into":"B"}"#.to_string(),
        ),
        (
            Correction::AcceptSpeaker { name: "A".into() },
            r#"{"op":"accept-speaker","name":"A"}"#.to_string(),
        ),
        (
            Correction::AcceptFigure { at: at() },
            format!(r#"{{"op":"accept-figure","at":{anchor}}}"#),
        ),
        (
            Correction::SetFigure {
                at: at(),
                value: 4.5,
                unit: Some("dollars".into()),
                qualifier: None,
                period: None,
            },
            format!(
                r#"{{"op":"set-figure","at":{anchor},"value":4.5,"unit":"dollars","qualifier":null,"period":null}}"#
            ),
        ),
        (
            Correction::SetFigure {
                at: at(),
                value: -12.0,
                unit: None,
                qualifier: Some("about".into()),
                period: Some(at()),
            },
            format!(
                r#"{{"op":"set-figure","at":{anchor},"value":-12.0,"unit":null,"qualifier":"about","period":{anchor}}}"#
            ),
        ),
        (
            Correction::RemoveFigure { at: at() },
            format!(r#"{{"op":"remove-figure","at":{anchor}}}"#),
        ),
        (
            Correction::AcceptTime { at: at() },
            format!(r#"{{"op":"accept-time","at":{anchor}}}"#),
        ),
        (
            Correction::SetTime {
                at: at(),
                resolved: days("2024-06-01", "2024-06-30"),
            },
            format!(
                r#"{{"op":"set-time","at":{anchor},"resolved":{{"start":"2024-06-01","end":"2024-06-30"}}}}"#
            ),
        ),
        (
            Correction::SetTime {
                at: at(),
                resolved: None,
            },
            format!(r#"{{"op":"set-time","at":{anchor},"resolved":null}}"#),
        ),
        (
            Correction::RemoveTime { at: at() },
            format!(r#"{{"op":"remove-time","at":{anchor}}}"#),
        ),
    ];
    for (correction, json) in cases {
        assert_eq!(serde_json::to_string(&correction).ok(), Some(json.clone()));
        assert_eq!(
            serde_json::from_str::<Correction>(&json).ok(),
            Some(correction.clone())
        );
        assert!(json.contains(&format!(r#""op":"{}""#, correction.op())));
    }
    let rename = r#"{"op":"rename-speaker","name":"A","to":"B"}"#;
    assert!(
        serde_json::from_str::<Correction>(rename).is_ok(),
        "a role may be left out"
    );
    for refused in [
        r#"{"op":"accept","at":{"start":0,"end":4,"text":"Mayo"},"why":"x"}"#,
        r#"{"op":"approve","at":{"start":0,"end":4,"text":"Mayo"}}"#,
        r#"{"at":{"start":0,"end":4,"text":"Mayo"}}"#,
        r#"{"op":"set-figure","at":{"start":0,"end":4,"text":"Mayo"},"value":"4","unit":null,"qualifier":null,"period":null}"#,
        r#"{"op":"set-time","at":{"start":0,"end":4,"text":"Mayo"},"resolved":{"start":"2024-06-01"}}"#,
        r#"{"op":"accept-speaker","name":"A","role":null}"#,
    ] {
        assert!(
            serde_json::from_str::<Correction>(refused).is_err(),
            "{refused}"
        );
    }
}

#[test]
fn a_corrections_file_reads_what_it_writes_and_refuses_unknown_fields() {
    let json = r#"{"version":1,"articles":[{"id":"bridge","corrections":[{"op":"merge-speakers","name":"A","into":"B"}]}]}"#;
    let file: CorrectionsFile = serde_json::from_str(json).unwrap();
    assert_eq!(file.articles[0].corrections.len(), 1);
    assert_eq!(serde_json::to_string(&file).unwrap(), json);
    let unknown = json.replace(r#""id":"bridge""#, r#""id":"bridge","note":"x""#);
    assert!(serde_json::from_str::<CorrectionsFile>(&unknown).is_err());
}

/// A correction of every kind at `at`, whose words also name speakers and a
/// unit, for [`apply_never_panics_and_always_leaves_a_valid_article`].
fn every_correction_at(at: &Anchor) -> Vec<Correction> {
    let words = at.text.as_str();
    vec![
        Correction::Accept { at: at.clone() },
        Correction::SetKind {
            at: at.clone(),
            kind: StatementKind::Direct,
        },
        Correction::SetSpeaker {
            at: at.clone(),
            speaker: person(words),
        },
        Correction::Join {
            first: at.clone(),
            second: Anchor {
                start: 0,
                end: 0,
                text: "It seats 40 people.".into(),
            },
        },
        Correction::Split {
            at: at.clone(),
            second: Anchor {
                start: 0,
                end: 0,
                text: "40 people.".into(),
            },
        },
        Correction::Add {
            at: at.clone(),
            kind: StatementKind::Indirect,
            speaker: person("Zoë Brandt"),
        },
        Correction::MergeSpeakers {
            name: words.to_string(),
            into: "Zoë Brandt".into(),
        },
        Correction::AcceptSpeaker {
            name: words.to_string(),
        },
        Correction::AcceptFigure { at: at.clone() },
        Correction::SetFigure {
            at: at.clone(),
            value: 41.5,
            unit: Some(words.to_string()),
            qualifier: None,
            period: Some(at.clone()),
        },
        Correction::SetFigure {
            at: at.clone(),
            value: 40.0,
            unit: None,
            qualifier: Some("about".into()),
            period: Some(Anchor {
                start: 0,
                end: 0,
                text: "Monday".into(),
            }),
        },
        Correction::AcceptTime { at: at.clone() },
        Correction::SetTime {
            at: at.clone(),
            resolved: days("2024-03-01", "2024-03-02"),
        },
        Correction::RemoveFigure { at: at.clone() },
        Correction::RemoveTime { at: at.clone() },
        Correction::Delete { at: at.clone() },
    ]
}

#[test]
fn apply_never_panics_and_always_leaves_a_valid_article() {
    let text = "Zoë Brandt said the café was “full” on Monday. It seats 40 people.";
    let article = engine(text);
    let words = [
        "",
        "é",
        "Zoë",
        "Zoë Brandt",
        "café",
        "the café was “full”",
        "the café was “full” on Monday",
        "Monday",
        "40 people",
        "It seats 40 people.",
        "zzz",
        text,
    ];
    // How many corrections fitted, and of which kinds, so that the loop is
    // known to have changed articles as well as refused anchors.
    let mut fitted = 0;
    let mut kinds = std::collections::BTreeSet::new();
    let mut offered = std::collections::BTreeSet::new();
    for start in (0..text.len() + 3).step_by(3) {
        for end in (0..text.len() + 3).step_by(5) {
            for words in words {
                let at = Anchor {
                    start,
                    end,
                    text: words.to_string(),
                };
                let corrections = every_correction_at(&at);
                let (corrected, conflicts) = apply(&article, &corrections);
                fitted += corrections.len() - conflicts.len();
                offered.extend(corrections.iter().map(Correction::op));
                let refused: Vec<usize> = conflicts.iter().map(|c| c.index).collect();
                let applied = corrections
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| !refused.contains(index));
                kinds.extend(applied.map(|(_, correction)| correction.op()));
                assert!(reads_back(&corrected), "{start}..{end} {words:?}");
            }
        }
    }
    assert!(fitted > 1000, "only {fitted} corrections fitted");
    assert_eq!(kinds, offered, "some kinds of correction never fitted");
}

/// An invented article with figures, times and two speakers.
const FLEET: &str = "The council spent 4 million dollars last year and will add 12 buses by June, \
Mayor Tomas Ferreira said on Monday. \"We have waited since March for the money,\" he said.\n\n\
Conductor Ana Ruiz said the depot opens on 3 April. Residents want 20 more at the wheel.\n";

/// An anchor to the first place `words` are in [`FLEET`].
fn fleet(words: &str) -> Anchor {
    anchor(FLEET, words)
}

/// The days from `start` to `end`, both written as the dataset writes them.
fn days(start: &str, end: &str) -> Option<DayRange> {
    Some(DayRange {
        start: start.parse().ok()?,
        end: end.parse().ok()?,
    })
}

/// A review mark in words, "-" for none.
fn mark(review: Option<Review>) -> String {
    review.map_or("-".into(), |review| format!("{review:?}"))
}

/// The rule of a figure's or time's evidence and the words it was tied to,
/// "-" for none: an editor's correction drops it, since the reading is then
/// the editor's.
fn read_by(evidence: Option<&ReadingEvidence>) -> String {
    evidence.map_or("-".into(), |evidence| match &evidence.tied_to {
        Some(tied_to) => format!("{} tied to {}", evidence.rule, tied_to.text),
        None => evidence.rule.clone(),
    })
}

/// Each speaker, figure and time in words with its review mark (and for
/// figures and times the rule that read them), then what each statement
/// holds: its figures and the time it was made.
fn readings(article: &Article) -> Vec<String> {
    let time = |id: Option<&String>| {
        let time = article.times.iter().find(|time| Some(&time.id) == id);
        time.map_or("-", |time| time.text.as_str())
    };
    let speakers = article
        .speakers
        .iter()
        .map(|speaker| format!("speaker {} | {}", speaker.name, mark(speaker.review)));
    let figures = article.figures.iter().map(|f| {
        let unit = f.unit.as_deref().unwrap_or("-");
        let qualifier = f.qualifier.as_deref().unwrap_or("-");
        let period = time(f.period.as_ref());
        let review = mark(f.review);
        let rule = read_by(f.evidence.as_ref());
        format!(
            "figure {} = {} {unit} ({qualifier}) over {period} | {review} | {rule}",
            f.text, f.value
        )
    });
    let times = article.times.iter().map(|t| {
        let resolved = t
            .resolved
            .map_or("-".into(), |r| format!("{}..{}", r.start, r.end));
        let rule = read_by(t.evidence.as_ref());
        format!("time {} = {resolved} | {} | {rule}", t.text, mark(t.review))
    });
    let statements = article.statements.iter().map(|s| {
        let figures: Vec<&str> = s
            .figures
            .iter()
            .filter_map(|id| article.figures.iter().find(|f| &f.id == id))
            .map(|f| f.text.as_str())
            .collect();
        format!(
            "{} holds [{}] made {}",
            s.id,
            figures.join(", "),
            time(s.time.as_ref())
        )
    });
    speakers
        .chain(figures)
        .chain(times)
        .chain(statements)
        .collect()
}

/// The engine's reading of [`FLEET`], as [`readings`] words it.
const FLEET_ENGINE: [&str; 14] = [
    "speaker Tomas Ferreira | -",
    "speaker Conductor Ana Ruiz | -",
    "figure 4 million dollars = 4000000 dollars (-) over last year | - | counted-noun tied to last year",
    "figure 12 buses = 12 buses (-) over June | - | counted-noun tied to June",
    "figure 20 = 20 - (-) over - | - | bare-number",
    "time last year = 2023-01-01..2023-12-31 | - | relative-unit",
    "time June = 2024-06-01..2024-06-30 | - | month tied to will",
    "time Monday = 2024-03-04..2024-03-04 | - | weekday",
    "time March = 2024-03-01..2024-03-31 | - | month",
    "time 3 April = 2024-04-03..2024-04-03 | - | calendar-date",
    "s1 holds [4 million dollars, 12 buses] made Monday",
    "s2 holds [] made -",
    "s3 holds [] made -",
    "s4 holds [20] made -",
];

/// [`FLEET_ENGINE`] with each numbered line replaced by the lines given for
/// it (none to remove it).
fn fleet_engine_but(changes: &[(usize, &[&str])]) -> Vec<String> {
    FLEET_ENGINE
        .iter()
        .enumerate()
        .flat_map(|(index, line)| {
            let changed = changes.iter().find(|(changed, _)| *changed == index);
            changed.map_or(vec![*line], |(_, lines)| lines.to_vec())
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn each_figure_time_and_speaker_correction_changes_the_engine_reading() {
    let set_twenty = Correction::SetFigure {
        at: fleet("20"),
        value: 20.0,
        unit: Some("drivers".into()),
        qualifier: Some("more".into()),
        period: Some(fleet("3 April")),
    };
    let cases: Vec<(&str, Vec<Correction>, Vec<String>)> = vec![
        ("no corrections", vec![], fleet_engine_but(&[])),
        (
            "accept a figure",
            vec![Correction::AcceptFigure {
                at: fleet("4 million dollars"),
            }],
            fleet_engine_but(&[(
                2,
                &["figure 4 million dollars = 4000000 dollars (-) over last year | Accepted | counted-noun tied to last year"],
            )]),
        ),
        (
            "set a figure's value, unit, qualifier and period",
            vec![set_twenty.clone()],
            fleet_engine_but(&[(
                4,
                &["figure 20 = 20 drivers (more) over 3 April | Corrected | -"],
            )]),
        ),
        (
            "accepting a corrected figure keeps it corrected",
            vec![set_twenty, Correction::AcceptFigure { at: fleet("20") }],
            fleet_engine_but(&[(
                4,
                &["figure 20 = 20 drivers (more) over 3 April | Corrected | -"],
            )]),
        ),
        (
            "a figure that covers no period",
            vec![Correction::SetFigure {
                at: fleet("4 million dollars"),
                value: 4.5,
                unit: Some("million dollars".into()),
                qualifier: None,
                period: None,
            }],
            fleet_engine_but(&[(
                2,
                &["figure 4 million dollars = 4.5 million dollars (-) over - | Corrected | -"],
            )]),
        ),
        (
            "remove a figure and its place in its statement",
            vec![Correction::RemoveFigure {
                at: fleet("12 buses"),
            }],
            fleet_engine_but(&[
                (3, &[]),
                (10, &["s1 holds [4 million dollars] made Monday"]),
            ]),
        ),
        (
            "accept a time",
            vec![Correction::AcceptTime { at: fleet("June") }],
            fleet_engine_but(&[(6, &["time June = 2024-06-01..2024-06-30 | Accepted | month tied to will"])]),
        ),
        (
            "set a time's days",
            vec![Correction::SetTime {
                at: fleet("June"),
                resolved: days("2024-06-01", "2024-06-15"),
            }],
            fleet_engine_but(&[(6, &["time June = 2024-06-01..2024-06-15 | Corrected | -"])]),
        ),
        (
            "a time that fixes no days",
            vec![Correction::SetTime {
                at: fleet("last year"),
                resolved: None,
            }],
            fleet_engine_but(&[(5, &["time last year = - | Corrected | -"])]),
        ),
        (
            "remove times, and the period and statement's time that named them",
            vec![
                Correction::RemoveTime {
                    at: fleet("last year"),
                },
                Correction::RemoveTime {
                    at: fleet("Monday"),
                },
            ],
            fleet_engine_but(&[
                (
                    2,
                    &["figure 4 million dollars = 4000000 dollars (-) over - | - | counted-noun"],
                ),
                (5, &[]),
                (7, &[]),
                (10, &["s1 holds [4 million dollars, 12 buses] made -"]),
            ]),
        ),
        (
            "accept a speaker",
            vec![Correction::AcceptSpeaker {
                name: "Tomas Ferreira".into(),
            }],
            fleet_engine_but(&[(0, &["speaker Tomas Ferreira | Accepted"])]),
        ),
        (
            "accepting a renamed speaker keeps it corrected",
            vec![
                Correction::RenameSpeaker {
                    name: "Conductor Ana Ruiz".into(),
                    to: "Ana Ruiz".into(),
                    role: Some("conductor".into()),
                },
                Correction::AcceptSpeaker {
                    name: "Ana Ruiz".into(),
                },
            ],
            fleet_engine_but(&[(1, &["speaker Ana Ruiz | Corrected"])]),
        ),
        (
            "the speaker a merge keeps is corrected",
            vec![Correction::MergeSpeakers {
                name: "Conductor Ana Ruiz".into(),
                into: "Tomas Ferreira".into(),
            }],
            fleet_engine_but(&[(0, &["speaker Tomas Ferreira | Corrected"]), (1, &[])]),
        ),
        (
            "a speaker an editor names is corrected",
            vec![Correction::SetSpeaker {
                at: fleet("Residents want 20 more at the wheel."),
                speaker: Some(SpeakerRef {
                    name: "Residents".into(),
                    role: None,
                    kind: SpeakerKind::Group,
                }),
            }],
            fleet_engine_but(&[(
                1,
                &[
                    "speaker Conductor Ana Ruiz | -",
                    "speaker Residents | Corrected",
                ],
            )]),
        ),
    ];
    let article = engine(FLEET);
    for (case, corrections, expected) in cases {
        let (corrected, conflicts) = apply(&article, &corrections);
        assert_eq!(problems(&conflicts), Vec::<String>::new(), "{case}");
        assert_eq!(readings(&corrected), expected, "{case}");
        assert!(reads_back(&corrected), "{case}: not a valid dataset");
    }
}

/// Corrections of every new kind that fit [`FLEET`] together.
fn every_kind_of_figure_time_and_speaker_correction() -> Vec<Correction> {
    vec![
        Correction::AcceptFigure {
            at: fleet("4 million dollars"),
        },
        Correction::SetFigure {
            at: fleet("20"),
            value: 20.0,
            unit: Some("drivers".into()),
            qualifier: Some("more".into()),
            period: Some(fleet("3 April")),
        },
        Correction::RemoveFigure {
            at: fleet("12 buses"),
        },
        Correction::AcceptTime { at: fleet("June") },
        Correction::SetTime {
            at: fleet("March"),
            resolved: days("2024-03-01", "2024-03-15"),
        },
        Correction::RemoveTime {
            at: fleet("Monday"),
        },
        Correction::AcceptSpeaker {
            name: "Tomas Ferreira".into(),
        },
    ]
}

#[test]
fn figure_time_and_speaker_corrections_hold_when_the_engine_reads_again() {
    let corrections = every_kind_of_figure_time_and_speaker_correction();
    let (first, conflicts) = apply(&engine(FLEET), &corrections);
    assert!(conflicts.is_empty(), "{:?}", problems(&conflicts));
    assert_eq!(apply(&engine(FLEET), &corrections), (first.clone(), vec![]));
    let json = Dataset {
        version: 1,
        articles: vec![first.clone()],
    }
    .to_json();
    let afresh = Dataset::from_json_afresh(&json).map(|dataset| dataset.articles);
    assert_eq!(afresh, Ok(vec![engine(FLEET)]));
    let again = afresh.map(|articles| apply(&articles[0], &corrections));
    assert_eq!(again, Ok((first.clone(), vec![])));

    // Text added before the article moves every span, not the decisions.
    let moved = format!("Buses are blue.\n\n{FLEET}");
    let (corrected, conflicts) = apply(&engine(&moved), &corrections);
    assert!(conflicts.is_empty(), "{:?}", problems(&conflicts));
    assert_eq!(readings(&corrected), readings(&first));
    assert!(reads_back(&corrected));
}

#[test]
fn a_figure_time_or_speaker_correction_that_no_longer_fits_is_a_conflict() {
    let gone = Anchor {
        start: 18,
        end: 35,
        text: "5 million dollars".into(),
    };
    let set = |value: f64, period: Option<Anchor>| Correction::SetFigure {
        at: fleet("12 buses"),
        value,
        unit: Some("buses".into()),
        qualifier: None,
        period,
    };
    let cases: Vec<(&str, Correction, &str)> = vec![
        (
            "a figure's words gone",
            Correction::AcceptFigure { at: gone.clone() },
            "the article no longer has these words",
        ),
        (
            "a figure's words gone, for a removal too",
            Correction::RemoveFigure { at: gone },
            "the article no longer has these words",
        ),
        (
            "words that are no figure",
            Correction::AcceptFigure {
                at: fleet("the money"),
            },
            "the engine no longer finds this figure",
        ),
        (
            "a figure the engine now reads otherwise",
            Correction::AcceptFigure {
                at: fleet("million dollars last"),
            },
            "the engine now reads this figure as \"4 million dollars\"",
        ),
        (
            "a value that is no number",
            set(f64::NAN, None),
            "a figure's value must be a number",
        ),
        (
            "an infinite value",
            set(f64::INFINITY, None),
            "a figure's value must be a number",
        ),
        (
            "a period anchored to words that are no time",
            set(12.0, Some(fleet("the money"))),
            "for the period, the engine no longer finds this time",
        ),
        (
            "a period anchored to words that are gone",
            set(12.0, Some(at("in May"))),
            "for the period, the article no longer has these words",
        ),
        (
            "words that are no time",
            Correction::AcceptTime {
                at: fleet("the depot"),
            },
            "the engine no longer finds this time",
        ),
        (
            "a time the engine now reads otherwise, for a removal too",
            Correction::RemoveTime {
                at: fleet("by June"),
            },
            "the engine now reads this time as \"June\"",
        ),
        (
            "days that end before they start",
            Correction::SetTime {
                at: fleet("June"),
                resolved: days("2024-06-30", "2024-06-01"),
            },
            "a time's days cannot end (2024-06-01) before they start (2024-06-30)",
        ),
        (
            "accept an unknown speaker",
            Correction::AcceptSpeaker {
                name: "Lina Okafor".into(),
            },
            "no speaker is named \"Lina Okafor\"",
        ),
    ];
    let article = engine(FLEET);
    let accept = Correction::AcceptTime { at: fleet("March") };
    for (case, correction, problem) in cases {
        let (corrected, conflicts) = apply(&article, &[correction.clone(), accept.clone()]);
        let expected = Conflict {
            index: 0,
            correction,
            problem: problem.to_string(),
        };
        // Debug output compares a value that is no number too, which is
        // never equal to itself.
        assert_eq!(
            format!("{conflicts:?}"),
            format!("{:?}", [expected]),
            "{case}"
        );
        // The conflict changes nothing, and the corrections after it still apply.
        let mut accepted = article.clone();
        accepted.times[3].review = Some(Review::Accepted);
        assert_eq!(corrected, accepted, "{case}");
    }
}

#[test]
fn removing_what_the_engine_no_longer_finds_is_no_conflict() {
    let article = engine(FLEET);
    let nothing = [
        Correction::RemoveFigure {
            at: fleet("the money"),
        },
        Correction::RemoveTime {
            at: fleet("the depot"),
        },
    ];
    assert_eq!(apply(&article, &nothing), (article, vec![]));
}

#[test]
fn a_split_that_leaves_only_a_quotation_mark_before_is_a_conflict() {
    // A statement that opens with its quotation mark, as a person may have
    // marked it: splitting off all its words would leave an empty statement.
    let mut article = engine(TEXT);
    let words = "We have spent 4 million dollars on it,";
    let statement = article
        .statements
        .iter_mut()
        .find(|s| s.text == words)
        .expect("the engine reads the quotation");
    statement.start -= 1;
    statement.text = format!("\"{words}");
    let whole = Anchor::of(statement);
    let split = Correction::Split {
        at: whole,
        second: at(words),
    };
    let (corrected, conflicts) = apply(&article, &[split]);
    assert_eq!(
        problems(&conflicts),
        ["0: no words of the statement are left before the words to split off"]
    );
    assert_eq!(corrected.statements, article.statements);
}

/// An invented article with a count over a stated duration and one over a
/// month, published on 4 March 2024.
const HIKERS: &str = "Rangers counted 4,200 hikers in seven days. In January they turned back \
1,000 hikers.\n";

/// Each figure of an article with the days of its rate per day and their
/// basis, "-" for none.
fn rates(article: &Article) -> Vec<String> {
    article
        .figures
        .iter()
        .map(|figure| match &figure.per_day {
            Some(rate) => format!("{}: {} days, {:?}", figure.text, rate.days, rate.basis),
            None => format!("{}: -", figure.text),
        })
        .collect()
}

#[test]
fn a_figure_rate_follows_the_editor_corrections() {
    let hikers = |words: &str| anchor(HIKERS, words);
    let cases: Vec<(&str, Vec<Correction>, [&str; 3])> = vec![
        (
            "no corrections",
            vec![],
            [
                "4,200 hikers: 7 days, Duration",
                "seven days: -",
                "1,000 hikers: 31 days, Period",
            ],
        ),
        (
            "a corrected count keeps the span the text states",
            vec![Correction::SetFigure {
                at: hikers("1,000 hikers"),
                value: 1100.0,
                unit: Some("hikers".into()),
                qualifier: None,
                period: Some(hikers("In January")),
            }],
            [
                "4,200 hikers: 7 days, Duration",
                "seven days: -",
                "1,000 hikers: 31 days, Period",
            ],
        ),
        (
            "money has no rate",
            vec![Correction::SetFigure {
                at: hikers("4,200 hikers"),
                value: 4200.0,
                unit: Some("dollars".into()),
                qualifier: None,
                period: None,
            }],
            [
                "4,200 hikers: -",
                "seven days: -",
                "1,000 hikers: 31 days, Period",
            ],
        ),
        (
            "a removed period takes its rate with it",
            vec![Correction::RemoveTime {
                at: hikers("In January"),
            }],
            [
                "4,200 hikers: 7 days, Duration",
                "seven days: -",
                "1,000 hikers: -",
            ],
        ),
    ];
    let article = engine(HIKERS);
    for (name, corrections, expected) in cases {
        let (corrected, conflicts) = apply(&article, &corrections);
        assert_eq!(problems(&conflicts), Vec::<String>::new(), "{name}");
        assert_eq!(rates(&corrected), expected, "{name}");
    }
}
