//! The app: the command line and environment read into one `Config` (`config`), arguments
//! expanded into inputs and each read into debates (`inputs`), the ordered pipeline on worker
//! threads (`pipeline`), and where results go (`sink`). Only this layer and `fetch` do I/O.
//! Errors stay typed (`Error`) until `main` prints them, and the exit code comes from the
//! error.

pub mod config;
pub mod inputs;
pub mod pipeline;
pub mod sink;

use crate::cli::{Cli, Command};
use crate::error;
use config::Config;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, IsTerminal, Write};

/// Why a run stopped before its end (an input's failure never stops it).
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something that cannot be done.
    Usage(String),
    /// Output could not be written: what was being done, and the I/O error.
    Output(String, io::Error),
    /// The worker threads could not start.
    Threads(String),
}

impl Error {
    /// The exit status for this error: a closed pipe (`| head`) is success; a usage error is
    /// 2; anything else that stopped the run is 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => error::USAGE,
            Error::Output(_, e) if e.kind() == io::ErrorKind::BrokenPipe => error::SUCCESS,
            Error::Output(..) | Error::Threads(_) => error::INPUT_FAILED,
        }
    }

    /// True when the reader of the output went away: nothing to report.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(_, e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Threads(m) => f.write_str(m),
            Error::Output(what, e) => write!(f, "{what}: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Output("failed to write the output".to_string(), e)
    }
}

/// Runs the command line; returns the exit code.
pub fn run(cli: &Cli) -> Result<u8, Error> {
    match &cli.command {
        Some(Command::Schema) => {
            let mut out = io::stdout().lock();
            writeln!(out, "{}", crate::schema::json_schema())?;
            return Ok(error::SUCCESS);
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "debate-summary", &mut io::stdout());
            return Ok(error::SUCCESS);
        }
        Some(Command::Man) => {
            let man = clap_mangen::Man::new(<Cli as clap::CommandFactory>::command());
            man.render(&mut io::stdout())?;
            return Ok(error::SUCCESS);
        }
        None => {}
    }
    let config = Config::from_cli(cli)?;
    summarise_all(&config)
}

/// The progress bar on stderr, shown only for several inputs on a terminal.
fn progress(config: &Config, inputs: usize) -> ProgressBar {
    if config.quiet || inputs <= 1 || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::with_draw_target(Some(inputs as u64), ProgressDrawTarget::stderr());
    b.set_style(
        ProgressStyle::with_template(
            "{bar:30} {pos}/{len} files · {msg} · {elapsed} elapsed, ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    b
}

/// Summarises every input, writing results in input order as they complete.
fn summarise_all(config: &Config) -> Result<u8, Error> {
    let inputs = inputs::collect_inputs(&config.paths, config.forced.is_some());
    let many = inputs.len() > 1 || config.paths.iter().any(|p| p.is_dir());
    // No more workers than inputs: one file is read on this thread.
    let jobs = config.jobs.min(inputs.len()).max(1);
    let bar = progress(config, inputs.len());
    let mut sink = sink::Sink {
        config,
        out: Box::new(io::BufWriter::new(io::stdout())),
        renderer: sink::renderer_for(config.format, config.style, many),
        failures: Vec::new(),
        debates_found: 0,
        taken: BTreeSet::new(),
        tally: crate::rollup::Tally::default(),
    };
    if let Some(dir) = &config.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Output(format!("failed to create {}", dir.display()), e))?;
    } else {
        sink.renderer.begin(&mut *sink.out)?;
    }
    // Results are written in input order as they complete; the workers run at most a
    // bounded number of inputs ahead, so memory does not grow with the folder.
    pipeline::pipeline(
        jobs,
        &inputs,
        &bar,
        |i| pipeline::summarise_guarded(i, config.forced, config.max_size, &config.net),
        &mut sink,
    )?;
    let sink::Sink {
        mut out,
        mut renderer,
        failures,
        tally,
        ..
    } = sink;
    bar.finish_and_clear();
    if config.out_dir.is_none() {
        let rollup = config.rollup.then(|| tally.finish());
        renderer.end(&failures, rollup.as_ref(), &mut *out)?;
    }
    out.flush()?;
    Ok(if failures.is_empty() {
        error::SUCCESS
    } else {
        error::INPUT_FAILED
    })
}
