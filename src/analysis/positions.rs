//! The Government's positions: what the reply commits to, refuses, defers or announces,
//! the strongest kept, and those that can open the Government Response.

use super::cues::{concedes, in_place, names_money, reads_alone};
use super::replies::{Passage, Replies};
use super::text::{is_courtesy, quotes};
use crate::model::{GovernmentPosition, Stance};

/// The most positions listed for one debate: the strongest are kept.
const MAX_POSITIONS: usize = 12;

/// True for a sentence that reports what a member said ("He asked about ...") or another's
/// view ("Network Rail believes that ...") rather than the Government's own position; one
/// that goes on to answer it ("..., but that is not Government policy") is the Government's.
fn reports_a_member(s: &str) -> bool {
    let first = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(first, "He" | "She" | "They" | "His" | "Her" | "Their")
        || super::cues::only_recounts_others(s)
}

/// How much a stance weighs when only the strongest positions can be listed: an
/// announcement of money or a share ("will be more than 35 per cent. higher", "remain at
/// £570,000") weighs as much as a commitment; one without a figure least.
fn weight(st: Stance, text: &str) -> u8 {
    match st {
        Stance::Refuses | Stance::Commits => 3,
        Stance::Announces if names_money(text) => 3,
        Stance::Defers => 2,
        Stance::Announces => 1,
    }
}

/// The Government's positions: every sentence of the reply that commits, refuses, defers or
/// announces, or says that a power or arrangement is already in place (a standing
/// commitment, weighed least), the strongest `MAX_POSITIONS` kept, in spoken order.
pub fn positions(replies: &Replies) -> Vec<GovernmentPosition> {
    let sents = replies.sentences();
    let mut found: Vec<(usize, Stance, u8)> = sents
        .iter()
        .enumerate()
        .filter(|(_, s)| (8..=70).contains(&s.tokens))
        // Words the minister reads out ("The amendment "welcomes the Government's additional
        // £20 million"") are not what the Government says in this debate: the minister's own
        // words must still take the stance (`Replies::stance` sees to that) or say that it is
        // in place.
        .filter_map(|(i, s)| match replies.stance(i) {
            Some(st) => Some((i, s, st, weight(st, s.text))),
            None => (in_place(s.text)
                && quotes::own_words_at(sents, i, |s| s.text, |s| (s.turn, s.para))
                    .is_none_or(|own| super::cues::stance_of(&own).is_some() || in_place(&own)))
            .then_some((i, s, Stance::Commits, 0)),
        })
        .filter(|(_, s, _, _)| !reports_a_member(s.text))
        // A concession always reads as a refusal: only refusals need the check.
        .filter(|(_, s, st, _)| *st != Stance::Refuses || !concedes(s.text))
        .filter(|(_, s, _, _)| !is_courtesy(s.text) || super::cues::thanks_then_decides(s.text))
        .map(|(i, _, st, w)| (i, st, w))
        .collect();
    // Strongest first (ties in spoken order), then back to spoken order.
    found.sort_by_key(|&(i, _, w)| (std::cmp::Reverse(w), i));
    found.truncate(MAX_POSITIONS);
    found.sort_by_key(|&(i, _, _)| i);
    found
        .into_iter()
        .filter_map(|(i, stance, _)| {
            let a = replies.quote(Passage { first: i, len: 1 })?;
            Some(GovernmentPosition {
                stance,
                speaker: a.speaker,
                text: a.text,
            })
        })
        .collect()
}

/// The positions that can open the Government Response: whole sentences that read on
/// their own, at most `k`.
pub fn leading<'a>(
    positions: impl IntoIterator<Item = &'a GovernmentPosition>,
    k: usize,
) -> Vec<&'a str> {
    positions
        .into_iter()
        .filter(|p| p.stance != Stance::Announces && reads_alone(&p.text))
        .map(|p| p.text.as_str())
        .take(k)
        .collect()
}
