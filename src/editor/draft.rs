//! The editor's draft: the articles an editor brings in, what the engine
//! found in each, and the editor's corrections as a layer over it.
//!
//! The engine's output is kept as it came, and every human decision is a
//! [`Correction`] anchored to the article's words (`factline_core::
//! corrections`), so that undo is taking the last one back, and a newer
//! engine's reading of the same text keeps every decision. The draft is
//! what is saved in the browser after every change, so its shape is
//! versioned: a draft of an older shape is kept aside, never overwritten.

use factline_core::corrections::apply;
use factline_core::{
    Article, ArticleCorrections, Conflict, Correction, CorrectionsFile, Dataset, Day, Review,
};
use serde::{Deserialize, Serialize};

/// The shape of the draft this build saves and reads.
pub const DRAFT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    pub articles: Vec<DraftArticle>,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            version: DRAFT_VERSION,
            articles: Vec::new(),
        }
    }
}

/// One article: its details as the editor gave them, its text, the engine's
/// reading of the text and the editor's corrections to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftArticle {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    pub published: Option<Day>,
    pub text: String,
    /// The engine's reading of `text`, before any correction. It is not
    /// saved: the engine reads the text again when the draft is restored
    /// (`read` says it had), which keeps the saved draft about the size of
    /// the text, and lays the corrections over a newer engine's reading
    /// after an update, as `factline correct` does.
    #[serde(skip)]
    pub engine_reading: Option<Article>,
    /// Whether the engine had read `text`.
    #[serde(default)]
    pub read: bool,
    /// The article as a dataset gave it, when it came from one: its
    /// statements may be a person's, which no engine can read again, so it
    /// is saved.
    #[serde(default, with = "saved_article")]
    pub dataset_reading: Option<Article>,
    pub corrections: Vec<Correction>,
    /// Corrections taken back, most recent last, for redo.
    pub undone: Vec<Correction>,
}

impl DraftArticle {
    /// A new article with the next free id of the draft.
    pub fn new(draft: &Draft) -> DraftArticle {
        let id = (1..)
            .map(|n| format!("article-{n}"))
            .find(|id| draft.articles.iter().all(|article| &article.id != id))
            .unwrap_or_default();
        DraftArticle {
            id,
            title: String::new(),
            source: String::new(),
            url: None,
            published: None,
            text: String::new(),
            engine_reading: None,
            read: false,
            dataset_reading: None,
            corrections: Vec::new(),
            undone: Vec::new(),
        }
    }

    /// An article from a text file: its name without the extension is the
    /// title until the editor gives one.
    pub fn from_text(draft: &Draft, name: &str, text: String) -> DraftArticle {
        let title = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        DraftArticle {
            title: title.to_string(),
            text,
            ..DraftArticle::new(draft)
        }
    }

    /// An article read already, as a dataset gives it, with its own id
    /// unless the draft has another article of that id.
    pub fn from_article(draft: &Draft, article: Article) -> DraftArticle {
        let fresh = DraftArticle::new(draft);
        let taken = draft.articles.iter().any(|other| other.id == article.id);
        let id = if taken { fresh.id } else { article.id.clone() };
        DraftArticle {
            id,
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            published: article.published,
            text: article.text.clone(),
            dataset_reading: Some(article),
            ..fresh
        }
    }

    /// Whether the draft holds this article already: the same id and text.
    pub fn holds(draft: &Draft, article: &Article) -> bool {
        draft
            .articles
            .iter()
            .any(|other| other.id == article.id && other.text == article.text)
    }

    /// The reading the corrections lie over: the engine's, or the dataset's
    /// the article came from.
    pub fn reading(&self) -> Option<&Article> {
        self.engine_reading
            .as_ref()
            .or(self.dataset_reading.as_ref())
    }

    /// Whether the engine must read the text again: it had, but the reading
    /// is not kept in the saved draft.
    pub fn needs_reading(&self) -> bool {
        self.read && self.reading().is_none()
    }

    /// Takes the engine's reading of the text, which replaces a dataset's.
    pub fn set_engine_reading(&mut self, article: Article) {
        self.engine_reading = Some(article);
        self.dataset_reading = None;
        self.read = true;
    }

