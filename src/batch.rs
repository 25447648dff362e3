//! Running the tool: paths to inputs (folders walked in sorted order), inputs summarised on
//! worker threads, results written in path order as they complete, failures reported
//! without stopping the batch, progress on stderr. The only module besides `main` that does
//! I/O.

use crate::cli::{Cli, ColorWhen, Command, OutputFormat};
use crate::error;
use crate::input::{self, InputFormat, ParseError};
use crate::model::Summary;
use crate::render::{self, Renderer, Style};
use crate::schema::Failure;
use anyhow::{Context, Result, bail};
use clap::CommandFactory;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// Extensions read when walking a folder without `--input-format`.
const TRANSCRIPT_EXTENSIONS: &[&str] = &["txt", "xml", "html", "htm", "json", "tei"];

/// One input: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A path that could not be used, with why.
    Bad(PathBuf, String),
}

impl Input {
    /// How the input is named in output and messages.
    pub fn label(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Bad(p, _) => p.to_string_lossy().into_owned(),
        }
    }
}

/// True when the error chain ends in a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Expands command-line paths into inputs: folders walked recursively in sorted order,
/// hidden entries skipped, symlink loops cut.
pub fn collect_inputs(paths: &[PathBuf], any_extension: bool) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        match fs::metadata(p) {
            Err(e) => out.push(Input::Bad(p.clone(), io_reason(&e))),
            Ok(m) if m.is_dir() => {
                let mut seen = BTreeSet::new();
                let mut files = Vec::new();
                walk(p, any_extension, &mut seen, &mut files, 0);
                files.sort();
                out.extend(files);
            }
            Ok(_) => out.push(Input::File(p.clone())),
        }
    }
    // Output follows the sorted path order whatever order the paths were given in.
    out.sort();
    out.dedup();
    out
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn walk(
    dir: &Path,
    any_extension: bool,
    seen: &mut BTreeSet<PathBuf>,
    out: &mut Vec<Input>,
    depth: usize,
) {
    if depth > 64 {
        out.push(Input::Bad(
            dir.to_path_buf(),
            "folder nesting too deep (a symlink loop?)".into(),
        ));
        return;
    }
    let Ok(real) = fs::canonicalize(dir) else {
        out.push(Input::Bad(
            dir.to_path_buf(),
            "cannot resolve folder".into(),
        ));
        return;
    };
    if !seen.insert(real) {
        // Already walked: a symlink loop or a second link to the same folder.
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Input::Bad(dir.to_path_buf(), io_reason(&e)));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .map(|n| n.to_string_lossy().starts_with('.'))
            .unwrap_or(true);
        if hidden {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, any_extension, seen, out, depth + 1),
            Ok(_) => {
                let ext = path
                    .extension()
                    .map(|e| e.to_string_lossy().to_lowercase())
                    .unwrap_or_default();
                if any_extension || TRANSCRIPT_EXTENSIONS.contains(&ext.as_str()) {
                    out.push(Input::File(path));
                }
            }
            Err(e) => {
                if fs::symlink_metadata(&path).is_ok() {
                    out.push(Input::Bad(path, format!("broken link: {}", io_reason(&e))));
                }
            }
        }
    }
}

