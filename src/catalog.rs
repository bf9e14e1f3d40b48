//! A dataset indexed for the views: every statement in time order, the
//! speakers merged across articles, and what search looks through.
//!
//! The catalog is built once when a dataset loads; filtering and search then
//! only read it.

use std::cell::OnceCell;
use std::collections::HashMap;

use factline_core::{Article, Dataset, Day, SpeakerKind, Statement, StatementKind};

use crate::dates::{statement_date, StatementDate};
use crate::order;

/// One statement on the timeline, by its place in the dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub article: usize,
    pub statement: usize,
    pub date: StatementDate,
    /// The first day the statement can be dated to, if any.
    pub day: Option<Day>,
    /// The merged speaker, as an index into [`Catalog::speakers`].
    pub speaker: Option<usize>,
    /// The second half of a quotation its tag interrupts, as the statement
    /// index, which the catalog has joined to this entry's statement.
    pub continuation: Option<usize>,
}

/// One speaker as the reader sees them: the same person or organisation
/// named in several articles is one speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// A stable key for links: the name's slug for people and organisations,
    /// `ARTICLE/SPEAKER` ids for anonymous and group sources.
    pub key: String,
    pub name: String,
    pub role: Option<String>,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    /// How many statements are attributed to them.
    pub statements: usize,
    /// A source the text names only by a description the engine could not
    /// tie to anyone ("a city engineer"): the description is the name.
    pub unnamed: bool,
}

pub struct Catalog {
    pub dataset: Dataset,
    /// Every statement, earliest first.
    pub entries: Vec<Entry>,
    /// Merged speakers, the most quoted first.
    pub speakers: Vec<Speaker>,
    /// The earliest and the latest day any statement is dated to.
    pub days: Option<(Day, Day)>,
    /// How many statements there are of each kind, in [`StatementKind`] order.
    kind_counts: [usize; 3],
    /// For each article and each of its speakers, the merged speaker's index.
    speaker_index: Vec<Vec<usize>>,
    /// For each article and each of its statements, the entry's index.
    entry_index: Vec<Vec<usize>>,
    /// For each entry, the folded text that search looks through; built on
    /// the first search rather than on load, so the timeline paints sooner.
    haystacks: OnceCell<Vec<String>>,
}

/// A catalog built an article at a time, so that a large dataset is indexed
/// in steps between which the page stays responsive (100,000 statements took
/// a quarter of a second at once). [`CatalogBuilder::finish`] does what needs
/// every article: the time order and the speakers' order.
#[derive(Default)]
pub struct CatalogBuilder {
    articles: Vec<Article>,
    speakers: Vec<Speaker>,
    /// Merged speakers by their key (see [`CatalogBuilder::merge_speaker`]).
    by_key: HashMap<String, usize>,
    speaker_index: Vec<Vec<usize>>,
    entries: Vec<Entry>,
}

impl CatalogBuilder {
    /// Adds an article: merges its speakers with those before it and makes
    /// an entry of each statement.
    pub fn add(&mut self, mut article: Article) {
        let article_index = self.articles.len();
        let joined = join_quote_halves(&mut article.statements);
        let speaker_index: Vec<usize> = article
            .speakers
            .iter()
            .map(|speaker| self.merge_speaker(&article.id, speaker))
            .collect();
        for (statement_index, statement) in article.statements.iter().enumerate() {
            let date = statement_date(&article, statement);
            let speaker = match (&statement.speaker, &statement.mention) {
                (Some(id), _) => article
                    .speakers
                    .iter()
                    .position(|speaker| &speaker.id == id)
                    .map(|position| speaker_index[position]),
                (None, Some(mention)) => self.unnamed_source(&article.id, &mention.text),
                (None, None) => None,
            };
            if joined[statement_index] {
                if let Some(last) = self.entries.last_mut() {
                    last.continuation = Some(statement_index);
                }
                continue;
            }
            self.entries.push(Entry {
                article: article_index,
                statement: statement_index,
                day: date.first_day(),
                date,
                speaker,
                continuation: None,
            });
        }
        self.speaker_index.push(speaker_index);
        self.articles.push(article);
    }

