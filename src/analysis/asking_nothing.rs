//! Questions and requests that ask the Government nothing, though they are put as asks: a
//! plea for the floor ("Will the Minister give way?"), the ritual that opens Business
//! Questions, a signpost or courtesy ("May I raise ...?", "May I, too, thank ...?", "May I
//! remind Ministers that ...?"), a member who only says they will press the minister, a
//! "we need" that describes a thing rather than asks for it, a duty the member grants the
//! Government ("I know that the Secretary of State must consider the economics"), and a
//! call for a reply that names nothing to reply on ("I hope that the Minister will respond
//! to those points when he winds up").

/// True for a lowercased question that asks only for the floor ("Will the Minister give
/// way?", "Will the cabinet secretary take an intervention?"), for the business, as the
/// Opposition opens Business Questions each week ("May I ask the Leader of the House to give
/// us the business for next week?"): the questions that follow ask; or, in a few words, only
/// for an answer to what was asked before ("Will the minister answer my question, yes or
/// no?").
pub fn asks_nothing_of_substance(t: &str) -> bool {
    const AN_ANSWER: [&str; 3] = [
        "answer my question",
        "answer the question",
        "answer this question",
    ];
    t.contains("give way")
        || t.contains("take an intervention")
        || t.contains("accept an intervention")
        || [
            "the business for next week",
            "the business for the next week",
        ]
        .iter()
        .any(|b| t.contains(b))
        || (AN_ANSWER.iter().any(|a| t.contains(a)) && t.split_whitespace().count() <= 10)
}

/// True for a sentence that only says the member will press the minister ("May I press the
/// Minister a little harder?", "I want to press the minister a little further on the issue
/// that ... raised.", "May I press the Secretary of State on the Rural Payments Agency?"):
/// the ask comes next. Pressing them *to* do something ("I press the Minister to think
/// again") is an ask.
pub fn only_presses(text: &str) -> bool {
    presses_in(&text.to_lowercase())
}

/// [`only_presses`] for text already lowercased.
fn presses_in(t: &str) -> bool {
    const WHOM: [&str; 5] = [
        "press the minister",
        "press the secretary of state",
        "press the noble lord",
        "press him",
        "press her",
    ];
    // Asked of every question: most hold no "press " at all.
    if crate::scan::holds!(t.as_bytes(), b"press ").is_none() {
        return false;
    }
    WHOM.iter().any(|w| {
        t.find(w).is_some_and(|at| {
            let after = t.get(at + w.len()..).unwrap_or_default();
            !after.starts_with(" to ")
                && !after.contains(" to ensure")
                && !after.contains(" to make")
        })
    })
}

/// True for a question that asks why something is needed ("Why do we need a statutory
/// provision of the nature now proposed?"): it asks the Government to justify the thing, not
/// to provide it, so it is a question, not a request for it. "Why do we not need ...?" is
/// not among them.
pub fn questions_the_need(text: &str) -> bool {
    const LINKS: [&str; 4] = ["so ", "but ", "and ", "then "];
    const WHY: [&str; 4] = [
        "why do we need ",
        "why would we need ",
        "why should we need ",
        "why must we need ",
    ];
    let t = text.trim();
    if !t.ends_with('?') {
        return false;
    }
    let low = t.get(..t.len().min(40)).unwrap_or(t).to_lowercase();
    let low = LINKS
        .iter()
        .find_map(|l| low.strip_prefix(l))
        .unwrap_or(&low);
    WHY.iter().any(|w| low.starts_with(w))
}

/// True for a sentence that grants the Government a duty or a constraint and asks nothing
/// ("I know that the Secretary of State must consider the economics of the situation", "I
/// accept that the Government have to balance the books"): the "must" is the Government's
/// burden, as the member concedes it. One that goes on to ask ("..., but we need more
/// help", "... and I encourage him to consult") asks, and so does one of what the minister
/// will do ("I know that the Minister will want to look at this"), a nudge in the House's
/// manner.
pub fn only_concedes(text: &str) -> bool {
    const GRANTING: [&str; 8] = [
        "i know that ",
        "i understand that ",
        "i appreciate that ",
        "i accept that ",
        "i recognise that ",
        "i realise that ",
        "i am aware that ",
        "we all know that ",
    ];
    const GOES_ON: [&str; 11] = [
        " but ",
        " yet ",
        "however",
        " will ",
        " would ",
        "i urge",
        "i encourage",
        "i hope",
        "i ask",
        "i call",
        "i would like",
    ];
    // Asked of every request: how it opens is read in place, and only one that opens by
    // granting is lowercased to be read further.
    if grants_of_course(text) {
        return true;
    }
    let opening = text.trim_start().as_bytes();
    let grants = GRANTING.iter().any(|g| {
        opening
            .get(..g.len())
            .is_some_and(|o| o.eq_ignore_ascii_case(g.as_bytes()))
    });
    if !grants {
        return false;
    }
    let t = text.trim().to_lowercase();
    !GOES_ON.iter().any(|a| t.contains(a)) && !t.ends_with('?')
}

