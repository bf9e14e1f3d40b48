//! Finds direct quotes and reported speech with their cue words and the noun
//! phrase that names the source.
//!
//! Quotes are paired in one forward pass. An opening mark left open at the end
//! of a paragraph continues into the next paragraph when that paragraph opens
//! with a mark, the way multi-paragraph quotes are printed. Quotes become
//! statements only when something attributes them: a cue next to them, a
//! reported clause that they dominate, or the previous paragraph's speaker
//! for a paragraph that is nothing but a quote. Scare quotes and quoted names
//! stay what they are.
//!
//! A quote split by its attribution ("…," he said. "…") becomes one
//! statement spanning both pieces, so the text between them is part of it:
//! that is how news corpora annotate it, and it keeps the quote whole.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use crate::dataset::StatementKind;
use crate::evidence::StatementRule;
use crate::grammar::{is_determiner, is_participle_before, is_verb_form, OWNER_ADJECTIVES};
use crate::lex::{is_capitalized, key, word_in, word_is, Kind, Lexicon, Mark, Token};
use crate::segment::Segments;
use crate::times::TimeExpr;

/// A statement before its speaker is resolved; spans are token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawStatement {
    pub kind: StatementKind,
    /// The rule that found it.
    pub rule: StatementRule,
    /// The content, `first..end` in tokens.
    pub first: usize,
    pub end: usize,
    /// How the source is named here, in tokens.
    pub mention: Option<(usize, usize)>,
    /// The noun phrase a relative pronoun mention stands for: "an architect"
    /// in "an architect who said".
    pub antecedent: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    /// The index of an explicit time in the `times` list ("said on December 27").
    pub time: Option<usize>,
}

/// How far before its cue a source may start, in tokens.
/// The search for a source goes on through the owners of the phrases it
/// finds ("a spokesman for the office of the mayor"), one call deeper for
/// each, so an endless chain would run out the stack (the engine's worker has
/// 1 MB in wasm). PolNeAR's train and dev articles read the same with any
/// reach from 40 tokens up.
const SOURCE_REACH: usize = 64;

/// A search for a subject: the token it ends before and the floor below
/// which it does not read.
type SubjectSearch = (usize, usize);

/// Verbs of saying, as base forms; inflections are derived.
const CUE_VERBS: &[&str] = &[
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
];

/// Verbs of saying whose base form is more often a noun ("a report", "the tweet").
static NOUN_LIKE: Lexicon = Lexicon::new(&[
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
]);

/// Personal pronouns that can be a clause's subject.
static SUBJECT_PRONOUNS: Lexicon = Lexicon::new(&["he", "she", "it", "they", "we", "i"]);

/// Words other than subject pronouns after which a form in -ing is the
/// clause's own verb, not a participle describing a noun: "you", relative
/// pronouns and the forms of "be". A typographic apostrophe is looked up as a
/// straight one.
static VERB_OPENERS: Lexicon = Lexicon::new(&[
    "you", "who", "which", "that", "is", "isn't", "are", "aren't", "was", "wasn't", "were",
    "weren't", "be", "been", "am", "'s", "'re",
]);

/// Verbs that carry a cue as their participle: "kept saying", "began arguing".
static CARRYING_VERBS: Lexicon = Lexicon::new(&[
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
    "resumed",
]);

/// Spans of time, which never name a source.
static SPANS_OF_TIME: Lexicon = Lexicon::new(&[
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
]);

/// Objects of "told" that are an audience, not the start of the reported clause.
static AUDIENCES: Lexicon = Lexicon::new(&[
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
    "the",
    "a",
    "an",
    "his",
    "their",
    "cnn",
    "abc",
    "cbs",
    "nbc",
    "fox",
    "msnbc",
    "npr",
    "politico",
    "reuters",
    "bloomberg",
]);

/// Words that cannot be part of a source noun phrase read leftwards from a cue.
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
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
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

/// Words that join the parts of a name or a list between capitals.
static NAME_JOINERS: Lexicon = Lexicon::new(&["of", "and", "for", "on"]);

