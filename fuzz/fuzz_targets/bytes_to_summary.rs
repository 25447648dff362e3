//! Fuzzes the whole path: bytes → decoding → detection → parsing → analysis → rendering.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../harness.rs"]
mod harness;

fuzz_target!(|data: &[u8]| {
    harness::exercise_bytes(data);
});
