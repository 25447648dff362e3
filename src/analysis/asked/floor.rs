//! Asks put to someone other than the Government: in an intervention on a backbencher,
//! what speaks to the member who holds the floor in the third person ("Does he share my
//! hope that the Minister will ...?", "What leverage does the hon. Gentleman think we
//! have?", "I say to her again that ...", "She must explain that ..."); and what asks the
//! Chair ("Mr Speaker, will you take action against the Leader of the House?", "will you
//! reconsider and give permission for the Minister to speak next ...?"); and, the other way
//! about, what is put to the Government.

use super::super::Read;
use crate::analysis::asks;
use crate::analysis::summarise::Sentence;

/// The most words of a contribution that is an intervention rather than a speech.
pub(super) const INTERVENTION_WORDS: usize = 200;

/// True when sentence `s` is put to the member on the floor or to the Chair, not to the
/// Government. In a speech, "he" is the minister; in an intervention on a backbencher, the
/// backbencher.
pub(super) fn put_to_another(r: &Read, s: &Sentence) -> bool {
    (r.cast.words_of(s.turn) <= INTERVENTION_WORDS
        && speaks_to_a_member(s.text)
        && r.member_after(s.turn).is_some())
        || asks_the_chair(s.text)
}

/// What only the Chair grants or rules on (found first by `asks_the_chair` without the
/// letters that case can change: "permission", "your Ruling").
const CHAIR_RULES: [&str; 5] = [
    "permission",
    "your leave",
    "your ruling",
    "rule on",
    "parliamentary language",
];

/// True for an ask of the Chair: "you" after the Chair's name of office ("Mr Speaker, will
/// you take action against the Leader of the House?", "Mr. Deputy Speaker, have you ever
/// heard of ...?"), or "you" with what only the Chair grants or rules on ("will you
/// reconsider and give permission for the Minister to speak next ...?", "may I ask you or
/// Mr. Speaker to reflect on whether that was parliamentary language"). Elsewhere "you" may
/// be the minister ("Do you have any concerns that ...?" in a committee, or "are you going
/// to do a levy?" shouted across the floor).
pub(super) fn asks_the_chair(text: &str) -> bool {
    // Most sentences neither open with the Chair's name of office nor hold a word of what
    // the Chair rules on (its first letter aside, for case), and skip the lowercasing.
    let b = text.trim_start().as_bytes();
    let opens_to_chair = crate::analysis::cues::CHAIR_ADDRESSES.iter().any(|a| {
        b.get(..a.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(a.as_bytes()))
    });
    let rules = || {
        use crate::scan::holds;
        holds!(b, b"ermission").is_some()
            || holds!(b, b"our leave").is_some()
            || holds!(b, b"uling").is_some()
            || holds!(b, b"ule on").is_some()
            || holds!(b, b"arliamentary language").is_some()
    };
    // Within the sentence, the Chair is named between commas ("would you, Madam Deputy
    // Speaker, allow ...?"); and what is in order is the Chair's to say ("Would it be in
    // order for the Minister to address ...?").
    let named_within = || crate::scan::holds!(b, b"peaker, ").is_some();
    let in_order = || crate::scan::holds!(b, b" in order").is_some();
    if !opens_to_chair && !rules() && !named_within() && !in_order() {
        return false;
    }
    let t = text.trim_start().to_lowercase();
    if IN_ORDER.iter().any(|o| t.starts_with(o)) {
        return true;
    }
    let you = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "you" || w == "your")
    };
    let after_chair = crate::analysis::cues::CHAIR_ADDRESSES
        .iter()
        .find_map(|c| t.strip_prefix(c));
    // "you" as the one asked, the Chair named straight after: "would you, Madam Deputy
    // Speaker, allow ...", not "before you, Madam Deputy Speaker, and the House rise".
    let chair_within = || {
        crate::analysis::cues::CHAIR_ADDRESSES.iter().any(|c| {
            t.match_indices(&format!(" you, {c}")).any(|(at, _)| {
                let asked = t.get(..at).unwrap_or_default().rsplit(' ').next();
                asked.is_some_and(|w| {
                    matches!(w, "would" | "will" | "can" | "could" | "do" | "did" | "may")
                })
            })
        })
    };
    after_chair.is_some_and(you)
        || (you(&t) && CHAIR_RULES.iter().any(|w| t.contains(w)))
        || chair_within()
}

