//! Exit codes (SPEC "Command line").

/// Every input was summarised.
pub const SUCCESS: u8 = 0;
/// One or more inputs failed; every other input was still summarised.
pub const INPUT_FAILED: u8 = 1;
/// A usage error (clap's own exit status for bad options is also 2).
pub const USAGE: u8 = 2;
