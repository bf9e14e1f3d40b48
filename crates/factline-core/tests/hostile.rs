//! The hostile and broken datasets of `tests/hostile-datasets/` through both
//! readers. `expected.json` there says of each file whether it is shown and,
//! if not, words its refusal must contain; the browser tests open the same
//! files in the page (`tests/browser/hostile-datasets.test.mjs`).

use std::fs;
use std::path::PathBuf;

use factline_core::Dataset;
use serde_json::Value;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile-datasets")
}

#[test]
fn both_readers_agree_on_every_hostile_dataset_and_say_what_is_wrong() {
    let expected: Value =
        serde_json::from_str(&fs::read_to_string(corpus().join("expected.json")).unwrap()).unwrap();
    let cases = expected.as_object().unwrap();
    assert!(cases.len() >= 15, "the corpus lost files");
    for (name, case) in cases {
        let json = fs::read_to_string(corpus().join(name)).unwrap();
        let full = Dataset::from_json(&json);
        let quick = Dataset::from_analysed_json(&json);
        match &full {
            Ok(dataset) => {
                assert_eq!(case["shown"], true, "{name} was read: {dataset:?}");
                assert_eq!(
                    quick.as_ref(),
                    Ok(dataset),
                    "{name}: the page's reader differs"
                );
            }
            Err(error) => {
                assert_eq!(case["shown"], false, "{name} was refused: {error}");
                let says = case["says"].as_str().unwrap();
                assert!(error.message().contains(says), "{name}: {error}");
                let quick = quick.expect_err(name);
                assert!(
                    quick.is_not_analysed() || quick == *error,
                    "{name}: the page's reader says {quick}, the full reader {error}"
                );
            }
        }
    }
}