/// Words that modify a plural noun of saying: "recent comments", "false claims".
static NOUN_MODIFIERS: Lexicon = Lexicon::new(&[
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

/// Adverbs and auxiliaries between a source and its cue ("has also said").
static BETWEEN: Lexicon = Lexicon::new(&[
    "also",
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
]);

/// Documents and occasions, which speak for their authors: "sent a letter
/// saying", "at a news conference announcing".
static DOCUMENTS: Lexicon = Lexicon::new(&[
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
    "conference",
    "briefing",
    "meeting",
    "rally",
    "speech",
    "interview",
    "appearance",
    "event",
]);

/// Words that open a clause of time or reason, never reported content.
static SUBORDINATORS: Lexicon = Lexicon::new(&[
    "as", "when", "while", "because", "since", "until", "although", "though", "whereas",
]);

/// What a claim wins rather than says: "claimed a victory", "claimed
/// responsibility for the attack".
static CLAIMED_THINGS: Lexicon = Lexicon::new(&[
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
static TITLE_BODIES: Lexicon = Lexicon::new(&[
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

/// Words in "-ly" that are no adverbs: "lawyers for the family said".
static LY_NOUNS: Lexicon = Lexicon::new(&[
    "family", "rally", "assembly", "supply", "ally", "reply", "anomaly", "monopoly", "bully",
    "homily", "folly", "italy",
]);

/// Words before a cue that make it negated, modal or merely expected.
static BLOCKERS: Lexicon = Lexicon::new(&[
    "not", "n't", "never", "will", "would", "could", "might", "may", "can", "should", "must", "to",
    "refused", "declined", "without", "didn't", "won't", "wouldn't", "couldn't", "don't",
    "doesn't", "cannot", "shall",
]);

/// The forms of a regular verb: "note", "notes", "noted", "noting", with the
/// doubled consonant of "admitted" and the "-ied" of "denied".
fn inflections(base: &str) -> Vec<String> {
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
fn cue_forms() -> &'static [(u64, &'static str)] {
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
fn cue_lemma_key(k: u64) -> Option<&'static str> {
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

/// A paired quotation: the mark tokens and the content between them.
#[derive(Clone, Copy, Debug)]
struct Quote {
    open: usize,
    /// The closing mark, or the paragraph end for an unclosed quote.
    close: usize,
    closed: bool,
}

impl Quote {
    fn content(&self) -> (usize, usize) {
        (self.open + 1, self.close)
    }
}

/// Pairs quotation marks in one pass.
fn pair_quotes(segments: &Segments) -> Vec<Quote> {
    let tokens = &segments.tokens;
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for paragraph in &segments.paragraphs {
        if paragraph.boilerplate {
            open = None;
            continue;
        }
        for i in paragraph.first..paragraph.end {
            let Kind::Quote(mark) = tokens[i].kind else {
                continue;
            };
            let next_attached = tokens
                .get(i + 1)
                .is_some_and(|t| !t.space_before && !t.newline_before);
            if i == paragraph.first && open.is_some() {
                // The quote from the previous paragraph continues here.
                continue;
            }
            match (open, mark) {
                (None, Mark::Open) => open = Some(i),
                (None, Mark::Straight)
                    if tokens[i].space_before || i == paragraph.first || next_attached =>
                {
                    open = Some(i)
                }
                (Some(o), Mark::Close | Mark::Straight) => {
                    quotes.push(Quote {
                        open: o,
                        close: i,
                        closed: true,
                    });
                    open = None;
                }
                // An opening-shaped mark glued to the words before it closes
                // the quote: `“It's unusual,“ said Noble`.
                (Some(o), Mark::Open) if !tokens[i].space_before && !next_attached => {
                    quotes.push(Quote {
                        open: o,
                        close: i,
                        closed: true,
                    });
                    open = None;
                }
                (Some(_), Mark::Open) => open = Some(i),
                _ => {}
            }
        }
        if let Some(o) = open {
            let continues = segments
                .paragraphs
                .get(paragraph.paragraph + 1)
                .is_some_and(|next| {
                    !next.boilerplate
                        && tokens.get(next.first).is_some_and(|t| {
                            matches!(t.kind, Kind::Quote(Mark::Open | Mark::Straight))
                        })
                });
            if !continues {
                quotes.push(Quote {
                    open: o,
                    close: paragraph.end,
                    closed: false,
                });
                open = None;
            }
        }
    }
    quotes
}

struct Finder<'a> {
    text: &'a str,
    tokens: &'a [Token],
    segments: &'a Segments,
    times: &'a [TimeExpr],
    /// For each token, whether it lies inside a quotation (marks included).
    quoted: Vec<bool>,
    used_cue: Vec<bool>,
    /// What `subject_before` found for each cue and floor since a cue was
    /// last used. Its search reads the phrases to the left through the
    /// owners of prepositional objects, relative clauses and joined objects,
    /// each of which searches again further left, so one phrase is reached
    /// along many paths: a long run of prepositions and conjunctions before a
    /// cue took time exponential in its length (a minute for 1.5 KB).
    subjects: RefCell<HashMap<SubjectSearch, Option<(usize, usize)>>>,
}

impl Finder<'_> {
    /// Marks the cue's words as used, which `cue_at` and so every search for
    /// a subject depend on.
    fn use_cue(&mut self, cue: (usize, usize)) {
        self.used_cue[cue.0..cue.1].fill(true);
        self.subjects.get_mut().clear();
    }

    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    fn sentence_bounds(&self, i: usize) -> (usize, usize) {
        self.segments
            .sentence_of(i)
            .and_then(|s| self.segments.sentences.get(s))
            .map_or((i, i + 1), |s| (s.first, s.end))
    }

    /// The time expression that starts at token `i`.
    fn time_at(&self, i: usize) -> Option<usize> {
        let at = self.times.partition_point(|t| t.first < i);
        self.times.get(at).filter(|t| t.first == i).map(|_| at)
    }

    /// The time expression that ends at token `end`.
    fn time_ending(&self, end: usize) -> Option<usize> {
        let at = self.times.partition_point(|t| t.end < end);
        self.times.get(at).filter(|t| t.end == end).map(|_| at)
    }

    /// Whether token `i` is a usable cue: a verb of saying, or "according to".
    fn cue_at(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_word(i) || self.used_cue.get(i).copied().unwrap_or(true) {
            return None;
        }
        let word = self.word(i);
        if word_is(word, "according") && word_is(self.word(i + 1), "to") {
            return Some((i, i + 2));
        }
        let lemma = cue_lemma_key(self.tokens.get(i)?.key)?;
        if lemma == "point" {
            return word_is(self.word(i + 1), "out").then_some((i, i + 2));
        }
        let next = self.word(i + 1);
        // A list of doings is no speech: "begin shouting, pointing, jeering".
        if word.ends_with("ing") && next == "," && is_participle_before(self.word(i + 2), "") {
            return None;
        }
        let introduces = matches!(next, ":" | ",") || word_is(next, "that");
        // "“…,” he continued." closes the attribution of the quote before it.
        let after_quote = (i.saturating_sub(5)..i).any(|k| {
            matches!(
                self.tokens[k].kind,
                Kind::Quote(Mark::Close | Mark::Straight)
            ) && k > 0
                && matches!(self.tokens[k - 1].kind, Kind::Punct(',' | '?' | '!'))
        });
        // A capitalised one may open an inverted attribution ("Continued
        // Stone: “…”"), which the check for capitals below reads.
        if matches!(lemma, "continue" | "maintain" | "counter")
            && !introduces
            && !after_quote
            && !is_capitalized(word)
        {
            return None;
        }
        // "states" is a noun far more often than a verb: only "states:" and
        // "states that" before a clause's subject, not in "states that vote".
        let after_that = self.word(i + 2);
        let clause_follows = word_is(next, "that")
            && (is_capitalized(after_that)
                || is_determiner(after_that)
                || SUBJECT_PRONOUNS.contains(after_that)
                || word_in(after_that, &["there", "this"]));
        if lemma == "state" && !(clause_follows || next == ":") {
            return None;
        }
        // A particle makes another verb: "shouted down", "told off"; "added
        // to" is to increase ("added to the confusion"), and "responds to
        // violence" is to act on it.
        if word_in(next, &["down", "up", "off", "back", "away"])
            || lemma == "add" && word_is(next, "to")
            || matches!(lemma, "respond" | "reply" | "answer") && word_is(next, "to")
        {
            return None;
        }
        // Words that are nouns as often as verbs count only inflected
        // ("reported", not "the report"), and never right before a verb
        // ("news reports said").
        let inflected = !word.eq_ignore_ascii_case(lemma);
        let noun_like = NOUN_LIKE.contains(lemma);
        // After a plural source and before a clause, the base form is the
        // verb: "some note that Trump …", "critics claim that the plan …".
        let prev = self.word(i.wrapping_sub(1));
        let plural_source = i > 0
            && self.is_word(i - 1)
            && (word_in(
                prev,
                &["some", "others", "many", "most", "they", "we", "i", "you"],
            ) || (!is_determiner(prev)
                && prev.ends_with('s')
                && !prev.ends_with("ss")
                && prev.len() > 3));
        if noun_like && !inflected && !(clause_follows && plural_source) {
            return None;
        }
        // Their "-s" forms are plural nouns after a modifier ("recent
        // comments", "early-morning tweets") or before a participle ("tweets
        // shaming a former Miss Universe").
        let plural_noun = noun_like
            && word.ends_with('s')
            && ((NOUN_MODIFIERS.contains(prev) || prev.contains('-') && !is_capitalized(prev))
                || (next.ends_with("ing") && self.is_word(i + 1) && !is_capitalized(next)));
        if plural_noun {
            return None;
        }
        if cue_lemma(next).is_some()
            || word_in(
                next,
                &[
                    "was", "is", "were", "are", "has", "have", "had", "by", "of", "with", "for",
                    "on", "about", "at", "from",
                ],
            ) && lemma != "say"
        {
            return None;
        }
        // A claim of a thing or a share is no speech: "claimed a victory",
        // "claiming 41 percent of the vote".
        let claimed = (i + 1..i + 4)
            .take_while(|&k| {
                self.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
                    || is_determiner(self.word(k))
                    || CLAIMED_THINGS.contains(self.word(k))
            })
            .any(|k| CLAIMED_THINGS.contains(self.word(k)));
        if lemma == "claim" && claimed {
            return None;
        }
        // "It is worth noting that" is the writer's aside; "taxpayers
        // reporting capital gains" report no speech.
        if word_is(prev, "worth")
            || (lemma == "report" && word.ends_with("ing") && !word_in(next, &["that", ":"]))
        {
            return None;
        }
        if prev.ends_with("’s") || prev.ends_with("'s") || prev.ends_with('’') {
            return None;
        }
        // A capitalised "Says" opens a headline or a label, not reported
        // speech; "Said Ellis: “…”" opens an inverted attribution.
        let inverted = word_in(word, &["said", "says", "added", "wrote", "continued"])
            && (is_capitalized(next) || word_in(next, &["the", "a", "an", "one"]))
            && (i + 2..i + 7).any(|k| {
                self.tokens
                    .get(k)
                    .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
                    && self.tokens.get(k + 1).is_some_and(|t| t.is_quote())
            });
        if is_capitalized(word) && !word_is(word, "according") && !inverted {
            return None;
        }
        // A participle between a modifier and its noun is an adjective: "a
        // creative writing professor, said".
        let noun_modifier = word.ends_with("ing")
            && i >= 2
            && is_determiner(self.word(i - 2))
            && self.is_word(i - 1)
            && !is_capitalized(prev)
            && self.is_word(i + 1)
            && !is_capitalized(next)
            && !is_determiner(next)
            && !SUBJECT_PRONOUNS.contains(next)
            && !word_in(next, &["you", "that"])
            && (self.tokens.get(i + 2).is_some_and(|t| t.is_punct(','))
                || cue_lemma(self.word(i + 2)).is_some());
        if noun_modifier {
            return None;
        }
        // Nouns that look like verbs: "the state", "a report", "the tweet".
        if word_in(
            self.word(i.wrapping_sub(1)),
            &[
                "the", "a", "an", "his", "her", "their", "its", "this", "that",
            ],
        ) {
            return None;
        }
        // Within the cue's own sentence: "Clinton did not. He said …" is said.
        let (sentence_first, _) = self.sentence_bounds(i);
        let blocked = (i.saturating_sub(3).max(sentence_first)..i).any(|k| {
            let word = self.word(k);
            // "to" makes an infinitive only right before the cue ("declined
            // to publicly say"); before a noun it opens a phrase ("sources
            // close to the campaign said").
            if word_is(word, "to") {
                return self.before_adverbs(i, k + 1) == k + 1;
            }
            BLOCKERS.contains(word) || word.ends_with("n't") || word.ends_with("n’t")
        });
        // A passive cue names who was addressed, not who spoke: "was asked", "were told".
        let passive = word_in(prev, &["was", "were", "been", "being", "is", "are", "be"]);
        if passive && lemma != "say" {
            return None;
        }
        (!blocked).then_some((i, i + 1))
    }

    /// The source noun phrase that ends right before `cue`, read leftwards:
    /// "Chicago mayor Brandon Johnson", "Hugh Hill, a doctor,", "he".
    fn subject_before(&self, cue: usize, floor: usize) -> Option<(usize, usize)> {
        let floor = floor.max(cue.saturating_sub(SOURCE_REACH));
        if let Some(&found) = self.subjects.borrow().get(&(cue, floor)) {
            return found;
        }
        let found = self.search_subject_before(cue, floor);
        self.subjects.borrow_mut().insert((cue, floor), found);
        found
    }

    fn search_subject_before(&self, cue: usize, floor: usize) -> Option<(usize, usize)> {
        let mut end = self.before_adverbs(cue, floor);
        // A verb that carries the cue as its participle stands between the
        // source and the cue: "Trump kept saying", "Republicans have begun
        // urging". ("stopped saying" says the opposite and is no cue.)
        if self.word(cue).ends_with("ing")
            && end > floor
            && self.is_word(end - 1)
            && CARRYING_VERBS.contains(self.word(end - 1))
        {
            end = self.before_adverbs(end - 1, floor);
        }
        // An aside between the source and its cue: "Forbes, however, says".
        if end > floor + 3
            && self.tokens[end - 1].is_punct(',')
            && self.tokens[end - 3].is_punct(',')
            && word_in(
                self.word(end - 2),
                &[
                    "however",
                    "meanwhile",
                    "too",
                    "though",
                    "instead",
                    "also",
                    "nonetheless",
                    "likewise",
                ],
            )
        {
            end -= 3;
        }
        // An appositive set off by dashes: "Kall -- co-editor of Debating
        // The Donald, a book on the debates -- said".
        if let Some(close) = self.dash_before(end, floor) {
            let open = (close.saturating_sub(30).max(floor + 1)..close)
                .rev()
                .take_while(|&k| !self.quoted[k] && !self.tokens[k].is_punct('.'))
                .find_map(|k| self.dash_before(k + 1, floor));
            let name = open.and_then(|open| {
                self.subject_before(open, floor)
                    .filter(|&(first, name_end)| {
                        name_end == open && is_capitalized(self.word(first))
                    })
            });
            if let Some((first, _)) = name {
                return Some((first, close));
            }
        }
        // A setting set off by commas: "Jane Doe, in an interview with CNN,
        // said"; "Hillary Clinton, at a later press gaggle, said".
        if end > floor + 3 && self.tokens[end - 1].is_punct(',') {
            let open = (end.saturating_sub(14).max(floor + 1)..end - 1)
                .rev()
                .find(|&k| matches!(self.tokens[k].kind, Kind::Punct(_)) || self.quoted[k]);
            if let Some(open) = open.filter(|&k| self.tokens[k].is_punct(',')) {
                let opener = self.word(open + 1);
                let setting = word_in(
                    opener,
                    &[
                        "in", "at", "on", "during", "after", "before", "from", "with", "via",
                    ],
                ) || self.time_at(open + 1).is_some();
                let plain = (open + 1..end - 1).all(|k| self.cue_at(k).is_none());
                if setting && plain {
                    end = open;
                    // The setting may close a long appositive: "Sandy Roe,
                    // who lost her daughter in Aurora, Colorado, in July
                    // 2012, said". The place is not the source.
                    if let Some(found) = self.long_appositive(open, floor) {
                        return Some(found);
                    }
                }
            }
        }
        // "Jane Doe is quoted as saying": the source stands before "is quoted".
        if word_is(self.word(cue), "saying")
            && end >= floor + 4
            && word_is(self.word(end - 1), "as")
            && word_is(self.word(end - 2), "quoted")
            && word_in(self.word(end - 3), &["is", "was", "were", "are", "been"])
        {
            end -= 3;
            while end > floor
                && word_in(
                    self.word(end - 1),
                    &["is", "was", "were", "are", "been", "has", "have", "had"],
                )
            {
                end -= 1;
            }
        }
        // A long appositive closed by a comma: "Laurence Meyer, a former Fed
        // governor who argued with her at the conference, said".
        if end > floor + 2 && self.tokens[end - 1].is_punct(',') {
            if let Some(found) = self.long_appositive(end - 1, floor) {
                return Some(found);
            }
        }
        // "Johnson on Tuesday said".
        end = self.before_time(end, floor, &["on", "last", "this"]);
        let mut first = end;
        let mut commas = 0;
        let mut closed_appositive = false;
        while first > floor && end - first < 14 {
            let k = first - 1;
            let token = self.tokens[k];
            let word = token.text(self.text);
            if self.quoted[k] {
                break;
            }
            match token.kind {
                Kind::Word => {
                    // "those" opens a phrase only as its head: "those close to
                    // him", "those who attended".
                    let next = self.word(k + 1);
                    let those = word_is(word, "those")
                        && (OWNER_ADJECTIVES.contains(next) || word_is(next, "who"));
                    if LEFT_STOP.contains(word) && !NAME_JOINERS.contains(word) && !those {
                        break;
                    }
                    // A verb before the cue ("cited reports that") is no source,
                    // but a noun in -ing after a determiner is ("another ranking").
                    let noun = k > floor && is_determiner(self.word(k - 1));
                    // "people briefed on the talks".
                    let owner_adjective = crate::grammar::OWNER_ADJECTIVES.contains(word);
                    if is_verb_form(word) && !noun && !owner_adjective {
                        break;
                    }
                    // Left of a name, a lower-case word belongs to the phrase
                    // only as a determiner or a role ("adviser Liz Roe");
                    // otherwise it is the verb before it ("follows Harbor City mayors").
                    let right = self.word(k + 1);
                    let before_name = first < end && is_capitalized(right) && self.is_word(k + 1);
                    let joiner = NAME_JOINERS.contains(word);
                    // An adjective after a determiner is part of the phrase:
                    // "the independent Vermont senator".
                    let adjective = k > floor && is_determiner(self.word(k - 1));
                    // A lower-case word naming the body of a title before it:
                    // "Tulsa police Chief Chuck Jordan", "state Sen. Jane Roe".
                    let title_body =
                        TITLE_BODIES.contains(word) && crate::grammar::is_role_head(right);
                    if before_name
                        && !joiner
                        && !adjective
                        && !title_body
                        && !is_capitalized(word)
                        && !is_determiner(word)
                        && !crate::grammar::is_role_head(word)
                        && !crate::grammar::is_role_adjective(word)
                    {
                        break;
                    }
                    if NAME_JOINERS.contains(word) {
                        // Only inside names and lists: "Secretary of State",
                        // "the Center for Responsive Politics", "Smith and Jones".
                        let before = self.word(k.wrapping_sub(1));
                        let after = self.word(k + 1);
                        let caps = is_capitalized(before) && is_capitalized(after);
                        let list = word_is(word, "and")
                            && (is_capitalized(before)
                                || self.quoted.get(k.wrapping_sub(1)) == Some(&false) && k > floor)
                            && is_capitalized(after);
                        if !(caps || list) || k <= floor {
                            break;
                        }
                    }
                    first = k;
                }
                Kind::Punct(')') => {
                    // A parenthetical such as "(D-Md.)" belongs to the name before it.
                    let open = (k.saturating_sub(6).max(floor)..k)
                        .rev()
                        .find(|&p| self.tokens[p].is_punct('('));
                    match open {
                        Some(p) if p > floor => first = p,
                        _ => break,
                    }
                }
                // A quantity: "27 percent of voters said".
                Kind::Number
                    if first < end
                        && first == k + 1
                        && self.is_word(first)
                        && !is_capitalized(self.word(first)) =>
                {
                    first = k
                }
                // A number in a compound modifier: "the 34-year-old mother".
                Kind::Number if first == k + 1 && self.tokens[first].is_punct('-') => first = k,
                // An age in an appositive: "Sarandon, 69, told".
                Kind::Number if commas == 1 && closed_appositive && k + 1 == end => first = k,
                Kind::Punct(',') if commas < 2 && k > floor => {
                    // An appositive ("Hugh Hill, a doctor, said") or a list ("New York, Chicago and Denver mayors").
                    let before = self.word(k - 1);
                    let part_first = self.word(first);
                    // An appositive is closed by a comma before the cue; without
                    // one ("Clinton, a top aide said,") the name is not the source.
                    let appositive = closed_appositive
                        && commas == 1
                        && first < end
                        && (word_in(part_first, &["a", "an", "the", "who", "whose"])
                            || !is_capitalized(part_first))
                        && k + 1 == first
                        && is_capitalized(before)
                        && self.is_word(k - 1);
                    let list = is_capitalized(before)
                        && is_capitalized(part_first)
                        && (first..end).any(|p| word_is(self.word(p), "and"));
                    // A party tag: "Mitch McConnell, R-Ky., said".
                    let party = closed_appositive
                        && commas == 1
                        && k + 1 == first
                        && is_capitalized(before)
                        && self.is_party_tag(first, end);
                    let trailing = first == end;
                    // A name after its description: "Google's chief executive,
                    // Laszlo Bock, told".
                    let named_description = closed_appositive
                        && commas == 1
                        && k + 1 == first
                        && (first..end).all(|p| !self.is_word(p) || is_capitalized(self.word(p)))
                        && self.is_word(k - 1)
                        && !is_capitalized(before);
                    if !(appositive || list || trailing || named_description || party) {
                        break;
                    }
                    if trailing {
                        // "Johnson, the mayor, said": the comma before the cue closes an appositive.
                        end = k;
                        closed_appositive = true;
                    }
                    commas += 1;
                    first = k;
                }
                Kind::Punct('-' | '’' | '\'' | '.') if first < end => first = k,
                _ => break,
            }
        }
        // A comma before the cue must close an appositive that a name opens,
        // or follow a parenthesis: "Sen. Jack Reed (D-R.I.), said".
        let parenthesis = first < end && self.tokens[end - 1].is_punct(')');
        if closed_appositive && commas < 2 && !parenthesis {
            return None;
        }
        // A dangling comma or conjunction at the left edge is not part of the phrase.
        while first < end
            && (self.tokens[first].is_punct(',') || word_in(self.word(first), &["and", "of"]))
        {
            first += 1;
        }
        // A relative pronoun stands for the nearest phrase, the object of a
        // participle too: "a tax bill levied by the European Union, which
        // contended".
        let relative = |k: usize| word_in(self.word(k), &["who", "which"]);
        let antecedent = relative(cue) || self.tokens[cue].is_punct(',') && relative(cue + 1);
        let participle = (!antecedent)
            .then(|| self.participle_before_object(first, floor))
            .flatten();
        let first = match self.phrase_owner(first, floor, participle) {
            Some(owner) => owner,
            None if participle.is_some() => return None,
            None => first,
        };
        let first = self.clause_owner(first, end, floor).unwrap_or(first);
        (first < end && self.plausible_source(first, end)).then_some((first, end))
    }

    /// Where the source starts when a relative clause stands between it and
    /// the cue: "voters who backed Trump said", "a man in Ohio who lost his
    /// job said". The clause opens with "who" after a noun for people, and
    /// runs to the cue without a comma or a quotation.
    fn clause_owner(&self, first: usize, end: usize, floor: usize) -> Option<usize> {
        // The clause ends in a word of its own before the cue, not in "who"
        // ("those who say" is a relative source) or a joining word ("who
        // launched his campaign by saying").
        if first >= end || LEFT_STOP.contains(self.word(end - 1)) {
            return None;
        }
        let lowest = end.saturating_sub(16).max(floor + 1);
        // A participle with an infinitive opens a clause too: "Democrats
        // trying to regain control of the Senate say".
        let who = (lowest..first)
            .rev()
            .take_while(|&k| self.is_word(k) && !self.quoted[k])
            .find(|&k| {
                word_is(self.word(k), "who")
                    || k > floor
                        && self.is_word(k - 1)
                        && opens_infinitive_clause(
                            self.word(k - 1),
                            self.word(k),
                            self.word(k + 1),
                            self.word(k + 2),
                        )
                        && !(k..first).any(|w| word_in(self.word(w), CLAUSE_BREAKS))
            })?;
        let (owner_first, _) =
            self.subject_before(who, floor)
                .filter(|&(owner_first, owner_end)| {
                    owner_end == who
                        && (self.owns_phrase(owner_first, owner_end)
                            || self.carries_object(owner_first, owner_end))
                })?;
        Some(owner_first)
    }

    /// Where the source starts when the phrase read leftwards from a cue,
    /// starting at `first`, is the object of a preposition: "a spokesman for
    /// the company said", "officials in Washington said", "Michael Tanner of
    /// the Cato Institute said", "people familiar with the talks said". The
    /// object alone would name the wrong source. A second object joined by
    /// "and" belongs to the same phrase: "experts on North Korea and nuclear
    /// nonproliferation", "observers in Virginia and around the country".
    /// `participle` stands between the owner and the preposition ("voters
    /// going to the polls").
    fn phrase_owner(&self, first: usize, floor: usize, participle: Option<usize>) -> Option<usize> {
        let before = first
            .checked_sub(1)
            .filter(|&k| k > floor && self.is_word(k))?;
        if participle.is_some() || crate::grammar::opens_object(self.word(before), self.word(first))
        {
            let head_end = participle.unwrap_or(before);
            let owner = self
                .subject_before(head_end, floor)
                .filter(|&(owner_first, owner_end)| {
                    // A chain of objects: "members of the board of directors".
                    // A document speaks through a participle: "a letter
                    // signed by 50 senators says".
                    let document =
                        head_end != before && self.names_document((owner_first, owner_end));
                    owner_end == head_end
                        && (self.owns_phrase(owner_first, owner_end)
                            || self.carries_object(owner_first, owner_end)
                            || document)
                });
            if let Some((owner_first, _)) = owner {
                return Some(owner_first);
            }
            let conjunction = before.checked_sub(1).filter(|&k| k > floor)?;
            return self.joined_object(conjunction, floor);
        }
        self.joined_object(before, floor)
    }

    /// The participle after a noun and before the preposition whose object
    /// starts at `first`: "voters going to the polls", "a source speaking to
    /// Fox News", "emails obtained by Vox". Its object is never the source;
    /// the phrase before it may be.
    fn participle_before_object(&self, first: usize, floor: usize) -> Option<usize> {
        let participle = first.checked_sub(2).filter(|&k| k > floor)?;
        (self.is_word(participle - 1)
            && can_be_described(self.word(participle - 1))
            && self.is_word(participle)
            && crate::grammar::opens_participle_object(
                self.word(participle),
                self.word(participle + 1),
                self.word(first),
            ))
        .then_some(participle)
    }

    /// The start of the phrase before the conjunction at `conjunction` when
    /// that phrase ends in a prepositional object the words after it continue.
    fn joined_object(&self, conjunction: usize, floor: usize) -> Option<usize> {
        if !word_in(self.word(conjunction), &["and", "or"]) {
            return None;
        }
        let (left_first, left_end) = self
            .subject_before(conjunction, floor)
            .filter(|&(_, left_end)| left_end == conjunction)?;
        self.carries_object(left_first, left_end)
            .then_some(left_first)
    }

    /// Whether the phrase `first..end` is a source with a prepositional object.
    fn carries_object(&self, first: usize, end: usize) -> bool {
        (first + 1..end).any(|k| {
            crate::grammar::opens_object(self.word(k), self.word(k + 1))
                && self.owns_phrase(first, k)
        })
    }

    /// Whether the phrase `first..end` can carry a prepositional phrase as a
    /// source: its head is a noun for people ("spokesman", "officials",
    /// "experts", "people familiar") or it is a name ("Michael Tanner").
    fn owns_phrase(&self, first: usize, end: usize) -> bool {
        let mut head = end - 1;
        // "people familiar with", "sources close to".
        if head > first && OWNER_ADJECTIVES.contains(self.word(head)) {
            head -= 1;
        }
        let word = self.word(head);
        let name = (first..end).all(|k| !self.is_word(k) || is_capitalized(self.word(k)))
            && !is_determiner(self.word(first));
        let before = (head > first).then(|| self.word(head - 1));
        crate::grammar::owns_object(word, before) || name
    }

    /// Where the words before `end` stop being adverbs and auxiliaries
    /// ("has also said", "falsely suggesting").
    fn before_adverbs(&self, mut end: usize, floor: usize) -> usize {
        while end > floor && self.is_word(end - 1) && {
            let w = self.word(end - 1);
            BETWEEN.contains(w)
                || (w.ends_with("ly") && !is_capitalized(w) && w.len() > 4 && !LY_NOUNS.contains(w))
        } {
            end -= 1;
        }
        end
    }

    /// Where a time that ends at `end` starts, with one of `prepositions`
    /// before it ("on Tuesday"); `end` itself when no time ends there.
    fn before_time(&self, end: usize, floor: usize, prepositions: &[&str]) -> usize {
        let Some(t) = self.time_ending(end) else {
            return end;
        };
        let mut first = self.times[t].first;
        // "early Friday", "late Monday".
        if first > floor && word_in(self.word(first - 1), &["early", "late"]) {
            first -= 1;
        }
        if first > floor && word_in(self.word(first - 1), prepositions) {
            first - 1
        } else {
            first
        }
    }

    /// Whether the words after a cue, from `after` on, open with a clause of
    /// time or reason rather than the content: "tweeted as Obama spoke", not
    /// "said that because …", "said as much" or "cautioned, as did the
    /// campaign, that …".
    fn opens_subordinate_clause(&self, after: usize, start: usize) -> bool {
        let that = (after..start).any(|k| word_is(self.word(k), "that"));
        let word = self.word(start);
        let comparison = word_is(word, "as")
            && word_in(
                self.word(start + 1),
                &[
                    "much", "well", "did", "does", "do", "have", "has", "had", "was", "is",
                ],
            );
        !that && !comparison && SUBORDINATORS.contains(word)
    }

    /// Whether `subject`, set off by a comma before the participle cue at
    /// `cue`, is the object of the sentence's verb rather than a source:
    /// "Fiorina attacked Donald Trump, the front-runner, saying …" reports
    /// Fiorina. A phrase that opens the sentence or a clause is its subject
    /// ("Trump, saying …, refused").
    fn object_before_participle(&self, subject: (usize, usize), cue: usize, first: usize) -> bool {
        self.word(cue).ends_with("ing")
            && cue > 0
            && self.tokens[cue - 1].is_punct(',')
            && subject.0 > first
            && !self.ends_clause(subject.0 - 1)
            && self.is_word(subject.0 - 1)
    }

    /// Where a dash that ends right before `end` starts: "—", "–" or "--".
    fn dash_before(&self, end: usize, floor: usize) -> Option<usize> {
        let last = end.checked_sub(1).filter(|&k| k > floor)?;
        match self.tokens[last].kind {
            Kind::Punct('—' | '–') => Some(last),
            Kind::Punct('-') if last > floor + 1 && self.tokens[last - 1].is_punct('-') => {
                Some(last - 1)
            }
            _ => None,
        }
    }

    /// Whether `first..end` is a party tag: "R-Ky.", "D-Calif", "I-Vt.".
    fn is_party_tag(&self, first: usize, end: usize) -> bool {
        let tag = self.segments.text_of(self.text, first, end);
        let mut parts = tag.splitn(2, '-');
        matches!(parts.next(), Some("R" | "D" | "I"))
            && parts.next().is_some_and(|state| {
                is_capitalized(state) && state.len() <= 6 && !state.contains(' ')
            })
    }

    /// Whether the phrase `first..end` names a document or an occasion,
    /// which says only what its author said: "a letter", "a series of
    /// tweets", "a news conference".
    fn names_document(&self, (first, end): (usize, usize)) -> bool {
        (first..end)
            .rev()
            .find(|&k| self.is_word(k))
            .is_some_and(|k| DOCUMENTS.contains(self.word(k)))
    }

    /// A relative pronoun as the source of the cue at `cue`: "an architect
    /// who said", "the agency, which said", "McConnell, who in 2010 said".
    /// Returns the pronoun and the noun phrase it stands for.
    fn relative_source(
        &self,
        cue: usize,
        floor: usize,
    ) -> Option<((usize, usize), (usize, usize))> {
        // "who has also said", "who in 2010 said", "who on Tuesday told".
        let end = self.before_adverbs(cue, floor);
        let end = self.before_time(end, floor, &["in", "on", "last", "this"]);
        let pronoun = end.checked_sub(1).filter(|&k| {
            k > floor && self.is_word(k) && word_in(self.word(k), &["who", "which"])
        })?;
        // A non-restrictive clause follows a comma: "the agency, which said".
        let np_end = if self.tokens[pronoun - 1].is_punct(',') {
            pronoun - 1
        } else {
            pronoun
        };
        let (mut first, end) = self.subject_before(np_end, floor)?;
        // Read leftwards the phrase can take in the verb before its
        // determiner ("pay an architect"); the determiner opens it.
        if let Some(determiner) =
            (first + 1..end).find(|&k| word_in(self.word(k), &["a", "an", "the"]))
        {
            first = determiner;
        }
        Some(((pronoun, pronoun + 1), (first, end)))
    }

    /// The name and appositive before the comma at `comma`: the appositive
    /// opens after an earlier comma that follows a capitalised name.
    fn long_appositive(&self, comma: usize, floor: usize) -> Option<(usize, usize)> {
        // The leftmost fitting comma wins: in "Elward Edd, an official at
        // the Authority in Arizona, which has a backlog, said" the name is
        // Elward Edd, not Arizona.
        let mut found = None;
        let mut commas = 0;
        let mut k = comma;
        while k > floor + 1 && comma - k < 30 && commas < 3 {
            k -= 1;
            let token = self.tokens[k];
            if self.quoted[k] || matches!(token.kind, Kind::Punct('.' | ';' | ':' | '!' | '?')) {
                break;
            }
            if !token.is_punct(',') {
                continue;
            }
            commas += 1;
            let opener = self.word(k + 1);
            let opens = is_determiner(opener)
                || word_in(opener, &["who", "whose", "which"])
                // A party tag: "Dianne Feinstein, Democrat of California, said".
                || word_in(opener, &["democrat", "republican", "independent"])
                // A participial phrase: "Trump, speaking to a veterans group,
                // said"; "Johnson, asked about the shelters, said".
                || is_lowercase_participle(opener)
                || crate::grammar::is_role_head(opener)
                || crate::grammar::is_role_head(self.word(k + 2))
                || self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == Kind::Number);
            // The name may carry a party tag: "Sen. Johnny Isakson (R-Ga.), one of …".
            let named = (self.is_word(k - 1) && is_capitalized(self.word(k - 1)))
                || self.tokens[k - 1].is_punct(')');
            // An appositive describes; a clause ("the plant is hanging on,
            // but …") is not one.
            let verb = |w: usize| word_in(self.word(w), &["is", "are", "was", "were", "but"]);
            let relative = |w: usize| word_in(self.word(w), &["who", "whose", "which", "that"]);
            let clause = (k + 1..comma).any(verb) && !(k + 1..comma).any(relative);
            if opens && named && !clause {
                if let Some(name) = self.subject_before(k, floor).filter(|name| name.1 == k) {
                    // A lone "who" before a setting ("Bret Stephens, who,
                    // after trading insults, said") describes nothing.
                    let lone_relative = comma == k + 2 && relative(k + 1);
                    let end = if lone_relative { k } else { comma };
                    found = Some((name.0, end));
                }
            }
        }
        found
    }

    /// Whether a phrase can name a source: it has a noun-like head.
    fn plausible_source(&self, first: usize, end: usize) -> bool {
        let head = (first..end)
            .rev()
            .find(|&k| self.is_word(k))
            .map(|k| self.word(k));
        let Some(head) = head else {
            return false;
        };
        // A phrase that ends in a conjunction is cut from a longer one:
        // "crediting Trump for his instincts and urging him".
        if word_in(head, &["and", "or"]) {
            return false;
        }
        // A participle or a preposition does not name anyone: "Having", "of
        // Clinton". A capitalised "-ing" word is a name ("Ebeling said",
        // "King said") unless it opens the sentence as a verb would.
        let opens_sentence = first == 0
            || self.tokens[first].newline_before
            || matches!(
                self.tokens[first - 1].kind,
                Kind::Punct('.' | '!' | '?' | ':' | '(') | Kind::Quote(Mark::Open)
            );
        let verb_form = word_in(head, &["having", "being", "going", "getting", "asking"])
            || cue_lemma(head).is_some();
        let participle = end - first == 1
            && head.ends_with("ing")
            && (!is_capitalized(head) || opens_sentence && verb_form);
        if participle || word_in(self.word(first), &["of", "to", "for", "by", "with"]) {
            return false;
        }
        // A span of time names no one: "After years adding generators". It
        // may end a relative clause that describes someone: "voters who have
        // listened to him over the decades".
        let relative = (first..end).any(|k| word_in(self.word(k), &["who", "whose"]));
        if SPANS_OF_TIME.contains(head) && !relative {
            return false;
        }
        // A lone determiner or quantifier is no source: "other promising news".
        // "Another says" and "some say" name sources; "other promising" does not.
        let lone = end - first == 1
            && word_in(
                head,
                &[
                    "his", "her", "their", "its", "our", "other", "former", "top", "senior",
                    "such", "more", "most", "much", "amid", "despite", "per",
                ],
            );
        !lone
            && (!word_in(
                head,
                &[
                    "the", "a", "an", "it", "this", "that", "there", "which", "what", "one",
                ],
            ) || word_is(head, "it") && end - first == 1)
    }

    /// Whether token `k` is the comma that ends a reported clause, or the
    /// closing mark right after one (`… a push poll,” Heiserman said`).
    fn ends_clause(&self, k: usize) -> bool {
        let token = self.tokens[k];
        token.is_punct(',')
            || (matches!(token.kind, Kind::Quote(Mark::Close | Mark::Straight))
                && k > 0
                && self.tokens[k - 1].is_punct(','))
    }

    /// The source named after the cue `cue` ("said Johnson"). After "told"
    /// comes the audience, never the source: "…, told Fox News."
    fn inverted_subject(&self, cue: (usize, usize), limit: usize) -> Option<(usize, usize)> {
        if cue_lemma(self.word(cue.0)) == Some("tell") {
            return None;
        }
        self.subject_after(cue.1, limit)
    }

    /// The source noun phrase after an inverted cue ("said Johnson", "said the mayor").
    fn subject_after(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        let mut end = start;
        while end < limit && end - start < 10 {
            let token = self.tokens[end];
            let word = token.text(self.text);
            // "a source close to the campaign", "people familiar with the talks".
            let source_phrase = end > start
                && word_in(word, &["to", "with", "on"])
                && word_in(
                    self.word(end - 1),
                    &["close", "familiar", "near", "loyal", "allied", "briefed"],
                );
            // Inside an organisation's name: "the Center for Responsive
            // Politics". After a person's name the words name where they
            // write or speak: "Cameron Easley for Morning Consult".
            let name_joiner = end > start
                && is_determiner(self.word(start))
                && NAME_JOINERS.contains(word)
                && is_capitalized(self.word(end - 1))
                && is_capitalized(self.word(end + 1));
            let ok = match token.kind {
                Kind::Word if source_phrase || name_joiner => true,
                Kind::Word => {
                    !(LEFT_STOP.contains(word) && !word_is(word, "of")
                        || word_in(
                            word,
                            &[
                                "on", "in", "at", "during", "who", "when", "as", "after", "before",
                                "while",
                            ],
                        ))
                        && self.time_at(end).is_none()
                }
                Kind::Punct('-' | '’' | '\'') => end > start,
                // The digits of a code run on in its word: "L2 president Bruce Willsie".
                Kind::Number => end > start && !token.space_before,
                Kind::Punct('(') => {
                    let close = (end..limit.min(end + 6)).find(|&p| self.tokens[p].is_punct(')'));
                    if let Some(c) = close {
                        end = c;
                    }
                    close.is_some()
                }
                _ => false,
            };
            if !ok {
                break;
            }
            end += 1;
        }
        while end > start && word_is(self.word(end - 1), "of") {
            end -= 1;
        }
        (end > start && self.plausible_source(start, end)).then_some((start, end))
    }

    /// Skips what may stand between a cue and its clause: an audience ("told
    /// reporters"), a time ("on December 27"), a setting ("in a statement"),
    /// and "that". Returns where the clause starts and the time, if any.
    fn clause_start(&self, cue: (usize, usize), limit: usize) -> (usize, Option<usize>) {
        let mut at = cue.1;
        let mut time = None;
        let lemma = cue_lemma(self.word(cue.0)).unwrap_or("");
        if lemma == "tell" {
            // "told reporters", "told The Associated Press", "told the crowd",
            // A long audience ("told The Post and Courier newspaper of
            // Charleston on Saturday that he …") ends at a "that" opening a clause.
            let that = (at..limit.min(at + 16)).find(|&k| {
                let near = k < at + 9;
                let clause = word_is(self.word(k), "that")
                    && (near || {
                        let next = self.word(k + 1);
                        is_capitalized(next)
                            || is_determiner(next)
                            || SUBJECT_PRONOUNS.contains(next)
                            || word_in(next, &["he’s", "she’s"])
                    });
                clause || near && (self.tokens[k].is_punct(',') || self.tokens[k].is_punct(':'))
            });
            match that {
                Some(k) => at = k,
                None if AUDIENCES.contains(self.word(at)) || is_capitalized(self.word(at)) => {
                    let mut k = at + 1;
                    if word_in(self.word(at), &["the", "a", "an", "his", "their"]) {
                        k += 1;
                    }
                    while k < limit && is_capitalized(self.word(k)) && self.is_word(k) {
                        k += 1;
                    }
                    // An audience cut off by the sentence's end ("…, telling
                    // a") leaves no clause; past the end, the content would
                    // start after the text.
                    at = k.min(limit);
                }
                None => {}
            }
        }
        for _ in 0..4 {
            if let Some(t) = self.time_at(at) {
                time = Some(t);
                at = self.times[t].end;
                continue;
            }
            let word = self.word(at);
            if word_in(
                word,
                &[
                    "on", "in", "at", "during", "via", "to", "through", "after", "before",
                ],
            ) && at + 1 < limit
            {
                if let Some(t) = self.time_at(at + 1) {
                    time = Some(t);
                    at = self.times[t].end;
                    continue;
                }
                // A short setting: "in a statement", "on Twitter", "at a news
                // conference", "on ABC’s “This Week”".
                let mut k = at + 1;
                while k < limit
                    && k - at <= 12
                    && (self.is_word(k) || self.tokens[k].is_punct('’') || self.quoted[k])
                    && !SUBJECT_PRONOUNS.contains(self.word(k))
                    && !word_is(self.word(k), "that")
                    // A time inside the setting describes it: "in a June report".
                    && (self.time_at(k).is_none() || is_determiner(self.word(k - 1)))
                {
                    k += 1;
                }
                let stops = k >= limit
                    || matches!(self.tokens[k].kind, Kind::Punct(',' | ':'))
                    || word_is(self.word(k), "that")
                    || self.time_at(k).is_some();
                if stops && k > at + 1 {
                    at = k;
                    continue;
                }
            }
            break;
        }
        while at < limit
            && (matches!(self.tokens[at].kind, Kind::Punct(',' | ':' | '—' | '–'))
                || word_is(self.word(at), "that"))
        {
            at += 1;
        }
        (at, time)
    }
}

/// The end of a clause: the sentence end without its final punctuation.
fn trim_end(tokens: &[Token], first: usize, mut end: usize) -> usize {
    while end > first
        && matches!(
            tokens[end - 1].kind,
            Kind::Punct('.' | '!' | '?' | ',' | ';' | ':' | ')' | '—' | '–')
        )
    {
        end -= 1;
    }
    end
}

/// Finds statements in the article.
pub(crate) fn find_statements(
    text: &str,
    segments: &Segments,
    times: &[TimeExpr],
) -> Vec<RawStatement> {
    let tokens = &segments.tokens;
    let quotes = pair_quotes(segments);
    let mut quoted = vec![false; tokens.len()];
    for q in &quotes {
        for flag in quoted
            .iter_mut()
            .take((q.close + 1).min(tokens.len()))
            .skip(q.open)
        {
            *flag = true;
        }
    }
    let mut finder = Finder {
        text,
        tokens,
        segments,
        times,
        quoted,
        used_cue: vec![false; tokens.len()],
        subjects: RefCell::default(),
    };
    let mut statements: Vec<RawStatement> = Vec::new();
    let mut quote_used = vec![false; quotes.len()];

    // Direct quotes with a cue next to them.
    for (qi, quote) in quotes.iter().enumerate() {
        let (first, end) = quote.content();
        let end = if quote.closed {
            end
        } else {
            trim_end(tokens, first, end).max(first)
        };
        if end <= first || (end - first) < 2 {
            continue;
        }
        let attribution = attribution_after(&finder, quote)
            .map(|found| (StatementRule::QuoteTagAfter, found))
            .or_else(|| {
                attribution_before(&finder, quote)
                    .map(|found| (StatementRule::QuoteTagBefore, found))
            });
        if let Some((rule, (mention, cue, time))) = attribution {
            finder.use_cue(cue);
            quote_used[qi] = true;
            statements.push(RawStatement {
                kind: StatementKind::Direct,
                rule,
                first,
                end,
                mention: Some(mention),
                antecedent: None,
                cue: Some(cue),
                time,
            });
        }
    }

    // Reported speech. A cue inside a clause already reported is part of
    // that clause, not a statement of its own.
    let mut reported_until = 0;
    let mut sources: BTreeMap<usize, (usize, usize)> = statements
        .iter()
        .filter_map(|s| Some((s.cue?.0, s.mention?)))
        .collect();
    for sentence in segments.sentences.iter().filter(|s| !s.boilerplate) {
        for c in sentence.first..sentence.end {
            if finder.quoted[c] || c < reported_until {
                continue;
            }
            let Some(cue) = finder.cue_at(c) else {
                continue;
            };
            // The source of an earlier cue in the sentence, for "…, adding that …".
            let earlier = sources
                .range(sentence.first..c)
                .next_back()
                .map(|(_, &m)| m);
            if let Some(statement) = reported(
                &finder,
                cue,
                (sentence.first, sentence.end),
                earlier,
                &quotes,
                &mut quote_used,
            ) {
                if let Some(mention) = statement.mention {
                    sources.insert(c, mention);
                }
                finder.use_cue(cue);
                if statement.first > c {
                    reported_until = statement.end;
                }
                statements.push(statement);
            }
        }
    }

    // Quotes without a cue: a split quote's second half, or a paragraph that
    // continues the previous paragraph's speaker.
    statements.sort_by_key(|s| s.first);
    let mut extended: Vec<(usize, usize)> = Vec::new();
    let mut continued: Vec<RawStatement> = Vec::new();
    for (qi, quote) in quotes.iter().enumerate() {
        if quote_used[qi] {
            continue;
        }
        let (first, end) = quote.content();
        let end = if quote.closed {
            end
        } else {
            trim_end(tokens, first, end).max(first)
        };
        if end <= first + 1 {
            continue;
        }
        // The statement just before this quote: an attributed one, or one
        // this pass has already continued.
        let before = statements.partition_point(|s| s.first < first);
        let listed = before.checked_sub(1).map(|i| (Some(i), &statements[i]));
        let own = continued.last().map(|s| (None, s));
        let Some((prev_index, prev)) = (match (listed, own) {
            (Some(a), Some(b)) => Some(if b.1.first > a.1.first { b } else { a }),
            (a, b) => a.or(b),
        }) else {
            continue;
        };
        let paragraph_of = |i: usize| {
            segments
                .sentence_of(i)
                .and_then(|s| segments.sentences.get(s))
                .map(|s| s.paragraph)
        };
        let (Some(here), Some(there)) = (paragraph_of(quote.open), paragraph_of(prev.first)) else {
            continue;
        };
        let paragraph = segments.paragraphs.get(here);
        let fills_paragraph = paragraph
            .is_some_and(|p| p.first == quote.open && (quote.close + 2 >= p.end || !quote.closed));
        let gap = quote.open.saturating_sub(prev.end);
        // The second half opens a sentence or follows the attribution's
        // comma; a quote inside a clause is a partial quote of its own.
        let opens = quote.open.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].kind,
                Kind::Punct('.' | '!' | '?' | ',' | ':' | '—')
            )
        });
        let attribution_end = [
            prev.cue.map(|c| c.1),
            prev.mention.map(|m| m.1),
            prev.time.and_then(|t| times.get(t)).map(|t| t.end),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(prev.end);
        // A second quote followed by its own speaker and verb ("“…?” Maddow
        // repeated.") is someone else's.
        let own_speaker = quote.closed
            && matches!(
                tokens[quote.close - 1].kind,
                Kind::Punct(',' | '?' | '!' | '—')
            )
            && finder.is_word(quote.close + 1)
            && is_capitalized(finder.word(quote.close + 1))
            && (quote.close + 2..quote.close + 5).any(|k| {
                finder.is_word(k)
                    && !is_capitalized(finder.word(k))
                    && finder.word(k).ends_with("ed")
            });
        // The words between the attribution and the quote are read last,
        // once the cue is known to stand between the halves and the gap to
        // be short: read for every quote, they made a text of many quotes
        // quadratic.
        let split = here == there
            && !own_speaker
            && prev.kind == StatementKind::Direct
            && gap <= 40
            && opens
            && prev
                .cue
                .is_some_and(|c| c.0 > prev.end && c.1 <= quote.open)
            && no_new_clause(&finder, attribution_end, quote.open);
        if split {
            match prev_index {
                Some(index) => extended.push((index, end)),
                None => {
                    if let Some(last) = continued.last_mut() {
                        last.end = end;
                    }
                }
            }
            quote_used[qi] = true;
        } else if fills_paragraph && here == there + 1 && prev.mention.is_some() {
            continued.push(RawStatement {
                kind: StatementKind::Direct,
                rule: StatementRule::QuoteContinuesParagraph,
                first,
                end,
                mention: prev.mention,
                antecedent: prev.antecedent,
                cue: None,
                time: prev.time,
            });
            quote_used[qi] = true;
        }
    }
    // A split quote's second half extends the statement of its first half.
    for (index, end) in extended {
        if let Some(statement) = statements.get_mut(index) {
            statement.end = statement.end.max(end);
        }
    }
    statements.extend(continued);
    statements.sort_by_key(|s| s.first);
    statements
}

