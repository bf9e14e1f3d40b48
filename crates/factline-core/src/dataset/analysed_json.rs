//! A reader for analysed datasets that the page's wasm can afford.
//!
//! serde_json with the derived `Deserialize` impls cost the page's wasm 2.3 KB
//! gzipped more than this: serde stamps out its deserializer, with its error
//! messages, for every type and list. The first load has a budget, so the page
//! reads the one thing it reads, an analysed dataset, with this instead: one
//! loop reads every object, and each type only says which of its fields a key
//! fills. It reads an analysed article exactly as
//! [`Dataset::from_json`](super::Dataset::from_json) does with serde: unknown
//! and repeated fields are errors, `Option` fields may be absent or `null`, so
//! may an article's `title` and `source` (read as empty), and the lists that
//! serde defaults may be absent. It only says *that* a file is not an analysed
//! dataset; `from_json` says where. The tests hold it to `from_json`'s serde
//! reading of generated and mutated files.

use std::borrow::Cow;

use super::{
    decimal, Article, Confidence, DayRange, Evidence, Figure, Mention, PerDay, RateBasis,
    ReadingEvidence, Review, Speaker, SpeakerKind, Statement, StatementKind, Time,
};
use crate::calendar::Day;

/// The file is not JSON of the analysed dataset format.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct NotAnalysed;

type Read<T> = Result<T, NotAnalysed>;

/// Reads a whole file: one dataset and nothing after it but whitespace.
#[cfg(test)]
fn read_dataset(json: &str) -> Read<super::Dataset> {
    let mut file = Articles::new(json);
    let mut articles = Vec::new();
    while let Some(article) = file.next()? {
        articles.push(article);
    }
    let version = file.finish()?;
    Ok(super::Dataset { version, articles })
}

/// Where the reading of the dataset's own object has got to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Top {
    /// Before its opening brace.
    Start,
    /// Before a key.
    Key,
    /// Inside the list of articles, before an article.
    Article,
    /// After its closing brace.
    Done,
}

/// A dataset file read an article at a time, so that a program with one
/// thread can do other work between articles: a 50 MB file read at once held
/// the page's thread for most of a second. `version` and `articles` come in
/// either order, each once; content after the dataset is refused like any
/// other problem (saying where it starts, as
/// [`Dataset::from_json`](super::Dataset::from_json) does, would cost the
/// page's wasm the code that counts lines).
pub(super) struct Articles<'a> {
    reader: Reader<'a>,
    top: Top,
    /// The dataset's fields read so far, as bits: 1 version, 2 articles.
    present: u32,
    version: u32,
}

