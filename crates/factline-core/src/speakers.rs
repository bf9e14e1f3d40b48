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
    is_abstract_noun, is_business_noun, is_generic_organization_noun, is_member_word,
    is_public_body, is_role_adjective, is_role_head, is_source_noun, ordinal_word, ANONYMOUS_HEADS,
    COMMON_SOURCES, COURTESY_TITLES, INTRODUCING_DETERMINERS, ORGANIZATION_HEADS,
    ORGANIZATION_NOUN_HEADS, PERSON_NOUNS,
};
use crate::lex::{
    is_capitalized, is_name_in_capitals, key, looks_plural, without_contraction, word_in, word_is,
    Lexicon,
};
use crate::segment::{Document, Segments, Span};
use crate::speech::{is_document_noun, RawStatement};

mod aliases;
mod entities;
mod extent;
mod index;
mod mention;
mod name_words;
mod organization_nouns;
mod organizations;
mod roles;
mod sentences;
mod subjects;

use index::{pronoun_of, EntityIndex};
use name_words::strip_possessive;

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

    /// Puts a person who spoke last among the recent speakers. Only the last
    /// few matter, so the list stays short and updating it stays cheap.
    fn note_speaker(&mut self, index: usize) {
        self.recent_people.retain(|&p| p != index);
        self.recent_people.push(index);
        if self.recent_people.len() > RECENT_SPEAKERS {
            self.recent_people.remove(0);
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
