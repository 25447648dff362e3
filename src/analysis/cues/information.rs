//! Whether an ask asks to be told something ("How many ...?", "Can the Minister tell the
//! House when ...?") rather than for something to be done: a reply to one responds or
//! defers, but does not agree or refuse.

use super::words_of;
use super::{ASKS_INFORMATION, LEADING_LINKS, TELL_VERBS};
use crate::phrase_table::{ADDRESSEE, LATER_CLAUSE, TO_BE_TOLD};

/// True when a clause's words open as a question asking for a reason, a way, a time, a place
/// or a fact: "so" and a question word ("so why should we ...", "so how does he ..."), a
/// question word and an auxiliary ("when will the Government ...", "how will the role ..."),
/// or "what" and up to three words before one ("what emergency measures do the Government
/// ..."). A relative clause ("..., which could bring", "when murder was a capital offence")
/// is none.
fn opens_a_question_for_facts(w: &str) -> bool {
    const AUXILIARIES: &[&str] = &[
        "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
        "has", "have", "might", "may", "shall", "must",
    ];
    const ASKING: &[&str] = &["why", "how", "when", "where", "what"];
    let words: Vec<&str> = w.split_whitespace().take(6).collect();
    let at = |i: usize| words.get(i).copied().unwrap_or("");
    let (first, next) = match at(0) {
        "so" | "then" => (at(1), 2),
        first => (first, 1),
    };
    if !ASKING.contains(&first) || words.len() < 4 {
        return false;
    }
    if next == 2 || AUXILIARIES.contains(&at(next)) {
        return true;
    }
    first == "what" && (next + 1..next + 4).any(|i| AUXILIARIES.contains(&at(i)))
}

/// True when a clause's words (as `words_of` gives them) open as a question put to the
/// minister: an auxiliary, then a subject that names the minister or the Government
/// ([`names_addressee`]) and is not "we" or "I" ("will the Minister comment ...", "can he
/// say ..."; "If so, can we expect an update ...?" asks for something to be given).
fn put_to_the_minister(w: &str) -> bool {
    let mut words = w.split_whitespace();
    let asks = matches!(
        words.next(),
        Some("will" | "can" | "could" | "would" | "may" | "is" | "does" | "has")
    );
    let subject: Vec<&str> = words.take(4).collect();
    asks && subject.first().is_some_and(|x| !matches!(*x, "we" | "i")) && names_addressee(&subject)
}

/// True when a question's subject, its first four words after the auxiliary ("the
/// Minister", "my right hon. Friend", "he"), names whom it asks: the Government, a minister
/// or the member addressed.
fn names_addressee(words: &[&str]) -> bool {
    // " the minister tell the ": spaces about each word, as the phrases are written.
    let mut subject = String::from(" ");
    for (i, w) in words.iter().take(4).enumerate() {
        if i > 0 {
            subject.push(' ');
        }
        subject.push_str(w);
    }
    subject.push(' ');
    ADDRESSEE.is_match(&subject)
}

