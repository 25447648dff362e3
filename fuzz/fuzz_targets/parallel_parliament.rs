//! Fuzzes one parser, then analysis and every renderer, on arbitrary text.
#![no_main]

use debate_summary::input::InputFormat;
use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        harness::exercise(text, Some(InputFormat::ParallelParliament));
    }
});
