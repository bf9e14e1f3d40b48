//! Indexes over the article's entities. Resolving a mention once read every
//! entity to answer its question ("the one person whose name ends so", "the
//! only mayor so far", "a rival the pronoun fits too"), and with an entity
//! for each speaker an article with many speakers took time with the square
//! of its length. Each index here answers one such question from the
//! entities it concerns, and the resolver tells it of every entity, role and
//! pronoun it learns.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::Entity;
use crate::dataset::SpeakerKind;
use crate::grammar::{first_name_pronoun, is_agency_name, OFFICE_QUALIFIERS};
use crate::lex::Table;

/// Abbreviated titles and the role nouns that refer back to them ("Sen." → "the senator").
static TITLE_ABBREVIATIONS: Table<&str> = Table::new(&[
    ("sen", "senator"),
    ("gov", "governor"),
    ("rep", "representative"),
    ("gen", "general"),
    ("lt", "lieutenant"),
    ("dr", "doctor"),
    ("pres", "president"),
    ("prof", "professor"),
    ("sec", "secretary"),
    ("atty", "attorney"),
    ("cm", "minister"),
    ("pm", "minister"),
]);

/// Offices the press writes by their initials, and those initials: a person
/// whose role is "Chief Minister" is who "the CM" refers back to.
static OFFICE_INITIALS: &[(&str, &str)] = &[
    ("chief minister", "cm"),
    ("prime minister", "pm"),
    ("chief executive", "ceo"),
    ("chief justice", "cji"),
];

/// How many people who share a word of their roles "the mayor" or "the
/// senator" is read against, the first met first. No article of the
/// benchmarks has more than 9; past this many only the first are read.
const TITLED_LOOKBACK: usize = 64;

pub(super) struct EntityIndex {
    names: NameEnds,
    /// The anonymous sources by their head noun, in the order met: "the
    /// official" after "One official" is the latest, "the first official"
    /// the first.
    anonymous: HashMap<String, Vec<usize>>,
    /// Organisations by each word of their names: "the agency".
    organizations: HashMap<String, Vec<usize>>,
    /// Agencies whose names say no "Agency", in the order met: "the Federal
    /// Aviation Administration".
    agencies: Vec<usize>,
    /// People by each word of their roles, by the role noun an
    /// abbreviated title stands for ("the senator" for "Sen.", "the minister"
    /// for "CM") and by the initials of their office ("the CM" for "Chief
    /// Minister"), in the order the resolver met them.
    titled: HashMap<String, Vec<usize>>,
    people: People,
}

impl EntityIndex {
    pub fn new() -> Self {
        EntityIndex {
            names: NameEnds::new(),
            anonymous: HashMap::new(),
            organizations: HashMap::new(),
            agencies: Vec::new(),
            titled: HashMap::new(),
            people: People::default(),
        }
    }

    /// Takes in the entity just added at `index`.
    pub fn add(&mut self, index: usize, entity: &Entity) {
        match entity.kind {
            SpeakerKind::Person => {
                self.names.insert(&entity.words, index);
                self.people.count(index, entity, pronoun_of(entity), true);
                self.add_role(index, entity);
            }
            SpeakerKind::Organization => {
                self.names.insert(&entity.words, index);
                self.add_organization(index, entity);
            }
            SpeakerKind::Anonymous => {
                if let Some(head) = entity.words.last() {
                    self.anonymous.entry(head.clone()).or_default().push(index);
                }
            }
            SpeakerKind::Group => {}
        }
    }

