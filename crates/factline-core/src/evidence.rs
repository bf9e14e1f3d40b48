//! The engine's named rules: those that find a statement, those that link
//! its mention to a speaker, and those that refuse a word of saying as a
//! cue. `record` writes the names of the rules that made each statement into
//! its evidence (`dataset::Evidence`); `factline extract --explain` prints
//! them with what they recognise, so that an engineer or editor can ask which
//! rule made a statement, and why.

use crate::dataset::Mention;

/// Declares a closed set of named rules: the enum, with a doc comment and
/// an invented example on each rule, and the name and plain-words
/// explanation that the dataset and `factline extract --explain` use. One
/// declaration keeps a rule's name and explanation beside it, so that a rule
/// cannot be added without both.
macro_rules! named_rules {
    (
        $(#[$meta:meta])*
        pub enum $rules:ident {
            $( $(#[$rule_meta:meta])* $rule:ident => $name:literal, $explanation:literal; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $rules {
            $( $(#[$rule_meta])* $rule, )*
        }

        impl $rules {
            /// Every rule of the set.
            pub const ALL: &'static [$rules] = &[$($rules::$rule),*];

            /// The rule a dataset names, if this engine has it.
            pub fn from_name(name: &str) -> Option<$rules> {
                $rules::ALL.iter().copied().find(|rule| rule.name() == name)
            }

            /// The rule's name, as the dataset writes it.
            pub fn name(self) -> &'static str {
                match self {
                    $( $rules::$rule => $name, )*
                }
            }

            /// What the rule recognises, in plain words for an editor.
            pub fn explanation(self) -> &'static str {
                match self {
                    $( $rules::$rule => $explanation, )*
                }
            }
        }
    };
}

named_rules! {
    /// The rule that found a statement.
    pub enum StatementRule {
        /// A quotation with its tag after it: `"We will rebuild," the mayor said.`
        QuoteTagAfter => "quote-tag-after",
            "a quotation with the speaker and a word of saying after it";
        /// A quotation with its tag before it: `The mayor said: "We will rebuild."`
        QuoteTagBefore => "quote-tag-before",
            "a quotation with the speaker and a word of saying before it";
        /// The second half of a quotation its tag interrupts, a statement of
        /// its own that continues the first: `"We will rebuild," the mayor
        /// said. "The money is there."`
        QuoteSecondHalf => "quote-second-half",
            "the second half of a quotation its tag interrupts";
        /// A quotation without a tag of its own after one attributed to a
        /// speaker, who goes on speaking: one that fills the next paragraph,
        /// `"The money is there."`, or one after a clause the tag reports
        /// itself: `"We will rebuild," the mayor said, adding that the state
        /// would help. "The money is there."`
        QuoteContinuesParagraph => "quote-continues-paragraph",
            "a quotation going on from one attributed to a speaker, in the next paragraph or after a clause its tag adds";
        /// A quotation that fills its paragraph, signed with a dash and
        /// the speaker's name, as news releases print them: `"The money is
        /// there."` then `– Jane Roe, Minister of Housing`.
        QuoteSigned => "quote-signed",
            "a quotation signed below it with a dash and the speaker's name";
        /// Speech reported after "according to": `According to the mayor, the money is there.`
        ReportedAccordingTo => "reported-according-to",
            "speech reported after \"according to\"";
        /// Speech reported after "according to" a document, by whoever issued
        /// it: `Rents rose, according to a report by the Urban Institute.`
        ReportedAccordingToDocument => "reported-according-to-document",
            "speech reported after \"according to\" a document, by whoever issued it";
        /// Speech reported by a document that is its verb's subject, by
        /// whoever issued it: `A Brookings Institution study found that rents rose.`
        ReportedDocumentBefore => "reported-document-before",
            "speech reported by a document before the word of saying, by whoever issued it";
        /// Speech reported by the subject before its cue: `The mayor said the money is there.`
        ReportedSourceBefore => "reported-source-before",
            "speech reported without quotation marks, its source before the word of saying";
        /// Speech reported with its source after the cue: `The money is there, said the mayor.`
        ReportedSourceAfter => "reported-source-after",
            "speech reported without quotation marks, its source after the word of saying";
        /// Speech reported through a relative pronoun: `an engineer who said the bridge was safe`.
        ReportedThroughRelativePronoun => "reported-through-relative-pronoun",
            "speech reported by someone a relative pronoun (\"who said\") stands for";
        /// Speech reported by a second verb of the clause's subject: `The mayor
        /// left and said the money is there.`
        ReportedByJoinedVerb => "reported-by-joined-verb",
            "speech reported by a second verb of the clause's subject (\"and said\")";
        /// Speech reported as quoted: `The mayor was quoted as saying the money is there.`
        ReportedQuotedAsSaying => "reported-quoted-as-saying",
            "speech reported as \"quoted as saying\"";
        /// A sentence outside any statement that states figures: `Rents rose 4% in May.`
        FiguresInNarration => "figures-in-narration",
            "a sentence outside any statement that states figures";
    }
}

named_rules! {
    /// How a statement's speaker was linked to the words that name it.
    pub enum LinkRule {
        /// The mention names the speaker in full: "Brandon Johnson", "the Labor Department".
        Name => "name", "the mention names the speaker";
        /// The mention describes a source the text does not name: "a senior
        /// official", "residents of the area".
        Description => "description", "the mention describes a source the text does not name";
        /// A shorter form of a name met before: "Johnson" after "Brandon Johnson".
        Alias => "alias", "a shorter form of a name used earlier";
        /// A role noun for someone named before: "the mayor", "the official", "the agency".
        RoleNoun => "role-noun", "a role noun for someone named earlier";
        /// A role noun in a lead for the one person named with that role in
        /// the sentences just after, when no one had it before: "The
        /// Education Secretary has announced …", then "Education Secretary
        /// Gillian Keegan said".
        RoleNounNamedNext => "role-noun-named-next",
            "a role noun for the person named with that role just after";
        /// A pronoun for someone who spoke or was named before: "he", "they", "it".
        Pronoun => "pronoun", "a pronoun for someone named earlier";
        /// A relative pronoun, through the phrase it stands for: "an architect who said".
        RelativePronoun => "relative-pronoun",
            "a relative pronoun, through the phrase it stands for";
        /// A quotation that continues the previous paragraph's speaker.
        Continuation => "continuation",
            "the speaker of the quotation before, taken to go on speaking";
    }
}

named_rules! {
    /// How a figure's number and unit were read. The figure's period, when
    /// it has one, is the time nearest to it in its sentence.
    pub enum FigureRule {
        /// A percentage: "4%", "12 percent", "3 per cent".
        Percentage => "percentage", "a number with a percent sign or the word \"percent\"";
        /// A change in percentage points: "2 percentage points".
        PercentagePoints => "percentage-points", "a number of percentage points";
        /// Money, with its currency before the number: "$5 million", "€20", "US$3".
        Money => "money", "a currency sign or code before the number";
        /// A measure joined to the number by a hyphen: "a 10-hour meeting".
        MeasureCompound => "measure-compound", "a measure joined to the number by a hyphen";
        /// A unit written against the number: "60mph", "45g".
        AttachedUnit => "attached-unit", "a unit written against the number";
        /// So many times as much: "a threefold increase", "a 10-fold rise".
        Multiple => "multiple", "so many times as much, written with \"-fold\"";
        /// One in so many: "one in 23".
        Ratio => "ratio", "one in so many";
        /// A reading on the scale named beside the number: "a 6.9-magnitude
        /// tremor", "a magnitude 5.8 earthquake".
        Reading => "reading", "a reading on the scale named beside the number";
        /// The noun the number counts: "150,000 jobs", "three armed men".
        CountedNoun => "counted-noun", "the noun after the number is what it counts";
        /// A single age: "over the age of 65", "at age 16".
        Age => "age", "a number after \"the age of\" or \"age\" is an age in years";
        /// A number with nothing it counts or measures: "rose to 12".
        BareNumber => "bare-number", "a number with no unit or counted noun after it";
    }
}

named_rules! {
    /// How a time expression was read and resolved against the publication
    /// date, which is what every time is counted from.
    pub enum TimeRule {
        /// A day, a month or both with its year written out or the nearest
        /// year: "December 27", "Dec. 30, 2023", "March 2020", "12/27/2023";
        /// or the week that holds such a day, "the week of March 6"; or the
        /// months up to such a month, "the 12 months to June".
        CalendarDate => "calendar-date", "a date written with its month, day or year, the week of such a date, or the months up to such a month";
        /// A month alone: "in March", "last June", "January this year".
        Month => "month",
            "a month alone, the latest before publication or the next one if its clause looks ahead, or the nearer one if its clause has no tense";
        /// A year alone: "in 2019".
        Year => "year", "a year alone";
        /// A decade or a century: "the 1990s", "the nineties", "the '90s",
        /// "the 20th century".
        Era => "era",
            "a decade or a century; a decade said without its century is the latest such one begun by publication";
        /// A weekday: "Friday", "last Friday", "this Wednesday night".
        Weekday => "weekday",
            "a weekday, the latest before publication or the next one if its clause looks ahead";
        /// A day named from publication: "today", "yesterday", "tomorrow",
        /// "last night".
        DayWord => "day-word", "a day counted from the publication date";
        /// A week, month, quarter or year named from publication: "last week",
        /// "next year", "the current quarter".
        RelativeUnit => "relative-unit", "a week, month, quarter or year counted from the publication date";
        /// So long before publication: "two years ago".
        Ago => "ago", "so long before the publication date";
        /// A stretch of time that ends on the publication day: "the past two
        /// weeks", "the last 12 months", "the past year".
        RecentSpan => "recent-span", "so many days, weeks, months or years up to the publication date";
        /// A fiscal year: the twelve months up to the year end the article
        /// states, else the one of the country its dateline names ("FY24"
        /// from Mumbai ends in March), else the US federal year, October to
        /// September: "fiscal 2023".
        FiscalYear => "fiscal-year", "a fiscal year, to the year end the article states, else its dateline's country's, else October to September";
        /// A quarter of a year: "the third quarter", "Q3 2023".
        Quarter => "quarter", "a quarter of a year";
        /// The start, middle, end or a half of a year, month or week: "the
        /// end of 2020", "the start of the year", "year-end", "the end of
        /// the month", "the last half of 1989".
        PartOfPeriod => "part-of-period",
            "the start, middle or end of a year (its first, middle or last months) or of a month or week (its first, middle or last third), or its first or last half";
        /// A weekend: "this weekend", "the weekend".
        Weekend => "weekend", "a weekend, Saturday and Sunday";
        /// A holiday: "Christmas", "Halloween", "Thanksgiving", "Labor Day",
        /// "Good Friday", "Easter Monday".
        Holiday => "holiday", "a holiday on a fixed day, on a weekday counted in its month, or counted from Easter";
        /// The time a year before one named just before it, or before the
        /// publication day: "Profit rose in the third quarter from a year
        /// earlier", "a year ago", "the year-ago quarter".
        YearEarlier => "year-earlier",
            "a year before the time named in its sentence or the one before, or before the publication day";
        /// A time counted from the latest one named in its sentence or the
        /// one before ("that same month", "the same period in 2019"), or,
        /// counted on or back from it, a few sentences before ("the
        /// following year", "the prior month").
        CountedFromEarlier => "counted-from-earlier",
            "the same day, week, month, quarter or year as the time named in its sentence or the one before, or that time's days in another year; or the next or the previous one after a time named up to three sentences before";
        /// The day just before or after the one day the time after it
        /// names: "the day before Thanksgiving", "the day after last
        /// Tuesday's hearing".
        DayBeside => "day-beside", "the day just before or after the one day the time after it names";
    }
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
    /// "deny" with a thing refused as its object: "the policy denies
    /// benefits to migrants", "the judge denied bail".
    RefusesAThing,
    /// "answer" with a door or a phone as its object, which is to open
    /// or pick it up: "a woman who answered the door said …".
    AnswersTheDoor,
    /// "announce" with a thing as its object, not a claim: "the mayor
    /// announced the results", "announced his candidacy"; "declare" with a
    /// state of affairs: "declared victory", "declaring bankruptcy".
    AnnouncesAThing,
    /// "report" with a result as its object, which states a figure, not
    /// a claim: "the bank reported a profit of $2 billion".
    ReportsAResult,
    /// A verb that says only before "that" or as a quotation's tag, without
    /// either: "mentioned the plan", "highlighted the need for a pier".
    WithoutThat,
    /// "write" with a work as its object: "wrote a book on trade".
    WritesAWork,
    /// "boast" meaning to have: "the town boasts a new stadium".
    BoastsAThing,
    /// A change or a measure's movement as the subject of "suggest", which
    /// is evidence, not a source: "the increase suggests that prices will fall".
    ChangeAsEvidence,
    /// Asking not to be named, which says nothing: "an official, who asked
    /// not to be named, said …".
    AskedForAnonymity,
    /// A word as often a noun as a verb, in its base form: "a report", "the tweet".
    NounForm,
    /// Its plural noun after a modifier or before a participle: "recent
    /// comments", "tweets mocking the mayor".
    PluralNoun,
    /// Its plain form after a hyphenated modifier, a noun in a compound:
    /// "post-traumatic stress disorder", "a last-minute appeal".
    AfterHyphenatedModifier,
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
            CueRefusal::RefusesAThing => "refuses-a-thing",
            CueRefusal::AnswersTheDoor => "answers-the-door",
            CueRefusal::AnnouncesAThing => "announces-a-thing",
            CueRefusal::ReportsAResult => "reports-a-result",
            CueRefusal::WithoutThat => "without-that",
            CueRefusal::WritesAWork => "writes-a-work",
            CueRefusal::BoastsAThing => "boasts-a-thing",
            CueRefusal::ChangeAsEvidence => "change-as-evidence",
            CueRefusal::AskedForAnonymity => "asked-for-anonymity",
            CueRefusal::NounForm => "noun-form",
            CueRefusal::PluralNoun => "plural-noun",
            CueRefusal::AfterHyphenatedModifier => "after-hyphenated-modifier",
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
