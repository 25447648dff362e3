//! Renderers: summaries to text. Each writes to any `io::Write` and is pure otherwise.
//! Streaming formats (JSON, NDJSON, CSV) get one call per input as it completes; the table
//! and Markdown get the overview at the end.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod report;
pub mod table;

use crate::model::Summary;
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// Settings a renderer needs, decided by the caller (never probed here).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Table width in columns.
    pub width: u16,
    /// Colour and bold allowed.
    pub color: bool,
    /// Several debates: print each in full after the overview.
    pub detail: bool,
}

/// A writer of one output format, fed input by input, in path order.
pub trait Renderer {
    /// Called once before any input.
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Called for each input that was summarised, in order.
    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()>;
    /// Called once at the end with every failure and, with `--rollup`, the roll-up.
    fn end(
        &mut self,
        failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()>;
}

/// Formats a count with thousands separators for people to read (never in JSON or CSV).
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The line under a debate's title: venue, date, chair, and whether it is partial.
pub fn meta_line(s: &Summary) -> String {
    let mut meta: Vec<String> = vec![report::kind_text(s)];
    meta.extend(s.venue.clone());
    meta.extend(s.date.clone());
    if let Some(c) = &s.chair {
        meta.push(format!("Chair: {c}"));
    }
    if s.partial {
        meta.push("partial transcript".into());
    }
    meta.join(" · ")
}

/// The party and constituency of a speaker, for one line of text.
pub fn where_from(s: &crate::model::Speaker) -> String {
    [s.constituency.as_deref(), s.party.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separators() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(4413), "4,413");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
