//! How a report is written: the `Markup` each format implements for each type of block,
//! the walk over a report's sections, and `Paged`, the renderer that drives a format's
//! markup over a batch (overview, debates, roll-up, failures).

use super::overview::{Overview, OverviewRow, RollupReport, failures_section};
use super::report::{Ask, Block, Fact, Position, Report, Section, SpeakerPart, Table};
use crate::model::Summary;
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// A format's markup for each type of block. Each implementation escapes the text it is
/// given for its own format, and is the only place that does.
pub trait Markup {
    /// Opens a debate: its title and meta line.
    fn start(&mut self, title: &str, meta: &str, out: &mut dyn Write) -> io::Result<()>;
    /// Closes a debate.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn heading(&mut self, text: &str, level: u8, out: &mut dyn Write) -> io::Result<()>;
    fn facts(&mut self, facts: &[Fact], out: &mut dyn Write) -> io::Result<()>;
    fn prose(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()>;
    fn asks(&mut self, asks: &[Ask], out: &mut dyn Write) -> io::Result<()>;
    fn positions(&mut self, positions: &[Position], out: &mut dyn Write) -> io::Result<()>;
    fn speakers(&mut self, parts: &[SpeakerPart], out: &mut dyn Write) -> io::Result<()>;
    fn table(&mut self, table: &Table, out: &mut dyn Write) -> io::Result<()>;
    fn list(&mut self, items: &[String], out: &mut dyn Write) -> io::Result<()>;
    fn note(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()>;
    /// Ends a section.
    fn end_section(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Before anything else in the output, and after everything.
    fn page_start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn page_end(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// Between two debates written one after the other.
    fn between(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// Writes sections in order, each block by its type.
pub fn write_sections(
    m: &mut dyn Markup,
    sections: &[Section],
    out: &mut dyn Write,
) -> io::Result<()> {
    for s in sections {
        if let Some(h) = &s.heading {
            m.heading(h, s.level, out)?;
        }
        for b in &s.blocks {
            match b {
                Block::Facts(f) => m.facts(f, out)?,
                Block::Prose(t) => m.prose(t, out)?,
                Block::Asks(a) => m.asks(a, out)?,
                Block::Positions(p) => m.positions(p, out)?,
                Block::Speakers(p) => m.speakers(p, out)?,
                Block::Table(t) => m.table(t, out)?,
                Block::List(l) => m.list(l, out)?,
                Block::Note(n) => m.note(n, out)?,
            }
        }
        m.end_section(out)?;
    }
    Ok(())
}

/// Writes one debate's report.
pub fn write_report(m: &mut dyn Markup, r: &Report, out: &mut dyn Write) -> io::Result<()> {
    m.start(&r.title, &r.meta, out)?;
    write_sections(m, &r.sections, out)?;
    m.finish(out)
}

/// A batch in any of the three formats: the overview (first for one input holding several
/// debates, last for many inputs, as they stream), each debate in full (always for one
/// input; with `--detail` for many; always in HTML, a page being read whole), the roll-up
/// and the failures.
pub struct Paged<M: Markup> {
    markup: M,
    many_inputs: bool,
    detail: bool,
    rows: Vec<OverviewRow>,
    written: usize,
}

impl<M: Markup> Paged<M> {
    pub fn new(markup: M, many_inputs: bool, detail: bool) -> Self {
        Paged {
            markup,
            many_inputs,
            detail,
            rows: Vec::new(),
            written: 0,
        }
    }

    fn debate(&mut self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if self.written > 0 {
            self.markup.between(out)?;
        }
        self.written += 1;
        write_report(&mut self.markup, &Report::of(s), out)
    }
}

impl<M: Markup> super::Renderer for Paged<M> {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.markup.page_start(out)
    }

    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<OverviewRow> = summaries.iter().map(OverviewRow::of).collect();
        if self.many_inputs {
            self.rows.extend(rows);
            if self.detail {
                for s in summaries {
                    self.debate(s, out)?;
                }
            }
            return Ok(());
        }
        if summaries.len() > 1 {
            write_sections(&mut self.markup, &Overview::sections(&rows), out)?;
            self.markup.between(out)?;
        }
        for s in summaries {
            self.debate(s, out)?;
        }
        Ok(())
    }

    fn end(
        &mut self,
        failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let mut sections = Vec::new();
        if self.many_inputs && !self.rows.is_empty() {
            sections.extend(Overview::sections(&self.rows));
        }
        if let Some(r) = rollup {
            sections.extend(RollupReport::sections(r));
        }
        sections.extend(failures_section(failures));
        if !sections.is_empty() && self.written > 0 {
            self.markup.between(out)?;
        }
        write_sections(&mut self.markup, &sections, out)?;
        self.markup.page_end(out)
    }
}
