//! debate-summary: parliamentary debate transcripts in, "At a Glance" summaries out.
//!
//! - [`input`]: bytes → text → format detection → one parser per format → [`model::RawDebate`]
//! - [`analysis`]: a parsed debate → [`model::Summary`] (speakers, roles, words, requests,
//!   summaries, tags)
//! - [`render`]: summaries → table, JSON, NDJSON, Markdown, CSV
//! - [`batch`]: files and folders, in parallel, results in path order
//!
//! Parsers, analysis and renderers are pure; only `batch` and `main` do I/O.
//!
//! Every path here handles untrusted input, so unchecked indexing and `unwrap` are denied by
//! lint outside tests (CI's clippy enforces it); the only `expect`s build static regexes,
//! selectors and matchers from literals, and the fuzz harness's own invariant checks.

#![cfg_attr(
    not(test),
    deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)
)]

pub mod analysis;
pub mod app;
pub mod cli;
pub mod error;
pub mod fetch;
pub mod input;
pub mod model;
pub mod names;
mod patterns;
mod phrase_table;
mod prebuilt;
pub mod render;
pub mod rollup;
mod scan;
pub mod schema;

pub use analysis::analyze;
pub use model::Summary;

/// Summarises transcript text in memory (no file system): each debate in it, in order.
pub fn summarise_str(
    text: &str,
    path_label: &str,
    format: Option<input::InputFormat>,
) -> Result<Vec<Summary>, input::ParseError> {
    let transcript = input::parse_bytes(text.as_bytes(), format, Some(path_label), &|_| None)?;
    Ok(summaries_of(&transcript, path_label))
}

/// Analyses every debate of a parsed transcript.
pub fn summaries_of(t: &model::Transcript, path_label: &str) -> Vec<Summary> {
    analysis::analyze_all(&t.debates, |index| model::Source {
        path: path_label.to_string(),
        format: t.format,
        index,
    })
}
