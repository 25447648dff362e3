//! Whether a Government sentence's figures look back or forward: history told ("since
//! 2010", "in our 2006 consultation", "was") announces nothing; what will happen, and when
//! ("will be cleared by this March"), is announced. Also what a reply says is already done
//! or in place.

use super::{ALREADY_DONE, SPEAKS_OF_THE_DEBATE, signposts, words_of};
use crate::phrase_table::ALREADY;

/// True when a sentence's figures are history rather than news: it speaks of a span already
/// gone ("since 2010", "over the last few years", "in the last five years"), or in the past
/// tense and not of what will be ("The position pre-pandemic was that only 50% ...", "rail
/// finances are 80% of what they were"). Money named so announces nothing; "we are
/// providing £20 million", "the payments will be 35 per cent. higher" and "£23.8 million
/// that were received will be used" do.
pub(super) fn looks_back(words: &str) -> bool {
    let has = |list: &[&str]| list.iter().any(|p| words.contains(p));
    let since_a_year = words.match_indices(" since ").any(|(i, m)| {
        words
            .get(i + m.len()..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    let now = has(&[" will ", " shall ", " now ", " today ", " this year "]);
    since_a_year
        || has(SPAN_GONE)
        || (!now && has(&[" was ", " were "]))
        || (!now && !has(&[" we have ", " we ve "]) && names_a_year(words))
}

/// True when words date something to a year ("in 2001", "in April 2021", "our 2006
/// consultation", "the 2008 reform"), not a financial year ("2010-11", which plans name) nor
/// a bound ("until April 2010"): with nothing said of now, of what will be or of what we
/// have done, a dated sentence tells history.
fn names_a_year(words: &str) -> bool {
    use crate::input::dates::MONTHS;
    const DATING: [&str; 7] = ["in", "our", "the", "his", "her", "its", "their"];
    // Most sentences hold no figure "19.." or "20..": nothing to read then.
    if crate::scan::holds!(words.as_bytes(), b" 19").is_none()
        && crate::scan::holds!(words.as_bytes(), b" 20").is_none()
    {
        return false;
    }
    let is_month = |s: &str| MONTHS.iter().any(|m| m.eq_ignore_ascii_case(s));
    // Each year with the two words before it and the word after it.
    let padded: Vec<&str> = ["", ""]
        .into_iter()
        .chain(words.split(' '))
        .chain([""])
        .collect();
    padded.windows(4).any(|win| {
        let &[two_before, before, word, after] = win else {
            return false;
        };
        let year = is_year(word, &["19", "20"]);
        let financial = after.len() == 2 && after.bytes().all(|b| b.is_ascii_digit());
        // "in April 2021": the word before the month dates it.
        let dating = if is_month(before) { two_before } else { before };
        year && !financial && DATING.contains(&dating)
    })
}

/// True when a sentence says what will happen and when: " will " with a date to come ("most
/// of the backlog will be cleared by this March", "firms will need to start by the end of
/// this year", "it will take effect in April 2011"). A date names a month, a season, a year
/// or "the end of" something after "by", "in" or "from".
pub(super) fn dated_future(words: &str) -> bool {
    use crate::input::dates::MONTHS;
    const SEASONS: [&str; 6] = [
        "spring",
        "summer",
        "autumn",
        "winter",
        "christmas",
        "easter",
    ];
    if crate::scan::holds!(words.as_bytes(), b" will ").is_none() {
        return false;
    }
    let w: Vec<&str> = words.split_whitespace().collect();
    let at = |i: usize| w.get(i).copied().unwrap_or("");
    let date = |x: &str, y: &str| {
        MONTHS.contains(&x)
            || is_year(x, &["20"])
            || (matches!(x, "the" | "this" | "next")
                && (SEASONS.contains(&y) || MONTHS.contains(&y)))
    };
    (0..w.len()).any(|i| match at(i) {
        "by" => date(at(i + 1), at(i + 2)) || (at(i + 1) == "the" && at(i + 2) == "end"),
        "in" | "from" => MONTHS.contains(&at(i + 1)) && is_year(at(i + 2), &["20"]),
        _ => false,
    })
}

/// True when the cue at byte `start` of `words` opens "will" or "shall" in a forecast of what
/// another will do or become, or in another's word reported: after "expect", "confident",
/// "hope", "doubt", "sure", "believe", "think" or "is", or after another than the Government
/// "assured", "confirmed", "said", "promised", "told" someone, then "that" and a subject
/// that is not the Government's ("We expect that an existing foundation or trust will
/// continue to appoint the majority of governors", "My assessment ... is that emergency
/// response times will continue to improve", "United Technologies has assured Westland that
/// it will continue to maintain ..."). "We expect that we will continue to fund it", "I can
/// confirm that the scheme will continue", "I have assured him that it will be funded" and
/// "the hon. Lady may be sure that the information will be available" still promise.
pub(super) fn foretells_another(words: &str, start: usize) -> bool {
    const FRAMES: [&str; 8] = [
        "expect",
        "confident",
        "hope",
        "doubt",
        "sure",
        "believe",
        "think",
        "is",
    ];
    const REPORTED: [&str; 7] = [
        "assured",
        "confirmed",
        "said",
        "promised",
        "indicated",
        "stated",
        "told",
    ];
    let (before, cue) = words.split_at(start.min(words.len()));
    let cue = cue.trim_start();
    if !(cue.starts_with("will ") || cue.starts_with("shall ")) {
        return false;
    }
    let Some(at) = before.rfind(" that ") else {
        return foretold_without_that(before, &FRAMES);
    };
    let subject = before.get(at + 6..).unwrap_or_default();
    let frame: Vec<&str> = before
        .get(..at)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let words_in = subject.split_whitespace().count();
    let government = |w: &&str| super::stances::GOVERNMENT_SUBJECTS.contains(w);
    // The reporting verb within the last four words ("has assured Westland that"), said by
    // no one of the Government's side within the six words before it.
    let reported = (frame.len().saturating_sub(4)..frame.len()).any(|k| {
        frame.get(k).is_some_and(|w| REPORTED.contains(w))
            && !frame
                .get(k.saturating_sub(6)..k)
                .unwrap_or_default()
                .iter()
                .any(government)
    });
    (1..=9).contains(&words_in)
        && !subject.split_whitespace().any(|w| government(&w))
        && (frame.last().is_some_and(|w| FRAMES.contains(w)) || reported)
        // "The hon. Lady may be sure that the information will be available": an assurance
        // given to a member, not the speaker's forecast.
        && !frame.ends_with(&["be", "sure"])
}

/// [`foretells_another`] for a forecast with no "that": a frame ("hope", "expect", "sure"; not
/// "is") and then, straight after it, a subject of one to five words that is not the
/// Government's ("We hope the Centre will be looking at all of these things", "I am sure the
/// council will consider it"; "I hope we will" still promises). `before` is the words before
/// the "will".
fn foretold_without_that(before: &str, frames: &[&str]) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let government = |w: &&str| super::stances::GOVERNMENT_SUBJECTS.contains(w);
    let Some(frame) = (words.len().saturating_sub(6)..words.len())
        .rev()
        .find(|&k| {
            words
                .get(k)
                .is_some_and(|w| *w != "is" && frames.contains(w))
        })
    else {
        return false;
    };
    let subject = words.get(frame + 1..).unwrap_or_default();
    (1..=5).contains(&subject.len()) && !subject.iter().any(government)
}

/// True when the words before an "already" (`before`, spaced as `words_of` gives them) only
/// suppose it: another's possible view ("Local education authorities may consider that
/// there are already adequate arrangements") or a condition ("I urge the council to follow
/// that example, if it is not already doing so").
pub(super) fn supposes(before: &str) -> bool {
    const MAY_THINK: [&str; 8] = [
        " may consider that ",
        " may think that ",
        " may feel that ",
        " may believe that ",
        " may take the view that ",
        " might consider that ",
        " might think that ",
        " might feel that ",
    ];
    MAY_THINK.iter().any(|m| before.contains(m))
        || before.split_whitespace().rev().take(6).any(|w| w == "if")
}

/// True for a year of four figures opening with one of `centuries` ("2011" for `["20"]`).
fn is_year(x: &str, centuries: &[&str]) -> bool {
    x.len() == 4
        && centuries.iter().any(|c| x.starts_with(c))
        && x.bytes().all(|b| b.is_ascii_digit())
}

/// Spans already gone, for [`looks_back`]: matched on the sentence's spaced words.
const SPAN_GONE: &[&str] = &[
    " in the last ",
    " over the last ",
    " over the past ",
    " in the past ",
    " during the past ",
    " during the last ",
    // What this Government have done since they took office ("Under this Government, defence
    // expenditure has increased by 11 per cent. in real terms").
    " under this government ",
    " back in ",
    " it took ",
    " left us ",
    // An announcement made before the debate, recounted ("On 23 July, we announced £1.1
    // billion ...").
    " we announced ",
    " was announced ",
    " were announced ",
    " been announced ",
    " had announced ",
];

/// True when a reply sentence says that what was asked is already done or exists.
pub fn already_done(s: &str) -> bool {
    let w = words_of(s);
    // "I have already answered the question" speaks of the debate, not of anything done.
    // Nor is what another may think, or a condition, anything done (`supposes`).
    ALREADY.overlapping(w.as_bytes()).any(|m| {
        let after = w.get(m.end..).unwrap_or_default();
        let of_the_debate = ALREADY_DONE.get(m.pattern) == Some(&"already")
            && SPEAKS_OF_THE_DEBATE.iter().any(|x| after.starts_with(x));
        !of_the_debate && !supposes(w.get(..m.start).unwrap_or_default())
    }) && !signposts(s)
}

/// True when a reply sentence says that a power, arrangement or safeguard already exists.
pub fn in_place(s: &str) -> bool {
    // "I have tried to confirm that the powers are in place" looks back on the speech.
    crate::phrase_table::IN_PLACE_WORDS.is_match(&*words_of(s)) && !signposts(s)
}
