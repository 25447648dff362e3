//! The kind of thing an ask asks for (a meeting, a statement, a review, legislation,
//! funding), from the verb of its action and then from its words.

use crate::model::AskKind;

/// The verbs that open an action, by the kind of thing they ask for, tried in order.
const VERB_KINDS: &[(AskKind, &[&str])] = &[
    (AskKind::Meeting, &["meet"]),
    (
        AskKind::Statement,
        &[
            "publish",
            "confirm",
            "tell",
            "explain",
            "clarify",
            "guarantee",
            "update",
            "state",
            "say",
            "set",
        ],
    ),
    (
        AskKind::Review,
        &[
            "review",
            "look",
            "consider",
            "assess",
            "evaluat",
            "investigat",
            "consult",
            "examine",
        ],
    ),
    (
        AskKind::Legislation,
        &[
            "ban",
            "legislat",
            "outlaw",
            "criminalis",
            "regulat",
            "amend",
            "repeal",
            "abolish",
        ],
    ),
    (AskKind::Funding, &["fund", "invest", "pay", "compensat"]),
];

/// Words anywhere in a request, by the kind of thing they ask for, tried in order.
const WORD_KINDS: &[(AskKind, &[&str])] = &[
    (
        AskKind::Meeting,
        &[
            // "meet", "meeting": only when a meeting in person is meant (`meets_in_person`).
            "engage with me",
            "further talks",
            "sit down with",
            "receive a delegation",
            // "so that we can sit around a table", "if he opened his door".
            "round a table",
            "round the table",
            "open his door",
            "opened his door",
            "open her door",
            "opened her door",
        ],
    ),
    (
        AskKind::Legislation,
        &[
            "legislat",
            " law",
            " bill",
            " ban ",
            "banning",
            "offence",
            "regulation",
            "statutory",
            " act ",
            "power to",
            "powers",
        ],
    ),
    (
        AskKind::Funding,
        &[
            "fund",
            "£",
            "money",
            "grant",
            "invest",
            "budget",
            "settlement",
            "compensat",
            "pay for",
        ],
    ),
    (
        AskKind::Review,
        &[
            "review",
            "look again",
            "look at",
            "consider",
            "assess",
            "evaluat",
            "inquiry",
            "consult",
            "investigat",
        ],
    ),
    (
        AskKind::Statement,
        &[
            "confirm",
            "publish",
            "set out",
            "tell ",
            "explain",
            "update",
            "clarify",
            "statement",
            "assurance",
            "guarantee",
            "say how",
            "say what",
        ],
    ),
];

/// What kind of thing is asked for, when the action has already been found. The action's
/// own verb decides first ("publish the evaluation of the fund" is a statement, not
/// funding); then the words anywhere in the request.
pub fn kind_of_ask(text: &str, ask: &str) -> AskKind {
    let ask = ask.to_lowercase();
    let first = ask.split_whitespace().next().unwrap_or("");
    let t = text.to_lowercase();
    // "meet" asks for a meeting only when people are to be met, not targets or needs.
    VERB_KINDS
        .iter()
        .find(|(kind, verbs)| {
            verbs.iter().any(|v| first.starts_with(v))
                && (*kind != AskKind::Meeting || meets_in_person(&ask))
        })
        .or_else(|| {
            WORD_KINDS.iter().find(|(kind, words)| {
                words.iter().any(|w| t.contains(w))
                    || (*kind == AskKind::Meeting && meets_in_person(&t))
            })
        })
        .map_or(AskKind::Other, |(kind, _)| *kind)
}

/// What a member "meets" when no meeting is meant: "meet net zero targets", "meet the needs
/// of pupils", "meeting the September 2007 deadline", "meet the cost".
const MET_NOT_IN_PERSON: [&str; 20] = [
    "need",
    "deadline",
    "target",
    "commitment",
    "requirement",
    "expectation",
    "test",
    "demand",
    "challenge",
    "suggestion",
    "request",
    "cost",
    "obligation",
    "standard",
    "criteri",
    "goal",
    "shortfall",
    "ambition",
    "pledge",
    "threshold",
];

/// Words that end what is met ("meet representatives to discuss the targets" meets people).
const MET_ENDS: [&str; 11] = [
    "to", "and", "about", "on", "so", "who", "which", "that", "because", "when", "if",
];

/// True when a lower-case text asks to meet someone in person: a "meet" or "meeting" whose
/// object, up to the next clause, is not a target, a need, a deadline or a cost ("meet me",
/// "meet my constituents", "a meeting ahead of the conference"; not "meet net zero targets"
/// or "meeting the needs of pupils").
pub fn meets_in_person(low: &str) -> bool {
    // Most asks hold no "meet" and skip the word split.
    if !low.contains("meet") {
        return false;
    }
    let alphanumeric_end = |w: &str| w.ends_with(|c: char| c.is_alphanumeric());
    let words: Vec<&str> = low.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        // Not "meets": "if, when he next meets the chairman, he will discuss ..." asks what
        // he will discuss.
        if !matches!(bare, "meet" | "meeting" | "meetings") {
            return false;
        }
        // What is met, to the end of its clause ("meet?" and "meet," end there).
        if alphanumeric_end(w) {
            for next in words.iter().skip(i + 1).take(5) {
                let bare = next.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
                if MET_ENDS.contains(&bare) {
                    break;
                }
                if MET_NOT_IN_PERSON.iter().any(|m| bare.starts_with(m)) {
                    return false;
                }
                if !alphanumeric_end(next) {
                    break;
                }
            }
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use super::{kind_of_ask, meets_in_person};
    use crate::model::AskKind;

    #[test]
    fn a_meeting_is_asked_only_when_people_are_to_be_met() {
        for met in [
            "will he meet me to discuss the targets?",
            "will she meet my constituents and get their views?",
            "will the minister agree to a meeting?",
            "will he meet representatives to discuss how the deadline can be met?",
            "will he hold a meeting ahead of the conference?",
        ] {
            assert!(meets_in_person(met), "{met}");
        }
        for not_met in [
            "it must be done responsibly and support carbon capture to meet net zero targets.",
            "will he ensure that schools meet the needs of pupils?",
            "can the agency meet the september 2007 deadline?",
            "who will meet the cost of the repairs?",
            "are they meeting their 2010 child poverty targets?",
        ] {
            assert!(!meets_in_person(not_met), "{not_met}");
        }
        assert_eq!(
            kind_of_ask(
                "Scotland can help, but it must support carbon capture to meet net zero targets.",
                "support carbon capture to meet net zero targets"
            ),
            AskKind::Other
        );
        assert_eq!(
            kind_of_ask(
                "Will the Minister meet me to discuss the opportunities?",
                "meet me to discuss the opportunities"
            ),
            AskKind::Meeting
        );
    }
}
