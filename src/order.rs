//! Stable sorting through one instantiation of the standard library's sort.
//!
//! Each element or key type that `slice::sort_by_key` is called with compiles
//! another copy of the standard sort into the wasm, about 3.5 KB apiece. The
//! explorer sorts a handful of lists, none of them per keystroke, so they all
//! share one copy: the sort runs over positions with a dynamic comparison, and
//! the list is then rearranged to match.

use std::cmp::Ordering;

/// The positions `0..len` in the stable order that `compare` gives them.
pub fn positions_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let positions = positions_by(items.len(), &|a, b| key(&items[a]).cmp(&key(&items[b])));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.into_iter().filter_map(|at| slots[at].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(key, _)| key);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn positions_follow_the_comparison() {
        let names = ["carol", "alice", "bob"];
        let positions = positions_by(names.len(), &|a, b| names[a].cmp(names[b]));
        assert_eq!(positions, [1, 2, 0]);
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let mut items: Vec<u8> = Vec::new();
        sort_by_key(&mut items, |&item| item);
        assert!(items.is_empty());
    }
}
