//! The preambles that tell or assure the House of something ("I am pleased to say that",
//! "I can assure the hon. Gentleman that"): they promise nothing by themselves, so what is
//! told decides the sentence's stance.

use crate::model::Stance;

/// True when a reply sentence declines to give what was asked to be told.
pub fn declines_to_tell(s: &str) -> bool {
    crate::phrase_table::DECLINE_TO_TELL.is_match(&super::plain_words_of(s))
}

/// The words (as `plain_words_of` gives them) without a preamble that tells or assures the
/// House ([`without_telling`], then [`without_assurance`]), and whether what is told commits
/// the Government even with no stance of its own: never for news told; for an assurance,
/// when it is the Government's own doing or a bare yes to what was asked ("I can confirm
/// that it will").
pub(super) fn what_is_told(w: &str) -> Option<(String, bool)> {
    if let Some(rest) = without_telling(w) {
        return Some((rest, false));
    }
    let (rest, own) = without_assurance(w)?;
    let yes = rest.split_whitespace().count() <= 3;
    Some((rest, own || yes))
}

/// The words (as `plain_words_of` gives them) without the news-teller's preamble, "I am
/// pleased to say that", "I am happy to tell the House that", "I am glad to report that":
/// telling the House something promises nothing by itself, so what is told decides ("...
/// that we will fund it" commits; "... that the matter has been raised" does not). `None`
/// when there is no such preamble.
fn without_telling(w: &str) -> Option<String> {
    const GLAD: [&str; 4] = [" happy to ", " pleased to ", " glad to ", " delighted to "];
    const TELL: [&str; 4] = ["say ", "report ", "tell ", "inform "];
    let b = w.as_bytes();
    let gate = crate::scan::holds!(b, b" to say ").is_some()
        || crate::scan::holds!(b, b" to tell ").is_some()
        || crate::scan::holds!(b, b" to report ").is_some()
        || crate::scan::holds!(b, b" to inform ").is_some();
    if !gate {
        return None;
    }
    GLAD.iter().find_map(|glad| {
        let at = w.find(glad)?;
        let after = w.get(at + glad.len()..)?;
        let verb = TELL.iter().find(|v| after.starts_with(**v))?;
        // "that" within the next six words ("to tell the House that", "to say to the shadow
        // Minister that").
        let rest = after_that(after.get(verb.len()..)?)?;
        Some(format!("{} {rest}", w.get(..at)?))
    })
}

/// The words (as `plain_words_of` gives them) without the speaker's assurance or
/// confirmation, "I can assure the hon. Gentleman that", "I assure the House that", "I can
/// confirm that", and whether what is assured is the Government's own doing ("... that we
/// are acting on her concerns"). What is assured decides: "... that we will keep this under
/// review" defers, "... that Network Rail always seeks to take the opportunity" and "...
/// that our fellow citizens were very happy" assure of another's doing and are no position;
/// the Government's own doing with no stance of its own ("... that I have addressed those
/// issues") is still a commitment. `None` when there is no such preamble, or no "that"
/// within six words of it ("I can assure him of my categorical follow-through" commits as
/// it stands).
fn without_assurance(w: &str) -> Option<(String, bool)> {
    const ASSURE: [&str; 4] = [
        "i can assure ",
        "i assure ",
        "i can confirm ",
        "i can reassure ",
    ];
    let b = w.as_bytes();
    if crate::scan::holds!(b, b"i can ").is_none() && crate::scan::holds!(b, b"i assure ").is_none()
    {
        return None;
    }
    ASSURE.iter().find_map(|cue| {
        let at = w
            .match_indices(cue)
            .map(|(i, _)| i)
            .find(|&i| i == 0 || b.get(i - 1) == Some(&b' '))?;
        let rest = after_that(w.get(at + cue.len()..)?)?;
        // The Government's own subject: "I" or "we" first ("... that we are acting"), or
        // the Government named among the first five words ("... that on the ombudsman, the
        // Government are considering", "... that my Department would not"); not "our
        // fellow citizens", nor "the figures that I have seen".
        const NAMED: [&str; 5] = [
            "government",
            "department",
            "minister",
            "ministers",
            "secretary",
        ];
        let words = rest.split_whitespace();
        let own = (matches!(words.clone().next(), Some("i" | "we"))
            || words.take(5).any(|x| NAMED.contains(&x)))
            && !of_a_state_of_mind(rest);
        Some((format!("{}{rest}", w.get(..at)?), own))
    })
}

/// Whether the speaker gives the promise asked for, in words (as `plain_words_of` gives
/// them) that name it: "I can give that assurance", "I give assurances on both points", "I
/// will give the hon. Gentleman that undertaking" commit; "I can give no such guarantee"
/// refuses. `None` for anything else ("I cannot give that assurance" is the refusal lists'
/// to read; "I can give the hon. Gentleman an example" promises nothing). The caller reads
/// only a sentence that holds " give ".
pub(super) fn promise_given(w: &str) -> Option<Stance> {
    const MAY: [&str; 8] = [
        "can",
        "will",
        "shall",
        "do",
        "gladly",
        "happily",
        "certainly",
        "readily",
    ];
    const PROMISE: [&str; 10] = [
        "assurance",
        "assurances",
        "undertaking",
        "undertakings",
        "commitment",
        "commitments",
        "guarantee",
        "guarantees",
        "pledge",
        "reassurance",
    ];
    let words: Vec<&str> = w.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, &x)| {
        if x != "i" {
            return None;
        }
        let mut at = i + 1;
        while words.get(at).is_some_and(|m| MAY.contains(m)) {
            at += 1;
        }
        if words.get(at) != Some(&"give") {
            return None;
        }
        let named = words.iter().skip(at + 1).take(5);
        let upto = named.clone().position(|x| PROMISE.contains(x))?;
        match named
            .take(upto)
            .find(|x| matches!(**x, "no" | "not" | "never" | "any"))
        {
            None => Some(Stance::Commits),
            Some(&"any") => None,
            Some(_) => Some(Stance::Refuses),
        }
    })
}

/// True when what is assured is only what the speaker knows or feels ("... that I am very
/// well aware how the Arts Council does its accounting", "... that we understand the
/// strength of feeling"): attention, not a deed.
fn of_a_state_of_mind(told: &str) -> bool {
    const FILLER: [&str; 10] = [
        "i", "we", "am", "are", "do", "very", "well", "fully", "only", "too",
    ];
    const MIND: [&str; 10] = [
        "aware",
        "conscious",
        "know",
        "understand",
        "recognise",
        "appreciate",
        "sympathise",
        "sympathetic",
        "mindful",
        "familiar",
    ];
    told.split_whitespace()
        .take(6)
        .find(|x| !FILLER.contains(x))
        .is_some_and(|x| MIND.contains(&x))
}

/// What follows a "that" within the first six words of `told` ("the House that ...", "to
/// the shadow Minister that ..."): what a preamble tells or assures. `None` without one.
fn after_that(told: &str) -> Option<&str> {
    let that = told
        .match_indices("that ")
        .map(|(i, _)| i)
        .find(|&i| i == 0 || told.as_bytes().get(i - 1) == Some(&b' '))
        .filter(|&i| {
            told.get(..i)
                .is_some_and(|x| x.split_whitespace().count() <= 6)
        })?;
    told.get(that + "that ".len()..)
}
