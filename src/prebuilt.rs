//! The fixed patterns a run would otherwise spend most of its start-up building: the two
//! largest, compiled into DFAs by `build.rs` from `patterns.rs` and read as they are, and
//! the lean build the others (and a DFA that cannot be read) use. Below the readers and the
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

/// Bytes aligned for reading as a DFA's table.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

static ASK_BYTES: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/ask.dfa")),
};
static PROCEDURAL_BYTES: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/procedural.dfa")),
};

/// A sentence that asks something of the Government (`patterns::ASK`).
pub static ASK: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::new(crate::patterns::ASK, &ASK_BYTES.bytes));

/// A line of procedure in Hansard text (`patterns::PROCEDURAL`).
pub static PROCEDURAL: LazyLock<Prebuilt> =
    LazyLock::new(|| Prebuilt::new(crate::patterns::PROCEDURAL, &PROCEDURAL_BYTES.bytes));

/// A fixed pattern whose DFA `build.rs` compiled: read as it is (its table is checked, not
/// built), or, where it cannot be read, the pattern built lean at run time.
pub enum Prebuilt {
    Dfa(Box<regex_automata::dfa::dense::DFA<&'static [u32]>>),
    Built(regex_automata::meta::Regex),
}

impl Prebuilt {
    fn new(pattern: &str, dfa: &'static [u8]) -> Self {
        match regex_automata::dfa::dense::DFA::from_bytes(dfa) {
            Ok((dfa, _)) => Prebuilt::Dfa(Box::new(dfa)),
            Err(_) => Prebuilt::Built(lean_regex(pattern)),
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
            Prebuilt::Built(regex) => regex.is_match(haystack),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DFAs compiled at build time, and the patterns built at run time (the fallback), as
    /// `regex` reads them.
    fn prebuilt_and_patterns() -> &'static [(Prebuilt, regex::bytes::Regex); 2] {
        static PAIRS: LazyLock<[(Prebuilt, regex::bytes::Regex); 2]> = LazyLock::new(|| {
            [
                pair(crate::patterns::ASK, &ASK_BYTES.bytes),
                pair(crate::patterns::PROCEDURAL, &PROCEDURAL_BYTES.bytes),
            ]
        });
        fn pair(pattern: &str, dfa: &'static [u8]) -> (Prebuilt, regex::bytes::Regex) {
            let prebuilt = Prebuilt::new(pattern, dfa);
            assert!(matches!(prebuilt, Prebuilt::Dfa(_)), "the DFA reads");
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
        ];
        for (prebuilt, regex) in prebuilt_and_patterns().iter() {
            let fallback = Prebuilt::Built(lean_regex(regex.as_str()));
            for t in texts {
                assert_eq!(prebuilt.is_match(t), regex.is_match(t.as_bytes()), "{t}");
                assert_eq!(fallback.is_match(t), regex.is_match(t.as_bytes()), "{t}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn prebuilt_dfas_match_as_their_patterns_do_on_any_words(
            words in proptest::collection::vec(
                "(I|i|urge|call on|the|Minister|Government|must|should|will|Will|we|need|Question|put|Ayes|Noes|Clause|ordered|agreed|hope|é|\\.|,)",
                0..12,
            )
        ) {
            let t = words.join(" ");
            for (prebuilt, regex) in prebuilt_and_patterns().iter() {
                proptest::prop_assert_eq!(prebuilt.is_match(&t), regex.is_match(t.as_bytes()));
            }
        }
    }
}
