//! Search and filters over the catalog's statements.

use factline_core::{Day, StatementKind};

use crate::catalog::{fold, Catalog};
use crate::dates::StatementDate;
use crate::order;

/// What the reader narrowed the statements down to. The default shows everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free text, matched against statements, speakers and figures.
    pub query: String,
    /// A speaker's key (see [`crate::catalog::Speaker::key`]).
    pub speaker: Option<String>,
    /// The kinds to show; empty shows every kind.
    pub kinds: Vec<StatementKind>,
    /// Only statements that state figures.
    pub with_figures: bool,
    pub from: Option<Day>,
    pub to: Option<Day>,
}

impl Filters {
    /// Whether anything is narrowed at all.
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }

    /// Adds a kind if it is missing and removes it if present, keeping the
    /// list in one order so that equal filters write equal URLs.
    pub fn toggle_kind(&mut self, kind: StatementKind) {
        match self.kinds.iter().position(|&k| k == kind) {
            Some(at) => {
                self.kinds.remove(at);
            }
            None => {
                self.kinds.push(kind);
                order::sort_by_key(&mut self.kinds, |&kind| kind);
            }
        }
    }
}

impl Filters {
    /// Whether these filters only narrow `previous`: the same filters with a
    /// search that contains the previous one, as typing gives. Their matches
    /// are then among the previous matches, and only those need a look.
    pub fn narrows(&self, previous: &Filters) -> bool {
        let same_besides_query = Filters {
            query: String::new(),
            ..self.clone()
        } == Filters {
            query: String::new(),
            ..previous.clone()
        };
        same_besides_query
            && crate::clip::contains(&fold(self.query.trim()), &fold(previous.query.trim()))
    }
}

impl Catalog {
    /// The entries that pass the filters, in timeline order.
    pub fn matching(&self, filters: &Filters) -> Vec<usize> {
        self.matching_among(filters, 0..self.entries.len())
    }

    /// The entries among `candidates` (in timeline order) that pass the filters.
    pub fn matching_among(
        &self,
        filters: &Filters,
        candidates: impl Iterator<Item = usize>,
    ) -> Vec<usize> {
        let needle = fold(filters.query.trim());
        // A speaker key that names nobody matches nothing rather than everything.
        let speaker = filters.speaker.as_ref().map(|key| self.find_speaker(key));
        candidates
            .filter(|&index| {
                let entry = &self.entries[index];
                let statement = &self.dataset.articles[entry.article].statements[entry.statement];
                speaker.is_none_or(|speaker| speaker.is_some() && entry.speaker == speaker)
                    && (filters.kinds.is_empty() || filters.kinds.contains(&statement.kind))
                    && (!filters.with_figures || !statement.figures.is_empty())
                    && within(&entry.date, filters.from, filters.to)
                    && (needle.is_empty() || self.entry_contains(index, &needle))
            })
            .collect()
    }
}

/// Whether a statement's date can fall between `from` and `to` (both
/// included). An undated statement is outside any range that is set.
fn within(date: &StatementDate, from: Option<Day>, to: Option<Day>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let (first, last) = match date {
        StatementDate::Stated { range, .. } => (range.start, range.end),
        StatementDate::Published(day) => (*day, *day),
        StatementDate::Unresolved {
            published: Some(day),
            ..
        } => (*day, *day),
        StatementDate::Unresolved {
            published: None, ..
        }
        | StatementDate::Unknown => return false,
    };
    from.is_none_or(|from| last >= from) && to.is_none_or(|to| first <= to)
}

#[cfg(test)]
mod tests {
    use factline_core::StatementKind;

    use super::Filters;
    use crate::catalog::tests::two_articles;
    use crate::catalog::Catalog;

    fn refs(catalog: &Catalog, filters: &Filters) -> Vec<String> {
        catalog
            .matching(filters)
            .into_iter()
            .map(|entry| catalog.statement_ref(entry))
            .collect()
    }

    #[test]
    fn no_filters_show_everything() {
        let catalog = Catalog::new(two_articles());
        assert_eq!(catalog.matching(&Filters::default()).len(), 5);
        assert!(!Filters::default().is_active());
    }

    #[test]
    fn filters_by_speaker_across_articles() {
        let catalog = Catalog::new(two_articles());
        let filters = Filters {
            speaker: Some("brandon-johnson".to_string()),
            ..Filters::default()
        };
        assert_eq!(refs(&catalog, &filters), ["early/s1", "late/s1"]);
        let nobody = Filters {
            speaker: Some("nobody".to_string()),
            ..Filters::default()
        };
        assert!(refs(&catalog, &nobody).is_empty());
    }

    #[test]
    fn searches_text_and_speakers() {
        let catalog = Catalog::new(two_articles());
        let by_text = Filters {
            query: "  BUSES ".to_string(),
            ..Filters::default()
        };
        assert_eq!(refs(&catalog, &by_text), ["early/s1"]);
        let by_speaker = Filters {
            query: "official".to_string(),
            ..Filters::default()
        };
        assert_eq!(refs(&catalog, &by_speaker), ["early/s2", "late/s2"]);
    }

    #[test]
    fn typing_more_of_a_search_narrows_it() {
        let catalog = Catalog::new(two_articles());
        let typed = |query: &str| Filters {
            query: query.to_string(),
            ..Filters::default()
        };
        assert!(typed("bus").narrows(&typed("bu")));
        assert!(typed("bus").narrows(&typed("")));
        assert!(!typed("bu").narrows(&typed("bus")), "deleting widens");
        let by_kind = Filters {
            kinds: vec![StatementKind::Direct],
            ..typed("bus")
        };
        assert!(!by_kind.narrows(&typed("bu")), "other filters changed");
        let previous = catalog.matching(&typed("b"));
        assert_eq!(
            catalog.matching_among(&typed("bus"), previous.into_iter()),
            catalog.matching(&typed("bus"))
        );
    }

    #[test]
    fn filters_by_date_range_kind_and_figures() {
        let catalog = Catalog::new(two_articles());
        let december_27 = Filters {
            from: Some("2023-12-27".parse().unwrap()),
            to: Some("2023-12-27".parse().unwrap()),
            ..Filters::default()
        };
        assert_eq!(refs(&catalog, &december_27), ["late/s2"]);
        let mut narration = Filters::default();
        narration.toggle_kind(StatementKind::Narration);
        assert!(refs(&catalog, &narration).is_empty());
        narration.toggle_kind(StatementKind::Narration);
        assert_eq!(narration, Filters::default());
        let with_figures = Filters {
            with_figures: true,
            ..Filters::default()
        };
        assert!(refs(&catalog, &with_figures).is_empty());
    }
}
