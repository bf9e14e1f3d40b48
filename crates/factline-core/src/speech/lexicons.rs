//! The word lists speech is read with: verbs of saying, the words that
//! stop a source's phrase, audiences, documents and the rest, each named
//! and documented.

use std::sync::OnceLock;

use crate::grammar::{ADDING_CONJUNCTIONS, MODAL_VERBS};
use crate::lex::{is_capitalized, is_name_in_capitals, key, Lexicon};

/// Verbs of saying, as base forms; inflections are derived.
pub(super) const CUE_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "warn",
    "insist",
    "announce",
    "argue",
    "explain",
    "estimate",
    "confirm",
    "state",
    "write",
    "claim",
    "acknowledge",
    "admit",
    "declare",
    "predict",
    "promise",
    "tweet",
    "post",
    "comment",
    "remark",
    "reiterate",
    "stress",
    "assert",
    "contend",
    "allege",
    "urge",
    "vow",
    "pledge",
    "reveal",
    "disclose",
    "recall",
    "suggest",
    "reply",
    "respond",
    "complain",
    "emphasize",
    "emphasise",
    "observe",
    "concede",
    "maintain",
    "testify",
    "boast",
    "caution",
    "conclude",
    "report",
    "counter",
    "deny",
    "threaten",
    "demand",
    "proclaim",
    "tell",
    "point",
    "continue",
    "retort",
    "ask",
    "yell",
    "exclaim",
    "answer",
    "joke",
    "scream",
    "quip",
    "lament",
    "shout",
    "recount",
    "predict",
    "announce",
    "assure",
    "remind",
    "inform",
    "chant",
    // Words that say only before "that" (`CLAUSE_ONLY_CUES`).
    "mention",
    "clarify",
    "underline",
    "underscore",
    "opine",
    "aver",
    "speculate",
    "posit",
];

/// Verbs of saying that say something only before "that" or as a
/// quotation's tag: "mentioned that the pier was unsafe", "clarified on
/// Tuesday that …", "“…,” Lee underlined". Elsewhere they name or show a
/// thing ("mentioned the plan", "highlighted the need for a pier",
/// "hinted at a run").
pub(super) static CLAUSE_ONLY_CUES: Lexicon = Lexicon::new(&[
    "mention",
    "clarify",
    "underline",
    "underscore",
    "opine",
    "aver",
    "speculate",
    "posit",
]);

/// Verbs of saying whose base form is more often a noun ("a report", "the tweet").
pub(super) static NOUN_LIKE: Lexicon = Lexicon::new(&[
    "report",
    "tweet",
    "claim",
    "comment",
    "remark",
    "promise",
    "pledge",
    "vow",
    "estimate",
    "reply",
    "recall",
    "note",
    "state",
    "statement",
    "post",
    "warning",
    "response",
    "counter",
    "demand",
    "threat",
    "boast",
    "caution",
    "quip",
    "lament",
    "shout",
    "point",
    "answer",
    "chant",
]);

/// Personal pronouns that can be a clause's subject.
pub(super) static SUBJECT_PRONOUNS: Lexicon = Lexicon::new(&["he", "she", "it", "they", "we", "i"]);

/// Words other than subject pronouns after which a form in -ing is the
/// clause's own verb, not a participle describing a noun: "you", relative
/// pronouns and the forms of "be". A typographic apostrophe is looked up as a
/// straight one.
pub(super) static VERB_OPENERS: Lexicon = Lexicon::new(&[
    "you", "who", "which", "that", "is", "isn't", "are", "aren't", "was", "wasn't", "were",
    "weren't", "be", "been", "am", "'s", "'re",
]);

/// Verbs that carry a cue as their participle or their infinitive: "kept
/// saying", "began arguing", "continues to insist that …".
pub(super) static CARRYING_VERBS: Lexicon = Lexicon::new(&[
    "keep",
    "keeps",
    "kept",
    "begin",
    "begins",
    "began",
    "begun",
    "start",
    "starts",
    "started",
    "continue",
    "continues",
    "continued",
    "continuing",
    "resumed",
]);

/// Conjunctions of time before which a participle of saying is one of the
/// subject's doings: "spoke for an hour before adding that …".
pub(super) static TIME_CONJUNCTIONS: Lexicon = Lexicon::new(&["before", "after", "while"]);

// Statements: prepositions of addition before a participle of saying.

/// Prepositions before which a participle of saying is still said: "he
/// refuses to name anyone, besides saying he wants a diverse slate",
/// "despite saying the pier was safe". "without" and "instead of" deny the
/// saying and are not here.
pub(super) static ADDING_PREPOSITIONS: Lexicon = Lexicon::new(&["besides", "despite"]);

/// Words before "from" that make it a preposition of addition: "aside from
/// saying", "apart from saying".
pub(super) static ASIDE_WORDS: Lexicon = Lexicon::new(&["aside", "apart"]);

/// Words that open a question reported as what was said: "explaining why
/// she forgave him", "asking whether the pier was safe".
pub(super) static QUESTION_WORDS: Lexicon =
    Lexicon::new(&["why", "how", "what", "whether", "who", "when", "where"]);

/// Words besides [`QUESTION_WORDS`] that open what was asked after the one
/// asked: "asked Roe if the pier would close", "asked him about the levy".
pub(super) static ASKED_OPENERS: Lexicon = Lexicon::new(&["if", "about"]);

/// Words after "asked" that make what follows part of what was asked, not
/// its audience: a request ("asked readers to guess whether …") or the
/// questions themselves ("asked questions about the levy").
pub(super) static ASKED_NOT_AUDIENCE: Lexicon = Lexicon::new(&["to", "question", "questions"]);

/// What a subject pronoun is contracted with: "it’s", "they're", "she’ll",
/// "we’d", "I’ve", "I'm".
const CONTRACTED_VERB_ENDINGS: &[&str] = &["s", "re", "ll", "d", "ve", "m"];

