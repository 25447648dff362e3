//! Fuzzes the whole path: bytes → decoding → detection → parsing → analysis → rendering.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    debate_summary::fuzz_support::exercise_bytes(data);
});
