//! A reply that belongs to another member: the answer straight after a member that takes up
//! their words ("I shall draw my hon. Friend's remarks to the attention of ...").

use super::ANSWER_WORDS;
use crate::analysis::Read;
use crate::analysis::replies::{Passage, Replies};
use crate::analysis::speakers::Person;
use crate::analysis::text::takes_up_a_members_words;

/// True when passage `c` takes up another member's words in the Government's answer straight
/// after them, and neither it nor the sentence before it names `asker` (member `p`) by
/// surname or seat ("In response to the questions from the hon. Member for Falmouth and
/// Camborne, ... On her question about ..."): it answers that member, not this asker.
pub(super) fn answers_another(
    r: &Read,
    replies: &Replies,
    c: Passage,
    p: usize,
    asker: &Person,
) -> bool {
    let all = replies.sentences();
    let Some(sents) = all.get(c.first..c.first + c.len) else {
        return false;
    };
    let takes_up = sents.iter().any(|s| {
        takes_up_a_members_words(s.text) && r.answers_only_others(s.turn, ANSWER_WORDS, p)
    });
    if !takes_up {
        return false;
    }
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