/// Whether `word` is a subject pronoun contracted with its verb, which
/// opens a clause: "it’s not an endorsement", "they're ready".
pub(super) fn is_contracted_subject(word: &str) -> bool {
    word.split_once(['’', '\'']).is_some_and(|(stem, ending)| {
        SUBJECT_PRONOUNS.contains(stem) && CONTRACTED_VERB_ENDINGS.contains(&ending)
    })
}

/// Participles of a passive of hearsay, which with a perfect infinitive
/// tell a saying as done: "is understood to have said that …", "is
/// reported to have told aides …".
pub(super) static HEARSAY_PARTICIPLES: Lexicon = Lexicon::new(&[
    "understood",
    "reported",
    "said",
    "believed",
    "thought",
    "alleged",
    "rumoured",
    "rumored",
]);

/// Verbs of warning, whose audience may stand before "that" though they
/// need none: "warned voters that …", "cautioned the council that …".
pub(super) static WARNING_CUES: Lexicon = Lexicon::new(&["warn", "caution", "advise"]);

/// The forms of "take" that, with "to" and a platform, carry a saying done
/// there: "took to X to say that …".
pub(super) static TAKING_VERBS: Lexicon =
    Lexicon::new(&["take", "takes", "took", "taken", "taking"]);

/// Nouns of a place online that a post is put on, which end the setting of
/// a written saying as a place of speech does: "wrote on her Instagram
/// account that …", "posted on his X handle that …", "wrote on social
/// media that …".
pub(super) static ONLINE_PLACES: Lexicon = Lexicon::new(&[
    "account",
    "channel",
    "feed",
    "handle",
    "media",
    "page",
    "platform",
    "platforms",
    "site",
    "timeline",
    "website",
]);

/// Adjectives that, after a form of "be" and before "to" and a cue, tell a
/// saying as done, readily: "officials are quick to point out that …".
pub(super) static READY_ADJECTIVES: Lexicon = Lexicon::new(&["quick"]);

/// Adverbs that may stand between that form of "be" and the adjective: "the
/// pilots are all quick to point out that …".
pub(super) static READY_ADVERBS: Lexicon = Lexicon::new(&["all", "also", "always"]);

/// The forms of "go" that, with "on to", say a thing was done next: "went
/// on to say that …" reports what was said.
pub(super) static GOING_ON_VERBS: Lexicon = Lexicon::new(&["go", "goes", "went", "gone", "going"]);

/// Past participles of seeing and hearing whose passive carries a
/// participle of saying: "supporters were shown chanting", "was heard
/// shouting".
pub(super) static PERCEIVED_PARTICIPLES: Lexicon =
    Lexicon::new(&["shown", "seen", "heard", "filmed", "caught", "recorded"]);

/// Spans of time, which never name a source.
pub(super) static SPANS_OF_TIME: Lexicon = Lexicon::new(&[
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
]);

/// Verbs of saying whose object is who was spoken to, never what was said,
/// with the clause after it: "told reporters the plan was sound", "assured
/// voters that the plant would stay open", "reminded the crowd that …",
/// "informed the council that …". After them comes the audience, never the
/// source: "…, told Fox News."
pub(super) static AUDIENCE_CUES: Lexicon = Lexicon::new(&["tell", "assure", "remind", "inform"]);

/// Verbs of saying that with "of" or "about" after their audience bring a
/// thing to mind or make it sure, and say nothing: "the mayor reminds us of
/// a houseguest", "the wins assure her of 300 delegates", "informed the
/// council of the plan".
pub(super) static BRINGING_TO_MIND_CUES: Lexicon = Lexicon::new(&["assure", "remind", "inform"]);

/// Verbs of saying whose "to" right after them opens what was promised or
/// threatened, an infinitive, never a setting: "vowed to stay in the race
/// through June", "pledged to close the plant in March".
pub(super) static PROMISING_CUES: Lexicon = Lexicon::new(&["vow", "pledge", "promise", "threaten"]);

/// Whether `word` is a form of a verb in [`AUDIENCE_CUES`].
pub(super) fn takes_audience(word: &str) -> bool {
    cue_lemma(word).is_some_and(|lemma| AUDIENCE_CUES.contains(lemma))
}

/// Words that open the former name of a place or a platform set off
/// after it: "on X, formerly Twitter, that …".
pub(super) static FORMER_NAME_WORDS: Lexicon = Lexicon::new(&["formerly", "previously"]);

/// Nouns of a time or a stretch of it: "morning", "week", "summer". They
/// mark when words were said (see [`is_moment_word`], [`is_saying_time`]).
static PERIOD_NOUNS: Lexicon = Lexicon::new(&[
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "time",
    "summer",
    "spring",
    "fall",
    "autumn",
    "winter",
    "season",
]);

/// Words of a moment besides the nouns of a period: "then", "now", "ago".
static MOMENT_WORDS: Lexicon = Lexicon::new(&[
    "moment", "then", "now", "later", "earlier", "ago", "before", "after", "since",
]);

/// Whether a word of a time, before a subject pronoun, closes a setting
/// rather than being a noun the pronoun's clause describes: "Last night he
/// promised to cut taxes", "This week she vowed to fight".
pub(super) fn is_moment_word(word: &str) -> bool {
    PERIOD_NOUNS.contains(word) || MOMENT_WORDS.contains(word)
}

/// Words that may follow a personal pronoun inside its noun phrase: a
/// joining word before another source ("he and Ann Lee"), a quantifier or
/// a reflexive ("they both", "we all", "they themselves").
pub(super) static PRONOUN_COMPANIONS: Lexicon = Lexicon::new(&[
    "and",
    "or",
    "both",
    "all",
    "each",
    "alone",
    "together",
    "too",
    "also",
    "himself",
    "herself",
    "itself",
    "themselves",
    "ourselves",
    "myself",
]);

/// Objects of "told" that are an audience, not the start of the reported
/// clause; a news outlet is one too (`grammar::NEWS_OUTLETS`).
pub(super) static AUDIENCES: Lexicon = Lexicon::new(&[
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "lawmakers",
    "supporters",
    "congress",
    "voters",
    "listeners",
    "viewers",
    "investigators",
    "police",
    "officials",
    "members",
    "colleagues",
    "students",
    "parliament",
    "senators",
    "councillors",
    "delegates",
    "residents",
    "workers",
    "staff",
    "employees",
    "shareholders",
    "investors",
    "analysts",
    "the",
    "a",
    "an",
    "his",
    "their",
]);