/// True for a need granted "of course" and then set against something with a "but" that
/// asks nothing itself: "If we are at war, then of course we need the kit, but there is a
/// price to be paid", "of course there needs to be proper governance ... but, to my mind,
/// the best accountability is to parents" ("..., but the Minister must pay for it" asks).
fn grants_of_course(text: &str) -> bool {
    if crate::scan::holds!(text.as_bytes(), b"of course").is_none()
        || text.trim_end().ends_with('?')
    {
        return false;
    }
    let t = text.to_lowercase();
    let Some(granted) = t.find("of course") else {
        return false;
    };
    let Some(but) = [" but ", " but,"]
        .iter()
        .filter_map(|b| t.get(granted..)?.find(b).map(|at| granted + at))
        .min()
    else {
        return false;
    };
    let between = t.get(granted..but).unwrap_or_default();
    let after = t.get(but + 4..).unwrap_or_default();
    let needs = [" need", " must ", " should "]
        .iter()
        .any(|n| between.contains(n));
    let before = t.get(..granted).unwrap_or_default();
    needs
        && !crate::prebuilt::ASK.is_match(after.as_bytes())
        && !crate::prebuilt::ASK.is_match(before.as_bytes())
}

/// An action's words (as `asks::words_of_action` gives them) without an opening "be able
/// to": "... which I hope the Minister will be able to address" asks to address, and being
/// able is no part of it.
pub fn without_being_able(words: &[String]) -> &[String] {
    match words {
        [be, able, to, rest @ ..] if be == "be" && able == "able" && to == "to" => rest,
        all => all,
    }
}

/// True when an ask's action (its words, [`without_being_able`]) only asks the minister to
/// reply, naming nothing to reply on but the points already made ("respond to when he winds
/// up the debate", "answer the points so comprehensively put by hon. Members"): the asks it
/// means are listed in their own right. One that names its subject ("address the concerns
/// of the fishing industry") asks, and so does one that points at a point ("respond to that
/// point"), which is read with the sentence it points at; and one whose "when" runs on
/// ("answer when she replies to the debate has to do with the fact that ...").
pub fn only_asks_for_a_reply(words: &[String]) -> bool {
    const REPLYING: [&str; 8] = [
        "respond", "reply", "answer", "address", "touch", "comment", "deal", "cover",
    ];
    /// What follows the verb before its object.
    const LINKS: [&str; 4] = ["to", "on", "with", "upon"];
    /// Where a time the reply is wanted begins ("when he winds up", "in his reply").
    const WHEN: [&str; 5] = ["when", "in", "later", "today", "tonight"];
    /// Words of an object that names only what was already said.
    const GENERIC: [&str; 39] = [
        "all",
        "some",
        "a",
        "number",
        "few",
        "many",
        "several",
        "i",
        "we",
        "have",
        "has",
        "been",
        "the",
        "of",
        "my",
        "our",
        "so",
        "matters",
        "matter",
        "points",
        "point",
        "questions",
        "question",
        "issues",
        "issue",
        "concerns",
        "comprehensively",
        "put",
        "raised",
        "made",
        "by",
        "hon",
        "members",
        "member",
        "friends",
        "colleagues",
        "other",
        "specific",
        "various",
    ];
    /// The most words of the time the reply is wanted ("when he winds up the debate").
    const WHEN_WORDS: usize = 8;
    let Some((verb, rest)) = words.split_first() else {
        return false;
    };
    if !REPLYING.contains(&verb.as_str()) {
        return false;
    }
    let rest = match rest.split_first() {
        Some((link, after)) if LINKS.contains(&link.as_str()) => after,
        _ => rest,
    };
    let at = rest
        .iter()
        .position(|w| WHEN.contains(&w.as_str()))
        .unwrap_or(rest.len());
    let (object, when) = rest.split_at(at);
    // "the other issues that I raised": a relative "that" or "which" after the object; a
    // "that" opening it points at a point ("respond to that point") and asks.
    when.len() <= WHEN_WORDS
        && object.iter().enumerate().all(|(i, w)| {
            GENERIC.contains(&w.as_str()) || (i > 0 && matches!(w.as_str(), "that" | "which"))
        })
}

