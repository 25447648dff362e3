//! `--format table`: the At-a-Glance layout for the terminal, with comfy-table. Width and
//! colour come from `Style`; nothing here probes the terminal.

use super::{Renderer, Style, thousands};
use crate::model::{Role, Speaker, Summary};
use crate::rollup::Rollup;
use crate::schema::Failure;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};
use std::io::{self, Write};

/// Table writer. With several inputs it prints an overview at the end (and each debate in
/// full as it comes with `detail`); with one input, the overview first when it holds several
/// debates, then each debate in full.
pub struct TableRenderer {
    style: Style,
    many_inputs: bool,
    rows: Vec<OverviewRow>,
}

/// One line of the overview.
#[derive(Debug, Clone)]
pub struct OverviewRow {
    pub file: String,
    pub title: String,
    pub date: String,
    pub lead: String,
    pub minister: String,
    pub speakers: usize,
    pub words: usize,
}

impl OverviewRow {
    /// The overview line of a debate.
    pub fn of(s: &Summary) -> Self {
        let file = std::path::Path::new(&s.source.path)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| s.source.path.clone());
        OverviewRow {
            file,
            title: s.title.clone(),
            date: s.date.clone().unwrap_or_default(),
            lead: s
                .lead
                .as_ref()
                .map(|l| l.name.clone())
                .unwrap_or_else(|| "—".into()),
            minister: s
                .minister
                .as_ref()
                .map(|m| m.name.clone())
                .unwrap_or_else(|| "—".into()),
            speakers: s.speakers.iter().filter(|x| x.role != Role::Chair).count(),
            words: s.word_count,
        }
    }
}

