//! Which rows of a long list to render: those in view and a few around them.
//!
//! Rows have measured heights where they have been seen and an estimate
//! where not; the rows above and below the window are replaced by spacers of
//! their total height, so the page scrolls as if every row were there.

use std::ops::Range;

/// Lists this long or shorter are rendered whole: they are cheap, and whole
/// lists print, embed at their full height and answer find-in-page.
pub const RENDER_ALL_UP_TO: usize = 300;

/// Rows rendered beyond each edge of the view, so keyboard focus and fast
/// scrolling find rows already there.
const OVERSCAN: usize = 8;

/// The top offset of every row and the total height after the last one.
pub fn offsets(heights: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut offsets = vec![0.0];
    let mut total = 0.0;
    for height in heights {
        total += height;
        offsets.push(total);
    }
    offsets
}

/// The rows to render when the view shows `top..bottom` of the list (in the
/// list's own coordinates); `offsets` comes from [`offsets`].
pub fn visible_rows(offsets: &[f64], top: f64, bottom: f64) -> Range<usize> {
    let rows = offsets.len().saturating_sub(1);
    if rows <= RENDER_ALL_UP_TO {
        return 0..rows;
    }
    // The first row whose bottom edge is below the view's top.
    let first = offsets[1..].partition_point(|&row_bottom| row_bottom <= top);
    // The first row whose top edge is at or below the view's bottom.
    let last = offsets[..rows].partition_point(|&row_top| row_top < bottom);
    let start = first.saturating_sub(OVERSCAN).min(rows);
    let end = (last + OVERSCAN).min(rows).max(start);
    start..end
}

/// How many measured rows of a shape make its estimate.
const SAMPLES: u32 = 8;

/// Row heights: measured where a row has been seen, else the mean of the
/// first measured rows of the same shape (a caller's class of rows that come
/// out alike), else the mean of all those samples.
///
/// The means stop moving after a few samples: every estimate of the
/// thousands of rows above the window would move with them, and the page
/// with it, under the reader.
pub struct RowHeights {
    /// By item: the measured height, or 0 when not yet seen.
    measured: Vec<f64>,
    /// By item: whether its height is one of the samples behind the means.
    sampled: Vec<bool>,
    /// By item: its shape.
    shapes: Vec<usize>,
    /// By shape: the sum and count of its sampled heights.
    shape_totals: Vec<(f64, u32)>,
    heading: f64,
    fallback: f64,
}

impl RowHeights {
    /// `shapes` gives each item's shape; `fallback` estimates items before
    /// anything is measured, `heading` the separator rows.
    pub fn new(shapes: Vec<usize>, fallback: f64, heading: f64) -> RowHeights {
        let kinds = shapes.iter().max().map_or(0, |max| max + 1);
        RowHeights {
            measured: vec![0.0; shapes.len()],
            sampled: vec![false; shapes.len()],
            shapes,
            shape_totals: vec![(0.0, 0); kinds],
            heading,
            fallback,
        }
    }

    pub fn heading(&self) -> f64 {
        self.heading
    }

    pub fn item(&self, item: usize) -> f64 {
        let mean = |(sum, count): (f64, u32)| (count > 0).then(|| sum / f64::from(count));
        match self.measured.get(item) {
            Some(&height) if height > 0.0 => height,
            _ => self
                .shapes
                .get(item)
                .and_then(|&shape| mean(self.shape_totals[shape]))
                .or_else(|| {
                    let all = self
                        .shape_totals
                        .iter()
                        .fold((0.0, 0), |(sum, count), &(s, c)| (sum + s, count + c));
                    mean(all)
                })
                .unwrap_or(self.fallback),
        }
    }

    /// Records an item's measured height; `true` when it changed.
    pub fn record_item(&mut self, item: usize, height: f64) -> bool {
        let Some(old) = self.measured.get(item).copied() else {
            return false;
        };
        if (old - height).abs() <= 0.5 {
            return false;
        }
        let shape = &mut self.shape_totals[self.shapes[item]];
        if self.sampled[item] {
            shape.0 += height - old;
        } else if shape.1 < SAMPLES {
            self.sampled[item] = true;
            shape.0 += height;
            shape.1 += 1;
        }
        self.measured[item] = height;
        true
    }

    /// Records the separators' height; `true` when it changed.
    pub fn record_heading(&mut self, height: f64) -> bool {
        let changed = (self.heading - height).abs() > 0.5;
        self.heading = height;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::{offsets, visible_rows, RowHeights, RENDER_ALL_UP_TO};

    #[test]
    fn unseen_rows_are_estimated_by_their_shape() {
        let mut heights = RowHeights::new(vec![0, 0, 1, 1, 0], 200.0, 48.0);
        assert_eq!(heights.item(0), 200.0);
        assert!(heights.record_item(0, 100.0));
        assert!(
            !heights.record_item(0, 100.2),
            "a sub-pixel change is no change"
        );
        assert_eq!(heights.item(1), 100.0, "same shape");
        assert_eq!(
            heights.item(2),
            100.0,
            "no row of this shape seen: the mean of all"
        );
        assert!(heights.record_item(2, 160.0));
        assert_eq!(heights.item(3), 160.0);
        assert!(heights.record_item(0, 120.0));
        assert_eq!(
            heights.item(4),
            120.0,
            "a re-measured row replaces its old height"
        );
        let mut many = RowHeights::new(vec![0; 20], 200.0, 48.0);
        for item in 0..8 {
            many.record_item(item, 100.0);
        }
        many.record_item(8, 500.0);
        assert_eq!(
            many.item(19),
            100.0,
            "the estimate stops moving after eight samples"
        );
        assert_eq!(many.item(8), 500.0);
        assert!(heights.record_heading(40.0));
        assert_eq!(heights.heading(), 40.0);
    }

    #[test]
    fn short_lists_render_whole() {
        let offsets = offsets(std::iter::repeat_n(100.0, RENDER_ALL_UP_TO));
        assert_eq!(visible_rows(&offsets, 5000.0, 6000.0), 0..RENDER_ALL_UP_TO);
    }

    #[test]
    fn long_lists_render_the_view_and_a_margin() {
        let offsets = offsets(std::iter::repeat_n(100.0, 10_000));
        // Rows 50..60 are in view; eight more each side.
        assert_eq!(visible_rows(&offsets, 5000.0, 6000.0), 42..68);
        assert_eq!(visible_rows(&offsets, -300.0, 700.0), 0..15);
        assert_eq!(visible_rows(&offsets, 1e9, 1e9 + 800.0), 9992..10_000);
    }
}
