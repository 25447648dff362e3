//! A Government cue of what was done inside a relative clause that describes a thing
//! another acts on ("he then opposes the very measures that we have introduced"): the
//! clause says what the thing is, and the sentence commits to nothing by it.

/// True when the Government cue at byte `start` of `words` is not the Government's own act:
/// a member's "will" (`said_of_another`), a forecast of what another will do
/// (`foretells_another`), or what was done, in a clause that describes a thing
/// ([`describes_a_thing`]).
pub(super) fn not_the_governments(words: &str, start: usize) -> bool {
    super::voice::said_of_another(words, start)
        || super::tense::foretells_another(words, start)
        || describes_a_thing(words, start)
}

/// Words that open a noun phrase.
const DETERMINERS: [&str; 9] = [
    "the", "those", "these", "a", "an", "any", "some", "all", "every",
];

/// Words before the noun phrase that make the sentence say what the thing is ("That is the
/// approach that we will continue to take"): the clause is then the point, and still
/// commits.
const COPULAS: [&str; 8] = [
    "is", "are", "was", "were", "be", "been", "remains", "remain",
];

/// True when the cue at byte `start` of `words`, of what was done ("we have introduced"),
/// opens a relative clause, "that" or "which",
/// after a noun phrase of at most four words that opens with a determiner, and that noun
/// phrase is not what the sentence says something is: "opposes the very measures that we
/// have introduced" (not "That is the approach that we will continue to take", nor "I can
/// confirm that we have introduced ...").
pub(super) fn describes_a_thing(words: &str, start: usize) -> bool {
    // Only what was done: "the weaknesses that we will address" still promises.
    let cue = words.get(start..).unwrap_or_default();
    let done = cue
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| matches!(w, "have" | "has" | "had" | "committed" | "promised"));
    if !done {
        return false;
    }
    let before: Vec<&str> = words
        .get(..start)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .take(7)
        .collect();
    if !matches!(before.first(), Some(&"that" | &"which")) {
        return false;
    }
    // The noun phrase: up to four words back to a determiner.
    let Some(det) = (2..=5).find(|&i| before.get(i).is_some_and(|w| DETERMINERS.contains(w)))
    else {
        return false;
    };
    // A noun phrase holds no verb ("the Government have been clear that ...").
    let noun_phrase = before.get(1..det).unwrap_or_default();
    !noun_phrase
        .iter()
        .any(|w| COPULAS.contains(w) || matches!(*w, "have" | "has" | "clear"))
        && !before.get(det + 1).is_some_and(|w| COPULAS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::describes_a_thing;

    fn at(words: &str, cue: &str) -> bool {
        let start = words.find(cue).unwrap();
        describes_a_thing(words, start)
    }

    #[test]
    fn a_cue_in_a_relative_clause_describes_a_thing() {
        assert!(at(
            " he then opposes the very measures that we have introduced ",
            "we have introduced"
        ));
        assert!(at(
            " they criticised the schemes which we have provided ",
            "we have provided"
        ));
        // What will be done still promises.
        assert!(!at(
            " it identifies weaknesses in the system that we will address ",
            "we will"
        ));
        assert!(!at(
            " the government have been clear that we have committed to it ",
            "we have committed"
        ));
        assert!(!at(
            " that is the approach that we will continue to take ",
            "we will continue"
        ));
        assert!(!at(
            " i can confirm that we have introduced the scheme ",
            "we have introduced"
        ));
        assert!(!at(" we have introduced the scheme ", "we have introduced"));
    }

    #[test]
    fn what_another_opposes_commits_the_government_to_nothing() {
        use super::super::stance_of;
        use crate::model::Stance;
        assert_eq!(
            stance_of("He then opposes the very measures that we have introduced to do so."),
            None
        );
        assert_eq!(
            stance_of("We have introduced the comprehensive electronic borders."),
            Some(Stance::Commits)
        );
    }
}