    /// The reading with the editor's corrections applied, and the
    /// corrections that no longer fit it. The article's details are the
    /// editor's, which may have changed since the engine read it.
    pub fn corrected(&self) -> Option<(Article, Vec<Conflict>)> {
        let (mut article, conflicts) = apply(self.reading()?, &self.corrections);
        article.id.clone_from(&self.id);
        article.title.clone_from(&self.title);
        article.source.clone_from(&self.source);
        article.url.clone_from(&self.url);
        article.published = self.published;
        Some((article, conflicts))
    }

    /// Records a correction; a new decision ends what redo could bring back.
    pub fn correct(&mut self, correction: Correction) {
        self.corrections.push(correction);
        self.undone.clear();
    }

    /// Drops a correction that no longer fits; it is not kept for redo,
    /// since the editor decided anew.
    pub fn discard(&mut self, index: usize) {
        if index < self.corrections.len() {
            self.corrections.remove(index);
        }
    }

    pub fn undo(&mut self) -> bool {
        let Some(correction) = self.corrections.pop() else {
            return false;
        };
        self.undone.push(correction);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(correction) = self.undone.pop() else {
            return false;
        };
        self.corrections.push(correction);
        true
    }
}

/// A dataset's article as the draft saves it: written as the dataset
/// writes it, and read back by the dataset's own reader, so that a saved
/// draft is checked like any dataset when it is read.
mod saved_article {
    use factline_core::{Article, Dataset};
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(article: &Option<Article>, to: S) -> Result<S::Ok, S::Error> {
        article.serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Option<Article>, D::Error> {
        let Some(value) = Option::<serde_json::Value>::deserialize(from)? else {
            return Ok(None);
        };
        let dataset = serde_json::json!({ "version": 1, "articles": [value] });
        Dataset::from_analysed_json(&dataset.to_string())
            .map_err(|error| D::Error::custom(error.message()))
            .map(|dataset| dataset.articles.into_iter().next())
    }
}

/// How far the review of an article has come: statements reviewed of all.
pub fn reviewed_count(article: &Article) -> (usize, usize) {
    let reviewed = article
        .statements
        .iter()
        .filter(|statement| statement.review.is_some())
        .count();
    (reviewed, article.statements.len())
}

/// The dataset the editor publishes: every extracted article with its
/// corrections applied. Articles not yet read by the engine are left out.
pub fn corrected_dataset(draft: &Draft) -> Dataset {
    Dataset {
        version: 1,
        articles: draft
            .articles
            .iter()
            .filter_map(|article| article.corrected().map(|(article, _)| article))
            .collect(),
    }
}

/// The editor's corrections alone, as `factline correct` reads them, to lay
/// over a newer engine's reading of the same articles.
pub fn corrections_file(draft: &Draft) -> CorrectionsFile {
    CorrectionsFile {
        version: 1,
        articles: draft
            .articles
            .iter()
            .filter(|article| article.reading().is_some())
            .map(|article| ArticleCorrections {
                id: article.id.clone(),
                corrections: article.corrections.clone(),
            })
            .collect(),
    }
}

/// Whether a statement was reviewed, in the words the editor sees.
pub fn review_label(review: Option<Review>) -> &'static str {
    match review {
        None => "Unreviewed",
        Some(Review::Accepted) => "Accepted",
        Some(Review::Corrected) => "Corrected",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factline_core::{Anchor, ArticleMeta};

    fn extracted(text: &str) -> DraftArticle {
        let mut article = DraftArticle::new(&Draft::default());
        article.text = text.to_string();
        article.published = "2024-03-01".parse().ok();
        let meta = ArticleMeta {
            id: article.id.clone(),
            published: article.published,
            ..ArticleMeta::default()
        };
        article.set_engine_reading(Article::extract(meta, text.to_string()));
        article
    }

    const TEXT: &str = "\"The bridge will reopen in May,\" said Mara Quill, the city engineer. \
                        The council approved 12 million dollars for repairs, officials said.";

    #[test]
    fn new_articles_take_the_next_free_id() {
        let mut draft = Draft::default();
        draft.articles.push(DraftArticle::new(&draft));
        draft.articles.push(DraftArticle::new(&draft));
        let ids: Vec<_> = draft.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["article-1", "article-2"]);
    }

