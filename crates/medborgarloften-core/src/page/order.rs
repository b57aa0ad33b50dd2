//! Stable ordering by a number, for every list the view model orders (periods newest first, promises by period).
//! Each `sort_by_key` with its own closure is its own copy of the standard library's sort in the app's
//! WebAssembly (about 3 KB each); [`sort_by_number`] sorts `(key, position)` pairs, so every caller shares one copy.
//!
//! Pure core: no UI dependency.
//!
//! Page layer: imports no other module of the crate; must not import `view` (which uses it) or `export`.

/// Sorts `items` by `key`, smallest first; items with equal keys keep their order.
pub(crate) fn sort_by_number<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items.iter().enumerate().map(|(i, item)| (key(item), i)).collect();
    // The positions make every pair distinct, so an unstable sort gives the stable order.
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keyed.into_iter().filter_map(|(_, i)| slots[i].take()));
}

/// The key that puts later years first: `sort_by_number(periods, |p| newest_first(p.year()))`.
pub(crate) fn newest_first(year: u16) -> u64 {
    u64::from(u16::MAX - year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_number(&mut items, |&(k, _)| k);
        assert_eq!(items, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn newest_years_come_first() {
        let mut years = vec![2018_u16, 2020, 2019, 2020];
        sort_by_number(&mut years, |&y| newest_first(y));
        assert_eq!(years, vec![2020, 2020, 2019, 2018]);
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let mut items: Vec<u8> = Vec::new();
        sort_by_number(&mut items, |&b| u64::from(b));
        assert!(items.is_empty());
    }
}
