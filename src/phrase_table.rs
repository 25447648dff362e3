//! The fixed phrase lists as DFAs that `build.rs` built at compile time
//! (`build/phrase_tables.rs`): a run reads them as they are, where building them took most
//! of a one-file run. They find what the `aho-corasick` crate finds with the same patterns
//! (the tests below hold them to it): every occurrence, or each match as it is seen.

/// One phrase list's DFA. See `build/phrase_tables.rs` for the layout.
pub struct Table {
    classes: [u8; 256],
    shift: u32,
    trans: &'static [u16],
    first_match: u16,
    out_start: &'static [u32],
    out: &'static [u16],
    lens: &'static [u16],
    /// Built to ignore ASCII case.
    #[allow(dead_code)]
    fold_case: bool,
}

/// One occurrence of a pattern: its number in the list and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
}

impl Table {
    /// The state after `state` reads byte `b`.
    #[inline(always)]
    fn next(&self, state: u16, b: u8) -> u16 {
        let class = self.classes.get(usize::from(b)).copied().unwrap_or(0);
        let i = (usize::from(state) << self.shift) | usize::from(class);
        self.trans.get(i).copied().unwrap_or(0)
    }

    /// The patterns that end in match state `state`, longest first.
    fn matches(&self, state: u16) -> &'static [u16] {
        let k = usize::from(state - self.first_match);
        let span = self.out_start.get(k).zip(self.out_start.get(k + 1));
        span.and_then(|(&a, &b)| self.out.get(a as usize..b as usize))
            .unwrap_or_default()
    }

    fn hit(&self, pattern: u16, end: usize) -> Hit {
        let len = self.lens.get(usize::from(pattern)).copied().unwrap_or(0);
        Hit {
            pattern: usize::from(pattern),
            start: end - usize::from(len),
            end,
        }
    }

    /// Whether any pattern occurs in the text.
    pub fn is_match<T: AsRef<[u8]> + ?Sized>(&self, haystack: &T) -> bool {
        let mut state = 0;
        for &b in haystack.as_ref() {
            state = self.next(state, b);
            if state >= self.first_match {
                return true;
            }
        }
        false
    }

    /// Every occurrence of every pattern, by where it ends (longest first among those
    /// ending at the same byte).
    pub fn overlapping<'h>(&'static self, haystack: &'h [u8]) -> impl Iterator<Item = Hit> + 'h {
        let mut state = 0;
        haystack.iter().enumerate().flat_map(move |(i, &b)| {
            state = self.next(state, b);
            let found = if state >= self.first_match {
                self.matches(state)
            } else {
                &[]
            };
            found.iter().map(move |&p| self.hit(p, i + 1))
        })
    }

    /// Occurrences that do not overlap, each reported as soon as it ends (the longest of
    /// those ending there), the search going on from its end.
    pub fn find_iter<'h>(&'static self, haystack: &'h [u8]) -> impl Iterator<Item = Hit> + 'h {
        let mut state = 0;
        haystack.iter().enumerate().filter_map(move |(i, &b)| {
            state = self.next(state, b);
            if state < self.first_match {
                return None;
            }
            let first = self.matches(state).first().copied();
            state = 0;
            first.map(|p| self.hit(p, i + 1))
        })
    }
}

include!(concat!(env!("OUT_DIR"), "/phrase_tables.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Every table, its patterns, and the same list built by `aho-corasick`.
    fn tables() -> Vec<(&'static str, &'static Table, AhoCorasick)> {
        ALL.iter()
            .map(|&(name, table, patterns)| {
                let ac = AhoCorasick::builder()
                    .ascii_case_insensitive(table.fold_case)
                    .match_kind(MatchKind::Standard)
                    .build(patterns)
                    .expect("patterns build");
                (name, table, ac)
            })
            .collect()
    }

    fn hit(m: aho_corasick::Match) -> Hit {
        Hit {
            pattern: m.pattern().as_usize(),
            start: m.start(),
            end: m.end(),
        }
    }

    fn agree(text: &str, tables: &[(&'static str, &'static Table, AhoCorasick)]) {
        for (name, table, ac) in tables {
            let h = text.as_bytes();
            assert_eq!(table.is_match(h), ac.is_match(h), "{name}: {text:?}");
            let mut ours: Vec<Hit> = table.overlapping(h).collect();
            let mut theirs: Vec<Hit> = ac.find_overlapping_iter(h).map(hit).collect();
            ours.sort_by_key(|h| (h.end, h.start, h.pattern));
            theirs.sort_by_key(|h| (h.end, h.start, h.pattern));
            assert_eq!(ours, theirs, "{name} overlapping: {text:?}");
            let ours: Vec<Hit> = table.find_iter(h).collect();
            let theirs: Vec<Hit> = ac.find_iter(h).map(hit).collect();
            assert_eq!(ours, theirs, "{name} find: {text:?}");
        }
    }

    /// Text made of the tables' own patterns, run together, cut and recased, meets every
    /// state that matters.
    #[test]
    fn tables_find_what_aho_corasick_finds_in_their_own_phrases() {
        let tables = tables();
        for &(_, _, patterns) in ALL {
            for (i, p) in patterns.iter().enumerate() {
                let next = patterns.get(i + 1).copied().unwrap_or("");
                agree(p, &tables);
                agree(&format!(" {p} {next} "), &tables);
                agree(&format!("{p}{next}"), &tables);
                agree(&p.to_uppercase(), &tables);
                let cut: String = p.chars().skip(2).collect();
                agree(&format!("x{cut}{p}"), &tables);
            }
        }
    }

    /// `input::leanings` counts the House cues as leftmost-first matching would: no cue lies
    /// inside another, so reporting each as it ends finds the same ones.
    #[test]
    fn house_cues_are_found_as_leftmost_first_finds_them() {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(HOUSE_CUES_PATTERNS)
            .expect("patterns build");
        let texts = HOUSE_CUES_PATTERNS.iter().flat_map(|a| {
            HOUSE_CUES_PATTERNS
                .iter()
                .flat_map(move |b| [format!("{a} {b}"), format!("{a}{b}"), format!("x{a}y")])
        });
        for t in texts.chain(["I serve under your chairmanship, Mr Deputy Speaker.".into()]) {
            let ours: Vec<(usize, usize)> = HOUSE_CUES
                .find_iter(t.as_bytes())
                .map(|h| (h.pattern, h.start))
                .collect();
            let theirs: Vec<(usize, usize)> = ac
                .find_iter(&t)
                .map(|m| (m.pattern().as_usize(), m.start()))
                .collect();
            assert_eq!(ours, theirs, "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn tables_find_what_aho_corasick_finds_in_any_words(
            words in proptest::collection::vec(
                "(i|we|will|not|the|minister|hon|friend|thank|for|securing|debate|write|to|be|happy|meet|million|per cent|congratulat|My Lords|Mr Speaker|this House|é|\\.|,| )",
                0..16,
            )
        ) {
            let tables = tables();
            agree(&words.join(" "), &tables);
            agree(&words.concat(), &tables);
        }
    }
}
