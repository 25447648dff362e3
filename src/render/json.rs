//! `--format json` (one document, written as inputs complete so a folder is never held in
//! memory) and `--format ndjson` (one debate per line).

use super::Renderer;
use crate::model::Summary;
use crate::rollup::Rollup;
use crate::schema::{Failure, SCHEMA_VERSION};
use std::io::{self, Write};

/// One JSON document: `{"schema_version": 1, "debates": [...], "failures": [...]}`.
#[derive(Default)]
pub struct Json {
    written: usize,
    /// One debate's JSON before it is set in (kept to save allocations).
    buf: Vec<u8>,
}

// serde_json's errors become I/O errors through `?`: its `From` gives back the writer's own
// error (a closed pipe stays a closed pipe, so `| head` ends quietly), anything else becomes
// invalid data.

impl Renderer for Json {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"debates\": ["
        )
    }

    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        for s in summaries {
            out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            // Pretty-printed, then set in by four spaces: a raw newline only ever separates
            // tokens (a newline in a string is escaped).
            self.buf.clear();
            serde_json::to_writer_pretty(&mut self.buf, s)?;
            for (i, line) in self.buf.split(|&b| b == b'\n').enumerate() {
                out.write_all(if i == 0 { b"    " } else { b"\n    " })?;
                out.write_all(line)?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn end(
        &mut self,
        failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        if self.written > 0 {
            out.write_all(b"\n  ")?;
        }
        let f = serde_json::to_string(failures)?;
        write!(out, "],\n  \"failures\": {f}")?;
        if let Some(r) = rollup {
            let r = serde_json::to_string(r)?;
            write!(out, ",\n  \"rollup\": {r}")?;
        }
        writeln!(out, "\n}}")
    }
}

/// One debate per line; failures are reported on stderr by the caller.
#[derive(Default)]
pub struct Ndjson;

impl Renderer for Ndjson {
    fn input(&mut self, summaries: &[Summary], out: &mut dyn Write) -> io::Result<()> {
        for s in summaries {
            serde_json::to_writer(&mut *out, s)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn end(
        &mut self,
        _failures: &[Failure],
        rollup: Option<&Rollup>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        if let Some(r) = rollup {
            serde_json::to_writer(&mut *out, &serde_json::json!({ "rollup": r }))?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe whose reader has gone.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_reported_as_one() {
        let text = include_str!("../../samples/westminster-hall-rural-buses.txt");
        let summaries = crate::summarise_str(text, "t.txt", None).expect("a debate");
        let failures = [Failure {
            path: "x".into(),
            error: "y".into(),
        }];
        let mut renderers: [Box<dyn Renderer>; 2] = [Box::new(Ndjson), Box::new(Json::default())];
        for r in &mut renderers {
            let e = r.input(&summaries, &mut Closed).expect_err("cannot write");
            assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
        }
        let e = Json::default()
            .end(&failures, None, &mut Closed)
            .expect_err("cannot write");
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    }
}