/// True for a question that only announces what the member will raise ("May I raise a point
/// about ...?", "May I take him back to ...?"), thanks or welcomes someone, or tells the
/// House something ("May I remind Ministers that ...?", "May I gently point out to him that
/// ...?"): a "May I ...?" that asks the Government nothing. One that goes on to ask ("May I
/// welcome the statement and ask whether ...?") is a question.
pub fn is_signpost(text: &str) -> bool {
    /// What a member may do without asking anything of the Government.
    const ONLY: [&str; 28] = [
        "raise",
        "take",
        "thank",
        "add my thanks",
        "add a thank",
        "add my congratulations",
        "add my tribute",
        "pay tribute",
        "join",
        "congratulate",
        "say",
        "begin",
        "start",
        "first",
        "welcome",
        "associate myself",
        "endorse",
        "remind",
        "point out",
        "assure",
        "tell the house",
        "tell him that",
        "tell her that",
        "make no",
        "complete my",
        "introduce a",
        "impress on",
        "bring to",
    ];
    /// Words after which the sentence asks after all.
    const THEN_ASKS: [&str; 9] = [
        " ask ",
        // "Can I take it that the Minister will publish the report?"
        "take it that",
        " and urge ",
        " and invite ",
        " and press ",
        " will he ",
        " will she ",
        " will the ",
        " will my ",
    ];
    let t = text.trim_start().to_lowercase();
    if presses_in(&t) {
        return true;
    }
    // "May I ..." or "Can I ..." ("Can I join the Prime Minister in his comments about
    // Windrush ...?"), or after an opening clause: "In thanking my right hon. Friend for his
    // statement, may I add a thank you for ...?"
    let rest = t
        .strip_prefix("may i")
        .or_else(|| t.strip_prefix("can i"))
        .or_else(|| t.split_once(", may i").map(|(_, r)| r))
        .filter(|r| r.starts_with([' ', ',']));
    rest.is_some_and(|r| {
        fn skip(r: &str) -> &str {
            r.trim_start_matches([' ', ','])
        }
        // "May I, as a fellow author, congratulate ...", "May I, on behalf of the House,
        // thank ...": the words between the commas aside.
        let mut r = match r.trim_start().strip_prefix(',') {
            Some(x) => x.split_once(',').map_or(x, |(_, after)| after),
            None => r,
        };
        r = skip(r);
        // "May I, too, thank ...", "May I also pay tribute ...", "May I therefore take the
        // opportunity ...": the adverbs aside.
        for adverb in ["also ", "too,", "too ", "just ", "therefore ", "gently "] {
            if let Some(x) = r.strip_prefix(adverb) {
                r = skip(x);
            }
        }
        ONLY.iter().any(|w| r.starts_with(w)) && !THEN_ASKS.iter().any(|a| r.contains(a))
    })
}

