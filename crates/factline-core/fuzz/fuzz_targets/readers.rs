//! Feeds arbitrary files to both dataset readers and holds them to one
//! contract. The page reads a dataset with `Dataset::from_analysed_json` and
//! hands what that refuses to the engine's worker, which reads it with
//! `Dataset::from_json`; the command line reads with `from_json` alone. If the
//! two readers disagreed, a file would show differently on the page and on the
//! command line, or cost the page the engine's download for nothing.
//!
//! On every input:
//! - neither reader panics;
//! - what `from_analysed_json` accepts, `from_json` accepts as the same dataset;
//! - what `from_json` accepts, `from_analysed_json` accepts too, unless an
//!   article comes without `statements` (absent or `null`, as `from_json`
//!   reads it), which only `from_json` can extract. That is decided with
//!   serde_json's `Value`, so that neither reader is its own judge;
//! - what `from_json` makes of a file, written out with `to_compact_json`,
//!   `from_analysed_json` reads back as the same dataset: the engine's worker
//!   sends the page exactly that;
//! - when both refuse and `from_analysed_json` could say why (its error is not
//!   `is_not_analysed`), both say the same thing at the same path, since the
//!   page shows that error without asking the worker;
//! - a leading byte-order mark changes neither reader's answer.

#![no_main]

use factline_core::Dataset;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let full = Dataset::from_json(json);
    let quick = Dataset::from_analysed_json(json);
    match (&full, &quick) {
        (_, Ok(dataset)) => assert_eq!(full.as_ref(), Ok(dataset)),
        (Ok(_), Err(error)) => assert!(
            error.is_not_analysed() && has_text_only_article(json),
            "from_json accepts what from_analysed_json refuses: {error}"
        ),
        (Err(full), Err(quick)) => {
            if !quick.is_not_analysed() {
                assert_eq!(full, quick);
            }
        }
    }
    if let Ok(dataset) = &full {
        let written = dataset.to_compact_json();
        assert_eq!(Dataset::from_analysed_json(&written).as_ref(), Ok(dataset));
    }
    // A file that already starts with a mark would get a second one, which
    // both readers rightly refuse.
    if !json.starts_with('\u{feff}') {
        let marked = format!("\u{feff}{json}");
        assert_eq!(Dataset::from_analysed_json(&marked), quick);
        assert_eq!(Dataset::from_json(&marked), full);
    }
});

/// Whether the file, read as plain JSON, has an article whose `statements`
/// are absent or `null`: one that `from_json` extracts with the engine.
fn has_text_only_article(json: &str) -> bool {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let Ok(file) = serde_json::from_str::<Value>(json) else {
        return false;
    };
    file["articles"].as_array().is_some_and(|articles| {
        articles
            .iter()
            .any(|article| article.get("statements").is_none_or(Value::is_null))
    })
}
