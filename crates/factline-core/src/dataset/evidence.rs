//! A statement's evidence as a dataset keeps it: which rule found the
//! statement, the cue's span, which rule linked its mention to the speaker
//! (through which earlier mention) and how sure that is. The engine writes it
//! (`record`); an editor reviews with it and the reader's card explains itself
//! with it. It is optional: a dataset written by hand or by an older engine
//! has none.

use serde::{Deserialize, Serialize};

use super::Mention;

/// Why the engine reads a statement as it does.
///
/// Rules go by name, not by a closed list, so that a page built before a rule
/// was added still reads the datasets of the engine that added it; the
/// engine's rules and what each recognises are in `crate::evidence`. What is
/// absent is not written: a page carries its bundled dataset in its first
/// load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The rule that found the statement: "quote-tag-after".
    pub rule: String,
    /// The cue's span: "said", "according to".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Mention>,
    /// The rule that led from the mention to the speaker: "pronoun"; `None`
    /// without a speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The earlier mention the speaker was found through, for a pronoun,
    /// role noun, alias or relative pronoun: "Brandon Johnson" for "he".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<Mention>,
    /// How sure the attribution is; `None` without a speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

/// Why the engine reads a figure or a time as it does: the rule that read
/// it and the words it was tied to. Like [`Evidence`], it is optional, and
/// an editor's correction of the figure or time drops it, since the reading
/// is then the editor's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingEvidence {
    /// The rule that read it: "percentage", "weekday".
    pub rule: String,
    /// The words it was tied to: a figure's period, the time nearest to it
    /// in its sentence ("last week"); for a time, the word that pointed it
    /// ahead of the publication date ("will" in "the council will meet
    /// Friday"), or the earlier time it was counted from ("the third
    /// quarter" for "a year earlier"). Every other time is counted from the
    /// publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tied_to: Option<Mention>,
}

/// How sure the engine is of an attribution, from the rules that made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// The speaker is named or described at the cue, next to the statement.
    Certain,
    /// Through an alias, a role noun, a relative pronoun, or a pronoun
    /// whose speaker is named in the same sentence.
    Likely,
    /// Through a pronoun across sentences, or a quotation guessed to
    /// continue the previous paragraph's speaker.
    Uncertain,
}

impl Confidence {
    /// The level's name, as the dataset writes it: "likely".
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Certain => "certain",
            Confidence::Likely => "likely",
            Confidence::Uncertain => "uncertain",
        }
    }
}
