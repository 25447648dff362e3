//! Renderers: summaries to text. Each writes to any `io::Write` and is pure otherwise.
//! Streaming formats (JSON, NDJSON, CSV) write each input as it completes. The table,
//! Markdown and HTML lay out one report model (`report`), each with its own `Markup`.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod markup;
pub mod overview;
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
