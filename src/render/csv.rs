//! `--format csv`: one row per speaker per debate, RFC 4180 quoting.

use super::Renderer;
use crate::model::Summary;
use crate::rollup::Rollup;
use crate::schema::Failure;
use std::io::{self, Write};

/// CSV writer.
#[derive(Default)]
pub struct Csv;

/// Quotes a field when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

impl Renderer for Csv {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"file,index,debate,date,speaker,role,party,constituency,office,words,contributions,interventions\r\n")
    }

    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        for d in summaries {
            for s in &d.speakers {
                let row = [
                    field(&d.source.path),
                    d.source.index.to_string(),
                    field(&d.title),
                    field(d.date.as_deref().unwrap_or("")),
                    field(&s.name),
                    field(
                        &serde_json::to_value(s.role)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                    ),
                    field(s.party.as_deref().unwrap_or("")),
                    field(s.constituency.as_deref().unwrap_or("")),
                    field(s.office.as_deref().unwrap_or("")),
                    s.words.to_string(),
                    s.contributions.to_string(),
                    s.interventions.to_string(),
                ];
                out.write_all(row.join(",").as_bytes())?;
                out.write_all(b"\r\n")?;
            }
        }
        Ok(())
    }

    fn end(
        &mut self,
        _failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        // The roll-up follows as a second table, after a blank line, with its own header.
        let Some(r) = rollup else { return Ok(()) };
        out.write_all(
            b"\r\nlist,name,party_or_office,constituency,words,debates,contributions\r\n",
        )?;
        for m in &r.members {
            let row = [
                "member".to_string(),
                field(&m.name),
                field(m.party.as_deref().unwrap_or("")),
                field(m.constituency.as_deref().unwrap_or("")),
                m.words.to_string(),
                m.debates.to_string(),
                m.contributions.to_string(),
            ];
            out.write_all(row.join(",").as_bytes())?;
            out.write_all(b"\r\n")?;
        }
        for m in &r.ministers {
            let row = [
                "minister".to_string(),
                field(&m.name),
                field(m.office.as_deref().unwrap_or("")),
                String::new(),
                m.words.to_string(),
                m.debates.to_string(),
                String::new(),
            ];
            out.write_all(row.join(",").as_bytes())?;
            out.write_all(b"\r\n")?;
        }
        for t in &r.tags {
            let row = [
                "tag".to_string(),
                field(&t.label),
                String::new(),
                String::new(),
                String::new(),
                t.debates.to_string(),
                String::new(),
            ];
            out.write_all(row.join(",").as_bytes())?;
            out.write_all(b"\r\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_as_rfc4180() {
        assert_eq!(super::field("plain"), "plain");
        assert_eq!(super::field("Brent, East"), "\"Brent, East\"");
        assert_eq!(super::field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
