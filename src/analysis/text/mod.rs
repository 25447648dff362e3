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
