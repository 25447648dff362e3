//! Whose Government a request is made of. "That is a serious issue that the Sri Lankan
//! Government must address" asks nothing of the Government answering the debate: the one
//! who must act is another country's government. A nation's adjective ("Sri Lankan",
//! "Chinese", "Israeli", "French"), "US", or "the Government of <a country>" before the
//! modal names another government; the Houses' own ("British", "UK", "Her Majesty's",
//! "Scottish", "Welsh", "Australian", "Canadian", a party's or a Prime Minister's name) do
//! not.

/// The modals that make the government before them the one who must act, word by word.
const MODALS: [&[&str]; 8] = [
    &["must"],
    &["should"],
    &["needs", "to"],
    &["need", "to"],
    &["ought", "to"],
    &["has", "to"],
    &["have", "to"],
    &["will", "have", "to"],
];

/// Adjectives of a nation with a House of its own among the records this tool reads, or
/// of Great Britain's nations: their Government may be the one answering.
const HOME: [&str; 15] = [
    "British",
    "English",
    "Scottish",
    "Welsh",
    "Australian",
    "Canadian",
    "African",
    "Zealand",
    "European",
    "Republican",
    "Victorian",
    // Prime Ministers whose names end as a nation's adjective does: "the Albanese
    // Government", "the Macmillan Government", "the Mbeki Government".
    "Albanese",
    "Callaghan",
    "Macmillan",
    "Mbeki",
];

/// Short names of other countries that fit no adjective's ending.
const NAMED: [&str; 4] = ["US", "USA", "Greek", "Swiss"];

/// True when the one asked to act in `s` is another country's government: "the Sri Lankan
/// Government must address it", "the Chinese authorities should release him", "the
/// Government of Burma must ...". A sentence that also names who answers here (the
/// Minister, our or the British Government, the Foreign Office) may ask of them as well
/// ("The Minister must press the Sri Lankan Government ...") and is left alone.
pub fn asks_another_government(s: &str) -> bool {
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"overnment").is_none()
        && crate::scan::holds!(b, b"uthorities").is_none()
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let foreign_at = |i: usize| -> bool {
        let Some(w) = words.get(i) else { return false };
        let w = bare(w);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        capital
            && !HOME.contains(&w.as_str())
            && (NAMED.contains(&w.as_str())
                || ["an", "ese", "i", "ish", "ch"]
                    .iter()
                    .any(|e| w.len() > e.len() + 2 && w.ends_with(e)))
    };
    let asks_here = words.iter().any(|w| {
        let w = bare(w);
        matches!(
            w.as_str(),
            "Minister"
                | "Ministers"
                | "Secretary"
                | "Office"
                | "our"
                | "Our"
                | "we"
                | "We"
                | "us"
                | "UK"
                | "British"
        )
    });
    if asks_here {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        let w = bare(w);
        if !matches!(w.as_str(), "Government" | "Governments" | "authorities") {
            return false;
        }
        // "the Government of Sri Lanka must": the country after "of", the modal after its
        // name.
        let (named_after, modal_at) = match words.get(i + 1).map(|w| bare(w)).as_deref() {
            Some("of") => {
                let country = words.get(i + 2).map(|w| bare(w)).unwrap_or_default();
                let abroad = country.chars().next().is_some_and(char::is_uppercase)
                    && !matches!(
                        country.as_str(),
                        "the"
                            | "The"
                            | "Scotland"
                            | "Wales"
                            | "Northern"
                            | "Australia"
                            | "Canada"
                            | "South"
                            | "Great"
                            | "Britain"
                            | "United"
                            | "Ireland"
                    );
                let named = words
                    .get(i + 3..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                (abroad, i + 3 + named)
            }
            _ => (false, i + 1),
        };
        let modal = MODALS
            .iter()
            .any(|m| words.get(modal_at..modal_at + m.len()) == Some(*m));
        modal && (named_after || i.checked_sub(1).is_some_and(foreign_at))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_countrys_government_is_not_the_one_asked() {
        for t in [
            "That is a serious issue that the Sri Lankan Government must address.",
            "The Chinese authorities should release him without delay.",
            "The Government of Burma must free Aung San Suu Kyi.",
            "The US Government need to close the camp.",
        ] {
            assert!(asks_another_government(t), "{t}");
        }
        for t in [
            "The Government must publish the review.",
            "The British Government must finally stop the five-week wait.",
            "The Scottish Government needs to take direct action.",
            "The Howard Government should fund the hospital.",
            "The Labour Government must keep its promise.",
            "The Minister must press the Sri Lankan Government to open the camps.",
            "We should urge the Israeli Government to lift the blockade.",
            "The Government of the day must decide.",
            "The Australian Government must act.",
            "The Albanese Government must act on housing.",
            "We know that the Chinese authorities must answer, and we must press them.",
        ] {
            assert!(!asks_another_government(t), "{t}");
        }
    }
}
