//! How the parts of a Government sentence bear on its stance: which clause decides a
//! sentence of two, whether its figures look back or forward, whether it hands the decision
//! to someone else, whether "not" is cancelled by a negative judgment, and whether "I accept
//! that" grants a fact or agrees to act.

use super::{
    List, NEGATIVE_JUDGEMENTS, NOT_PASSED_TO, STANCE_LISTS, list_of, plain_words_of,
    stance_of_words,
};
use crate::model::Stance;

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
    since_a_year || has(SPAN_GONE) || (has(&[" was ", " were "]) && !words.contains(" will "))
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
    if !words.contains(" will ") {
        return false;
    }
    let w: Vec<&str> = words.split_whitespace().collect();
    let is_year =
        |x: &str| x.len() == 4 && x.starts_with("20") && x.bytes().all(|b| b.is_ascii_digit());
    let at = |i: usize| w.get(i).copied().unwrap_or("");
    let date = |x: &str, y: &str| {
        MONTHS.contains(&x)
            || is_year(x)
            || (matches!(x, "the" | "this" | "next")
                && (SEASONS.contains(&y) || MONTHS.contains(&y)))
    };
    (0..w.len()).any(|i| match at(i) {
        "by" => date(at(i + 1), at(i + 2)) || (at(i + 1) == "the" && at(i + 2) == "end"),
        "in" | "from" => MONTHS.contains(&at(i + 1)) && is_year(at(i + 2)),
        _ => false,
    })
}

/// Spans already gone, for [`looks_back`]: matched on the sentence's spaced words.
const SPAN_GONE: &[&str] = &[
    " in the last ",
    " over the last ",
    " over the past ",
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

/// True when a Government sentence hands the decision to someone else: "that is a matter
/// for Fife Council", "the financing of the works is a matter for the trustees", "none of
/// that is a matter for me". Not "a matter for the Government", "not a matter for the
/// council" (then it is the Government's), nor a feeling or a later day ("a matter for
/// regret", "a matter for another day").
pub(super) fn passes_to_another(words: &str) -> bool {
    words.match_indices(" a matter for ").any(|(i, m)| {
        let before = words.get(..i).unwrap_or("");
        let after = words_after(words, i + m.len(), 2);
        let who = match after.as_slice() {
            ["the", next, ..] => *next,
            [first, ..] => *first,
            [] => return false,
        };
        // "None of that is a matter for me" passes it on too.
        let me = who == "me" && !before.contains(" none ");
        !before.ends_with(" not") && !NOT_PASSED_TO.contains(&who) && !me
    }) || for_another_to_decide(words)
}

/// Up to `n` words of `words` from byte `at`.
pub(super) fn words_after(words: &str, at: usize, n: usize) -> Vec<&str> {
    words
        .get(at..)
        .unwrap_or("")
        .split_whitespace()
        .take(n)
        .collect()
}

/// "It is for Fife Council to determine ...", "that question is for the electorate to
/// decide": someone other than the Government (named within four words) decides.
fn for_another_to_decide(words: &str) -> bool {
    [" is for ", " are for "].iter().any(|form| {
        words.match_indices(form).any(|(i, m)| {
            let after = words_after(words, i + m.len(), 6);
            let Some(to) = after.iter().position(|w| *w == "to") else {
                return false;
            };
            let who = after.get(..to).unwrap_or_default();
            (1..=4).contains(&who.len())
                && after
                    .get(to + 1)
                    .is_some_and(|v| matches!(*v, "decide" | "determine" | "judge"))
                && !who
                    .iter()
                    .any(|w| matches!(*w, "me" | "us" | "government" | "ministers"))
                && !words.get(..i).unwrap_or("").ends_with(" not")
        })
    })
}

/// The stance of the clause that decides a sentence whose other clause only reserves, when
/// that clause has one: the main clause after an opening "While ...," or "Although ...,"
/// ("While we do not envisage new powers, we will keep the matter under review"), or the
/// Government's own clause after the last "but" when it opens with a promise ("I cannot
/// promise a date, but I will write to him"). `w` is the sentence's words as
/// `plain_words_of` gives them.
pub(super) fn deciding_stance(t: &str, w: &str) -> Option<Stance> {
    if opens_conceding(w) {
        // The concession ends at the first comma after its opening word (ASCII lowercasing
        // keeps byte offsets).
        let low = t.to_ascii_lowercase();
        let opening = ["while", "whilst", "although", "though"]
            .iter()
            .filter_map(|o| low.find(o))
            .min()?;
        let comma = low.get(opening..)?.find(',')? + opening;
        let main = t.get(comma + 1..)?.trim();
        return stance_of_words(main, plain_words_of(main));
    }
    let (_, after) = t.rsplit_once(" but ")?;
    let after = after.trim();
    let first = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|x| !x.is_empty())?;
    if !(matches!(first, "I" | "we") || after.starts_with("the Government")) {
        return None;
    }
    let cw = plain_words_of(after);
    if opens_promising(&cw) {
        stance_of_words(after, cw)
    } else {
        None
    }
}

