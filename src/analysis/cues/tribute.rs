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

/// How a reply names a member at the opening of a sentence about them.
const MEMBER: [&str; 10] = [
    "my hon friend ",
    "my right hon friend ",
    "my noble friend ",
    "the hon gentleman ",
    "the hon lady ",
    "the hon member ",
    "the noble lord ",
    "the noble baroness ",
    "he ",
    "she ",
];

/// What a member is praised as being: "has been a tireless campaigner", "is probably the
/// best Member for Rother Valley we have ever had".
const PRAISED_AS: [&str; 14] = [
    "has been a tireless ",
    "has been a great ",
    "has been a strong ",
    "has been a doughty ",
    "has been a passionate ",
    "has been an assiduous ",
    "has been an excellent ",
    "has been a fantastic ",
    "is a tireless ",
    "is a great champion",
    "is a doughty ",
    "is a passionate ",
    "is probably the best ",
    "is the best ",
];

/// True when a reply sentence only praises a member ("My hon. Friend the Member for
/// Valeside has been a tireless campaigner for her constituents", "My hon. Friend is
/// probably the best Member for Rother Valley we have ever had"): it answers nothing.
pub fn praises_a_member(s: &str) -> bool {
    let w = words_of(after_address(s));
    let w = w.trim_start();
    let Some(rest) = MEMBER.iter().find_map(|m| w.strip_prefix(m)) else {
        return false;
    };
    // The praise follows the member's name, seat or both, within a few words.
    std::iter::once(0)
        .chain(rest.match_indices(' ').map(|(at, _)| at + 1))
        .take(8)
        .any(|at| {
            rest.get(at..)
                .is_some_and(|r| PRAISED_AS.iter().any(|p| r.starts_with(p)))
        })
        && !CLAUSES.iter().any(|c| rest.contains(c))
}

#[cfg(test)]
mod tests {
    use super::{opens_in_praise, praises_a_member};

    #[test]
    fn a_sentence_that_only_praises_a_member_answers_nothing() {
        for s in [
            "My hon. Friend the Member for Valeside has been a tireless campaigner for her constituents.",
            "My hon. Friend is probably the best Member for Rother Valley we have ever had.",
            "He has been a strong supporter of this scheme for some time.",
        ] {
            assert!(praises_a_member(s), "{s}");
        }
        for s in [
            "My hon. Friend has been a tireless campaigner, and I will meet him next week.",
            "The hon. Gentleman is a great deal more optimistic than the figures allow.",
            "He has been told that the scheme will go ahead.",
            "The scheme has been a great success.",
        ] {
            assert!(!praises_a_member(s), "{s}");
        }
    }

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
