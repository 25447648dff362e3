//! Plurals the English Snowball stemmer leaves apart from their singular, as data `build.rs`
//! also reads (to stem the tag cues as a run would). The stemmer keeps the "e" of a short
//! word's "-es" ("buses" → "buse", "gases" → "gase"), so "bus" and "buses" would share no
//! stem and a reply about "bus services" would not be linked to an ask about "buses".

/// Lower-case plural and the stem of its singular.
pub const PLURALS: &[(&str, &str)] = &[
    ("buses", "bus"),
    ("busses", "bus"),
    ("gases", "gas"),
    ("pluses", "plus"),
];

/// The stem of a listed plural.
pub fn plural_stem(low: &str) -> Option<&'static str> {
    PLURALS.iter().find(|(p, _)| *p == low).map(|(_, s)| *s)
}