/// Reads and summarises one input.
pub fn summarise_input(
    input: &Input,
    forced: Option<InputFormat>,
    max_size: u64,
) -> Result<Vec<Summary>, String> {
    let (bytes, dir, name) = match input {
        Input::Bad(_, why) => return Err(why.clone()),
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .lock()
                .take(max_size + 1)
                .read_to_end(&mut buf)
                .map_err(|e| io_reason(&e))?;
            if buf.len() as u64 > max_size {
                return Err(ParseError::TooLarge {
                    size: buf.len() as u64,
                    limit: max_size,
                }
                .to_string());
            }
            (buf, None, None)
        }
        Input::File(path) => {
            let meta = fs::metadata(path).map_err(|e| io_reason(&e))?;
            if meta.is_dir() {
                return Err("is a folder, not a file".into());
            }
            if meta.len() > max_size {
                return Err(ParseError::TooLarge {
                    size: meta.len(),
                    limit: max_size,
                }
                .to_string());
            }
            let bytes = fs::read(path).map_err(|e| io_reason(&e))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            (bytes, path.parent().map(Path::to_path_buf), name)
        }
    };
    let side = |file: &str| -> Option<String> {
        let dir = dir.as_ref()?;
        let p = dir.join(file);
        let m = fs::metadata(&p).ok()?;
        if !m.is_file() || m.len() > max_size {
            return None;
        }
        let bytes = fs::read(p).ok()?;
        input::decode::decode(&bytes).ok()
    };
    let transcript =
        input::parse_bytes(&bytes, forced, name.as_deref(), &side).map_err(|e| e.to_string())?;
    Ok(crate::summaries_of(&transcript, &input.label()))
}

fn make_renderer(format: OutputFormat, style: Style, many: bool) -> Box<dyn Renderer + Send> {
    match format {
        OutputFormat::Table => Box::new(render::table::TableRenderer::new(style, many)),
        OutputFormat::Json => Box::<render::json::Json>::default(),
        OutputFormat::Ndjson => Box::<render::json::Ndjson>::default(),
        OutputFormat::Markdown => Box::new(render::markdown::Markdown::new(style.detail, many)),
        OutputFormat::Csv => Box::<render::csv::Csv>::default(),
        OutputFormat::Html => Box::<render::html::Html>::default(),
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
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension(format!(
        "{}.tmp{}",
        path.extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    fs::write(&tmp, bytes).with_context(|| format!("failed to write {}", tmp.display()))?;
    fs::rename(&tmp, path)
        .with_context(|| format!("failed to rename {} to {}", tmp.display(), path.display()))
}

fn style_for(cli: &Cli) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = !no_color
        && cli.out_dir.is_none()
        && match cli.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => io::stdout().is_terminal(),
        };
    let width = cli
        .width
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
        })
        .or_else(|| {
            if io::stdout().is_terminal() {
                comfy_table::Table::new().width()
            } else {
                None
            }
        })
        .unwrap_or(100)
        .clamp(40, 1000);
    Style {
        width,
        color,
        detail: cli.detail,
    }
}

/// What one input gives: its debates, or why it could not be read.
type Outcome = Result<Vec<Summary>, String>;

/// Where results go, in input order: the renderer and its output (or `--out-dir`), the
/// failures and the roll-up.
struct Sink<'c> {
    cli: &'c Cli,
    style: Style,
    out: Box<dyn Write + Send>,
    renderer: Box<dyn Renderer + Send>,
    failures: Vec<Failure>,
    debates_found: usize,
    taken: BTreeSet<String>,
    tally: crate::rollup::Tally,
}

