//! `--format html`: one self-contained page per run (inline CSS, no scripts, no external
//! assets) with the At-a-Glance summary of every debate and an inline SVG chart of each
//! speaker's words and contributions, coloured by role. Readable printed or on a phone.

use super::table::OverviewRow;
use super::{Renderer, thousands, where_from};
use crate::model::{Role, Speaker, Summary};
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// HTML page writer.
#[derive(Default)]
pub struct Html {
    rows: Vec<OverviewRow>,
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root{--ink:#0b0c0c;--muted:#505a5f;--rule:#b1b4b6;--lead:#1d70b8;--minister:#00703c;--shadow:#d4351c;--chair:#6f777b;--member:#4c2c92}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
article{border-top:4px solid var(--ink);padding-top:1rem;margin-bottom:3rem}
h1{font-size:1.8rem;line-height:1.2;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem}
.meta{color:var(--muted);margin:0}
dl.facts{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.3rem 1rem;margin:0}
dl.facts dt{font-weight:700}dl.facts dd{margin:0}
.tag{display:inline-block;border:1px solid var(--rule);border-radius:1rem;padding:0 .6rem;margin:0 .3rem .3rem 0;font-size:.9rem}
blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:4px solid var(--lead);background:#f3f2f1}
.who{color:var(--muted);margin:.1rem 0}.answer{margin:.2rem 0 1rem}.unanswered{color:var(--shadow)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--rule);padding:.4rem .5rem}
td.num{text-align:right;white-space:nowrap}
.role{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.role-lead{color:var(--lead)}.role-minister{color:var(--minister)}.role-shadow_minister{color:var(--shadow)}.role-chair{color:var(--chair)}.role-member{color:var(--member)}
svg{width:100%;height:auto;max-width:100%}
.notes{color:var(--muted);font-size:.9rem}
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{display:none}table.cards tr{border-bottom:2px solid var(--rule);padding:.4rem 0}
table.cards td{border:0;padding:.1rem 0;text-align:left}
table.cards td[data-label]:before{content:attr(data-label) ': ';font-weight:700}}
@media print{main{max-width:none}article{break-before:page}a{color:inherit}}
";

fn role_class(r: Role) -> &'static str {
    match r {
        Role::Lead => "lead",
        Role::Minister => "minister",
        Role::ShadowMinister => "shadow_minister",
        Role::Chair => "chair",
        Role::Member => "member",
    }
}

fn colour(r: Role) -> &'static str {
    match r {
        Role::Lead => "#1d70b8",
        Role::Minister => "#00703c",
        Role::ShadowMinister => "#d4351c",
        Role::Chair => "#6f777b",
        Role::Member => "#4c2c92",
    }
}

/// A horizontal bar chart of each speaker's words, with their contributions beside it.
pub fn chart(speakers: &[Speaker]) -> String {
    let max = speakers.iter().map(|s| s.words).max().unwrap_or(0).max(1);
    let row = 26;
    let height = row * speakers.len() + 24;
    let mut svg = format!(
        "<svg viewBox=\"0 0 480 {height}\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\"><title>Words spoken and contributions by speaker</title>"
    );
    for (i, s) in speakers.iter().enumerate() {
        let y = 8 + i * row;
        let w = ((s.words as f64 / max as f64) * 220.0).round() as usize;
        let name: String = s.name.chars().take(22).collect();
        svg.push_str(&format!(
            "<text x=\"150\" y=\"{ty}\" text-anchor=\"end\" font-size=\"13\" fill=\"#0b0c0c\">{name}</text>\
             <rect x=\"158\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"{fill}\"><title>{full}: {words} words, {c} contributions ({role})</title></rect>\
             <text x=\"{tx}\" y=\"{ty}\" font-size=\"12\" fill=\"#505a5f\">{words_h} · {c}</text>",
            ty = y + 13,
            name = esc(&name),
            fill = colour(s.role),
            full = esc(&s.name),
            words = s.words,
            c = s.contributions,
            role = s.role.label(),
            tx = 164 + w,
            words_h = thousands(s.words),
        ));
    }
    let ly = height - 6;
    let mut x = 10;
    for r in [
        Role::Lead,
        Role::Minister,
        Role::ShadowMinister,
        Role::Member,
        Role::Chair,
    ] {
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"{ry}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{tx}\" y=\"{ly}\" font-size=\"11\" fill=\"#505a5f\">{}</text>",
            colour(r),
            r.label(),
            ry = ly - 9,
            tx = x + 14
        ));
        x += 26 + r.label().len() * 7;
    }
    svg.push_str("</svg>");
    svg
}

