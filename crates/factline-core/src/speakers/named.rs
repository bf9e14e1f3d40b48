//! Sources a mention names: an organisation, people named together
//! ("Donald Trump and Hillary Clinton said", one group), a description then
//! a name ("Google's chief executive, Laszlo Bock"), or a person, unless a
//! capitalised plural makes the name a group ("Democrats") or a thing
//! ("Reports said").

use super::{Mention, Resolver};
use crate::dataset::SpeakerKind;
use crate::evidence::LinkRule;
use crate::grammar::{
    is_abstract_noun, is_member_word, is_role_head, is_source_noun, COURTESY_TITLES,
    INTRODUCING_DETERMINERS,
};
use crate::lex::{looks_plural, word_is};
use crate::segment::Span;
use crate::speech::is_document_noun;

impl Resolver<'_> {
    /// The person a description then a name refers to, "Google's chief
    /// executive, Laszlo Bock": the one the article knows by the name, or a
    /// new person with the description as role.
    pub(super) fn named_after_description(
        &mut self,
        first: usize,
        head_end: usize,
        end: usize,
    ) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        if let Some(names) = r.listed_people(head_end + 1, end) {
            let role = self.description_role(first, head_end);
            let index = self.listed_group(&names, Some(role), Span::new(first, end));
            return Some((index, LinkRule::Name));
        }
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

    /// The source a mention headed by a name refers to: an organisation,
    /// people named together, or a person.
    pub(super) fn name_mention(&mut self, mention: &Mention) -> Option<(usize, LinkRule)> {
        let r = &self.reader;
        let runs = &mention.runs;
        let &head_run = runs
            .iter()
            .rev()
            .find(|run| run.contains(mention.head_word))?;
        if r.is_joined_organization(mention) {
            let name_end = runs[runs.len() - 1].end;
            return Some(self.organization_link(runs[0].first, name_end));
        }
        // Names joined by "and" ("Donald Trump and Hillary Clinton said")
        // speak together: the last of them alone would be a wrong source.
        if let Some(names) = r.listed_people(mention.first, mention.phrase_end) {
            let span = Span::new(mention.first, mention.phrase_end);
            return Some((self.listed_group(&names, None, span), LinkRule::Name));
        }
        let listed = runs.len() > 1
            && head_run.first > mention.first
            && r.doc.word(head_run.first - 1) == "and"
            && runs[0].first == mention.first;
        if listed {
            return Some((self.listed_names(mention), LinkRule::Name));
        }
        if let Some(placed) = self.organization_in_place(runs, head_run, mention.first) {
            return Some(self.organization_link(placed.first, placed.end));
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
            return Some(self.organization_link(run.first, run.end));
        }
        self.person(run, name_first, role)
    }

    /// The group of people a mention names together, which a later "they"
    /// refers to.
    fn listed_names(&mut self, mention: &Mention) -> usize {
        let span = Span::new(mention.first, mention.phrase_end);
        self.add_group(mention.text.clone(), None, span)
    }

    /// The group of the people `names` lists, named by their names alone,
    /// as written: "Sens. Tom Quill of Ohio and Ada Vane of Utah" is "Tom
    /// Quill and Ada Vane", with the description before them, if any, as its
    /// role.
    fn listed_group(&mut self, names: &[Span], role: Option<String>, span: Span) -> usize {
        let r = &self.reader;
        let mut texts: Vec<&str> = names.iter().map(|n| r.span(n.first, n.end)).collect();
        let last = texts.pop().unwrap_or_default();
        let name = format!("{} and {last}", texts.join(", "));
        self.add_group(name, role, span)
    }

    /// Adds a group that speaks together and that a later "they" refers to.
    fn add_group(&mut self, name: String, role: Option<String>, span: Span) -> usize {
        let words = vec![name.to_ascii_lowercase()];
        let index = self.add(name, words, role, SpeakerKind::Group, span);
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
