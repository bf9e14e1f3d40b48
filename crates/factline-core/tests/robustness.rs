//! Arbitrary input never breaks the engine: no panic, every span on char
//! boundaries and equal to its text, every referenced id defined, and the
//! work stays linear on long runs of quotation marks and punctuation and on
//! the shapes of text that once made it quadratic.

use std::collections::HashSet;
use std::time::Duration;

use factline_core::{analyze, Analysis, Article, Dataset, Day};
use proptest::prelude::*;

mod linearity;

fn check(text: &str, analysis: &Analysis) {
    let span_ok = |t: &str, start: usize, end: usize| text.get(start..end) == Some(t);
    // Sets, so that checking a long text's references stays linear too.
    let defined = |ids: &HashSet<&String>, id: &String| ids.contains(id);
    let speakers: HashSet<&String> = analysis.speakers.iter().map(|s| &s.id).collect();
    let figures: HashSet<&String> = analysis.figures.iter().map(|f| &f.id).collect();
    let times: HashSet<&String> = analysis.times.iter().map(|t| &t.id).collect();
    for s in &analysis.statements {
        assert!(span_ok(&s.text, s.start, s.end), "{s:?}");
        if let Some(m) = &s.mention {
            assert!(span_ok(&m.text, m.start, m.end), "{m:?}");
        }
        assert!(s.speaker.iter().all(|p| defined(&speakers, p)), "{s:?}");
        assert!(s.time.iter().all(|t| defined(&times, t)), "{s:?}");
        assert!(s.figures.iter().all(|f| defined(&figures, f)), "{s:?}");
    }
    for f in &analysis.figures {
        assert!(
            span_ok(&f.text, f.start, f.end) && f.value.is_finite(),
            "{f:?}"
        );
        assert!(f.period.iter().all(|t| defined(&times, t)), "{f:?}");
    }
    for t in &analysis.times {
        assert!(span_ok(&t.text, t.start, t.end), "{t:?}");
        assert!(t.resolved.is_none_or(|r| r.start <= r.end), "{t:?}");
    }
    // The dataset's own validation agrees, on this analysis rather than a
    // second one, so that a long text is analysed once.
    let article = Article {
        id: "a".into(),
        text: text.to_string(),
        speakers: analysis.speakers.clone(),
        statements: analysis.statements.clone(),
        figures: analysis.figures.clone(),
        times: analysis.times.clone(),
        ..Article::default()
    };
    let dataset = Dataset {
        version: 1,
        articles: vec![article],
    };
    Dataset::from_json(&dataset.to_json()).expect("the output validates");
}

/// Text made of the pieces that trouble scanners: quotation marks of every
/// kind, dashes, dots, digits, multibyte letters, line breaks and cue words.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("''".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(" said ".to_string()),
        Just(" according to ".to_string()),
        Just(", he said. ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S.".to_string()),
        Just(" — ".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("$1.7 trillion".to_string()),
        Just("160.000".to_string()),
        Just(" last week ".to_string()),
        Just("Dec. 30, 2023".to_string()),
        Just("fiscal 2023".to_string()),
        Just("between 5 and 10".to_string()),
        Just("é漢🙂".to_string()),
        "[A-Za-z]{1,8}",
        "[0-9.,%-]{1,6}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in "\\PC{0,400}") {
        check(&text, &analyze(&text, Day::new(2023, 12, 28)));
        check(&text, &analyze(&text, None));
    }

    #[test]
    fn news_like_noise_keeps_the_invariants(text in newsish()) {
        check(&text, &analyze(&text, Day::new(2023, 12, 28)));
        check(&text, &analyze(&text, None));
    }
}

/// Texts on which the fuzz targets (`fuzz/`) found the engine breaking, each
/// named by what it exercises: they keep the invariants like any other text.
#[test]
fn texts_found_by_fuzzing_keep_the_invariants() {
    let cases = [
        (
            "an inverted source ending the text on an initial's period, with no mark after it",
            ",said O.",
        ),
        (
            "a participle cue of telling whose audience the text cuts off after its article",
            "r i t l s a e s M V t r p tell t c(I n e o a s l o n,d s n g,telling a",
        ),
        (
            "a run of one token that holds no word, read for an outlet's name",
            "aAa🌀A ℀0A a0ଓ 𑘀0®￼a ਖ਼\u{13440}\u{16f4f}aΣ0ਫ਼\u{16af0}\u{d81}AA ®𑐀અ Σ\u{16af0}𞟭 𐠊𑑝প®𐡗A𝕆0ꟲaa0\u{c55}[LT0￼㈠Aെ:",
        ),
    ];
    for (case, text) in cases {
        for published in [Day::new(2023, 12, 28), None] {
            let analysis = std::panic::catch_unwind(|| analyze(text, published))
                .unwrap_or_else(|_| panic!("{case}: analysing {text:?} panics"));
            check(text, &analysis);
        }
    }
}

