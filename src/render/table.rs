//! `--format table`: the report as terminal tables (comfy-table), wrapped to the terminal's
//! width. A section's heading heads the box its text is drawn in; the speakers' table and
//! other tables have their heading on a line above. Control characters from a transcript
//! never reach the terminal.

use super::Style;
use super::markup::{Markup, Paged};
use super::report::{Ask, Col, Fact, FactValue, Position, SpeakerPart, Table};
use comfy_table::{
    Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table as Grid, Width,
    presets,
};
use std::io::{self, Write};

/// The table format's markup.
pub struct TableMarkup {
    style: Style,
    /// A heading waiting for the box it will head.
    pending: Option<String>,
}

/// The table renderer: the report model in terminal tables.
pub type TableRenderer = Paged<TableMarkup>;

/// A renderer for one input (`many_inputs` false) or a batch.
pub fn renderer(style: Style, many_inputs: bool) -> TableRenderer {
    Paged::new(
        TableMarkup {
            style,
            pending: None,
        },
        many_inputs,
        style.detail,
    )
}

/// Text safe for a terminal: control characters (escape sequences) become U+FFFD; line
/// breaks stay.
pub fn plain(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

impl TableMarkup {
    fn grid(&self) -> Grid {
        let mut t = Grid::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.style.width);
        if !self.style.color {
            t.force_no_tty();
        }
        t
    }

    fn head(&self, s: &str) -> Cell {
        let c = Cell::new(plain(s));
        if self.style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }

    fn bold(&self, s: &str) -> String {
        if self.style.color {
            format!("\x1b[1m{}\x1b[0m", plain(s))
        } else {
            plain(s)
        }
    }

    /// The pending heading as a line of its own, if there is one.
    fn flush(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if let Some(h) = self.pending.take() {
            writeln!(out, "{}", self.bold(&h))?;
        }
        Ok(())
    }

    /// A box of text, headed by the pending heading when there is one.
    fn boxed(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        let mut t = self.grid();
        if let Some(h) = self.pending.take() {
            t.set_header(vec![self.head(&h)]);
        }
        t.add_row(vec![plain(text)]);
        writeln!(out, "{t}")
    }
}

/// A bar of Unicode blocks showing `value` as a share of `max`, `width` cells at most.
pub fn bar(value: usize, max: usize, width: usize) -> String {
    if max == 0 || value == 0 {
        return String::new();
    }
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    let eighths = (value * width * 8).div_ceil(max).max(1);
    let mut s = "█".repeat(eighths / 8);
    if let Some(&part) = (eighths % 8).checked_sub(1).and_then(|k| PARTS.get(k)) {
        s.push(part);
    }
    s
}

fn fact_text(v: &FactValue) -> String {
    match v {
        FactValue::Person(None) => "—".to_string(),
        FactValue::Person(Some(p)) => [
            Some(p.name.as_str()),
            Some(p.from.as_str()),
            p.office.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n"),
        FactValue::Tags(t) if t.is_empty() => "—".to_string(),
        FactValue::Tags(t) => t
            .iter()
            .map(|(label, _)| label.as_str())
            .collect::<Vec<_>>()
            .join(" · "),
        FactValue::Text(t) => t.clone(),
    }
}

impl Markup for TableMarkup {
    fn start(&mut self, title: &str, meta: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", self.bold(title))?;
        if !meta.is_empty() {
            writeln!(out, "{}", plain(meta))?;
        }
        Ok(())
    }

    fn heading(&mut self, text: &str, _level: u8, out: &mut dyn Write) -> io::Result<()> {
        self.flush(out)?;
        self.pending = Some(text.to_string());
        Ok(())
    }

    fn facts(&mut self, facts: &[Fact], out: &mut dyn Write) -> io::Result<()> {
        self.flush(out)?;
        let mut t = self.grid();
        for f in facts {
            t.add_row(vec![
                self.head(&f.label),
                Cell::new(plain(&fact_text(&f.value))),
            ]);
        }
        writeln!(out, "{t}")
    }

    fn prose(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        self.boxed(text, out)
    }

    fn asks(&mut self, asks: &[Ask], out: &mut dyn Write) -> io::Result<()> {
        let mut t = self.grid();
        let h = self.pending.take().unwrap_or_default();
        t.set_header(vec![
            self.head(&h),
            self.head("Asked by"),
            self.head("Government reply"),
        ]);
        for a in asks {
            let reply = match &a.reply {
                Some(r) => format!("{}: {r}", a.verdict),
                None => a.verdict.clone(),
            };
            t.add_row(vec![plain(&a.text), plain(&a.by), plain(&reply)]);
        }
        writeln!(out, "{t}")
    }

    fn positions(&mut self, positions: &[Position], out: &mut dyn Write) -> io::Result<()> {
        let mut t = self.grid();
        let h = self.pending.take().unwrap_or_default();
        t.set_header(vec![self.head(&h), self.head("Stance")]);
        for p in positions {
            t.add_row(vec![
                plain(&format!("{}\n— {}", p.text, p.by)),
                plain(&p.stance),
            ]);
        }
        writeln!(out, "{t}")
    }

    fn speakers(&mut self, parts: &[SpeakerPart], out: &mut dyn Write) -> io::Result<()> {
        self.flush(out)?;
        let mut t = self.grid();
        t.set_header(["Speaker", "Role", "Words", "Summary"].map(|h| self.head(h)));
        t.set_constraints(vec![
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(12),
                upper: Width::Percentage(26),
            },
            ColumnConstraint::ContentWidth,
            ColumnConstraint::ContentWidth,
            ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ]);
        let max = parts.iter().map(|x| x.words).max().unwrap_or(0);
        for p in parts {
            let who = if p.from.is_empty() {
                p.name.clone()
            } else {
                format!("{}\n{}", p.name, p.from)
            };
            let turns = match p.contributions {
                1 => "1 turn".to_string(),
                n => format!("{n} turns"),
            };
            t.add_row(vec![
                plain(&who),
                p.role.label().to_string(),
                format!(
                    "{}\n{}\n{turns}",
                    super::thousands(p.words),
                    bar(p.words, max, 6)
                ),
                plain(&p.summary),
            ]);
        }
        writeln!(out, "{t}")
    }

    fn table(&mut self, table: &Table, out: &mut dyn Write) -> io::Result<()> {
        self.flush(out)?;
        let mut t = self.grid();
        t.set_header(table.columns.iter().map(|(h, _)| self.head(h)));
        for row in &table.rows {
            t.add_row(row.iter().map(|c| plain(c)));
        }
        for (i, (_, kind)) in table.columns.iter().enumerate() {
            if let Some(col) = t.column_mut(i) {
                if *kind == Col::Number {
                    col.set_cell_alignment(CellAlignment::Right);
                }
                if *kind != Col::Text {
                    col.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
        }
        writeln!(out, "{t}")
    }

    fn list(&mut self, items: &[String], out: &mut dyn Write) -> io::Result<()> {
        self.boxed(&items.join("\n"), out)
    }

    fn note(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        if self.pending.is_some() {
            self.boxed(text, out)
        } else {
            writeln!(out, "{}", plain(text))
        }
    }

    fn end_section(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.flush(out)
    }

    fn between(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn bars_scale() {
        assert_eq!(super::bar(10, 10, 4), "████");
        assert_eq!(super::bar(5, 10, 4), "██");
        assert_eq!(super::bar(0, 10, 4), "");
        assert_eq!(super::bar(1, 100, 4), "▏");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(super::plain("a\x1b[31mb\nc"), "a\u{FFFD}[31mb\nc");
    }
}
