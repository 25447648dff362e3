//! The fixed patterns a run would otherwise spend most of its start-up building: the
//! largest, compiled into DFAs by `build.rs` from `patterns.rs` and read as they are, and
//! the lean build a DFA that cannot be read falls back to. Below the readers and the
//! analysis, which both use it.

use std::sync::LazyLock;

/// A fixed pattern for searching one sentence at a time, built without the literal
/// prefilter, the one-pass and backtracking engines and the groups inside, which such a
/// search does not use: for the large request patterns this is a third to two thirds of the
/// build, which is most of a one-file run. Byte matching: the patterns say `(?-u)` where
/// they are ASCII.
pub fn lean_regex(pattern: &str) -> regex_automata::meta::Regex {
    use regex_automata::{meta, nfa::thompson::WhichCaptures, util::syntax};
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .onepass(false)
                .backtrack(false)
                .which_captures(WhichCaptures::Implicit),
        )
        .syntax(syntax::Config::new().utf8(false))
        .build(pattern)
        .expect("static regex")
}

/// A DFA that `build.rs` wrote, or `None` where it wrote none (a target whose byte order
/// is not the build machine's) or the bytes do not read as a DFA.
fn read(bytes: &'static [u8]) -> Option<regex_automata::dfa::dense::DFA<&'static [u32]>> {
    if bytes.is_empty() {
        return None;
    }
    // SAFETY: the bytes are a DFA that `build.rs` serialized for this very target (same byte
    // order, same regex-automata as the lock file gives this crate), and `include_bytes!`
    // embedded them unchanged: they are a valid DFA, which is all `from_bytes_unchecked`
    // asks. It still checks their header and alignment; what it skips is walking every
    // transition of the table, which on a one-file run cost as much as the rest of reading
    // the patterns. The tests read the same bytes with the checked `from_bytes`.
    #[allow(unsafe_code)]
    let read = unsafe { regex_automata::dfa::dense::DFA::from_bytes_unchecked(bytes) };
    read.ok().map(|(dfa, _)| dfa)
}

/// A DFA that `build.rs` wrote to `OUT_DIR`, embedded aligned.
macro_rules! dfa_bytes {
    ($file:literal) => {
        &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/", $file)),
        }
    };
}

/// Bytes aligned for reading as a DFA's table.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

static ASK_BYTES: &Aligned<[u8]> = dfa_bytes!("ask.dfa");
static PROCEDURAL_BYTES: &Aligned<[u8]> = dfa_bytes!("procedural.dfa");
static PROCEDURAL_SENTENCE_BYTES: &Aligned<[u8]> = dfa_bytes!("procedural_sentence.dfa");
static TIMESTAMP_BYTES: &Aligned<[u8]> = dfa_bytes!("timestamp.dfa");
static FRAME_BYTES: &Aligned<[u8]> = dfa_bytes!("frame.dfa");

/// A sentence that asks something of the Government (`patterns::ASK`).
pub static ASK: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::new(crate::patterns::ASK, &ASK_BYTES.bytes));

/// A line of procedure in Hansard text (`patterns::PROCEDURAL`).
pub static PROCEDURAL: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::new(crate::patterns::PROCEDURAL, &PROCEDURAL_BYTES.bytes));

/// A sentence of procedure (`patterns::PROCEDURAL_SENTENCE`).
pub static PROCEDURAL_SENTENCE: LazyLock<Prebuilt> = LazyLock::new(|| {
    Prebuilt::new(
        crate::patterns::PROCEDURAL_SENTENCE,
        &PROCEDURAL_SENTENCE_BYTES.bytes,
    )
});

/// A line that is only a time (`patterns::TIMESTAMP`).
pub static TIMESTAMP: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::new(crate::patterns::TIMESTAMP, &TIMESTAMP_BYTES.bytes));

/// The request frames (`patterns::FRAME`).
pub static FRAME: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::anchored(crate::patterns::FRAME, &FRAME_BYTES.bytes));

/// A DFA for anchored searches, and which bytes can start a match after a space.
pub struct AnchoredDfa {
    dfa: regex_automata::dfa::dense::DFA<&'static [u32]>,
    opens: [bool; 256],
}

