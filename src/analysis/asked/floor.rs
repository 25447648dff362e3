//! Whom an intervention on a backbencher asks: the member who holds the floor, whenever it
//! speaks to them in the third person ("Does he share my hope that the Minister will ...?",
//! "What leverage does the hon. Gentleman think we have?", "I say to her again that ...",
//! "She must explain that ..."), not the Government.

/// How a question opens before whom it asks.
const OPENERS: [&str; 12] = [
    "does", "do", "will", "would", "can", "could", "is", "has", "did", "may", "should", "might",
];

/// How the House speaks of a member in the third person.
const MEMBERS: [&str; 17] = [
    "he ",
    "she ",
    "the hon. gentleman",
    "the hon. lady",
    "the hon. member",
    "the right hon. gentleman",
    "the right hon. lady",
    "my hon. friend",
    "my right hon. friend",
    "the hon. and learned",
    "the hon. and gallant",
    "the right hon. and learned",
    // The devolved chambers ("Does the member share the view of the First Minister
    // ...?") and the Lords.
    "the member ",
    "the member,",
    "the noble lord",
    "the noble baroness",
    "my noble friend",
];

/// Question words that open a question whose subject comes later ("What leverage does the
/// hon. Gentleman think ...?").
const WH: [&str; 6] = ["what", "why", "how", "which", "where", "when"];

/// True when a sentence puts something to a member in the third person: a question that
/// opens with them ("Does he agree ...", "Will the hon. Lady ...") or has them as its subject
/// after a question word ("What leverage does the hon. Gentleman think we have?"), words said
/// to them ("I say to her again that ...") or a demand of them ("She must explain that
/// ..."). In an intervention on a backbencher these are put to whoever holds the floor.
pub(super) fn speaks_to_a_member(text: &str) -> bool {
    let head = text.trim_start();
    let head = head
        .get(..head.floor_char_boundary(80))
        .unwrap_or(head)
        .to_lowercase();
    let t = ["so ", "and ", "but ", "therefore, ", "finally, "]
        .iter()
        .find_map(|c| head.strip_prefix(c))
        .unwrap_or(&head);
    asks_a_member(t) || asks_of_a_member(t) || says_to_a_member(t) || demands_of_a_member(t)
}

/// The member `t` opens with, if any, and what follows them: "my hon. Friend the Minister"
/// names a minister, not a member on the floor.
fn after_a_member(t: &str) -> Option<&str> {
    MEMBERS.iter().find_map(|m| {
        t.strip_prefix(m).map(str::trim_start).filter(|after| {
            !after.starts_with("the minister") && !after.starts_with("the secretary")
        })
    })
}

/// "Does he ...", "Will not the hon. Lady ...".
fn asks_a_member(t: &str) -> bool {
    let Some((first, rest)) = t.split_once(' ') else {
        return false;
    };
    OPENERS.contains(&first) && after_a_member(rest.strip_prefix("not ").unwrap_or(rest)).is_some()
}

/// "What leverage does the hon. Gentleman think ...?", "Why does he believe ...?": a
/// question word, at most three words, then a question that opens with the member.
fn asks_of_a_member(t: &str) -> bool {
    let Some((first, _)) = t.split_once(' ') else {
        return false;
    };
    if !WH.contains(&first) {
        return false;
    }
    t.match_indices(' ')
        .take(4)
        .any(|(i, _)| t.get(i + 1..).is_some_and(asks_a_member))
}

/// "I say to her again that ...", "I put it to the hon. Gentleman that ...".
fn says_to_a_member(t: &str) -> bool {
    [
        "i say to ",
        "i put it to ",
        "may i say to ",
        "let me say to ",
    ]
    .iter()
    .find_map(|o| t.strip_prefix(o))
    .map(|r| {
        r.strip_prefix("him ").or(r.strip_prefix("her ")).is_some() || after_a_member(r).is_some()
    })
    .unwrap_or(false)
}

/// "She must explain that ...", "The hon. Gentleman should tell us ...".
fn demands_of_a_member(t: &str) -> bool {
    after_a_member(t).is_some_and(|after| {
        ["must ", "should ", "needs to ", "ought to "]
            .iter()
            .any(|m| after.starts_with(m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ask_that_speaks_to_a_member_in_the_third_person() {
        for t in [
            "Does he share my hope that the Minister will outline the preconditions?",
            "Does the hon. Lady agree that the Government should extend the fare cap?",
            "Does not my hon. Friend agree that the Bill is late?",
            "So will she join me in calling for a review?",
            "Does the member share the view of the First Minister, who said that GARL is a project of national significance?",
            "Is the Member saying that it does not matter what the Minister does?",
            "Can the noble Lord explain why we should do this on sedition but not blasphemy?",
            "Does my noble friend recollect that a jury was able to recommend mercy?",
        ] {
            assert!(speaks_to_a_member(t), "{t}");
        }
        for t in [
            "Can my hon. Friend the Minister tell us the outcome of that review?",
            "Will the Minister meet me and the fishermen?",
            "Will the noble Lord the Minister tell us when the review reports?",
            "The Government should extend the fare cap.",
        ] {
            assert!(!speaks_to_a_member(t), "{t}");
        }
    }

    #[test]
    fn a_question_word_words_to_or_a_demand_of_a_member_speak_to_them() {
        for t in [
            "What leverage does the hon. Gentleman think we as a nation have over the Sri Lankan Government?",
            "Why does she believe that the scheme will fail?",
            "How can the hon. Lady reconcile that with her party's policy?",
            "I say to her again that if the economy is bankrupt, how will the country be able to afford to rebuild the infrastructure?",
            "I put it to the hon. Gentleman that his figures are wrong.",
            "She must explain that if she is going to accuse us of asking such questions of her Government.",
            "The hon. Gentleman should tell us where the money will come from.",
        ] {
            assert!(speaks_to_a_member(t), "{t}");
        }
        for t in [
            "What leverage does the Minister think we have?",
            "Why does the Department believe that the scheme will fail?",
            "What does my hon. Friend the Minister intend to do?",
            "I say to the Minister that the scheme will fail.",
            "The Minister must explain what happens next.",
            "Heathrow must explain its plans.",
            "What happens when he leaves office?",
        ] {
            assert!(!speaks_to_a_member(t), "{t}");
        }
    }
}