/// Whether no new clause follows the attribution, which ends at
/// `attribution_end`, before the second half of a split quote opens at
/// `open`: "…,” he told reporters. “…" but not "…,” she said, and he cut in. “…".
fn no_new_clause(finder: &Finder, attribution_end: usize, open: usize) -> bool {
    (attribution_end..open).all(|k| {
        let conjunction = k > 0
            && finder.tokens[k - 1].is_punct(',')
            && word_in(
                finder.word(k),
                &["and", "but", "while", "as", "when", "because"],
            );
        !conjunction || cue_lemma(finder.word(k + 1)).is_some()
    })
}

/// A source phrase, its cue and an explicit time, in tokens.
type Attribution = ((usize, usize), (usize, usize), Option<usize>);

/// `"…," said Johnson.` / `"…," Johnson said.` / `"…," according to X.`
/// Whether a quote of some words that ends in a word is attributed after it
/// without the comma, by a name and a cue that end the sentence: `“The Iowa
/// caucus is a battle of niches” Grubbs said.`
fn missing_comma(finder: &Finder, quote: &Quote, after: usize) -> bool {
    let words_inside = (quote.open + 1..quote.close)
        .filter(|&w| finder.is_word(w))
        .count();
    let ends_in_word = quote.close > 0 && finder.is_word(quote.close - 1);
    let name_end = (after..after + 4)
        .find(|&w| !(finder.is_word(w) && is_capitalized(finder.word(w))))
        .unwrap_or(after);
    words_inside >= 4
        && ends_in_word
        && name_end > after
        && cue_lemma(finder.word(name_end)).is_some()
        && finder
            .tokens
            .get(name_end + 1)
            .is_some_and(|t| t.is_punct('.'))
}