/// A fixed pattern whose DFA `build.rs` compiled: read as it is, or, where it cannot be read,
/// the pattern built lean at run time.
pub enum Prebuilt {
    Dfa(Box<regex_automata::dfa::dense::DFA<&'static [u32]>>),
    /// A DFA built only for searches anchored at their start, of a pattern that opens with
    /// `\b` and a letter: a search tries each word's start in turn, the first that matches
    /// being the leftmost match.
    Anchored(Box<AnchoredDfa>),
    Built(regex_automata::meta::Regex),
}

impl Prebuilt {
    fn new(pattern: &str, dfa: &'static [u8]) -> Self {
        match read(dfa) {
            Some(dfa) => Prebuilt::Dfa(Box::new(dfa)),
            None => Prebuilt::Built(lean_regex(pattern)),
        }
    }

    /// [`Prebuilt::new`] for a DFA built for anchored searches only.
    fn anchored(pattern: &str, dfa: &'static [u8]) -> Self {
        use regex_automata::{Input, dfa::Automaton};
        let Some(dfa) = read(dfa) else {
            return Prebuilt::Built(lean_regex(pattern));
        };
        // The bytes a match can start with, after a space: the others take the DFA from its
        // start straight to the dead state.
        let input = Input::new(" ")
            .range(1..)
            .anchored(regex_automata::Anchored::Yes);
        let mut opens = [false; 256];
        if let Ok(start) = dfa.start_state_forward(&input) {
            for (b, open) in (0..=255u8).zip(opens.iter_mut()) {
                *open = !dfa.is_dead_state(dfa.next_state(start, b));
            }
        }
        Prebuilt::Anchored(Box::new(AnchoredDfa { dfa, opens }))
    }

    /// Where the leftmost match ends (with `earliest`, where some match is first known to
    /// end), trying each start in turn with an anchored-only DFA.
    fn first_anchored(a: &AnchoredDfa, haystack: &[u8], earliest: bool) -> Option<usize> {
        let AnchoredDfa { dfa, opens } = a;
        use regex_automata::{Anchored, Input, dfa::Automaton};
        let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
        // Such a pattern opens with a word boundary before a letter: only a word's first
        // letter can start it.
        let word_start = |start: usize| {
            haystack.get(start).is_some_and(|&b| {
                b.is_ascii_alphabetic() && opens.get(usize::from(b)) == Some(&true)
            }) && !start
                .checked_sub(1)
                .and_then(|b| haystack.get(b))
                .is_some_and(word)
        };
        (0..haystack.len())
            .filter(|&s| word_start(s))
            .find_map(|start| {
                let input = Input::new(haystack)
                    .range(start..)
                    .anchored(Anchored::Yes)
                    .earliest(earliest);
                dfa.try_search_fwd(&input)
                    .ok()
                    .flatten()
                    .map(|m| m.offset())
            })
    }

    /// Where the leftmost-first match ends, if the pattern matches.
    pub fn leftmost_end(&self, haystack: &[u8]) -> Option<usize> {
        use regex_automata::dfa::Automaton;
        match self {
            Prebuilt::Dfa(dfa) => dfa
                .try_search_fwd(&regex_automata::Input::new(haystack))
                .ok()
                .flatten()
                .map(|m| m.offset()),
            Prebuilt::Anchored(dfa) => Self::first_anchored(dfa, haystack, false),
            Prebuilt::Built(regex) => regex.find(haystack).map(|m| m.end()),
        }
    }

