//! `--format html`: one self-contained page per run (inline CSS, no scripts, no external
//! assets) with the At-a-Glance summary of every debate and an inline SVG chart of each
//! speaker's words and contributions, coloured by role. Readable printed or on a phone.

use super::markup::{Markup, Paged};
use super::report::{Ask, Col, Fact, FactValue, Position, SpeakerPart, Table};
use super::thousands;
use crate::model::Role;
use std::io::{self, Write};

/// The HTML format's markup.
#[derive(Default)]
pub struct HtmlMarkup {
    /// Inside an `<article>` (a debate) rather than the page's own sections.
    in_article: bool,
    /// A `<section>` is open.
    open: bool,
}

/// The HTML renderer: the report model as one page, every debate in full.
pub type Html = Paged<HtmlMarkup>;

/// A renderer for one input or a batch.
pub fn renderer(many_inputs: bool) -> Html {
    Paged::new(HtmlMarkup::default(), many_inputs, true)
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
            // A control code is no character of a page, and must not reach a terminal.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push('\u{FFFD}'),
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
pub fn chart(speakers: &[SpeakerPart]) -> String {
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

fn fact_html(v: &FactValue) -> String {
    match v {
        FactValue::Person(None) => "—".into(),
        FactValue::Person(Some(p)) => {
            let mut s = format!("<strong>{}</strong>", esc(&p.name));
            if !p.from.is_empty() {
                s.push_str(&format!("<br>{}", esc(&p.from)));
            }
            if let Some(o) = &p.office {
                s.push_str(&format!("<br>{}", esc(o)));
            }
            s
        }
        FactValue::Tags(t) if t.is_empty() => "—".into(),
        FactValue::Tags(t) => t
            .iter()
            .map(|(label, evidence)| {
                format!(
                    "<span class=\"tag\" title=\"{}\">{}</span>",
                    esc(&evidence.join(", ")),
                    esc(label)
                )
            })
            .collect(),
        FactValue::Text(t) => esc(t),
    }
}

impl HtmlMarkup {
    fn close(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.open {
            self.open = false;
            writeln!(out, "</section>")?;
        }
        Ok(())
    }
}

impl Markup for HtmlMarkup {
    fn start(&mut self, title: &str, meta: &str, out: &mut dyn Write) -> io::Result<()> {
        self.in_article = true;
        writeln!(
            out,
            "<article>\n<header><p class=\"meta\">{}</p><h1>{}</h1></header>",
            esc(meta),
            esc(title)
        )
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.close(out)?;
        self.in_article = false;
        writeln!(out, "</article>")
    }

    fn heading(&mut self, text: &str, level: u8, out: &mut dyn Write) -> io::Result<()> {
        self.close(out)?;
        self.open = true;
        let tag = if level >= 3 { "h3" } else { "h2" };
        let class = if text == "Notes" || text == "Failures" {
            " class=\"notes\""
        } else {
            ""
        };
        writeln!(out, "<section{class}><{tag}>{}</{tag}>", esc(text))
    }

    fn facts(&mut self, facts: &[Fact], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<dl class=\"facts\">")?;
        for f in facts {
            writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                esc(&f.label),
                fact_html(&f.value)
            )?;
        }
        writeln!(out, "</dl>")
    }

    fn prose(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<p>{}</p>", esc(text))
    }

    fn asks(&mut self, asks: &[Ask], out: &mut dyn Write) -> io::Result<()> {
        for a in asks {
            writeln!(
                out,
                "<blockquote>{}</blockquote><p class=\"who\">— {}</p>",
                esc(&a.text),
                esc(&a.by)
            )?;
            let class = if a.addressed {
                "answer"
            } else {
                "answer unanswered"
            };
            match &a.reply {
                Some(r) => writeln!(
                    out,
                    "<p class=\"{class}\"><strong>{}</strong>: {}</p>",
                    esc(&a.verdict),
                    esc(r)
                )?,
                None => writeln!(
                    out,
                    "<p class=\"{class}\"><strong>{}</strong></p>",
                    esc(&a.verdict)
                )?,
            }
        }
        Ok(())
    }

    fn positions(&mut self, positions: &[Position], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<ul class=\"positions\">")?;
        for p in positions {
            writeln!(
                out,
                "<li><strong>{}</strong> ({}): {}</li>",
                esc(&p.stance),
                esc(&p.by),
                esc(&p.text)
            )?;
        }
        writeln!(out, "</ul>")
    }

    fn speakers(&mut self, parts: &[SpeakerPart], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", chart(parts))?;
        writeln!(
            out,
            "<table class=\"cards\"><thead><tr><th>Speaker</th><th>Role</th><th>Words</th><th>Contributions</th><th>Summary</th></tr></thead><tbody>"
        )?;
        for p in parts {
            writeln!(
                out,
                "<tr><td><strong>{}</strong>{}</td><td><span class=\"role role-{}\">{}</span></td><td class=\"num\" data-label=\"Words\">{}</td><td class=\"num\" data-label=\"Contributions\">{}</td><td class=\"summary\">{}</td></tr>",
                esc(&p.name),
                if p.from.is_empty() {
                    String::new()
                } else {
                    format!("<br>{}", esc(&p.from))
                },
                role_class(p.role),
                p.role.label(),
                thousands(p.words),
                thousands(p.contributions),
                esc(&p.summary)
            )?;
        }
        writeln!(out, "</tbody></table>")
    }

    fn table(&mut self, table: &Table, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "<table class=\"cards\"><thead><tr>")?;
        for (h, _) in &table.columns {
            write!(out, "<th>{}</th>", esc(h))?;
        }
        writeln!(out, "</tr></thead><tbody>")?;
        for row in &table.rows {
            write!(out, "<tr>")?;
            for (c, (h, kind)) in row.iter().zip(&table.columns) {
                let class = if *kind == Col::Number {
                    " class=\"num\""
                } else {
                    ""
                };
                write!(out, "<td{class} data-label=\"{}\">{}</td>", esc(h), esc(c))?;
            }
            writeln!(out, "</tr>")?;
        }
        writeln!(out, "</tbody></table>")
    }

    fn list(&mut self, items: &[String], out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<ul>")?;
        for i in items {
            writeln!(out, "<li>{}</li>", esc(i))?;
        }
        writeln!(out, "</ul>")
    }

    fn note(&mut self, text: &str, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<p class=\"note\">{}</p>", esc(text))
    }

    fn end_section(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn page_start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Debate summaries</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>"
        )
    }

    fn page_end(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.close(out)?;
        writeln!(out, "</main>\n</body>\n</html>")
    }
}