    #[test]
    fn articles_from_files_and_datasets_keep_their_ids_unless_taken() {
        let mut draft = Draft::default();
        let read = extracted(TEXT).engine_reading.expect("extracted");
        let opened = DraftArticle::from_article(&draft, read.clone());
        assert_eq!(opened.id, read.id);
        assert_eq!(
            opened.corrected().map(|(article, _)| article),
            Some(read.clone())
        );
        draft.articles.push(opened);
        assert!(
            DraftArticle::holds(&draft, &read),
            "opening it again adds nothing"
        );

        let mut other = read.clone();
        other.text = format!("{} More.", read.text);
        assert!(!DraftArticle::holds(&draft, &other));
        assert_eq!(DraftArticle::from_article(&draft, other).id, "article-2");

        let from_file = DraftArticle::from_text(&draft, "council.meeting.txt", "Text.".into());
        let named = (from_file.id.as_str(), from_file.title.as_str());
        assert_eq!(named, ("article-2", "council.meeting"));
    }

    #[test]
    fn undo_and_redo_walk_the_corrections() {
        let mut article = extracted(TEXT);
        let (engine, _) = article.corrected().expect("extracted");
        let first = Anchor::of(&engine.statements[0]);
        article.correct(Correction::Accept { at: first.clone() });
        article.correct(Correction::Delete { at: first });
        let after_delete = article.corrected().expect("extracted").0;
        assert_eq!(after_delete.statements.len(), engine.statements.len() - 1);

        assert!(article.undo());
        let after_undo = article.corrected().expect("extracted").0;
        assert_eq!(after_undo.statements.len(), engine.statements.len());
        assert_eq!(after_undo.statements[0].review, Some(Review::Accepted));
        assert_eq!(reviewed_count(&after_undo), (1, engine.statements.len()));

        assert!(article.redo());
        assert_eq!(article.corrected().expect("extracted").0, after_delete);
        assert!(!article.redo(), "nothing left to redo");
    }

    #[test]
    fn a_new_correction_ends_redo() {
        let mut article = extracted(TEXT);
        let (engine, _) = article.corrected().expect("extracted");
        let first = Anchor::of(&engine.statements[0]);
        article.correct(Correction::Accept { at: first.clone() });
        assert!(article.undo());
        article.correct(Correction::Delete { at: first });
        assert!(!article.redo());
    }

    #[test]
    fn the_editors_details_override_the_engines() {
        let mut article = extracted(TEXT);
        article.title = "Bridge to reopen".to_string();
        let (corrected, _) = article.corrected().expect("extracted");
        assert_eq!(corrected.title, "Bridge to reopen");
        assert_eq!(corrected.published, article.published);
    }

    #[test]
    fn the_published_dataset_leaves_out_unread_articles_and_validates() {
        let mut draft = Draft::default();
        draft.articles.push(extracted(TEXT));
        draft.articles.push(DraftArticle::new(&draft));
        let dataset = corrected_dataset(&draft);
        assert_eq!(dataset.articles.len(), 1);
        let read = Dataset::from_analysed_json(&dataset.to_json()).expect("valid dataset");
        assert_eq!(read, dataset);
    }

    #[test]
    fn a_saved_draft_keeps_everything_but_the_engines_reading_which_is_read_again() {
        let mut draft = Draft::default();
        let mut article = extracted(TEXT);
        let (engine, _) = article.corrected().expect("extracted");
        article.correct(Correction::Accept {
            at: Anchor::of(&engine.statements[0]),
        });
        draft.articles.push(article.clone());
        let opened = DraftArticle::from_article(&draft, engine.clone());
        draft.articles.push(opened);

        let saved = serde_json::to_string(&draft).expect("serialisable");
        let mut restored: Draft = serde_json::from_str(&saved).expect("readable");
        let [read_again, opened] = &mut restored.articles[..] else {
            panic!("two articles");
        };
        assert!(read_again.needs_reading() && read_again.corrected().is_none());
        assert_eq!(
            opened.dataset_reading,
            Some(engine.clone()),
            "a dataset's article is saved"
        );
        assert!(!opened.needs_reading());
        read_again.set_engine_reading(article.engine_reading.clone().expect("read"));
        assert_eq!(read_again.corrected(), article.corrected());
        assert_eq!(restored.articles[..1], draft.articles[..1]);
    }
}
