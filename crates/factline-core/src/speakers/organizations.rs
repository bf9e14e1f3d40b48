//! Which names are organisations: acronyms, brands and web addresses
//! ("CNN", "BuzzFeed", "Factcheck.org"), partners ("Procter & Gamble"),
//! names with an organisation's head, national bodies ("Statistics
//! Canada"), names written where only an organisation stands ("the energy
//! regulator Quorvane", "an Oxfam report") and businesses that keep their
//! "'s" ("Moody's"); and the organisation a run or a common head names.

use super::name_words::{name_form, strip_possessive, HONORIFICS};
use super::{Mention, Reader, Resolver};
use crate::dataset::SpeakerKind;
use crate::evidence::LinkRule;
use crate::grammar::{
    is_common_noun_name, is_first_name, is_generic_organization_noun, is_member_word,
    is_name_with_apostrophe_s, is_organization_head, is_role_head, is_verb_after_singular,
    ARTICLES, BUSINESS_RELATIONS, INDEFINITE_ARTICLES, ISSUED_DOCUMENTS, NAME_PREPOSITIONS,
    NATIONS, NEWS_OUTLETS, OBJECT_PREPOSITIONS, ORGANIZATION_ROLES, PLACE_PREPOSITIONS,
    RESEARCH_DOCUMENTS, SPEAKING_PLACES,
};
use crate::lex::{is_capitalized, is_in_capitals, looks_plural, word_in, word_is, Lexicon};
use crate::segment::Span;
use crate::speech::cue_lemma;

/// How many words after its article an appositive that describes a name
/// may run to: "the country's biggest food delivery company".
const APPOSITIVE_WORDS: usize = 7;

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

impl Reader<'_> {
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
    pub(super) fn is_in_organization_place(&self, run: Span) -> bool {
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
}

