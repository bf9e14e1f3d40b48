//! The last stage: links statements, speakers, figures and times into the
//! dataset's form.
//!
//! Conventions of the output:
//!
//! - Ids are `p1`.. for speakers, `s1`.. for statements, `f1`.. for figures
//!   and `t1`.. for times, in text order.
//! - A statement's `time` is the time the text gives for it ("said on December
//!   27"). `None` means the publication date: no Time is added for it, so the
//!   timeline places undated statements on the day the article appeared.
//! - Every figure outside an attributed statement sits in a `narration`
//!   statement: the sentence that states it, with no speaker. The one
//!   exception is a figure in a relative clause of the words that name a
//!   source ("The bank, which employs 25,000 people, said …"): it is the
//!   writer's, in no statement.
//! - A figure's `period` is the nearest time in its own clause ("in five
//!   days last week", "In November they detained …"), never the day a cue
//!   was spoken on ("announced Monday that …").
//! - The speakers list holds the people introduced with a role and everyone
//!   and everything that speaks.

use std::collections::HashMap;

use crate::calendar::Day;
use crate::dataset::{
    Confidence, Evidence, Figure, Mention, ReadingEvidence, Speaker, Statement, StatementKind, Time,
};
use crate::evidence::{LinkRule, StatementRule, WordOfSayingLeft};
use crate::figures::FigureExpr;
use crate::grammar::RELATIVE_CLAUSE_OPENERS;
use crate::lex::{without_contraction, word_in, Kind, Token};
use crate::segment::{segment, Document, Segments, Span};
use crate::speakers::{Link, Resolution};
use crate::speech::RawStatement;
use crate::times::TimeExpr;

/// Everything the engine finds in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// The headline, when the text carries one in a feed footer.
    pub title: Option<String>,
    /// The outlet, when the text carries one in a feed footer.
    pub source: Option<String>,
    pub speakers: Vec<Speaker>,
    /// The statements, each with its evidence.
    pub statements: Vec<Statement>,
    pub figures: Vec<Figure>,
    pub times: Vec<Time>,
}

/// The byte span of tokens `first..end`.
fn byte_span(segments: &Segments, first: usize, end: usize) -> Option<(usize, usize)> {
    let a = segments.tokens.get(first)?;
    let b = segments.tokens.get(end.checked_sub(1)?)?;
    (a.start() <= b.end()).then_some((a.start(), b.end()))
}

fn slice(text: &str, span: (usize, usize)) -> String {
    text.get(span.0..span.1).unwrap_or("").to_string()
}

/// The text of the tokens `span` as a dataset span. A one-word mention
/// with a verb contracted onto it is the pronoun alone: "I've said" is
/// named by "I".
fn mention_at(text: &str, segments: &Segments, span: Span) -> Option<Mention> {
    let (start, mut end) = byte_span(segments, span.first, span.end)?;
    if span.len() == 1 {
        end = start + without_contraction(text.get(start..end)?).len();
    }
    Some(Mention {
        text: slice(text, (start, end)),
        start,
        end,
    })
}

/// Why the engine reads `statement` as it does: its rule, its cue, and how
/// its mention leads to the speaker.
fn evidence_of(
    text: &str,
    segments: &Segments,
    statement: &RawStatement,
    link: Option<&Link>,
) -> Evidence {
    let mention = statement.antecedent.or(statement.mention);
    Evidence {
        rule: statement.rule.name().to_string(),
        cue: statement
            .cue
            .and_then(|cue| mention_at(text, segments, cue)),
        link: link.map(|link| link.rule.name().to_string()),
        antecedent: link
            .and_then(|link| link.antecedent)
            .and_then(|span| mention_at(text, segments, span)),
        confidence: link.map(|link| confidence(segments, link, mention)),
    }
}

/// How sure an attribution is, from the rule that linked it (see
/// [`Confidence`]). A pronoun is as sure as a role noun when its speaker is
/// named in the same sentence, since no other sentence's subject can come
/// between them.
fn confidence(segments: &Segments, link: &Link, mention: Option<Span>) -> Confidence {
    match link.rule {
        LinkRule::Name | LinkRule::Description => Confidence::Certain,
        LinkRule::Alias
        | LinkRule::RoleNoun
        | LinkRule::RoleNounNamedNext
        | LinkRule::RelativePronoun => Confidence::Likely,
        LinkRule::Pronoun => {
            let sentence =
                |span: Option<Span>| span.and_then(|span| segments.sentence_of(span.first));
            if sentence(link.antecedent).is_some() && sentence(link.antecedent) == sentence(mention)
            {
                Confidence::Likely
            } else {
                Confidence::Uncertain
            }
        }
        LinkRule::Continuation => Confidence::Uncertain,
    }
}