/// How much longer a text four times as long may take. Linear work takes four
/// times as long; work that grows with the square of the input takes up to
/// sixteen times. The bound sits between the two, so that a slow or busy
/// machine, which slows both texts alike, neither fails the test nor hides a
/// quadratic scan. A fixed bound in seconds did both: CI's slower machine
/// took 5.4 s on a text this machine analyses in 4.
const GROWTH_BOUND: f64 = 8.0;

/// Analyses the text `generate` makes at a quarter of `size` and at `size`,
/// checks the invariants on both, and that the CPU time grew by less than
/// `GROWTH_BOUND`. The shorter text is timed at its fastest of three runs, so
/// that one run slowed by another test's allocations does not read as
/// growth.
fn check_linear(generate: impl Fn(usize) -> String, size: usize) {
    let timed = linearity::timed_analysis;
    let short = generate(size / 4);
    let (mut short_time, analysis) = timed(&short);
    check(&short, &analysis);
    for _ in 0..2 {
        short_time = short_time.min(timed(&short).0);
    }
    let long = generate(size);
    let (long_time, analysis) = timed(&long);
    check(&long, &analysis);
    let growth = long_time.as_secs_f64() / short_time.as_secs_f64().max(1e-6);
    assert!(
        growth < GROWTH_BOUND,
        "{:?}… took {long_time:?}, {growth:.1} times as long as a quarter of it ({short_time:?})",
        long.get(..12)
    );
}

/// A source is looked for leftwards through the owners of prepositional and
/// joined objects ("officials in the city or in the town"), and each link was
/// once searched again along every path that reached it: time exponential in
/// the chain's length, a minute for the 1.5 KB text the readers fuzz target
/// found. One endless chain must not run out the stack either, and many
/// chains as long as a source may reach must not add up. Each text is
/// analysed on a thread of its own so that a slow one fails the test instead
/// of hanging it. Linear, each takes well under a second; the bound is wall
/// time, so it is wide enough for a machine busy with other builds, and an
/// exponential search on these chains would still not end within it.
/// The wall time a chain of objects may take before the search counts as
/// runaway.
const CHAIN_BOUND: Duration = Duration::from_secs(60);

#[test]
fn long_chains_of_objects_before_a_cue_stay_fast() {
    let link = "in the city or in the town ";
    let texts = [
        format!("Officials {}saying so.", link.repeat(2_000)),
        format!("Officials {}saying so. ", link.repeat(10)).repeat(1_000),
    ];
    for text in texts {
        let (sender, receiver) = std::sync::mpsc::channel();
        let analysed = text.clone();
        std::thread::spawn(move || {
            // When the test has stopped waiting, nobody needs the analysis.
            sender.send(analyze(&analysed, Day::new(2023, 12, 28))).ok();
        });
        let analysis = receiver
            .recv_timeout(CHAIN_BOUND)
            .unwrap_or_else(|_| panic!("{:?}… is not analysed in {CHAIN_BOUND:?}", text.get(..40)));
        check(&text, &analysis);
    }
}

#[test]
fn long_runs_of_marks_stay_linear() {
    let pieces = ["“", "\"", "“a ", ". . . ", "said “", "— ", "5-", "Mr. "];
    for piece in pieces {
        check_linear(|size| piece.repeat(size), 80_000);
    }
    // Quotes no cue claims, after one that a cue does.
    check_linear(
        |size| format!("\"x,\" said Ann Qwerty. {}", "“a b” ".repeat(size)),
        40_000,
    );
}

/// At these sizes the engine once took 10 to 16 s of CPU on each shape in a
/// debug build, while its scans read back to every earlier speaker or to the
/// sentence start; linear, it takes a few seconds, a quarter of that on a
/// quarter of the text.
#[test]
fn shapes_that_were_quadratic_stay_linear() {
    check_linear(linearity::distinct_speakers, 750_000);
    check_linear(linearity::referred_people, 600_000);
    check_linear(linearity::run_on, 1_000_000);
    check_linear(linearity::mark_soup, 1_000_000);
}
