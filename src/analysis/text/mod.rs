//! Text helpers for analysis: sentence splitting that knows Hansard's abbreviations
//! ("hon.", "Mr.", "per cent."), word counting by UAX #29, stemmed content words, and the
//! courtesy and procedure filters that keep pleasantries out of summaries and requests.
//!
//! One module per concern: `words` (UAX #29 word reading), `sentences`, `vocab` (stopwords,
//! stems and term numbers, with the caches their module doc names), `courtesy`, and
//! `matching` (cue automata, procedure, folding for whole-word matching), `members` (how a
//! reply speaks of a member) and `quotes` (which words a speaker quotes).

mod courtesy;
mod courtesy_forms;
mod matching;
mod members;
mod plurals;
mod porter2;
pub mod quotes;
mod sentences;
mod stopwords;
mod vocab;
mod words;

pub use courtesy::*;
pub use matching::*;
pub use members::*;
pub use sentences::*;
pub use vocab::*;
pub use words::*;

#[cfg(test)]
mod tests;
