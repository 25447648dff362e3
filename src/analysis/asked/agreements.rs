//! One answer grants one ask: when the same sentence of the reply agrees to several asks,
//! it agrees to the one it shares most with.

use crate::analysis::summarise::Sentence;
use crate::model::{Answer, Verdict};

/// One answer grants one ask. When the same sentence of the reply is what agrees to
/// several asks ("I shall personally ensure that it never happens again" after three
/// questions, "Yes, I acknowledge that." after two), it agrees to the ask it shares most
/// with (`shared`; of equals, the last asked, which a reply such as "I absolutely agree"
/// follows); to the others it is a reply, not a yes. An answer that says it takes them all
/// ("all the points he has mentioned", "both of those") grants them all, and an ask that
/// goes on with the one before it (see [`refers_back_to_the_act`]) shares that one's agreement.
pub fn one_agreement_per_answer<'s>(
    asks: impl Iterator<Item = &'s Sentence<'s>>,
    judgments: &mut std::collections::HashMap<usize, (Verdict, Option<Answer>)>,
    shared: &dyn Fn(&Sentence, &str) -> f64,
) {
    // Each agreeing answer's best ask so far: (share, order), by the answer's text.
    let mut best: std::collections::HashMap<String, (f64, usize)> = Default::default();
    let mut agreed: Vec<(usize, String)> = Vec::new();
    // Each agreed ask's place, for telling one that goes on with another.
    let mut places: std::collections::HashMap<usize, (usize, bool)> = Default::default();
    for s in asks {
        let Some((Verdict::Agreed, Some(a))) = judgments.get(&s.order) else {
            continue;
        };
        if takes_them_all(&a.text) {
            continue;
        }
        let share = shared(s, &a.text);
        let slot = best.entry(a.text.clone()).or_insert((share, s.order));
        if share > slot.0 || (share == slot.0 && s.order > slot.1) {
            *slot = (share, s.order);
        }
        agreed.push((s.order, a.text.clone()));
        places.insert(s.order, (s.para, refers_back_to_the_act(s.text)));
    }
    // Two asks of one paragraph, the second pointing back at what the first asks, are one
    // request.
    let one_request = |a: usize, b: usize| {
        let (first, second) = (a.min(b), a.max(b));
        matches!(
            (places.get(&first), places.get(&second)),
            (Some((p1, _)), Some((p2, true))) if p1 == p2
        )
    };
    for (order, text) in agreed {
        if best
            .get(&text)
            .is_some_and(|&(_, b)| b != order && !one_request(b, order))
            && let Some(j) = judgments.get_mut(&order)
        {
            j.0 = Verdict::Responded;
        }
    }
}

/// True when an ask goes on with the one before it by pointing back at the act that one
/// asks for: "I ask the Minister whether he will engage with the parties ... It would be
/// helpful if he opened his door so that that process could take place." One answer grants
/// both. A question of its own ("Should the Government not cap harbour dues?") does not.
fn refers_back_to_the_act(ask: &str) -> bool {
    const BACK: &[&str] = &[
        "that process",
        "this process",
        "that to happen",
        "this to happen",
        "that happen",
        "this happen",
        " do so",
        " doing so",
    ];
    holds_any(ask, BACK)
}

/// True for an answer that says it covers every point put to it.
fn takes_them_all(answer: &str) -> bool {
    const ALL: &[&str] = &[
        "all the points",
        "all those points",
        "all these points",
        "all of those points",
        "both points",
        "both those points",
        "both of those",
        "both of them",
        "all of them",
        "each of those points",
    ];
    holds_any(answer, ALL)
}

/// True when `text`, in lower case, holds one of `phrases`.
fn holds_any(text: &str, phrases: &[&str]) -> bool {
    let low = text.to_lowercase();
    phrases.iter().any(|p| low.contains(p))
}
