//! Tallies and scores, which are no range and no minus: a vote ("ruled 6
//! to 3", "286-134"), a cricket innings ("247 for 6"), and the unit a
//! tally's second number shares with its first ("312 votes to 278").

use super::{FigureExpr, Reader};
use crate::lex::{word_is, Kind, Lexicon};
use crate::segment::Document;

/// Words of a vote, after which two whole numbers joined by "to" are its
/// tally: "the court ruled 6 to 3".
static VOTE_WORDS: Lexicon = Lexicon::new(&["vote", "voted", "ruled"]);

/// Words of a cricket innings, in whose sentence "247 for 6" is a side's
/// runs for the wickets it has lost, a score and no figure: "at stumps",
/// "declared on 412 for 8".
static INNINGS_WORDS: Lexicon = Lexicon::new(&[
    "stumps", "declared", "innings", "wicket", "wickets", "overs", "batting", "bowled", "bowling",
    "chasing", "lunch", "tea", "runs",
]);

/// Units whose count is set against another in a tally: "passed by 312
/// votes to 278".
static TALLIED_UNITS: Lexicon = Lexicon::new(&["votes"]);

/// The bare number after "to" in a tally counts what the first one counts:
/// "by 312 votes to 278" is 312 votes and 278 votes.
pub(super) fn tallies_share_units(doc: &Document, figures: &mut [FigureExpr]) {
    for k in 1..figures.len() {
        let (before, after) = figures.split_at_mut(k);
        let (Some(first), Some(second)) = (before.last(), after.first_mut()) else {
            continue;
        };
        let tallied = first
            .unit
            .as_deref()
            .is_some_and(|u| TALLIED_UNITS.contains(u));
        let after_to = second.first == first.end + 1 && word_is(doc.word(first.end), "to");
        if tallied && after_to && second.unit.is_none() {
            second.unit.clone_from(&first.unit);
        }
    }
}

impl Reader<'_> {
    /// Whether the digits at `i` are half of a cricket score, a score as
    /// "247-6" is and no figure: runs for wickets down ("247 for 6") or, as
    /// Australia writes it, wickets for runs ("9-312 declared") in a
    /// sentence about an innings, and a bowler's wickets for runs after
    /// "took" ("Starc took 4-42"); never with a noun counted after them
    /// ("the bus runs 5-20 minutes late").
    pub(super) fn is_innings_score(&self, i: usize) -> bool {
        let whole = |k: usize| {
            self.doc
                .token(k)
                .filter(|t| t.kind == Kind::Number)
                .and_then(|t| t.text(self.doc.text).parse::<u32>().ok())
        };
        let dashed = |k: usize| self.doc.word(k) == "-" && self.attached(k) && self.attached(k + 1);
        // The first of a pair at `a` joined at `a + 1`: one number a count
        // of wickets, the other the runs, no fewer.
        let pair = |a: usize| {
            let (x, y) = whole(a).zip(whole(a + 2))?;
            let wickets_first = dashed(a + 1) && x <= 10 && y > x;
            let runs_first = word_is(self.doc.word(a + 1), "for") && y <= 10 && x >= y;
            (wickets_first || runs_first).then_some(wickets_first)
        };
        let first = if pair(i).is_some() {
            Some(i)
        } else {
            i.checked_sub(2)
        };
        let Some((first, dashed)) = first.and_then(|a| Some((a, pair(a)?))) else {
            return false;
        };
        let of_an_innings =
            (self.doc.first..self.doc.end).any(|k| INNINGS_WORDS.contains(self.doc.word(k)));
        let bowled = dashed && first > self.doc.first && word_is(self.doc.word(first - 1), "took");
        (of_an_innings || bowled) && !self.is_plain_unit(first + 3)
    }

    /// Where a tally or score that starts at `i` ends: two whole numbers
    /// joined by a dash, the second no larger than the first ("voted 7-2",
    /// "a 5-4 decision", "drew 2-2"), or by "to" after a vote ("ruled 6 to
    /// 3", "the vote was 5 to 4"). A range runs upwards ("16-18").
    pub(super) fn tally_end(&self, i: usize) -> Option<usize> {
        let whole = |k: usize| {
            self.doc
                .token(k)
                .filter(|t| t.kind == Kind::Number)
                .and_then(|t| t.text(self.doc.text).parse::<u32>().ok())
        };
        let first = whole(i)?;
        let dash = matches!(self.doc.word(i + 1), "-" | "–") && self.attached(i + 1);
        let to = word_is(self.doc.word(i + 1), "to") && self.follows_vote(i);
        let second = whole(i + 2).filter(|_| dash && self.attached(i + 2) || to)?;
        (second <= first).then_some(i + 3)
    }

    /// Whether one of the two words before the number at `i` names a vote
    /// ([`VOTE_WORDS`]): "voted 7 to 2", "the vote was 5 to 4", "by a vote
    /// of 61 to 38".
    fn follows_vote(&self, i: usize) -> bool {
        (i.saturating_sub(2).max(self.doc.first)..i).any(|k| VOTE_WORDS.contains(self.doc.word(k)))
    }
}

#[cfg(test)]
mod tests {
    use crate::figures::test_support::expect_figure_texts;

    /// A cricket bowler's figures and a side's score are no fractions or
    /// ranges: "5/32" is five wickets for 32 runs, "247-6" a tally.
    #[test]
    fn cricket_scores_are_no_fractions() {
        let cases: &[(&str, &[&str])] = &[
            ("Bumrah took 5/32 in ten overs.", &["ten overs"]),
            ("India were 247-6 at the close.", &[]),
            ("Australia were 247 for 6 at stumps.", &[]),
            ("England declared on 412 for 8.", &[]),
            ("Australia were 9-312 declared.", &[]),
            ("Starc took 4-42 on Sunday.", &[]),
            ("The repair took 4-6 weeks.", &["4-6 weeks"]),
            ("Scores of 30-40 runs were common.", &["30-40 runs"]),
            ("The bus runs 5-20 minutes late.", &["5-20 minutes"]),
            ("The shop sold 3 for 10 pounds.", &["3", "10 pounds"]),
            ("Kohli made 105 off 87 balls.", &["105", "87 balls"]),
        ];
        expect_figure_texts(cases);
    }
}
