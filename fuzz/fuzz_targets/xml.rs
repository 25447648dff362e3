//! Fuzzes both XML readers (TheyWorkForYou and ParlaMint TEI) on arbitrary text.
#![no_main]

use debate_summary::input::InputFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        debate_summary::fuzz_support::exercise(text, Some(InputFormat::TwfyXml));
        debate_summary::fuzz_support::exercise(text, Some(InputFormat::ParlamintTei));
    }
});
