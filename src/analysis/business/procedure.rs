//! Business that is no debate: procedure (Royal Assent, Decision Time, a motion decided
//! without debate), an announcement nobody answers, points of order; and Opposition Days,
//! which the record marks in the same places.

use super::{Evidence, Found, any};
use crate::model::{Kind, RawDebate};

/// The most words an item opened by a point of order holds and is still only that.
const POINT_OF_ORDER_WORDS: usize = 1500;

/// The words of a contribution that makes a speech of it.
pub(super) const SPEECH_WORDS: usize = 300;

/// A short item in which nobody makes a speech but to raise a point of order or rule on
/// one. A long item, or one where a member goes on to make a speech, is a debate that a
/// point of order began.
pub(in crate::analysis) fn only_points_of_order(d: &RawDebate) -> bool {
    let c = &d.contributions;
    c.iter().map(words_in).sum::<usize>() < POINT_OF_ORDER_WORDS
        && c.iter().all(|c| {
            c.speaker.kind == crate::model::AttrKind::Chair
                || words_in(c) < SPEECH_WORDS
                || c.paragraphs
                    .first()
                    .is_some_and(|t| raises_point_of_order(t))
        })
}

/// A contribution's words, roughly (split at white space): enough to tell a speech from a
/// question.
pub(super) fn words_in(c: &crate::model::Contribution) -> usize {
    c.paragraphs
        .iter()
        .map(|t| t.split_whitespace().count())
        .sum()
}

/// A contribution that opens "On a point of order", ASCII case aside.
pub(in crate::analysis) fn raises_point_of_order(t: &str) -> bool {
    // After the address to the chair, if any ("Mr. Speaker, I rise on a point of order.").
    let t = crate::analysis::cues::after_address(t);
    let opens = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    opens("on a point of order") || opens("i rise on a point of order")
}

/// The most words a member's contribution holds and is still no speech: "Object.", "No.",
/// a question to the chair about the motion.
const NO_SPEECH_WORDS: usize = 40;

/// A motion the record shows decided without debate ("Motion made, and Question put
/// forthwith"), or blocked by a member's "Object.", under a heading of its own subject
/// ("European Union Documents"): no member makes a speech on it.
fn decided_unspoken(ev: &Evidence) -> bool {
    // "Motion made, and Question proposed" opens a debate, however little of it a record holds.
    let objected = ev.d.contributions.iter().any(|c| {
        c.paragraphs.iter().all(|p| {
            p.trim()
                .trim_end_matches('.')
                .eq_ignore_ascii_case("object")
        })
    });
    let unopposed = any(&ev.procedure, &["put forthwith"])
        || (any(&ev.procedure, &["motion made"]) && !any(&ev.procedure, &["question proposed"]));
    // Moved in a line and agreed to ("I beg to move, That Standing Orders 10(2) to 10(4) be
    // suspended.", then "Question put and agreed to."): nobody debated it.
    let agreed = any(
        &ev.procedure,
        &["question put and agreed to", "motion agreed", "resolved"],
    ) && !any(&ev.procedure, &["question proposed"]);
    (unopposed || objected || agreed)
        && ev.d.contributions.iter().all(|c| {
            c.speaker.kind == crate::model::AttrKind::Chair || words_in(c) < NO_SPEECH_WORDS
        })
}

/// Procedure, points of order and Opposition Days, from headings and procedure.
pub(super) fn procedure(ev: &Evidence) -> Found {
    let procedural = [
        "time for reflection",
        "decision time",
        "royal assent",
        "business without debate",
        "deferred division",
        "order of commitment",
        "order of consideration motion",
        "arrangement of business",
    ];
    if ev.d.contributions.is_empty() || any(&ev.headings, &procedural) || decided_unspoken(ev) {
        return Some((Kind::Procedure, None));
    }
    // An announcement nobody answers (the Lord Speaker on a member's retirement, under the
    // record's note "Announcement") is business, not a debate.
    let announced = ev.title.ends_with("announcement")
        || ev.procedure.iter().any(|l| l.trim() == "announcement");
    let mut voices = ev.d.contributions.iter().flat_map(|c| &c.speaker.name);
    if announced
        && voices
            .next()
            .is_some_and(|first| voices.all(|n| n == first))
    {
        return Some((Kind::Procedure, None));
    }
    // Headed so, or, where the record heads it by its subject, opened so and nothing more.
    if any(&ev.headings, &["point of order", "points of order"])
        || (raises_point_of_order(&ev.open_head) && only_points_of_order(ev.d))
    {
        return Some((Kind::PointOfOrder, None));
    }
    // An Opposition Day's motions are the Opposition's: one its record heads so that the
    // Government moves (a later item the record leaves under that heading) is not one.
    let headed = any(&ev.headings, &["opposition day"]) || any(&ev.procedure, &["[opposition day"]);
    if (headed && !ev.opener_is_minister) || amended_by_the_government(ev) {
        return Some((Kind::OppositionDay, None));
    }
    None
}

/// An Opposition motion as a record with no Opposition Day heading shows it: the chair
/// announces, before anyone moves it, that the Government's amendment is selected ("I inform
/// the House that I have selected the amendment in the name of the Prime Minister."), and a
/// member who does not speak for the Government moves the motion. The Government amends
/// the Opposition's motions in the Prime Minister's name.
fn amended_by_the_government(ev: &Evidence) -> bool {
    let announced = |c: &crate::model::Contribution| {
        c.paragraphs.iter().any(|p| {
            memchr::memmem::find(p.as_bytes(), b"in the name of the Prime Minister").is_some()
                && p.contains("selected the amendment")
        })
    };
    ev.opener_moves
        && !ev.opener_is_minister
        && !ev.lords
        && ev
            .d
            .contributions
            .iter()
            .take_while(|c| c.speaker.kind == crate::model::AttrKind::Chair)
            .any(announced)
}
