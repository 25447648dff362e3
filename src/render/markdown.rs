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

/// Writes one debate.
pub fn debate(s: &Summary, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}\n", para(&s.title))?;
    let meta = super::meta_line(s);
    if !meta.is_empty() {
        writeln!(out, "*{}*\n", para(&meta))?;
    }
    writeln!(out, "| | |\n|---|---|")?;
    writeln!(out, "| **Lead MP** | {} |", person(&s.lead, false))?;
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
    if s.key_requests.is_empty() {
        writeln!(out, "None found in this transcript.\n")?;
    }
    for r in &s.key_requests {
        writeln!(
            out,
            "> {}\n>\n> — {}\n",
            para(&r.text),
            para(&r.askers.join(", "))
        )?;
        match &r.answer {
            Some(a) => writeln!(
                out,
                "**Answered** ({}): {}\n",
                para(&a.speaker),
                para(&a.text)
            )?,
            None => writeln!(out, "*No reply found in the Government response.*\n")?,
        }
    }
    if !s.questions.is_empty() {
        writeln!(
            out,
            "## Questions to the Minister\n\n{} of {} answered.\n",
            s.questions_answered,
            s.questions.len()
        )?;
        writeln!(out, "| Question | Asked by | Reply |\n|---|---|---|")?;
        for q in &s.questions {
            let reply = q
                .answer
                .as_ref()
                .map(|a| cell(&a.text))
                .unwrap_or_else(|| "No reply found".into());
            writeln!(
                out,
                "| {} | {} | {} |",
                cell(&q.text),
                cell(&q.speaker),
                reply
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## How the Debate Unfolded\n")?;
    writeln!(
        out,
        "| Speaker | Role | Party | Constituency | Words | Contributions | Summary |"
    )?;
    writeln!(out, "|---|---|---|---|---:|---:|---|")?;
    for sp in &s.speakers {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&sp.name),
            sp.role.label(),
            cell(sp.party.as_deref().unwrap_or("")),
            cell(sp.constituency.as_deref().unwrap_or("")),
            thousands(sp.words),
            sp.contributions,
            cell(&sp.summary)
        )?;
    }
    writeln!(out)?;
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