/// How a question of what is in order opens: the Chair's to answer.
const IN_ORDER: [&str; 3] = [
    "would it be in order",
    "is it in order",
    "will it be in order",
];

/// How a question opens before whom it asks.
const OPENERS: [&str; 12] = [
    "does", "do", "will", "would", "can", "could", "is", "has", "did", "may", "should", "might",
];

/// How the House speaks of a member in the third person.
const MEMBERS: [&str; 19] = [
    "he ",
    "she ",
    // What is theirs: "Did his Committee form the view during its inquiry that ...?"
    "his ",
    "her ",
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

/// True when a question is put to the Government: it names the minister, the Government or
/// a department, the Government replies straight after it, or it is asked by the lead or a
/// shadow minister, whose speeches are made to the minister.
pub(super) fn is_put_to_government(r: &Read, p: usize, s: &Sentence) -> bool {
    let front_bench = Some(p) == r.roles.lead || r.roles.shadows.contains(&p);
    let names_them = s.text.contains("Minister")
        || s.text.contains("Secretary")
        || s.text.contains("Government")
        || s.text.contains("Department")
        || s.text.contains("Leader of the House");
    asks::is_question(s.text)
        && !asks::is_signpost(s.text)
        && !asks::only_asks_awareness(s.text)
        && (front_bench || names_them || r.direct_reply(s.turn).is_some())
        && !answered_by_asker(r, p, s)
}

/// True for a question its asker answers in their next sentence ("Why is this an acute
/// time? There are two specific reasons.", "Is that fair? No, it is not."): it is put to the
/// House as a way of making the speech's point, not to the Government.
fn answered_by_asker(r: &Read, p: usize, s: &Sentence) -> bool {
    let Some(sents) = r.per_person.get(p) else {
        return false;
    };
    let next = sents.partition_point(|x| x.order <= s.order);
    sents
        .get(next)
        .filter(|x| x.turn == s.turn)
        .is_some_and(|x| crate::analysis::cues::answers_a_question(x.text))
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
    fn an_ask_of_the_chair_is_told_from_one_of_the_minister() {
        for t in [
            "Mr Speaker, will you take action against the Leader of the House?",
            "May I have your Ruling on that, Mr. Speaker?",
            "Mr. Deputy Speaker, have you ever heard of a commission that has not yet reported being fully endorsed by a Government?",
            "Following that indication, will you reconsider and give permission for the Minister to speak next, because the Government have given their response, and then to speak at the end of the debate, with your leave and that of the House?",
            "It might well be that Mr. Speaker did not hear that exchange, but may I ask you or Mr. Speaker to reflect on whether that was parliamentary language?",
            // The Chair named within the sentence, and what is in order.
            "In the light of the argument that the Minister is pursuing, would you, Madam Deputy Speaker, allow those of us who wish to do so to discuss the substance?",
            "Would it be in order for the Minister to address the issue of why these provisions were not included in the Bill?",
        ] {
            assert!(asks_the_chair(t), "{t}");
        }
        for t in [
            "Do you have any concerns that the increase in hospitalisation is attributable to a mutation of the disease?",
            "One last go: are you going to do a levy?",
            "Mr Speaker, will the Minister take action against the polluters?",
            "Will the Minister give permission for the mast to be built?",
            "Is my noble friend willing to comment on a system so complicated that you have to be a genius in order to fill in the forms?",
            "Will the Minister confirm, Mr Speaker, that the scheme will go ahead?",
            "Will the Minister put the scheme in order before you, Madam Deputy Speaker, and the House rise for the summer?",
        ] {
            assert!(!asks_the_chair(t), "{t}");
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
            "Did his Committee form the view during its inquiry that there should be a European energy policy?",
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
