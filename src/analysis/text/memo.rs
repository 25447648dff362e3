//! What a pure test of a sentence's text gave, kept per thread and found by the text.
//!
//! The analysis asks the same questions of one sentence from several places (whether it is
//! a courtesy, whether it reads alone, its words folded for the phrase tables): in a long
//! debate about half the calls repeat one already made. A result depends on the text alone
//! and is found by the whole text, never by a digest of it, so what is kept can never be
//! stale and changes no output. Each store is emptied when it grows large, which bounds
//! memory.

use std::cell::RefCell;
use std::thread::LocalKey;

/// One test's results, by text.
pub struct Memo<V> {
    // Only looked up, never iterated: order cannot reach the output.
    known: rustc_hash::FxHashMap<Box<str>, V>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            known: rustc_hash::FxHashMap::default(),
        }
    }
}

/// How many texts a store keeps before it is emptied (a few debates' sentences).
const MAX_KEPT: usize = 1 << 14;

/// What `test` gives for `text`, worked out once per thread while it is kept in `store`.
/// `test` may itself ask other stores; it must depend on `text` alone.
pub fn remembered<V: Clone + 'static>(
    store: &'static LocalKey<RefCell<Memo<V>>>,
    text: &str,
    test: impl FnOnce(&str) -> V,
) -> V {
    if let Some(v) = store.with_borrow(|m| m.known.get(text).cloned()) {
        return v;
    }
    let v = test(text);
    store.with_borrow_mut(|m| {
        if m.known.len() >= MAX_KEPT {
            m.known.clear();
        }
        m.known.insert(text.into(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: RefCell<Memo<usize>> = RefCell::default();
    }

    #[test]
    fn a_test_runs_once_per_text_and_gives_what_it_gave() {
        let mut runs = 0;
        let mut len = |t: &str| {
            remembered(&LENGTHS, t, |t| {
                runs += 1;
                t.len()
            })
        };
        assert_eq!(len("abc"), 3);
        assert_eq!(len("abcd"), 4);
        assert_eq!(len("abc"), 3);
        assert_eq!(runs, 2);
    }

    #[test]
    fn a_full_store_is_emptied_and_still_answers() {
        for i in 0..MAX_KEPT + 10 {
            let t = i.to_string();
            assert_eq!(remembered(&LENGTHS, &t, str::len), t.len());
        }
        assert!(LENGTHS.with_borrow(|m| m.known.len()) <= MAX_KEPT);
    }
}
