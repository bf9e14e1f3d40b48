//! The editor's one reducer: the draft, which article and statement the
//! editor is on, and what the page tells them.

use std::rc::Rc;

use factline_core::{Anchor, Article, Correction, Day};
use yew::Reducible;

use super::draft::{Draft, DraftArticle};
use super::queue::review_queue;

/// An article's details the editor types in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Source,
    Url,
    Published,
    Text,
}

/// What a key (or its button) asks of the statement in focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    NextUnreviewed,
    Accept,
    Delete,
    Undo,
    Redo,
}

pub enum EditorAction {
    /// The draft saved in this browser, at start or from another tab.
    Restored {
        draft: Draft,
        notice: Option<String>,
    },
    NewArticle,
    /// An article's text from a file.
    AddText {
        name: String,
        text: String,
    },
    /// Articles read already, from a dataset (named by `from`).
    AddArticles {
        from: String,
        articles: Vec<Article>,
    },
    Select(usize),
    Edit(Field, String),
    /// The engine's worker has started reading the article of this id.
    Reading(String),
    /// The editor stops waiting for the reading under way.
    StopReading,
    Extracted {
        id: String,
        result: Result<Article, String>,
    },
    Correct(Correction),
    /// Drops the correction at this place in the article's list, one that
    /// no longer fits and that the editor has decided anew.
    Discard(usize),
    Focus(usize),
    Command(Command),
    Notice(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditorState {
    pub draft: Draft,
    /// The article on screen, an index into the draft's articles.
    pub current: usize,
    /// The statement in focus, an index into the corrected article's.
    pub focus: usize,
    /// The article the engine's worker is reading, by id.
    pub reading: Option<String>,
    /// What the page says in its status line.
    pub notice: Option<String>,
}

impl EditorState {
    pub fn article(&self) -> Option<&DraftArticle> {
        self.draft.articles.get(self.current)
    }

    fn article_mut(&mut self) -> Option<&mut DraftArticle> {
        self.draft.articles.get_mut(self.current)
    }

    fn corrected(&self) -> Option<Article> {
        self.article()?.corrected().map(|(article, _)| article)
    }

    fn edit(&mut self, field: Field, value: String) {
        let Some(article) = self.article_mut() else {
            return;
        };
        match field {
            Field::Title => article.title = value,
            Field::Source => article.source = value,
            Field::Url => article.url = Some(value).filter(|url| !url.trim().is_empty()),
            Field::Published => article.published = value.parse::<Day>().ok(),
            Field::Text => article.text = value,
        }
    }

    fn add(&mut self, article: DraftArticle) {
        self.draft.articles.push(article);
        self.current = self.draft.articles.len() - 1;
        self.focus = 0;
    }

    /// Adds a dataset's articles, except those the draft holds already (a
    /// dataset opened twice), and says how many came.
    fn add_articles(&mut self, from: &str, articles: Vec<Article>) {
        let total = articles.len();
        let mut added = 0;
        for article in articles {
            if !DraftArticle::holds(&self.draft, &article) {
                let article = DraftArticle::from_article(&self.draft, article);
                self.add(article);
                added += 1;
            }
        }
        self.notice = Some(match (added, total) {
            (0, 0) => format!("{from} has no articles."),
            (0, _) => format!("Every article of {from} is in the draft already."),
            (added, total) => {
                format!("{added} of the {total} articles of {from} are in the draft.")
            }
        });
    }

    /// Takes a reading the editor still waits for: one they stopped is
    /// dropped, and so is one of a text they changed meanwhile.
    fn extracted(&mut self, id: &str, result: Result<Article, String>) {
        if self.reading.as_deref() != Some(id) {
            return;
        }
        self.reading = None;
        let Some(article) = self.draft.articles.iter_mut().find(|a| a.id == id) else {
            return;
        };
        if result.as_ref().is_ok_and(|read| read.text != article.text) {
            self.notice = Some("The text changed while the engine read it: read it again.".into());
            return;
        }
        match result {
            Ok(extracted) => {
                let found = extracted.statements.len();
                article.set_engine_reading(extracted);
                self.focus = 0;
                self.notice = Some(format!("The engine found {found} statements."));
            }
            Err(problem) => {
                // Not read, so that the draft does not ask again in a loop.
                article.read = false;
                self.notice = Some(problem);
            }
        }
    }

    /// Acts on the statement in focus: a decision moves the focus on to
    /// the next statement to review, riskiest first.
    fn command(&mut self, command: Command) {
        let Some(article) = self.corrected() else {
            return;
        };
        let anchor = article.statements.get(self.focus).map(Anchor::of);
        let last = article.statements.len().saturating_sub(1);
        match command {
            Command::Next => self.focus = (self.focus + 1).min(last),
            Command::Previous => self.focus = self.focus.saturating_sub(1),
            Command::NextUnreviewed => self.focus_next_unreviewed(),
            Command::Accept => {
                if let Some(at) = anchor {
                    self.correct(Correction::Accept { at });
                    self.focus_next_unreviewed();
                }
            }
            Command::Delete => {
                if let Some(at) = anchor {
                    self.correct(Correction::Delete { at });
                    self.notice = Some("Statement deleted. Undo brings it back.".to_string());
                }
            }
            Command::Undo => self.undo_or_redo(DraftArticle::undo, "Undone.", "Nothing to undo."),
            Command::Redo => self.undo_or_redo(DraftArticle::redo, "Redone.", "Nothing to redo."),
        }
    }

    /// Records a correction; one that gives a statement new words moves the
    /// focus to that statement, wherever it now stands.
    fn correct(&mut self, correction: Correction) {
        let moved = match &correction {
            Correction::Add { at, .. } | Correction::SetSpan { to: at, .. } => Some(at.clone()),
            _ => None,
        };
        if let Some(article) = self.article_mut() {
            article.correct(correction);
        }
        let index = moved.and_then(|at| {
            let article = self.corrected()?;
            article
                .statements
                .iter()
                .position(|s| s.start == at.start && s.text == at.text)
        });
        if let Some(index) = index {
            self.focus = index;
        }
        self.clamp_focus();
    }

    fn undo_or_redo(&mut self, step: fn(&mut DraftArticle) -> bool, done: &str, nothing: &str) {
        let stepped = self.article_mut().is_some_and(step);
        self.notice = Some(if stepped { done } else { nothing }.to_string());
        self.clamp_focus();
    }

    fn focus_next_unreviewed(&mut self) {
        if let Some(article) = self.corrected() {
            match review_queue(&article).first() {
                Some(&next) => self.focus = next,
                None => self.notice = Some("Every statement is reviewed.".to_string()),
            }
        }
    }

    fn clamp_focus(&mut self) {
        let count = self
            .corrected()
            .map_or(0, |article| article.statements.len());
        self.focus = self.focus.min(count.saturating_sub(1));
    }
}

/// Keeps the engine's readings this tab has of the articles a restored
/// draft holds with the same text: the saved draft has none, and reading
/// them again would only take time.
fn keep_readings(restored: &mut Draft, current: &Draft) {
    for article in &mut restored.articles {
        let reading = current
            .articles
            .iter()
            .find(|held| held.id == article.id && held.text == article.text && held.read)
            .and_then(|held| held.engine_reading.clone());
        if let (Some(reading), true) = (reading, article.read) {
            article.engine_reading = Some(reading);
        }
    }
}

impl Reducible for EditorState {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut state = (*self).clone();
        match action {
            EditorAction::Restored { mut draft, notice } => {
                keep_readings(&mut draft, &state.draft);
                state.draft = draft;
                state.current = state
                    .current
                    .min(state.draft.articles.len().saturating_sub(1));
                state.notice = notice;
                state.clamp_focus();
            }
            EditorAction::NewArticle => {
                let article = DraftArticle::new(&state.draft);
                state.add(article);
            }
            EditorAction::AddText { name, text } => {
                let article = DraftArticle::from_text(&state.draft, &name, text);
                state.add(article);
                state.notice = Some(format!(
                    "{name} is in; give its date and find its statements."
                ));
            }
            EditorAction::AddArticles { from, articles } => state.add_articles(&from, articles),
            EditorAction::Select(index) if index < state.draft.articles.len() => {
                state.current = index;
                state.focus = 0;
            }
            EditorAction::Select(_) => {}
            EditorAction::Edit(field, value) => state.edit(field, value),
            EditorAction::Reading(id) => {
                state.reading = Some(id);
                state.notice = Some("Reading the article…".to_string());
            }
            EditorAction::StopReading => {
                if let Some(id) = state.reading.take() {
                    // An article whose reading was stopped is not read again
                    // by itself when the draft is restored.
                    if let Some(article) = state.draft.articles.iter_mut().find(|a| a.id == id) {
                        article.read = article.reading().is_some();
                    }
                }
                state.notice = Some("Stopped. Read the text again when it is ready.".to_string());
            }
            EditorAction::Extracted { id, result } => state.extracted(&id, result),
            EditorAction::Correct(correction) => state.correct(correction),
            EditorAction::Discard(index) => {
                if let Some(article) = state.article_mut() {
                    article.discard(index);
                }
                state.clamp_focus();
            }
            EditorAction::Focus(index) => state.focus = index,
            EditorAction::Command(command) => state.command(command),
            EditorAction::Notice(notice) => state.notice = Some(notice),
        }
        Rc::new(state)
    }
}