    /// The merged speaker that `speaker` of article `article_id` is: people
    /// and organisations with the same name are one speaker across articles.
    /// Anonymous and group sources never merge: "one official" in two
    /// articles is rarely the same person.
    fn merge_speaker(&mut self, article_id: &str, speaker: &factline_core::Speaker) -> usize {
        let mergeable = matches!(
            speaker.kind,
            SpeakerKind::Person | SpeakerKind::Organization
        );
        let name_slug = slug(&speaker.name);
        let key = if mergeable && !name_slug.is_empty() {
            name_slug
        } else {
            format!("{}/{}", article_id, speaker.id)
        };
        if let Some(&existing) = self.by_key.get(&key) {
            let merged = &mut self.speakers[existing];
            if merged.role.is_none() {
                merged.role = speaker.role.clone();
            }
            for alias in &speaker.aliases {
                if !merged.aliases.contains(alias) {
                    merged.aliases.push(alias.clone());
                }
            }
            return existing;
        }
        self.by_key.insert(key.clone(), self.speakers.len());
        self.speakers.push(Speaker {
            key,
            name: speaker.name.clone(),
            role: speaker.role.clone(),
            kind: speaker.kind,
            aliases: speaker.aliases.clone(),
            statements: 0,
            unnamed: false,
        });
        self.speakers.len() - 1
    }

    /// The source a statement names only by `description`, when the
    /// engine could not tie it to a speaker: one per description in an
    /// article, never merged across articles, like anonymous sources. A
    /// pronoun ("he") describes no one and is none.
    fn unnamed_source(&mut self, article_id: &str, description: &str) -> Option<usize> {
        let description = description.trim();
        let pronoun = PRONOUNS
            .iter()
            .any(|pronoun| pronoun.eq_ignore_ascii_case(description));
        let description_slug = slug(description);
        if pronoun || description_slug.is_empty() {
            return None;
        }
        let key = format!("{article_id}/unnamed-{description_slug}");
        if let Some(&existing) = self.by_key.get(&key) {
            return Some(existing);
        }
        self.by_key.insert(key.clone(), self.speakers.len());
        self.speakers.push(Speaker {
            key,
            name: description.to_string(),
            role: None,
            kind: SpeakerKind::Anonymous,
            aliases: Vec::new(),
            statements: 0,
            unnamed: true,
        });
        Some(self.speakers.len() - 1)
    }

    /// The catalog of every article added.
    pub fn finish(self) -> Catalog {
        let CatalogBuilder {
            articles,
            mut speakers,
            speaker_index,
            mut entries,
            ..
        } = self;
        // A stable sort keeps text order within a day; undated statements come last.
        order::sort_by_key(&mut entries, |entry| (entry.day.is_none(), entry.day));
        for entry in &entries {
            if let Some(speaker) = entry.speaker {
                speakers[speaker].statements += 1;
            }
        }
        let mut entry_index: Vec<Vec<usize>> = articles
            .iter()
            .map(|article| vec![0; article.statements.len()])
            .collect();
        for (index, entry) in entries.iter().enumerate() {
            for statement in [Some(entry.statement), entry.continuation]
                .into_iter()
                .flatten()
            {
                entry_index[entry.article][statement] = index;
            }
        }
        let days = entries.iter().filter_map(|entry| entry.day).fold(
            None,
            |range: Option<(Day, Day)>, day| match range {
                None => Some((day, day)),
                Some((first, last)) => Some((first.min(day), last.max(day))),
            },
        );
        let mut kind_counts = [0; 3];
        for entry in &entries {
            kind_counts[kind_slot(articles[entry.article].statements[entry.statement].kind)] += 1;
        }
        let mut catalog = Catalog {
            dataset: Dataset {
                version: factline_core::dataset::VERSION,
                articles,
            },
            entries,
            speakers,
            days,
            kind_counts,
            speaker_index,
            entry_index,
            haystacks: OnceCell::new(),
        };
        catalog.order_speakers();
        catalog
    }
}

