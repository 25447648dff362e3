//! `--format markdown`: the At-a-Glance layout as a Markdown report.

use super::table::OverviewRow;
use super::{Renderer, thousands, where_from};
use crate::model::{Role, Speaker, Summary};
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// Markdown writer; same overview rules as the table.
pub struct Markdown {
    detail: bool,
    many_inputs: bool,
    rows: Vec<OverviewRow>,
}

impl Markdown {
    /// A renderer for one input or a batch.
    pub fn new(detail: bool, many_inputs: bool) -> Self {
        Markdown {
            detail,
            many_inputs,
            rows: Vec::new(),
        }
    }
}

/// Escapes text for a table cell: pipes and line breaks.
pub fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Escapes text for a paragraph: characters that would start markup.
pub fn para(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#' | '|' | '\\'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn overview(rows: &[OverviewRow], out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "| File | Title | Date | Lead | Minister | Speakers | Words |"
    )?;
    writeln!(out, "|---|---|---|---|---|---:|---:|")?;
    for r in rows {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&r.file),
            cell(&r.title),
            cell(&r.date),
            cell(&r.lead),
            cell(&r.minister),
            thousands(r.speakers),
            thousands(r.words)
        )?;
    }
    writeln!(out)
}

fn person(p: &Option<Speaker>, office: bool) -> String {
    match p {
        None => "—".to_string(),
        Some(p) => {
            let mut s = cell(&p.name);
            let from = where_from(p);
            if !from.is_empty() {
                s.push_str(&format!(" ({})", cell(&from)));
            }
            if office && let Some(o) = &p.office {
                s.push_str(&format!(", {}", cell(o)));
            }
            s
        }
    }
}

/// The verdict on a request and the deciding reply, under the request.
fn asked_and_answered(
    verdict: crate::model::Verdict,
    answer: Option<&crate::model::Answer>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let head = super::report::verdict_head(verdict, answer);
    match answer {
        Some(a) => writeln!(out, "**{}**: {}\n", para(&head), para(&a.text)),
        None => writeln!(out, "**{}**\n", para(&head)),
    }
}

