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
    /// The length of the longest pattern.
    longest: u16,
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

    /// Into how many parts a text is cut to be read at once (1, 2 or 4), and how far before
    /// its part each reading but the first starts. Starting the longest pattern's length
    /// less one before its part puts a reading, by the part, in the state a reading from
    /// the start has there; the readings do not wait on each other, and the core runs them
    /// side by side, where one reading waits on a table load at every byte. A text too
    /// short for the lead-in to pay is read once.
    fn parts(&self, h: &[u8]) -> (usize, usize) {
        let lead = usize::from(self.longest.saturating_sub(1));
        let k = if h.len() / 4 >= 2 * lead + 32 {
            4
        } else if h.len() / 2 >= lead + 16 {
            2
        } else {
            1
        };
        (k, lead)
    }

    /// Whether any pattern occurs in the text.
    pub fn is_match<T: AsRef<[u8]> + ?Sized>(&self, haystack: &T) -> bool {
        let h = haystack.as_ref();
        match self.parts(h) {
            (4, lead) => self.is_match_in::<4>(h, lead),
            (2, lead) => self.is_match_in::<2>(h, lead),
            _ => self.is_match_from(h, 0),
        }
    }

    /// The `K` readings of `h` (see [`Table::parts`]): each reads `text`, which starts at
    /// byte `from` of `h`, and reports what ends in its part, after byte `start`.
    fn readings<const K: usize>(h: &[u8], lead: usize) -> [Reading<'_>; K] {
        let part = h.len() / K;
        std::array::from_fn(|j| {
            let start = j * part;
            let end = if j + 1 == K { h.len() } else { start + part };
            let from = start.saturating_sub(lead);
            Reading {
                text: h.get(from..end).unwrap_or_default(),
                from,
                start,
            }
        })
    }

    fn is_match_in<const K: usize>(&self, h: &[u8], lead: usize) -> bool {
        let r = Self::readings::<K>(h, lead);
        // The first reading is the shortest: all read together that far.
        let together = r.first().map_or(0, |x| x.text.len());
        let mut states = [0u16; K];
        for i in 0..together {
            for (state, x) in states.iter_mut().zip(&r) {
                *state = self.next(*state, x.text.get(i).copied().unwrap_or(0));
            }
            if states.iter().any(|&s| s >= self.first_match) {
                return true;
            }
        }
        states
            .iter()
            .zip(&r)
            .any(|(&s, x)| self.is_match_from(x.text.get(together..).unwrap_or_default(), s))
    }

    /// Whether any pattern ends in `h`, read from `state`.
    fn is_match_from(&self, h: &[u8], mut state: u16) -> bool {
        for &b in h {
            state = self.next(state, b);
            if state >= self.first_match {
                return true;
            }
        }
        false
    }

    /// Every occurrence of every pattern, by where it ends (longest first among those
    /// ending at the same byte).
    pub fn overlapping<'h>(&'static self, haystack: &'h [u8]) -> Hits<'h> {
        match self.parts(haystack) {
            (4, lead) => Hits::Read(self.all_hits::<4>(haystack, lead).into_iter()),
            (2, lead) => Hits::Read(self.all_hits::<2>(haystack, lead).into_iter()),
            _ => Hits::Reading(Overlapping {
                table: self,
                haystack,
                at: 0,
                state: 0,
                pending: &[],
                end: 0,
            }),
        }
    }

    /// Every occurrence, by end, from `K` readings at once (see [`Table::parts`]): each
    /// reports what ends in its own part.
    fn all_hits<const K: usize>(&self, h: &[u8], lead: usize) -> Vec<Hit> {
        let r = Self::readings::<K>(h, lead);
        let mut found: [Vec<Hit>; K] = std::array::from_fn(|_| Vec::new());
        let mut states = [0u16; K];
        let together = r.first().map_or(0, |x| x.text.len());
        let mut record = |j: usize, state: u16, i: usize| {
            if let (Some(x), Some(out)) = (r.get(j), found.get_mut(j))
                && x.from + i + 1 > x.start
            {
                out.extend(
                    self.matches(state)
                        .iter()
                        .map(|&p| self.hit(p, x.from + i + 1)),
                );
            }
        };
        for i in 0..together {
            for (state, x) in states.iter_mut().zip(&r) {
                *state = self.next(*state, x.text.get(i).copied().unwrap_or(0));
            }
            if states.iter().any(|&s| s >= self.first_match) {
                for (j, &s) in states.iter().enumerate() {
                    if s >= self.first_match {
                        record(j, s, i);
                    }
                }
            }
        }
        for (j, (&s, x)) in states.iter().zip(&r).enumerate() {
            let mut state = s;
            for (i, &b) in x.text.iter().enumerate().skip(together) {
                state = self.next(state, b);
                if state >= self.first_match {
                    record(j, state, i);
                }
            }
        }
        found.into_iter().flatten().collect()
    }

    /// Occurrences that do not overlap, each reported as soon as it ends (the longest of
    /// those ending there), the search going on from its end.
    pub fn find_iter<'h>(&'static self, haystack: &'h [u8]) -> impl Iterator<Item = Hit> + 'h {
        non_overlapping(self.overlapping(haystack))
    }
}

