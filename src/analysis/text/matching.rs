//! Matching helpers shared by the analysis: cue automata, procedural sentences, and text
//! folded for whole-word matching.

/// Whether `s` holds one of the two characters outside ASCII that lowercase into ASCII
/// letters (the Kelvin sign and the dotted capital I): case-blind ASCII tests can miss a cue
/// in such text, which must then be lowercased first.
pub fn lowercases_into_ascii(s: &str) -> bool {
    s.contains(['\u{212A}', '\u{130}'])
}

/// Sentences that are procedure rather than argument.
pub fn is_procedural(s: &str) -> bool {
    let t = s.trim();
    // "I call the Minister" is the chair's; "I call on the Government to ..." is a demand.
    crate::prebuilt::PROCEDURAL_SENTENCE.is_match(t)
        && !t
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("i call on "))
}

/// Lowercase with punctuation folded to spaces, as a matcher sees it.
pub fn normalise_for_match(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            // The common case, without the general lowercasing.
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            // Punctuation, spaces and apostrophes ("today's" → "today s", like the word
            // matcher) all become one space.
            out.push(' ');
            space = true;
        }
    }
    // Only spaces are trimmed: at most one at each end.
    if out.ends_with(' ') {
        out.pop();
    }
    if out.starts_with(' ') {
        out.remove(0);
    }
    out
}