impl TableRenderer {
    /// A renderer for one input (`many_inputs` false) or a batch.
    pub fn new(style: Style, many_inputs: bool) -> Self {
        TableRenderer {
            style,
            many_inputs,
            rows: Vec::new(),
        }
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.style.width);
        if !self.style.color {
            t.force_no_tty();
        }
        t
    }

    fn head(&self, s: &str) -> Cell {
        let c = Cell::new(s);
        if self.style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }

    fn overview(&self, rows: &[OverviewRow], out: &mut dyn Write) -> io::Result<()> {
        let mut t = self.table();
        t.set_header(
            [
                "File", "Title", "Date", "Lead", "Minister", "Speakers", "Words",
            ]
            .map(|h| self.head(h)),
        );
        for r in rows {
            t.add_row(vec![
                r.file.clone(),
                r.title.clone(),
                r.date.clone(),
                r.lead.clone(),
                r.minister.clone(),
                thousands(r.speakers),
                thousands(r.words),
            ]);
        }
        writeln!(out, "{t}")
    }

    /// Writes one debate in the At-a-Glance layout.
    pub fn debate(&self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let title = if self.style.color {
            format!("\x1b[1m{}\x1b[0m", s.title)
        } else {
            s.title.clone()
        };
        writeln!(out, "{title}")?;
        let meta = super::meta_line(s);
        if !meta.is_empty() {
            writeln!(out, "{meta}")?;
        }
        let mut facts = self.table();
        let person = |p: &Option<Speaker>, office: bool| match p {
            Some(p) => {
                let mut lines = vec![p.name.clone()];
                let from = super::where_from(p);
                if !from.is_empty() {
                    lines.push(from);
                }
                if office && let Some(o) = &p.office {
                    lines.push(o.clone());
                }
                lines.join("\n")
            }
            None => "—".to_string(),
        };
        facts.add_row(vec![
            self.head(super::report::opener_label(s)),
            Cell::new(person(&s.lead, false)),
        ]);
        facts.add_row(vec![
            self.head("Responding Minister"),
            Cell::new(person(&s.minister, true)),
        ]);
        let tags = if s.tags.is_empty() {
            "—".to_string()
        } else {
            s.tags
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>()
                .join(" · ")
        };
        facts.add_row(vec![self.head("Tags"), Cell::new(tags)]);
        facts.add_row(vec![
            self.head("Word Count"),
            Cell::new(thousands(s.word_count)),
        ]);
        facts.add_row(vec![
            self.head("Other Contributors"),
            Cell::new(s.other_contributors.to_string()),
        ]);
        writeln!(out, "{facts}")?;

        self.section("At a Glance", &s.at_a_glance, out)?;

        let mut req = self.table();
        req.set_header(vec![
            self.head("Key Requests to Government"),
            self.head("Asked by"),
            self.head("Government reply"),
        ]);
        let (shown, more) = super::report::requests_shown(s);
        if shown.is_empty() {
            req.add_row(vec![super::report::NO_REQUESTS, "", ""]);
        }
        for r in shown {
            let reply = super::report::reply_line(r.verdict, r.answer.as_ref());
            req.add_row(vec![r.text.clone(), r.askers.join(", "), reply]);
        }
        writeln!(out, "{req}")?;
        if let Some(m) = super::report::more_text(more) {
            writeln!(out, "{m}")?;
        }
        if !s.questions.is_empty() {
            let mut q = self.table();
            q.set_header(vec![
                self.head(&format!(
                    "Questions to the Minister ({} of {} answered)",
                    s.questions_answered,
                    s.questions.len()
                )),
                self.head("Asked by"),
                self.head("Government reply"),
            ]);
            for x in &s.questions {
                let reply = super::report::reply_line(x.verdict, x.answer.as_ref());
                q.add_row(vec![x.text.clone(), x.speaker.clone(), reply]);
            }
            writeln!(out, "{q}")?;
        }
        let mut pos = self.table();
        pos.set_header(vec![self.head("Government positions"), self.head("Stance")]);
        let positions = super::report::positions(s);
        if positions.is_empty() {
            pos.add_row(vec![super::report::NO_POSITIONS, ""]);
        }
        for (stance, speaker, text) in positions {
            pos.add_row(vec![format!("{text}\n— {speaker}"), stance.to_string()]);
        }
        writeln!(out, "{pos}")?;

        writeln!(out, "{}", self.heading("How the Debate Unfolded"))?;
        let mut how = self.table();
        how.set_header(["Speaker", "Role", "Words", "Summary"].map(|h| self.head(h)));
        how.set_constraints(vec![
            ColumnConstraint::Boundaries {
                lower: Width::Fixed(12),
                upper: Width::Percentage(26),
            },
            ColumnConstraint::ContentWidth,
            ColumnConstraint::ContentWidth,
            ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ]);
        let max = s.speakers.iter().map(|x| x.words).max().unwrap_or(0);
        for sp in &s.speakers {
            let mut who = sp.name.clone();
            let from = super::where_from(sp);
            if !from.is_empty() {
                who.push('\n');
                who.push_str(&from);
            }
            let turns = match sp.contributions {
                1 => "1 turn".to_string(),
                n => format!("{n} turns"),
            };
            how.add_row(vec![
                who,
                sp.role.label().to_string(),
                format!(
                    "{}\n{}\n{turns}",
                    thousands(sp.words),
                    bar(sp.words, max, 6)
                ),
                sp.summary.clone(),
            ]);
        }
        writeln!(out, "{how}")?;
        let response = if s.government_response.is_empty() {
            "No Government reply in this transcript."
        } else {
            &s.government_response
        };
        self.section("Government Response", response, out)?;
        let votes = super::report::division_lines(s);
        if !votes.is_empty() {
            self.section("Divisions", &votes.join("\n"), out)?;
        }
        if !s.warnings.is_empty() {
            self.section("Notes", &s.warnings.join("\n"), out)?;
        }
        Ok(())
    }

    fn heading(&self, s: &str) -> String {
        if self.style.color {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn section(&self, head: &str, body: &str, out: &mut dyn Write) -> io::Result<()> {
        let mut t = self.table();
        t.set_header(vec![self.head(head)]);
        t.add_row(vec![body]);
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

impl Renderer for TableRenderer {
    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        if self.many_inputs {
            self.rows.extend(summaries.iter().map(OverviewRow::of));
            if self.style.detail {
                for s in summaries {
                    self.debate(s, out)?;
                    writeln!(out)?;
                }
            }
            return Ok(());
        }
        if summaries.len() > 1 {
            let rows: Vec<OverviewRow> = summaries.iter().map(OverviewRow::of).collect();
            self.overview(&rows, out)?;
            writeln!(out)?;
        }
        for (i, s) in summaries.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            self.debate(s, out)?;
        }
        Ok(())
    }

    fn end(
        &mut self,
        _failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        if self.many_inputs && !self.rows.is_empty() {
            let rows = std::mem::take(&mut self.rows);
            self.overview(&rows, out)?;
        }
        if let Some(r) = rollup {
            writeln!(
                out,
                "{}",
                self.heading(&format!(
                    "Roll-up: {} debates, {} words",
                    thousands(r.debates),
                    thousands(r.words)
                ))
            )?;
            let mut t = self.table();
            t.set_header(
                [
                    "Members who spoke most",
                    "Party",
                    "Constituency",
                    "Words",
                    "Debates",
                ]
                .map(|h| self.head(h)),
            );
            for m in &r.members {
                t.add_row(vec![
                    m.name.clone(),
                    m.party.clone().unwrap_or_default(),
                    m.constituency.clone().unwrap_or_default(),
                    thousands(m.words),
                    thousands(m.debates),
                ]);
            }
            writeln!(out, "{t}")?;
            let mut t = self.table();
            t.set_header(
                ["Ministers who answered most", "Office", "Debates", "Words"].map(|h| self.head(h)),
            );
            for m in &r.ministers {
                t.add_row(vec![
                    m.name.clone(),
                    m.office.clone().unwrap_or_default(),
                    thousands(m.debates),
                    thousands(m.words),
                ]);
            }
            writeln!(out, "{t}")?;
            let mut t = self.table();
            t.set_header(["Most frequent tags", "Debates"].map(|h| self.head(h)));
            for x in &r.tags {
                t.add_row(vec![x.label.clone(), thousands(x.debates)]);
            }
            writeln!(out, "{t}")?;
        }
        Ok(())
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
}
