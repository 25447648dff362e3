//! Courtesies: the pleasantries, thanks and procedure a summary or a request must never be
//! made of ("It is a pleasure to serve under your chairmanship", "I thank the hon. Member").

use super::courtesy_forms::{Form, Users, courtesy_forms, phrases};
use super::{lowercases_into_ascii, normalise_for_match};
use std::sync::LazyLock;

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// An ASCII word boundary at byte `i` (as `\b` without Unicode).
fn boundary(t: &[u8], i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .and_then(|j| t.get(j))
        .copied()
        .is_some_and(is_word_byte);
    let after = t.get(i).copied().is_some_and(is_word_byte);
    before != after
}

/// The courtesy forms, and for each phrase of `phrase_table::COURTESY` the (form, part)
/// pairs that use it.
struct Courtesy {
    forms: Vec<Form>,
    users: Vec<Users>,
}

static COURTESY: LazyLock<Courtesy> = LazyLock::new(|| {
    let forms = courtesy_forms();
    let users = phrases(&forms).1;
    Courtesy { forms, users }
});

/// Whether normalised text holds a courtesy form: every occurrence of every phrase is found
/// in one pass, then each form's parts are chained within their gaps.
pub(super) fn has_courtesy_form(t: &str) -> bool {
    let c = &*COURTESY;
    let bytes = t.as_bytes();
    // (form, part, start, end) of each occurrence that keeps its part's boundaries.
    let mut hits: Vec<(usize, usize, usize, usize)> = Vec::new();
    for m in crate::phrase_table::COURTESY.overlapping(bytes) {
        let users = c.users.get(m.pattern).map_or(&[][..], Vec::as_slice);
        for &(f, p) in users {
            let Some(part) = c.forms.get(f).and_then(|form| form.parts.get(p)) else {
                continue;
            };
            let mut end = m.end;
            if part.extend {
                while bytes.get(end).copied().is_some_and(is_word_byte) {
                    end += 1;
                }
            }
            if (!part.lead || boundary(bytes, m.start)) && (!part.trail || boundary(bytes, end)) {
                hits.push((f, p, m.start, end));
            }
        }
    }
    c.forms.iter().enumerate().any(|(f, form)| {
        let spans = |p: usize| {
            hits.iter()
                .filter(move |h| h.0 == f && h.1 == p)
                .map(|h| (h.2, h.3))
        };
        let mut ends: Vec<usize> = spans(0).map(|(_, e)| e).collect();
        for (p, gap) in form.gaps.iter().enumerate() {
            if ends.is_empty() {
                return false;
            }
            ends = spans(p + 1)
                .filter(|&(s, _)| ends.iter().any(|&e| e <= s && s - e <= *gap))
                .map(|(_, e)| e)
                .collect();
        }
        !ends.is_empty()
    })
}

/// Courtesies ("It is a pleasure to serve under your chairmanship", "I thank my hon. Friend for
/// securing this debate") are never requests or summary sentences.
pub fn is_courtesy(s: &str) -> bool {
    // Every courtesy form holds one of these (`cues::COURTESY_CUES`); most sentences hold
    // none and skip the forms.
    if !crate::phrase_table::COURTESY_CUES.is_match(s) && !lowercases_into_ascii(s) {
        return false;
    }
    has_courtesy_form(&normalise_for_match(s))
}

#[cfg(test)]
mod table_tests {
    /// The forms' phrases are the patterns of the table `build.rs` built from them, in order
    /// (the pattern numbers the table reports index `users`).
    #[test]
    fn the_courtesy_table_holds_the_forms_phrases_in_order() {
        let forms = super::courtesy_forms();
        assert_eq!(
            super::phrases(&forms).0,
            crate::phrase_table::COURTESY_PATTERNS
        );
    }
}
