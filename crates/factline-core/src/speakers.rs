//! Names who speaks: people with the roles their pre-modifiers and
//! appositives give them ("Chicago mayor Brandon Johnson", "Secretary of State
//! Antony Blinken", "Hugh Hill, a doctor"), aliases within the article
//! ("Obrador" for "Andres Manuel Lopez Obrador"), pronouns and role nouns
//! ("he", "the mayor", "the agency"), anonymous sources ("One official"),
//! groups ("New York, Chicago and Denver mayors") and organisations.
//!
//! A wrong speaker is worse than none, so every rule that guesses gives up
//! when two candidates fit.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::dataset::{SpeakerKind, StatementKind};
use crate::evidence::{LinkRule, StatementRule};
use crate::grammar::{
    first_name_pronoun, is_abstract_noun, is_business_noun, is_common_noun_name, is_first_name,
    is_generic_organization_noun, is_member_word, is_name_with_apostrophe_s, is_public_body,
    is_role_adjective, is_role_head, is_source_noun, is_verb_after_singular, ordinal_word,
    ANONYMOUS_HEADS, ARTICLES, BUSINESS_RELATIONS, CAPITALISED_ORGANIZATION_HEADS, COMMON_SOURCES,
    COURTESY_TITLES, INDEFINITE_ARTICLES, INTRODUCING_DETERMINERS, ISSUED_DOCUMENTS, NATIONS,
    NEWS_OUTLETS, OBJECT_PREPOSITIONS, ORGANIZATION_HEADS, ORGANIZATION_NOUN_HEADS,
    ORGANIZATION_ROLES, PERSON_NOUNS, RESEARCH_DOCUMENTS, SPEAKING_PLACES,
};
use crate::lex::{
    is_capitalized, is_in_capitals, is_name_in_capitals, key, looks_plural, without_contraction,
    word_in, word_is, Kind, Lexicon,
};
use crate::segment::{Document, Segments, Span};
use crate::speech::{cue_lemma, is_document_noun, RawStatement};

mod extent;
mod index;
mod mention;
mod name_words;
mod subjects;

use index::{pronoun_of, EntityIndex};
use name_words::{is_not_name, name_form, strip_possessive, HONORIFICS};

/// How many words after its article an appositive that describes a name
/// may run to: "the country's biggest food delivery company".
const APPOSITIVE_WORDS: usize = 7;

/// Someone or something in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entity {
    pub name: String,
    pub role: Option<String>,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    /// The first token where the article names it.
    pub first_seen: usize,
    /// Speaks at least once.
    pub speaks: bool,
    /// The name's words, for matching short forms.
    words: Vec<String>,
    /// "he" or "she", once an honorific or a pronoun has shown it.
    pronoun: Option<&'static str>,
    /// Where a statement last named it as its source.
    last_spoke: Option<usize>,
    /// The tokens that first name it.
    named: Span,
    /// The last statement's mention that named it (not through a pronoun
    /// or role noun), the one a later pronoun points back to.
    last_named: Option<Span>,
}

/// How a statement's mention leads to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    pub entity: usize,
    pub rule: LinkRule,
    /// The earlier mention, in tokens, that a pronoun, role noun, alias or
    /// relative pronoun was resolved through.
    pub antecedent: Option<Span>,
}

/// The article's entities and each statement's speaker among them.
pub(crate) struct Resolution {
    pub entities: Vec<Entity>,
    pub speakers: Vec<Option<Link>>,
}

/// Determiners of an unnamed source.
static INDEFINITES: Lexicon =
    Lexicon::new(&["a", "an", "one", "another", "his", "her", "their", "its"]);

/// Whether `words`, a name of two or three words whose first is `first`
/// as written, name a national body after its country ("Statistics
/// Canada", "Public Health England", "Air India"): they end in a country
/// and open with no first name or honorific. A person's name ends in a
/// country's only after a first name ("Kathy Ireland", "Steve Israel").
fn national_body(first: &str, words: &[String]) -> bool {
    let country = words.last().is_some_and(|w| NATIONS.contains(w));
    (2..=3).contains(&words.len())
        && country
        && !is_first_name(first)
        && !HONORIFICS.contains(first)
        && !is_role_head(first)
}

/// The honorifics that show a person is known as "he".
static HE_HONORIFICS: Lexicon = Lexicon::new(&["mr", "sir", "lord", "shri"]);

/// The honorifics that show a person is known as "she".
static SHE_HONORIFICS: Lexicon = Lexicon::new(&[
    "mrs", "ms", "miss", "dame", "lady", "baroness", "smt", "shrimati",
]);

/// Words that end the role words read leftwards from a role head: a
/// preposition, a conjunction or a verb before the role ("told Chicago
/// mayor", "a group including the mayor").
static ROLE_BREAKS: Lexicon = Lexicon::new(&[
    "with",
    "and",
    "said",
    "told",
    "says",
    "by",
    "including",
    "like",
    "named",
    "called",
]);

/// The endings of a web address that names an outlet: "Factcheck.org".
const WEB_DOMAIN_ENDINGS: &[&str] = &[".com", ".org", ".net"];

/// The particles a surname may carry before a capital inside it
/// ("MacArthur", "VandeHei", "VonDrehle"), as the part before that capital.
static SURNAME_PREFIXES: Lexicon = Lexicon::new(&[
    "mac", "van", "vande", "vander", "von", "del", "della", "des", "dos",
]);

/// Whether one word is written as a brand or a web address, as outlets
/// and companies name themselves: a capital inside it after a part of
/// three letters or more ("BuzzFeed", "ProPublica"), or a domain
/// ("Factcheck.org"). Surnames put a capital after a short particle:
/// "McConnell", "DeSantis", "MacArthur", "VandeHei".
fn is_brand(word: &str) -> bool {
    let domain = WEB_DOMAIN_ENDINGS.iter().any(|d| word.ends_with(d));
    let inner_capital = word
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_uppercase())
        .map(|(at, _)| &word[..at]);
    let brand = inner_capital.is_some_and(|part| {
        part.chars().count() >= 3
            && part.chars().skip(1).all(char::is_lowercase)
            && !SURNAME_PREFIXES.contains(part)
    });
    domain || brand
}

struct Reader<'a> {
    doc: Document<'a>,
}

