//! A reply that belongs to another member: the answer straight after a member that takes up
//! their words ("I shall draw my hon. Friend's remarks to the attention of ...").

use super::ANSWER_WORDS;
use crate::analysis::Read;
use crate::analysis::replies::{Passage, Replies};
use crate::analysis::speakers::Person;
use crate::analysis::text::takes_up_a_members_words;

/// For each reply sentence that takes up the words of the member it speaks to
/// ([`takes_up_a_members_words`]) in the Government's answer straight after members, those
/// members; none for any other sentence. Read once per debate.
pub(super) fn taking_up(r: &Read, replies: &Replies) -> Vec<Vec<usize>> {
    let mut by_turn: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    replies
        .sentences()
        .iter()
        .map(|s| {
            // A speech longer than an answer answers no one member: it is not read.
            if r.cast.words_of(s.turn) > ANSWER_WORDS || !takes_up_a_members_words(s.text) {
                return Vec::new();
            }
            by_turn
                .entry(s.turn)
                .or_insert_with(|| r.answered_members(s.turn, ANSWER_WORDS))
                .clone()
        })
        .collect()
}

/// True when passage `c` takes up the words of members other than `asker` (member `p`) in
/// the Government's answer straight after them (`taken_up`, from [`taking_up`]), and neither
/// it nor the sentence before it names the asker by surname or seat ("In response to the
/// questions from the hon. Member for Falmouth and Camborne, ... On her question about
/// ..."): it answers those members, not this asker.
pub(super) fn answers_another(
    replies: &Replies,
    taken_up: &[Vec<usize>],
    c: Passage,
    p: usize,
    asker: &Person,
) -> bool {
    let theirs = taken_up
        .get(c.first..c.first + c.len)
        .is_some_and(|of| of.iter().any(|m| !m.is_empty() && !m.contains(&p)));
    if !theirs {
        return false;
    }
    let all = replies.sentences();
    let Some(sents) = all.get(c.first..c.first + c.len) else {
        return false;
    };
    let surname = crate::names::surname(&asker.name);
    let seat = asker.constituency.as_deref().filter(|c| !c.is_empty());
    let names_asker = |t: &str| t.contains(surname) || seat.is_some_and(|c| t.contains(c));
    let before = c
        .first
        .checked_sub(1)
        .and_then(|b| all.get(b))
        .filter(|b| sents.first().is_some_and(|s| s.turn == b.turn));
    !sents.iter().chain(before).any(|s| names_asker(s.text))
}