/// Analyses a news text. `published` is the reference for relative dates.
pub fn analyze(text: &str, published: Option<Day>) -> Analysis {
    let segments = segment(text);
    let times = crate::times::find_times(text, &segments, published);
    let figures = crate::figures::find_figures(text, &segments, &times);
    let raw = crate::speech::find_statements(text, &segments, &times);
    let resolution = crate::speakers::resolve(text, &segments, &raw);

    let record = Record {
        text,
        segments: &segments,
    };
    let (speakers, speaker_ids) = record.speakers(&resolution);
    let linked_times = record.times(&times);
    let cue_times: Vec<usize> = raw.iter().filter_map(|statement| statement.time).collect();
    let periods = Periods::new(text, &segments.tokens, &times, &cue_times);
    let (linked_figures, figure_sentences) = record.figures(&figures, &periods, &linked_times);
    let mut statements = Statements::new(figures.len());
    for (statement, link) in raw.iter().zip(&resolution.speakers) {
        statements.add_said(
            &record,
            statement,
            link.as_ref(),
            &speaker_ids,
            &figures,
            &linked_times,
        );
    }
    statements.add_narration(&record, &figure_sentences);
    let statements = statements.in_text_order();
    Analysis {
        title: segments.title.clone(),
        source: segments.source.clone(),
        speakers,
        statements,
        figures: linked_figures,
        times: linked_times,
    }
}

/// Every word of saying in `text`, outside quotes and statements, that made
/// no statement, with the rule that refused it: what `analyze` did not read
/// as speech, and why.
pub fn words_of_saying_left(text: &str, published: Option<Day>) -> Vec<WordOfSayingLeft> {
    let segments = segment(text);
    let times = crate::times::find_times(text, &segments, published);
    crate::speech::words_of_saying_left(text, &segments, &times)
        .into_iter()
        .filter_map(|(span, refusal)| {
            let cue = mention_at(text, &segments, span)?;
            Some(WordOfSayingLeft { cue, refusal })
        })
        .collect()
}

/// What choosing a figure's period asks of the whole article, read once so
/// that each choice is a lookup: which times are the days that cues were
/// spoken on, and which clause each token is in.
struct Periods<'t> {
    times: &'t [TimeExpr],
    said_on: Vec<bool>,
    clause_of: Vec<usize>,
}

impl<'t> Periods<'t> {
    /// `cue_times` are the indices in `times` of statements' cue times.
    fn new(text: &str, tokens: &[Token], times: &'t [TimeExpr], cue_times: &[usize]) -> Self {
        let mut said_on = vec![false; times.len()];
        for &k in cue_times {
            // A wider time after a cue is what was said about ("reported
            // third-quarter earnings"), not when.
            let one_day = times
                .get(k)
                .and_then(|t| t.resolved)
                .is_some_and(|r| r.start == r.end);
            if let Some(said) = said_on.get_mut(k).filter(|_| one_day) {
                *said = true;
            }
        }
        Periods {
            times,
            said_on,
            clause_of: clauses(Document::new(text, tokens)),
        }
    }

    /// The index of the figure's period among the times: the nearest time
    /// of its sentence (`sentence`; its times start at `from`) that is in
    /// the figure's own clause. The day a cue was spoken on says when
    /// something was said ("announced Monday that it would add 12 buses"),
    /// not what the figure counts over; and a time in another clause
    /// ("voted Tuesday to widen the bridge, which carries 9,000 cars a day")
    /// is that clause's. A wrong period is worse than none.
    fn period_of(&self, f: &FigureExpr, sentence: Span, from: usize) -> Option<usize> {
        let distance = |t: &TimeExpr| {
            if t.first >= f.end {
                t.first - f.end
            } else {
                f.first.saturating_sub(t.end)
            }
        };
        let clause = self.clause_of.get(f.first);
        (from..self.times.len())
            .take_while(|&k| self.times[k].first < sentence.end)
            .filter(|&k| !self.said_on[k] && self.clause_of.get(self.times[k].first) == clause)
            .min_by_key(|&k| distance(&self.times[k]))
    }
}

