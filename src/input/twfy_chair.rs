//! Who presides in a TheyWorkForYou sitting: "[X in the Chair]" notices, the Northern
//! Ireland Assembly's presiding notices, the chair's full name learnt elsewhere in the
//! sitting, and a presiding officer the record names as a member, known by their rulings.

use super::attribution::{self, collapse_ws};
use crate::model::{AttrKind, Attribution, Contribution, RawDebate};
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

/// How a presiding officer rules, in words no member uses of their own floor.
const RULINGS: [&str; 11] = [
    "is warned",
    "will resume his seat",
    "will resume her seat",
    "has the call",
    "will get the call",
    "The question is that",
    "The question now is that",
    "That is not a point of order",
    "There is no point of order",
    "comes to order",
    "I will not ask you again",
];

/// Whether a contribution is a ruling from the chair: it opens "Order!" or rules.
fn rules(c: &Contribution) -> bool {
    let opens_order = c.paragraphs.first().is_some_and(|p| {
        p.strip_prefix("Order")
            .is_some_and(|r| r.starts_with(['!', '.', ',']))
    });
    opens_order
        || c.paragraphs
            .iter()
            .any(|p| RULINGS.iter().any(|r| p.contains(r)))
}

/// A sitting whose record names its presiding officer as a member (OpenAustralia's
/// "David Peter Maxwell Hawker", the Speaker): whoever rules three times or more, in at
/// least half of all they say in the sitting, presides, in every item.
pub(super) fn chairs_by_rulings(debates: &mut [RawDebate]) {
    let key = |a: &Attribution| a.id.clone().or_else(|| a.name.clone());
    let mut said: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for c in debates.iter().flat_map(|d| d.contributions.iter()) {
        if c.speaker.kind == AttrKind::Person
            && let Some(k) = key(&c.speaker)
        {
            let e = said.entry(k).or_default();
            e.0 += 1;
            e.1 += usize::from(rules(c));
        }
    }
    let presides = |a: &Attribution| {
        a.kind == AttrKind::Person
            && key(a)
                .and_then(|k| said.get(&k))
                .is_some_and(|&(all, ruling)| ruling >= 3 && ruling * 2 >= all)
    };
    for a in debates
        .iter_mut()
        .flat_map(|d| d.contributions.iter_mut())
        .map(|c| &mut c.speaker)
    {
        if presides(a) {
            a.kind = AttrKind::Chair;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::chairs_by_rulings;
    use crate::model::{AttrKind, Attribution, Contribution, RawDebate};

    fn said(name: &str, words: &str) -> Contribution {
        let mut a = Attribution::person(name);
        a.id = Some(name.to_lowercase());
        Contribution {
            speaker: a,
            paragraphs: vec![words.to_string()],
        }
    }

    #[test]
    fn one_who_rules_in_most_of_what_they_say_presides() {
        let mut debates = vec![
            RawDebate {
                contributions: vec![
                    said(
                        "Jo Roe",
                        "My question is to the Prime Minister about water.",
                    ),
                    said("Ann Hale", "Order! The member for Upton is warned!"),
                    said(
                        "Al Poe",
                        "Order! Order! The honourable member is out of order.",
                    ),
                    said("Bo Lee", "I answer the question: the dams will be built."),
                ],
                ..RawDebate::default()
            },
            RawDebate {
                contributions: vec![
                    said(
                        "Ann Hale",
                        "The question is that the bill be now read a second time.",
                    ),
                    said("Ann Hale", "Order! The Treasurer has the call."),
                    said("Ann Hale", "I thank the House for its patience today."),
                    said(
                        "Al Poe",
                        "I move that the House do now adjourn, as it is late.",
                    ),
                    said("Al Poe", "The roads in my electorate need money."),
                ],
                ..RawDebate::default()
            },
        ];
        chairs_by_rulings(&mut debates);
        let chairs: Vec<String> = debates
            .iter()
            .flat_map(|d| d.contributions.iter())
            .filter(|c| c.speaker.kind == AttrKind::Chair)
            .filter_map(|c| c.speaker.name.clone())
            .collect();
        // Three rulings in four turns; one "Order!" in three turns is a member's.
        assert_eq!(chairs, ["Ann Hale"; 4]);
    }

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
