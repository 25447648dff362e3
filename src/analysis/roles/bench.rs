//! The Government front bench as the House treats it: members who intervene address a
//! minister by office ("Will the Secretary of State give way?", "I am grateful to the
//! Minister for giving way", "Does the Minister accept that ...?"), and the chair calls one
//! so ("I call the Secretary of State"). A record that prints names alone (no office) still
//! shows in this way who speaks for the Government: the Secretary of State who opens a
//! Government debate or moves the Government's amendment on an Opposition Day as well as the
//! junior minister who winds up.

use crate::analysis::speakers::Cast;
use crate::model::RawDebate;

/// The longest intervention (in words) read for how it addresses the member who gave way.
const INTERVENTION_WORDS: usize = 200;

/// The fewest words of a speech that answers the chair's call.
const CALLED_SPEECH_WORDS: usize = 20;

/// What an intervention ends its thanks with: the member thanked is the one who gave way.
const GAVE_WAY: [&str; 4] = [
    " for giving way",
    " for allowing me to intervene",
    " for letting me intervene",
    " for taking my intervention",
];

/// The words that open a question put to the member named next ("Will the Minister ...?").
const ASKING: [&str; 9] = [
    "Will ",
    "Does ",
    "Do ",
    "Can ",
    "Could ",
    "Would ",
    "Is ",
    "Has ",
    "May I ask ",
];

/// How a member names a colleague before their office ("my right hon. Friend the Secretary
/// of State", "the noble Lord the Minister").
const BEFORE_OFFICE: [&str; 7] = [
    "my right hon. and learned Friend ",
    "my right hon. Friend ",
    "my hon. and learned Friend ",
    "my hon. Friend ",
    "my noble Friend ",
    "the noble Lord ",
    "the noble Baroness ",
];

/// Speakers the House addresses as holding a Government office, in the order first found.
pub(super) fn addressed_by_office(
    d: &RawDebate,
    cast: &Cast,
    seq: &[(usize, usize)],
) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    let mut add = |p: usize| {
        if !found.contains(&p) {
            found.push(p);
        }
    };
    for (k, &(j, q)) in seq.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|k| seq.get(k)).map(|&(_, p)| p);
        let next = seq.get(k + 1).map(|&(_, p)| p);
        let Some(first) = d.paragraphs(j).first() else {
            continue;
        };
        // A question put to an office in the form of question time ("My question is
        // addressed to the Treasurer.") is answered by the one who speaks next.
        if let Some(p) = next.filter(|&p| p != q)
            && asks_an_office_in_form(first)
            && seq
                .get(k + 1)
                .is_some_and(|&(i, _)| cast.words_of(i) >= CALLED_SPEECH_WORDS)
        {
            add(p);
        }
        // An intervention in a speech: the same member speaks either side of it.
        let within = prev.filter(|&p| p != q && next.is_none_or(|n| n == p));
        if let Some(p) = within
            && cast.words_of(j) <= INTERVENTION_WORDS
            && (thanks_an_office(first)
                || (puts_to_an_office(first)
                    && d.paragraphs(j)
                        .last()
                        .is_some_and(|t| t.trim_end().ends_with('?'))))
        {
            add(p);
        }
    }
    // Called by the chair: "I call the Secretary of State."
    for (i, p) in cast.by_contribution.iter().enumerate() {
        if p.is_some_and(|p| cast.is_chair(p))
            && d.paragraphs(i).iter().any(|t| super::inferred::calls_a_minister(t))
            && let Some(next) = cast.speaker_of(i + 1).filter(|&n| !cast.is_chair(n))
            // A speech answers the call, not a cry across the floor.
            && cast.words_of(i + 1) >= CALLED_SPEECH_WORDS
        {
            add(next);
        }
    }
    found
}

/// "My question is addressed to the Treasurer.", "My question is to the Minister for
/// Health": the form in which question time puts a question to an office.
fn asks_an_office_in_form(t: &str) -> bool {
    const QUESTION: [&str; 3] = [
        "My question is ",
        "My first question is ",
        "My supplementary question is ",
    ];
    const TO: [&str; 4] = [
        "addressed to the ",
        "directed to the ",
        "to the ",
        "for the ",
    ];
    QUESTION.iter().any(|q| {
        t.strip_prefix(q).is_some_and(|rest| {
            TO.iter().any(|to| {
                rest.strip_prefix(to)
                    .is_some_and(|office| office_named(office).is_some())
            })
        })
    })
}

/// "I am grateful to the Secretary of State for giving way": the thanks name an office.
fn thanks_an_office(t: &str) -> bool {
    GAVE_WAY.iter().any(|g| {
        t.find(g).is_some_and(|at| {
            let before = t.get(..at).unwrap_or("");
            // The office is what follows the last "the " before the thanks' end.
            before
                .rfind("the ")
                .and_then(|i| before.get(i + 4..))
                .is_some_and(|office| office_named(office) == Some(office.len()))
        })
    })
}