fn attribution_after(finder: &Finder, quote: &Quote) -> Option<Attribution> {
    if !quote.closed {
        return None;
    }
    let tokens = finder.tokens;
    // A nested quote may close right before the outer one: `‘… happens,’”`.
    let mut inside = quote.close.checked_sub(1);
    if inside.is_some_and(|k| matches!(tokens[k].kind, Kind::Punct('’' | '\''))) {
        inside = inside.and_then(|k| k.checked_sub(1));
    }
    let last_inside = inside.map(|k| tokens[k].kind);
    let inner_comma = matches!(
        last_inside,
        Some(Kind::Punct(',' | '?' | '!' | '—' | '–' | '-' | '…'))
    );
    let mut k = quote.close + 1;
    // The end of a nested quote may trail the outer mark: `…at all,'''`.
    while tokens
        .get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Punct('\'' | '’')) && !t.space_before)
    {
        k += 1;
    }
    if tokens
        .get(k)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('—'))
    {
        k += 1;
    } else if !inner_comma && !missing_comma(finder, quote, k) {
        return None;
    }
    if tokens.get(k).is_none_or(|t| t.newline_before) {
        return None;
    }
    // A quotation attributed after it stands on its own: it opens a sentence
    // or follows punctuation. One inside a phrase ("on ABC’s “This Week,”") is a title.
    let standalone = quote.open.checked_sub(1).is_none_or(|p| {
        tokens[quote.open].newline_before
            || matches!(
                tokens[p].kind,
                Kind::Punct('.' | '!' | '?' | ',' | ':' | ';' | '—' | '(' | '…')
            )
            || tokens[p].is_quote()
    });
    if !standalone {
        return None;
    }
    let (_, sentence_end) = finder.sentence_bounds(k);
    let limit = sentence_end.max(k + 1).min(tokens.len());
    // Inverted: "said Johnson".
    if let Some(cue) = finder.cue_at(k) {
        let (_, time) = finder.clause_start(cue, limit);
        let subject = finder.inverted_subject(cue, limit)?;
        let time = time.or_else(|| {
            finder
                .time_at(subject.1)
                .or_else(|| finder.time_at(subject.1 + 1))
        });
        return Some((subject, cue, time));
    }
    // "Johnson said", "the mayor, a Democrat, said".
    let cue_pos =
        (k..limit.min(k + 30)).find(|&c| finder.cue_at(c).is_some() && !finder.quoted[c])?;
    let cue = finder.cue_at(cue_pos)?;
    let subject = finder.subject_before(cue_pos, k)?;
    if subject.0 != k {
        return None;
    }
    let time = finder.time_at(cue.1).or_else(|| finder.time_at(cue.1 + 1));
    Some((subject, cue, time))
}

