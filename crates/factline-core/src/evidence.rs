//! The engine's named rules: those that find a statement, those that link
//! its mention to a speaker, and those that refuse a word of saying as a
//! cue. `record` writes the names of the rules that made each statement into
//! its evidence (`dataset::Evidence`); `factline extract --explain` prints
//! them with what they recognise, so that an engineer or editor can ask which
//! rule made a statement, and why.

use crate::dataset::Mention;

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
    /// Speech reported after "according to": `According to the mayor, the money is there.`
    ReportedAccordingTo,
    /// Speech reported after "according to" a document, by whoever issued
    /// it: `Rents rose, according to a report by the Urban Institute.`
    ReportedAccordingToDocument,
    /// Speech reported by the subject before its cue: `The mayor said the money is there.`
    ReportedSourceBefore,
    /// Speech reported with its source after the cue: `The money is there, said the mayor.`
    ReportedSourceAfter,
    /// Speech reported through a relative pronoun: `an engineer who said the bridge was safe`.
    ReportedThroughRelativePronoun,
    /// Speech reported by a second verb of the clause's subject: `The mayor
    /// left and said the money is there.`
    ReportedByJoinedVerb,
    /// Speech reported as quoted: `The mayor was quoted as saying the money is there.`
    ReportedQuotedAsSaying,
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

/// A word of saying that made no statement, and why: the rule that refused
/// it as a cue, or `None` when it was a usable cue but no source or clause
/// was found for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordOfSayingLeft {
    pub cue: Mention,
    pub refusal: Option<CueRefusal>,
}

/// A rule that refuses a word of saying as a cue where it stands: the word
/// is there, but it does not report speech. Each names what it recognises,
/// with a made-up example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueRefusal {
    /// "point" without "out": "the point is", "they pointed to the river".
    PointWithoutOut,
    /// One of a list of doings: "they began shouting, pointing, jeering".
    ListOfDoings,
    /// "continue", "maintain" or "counter" meaning to go on or keep, with
    /// no clause and no quote before: "the talks continued".
    GoingOnWithoutSpeech,
    /// "states" as a noun, without "that" and a clause or a colon: "states that vote early".
    StatesWithoutClause,
    /// A particle or preposition makes another verb: "shouted down",
    /// "added to the confusion", "responds to violence".
    AnotherVerb,
    /// "add" with a figure as its object, meaning to increase: "employers added 150,000 jobs".
    AddsAFigure,
    /// A word as often a noun as a verb, in its base form: "a report", "the tweet".
    NounForm,
    /// Its plural noun after a modifier or before a participle: "recent
    /// comments", "tweets mocking the mayor".
    PluralNoun,
    /// Right before another verb or an object's preposition: "news reports said",
    /// "claims of fraud".
    BeforeVerbOrObject,
    /// A claim of a thing or a share: "claimed a victory", "claiming 41 percent".
    ClaimOfAThing,
    /// The writer's aside or a doing: "it is worth noting that", "taxpayers reporting gains".
    WritersAside,
    /// After a possessive: "the mayor's statement".
    AfterPossessive,
    /// Capitalised, opening a headline or label: "Says Who", "Report: …".
    HeadlineOrLabel,
    /// A participle modifying a noun: "a creative writing professor said".
    ModifierOfANoun,
    /// After a determiner, a noun: "the state", "a report".
    AfterDeterminer,
    /// Passive, naming who was addressed: "was asked", "were told".
    Passive,
    /// Negated, refused or not done within its sentence: "did not say",
    /// "declined to comment", "will announce".
    NegatedOrNotDone,
}