/// For each token, the clause it is in, by number. A semicolon or a
/// sentence's end starts a new clause, except a semicolon in a list after a
/// colon ("up this year at five casinos: one by 29 percent; another by 8.2
/// percent"); a comma before "which", "who", "where" or "whose" opens a
/// relative clause, which the next comma closes, and the clause it
/// interrupted goes on after it.
fn clauses(doc: Document) -> Vec<usize> {
    let mut clause_of = Vec::with_capacity(doc.tokens.len());
    let (mut main, mut current, mut next) = (0, 0, 1);
    let mut listing = false;
    for (k, token) in doc.tokens.iter().enumerate() {
        let relative = token.is_punct(',') && word_in(doc.word(k + 1), RELATIVE_CLAUSE_OPENERS);
        let ends_sentence = matches!(token.kind, Kind::Punct('.' | '!' | '?'));
        if ends_sentence || token.is_punct(';') && !listing {
            (main, current, next) = (next, next, next + 1);
            listing = false;
        } else if token.is_punct(':') {
            listing = true;
        } else if relative {
            (current, next) = (next, next + 1);
        } else if token.is_punct(',') {
            current = main;
        }
        clause_of.push(current);
    }
    clause_of
}

/// The id of the `n`th item (from 0) of a list: `p1`, `s1`, `f1`, `t1`.
fn id(prefix: char, n: usize) -> String {
    format!("{prefix}{}", n + 1)
}

/// The text and its segments, which every linking step reads.
struct Record<'a> {
    text: &'a str,
    segments: &'a Segments,
}

impl Record<'_> {
    /// The text of the tokens `span` as a dataset span.
    fn mention(&self, span: Span) -> Option<Mention> {
        mention_at(self.text, self.segments, span)
    }

    /// The speakers list: the entities that speak or come with a role, in
    /// the order the text first names them; and each entity's speaker id.
    fn speakers(&self, resolution: &Resolution) -> (Vec<Speaker>, Vec<Option<String>>) {
        let mut order: Vec<usize> = (0..resolution.entities.len())
            .filter(|&i| {
                let e = &resolution.entities[i];
                e.speaks || e.role.is_some()
            })
            .collect();
        order.sort_by_key(|&i| resolution.entities[i].first_seen);
        let mut speaker_ids = vec![None; resolution.entities.len()];
        let mut speakers = Vec::with_capacity(order.len());
        for (n, &i) in order.iter().enumerate() {
            let e = &resolution.entities[i];
            speaker_ids[i] = Some(id('p', n));
            speakers.push(Speaker {
                id: id('p', n),
                name: e.name.clone(),
                role: e.role.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                review: None,
            });
        }
        (speakers, speaker_ids)
    }

    /// The times, each without a possessive ending: "Friday's meeting" is
    /// dated "Friday".
    fn times(&self, times: &[TimeExpr]) -> Vec<Time> {
        let without_possessive = |(start, end): (usize, usize)| {
            let text = self.text.get(start..end).unwrap_or("");
            let cut = ["’s", "'s"]
                .iter()
                .find(|s| text.ends_with(*s))
                .map_or(0, |s| s.len());
            (start, end - cut)
        };
        let mut linked = Vec::with_capacity(times.len());
        for (n, t) in times.iter().enumerate() {
            if let Some(span) = byte_span(self.segments, t.first, t.end).map(without_possessive) {
                linked.push(Time {
                    id: id('t', n),
                    text: slice(self.text, span),
                    start: span.0,
                    end: span.1,
                    resolved: t.resolved,
                    evidence: Some(ReadingEvidence {
                        rule: t.rule.name().into(),
                        tied_to: t.tied_to.and_then(|span| self.mention(span)),
                    }),
                    review: None,
                });
            }
        }
        linked
    }

    /// The figures, each with its period (`Periods::period_of`); and each
    /// figure's index, sentence and first token, for the statements that
    /// will hold them.
    fn figures(
        &self,
        figures: &[FigureExpr],
        periods: &Periods,
        linked_times: &[Time],
    ) -> (Vec<Figure>, Vec<(usize, Option<usize>)>) {
        let segments = self.segments;
        let times = periods.times;
        let mut linked = Vec::with_capacity(figures.len());
        let mut figure_sentences = Vec::with_capacity(figures.len());
        let mut time_cursor = 0;
        for (n, f) in figures.iter().enumerate() {
            let Some(span) = byte_span(segments, f.first, f.end) else {
                continue;
            };
            let sentence = segments.sentence_of(f.first);
            let bounds = sentence
                .and_then(|s| segments.sentences.get(s))
                .map_or(Span::new(f.first, f.end), |s| Span::new(s.first, s.end));
            while times
                .get(time_cursor)
                .is_some_and(|t| t.end <= bounds.first)
            {
                time_cursor += 1;
            }
            let period = periods
                .period_of(f, bounds, time_cursor)
                .and_then(|k| linked_times.get(k));
            figure_sentences.push((n, sentence));
            linked.push(Figure {
                id: id('f', n),
                text: slice(self.text, span),
                start: span.0,
                end: span.1,
                value: f.value,
                unit: f.unit.clone(),
                qualifier: f.qualifier.clone(),
                period: period.map(|time| time.id.clone()),
                // Set on the finished article (`rates::set_rates`), which
                // reads the words around the figure.
                per_day: None,
                evidence: Some(ReadingEvidence {
                    rule: f.rule.name().into(),
                    tied_to: period.map(|time| Mention {
                        text: time.text.clone(),
                        start: time.start,
                        end: time.end,
                    }),
                }),
                review: None,
            });
        }
        (linked, figure_sentences)
    }
}

