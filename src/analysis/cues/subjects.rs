//! What a sentence is about, where linking an ask to its answer needs the subject and not
//! the words: money ("Who is paying?" and "The national rail budget remains fully
//! committed") and inquiries ("an independent inquiry" and "a management review").

use super::words_of;
use crate::phrase_table::{MONEY, MONEY_TALK};

/// True when a sentence holds a pound sign or a per cent sign.
pub(super) fn has_money_sign(s: &str) -> bool {
    s.contains('£') || s.contains('%')
}

/// True when a sentence names money or a share ("£20 million", "35 per cent.", "10%").
pub fn names_money(s: &str) -> bool {
    has_money_sign(s) || MONEY.is_match(&words_of(s))
}

/// True when a sentence is about money: who pays, funds, budgets, costs ("Who is paying?",
/// "The national rail budget remains fully committed").
pub fn about_money(s: &str) -> bool {
    s.contains('£') || MONEY_TALK.is_match(&words_of(s))
}

/// True when a sentence speaks of an inquiry, a review or an investigation ("subject to a
/// management review").
pub fn about_inquiry(s: &str) -> bool {
    words_of(s).split_whitespace().any(|w| {
        ["inquir", "enquir", "review", "investigat"]
            .iter()
            .any(|p| w.starts_with(p))
    })
}

/// True when an ask calls for an inquiry or an investigation ("we are calling for an
/// independent inquiry"); not one that only mentions a line of inquiry or a review.
pub fn asks_for_inquiry(s: &str) -> bool {
    let w = words_of(s);
    !w.contains("line of inquiry")
        && w.split_whitespace()
            .any(|x| matches!(x, "inquiry" | "enquiry" | "investigation"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ask_for_an_inquiry_names_one() {
        assert!(asks_for_inquiry(
            "That is why we are calling for an independent inquiry."
        ));
        assert!(asks_for_inquiry("Will there be an investigation?"));
        // A line of inquiry is an idiom, and a review is asked for in too many senses.
        assert!(!asks_for_inquiry(
            "Given that the Government want to pursue this line of inquiry, I support it."
        ));
        assert!(!asks_for_inquiry("Will he review the formula?"));
    }

    #[test]
    fn a_reply_speaks_of_a_review_or_an_inquiry() {
        assert!(about_inquiry(
            "The incident's handling is subject to a management review."
        ));
        assert!(about_inquiry("The police are investigating."));
        assert!(!about_inquiry("The centre returned to normality."));
    }
}