    /// Whether the pattern matches anywhere in the text.
    pub fn is_match(&self, haystack: impl AsRef<[u8]>) -> bool {
        use regex_automata::dfa::Automaton;
        let haystack = haystack.as_ref();
        match self {
            // A DFA built without quit bytes, for unanchored search, never fails a search.
            Prebuilt::Dfa(dfa) => dfa
                .try_search_fwd(&regex_automata::Input::new(haystack).earliest(true))
                .is_ok_and(|m| m.is_some()),
            Prebuilt::Anchored(dfa) => Self::first_anchored(dfa, haystack, true).is_some(),
            Prebuilt::Built(regex) => regex.is_match(haystack),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DFAs compiled at build time, and the patterns built at run time (the fallback), as
    /// `regex` reads them.
    fn prebuilt_and_patterns() -> &'static [(Prebuilt, regex::bytes::Regex); 5] {
        static PAIRS: LazyLock<[(Prebuilt, regex::bytes::Regex); 5]> = LazyLock::new(|| {
            [
                pair(crate::patterns::ASK, &ASK_BYTES.bytes),
                pair(crate::patterns::PROCEDURAL, &PROCEDURAL_BYTES.bytes),
                pair(crate::patterns::FRAME, &FRAME_BYTES.bytes),
                pair(
                    crate::patterns::PROCEDURAL_SENTENCE,
                    &PROCEDURAL_SENTENCE_BYTES.bytes,
                ),
                pair(crate::patterns::TIMESTAMP, &TIMESTAMP_BYTES.bytes),
            ]
        });
        fn pair(pattern: &str, dfa: &'static [u8]) -> (Prebuilt, regex::bytes::Regex) {
            assert!(
                regex_automata::dfa::dense::DFA::from_bytes(dfa).is_ok(),
                "the DFA passes the full check"
            );
            let prebuilt = if pattern == crate::patterns::FRAME {
                Prebuilt::anchored(pattern, dfa)
            } else {
                Prebuilt::new(pattern, dfa)
            };
            assert!(
                matches!(prebuilt, Prebuilt::Dfa(_) | Prebuilt::Anchored(_)),
                "the DFA reads"
            );
            let regex = regex::bytes::RegexBuilder::new(pattern)
                .build()
                .expect("pattern builds");
            (prebuilt, regex)
        }
        &PAIRS
    }

    #[test]
    fn prebuilt_dfas_match_as_their_patterns_do() {
        let texts = [
            "I urge the Minister to restore the subsidy.",
            "Will the Minister meet me and the fishermen?",
            "We need urgent action on dues.",
            "The harbour dues have doubled.",
            "Question put and agreed to.",
            "Ayes 213, Noes 293.",
            "Ayesha spoke next.",
            "Clause 4 ordered to stand part of the Bill.",
            "Amendment made: No. 416, in page 41.",
            "Résumé: the Minister must act.",
            "I call on the Minister, who knows the harbour well, to act.",
            "Will the Minister agree to meet me?",
            "Would she be willing to write to me and will he agree to meet?",
            "I urge my right hon. Friend the Secretary of State to act.",
            "Order. I call the Minister.",
            "I call",
            "I call on the Government to act.",
            "I called for this.",
            "I callé",
            "I call—Mr Smith",
            "Amendment made: No. 2.",
            "2.30 pm",
            "14:05",
            "10.5 a.m.",
            "12/03/2024 14:05:00",
            "Noon",
            "NOON today",
            "3 P.M.",
        ];
        for (prebuilt, regex) in prebuilt_and_patterns().iter() {
            let fallback = Prebuilt::Built(lean_regex(regex.as_str()));
            for t in texts {
                assert_eq!(prebuilt.is_match(t), regex.is_match(t.as_bytes()), "{t}");
                assert_eq!(fallback.is_match(t), regex.is_match(t.as_bytes()), "{t}");
                let end = regex.find(t.as_bytes()).map(|m| m.end());
                assert_eq!(prebuilt.leftmost_end(t.as_bytes()), end, "{t}");
                assert_eq!(fallback.leftmost_end(t.as_bytes()), end, "{t}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn prebuilt_dfas_match_as_their_patterns_do_on_any_words(
            words in proptest::collection::vec(
                "(I|i|urge|call|call on|the|Minister|Government|must|should|will|Will|we|need|to|he|she|agree|be|willing|Question|put|Ayes|Noes|Clause|ordered|agreed|hope|Order|é|\\.|,|—|2|30|pm|:|noon)",
                0..12,
            )
        ) {
            let t = words.join(" ");
            // The pattern as first written, with a Unicode word boundary.
            static WITH_B: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(r"(?i)^(order[.!]|i beg to move|that this house|question put|i call\b|the question is|division|resolved|motion made|amendment|question agreed to|question negatived|bill read a)").expect("builds")
            });
            for t in [&t, &words.concat()] {
                proptest::prop_assert_eq!(crate::prebuilt::PROCEDURAL_SENTENCE.is_match(t), WITH_B.is_match(t));
            }
            for (prebuilt, regex) in prebuilt_and_patterns().iter() {
                proptest::prop_assert_eq!(prebuilt.is_match(&t), regex.is_match(t.as_bytes()));
                proptest::prop_assert_eq!(
                    prebuilt.leftmost_end(t.as_bytes()),
                    regex.find(t.as_bytes()).map(|m| m.end())
                );
            }
        }
    }
}
