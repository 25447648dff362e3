//! How a reply speaks of a member: by the House's forms ("the hon. Gentleman", "my noble
//! Friend") or by a pronoun.

/// True when a sentence holds one of `words` as a whole word, case aside.
pub fn holds_word(s: &str, words: &[&str]) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// True when a sentence names a member as the House does ("the hon. Gentleman", "my noble
/// Friend"), not only by a pronoun.
pub fn names_a_member(s: &str) -> bool {
    holds_word(s, &["hon", "noble", "gentleman", "lady", "friend"])
}

/// True when a sentence speaks of or to a member ("She has made some sensible
/// suggestions, which I shall consider", "I can assure the hon. Gentleman ...").
pub fn speaks_of_a_member(s: &str) -> bool {
    names_a_member(s) || holds_word(s, &["he", "she", "him", "her", "his"])
}

/// True when a sentence takes up the words of the member it speaks to ("I shall draw my
/// hon. Friend's remarks to the attention of ...", "I take his point"): said to another
/// member, it answers that member.
pub fn takes_up_a_members_words(s: &str) -> bool {
    const WHOSE: [&str; 9] = [
        "friend's",
        "gentleman's",
        "lady's",
        "member's",
        "lord's",
        "baroness's",
        "his",
        "her",
        "their",
    ];
    const WORDS: [&str; 14] = [
        "remarks",
        "comments",
        "point",
        "points",
        "question",
        "questions",
        "concern",
        "concerns",
        "suggestion",
        "suggestions",
        "views",
        "words",
        "request",
        "representations",
    ];
    let words: Vec<String> = s
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    words.windows(2).any(
        |pair| matches!(pair, [a, b] if WHOSE.contains(&a.as_str()) && WORDS.contains(&b.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_takes_up_the_words_of_the_member_it_speaks_to() {
        assert!(takes_up_a_members_words(
            "I shall draw my hon. Friend's remarks to the attention of my right hon. Friend the Secretary of State for Defence."
        ));
        assert!(takes_up_a_members_words(
            "I take his point about the timetable."
        ));
        assert!(takes_up_a_members_words(
            "I shall consider the noble Lord’s suggestion."
        ));
        assert!(!takes_up_a_members_words(
            "We will not be changing the benefit cap."
        ));
        assert!(!takes_up_a_members_words(
            "The point is that the review continues."
        ));
    }

    #[test]
    fn a_member_is_named_by_the_house_s_forms_and_spoken_of_by_pronouns_too() {
        assert!(names_a_member(
            "I shall bring my noble friend's concern to the attention of the Minister."
        ));
        assert!(!names_a_member(
            "She has made some sensible suggestions, which I shall consider."
        ));
        assert!(speaks_of_a_member(
            "She has made some sensible suggestions, which I shall consider."
        ));
        assert!(!speaks_of_a_member("The review will be published in June."));
        // Whole words only: "Shell" is no "she".
        assert!(!speaks_of_a_member("Shell has withdrawn from the field."));
    }
}