/// True when an ask asks to be told something rather than for something to be done: a
/// question opening with a question word or "Can the Minister tell ...", a question whose
/// later clause does ("..., but how ...?"), or a request to be told ("I would be grateful if
/// the Minister informed the House ...").
pub fn asks_information(s: &str) -> bool {
    // "My Lords, is the Minister satisfied that ASBOs are working?": the address to the
    // House or the chair that opens a question is no part of it.
    if let Some(rest) = without_address(s) {
        return asks_information(rest);
    }
    let w = without_courtesy(words_of(s));
    if TO_BE_TOLD.is_match(&w) {
        return true;
    }
    // A question as tabled ("What steps the Government is taking to ...") has a full stop.
    let question = s.trim_end().ends_with('?') || crate::analysis::asks::is_tabled(s.trim());
    if !question {
        return false;
    }
    // "What pressure can he place on them, and will he or one of his team meet me ...?":
    // asked to meet, the minister is asked to do something, whatever else the question asks.
    if [" meet me ", " meet us ", " meet with me "]
        .iter()
        .any(|a| w.contains(a))
    {
        return false;
    }
    if LATER_CLAUSE.is_match(&w) {
        return true;
    }
    // "With that in mind, will the Minister outline what impact ...?", "Given the
    // Minister's optimistic tone, is he confident that ...?", "If the Prime Minister is
    // genuine about preventing strikes, will he tell this House how many meetings ...?",
    // "For example, why am I expected to ...?": a question to the minister after a short
    // preface, or after a clause of condition or circumstance, is read on its own.
    if let Some((preface, rest)) = s.split_once(',')
        && (preface.split_whitespace().count() <= 5 || sets_the_scene(preface))
    {
        let r = words_of(rest);
        let reason = matches!(r.split_whitespace().next(), Some("why" | "how"));
        if put_to_the_minister(&r) || reason {
            return asks_information(rest);
        }
    }
    // "I note the Government's attempts to keep us all secure, but will the Minister comment
    // on the fact that ...?", "we do not expect the Minister to solve all those problems at
    // once, but can he say which ...?": the question after the last "but" is read on its
    // own when it is put to the minister.
    if let Some(at) = s.rfind(", but ").or_else(|| s.rfind("; but ")) {
        let rest = s.get(at + 6..).unwrap_or_default();
        if put_to_the_minister(&words_of(rest)) {
            return asks_information(rest);
        }
    }
    // "Clearly, they were not—so why should we ...?", "First, if there should be
    // interruptions in supply, what emergency measures do the Government have in mind?",
    // "... facing rates rises; what assessment has the Minister made ...?": the question
    // after the last dash, comma or semicolon asks for a reason or a fact.
    if s.rfind(['—', ',', ';'])
        .and_then(|at| s.get(at..))
        .is_some_and(|t| opens_a_question_for_facts(&words_of(t)))
    {
        return true;
    }
    // "..., so why did the Government not plan to fund their own target numbers, especially
    // when we are in a war?": "so why" or "then why" asks for a reason whatever follows it.
    if s.match_indices(['—', ',', ';']).any(|(at, _)| {
        s.get(at..).is_some_and(|t| {
            let w = words_of(t);
            let w = w.trim_start();
            (w.starts_with("so ") || w.starts_with("then ")) && opens_a_question_for_facts(w)
        })
    }) {
        return true;
    }
    // A question as tabled in the Lords and older Commons records ("asked the Chancellor
    // of the Exchequer what representations he has received", "To ask His Majesty's
    // Government whether ...") is read from its question word, as "What representations
    // ..." is; "if he will ..." asks for action.
    // Its number on the Order Paper aside ("7. asked the Minister ...").
    let opening = w.trim_start();
    let unnumbered = match opening.split_once(' ') {
        Some((n, rest)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => opening,
    };
    let tabled = unnumbered.starts_with("asked ") || unnumbered.starts_with("to ask ");
    let words: Vec<&str> = unnumbered
        .split_whitespace()
        .skip_while(|x| {
            if tabled {
                !(ASKS_INFORMATION.contains(x) || *x == "if")
            } else {
                LEADING_LINKS.contains(x)
            }
        })
        .collect();
    let first = words.first().copied().unwrap_or("");
    let rest = words.get(1..).unwrap_or_default();
    // "Is it not ...?", "Does he not agree ...?": a negative question asks the minister to
    // agree, not to inform.
    if rest.iter().take(3).any(|x| *x == "not") {
        return false;
    }
    // "Is the Minister prepared to reconsider ...?", "Are the Government willing to act?":
    // whether they will act, not a fact.
    let willing = || {
        rest.iter()
            .take(6)
            .any(|x| matches!(*x, "willing" | "prepared"))
    };
    if ASKS_INFORMATION.contains(&first) {
        return !(matches!(first, "is" | "are") && willing());
    }
    if !matches!(first, "can" | "could" | "will" | "would" | "may") {
        return false;
    }
    // "Will there be an inquiry?" asks for one.
    if rest.first() == Some(&"there") && rest.iter().take(3).any(|x| *x == "be") {
        return false;
    }
    // "Will the CCTV coverage be available?": a question about what will happen, not an ask
    // of the Government, when its subject is not the Government or the minister.
    if !names_addressee(rest) {
        return true;
    }
    // "Can the Minister tell the House ...", "Will he set out ...": the verb after the
    // addressee, starting within the next five words. "Can he give me an assurance that
    // ...?" asks for a promise, not to be told.
    let promise_after = |i: usize| {
        rest.get(i + 1..)
            .unwrap_or_default()
            .iter()
            .take(PROMISE_WITHIN)
            .any(|x| PROMISES.iter().any(|p| x.starts_with(p)))
    };
    let opening = rest.get(..rest.len().min(6)).unwrap_or_default();
    (0..opening.len()).any(|i| {
        let two = opening
            .get(i..(i + 2).min(opening.len()))
            .unwrap_or_default()
            .join(" ");
        TELL_VERBS.iter().any(|v| two.starts_with(v))
            && !(opening.get(i) == Some(&"give") && promise_after(i))
    })
}

/// What a member asks to be given when they ask for a promise: "give me an assurance",
/// "give a commitment", "give the House an undertaking". Word openings.
const PROMISES: [&str; 6] = [
    "assurance",
    "reassurance",
    "commitment",
    "guarantee",
    "undertaking",
    "pledge",
];

/// How many words after "give" the promise can come: "give my constituents a cast-iron
/// guarantee".
const PROMISE_WITHIN: usize = 5;

/// A question without the address to the House or the chair that opens it ("My Lords, ...",
/// "Mr Speaker, ..."), or `None` when it opens with none.
fn without_address(s: &str) -> Option<&str> {
    let t = s.trim_start();
    std::iter::once(&"my lords, ")
        .chain(super::CHAIR_ADDRESSES)
        .find_map(|a| crate::analysis::text::after_opening(t, a))
}

/// `w` (as `words_of` gives it) without the courtesies that can come between the minister
/// and what they are asked to do: "Will the Minister be kind enough to explain briefly why
/// ...?" asks as "Will the Minister explain why ...?" does.
fn without_courtesy(w: String) -> String {
    const COURTESY: [&str; 6] = [
        " be kind enough to ",
        " be good enough to ",
        " be so kind as to ",
        " be so good as to ",
        " please ",
        " briefly ",
    ];
    if !COURTESY.iter().any(|c| w.contains(c)) {
        return w;
    }
    COURTESY.iter().fold(w, |w, c| w.replace(c, " "))
}

/// True when a clause opens as a condition or a circumstance ("If the Prime Minister is
/// genuine about ...", "Given the Minister's optimistic tone", "In the light of ..."), which
/// sets the scene for the question after it.
fn sets_the_scene(preface: &str) -> bool {
    const OPENERS: [&str; 10] = [
        "if",
        "given",
        "as",
        "since",
        "while",
        "whilst",
        "although",
        "in",
        "with",
        "following",
    ];
    preface
        .split_whitespace()
        .next()
        .is_some_and(|w| OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

#[cfg(test)]
mod tests {
    use super::asks_information;

    #[test]
    fn a_courtesy_or_a_clause_before_but_hides_no_ask_to_be_told() {
        for s in [
            "Will the Minister be kind enough to explain briefly why he has chosen the Environment Agency rather than the Marine Management Organisation for this function?",
            "I note the Government's attempts to keep us all secure, but will the Minister comment on the fact that 40 people convicted of terrorism offences have been released into the community?",
            "In a spirit of generosity, we do not expect the Minister to solve all those problems at once, but can he say which of the various disasters he is presiding over is his top priority this week?",
        ] {
            assert!(asks_information(s), "{s}");
        }
        for s in [
            "I welcome the review, but will the Minister publish it before the summer?",
            "Will the Minister please publish the review?",
            "Will the Minister be good enough to meet the families?",
        ] {
            assert!(!asks_information(s), "{s}");
        }
    }
}