/// The statements as they are linked, with what narration needs to know of
/// them.
struct Statements {
    /// Each statement's first byte and the statement.
    entries: Vec<(usize, Statement)>,
    /// The statement that covers each sentence, by sentence index.
    sentence_owner: HashMap<usize, usize>,
    /// Which figures (by index) a statement already holds.
    figure_taken: Vec<bool>,
}

impl Statements {
    fn new(figures: usize) -> Statements {
        Statements {
            entries: Vec::new(),
            sentence_owner: HashMap::new(),
            figure_taken: vec![false; figures],
        }
    }

    /// Links one statement that `speech` found: its span, speaker, mention,
    /// cue, time, the figures inside it and its evidence.
    fn add_said(
        &mut self,
        record: &Record,
        statement: &RawStatement,
        link: Option<&Link>,
        speaker_ids: &[Option<String>],
        figures: &[FigureExpr],
        times: &[Time],
    ) {
        let segments = record.segments;
        let speaker = link.map(|link| link.entity);
        let Some(span) = byte_span(segments, statement.first, statement.end) else {
            return;
        };
        // A relative pronoun ("who said") is the mention when it leads to
        // a speaker; when it does not, the phrase it stands for ("an
        // architect") says more about the unresolved source.
        let named = match (speaker, statement.antecedent) {
            (None, Some(antecedent)) => Some(antecedent),
            _ => statement.mention,
        };
        let cue = statement
            .cue
            .and_then(|cue| byte_span(segments, cue.first, cue.end))
            .map(|s| slice(record.text, s));
        let said = self.take_figures(figures, statement.first, statement.end);
        let doc = Document::new(record.text, &segments.tokens);
        let source = self.source_figures(doc, figures, named);
        // In text order: the source's first when it comes first.
        let ids = if named.is_some_and(|named| named.first < statement.first) {
            [source, said].concat()
        } else {
            [said, source].concat()
        };
        self.own_sentences(segments, statement);
        self.entries.push((
            span.0,
            Statement {
                id: String::new(),
                kind: statement.kind,
                text: slice(record.text, span),
                start: span.0,
                end: span.1,
                speaker: speaker.and_then(|i| speaker_ids.get(i).cloned().flatten()),
                mention: named.and_then(|span| record.mention(span)),
                cue,
                time: statement
                    .time
                    .and_then(|index| times.get(index))
                    .map(|t| t.id.clone()),
                figures: ids,
                evidence: Some(evidence_of(record.text, segments, statement, link)),
                review: None,
            },
        ));
    }

