//! The readers' problems in plain words.
//!
//! Whoever opens a broken dataset needs to know what is wrong, where, and what
//! to do next, not a parser's vocabulary ("EOF while parsing a string", "lone
//! leading surrogate in hex escape"). The problems both readers can find are
//! worded here once, so the command line, the page and the engine's worker
//! say the same thing.

use std::fmt;

use super::DatasetError;

/// A place in the file as an editor counts it: line and column from 1, the
/// column in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Place {
    line: usize,
    column: usize,
}

impl Place {
    /// The place of the byte offset `at` (clamped to the file and to the
    /// start of its character).
    fn of(json: &str, at: usize) -> Place {
        let mut at = at.min(json.len());
        while !json.is_char_boundary(at) {
            at -= 1;
        }
        let before = &json[..at];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Place {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// The byte offset of the place serde_json reports. Its column counts bytes
/// from 1, and is 0 when the character at fault is the line break that ends
/// the line before.
fn serde_offset(json: &str, error: &serde_json::Error) -> usize {
    let line_start = json
        .split_inclusive('\n')
        .take(error.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (line_start + error.column()).saturating_sub(1)
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A dataset followed by more than whitespace: two files joined, or a stray
/// character after the last brace.
fn trailing_content(json: &str, at: usize) -> DatasetError {
    DatasetError::new(
        "",
        format!(
            "the file goes on after the dataset ends, at {}: a dataset file holds one dataset \
             and nothing after it. Remove what follows the dataset's last closing brace; if two \
             datasets were joined, load them one at a time",
            Place::of(json, at)
        ),
    )
}

/// serde_json's error at `path`, in plain words.
pub(super) fn from_serde(json: &str, path: String, error: serde_json::Error) -> DatasetError {
    let text = error.to_string();
    // serde_json ends a message with its own place, which is said here in
    // characters instead.
    let problem = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(p, _)| p);
    let at = serde_offset(json, &error);
    let message = if json.trim().is_empty() {
        "the file is empty: it holds no dataset. Save or download it again".to_string()
    } else if problem == "trailing characters" {
        return trailing_content(json, at);
    } else if error.is_syntax() || error.is_eof() {
        syntax(problem, Place::of(json, at))
    } else {
        data(problem)
    };
    DatasetError::new(path, message)
}

/// A problem with the JSON itself, at `place`.
fn syntax(problem: &str, place: Place) -> String {
    if problem.starts_with("EOF while parsing") {
        return format!(
            "the file ends at {place}, before the dataset does: it was probably cut short while \
             it was saved or downloaded. Save or download it again"
        );
    }
    let (what, next) = match problem {
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            "has a line break or another control character inside a string",
            "JSON writes a line break inside quotes as \\n. A file written by hand is best \
             rebuilt with factline's tools, which write the text for you",
        ),
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => (
            "has a \\u escape that stands for half of a character (a lone surrogate)",
            "the program that wrote the file cut a character, such as an emoji, in two. Write \
             the character itself there, or export the file again",
        ),
        "expected value" if place == (Place { line: 1, column: 1 }) => (
            "does not start with JSON",
            "the address may lead to a web page or an error page instead of the dataset. Open \
             it in a browser to see what it is",
        ),
        "number out of range" => (
            "has a number too large for a computer to hold",
            "its exponent is beyond any number a figure could have. Correct the number",
        ),
        "trailing comma" => (
            "has a comma before a closing bracket or brace",
            "JSON allows none there. Remove the comma",
        ),
        _ => (
            "is not valid JSON",
            "a comma, quote, colon or bracket is missing or one too many there. A JSON checker \
             in a text editor shows the spot",
        ),
    };
    format!("the file {what} at {place}: {next}")
}

/// A value that is valid JSON but not what the dataset format says.
fn data(problem: &str) -> String {
    let quoted = |text: &str| text.replace('`', "\"");
    if let Some(field) = problem.strip_prefix("missing field ") {
        return format!("the field {} is missing here", quoted(field));
    }
    if let Some(field) = problem.strip_prefix("duplicate field ") {
        return format!("the field {} is given twice", quoted(field));
    }
    if let Some(rest) = problem.strip_prefix("unknown field ") {
        let (field, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "{} is not a field of the dataset format here (check its spelling; the fields are \
             {})",
            quoted(field),
            quoted(known.trim_start_matches("one of "))
        );
    }
    if let Some(rest) = problem.strip_prefix("unknown variant ") {
        let (value, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "{} is not a value the format knows here; it is one of {}",
            quoted(value),
            quoted(known.trim_start_matches("one of "))
        );
    }
    if let Some(rest) = problem
        .strip_prefix("invalid type: ")
        .or_else(|| problem.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another"));
        return format!(
            "this should be {}, not {}",
            expected_in_words(expected),
            quoted(found)
        );
    }
    problem.to_string()
}

/// serde's name for an expected type, as a person says it.
fn expected_in_words(expected: &str) -> &str {
    match expected {
        "u32" | "u64" | "usize" => "a whole number of at least 0",
        "f64" => "a number",
        "a sequence" => "a list in [brackets]",
        "a string" | "a borrowed string" => "text in quotes",
        other if other.starts_with("struct ") || other == "a map" => "an object in {braces}",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::Place;
    use crate::Dataset;

    #[test]
    fn places_count_lines_and_characters_from_one() {
        let json = "{\n  \"é\": x";
        assert_eq!(Place::of(json, 0).to_string(), "line 1, column 1");
        // The "x" is the 8th character of line 2, though the 9th byte.
        assert_eq!(
            Place::of(json, json.len() - 1).to_string(),
            "line 2, column 8"
        );
        // Inside a character, the place is the character's.
        assert_eq!(Place::of("é", 1).to_string(), "line 1, column 1");
    }

    /// Each broken file's message, from the reader that tracks paths, read
    /// as a person would: the words that must be there and none of serde's.
    #[test]
    fn broken_files_are_explained_in_plain_words() {
        let cases = [
            (
                "cut short",
                "{\"version\": 1, \"articles\": [",
                "ends at line 1, column 28, before the dataset does",
            ),
            (
                "line break inside a string",
                "{\"version\": 1, \"articles\": [{\"id\": \"a\", \"text\": \"one\ntwo\"}]}",
                "has a line break or another control character inside a string at line 1",
            ),
            (
                "lone surrogate",
                r#"{"version": 1, "articles": [{"id": "a", "text": "\ud83d"}]}"#,
                "stands for half of a character (a lone surrogate)",
            ),
            (
                "a web page",
                "<!doctype html><p>Not found</p>",
                "does not start with JSON at line 1, column 1",
            ),
            ("empty", " \n", "the file is empty"),
            (
                "a number out of range",
                r#"{"version": 1e999, "articles": []}"#,
                "has a number too large for a computer to hold at line 1",
            ),
            (
                "trailing comma",
                r#"{"version": 1, "articles": [],}"#,
                "has a comma before a closing bracket or brace",
            ),
            (
                "two datasets",
                "{\"version\": 1, \"articles\": []}\n{\"version\": 1, \"articles\": []}",
                "goes on after the dataset ends, at line 2, column 1",
            ),
            (
                "a missing field",
                r#"{"version": 1, "articles": [{"id": "a"}]}"#,
                "the field \"text\" is missing here",
            ),
            (
                "a misspelt field",
                r#"{"version": 1, "articles": [{"id": "a", "txt": "x"}]}"#,
                "\"txt\" is not a field of the dataset format here (check its spelling",
            ),
            (
                "a wrong type",
                r#"{"version": "1", "articles": []}"#,
                "this should be a whole number of at least 0, not string \"1\"",
            ),
            (
                "a day out of range",
                r#"{"version": 1, "articles": [{"id": "a", "text": "x", "published": "0000-01-01"}]}"#,
                "in the years 0001 to 9999",
            ),
        ];
        for (case, json, expected) in cases {
            let message = Dataset::from_json(json).unwrap_err().message().to_string();
            assert!(message.contains(expected), "{case}: {message}");
            for jargon in ["EOF", "hex escape", "expected value", "`", "u32"] {
                assert!(!message.contains(jargon), "{case}: {jargon} in {message}");
            }
        }
    }
}
