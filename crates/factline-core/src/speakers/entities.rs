//! The resolver's entities: adding one (or finding it by its name),
//! giving it a pronoun and finding it by its name's ending, keeping the
//! index in step.

use super::index::pronoun_of;
use super::{Entity, Resolver};
use crate::dataset::SpeakerKind;
use crate::segment::Span;

impl Resolver<'_> {
    pub(super) fn add(
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
    pub(super) fn set_pronoun(&mut self, index: usize, pronoun: &'static str) {
        let before = pronoun_of(&self.entities[index]);
        self.entities[index].pronoun = Some(pronoun);
        self.index
            .change_pronoun(index, &self.entities[index], before);
    }

    /// The person or organisation whose name ends with these words, if exactly one.
    pub(super) fn known(&self, words: &[String]) -> Option<usize> {
        self.index.known(words)
    }
}
