//! What the table, Markdown and HTML say, decided once: the labels that fit the kind of
//! business, the requests shown and how many more there are, each verdict in plain words,
//! the Government's positions and the votes. Each renderer only adds its own markup (and its
//! own escaping) to these words.

use crate::model::{Answer, DivisionResult, Summary, Verdict};

/// How many requests the table, Markdown and HTML list; JSON lists them all.
pub const REQUESTS_SHOWN: usize = 10;

/// The label for the person who opened the item ("Lead MP", "Opened by", "Asked by").
pub fn opener_label(s: &Summary) -> &'static str {
    let lead_is_minister = matches!((&s.lead, &s.minister), (Some(l), Some(m)) if l.name == m.name);
    let lords = s.house == Some(crate::model::House::Lords);
    s.kind.opener_label(lead_is_minister, lords)
}

/// The kind of business, with the bill stage when there is one ("Bill stage: Second Reading").
pub fn kind_text(s: &Summary) -> String {
    match &s.stage {
        Some(stage) => format!("{}: {stage}", s.kind.label()),
        None => s.kind.label().to_string(),
    }
}

/// The requests shown, and how many more JSON holds.
pub fn requests_shown(s: &Summary) -> (&[crate::model::KeyRequest], usize) {
    let n = s.key_requests.len().min(REQUESTS_SHOWN);
    (
        s.key_requests.get(..n).unwrap_or_default(),
        s.key_requests.len() - n,
    )
}

/// "… and 4 more (all are in --format json)."
pub fn more_text(more: usize) -> Option<String> {
    (more > 0).then(|| {
        format!(
            "… and {more} more request{} (every one is in --format json).",
            if more == 1 { "" } else { "s" }
        )
    })
}

/// A verdict in plain words with who gave the deciding reply: ("Refused", "Kevin Brennan").
pub fn verdict_head(verdict: Verdict, answer: Option<&Answer>) -> String {
    match answer {
        Some(a) if verdict != Verdict::NotAddressed => {
            format!("{} ({})", verdict.label(), a.speaker)
        }
        _ => verdict.label().to_string(),
    }
}

/// The verdict and the deciding reply as one plain line ("Refused (Kevin Brennan): It would
/// not be possible ..."), for formats that need no markup inside it.
pub fn reply_line(verdict: Verdict, answer: Option<&Answer>) -> String {
    let head = verdict_head(verdict, answer);
    match answer {
        Some(a) => format!("{head}: {}", a.text),
        None => head,
    }
}

/// The Government's positions as (stance, speaker, sentence).
pub fn positions(s: &Summary) -> Vec<(&'static str, &str, &str)> {
    s.government_positions
        .iter()
        .map(|p| (p.stance.label(), p.speaker.as_str(), p.text.as_str()))
        .collect()
}

/// One line per division: "Ayes 213, Noes 293: negatived".
pub fn division_lines(s: &Summary) -> Vec<String> {
    s.divisions
        .iter()
        .map(|d| {
            let result = match d.result {
                DivisionResult::Agreed => "agreed",
                DivisionResult::Negatived => "negatived",
            };
            format!("Ayes {}, Noes {}: {result}", d.ayes, d.noes)
        })
        .collect()
}

/// What to say where a section has nothing.
pub const NO_REQUESTS: &str = "None found in this transcript.";
pub const NO_POSITIONS: &str =
    "No commitment, refusal or announcement by the Government was found.";
