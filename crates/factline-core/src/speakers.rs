//! Names who speaks: people with the roles their pre-modifiers and
//! appositives give them ("Chicago mayor Brandon Johnson", "Secretary of State
//! Antony Blinken", "Hugh Hill, a doctor"), aliases within the article
//! ("Obrador" for "Andres Manuel Lopez Obrador"), pronouns and role nouns
//! ("he", "the mayor", "the agency"), anonymous sources ("One official"),
//! groups ("New York, Chicago and Denver mayors") and organisations.
//!
//! A wrong speaker is worse than none, so every rule that guesses gives up
//! when two candidates fit.
//!
//! How an article is read, and each statement's mention resolved (the
//! submodule that holds each step in parentheses):
//!
//! 1. Before any statement, every sentence is read for the people it names
//!    and the roles it gives them (`sentences`, with `name_words`, `roles`
//!    and `subjects`), the surnames it gives in full (`aliases`) and the
//!    names it writes where only an organisation stands (`organizations`).
//! 2. Each statement's speaker is found through its mention, or through the
//!    phrase a relative pronoun ("who said") stands for, each mention once
//!    (`link`). `Resolver::mention` tries the rules in this order:
//!    - a count of people ("one in five", "most of them"; `extent`) is a
//!      group (`unnamed`);
//!    - the mention is widened to its whole description and partners
//!      (`extent`), and an organisation's name that goes on after "to" or
//!      "for" is that organisation (`organizations`);
//!    - a description then a name ("Google's chief executive, Laszlo
//!      Bock") is the person named (`named`);
//!    - else the mention is read to the noun at its head (`mention`): a
//!      pronoun alone (`pronouns`); a capitalised member noun ("a
//!      Republican"; `unnamed`); an office in capitals ("the PM") or with
//!      its portfolio ("The Secretary of State for Education"; `role_nouns`);
//!      a capitalised head, a name (`named`, `organizations`, `aliases`);
//!      else a common noun: an unnamed source or group (`unnamed`), an
//!      organisation by its head ("the Trump campaign"; `organizations`), or
//!      a role noun that points back ("the mayor", "the agency";
//!      `role_nouns`, `organization_nouns`);
//!    - last, a mention that resolves to no one but names a document is read
//!      on for its issuer ("a count by the Associated Press"; `link`,
//!      `extent`).
//! 3. Each person is given the shorter names the article uses (`aliases`).
//!
//! `entities` adds the entities and keeps `index`, what resolution asks of
//! them, in step.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use crate::dataset::{SpeakerKind, StatementKind};
use crate::evidence::LinkRule;
use crate::lex::is_capitalized;
use crate::segment::{Document, Segments, Span};
use crate::speech::RawStatement;

mod aliases;
mod entities;
mod extent;
mod index;
mod link;
mod mention;
mod name_words;
mod named;
mod organization_nouns;
mod organizations;
mod pronouns;
mod role_nouns;
mod roles;
mod sentences;
mod subjects;
mod unnamed;

use index::EntityIndex;

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