/// `Johnson said: "…"` / `He added, "…"` / `said Johnson: "…"`.
fn attribution_before(finder: &Finder, quote: &Quote) -> Option<Attribution> {
    let tokens = finder.tokens;
    let mut p = quote.open.checked_sub(1)?;
    // A quotation opening a paragraph is introduced only by a colon that
    // ends the one before: "Cruz continued:" and then the quoted passage.
    if tokens[quote.open].newline_before && !tokens[p].is_punct(':') {
        return None;
    }
    // After a possessive the quotation is a title: "told ABC’s “Good Morning America”".
    let before = finder.word(p);
    if before.ends_with("’s") || before.ends_with("'s") {
        return None;
    }
    if matches!(tokens[p].kind, Kind::Punct(',' | ':' | '—')) || word_is(finder.word(p), "that") {
        p = p.checked_sub(1)?;
    }
    let (sentence_first, _) = finder.sentence_bounds(p);
    let floor = sentence_first;
    // The cue is within a few words of the mark: "said:", "told reporters:", "said Johnson:".
    let cue_pos = (p.saturating_sub(6).max(floor)..=p)
        .rev()
        .find(|&c| finder.cue_at(c).is_some() && !finder.quoted[c])?;
    let cue = finder.cue_at(cue_pos)?;
    // Only an audience, a time, a setting, "that" and punctuation may stand
    // between the cue and the mark; anything else makes the quote a partial
    // one inside reported speech.
    // The mark itself must end the skipped words: a setting that runs into
    // it ("said on NBC’s “Meet the Press”") makes the quote a title.
    let (clause, time) = finder.clause_start(cue, quote.open + 1);
    // A quote the clause runs on from is a partial one ("said that “…”
    // against what …", "said “a bomb” had gone off"): reported speech takes
    // the whole clause. A quote that ends on its own punctuation ends the
    // clause ("“… we will win,” he added").
    let runs_on = quote.closed
        && finder.is_word(quote.close + 1)
        && !finder.quoted[quote.close + 1]
        && !matches!(tokens[quote.close - 1].kind, Kind::Punct(_));
    if runs_on {
        return None;
    }
    if clause == quote.open {
        if let Some(subject) = finder.subject_before(cue_pos, floor) {
            let subject = participle_source(finder, subject, cue.0, floor)?;
            return Some((subject, cue, time));
        }
        if word_is(finder.word(cue.0), "according") {
            let subject = finder.subject_after(cue.1, p + 1)?;
            return Some((subject, cue, time));
        }
        // "Sanders compared himself to Clinton, saying, “…”": the sentence's subject.
        let participle =
            finder.word(cue.0).ends_with("ing") && cue.0 > floor && finder.ends_clause(cue.0 - 1);
        if participle {
            if let Some(subject) = sentence_subject(finder, floor, cue.0) {
                return Some((subject, cue, time));
            }
        }
    }
    // Inverted before the quote: "said Johnson:".
    let subject = finder.inverted_subject(cue, p + 1)?;
    let punctuated = matches!(tokens[p + 1].kind, Kind::Punct(',' | ':' | '—'));
    (subject.1 == p + 1 && punctuated).then_some((subject, cue, time))
}

