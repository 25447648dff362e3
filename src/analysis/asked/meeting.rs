//! An ask for a meeting that the reply passes over. Asked "will he now meet a deputation of
//! those most directly affected?", a reply that answers the rest of the question and never
//! speaks of meeting, visiting or talking has said nothing on the meeting: the ask is not
//! addressed, however much of its subject the reply shares.

use crate::analysis::asks;
use crate::analysis::cues::speaks_of_meeting;
use crate::analysis::replies::{Passage, Replies};
use crate::model::AskKind;

/// True when `ask` asks for a meeting and neither the Government's direct reply (`direct`,
/// a turn) nor the contribution that holds the linked `passage` speaks of meeting.
pub(super) fn passed_over(
    replies: &Replies,
    ask: &str,
    passage: Option<Passage>,
    direct: Option<usize>,
) -> bool {
    // A meeting named in passing ("at the EU meeting", "for meeting the targets") is no ask
    // to meet: the ask must say "meet" or ask for a deputation to be received.
    let to_meet = ask.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.eq_ignore_ascii_case("meet")
            || w.eq_ignore_ascii_case("deputation")
            || w.eq_ignore_ascii_case("delegation")
    });
    if !to_meet || asks::kind_of(ask) != AskKind::Meeting {
        return false;
    }
    let sents = replies.sentences();
    let linked = passage.and_then(|p| sents.get(p.first)).map(|s| s.turn);
    let turns = [direct, linked];
    !sents
        .iter()
        .any(|s| turns.contains(&Some(s.turn)) && speaks_of_meeting(s.text))
}
