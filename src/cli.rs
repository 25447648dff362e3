//! The command line: `Cli` (clap derive) and the typed choices it offers.

use crate::input::InputFormat;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// At-a-Glance tables for the terminal.
    Table,
    /// One JSON document (schema v1).
    Json,
    /// One JSON debate per line, streamed as files finish.
    Ndjson,
    /// A Markdown report.
    Markdown,
    /// One row per speaker per debate (RFC 4180).
    Csv,
    /// One self-contained HTML page with charts.
    Html,
}

/// `--input-format`: detect, or name the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputChoice {
    Auto,
    HansardText,
    HansardHtml,
    ParallelParliament,
    TwfyXml,
    ParlamintTei,
    HansardApi,
    HistoricXml,
    AkomaNtoso,
}

impl InputChoice {
    /// The format to force, or `None` to detect.
    pub fn forced(self) -> Option<InputFormat> {
        match self {
            InputChoice::Auto => None,
            InputChoice::HansardText => Some(InputFormat::HansardText),
            InputChoice::HansardHtml => Some(InputFormat::HansardHtml),
            InputChoice::ParallelParliament => Some(InputFormat::ParallelParliament),
            InputChoice::TwfyXml => Some(InputFormat::TwfyXml),
            InputChoice::ParlamintTei => Some(InputFormat::ParlamintTei),
            InputChoice::HansardApi => Some(InputFormat::HansardApi),
            InputChoice::HistoricXml => Some(InputFormat::HistoricXml),
            InputChoice::AkomaNtoso => Some(InputFormat::AkomaNtoso),
        }
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// Turn parliamentary debate transcripts into "At a Glance" summaries: who opened the debate,
/// who answered for the Government, who else spoke and how much, what was asked and what
/// the Government said.
#[derive(Debug, Parser)]
#[command(
    name = "debate-summary",
    version,
    about,
    after_help = "Examples:\n  debate-summary samples/westminster-hall-image-abuse.txt\n  debate-summary --format json debate.txt | jq '.debates[].minister.name'\n  debate-summary --format csv -j 2 transcripts/ > speakers.csv",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Transcripts: files, folders (walked recursively), - for standard input, or a Hansard
    /// web address or debate id (fetched from the Hansard API).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,

    /// Input format; detected from the content when auto.
    #[arg(long, value_enum, default_value_t = InputChoice::Auto)]
    pub input_format: InputChoice,

    /// Worker threads for folders (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Write one output file per transcript into DIR instead of standard output.
    #[arg(short, long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// No progress bar and no warnings on standard error.
    #[arg(short, long)]
    pub quiet: bool,

    /// With several debates in table or Markdown format, print every debate in full after
    /// the overview.
    #[arg(long)]
    pub detail: bool,

    /// After the results: the members who spoke most, the ministers who answered most and
    /// the most frequent tags across every debate read.
    #[arg(long)]
    pub rollup: bool,

    /// Colour in tables: auto (only on a terminal, never with NO_COLOR), always, never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Table width in columns (default: the terminal's, or COLUMNS, or 100).
    #[arg(long, value_name = "COLS")]
    pub width: Option<u16>,

    /// Refuse inputs larger than this many bytes (a fetched answer too).
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_SIZE)]
    pub max_size: u64,

    /// Where a Hansard address or debate id is fetched from: the Hansard API's base address
    /// (the same paths are used under it).
    #[arg(long, value_name = "URL", env = "DEBATE_SUMMARY_API_BASE", default_value = crate::fetch::DEFAULT_API_BASE)]
    pub api_base: String,

    /// Keep each fetched debate's JSON in DIR as <id>.json, so the run can be repeated
    /// offline.
    #[arg(long, value_name = "DIR")]
    pub save: Option<std::path::PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the JSON Schema of --format json.
    Schema,
    /// Print shell completions.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}
