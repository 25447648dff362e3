//! A quotation the record sets out as a paragraph of its own in the middle of a sentence:
//! "So why did a Cabinet Office director write to counter-terrorism asserting that there
//! was" / "“considerable damage to national security”" / "from these stories and that" /
//! "“the potential for future damage is significant”?". Read as paragraphs, the question
//! is a fragment ("“the potential for future damage is significant”?") and its opening no
//! sentence at all; the sentence is one paragraph.

/// True when paragraph `next` carries on the sentence that paragraph `last` leaves open:
/// `last` ends on a word, a comma, a colon or a dash (no full stop, question or exclamation
/// mark, and no closing quotation after one), and `next` is set out as a quotation (`indented`)
/// or opens in lower case, after any quotation mark.
pub(super) fn runs_on(last: &str, next: &str, indented: bool) -> bool {
    // A quotation closed within the sentence ("... there was “considerable damage”") leaves
    // it open; one closed after a stop ("“it is over.”") ends it.
    let Some(end) = last
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\''])
        .chars()
        .last()
    else {
        return false;
    };
    let open = end.is_alphanumeric() || matches!(end, ',' | ';' | ':' | '—' | '–');
    let next = next.trim_start();
    let first = next
        .trim_start_matches(['"', '“', '‘', '\'', '(', '['])
        .chars()
        .next();
    open && !next.is_empty() && (indented || first.is_some_and(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::runs_on;

    #[test]
    fn a_sentence_left_open_runs_on_into_a_quotation_set_out() {
        let last = "So why did a Cabinet Office director write to counter-terrorism asserting that there was";
        assert!(runs_on(
            last,
            "“considerable damage to national security”",
            true
        ));
        assert!(runs_on(
            "“considerable damage to national security”",
            "from these stories and that",
            false
        ));
        assert!(runs_on(
            "The lease states:",
            "“the tenant shall repair”.",
            true
        ));
        // A sentence that ends, or a new one that opens with a capital, does not run on.
        assert!(!runs_on(
            "That is the answer.",
            "“the potential for damage”?",
            true
        ));
        assert!(!runs_on(
            "I will quote the report",
            "It says that the risk is low.",
            false
        ));
        assert!(!runs_on("", "and more", false));
        assert!(!runs_on("He said “it is over.”", "and then left.", false));
    }
}
