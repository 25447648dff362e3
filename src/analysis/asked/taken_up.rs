//! A request that a winding-up takes up with its asker's speech. In a debate the minister
//! answers in one speech at its end, a member's exhortations ("Let us get the job done
//! because everybody is calling for it", "I hope that the Minister has heard our pleas and
//! will come up with the money") share too few words with any passage to be linked to one,
//! yet the minister who takes up that member's speech by name ("My hon. Friend the Member
//! for Stroud ... has been diligent and determined in promoting the case") and goes on to
//! the case has responded to them. A question asks to be told something in particular, and
//! stays not addressed when nothing is linked to it.

use super::ANSWER_WORDS;
use crate::analysis::Read;
use crate::analysis::asks;
use crate::analysis::replies::{Passage, Replies};
use crate::analysis::summarise::Sentence;

/// The sentence where the Government's winding-up takes up the speech that made request
/// `ask` (by member `p`; `spoken`, the content words of its paragraph): after the first
/// sentence of a Government speech longer than an answer that names the asker or their
/// seat, to the end of the next paragraph, the one sharing most with the ask's paragraph.
/// None when the ask is a question, no winding-up names the asker, or nothing there speaks
/// to the ask's paragraph but courtesies, signposts, the minister's own questions, words
/// read out and what members said or did.
pub(super) fn taken_up(
    r: &Read,
    replies: &Replies,
    ask: &Sentence,
    spoken: &[u32],
    p: usize,
) -> Option<Passage> {
    if asks::is_question(ask.text) {
        return None;
    }
    let asker = r.cast.person(p)?;
    let surname = crate::names::surname(&asker.name);
    let seat = asker.constituency.as_deref().unwrap_or("");
    let whole = |t: &str, w: &str| {
        !w.is_empty()
            && t.match_indices(w).any(|(at, _)| {
                let before = t.get(..at).and_then(|b| b.chars().last());
                let after = t.get(at + w.len()..).and_then(|a| a.chars().next());
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    };
    let sents = replies.sentences();
    let named = sents.iter().position(|s| {
        s.order > ask.order
            && r.cast.words_of(s.turn) > ANSWER_WORDS
            && (whole(s.text, surname) || whole(s.text, seat))
    })?;
    let at = sents.get(named)?;
    // What the reply says there, from the naming sentence to the end of the next paragraph:
    // the sentence that shares most with the ask's paragraph (`spoken`), courtesies and
    // praise aside ("He has been diligent and determined in promoting the case ...").
    let next_para = sents
        .iter()
        .skip(named)
        .find(|s| s.para != at.para)
        .filter(|s| s.turn == at.turn)
        .map(|s| s.para);
    let mut best: Option<(f64, usize)> = None;
    for (i, s) in sents
        .iter()
        .enumerate()
        .skip(named)
        .take_while(|(_, s)| s.para == at.para || Some(s.para) == next_para)
        .filter(|(_, s)| s.words >= 8)
    {
        // Not a courtesy, a signpost, a question of the minister's own or words read out, nor
        // what a member said or did ("He referred cogently to ...", "My hon. Friend ...
        // demonstrated his long-standing commitment"), unless it takes a stance.
        let t = s.text.trim_start();
        if replies.courteous_at(i)
            || crate::analysis::cues::signposts(t)
            || t.ends_with('?')
            || t.starts_with(['"', '“', '‘'])
            || (replies.stance(i).is_none() && crate::analysis::text::speaks_of_a_member(t))
        {
            continue;
        }
        let shared = r.idf.shared_weight(spoken, &s.terms);
        if shared > 0.0 && best.is_none_or(|(b, _)| shared > b) {
            best = Some((shared, i));
        }
    }
    let (_, first) = best?;
    Some(Passage { first, len: 1 })
}
