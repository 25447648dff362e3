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
    /// Who is named as having said it: "my hon. Friend's", "the noble Lord's", "his".
    fn whose(w: &[u8]) -> bool {
        let stem = w
            .strip_suffix(b"'s")
            .or_else(|| w.strip_suffix("’s".as_bytes()))
            .unwrap_or_default();
        [
            &b"friend"[..],
            b"gentleman",
            b"lady",
            b"member",
            b"lord",
            b"baroness",
        ]
        .iter()
        .any(|m| stem.eq_ignore_ascii_case(m))
            || [&b"his"[..], b"her", b"their"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
    }
    const WORDS: [&[u8]; 14] = [
        b"remarks",
        b"comments",
        b"point",
        b"points",
        b"question",
        b"questions",
        b"concern",
        b"concerns",
        b"suggestion",
        b"suggestions",
        b"views",
        b"words",
        b"request",
        b"representations",
    ];
    // Read as bytes: a word runs over letters, digits, apostrophes and any non-ASCII
    // character ("Friend’s" is one word).
    let mut before: &[u8] = b"";
    for w in s
        .as_bytes()
        .split(|&b| !(b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80))
        .filter(|w| !w.is_empty())
    {
        let may_be = w.len() >= 5
            && w.first().is_some_and(|b| {
                matches!(
                    b.to_ascii_lowercase(),
                    b'r' | b'c' | b'p' | b'q' | b's' | b'v' | b'w'
                )
            });
        if may_be && WORDS.iter().any(|m| w.eq_ignore_ascii_case(m)) && whose(before) {
            return true;
        }
        before = w;
    }
    false
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
