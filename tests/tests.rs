//! One integration test binary: the CLI end to end, golden outputs of every sample, folders,
//! bad input, and (when `../shared` is present) the real transcripts.

mod asks;
mod bad_input;
mod batch;
mod bench;
mod business;
mod cli;
mod corpus;
mod editorial;
mod fetch;
mod formats;
mod golden;
#[path = "../fuzz/harness.rs"]
mod harness;
mod html;
mod props;
mod readme;
mod util;