/// Verbs of state, want and stance whose present tense, past the first
/// word of a subject, is the finite verb of a reported clause without
/// "that": "told the harbor master the crews share a goal", "the talks
/// remain stalled", "the plans need work", "they want a pier". Only the
/// base form is listed; its "-s" form counts too ("the pier needs").
pub(super) static PRESENT_TENSE_VERBS: Lexicon = Lexicon::new(&[
    "share",
    "remain",
    "need",
    "want",
    "believe",
    "know",
    "think",
    "agree",
    "disagree",
    "expect",
    "intend",
    "deserve",
    "seem",
    "appear",
    "lack",
    "depend",
    "require",
    "exist",
    "oppose",
    "support",
    "understand",
    "owe",
    "belong",
    "mean",
    "face",
    "fear",
    "feel",
    "continue",
    "pose",
    "represent",
    "include",
    "contain",
    "matter",
]);

/// Whether `word` is a present tense of [`PRESENT_TENSE_VERBS`], in its
/// base form or with the "-s" of the third person: "remain", "remains".
pub(super) fn is_present_tense_verb(word: &str) -> bool {
    PRESENT_TENSE_VERBS.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|base| PRESENT_TENSE_VERBS.contains(base))
}

/// What a broadcaster or a paper is, after its name or inside it: "Harbor
/// FM radio", "Channel 9 News", "the Quill Times newspaper".
pub(super) static BROADCASTERS: Lexicon = Lexicon::new(&[
    "radio",
    "television",
    "tv",
    "channel",
    "news",
    "newspaper",
    "magazine",
    "programme",
    "program",
    "show",
    "podcast",
    "station",
]);

/// Words whose "'s" is a verb ("is" or "has") and never a possessive: "it's",
/// "that's", "there's".
pub(super) static CONTRACTED_S_WORDS: Lexicon = Lexicon::new(&[
    "it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "when", "why", "let",
]);

/// Whether a word cannot be part of a source noun phrase read leftwards
/// from a cue: one of [`LEFT_STOP`] not written in capitals (an acronym is
/// a name: "The WHO said") or a modal verb in lower case (a capitalised one
/// is a name: "Theresa May said").
pub(super) fn is_left_stop(word: &str) -> bool {
    LEFT_STOP.contains(word) && !is_name_in_capitals(word) || is_modal(word)
}

/// Whether `word` is a modal verb: in lower case, since a name is spelled
/// like one ("Theresa May", "Will Ruiz") and a modal before a word of
/// saying is in lower case ("may say", "would add").
fn is_modal(word: &str) -> bool {
    MODAL_VERBS.contains(word) && !is_capitalized(word)
}

/// Whether `word` before a cue makes it negated, modal or merely expected
/// (see [`BLOCKERS`]).
pub(super) fn is_blocker(word: &str) -> bool {
    BLOCKERS.contains(word) && (is_modal(word) || !MODAL_VERBS.contains(word))
}

/// Words that cannot be part of a source noun phrase read leftwards from a
/// cue, besides the modal verbs (see [`is_left_stop`]).
static LEFT_STOP: Lexicon = Lexicon::new(&[
    "out",
    "up",
    "down",
    "off",
    "away",
    "across",
    "around",
    "behind",
    "beyond",
    "near",
    "toward",
    "towards",
    "upon",
    "within",
    "via",
    "amid",
    "despite",
    "including",
    "regarding",
    "overall",
    "separately",
    "indeed",
    "nonetheless",
    "additionally",
    "finally",
    "ultimately",
    "specifically",
    "similarly",
    "still",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "from",
    "by",
    "about",
    "into",
    "over",
    "under",
    "after",
    "before",
    "during",
    "without",
    "than",
    "through",
    "against",
    "among",
    "between",
    "like",
    "since",
    "until",
    "as",
    "or",
    "but",
    "so",
    "because",
    "while",
    "when",
    "where",
    "if",
    "although",
    "though",
    "whether",
    "whom",
    "which",
    "that",
    "what",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "also",
    "not",
    "never",
    "then",
    "now",
    "there",
    "here",
    "just",
    "even",
    "only",
    "still",
    "yet",
    "once",
    "again",
    "however",
    "meanwhile",
    "comes",
    "came",
    "continues",
    "according",
    "said",
    "says",
    "told",
    "added",
    "who",
    "why",
    "how",
    "this",
    "these",
    "those",
    "it's",
    "said.",
    "instead",
    "too",
    "very",
    "all",
    "both",
    "either",
    "neither",
    "each",
    "every",
    "than",
    "rather",
    "often",
    "later",
    "earlier",
]);

/// Words that end the source phrase after an inverted cue: they open a
/// setting, a time or a clause ("said Jo Doe on Monday", "said Jo Doe, who
/// …", "said Jo Doe as the vote closed").
pub(super) static SUBJECT_BREAKS: Lexicon = Lexicon::new(&[
    "on", "in", "at", "during", "who", "when", "as", "after", "before", "while",
]);

/// Words that join the parts of a name or a list between capitals.
pub(super) static NAME_JOINERS: Lexicon = Lexicon::new(&["of", "and", "for", "on"]);

/// Words that modify a plural noun of saying: "recent comments", "false claims".
pub(super) static NOUN_MODIFIERS: Lexicon = Lexicon::new(&[
    "recent",
    "latest",
    "earlier",
    "previous",
    "past",
    "new",
    "public",
    "private",
    "false",
    "similar",
    "such",
    "these",
    "those",
    "many",
    "several",
    "few",
    "more",
    "other",
    "multiple",
    "numerous",
    "repeated",
    "derogatory",
    "disparaging",
    "inflammatory",
    "controversial",
    "offensive",
    "unsubstantiated",
    "baseless",
    "crude",
    "ambiguous",
    "media",
    "news",
    "press",
    "finance",
    "financial",
    "quarterly",
    "annual",
    "written",
    "prepared",
    "opening",
    "initial",
    "further",
    "additional",
]);