    /// The ids of the figures inside tokens `first..end` that no statement
    /// has taken yet, now taken: a figure belongs to one statement.
    fn take_figures(&mut self, figures: &[FigureExpr], first: usize, end: usize) -> Vec<String> {
        let mut ids = Vec::new();
        let from = figures.partition_point(|f| f.first < first);
        for (n, f) in figures.iter().enumerate().skip(from) {
            if f.first >= end {
                break;
            }
            if f.end <= end && !self.figure_taken[n] {
                self.figure_taken[n] = true;
                ids.push(id('f', n));
            }
        }
        ids
    }

    /// The figures of the words that name a source, taken for the
    /// statement: a figure that is the source ("62 percent said yes") goes
    /// with what it said, even where another statement shares the
    /// sentence. Figures in a relative clause of those words ("The bank,
    /// which employs 25,000 people, said …") describe the source in the
    /// writer's voice; the source did not say them. They are taken so that
    /// neither this statement nor a narration holds them; the article's
    /// figures still list them.
    fn source_figures(
        &mut self,
        doc: Document,
        figures: &[FigureExpr],
        source: Option<Span>,
    ) -> Vec<String> {
        let Some(source) = source else {
            return Vec::new();
        };
        let relative = (source.first + 1..source.end)
            .find(|&k| {
                doc.tokens[k - 1].is_punct(',') && word_in(doc.word(k), RELATIVE_CLAUSE_OPENERS)
            })
            .unwrap_or(source.end);
        let own = self.take_figures(figures, source.first, relative);
        self.take_figures(figures, relative, source.end);
        own
    }

    /// Marks the statement's sentences as owned by the entry about to be
    /// pushed, unless an earlier one owns them: figures left over in those
    /// sentences join that statement rather than a narration.
    fn own_sentences(&mut self, segments: &Segments, statement: &RawStatement) {
        let first_sentence = segments.sentence_of(statement.first);
        let last_sentence = segments.sentence_of(statement.end.saturating_sub(1));
        if let (Some(a), Some(b)) = (first_sentence, last_sentence) {
            for s in a..=b {
                self.sentence_owner.entry(s).or_insert(self.entries.len());
            }
        }
    }

    /// Figures outside statements: their sentence is narration, unless a
    /// statement already covers that sentence, in which case they join it.
    /// A line set aside as a headline keeps its figures but is no statement.
    fn add_narration(&mut self, record: &Record, figure_sentences: &[(usize, Option<usize>)]) {
        self.figure_taken
            .resize(figure_sentences.len().max(self.figure_taken.len()), false);
        let mut narration: Vec<(usize, Vec<String>)> = Vec::new();
        for &(n, sentence) in figure_sentences {
            if self.figure_taken[n] {
                continue;
            }
            let Some(s) = sentence else {
                continue;
            };
            let owner = self
                .sentence_owner
                .get(&s)
                .and_then(|&e| self.entries.get_mut(e));
            if let Some((_, owner)) = owner {
                owner.figures.push(id('f', n));
                continue;
            }
            match narration.last_mut() {
                Some((last, ids)) if *last == s => ids.push(id('f', n)),
                _ => narration.push((s, vec![id('f', n)])),
            }
        }
        for (s, ids) in narration {
            let Some(block) = record.segments.sentences.get(s).filter(|b| !b.boilerplate) else {
                continue;
            };
            let Some(span) = byte_span(record.segments, block.first, block.end) else {
                continue;
            };
            self.entries.push((
                span.0,
                Statement {
                    id: String::new(),
                    kind: StatementKind::Narration,
                    text: slice(record.text, span),
                    start: span.0,
                    end: span.1,
                    speaker: None,
                    mention: None,
                    cue: None,
                    time: None,
                    figures: ids,
                    evidence: Some(Evidence {
                        rule: StatementRule::FiguresInNarration.name().to_string(),
                        ..Evidence::default()
                    }),
                    review: None,
                },
            ));
        }
    }

    /// The statements in text order, with their ids.
    fn in_text_order(mut self) -> Vec<Statement> {
        self.entries.sort_by_key(|(start, _)| *start);
        self.entries
            .into_iter()
            .enumerate()
            .map(|(n, (_, mut statement))| {
                statement.id = id('s', n);
                statement
            })
            .collect()
    }
}