impl Catalog {
    /// The catalog of a whole dataset at once, for the build-time page and
    /// the tests; the page itself builds in steps ([`CatalogBuilder`]).
    #[cfg(any(test, feature = "prerender"))]
    pub fn new(dataset: Dataset) -> Catalog {
        let mut builder = CatalogBuilder::default();
        for article in dataset.articles {
            builder.add(article);
        }
        builder.finish()
    }

    /// Puts the most quoted speakers first, keeping every index that points
    /// at them right.
    fn order_speakers(&mut self) {
        // Names are folded once, not at every comparison.
        let names: Vec<String> = self
            .speakers
            .iter()
            .map(|speaker| fold(&speaker.name))
            .collect();
        let order = order::positions_by(self.speakers.len(), &|a, b| {
            let statements = |index: usize| self.speakers[index].statements;
            statements(b)
                .cmp(&statements(a))
                .then_with(|| names[a].cmp(&names[b]))
        });
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        self.speakers = order
            .iter()
            .map(|&old| self.speakers[old].clone())
            .collect();
        for entry in &mut self.entries {
            entry.speaker = entry.speaker.map(|old| new_index[old]);
        }
        for article in &mut self.speaker_index {
            for speaker in article.iter_mut() {
                *speaker = new_index[*speaker];
            }
        }
    }

    /// How many statements are of this kind.
    pub fn kind_count(&self, kind: StatementKind) -> usize {
        self.kind_counts[kind_slot(kind)]
    }

    /// The merged speaker of an article's speaker.
    pub fn speaker_of(&self, article: usize, speaker_id: &str) -> Option<usize> {
        let position = self
            .dataset
            .articles
            .get(article)?
            .speakers
            .iter()
            .position(|speaker| speaker.id == speaker_id)?;
        Some(self.speaker_index[article][position])
    }

    /// Finds a speaker by its key, or by a speaker id as a dataset writes it
    /// (the first article that has it wins), so that `?speaker=p2` links work.
    pub fn find_speaker(&self, key: &str) -> Option<usize> {
        self.speakers
            .iter()
            .position(|speaker| speaker.key == key)
            .or_else(|| {
                self.dataset
                    .articles
                    .iter()
                    .enumerate()
                    .find_map(|(article, _)| self.speaker_of(article, key))
            })
    }

    /// The entry of a statement, as its entry index.
    pub fn entry_of(&self, article: usize, statement: usize) -> Option<usize> {
        self.entry_index.get(article)?.get(statement).copied()
    }

    /// Finds a statement by `ARTICLE/STATEMENT` ids, or by a statement id
    /// alone (the first article that has it wins).
    pub fn find_statement(&self, reference: &str) -> Option<usize> {
        let articles = &self.dataset.articles;
        let (article, statement_id) = match reference.split_once('/') {
            Some((article_id, statement_id)) => (
                articles
                    .iter()
                    .position(|article| article.id == article_id)?,
                statement_id,
            ),
            None => (
                articles.iter().position(|article| {
                    article
                        .statements
                        .iter()
                        .any(|statement| statement.id == reference)
                })?,
                reference,
            ),
        };
        let statement = articles[article]
            .statements
            .iter()
            .position(|statement| statement.id == statement_id)?;
        self.entry_of(article, statement)
    }

    /// The `ARTICLE/STATEMENT` reference of an entry, as links write it.
    pub fn statement_ref(&self, entry: usize) -> String {
        let entry = &self.entries[entry];
        let article = &self.dataset.articles[entry.article];
        format!("{}/{}", article.id, article.statements[entry.statement].id)
    }

    /// Whether an entry's text, speaker or figures contain `needle`, which
    /// must already be folded with [`fold`].
    pub fn entry_contains(&self, entry: usize, needle: &str) -> bool {
        let haystacks = self.haystacks.get_or_init(|| {
            (0..self.entries.len())
                .map(|entry| self.haystack(entry))
                .collect()
        });
        crate::clip::contains(&haystacks[entry], needle)
    }