    /// Takes in the role of the person at `index`.
    pub fn add_role(&mut self, index: usize, entity: &Entity) {
        let Some(role) = entity.role.as_deref() else {
            return;
        };
        if entity.kind != SpeakerKind::Person {
            return;
        }
        for word in role.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            push_once(&mut self.titled, &word.to_ascii_lowercase(), index);
            if let Some(noun) = TITLE_ABBREVIATIONS.get(word) {
                push_once(&mut self.titled, noun, index);
            }
        }
        let lower = role.to_ascii_lowercase();
        for (office, initials) in OFFICE_INITIALS {
            if lower.contains(office) {
                push_once(&mut self.titled, initials, index);
            }
        }
    }

    /// Takes the entity at `index`, met as a person and now known to be an
    /// organisation, out of the people and in among the organisations.
    pub fn retype_as_organization(&mut self, index: usize, entity: &Entity) {
        self.people.count(index, entity, pronoun_of(entity), false);
        self.add_organization(index, entity);
    }

    /// Takes in the organisation at `index` by the words of its name, and
    /// among the agencies when its name is one's.
    fn add_organization(&mut self, index: usize, entity: &Entity) {
        for word in &entity.words {
            push_once(&mut self.organizations, word, index);
        }
        if is_agency_name(&entity.name) {
            self.agencies.push(index);
        }
    }

    /// Up to two agencies first seen before token `at` whose names say no
    /// "Agency" (see [`is_agency_name`]): "the agency" means the one, and
    /// after two it could be either.
    pub fn agencies_before(&self, entities: &[Entity], at: usize) -> Vec<usize> {
        self.agencies
            .iter()
            .copied()
            .filter(|&i| entities[i].first_seen < at)
            .take(2)
            .collect()
    }

    /// Moves the entity at `index` from the pronoun it was known by,
    /// `before`, to the one it has now.
    pub fn change_pronoun(&mut self, index: usize, entity: &Entity, before: Option<&str>) {
        let after = pronoun_of(entity);
        if entity.kind == SpeakerKind::Person && before != after {
            self.people.count(index, entity, before, false);
            self.people.count(index, entity, after, true);
        }
    }

    /// Takes in a short name the organisation at `index` also goes by, the
    /// acronym its full name was given with: "RBI" for "the Reserve Bank of
    /// India (RBI)".
    pub fn add_acronym(&mut self, index: usize, acronym: &str) {
        let words = [acronym.to_ascii_lowercase()];
        self.names.insert(&words, index);
        push_once(&mut self.organizations, &words[0], index);
    }

    /// The one person or organisation whose name ends with `words`, if
    /// exactly one does.
    pub fn known(&self, words: &[String]) -> Option<usize> {
        self.names.only(words)
    }

    /// The latest anonymous source whose head noun is `head`.
    pub fn latest_anonymous(&self, head: &str) -> Option<usize> {
        self.anonymous.get(head)?.last().copied()
    }

    /// The `nth` (from 1) anonymous source whose head noun is `head`: "the
    /// second official".
    pub fn nth_anonymous(&self, head: &str, nth: u8) -> Option<usize> {
        let at = usize::from(nth).checked_sub(1)?;
        self.anonymous.get(head)?.get(at).copied()
    }

    /// The one organisation first seen before token `at` whose name of two
    /// words or more opens with `word`: "Harbour" is "Harbour Bancorp".
    pub fn organization_opening_with(
        &self,
        entities: &[Entity],
        word: &str,
        at: usize,
    ) -> Option<usize> {
        let named = self.organizations.get(word)?;
        let mut opening = named.iter().copied().filter(|&i| {
            let words = &entities[i].words;
            entities[i].first_seen < at && words.len() > 1 && words[0] == word
        });
        let one = opening.next()?;
        opening.next().is_none().then_some(one)
    }

    /// The latest organisation first seen before token `at` whose name has
    /// `word`. Those first seen after `at` were named by statements that
    /// start earlier and are attributed further on, so the search passes few.
    pub fn latest_organization(&self, entities: &[Entity], word: &str, at: usize) -> Option<usize> {
        let named = self.organizations.get(word)?;
        named
            .iter()
            .rev()
            .copied()
            .find(|&i| entities[i].first_seen < at)
    }

    /// The one person first seen before token `at` whose role has the role
    /// noun `head`, as `titled_holders` finds them.
    pub fn only_titled(
        &self,
        entities: &[Entity],
        head: &str,
        object: Option<&str>,
        qualifier: Option<&str>,
        at: usize,
    ) -> Option<usize> {
        match self.titled_holders(entities, head, object, qualifier, 0..at)[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The people first seen in tokens `seen` whose role has the role noun
    /// `head` ("the mayor") and the word `object` when the phrase has one
    /// ("the head of the agency"). A `qualifier` the phrase puts before the
    /// head picks those whose role has it ("the Florida senator" is
    /// "Florida Sen. Roe", not "Sen. Lee"). If no role has it, one that
    /// makes another office finds no one ("the chief minister" is not
    /// "Foreign Minister Roe"); any other is read as the head alone ("the
    /// Vermont senator" may be "Sen. Lee").
    pub fn titled_holders(
        &self,
        entities: &[Entity],
        head: &str,
        object: Option<&str>,
        qualifier: Option<&str>,
        seen: Range<usize>,
    ) -> Vec<usize> {
        let Some(titled) = self.titled.get(head) else {
            return Vec::new();
        };
        let holders = |said: Option<&str>| -> Vec<usize> {
            let says = |role: &str, word: &str| role_says(role, word, head);
            titled
                .iter()
                .take(TITLED_LOOKBACK)
                .copied()
                .filter(|&i| {
                    let entity = &entities[i];
                    let role = entity.role.as_deref().unwrap_or("");
                    seen.contains(&entity.first_seen)
                        && object.is_none_or(|o| says(role, o))
                        && said.is_none_or(|q| says(role, q))
                })
                .collect()
        };
        let said = qualifier.map(|q| holders(Some(q))).unwrap_or_default();
        match qualifier {
            Some(_) if !said.is_empty() => said,
            Some(q) if OFFICE_QUALIFIERS.contains(q) => Vec::new(),
            _ => holders(None),
        }
    }

    /// The one person first seen before token `at` whom `pronoun` fits.
    pub fn only_fitting(&self, pronoun: &str, at: usize) -> Option<usize> {
        self.people.only_fitting(pronoun, at)
    }

    /// Whether `pronoun` fits a person whose last name is `surname`.
    pub fn surname_fits(&self, surname: &str, pronoun: &str) -> bool {
        self.people.surname_fits(surname, pronoun)
    }

    /// Whether some person's last name is `surname`.
    pub fn is_surname(&self, surname: &str) -> bool {
        self.people
            .surnames
            .get(surname)
            .is_some_and(|counts| counts.iter().sum::<usize>() > 0)
    }
}

/// Whether `role` has the word `word` that a mention puts before or after
/// the office's `head`, written out or in initials: "Chief Minister" and
/// "CM" both say "chief" of a minister.
fn role_says(role: &str, word: &str, head: &str) -> bool {
    let office = format!("{word} {head}");
    role.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.eq_ignore_ascii_case(word)
            || OFFICE_INITIALS
                .iter()
                .any(|(name, initials)| *name == office && w.eq_ignore_ascii_case(initials))
    })
}