impl Resolver<'_> {
    /// Whether the run `first..end` names an organisation: an acronym
    /// ("CNN"), a brand ("BuzzFeed"), partners' names ("CNN/WMUR"), a name with an organisation's head ("the Labor Department",
    /// "the Chicago Sun-Times"), or a place that speaks for its government
    /// ("China", "Moscow") and is no surname here.
    pub(super) fn is_organization_run(&self, first: usize, end: usize) -> bool {
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
        acronym
            || brand
            || placed
            || partners
            || apostrophe_s
            || place
            || words.iter().any(|w| {
                is_organization_head(w)
                    || w.rsplit_once('-')
                        .is_some_and(|(_, last)| is_organization_head(last))
            })
            || national_body(r.doc.word(first), &words)
            || is_common_noun_name(&words)
    }

    /// Takes in the acronym an organisation's name is given with in
    /// parentheses after the run at `index` (with the name before its "of"
    /// or "for"), as a short name of that organisation: after "the Reserve
    /// Bank of India (RBI)", "the RBI" is the bank.
    pub(super) fn note_acronym(&mut self, runs: &[Span], index: usize) {
        let run = runs[index];
        let Some(acronym) = self.reader.acronym_at(run.end).map(str::to_string) else {
            return;
        };
        let whole = self.name_given_acronym(runs, index);
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

    /// The name that ends with the run at `index`, taken back over the
    /// runs its "of" or "for" joins it to, and an "and" inside that object:
    /// "the Centers for| Disease Control and| Prevention (CDC)", "the
    /// Department of| Housing and| Urban Development (HUD)". An "and" with
    /// no "of" or "for" before it joins two names, not one: the acronym
    /// after "Jane Roe and the Harbor Council (HC)" is the council's.
    fn name_given_acronym(&self, runs: &[Span], index: usize) -> Span {
        let doc = &self.reader.doc;
        let mut whole = runs[index];
        for at in (0..index).rev() {
            let joiner = runs[at].end;
            let skip_the = usize::from(word_is(doc.word(joiner + 1), "the"));
            // A title is a person's: "Director of the Federal Bureau of
            // Investigation (FBI) Louis Freeh".
            let joined = runs[at + 1].first == joiner + 1 + skip_the
                && (NAME_PREPOSITIONS.contains(doc.word(joiner))
                    || word_is(doc.word(joiner), "and"))
                && !is_role_head(doc.word(runs[at].first));
            if !joined {
                break;
            }
            if !word_is(doc.word(joiner), "and") {
                whole = Span::new(runs[at].first, whole.end);
            }
        }
        whole
    }

    /// Whether the run, named by `name_words`, is a business whose name
    /// ends in "'s": a name the article has not met that keeps its "'s"
    /// right before the verb ("Pembry's said") owns nothing. Before a noun
    /// it owns the noun ("Pembry's estimates"), and a person the text has
    /// named "has said" ("Doe's said").
    pub(super) fn is_business_with_apostrophe_s(&self, run: Span, name_words: &[String]) -> bool {
        let r = &self.reader;
        let last = r.doc.word(run.end - 1);
        let met = name_words
            .last()
            .is_some_and(|word| self.surnames_seen.contains(word));
        let verb_next = matches!(cue_lemma(r.doc.word(run.end)), Some("say" | "tell"));
        strip_possessive(last) != last && verb_next && !met
    }

    /// The organisation a mention names by its common head, "the Trump
    /// campaign", named without its "the".
    pub(super) fn organization_by_head(&mut self, mention: &Mention) -> usize {
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

    /// The organisation the run `first..end` names, and how: by its name,
    /// or by a shorter form of a name given earlier, such as the acronym it
    /// was given with ("the Coastal Rail Authority (CRA) … The CRA said")
    /// or its opening word ("Harbour Bancorp … Harbour said").
    pub(super) fn organization_link(&mut self, first: usize, end: usize) -> (usize, LinkRule) {
        let words = self.reader.run_words(first, end);
        let index = self.organization_named(words.clone(), first, end);
        let link = if self.entities[index].words == words {
            LinkRule::Name
        } else {
            LinkRule::Alias
        };
        (index, link)
    }

    /// The organisation the run `first..end` names: the one the article
    /// knows by that name, or a new one.
    pub(super) fn organization(&mut self, first: usize, end: usize) -> usize {
        let words = self.reader.run_words(first, end);
        self.organization_named(words, first, end)
    }

    /// The organisation the run `first..end` names by `words`, its words
    /// in lower case.
    fn organization_named(&mut self, words: Vec<String>, first: usize, end: usize) -> usize {
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

    /// The run `head_run`, with the run before it when that is an
    /// organisation's head before "of", "for" or "to" opening the name:
    /// "Bank of America", "University of Michigan", "Committee to Protect
    /// Harbor Journalists". After "to" a name with a first name is the
    /// person it goes to ("the Council to Jane Roe").
    pub(super) fn with_organization_head(&self, runs: &[Span], head_run: Span) -> Span {
        let position = runs.iter().position(|&run| run == head_run);
        let joiner = self.reader.doc.word(head_run.first.saturating_sub(1));
        let joins = NAME_PREPOSITIONS.contains(joiner)
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

    /// The organisation that opens the mention at `first` and the place
    /// after it, when `place_run` comes right after "in" or "at" behind
    /// the organisation's name: "The Department of Roads in Quorvo" is the
    /// department there. Read alone, the place would be the speaker, a
    /// person called "Quorvo".
    pub(super) fn organization_in_place(
        &self,
        runs: &[Span],
        place_run: Span,
        first: usize,
    ) -> Option<Span> {
        let r = &self.reader;
        let preposition = place_run.first.checked_sub(1)?;
        if !word_in(r.doc.word(preposition), PLACE_PREPOSITIONS) {
            return None;
        }
        let position = runs.iter().position(|&run| run == place_run)?;
        let before = runs[..position]
            .iter()
            .rev()
            .find(|run| run.end == preposition)?;
        let organization = self.with_organization_head(runs, *before);
        let opens = organization.first == first + usize::from(word_is(r.doc.word(first), "the"));
        (opens && self.is_organization_run(organization.first, organization.end))
            .then(|| Span::new(organization.first, place_run.end))
    }
}
