//! `--format csv`: one row per speaker per debate (RFC 4180, CRLF line ends), through the
//! `csv` crate's writer. A cell a spreadsheet would read as a formula (one starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading apostrophe, so
//! nothing a transcript holds runs in a spreadsheet.

use super::Renderer;
use crate::model::Summary;
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// CSV writer.
#[derive(Default)]
pub struct Csv;

/// A cell as written: a would-be formula gets a leading apostrophe, and a control code
/// (an escape sequence a terminal would act on) is written as U+FFFD.
pub fn cell(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

/// Writes rows with RFC 4180 quoting and CRLF line ends.
fn write_rows<I, R>(out: &mut dyn Write, rows: I) -> io::Result<()>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = String>,
{
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(out);
    for row in rows {
        w.write_record(row.into_iter().map(|c| cell(&c)))?;
    }
    w.flush()
}

const HEADER: [&str; 12] = [
    "file",
    "index",
    "debate",
    "date",
    "speaker",
    "role",
    "party",
    "constituency",
    "office",
    "words",
    "contributions",
    "interventions",
];

impl Renderer for Csv {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write_rows(out, [HEADER.map(str::to_string)])
    }

    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        let rows = summaries.iter().flat_map(|d| {
            d.speakers.iter().map(move |s| {
                let role = serde_json::to_value(s.role)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                vec![
                    d.source.path.clone(),
                    d.source.index.to_string(),
                    d.title.clone(),
                    d.date.clone().unwrap_or_default(),
                    s.name.clone(),
                    role,
                    s.party.clone().unwrap_or_default(),
                    s.constituency.clone().unwrap_or_default(),
                    s.office.clone().unwrap_or_default(),
                    s.words.to_string(),
                    s.contributions.to_string(),
                    s.interventions.to_string(),
                ]
            })
        });
        write_rows(out, rows)
    }

    fn end(
        &mut self,
        _failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        // The roll-up follows as a second table, after a blank line, with its own header.
        let Some(r) = rollup else { return Ok(()) };
        out.write_all(b"\r\n")?;
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let header = [
            "list",
            "name",
            "party_or_office",
            "constituency",
            "words",
            "debates",
            "contributions",
        ]
        .map(str::to_string)
        .to_vec();
        let members = r.members.iter().map(|m| {
            vec![
                "member".to_string(),
                m.name.clone(),
                opt(&m.party),
                opt(&m.constituency),
                m.words.to_string(),
                m.debates.to_string(),
                m.contributions.to_string(),
            ]
        });
        let ministers = r.ministers.iter().map(|m| {
            vec![
                "minister".to_string(),
                m.name.clone(),
                opt(&m.office),
                String::new(),
                m.words.to_string(),
                m.debates.to_string(),
                String::new(),
            ]
        });
        let tags = r.tags.iter().map(|t| {
            vec![
                "tag".to_string(),
                t.label.clone(),
                String::new(),
                String::new(),
                String::new(),
                t.debates.to_string(),
                String::new(),
            ]
        });
        write_rows(
            out,
            std::iter::once(header)
                .chain(members)
                .chain(ministers)
                .chain(tags),
        )
    }
}

#[cfg(test)]
mod tests {
    fn csv(rows: Vec<Vec<String>>) -> String {
        let mut out = Vec::new();
        super::write_rows(&mut out, rows).expect("writes");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn quotes_as_rfc4180_and_defuses_formulas() {
        let row = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            csv(vec![row(&["plain", "Brent, East", "say \"no\""])]),
            "plain,\"Brent, East\",\"say \"\"no\"\"\"\r\n"
        );
        assert_eq!(
            csv(vec![row(&["=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-2"])]),
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'@SUM(A1),'-2\r\n"
        );
    }
}
