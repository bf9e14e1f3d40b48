//! The last stage: links statements, speakers, figures and times into the
//! dataset's form.

use crate::calendar::Day;
use crate::dataset::{Figure, Speaker, Statement, Time};

/// Everything the engine finds in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// The headline, when the text carries one in a feed footer.
    pub title: Option<String>,
    /// The outlet, when the text carries one in a feed footer.
    pub source: Option<String>,
    pub speakers: Vec<Speaker>,
    pub statements: Vec<Statement>,
    pub figures: Vec<Figure>,
    pub times: Vec<Time>,
}

/// Analyses a news text. `published` is the reference for relative dates.
pub fn analyze(text: &str, published: Option<Day>) -> Analysis {
    let _ = (text, published);
    Analysis::default()
}
