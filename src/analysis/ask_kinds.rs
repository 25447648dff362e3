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
            "meet ",
            "meeting",
            "meet?",
            "engage with me",
            "sit down with",
            "receive a delegation",
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
    VERB_KINDS
        .iter()
        .find(|(_, verbs)| verbs.iter().any(|v| first.starts_with(v)))
        .or_else(|| {
            WORD_KINDS
                .iter()
                .find(|(_, words)| words.iter().any(|w| t.contains(w)))
        })
        .map_or(AskKind::Other, |(kind, _)| *kind)
}