impl Reader<'_> {
    fn span(&self, first: usize, end: usize) -> &str {
        match (
            self.doc.tokens.get(first),
            end.checked_sub(1).and_then(|l| self.doc.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if a.start() <= b.end() => {
                self.doc.text.get(a.start()..b.end()).unwrap_or("")
            }
            _ => "",
        }
    }

    /// Whether the run stands where only an organisation does: after "the"
    /// and a noun for what an organisation does, with up to two words
    /// between ("the energy regulator Quorvane", "the Iraqi activist group
    /// Pellow Watch") or after a role in an organisation and "of" or "at"
    /// ("chief executive of Pellow Advice", "an analyst at Quorvane"), or
    /// after what it is to another business ("Harbor Gas owner Quellix").
    /// A name with a first name in it is a person's there ("the company Jane
    /// Roe founded", "Secretary of State John Kerry", "club owner Tom
    /// Quill"), and so is an owner ("director of Roe's campaign"). A name
    /// an appositive describes as an organisation is one too (see
    /// [`Self::is_described_as_organization`]), and so are the issuer of
    /// research ([`Self::issues_research`]) and one word after "the"
    /// ([`Self::is_one_word_after_the`]).
    fn is_in_organization_place(&self, run: Span) -> bool {
        let word = |k: Option<usize>| k.map_or("", |k| self.doc.word(k));
        let before = |n: usize| word(run.first.checked_sub(n));
        let words_before =
            |n: usize| (1..n).all(|m| run.first >= m && self.doc.is_word(run.first - m));
        let noun = is_generic_organization_noun(before(1))
            && !is_capitalized(before(1))
            && (2..=4).any(|n| word_is(before(n), "the") && words_before(n));
        let role = word_in(before(1), &["of", "at"])
            && !is_capitalized(before(2))
            && ORGANIZATION_ROLES.contains(before(2));
        let business = BUSINESS_RELATIONS.contains(before(1))
            && !is_capitalized(before(1))
            && words_before(2)
            && !word_in(before(2), ARTICLES);
        let person = self.has_first_name(run)
            || name_form(self.doc.word(run.end - 1)) != self.doc.word(run.end - 1);
        let described = self.is_described_as_organization(run);
        let issuer = self.issues_research(run) || self.speaks_in_issued_document(run);
        let the_alone = self.is_one_word_after_the(run);
        (noun || role || business || described || issuer || the_alone) && !person
    }

    /// Whether the run is one capitalised word after "the" with a verb
    /// right after it: "The Fed said", "the Quorvex announced". No
    /// person's name takes "the"; a plural ("the Clintons") is a group, a
    /// member of a party or nation ("the Republican", "the Texan") a
    /// person, a role ("the President") someone's title, and a name before
    /// a noun ("the Trump campaign") names what the noun is.
    fn is_one_word_after_the(&self, run: Span) -> bool {
        let word = self.doc.word(run.first);
        let next = self.doc.word(run.end);
        let verb = self.doc.is_word(run.end)
            && (cue_lemma(next).is_some() || is_verb_after_singular(next));
        run.len() == 1
            && run.first > 0
            && word_is(self.doc.word(run.first - 1), "the")
            && verb
            && !looks_plural(word)
            && !is_member_word(word)
            && !is_role_head(word)
            && !is_first_name(word)
    }

    /// Whether the run names who issued a piece of research, between "a"
    /// or "an" and the document's noun: "an Oxfam report", "a Brookings
    /// study". A person's name goes there with "the" ("the Mueller
    /// report"), not with "a".
    fn issues_research(&self, run: Span) -> bool {
        let word = |k: usize| self.doc.word(k);
        let opens = run
            .first
            .checked_sub(1)
            .is_some_and(|k| word_in(word(k), INDEFINITE_ARTICLES));
        opens && self.doc.is_word(run.end) && RESEARCH_DOCUMENTS.contains(word(run.end))
    }

    /// Whether the run speaks in a document only a body issues, named
    /// between it and its verb: "Quorvane Mining in a statement said",
    /// "Pellow in a regulatory filing said". Up to two lower-case words may
    /// describe the document ("a written statement", "a news release").
    fn speaks_in_issued_document(&self, run: Span) -> bool {
        let word = |k: usize| self.doc.word(k);
        let opens = word_is(word(run.end), "in") && word_in(word(run.end + 1), INDEFINITE_ARTICLES);
        let first = run.end + 2;
        let noun = (first..first + 3)
            .take_while(|&k| self.doc.is_word(k) && !is_capitalized(word(k)))
            .find(|&k| ISSUED_DOCUMENTS.contains(word(k)));
        opens && noun.is_some_and(|k| cue_lemma(word(k + 1)).is_some())
    }

    /// Whether an appositive right after the run is a noun phrase whose
    /// head is a noun for an organisation: "Zapli, the food delivery
    /// company, said", "Pellow, a Leeds-based lender, said". The head is
    /// the phrase's last word and no preposition comes before it, so that
    /// "the company's founder" and "a partner at the firm" describe people.
    fn is_described_as_organization(&self, run: Span) -> bool {
        let comma = |k: usize| self.doc.tokens.get(k).is_some_and(|t| t.is_punct(','));
        let first = run.end + 1;
        if !comma(run.end) || !word_in(self.doc.word(first), ARTICLES) {
            return false;
        }
        let Some(end) = (first + 1..first + APPOSITIVE_WORDS).find(|&k| !self.doc.is_word(k))
        else {
            return false;
        };
        let words = first + 1..end;
        let head = self.doc.word(end - 1);
        comma(end)
            && !words.is_empty()
            && !is_capitalized(head)
            && is_generic_organization_noun(head)
            && !words
                .into_iter()
                .any(|k| OBJECT_PREPOSITIONS.contains(self.doc.word(k)))
    }

    /// Role words extending left from the role head at `head`, within `floor..`:
    /// "Chicago mayor", "homeland security adviser", "former Gov.".
    fn role_start(&self, head: usize, floor: usize) -> usize {
        let mut first = head;
        let capital_head = is_capitalized(self.doc.word(head));
        while first > floor && head - first < 3 {
            let k = first - 1;
            let word = self.doc.word(k);
            let allowed = self.doc.is_word(k)
                && !is_not_name(crate::lex::key(word))
                && !ROLE_BREAKS.contains(word)
                && cue_lemma(word).is_none()
                && (is_capitalized(word)
                    || is_role_adjective(word)
                    || (!capital_head
                        && !word.ends_with("ed")
                        && !word.ends_with("ing")
                        && !word.ends_with("ly")))
                && !(is_capitalized(word) && looks_plural(word) && !capital_head && k == floor);
            if !allowed {
                break;
            }
            first = k;
        }
        first
    }

    /// The role a run holds before its name, given by the role head at
    /// `head` inside it ("Homeland Security Secretary Alejandro Mayorkas")
    /// with the role words before the run within `floor..`: where the name
    /// starts, and the role. A run that ends with its role head holds no
    /// name.
    fn role_in_run(&self, run: Span, head: usize, floor: usize) -> (usize, Option<String>) {
        if head + 1 < run.end {
            let start = self.role_start(run.first, floor).min(run.first);
            let start = if start < run.first && is_capitalized(self.doc.word(start)) {
                run.first
            } else {
                start
            };
            return (head + 1, Some(self.span(start, head + 1).to_string()));
        }
        (run.end, None)
    }

    /// A title that runs over "of" or "for" into the run at `index` in
    /// `runs`, which holds the rest of the title and then the name:
    /// "Secretary of State Antony Blinken", "Speaker of the House Paul
    /// Ryan", "Minister for Housing Jane Roe". Where the name starts, and
    /// the title.
    fn title_with_of(&self, runs: &[Span], index: usize, floor: usize) -> Option<(usize, String)> {
        let run = runs[index];
        let of_the = run.first >= 3
            && word_is(self.doc.word(run.first - 1), "the")
            && word_in(self.doc.word(run.first - 2), &["of", "for"]);
        let of = run.first >= 2 && word_in(self.doc.word(run.first - 1), &["of", "for"]);
        let gap = if of_the { 2 } else { 1 };
        if (of || of_the) && run.first > floor + gap && run.len() >= 3 {
            // The title's head may itself be no name word ("Speaker").
            let title = run.first - gap - 1;
            if is_role_head(self.doc.word(title)) && is_capitalized(self.doc.word(title)) {
                let title_first = runs[..index]
                    .last()
                    .filter(|run| run.end == title + 1)
                    .map_or(title, |run| run.first);
                let name_first = run.end - 2;
                return Some((name_first, self.span(title_first, name_first).to_string()));
            }
        }
        None
    }

    /// A lower-case role before the run that starts at `run_first`, within
    /// `floor..`: "Chicago mayor Brandon Johnson". An honorific may stand
    /// between the role and the name, and then a capitalised role is one too,
    /// since the honorific is what ended its run: "Labour leader Sir Keir
    /// Starmer", "Prime Minister Sir Keir Starmer".
    fn role_before(&self, run_first: usize, floor: usize) -> Option<String> {
        let titled = run_first > floor && HONORIFICS.contains(self.doc.word(run_first - 1));
        let end = run_first - usize::from(titled);
        let head = self.doc.word(end.saturating_sub(1));
        let before = end > floor && is_role_head(head) && (titled || !is_capitalized(head));
        before.then(|| {
            let start = self.role_start(end - 1, floor);
            self.span(start, end).to_string()
        })
    }

    /// A description that opens the sentence and names the run after its
    /// comma, as news introduces the people it meets: "One resident, Tom
    /// Lee, 67, said", "A local farmer, Bo Tate, said", "A trader in Lagos,
    /// Chidi Okeke, said". The description is a determiner, up to two words
    /// and a noun for a person or a role, perhaps with a place or a body
    /// after "in", "at", "from" or "of".
    fn description_before(&self, run_first: usize, floor: usize) -> Option<String> {
        let comma = run_first.checked_sub(1)?;
        if !self.doc.tokens[comma].is_punct(',') || comma <= floor + 1 {
            return None;
        }
        let preposition =
            (floor + 1..comma).find(|&k| word_in(self.doc.word(k), &["in", "at", "from", "of"]));
        let head = preposition.unwrap_or(comma) - 1;
        let placed = preposition.is_none_or(|p| {
            (p + 1..comma).all(|k| self.doc.is_word(k) && is_capitalized(self.doc.word(k)))
        });
        let noun = self.doc.word(head).to_ascii_lowercase();
        let person = is_role_head(&noun) || PERSON_NOUNS.contains(&noun);
        let described = person
            && placed
            && head > floor
            && head - floor <= 3
            && INTRODUCING_DETERMINERS.contains(self.doc.word(floor))
            && (floor + 1..=head).all(|k| self.doc.is_word(k) && !is_capitalized(self.doc.word(k)));
        described.then(|| self.span(floor + 1, comma).to_string())
    }

    /// A role in an appositive after the run, closed before `limit`: "Hugh
    /// Hill, a doctor, said".
    fn appositive_role(&self, run: Span, limit: usize) -> Option<String> {
        // Letters after the name stand before the comma: "Ada Quist MP, Minister for Roads".
        let name_end = (run.end..limit)
            .find(|&k| !self.is_post_nominal(k))
            .unwrap_or(limit);
        let comma = self
            .doc
            .tokens
            .get(name_end)
            .is_some_and(|t| t.is_punct(','));
        if run.len() < 2 || !comma {
            return None;
        }
        let mut k = name_end + 1;
        if word_in(self.doc.word(k), &["a", "an", "the"]) {
            k += 1;
        }
        let start = k;
        let mut head = None;
        while k < limit && k - start < 8 && self.doc.is_word(k) {
            if head.is_none() && k - start < 4 && is_role_head(self.doc.word(k)) {
                head = Some(k);
            }
            k += 1;
        }
        if head.is_some() {
            k = self.portfolios_end(k, limit).unwrap_or(k);
        }
        let closed = k >= limit
            || self
                .doc
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';')));
        (head.is_some() && closed && k > start).then(|| self.span(start, k).to_string())
    }

    /// Where the rest of an office's list of portfolios ends, when the comma
    /// at `comma` goes on with one: "Minister of Housing|, Infrastructure
    /// and Communities". Only capitalised words joined by "and" are, so that
    /// a comma before the next clause or name ends the office, and a first
    /// name opens a person's name, not a portfolio.
    fn portfolios_end(&self, comma: usize, limit: usize) -> Option<usize> {
        if !self.doc.tokens.get(comma).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut k = comma + 1;
        let mut joined = false;
        while k < limit && k - comma < 8 && self.doc.is_word(k) {
            let word = self.doc.word(k);
            joined |= word_in(word, &["and", "&"]);
            let part = is_capitalized(word) && !crate::grammar::is_first_name(word);
            if !part && !word_in(word, &["and", "&", "of"]) {
                return None;
            }
            k += 1;
        }
        (joined && is_capitalized(self.doc.word(k - 1))).then_some(k)
    }
}

/// A statement's mention as resolution reads it: the phrase that names the
/// source, and the noun at its head.
struct Mention {
    /// The mention's first token.
    first: usize,
    /// Where the whole mention ends, an appositive after it included.
    end: usize,
    /// Where the phrase that names the source ends: before an appositive or
    /// a parenthesis.
    phrase_end: usize,
    /// The head noun's token.
    head_word: usize,
    /// The head noun without a possessive, in lower case when only opening
    /// the sentence capitalises it.
    head: String,
    /// How many tokens the mention has up to its head noun, the head included.
    words: usize,
    /// When a prepositional object describes the source, the phrase's last
    /// word in lower case: "company" in "the spokesman for the company".
    object_word: Option<String>,
    /// The capitalised runs before what describes the head.
    runs: Vec<Span>,
    /// The phrase's text.
    text: String,
    /// The mention's first word, in lower case.
    determiner: String,
}

/// How many of the people who spoke last a "he" or "she" may refer to.
const RECENT_SPEAKERS: usize = 3;

/// How many sentences before a "they" the group it means has spoken or
/// been named again: further back, the text has moved on to other people
/// ("Workers objected … They also said" is not the executives who spoke ten
/// sentences before). On PolNeAR, a group named within three was right and
/// most further back were not.
const PLURAL_WINDOW: usize = 3;

/// How many sentence subjects back a pronoun looks for a rival. In the
/// benchmarks' articles the look never goes past 22; one back to the start
/// would make a text of many pronouns quadratic.
const RIVAL_LOOKBACK: usize = 64;

/// In how many sentences after its own a lead's "the Education Secretary"
/// may have its holder named (`holder_named_next`): the next one, where a
/// release or a report says who it meant.
const NAMED_NEXT_SENTENCES: usize = 1;

/// How many tokens back in its own sentence a pronoun looks for an owner
/// it may mean (`owner_before_in_sentence`).
const OWNER_LOOKBACK: usize = 64;

/// What an article writes before one surname where it names people in
/// full.
#[derive(Default)]
struct NamedInFull {
    /// The given names written before the surname: two or more mean two
    /// people share it ("Gary Johnson", "Secretary Jeh Johnson").
    given_names: HashSet<String>,
    /// Where the article first writes the surname after a first name the
    /// lexicon knows ("Jim Chalmers").
    first_known: Option<Span>,
}

struct Resolver<'a> {
    reader: Reader<'a>,
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    /// What resolution asks of `entities`, answered without reading them all.
    index: EntityIndex,
    runs_seen: HashSet<String>,
    /// The last words of the runs of two words or more, in lower case: the
    /// surnames the article writes after a first name.
    surnames_seen: HashSet<String>,
    /// Those of them written after a first name that tells a pronoun, with
    /// the pronoun, or None when first names of both kinds come before it.
    told_surnames: HashMap<String, Option<&'static str>>,
    /// The people the article names in full, by surname in lower case:
    /// whom a lone surname may mean.
    named_in_full: HashMap<String, NamedInFull>,
    /// The names, in lower case, the article writes where only an
    /// organisation stands ([`Reader::is_in_organization_place`]).
    organization_names: HashSet<String>,
    /// The keys of the words the article writes in lower case somewhere:
    /// a capitalised word among them is a common noun opening a sentence.
    lower_case_words: HashSet<u64>,
    /// Where each sentence's subject ([`Reader::subject_run`]), or else the
    /// run of capitalised words opening it, starts, with the run's last word
    /// in lower case: the sentence subjects a pronoun may have meant.
    /// With each, the pronoun its own first name tells ("Bill Clinton":
    /// "he"), if it has one.
    name_runs: Vec<(usize, String, Option<&'static str>)>,
    /// The same starts by the run's last word, in text order.
    subjects_by_word: HashMap<String, Vec<usize>>,
    /// The first token of each sentence, in text order.
    sentence_starts: Vec<usize>,
    /// The name each sentence is about, by the sentence's first token: the
    /// last word of its subject ([`Reader::subject_run`]), if it has one.
    sentence_subjects: HashMap<usize, String>,
    /// The organisation each sentence opens with as its subject, by the
    /// sentence's first token: what a later "it" or "the agency" may mean.
    organization_subjects: HashMap<usize, usize>,
    /// The contents of the direct quotations, in text order: a name in one
    /// is someone the speaker talks about.
    quotations: Vec<Span>,
    /// The last people who spoke, at most `RECENT_SPEAKERS`, most recent last.
    recent_people: Vec<usize>,
    last_plural: Option<usize>,
    last_organization: Option<usize>,
    /// The role nouns mentions have used so far, by key: a role used again
    /// means someone already in the story, not one named next.
    roles_met: HashSet<u64>,
    /// The words, by key, the text capitalises somewhere other than at a
    /// sentence's start: names, not common words that open a sentence. Read
    /// the first time a rule asks, which few texts need.
    capitalised_inside_sentences: OnceCell<HashSet<u64>>,
}