/// Words that wait for the noun after them and so end no noun phrase: "no"
/// ("There's no denying …"), "every", "same" ("the same notes"), "new"
/// ("the council's new warning").
pub(super) static NOUN_AWAITING_WORDS: Lexicon = Lexicon::new(&["no", "every", "same", "new"]);

/// Words that make the verb after them a request to whoever reads or
/// hears it, an imperative without a subject: "please ask your neighbors".
pub(super) static REQUEST_WORDS: Lexicon = Lexicon::new(&["please", "kindly"]);

/// The "to" of an infinitive and the forms of "do", after which a lone
/// lower-case word is a verb in its plain form ("to echo remarks", "did
/// remember telling"), as it is after a modal; after a form of "have" it is
/// a participle ("has given added weight").
pub(super) static PLAIN_VERB_MARKERS: Lexicon = Lexicon::new(&["to", "do", "does", "did"]);

/// Adjectives of size and degree that stand before a noun of saying: "a
/// larger say", "a large pledged delegate lead", "his most crude remarks".
pub(super) static DEGREE_ADJECTIVES: Lexicon = Lexicon::new(&[
    "large", "larger", "largest", "big", "bigger", "biggest", "great", "greater", "greatest",
    "strong", "stronger", "real", "final", "equal", "direct", "most", "least", "angry", "harsh",
    "strange", "bizarre",
]);

/// Endings that make a lower-case word an adjective ("offensive",
/// "Islamophobic", "famous", "regrettable", "significant", "incendiary").
/// Nouns have them too ("the missive", "a critic", "the secretary"), so
/// they are read as adjectives only before a noun of saying's plural.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ic", "ive", "ous", "ful", "able", "ible", "ant", "ary", "less",
];

/// Whether a lower-case word has an adjective's ending and names no source.
pub(super) fn has_adjective_ending(word: &str) -> bool {
    ADJECTIVE_ENDINGS
        .iter()
        .any(|ending| word.ends_with(ending))
        && !crate::grammar::is_source_noun(word)
}

/// Finite auxiliaries, which need a subject before them: right after a cue
/// one goes on from a relative pronoun ("which officials said will …").
pub(super) static FINITE_AUXILIARIES: Lexicon = Lexicon::new(&[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must",
]);

/// Verbs of saying, as base forms, whose source may stand inside a
/// relative clause with the verb they report right after them ("which
/// officials said will …", "that critics claim was …"). A reckoning is left
/// out: "which the agency estimates will cost …" gives a figure, not a claim.
pub(super) static GAP_CUES: Lexicon = Lexicon::new(&[
    "say", "claim", "allege", "predict", "argue", "insist", "contend", "warn", "report", "suggest",
]);

/// Participles that end a phrase naming the people a poll asked: "voters
/// polled said", "those surveyed said".
pub(super) static POLLED_PARTICIPLES: Lexicon =
    Lexicon::new(&["polled", "surveyed", "questioned", "interviewed", "sampled"]);

/// Words that, after "about" or "a", make a figure rather than a topic:
/// "said about half of the voters", "about a third of them", "about
/// dozens of them".
pub(super) static SHARE_WORDS: Lexicon = Lexicon::new(&[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "tenth",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "twice",
]);

/// Adverbs and auxiliaries between a source and its cue ("has also said").
pub(super) static BETWEEN: Lexicon = Lexicon::new(&[
    "also",
    "indeed",
    "however",
    "meanwhile",
    "later",
    "then",
    "previously",
    "recently",
    "once",
    "twice",
    "has",
    "have",
    "had",
    "earlier",
    "repeatedly",
    "again",
    "further",
    "publicly",
    "privately",
    "separately",
    "first",
    "last",
    "often",
    "already",
    "similarly",
    "likewise",
    "simply",
    "quickly",
    "flatly",
    "bluntly",
    "long",
    "together",
    "both",
    "all",
    "since",
    "now",
    "still",
    "always",
    "sometimes",
    "even",
    "almost",
    "soon",
]);

/// Documents, which speak for their authors: "sent a letter saying", "a
/// report by the Urban Institute said".
pub(super) static DOCUMENTS: Lexicon = Lexicon::new(&[
    "report",
    "reports",
    "study",
    "analysis",
    "poll",
    "polls",
    "survey",
    "letter",
    "letters",
    "statement",
    "statements",
    "tweet",
    "tweets",
    "post",
    "posts",
    "email",
    "emails",
    "message",
    "messages",
    "memo",
    "audit",
    "investigation",
    "inquiry",
    "note",
    "release",
    "filing",
    "complaint",
    "lawsuit",
    "ad",
    "ads",
    "advertisement",
    "video",
    "op-ed",
    "column",
    "essay",
    "petition",
    "sign",
    "signs",
    "banner",
    "banners",
    "placard",
    "placards",
    "guidelines",
]);

/// Occasions, which speak for whoever spoke at them ("at a news conference
/// announcing") but issue nothing themselves: "after the Sanders interview
/// concluded" is not Sanders concluding.
pub(super) static OCCASIONS: Lexicon = Lexicon::new(&[
    "conference",
    "briefing",
    "meeting",
    "rally",
    "speech",
    "interview",
    "appearance",
    "event",
]);

/// The verbs by which a document states what it found: "a Brookings
/// study found that …". They are no words of saying, so they are cues only
/// after a finding document with a named issuer (`FINDING_DOCUMENTS`).
/// "concluded" is a word of saying already, for people and documents alike.
pub(super) static FINDING_VERBS: Lexicon = Lexicon::new(&["found", "finds"]);

/// The forms of "put" that say words with "it" after "as" and a source:
/// "as Roe put it, …", "“…,” as Roe puts it" (see `Finder::put_it_cue`).
pub(super) static PUTTING_VERBS: Lexicon = Lexicon::new(&["put", "puts"]);