/// The source of the cue at `cue` given the phrase `subject` read leftwards
/// from it. A document or an occasion before a participle speaks for the
/// sentence's subject: "Trump sent a letter saying", "the company issued a
/// statement saying". So does an object, an audience or a place: "sent a
/// text message to supporters saying", "emailed supporters saying" ("with
/// McCain telling" names its own source); without a subject there is no
/// source. The phrase
/// read leftwards may have taken in the author and their verb ("Trump sent a
/// letter"), so the author may start with it.
fn participle_source(
    finder: &Finder,
    subject: (usize, usize),
    cue: usize,
    first: usize,
) -> Option<(usize, usize)> {
    if !finder.word(cue).ends_with("ing") {
        return Some(subject);
    }
    // "criticized Roe for saying": the one criticized said it, or, in the
    // passive ("Roe was criticized by Doe for saying"), the sentence's subject.
    let last = (subject.0..subject.1).rev().find(|&k| finder.is_word(k));
    if let Some(last) = last.filter(|&k| k > subject.0 && word_is(finder.word(k), "for")) {
        let passive = subject.0 > first && word_is(finder.word(subject.0 - 1), "by");
        if passive {
            return sentence_subject(finder, first, subject.0);
        }
        return Some((subject.0, last));
    }
    // A document with its author speaks for them, not for whoever handles
    // it: "slammed a lawsuit filed by a fired staffer alleging".
    if (subject.0..subject.1).any(|k| word_is(finder.word(k), "by")) {
        return Some(subject);
    }
    let before = subject
        .0
        .checked_sub(1)
        .filter(|&k| k >= first && finder.is_word(k))
        .map(|k| finder.word(k));
    let after_preposition =
        before.is_some_and(|word| word_in(word, &["to", "for", "on", "in", "at", "from", "into"]));
    // The object of a verb is an audience too: "emailed supporters saying".
    let after_verb = before.is_some_and(|word| {
        !is_capitalized(word)
            && (word.ends_with("ed")
                || cue_lemma(word).is_some()
                || word_in(word, &["sent", "gave", "made"]))
    });
    let object = after_preposition || after_verb;
    if !object && !finder.names_document(subject) {
        return Some(subject);
    }
    let author = sentence_subject(finder, first, subject.1)
        .filter(|author| author.1 <= subject.0 || author.0 == subject.0);
    match author {
        None if !object => Some(subject),
        author => author,
    }
}