impl Resolver<'_> {
    /// A resolver over the document, before it has read anyone.
    fn new(doc: Document<'_>) -> Resolver<'_> {
        Resolver {
            reader: Reader { doc },
            entities: Vec::new(),
            by_name: HashMap::new(),
            index: EntityIndex::new(),
            runs_seen: HashSet::new(),
            surnames_seen: HashSet::new(),
            told_surnames: HashMap::new(),
            named_in_full: HashMap::new(),
            organization_names: HashSet::new(),
            lower_case_words: doc
                .tokens
                .iter()
                .filter(|t| t.is_word() && !is_capitalized(t.text(doc.text)))
                .map(|t| t.key)
                .collect(),
            name_runs: Vec::new(),
            subjects_by_word: HashMap::new(),
            sentence_starts: Vec::new(),
            sentence_subjects: HashMap::new(),
            organization_subjects: HashMap::new(),
            quotations: Vec::new(),
            recent_people: Vec::new(),
            last_plural: None,
            last_organization: None,
            roles_met: HashSet::new(),
            capitalised_inside_sentences: OnceCell::new(),
        }
    }

    /// The speaker of `statement`, found through its mention, and the
    /// speaking noted for the pronouns and role nouns after it. `resolved`
    /// holds each mention resolved so far, so that a mention several
    /// statements share is resolved once.
    fn speaker_of(
        &mut self,
        statement: &RawStatement,
        resolved: &mut HashMap<Span, Option<(usize, LinkRule)>>,
    ) -> Option<Link> {
        // A relative pronoun ("who said") is resolved through the phrase it
        // stands for.
        let named = statement.antecedent.or(statement.mention);
        let speaker = named.and_then(|named| {
            if let Some(&known) = resolved.get(&named) {
                return known;
            }
            let found = self
                .mention(named.first, named.end)
                .or_else(|| self.issuer(named, statement));
            resolved.insert(named, found);
            found
        });
        let link = speaker
            .zip(named)
            .map(|((index, rule), named)| self.link(statement, named, index, rule));
        if let Some((index, _)) = speaker {
            self.note_spoke(index, named, statement.rule);
        }
        link
    }

    /// Who issued the document a mention that resolves to no one names,
    /// when the text says so after it: "according to a count by the
    /// Associated Press". It is read up to the statement's cue when the cue
    /// follows the mention, else up to the sentence's end.
    fn issuer(&mut self, named: Span, statement: &RawStatement) -> Option<(usize, LinkRule)> {
        let next_sentence = self
            .sentence_starts
            .partition_point(|&start| start <= named.first);
        let sentence_end = self
            .sentence_starts
            .get(next_sentence)
            .copied()
            .unwrap_or(self.reader.doc.tokens.len());
        let limit = statement
            .cue
            .filter(|cue| cue.first >= named.end)
            .map_or(sentence_end, |cue| cue.first.min(sentence_end));
        let issuer = self.reader.issuer_after(named.first, named.end, limit)?;
        self.mention(issuer.first, issuer.end)
    }

    /// Notes that the entity at `index` spoke, named by the mention `named`
    /// in a statement that `rule` found: it becomes what a later pronoun or
    /// role noun may refer to.
    fn note_spoke(&mut self, index: usize, named: Option<Span>, rule: StatementRule) {
        let entity = &mut self.entities[index];
        entity.speaks = true;
        entity.last_spoke = named.map(|named| named.first);
        match entity.kind {
            SpeakerKind::Person => self.note_speaker(index),
            // An organisation that speaks through a document it issued
            // ("according to a report by the Urban Institute") is a
            // source, not what the text goes on about: a later "it" or
            // "the company" is not it.
            SpeakerKind::Organization
                if !matches!(
                    rule,
                    StatementRule::ReportedAccordingToDocument
                        | StatementRule::ReportedDocumentBefore
                ) =>
            {
                self.last_organization = Some(index)
            }
            SpeakerKind::Organization => {}
            _ => {
                let listed = entity.pronoun == Some("they");
                if listed || entity.words.last().is_some_and(|w| w.ends_with('s')) {
                    self.last_plural = Some(index);
                }
                // After people who speak together ("Wilcox and Beruff
                // said"), "he" or "she" could be any of them.
                if listed {
                    self.recent_people.clear();
                }
            }
        }
    }

    /// Gives each person their aliases: the shorter forms of their name the
    /// article uses.
    fn add_aliases(&mut self) {
        let runs_seen = std::mem::take(&mut self.runs_seen);
        for entity in &mut self.entities {
            if entity.kind != SpeakerKind::Person {
                continue;
            }
            let parts: Vec<&str> = entity.name.split_whitespace().collect();
            for skip in 1..parts.len() {
                let alias = parts[skip..].join(" ");
                if runs_seen.contains(&alias.to_lowercase())
                    && alias.chars().any(char::is_alphabetic)
                {
                    entity.aliases.push(alias);
                }
            }
        }
    }

    fn add(
        &mut self,
        name: String,
        words: Vec<String>,
        role: Option<String>,
        kind: SpeakerKind,
        named: Span,
    ) -> usize {
        let key = name.to_lowercase();
        if let Some(&index) = self.by_name.get(&key) {
            let entity = &mut self.entities[index];
            if entity.role.is_none() && role.is_some() {
                entity.role = role;
                self.index.add_role(index, &self.entities[index]);
            }
            return index;
        }
        self.entities.push(Entity {
            name,
            role,
            kind,
            aliases: Vec::new(),
            first_seen: named.first,
            named,
            last_named: None,
            speaks: false,
            words,
            pronoun: None,
            last_spoke: None,
        });
        let index = self.entities.len() - 1;
        self.by_name.insert(key, index);
        self.index.add(index, &self.entities[index]);
        index
    }

    /// Gives the entity at `index` a pronoun, keeping the index in step.
    fn set_pronoun(&mut self, index: usize, pronoun: &'static str) {
        let before = pronoun_of(&self.entities[index]);
        self.entities[index].pronoun = Some(pronoun);
        self.index
            .change_pronoun(index, &self.entities[index], before);
    }

    /// The person or organisation whose name ends with these words, if exactly one.
    fn known(&self, words: &[String]) -> Option<usize> {
        self.index.known(words)
    }

    /// Whether the run `first..end` names an organisation: an acronym
    /// ("CNN"), a brand ("BuzzFeed"), partners' names ("CNN/WMUR"), a name with an organisation's head ("the Labor Department",
    /// "the Chicago Sun-Times"), or a place that speaks for its government
    /// ("China", "Moscow") and is no surname here.
    fn is_organization_run(&self, first: usize, end: usize) -> bool {
        let r = &self.reader;
        let words = r.run_words(first, end);
        // A place's or brand's word the article writes after a first name is
        // a surname: "Kerry Washington", "Jim VandeHei".
        let surname = words.len() == 1 && self.surnames_seen.contains(&words[0]);
        let place = SPEAKING_PLACES.contains(&words.join(" ")) && !surname;
        // An office written in capitals is a role: "the CEO", "the PM". A
        // name all in capitals is an acronym or a masthead: "USA TODAY".
        let acronym = (first..end).all(|k| {
            let w = r.doc.word(k);
            !is_role_head(w)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && is_in_capitals(w)
        });
        let brand = end - first == 1
            && (is_brand(r.doc.word(first))
                || words.first().is_some_and(|w| NEWS_OUTLETS.contains(w)))
            && !surname;
        let placed = self.organization_names.contains(&words.join(" "));
        // Names joined by a slash or an ampersand are partners, no one
        // person: "CNN/WMUR", "Procter & Gamble".
        let partners =
            (first..end).any(|k| r.doc.tokens[k].is_punct('/') || r.doc.tokens[k].is_punct('&'));
        let apostrophe_s = (first..end).any(|k| is_name_with_apostrophe_s(r.doc.word(k)));
        let head =
            |w: &str| ORGANIZATION_HEADS.contains(w) || CAPITALISED_ORGANIZATION_HEADS.contains(w);
        acronym
            || brand
            || placed
            || partners
            || apostrophe_s
            || place
            || words
                .iter()
                .any(|w| head(w) || w.rsplit_once('-').is_some_and(|(_, last)| head(last)))
            || national_body(r.doc.word(first), &words)
            || is_common_noun_name(&words)
    }

    /// Reads the named people of one sentence with the roles the text gives them.
    fn people_in(&mut self, first: usize, end: usize) {
        let runs = self.reader.runs(first, end);
        // The sentence's subject, or else the name opening it, is what a
        // later pronoun may mean.
        let subject = self.reader.subject_run(&runs, first);
        let opening = runs.iter().find(|run| run.first == first).copied();
        if let Some(run) = subject.or(opening) {
            self.note_name_run(run);
            if subject.is_some() {
                let last_word = self.reader.last_name_word(run);
                self.sentence_subjects.insert(first, last_word);
                self.note_owner_of_its(run, end);
            }
        }
        if let Some(run) = self.reader.clause_subject_run(&runs, first) {
            self.note_name_run(run);
        }
        if let Some(run) = self.reader.organization_subject(&runs, first) {
            if self.is_organization_run(run.first, run.end) {
                let index = self.organization(run.first, run.end);
                self.organization_subjects.insert(first, index);
            }
        } else if let Some(index) = self.organization_by_opening_noun(first) {
            self.organization_subjects.insert(first, index);
        }
        let mut people = Vec::new();
        for (index, &run) in runs.iter().enumerate() {
            self.note_acronym(&runs, index);
            let text = self.reader.run_text(run.first, run.end);
            self.runs_seen.insert(text.to_lowercase());
            if self.reader.is_in_organization_place(run) && !self.is_seen_surname(run) {
                let words = self.reader.run_words(run.first, run.end);
                self.organization_names.insert(words.join(" "));
            }
            if run.len() > 1 {
                let unknown_person = self.may_be_unknown_person(run);
                self.note_full_name(run, unknown_person);
            }
            let (name_first, role) = self.role_of(&runs, index, first, end);
            let role = role.map(|role| self.with_owner(role, first));
            let Some(role) = role else {
                continue;
            };
            if name_first >= run.end || self.is_organization_run(name_first, run.end) {
                continue;
            }
            let index = self.titled_person(Span::new(name_first, run.end), role);
            self.note_honorific(index, run.first);
            people.push(Span::new(name_first, run.end));
        }
        if let ([person], None) = (people.as_slice(), subject) {
            self.note_lone_person(first, end, &runs, *person);
        }
    }

    /// Notes the subject of the sentence that ends at `end` as an
    /// organisation's name when the next sentence opens with "Its": "Quorvane
    /// said flights would resume. Its chief executive, Ada Quist, said …".
    /// Not a name with a first name in it, which is a person's.
    fn note_owner_of_its(&mut self, subject: Span, end: usize) {
        let r = &self.reader;
        let next_opens_with_its = end < r.doc.tokens.len() && word_is(r.doc.word(end), "its");
        if next_opens_with_its && !r.has_first_name(subject) && !self.is_seen_surname(subject) {
            let words = r.run_words(subject.first, subject.end);
            self.organization_names.insert(words.join(" "));
        }
    }

    /// The person a name after a title, `name`, is: the one the article
    /// has named in full with those words ("Treasurer Chalmers" after "Jim
    /// Chalmers"), given the role if they had none, or a new person.
    fn titled_person(&mut self, name: Span, role: String) -> usize {
        let words = self.reader.run_words(name.first, name.end);
        let known = self
            .known(&words)
            .filter(|&index| self.entities[index].kind == SpeakerKind::Person);
        if let Some(index) = known {
            if self.entities[index].role.is_none() {
                self.entities[index].role = Some(role);
                self.index.add_role(index, &self.entities[index]);
            }
            return index;
        }
        let full = self.named_in_full_before(name, &words).unwrap_or(name);
        let text = self.reader.run_text(full.first, full.end);
        let words = self.reader.run_words(full.first, full.end);
        self.add(text, words, Some(role), SpeakerKind::Person, full)
    }

    /// Whether the sentence `first..end` quotes someone, or `person` is named
    /// in a quotation that goes on over several sentences: a name there is
    /// whom the speaker talks about.
    fn is_quoted(&self, first: usize, end: usize, person: Span) -> bool {
        let tokens = &self.reader.doc.tokens[first..end];
        self.in_quotation(person.first) || tokens.iter().any(|t| t.is_quote())
    }

    /// Whether the token at `at` is inside a direct quotation.
    fn in_quotation(&self, at: usize) -> bool {
        let before = self.quotations.partition_point(|quote| quote.first <= at);
        before
            .checked_sub(1)
            .is_some_and(|k| self.quotations[k].end > at)
    }

    /// Whether a run of several names may be a person's whose first name
    /// the lexicon does not know: one the text introduces as news introduces
    /// people, with an appositive after a comma ("Johnnie Wilson, 83, of
    /// Springfield"), opening with a word the text never writes in lower
    /// case (not "New York, the city"), and no organisation's.
    fn may_be_unknown_person(&self, run: Span) -> bool {
        let doc = &self.reader.doc;
        let introduced = doc.tokens.get(run.end).is_some_and(|t| t.is_punct(','));
        introduced
            && !self.lower_case_words.contains(&doc.tokens[run.first].key)
            && !self.is_organization_run(run.first, run.end)
    }

    /// Whether the run is one word the text has given as a surname after a
    /// first name, which is a person's wherever it stands: "Zap owner
    /// Quill" after "Tom Quill".
    fn is_seen_surname(&self, run: Span) -> bool {
        run.len() == 1
            && self
                .surnames_seen
                .contains(&self.reader.run_words(run.first, run.end)[0])
    }

    /// Notes the last word of a name of several words as a surname, with
    /// the pronoun its first name tells. A name that may be a person's
    /// though the lexicon knows no first name in it (`unknown_person`) tells
    /// neither pronoun: "Johnnie Wilson" may be a "he" as well as a "she".
    fn note_full_name(&mut self, run: Span, unknown_person: bool) {
        let words = self.reader.run_words(run.first, run.end);
        let Some(surname) = words.last() else {
            return;
        };
        let pronoun = first_name_pronoun(&words);
        let named = self.named_in_full.entry(surname.clone()).or_default();
        // The word before the surname that is no initial is the given
        // name, whatever role comes before it ("Secretary Jeh Johnson"); a
        // title there ("Dr Chalmers") gives none.
        let given = words[..words.len() - 1]
            .iter()
            .rev()
            .find(|word| word.chars().count() > 1)
            .filter(|word| !HONORIFICS.contains(word) && !is_role_head(word));
        named.given_names.extend(given.cloned());
        if pronoun.is_some() && named.first_known.is_none() {
            named.first_known = Some(run);
        }
        if pronoun.is_none() && unknown_person {
            self.told_surnames.entry(surname.clone()).or_insert(None);
        }
        if let Some(pronoun) = pronoun {
            let told = self
                .told_surnames
                .entry(surname.clone())
                .or_insert(Some(pronoun));
            // Written after first names of both kinds, it tells neither.
            if *told != Some(pronoun) {
                *told = None;
            }
        }
        self.surnames_seen.insert(surname.clone());
    }

    /// Notes a run of a sentence's names as one a later pronoun may mean,
    /// in text order.
    fn note_name_run(&mut self, run: Span) {
        let last_word = self.reader.last_name_word(run);
        self.subjects_by_word
            .entry(last_word.clone())
            .or_default()
            .push(run.first);
        // The first name may follow a role: "House Republican Mike Roe".
        let words = self.reader.run_words(run.first, run.end);
        let told = (0..words.len()).find_map(|k| first_name_pronoun(&words[k..]));
        self.name_runs.push((run.first, last_word, told));
    }

    /// Notes the one person with a role that a sentence with no subject
    /// names, `person`, as what the sentence is about: "Just look at House
    /// Speaker Sam Roe. He has said …", "Consider Senator Bob Lee." A "he"
    /// in the next sentence means that person, not whoever spoke last.
    fn note_lone_person(&mut self, first: usize, end: usize, runs: &[Span], person: Span) {
        // Only a sentence that names no one else is about that person: in
        // "“…,” said Jo Lee, an aide to President Sam Roe" it is the speaker.
        // A capitalised word opening the sentence ("Just look at …") names
        // no one unless the person's name ends its run ("Consider Mayor
        // Sam Roe").
        let names_someone = |run: &&Span| run.first != first || run.end == person.end;
        if runs.iter().filter(names_someone).count() != 1 || self.is_quoted(first, end, person) {
            return;
        }
        self.note_name_run(person);
        let last_word = self.reader.doc.word(person.end - 1).to_lowercase();
        self.sentence_subjects.insert(first, last_word);
    }

    /// Where the name in a run starts, and the role before or after it.
    fn role_of(
        &self,
        runs: &[Span],
        index: usize,
        floor: usize,
        limit: usize,
    ) -> (usize, Option<String>) {
        let r = &self.reader;
        let run = runs[index];
        // A surname after an honorific is a name even when it is also a
        // title: "Mr. King".
        let honorific = run.first > 0 && HONORIFICS.contains(r.doc.word(run.first - 1));
        if honorific && run.len() == 1 {
            return (run.first, r.role_before(run.first, floor));
        }
        // A title after a first name is a surname: "Howard Dean", "Angus
        // King", "Nathan Judge".
        let surname = |k: usize| k > run.first && is_first_name(r.doc.word(k - 1));
        let role_head = |k: usize| is_role_head(r.doc.word(k)) && !surname(k);
        if let Some(head) = run.indices().rev().find(|&k| role_head(k)) {
            let (name_first, role) = r.role_in_run(run, head, floor);
            // A courtesy title alone gives way to a role after the name.
            let title_only = head == run.first
                && COURTESY_TITLES.contains(crate::lex::without_dot(r.doc.word(head)));
            let apposed = title_only.then(|| r.appositive_role(run, limit)).flatten();
            return (name_first, apposed.or(role));
        }
        if let Some((name_first, title)) = r.title_with_of(runs, index, floor) {
            return (name_first, Some(title));
        }
        if let Some(role) = r.role_before(run.first, floor) {
            return (run.first, Some(role));
        }
        let described = r.description_before(run.first, floor);
        (
            run.first,
            described.or_else(|| r.appositive_role(run, limit)),
        )
    }

    /// The person a "he" or "she" refers to: the latest speaker it can fit,
    /// among the last `RECENT_SPEAKERS`; before anyone has spoken, the only
    /// person introduced so far. When neither is sure, the person the
    /// sentence before was about ([`Resolver::previous_subject`]).
    fn pronoun(&mut self, pronoun: &'static str, at: usize) -> Option<usize> {
        let fits = |e: &Entity| pronoun_of(e).is_none_or(|p| p == pronoun);
        let found = self
            .recent_people
            .iter()
            .rev()
            .copied()
            .find(|&p| fits(&self.entities[p]))
            .or_else(|| {
                self.recent_people
                    .is_empty()
                    .then(|| self.index.only_fitting(pronoun, at))
                    .flatten()
            })
            .filter(|&found| !self.has_rival(found, pronoun, at))
            .or_else(|| self.previous_subject(pronoun, at))?;
        // A person whose pronoun is unknown loses it to an owner in the
        // pronoun's own sentence whom it fits.
        let entity = &self.entities[found];
        let owner_rival = pronoun_of(entity).is_none()
            && self.owner_before_in_sentence(entity.words.last(), pronoun, at);
        if owner_rival {
            return None;
        }
        self.set_pronoun(found, pronoun);
        Some(found)
    }

    /// Whether another person the pronoun fits has been the subject of a
    /// sentence since `found` last spoke or was the subject, which makes
    /// the pronoun ambiguous: "Kasich said … Sanders is touting his
    /// campaign. He says …". An entity with the same surname is the same
    /// person named another way ("Reid", "Harry M. Reid"). The runs are in
    /// text order.
    fn has_rival(&self, found: usize, pronoun: &str, at: usize) -> bool {
        let surname = self.entities[found].words.last();
        let subject_at = surname
            .and_then(|surname| self.subjects_by_word.get(surname))
            .and_then(|starts| {
                let before = starts.partition_point(|&position| position < at);
                before.checked_sub(1).map(|k| starts[k])
            });
        let since = subject_at.max(self.entities[found].last_spoke).unwrap_or(0);
        // Whether the pronoun fits the person it found is unknown, so a
        // person it would not fit is no less likely the one the text has
        // moved on to.
        let unknown = pronoun_of(&self.entities[found]).is_none();
        let before = self
            .name_runs
            .partition_point(|(position, ..)| *position < at);
        self.name_runs[before.saturating_sub(RIVAL_LOOKBACK)..before]
            .iter()
            .rev()
            .take_while(|(position, ..)| *position > since)
            .any(|(position, last_word, told)| {
                // A person named in full whose first name fits the pronoun
                // is a rival though others share the surname: "Bill
                // Clinton set … He suggested" when Hillary Clinton is "she".
                let fits_by_name =
                    *told == Some(pronoun) || self.is_person_to_come(last_word, pronoun);
                Some(last_word) != surname
                    && (self.index.surname_fits(last_word, pronoun)
                        || unknown && self.index.is_surname(last_word)
                        || fits_by_name && !self.in_quotation(*position))
            })
    }

    /// Whether the pronoun's own sentence names, before it, an owner whom
    /// the pronoun fits, and not the person `surname` names: in "the ruling raised
    /// questions about Jane Quist's affidavit, in which she said …" the
    /// "she" may well be Quist, so a speaker whose pronoun is unknown is no
    /// safe reading.
    fn owner_before_in_sentence(&self, surname: Option<&String>, pronoun: &str, at: usize) -> bool {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        // Bounded, so that a sentence of any length is read in linear time.
        let start = sentence
            .checked_sub(1)
            .map_or(0, |k| self.sentence_starts[k])
            .max(at.saturating_sub(OWNER_LOOKBACK));
        let doc = &self.reader.doc;
        let name_at = |k: usize| strip_possessive(doc.word(k)).to_lowercase();
        // A speaker the sentence names itself stays the likelier one:
        // "Roe told CNN the video did not show Lee's hand, but he said …".
        let named = (start..at).any(|k| Some(&name_at(k)) == surname);
        let owner_fits = (start..at).any(|k| {
            let word = doc.word(k);
            let owner = strip_possessive(word);
            let name = name_at(k);
            owner != word
                && is_capitalized(owner)
                && (self.index.surname_fits(&name, pronoun)
                    || self.told_surnames.get(&name) == Some(&Some(pronoun)))
        });
        !named && owner_fits
    }

    /// Whether `last_word`, a sentence's subject, is the surname of someone
    /// the article names in full after a first name that `pronoun` fits
    /// ("Sam Roe") but has not yet read as a person: one who speaks only
    /// later. A name after no first name may be a place or a group ("Senate
    /// Republicans", "Penguin Classics"); one in a quotation is whom the
    /// speaker talks about, so the caller sets it aside.
    fn is_person_to_come(&self, last_word: &str, pronoun: &str) -> bool {
        self.told_surnames
            .get(last_word)
            .is_some_and(|told| told.is_none_or(|told| told == pronoun))
            && !self.index.is_surname(last_word)
            && !self.organization_names.contains(last_word)
    }

    /// The person the sentence before the pronoun's opens with, when the
    /// pronoun fits them: news goes on about the subject it has just
    /// named ("Ham made it clear he had misgivings. “Now …,” he told the
    /// host"). Only the sentence before: a name opening the pronoun's own
    /// sentence may be what the person talks about ("Trump is wrong, he
    /// said").
    fn previous_subject(&self, pronoun: &str, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let previous = self.sentence_starts.get(sentence.checked_sub(2)?)?;
        let last_word = self.sentence_subjects.get(previous)?;
        let person = self.known(std::slice::from_ref(last_word))?;
        let entity = &self.entities[person];
        let fits = pronoun_of(entity).is_none_or(|p| p == pronoun);
        // Someone the article has shown to be a person: with a role, or
        // speaking. A place can open a sentence too ("South Carolina polls").
        let shown = entity.role.is_some() || entity.speaks;
        (entity.kind == SpeakerKind::Person && fits && shown).then_some(person)
    }

    /// The organisation the sentence before the one at `at` opens with, which
    /// an "it" or "the company" goes on about: "The Federal Aviation
    /// Administration opened an inquiry. It said …". A name the article
    /// never shows to be a person is an organisation when "it" refers back
    /// to it ("Twitter said … It added").
    fn previous_organization(&mut self, at: usize) -> Option<usize> {
        let previous = self.previous_sentence_start(at)?;
        if let Some(&index) = self.organization_subjects.get(&previous) {
            return Some(index);
        }
        let last_word = self.sentence_subjects.get(&previous)?;
        let found = self.known(std::slice::from_ref(last_word))?;
        self.as_organization(found)
    }

    /// Takes in the acronym an organisation's name is given with in
    /// parentheses after the run at `index` (with the name before its "of"
    /// or "for"), as a short name of that organisation: after "the Reserve
    /// Bank of India (RBI)", "the RBI" is the bank.
    fn note_acronym(&mut self, runs: &[Span], index: usize) {
        let run = runs[index];
        let Some(acronym) = self.reader.acronym_at(run.end).map(str::to_string) else {
            return;
        };
        let whole = index
            .checked_sub(1)
            .map(|before| self.reader.with_object_name(runs, before))
            .filter(|whole| whole.end == run.end)
            .unwrap_or(run);
        if whole.len() < 2 || !self.is_organization_run(whole.first, whole.end) {
            return;
        }
        let found = self.organization(whole.first, whole.end);
        self.index.add_acronym(found, &acronym);
        let entity = &mut self.entities[found];
        if !entity.aliases.contains(&acronym) {
            entity.aliases.push(acronym);
        }
    }

    /// The organisation a sentence that opens on "the" and a noun for one,
    /// then a verb, goes on about: the latest named with that noun, or else
    /// the one the sentence before opened with ("The Reserve Bank of India
    /// kept rates unchanged. The central bank projected growth of 7 per
    /// cent. It also said …"). A noun for a business never means a public
    /// body.
    fn organization_by_opening_noun(&mut self, first: usize) -> Option<usize> {
        let doc = &self.reader.doc;
        let plain = |k: usize| doc.is_word(k) && !is_capitalized(doc.word(k));
        if !word_is(doc.word(first), "the") {
            return None;
        }
        let head = (first + 1..first + 3)
            .take_while(|&k| plain(k))
            .find(|&k| {
                let word = doc.word(k);
                is_generic_organization_noun(word) || ORGANIZATION_HEADS.contains(word)
            })?;
        let next = doc.word(head + 1);
        let verb = plain(head + 1) && is_verb_after_singular(next);
        if !verb {
            return None;
        }
        let lower = doc.word(head).to_ascii_lowercase();
        let found = self
            .index
            .latest_organization(&self.entities, &lower, first)
            .or_else(|| self.previous_organization(first))?;
        let public = is_public_body(&self.entities[found].words);
        (!is_business_noun(&lower) || !public).then_some(found)
    }

    /// The organisation the sentence holding `at` opens with as its
    /// subject, named before `at`: the one a noun after the reported clause
    /// means ("Quorvane Motors will recall 120,000 cars, the automaker
    /// said").
    fn organization_opening_sentence(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let start = self.sentence_starts.get(sentence.checked_sub(1)?)?;
        let index = *self.organization_subjects.get(start)?;
        (self.entities[index].named.end <= at).then_some(index)
    }

    /// Whether the text capitalises the word with `key` somewhere other
    /// than at a sentence's start. The sentences are all known before any
    /// statement is resolved, when this is first asked.
    fn is_capitalised_inside_sentences(&self, key: u64) -> bool {
        let doc = self.reader.doc;
        self.capitalised_inside_sentences
            .get_or_init(|| {
                let starts: HashSet<usize> = self.sentence_starts.iter().copied().collect();
                (0..doc.tokens.len())
                    .filter(|k| {
                        !starts.contains(k) && doc.is_word(*k) && is_capitalized(doc.word(*k))
                    })
                    .map(|k| doc.tokens[k].key)
                    .collect()
            })
            .contains(&key)
    }

    /// The name the sentence holding `at` opens with, before its verb, as
    /// an organisation: the one a noun for an organisation after the
    /// reported clause means when nothing before it does ("Quorvane will
    /// cut 1,200 jobs, the company said"). Only a word the article also
    /// capitalises inside a sentence ("Proceeds of the offering will …"
    /// opens with a common noun), and not a name with a first name, a
    /// surname the article gave or a person it knows.
    fn name_opening_sentence(&mut self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let start = *self.sentence_starts.get(sentence.checked_sub(1)?)?;
        let r = &self.reader;
        let run = *r.runs(start, at).first().filter(|run| run.first == start)?;
        let verb_next = r.doc.is_word(run.end) && !is_capitalized(r.doc.word(run.end));
        let name = self.is_capitalised_inside_sentences(r.doc.tokens[run.end - 1].key);
        let words = r.run_words(run.first, run.end);
        let person = !name
            || r.has_first_name(run)
            || self.is_seen_surname(run)
            || self
                .known(&words)
                .is_some_and(|index| self.entities[index].kind == SpeakerKind::Person);
        if !verb_next || person {
            return None;
        }
        let index = self.organization(run.first, run.end);
        (self.entities[index].kind == SpeakerKind::Organization).then_some(index)
    }

    /// The source the sentence before the one at `at` gave, when the
    /// article never shows it to be a person, for a noun that names what an
    /// organisation does: "According to Pellow Insight, bills could fall.
    /// The consultancy said …". Not for "it", which may be a place or a
    /// body a sentence names without its speaking ("Saddam said …. Iran
    /// said …, which it said it would review").
    fn previous_source_organization(&mut self, at: usize) -> Option<usize> {
        let previous = self.previous_sentence_start(at)?;
        let found = self.speaker_since(previous, at)?;
        self.as_organization(found)
    }

    /// The last organisation that spoke, when every name the text gives
    /// from there to `at` is its own, a person's or a news outlet's: in a company's release
    /// or its earnings story "the company" is that company. Once another
    /// name comes between, it may be that one ("EgyptAir said …. Supré
    /// worked at Vanguard Logistics Services …. The company confirmed").
    fn last_organization_still_in_view(&self, at: usize) -> Option<usize> {
        let index = self.last_organization?;
        let entity = &self.entities[index];
        let from = entity.last_spoke?.max(entity.named.end);
        let r = &self.reader;
        let runs = r.runs(from, at);
        let other = runs.iter().any(|run| {
            let words = r.run_words(run.first, run.end);
            let own = words.iter().all(|w| entity.words.contains(w));
            let person = r.has_first_name(*run)
                || run.first > 0
                    && COURTESY_TITLES.contains(crate::lex::without_dot(r.doc.word(run.first - 1)));
            // A word capitalised only as it opens a sentence ("In", "But")
            // names no one.
            let common =
                run.len() == 1 && self.lower_case_words.contains(&r.doc.tokens[run.first].key);
            // An outlet that saw or reported something is no company the
            // story is about: "in a memo seen by Reuters".
            let outlet = words.first().is_some_and(|w| NEWS_OUTLETS.contains(w));
            !own && !person && !common && !outlet && self.may_be_another_organization(*run)
        });
        (!other).then_some(index)
    }

    /// Whether the run, named by `name_words`, is a business whose name
    /// ends in "'s": a name the article has not met that keeps its "'s"
    /// right before the verb ("Pembry's said") owns nothing. Before a noun
    /// it owns the noun ("Pembry's estimates"), and a person the text has
    /// named "has said" ("Doe's said").
    fn is_business_with_apostrophe_s(&self, run: Span, name_words: &[String]) -> bool {
        let r = &self.reader;
        let last = r.doc.word(run.end - 1);
        let met = name_words
            .last()
            .is_some_and(|word| self.surnames_seen.contains(word));
        let verb_next = matches!(cue_lemma(r.doc.word(run.end)), Some("say" | "tell"));
        strip_possessive(last) != last && verb_next && !met
    }

    /// Whether the run may name an organisation "the company" could mean:
    /// one by its name ("NCNB Texas National Bank", "Vanguard Logistics
    /// Services"), or an owner the text has not named as a person
    /// ("Weisfield's"). Not a place written in initials ("N.Y.", "U.S."),
    /// a product ("Unix") or a person's possessive ("Reupke's" after
    /// "Michael Reupke").
    fn may_be_another_organization(&self, run: Span) -> bool {
        let r = &self.reader;
        let last = r.doc.word(run.end - 1);
        let initials = run.len() == 1 && last.contains('.');
        let organization = self.is_organization_run(run.first, run.end) && !initials;
        let owner = strip_possessive(last);
        let possessive =
            name_form(last) != last && !self.surnames_seen.contains(&owner.to_ascii_lowercase());
        organization || possessive
    }

    fn previous_sentence_start(&self, at: usize) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        self.sentence_starts.get(sentence.checked_sub(2)?).copied()
    }

    /// The entity at `index` as an organisation, retyped when it is a
    /// person only by default; None when it is shown to be a person.
    fn as_organization(&mut self, index: usize) -> Option<usize> {
        if self.is_unshown_person(index) {
            self.entities[index].kind = SpeakerKind::Organization;
            self.index
                .retype_as_organization(index, &self.entities[index]);
            self.recent_people.retain(|&p| p != index);
        }
        (self.entities[index].kind == SpeakerKind::Organization).then_some(index)
    }

    /// The person who spoke last, when the mention that named them is in
    /// `from..at`: "According to Pellow Insight, bills could fall. The
    /// consultancy said …".
    fn speaker_since(&self, from: usize, at: usize) -> Option<usize> {
        let &last = self.recent_people.last()?;
        let spoke = self.entities[last].last_spoke?;
        (from..at).contains(&spoke).then_some(last)
    }

    /// Whether the entity at `index` is a person only by default: the
    /// article gives no role, title or pronoun, and the name is one word
    /// that is no surname given in full elsewhere, or has no first name the
    /// lexicon knows ("Pellow Insight").
    fn is_unshown_person(&self, index: usize) -> bool {
        let entity = &self.entities[index];
        let words = &entity.words;
        let bare = match words.as_slice() {
            [word] => !self.surnames_seen.contains(word),
            [first, ..] => !is_first_name(first),
            [] => false,
        };
        entity.kind == SpeakerKind::Person
            && entity.role.is_none()
            && pronoun_of(entity).is_none()
            && bare
    }

    /// Puts a person who spoke last among the recent speakers. Only the last
    /// few matter, so the list stays short and updating it stays cheap.
    fn note_speaker(&mut self, index: usize) {
        self.recent_people.retain(|&p| p != index);
        self.recent_people.push(index);
        if self.recent_people.len() > RECENT_SPEAKERS {
            self.recent_people.remove(0);
        }
    }

    /// Who the lone word `name` means when the article wrote it before in
    /// a longer name: the one person named in full with that surname
    /// ([`Resolver::named_in_full_before`]), with `role`, or the one
    /// organisation whose name opens with it ("Harbour Bancorp said …
    /// Harbour in a statement said"), unless the word is a person's surname
    /// too ("the Clinton Foundation … Mrs. Clinton said").
    fn named_earlier(
        &mut self,
        run: Span,
        name: Span,
        name_words: &[String],
        role: &Option<String>,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        if let Some(full) = self.named_in_full_before(name, name_words) {
            let text = r.run_text(full.first, full.end);
            let words = r.run_words(full.first, full.end);
            let index = self.add(text, words, role.clone(), SpeakerKind::Person, full);
            return Some((index, LinkRule::Alias));
        }
        let [word] = name_words else {
            return None;
        };
        let honorific = run.first > 0 && HONORIFICS.contains(r.doc.word(run.first - 1));
        if honorific || self.surnames_seen.contains(word) {
            return None;
        }
        let index = self
            .index
            .organization_opening_with(&self.entities, word, name.first)?;
        Some((index, LinkRule::Alias))
    }

    /// The one person the article named in full before `name`, a lone
    /// surname, where no one spoke ("Jim Chalmers spoke to reporters …
    /// Dr Chalmers said"): not when the article writes two given names
    /// before the surname, nor when an honorific before it is of the other
    /// sex.
    fn named_in_full_before(&self, name: Span, name_words: &[String]) -> Option<Span> {
        let [surname] = name_words else {
            return None;
        };
        let named = self.named_in_full.get(surname)?;
        let full = named.first_known.filter(|full| full.end <= name.first)?;
        if named.given_names.len() != 1 {
            return None;
        }
        let before = name
            .first
            .checked_sub(1)
            .map_or("", |k| self.reader.doc.word(k));
        let told = first_name_pronoun(&self.reader.run_words(full.first, full.end));
        let clashes = (HE_HONORIFICS.contains(before) && told != Some("he"))
            || (SHE_HONORIFICS.contains(before) && told != Some("she"));
        (!clashes).then_some(full)
    }

    /// Learns "he" from "Mr." or "Sir" and "she" from "Mrs.", "Ms.", "Miss" or
    /// "Dame" before a name.
    fn note_honorific(&mut self, index: usize, run_first: usize) {
        let before = run_first
            .checked_sub(1)
            .map_or("", |k| self.reader.doc.word(k));
        let pronoun = if HE_HONORIFICS.contains(before) {
            Some("he")
        } else if SHE_HONORIFICS.contains(before) {
            Some("she")
        } else {
            None
        };
        let unknown = self
            .entities
            .get(index)
            .is_some_and(|e| e.pronoun.is_none());
        if let Some(p) = pronoun.filter(|_| unknown) {
            self.set_pronoun(index, p);
        }
    }

    /// The link of `statement`, whose mention `named` was resolved to the
    /// entity at `index` by `rule`, with the earlier mention it went
    /// through. A mention that names the entity is remembered as the one
    /// later pronouns and role nouns point back to.
    fn link(
        &mut self,
        statement: &RawStatement,
        named: Span,
        index: usize,
        rule: LinkRule,
    ) -> Link {
        let entity = &mut self.entities[index];
        let earlier = match rule {
            LinkRule::Pronoun | LinkRule::RoleNoun => entity.last_named.or(Some(entity.named)),
            LinkRule::Alias => Some(entity.named),
            _ => None,
        };
        if matches!(
            rule,
            LinkRule::Name | LinkRule::Description | LinkRule::Alias
        ) {
            entity.last_named = Some(named);
        }
        let (rule, antecedent) = if statement.rule == StatementRule::QuoteContinuesParagraph {
            (LinkRule::Continuation, None)
        } else if statement.antecedent.is_some() {
            (LinkRule::RelativePronoun, statement.antecedent)
        } else {
            (rule, earlier)
        };
        // Only a mention before the statement's own explains it: for a
        // relative pronoun that is the pronoun, not the phrase it names. A
        // role named before its holder has none; the card names the holder.
        let here = statement
            .mention
            .map_or(named.first, |mention| mention.first);
        Link {
            entity: index,
            rule,
            antecedent: antecedent.filter(|antecedent| antecedent.end <= here),
        }
    }

    /// Resolves one statement's mention, and says how.
    fn mention(&mut self, first: usize, end: usize) -> Option<(usize, LinkRule)> {
        // A count of people is the source, not the people it counts from:
        // "one in five", "most of them".
        let counted = self.reader.partitive_start(first);
        if let Some(start) = counted.filter(|_| self.reader.can_be_counted(first, end)) {
            return Some((self.counted_group(start, end), LinkRule::Description));
        }
        let end = self
            .reader
            .partner_end(self.reader.description_end(first, end));
        if let Some(name) = self.reader.organization_name_going_on(first, end) {
            return Some((self.organization(name.first, name.end), LinkRule::Name));
        }
        let head_end = self.reader.mention_head_end(first, end);
        // The description may start before a role the mention was cut at:
        // "the president and| chief executive of Acme, Jane Roe".
        let described_from = [self.reader.joined_role_start(first), first]
            .into_iter()
            .find(|&from| self.reader.names_after_description(from, head_end, end));
        if let Some(from) = described_from {
            // The name ends before its party tag: "a former lawmaker, Sen.
            // Joe Lieberman (I-Conn.)".
            let name_end = (head_end + 1..end)
                .find(|&k| self.reader.doc.tokens[k].is_punct('('))
                .unwrap_or(end);
            return self.named_after_description(from, head_end, name_end);
        }
        let mention = self.reader.read_mention(first, head_end, end)?;
        if mention.words == 1 {
            if let Some(found) = self.pronoun_mention(first) {
                return found;
            }
        }
        if self.reader.is_member_noun(first, mention.head_word) {
            let lower = mention.head.to_ascii_lowercase();
            Some(self.anonymous_source(&mention, &lower, false))
        } else if self.reader.is_office_mention(&mention) {
            self.office_mention(&mention)
        } else if let Some(head) = self.reader.portfolio_office_head(&mention) {
            Some(self.portfolio_office(&mention, head))
        } else if is_capitalized(&mention.head) {
            self.name_mention(&mention)
        } else {
            self.common_noun_mention(&mention)
        }
    }

    /// The one person whose role is the office a mention writes in capitals
    /// ("the PM", "the Chief Minister"); a word before the office's head
    /// must be in the role too, so that "the Prime Minister" is not a
    /// health minister.
    fn office_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let lower = mention.head.to_ascii_lowercase();
        let qualifier = self.role_qualifier(mention);
        self.role_holder(mention.first, &lower, None, qualifier.as_deref())
    }

    /// The one person with the role a mention at token `at` names (as
    /// `EntityIndex::titled_holders` reads `lower`, `object` and
    /// `qualifier`): named before it, or else, the first time a mention
    /// uses the role, named with it just after (`holder_named_next`).
    fn role_holder(
        &mut self,
        at: usize,
        lower: &str,
        object: Option<&str>,
        qualifier: Option<&str>,
    ) -> Option<(usize, LinkRule)> {
        let first_use = self.roles_met.insert(key(lower));
        let holders = |seen| {
            self.index
                .titled_holders(&self.entities, lower, object, qualifier, seen)
        };
        let before = holders(0..at);
        match before[..] {
            [one] => Some((one, LinkRule::RoleNoun)),
            [] if first_use => self
                .holder_named_next(at, holders)
                .map(|index| (index, LinkRule::RoleNounNamedNext)),
            _ => None,
        }
    }

    /// The one person the article gave the office the mention names, whose
    /// head is at `head` ("The Minister for Health"), or else its unnamed
    /// holder, with the office as role.
    fn portfolio_office(&mut self, mention: &Mention, head: usize) -> (usize, LinkRule) {
        let doc = &self.reader.doc;
        let lower = doc.word(head).to_ascii_lowercase();
        let object = (head + 1 < mention.phrase_end)
            .then(|| doc.word(mention.phrase_end - 1).to_ascii_lowercase());
        let holder = self.index.only_titled(
            &self.entities,
            &lower,
            object.as_deref(),
            None,
            mention.first,
        );
        if let Some(index) = holder {
            return (index, LinkRule::RoleNoun);
        }
        let role = mention
            .text
            .split_once(' ')
            .map(|(_, role)| role.to_string());
        (
            self.add_unnamed(mention, &lower, role),
            LinkRule::Description,
        )
    }

    /// The word right before a role noun's head that says which office it
    /// is ("the chief minister", "the Prime Minister"), in lower case; none
    /// for a word that only says when the role was held ("the former
    /// senator").
    fn role_qualifier(&self, mention: &Mention) -> Option<String> {
        let word = self.reader.doc.word(mention.head_word.checked_sub(1)?);
        let qualifies = mention.head_word > mention.first + 1 && !is_role_adjective(word);
        qualifies.then(|| word.to_ascii_lowercase())
    }

    /// The person a description then a name refers to, "Google's chief
    /// executive, Laszlo Bock": the one the article knows by the name, or a
    /// new person with the description as role.
    fn named_after_description(
        &mut self,
        first: usize,
        head_end: usize,
        end: usize,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let runs = r.runs(head_end + 1, end);
        let &run = runs.last()?;
        // A title is not part of the name: "Sen. Joe Lieberman" is Joe Lieberman.
        let titled = (run.first..run.end - 1)
            .take_while(|&k| is_role_head(r.doc.word(k)))
            .count();
        let run = Span::new(run.first + titled, run.end);
        let words = r.run_words(run.first, run.end);
        let role = self.description_role(first, head_end);
        if let Some(index) = self.known(&words) {
            // The description says more than a title alone: "the
            // hospital's chief surgeon, Dr. Jane Roe".
            let entity = &mut self.entities[index];
            let titled_only = entity
                .role
                .as_deref()
                .is_none_or(|role| COURTESY_TITLES.contains(crate::lex::without_dot(role.trim())));
            if titled_only && entity.kind == SpeakerKind::Person {
                entity.role = Some(role);
                self.index.add_role(index, &self.entities[index]);
            }
            return Some((index, LinkRule::Name));
        }
        let name = self.reader.run_text(run.first, run.end);
        let index = self.add(name, words, Some(role), SpeakerKind::Person, run);
        Some((index, LinkRule::Name))
    }

    /// The role a description before a name, `first..head_end`, gives:
    /// without its article ("the", "a", "one", "another"), and with an "Its"
    /// made the name of the organisation the sentence before opens with:
    /// after "Quorvane said …", "Its chief executive, Ada Quist," is
    /// "Quorvane's chief executive". A "his" or "her" stays as written: the
    /// person the sentence before opens with is too often not the one it
    /// means ("Clinton and Sanders have … His campaign manager").
    fn description_role(&mut self, first: usize, head_end: usize) -> String {
        let opening = self.reader.doc.word(first).to_ascii_lowercase();
        let description = self.reader.span(first, head_end);
        match description.split_once(' ') {
            Some((_, rest)) if opening == "the" || INTRODUCING_DETERMINERS.contains(&opening) => {
                rest.to_string()
            }
            _ => self.with_owner(description.to_string(), first),
        }
    }

    /// A role the text gives as "its chief executive", before or after the
    /// name, with the organisation the sentence before `at` opened with in
    /// place of "its": "Quorvane said … Ada Quist, its chief executive,"
    /// is "Quorvane's chief executive". Any other role stays as written.
    fn with_owner(&mut self, role: String, at: usize) -> String {
        let Some(rest) = role
            .strip_prefix("its ")
            .or_else(|| role.strip_prefix("Its "))
        else {
            return role;
        };
        let Some(owner) = self.previous_organization(at) else {
            return role;
        };
        let owner = self.entities[owner].name.as_str();
        // A name ending in "s" takes the apostrophe alone: "Quorvane Airways' chief executive".
        let mark = if owner.ends_with('s') { "'" } else { "'s" };
        format!("{owner}{mark} {rest}")
    }

    /// What a mention that is one word, the word at `at`, refers to when
    /// that word is a pronoun: `Some` with the speaker if one is found
    /// ("I", "we", "you", "who" and "which" name none here), `None` when the
    /// word is no pronoun.
    fn pronoun_mention(&mut self, at: usize) -> Option<Option<(usize, LinkRule)>> {
        let word = strip_possessive(self.reader.doc.word(at));
        // An acronym spelled like a pronoun is a name: "WHO said".
        if is_name_in_capitals(word) {
            return None;
        }
        let found = match without_contraction(word).to_ascii_lowercase().as_str() {
            "he" => self.pronoun("he", at),
            "she" => self.pronoun("she", at),
            "they" => self.plural_in_view(at),
            "it" => self.previous_organization(at).or(self.last_organization),
            "i" | "we" | "you" | "who" | "which" => None,
            _ => return None,
        };
        Some(found.map(|index| (index, LinkRule::Pronoun)))
    }

    /// The group a "they" at `at` refers to: the last that spoke, while it
    /// spoke or the last word of its name was written again in the
    /// pronoun's sentence or the `PLURAL_WINDOW` before ("Democrats believe
    /// … They say").
    fn plural_in_view(&self, at: usize) -> Option<usize> {
        let group = self.last_plural?;
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let window = sentence.saturating_sub(PLURAL_WINDOW + 1);
        let from = self.sentence_starts.get(window).copied().unwrap_or(0);
        let entity = &self.entities[group];
        if entity.last_spoke.is_some_and(|spoke| spoke >= from) {
            return Some(group);
        }
        let last = key(entity.words.last()?);
        let tokens = &self.reader.doc.tokens[from..at.max(from)];
        tokens.iter().any(|t| t.key == last).then_some(group)
    }

    /// The source a mention headed by a common noun refers to: an unnamed
    /// source, an organisation named by its common head, an entity a role
    /// noun refers back to, or a group.
    fn common_noun_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let lower = mention.head.to_ascii_lowercase();
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        // An unnamed person: "a senior official", "a friend", "his lawyer".
        let indefinite = INDEFINITES.contains(&mention.determiner)
            && (is_role_head(&lower) || PERSON_NOUNS.contains(&lower));
        if ANONYMOUS_HEADS.contains(&lower) || indefinite {
            return Some(self.anonymous_source(mention, &lower, plural));
        }
        // A named organisation by its common head: "the Trump campaign",
        // "the Obama administration".
        if ORGANIZATION_HEADS.contains(&lower) && !mention.runs.is_empty() && !plural {
            return Some((self.organization_by_head(mention), LinkRule::Name));
        }
        if matches!(mention.determiner.as_str(), "the" | "this" | "that") && !plural {
            return self
                .role_noun(mention, &lower)
                .or_else(|| self.office_holder(mention, &lower));
        }
        if plural && self.is_a_persons_things(mention, &lower) {
            return None;
        }
        if plural || (mention.words == 1 && COMMON_SOURCES.contains(&lower)) {
            return Some((self.unnamed_group(mention, &lower), LinkRule::Description));
        }
        None
    }

    /// Whether a plural mention, headed by `lower`, is things a person the
    /// article knows owns, which say nothing: "Mr. Roe's eyes", "Lee's
    /// remarks". People a person has ("Lee's aides") are a noun for people;
    /// what an organisation has may speak for it ("the State's reviewers").
    fn is_a_persons_things(&self, mention: &Mention, lower: &str) -> bool {
        let doc = &self.reader.doc;
        let owner = (mention.first..mention.head_word).any(|k| {
            let word = doc.word(k);
            let name = strip_possessive(word);
            name != word
                && self
                    .known(&[name.to_ascii_lowercase()])
                    .is_some_and(|index| self.entities[index].kind == SpeakerKind::Person)
        });
        owner && !is_source_noun(lower)
    }

    /// An anonymous source, "One official", "a senior official", whose head
    /// noun in lower case is `lower`: a new one, or the latest with that
    /// head when "the" refers back to it.
    fn anonymous_source(
        &mut self,
        mention: &Mention,
        lower: &str,
        plural: bool,
    ) -> (usize, LinkRule) {
        // "the official" after "One official" is the same source; "the
        // first official" after "another official" is the first of them.
        if mention.determiner == "the" && !plural {
            let ordinal = (mention.first + 1 < mention.head_word)
                .then(|| ordinal_word(self.reader.doc.word(mention.first + 1)))
                .flatten();
            let earlier = match ordinal {
                Some(nth) => self.index.nth_anonymous(lower, nth),
                None => self.index.latest_anonymous(lower),
            };
            if let Some(index) = earlier {
                return (index, LinkRule::RoleNoun);
            }
        }
        (
            self.add_unnamed(mention, lower, None),
            LinkRule::Description,
        )
    }

    /// A new unnamed source, known by the words of `mention` and by its
    /// head `lower`, with `role` if the mention gives one.
    fn add_unnamed(&mut self, mention: &Mention, lower: &str, role: Option<String>) -> usize {
        self.add(
            mention.text.clone(),
            vec![lower.to_string()],
            role,
            SpeakerKind::Anonymous,
            Span::new(mention.first, mention.phrase_end),
        )
    }

    /// The unnamed person a role at an organisation the text names is, when
    /// no one the article has named holds it: "The interim director of the
    /// Federal Aviation Administration said" is whoever holds that office,
    /// with the phrase as their role; never a person named by the words of
    /// the organisation. A role alone ("the mayor") or of something else
    /// ("the senator from Vermont", "the former secretary of state") is as
    /// often someone the article has named, and stays unresolved; so does a
    /// mention that goes on to a name or another source ("the director of
    /// the FBI, James Roe", "The company and its director").
    fn office_holder(&mut self, mention: &Mention, lower: &str) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let object_runs = r.runs(mention.head_word + 1, mention.phrase_end);
        let at_organization = object_runs.last().is_some_and(|run| {
            run.end == mention.phrase_end && self.is_organization_run(run.first, run.end)
        });
        let alone = mention.end == mention.phrase_end
            && (mention.first..mention.phrase_end).all(|k| !word_in(r.doc.word(k), &["and", "or"]));
        if mention.object_word.is_none() || !is_role_head(lower) || !at_organization || !alone {
            return None;
        }
        let role = mention
            .text
            .split_once(' ')
            .map(|(_, role)| role.to_string());
        Some((
            self.add_unnamed(mention, lower, role),
            LinkRule::Description,
        ))
    }

    /// The organisation a mention names by its common head, "the Trump
    /// campaign", named without its "the".
    fn organization_by_head(&mut self, mention: &Mention) -> usize {
        let name = mention
            .text
            .strip_prefix("the ")
            .or_else(|| mention.text.strip_prefix("The "))
            .unwrap_or(&mention.text)
            .to_string();
        let words = name
            .split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect();
        self.add(
            name,
            words,
            None,
            SpeakerKind::Organization,
            Span::new(mention.first, mention.phrase_end),
        )
    }

    /// The entity a role noun, `lower`, refers back to: "the agency" is the
    /// latest organisation with that head (or, for a generic noun, the
    /// organisation the sentence before is about, or the last one that
    /// spoke while no other name came after it), "the mayor" the only
    /// person with that title.
    fn role_noun(&mut self, mention: &Mention, lower: &str) -> Option<(usize, LinkRule)> {
        // A noun for a business that is also a person's occupation means
        // the person the article gave it to: "Tom Lee, a miner, … The
        // miner said".
        let holder = (is_business_noun(lower) && is_role_head(lower))
            .then(|| {
                self.index
                    .only_titled(&self.entities, lower, None, None, mention.first)
            })
            .flatten();
        if let Some(person) = holder {
            return Some((person, LinkRule::RoleNoun));
        }
        let generic = is_generic_organization_noun(lower);
        // Agencies named without "Agency" in their names: "the agency" is
        // one of them, never a body named in passing since. "The Federal
        // Aviation Administration grounded the jets. Quorvane Airways said it
        // would comply. The agency said …" is the administration.
        let agencies = if word_is(lower, "agency") {
            self.index.agencies_before(&self.entities, mention.first)
        } else {
            Vec::new()
        };
        let found = if ORGANIZATION_HEADS.contains(lower) || generic {
            // "the force" is the police named before.
            let named_head = ORGANIZATION_NOUN_HEADS.get(lower);
            self.index
                .latest_organization(&self.entities, lower, mention.first)
                .or_else(|| {
                    named_head.and_then(|head| {
                        self.index
                            .latest_organization(&self.entities, head, mention.first)
                    })
                })
                .or_else(|| match agencies[..] {
                    [only] => Some(only),
                    _ => None,
                })
                .or_else(|| {
                    (generic && agencies.is_empty())
                        .then(|| {
                            // "the agency's watchdog" is another body.
                            let owned =
                                self.reader.has_possessive(mention.first, mention.head_word);
                            (!owned)
                                .then(|| self.organization_opening_sentence(mention.first))
                                .flatten()
                                .or_else(|| self.previous_organization(mention.first))
                                .or_else(|| self.previous_source_organization(mention.first))
                                .or_else(|| self.last_organization_still_in_view(mention.first))
                                .or_else(|| self.name_opening_sentence(mention.first))
                        })
                        .flatten()
                })
        } else if is_role_head(lower) {
            let qualifier = self.role_qualifier(mention);
            let object = mention.object_word.as_deref();
            return self.role_holder(mention.first, lower, object, qualifier.as_deref());
        } else {
            None
        };
        // A noun for a business never means a public body: after "Police
        // said …", "the company" is another organisation.
        let fits = |&index: &usize| {
            !is_business_noun(lower) || !is_public_body(&self.entities[index].words)
        };
        found.filter(fits).map(|index| (index, LinkRule::RoleNoun))
    }

    /// The one person named with the role a lead gives before its holder
    /// ("The Education Secretary has announced …", then "Education
    /// Secretary Gillian Keegan said"), by `holders` first seen in a range
    /// of tokens: first seen within the sentences just after the mention at
    /// token `at`. Two holders named next leave it unresolved.
    fn holder_named_next(
        &self,
        at: usize,
        holders: impl Fn(Range<usize>) -> Vec<usize>,
    ) -> Option<usize> {
        let sentence = self.sentence_starts.partition_point(|&start| start <= at);
        let limit = self
            .sentence_starts
            .get(sentence + NAMED_NEXT_SENTENCES)
            .copied()
            .unwrap_or(self.reader.doc.tokens.len());
        match holders(at..limit)[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// A group the mention describes without naming it, "voters", "Officials
    /// in Washington", with its head as role when that is a role noun.
    fn unnamed_group(&mut self, mention: &Mention, lower: &str) -> usize {
        let singular = lower.trim_end_matches('s');
        let role = is_role_head(singular).then(|| mention.head.clone());
        let name = self
            .reader
            .with_inclusion(mention)
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        self.add(
            name,
            vec![lower.to_string()],
            role,
            SpeakerKind::Group,
            Span::new(mention.first, mention.phrase_end),
        )
    }

    /// The group a count of people in `first..end` names: "one in five",
    /// "most of them"; or the one unnamed person of "one of his aides". It
    /// names no one, so nothing later refers back to it.
    fn counted_group(&mut self, first: usize, end: usize) -> usize {
        let r = &self.reader;
        let one = word_is(r.doc.word(first), "one") && word_is(r.doc.word(first + 1), "of");
        let kind = if one {
            SpeakerKind::Anonymous
        } else {
            SpeakerKind::Group
        };
        let name = r.span(first, end).to_string();
        let words = vec![name.to_ascii_lowercase()];
        self.add(name, words, None, kind, Span::new(first, end))
    }

    /// The source a mention headed by a name refers to: an organisation,
    /// people named together, or a person.
    fn name_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let runs = &mention.runs;
        let &head_run = runs
            .iter()
            .rev()
            .find(|run| run.contains(mention.head_word))?;
        if r.is_joined_organization(mention) {
            let name_end = runs[runs.len() - 1].end;
            return Some((self.organization(runs[0].first, name_end), LinkRule::Name));
        }
        // Names joined by "and" ("Donald Trump and Hillary Clinton said")
        // speak together: the last of them alone would be a wrong source.
        let listed = runs.len() > 1
            && head_run.first > mention.first
            && r.doc.word(head_run.first - 1) == "and"
            && runs[0].first == mention.first;
        if listed {
            return Some((self.listed_names(mention), LinkRule::Name));
        }
        let run = self.with_organization_head(runs, head_run);
        let (name_first, role) = self.role_of(runs, runs.len() - 1, mention.first, mention.end);
        let role = role.map(|role| self.with_owner(role, mention.first));
        // A title inside the run ends before the name: "the House" in
        // "Speaker of the House Paul Ryan" does not make him an organisation.
        let named_first = if role.is_some() && (run.first + 1..run.end).contains(&name_first) {
            name_first
        } else {
            run.first
        };
        if self.is_organization_run(named_first, run.end) {
            return Some((self.organization(run.first, run.end), LinkRule::Name));
        }
        self.person(run, name_first, role)
    }

    /// The organisation the run `first..end` names: the one the article
    /// knows by that name, or a new one.
    fn organization(&mut self, first: usize, end: usize) -> usize {
        let words = self.reader.run_words(first, end);
        if let Some(index) = self.known(&words) {
            return index;
        }
        // A lone word that opens the name of the one organisation named
        // before is that one: "Harbour Bancorp said … Harbour in a statement
        // said". Not a place that speaks for its government: "Washington"
        // after "the Washington Post".
        let opening = match &words[..] {
            [word] if !SPEAKING_PLACES.contains(word) => {
                self.index
                    .organization_opening_with(&self.entities, word, first)
            }
            _ => None,
        };
        if let Some(index) = opening {
            return index;
        }
        let name = self.reader.run_text(first, end);
        self.add(
            name,
            words,
            None,
            SpeakerKind::Organization,
            Span::new(first, end),
        )
    }

    /// The group of people a mention names together, which a later "they"
    /// refers to.
    fn listed_names(&mut self, mention: &Mention) -> usize {
        let words = vec![mention.text.to_ascii_lowercase()];
        let index = self.add(
            mention.text.clone(),
            words,
            None,
            SpeakerKind::Group,
            Span::new(mention.first, mention.phrase_end),
        );
        self.set_pronoun(index, "they");
        index
    }

    /// The run `head_run`, with the run before it when that is an
    /// organisation's head before "of", "for" or "to" opening the name:
    /// "Bank of America", "University of Michigan", "Committee to Protect
    /// Harbor Journalists". After "to" a name with a first name is the
    /// person it goes to ("the Council to Jane Roe").
    fn with_organization_head(&self, runs: &[Span], head_run: Span) -> Span {
        let position = runs.iter().position(|&run| run == head_run);
        let joiner = self.reader.doc.word(head_run.first.saturating_sub(1));
        let joins = word_in(joiner, &["of", "for"])
            || word_is(joiner, "to") && !self.reader.has_first_name(head_run);
        match position.and_then(|i| i.checked_sub(1)).map(|i| runs[i]) {
            Some(before)
                if before.end + 1 == head_run.first
                    && joins
                    && self.is_organization_run(before.first, before.end) =>
            {
                Span::new(before.first, head_run.end)
            }
            _ => head_run,
        }
    }

    /// Whether a name of one word, `word` in lower case, is a plural noun
    /// for people ("Democrats", "Critics") rather than a surname. One in
    /// "-ers" is a surname when the article writes it after a first name
    /// ("Bernie Sanders", then "Sanders said") and it is no common noun for
    /// people ("Organizers").
    fn names_a_group(&self, word: &str) -> bool {
        let plural = ["ans", "ists", "crats", "cans", "ers"]
            .iter()
            .any(|ending| word.ends_with(ending));
        let surname =
            word.ends_with("ers") && !is_source_noun(word) && self.surnames_seen.contains(word);
        plural && !surname
    }

    /// Whether a name of one word, `word` as written and `lower` in lower
    /// case, is the plural of a member word ("Hispanics", "Catholics") and
    /// no surname the article gives after a first name. A plural of one in
    /// "-i" is as often a surname ("Lewis", "Davis") and stays a name.
    fn names_members(&self, word: &str, lower: &str) -> bool {
        word.strip_suffix('s')
            .is_some_and(|member| is_member_word(member) && !member.ends_with('i'))
            && !self.surnames_seen.contains(lower)
    }

    /// Whether the one word of `run` is a plural common noun capitalised
    /// only because it opens its sentence, as the article's own lower-case
    /// use of it shows ("Companies said") or as a noun for people is one
    /// ("Proponents say").
    fn is_plural_noun_opening(&self, run: Span) -> bool {
        let doc = &self.reader.doc;
        let opens = self.sentence_starts.binary_search(&run.first).is_ok();
        let word = doc.word(run.first);
        let key = doc.tokens.get(run.first).map_or(0, |t| t.key);
        run.end == run.first + 1
            && opens
            && looks_plural(word)
            && (self.lower_case_words.contains(&key) || is_source_noun(&word.to_ascii_lowercase()))
    }

    /// Whether the one word of `run`, `lower` in lower case, is the plural
    /// of an abstract noun capitalised only because it opens its sentence
    /// ("Regulations issued by the council say …", "Projections show …"),
    /// or of a document ("Reports said …", "Polls suggest …"): it names no
    /// speaker. A plural by its "s" alone may be a name the
    /// article gives no first name ("Forbes said"), and stays one.
    fn is_plural_thing_opening(&self, run: Span, lower: &str) -> bool {
        let opens = self.sentence_starts.binary_search(&run.first).is_ok();
        let thing = lower.strip_suffix('s').is_some_and(is_abstract_noun)
            || looks_plural(lower) && is_document_noun(lower);
        run.end == run.first + 1 && opens && thing
    }

    /// The person named in `run`, from `name_first` after any title in it:
    /// the one the article knows by that name or a shorter form of it, or a
    /// new person with `role`. A capitalised plural ("Democrats") names a
    /// group instead.
    fn person(
        &mut self,
        run: Span,
        name_first: usize,
        role: Option<String>,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let name_words = r.run_words(name_first.min(run.end), run.end);
        if let Some(index) = self.known(&name_words) {
            self.note_honorific(index, run.first);
            // Fewer words than the name it matches: "Johnson" for "Brandon Johnson".
            let link = if name_words.len() < self.entities[index].words.len() {
                LinkRule::Alias
            } else {
                LinkRule::Name
            };
            return Some((index, link));
        }
        if name_words.is_empty() || self.is_plural_thing_opening(run, &name_words[0]) {
            return None;
        }
        let name_span = Span::new(name_first.min(run.end), run.end);
        if let Some(found) = self.named_earlier(run, name_span, &name_words, &role) {
            return Some(found);
        }
        let r = &self.reader;
        if self.is_business_with_apostrophe_s(run, &name_words) {
            let name = r.span(name_first, run.end).to_string();
            let kind = SpeakerKind::Organization;
            let index = self.add(name, name_words, None, kind, Span::new(name_first, run.end));
            return Some((index, LinkRule::Name));
        }
        let name = r.run_text(name_first, run.end);
        // Capitalised plurals such as "Democrats" are groups, and so is any
        // plural name after "the" ("the Conservatives", "the Tories", "the
        // Clintons", "the Liberal Democrats"): a person's name takes no
        // article.
        let after_the = run.first > 0
            && word_is(r.doc.word(run.first - 1), "the")
            && looks_plural(r.doc.word(run.end - 1));
        let group = self.names_a_group(&name_words[0])
            || self.names_members(r.doc.word(run.first), &name_words[0])
            || self.is_plural_noun_opening(run);
        if name_words.len() == 1 && group || after_the {
            let index = self.add(
                name,
                name_words,
                None,
                SpeakerKind::Group,
                Span::new(name_first, run.end),
            );
            return Some((index, LinkRule::Description));
        }
        let index = self.add(
            name,
            name_words,
            role,
            SpeakerKind::Person,
            Span::new(name_first, run.end),
        );
        self.note_honorific(index, run.first);
        Some((index, LinkRule::Name))
    }
}

/// Finds the article's people and resolves every statement's speaker.
pub(crate) fn resolve(text: &str, segments: &Segments, statements: &[RawStatement]) -> Resolution {
    let mut resolver = Resolver::new(Document::new(text, &segments.tokens));
    resolver.quotations = statements
        .iter()
        .filter(|s| s.kind == StatementKind::Direct)
        .map(|s| Span::new(s.first, s.end))
        .collect();
    resolver.quotations.sort_by_key(|span| span.first);
    for sentence in segments.sentences.iter().filter(|s| !s.boilerplate) {
        resolver.sentence_starts.push(sentence.first);
        resolver.people_in(sentence.first, sentence.end);
    }
    let mut resolved = HashMap::new();
    let speakers = statements
        .iter()
        .map(|statement| resolver.speaker_of(statement, &mut resolved))
        .collect();
    resolver.add_aliases();
    Resolution {
        entities: resolver.entities,
        speakers,
    }
}