impl CueRefusal {
    /// The rule's name: "after-determiner".
    pub fn name(self) -> &'static str {
        match self {
            CueRefusal::PointWithoutOut => "point-without-out",
            CueRefusal::ListOfDoings => "list-of-doings",
            CueRefusal::GoingOnWithoutSpeech => "going-on-without-speech",
            CueRefusal::StatesWithoutClause => "states-without-clause",
            CueRefusal::AnotherVerb => "another-verb",
            CueRefusal::AddsAFigure => "adds-a-figure",
            CueRefusal::NounForm => "noun-form",
            CueRefusal::PluralNoun => "plural-noun",
            CueRefusal::BeforeVerbOrObject => "before-verb-or-object",
            CueRefusal::ClaimOfAThing => "claim-of-a-thing",
            CueRefusal::WritersAside => "writers-aside",
            CueRefusal::AfterPossessive => "after-possessive",
            CueRefusal::HeadlineOrLabel => "headline-or-label",
            CueRefusal::ModifierOfANoun => "modifier-of-a-noun",
            CueRefusal::AfterDeterminer => "after-determiner",
            CueRefusal::Passive => "passive",
            CueRefusal::NegatedOrNotDone => "negated-or-not-done",
        }
    }
}

impl StatementRule {
    /// Every rule that finds a statement.
    pub const ALL: [StatementRule; 11] = [
        StatementRule::QuoteTagAfter,
        StatementRule::QuoteTagBefore,
        StatementRule::QuoteContinuesParagraph,
        StatementRule::ReportedAccordingTo,
        StatementRule::ReportedAccordingToDocument,
        StatementRule::ReportedSourceBefore,
        StatementRule::ReportedSourceAfter,
        StatementRule::ReportedThroughRelativePronoun,
        StatementRule::ReportedByJoinedVerb,
        StatementRule::ReportedQuotedAsSaying,
        StatementRule::FiguresInNarration,
    ];

    /// The rule a dataset names, if this engine has it.
    pub fn from_name(name: &str) -> Option<StatementRule> {
        StatementRule::ALL
            .into_iter()
            .find(|rule| rule.name() == name)
    }

    /// The rule's name: "quote-tag-after".
    pub fn name(self) -> &'static str {
        match self {
            StatementRule::QuoteTagAfter => "quote-tag-after",
            StatementRule::QuoteTagBefore => "quote-tag-before",
            StatementRule::QuoteContinuesParagraph => "quote-continues-paragraph",
            StatementRule::ReportedAccordingTo => "reported-according-to",
            StatementRule::ReportedAccordingToDocument => "reported-according-to-document",
            StatementRule::ReportedSourceBefore => "reported-source-before",
            StatementRule::ReportedSourceAfter => "reported-source-after",
            StatementRule::ReportedThroughRelativePronoun => "reported-through-relative-pronoun",
            StatementRule::ReportedByJoinedVerb => "reported-by-joined-verb",
            StatementRule::ReportedQuotedAsSaying => "reported-quoted-as-saying",
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
            StatementRule::ReportedAccordingTo => "speech reported after \"according to\"",
            StatementRule::ReportedAccordingToDocument => {
                "speech reported after \"according to\" a document, by whoever issued it"
            }
            StatementRule::ReportedSourceBefore => {
                "speech reported without quotation marks, its source before the word of saying"
            }
            StatementRule::ReportedSourceAfter => {
                "speech reported without quotation marks, its source after the word of saying"
            }
            StatementRule::ReportedThroughRelativePronoun => {
                "speech reported by someone a relative pronoun (\"who said\") stands for"
            }
            StatementRule::ReportedByJoinedVerb => {
                "speech reported by a second verb of the clause's subject (\"and said\")"
            }
            StatementRule::ReportedQuotedAsSaying => "speech reported as \"quoted as saying\"",
            StatementRule::FiguresInNarration => {
                "a sentence outside any statement that states figures"
            }
        }
    }
}

impl LinkRule {
    /// Every rule that links a mention to its speaker.
    pub const ALL: [LinkRule; 7] = [
        LinkRule::Name,
        LinkRule::Description,
        LinkRule::Alias,
        LinkRule::RoleNoun,
        LinkRule::Pronoun,
        LinkRule::RelativePronoun,
        LinkRule::Continuation,
    ];

    /// The rule a dataset names, if this engine has it.
    pub fn from_name(name: &str) -> Option<LinkRule> {
        LinkRule::ALL.into_iter().find(|rule| rule.name() == name)
    }

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
