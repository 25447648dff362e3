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

#[cfg(test)]
mod tests {
    use super::*;

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
