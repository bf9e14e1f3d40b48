//! The dataset as a CSV file for spreadsheets: one row per statement, as
//! RFC 4180 writes it (CRLF line ends, a field quoted when it holds a comma,
//! a quote or a line break, its quotes doubled), after a header row.

use super::row::Row;
use super::{Dataset, Review, SpeakerKind, StatementKind};

/// Excel reads a CSV file as the system's legacy code page unless the file
/// starts with a byte-order mark; LibreOffice and Google Sheets skip it.
const BYTE_ORDER_MARK: &str = "\u{feff}";

const HEADER: [&str; 10] = [
    "date",
    "speaker",
    "role",
    "speaker_kind",
    "kind",
    "text",
    "figures",
    "reviewed",
    "article_title",
    "article_url",
];

impl Dataset {
    /// The dataset as CSV, a row per statement in the dataset's order,
    /// starting with a byte-order mark and a header row. Every field is
    /// guarded against being read as a spreadsheet formula.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from(BYTE_ORDER_MARK);
        push_record(&mut csv, &HEADER);
        for article in &self.articles {
            for row in Row::of(article) {
                let fields = fields(&row);
                push_record(&mut csv, &fields.each_ref().map(String::as_str));
            }
        }
        csv
    }
}

/// A row's fields in the order of [`HEADER`].
fn fields(row: &Row) -> [String; 10] {
    let speaker = row.speaker;
    let review = match row.statement.review {
        Some(Review::Accepted) => "accepted",
        Some(Review::Corrected) => "corrected",
        None => "",
    };
    [
        row.day.map(|day| day.to_string()).unwrap_or_default(),
        speaker.map(|s| s.name.clone()).unwrap_or_default(),
        speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
        speaker
            .map(|s| speaker_kind(s.kind))
            .unwrap_or_default()
            .into(),
        kind(row.statement.kind).into(),
        row.statement.text.clone(),
        row.figures.join("; "),
        review.into(),
        row.article.title.clone(),
        row.article.url.clone().unwrap_or_default(),
    ]
}

fn speaker_kind(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Group => "group",
        SpeakerKind::Anonymous => "anonymous",
        SpeakerKind::Organization => "organization",
    }
}

/// The statement's kind in the words a reader uses, not the format's.
fn kind(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Direct => "quote",
        StatementKind::Indirect => "reported",
        StatementKind::Narration => "narration",
    }
}

fn push_record(csv: &mut String, fields: &[&str]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        push_field(csv, field);
    }
    csv.push_str("\r\n");
}

