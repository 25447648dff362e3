//! One answer grants one ask: when the same sentence of the reply agrees to several asks,
//! it agrees to the one it shares most with.

use crate::analysis::summarise::Sentence;
use crate::model::{Answer, Verdict};

/// One answer grants one ask. When the same sentence of the reply is what agrees to
/// several asks ("I shall personally ensure that it never happens again" after three
/// questions, "Yes, I acknowledge that." after two), it agrees to the ask it shares most
/// with (`shared`; of equals, the last asked, which a reply such as "I absolutely agree"
/// follows); to the others it is a reply, not a yes. An answer that says it takes them all
/// ("all the points he has mentioned", "both of those") grants them all.
pub fn one_agreement_per_answer<'s>(
    asks: impl Iterator<Item = &'s Sentence<'s>>,
    judgments: &mut std::collections::HashMap<usize, (Verdict, Option<Answer>)>,
    shared: &dyn Fn(&Sentence, &str) -> f64,
) {
    // Each agreeing answer's best ask so far: (share, order), by the answer's text.
    let mut best: std::collections::HashMap<String, (f64, usize)> = Default::default();
    let mut agreed: Vec<(usize, String)> = Vec::new();
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
    }
    for (order, text) in agreed {
        if best.get(&text).is_some_and(|&(_, b)| b != order)
            && let Some(j) = judgments.get_mut(&order)
        {
            j.0 = Verdict::Responded;
        }
    }
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
    let low = answer.to_lowercase();
    ALL.iter().any(|a| low.contains(a))
}
