//! An ask for a meeting that the reply passes over. Asked "will he now meet a deputation of
//! those most directly affected?", a direct reply that never speaks of meeting, visiting or
//! talking, and says nothing the ask's words link it to, has said nothing on the meeting:
//! the ask is not addressed. (A reply on the ask's subject, "We are providing £37 million to
//! keep rural branches open" to "meet me to discuss the closures of rural branches", still
//! responds.)

use crate::analysis::asks;
use crate::analysis::cues::speaks_of_meeting;
use crate::analysis::replies::{Passage, Replies};
use crate::model::AskKind;

/// True when `ask` asks for a meeting, no passage of the reply is linked to it by its words
/// (`passage`), and the Government's direct reply (`direct`, a turn) never speaks of meeting.
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
    if passage.is_some() || !to_meet || asks::kind_of(ask) != AskKind::Meeting {
        return false;
    }
    let Some(direct) = direct else {
        return false;
    };
    !replies
        .sentences()
        .iter()
        .any(|s| s.turn == direct && speaks_of_meeting(s.text))
}