impl Sink<'_> {
    /// Writes one chunk's results in input order.
    fn write(&mut self, group: &[Input], results: Vec<Outcome>, bar: &ProgressBar) -> Result<()> {
        let cli = self.cli;
        for (input, result) in group.iter().zip(results) {
            match result {
                Ok(summaries) => {
                    self.debates_found += summaries.len();
                    if cli.rollup {
                        summaries.iter().for_each(|s| self.tally.add(s));
                    }
                    if let Some(dir) = &cli.out_dir {
                        let mut buf: Vec<u8> = Vec::new();
                        let mut r = make_renderer(cli.format, self.style, false);
                        r.begin(&mut buf)?;
                        r.input(&summaries, &mut buf)?;
                        r.end(&[], None, &mut buf)?;
                        let path = out_path(dir, input, cli.format, &mut self.taken);
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
        }
        bar.set_message(format!(
            "{} debates, {} failed",
            self.debates_found,
            self.failures.len()
        ));
        self.out.flush()?;
        Ok(())
    }
}

/// Runs the command line; returns the exit code.
pub fn run(cli: &Cli) -> Result<u8> {
    match &cli.command {
        Some(Command::Schema) => {
            let mut out = io::stdout().lock();
            writeln!(out, "{}", crate::schema::json_schema())?;
            return Ok(error::SUCCESS);
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = Cli::command();
            clap_complete::generate(*shell, &mut cmd, "debate-summary", &mut io::stdout());
            return Ok(error::SUCCESS);
        }
        Some(Command::Man) => {
            let man = clap_mangen::Man::new(Cli::command());
            man.render(&mut io::stdout())?;
            return Ok(error::SUCCESS);
        }
        None => {}
    }
    let mut paths = cli.paths.clone();
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            bail!(
                "no input: give a transcript file, a folder, or - for standard input (see --help)"
            );
        }
        paths.push(PathBuf::from("-"));
    }
    if let Some(j) = cli.jobs
        && j == 0
    {
        bail!("--jobs must be at least 1");
    }
    let forced = cli.input_format.forced();
    let inputs = collect_inputs(&paths, forced.is_some());
    let many = inputs.len() > 1 || paths.iter().any(|p| p.is_dir());
    let style = style_for(cli);

    let jobs = cli.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("failed to start worker threads")?;

    let bar = if !cli.quiet && inputs.len() > 1 && io::stderr().is_terminal() {
        let b =
            ProgressBar::with_draw_target(Some(inputs.len() as u64), ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template(
                "{bar:30} {pos}/{len} files · {msg} · {elapsed} elapsed, ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };

    if inputs.len() > 1 && jobs > 1 {
        // Build the readers' and the analysis's matchers at the same time on two workers,
        // rather than one after the other while the rest wait.
        pool.install(|| rayon::join(crate::input::warm, crate::analysis::warm));
    }
    let out: Box<dyn Write + Send> = Box::new(io::BufWriter::new(io::stdout()));
    let mut sink = Sink {
        cli,
        style,
        out,
        renderer: make_renderer(cli.format, style, many),
        failures: Vec::new(),
        debates_found: 0,
        taken: BTreeSet::new(),
        tally: crate::rollup::Tally::default(),
    };
    if let Some(dir) = &cli.out_dir {
        fs::create_dir_all(dir).with_context(|| format!("failed to create {}", dir.display()))?;
    } else {
        sink.renderer.begin(&mut *sink.out)?;
    }
    // Work in ordered chunks: parallel inside a chunk, written in order, so memory is
    // bounded by the chunk whatever the folder's size. One chunk is written while the next
    // is worked out; the thread that writes joins the work when it is done.
    let chunk = (jobs * 64).max(64);
    let mut groups = inputs.chunks(chunk);
    let mut pending: Option<(&[Input], Vec<Outcome>)> = None;
    loop {
        let next = groups.next();
        if next.is_none() && pending.is_none() {
            break;
        }
        let (computed, written) = pool.install(|| {
            rayon::join(
                || {
                    next.map(|group| {
                        group
                            .par_iter()
                            .map(|i| {
                                let r = summarise_input(i, forced, cli.max_size);
                                bar.inc(1);
                                r
                            })
                            .collect::<Vec<Outcome>>()
                    })
                },
                || match pending.take() {
                    Some((group, results)) => sink.write(group, results, &bar),
                    None => Ok(()),
                },
            )
        });
        written?;
        pending = next.zip(computed);
    }
    let Sink {
        mut out,
        mut renderer,
        failures,
        tally,
        ..
    } = sink;
    bar.finish_and_clear();
    if cli.out_dir.is_none() {
        let rollup = cli.rollup.then(|| tally.finish());
        renderer.end(&failures, rollup.as_ref(), &mut *out)?;
    }
    out.flush()?;
    Ok(if failures.is_empty() {
        error::SUCCESS
    } else {
        error::INPUT_FAILED
    })
}
