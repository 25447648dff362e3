//! How members speak in each House and venue, as data for `build.rs`, which builds the list
//! into `phrase_table::HOUSE_CUES` for `input::leanings`. The order matters: `leanings`
//! counts by it.

/// Lords first (0–2), then the Commons (3–6), its Chamber (7–10), and Westminster Hall
/// (11–13).
pub const HOUSE_CUES: &[&str] = &[
    "My Lords",
    "noble Lord",
    "noble Baroness",
    "hon. Member",
    "hon. Friend",
    "hon. Lady",
    "hon. Gentleman",
    "Mr Speaker",
    "Mr. Speaker",
    "Deputy Speaker",
    "this House",
    "under your chairmanship",
    "Westminster Hall",
    "serve under you",
];
