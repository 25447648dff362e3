//! `--format markdown`: the report as Markdown that reads well once rendered: facts in a
//! two-column table, asks as quotations with the verdict under each, speakers as headings
//! and paragraphs. Every character of a transcript that could start Markdown or HTML markup
//! is escaped, in table cells as in paragraphs.

use super::markup::{Markup, Paged};
use super::report::{Ask, Col, Fact, FactValue, Position, SpeakerPart, Table};
use std::io::{self, Write};

/// The Markdown format's markup.
#[derive(Default)]
pub struct MarkdownMarkup;

/// The Markdown renderer: the report model in Markdown.
pub type Markdown = Paged<MarkdownMarkup>;

/// A renderer for one input or a batch.
pub fn renderer(detail: bool, many_inputs: bool) -> Markdown {
    Paged::new(MarkdownMarkup, many_inputs, detail)
}

/// Escapes text for a paragraph or a table cell: every character that could start markup
/// (emphasis, code, links, HTML, headings, tables) is backslashed; line breaks become spaces.
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#' | '|' | '\\' | '&' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn fact_text(v: &FactValue) -> String {
    match v {
        FactValue::Person(None) => "—".to_string(),
        FactValue::Person(Some(p)) => {
            let mut s = md(&p.name);
            if !p.from.is_empty() {
                s.push_str(&format!(" ({})", md(&p.from)));
            }
            if let Some(o) = &p.office {
                s.push_str(&format!(", {}", md(o)));
            }
            s
        }
        FactValue::Tags(t) if t.is_empty() => "—".to_string(),
        FactValue::Tags(t) => t
            .iter()
            .map(|(label, _)| md(label))
            .collect::<Vec<_>>()
            .join(", "),
        FactValue::Text(t) => md(t),
    }
}

impl Markup for MarkdownMarkup {
    fn start(&mut self, title: &str, meta: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "# {}\n", md(title))?;
        if !meta.is_empty() {
            writeln!(out, "*{}*\n", md(meta))?;
        }
        Ok(())
    }

    fn heading(&mut self, text: &str, level: u8, out: &mut dyn Write) -> io::Result<()> {
        let hashes = "#".repeat(usize::from(level.clamp(1, 6)));
        writeln!(out, "{hashes} {}\n", md(text))
    }

    fn facts(&mut self, facts: &[Fact], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "| | |\n|---|---|")?;
        for f in facts {
            writeln!(out, "| **{}** | {} |", md(&f.label), fact_text(&f.value))?;
        }
        writeln!(out)
    }

    fn prose(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}\n", md(text))
    }

    fn asks(&mut self, asks: &[Ask], out: &mut dyn Write) -> io::Result<()> {
        for a in asks {
            writeln!(out, "> {}\n>\n> — {}\n", md(&a.text), md(&a.by))?;
            match &a.reply {
                Some(r) => writeln!(out, "**{}**: {}\n", md(&a.verdict), md(r))?,
                None => writeln!(out, "**{}**\n", md(&a.verdict))?,
            }
        }
        Ok(())
    }

    fn positions(&mut self, positions: &[Position], out: &mut dyn Write) -> io::Result<()> {
        for p in positions {
            writeln!(
                out,
                "- **{}** ({}): {}",
                md(&p.stance),
                md(&p.by),
                md(&p.text)
            )?;
        }
        writeln!(out)
    }

    fn speakers(&mut self, parts: &[SpeakerPart], out: &mut dyn Write) -> io::Result<()> {
        for p in parts {
            let from = if p.from.is_empty() {
                String::new()
            } else {
                format!(", {}", md(&p.from))
            };
            writeln!(
                out,
                "### {}\n\n*{}{from}* · {} words · {}\n",
                md(&p.name),
                p.role.label(),
                super::thousands(p.words),
                super::report::contributions_text(p.contributions)
            )?;
            if !p.summary.is_empty() {
                writeln!(out, "{}\n", md(&p.summary))?;
            }
        }
        Ok(())
    }

    fn table(&mut self, table: &Table, out: &mut dyn Write) -> io::Result<()> {
        let head: Vec<&str> = table.columns.iter().map(|(h, _)| *h).collect();
        writeln!(out, "| {} |", head.join(" | "))?;
        let rule: Vec<&str> = table
            .columns
            .iter()
            .map(|(_, c)| if *c == Col::Number { "---:" } else { "---" })
            .collect();
        writeln!(out, "|{}|", rule.join("|"))?;
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(|c| md(c)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        writeln!(out)
    }

    fn list(&mut self, items: &[String], out: &mut dyn Write) -> io::Result<()> {
        for i in items {
            writeln!(out, "- {}", md(i))?;
        }
        writeln!(out)
    }

    fn note(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "*{}*\n", md(text))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_in_a_transcript_is_text() {
        assert_eq!(
            super::md("<img src=x onerror=alert(1)> | *x*"),
            "\\<img src=x onerror=alert(1)\\> \\| \\*x\\*"
        );
    }
}
