//! The `factline` binary as a user runs it: commands, outputs, exit codes and
//! error messages.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use factline_core::Dataset;

fn factline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factline"))
        .args(args)
        .output()
        .expect("the factline binary runs")
}

fn seed_article() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../factline-core/tests/fixtures/seed/article.txt")
        .to_string_lossy()
        .into_owned()
}

/// A fresh folder under the target directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn extract_explains_each_statement_in_words_and_as_json() {
    let dir = scratch("explain");
    let article = dir.join("bridge.txt");
    std::fs::write(
        &article,
        "Tomas Ferreira said the bridge was safe. He said it would reopen in May. \
         The council did not say when. Tolls rose 4% last year.\n",
    )
    .expect("an article");
    let article = article.to_string_lossy().into_owned();
    let output = factline(&[
        "extract",
        "--explain",
        "--published",
        "2024-03-04",
        &article,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "bridge (3 statements)",
        "found by reported-source-before: speech reported without quotation marks, its source before",
        "speaker Tomas Ferreira (p1) from \"He\"",
        "linked by pronoun: a pronoun for someone named earlier, through \"Tomas Ferreira\" (0–14)",
        "confidence uncertain",
        "words of saying not read as speech:",
        "\"say\" (93–96): negated-or-not-done",
        "figure f1 \"4%\" (114–116)",
        "read by percentage: a number with a percent sign or the word \"percent\"",
        "for the period \"last year\" (117–126)",
        "read by month: a month alone",
        "tied to \"would\" (52–57)",
    ] {
        assert!(text.contains(line), "{line:?} is missing from:\n{text}");
    }

    let output = factline(&[
        "extract",
        "--explain=json",
        "--published",
        "2024-03-04",
        &article,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let evidence = &json["articles"][0]["statements"][1]["evidence"];
    assert_eq!(evidence["rule"], "reported-source-before");
    assert_eq!(evidence["cue"]["text"], "said");
    assert_eq!(evidence["link"], "pronoun");
    assert_eq!(evidence["antecedent"]["start"], 0);
    assert_eq!(evidence["confidence"], "uncertain");
    let left = &json["articles"][0]["words_of_saying_left"][0];
    assert_eq!(left["text"], "say");
    assert_eq!(left["refusal"], "negated-or-not-done");
    let figure = &json["articles"][0]["figures"][0]["evidence"];
    assert_eq!(figure["rule"], "percentage");
    assert_eq!(figure["tied_to"]["text"], "last year");
    let may = &json["articles"][0]["times"][0]["evidence"];
    assert_eq!(may["rule"], "month");
    assert_eq!(may["tied_to"]["text"], "would");
}

#[test]
fn extract_prints_one_dataset_with_an_article_per_file() {
    let article = seed_article();
    let output = factline(&["extract", "--published", "2023-12-28", &article, &article]);
    assert!(output.status.success(), "{}", stderr(&output));
    let dataset = Dataset::from_json(&stdout(&output)).expect("valid dataset JSON");
    assert_eq!(dataset.articles.len(), 2);
    assert_eq!(dataset.articles[0].id, "article");
    assert_eq!(dataset.articles[1].id, "article-2", "ids stay distinct");
    let first = &dataset.articles[0];
    assert_eq!(
        first.published.map(|day| day.to_string()).as_deref(),
        Some("2023-12-28")
    );
    assert!(
        first.statements.len() >= 8,
        "the seed's statements are found"
    );
    assert_eq!(
        first.source, "The Independent News",
        "the source comes from the feed footer"
    );
}

#[test]
fn extract_refuses_unreadable_input_with_a_clear_message() {
    let missing = factline(&["extract", "no/such/article.txt"]);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("cannot read no/such/article.txt"),
        "{}",
        stderr(&missing)
    );

    let dir = scratch("binary-input");
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, b"caf\xe9 said").expect("write");
    let output = factline(&["extract", binary.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("is not UTF-8 text (invalid byte at offset 3)"),
        "{}",
        stderr(&output)
    );

    let bad_date = factline(&["extract", "--published", "28/12/2023", &seed_article()]);
    assert!(!bad_date.status.success());
    assert!(
        stderr(&bad_date).contains("YYYY-MM-DD"),
        "{}",
        stderr(&bad_date)
    );
}

#[test]
fn build_reads_txt_articles_with_their_sidecars() {
    let dir = scratch("build");
    std::fs::write(
        dir.join("a-story.txt"),
        "“We are out of room,” said Mayor Jane Doe.",
    )
    .unwrap();
    std::fs::write(
        dir.join("a-story.meta.json"),
        r#"{"title": "Out of room", "source": "The Daily", "url": "https://news.example/a", "published": "2024-03-01", "extra": 1}"#,
    )
    .unwrap();
    std::fs::write(dir.join("b-note.txt"), "No quotes here.").unwrap();
    std::fs::write(dir.join("ignored.md"), "not an article").unwrap();
    let out = dir.join("dataset.json");
    let output = factline(&["build", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let dataset = Dataset::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let ids: Vec<&str> = dataset.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a-story", "b-note"]);
    let story = &dataset.articles[0];
    assert_eq!(story.title, "Out of room");
    assert_eq!(story.url.as_deref(), Some("https://news.example/a"));
    assert_eq!(story.statements[0].text, "We are out of room,");
}

#[test]
fn validate_names_the_json_path_of_a_problem() {
    let dir = scratch("validate");
    let good = dir.join("good.json");
    let output = factline(&["extract", &seed_article()]);
    std::fs::write(&good, stdout(&output)).unwrap();
    let ok = factline(&["validate", good.to_str().unwrap()]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("valid, 1 articles"), "{}", stdout(&ok));

    let cases = [
        (
            r#"{"version": 1, "articles": [{"id": "a", "text": "x", "published": "soon"}]}"#,
            "articles[0].published",
        ),
        (
            r#"{"version": 1, "articles": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}"#,
            "articles[1].id",
        ),
        (r#"{"version": 2, "articles": []}"#, "at version"),
        (
            r#"{"version": 1, "articles": ["#,
            "the file ends at line 1, column 28, before the dataset does",
        ),
        (
            r#"{"version": 1, "articles": []} {"version": 1, "articles": []}"#,
            "the file goes on after the dataset ends, at line 1, column 32",
        ),
        (
            "\u{feff}{\"version\": 3, \"articles\": []}",
            "this is a version 3 dataset",
        ),
    ];
    for (json, expected) in cases {
        let bad = dir.join("bad.json");
        std::fs::write(&bad, json).unwrap();
        let output = factline(&["validate", bad.to_str().unwrap()]);
        assert!(!output.status.success(), "{json}");
        assert!(
            stderr(&output).contains(expected),
            "{json}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn prepare_extracts_only_the_articles_given_as_text() {
    let dir = scratch("prepare");
    let source = dir.join("source.json");
    std::fs::write(
        &source,
        r#"{"version": 1, "articles": [
            {"id": "raw", "text": "“Hello,” said Ann Lee.", "published": "2024-01-02"},
            {"id": "curated", "title": "T", "source": "S", "url": null, "published": null, "text": "Hi.",
             "speakers": [], "statements": [], "figures": [], "times": []}
        ]}"#,
    )
    .unwrap();
    let out = dir.join("ready.json");
    let output = factline(&[
        "prepare",
        source.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let ready = std::fs::read_to_string(&out).unwrap();
    let dataset = Dataset::from_analysed_json(&ready).expect("every article is analysed");
    assert_eq!(dataset.articles[0].statements[0].text, "Hello,");
    assert!(
        dataset.articles[1].statements.is_empty(),
        "a curated article stays as given"
    );
}

#[test]
fn prepare_compact_writes_the_same_dataset_on_one_line() {
    let dir = scratch("prepare-compact");
    let source = dir.join("source.json");
    std::fs::write(
        &source,
        r#"{"version": 1, "articles": [{"id": "raw", "text": "“Hello,” said Ann Lee.", "published": "2024-01-02"}]}"#,
    )
    .unwrap();
    let [pretty, compact] = ["pretty.json", "compact.json"].map(|name| dir.join(name));
    for (out, flags) in [(&pretty, &[][..]), (&compact, &["--compact"][..])] {
        let mut args = vec![
            "prepare",
            source.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ];
        args.extend(flags);
        let output = factline(&args);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let compact = std::fs::read_to_string(&compact).unwrap();
    assert_eq!(compact.lines().count(), 1);
    let read = |json: &str| Dataset::from_analysed_json(json).expect("every article is analysed");
    assert_eq!(
        read(&compact),
        read(&std::fs::read_to_string(&pretty).unwrap())
    );
}

/// A dataset with one article given as text, the engine to read it.
const BRIDGE: &str = r#"{"version": 1, "articles": [{"id": "bridge", "published": "2024-03-04",
    "text": "Tomas Ferreira said the bridge was safe. He said it would reopen in May."}]}"#;

/// Corrections of [`BRIDGE`]'s article: `corrections` is the JSON list.
fn bridge_corrections(corrections: &str) -> String {
    format!(r#"{{"version": 1, "articles": [{{"id": "bridge", "corrections": [{corrections}]}}]}}"#)
}

const ACCEPT_SAFE: &str =
    r#"{"op": "accept", "at": {"start": 20, "end": 39, "text": "the bridge was safe"}}"#;

/// Writes the files a test of `correct` reads and returns their paths.
fn correct_inputs(test: &str, corrections: &str, dataset: &str) -> (String, String, PathBuf) {
    let dir = scratch(test);
    let paths = ["corrections.json", "dataset.json"].map(|name| dir.join(name));
    std::fs::write(&paths[0], corrections).unwrap();
    std::fs::write(&paths[1], dataset).unwrap();
    let [corrections, dataset] = paths.map(|path| path.to_string_lossy().into_owned());
    (corrections, dataset, dir)
}

#[test]
fn correct_writes_the_corrected_dataset_and_tells_each_conflict() {
    let gone = r#"{"op": "set-kind", "at": {"start": 0, "end": 9, "text": "The ferry"}, "kind": "direct"}"#;
    let (corrections, dataset, dir) = correct_inputs(
        "correct",
        &bridge_corrections(&format!("{ACCEPT_SAFE}, {gone}")),
        BRIDGE,
    );
    let output = factline(&["correct", &corrections, &dataset]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output).trim(),
        "article bridge, correction 1 (set-kind): the article no longer has these words"
    );
    let corrected = Dataset::from_analysed_json(&stdout(&output)).expect("a valid dataset");
    let statement = &corrected.articles[0].statements[0];
    assert_eq!(
        (statement.text.as_str(), statement.review),
        ("the bridge was safe", Some(factline_core::Review::Accepted))
    );

    let out = dir.join("corrected.json");
    let (corrections, ..) = correct_inputs("correct-clean", &bridge_corrections(ACCEPT_SAFE), "");
    let output = factline(&[
        "correct",
        &corrections,
        &dataset,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(Dataset::from_analysed_json(&written), Ok(corrected));
}

#[test]
fn correct_reextract_lays_the_corrections_over_the_engine_reading_afresh() {
    let curated = r#"{"version": 1, "articles": [{"id": "bridge", "published": "2024-03-04",
        "text": "Tomas Ferreira said the bridge was safe. He said it would reopen in May.",
        "statements": []}]}"#;
    let (corrections, dataset, _) = correct_inputs(
        "correct-reextract",
        &bridge_corrections(ACCEPT_SAFE),
        curated,
    );
    let output = factline(&["correct", &corrections, &dataset]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the engine no longer finds this statement"),
        "{}",
        stderr(&output)
    );

    let output = factline(&["correct", "--reextract", &corrections, &dataset]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let corrected = Dataset::from_analysed_json(&stdout(&output)).expect("a valid dataset");
    let reviews: Vec<_> = corrected.articles[0]
        .statements
        .iter()
        .map(|s| s.review)
        .collect();
    assert_eq!(reviews, [Some(factline_core::Review::Accepted), None]);
}

#[test]
fn correct_refuses_unreadable_input_with_status_2() {
    let (corrections, dataset, _) = correct_inputs(
        "correct-unreadable",
        &bridge_corrections(ACCEPT_SAFE),
        BRIDGE,
    );
    let other_article = bridge_corrections(ACCEPT_SAFE).replace("bridge", "ferry");
    let unknown_field = bridge_corrections(ACCEPT_SAFE).replace(r#""op""#, r#""note": "x", "op""#);
    let cases = [
        (
            "no such corrections file",
            "no/such/corrections.json".to_string(),
            dataset.clone(),
            "cannot read no/such/corrections.json",
        ),
        (
            "no such dataset",
            corrections.clone(),
            "no/such/dataset.json".to_string(),
            "cannot read no/such/dataset.json",
        ),
        (
            "an article the dataset lacks",
            correct_inputs("correct-other", &other_article, "").0,
            dataset.clone(),
            "the dataset has no article \"ferry\"",
        ),
        (
            "an unknown field",
            correct_inputs("correct-field", &unknown_field, "").0,
            dataset.clone(),
            "unknown field `note`",
        ),
        (
            "a broken dataset",
            corrections.clone(),
            correct_inputs("correct-broken", "", "{").1,
            "dataset.json",
        ),
    ];
    for (case, corrections, dataset, message) in cases {
        let output = factline(&["correct", &corrections, &dataset]);
        assert_eq!(output.status.code(), Some(2), "{case}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(message),
            "{case}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{case}: nothing is written");
    }
}

/// A dataset whose one article, given as text, has a quote with characters
/// that CSV must quote and HTML must escape.
const FARES: &str = r#"{"version": 1, "articles": [{"id": "fares", "title": "Fares, <again>",
    "published": "2024-01-02", "text": "“Fares <rise> & fall, as ever,” said Ann Lee."}]}"#;

#[test]
fn export_writes_csv_with_a_header_row_to_stdout_or_a_file() {
    let dir = scratch("export-csv");
    let dataset = dir.join("dataset.json");
    std::fs::write(&dataset, FARES).unwrap();
    let dataset = dataset.to_str().unwrap();
    let output = factline(&["export", "--format", "csv", dataset]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "\u{feff}date,speaker,role,speaker_kind,kind,text,figures,reviewed,article_title,article_url\r\n\
        2024-01-02,Ann Lee,,person,quote,\"Fares <rise> & fall, as ever,\",,,\"Fares, <again>\",\r\n";
    assert_eq!(stdout(&output), expected);

    let out = dir.join("statements.csv");
    let output = factline(&[
        "export",
        "--format",
        "csv",
        dataset,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), expected);
}

#[test]
fn export_writes_an_html_page_with_the_statement_escaped() {
    let dir = scratch("export-html");
    let dataset = dir.join("dataset.json");
    std::fs::write(&dataset, FARES).unwrap();
    let out = dir.join("timeline.html");
    let output = factline(&[
        "export",
        "--format",
        "html",
        dataset.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("wrote 1 statements to"),
        "{}",
        stderr(&output)
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<h1>Fares, &lt;again&gt;</h1>"), "{html}");
    assert!(
        html.contains(
            "<blockquote class=\"text\">Fares &lt;rise&gt; &amp; fall, as ever,</blockquote>"
        ),
        "{html}"
    );
    assert!(!html.contains("<rise>"));
}

#[test]
fn export_refuses_unreadable_input_with_a_clear_message() {
    let dir = scratch("export-unreadable");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, r#"{"version": 1, "articles": ["#).unwrap();
    let cases = [
        (
            "no/such/dataset.json".to_string(),
            "cannot read no/such/dataset.json",
        ),
        (
            broken.to_string_lossy().into_owned(),
            "the file ends at line 1, column 28, before the dataset does",
        ),
    ];
    for format in ["csv", "html"] {
        for (dataset, message) in &cases {
            let output = factline(&["export", "--format", format, dataset]);
            assert_eq!(output.status.code(), Some(1), "{format} {dataset}");
            assert!(stderr(&output).contains(message), "{}", stderr(&output));
            assert!(
                stdout(&output).is_empty(),
                "{format} {dataset}: nothing is written"
            );
        }
    }
}