/// Documents that report findings. A poll or a survey "finds" a measurement,
/// which is a figure of its own, not a claim of its issuer's.
pub(super) static FINDING_DOCUMENTS: Lexicon = Lexicon::new(&[
    "report",
    "study",
    "analysis",
    "audit",
    "investigation",
    "inquiry",
]);

/// Words that open a clause of time or reason, never reported content.
pub(super) static SUBORDINATORS: Lexicon = Lexicon::new(&[
    "as", "when", "while", "because", "since", "until", "although", "though", "whereas",
]);

/// Words that open a sentence with a subordinate clause before its main
/// one ("While Doe said …, Roe …", "If he said …, it is …"); a cue inside
/// that clause reports only up to the comma that closes it.
pub(super) static OPENING_SUBORDINATORS: Lexicon = Lexicon::new(&[
    "while", "although", "though", "whereas", "if", "when", "as", "because", "since", "after",
    "before", "unless", "once", "despite",
]);

/// Words after a comma that go on describing what came before it rather
/// than open a main clause: "…, whose support appeared steady, …".
pub(super) static RELATIVE_OPENERS: Lexicon =
    Lexicon::new(&["which", "who", "whose", "whom", "where", "when"]);

/// Participles after a comma that most often are the writer's account of
/// what the speaker did, not more of what was said: "…, citing legal
/// risks", "…, calling them “boring”", "…, putting them at odds with …",
/// "…, meaning she will not campaign with him" (the writer's inference).
/// Other participles most often go on with what was said ("…, allowing
/// families to stay together").
pub(super) static WRITERS_PARTICIPLES: Lexicon =
    Lexicon::new(&["calling", "citing", "putting", "tapping", "meaning"]);

/// Prepositions that open a setting of the saying rather than what was
/// said: "As Roe pointed out with a chart, …", "As they say about him, …".
pub(super) static LEAD_IN_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "in", "at", "during", "via", "through", "after", "before", "from", "with", "about",
]);

/// Words that end what leads into a clause: before a middle "according to
/// X," they leave the claim to the clause after the tag ("…, because,
/// according to Roe, …", "…, after, according to him, …").
pub(super) static CLAUSE_OPENERS: Lexicon = Lexicon::new(&[
    "because", "after", "before", "that", "if", "when", "since", "while", "although", "though",
    "whereas", "as", "where", "unless",
]);

/// Words that join clauses as equals. Alone before a middle "according to
/// X," they open the sentence and leave the claim to the clause after the
/// tag ("But, according to the poll, …"); after a clause they may join a
/// verb phrase whose subject came before ("it has moved staff and,
/// according to officials, adopted a new plan").
pub(super) static COORDINATORS: Lexicon = Lexicon::new(&["and", "but", "or", "so", "yet"]);

/// The joiners after a comma that start a clause of the writer's own
/// before a quotation another tag holds: "…, and when pressed, the mother
/// replied, “…”".
pub(super) const QUOTE_JOINERS: &[&str] = ADDING_CONJUNCTIONS;

/// The joiners after a comma that offer another description rather than
/// go on with what was said: "…, said Tom Reyes, an economist, or a
/// Republican who …".
pub(super) const ALTERNATIVE_JOINERS: &[&str] = &["and", "or"];

/// Words after the comma that closes an "according to X" source that open
/// no continuation of the sentence but a clause about the source or a
/// contrast of the writer's own: "…, according to Roe, who ran the count",
/// "…, according to three polls, including one by Gallup", "…, according to
/// a count by the AP, but her lead is shrinking".
pub(super) static SOURCE_AFTERWORDS: Lexicon =
    Lexicon::new(&["who", "whose", "which", "including", "but"]);

/// Prepositions that open the setting of a saying after its source: "…,
/// said Ann Lee in Mumbai", "…, said a spokesman at the briefing on
/// Tuesday".
pub(super) static SETTING_PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "in", "at", "during", "via", "through", "after", "before", "from",
]);

/// Past participles that open a description of a source set off by commas
/// before its cue, saying where it is or who made or backs it: "The bank,
/// based in Leeds, said", "Harlow Bank, founded in 1990, said". The
/// description is no source.
pub(super) static DESCRIBING_PARTICIPLES: Lexicon = Lexicon::new(&[
    "based",
    "headquartered",
    "located",
    "founded",
    "established",
    "formed",
    "owned",
    "backed",
    "funded",
    "listed",
]);

/// Words that lead on to more of a setting of the saying, so a determiner
/// or a pronoun after one is still the setting's or opens a clause inside
/// it ("in an interview with the local paper", "at a rally outside the
/// plant", "told the story of how he …"), never the reported clause.
pub(super) static SETTING_LINKS: Lexicon = Lexicon::new(&[
    "on", "in", "at", "during", "via", "through", "after", "before", "from", "with", "to", "of",
    "for", "by", "about", "over", "under", "into", "outside", "inside", "near", "across",
    "against", "than", "as", "like", "while", "when", "where", "whose", "not", "also", "just",
    "how", "why", "what", "whether", "if", "which", "who",
]);

/// What a claim wins or takes rather than says: "claimed a victory",
/// "claimed responsibility for the attack", "claiming allegiance to the
/// group", "claiming residency in Ireland".
pub(super) static CLAIMED_THINGS: Lexicon = Lexicon::new(&[
    "allegiance",
    "residency",
    "victory",
    "victories",
    "win",
    "wins",
    "credit",
    "responsibility",
    "title",
    "titles",
    "seat",
    "seats",
    "share",
    "majority",
    "lead",
    "lives",
    "prize",
    "crown",
    "nomination",
    "delegates",
    "votes",
    "percent",
    "ownership",
    "asylum",
]);

/// Lower-case words for the body a capitalised title belongs to: "Tulsa
/// police Chief Chuck Jordan", "state Sen. Jane Roe".
pub(super) static TITLE_BODIES: Lexicon = Lexicon::new(&[
    "police",
    "fire",
    "state",
    "city",
    "county",
    "school",
    "campaign",
    "party",
    "team",
    "company",
    "agency",
    "department",
    "union",
    "army",
    "navy",
    "court",
    "border",
    "health",
    "defense",
    "security",
    "election",
    "elections",
    "district",
    "town",
    "village",
    "tribal",
    "transit",
]);