    /// What search looks through for an entry: its words, its speaker's
    /// name, aliases and role, how the text names them, and its figures.
    fn haystack(&self, entry: usize) -> String {
        let entry = &self.entries[entry];
        let article = &self.dataset.articles[entry.article];
        let statement = &article.statements[entry.statement];
        let mut parts: Vec<&str> = vec![&statement.text];
        if let Some(speaker) = entry.speaker.map(|index| &self.speakers[index]) {
            parts.push(&speaker.name);
            parts.extend(speaker.aliases.iter().map(String::as_str));
            parts.extend(speaker.role.as_deref());
        }
        parts.extend(
            statement
                .mention
                .as_ref()
                .map(|mention| mention.text.as_str()),
        );
        parts.extend(
            statement
                .figures
                .iter()
                .filter_map(|id| article.figures.iter().find(|figure| &figure.id == id))
                .map(|figure| figure.text.as_str()),
        );
        let mut folded = String::with_capacity(parts.iter().map(|part| part.len() + 1).sum());
        for part in parts {
            fold_into(&mut folded, part);
            // Parts are kept apart so a search never matches across two.
            folded.push('\n');
        }
        folded
    }
}

/// Joins the second half of each quotation its tag interrupts (the engine's
/// rule `quote-second-half`, by the same speaker as the statement before it)
/// to the first: its words and its figures, so that one card shows the
/// quotation as the text says it, reviewed only when both halves are. Their
/// spans stay as they are, for the source text. Returns, for each
/// statement, whether it was joined to the one before.
fn join_quote_halves(statements: &mut [Statement]) -> Vec<bool> {
    let mut joined = vec![false; statements.len()];
    for second in 1..statements.len() {
        let (before, after) = statements.split_at_mut(second);
        let (first, half) = (&mut before[second - 1], &after[0]);
        let second_half = half
            .evidence
            .as_ref()
            .is_some_and(|evidence| evidence.rule == "quote-second-half");
        if second_half && first.speaker == half.speaker && !joined[second - 1] {
            // The tag between them is left out, as an ellipsis says.
            first.text.push_str(" … ");
            first.text.push_str(&half.text);
            first.figures.extend(half.figures.iter().cloned());
            // A quotation is checked when both its halves are.
            if half.review.is_none() {
                first.review = None;
            }
            joined[second] = true;
        }
    }
    joined
}

fn kind_slot(kind: StatementKind) -> usize {
    match kind {
        StatementKind::Direct => 0,
        StatementKind::Indirect => 1,
        StatementKind::Narration => 2,
    }
}

/// Words that name a speaker only by pointing back to someone, so that a
/// source the engine could not resolve through one has no description.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who", "this",
];

/// Lower-cases text and straightens typographic apostrophes and quotes, so
/// that a search typed on any keyboard finds "we’re".
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded
}

fn fold_into(folded: &mut String, text: &str) {
    if text.is_ascii() {
        folded.extend(
            text.bytes()
                .map(|byte| char::from(byte.to_ascii_lowercase())),
        );
        return;
    }
    let straightened: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect();
    folded.push_str(&lowercase(&straightened));
}