impl<'a> Articles<'a> {
    pub(super) fn new(json: &'a str) -> Articles<'a> {
        Articles {
            reader: Reader { json, at: 0 },
            top: Top::Start,
            present: 0,
            version: 0,
        }
    }

    /// How far into the file the reading is, in bytes.
    pub(super) fn position(&self) -> usize {
        self.reader.at
    }

    /// The next article, or `None` once the dataset's object is closed.
    pub(super) fn next(&mut self) -> Read<Option<Article>> {
        loop {
            match self.top {
                Top::Start => {
                    self.reader.expect(b'{')?;
                    self.top = if self.reader.take(b'}') {
                        Top::Done
                    } else {
                        Top::Key
                    };
                }
                Top::Key => self.field()?,
                Top::Article => {
                    let article = self.reader.article()?;
                    if !self.reader.take(b',') {
                        self.reader.expect(b']')?;
                        self.top = self.after_value()?;
                    }
                    return Ok(Some(article));
                }
                Top::Done => return Ok(None),
            }
        }
    }

    /// Reads a key of the dataset's object and the start of its value: the
    /// whole version, or the opening of the list of articles.
    fn field(&mut self) -> Read<()> {
        let bit = match &*self.reader.string_cow()? {
            "version" => 1,
            "articles" => 2,
            _ => return Err(NotAnalysed),
        };
        if self.present & bit != 0 {
            return Err(NotAnalysed);
        }
        self.present |= bit;
        self.reader.expect(b':')?;
        if bit == 1 {
            self.version = u32::try_from(self.reader.unsigned()?).map_err(|_| NotAnalysed)?;
            self.top = self.after_value()?;
        } else {
            self.reader.expect(b'[')?;
            self.top = if self.reader.take(b']') {
                self.after_value()?
            } else {
                Top::Article
            };
        }
        Ok(())
    }

    /// After a value of the dataset's object: another key, or its end.
    fn after_value(&mut self) -> Read<Top> {
        if self.reader.take(b',') {
            Ok(Top::Key)
        } else {
            self.reader.expect(b'}')?;
            Ok(Top::Done)
        }
    }

    /// The dataset's version, once every article has been read, both fields
    /// were there and nothing but whitespace follows.
    pub(super) fn finish(mut self) -> Read<u32> {
        if self.top != Top::Done {
            return Err(NotAnalysed);
        }
        require(self.present, 0b11)?;
        match self.reader.peek() {
            None => Ok(self.version),
            Some(_) => Err(NotAnalysed),
        }
    }
}

/// Checks that the fields in `required` (bits by field index) were present.
fn require(present: u32, required: u32) -> Read<()> {
    if present & required == required {
        Ok(())
    } else {
        Err(NotAnalysed)
    }
}

struct Reader<'a> {
    json: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    /// The next byte after whitespace, without taking it.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.json.as_bytes();
        while let Some(&byte) = bytes.get(self.at) {
            if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
                return Some(byte);
            }
            self.at += 1;
        }
        None
    }

    /// Takes `byte` if it comes next.
    fn take(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        if next {
            self.at += 1;
        }
        next
    }

    fn expect(&mut self, byte: u8) -> Read<()> {
        if self.take(byte) {
            Ok(())
        } else {
            Err(NotAnalysed)
        }
    }

    /// Reads an object whose keys are `names`, handing the index of each
    /// key's name to `field`, which reads the value; returns the fields
    /// present as bits by index. An unknown or repeated key is refused.
    fn fields(
        &mut self,
        names: &[&str],
        field: &mut dyn FnMut(&mut Self, usize) -> Read<()>,
    ) -> Read<u32> {
        self.expect(b'{')?;
        let mut present = 0u32;
        if self.take(b'}') {
            return Ok(present);
        }
        loop {
            let key = self.string_cow()?;
            let index = names
                .iter()
                .position(|name| *name == key)
                .ok_or(NotAnalysed)?;
            if present & (1 << index) != 0 {
                return Err(NotAnalysed);
            }
            present |= 1 << index;
            self.expect(b':')?;
            field(self, index)?;
            if !self.take(b',') {
                self.expect(b'}')?;
                return Ok(present);
            }
        }
    }

    fn array<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<Vec<T>> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        if self.take(b']') {
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            if !self.take(b',') {
                self.expect(b']')?;
                return Ok(items);
            }
        }
    }

    /// `null`, or what `value` reads.
    fn optional<T>(&mut self, value: impl FnOnce(&mut Self) -> Read<T>) -> Read<Option<T>> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            Ok(None)
        } else {
            value(self).map(Some)
        }
    }

    fn literal(&mut self, word: &str) -> Read<()> {
        if self
            .json
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(word))
        {
            self.at += word.len();
            Ok(())
        } else {
            Err(NotAnalysed)
        }
    }

    fn string(&mut self) -> Read<String> {
        self.string_cow().map(Cow::into_owned)
    }

    /// A string, borrowed from the file when it has no escapes.
    fn string_cow(&mut self) -> Read<Cow<'a, str>> {
        self.expect(b'"')?;
        let json = self.json;
        // The text so far, once an escape means it cannot be borrowed.
        let mut unescaped: Option<String> = None;
        loop {
            let run = self.at;
            let rest = &json.as_bytes()[run..];
            // Plain bytes run up to the closing quote, an escape, a raw
            // control character (which JSON forbids) or the end of the file;
            // all of those are ASCII, so a run is whole UTF-8 sequences.
            self.at += rest
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
                .unwrap_or(rest.len());
            let piece = json.get(run..self.at).unwrap_or("");
            match json.as_bytes().get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match unescaped {
                        None => Cow::Borrowed(piece),
                        Some(mut text) => {
                            text.push_str(piece);
                            Cow::Owned(text)
                        }
                    });
                }
                Some(b'\\') => {
                    self.at += 1;
                    let text = unescaped.get_or_insert_with(String::new);
                    text.push_str(piece);
                    text.push(self.escape()?);
                }
                _ => return Err(NotAnalysed),
            }
        }
    }

    /// The character an escape (after its backslash) stands for.
    fn escape(&mut self) -> Read<char> {
        let byte = *self.json.as_bytes().get(self.at).ok_or(NotAnalysed)?;
        self.at += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    0xD800..=0xDBFF => {
                        // A character beyond the Basic Multilingual Plane
                        // comes as a surrogate pair; a lone half is refused.
                        self.literal("\\u")?;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(NotAnalysed);
                        }
                        let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(code).ok_or(NotAnalysed)?
                    }
                    _ => char::from_u32(unit).ok_or(NotAnalysed)?,
                }
            }
            _ => return Err(NotAnalysed),
        })
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self.json.get(self.at..self.at + 4).ok_or(NotAnalysed)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(NotAnalysed);
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| NotAnalysed)
    }

    /// The text of a JSON number, checked against JSON's grammar.
    fn number_text(&mut self) -> Read<&'a str> {
        self.peek();
        let bytes = self.json.as_bytes();
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while bytes.get(reader.at).is_some_and(u8::is_ascii_digit) {
                reader.at += 1;
            }
            reader.at - from
        };
        if bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let whole = self.at;
        match digits(self) {
            0 => return Err(NotAnalysed),
            // No leading zeros: "0" alone, or "0.5", but never "05".
            n if n > 1 && bytes[whole] == b'0' => return Err(NotAnalysed),
            _ => {}
        }
        if bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(NotAnalysed);
            }
        }
        if matches!(bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(NotAnalysed);
            }
        }
        self.json.get(start..self.at).ok_or(NotAnalysed)
    }

    /// A non-negative whole number, written without sign, fraction or
    /// exponent, as serde requires of an integer field ("-0" included).
    fn unsigned(&mut self) -> Read<u64> {
        let text = self.number_text()?;
        if text.starts_with('-') {
            return Err(NotAnalysed);
        }
        text.parse().map_err(|_| NotAnalysed)
    }

    fn offset(&mut self) -> Read<usize> {
        usize::try_from(self.unsigned()?).map_err(|_| NotAnalysed)
    }

    fn float(&mut self) -> Read<f64> {
        let value = decimal::parse(self.number_text()?).ok_or(NotAnalysed)?;
        if value.is_finite() {
            Ok(value)
        } else {
            Err(NotAnalysed)
        }
    }

    fn day(&mut self) -> Read<Day> {
        self.string_cow()?.parse().map_err(|_| NotAnalysed)
    }

    fn optional_string(&mut self) -> Read<Option<String>> {
        self.optional(Self::string)
    }

    fn strings(&mut self) -> Read<Vec<String>> {
        self.array(Self::string)
    }

    fn article(&mut self) -> Read<Article> {
        let mut article = Article::default();
        let names = [
            "id",
            "text",
            "statements",
            "title",
            "source",
            "url",
            "published",
            "published_note",
            "speakers",
            "figures",
            "times",
        ];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => article.id = reader.string()?,
                1 => article.text = reader.string()?,
                2 => article.statements = reader.array(Self::statement)?,
                3 => article.title = reader.optional_string()?.unwrap_or_default(),
                4 => article.source = reader.optional_string()?.unwrap_or_default(),
                5 => article.url = reader.optional_string()?,
                6 => article.published = reader.optional(Self::day)?,
                7 => article.published_note = reader.optional_string()?,
                8 => article.speakers = reader.array(Self::speaker)?,
                9 => article.figures = reader.array(Self::figure)?,
                _ => article.times = reader.array(Self::time)?,
            }
            Ok(())
        })?;
        require(present, 0b111)?;
        Ok(article)
    }

    fn speaker(&mut self) -> Read<Speaker> {
        let mut speaker = Speaker {
            id: String::new(),
            name: String::new(),
            role: None,
            kind: SpeakerKind::Person,
            aliases: Vec::new(),
            review: None,
        };
        let names = ["id", "name", "kind", "role", "aliases", "review"];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => speaker.id = reader.string()?,
                1 => speaker.name = reader.string()?,
                2 => {
                    speaker.kind = match &*reader.string_cow()? {
                        "person" => SpeakerKind::Person,
                        "group" => SpeakerKind::Group,
                        "anonymous" => SpeakerKind::Anonymous,
                        "organization" => SpeakerKind::Organization,
                        _ => return Err(NotAnalysed),
                    }
                }
                3 => speaker.role = reader.optional_string()?,
                4 => speaker.aliases = reader.strings()?,
                _ => speaker.review = reader.optional(Self::review)?,
            }
            Ok(())
        })?;
        require(present, 0b111)?;
        Ok(speaker)
    }

    fn statement(&mut self) -> Read<Statement> {
        let mut statement = Statement::bare("", StatementKind::Direct, "");
        let names = [
            "id", "kind", "text", "start", "end", "speaker", "mention", "cue", "time", "figures",
            "evidence", "review",
        ];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => statement.id = reader.string()?,
                1 => {
                    statement.kind = match &*reader.string_cow()? {
                        "direct" => StatementKind::Direct,
                        "indirect" => StatementKind::Indirect,
                        "narration" => StatementKind::Narration,
                        _ => return Err(NotAnalysed),
                    }
                }
                2 => statement.text = reader.string()?,
                3 => statement.start = reader.offset()?,
                4 => statement.end = reader.offset()?,
                5 => statement.speaker = reader.optional_string()?,
                6 => statement.mention = reader.optional(Self::mention)?,
                7 => statement.cue = reader.optional_string()?,
                8 => statement.time = reader.optional_string()?,
                9 => statement.figures = reader.strings()?,
                10 => statement.evidence = reader.optional(Self::evidence)?,
                _ => statement.review = reader.optional(Self::review)?,
            }
            Ok(())
        })?;
        require(present, 0b11111)?;
        Ok(statement)
    }

    fn evidence(&mut self) -> Read<Evidence> {
        let mut evidence = Evidence::default();
        let names = ["rule", "cue", "link", "antecedent", "confidence"];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => evidence.rule = reader.string()?,
                1 => evidence.cue = reader.optional(Self::mention)?,
                2 => evidence.link = reader.optional_string()?,
                3 => evidence.antecedent = reader.optional(Self::mention)?,
                _ => evidence.confidence = reader.optional(Self::confidence)?,
            }
            Ok(())
        })?;
        require(present, 0b1)?;
        Ok(evidence)
    }

    fn reading_evidence(&mut self) -> Read<ReadingEvidence> {
        let mut evidence = ReadingEvidence::default();
        let present = self.fields(&["rule", "tied_to"], &mut |reader, field| {
            match field {
                0 => evidence.rule = reader.string()?,
                _ => evidence.tied_to = reader.optional(Self::mention)?,
            }
            Ok(())
        })?;
        require(present, 0b1)?;
        Ok(evidence)
    }

    fn per_day(&mut self) -> Read<PerDay> {
        let mut days = 0.0;
        let mut basis = RateBasis::Written;
        let present = self.fields(&["days", "basis"], &mut |reader, field| {
            match field {
                0 => days = reader.float()?,
                _ => basis = reader.rate_basis()?,
            }
            Ok(())
        })?;
        require(present, 0b11)?;
        Ok(PerDay { days, basis })
    }

    fn rate_basis(&mut self) -> Read<RateBasis> {
        match &*self.string_cow()? {
            "written" => Ok(RateBasis::Written),
            "duration" => Ok(RateBasis::Duration),
            "period" => Ok(RateBasis::Period),
            _ => Err(NotAnalysed),
        }
    }

    fn confidence(&mut self) -> Read<Confidence> {
        match &*self.string_cow()? {
            "certain" => Ok(Confidence::Certain),
            "likely" => Ok(Confidence::Likely),
            "uncertain" => Ok(Confidence::Uncertain),
            _ => Err(NotAnalysed),
        }
    }

    fn review(&mut self) -> Read<Review> {
        match &*self.string_cow()? {
            "accepted" => Ok(Review::Accepted),
            "corrected" => Ok(Review::Corrected),
            _ => Err(NotAnalysed),
        }
    }

    fn mention(&mut self) -> Read<Mention> {
        let mut mention = Mention::default();
        let present = self.fields(&["text", "start", "end"], &mut |reader, field| {
            match field {
                0 => mention.text = reader.string()?,
                1 => mention.start = reader.offset()?,
                _ => mention.end = reader.offset()?,
            }
            Ok(())
        })?;
        require(present, 0b111)?;
        Ok(mention)
    }

    fn figure(&mut self) -> Read<Figure> {
        let mut figure = Figure::default();
        let names = [
            "id",
            "text",
            "start",
            "end",
            "value",
            "unit",
            "qualifier",
            "period",
            "per_day",
            "evidence",
            "review",
        ];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => figure.id = reader.string()?,
                1 => figure.text = reader.string()?,
                2 => figure.start = reader.offset()?,
                3 => figure.end = reader.offset()?,
                4 => figure.value = reader.float()?,
                5 => figure.unit = reader.optional_string()?,
                6 => figure.qualifier = reader.optional_string()?,
                7 => figure.period = reader.optional_string()?,
                8 => figure.per_day = reader.optional(Self::per_day)?,
                9 => figure.evidence = reader.optional(Self::reading_evidence)?,
                _ => figure.review = reader.optional(Self::review)?,
            }
            Ok(())
        })?;
        require(present, 0b11111)?;
        Ok(figure)
    }

    fn time(&mut self) -> Read<Time> {
        let mut time = Time::default();
        let names = [
            "id", "text", "start", "end", "resolved", "evidence", "review",
        ];
        let present = self.fields(&names, &mut |reader, field| {
            match field {
                0 => time.id = reader.string()?,
                1 => time.text = reader.string()?,
                2 => time.start = reader.offset()?,
                3 => time.end = reader.offset()?,
                4 => time.resolved = reader.optional(Self::day_range)?,
                5 => time.evidence = reader.optional(Self::reading_evidence)?,
                _ => time.review = reader.optional(Self::review)?,
            }
            Ok(())
        })?;
        require(present, 0b1111)?;
        Ok(time)
    }

    fn day_range(&mut self) -> Read<DayRange> {
        let mut start = None;
        let mut end = None;
        let present = self.fields(&["start", "end"], &mut |reader, field| {
            let day = Some(reader.day()?);
            match field {
                0 => start = day,
                _ => end = day,
            }
            Ok(())
        })?;
        require(present, 0b11)?;
        Ok(DayRange {
            start: start.ok_or(NotAnalysed)?,
            end: end.ok_or(NotAnalysed)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;
    use serde_json::Value;

    use super::super::Dataset;
    use super::super::{DatasetInput, SourceArticle};
    use super::read_dataset;

    /// What `Dataset::from_json`'s serde reading makes of a file whose
    /// articles are all analysed, before its checks; the reader must agree.
    fn serde_reading(json: &str) -> Option<Dataset> {
        let input: DatasetInput = serde_json::from_str(json).ok()?;
        let articles = input
            .articles
            .into_iter()
            .map(|article| match article.into_unchecked() {
                SourceArticle::Analysed(article) => Some(article),
                SourceArticle::TextOnly(..) => None,
            })
            .collect::<Option<_>>()?;
        Some(Dataset {
            version: input.version,
            articles,
        })
    }

    fn agree(json: &str) -> bool {
        read_dataset(json).ok() == serde_reading(json)
    }

    /// A dataset with one article whose statement carries `statement_fields`
    /// after its required ones.
    fn with_statement(statement_fields: &str) -> String {
        format!(
            r#"{{"version":1,"articles":[{{"id":"a","title":"T","source":"S","text":"He said so.",
            "statements":[{{"id":"s1","kind":"indirect","text":"so","start":8,"end":10{statement_fields}}}]}}]}}"#
        )
    }

    fn with_figure_value(value: &str) -> String {
        format!(
            r#"{{"version":1,"articles":[{{"id":"a","title":"T","source":"S","text":"5 days",
            "statements":[],"figures":[{{"id":"f1","text":"5","start":0,"end":1,"value":{value}}}]}}]}}"#
        )
    }

    /// A dataset with one article whose speaker, figure and time carry
    /// `speaker`, `figure` and `time` after their other fields.
    fn with_marks(speaker: &str, figure: &str, time: &str) -> String {
        format!(
            r#"{{"version":1,"articles":[{{"id":"a","title":"T","source":"S","text":"5 days","statements":[],
            "speakers":[{{"id":"p1","name":"Ann","role":null,"kind":"person"{speaker}}}],
            "figures":[{{"id":"f1","text":"5","start":0,"end":1,"value":5,"unit":null,"qualifier":null,"period":"t1"{figure}}}],
            "times":[{{"id":"t1","text":"5 days","start":0,"end":6,"resolved":null{time}}}]}}]}}"#
        )
    }

    /// A table of files, each read as serde reads it or refused; long
    /// because every field of the format has its rows.
    #[test]
    fn reads_what_serde_reads_and_refuses_what_it_refuses() {
        let cases: &[(&str, String, bool)] = &[
            ("minimal dataset", r#"{"version":1,"articles":[]}"#.into(), true),
            ("whitespace everywhere", " {\t\"articles\" :\r\n[ ] , \"version\":1 }\n".into(), true),
            ("trailing garbage", r#"{"version":1,"articles":[]} x"#.into(), false),
            ("missing version", r#"{"articles":[]}"#.into(), false),
            ("unknown top-level field", r#"{"version":1,"articles":[],"extra":0}"#.into(), false),
            ("repeated field", r#"{"version":1,"version":1,"articles":[]}"#.into(), false),
            ("version as a string", r#"{"version":"1","articles":[]}"#.into(), false),
            ("version beyond u32", r#"{"version":4294967296,"articles":[]}"#.into(), false),
            ("trailing comma", r#"{"version":1,"articles":[],}"#.into(), false),
            ("no optional fields", with_statement(""), true),
            ("article without title and source", r#"{"version":1,"articles":[{"id":"a","text":"x","statements":[]}]}"#.into(), true),
            ("article with null title and source", r#"{"version":1,"articles":[{"id":"a","title":null,"source":null,"text":"x","statements":[]}]}"#.into(), true),
            ("null statements: an article to extract", r#"{"version":1,"articles":[{"id":"a","text":"x","statements":null}]}"#.into(), false),
            ("null optional fields", with_statement(r#","speaker":null,"mention":null,"cue":null,"time":null"#), true),
            ("every statement field", with_statement(r#","speaker":"p1","mention":{"text":"He","start":0,"end":2},"cue":"said","time":null,"figures":["f1"]"#), true),
            ("unknown statement field", with_statement(r#","speakr":"p1""#), false),
            ("evidence with every field", with_statement(r#","evidence":{"rule":"reported-source-before","cue":{"text":"said","start":3,"end":7},"link":"pronoun","antecedent":null,"confidence":"uncertain"}"#), true),
            ("evidence with only its rule", with_statement(r#","evidence":{"rule":"quote-tag-after"}"#), true),
            ("evidence of a rule this build does not know", with_statement(r#","evidence":{"rule":"a-rule-of-a-later-engine","link":"a-later-link"}"#), true),
            ("null evidence", with_statement(r#","evidence":null"#), true),
            ("evidence without its rule", with_statement(r#","evidence":{"confidence":"certain"}"#), false),
            ("unknown evidence field", with_statement(r#","evidence":{"rule":"quote-tag-after","why":"x"}"#), false),
            ("unknown confidence", with_statement(r#","evidence":{"rule":"quote-tag-after","confidence":"sure"}"#), false),
            ("accepted by an editor", with_statement(r#","review":"accepted""#), true),
            ("corrected by an editor", with_statement(r#","review":"corrected""#), true),
            ("null review", with_statement(r#","review":null"#), true),
            ("unknown review", with_statement(r#","review":"approved""#), false),
            ("review in capitals", with_statement(r#","review":"Accepted""#), false),
            ("no review on a speaker, figure or time", with_marks("", "", ""), true),
            ("a speaker accepted by an editor", with_marks(r#","review":"accepted""#, "", ""), true),
            ("a figure corrected by an editor", with_marks("", r#","review":"corrected""#, ""), true),
            ("a figure's rate as written", with_marks("", r#","per_day":{"days":1,"basis":"written"}"#, ""), true),
            ("a figure's rate over a duration", with_marks("", r#","per_day":{"days":5,"basis":"duration"}"#, ""), true),
            ("a figure's rate over a period", with_marks("", r#","per_day":{"days":30.0,"basis":"period"}"#, ""), true),
            ("a null rate", with_marks("", r#","per_day":null"#, ""), true),
            ("a rate without its basis", with_marks("", r#","per_day":{"days":5}"#, ""), false),
            ("a rate of an unknown basis", with_marks("", r#","per_day":{"days":5,"basis":"guess"}"#, ""), false),
            ("a rate with days as a string", with_marks("", r#","per_day":{"days":"5","basis":"written"}"#, ""), false),
            ("an unknown rate field", with_marks("", r#","per_day":{"days":5,"basis":"written","per":1}"#, ""), false),
            ("a time accepted by an editor", with_marks("", "", r#","review":"accepted""#), true),
            ("null reviews on a speaker, figure and time", with_marks(r#","review":null"#, r#","review":null"#, r#","review":null"#), true),
            ("unknown review on a speaker", with_marks(r#","review":"approved""#, "", ""), false),
            ("unknown review on a figure", with_marks("", r#","review":"approved""#, ""), false),
            ("unknown review on a time", with_marks("", "", r#","review":"Corrected""#), false),
            ("review repeated on a figure", with_marks("", r#","review":null,"review":"accepted""#, ""), false),
            ("a figure's evidence with its period's words", with_marks("", r#","evidence":{"rule":"counted-noun","tied_to":{"text":"5 days","start":0,"end":6}}"#, ""), true),
            ("a time's evidence with only its rule", with_marks("", "", r#","evidence":{"rule":"ago"}"#), true),
            ("a time's evidence with the word that points ahead, null", with_marks("", "", r#","evidence":{"rule":"weekday","tied_to":null}"#), true),
            ("a figure's evidence by a rule this build does not know", with_marks("", r#","evidence":{"rule":"a-rule-of-a-later-engine"}"#, ""), true),
            ("null evidence on a figure and a time", with_marks("", r#","evidence":null"#, r#","evidence":null"#), true),
            ("a figure's evidence without its rule", with_marks("", r#","evidence":{"tied_to":null}"#, ""), false),
            ("unknown field in a time's evidence", with_marks("", "", r#","evidence":{"rule":"ago","link":"x"}"#), false),
            ("a time's tied words that are not a span", with_marks("", "", r#","evidence":{"rule":"ago","tied_to":"days"}"#), false),
            ("null list", with_statement(r#","figures":null"#), false),
            ("unknown kind", r#"{"version":1,"articles":[{"id":"a","title":"T","source":"S","text":"x","statements":[{"id":"s","kind":"quote","text":"x","start":0,"end":1}]}]}"#.into(), false),
            ("offset with a fraction", with_statement(r#","mention":{"text":"He","start":0.0,"end":2}"#), false),
            ("offset with an exponent", with_statement(r#","mention":{"text":"He","start":0,"end":2e0}"#), false),
            ("negative offset", with_statement(r#","mention":{"text":"He","start":-1,"end":2}"#), false),
            ("negative zero offset", with_statement(r#","mention":{"text":"He","start":-0,"end":2}"#), false),
            ("offset with a leading zero", with_statement(r#","mention":{"text":"He","start":00,"end":2}"#), false),
            ("escapes", with_statement(r#","cue":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#), true),
            ("lone high surrogate", with_statement(r#","cue":"\ud83d""#), false),
            ("lone low surrogate", with_statement(r#","cue":"\ude00""#), false),
            ("unknown escape", with_statement(r#","cue":"\x41""#), false),
            ("raw control character", with_statement(",\"cue\":\"a\tb\""), false),
            ("escaped key", with_statement(r#","\u0063ue":"said""#), true),
            ("integer value", with_figure_value("5"), true),
            ("negative zero value", with_figure_value("-0"), true),
            ("decimal value", with_figure_value("6.25"), true),
            ("exponent value", with_figure_value("1.5E+3"), true),
            ("value of 17 digits and an exponent, which serde once rounded otherwise", with_figure_value("73575876580499574e-67"), true),
            ("value out of range", with_figure_value("1e400"), false),
            ("value with a bare point", with_figure_value("5."), false),
            ("value with a leading plus", with_figure_value("+5"), false),
            ("value as a string", with_figure_value(r#""5""#), false),
        ];
        for (case, json, accepted) in cases {
            assert_eq!(read_dataset(json).is_ok(), *accepted, "{case}: {json}");
            assert!(
                agree(json),
                "{case}: the reader and serde disagree on {json}"
            );
        }
    }

    /// The seed article as the engine analyses it: a file with every field.
    /// It is made once, since the engine is slow in a debug build.
    fn seed_json() -> &'static str {
        static JSON: OnceLock<String> = OnceLock::new();
        JSON.get_or_init(|| {
            let text = include_str!("../../tests/fixtures/seed/article.txt");
            let meta = crate::ArticleMeta {
                id: "seed".into(),
                published: "2023-12-28".parse().ok(),
                ..Default::default()
            };
            let article = crate::Article::extract(meta, text.to_string());
            Dataset {
                version: 1,
                articles: vec![article],
            }
            .to_compact_json()
        })
    }

    /// A file with an article to extract and an analysed one.
    const MIXED: &str = r#"{"version":1,"articles":[{"id":"a","text":"“We will,” she said on Monday."},
        {"id":"b","title":"T","source":"S","text":"She said hello.","statements":[
        {"id":"s1","kind":"indirect","text":"hello","start":9,"end":14}]}]}"#;

    #[test]
    fn reads_an_analysed_article_as_serde_does() {
        let json = seed_json();
        let dataset = read_dataset(json).expect("the seed reads");
        assert!(!dataset.articles[0].statements.is_empty());
        assert_eq!(Some(dataset), serde_reading(json));
    }

    /// Whether the file, read as plain JSON, has an article whose
    /// `statements` are absent or `null`: one that `from_json` extracts.
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

    /// The two readers' contract on one file, which the `readers` fuzz target
    /// checks at length: what `from_analysed_json` accepts, `from_json` reads
    /// the same; what `from_json` accepts, `from_analysed_json` accepts too
    /// unless an article is to be extracted, and reads back the same once
    /// written out; when both refuse and `from_analysed_json` can say why, it
    /// says what `from_json` says; and a leading byte-order mark changes
    /// neither answer.
    fn keeps_the_contract(json: &str) -> Result<(), TestCaseError> {
        let full = Dataset::from_json(json);
        let quick = Dataset::from_analysed_json(json);
        match (&full, &quick) {
            (_, Ok(dataset)) => prop_assert_eq!(full.as_ref(), Ok(dataset)),
            (Ok(_), Err(error)) => prop_assert!(
                error.is_not_analysed() && has_text_only_article(json),
                "from_json accepts what from_analysed_json refuses: {}",
                error
            ),
            (Err(full), Err(quick)) => {
                if !quick.is_not_analysed() {
                    prop_assert_eq!(full, quick);
                }
            }
        }
        if let Ok(dataset) = &full {
            let read_back = Dataset::from_analysed_json(&dataset.to_compact_json());
            prop_assert_eq!(read_back.as_ref(), Ok(dataset));
        }
        // A file that already starts with a mark would get a second one,
        // which both readers rightly refuse.
        if !json.starts_with('\u{feff}') {
            let marked = format!("\u{feff}{json}");
            prop_assert_eq!(Dataset::from_analysed_json(&marked), quick);
            prop_assert_eq!(Dataset::from_json(&marked), full);
        }
        Ok(())
    }

    /// What `from_analysed_json` makes of a file.
    #[derive(Debug, PartialEq)]
    enum Quick {
        Reads,
        /// Leaves the file to `from_json`.
        NotAnalysed,
        /// Refuses it with the error `from_json` gives.
        Explains,
    }

    /// Each kind of file the two readers must agree on, with what the quick
    /// reader makes of it. It is long because it is a table: one case a
    /// kind of file, each on the lines rustfmt gives it.
    #[test]
    fn both_readers_keep_one_contract() {
        use Quick::*;
        let analysed = with_statement("");
        let cases: &[(&str, String, Quick)] = &[
            (
                "an article to extract beside an analysed one",
                MIXED.into(),
                NotAnalysed,
            ),
            (
                "trailing content after an analysed dataset",
                format!("{analysed} x"),
                NotAnalysed,
            ),
            (
                "trailing content after a dataset to extract",
                format!("{MIXED}\n{MIXED}"),
                NotAnalysed,
            ),
            (
                "a leading byte-order mark",
                format!("\u{feff}{analysed}"),
                Reads,
            ),
            (
                "a misplaced byte-order mark",
                format!(" \u{feff}{analysed}"),
                NotAnalysed,
            ),
            (
                "a span off its text",
                analysed.replace(r#""end":10"#, r#""end":9"#),
                Explains,
            ),
            (
                "a version factline does not read",
                analysed.replace(r#""version":1"#, r#""version":2"#),
                Explains,
            ),
            (
                "an analysed article without title and source",
                analysed.replace(r#""title":"T","source":"S","#, ""),
                Reads,
            ),
            (
                "an article to extract given null statements",
                MIXED.replace(r#"Monday.""#, r#"Monday.","statements":null"#),
                NotAnalysed,
            ),
            (
                "a value of 17 digits and an exponent",
                with_figure_value("73575876580499574e-67"),
                Reads,
            ),
            (
                "a statement an editor corrected",
                with_statement(r#","review":"corrected""#),
                Reads,
            ),
            (
                "a review this build does not know",
                with_statement(r#","review":"approved""#),
                NotAnalysed,
            ),
            (
                "a speaker, figure and time an editor reviewed",
                with_marks(
                    r#","review":"accepted""#,
                    r#","review":"corrected""#,
                    r#","review":"accepted""#,
                ),
                Reads,
            ),
            (
                "a time's review this build does not know",
                with_marks("", "", r#","review":"approved""#),
                NotAnalysed,
            ),
        ];
        for (case, json, quick) in cases {
            let read = match Dataset::from_analysed_json(json) {
                Ok(_) => Reads,
                Err(error) if error.is_not_analysed() => NotAnalysed,
                Err(_) => Explains,
            };
            assert_eq!(&read, quick, "{case}: {json}");
            if let Err(failure) = keeps_the_contract(json) {
                panic!("{case}: {failure}\n{json}");
            }
        }
    }

    /// `count` edits of a file, each at some place: remove up to three bytes
    /// there and insert one of `pieces`.
    fn edits(
        pieces: Vec<&'static str>,
        count: std::ops::Range<usize>,
    ) -> impl Strategy<Value = Vec<(prop::sample::Index, usize, &'static str)>> {
        proptest::collection::vec(
            (
                any::<prop::sample::Index>(),
                0usize..4,
                prop::sample::select(pieces),
            ),
            count,
        )
    }

    fn damage(json: &str, edits: Vec<(prop::sample::Index, usize, &str)>) -> String {
        let mut json = json.to_string();
        for (at, remove, insert) in edits {
            let mut at = at.index(json.len() + 1);
            while !json.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + remove).min(json.len());
            while !json.is_char_boundary(end) {
                end += 1;
            }
            json.replace_range(at..end, insert);
        }
        json
    }

    /// Pieces that break JSON's grammar in the places it breaks.
    const JSON_PIECES: [&str; 17] = [
        "", "\"", ",", ":", "{", "}", "[", "]", "0", "-", "1e5", "null", "\\", "\\u", "x", " ",
        ".5",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        // Damaged files: the reader accepts exactly what serde accepts, and
        // reads it to the same values.
        #[test]
        fn agrees_with_serde_on_damaged_files(edits in edits(JSON_PIECES.to_vec(), 1..4)) {
            let json = damage(seed_json(), edits);
            prop_assert_eq!(read_dataset(&json).ok(), serde_reading(&json));
        }
    }

    /// An article's field as a file may give it: absent, `null`, or `value`.
    fn field(name: &'static str, value: &'static str) -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just(format!(r#","{name}":null"#)),
            Just(format!(r#","{name}":{value}"#)),
        ]
    }

    /// A small dataset file whose articles have or lack each optional field:
    /// some are analysed, some are to be extracted, and some are analysed
    /// with references their lists do not define.
    fn small_dataset() -> impl Strategy<Value = String> {
        let article = (
            field("title", r#""T""#),
            field("source", r#""S""#),
            field("published", r#""2023-12-28""#),
            field(
                "statements",
                r#"[{"id":"s1","kind":"indirect","text":"hello","start":9,"end":14,"figures":["f1"]}]"#,
            ),
            field(
                "figures",
                r#"[{"id":"f1","text":"hello","start":9,"end":14,"value":73575876580499574e-67,
                "unit":null,"qualifier":null,"period":null}]"#,
            ),
        )
            .prop_map(|fields| {
                let (title, source, published, statements, figures) = fields;
                format!(r#""text":"She said hello."{title}{source}{published}{statements}{figures}}}"#)
            });
        proptest::collection::vec(article, 1..3).prop_map(|articles| {
            let articles: Vec<String> = articles
                .iter()
                .enumerate()
                .map(|(index, rest)| format!(r#"{{"id":"a{index}",{rest}"#))
                .collect();
            format!(r#"{{"version":1,"articles":[{}]}}"#, articles.join(","))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        // Small files with and without each optional field, and the seed,
        // damaged or not: the two readers keep their contract. Besides
        // breaking the grammar, the edits add byte-order marks, long numbers
        // and a second dataset.
        #[test]
        fn both_readers_keep_one_contract_on_damaged_files(
            file in prop_oneof![small_dataset(), Just(seed_json().to_string())],
            edits in edits(
                [
                    &JSON_PIECES[..],
                    &["\u{feff}", "73575876580499574e-67", r#"{"version":1,"articles":[]}"#],
                ]
                .concat(),
                0..3,
            ),
        ) {
            keeps_the_contract(&damage(&file, edits))?;
        }
    }
}