/// Reported speech around the cue at `cue`, within the sentence `first..end`.
fn reported(
    finder: &Finder,
    cue: (usize, usize),
    (first, end): (usize, usize),
    earlier: Option<(usize, usize)>,
    quotes: &[Quote],
    quote_used: &mut [bool],
) -> Option<RawStatement> {
    let tokens = finder.tokens;
    let according = word_is(finder.word(cue.0), "according");
    let content_end = trim_end(tokens, first, end);
    let mut antecedent = None;
    let (mention, content) = if according {
        let subject = finder.subject_after(cue.1, end)?;
        if cue.0 == first || (cue.0 == first + 1 && !finder.is_word(first)) {
            // "According to X, CONTENT."
            let mut start = subject.1;
            while start < end && tokens[start].is_punct(',') {
                start += 1;
            }
            (subject, (start, content_end))
        } else {
            // "CONTENT, according to X." or, in the middle, "Since May,
            // according to X, forces have …": the sentence around it.
            let before = trim_end(tokens, first, cue.0);
            let words_after = (subject.1..content_end)
                .filter(|&k| finder.is_word(k))
                .count();
            let middle = tokens.get(subject.1).is_some_and(|t| t.is_punct(',')) && words_after >= 3;
            (subject, (first, if middle { content_end } else { before }))
        }
    } else if let Some(subject) = finder
        .subject_before(cue.0, first)
        .filter(|&subject| !finder.object_before_participle(subject, cue.0, first))
    {
        let participle = finder.word(cue.0).ends_with("ing");
        let subject = participle_source(finder, subject, cue.0, first)?;
        let (start, _) = finder.clause_start(cue, end);
        // A parenthetical attribution ("Those who vote, he said, must
        // register") reports the whole sentence around it.
        // So does one with its setting or time: "…, the agency said in a June
        // report, and those …". Where a participle follows instead ("…,"
        // McConnell said in June 2012, citing …"), the content is before.
        let comma_after = (cue.1..start).any(|k| tokens[k].is_punct(','))
            && !(cue.1..start).any(|k| word_is(finder.word(k), "that") || tokens[k].is_punct(':'));
        let comma_before = subject.0 > first + 1 && finder.ends_clause(subject.0 - 1);
        let parenthetical = comma_before && comma_after && start < content_end;
        if parenthetical && is_lowercase_participle(finder.word(start)) {
            if participle {
                return None;
            }
            (subject, (first, subject.0 - 1))
        } else if parenthetical {
            (subject, (first, content_end))
        } else if start >= content_end || finder.opens_subordinate_clause(cue.1, start) {
            // "CONTENT, Johnson said." A clause of time or reason after the
            // cue is no content ("…, he said as he left"; "Gross tweeted as
            // Obama spoke"): the content is before the source or nowhere.
            let comma = subject
                .0
                .checked_sub(1)
                .filter(|&c| c > first && finder.ends_clause(c))?;
            if participle {
                return None;
            }
            (subject, (first, comma))
        } else {
            (subject, (start, content_end))
        }
    } else if cue.0 > first && finder.ends_clause(cue.0 - 1) {
        // "CONTENT, said Johnson." / "…, saying the city is full" (the sentence's subject speaks).
        let after = finder.inverted_subject(cue, end);
        // Whether a comma follows the source in the sentence. The source may
        // end the sentence, and the text, with no mark of its own after it:
        // in "…, said Ana O." the initial keeps the period.
        let comma_follows =
            |subject: (usize, usize)| subject.1 < end && tokens[subject.1].is_punct(',');
        match after {
            // "…, said Marla Roe, executive director of the group."
            Some(subject)
                if (trim_end(tokens, first, end) <= subject.1 + 1
                    || (comma_follows(subject)
                        && (is_determiner(finder.word(subject.1 + 1))
                            || crate::grammar::is_role_head(finder.word(subject.1 + 1))
                            // "said the company's chief executive, John J. Roe."
                            || (subject.1 + 1..content_end)
                                .all(|w| !finder.is_word(w) || is_capitalized(finder.word(w))))))
                    && !finder.word(cue.0).ends_with("ing") =>
            {
                // "Any interpretation, said Jane Doe, an expert, would read
                // this as …": the sentence goes on after the appositive.
                let continues = comma_follows(subject)
                    && (subject.1 + 2..end)
                        .find(|&k| tokens[k].is_punct(','))
                        .is_some_and(|k| {
                            (k + 1..content_end).filter(|&w| finder.is_word(w)).count() >= 3
                        });
                // "said the company's chief executive, John J. Roe": the name
                // after the role is how the source is named.
                let named = comma_follows(subject)
                    && subject.1 + 1 < content_end
                    && (subject.1 + 1..content_end)
                        .all(|w| finder.is_word(w) && is_capitalized(finder.word(w)));
                let subject = if named {
                    (subject.1 + 1, content_end)
                } else {
                    subject
                };
                if continues {
                    (subject, (first, content_end))
                } else {
                    (subject, (first, cue.0 - 1))
                }
            }
            _ if finder.word(cue.0).ends_with("ing") => {
                let subject = earlier.or_else(|| sentence_subject(finder, first, cue.0))?;
                let (start, _) = finder.clause_start(cue, end);
                (subject, (start, content_end))
            }
            _ => return None,
        }
    } else if let Some((pronoun, noun_phrase)) = finder.relative_source(cue.0, first) {
        // "an architect who said he was never paid": the pronoun names the
        // source here, and the phrase before it says who that is.
        antecedent = Some(noun_phrase);
        let (start, _) = finder.clause_start(cue, end);
        // A clause set off by commas ("Doe, who said X, is running") ends
        // where the sentence's own verb comes back after a comma.
        let set_off = tokens[pronoun.0 - 1].is_punct(',');
        let resumes = (start + 1..content_end).find(|&k| {
            set_off
                && tokens[k].is_punct(',')
                && !finder.quoted[k]
                && finder.is_word(k + 1)
                && (word_in(
                    finder.word(k + 1),
                    &[
                        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                        "could", "did", "does", "remains", "said", "says",
                    ],
                ) || (finder.word(k + 1).ends_with("ed")
                    && !is_capitalized(finder.word(k + 1))))
        });
        (pronoun, (start, resumes.unwrap_or(content_end)))
    } else if cue.0 > first + 2
        && (word_in(finder.word(cue.0 - 1), &["and", "but"])
            || word_is(finder.word(cue.0 - 1), "by") && finder.word(cue.0).ends_with("ing"))
    {
        // "McConnell embraced him and said …", "Obama responded to a mother
        // by saying …": the sentence's subject speaks, or the subject of a
        // clause of its own ("Doe signed an order, while Huckabee proposed a
        // ban and said …"). After "by", only when
        // one active clause runs from that subject to the cue ("hostility is
        // justified by arguing" names no one), and what follows is a clause
        // ("Clinton won the spin by declaring himself the comeback kid" says
        // nothing).
        let clause_first = (first + 1..cue.0 - 1)
            .rev()
            .find(|&k| {
                tokens[k - 1].is_punct(',')
                    && word_in(
                        finder.word(k),
                        &["while", "whereas", "but", "although", "though"],
                    )
            })
            .map_or(first, |k| k + 1);
        let subject = sentence_subject(finder, clause_first, cue.0 - 1)?;
        if word_is(finder.word(cue.0 - 1), "by")
            && ((subject.1..cue.0).any(|k| {
                !finder.is_word(k)
                    || word_in(finder.word(k), &["is", "are", "was", "were", "be", "been"])
            }) || word_in(
                finder.word(cue.1),
                &[
                    "himself",
                    "herself",
                    "themselves",
                    "itself",
                    "him",
                    "her",
                    "them",
                ],
            ))
        {
            return None;
        }
        let (start, _) = finder.clause_start(cue, end);
        (subject, (start, content_end))
    } else {
        // "X was quoted as saying …".
        if !(word_is(finder.word(cue.0), "saying")
            && word_is(finder.word(cue.0.wrapping_sub(1)), "as")
            && word_is(finder.word(cue.0.wrapping_sub(2)), "quoted"))
        {
            return None;
        }
        let was = cue.0.checked_sub(3)?;
        let subject = finder.subject_before(was, first)?;
        let (start, _) = finder.clause_start(cue, end);
        (subject, (start, content_end))
    };
    let (mut c_first, mut c_end) = content;
    // A setting alone is no clause: "said at the time."
    let words_in = |a: usize, b: usize| (a..b).filter(|&k| finder.is_word(k)).count();
    if word_in(finder.word(c_first), &["at", "in", "on", "during"]) && words_in(c_first, c_end) <= 4
    {
        return None;
    }
    // A clause needs a subject of its own: "which he said has increased"
    // reports nothing.
    let verb_first = word_in(
        finder.word(c_first),
        &[
            "has", "have", "had", "is", "are", "was", "were", "would", "will", "could", "should",
            "can", "so", "and", "but", "or", "because",
        ],
    );
    if verb_first && c_first >= cue.1 && !word_is(finder.word(c_first.wrapping_sub(1)), "that") {
        return None;
    }
    // A cue closing a parenthesis ("19%, Gutin says)") attributes what is inside it.
    if tokens.get(c_first).is_some_and(|t| t.is_punct(')')) {
        return None;
    }
    while c_first < c_end && matches!(tokens[c_first].kind, Kind::Punct(',' | ':' | '—')) {
        c_first += 1;
    }
    // Content found past a comma that opens with a source and a cue of its
    // own ("While Clinton pledged to work with both parties, Sanders
    // insisted that …") is that source's statement.
    let past_comma = c_first > cue.1 && (cue.1..c_first).any(|k| tokens[k].is_punct(','));
    let own_source = past_comma
        && (c_first + 1..(c_first + 5).min(c_end)).any(|c| {
            finder.cue_at(c).is_some()
                && finder
                    .subject_before(c, c_first)
                    .is_some_and(|subject| subject.0 == c_first)
        });
    if own_source {
        return None;
    }
    // A contrasting clause after a comma is the writer's, not the source's,
    // and so is a second verb of the subject ("… and predicted that").
    // A clause before its cue is cut by the cue itself, not by these.
    let forward = c_first > cue.0;
    if let Some(cut) = (c_first + 1..c_end).filter(|_| forward).find(|&k| {
        // The second verb is inflected ("and added", "and says"): a bare
        // form after "and" is more often a noun ("federal and state law").
        let next = finder.word(k + 1);
        let and_verb = word_in(finder.word(k), &["and", "but"])
            && !finder.quoted[k]
            && (cue_lemma(next).is_some_and(|base| !word_is(next, base))
                || (matches!(tokens[k - 1].kind, Kind::Punct(',' | '—' | '–'))
                    && SUBJECT_PRONOUNS.contains(finder.word(k + 1))));
        // Another source after a comma: "one company says X, another says Y".
        // A relative clause with a source of its own ("the announcement,
        // which some have argued was a ploy, was an insult") goes on with it.
        // After ", and" the source may take a word more: ", and human rights
        // groups warned".
        let reach = if word_in(finder.word(k + 1), &["and", "but"]) {
            6
        } else {
            5
        };
        let next_source = tokens[k].is_punct(',')
            && !finder.quoted[k]
            && (k + 2..(k + reach).min(c_end)).any(|c| {
                finder.is_word(c)
                    && cue_lemma(finder.word(c)).is_some()
                    && !finder.word(c).ends_with("ing")
            });
        and_verb
            || next_source
            || tokens[k].is_punct(';')
            || (tokens[k].is_punct(',')
                && !finder.quoted[k]
                && word_in(
                    finder.word(k + 1),
                    &[
                        "while", "whereas", "although", "though", "even", "despite", "but",
                    ],
                )
                // "said that A, but that B": a second clause of the same verb.
                && !word_is(finder.word(k + 2), "that"))
            // A participle of saying starts the source's next statement
            // ("…, adding that …"); another participle most often goes on
            // with what was said ("…, allowing people to see …").
            || (tokens[k].is_punct(',')
                && !finder.quoted[k]
                && finder.is_word(k + 1)
                && finder.word(k + 1).ends_with("ing")
                && cue_lemma(finder.word(k + 1)).is_some())
    }) {
        c_end = cut;
    }
    c_end = trim_end(tokens, c_first, c_end);
    let words = (c_first..c_end).filter(|&k| finder.is_word(k)).count();
    if words < 3 {
        return None;
    }
    // Quotes inside the clause: a dominant one is the statement itself.
    // Quotes are in text order, so the ones inside the clause are a run.
    let from = quotes.partition_point(|q| q.open < c_first);
    let to = quotes.partition_point(|q| q.open < c_end);
    let inner: Vec<usize> = (from..to.max(from)).collect();
    if inner.iter().any(|&i| quote_used[i]) {
        return None;
    }
    let (_, time) = finder.clause_start(cue, end);
    let mut statement = RawStatement {
        kind: StatementKind::Indirect,
        rule: StatementRule::ReportedSpeech,
        first: c_first,
        end: c_end,
        mention: Some(mention),
        antecedent,
        cue: Some(cue),
        time,
    };
    for &i in &inner {
        quote_used[i] = true;
        let q = quotes[i];
        let (q_first, q_end) = q.content();
        let quoted_words = (q_first..q_end.min(c_end))
            .filter(|&k| finder.is_word(k))
            .count();
        if quoted_words * 5 >= words * 3 && inner.len() == 1 {
            statement.kind = StatementKind::Direct;
            statement.first = q_first;
            statement.end = if q.closed {
                q_end
            } else {
                trim_end(tokens, q_first, q_end)
            };
        }
    }
    // A clause that is nothing but one quote is direct speech.
    if inner.len() == 1
        && statement.kind == StatementKind::Indirect
        && quotes[inner[0]].open == c_first
        && quotes[inner[0]].close + 1 >= c_end
    {
        let (q_first, q_end) = quotes[inner[0]].content();
        statement.kind = StatementKind::Direct;
        statement.first = q_first;
        statement.end = q_end;
    }
    (statement.end > statement.first).then_some(statement)
}