/// True when the sentence's only ask is a "we need", "we must" or "we should" in a relative
/// clause, which describes a thing rather than asking for it: "an ageism in society that we
/// need to confront", "the emissions reductions that we need to stay within 1.5°", "an area
/// where we need to step up", "an issue with which we must find a way of struggling", "the
/// very stuff of what we need to know". "I
/// believe that we need a review" asks: "that" follows a word of saying or thinking.
/// `still_asks` tells whether the sentence, with those clauses' "we" taken out, still asks.
pub(super) fn needs_only_in_a_relative(s: &str, still_asks: impl Fn(&str) -> bool) -> bool {
    // Verbs of thinking and saying, a word or two before "that" ("I feel very keenly that").
    const THINKING: [&str; 14] = [
        "believe",
        "think",
        "feel",
        "agree",
        "say",
        "said",
        "suggest",
        "argue",
        "hope",
        "accept",
        "recognise",
        "know",
        "realise",
        "maintain",
    ];
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"we need").is_none()
        && crate::scan::holds!(b, b"we must").is_none()
        && crate::scan::holds!(b, b"we should").is_none()
    {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let bare = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    let ends_word = |w: &str| w.chars().last().is_some_and(char::is_alphanumeric);
    let opens_relative = |i: usize| {
        let (before, two_before) = (at(i.wrapping_sub(1)), at(i.wrapping_sub(2)));
        bare(at(i)) == "we"
            && matches!(bare(at(i + 1)).as_str(), "need" | "must" | "should")
            // "To do that, we need to ...": the word before ends a clause.
            && ends_word(before)
            // "so many people are employed ... that we need to ...": a result, not a relative.
            && !words
                .get(i.saturating_sub(12)..i)
                .unwrap_or_default()
                .iter()
                .any(|w| matches!(bare(w).as_str(), "so" | "such"))
            && match bare(before).as_str() {
                "which" | "where" => true,
                // "the very stuff of what we need to know": a thing described. What is
                // needed, then said ("..., what we must do now is ensure ..."), still asks.
                "what" => {
                    i > 1
                        && !words
                            .get(i + 2..)
                            .unwrap_or_default()
                            .iter()
                            .take(8)
                            .any(|w| matches!(bare(w).as_str(), "is" | "are" | "was"))
                }
                // A dash before "that" sets off an aside ("We all know—we have touched on
                // this—that we need to ..."): what is known follows.
                // "..., and that we should have much greater influence": a second thing
                // said.
                "that" => {
                    !before.starts_with(['—', '-'])
                        && ends_word(two_before)
                        && !matches!(bare(two_before).as_str(), "and" | "but" | "or")
                        && !super::relatives::SAYING.contains(&bare(two_before).as_str())
                        && !(3..=4).any(|k| THINKING.contains(&bare(at(i.wrapping_sub(k))).as_str()))
                }
                _ => false,
            }
    };
    let relatives: Vec<usize> = (0..words.len()).filter(|&i| opens_relative(i)).collect();
    if relatives.is_empty() {
        return false;
    }
    let rest = (0..words.len())
        .map(|i| {
            if relatives.contains(&i) {
                "they"
            } else {
                at(i)
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    !still_asks(&rest)
}

#[cfg(test)]
mod tests {
    use super::only_concedes;

    #[test]
    fn a_duty_granted_to_the_government_asks_nothing() {
        assert!(only_concedes(
            "I know that the Secretary of State must consider the economics of the situation."
        ));
        assert!(only_concedes(
            "I accept that the Government have to balance the books."
        ));
        // Going on to ask, or nudging what the minister will do, still asks.
        for t in [
            "If we are at war, then of course we need the kit, but there is a price to be paid.",
            "With decentralisation, of course there needs to be proper governance and accountability but, to my mind, the best accountability is to parents via choice and competition.",
        ] {
            assert!(only_concedes(t), "{t}");
        }
        for t in [
            "Of course we need the kit, but the Minister must pay for it.",
            "Of course the Government must act, and they must act now.",
            "I urge the Minister to fund the scheme, since of course we need the kit, but that is for another day.",
        ] {
            assert!(!only_concedes(t), "{t}");
        }
        assert!(!only_concedes(
            "I appreciate that this is a Green Paper, but we need to make the Secretary of State aware of the complexities."
        ));
        assert!(!only_concedes(
            "I know that the minister has had many discussions and I encourage him to ensure that there is proper consultation."
        ));
        assert!(!only_concedes(
            "I know that the Minister will want to look at this again."
        ));
        assert!(!only_concedes(
            "The Government must consider the economics."
        ));
    }

    #[test]
    fn asking_why_it_is_needed_is_no_request_for_it() {
        assert!(super::questions_the_need(
            "Why do we need a statutory provision of the nature now proposed?"
        ));
        assert!(super::questions_the_need(
            "So why do we need another review?"
        ));
        assert!(!super::questions_the_need("Why do we not need a review?"));
        assert!(!super::questions_the_need("We need a review."));
    }

    #[test]
    fn a_call_for_a_reply_on_nothing_named_asks_nothing() {
        let only_asks_for_a_reply = |ask: &str| {
            let words = crate::analysis::asks::words_of_action(ask);
            super::only_asks_for_a_reply(super::without_being_able(&words))
        };
        assert!(only_asks_for_a_reply(
            "be able to respond to when he winds up the debate"
        ));
        assert!(only_asks_for_a_reply(
            "answer the points so comprehensively put by hon. Members"
        ));
        assert!(only_asks_for_a_reply(
            "be able to address some of the other issues that I raised today"
        ));
        assert!(only_asks_for_a_reply(
            "respond to a number of the points which have been made"
        ));
        assert!(!only_asks_for_a_reply("respond to that point"));
        assert!(!only_asks_for_a_reply("address those issues that I raised"));
        assert!(!only_asks_for_a_reply(
            "be able to answer when she replies to the debate has to do with the fact that detention is not a happy experience"
        ));
        assert!(!only_asks_for_a_reply(
            "address the concerns of the fishing industry"
        ));
        assert!(!only_asks_for_a_reply("respond to the consultation on pay"));
        assert!(!only_asks_for_a_reply("publish the report"));
    }
}