/// The occurrences a search that goes on from each one's end reports, from every
/// occurrence in the order [`Table::overlapping`] gives them (by end, longest first): what
/// a search from `from` reports next is the first occurrence in that order that starts at
/// `from` or later. It holds for any subset of a table's patterns, read from the whole
/// table's occurrences.
pub fn non_overlapping(hits: impl Iterator<Item = Hit>) -> impl Iterator<Item = Hit> {
    let mut from = 0;
    hits.filter(move |h| {
        let take = h.start >= from;
        if take {
            from = h.end;
        }
        take
    })
}

/// One of the readings a long text is read in at once (see [`Table::parts`]).
struct Reading<'h> {
    text: &'h [u8],
    /// Where `text` starts in the whole text.
    from: usize,
    /// Where the part it reports on starts: it reports what ends after this byte.
    start: usize,
}

/// The occurrences [`Table::overlapping`] finds: read as the caller asks for them, or, for
/// a long text, read in parts beforehand.
pub enum Hits<'h> {
    Reading(Overlapping<'h>),
    Read(std::vec::IntoIter<Hit>),
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        match self {
            Hits::Reading(o) => o.next(),
            Hits::Read(v) => v.next(),
        }
    }
}

/// Every occurrence, read as the caller asks for them.
pub struct Overlapping<'h> {
    table: &'static Table,
    haystack: &'h [u8],
    at: usize,
    state: u16,
    /// Patterns found at `end` not yet reported.
    pending: &'static [u16],
    end: usize,
}

impl Iterator for Overlapping<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        let t = self.table;
        loop {
            if let Some((&p, rest)) = self.pending.split_first() {
                self.pending = rest;
                return Some(t.hit(p, self.end));
            }
            let &b = self.haystack.get(self.at)?;
            self.state = t.next(self.state, b);
            self.at += 1;
            if self.state >= t.first_match {
                self.pending = t.matches(self.state);
                self.end = self.at;
            }
        }
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

    /// Long texts, read in parts at once, find what one reading finds: every table's phrases
    /// run together, spaced and not, whole and from each of the first bytes on (so that the
    /// cut falls everywhere in a phrase).
    #[test]
    fn long_texts_read_in_halves_find_the_same() {
        let tables = tables();
        for &(_, _, patterns) in ALL {
            let spaced = patterns.join(" ");
            let run = patterns.concat();
            for shift in 0..40 {
                for text in [&spaced, &run] {
                    let cut = text.get(shift..).unwrap_or("");
                    agree(cut, &tables);
                }
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