/// Amounts of what was said that come to none: "said nothing", "said
/// little about the plan" (see `says_an_amount_of_none`).
pub(super) static NONE_AMOUNTS: Lexicon = Lexicon::new(&["nothing", "little"]);

/// Words that grade an amount of none before it: "almost nothing", "very
/// little", "next to nothing".
pub(super) static NONE_GRADES: Lexicon = Lexicon::new(&["almost", "very", "next", "to", "so"]);

/// Words in "-ly" that are no adverbs: "lawyers for the family said".
static LY_NOUNS: Lexicon = Lexicon::new(&[
    "family", "rally", "assembly", "supply", "ally", "reply", "anomaly", "monopoly", "bully",
    "homily", "folly", "italy",
]);

/// Whether `word` is an adverb in "-ly", in lower case and longer than
/// "only": "flatly", "falsely", not "family" (`LY_NOUNS`).
pub(super) fn is_ly_adverb(word: &str) -> bool {
    word.ends_with("ly") && !is_capitalized(word) && word.len() > 4 && !LY_NOUNS.contains(word)
}

/// Words before a cue that make it negated, modal or merely expected.
static BLOCKERS: Lexicon = Lexicon::new(&[
    "not", "n't", "never", "will", "would", "could", "might", "may", "can", "should", "must", "to",
    "refused", "declined", "without", "didn't", "won't", "wouldn't", "couldn't", "don't",
    "doesn't", "cannot", "shall",
]);

/// The forms of a regular verb: "note", "notes", "noted", "noting", with the
/// doubled consonant of "admitted" and the "-ied" of "denied".
pub(super) fn inflections(base: &str) -> Vec<String> {
    let mut forms = vec![base.to_string()];
    let stem_y = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    let stem_e = base.strip_suffix('e').filter(|s| !s.ends_with('e'));
    match (stem_y, stem_e) {
        (Some(stem), _) => forms.extend([
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
        ]),
        (None, Some(stem)) => {
            forms.extend([format!("{base}s"), format!("{base}d"), format!("{stem}ing")])
        }
        (None, None) => {
            let sibilant =
                base.ends_with(['s', 'x', 'z']) || base.ends_with("sh") || base.ends_with("ch");
            forms.push(format!("{base}{}", if sibilant { "es" } else { "s" }));
            forms.extend([format!("{base}ed"), format!("{base}ing")]);
            if let Some(last) = base.chars().last().filter(|c| !"aeiouwxy".contains(*c)) {
                forms.extend([format!("{base}{last}ed"), format!("{base}{last}ing")]);
            }
        }
    }
    forms
}

/// Every form of every verb of saying, by lookup key, with its base form.
pub(super) fn cue_forms() -> &'static [(u64, &'static str)] {
    static FORMS: OnceLock<Vec<(u64, &'static str)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let irregular = [
            ("said", "say"),
            ("says", "say"),
            ("told", "tell"),
            ("wrote", "write"),
            ("written", "write"),
        ];
        let mut forms: Vec<(u64, &'static str)> = irregular
            .iter()
            .map(|&(form, base)| (key(form), base))
            .collect();
        for &base in CUE_VERBS {
            forms.extend(inflections(base).iter().map(|form| (key(form), base)));
        }
        // Irregular forms come first, so a stable sort and dedup keep them.
        forms.sort_by_key(|&(k, _)| k);
        forms.dedup_by_key(|&mut (k, _)| k);
        forms
    })
}

/// The base form of the verb of saying whose lookup key this is.
pub(super) fn cue_lemma_key(k: u64) -> Option<&'static str> {
    let forms = cue_forms();
    forms
        .binary_search_by_key(&k, |&(k, _)| k)
        .ok()
        .and_then(|at| forms.get(at))
        .map(|&(_, base)| base)
}

/// The base form of a verb of saying, if `word` is one.
pub(crate) fn cue_lemma(word: &str) -> Option<&'static str> {
    cue_lemma_key(key(word))
}

/// Adverbs set off by commas between a source and its cue: "Johnson, however,
/// said".
pub(super) static ASIDE_ADVERBS: Lexicon = Lexicon::new(&[
    "however",
    "meanwhile",
    "too",
    "though",
    "instead",
    "also",
    "nonetheless",
    "likewise",
]);

/// Adverbs of time that may open an appositive before its description:
/// "Ann Lee, now 62 and retired, said", "Roe, then the harbor pilot, said".
pub(super) static APPOSITIVE_TIME_ADVERBS: Lexicon =
    Lexicon::new(&["now", "then", "still", "once", "formerly", "currently"]);

/// Two-word asides set off by commas between a source and its cue, as the
/// word before their second word: "Will Rogers, for example, said", "the
/// chief executive, of course, said".
pub(super) static ASIDE_PHRASES: &[(&str, &str)] = &[
    ("for", "example"),
    ("for", "instance"),
    ("of", "course"),
    ("in", "turn"),
    ("in", "fact"),
];

/// Phrases that add others to a source between commas, before its cue:
/// "Ann Lee, along with two aides, said", "Economists, like their state
/// counterparts, say". The phrase is part of the source, never what was said.
pub(super) static COMPANION_PHRASES: &[&[&str]] = &[
    &["along", "with"],
    &["together", "with"],
    &["as", "well", "as"],
    &["like"],
];

/// Phrases of time that name no date and may stand between a source and its
/// cue without commas: "friends have in the past said", "aides at times
/// say".
pub(super) static TIME_PHRASES: &[&[&str]] = &[
    &["in", "the", "past"],
    &["in", "the", "meantime"],
    &["in", "recent", "days"],
    &["in", "recent", "weeks"],
    &["in", "recent", "months"],
    &["in", "recent", "years"],
    &["at", "times"],
];

/// Words that stand for a whole answer or for what was said before, as
/// the object of a cue: "46 percent said yes", "Roe said so", "Lee has said
/// as much", "Cole said the same thing". Longer phrases first.
pub(super) static ANSWER_WORDS: &[&[&str]] = &[
    &["the", "same", "thing"],
    &["the", "same"],
    &["the", "opposite"],
    &["as", "much"],
    &["yes"],
    &["no"],
    &["so"],
    &["otherwise"],
];

