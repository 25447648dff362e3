//! Tributes and thanks that open a reply sentence: they answer nothing.

use super::{after_address, words_of};

/// How a sentence may go on from "I" (and "also", "do", "first", "want to" and the like) to
/// praise or thank someone.
const PRAISING: [&str; 10] = [
    "pay tribute",
    "commend ",
    "congratulate ",
    "salute ",
    "applaud ",
    "thank ",
    "am grateful",
    "am very grateful",
    "am most grateful",
    "express the thanks",
];

/// What may stand between "I" and the praise: "I also pay tribute", "I do pay tribute", "I
/// want to thank", "I would genuinely like to congratulate".
const BETWEEN: [&str; 9] = [
    "also ",
    "do ",
    "first ",
    "want to ",
    "wish to ",
    "would like to ",
    "would also like to ",
    "would genuinely like to ",
    "should like to ",
];

/// True when a sentence opens by praising or thanking someone ("My Lords, I commend the
/// noble Lord on the diligence with which he has pursued this issue", "I also pay tribute to
/// the noble Countess", "I thank Mary Scanlon for her on-going co-operation on this issue",
/// "I am very grateful to my hon. Friend for those words"): a tribute, which answers
/// nothing. One that goes on to decide is read by [`super::thanks_then_decides`].
pub fn opens_in_praise(s: &str) -> bool {
    let w = words_of(after_address(s));
    let Some(mut w) = w.trim_start().strip_prefix("i ") else {
        return false;
    };
    while let Some(rest) = BETWEEN.iter().find_map(|b| w.strip_prefix(b)) {
        w = rest;
    }
    // Every clause of it praises or thanks: "I thank Ross Finnie for his very serious
    // question, and assure him that there is absolutely no evidence ..." answers.
    PRAISING.iter().any(|p| w.starts_with(p))
        && CLAUSES
            .iter()
            .filter_map(|c| w.find(c).and_then(|at| w.get(at..)))
            .all(|rest| THANKS.iter().any(|t| rest.contains(t)))
}

/// Where a clause of the speaker's own starts after the thanks.
const CLAUSES: [&str; 5] = [" and i ", " and we ", " and assure ", " and that ", " but "];

/// Words that carry the thanks on into a clause of its own ("I thank my hon. Friend, and I
/// want to extend my thanks also to Beverley ...").
const THANKS: [&str; 5] = ["thank", "grateful", "tribute", "congratulat", "commend"];

#[cfg(test)]
mod tests {
    use super::opens_in_praise;

    #[test]
    fn a_sentence_that_opens_in_praise_is_a_tribute() {
        assert!(opens_in_praise(
            "My Lords, I commend the noble Lord, Lord Tyler, on the diligence with which he has pursued this issue."
        ));
        assert!(opens_in_praise(
            "I also pay tribute to the noble Countess, Lady Mar, for the part that she has played."
        ));
        assert!(!opens_in_praise(
            "I commended the scheme to the House last year, and it has worked."
        ));
        assert!(!opens_in_praise(
            "We will pay tribute to them by funding the memorial in full."
        ));
    }

    #[test]
    fn thanks_and_tributes_however_put_open_in_praise() {
        for s in [
            "I thank Mary Scanlon for her on-going co-operation on this issue.",
            "I am very grateful to my hon. Friend for those words.",
            "I want to thank the shadow minister for her contribution to this debate.",
            "I would genuinely like to congratulate the hon. Member for Norwich, North on her speech.",
            "I do pay tribute-I did so earlier-to the incredible work that the TA does on our behalf.",
            "I thank my hon. Friend, and I want to extend my thanks also to Beverley and everybody in Cohort 4.",
        ] {
            assert!(opens_in_praise(s), "{s}");
        }
        for s in [
            "I thanked the council for its letter and asked it to think again.",
            "I acknowledge the importance of the question, but we must look at the alternatives.",
            "I want to be clear that the scheme will continue.",
            "I thank Ross Finnie for his very serious question, and assure him that there is absolutely no evidence of it.",
            "I thank him very much and we are going to continue our agenda of levelling up.",
        ] {
            assert!(!opens_in_praise(s), "{s}");
        }
    }
}
