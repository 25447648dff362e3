//! A "we must" or "we should" that only pays tribute, reminds or speaks of a feeling, that
//! the member only weighed in the past or disowns, or a hope of what the debate itself will
//! do: the member asks the Government nothing by it.

/// True for a "we must" or "we should" that pays tribute, reminds or speaks of a feeling to
/// have ("We should take some comfort and inspiration from that."), and asks the Government
/// nothing else: "we must give thanks to it now that it has passed its 100th birthday", "we
/// should pay tribute to all the political parties", "we should remember that only a
/// minority of older people require care services". "We should honour the commitment"
/// still asks, and so does a sentence that goes on to another "must", "should" or "need to",
/// an "urge" or a "call on", or is a question.
pub(crate) fn only_pays_tribute(s: &str) -> bool {
    const TRIBUTE: [&str; 28] = [
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
        // A feeling to have: "We should take some comfort and inspiration from that."
        "take comfort",
        "take some comfort",
        "take heart",
        "take inspiration",
        "take pride",
        "be proud",
        "be grateful",
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
    opens_with_any(s, &WEIGHED) && !s.contains('?')
}

/// True for a "should" the member disowns ("I did not say that we should not use European
/// Community trade as a lever, as some Labour Members are claiming"): what they did not say
/// asks nothing. A sentence that goes on to say what they do ask ("I am not saying that we
/// should scrap it, but we should reform it"; after a semicolon) or is a question still
/// asks.
pub(crate) fn only_disowned(s: &str) -> bool {
    const DISOWNED: [&str; 17] = [
        "i did not say that ",
        "i never said that ",
        "i have never said that ",
        "i am not saying that ",
        "i am not suggesting that ",
        "i did not suggest that ",
        "i do not suggest that ",
        "i do not go as far as to suggest that ",
        "i do not go so far as to suggest that ",
        "i would not go as far as to suggest that ",
        "i would not go so far as to suggest that ",
        "i am not arguing that ",
        "i do not argue that ",
        "we are not saying that ",
        "we are not suggesting that ",
        "nobody is saying that ",
        "no one is saying that ",
    ];
    opens_with_any(s, &DISOWNED) && !s.contains('?') && !s.contains(';') && !s.contains(" but ")
}

/// True for a hope of what the debate itself will do ("I hope that this debate will
/// establish a few things: first, that judicial murder does take place ...", "I hope that
/// this debate will be another opportunity to reinforce that"): the debate is asked, not the
/// Government. A hope that names the Minister or the Government ("I hope that this debate
/// will give the Minister the opportunity to tell the House ...") still asks.
pub(crate) fn only_hopes_of_the_debate(s: &str) -> bool {
    const HOPE: [&str; 4] = ["i hope that ", "i hope ", "we hope that ", "i trust that "];
    const DEBATE: [&str; 4] = [
        "this debate will ",
        "this debate today will ",
        "today's debate will ",
        "the debate will ",
    ];
    if crate::scan::holds!(s.as_bytes(), b"debate").is_none() {
        return false;
    }
    let t = s.trim_start().to_lowercase().replace('\u{2019}', "'");
    let of_the_debate = HOPE
        .iter()
        .filter_map(|h| t.strip_prefix(h))
        .any(|rest| DEBATE.iter().any(|d| rest.starts_with(d)));
    of_the_debate
        && !["minister", "government", "secretary", "department", "?"]
            .iter()
            .any(|g| t.contains(g))
}

/// True when `s` opens with one of `openings`, ASCII case aside.
fn opens_with_any(s: &str, openings: &[&str]) -> bool {
    let t = s.trim_start();
    openings
        .iter()
        .any(|o| super::text::after_opening(t, o).is_some())
}

#[cfg(test)]
mod tests {
    use super::{only_deliberated, only_disowned, only_hopes_of_the_debate, only_pays_tribute};

    #[test]
    fn a_hope_of_what_the_debate_will_do_asks_nothing() {
        for s in [
            "I hope that this debate will establish a few things: first, that judicial murder does take place; and, secondly, that Amnesty International has the best track record.",
            "I hope that this debate will be another opportunity to reinforce that emotionally.",
            "I hope today\u{2019}s debate will raise awareness of the disease.",
        ] {
            assert!(only_hopes_of_the_debate(s), "{s}");
        }
        for s in [
            "I hope that this debate will give the Minister the opportunity to tell the House what is going on.",
            "I hope that the Government will establish a review.",
            "I hope that this debate will persuade the Department to act.",
        ] {
            assert!(!only_hopes_of_the_debate(s), "{s}");
        }
    }

    #[test]
    fn a_should_the_member_disowns_asks_nothing() {
        assert!(only_disowned(
            "I did not say that we should not use European Community trade as a lever, as some Labour Members are claiming in order to play politics."
        ));
        assert!(only_disowned(
            "No one is saying that the Government should close the scheme tomorrow."
        ));
        assert!(only_disowned(
            "I do not go as far as to suggest that we should have a Ministry for science."
        ));
        assert!(only_disowned(
            "I am not arguing that the Government must abolish the board."
        ));
        for s in [
            "I am not saying that we should scrap it, but we should reform it.",
            "I am not saying that we should scrap it; we should reform it.",
            "I do not suggest that all new academies should be technical academies, but I would like a good spread of them.",
            // "that" is what was said, not the start of it.
            "I do not say that lightly: the Government must act now.",
            "The Government should not use trade as a lever.",
            "I said that we should use trade as a lever.",
        ] {
            assert!(!only_disowned(s), "{s}");
        }
    }

    #[test]
    fn a_feeling_to_have_asks_nothing() {
        for s in [
            "We should take some comfort and inspiration from that.",
            "We should all be proud of what the volunteers have done.",
            "We must take heart from the vote in the General Assembly.",
        ] {
            assert!(only_pays_tribute(s), "{s}");
        }
        for s in [
            "We should take comfort from that, and the Minister should now press for a moratorium.",
            "We should take action on this now.",
        ] {
            assert!(!only_pays_tribute(s), "{s}");
        }
    }

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
