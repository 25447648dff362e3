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
    /// A Hansard web address or debate id as given, and the debate id it names.
    Address(String, String),
}

impl Input {
    /// How the input is named in output and messages.
    pub fn label(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Bad(p, _) => p.to_string_lossy().into_owned(),
            Input::Address(given, _) => given.clone(),
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
            // Not a file: a Hansard address or debate id, if it is one.
            Err(e) => out.push(match p.to_str().and_then(crate::fetch::debate_id) {
                Some(Ok(id)) => Input::Address(p.to_string_lossy().into_owned(), id),
                Some(Err(why)) => Input::Bad(p.clone(), why),
                None => Input::Bad(p.clone(), io_reason(&e)),
            }),
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
    net: &crate::fetch::Net,
) -> Result<Vec<Summary>, String> {
    let (bytes, dir, name) = match input {
        Input::Bad(_, why) => return Err(why.clone()),
        Input::Address(_, id) => (
            crate::fetch::fetch(net, id, max_size)?,
            None,
            Some(format!("{id}.json")),
        ),
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

/// What takes results in input order.
trait InOrder {
    /// Takes the next input's result.
    fn write(&mut self, input: &Input, result: Outcome, bar: &ProgressBar) -> Result<()>;
    /// Nothing more is ready yet: anything buffered should go out now.
    fn idle(&mut self) -> Result<()>;
}

impl InOrder for Sink<'_> {
    fn idle(&mut self) -> Result<()> {
        // A reader at the other end of a pipe sees each result as soon as it is written.
        Ok(self.out.flush()?)
    }

    fn write(&mut self, input: &Input, result: Outcome, bar: &ProgressBar) -> Result<()> {
        let cli = self.cli;
        match result {
            Ok(summaries) => {
                self.debates_found += summaries.len();
                if cli.rollup {
                    summaries.iter().for_each(|s| self.tally.add(s));
                }
                if let Some(dir) = &cli.out_dir {
                    let mut buf: Vec<u8> = Vec::new();
                    let mut r = render::for_format(cli.format, self.style, false);
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
        bar.set_message(format!(
            "{} debates, {} failed",
            self.debates_found,
            self.failures.len()
        ));
        Ok(())
    }
}

/// [`summarise_input`], with a panic (a bug) reported as that input's failure rather than
/// taking the rest of the batch down with it.
fn summarise_guarded(
    input: &Input,
    forced: Option<InputFormat>,
    max_size: u64,
    net: &crate::fetch::Net,
) -> Outcome {
    std::panic::catch_unwind(|| summarise_input(input, forced, max_size, net)).unwrap_or_else(
        |_| Err("internal error while summarising this file (please report it)".to_string()),
    )
}

/// How far, in inputs per worker, the workers may run ahead of what is written: bounds the
/// results held.
const AHEAD_PER_JOB: usize = 32;

/// Runs `work` on every input on one worker per thread of `pool` and hands each result to `sink`
/// in input order, as soon as it and every result before it are ready. Workers take inputs
/// in order; the one that finishes the next result due writes it, with any later ones
/// already waiting, while the others go on working (no separate writer thread to take turns
/// with them). Workers never run more than `AHEAD_PER_JOB` inputs each ahead of what is
/// written, so memory is bounded whatever the folder's size. Stops early, and returns the
/// error, when writing fails (a closed pipe, a full disk).
fn pipeline<S: InOrder + Send>(
    pool: &rayon::ThreadPool,
    inputs: &[Input],
    bar: &ProgressBar,
    work: impl Fn(&Input) -> Outcome + Sync,
    sink: &mut S,
) -> Result<()> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex, TryLockError};

    /// Results finished but not yet written, and how many have been written.
    struct Queue {
        ready: std::collections::BTreeMap<usize, Outcome>,
        due: usize,
    }
    /// A lock whose holder panicked still guards consistent data here (every update is
    /// a single assignment or insertion).
    fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
        m.lock().unwrap_or_else(|e| e.into_inner())
    }
    let jobs = pool.current_num_threads();
    let window = AHEAD_PER_JOB * jobs;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let queue = Mutex::new(Queue {
        ready: std::collections::BTreeMap::new(),
        due: 0,
    });
    let advanced = Condvar::new();
    let writer = Mutex::new((sink, Ok(())));
    let warm = inputs.len() > 1 && jobs > 1;

    // Writes every result that is due, for as long as this worker holds the writer.
    let drain = || loop {
        let mut held = match writer.try_lock() {
            Ok(held) => held,
            Err(TryLockError::Poisoned(e)) => e.into_inner(),
            // Another worker is writing; it will take this result too.
            Err(TryLockError::WouldBlock) => return,
        };
        let (sink, result) = &mut *held;
        let mut wrote = false;
        loop {
            let due = {
                let mut q = lock(&queue);
                let due = q.due;
                q.ready.remove(&due).map(|outcome| (due, outcome))
            };
            let Some((i, outcome)) = due else { break };
            // After a failed write, results are only counted off, so no worker waits.
            if result.is_ok()
                && let Some(input) = inputs.get(i)
                && let Err(e) = sink.write(input, outcome, bar)
            {
                *result = Err(e);
                // Workers stop taking inputs at once.
                stop.store(true, Ordering::Relaxed);
            }
            lock(&queue).due = i + 1;
            advanced.notify_all();
            wrote = true;
        }
        if wrote
            && result.is_ok()
            && let Err(e) = sink.idle()
        {
            *result = Err(e);
            stop.store(true, Ordering::Relaxed);
            // Any worker waiting for room wakes to see it.
            advanced.notify_all();
        }
        drop(held);
        // A result that became due after the last look, while this worker still held the
        // writer, was left for it: look again.
        let q = lock(&queue);
        if !q.ready.contains_key(&q.due) {
            return;
        }
    };

    let worker = |k: usize| {
        if warm {
            // The readers' and the analysis's matchers are built at the same time on two
            // workers, rather than one after the other while the rest wait.
            match k {
                0 => crate::input::warm(),
                1 => crate::analysis::warm(),
                _ => {}
            }
        }
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(input) = inputs.get(i) else { break };
            {
                let mut q = lock(&queue);
                while i >= q.due + window && !stop.load(Ordering::Relaxed) {
                    q = advanced.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            }
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let outcome = work(input);
            bar.inc(1);
            lock(&queue).ready.insert(i, outcome);
            drain();
        }
    };

    pool.scope(|scope| {
        for k in 0..jobs {
            let worker = &worker;
            scope.spawn(move |_| worker(k));
        }
    });
    let (_, result) = writer.into_inner().unwrap_or_else(|e| e.into_inner());
    result
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
    let net = crate::fetch::Net {
        base: cli.api_base.clone(),
        save: cli.save.clone(),
    };
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

    let out: Box<dyn Write + Send> = Box::new(io::BufWriter::new(io::stdout()));
    let mut sink = Sink {
        cli,
        style,
        out,
        renderer: render::for_format(cli.format, style, many),
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
    // Results are written in input order as they complete; the workers run at most a
    // bounded number of inputs ahead, so memory does not grow with the folder.
    pipeline(
        &pool,
        &inputs,
        &bar,
        |i| summarise_guarded(i, forced, cli.max_size, &net),
        &mut sink,
    )?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Records what it is given; fails on the input at `fail_at`, if any.
    struct Recorder<'a> {
        order: Vec<String>,
        started: &'a AtomicUsize,
        most_ahead: usize,
        fail_at: Option<usize>,
    }

    impl InOrder for Recorder<'_> {
        fn write(&mut self, input: &Input, result: Outcome, _: &ProgressBar) -> Result<()> {
            let ahead = self.started.load(Ordering::SeqCst) - self.order.len();
            self.most_ahead = self.most_ahead.max(ahead);
            if self.fail_at == Some(self.order.len()) {
                bail!("disk full");
            }
            assert_eq!(result, Err(input.label()));
            self.order.push(input.label());
            Ok(())
        }

        fn idle(&mut self) -> Result<()> {
            Ok(())
        }
    }

    fn inputs(n: usize) -> Vec<Input> {
        (0..n)
            .map(|i| Input::File(PathBuf::from(format!("{i:05}.txt"))))
            .collect()
    }

    /// Work of uneven length, so that results finish out of order.
    fn uneven(started: &AtomicUsize) -> impl Fn(&Input) -> Outcome + Sync {
        move |input| {
            let n = started.fetch_add(1, Ordering::SeqCst);
            // Now and then one takes far longer than the rest, as a long transcript does.
            let spin = if n.is_multiple_of(97) {
                2_000_000
            } else {
                (n * 7919) % 20_000
            };
            std::hint::black_box((0..spin).fold(0u64, |a, b| a ^ b as u64));
            Err(input.label())
        }
    }

    fn run(jobs: usize, n: usize, fail_at: Option<usize>) -> (Result<()>, Recorder<'static>) {
        let started: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .expect("pool");
        let mut sink = Recorder {
            order: Vec::new(),
            started,
            most_ahead: 0,
            fail_at,
        };
        let all = inputs(n);
        let got = pipeline(
            &pool,
            &all,
            &ProgressBar::hidden(),
            uneven(started),
            &mut sink,
        );
        (got, sink)
    }

    #[test]
    fn results_are_written_in_input_order_whatever_the_thread_count() {
        let want: Vec<String> = inputs(700).iter().map(Input::label).collect();
        for jobs in [1, 2, 3, 4] {
            let (got, sink) = run(jobs, 700, None);
            assert!(got.is_ok());
            assert_eq!(sink.order, want, "jobs = {jobs}");
        }
    }

    #[test]
    fn workers_stay_within_the_window_of_what_is_written() {
        for jobs in [1, 2, 4] {
            let (_, sink) = run(jobs, 1000, None);
            // Work starts on an input only once it is within the window of what is written.
            assert!(
                sink.most_ahead <= AHEAD_PER_JOB * jobs,
                "jobs = {jobs}: {} ahead",
                sink.most_ahead
            );
        }
    }

    #[test]
    fn a_failed_write_stops_the_work_and_is_returned() {
        let (got, sink) = run(2, 5000, Some(10));
        assert_eq!(got.map_err(|e| e.to_string()).unwrap_err(), "disk full");
        assert_eq!(sink.order.len(), 10);
        // Nothing past the window was started.
        assert!(sink.started.load(Ordering::SeqCst) <= 10 + AHEAD_PER_JOB * 2);
    }
}
