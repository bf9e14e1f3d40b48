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

#[cfg(test)]
mod tests {
    use super::{offsets, visible_rows, RENDER_ALL_UP_TO};

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
