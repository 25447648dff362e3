//! A need the speaker denies: "I certainly do not think that we need to debate the matter"
//! asks nothing to be done.

/// How a member says that something is not needed, "we" doing it.
const DENIALS: [&str; 8] = [
    "do not think that we need to ",
    "do not think we need to ",
    "do not believe that we need to ",
    "do not believe we need to ",
    "don't think that we need to ",
    "don't think we need to ",
    "don't believe that we need to ",
    "don't believe we need to ",
];

/// Needless waiting is a call to act sooner: "I do not believe that we need to wait three or
/// four years before we do that" asks.
const WAITING: [&str; 5] = ["wait", "delay", "put off", "hold back", "postpone"];

/// True when the sentence's only ask is a need the speaker denies ("I do not believe that
/// we need to be mealy-mouthed about it", "... but I do not think that we need to hold an
/// evidence session"). What is not needed is not asked for; "I do not think that we should
/// fund that" is a plea against, and asks. `still_asks` tells whether the sentence before
/// the denial, or after it, asks something else.
pub(super) fn denies_a_need(s: &str, still_asks: impl Fn(&str) -> bool) -> bool {
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"we need to").is_none() {
        return false;
    }
    // ASCII lowercasing keeps every byte offset.
    let low = s.to_ascii_lowercase();
    let Some((at, denial)) = DENIALS
        .iter()
        .find_map(|d| low.find(d).map(|at| (at, d.len())))
    else {
        return false;
    };
    let end = at + denial;
    let needed = low.get(end..).unwrap_or("");
    if WAITING.iter().any(|w| needed.starts_with(w)) {
        return false;
    }
    // What is not needed runs to the end of its clause.
    let clause_end = needed
        .find([',', ';', ':', '—'])
        .map_or(s.len(), |i| end + i);
    !still_asks(s.get(..at).unwrap_or("")) && !still_asks(s.get(clause_end..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::denies_a_need;

    fn asks(rest: &str) -> bool {
        ["we need to", "must", "should", "I urge", "I ask"]
            .iter()
            .any(|a| rest.contains(a))
    }

    #[test]
    fn a_need_the_speaker_denies_asks_nothing() {
        for s in [
            "Given that the Government want to pursue this line of inquiry, I certainly do not think that we need to debate the matter.",
            "We are asking a lot of this service, to say the least, but I do not believe that we need to be mealy-mouthed about it.",
            "He is a distinguished member of the Select Committee, but I do not think that we need to hold an evidence session as I am sure we are all in favour.",
            "I don't think we need to revisit the formula.",
            "I do not think that we need to put more money into the old scheme.",
        ] {
            assert!(denies_a_need(s, asks), "{s}");
        }
    }

    #[test]
    fn needless_waiting_or_another_ask_still_asks() {
        for s in [
            "I do not believe that we need to wait three or four years before we do that.",
            "I do not think that we need to delay the review any longer.",
            "I do not think that we need to legislate, but the Minister must issue guidance.",
            "I urge the Minister to act now; I do not think that we need to consult again.",
            "We need to act now.",
            "I do not think that we should fund that on the state.",
        ] {
            assert!(!denies_a_need(s, asks), "{s}");
        }
    }
}