fn person(p: &Option<Speaker>, office: bool) -> String {
    match p {
        None => "—".into(),
        Some(p) => {
            let mut s = format!("<strong>{}</strong>", esc(&p.name));
            let from = where_from(p);
            if !from.is_empty() {
                s.push_str(&format!("<br>{}", esc(&from)));
            }
            if office && let Some(o) = &p.office {
                s.push_str(&format!("<br>{}", esc(o)));
            }
            s
        }
    }
}

/// Writes one debate as an article.
pub fn debate(s: &Summary, out: &mut dyn Write) -> io::Result<()> {
    let meta = super::meta_line(s);
    writeln!(
        out,
        "<article>\n<header><p class=\"meta\">{}</p><h1>{}</h1></header>",
        esc(&meta),
        esc(&s.title)
    )?;
    writeln!(out, "<dl class=\"facts\">")?;
    writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        super::report::opener_label(s),
        person(&s.lead, false)
    )?;
    writeln!(
        out,
        "<dt>Responding Minister</dt><dd>{}</dd>",
        person(&s.minister, true)
    )?;
    let tags: String = s
        .tags
        .iter()
        .map(|t| {
            format!(
                "<span class=\"tag\" title=\"{}\">{}</span>",
                esc(&t.evidence.join(", ")),
                esc(&t.label)
            )
        })
        .collect();
    writeln!(
        out,
        "<dt>Tags</dt><dd>{}</dd>",
        if tags.is_empty() { "—".into() } else { tags }
    )?;
    writeln!(
        out,
        "<dt>Word Count</dt><dd>{}</dd>",
        thousands(s.word_count)
    )?;
    writeln!(
        out,
        "<dt>Other Contributors</dt><dd>{}</dd>\n</dl>",
        s.other_contributors
    )?;
    writeln!(
        out,
        "<section><h2>At a Glance</h2><p>{}</p></section>",
        esc(&s.at_a_glance)
    )?;
    writeln!(out, "<section><h2>Key Requests to Government</h2>")?;
    let (shown, more) = super::report::requests_shown(s);
    if shown.is_empty() {
        writeln!(out, "<p>{}</p>", super::report::NO_REQUESTS)?;
    }
    for r in shown {
        writeln!(
            out,
            "<blockquote>{}</blockquote><p class=\"who\">— {}</p>",
            esc(&r.text),
            esc(&r.askers.join(", "))
        )?;
        let head = esc(&super::report::verdict_head(r.verdict, r.answer.as_ref()));
        match &r.answer {
            Some(a) => writeln!(
                out,
                "<p class=\"answer\"><strong>{head}</strong>: {}</p>",
                esc(&a.text)
            )?,
            None => writeln!(
                out,
                "<p class=\"answer unanswered\"><strong>{head}</strong></p>"
            )?,
        }
    }
    if let Some(m) = super::report::more_text(more) {
        writeln!(out, "<p class=\"more\">{}</p>", esc(&m))?;
    }
    writeln!(out, "</section>")?;
    if !s.questions.is_empty() {
        writeln!(
            out,
            "<section><h2>Questions to the Minister</h2><p>{} of {} answered.</p><table class=\"cards\"><thead><tr><th>Question</th><th>Asked by</th><th>Reply</th></tr></thead><tbody>",
            s.questions_answered,
            s.questions.len()
        )?;
        for q in &s.questions {
            let head = esc(&super::report::verdict_head(q.verdict, q.answer.as_ref()));
            let reply = match &q.answer {
                Some(a) => format!("<strong>{head}</strong>: {}", esc(&a.text)),
                None => format!("<span class=\"unanswered\">{head}</span>"),
            };
            writeln!(
                out,
                "<tr><td>{}</td><td data-label=\"Asked by\">{}</td><td data-label=\"Reply\">{}</td></tr>",
                esc(&q.text),
                esc(&q.speaker),
                reply
            )?;
        }
        writeln!(out, "</tbody></table></section>")?;
    }
    writeln!(out, "<section><h2>Government positions</h2>")?;
    let positions = super::report::positions(s);
    if positions.is_empty() {
        writeln!(out, "<p>{}</p>", super::report::NO_POSITIONS)?;
    } else {
        writeln!(out, "<ul class=\"positions\">")?;
        for (stance, speaker, text) in &positions {
            writeln!(
                out,
                "<li><strong>{}</strong> ({}): {}</li>",
                esc(stance),
                esc(speaker),
                esc(text)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</section>")?;
    writeln!(
        out,
        "<section><h2>How the Debate Unfolded</h2>\n{}",
        chart(&s.speakers)
    )?;
    writeln!(
        out,
        "<table class=\"cards\"><thead><tr><th>Speaker</th><th>Role</th><th>Words</th><th>Contributions</th><th>Summary</th></tr></thead><tbody>"
    )?;
    for sp in &s.speakers {
        let from = where_from(sp);
        writeln!(
            out,
            "<tr><td><strong>{}</strong>{}</td><td><span class=\"role role-{}\">{}</span></td><td class=\"num\" data-label=\"Words\">{}</td><td class=\"num\" data-label=\"Contributions\">{}</td><td class=\"summary\">{}</td></tr>",
            esc(&sp.name),
            if from.is_empty() {
                String::new()
            } else {
                format!("<br>{}", esc(&from))
            },
            role_class(sp.role),
            sp.role.label(),
            thousands(sp.words),
            sp.contributions,
            esc(&sp.summary)
        )?;
    }
    writeln!(out, "</tbody></table></section>")?;
    let response = if s.government_response.is_empty() {
        "No Government reply in this transcript."
    } else {
        &s.government_response
    };
    writeln!(
        out,
        "<section><h2>Government Response</h2><p>{}</p></section>",
        esc(response)
    )?;
    let votes = super::report::division_lines(s);
    if !votes.is_empty() {
        writeln!(out, "<section><h2>Divisions</h2><ul>")?;
        for v in &votes {
            writeln!(out, "<li>{}</li>", esc(v))?;
        }
        writeln!(out, "</ul></section>")?;
    }
    if !s.warnings.is_empty() {
        writeln!(out, "<section class=\"notes\"><h2>Notes</h2><ul>")?;
        for w in &s.warnings {
            writeln!(out, "<li>{}</li>", esc(w))?;
        }
        writeln!(out, "</ul></section>")?;
    }
    writeln!(out, "</article>")
}

impl Renderer for Html {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Debate summaries</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>"
        )
    }

    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        self.rows.extend(summaries.iter().map(OverviewRow::of));
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
        if self.rows.len() > 1 {
            writeln!(
                out,
                "<section><h2>Overview</h2><table class=\"cards\"><thead><tr><th>File</th><th>Title</th><th>Date</th><th>Lead</th><th>Minister</th><th>Speakers</th><th>Words</th></tr></thead><tbody>"
            )?;
            for r in &self.rows {
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    esc(&r.file),
                    esc(&r.title),
                    esc(&r.date),
                    esc(&r.lead),
                    esc(&r.minister),
                    thousands(r.speakers),
                    thousands(r.words)
                )?;
            }
            writeln!(out, "</tbody></table></section>")?;
        }
        if let Some(r) = rollup {
            writeln!(
                out,
                "<section><h2>Roll-up: {} debates, {} words</h2><table class=\"cards\"><thead><tr><th>Member</th><th>Party</th><th>Words</th><th>Debates</th></tr></thead><tbody>",
                thousands(r.debates),
                thousands(r.words)
            )?;
            for m in &r.members {
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    esc(&m.name),
                    esc(m.party.as_deref().unwrap_or("")),
                    thousands(m.words),
                    m.debates
                )?;
            }
            writeln!(out, "</tbody></table></section>")?;
        }
        if !failures.is_empty() {
            writeln!(out, "<section class=\"notes\"><h2>Failures</h2><ul>")?;
            for f in failures {
                writeln!(
                    out,
                    "<li><code>{}</code>: {}</li>",
                    esc(&f.path),
                    esc(&f.error)
                )?;
            }
            writeln!(out, "</ul></section>")?;
        }
        writeln!(out, "</main>\n</body>\n</html>")
    }
}