/// True when a clause (its words, as `plain_words_of` gives them) opens with a commitment or
/// deferral ("I will consider ...", "we have introduced ..."), not with a hope or a remark
/// that merely holds one ("I hope that ... we will ...").
fn opens_promising(w: &str) -> bool {
    STANCE_LISTS
        .overlapping(w.as_bytes())
        .take_while(|m| m.start == 0)
        .any(|m| matches!(list_of(m.pattern), Some(List::Commit | List::Defer)))
}

/// True when a sentence opens with a concessive clause ("While ...", "However, although
/// ..."), whose reservation the main clause overrides.
pub(super) fn opens_conceding(words: &str) -> bool {
    words
        .split_whitespace()
        .find(|w| !matches!(*w, "however" | "but" | "and" | "so"))
        .is_some_and(|w| matches!(w, "while" | "whilst" | "although" | "though"))
}

/// True when "not" turns a negative judgment into a positive one ("I do not think that it
/// is unaffordable", "it is not impossible"): "not", then at most "think"/"believe", "that",
/// a pronoun and a form of "be", then the judgment.
pub(super) fn double_negative(words: &str) -> bool {
    let w: Vec<&str> = words.split_whitespace().collect();
    let steps: [&[&str]; 4] = [
        &["think", "believe"],
        &["that"],
        &["it", "this", "that", "they"],
        &["is", "was", "are", "would", "will", "be"],
    ];
    w.iter()
        .enumerate()
        .filter(|(_, x)| **x == "not")
        .any(|(i, _)| {
            let mut j = i + 1;
            for step in steps {
                if w.get(j).is_some_and(|x| step.contains(x)) {
                    j += 1;
                }
            }
            // "would be", "will be": the form of "be" may take two words.
            if w.get(j).is_some_and(|x| *x == "be") {
                j += 1;
            }
            w.get(j).is_some_and(|x| NEGATIVE_JUDGEMENTS.contains(x))
        })
}

/// Granting a point, as the words show it.
const ACCEPTS_THAT: &str = " i accept that ";

/// Words after "I accept that" that make it agreement to act ("... should be examined").
const PROPOSALS: &[&str] = &[
    " should ",
    " must ",
    " need to ",
    " needs to ",
    " will ",
    " ought ",
];

/// The words (as `plain_words_of` gives them) without "I accept that" when it only grants a
/// fact ("I accept that there are particular pressures", "... —I accept that"), which
/// commits to nothing; `None` when it is absent or grants that something should be done
/// ("I accept that the system should be examined"), which still agrees.
pub(super) fn without_granted_fact(w: &str) -> Option<String> {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(ACCEPTS_THAT));
    let at = FINDER.find(w.as_bytes())?;
    // The phrase's closing space stays, to part the words either side.
    let end = at + ACCEPTS_THAT.len() - 1;
    let rest = w.get(end..)?;
    if PROPOSALS.iter().any(|p| rest.contains(p)) {
        return None;
    }
    let mut without = w.to_string();
    without.replace_range(at..end, "");
    Some(without)
}

/// What, after a disavowed intention ("we have no intention of undermining it", "it is not
/// our intention to close it"), makes it a reassurance, not a refusal: the harm disowned is
/// nothing the member asked for. Word openings, as stems.
const REASSURES_AFTER_INTENTION: &[&str] = &[
    "undermin",
    "destroy",
    "harm",
    "damag",
    "weaken",
    "penalis",
    "punish",
    "disadvantag",
    "abandon",
    "ignor",
    "mislead",
    "hurt",
    "diminish",
    "downgrad",
    "interfer",
    "jeopardis",
    "threaten",
    "clos",
    "cut",
    "reduc",
    "scrap",
    "remov",
    "withdraw",
    "abolish",
    "end",
    "stop",
    "prevent",
    "discourag",
    "deny",
    "exclud",
    "leav",
];

/// True when the cue at `start..end` of `words` disowns an intention and what follows ("to",
/// "of", then up to one more word) is a harm (`REASSURES_AFTER_INTENTION`).
pub(super) fn disowns_harm(words: &str, start: usize, end: usize) -> bool {
    let cue = words.get(start..end).unwrap_or_default();
    if !cue.contains("intention") {
        return false;
    }
    let after = words.get(end..).unwrap_or_default();
    after
        .split_whitespace()
        .filter(|w| !matches!(*w, "to" | "of" | "in" | "whatsoever" | "at" | "all"))
        .take(2)
        .any(|w| REASSURES_AFTER_INTENTION.iter().any(|h| w.starts_with(h)))
}