/// What the thing said is said of, after "the same" or "the opposite":
/// "said the same of the board", "said the opposite about Roe".
pub(super) static ANSWER_TOPICS: Lexicon = Lexicon::new(&["of", "about", "for"]);

/// Contrasts after a comma that go on with what was said rather than turn
/// to the writer's own clause: "said the plan would pass, but not this
/// year", "…, but only if the state pays", "…, even if it takes a year".
pub(super) static CONTINUING_CONTRASTS: &[(&str, &str)] = &[
    ("but", "that"),
    ("but", "not"),
    ("but", "also"),
    ("but", "only"),
    ("but", "rather"),
    ("but", "because"),
];

/// The parties and the word for a member of none, which open a party tag
/// after a name: "Dianne Feinstein, Democrat of California, said".
pub(super) static PARTY_WORDS: Lexicon = Lexicon::new(&["democrat", "republican", "independent"]);

/// Participles that open a sentence as its verb would, so that capitalised
/// there they name no one: "Having …", "Going …".
pub(super) static OPENING_PARTICIPLES: Lexicon =
    Lexicon::new(&["having", "being", "going", "getting", "asking"]);

/// Nouns for the numbers a body publishes, which speak for whoever issued
/// them as a document does: "data from the Census Bureau".
pub(super) static DATA_NOUNS: Lexicon = Lexicon::new(&["data", "figures", "estimates"]);

/// Whether `word`, in lower case, names a document or data, singular or
/// plural ("reports", "studies", "figures"): without an issuer it speaks
/// for no one, so a capitalised one opening a sentence names no speaker
/// ("Reports said …", "Polls suggest …").
pub(crate) fn is_document_noun(word: &str) -> bool {
    let singular = word
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_string));
    DOCUMENTS.contains(word)
        || DATA_NOUNS.contains(word)
        || singular.is_some_and(|singular| DOCUMENTS.contains(&singular))
}

/// Adjectives that, with "to", "with" or "on" after them, make a source of
/// the noun before them: "a source close to the campaign", "people familiar
/// with the talks".
pub(super) static SOURCE_ADJECTIVES: Lexicon =
    Lexicon::new(&["close", "familiar", "near", "loyal", "allied", "briefed"]);

/// Verbs without the "-ed" ending that are often a sentence's own verb, so
/// that its subject is read before them: "Trump met", "Doe wrote", and with
/// them the irregular past forms (`grammar::is_irregular_past`) and the modals. The
/// irregular forms of saying are among them, so that a second verb shares
/// the subject of a first one that said something: "Ryan said he was not
/// ready, and suggested that …", "Lee said … but added, “…”". A form of
/// "be" or "have" or a modal opens the verb of a sentence whose own verb is
/// in -ing ("Democrats are drawing up plans", "advisers have been urging").
pub(super) static SENTENCE_VERBS: Lexicon =
    Lexicon::new(&["is", "are", "has", "have", "says", "tells"]);

/// Participles in "-ed" that open a phrase between a source and its cue:
/// "Johnson, asked about the shelters, said".
pub(super) static ASIDE_PARTICIPLES: Lexicon = Lexicon::new(&[
    "asked",
    "pressed",
    "interviewed",
    "reached",
    "questioned",
    "quoted",
]);

/// Particles that make another verb of a word of saying: "shouted down",
/// "told off".
pub(super) static VERB_PARTICLES: Lexicon = Lexicon::new(&["down", "up", "off", "back", "away"]);

/// Verbs whose past is spelled as their base form, and so is told from a
/// noun only by what stands around it: "hit back", "cut back".
pub(super) static UNCHANGED_PAST_VERBS: Lexicon =
    Lexicon::new(&["hit", "cut", "shut", "set", "put", "quit"]);

/// Verbs that are words of saying only with "back" after them, a retort:
/// "Roe shot back that …", "Lee fired back: “…”".
pub(super) static RETORT_VERBS: Lexicon = Lexicon::new(&[
    "shoot", "shoots", "shot", "shooting", "fire", "fires", "fired", "firing",
]);

/// Words of saying that open an inverted attribution when capitalised: "Said
/// Ellis: “…”".
pub(super) static INVERTING_CUES: Lexicon =
    Lexicon::new(&["said", "says", "added", "wrote", "continued"]);

/// Past forms without "-ed" of verbs whose object before a participle of
/// saying is an audience or a document, not the source: "sent supporters a
/// letter saying", "made a statement saying".
pub(super) static OBJECT_VERBS: Lexicon = Lexicon::new(&["sent", "gave", "made"]);

/// Object and reflexive pronouns: after "by" and a participle of saying one
/// shows the participle is no cue ("won the spin by declaring himself the
/// comeback kid").
pub(super) static OBJECT_PRONOUNS: Lexicon = Lexicon::new(&[
    "himself",
    "herself",
    "themselves",
    "itself",
    "him",
    "her",
    "them",
]);

/// Nouns of a change or a measure's movement: as the subject of "suggest"
/// they are evidence, not a source that speaks ("the increase suggests that
/// prices will fall"). Documents, polls and data stay sources ("polls
/// suggest …"), so only the change itself is listed.
pub(super) static CHANGE_NOUNS: Lexicon = Lexicon::new(&[
    "increase",
    "increases",
    "rise",
    "rises",
    "decline",
    "declines",
    "drop",
    "drops",
    "fall",
    "falls",
    "growth",
    "jump",
    "surge",
    "slump",
    "gain",
    "gains",
    "loss",
    "losses",
    "trend",
    "trends",
    "shift",
    "uptick",
    "downturn",
    "spike",
    "dip",
    "slowdown",
    "upswing",
    "rebound",
    "plunge",
    "decrease",
]);

