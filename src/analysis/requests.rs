//! Key requests: sentences in which members ask the Government to act ("I call on the
//! Government to ...", "Will the Minister ...?", "the Government should ...", "I urge ...",
//! "we need a ..."), quoted as spoken, with who asked; the lead's first, then in spoken order.

use super::text::{is_courtesy, sentences, word_count};
use std::sync::LazyLock;

use crate::prebuilt::ASK;

static NOT_A_REQUEST: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(r"(?i-u)\bgive\ way\b|\bgiving way\b|\bin a moment\b|^order\b")
        .expect("static regex")
});

/// True when a sentence asks something of the Government.
pub fn is_request(s: &str) -> bool {
    crate::phrase_table::REQUEST_CUES.is_match(s) && asks_of_government(s, word_count(s))
}

/// [`is_request`] for a sentence whose word count is known.
pub fn is_request_counted(s: &str, words: usize) -> bool {
    crate::phrase_table::REQUEST_CUES.is_match(s) && asks_of_government(s, words)
}

fn asks_of_government(s: &str, n: usize) -> bool {
    (5..=90).contains(&n)
        && ASK.is_match(s.as_bytes())
        && !NOT_A_REQUEST.is_match(s)
        && !is_courtesy(s)
}

/// All requests in a speaker's paragraphs, in order.
pub fn requests_in<'a>(paragraphs: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    paragraphs
        .flat_map(|p| sentences(p))
        .filter(|s| is_request(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_requests() {
        assert!(is_request(
            "Would the Minister be willing to meet me and representatives of the industry?"
        ));
        assert!(is_request(
            "I call on the Government to ban the creation of sexually explicit deepfakes."
        ));
        assert!(is_request(
            "The Government should make image-based abuse a priority offence."
        ));
        assert!(is_request("We need a national online abuse commission."));
        // Forms that name neither the Government nor a minister.
        assert!(is_request(
            "In particular, the bridge at the junction should be widened to reduce flooding."
        ));
        assert!(is_request(
            "I should be grateful if she told us how long the review will take."
        ));
    }

    #[test]
    fn courtesies_and_procedure_are_not_requests() {
        assert!(!is_request("Will the Minister give way?"));
        assert!(!is_request(
            "I thank my hon. Friend for securing this debate, and I urge everyone to listen."
        ));
        assert!(!is_request("The weather was fine."));
    }
}