/// Writes a field, guarded against formulas, and quoted when RFC 4180 asks.
fn push_field(csv: &mut String, field: &str) {
    let guard = if is_formula_like(field) { "'" } else { "" };
    if field.contains([',', '"', '\r', '\n']) {
        csv.push('"');
        csv.push_str(guard);
        csv.push_str(&field.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(guard);
        csv.push_str(field);
    }
}

/// Whether a spreadsheet might run the field as a formula: OWASP's
/// "CSV Injection" advice is to start such a field with a single quote,
/// which makes it text. A plain number such as "-3.5" is left alone: a
/// spreadsheet reads it as a number, which runs nothing, and the quote
/// would turn a figure into text that no longer sums or sorts.
fn is_formula_like(field: &str) -> bool {
    field.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(field)
}

/// A sign, digits, and a decimal point with digits after it or none.
fn is_plain_number(field: &str) -> bool {
    let unsigned = field.strip_prefix(['+', '-']).unwrap_or(field);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::super::row::examples::{dataset, statement};
    use super::super::{Article, DayRange, Review, Speaker, SpeakerKind, StatementKind, Time};
    use super::{Dataset, HEADER};

    const BOM: char = '\u{feff}';

    fn one_statement(text: &str) -> Dataset {
        dataset(vec![Article {
            id: "a".into(),
            title: "Harbour plan".into(),
            statements: vec![statement("s1", StatementKind::Narration, text)],
            ..Article::default()
        }])
    }

    /// The records of a CSV file as the `csv` crate reads them, after the
    /// byte-order mark, which must be there.
    fn read(csv: &str) -> Vec<Vec<String>> {
        let body = csv.strip_prefix(BOM).expect("a byte-order mark first");
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|record| {
                let record = record.expect("an RFC 4180 record");
                record.iter().map(String::from).collect()
            })
            .collect()
    }

    /// A statement's text, how the `csv` crate reads it back (empty when
    /// unchanged) and how the field is written.
    const TEXTS: [(&str, &str, &str, &str); 17] = [
        ("plain", "Rents rose", "Rents rose", "Rents rose"),
        (
            "a comma",
            "Rents rose, he said",
            "",
            "\"Rents rose, he said\"",
        ),
        (
            "quotes",
            r#"It is "a disgrace""#,
            "",
            r#""It is ""a disgrace""""#,
        ),
        (
            "a line feed",
            "One line\nanother",
            "",
            "\"One line\nanother\"",
        ),
        (
            "a CRLF",
            "One line\r\nanother",
            "",
            "\"One line\r\nanother\"",
        ),
        (
            "non-ASCII",
            "Übertrag 3 € – 東京",
            "",
            "Übertrag 3 € – 東京",
        ),
        ("an equals sign", "=1+2", "'=1+2", "'=1+2"),
        ("a plus", "+1 555 0100", "'+1 555 0100", "'+1 555 0100"),
        ("a minus", "-2+3", "'-2+3", "'-2+3"),
        ("an at sign", "@SUM(A1)", "'@SUM(A1)", "'@SUM(A1)"),
        ("a tab", "\tlater", "'\tlater", "'\tlater"),
        ("a CR", "\rlater", "'\rlater", "\"'\rlater\""),
        (
            "a formula with a comma",
            "=SUM(1,2)",
            "'=SUM(1,2)",
            "\"'=SUM(1,2)\"",
        ),
        ("a negative number", "-3.5", "-3.5", "-3.5"),
        ("a signed integer", "+12", "+12", "+12"),
        ("a bare minus", "-", "'-", "'-"),
        ("a minus and a point", "-3.", "'-3.", "'-3."),
    ];

    #[test]
    fn a_statement_text_round_trips_and_is_quoted_as_rfc_4180_asks() {
        for (name, text, read_back, written) in TEXTS {
            let read_back = if read_back.is_empty() {
                text
            } else {
                read_back
            };
            let csv = one_statement(text).to_csv();
            let rows = read(&csv);
            assert_eq!(rows.len(), 2, "{name}: a header and a row");
            assert_eq!(rows[0], HEADER, "{name}");
            assert_eq!(rows[1][5], read_back, "{name}");
            let line = format!(",,,,narration,{written},,,Harbour plan,\r\n");
            assert!(csv.ends_with(&line), "{name}: {csv:?}");
        }
    }

    #[test]
    fn every_line_ends_with_crlf_after_a_byte_order_mark_and_the_header() {
        let csv = one_statement("Rents rose").to_csv();
        assert_eq!(
            csv,
            format!(
                "{BOM}date,speaker,role,speaker_kind,kind,text,figures,reviewed,article_title,article_url\r\n\
                 ,,,,narration,Rents rose,,,Harbour plan,\r\n"
            )
        );
        assert_eq!(dataset(Vec::new()).to_csv().lines().count(), 1);
    }

    #[test]
    fn a_row_names_the_speaker_day_figures_and_review() {
        let day = |text: &str| text.parse().ok();
        let mut quote = statement("s1", StatementKind::Direct, "We need 40 berths");
        quote.speaker = Some("p1".into());
        quote.time = Some("t1".into());
        quote.figures = vec!["f2".into(), "f1".into()];
        quote.review = Some(Review::Corrected);
        let mut reported = statement("s2", StatementKind::Indirect, "the plan was late");
        reported.time = Some("t2".into());
        reported.review = Some(Review::Accepted);
        let figure = |id: &str, text: &str| super::super::Figure {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        };
        let time = |id: &str, resolved: Option<DayRange>| Time {
            id: id.into(),
            resolved,
            ..Default::default()
        };
        let article = Article {
            id: "a".into(),
            title: "Harbour, plan".into(),
            url: Some("https://news.example/harbour".into()),
            published: day("2024-03-04"),
            speakers: vec![Speaker {
                id: "p1".into(),
                name: "Ana Ruiz".into(),
                role: Some("harbour master".into()),
                kind: SpeakerKind::Person,
                aliases: Vec::new(),
                review: None,
            }],
            statements: vec![quote, reported],
            figures: vec![figure("f1", "40 berths"), figure("f2", "two years")],
            times: vec![
                time(
                    "t1",
                    day("2024-02-01")
                        .zip(day("2024-02-29"))
                        .map(|(start, end)| DayRange { start, end }),
                ),
                time("t2", None),
            ],
            ..Article::default()
        };
        let rows = read(&dataset(vec![article]).to_csv());
        let expected = [
            "2024-02-01,Ana Ruiz,harbour master,person,quote,We need 40 berths,two years; 40 berths,corrected,\"Harbour, plan\",https://news.example/harbour",
            "2024-03-04,,,,reported,the plan was late,,accepted,\"Harbour, plan\",https://news.example/harbour",
        ];
        for (row, line) in rows[1..].iter().zip(expected) {
            assert_eq!(row, &read(&format!("{BOM}{line}\r\n"))[0]);
        }
        assert_eq!(rows.len(), 3);
    }
}