/// The pronoun an entity is known by: the one the text has shown, or the
/// one its first name tells.
pub(super) fn pronoun_of(entity: &Entity) -> Option<&'static str> {
    entity.pronoun.or_else(|| first_name_pronoun(&entity.words))
}

/// Adds `index` to the list under `key` unless it ends the list already: the
/// words of one name or role may repeat, and their entity counts once.
fn push_once(lists: &mut HashMap<String, Vec<usize>>, key: &str, index: usize) {
    let list = lists.entry(key.to_string()).or_default();
    if list.last() != Some(&index) {
        list.push(index);
    }
}

/// The people and organisations by how their names end, so that a short
/// form ("Obrador", "Lopez Obrador") finds its entity: a trie over the
/// names' words read from the last one, where each node is an ending that
/// some name has.
struct NameEnds {
    /// Each word's number.
    numbers: HashMap<String, usize>,
    /// The trie's edges: from a node and a word number to the longer ending.
    /// Node 0 is the empty ending.
    edges: HashMap<(usize, usize), usize>,
    /// For each node, the first entity whose name ends so, and whether
    /// another one does too. The empty ending names no one.
    owners: Vec<(usize, bool)>,
}

impl NameEnds {
    fn new() -> Self {
        NameEnds {
            numbers: HashMap::new(),
            edges: HashMap::new(),
            owners: vec![(usize::MAX, true)],
        }
    }

    fn insert(&mut self, words: &[String], entity: usize) {
        let mut node = 0;
        for word in words.iter().rev() {
            let fresh_number = self.numbers.len();
            let number = *self.numbers.entry(word.clone()).or_insert(fresh_number);
            let fresh_node = self.owners.len();
            node = *self.edges.entry((node, number)).or_insert(fresh_node);
            match self.owners.get_mut(node) {
                Some((_, shared)) => *shared = true,
                None => self.owners.push((entity, false)),
            }
        }
    }

    /// The one entity whose name ends with `words`, if exactly one does.
    fn only(&self, words: &[String]) -> Option<usize> {
        let mut node = 0;
        for word in words.iter().rev() {
            let number = *self.numbers.get(word)?;
            node = *self.edges.get(&(node, number))?;
        }
        let (entity, shared) = self.owners[node];
        (!shared).then_some(entity)
    }
}

/// The people by the pronoun they are known by. A "he" fits a person known
/// as "he" or by no pronoun yet, and so does a "she".
#[derive(Default)]
struct People {
    /// For each pronoun slot, the people known by it as (first seen, entity).
    first_seen: [BTreeSet<(usize, usize)>; 3],
    /// For each last name, how many people with it each pronoun slot holds.
    surnames: HashMap<String, [usize; 3]>,
}

/// The slot of a pronoun in `People`: none yet, "he" or "she". A "they"
/// fits neither pronoun and has none.
fn slot(pronoun: Option<&str>) -> Option<usize> {
    match pronoun {
        None => Some(0),
        Some("he") => Some(1),
        Some("she") => Some(2),
        Some(_) => None,
    }
}

impl People {
    /// Counts the person at `index` in (`present`) or out under `pronoun`.
    fn count(&mut self, index: usize, entity: &Entity, pronoun: Option<&str>, present: bool) {
        let Some(slot) = slot(pronoun) else {
            return;
        };
        let key = (entity.first_seen, index);
        if present {
            self.first_seen[slot].insert(key);
        } else {
            self.first_seen[slot].remove(&key);
        }
        if let Some(surname) = entity.words.last() {
            let counts = self.surnames.entry(surname.clone()).or_default();
            if present {
                counts[slot] += 1;
            } else {
                counts[slot] -= 1;
            }
        }
    }

    fn only_fitting(&self, pronoun: &str, at: usize) -> Option<usize> {
        let slot = slot(Some(pronoun))?;
        let before = ..(at, 0);
        let mut fitting = self.first_seen[0]
            .range(before)
            .chain(self.first_seen[slot].range(before));
        let &(_, only) = fitting.next()?;
        fitting.next().is_none().then_some(only)
    }

    fn surname_fits(&self, surname: &str, pronoun: &str) -> bool {
        let (Some(slot), Some(counts)) = (slot(Some(pronoun)), self.surnames.get(surname)) else {
            return false;
        };
        counts[0] + counts[slot] > 0
    }
}
