//! Fuzzes the XML readers (TheyWorkForYou, ParlaMint TEI, Historic Hansard, Akoma
//! Ntoso) on arbitrary text.
#![no_main]

use debate_summary::input::InputFormat;
use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        harness::exercise(text, Some(InputFormat::TwfyXml));
        harness::exercise(text, Some(InputFormat::ParlamintTei));
        harness::exercise(text, Some(InputFormat::HistoricXml));
        harness::exercise(text, Some(InputFormat::AkomaNtoso));
    }
});
