//! Text helpers for analysis: sentence splitting that knows Hansard's abbreviations
//! ("hon.", "Mr.", "per cent."), word counting by UAX #29, stemmed content words, and the
//! courtesy and procedure filters that keep pleasantries out of summaries and requests.
//!
//! One module per concern: `words` (UAX #29 word reading), `sentences`, `vocab` (stopwords,
//! stems and term numbers, with the caches their module doc names), `courtesy`, and
//! `matching` (cue automata, procedure, folding for whole-word matching).

mod courtesy;
mod matching;
mod sentences;
mod vocab;
mod words;

pub use courtesy::*;
pub use matching::*;
pub use sentences::*;
pub use vocab::*;
pub use words::*;

#[cfg(test)]
mod tests;

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

/// `patterns::ASK` as a DFA compiled by `build.rs`.
pub static ASK_DFA: &[u8] = &ASK_BYTES.bytes;
/// `patterns::PROCEDURAL` as a DFA compiled by `build.rs`.
pub static PROCEDURAL_DFA: &[u8] = &PROCEDURAL_BYTES.bytes;

/// A fixed pattern whose DFA `build.rs` compiled: read as it is (its table is checked, not
/// built), or, where it cannot be read, the pattern built lean at run time.
pub enum Prebuilt {
    Dfa(Box<regex_automata::dfa::dense::DFA<&'static [u32]>>),
    Built(regex_automata::meta::Regex),
}

impl Prebuilt {
    pub fn new(pattern: &str, dfa: &'static [u8]) -> Self {
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
