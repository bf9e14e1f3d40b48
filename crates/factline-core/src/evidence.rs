//! The evidence of each statement: the rule that found it, the words that
//! make it speech, how its speaker was linked to the text and how sure that
//! is. `record` builds it beside each statement from what `speech` and
//! `speakers` decided; `factline extract --explain` prints it, so that an
//! engineer or editor can ask which rule made a statement, and why.

use crate::dataset::Mention;

/// Why the engine reads a statement as it does: the rule that found it, the
/// words that made it speech, and how its speaker was linked to the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub rule: StatementRule,
    /// The cue's span: "said", "according to".
    pub cue: Option<Mention>,
    /// How the mention leads to the speaker; `None` without a speaker.
    pub link: Option<LinkRule>,
    /// The earlier mention the speaker was found through, for a pronoun,
    /// role noun, alias or relative pronoun: "Brandon Johnson" for "he".
    pub antecedent: Option<Mention>,
    /// How sure the attribution is; `None` without a speaker.
    pub confidence: Option<Confidence>,
}

/// The rule that found a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StatementRule {
    /// A quotation with its tag after it: `"We will rebuild," the mayor said.`
    QuoteTagAfter,
    /// A quotation with its tag before it: `The mayor said: "We will rebuild."`
    QuoteTagBefore,
    /// A quotation that fills the paragraph after one attributed to a
    /// speaker, who goes on speaking: `"The money is there."`
    QuoteContinuesParagraph,
    /// Speech reported without quotation marks: `The mayor said the money is there.`
    ReportedSpeech,
    /// A sentence outside any statement that states figures: `Rents rose 4% in May.`
    FiguresInNarration,
}

/// How a statement's speaker was linked to the words that name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkRule {
    /// The mention names the speaker in full: "Brandon Johnson", "the Labor Department".
    Name,
    /// The mention describes a source the text does not name: "a senior
    /// official", "residents of the area".
    Description,
    /// A shorter form of a name met before: "Johnson" after "Brandon Johnson".
    Alias,
    /// A role noun for someone named before: "the mayor", "the official", "the agency".
    RoleNoun,
    /// A pronoun for someone who spoke or was named before: "he", "they", "it".
    Pronoun,
    /// A relative pronoun, through the phrase it stands for: "an architect who said".
    RelativePronoun,
    /// A quotation that continues the previous paragraph's speaker.
    Continuation,
}

/// How sure the engine is of an attribution, from the rules that made it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

impl StatementRule {
    /// The rule's name: "quote-tag-after".
    pub fn name(self) -> &'static str {
        match self {
            StatementRule::QuoteTagAfter => "quote-tag-after",
            StatementRule::QuoteTagBefore => "quote-tag-before",
            StatementRule::QuoteContinuesParagraph => "quote-continues-paragraph",
            StatementRule::ReportedSpeech => "reported-speech",
            StatementRule::FiguresInNarration => "figures-in-narration",
        }
    }

    /// What the rule recognises, in plain words for an editor.
    pub fn explanation(self) -> &'static str {
        match self {
            StatementRule::QuoteTagAfter => {
                "a quotation with the speaker and a word of saying after it"
            }
            StatementRule::QuoteTagBefore => {
                "a quotation with the speaker and a word of saying before it"
            }
            StatementRule::QuoteContinuesParagraph => {
                "a quotation filling the paragraph after one attributed to a speaker"
            }
            StatementRule::ReportedSpeech => "speech reported without quotation marks",
            StatementRule::FiguresInNarration => {
                "a sentence outside any statement that states figures"
            }
        }
    }
}

impl LinkRule {
    /// The rule's name: "role-noun".
    pub fn name(self) -> &'static str {
        match self {
            LinkRule::Name => "name",
            LinkRule::Description => "description",
            LinkRule::Alias => "alias",
            LinkRule::RoleNoun => "role-noun",
            LinkRule::Pronoun => "pronoun",
            LinkRule::RelativePronoun => "relative-pronoun",
            LinkRule::Continuation => "continuation",
        }
    }

    /// How the rule links a mention to its speaker, in plain words.
    pub fn explanation(self) -> &'static str {
        match self {
            LinkRule::Name => "the mention names the speaker",
            LinkRule::Description => "the mention describes a source the text does not name",
            LinkRule::Alias => "a shorter form of a name used earlier",
            LinkRule::RoleNoun => "a role noun for someone named earlier",
            LinkRule::Pronoun => "a pronoun for someone named earlier",
            LinkRule::RelativePronoun => "a relative pronoun, through the phrase it stands for",
            LinkRule::Continuation => "the previous paragraph's speaker, taken to go on speaking",
        }
    }
}

impl Confidence {
    /// The level's name: "likely".
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Certain => "certain",
            Confidence::Likely => "likely",
            Confidence::Uncertain => "uncertain",
        }
    }
}
