//! Who presides in a TheyWorkForYou sitting: "[X in the Chair]" notices, the Northern
//! Ireland Assembly's presiding notices, and the chair's full name learnt elsewhere in the
//! sitting.

use super::attribution::{self, collapse_ws};
use crate::model::{AttrKind, Attribution, RawDebate};
use regex_lite::Regex;
use std::sync::LazyLock;

pub(super) static CHAIR_IN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[\s*([^\]]+?)\s+in\s+the\s+chair\s*\]").expect("static regex")
});
/// "(Mr Deputy Speaker [Mr McClarty] in the Chair)": the Northern Ireland Assembly names its
/// presiding officer in a notice, then records them under their own name.
static PRESIDING_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*(?:mr|madam)\s+(?:deputy\s+)?(?:speaker|principal deputy speaker|presiding officer)\s*(?:\[\s*([^\]]+?)\s*\])?\s+in\s+the\s+chair\s*\)?\.?$")
        .expect("static regex")
});

/// The presiding officer named in a notice is the chair whether the record calls them
/// "Mr Deputy Speaker" or by their name ("David McClarty"): one person, one chair entry.
pub(super) fn presiding_officer(
    speaker: &mut Attribution,
    presiding: Option<&str>,
    full_name: &mut Option<String>,
) {
    let Some(surname) = presiding else {
        return;
    };
    let named = speaker.kind == AttrKind::Person
        && speaker
            .name
            .as_deref()
            .is_some_and(|n| attribution::surname(n).eq_ignore_ascii_case(surname));
    if named {
        *full_name = speaker.name.clone();
        speaker.kind = AttrKind::Chair;
        speaker
            .office
            .get_or_insert_with(|| "Deputy Speaker".to_string());
    } else if speaker.kind == AttrKind::Chair
        && speaker.name.is_none()
        && speaker.raw.to_lowercase().contains("deputy")
    {
        speaker.office = Some(collapse_ws(&speaker.raw));
        speaker.name = Some(full_name.clone().unwrap_or_else(|| surname.to_string()));
        // The office's id is shared by every deputy; the person is the name.
        speaker.id = None;
    }
}

/// Whether a text can hold a "[... in the Chair]" notice: only one with both brackets is
/// searched (the search reads every paragraph, and almost none has a bracket).
fn may_hold_chair_notice(t: &str) -> bool {
    t.contains('[') && t.contains(']')
}

/// Whether a paragraph can be a presiding notice ("Mr. Deputy Speaker in the Chair"): only
/// one that opens, after a bracket and spaces, with "Mr" or "Madam" (ASCII case aside) is
/// matched against the pattern.
fn may_be_presiding_notice(t: &str) -> bool {
    let mut c = crate::scan::Cursor::new(t);
    c.byte(b'(');
    c.space();
    c.one_of(&["mr", "madam"]).is_some()
}

/// The "[... in the Chair]" notice in a text, searched for only where one can be.
pub(in crate::input) fn chair_notice_in(t: &str) -> Option<regex_lite::Captures<'_>> {
    may_hold_chair_notice(t)
        .then(|| CHAIR_IN_HEADING.captures(t))
        .flatten()
}

/// A presiding notice, matched only where one can be.
pub(super) fn presiding_notice(t: &str) -> Option<regex_lite::Captures<'_>> {
    may_be_presiding_notice(t)
        .then(|| PRESIDING_NOTICE.captures(t))
        .flatten()
}

/// A chair known only by the surname a notice gave ("McClarty"), as the debate's chair or
/// as the speaker of the chair's turns, takes the full name the record gives them elsewhere
/// in the sitting ("David McClarty").
pub(super) fn full_chair_names(debates: &mut [RawDebate]) {
    let names: Vec<String> = debates
        .iter()
        .flat_map(|d| d.contributions.iter())
        .filter_map(|c| c.speaker.name.clone())
        .collect();
    let full = |surname: &str| {
        (!surname.contains(' '))
            .then(|| {
                names.iter().find(|n| {
                    n.contains(' ') && attribution::surname(n).eq_ignore_ascii_case(surname)
                })
            })
            .flatten()
            .cloned()
    };
    // "The Presiding Officer" alone carries the member's id that "The Presiding Officer (Alex
    // Fergusson)" carries elsewhere in the sitting.
    let by_id: std::collections::BTreeMap<String, String> = debates
        .iter()
        .flat_map(|d| d.contributions.iter())
        .filter_map(|c| Some((c.speaker.id.clone()?, c.speaker.name.clone()?)))
        .collect();
    for d in debates.iter_mut() {
        if let Some(name) = d.chair.as_deref().and_then(full) {
            d.chair = Some(name);
        }
        for a in d
            .contributions
            .iter_mut()
            .map(|c| &mut c.speaker)
            .filter(|a| a.kind == AttrKind::Chair)
        {
            if let Some(name) = a.name.as_deref().and_then(full) {
                a.name = Some(name);
            } else if a.name.is_none()
                && let Some(name) = a.id.as_deref().and_then(|id| by_id.get(id))
            {
                a.name = Some(name.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The cheap checks pass every text the patterns match: they skip only searches
        /// that would find nothing.
        #[test]
        fn the_notice_checks_never_skip_a_notice(
            t in crate::scan::oracle::shaped(&[
                &["", "(", "[", " ", "\t"],
                &["", " ", "\x0B"],
                &["Mr", "MADAM", "mr.", "Madam", "Sir Roger Gale", "x", "[Mr. Speaker"],
                &[" ", "  ", ""],
                &["Deputy ", "", "Principal Deputy "],
                &["Speaker", "speaker", "Presiding Officer", "Gale"],
                &["", " [Mr. Ian Gale]", "]"],
                &[" in the Chair", " in  the chair", " IN THE CHAIR", " in the Chair]"],
                &["", ")", ".", "]", ")."],
            ])
        ) {
            if super::PRESIDING_NOTICE.is_match(t.trim()) {
                proptest::prop_assert!(super::may_be_presiding_notice(t.trim()));
            }
            if super::CHAIR_IN_HEADING.is_match(&t) {
                proptest::prop_assert!(super::may_hold_chair_notice(&t));
            }
        }
    }
}
