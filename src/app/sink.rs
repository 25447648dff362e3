//! Where results go: standard output through the format's renderer, or one file per input
//! in `--out-dir` (named after the input, never outside the folder, written atomically);
//! failures reported as they come; the roll-up tallied.

use super::Error;
use super::config::Config;
use super::inputs::Input;
use super::pipeline::{InOrder, Outcome};
use crate::cli::OutputFormat;
use crate::render::{self, Renderer};
use crate::schema::Failure;
use indicatif::ProgressBar;
use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where results go, in input order: the renderer and its output (or `--out-dir`), the
/// failures and the roll-up.
pub struct Sink<'c> {
    pub config: &'c Config,
    pub out: Box<dyn Write + Send>,
    pub renderer: Box<dyn Renderer + Send>,
    pub failures: Vec<Failure>,
    pub debates_found: usize,
    pub taken: BTreeSet<String>,
    pub tally: crate::rollup::Tally,
}

impl InOrder for Sink<'_> {
    fn idle(&mut self) -> Result<(), Error> {
        // A reader at the other end of a pipe sees each result as soon as it is written.
        Ok(self.out.flush()?)
    }

    fn write(&mut self, input: &Input, result: Outcome, bar: &ProgressBar) -> Result<(), Error> {
        let cfg = self.config;
        match result {
            Ok(summaries) => {
                self.debates_found += summaries.len();
                if cfg.rollup {
                    summaries.iter().for_each(|s| self.tally.add(s));
                }
                if let Some(dir) = &cfg.out_dir {
                    let mut buf: Vec<u8> = Vec::new();
                    let mut r = renderer_for(cfg.format, cfg.style, false);
                    r.begin(&mut buf)?;
                    r.input(&summaries, &mut buf)?;
                    r.end(&[], None, &mut buf)?;
                    let path = out_path(dir, input, cfg.format, &mut self.taken);
                    write_atomic(&path, &buf)?;
                } else {
                    self.renderer.input(&summaries, &mut *self.out)?;
                }
            }
            Err(why) => {
                let label = input.label();
                let line = format!("debate-summary: {}: {why}", label.escape_debug());
                bar.suspend(|| eprintln!("{line}"));
                self.failures.push(Failure {
                    path: label,
                    error: why,
                });
            }
        }
        bar.set_message(format!(
            "{} debates, {} failed",
            self.debates_found,
            self.failures.len()
        ));
        Ok(())
    }
}

fn extension(format: OutputFormat) -> &'static str {
    match format {
        OutputFormat::Table => "txt",
        OutputFormat::Json => "json",
        OutputFormat::Ndjson => "ndjson",
        OutputFormat::Markdown => "md",
        OutputFormat::Csv => "csv",
        OutputFormat::Html => "html",
    }
}

/// The output file for an input inside `dir`: named after the input, never outside `dir`.
pub fn out_path(
    dir: &Path,
    input: &Input,
    format: OutputFormat,
    taken: &mut BTreeSet<String>,
) -> PathBuf {
    let base = match input {
        Input::Stdin => "stdin".to_string(),
        Input::File(p) | Input::Bad(p, _) => p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "transcript".into()),
        Input::Address(_, id) => id.clone(),
    };
    let mut safe: String = base
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '\u{FFFD}') {
                '_'
            } else {
                c
            }
        })
        .collect();
    safe = safe.trim_start_matches('.').to_string();
    if safe.is_empty() {
        safe = "transcript".into();
    }
    let mut name = format!("{safe}.{}", extension(format));
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{safe}-{n}.{}", extension(format));
        n += 1;
    }
    dir.join(name)
}

/// Writes a file atomically: to a temporary name in the same folder, then renamed.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let tmp = path.with_extension(format!(
        "{}.tmp{}",
        path.extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    fs::write(&tmp, bytes)
        .map_err(|e| Error::Output(format!("failed to write {}", tmp.display()), e))?;
    fs::rename(&tmp, path).map_err(|e| {
        Error::Output(
            format!("failed to rename {} to {}", tmp.display(), path.display()),
            e,
        )
    })
}

/// The renderer for a format: the one place that knows them all.
pub fn renderer_for(
    format: OutputFormat,
    style: render::Style,
    many_inputs: bool,
) -> Box<dyn Renderer + Send> {
    use render::{csv, html, json, markdown, table};
    match format {
        OutputFormat::Table => Box::new(table::renderer(style, many_inputs)),
        OutputFormat::Json => Box::<json::Json>::default(),
        OutputFormat::Ndjson => Box::<json::Ndjson>::default(),
        OutputFormat::Markdown => Box::new(markdown::renderer(style.detail, many_inputs)),
        OutputFormat::Csv => Box::<csv::Csv>::default(),
        OutputFormat::Html => Box::new(html::renderer(many_inputs)),
    }
}
