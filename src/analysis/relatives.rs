//! Relative clauses: a "that" or "which" after a noun describes it ("the challenges that
//! the Government have to face"), where after a word of saying or thinking it opens what is
//! said ("I believe that the Government must act").

use crate::prebuilt::ASK;

/// Words after which "that" opens what is said or thought, not a relative clause ("The
/// hon. Gentleman is entirely right that ...", "It is my submission that ...").
pub(super) const SAYING: [&str; 55] = [
    "believe",
    "believes",
    "think",
    "thinks",
    "agree",
    "agrees",
    "realise",
    "realize",
    "recognise",
    "recognize",
    "accept",
    "accepts",
    "know",
    "suggest",
    "maintain",
    "say",
    "says",
    "saying",
    "said",
    "evident",
    "clear",
    "obvious",
    "true",
    "fact",
    "sense",
    "means",
    "mean",
    "feel",
    "argue",
    "hope",
    "view",
    "sure",
    "convinced",
    "is",
    "idea",
    "argument",
    "belief",
    "submission",
    "opinion",
    "position",
    "principle",
    "suggestion",
    "proposal",
    "right",
    "correct",
    "important",
    "essential",
    "vital",
    "crucial",
    "necessary",
    "imperative",
    "time",
    "wish",
    "case",
    "point",
];

/// True when the sentence's only duty is in a relative clause that ends on its verb, the
/// clause describing that verb's object: "gas storage, which is one of the big challenges
/// that the Government have to face", "the problems which Ministers must address". "I
/// believe that the Government must act" asks: "that" follows a word of saying or thinking.
pub(super) fn duty_only_describes(s: &str) -> bool {
    const MODALS: [&str; 8] = [
        "must", "should", "need", "needs", "have", "has", "ought", "shall",
    ];
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"hat ").is_none() && crate::scan::holds!(b, b"hich ").is_none() {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // Each word without its punctuation, lowercased, read once.
    let bare: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let at = |i: usize| bare.get(i).map_or("", String::as_str);
    // A modal of duty at `j`: "must", "should", or "need/have/has/ought to".
    let duty = |j: usize| {
        MODALS.contains(&at(j))
            && (matches!(at(j), "must" | "should" | "shall") || at(j + 1) == "to")
    };
    let duties: Vec<usize> = (0..words.len()).filter(|&j| duty(j)).collect();
    let [j] = duties[..] else {
        return false;
    };
    let verb = j + if at(j + 1) == "to" { 2 } else { 1 };
    let ends = words
        .get(verb)
        .is_some_and(|w| verb + 1 == words.len() || w.ends_with([',', ';', '.', '?']));
    // The relative's "that" or "which", one to four words before the modal, after a word
    // that is no word of saying, with nothing before it that asks of its own ("I urge the
    // Minister to do what the committee recommended that the Government should do" asks).
    let opens = (j.saturating_sub(5)..j.saturating_sub(1)).any(|i| {
        matches!(at(i), "that" | "which")
            && i > 0
            && !SAYING.contains(&at(i - 1))
            && !words
                .get(i - 1)
                .is_some_and(|w| w.ends_with([',', ';', ':']))
            && !ASK.is_match(words.get(..i).unwrap_or_default().join(" ").as_bytes())
    });
    ends && opens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duty_in_a_relative_that_ends_on_its_verb_describes() {
        for t in [
            "We have discussed gas storage, which is one of the big challenges that the Government have to face.",
            "Flooding is one of the problems which Ministers must address, and it is getting worse.",
        ] {
            assert!(duty_only_describes(t), "{t}");
            assert!(!crate::analysis::requests::is_request(t), "{t}");
        }
        for t in [
            "I believe that the Government must act.",
            "It is essential that the Government should act.",
            "The Government must address the problems that the region has.",
            "The Minister should publish the report that the Government need to see.",
            "We know the problems, which the Government must address urgently.",
        ] {
            assert!(!duty_only_describes(t), "{t}");
        }
    }
}