/// Writes one debate.
pub fn debate(s: &Summary, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}\n", para(&s.title))?;
    let meta = super::meta_line(s);
    if !meta.is_empty() {
        writeln!(out, "*{}*\n", para(&meta))?;
    }
    writeln!(out, "| | |\n|---|---|")?;
    writeln!(
        out,
        "| **{}** | {} |",
        super::report::opener_label(s),
        person(&s.lead, false)
    )?;
    writeln!(
        out,
        "| **Responding Minister** | {} |",
        person(&s.minister, true)
    )?;
    let tags = s
        .tags
        .iter()
        .map(|t| cell(&t.label))
        .collect::<Vec<_>>()
        .join(", ");
    writeln!(
        out,
        "| **Tags** | {} |",
        if tags.is_empty() { "—".into() } else { tags }
    )?;
    writeln!(out, "| **Word Count** | {} |", thousands(s.word_count))?;
    writeln!(
        out,
        "| **Other Contributors** | {} |\n",
        s.other_contributors
    )?;
    writeln!(out, "## At a Glance\n\n{}\n", para(&s.at_a_glance))?;
    writeln!(out, "## Key Requests to Government\n")?;
    let (shown, more) = super::report::requests_shown(s);
    if shown.is_empty() {
        writeln!(out, "{}\n", super::report::NO_REQUESTS)?;
    }
    for r in shown {
        writeln!(
            out,
            "> {}\n>\n> — {}\n",
            para(&r.text),
            para(&r.askers.join(", "))
        )?;
        asked_and_answered(r.verdict, r.answer.as_ref(), out)?;
    }
    if let Some(m) = super::report::more_text(more) {
        writeln!(out, "*{}*\n", para(&m))?;
    }
    if !s.questions.is_empty() {
        writeln!(
            out,
            "## Questions to the Minister\n\n{} of {} answered.\n",
            s.questions_answered,
            s.questions.len()
        )?;
        for q in &s.questions {
            writeln!(out, "- **{}**: {}", para(&q.speaker), para(&q.text))?;
            match &q.answer {
                Some(a) => writeln!(
                    out,
                    "  - *{}*: {}",
                    para(&super::report::verdict_head(q.verdict, Some(a))),
                    para(&a.text)
                )?,
                None => writeln!(out, "  - *{}*", q.verdict.label())?,
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "## Government positions\n")?;
    let positions = super::report::positions(s);
    if positions.is_empty() {
        writeln!(out, "{}\n", super::report::NO_POSITIONS)?;
    }
    for (stance, speaker, text) in &positions {
        writeln!(out, "- **{stance}** ({}): {}", para(speaker), para(text))?;
    }
    if !positions.is_empty() {
        writeln!(out)?;
    }
    writeln!(out, "## How the Debate Unfolded\n")?;
    for sp in &s.speakers {
        let from = super::where_from(sp);
        let turns = match sp.contributions {
            1 => "1 contribution".to_string(),
            n => format!("{n} contributions"),
        };
        writeln!(
            out,
            "### {}\n\n*{}{}* · {} words · {turns}\n",
            para(&sp.name),
            sp.role.label(),
            if from.is_empty() {
                String::new()
            } else {
                format!(", {}", para(&from))
            },
            thousands(sp.words)
        )?;
        if !sp.summary.is_empty() {
            writeln!(out, "{}\n", para(&sp.summary))?;
        }
    }
    writeln!(out, "## Government Response\n")?;
    match s
        .speakers
        .iter()
        .find(|x| x.role == Role::Minister)
        .or(s.minister.as_ref())
    {
        Some(m) if !s.government_response.is_empty() => writeln!(
            out,
            "**{}**\n\n{}\n",
            para(&m.name),
            para(&s.government_response)
        )?,
        _ => writeln!(out, "No Government reply in this transcript.\n")?,
    }
    let votes = super::report::division_lines(s);
    if !votes.is_empty() {
        writeln!(out, "## Divisions\n")?;
        for v in &votes {
            writeln!(out, "- {v}")?;
        }
        writeln!(out)?;
    }
    if !s.warnings.is_empty() {
        writeln!(out, "## Notes\n")?;
        for w in &s.warnings {
            writeln!(out, "- {}", para(w))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

impl Renderer for Markdown {
    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        if self.many_inputs {
            self.rows.extend(summaries.iter().map(OverviewRow::of));
            if self.detail {
                for s in summaries {
                    debate(s, out)?;
                }
            }
            return Ok(());
        }
        if summaries.len() > 1 {
            let rows: Vec<OverviewRow> = summaries.iter().map(OverviewRow::of).collect();
            overview(&rows, out)?;
        }
        for s in summaries {
            debate(s, out)?;
        }
        Ok(())
    }

    fn end(
        &mut self,
        failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        if self.many_inputs && !self.rows.is_empty() {
            writeln!(out, "# Overview\n")?;
            overview(&self.rows, out)?;
        }
        if let Some(r) = rollup {
            writeln!(
                out,
                "# Roll-up: {} debates, {} words\n",
                thousands(r.debates),
                thousands(r.words)
            )?;
            writeln!(
                out,
                "## Members who spoke most\n\n| Member | Party | Constituency | Words | Debates |\n|---|---|---|---:|---:|"
            )?;
            for m in &r.members {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    cell(&m.name),
                    cell(m.party.as_deref().unwrap_or("")),
                    cell(m.constituency.as_deref().unwrap_or("")),
                    thousands(m.words),
                    m.debates
                )?;
            }
            writeln!(
                out,
                "\n## Ministers who answered most\n\n| Minister | Office | Debates | Words |\n|---|---|---:|---:|"
            )?;
            for m in &r.ministers {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    cell(&m.name),
                    cell(m.office.as_deref().unwrap_or("")),
                    m.debates,
                    thousands(m.words)
                )?;
            }
            writeln!(
                out,
                "\n## Most frequent tags\n\n| Tag | Debates |\n|---|---:|"
            )?;
            for t in &r.tags {
                writeln!(out, "| {} | {} |", cell(&t.label), t.debates)?;
            }
            writeln!(out)?;
        }
        if !failures.is_empty() {
            writeln!(out, "## Failures\n")?;
            for f in failures {
                writeln!(out, "- `{}`: {}", f.path.replace('`', "'"), para(&f.error))?;
            }
        }
        Ok(())
    }
}