/// "Will the Minister confirm ...?", "Does my right hon. Friend the Secretary of State
/// agree ...?": a question that opens by naming an office.
fn puts_to_an_office(t: &str) -> bool {
    ASKING.iter().any(|a| {
        t.strip_prefix(a).is_some_and(|rest| {
            let rest = BEFORE_OFFICE
                .iter()
                .find_map(|b| rest.strip_prefix(b))
                .unwrap_or(rest);
            rest.strip_prefix("the ")
                .is_some_and(|office| office_named(office).is_some())
        })
    })
}

/// Whether a paragraph puts something to a Government office: one of its sentences opens by
/// naming it ("Will the Secretary of State ...?") or asks it ("I would like to ask the
/// Chancellor of the Duchy of Lancaster two specific questions").
pub(super) fn addresses_an_office(t: &str) -> bool {
    let asks = t.match_indices("ask the ").any(|(i, m)| {
        t.get(i + m.len()..)
            .is_some_and(|office| office_named(office).is_some())
    });
    asks || std::iter::once(t)
        .chain(
            t.match_indices(['.', '?', '!'])
                .filter_map(|(i, _)| t.get(i + 1..)?.strip_prefix(' ')),
        )
        .any(puts_to_an_office)
}

/// The length of the Government office that opens `s` ("Secretary of State for Health",
/// "Minister", "Home Secretary"), read as capitalised words joined by "of", "for", "and" and
/// "the"; `None` when those words name no Government office ("hon. Gentleman", "shadow
/// Minister", "Parliamentary Private Secretary").
pub(super) fn office_named(s: &str) -> Option<usize> {
    const JOINING: [&str; 4] = ["of", "for", "and", "the"];
    let mut at = 0;
    let mut end = 0;
    for w in s.split(' ') {
        let start = at;
        at += w.len() + 1;
        let bare = w.trim_end_matches([',', '.', '?', ';', ':']);
        if bare.ends_with("'s") || bare.ends_with("\u{2019}s") {
            // The office owns what is asked about ("the Prime Minister's announcement").
            return None;
        }
        if bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            end = start + bare.len();
        } else if !(JOINING.contains(&bare) && end > 0) {
            break;
        }
        // Punctuation ends the office ("addressed to the Treasurer. Treasurer, is ...").
        if bare.len() < w.len() {
            break;
        }
    }
    let office = s.get(..end)?;
    let named = office.split_whitespace().count() <= 8
        && (crate::names::is_ministerial(office)
            || (office.ends_with(" Secretary") && !office.contains("Private")));
    named.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::{
        addresses_an_office, asks_an_office_in_form, office_named, puts_to_an_office,
        thanks_an_office,
    };

    #[test]
    fn question_time_puts_a_question_to_an_office_in_form() {
        for t in [
            "My question is addressed to the Treasurer. Treasurer, is the government concerned?",
            "My question is to the Minister for the Environment and Water Resources and relates to a dam.",
            "My first question is for the Prime Minister.",
        ] {
            assert!(asks_an_office_in_form(t), "{t}");
        }
        for t in [
            "My question is to the Leader of the Opposition.",
            "My question is addressed to the honourable member for Moreton.",
            "The question is that the amendment be agreed to.",
        ] {
            assert!(!asks_an_office_in_form(t), "{t}");
        }
    }

    #[test]
    fn an_office_ends_at_punctuation() {
        assert_eq!(office_named("Treasurer. Treasurer, is it so?"), Some(9));
        assert_eq!(office_named("Minister, Madam Speaker, will"), Some(8));
        assert_eq!(
            office_named("Secretary of State for Health, will"),
            Some(29)
        );
    }

    #[test]
    fn interventions_that_address_a_minister_by_office() {
        for t in [
            "I am grateful to the Secretary of State for giving way.",
            "I thank my right hon. Friend the Minister for giving way.",
            "I am grateful to the Home Secretary for giving way, and I welcome what he said.",
        ] {
            assert!(thanks_an_office(t), "{t}");
        }
        for t in [
            "I am grateful to the hon. Gentleman for giving way.",
            "I thank the shadow Minister for giving way.",
            "I thank my hon. Friend for giving way; does the Minister agree?",
        ] {
            assert!(!thanks_an_office(t), "{t}");
        }
        for t in [
            "Will the Secretary of State give way?",
            "Does the Minister accept that the cuts were wrong?",
            "Will my right hon. Friend the Secretary of State confirm that?",
            "May I ask the Secretary of State what that level of support will be?",
        ] {
            assert!(puts_to_an_office(t), "{t}");
        }
        for t in [
            "Will the hon. Gentleman give way?",
            "Does my hon. Friend agree that the Minister should act?",
            "Will the shadow Secretary of State give way?",
            "Does the Parliamentary Private Secretary agree?",
        ] {
            assert!(!puts_to_an_office(t), "{t}");
        }
        assert!(addresses_an_office(
            "I would like to ask the Chancellor of the Duchy of Lancaster two specific questions."
        ));
        assert!(!addresses_an_office(
            "I welcome the review. When does the Secretary of State expect the beds?"
        ));
        assert!(addresses_an_office(
            "I welcome the review. Does the Secretary of State expect the beds this year?"
        ));
        assert!(!addresses_an_office(
            "The Government have just released a statement. Is that in order?"
        ));
        assert_eq!(office_named("Minister for Housing to reply"), Some(20));
    }
}
