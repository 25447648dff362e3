//! How an ask's action reads on its own: asides inside it, read past, and words that point
//! back at what was said before it.
//!
//! Asides inside an ask: a clause set off by commas that the action reads on past. An
//! ask's action is cut at the first reason or aside after it ("..., which ...", "..., as
//! ..."); two kinds of aside sit inside the action instead, and cutting at them would
//! leave a fragment:
//! - one after a "that" or "whether" that opens what is asked: "acknowledge that, as the
//!   hon. Member for Workington said, there is a component" (cut, "acknowledge that");
//! - a "which" or "who" clause between a subject and its verb: "confirm that the working
//!   group's report, which contains recommendations on planning, has proven inconclusive"
//!   (cut, "confirm that the working group's report").
//!
//! Such an aside is taken out, and the action reads on.

use std::borrow::Cow;

/// The marks that open an aside.
const OPENERS: [&str; 4] = [", which ", ", who ", ", as ", ", because "];

/// The words that open what is asked and need the clause after them.
const OPENS_A_CLAUSE: [&str; 2] = ["that", "whether"];

/// The verbs that carry on the subject a relative clause interrupted.
const CARRIES_ON: [&str; 22] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "should", "can", "could",
    "may", "might", "must", "does", "do", "did", "remains", "needs", "shows", "means",
];

/// The most words an aside holds: a longer run to the next comma is the sentence going on.
const MAX_ASIDE_WORDS: usize = 30;

/// True when the words before a cut end on "that" or "whether": the clause it opens is
/// still to come, so the cut would leave a fragment ("Does the Minister acknowledge that").
pub fn leaves_a_clause_open(before: &str) -> bool {
    before
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| OPENS_A_CLAUSE.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// The ask with each aside inside its action taken out (see the module notes).
pub fn without_asides(ask: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(ask);
    // Each pass takes out the first aside found; an ask holds few.
    for _ in 0..4 {
        match inner_aside(&out) {
            Some((start, end)) => {
                let joined = format!("{} {}", &out[..start], &out[end..]);
                out = Cow::Owned(joined);
            }
            None => break,
        }
    }
    out
}

/// The byte range of the first aside inside the action: from its opening comma to the
/// start of the words after its closing comma.
fn inner_aside(ask: &str) -> Option<(usize, usize)> {
    OPENERS
        .iter()
        .flat_map(|mark| ask.match_indices(mark).map(move |(i, _)| (i, *mark)))
        .filter_map(|(i, mark)| {
            let body_start = i + mark.len();
            let body = ask.get(body_start..)?;
            let close = body.find(", ")?;
            let aside = &body[..close];
            if aside.split_whitespace().count() > MAX_ASIDE_WORDS || aside.contains(['?', ';']) {
                return None;
            }
            let after = body_start + close + 2;
            let next = ask.get(after..)?.split(' ').next().unwrap_or("");
            let relative = matches!(mark, ", which " | ", who ");
            let inside = leaves_a_clause_open(&ask[..i])
                || (relative && CARRIES_ON.contains(&next.to_lowercase().as_str()));
            inside.then_some((i, after))
        })
        .min()
}

/// True when an ask's action, short as it is, leans on what was said before it for what it
/// asks ("address that key point", "consider it in the context of this argument"): a
/// reader told only the ask would not know what was wanted. A "that" opening a clause or
/// a relative one ("a gate that is locked", "confirm that the report is out") and a "so
/// that" point at nothing.
pub fn leans_on_context(ask: &str) -> bool {
    const POINTING: [&str; 7] = ["it", "that", "this", "these", "those", "them", "so"];
    /// Words that open the clause after a "that" that does not point.
    const OPENS: [&str; 22] = [
        "the", "a", "an", "is", "are", "was", "were", "will", "would", "should", "can", "could",
        "has", "have", "had", "he", "she", "they", "we", "there", "i", "you",
    ];
    let words = super::asks::words_of_action(ask);
    let points = |(i, w): (usize, &String)| {
        let next = words.get(i + 1).map(String::as_str);
        match w.as_str() {
            "that" => {
                let opens = next.is_some_and(|n| OPENS.contains(&n));
                let so_that = i > 0 && words.get(i - 1).is_some_and(|p| p == "so");
                !opens && !so_that
            }
            "so" => next != Some("that"),
            w => POINTING.contains(&w),
        }
    };
    words.len() <= 8 && words.iter().enumerate().any(points)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_aside_after_that_is_taken_out() {
        assert_eq!(
            without_asides(
                "acknowledge that, as the hon. Member for Workington said, there is a component"
            ),
            "acknowledge that there is a component"
        );
        assert_eq!(
            without_asides("not think that, because it is renaming the benefit, people will claim"),
            "not think that people will claim"
        );
    }

    #[test]
    fn a_relative_clause_between_subject_and_verb_is_taken_out() {
        assert_eq!(
            without_asides(
                "confirm that the report, which contains recommendations on planning, has proven inconclusive"
            ),
            "confirm that the report has proven inconclusive"
        );
    }

    #[test]
    fn asides_after_the_action_stay_for_the_cut() {
        // The clause after the comma is a reason, not the verb of the subject.
        let ask = "publish the report, which was promised in May, so that councils can plan";
        assert_eq!(without_asides(ask), ask);
        let ask = "meet me, as well as the tenants, to discuss the repairs";
        assert_eq!(without_asides(ask), ask);
        // An aside that runs to the end has no closing comma.
        let ask = "acknowledge that, as he said, prices rise, and wages fall";
        assert_eq!(
            without_asides(ask),
            "acknowledge that prices rise, and wages fall"
        );
        assert!(leaves_a_clause_open("Does the Minister acknowledge that"));
        assert!(!leaves_a_clause_open("meet me"));
    }
}
