//! The `debate-summary` binary: parse the command line, run, map the outcome to an exit code.

#![deny(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use clap::Parser;
use debate_summary::{batch, cli::Cli, error};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match batch::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if batch::is_broken_pipe(&err) {
                return ExitCode::from(error::SUCCESS);
            }
            eprintln!("debate-summary: {err:#}");
            ExitCode::from(error::USAGE)
        }
    }
}