/// What one answers by opening or picking it up, which says nothing:
/// "answered the door", "answered her phone".
pub(super) static ANSWERED_THINGS: Lexicon = Lexicon::new(&[
    "door",
    "doors",
    "doorbell",
    "phone",
    "phones",
    "telephone",
    "call",
    "calls",
    "bell",
]);

/// What "deny" refuses rather than disputes: "denied bail", "the policy
/// denies benefits to migrants".
pub(super) static REFUSABLE_THINGS: Lexicon = Lexicon::new(&[
    "access",
    "admission",
    "aid",
    "application",
    "applications",
    "approval",
    "asylum",
    "bail",
    "benefits",
    "care",
    "citizenship",
    "coverage",
    "entry",
    "funding",
    "license",
    "licence",
    "parole",
    "permission",
    "permit",
    "permits",
    "request",
    "requests",
    "service",
    "services",
    "treatment",
    "visa",
    "visas",
]);

/// Results of business that "report" takes as its object, stating a
/// figure rather than a claim: "reported a profit", "reported record sales",
/// "reported a 5 percent rise in revenue".
pub(super) static REPORTED_RESULTS: Lexicon = Lexicon::new(&[
    "deficit", "dividend", "earnings", "growth", "income", "loss", "losses", "profit", "profits",
    "revenue", "revenues", "rise", "sales", "surplus", "turnover",
]);

/// What is declared as a state of affairs rather than said as a claim:
/// "declaring bankruptcy", "declared victory at the count", "declared
/// her candidacy". ("declared war on" is read as a statement, the enemy's
/// stance that the press attributes to it.)
pub(super) static DECLARED_THINGS: Lexicon = Lexicon::new(&[
    "victory",
    "bankruptcy",
    "candidacy",
    "independence",
    "emergency",
]);

/// What is announced as a thing rather than said as a claim: "announced
/// the results", "announced his candidacy". A plan or a programme "to" do
/// something is an intention stated, and stays speech.
pub(super) static ANNOUNCED_THINGS: Lexicon = Lexicon::new(&[
    "acquisition",
    "agreement",
    "appointment",
    "award",
    "bid",
    "budget",
    "campaign",
    "candidacy",
    "closure",
    "controls",
    "cuts",
    "deal",
    "death",
    "departure",
    "grant",
    "investment",
    "launch",
    "layoffs",
    "mate",
    "merger",
    "nomination",
    "partnership",
    "recall",
    "resignation",
    "results",
    "retirement",
    "return",
    "sale",
    "winner",
    "winners",
]);

/// Works one writes, which say nothing by being written: "wrote a book",
/// "wrote his dissertation". Letters, columns and op-eds are left out, for
/// what they say often follows ("wrote a letter asking …").
pub(super) static WRITTEN_WORKS: Lexicon = Lexicon::new(&[
    "amendment",
    "amendments",
    "biography",
    "bill",
    "book",
    "books",
    "check",
    "commentary",
    "constitution",
    "dissent",
    "dissertation",
    "fiction",
    "foreword",
    "introduction",
    "law",
    "novel",
    "novels",
    "piece",
    "profile",
    "screenplay",
    "song",
    "songs",
    "thesis",
]);

/// The small words a title keeps in lower case ("Meet the Press", "This
/// Week with George Stephanopoulos"): a quotation with no other word in lower
/// case may be a title, not a sentence.
pub(super) static TITLE_SMALL_WORDS: Lexicon = Lexicon::new(&[
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
]);

/// Words that open a clause of time after a tag's comma, which sets the
/// scene of the saying ("…,” Roe said, as the crowd cheered. “…”) and
/// leaves the quotation to go on after it.
pub(super) static SCENE_CONJUNCTIONS: Lexicon = Lexicon::new(&["as", "when", "while"]);

/// Adjectives that pair with another before the plural noun of a group
/// source: "current and former officials", "state and federal prosecutors".
pub(super) static PAIRED_SOURCE_ADJECTIVES: Lexicon = Lexicon::new(&[
    "current", "former", "past", "present", "state", "federal", "local", "senior", "junior",
]);

/// Words of time besides the nouns of a period that mark when words were
/// said: "reported earlier this month that", "said two days ago that".
static SAYING_TIME_WORDS: Lexicon =
    Lexicon::new(&["earlier", "later", "ago", "again", "start", "along"]);

/// Whether a word of time marks a phrase between a cue and its "that" as
/// when or how often it was said, not as words of the clause: "reported
/// earlier this month that", "has said for years that", "said two days ago
/// that". The nouns of a period, one or many, also tell "that" as a
/// determiner ("later that day") from the one that opens a clause.
pub(super) fn is_saying_time(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    SAYING_TIME_WORDS.contains(word)
        || PERIOD_NOUNS.contains(word)
        || PERIOD_NOUNS.contains(singular)
}

/// Lower-case words that may follow a cue but are never the subject of a
/// clause of two words: adverbs of time and degree without "-ly" ("said
/// yesterday", "said too") and words that stand for a whole answer ("said
/// so", "said yes").
pub(super) static NOT_CLAUSE_SUBJECTS: Lexicon = Lexicon::new(&[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "now",
    "then",
    "also",
    "too",
    "so",
    "yes",
    "no",
    "not",
    "very",
    "much",
    "more",
    "most",
    "less",
    "only",
    "even",
    "still",
    "just",
    "here",
    "there",
    "last",
    "next",
    "this",
    "these",
    "those",
    "such",
    "every",
    "each",
    "any",
]);

// Cues carried by other verbs.

/// Verbs of seeming that carry a cue's infinitive as said, hedging only
/// what it meant: "appeared to suggest that …", "seems to concede that …".
pub(super) static SEEMING_VERBS: Lexicon =
    Lexicon::new(&["appear", "appears", "appeared", "seem", "seems", "seemed"]);

// Works named by their titles.

/// Works whose title may follow them in quotation marks after a comma:
/// "his 2002 book, “Make Your Ferry Pay,” …" (see
/// `attribution::names_a_work`).
pub(super) static TITLED_WORKS: Lexicon = Lexicon::new(&[
    "book",
    "memoir",
    "novel",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "play",
    "poem",
    "essay",
    "show",
    "series",
    "podcast",
]);