/// Lower case beyond ASCII. In the browser this borrows JavaScript's
/// `toLowerCase`, which knows all of Unicode, instead of carrying the standard
/// library's case tables in the page's wasm (8 KB gzipped, measured).
#[cfg(target_arch = "wasm32")]
fn lowercase(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

#[cfg(not(target_arch = "wasm32"))]
fn lowercase(text: &str) -> String {
    text.to_lowercase()
}

/// A name as a link key: lower case, "the" dropped, words joined by hyphens.
fn slug(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words.join("-")
}

#[cfg(test)]
pub(crate) mod tests {
    use factline_core::{
        Article, Dataset, DayRange, Mention, Speaker, SpeakerKind, Statement, StatementKind, Time,
    };

    use super::{fold, Catalog};

    pub fn statement(id: &str, text: &str, speaker: Option<&str>, time: Option<&str>) -> Statement {
        Statement {
            id: id.to_string(),
            kind: StatementKind::Direct,
            text: text.to_string(),
            start: 0,
            end: 0,
            speaker: speaker.map(str::to_string),
            mention: None,
            cue: None,
            time: time.map(str::to_string),
            figures: Vec::new(),
            evidence: None,
            review: None,
        }
    }

    pub fn speaker(id: &str, name: &str, kind: SpeakerKind) -> Speaker {
        Speaker {
            id: id.to_string(),
            name: name.to_string(),
            role: None,
            kind,
            aliases: Vec::new(),
            review: None,
        }
    }

    pub fn article(id: &str, published: Option<&str>) -> Article {
        Article {
            id: id.to_string(),
            published: published.map(|day| day.parse().unwrap()),
            ..Article::default()
        }
    }

    pub fn time(id: &str, text: &str, start: &str, end: &str) -> Time {
        Time {
            id: id.to_string(),
            text: text.to_string(),
            start: 0,
            end: 0,
            resolved: Some(DayRange {
                start: start.parse().unwrap(),
                end: end.parse().unwrap(),
            }),
            ..Time::default()
        }
    }

    /// Two articles that both quote Brandon Johnson and each quote "one official".
    pub fn two_articles() -> Dataset {
        let mut late = article("late", Some("2023-12-28"));
        late.speakers = vec![
            speaker("p1", "Brandon Johnson", SpeakerKind::Person),
            speaker("p2", "One official", SpeakerKind::Anonymous),
        ];
        late.times = vec![time("t1", "on December 27", "2023-12-27", "2023-12-27")];
        late.statements = vec![
            statement("s1", "We are out of room.", Some("p1"), None),
            statement("s2", "We’re working together.", Some("p2"), Some("t1")),
        ];
        let mut early = article("early", Some("2023-12-26"));
        early.speakers = vec![
            speaker("p1", "One official", SpeakerKind::Anonymous),
            speaker("p2", "Brandon Johnson", SpeakerKind::Person),
        ];
        early.speakers[1].aliases = vec!["Johnson".to_string()];
        early.statements = vec![
            statement("s1", "Buses keep coming.", Some("p2"), None),
            statement("s2", "Talks went well.", Some("p1"), None),
        ];
        let undated = Article {
            statements: vec![statement("s1", "No date here.", None, None)],
            ..article("undated", None)
        };
        Dataset {
            version: 1,
            articles: vec![undated, late, early],
        }
    }

    /// The engine gives a quotation its tag interrupts as two statements;
    /// the reader's timeline holds one entry for both, which links to
    /// either half find, and which search finds by the second half's words.
    #[test]
    fn the_halves_of_a_quotation_its_tag_interrupts_are_one_entry() {
        let meta = factline_core::ArticleMeta {
            id: "harbor".to_string(),
            published: Some("2026-11-20".parse().unwrap()),
            ..Default::default()
        };
        let text = "Harbor plan\n\n“We will rebuild the pier,” the mayor, Jane Roe, said. \
                    “The 40 homes come first.”\n\nTom Bell said the pier can wait."
            .to_string();
        let article = Article::extract(meta, text);
        let rules: Vec<&str> = article
            .statements
            .iter()
            .map(|s| s.evidence.as_ref().map_or("", |e| e.rule.as_str()))
            .collect();
        assert_eq!(
            rules,
            [
                "quote-tag-after",
                "quote-second-half",
                "reported-source-before"
            ]
        );
        let catalog = Catalog::new(Dataset {
            version: 1,
            articles: vec![article],
        });
        assert_eq!(catalog.entries.len(), 2);
        let joined = catalog.find_statement("harbor/s1").unwrap();
        assert_eq!(catalog.find_statement("harbor/s2"), Some(joined));
        let first = &catalog.dataset.articles[0].statements[0];
        assert_eq!(
            first.text,
            "We will rebuild the pier, … The 40 homes come first."
        );
        assert_eq!(first.figures, ["f1"]);
        assert!(catalog.entry_contains(joined, &fold("homes come first")));
        // The speaker's count is of cards, as the Speakers view lists them.
        assert_eq!(catalog.speakers[0].statements, 1);
    }

    #[test]
    fn fold_lowers_every_script_and_straightens_quotes() {
        assert_eq!(fold("Ángela MÜLLER’S “Plan”"), "ángela müller's \"plan\"");
        assert_eq!(fold("ΣΟΦΊΑ"), "σοφία");
        assert_eq!(fold("Plain ASCII"), "plain ascii");
    }

    #[test]
    fn statements_are_dated_by_their_time_then_their_article() {
        let catalog = Catalog::new(two_articles());
        let order: Vec<String> = (0..catalog.entries.len())
            .map(|entry| catalog.statement_ref(entry))
            .collect();
        assert_eq!(
            order,
            ["early/s1", "early/s2", "late/s2", "late/s1", "undated/s1"]
        );
    }

    #[test]
    fn the_same_person_across_articles_is_one_speaker_but_anonymous_sources_are_not() {
        let catalog = Catalog::new(two_articles());
        let names: Vec<(&str, usize)> = catalog
            .speakers
            .iter()
            .map(|speaker| (speaker.name.as_str(), speaker.statements))
            .collect();
        assert_eq!(
            names,
            [
                ("Brandon Johnson", 2),
                ("One official", 1),
                ("One official", 1)
            ]
        );
        let johnson = &catalog.speakers[0];
        assert_eq!(johnson.key, "brandon-johnson");
        assert_eq!(johnson.aliases, ["Johnson"]);
        assert_eq!(catalog.find_speaker("brandon-johnson"), Some(0));
        // A dataset's own speaker id finds the merged speaker too.
        assert_eq!(catalog.find_speaker("p1"), Some(0));
        assert_eq!(
            catalog.speaker_of(2, "p2"),
            catalog.speaker_of(1, "p1"),
            "both articles' Johnson"
        );
        assert_ne!(catalog.speaker_of(2, "p1"), catalog.speaker_of(1, "p2"));
    }

    #[test]
    fn a_source_named_only_by_a_description_is_an_unnamed_source_of_its_article() {
        let mention = |text: &str| {
            Some(Mention {
                text: text.to_string(),
                start: 0,
                end: 0,
            })
        };
        let mut harbor = article("harbor", Some("2024-03-20"));
        harbor.statements = (1..=4)
            .map(|n| statement(&format!("s{n}"), "Ferries run.", None, None))
            .collect();
        harbor.statements[0].mention = mention("the port authority");
        harbor.statements[1].mention = mention("The port authority");
        harbor.statements[2].mention = mention("he");
        let mut pier = article("pier", Some("2024-03-21"));
        pier.statements = vec![statement("s1", "Piers close.", None, None)];
        pier.statements[0].mention = mention("the port authority");
        let catalog = Catalog::new(Dataset {
            version: 1,
            articles: vec![harbor, pier],
        });
        let sources: Vec<(&str, &str, usize, bool)> = catalog
            .speakers
            .iter()
            .map(|s| (s.key.as_str(), s.name.as_str(), s.statements, s.unnamed))
            .collect();
        assert_eq!(
            sources,
            [
                (
                    "harbor/unnamed-port-authority",
                    "the port authority",
                    2,
                    true
                ),
                ("pier/unnamed-port-authority", "the port authority", 1, true),
            ],
            "one per description in an article; a pronoun and no mention are none"
        );
        let speakers: Vec<Option<usize>> = catalog.entries.iter().map(|e| e.speaker).collect();
        assert_eq!(speakers, [Some(0), Some(0), None, None, Some(1)]);
    }

    #[test]
    fn statements_are_found_by_reference() {
        let catalog = Catalog::new(two_articles());
        let entry = catalog.find_statement("late/s2").unwrap();
        assert_eq!(catalog.statement_ref(entry), "late/s2");
        assert_eq!(
            catalog.find_statement("s2"),
            catalog.find_statement("late/s2")
        );
        assert_eq!(catalog.find_statement("late/s9"), None);
        assert_eq!(catalog.find_statement("nowhere/s1"), None);
    }

    #[test]
    fn search_sees_speakers_and_straightened_apostrophes() {
        let catalog = Catalog::new(two_articles());
        let entry = catalog.find_statement("late/s2").unwrap();
        assert!(catalog.entry_contains(entry, &fold("we're")));
        assert!(catalog.entry_contains(entry, &fold("ONE OFFICIAL")));
        let johnson = catalog.find_statement("early/s1").unwrap();
        assert!(catalog.entry_contains(johnson, "johnson"));
    }
}
