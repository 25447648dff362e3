//! Deferral cues that defer only as the Government's promise ("in writing", "in mind",
//! "to the attention of", "in due course"): whether a promise comes before them.

/// True when deferral cue `cue`, found at byte `start` of `words`, is one that defers only as
/// the Government's promise and no promise comes before it: "to the attention of" (see
/// [`passes_it_on`]), "in mind", "account of" and "into account" (after "bear", "keep" or
/// "take": [`promised`]), and "in due course" in a forecast or a hope ("would in due course
/// reduce", "I hope that in due course"). Any other cue defers as it stands.
pub(super) fn promise_unmade(cue: &str, words: &str, start: usize) -> bool {
    match cue {
        "to the attention of" => !passes_it_on(words, start),
        "in mind" | "account of" | "into account" => {
            !promised(words, start, &["bear", "keep", "take"])
        }
        // "Amendment No. 1 would in due course reduce ...", "I hope that in due course they
        // will be endorsed by the House": a forecast or a hope, not a promise to come back;
        // nor is looking forward to something ("I look forward to being able to visit it in
        // due course with her", "we ... look forward to discussion in due course").
        "in due course" => {
            let before = words.get(..start).unwrap_or_default().trim_end();
            before.ends_with("hope that")
                || before.contains(" look forward to ")
                || before.contains(" looking forward to ")
                || before
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w, "would" | "could" | "might"))
        }
        // "I shall contact the hon. Members who have taken part in this debate in writing",
        // "I will ... get back to the noble Lord in writing"; not "they must put it in
        // writing". Who is written to can take many words.
        "in writing" => !promised_within(words, start, &WRITES, 16),
        _ => false,
    }
}

/// True when a promise to answer in writing follows byte `end` of `words` ("I will respond
/// to him in writing").
pub(super) fn writes_after(words: &str, end: usize) -> bool {
    let after = words.get(end..).unwrap_or_default();
    after
        .find(" in writing")
        .is_some_and(|at| !promise_unmade("in writing", words, end + at + 1))
}

/// How the Government promises an answer in writing.
const WRITES: [&str; 12] = [
    "respond",
    "reply",
    "contact",
    "confirm",
    "communicate",
    "get",
    "come",
    "answer",
    "write",
    "inform",
    "follow",
    "set",
];

/// True when "to the attention of", found at byte `start` of `words`, follows a promise to
/// bring or draw something there ("I shall bring my noble friend's concern to the attention
/// of ..."), within the few words of what is passed on; "I rise to bring to the attention of
/// the House ..." signposts a speech, and so does "I will bring to the attention of the
/// House ...", where nothing is passed on.
fn passes_it_on(words: &str, start: usize) -> bool {
    let before = words.get(..start).unwrap_or_default().trim_end();
    promised(words, start, &["bring", "draw"])
        && !(before.ends_with(" bring") || before.ends_with(" draw"))
}

/// True when the cue found at byte `start` of `words` follows the Government's promise to do
/// one of `verbs` within the ten words before it: "I", "we" or "the Government", "will",
/// "shall" or "'ll", then the verb, directly or after one word ("I shall bear the hon.
/// Member's application in mind", "we will certainly take account of ..."; not "the formula
/// will take account of rurality").
fn promised(words: &str, start: usize, verbs: &[&str]) -> bool {
    promised_within(words, start, verbs, 10)
}

/// [`promised`] within the `window` words before the cue.
fn promised_within(words: &str, start: usize, verbs: &[&str], window: usize) -> bool {
    // The words before the cue, in order, read from the cue back.
    let mut near: Vec<&str> = words
        .get(..start)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(window)
        .collect();
    near.reverse();
    near.iter().enumerate().any(|(i, v)| {
        let at = |d: usize| i.checked_sub(d).and_then(|j| near.get(j)).copied();
        let government = |d: usize| matches!(at(d), Some("i" | "we" | "government"));
        verbs.contains(v)
            && ((1..=2).any(|k| matches!(at(k), Some("will" | "shall" | "ll")) && government(k + 1))
                // "I am happy to respond to them in writing", "we would be glad to bear that
                // in mind" ("they are happy to put it in writing" promises nothing).
                || (matches!(at(1), Some("to"))
                    && matches!(at(2), Some("happy" | "glad" | "pleased" | "delighted" | "willing"))
                    && (3..=5).any(government)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Stance, stance_of};

    #[test]
    fn a_promise_to_write_is_no_signpost_and_a_return_to_a_point_is_one() {
        // How the speech will answer, when the answer is a letter, promises one.
        for t in [
            "I will respond to him in writing on that point.",
            "I will respond to the points about funding in writing.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Defers), "{t}");
        }
        assert_eq!(
            stance_of("I will respond to the points made about funding."),
            None
        );
        // Coming back to a point later in the speech promises nothing; coming back to a
        // matter at a later stage of a Bill defers.
        for t in [
            "The first objective is to have a route for the whole coast, which is an issue to which I shall return.",
            "I shall return to that point in a moment.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        assert_eq!(
            stance_of("We will return to this matter at Third Reading."),
            Some(Stance::Defers)
        );
    }
}