/// The noun phrase that opens the sentence and is its subject, for cues that
/// share it ("The mayor left, saying …", "She smiled and said …").
fn sentence_subject(finder: &Finder, first: usize, limit: usize) -> Option<(usize, usize)> {
    let subject = finder.subject_before(sentence_verb(finder, first, limit)?, first)?;
    // The subject opens the sentence or follows an opening phrase ("By the
    // end of the day, Mr. Trump …").
    let opens = subject.0 == first || finder.tokens[subject.0 - 1].is_punct(',');
    opens.then_some(subject)
}

/// The first verb-like word after the sentence's opening noun phrase.
fn sentence_verb(finder: &Finder, first: usize, limit: usize) -> Option<usize> {
    (first + 1..limit).find(|&k| {
        let w = finder.word(k);
        finder.is_word(k)
            && !is_capitalized(w)
            && (w.ends_with("ed")
                || word_in(
                    w,
                    &[
                        "was", "is", "has", "had", "left", "went", "met", "spoke", "took", "gave",
                        "made", "wrote", "sent", "came", "stood", "ran",
                    ],
                ))
    })
}

/// Whether `word` can be a noun that a participle after it describes. After
/// a pronoun or a form of "be" the verb is the clause's own ("he is
/// kowtowing to Donald Trump, who has threatened"), and after a determiner a
/// word in -ing is a noun ("a string of").
fn can_be_described(word: &str) -> bool {
    !is_determiner(word) && !SUBJECT_PRONOUNS.contains(word) && !VERB_OPENERS.contains(word)
}

/// Words that a participle's clause before a cue does not hold: a second
/// verb's conjunction or a modal ("Anyone expecting Trump to pivot should
/// remember that social scientists say").
const CLAUSE_BREAKS: &[&str] = &[
    "and", "or", "but", "that", "should", "would", "could", "will", "can", "must", "may", "might",
];

/// Whether `participle`, after `noun` and before "to" and a verb, opens a
/// clause that describes the noun: "Democrats trying to regain", "groups
/// seeking to block". Without its infinitive a word in -ing may be a noun's
/// modifier ("lobbying records", "ranking Democrat").
pub(crate) fn opens_infinitive_clause(noun: &str, participle: &str, to: &str, verb: &str) -> bool {
    can_be_described(noun)
        && participle.ends_with("ing")
        && is_verb_form(participle)
        && word_is(to, "to")
        && !is_capitalized(verb)
        && !is_determiner(verb)
}

/// A lower-case participle that opens a phrase between a source and its cue:
/// "speaking to …", "citing …", "asked about …", "pressed on …".
fn is_lowercase_participle(word: &str) -> bool {
    let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    lower
        && ((word.len() > 5 && word.ends_with("ing"))
            || word_in(
                word,
                &[
                    "asked",
                    "pressed",
                    "interviewed",
                    "reached",
                    "questioned",
                    "quoted",
                ],
            ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;
    use crate::times::find_times;

    fn statements(text: &str) -> Vec<(StatementKind, String, String, String)> {
        let segments = segment(text);
        let times = find_times(text, &segments, None);
        find_statements(text, &segments, &times)
            .into_iter()
            .map(|s| {
                let mention = s.mention.map_or(String::new(), |(a, b)| {
                    segments.text_of(text, a, b).to_string()
                });
                let cue = s.cue.map_or(String::new(), |(a, b)| {
                    segments.text_of(text, a, b).to_string()
                });
                (
                    s.kind,
                    segments.text_of(text, s.first, s.end).to_string(),
                    mention,
                    cue,
                )
            })
            .collect()
    }

    #[test]
    fn cue_lemmas_cover_inflections() {
        let cases = [
            ("said", Some("say")),
            ("insisted", Some("insist")),
            ("noting", Some("note")),
            ("argues", Some("argue")),
            ("denied", Some("deny")),
            ("wrote", Some("write")),
            ("table", None),
        ];
        for (word, lemma) in cases {
            assert_eq!(cue_lemma(word), lemma, "{word}");
        }
    }

    #[test]
    fn speech_forms() {
        use StatementKind::{Direct, Indirect};
        let cases = [
            (
                "“We are full,” said Johnson.",
                Direct,
                "We are full,",
                "Johnson",
                "said",
            ),
            (
                "“We are full,” Johnson said.",
                Direct,
                "We are full,",
                "Johnson",
                "said",
            ),
            (
                "Johnson said, “We are full.”",
                Direct,
                "We are full.",
                "Johnson",
                "said",
            ),
            (
                "He added: \"We are full.\"",
                Direct,
                "We are full.",
                "He",
                "added",
            ),
            (
                "The mayor said that the city is full.",
                Indirect,
                "the city is full",
                "The mayor",
                "said",
            ),
            (
                "Hugh Hill, a doctor, said the ward is full.",
                Indirect,
                "the ward is full",
                "Hugh Hill, a doctor",
                "said",
            ),
            (
                "Johnson told reporters the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "told",
            ),
            (
                "Johnson said on Friday that the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "said",
            ),
            (
                "According to the mayor, the city is full.",
                Indirect,
                "the city is full",
                "the mayor",
                "According to",
            ),
            (
                "The city is full, the mayor said.",
                Indirect,
                "The city is full",
                "the mayor",
                "said",
            ),
            (
                "The city is full, according to officials.",
                Indirect,
                "The city is full",
                "officials",
                "according to",
            ),
            (
                "Johnson was quoted as saying the city is full.",
                Indirect,
                "the city is full",
                "Johnson",
                "saying",
            ),
        ];
        for (text, kind, content, mention, cue) in cases {
            let got = statements(text);
            assert_eq!(
                got,
                vec![(kind, content.into(), mention.into(), cue.into())],
                "{text}"
            );
        }
    }

    #[test]
    fn not_speech() {
        for text in [
            "The “Remain in Mexico” policy ended.",
            "Johnson did not say whether the city is full.",
            "Johnson will announce the plan tomorrow.",
            "The state said nothing.",
            "It is worth noting that this is the first time a candidate has been asked.",
            "Jane Roe reported from Midway Atoll, and John Doe from Kaneohe Bay, Hawaii.",
            "Additional reporting from Jane Roe.",
            "Taxpayers reporting capital gains would pay their ordinary rate.",
            // Negations with a typographic apostrophe, as news sites print them.
            "The mayor didn’t say whether the city was full.",
            "Trump isn’t saying what other techniques he would support.",
            "Sanders had also claimed a victory in the primary last month.",
            "She claimed 41 percent of the vote in the primary.",
            "The group claimed responsibility for the attack.",
            "Dan Gross live tweeted as Obama spoke from the East Room.",
        ] {
            assert_eq!(statements(text), vec![], "{text}");
        }
    }
}
