//! The command line and the environment, read once into one typed `Config`: the rest of
//! the app never looks at `Cli`, environment variables or the terminal.

use super::Error;
use crate::cli::{Cli, ColorWhen, OutputFormat};
use crate::fetch::Net;
use crate::input::InputFormat;
use crate::render::Style;
use std::io::{self, IsTerminal};
use std::path::PathBuf;

/// Everything a run needs to know, decided before it starts.
pub struct Config {
    pub paths: Vec<PathBuf>,
    pub format: OutputFormat,
    pub forced: Option<InputFormat>,
    pub jobs: usize,
    pub out_dir: Option<PathBuf>,
    pub quiet: bool,
    pub rollup: bool,
    pub max_size: u64,
    pub style: Style,
    pub net: Net,
}

impl Config {
    /// Reads the command line, the environment (`NO_COLOR`, `COLUMNS`) and the terminal.
    pub fn from_cli(cli: &Cli) -> Result<Config, Error> {
        let mut paths = cli.paths.clone();
        if paths.is_empty() {
            if io::stdin().is_terminal() {
                return Err(Error::Usage(
                    "no input: give a transcript file, a folder, or - for standard input (see --help)"
                        .to_string(),
                ));
            }
            paths.push(PathBuf::from("-"));
        }
        let jobs = match cli.jobs {
            Some(0) => return Err(Error::Usage("--jobs must be at least 1".to_string())),
            Some(j) => j,
            None => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
        };
        Ok(Config {
            paths,
            format: cli.format,
            forced: cli.input_format.forced(),
            jobs,
            out_dir: cli.out_dir.clone(),
            quiet: cli.quiet,
            rollup: cli.rollup,
            max_size: cli.max_size,
            style: style_for(cli),
            net: Net {
                base: cli.api_base.clone(),
                save: cli.save.clone(),
            },
        })
    }
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
