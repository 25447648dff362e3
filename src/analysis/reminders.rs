//! A "we must" or "we should" that only pays tribute or reminds, or that the member only
//! weighed in the past: the member asks the Government nothing by it.

/// True for a "we must" or "we should" that pays tribute or reminds, and asks the Government
/// nothing else: "we must give thanks to it now that it has passed its 100th birthday", "we
/// should pay tribute to all the political parties", "we should remember that only a
/// minority of older people require care services". "We should honour the commitment"
/// still asks, and so does a sentence that goes on to another "must", "should" or "need to",
/// an "urge" or a "call on", or is a question.
pub(crate) fn only_pays_tribute(s: &str) -> bool {
    const TRIBUTE: [&str; 21] = [
        // A view to keep in mind: "we need to be clear that the industry faces a tough
        // time", "we need to acknowledge the importance of the industry", "we must not
        // forget how much has been squandered", "we need to realise that ...".
        "be clear that",
        "acknowledge",
        "recognise that",
        "realise that",
        "bear in mind that",
        "be aware that",
        "be aware of that",
        "be careful about the fact that",
        "not forget",
        "give thanks",
        "thank",
        "pay tribute",
        "pay our respects",
        "pay homage",
        "congratulate",
        "salute",
        "remember",
        "celebrate",
        "commend",
        "applaud",
        "praise",
    ];
    const WE: [&str; 13] = [
        "we must ",
        "we should ",
        "we need to ",
        "we ought to ",
        "we must all ",
        "we should all ",
        "we all need to ",
        // "Ministers must remember that the detention of such children ...": a reminder
        // to the Government is no more an ask than one to the House.
        "ministers must ",
        "ministers should ",
        "the government must ",
        "the government should ",
        "the minister must ",
        "the minister should ",
    ];
    const OTHER_ASKS: [&str; 7] = [
        " must ",
        " should ",
        " need to ",
        " ought to ",
        "urge",
        "call on",
        "?",
    ];
    // Most requests hold none of the words; they skip the lowercasing.
    let b = s.as_bytes();
    if !TRIBUTE
        .iter()
        .any(|v| memchr::memmem::find(b, v.as_bytes()).is_some())
    {
        return false;
    }
    let t = s.to_lowercase();
    // "We must" or "we should", then a word of tribute as a whole word.
    let tribute = WE.iter().find_map(|we| {
        t.match_indices(we).find_map(|(at, _)| {
            let rest = t.get(at + we.len()..)?;
            TRIBUTE.iter().find_map(|verb| {
                rest.strip_prefix(verb)
                    .filter(|r| r.is_empty() || r.starts_with([' ', ',', '.']))
                    .map(|r| (at, t.len() - r.len()))
            })
        })
    });
    let Some((at, end)) = tribute else {
        return false;
    };
    let outside = format!(
        "{} {}",
        t.get(..at).unwrap_or_default(),
        t.get(end..).unwrap_or_default()
    );
    !OTHER_ASKS.iter().any(|a| outside.contains(a))
}

/// True for a member's account of their own past deliberation ("I wondered whether we
/// should do that today and came to the view that we should not, ..."): the "should" was
/// weighed by the member and settled, and asks the Government nothing. "I wonder whether we
/// should ..." (a suggestion now) and a question still ask.
pub(crate) fn only_deliberated(s: &str) -> bool {
    const WEIGHED: [&str; 6] = [
        "i wondered whether ",
        "we wondered whether ",
        "i considered whether ",
        "we considered whether ",
        "i asked myself whether ",
        "we asked ourselves whether ",
    ];
    let t = s.trim_start();
    let opens = |w: &str| t.get(..w.len()).is_some_and(|o| o.eq_ignore_ascii_case(w));
    WEIGHED.iter().any(|w| opens(w)) && !s.contains('?')
}

#[cfg(test)]
mod tests {
    use super::only_deliberated;

    #[test]
    fn a_members_own_past_deliberation_asks_nothing() {
        assert!(only_deliberated(
            "I wondered whether we should do that today and came to the view that we should not, although they raise a number of interesting issues."
        ));
        assert!(only_deliberated(
            "We considered whether the Government should be asked to legislate, and decided to wait."
        ));
        for s in [
            "I wonder whether we should ask the Minister to legislate.",
            "I wondered whether the Minister would meet me?",
            "The Government should legislate.",
        ] {
            assert!(!only_deliberated(s), "{s}");
        }
    }
}
