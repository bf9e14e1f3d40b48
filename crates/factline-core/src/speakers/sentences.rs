//! Reading each sentence before any statement is resolved: its named
//! people with their roles, its subject and the organisation it opens
//! with, which later pronouns and role nouns point back to, and the
//! direct quotations, in which a name is whom the speaker talks about.

use super::Resolver;
use crate::dataset::SpeakerKind;
use crate::grammar::first_name_pronoun;
use crate::lex::word_is;
use crate::segment::Span;

impl Resolver<'_> {
    /// Reads the named people of one sentence with the roles the text gives them.
    pub(super) fn people_in(&mut self, first: usize, end: usize) {
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
    pub(super) fn in_quotation(&self, at: usize) -> bool {
        let before = self.quotations.partition_point(|quote| quote.first <= at);
        before
            .checked_sub(1)
            .is_some_and(|k| self.quotations[k].end > at)
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
}
