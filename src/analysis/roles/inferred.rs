//! The responding minister when no one holds a stated office: who answers for the
//! Government, from what they say and how others treat them (called or addressed as the
//! Minister, the closing reply, the answer to the opening question, the opening statement).

use super::{Roles, asks_tabled_questions_only, is_tabled_question_at, speaker_text};
use crate::analysis::role_cues::RoleCues;
use crate::analysis::speakers::{Cast, Person};
use crate::model::{RawDebate, Warning};

/// What is the same for every candidate when inferring the minister: worked out once.
struct Scene<'a> {
    d: &'a RawDebate,
    cast: &'a Cast,
    seq: &'a [(usize, usize)],
    lead: Option<usize>,
    /// The last speaker of a substantive speech (120 words or more).
    last_substantive: Option<usize>,
    /// Who answers the opening question: the first other speaker to do more than put a
    /// tabled question of their own (questions grouped with the first are put in turn).
    first_answer: Option<usize>,
    /// The first contribution is a tabled question as the order paper prints it ("1. What
    /// steps ...", "If he will ..."), which only a minister answers.
    opens_with_tabled_question: bool,
    /// How many speakers lack a seat and party.
    unseated: usize,
    speakers: usize,
}

/// How plainly the lead must speak for the Government to be found its voice (see
/// `infer_minister`): twice the score asked of anyone else.
const LEAD_AS_MINISTER: i64 = 8;

/// The reason given for a speaker whose words are the Government's own.
const SPEAKS_FOR_GOVERNMENT: &str = "speaks for the Government";

/// The reason given for the speaker who makes the closing reply.
const CLOSES: &str = "makes the closing reply";

/// No one holds a stated office: find who answers for the Government from what is said.
pub(super) fn infer_minister(
    d: &RawDebate,
    cast: &Cast,
    seq: &[(usize, usize)],
    speaking: &[usize],
    bench: &[usize],
    roles: &mut Roles,
) {
    let scene = Scene {
        d,
        cast,
        seq,
        lead: roles.lead,
        last_substantive: seq
            .iter()
            .rev()
            .find(|(i, _)| cast.words_of(*i) >= 120)
            .map(|(_, p)| *p),
        first_answer: roles.lead.and_then(|lead| {
            seq.iter()
                .find(|&&(i, q)| q != lead && !is_tabled_question_at(d, cast, i))
                .map(|(_, q)| *q)
        }),
        opens_with_tabled_question: seq
            .first()
            .is_some_and(|&(i, _)| is_tabled_question_at(d, cast, i)),
        unseated: speaking
            .iter()
            .filter(|&&q| cast.person(q).is_some_and(Person::is_bare))
            .count(),
        speakers: speaking.len(),
    };
    let mut best: Option<(i64, usize, Vec<&'static str>)> = None;
    for &p in speaking {
        if Some(p) == roles.lead {
            continue;
        }
        let Some((score, why)) = government_score(&scene, p) else {
            continue;
        };
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, p, why));
        }
    }
    // Two speak for the Government (a Secretary of State who answers the motion or moves the
    // Government's amendment, a junior minister who winds up): the one the House addresses
    // by office gives way to the one who makes the closing reply for the Government.
    if let Some((_, p, why)) = &best
        && bench.contains(p)
        && !why.contains(&CLOSES)
        && let Some(last) = scene
            .last_substantive
            .filter(|&l| l != *p && Some(l) != roles.lead)
        && let Some((score, why)) = government_score(&scene, last)
        && why.contains(&CLOSES)
        && why.contains(&SPEAKS_FOR_GOVERNMENT)
        && score >= LEAD_AS_MINISTER
    {
        best = Some((score, last, why));
    }
    // The lead's own score, worked out at most once, for the rules below that weigh it.
    let lead_scored = std::cell::OnceCell::new();
    let lead_score = |lead: usize| {
        lead_scored
            .get_or_init(|| government_score(&scene, lead))
            .clone()
    };
    // A minister who opens by moving the business (the Government's amendments at a Lords
    // stage, its motion) and answers through the debate: the lead is the Government's voice when that
    // is plain of them, plainer than of anyone else, and no one else makes the closing reply
    // (a Secretary of State opens a Government debate, a junior minister answers it).
    if let Some(lead) = roles.lead.filter(|_| roles.lead_moves)
        && let Some((score, why)) = lead_score(lead)
        && score >= LEAD_AS_MINISTER
        && best
            .as_ref()
            .is_none_or(|(s, _, other)| score > *s && !other.contains(&CLOSES))
    {
        best = Some((score, lead, why));
    }
    // One who moves a bill's stage and is the only one to speak (a second reading speech,
    // the debate then adjourned; a third reading moved by leave) is the Government bringing
    // its bill, unless the item is private members' business.
    if best.is_none()
        && speaking.len() == 1
        && let Some(lead) = roles.lead.filter(|_| roles.lead_moves)
        && moves_a_government_bill(d)
        && let Some((score, mut why)) = lead_score(lead)
        // A member's own bill says whose it is ("the Government's bill failed to ...").
        && score >= 0
    {
        why.push("moves the bill's stage, and no one else speaks");
        best = Some((4, lead, why));
    }
    // The opener of a statement or an announcement, when no one else answers for the
    // Government: a Lords minister repeating a Commons statement is printed by name alone.
    if best.as_ref().is_none_or(|(s, _, _)| *s < 4)
        && let Some(lead) = roles.lead.filter(|&l| opens_a_statement(d, cast, l))
        && let Some((score, mut why)) = lead_score(lead)
        && let leader = answered_as_leader(d, cast, lead)
        && score + leader >= 2
    {
        if leader > 0 {
            why.push("answered as the Leader of the House");
        }
        why.push("opens with a statement");
        best = Some((score.max(4), lead, why));
    }
    if let Some((score, p, mut why)) = best
        && score >= 4
    {
        roles.minister = Some(p);
        why.dedup();
        roles.warnings.push(Warning::MinisterInferred {
            name: cast.name(p).to_string(),
            why,
        });
    }
}

/// Whether the lead opens with a statement or an announcement: the record heads it so ("—
/// Announcement", "Statement"), or the first speech says so ("I shall now repeat a Statement
/// made in another place", "I should like to make a statement"). Asking for one ("if he will
/// make a statement") is no statement.
fn opens_a_statement(d: &RawDebate, cast: &Cast, lead: usize) -> bool {
    const HEADED: [&str; 4] = [
        "— statement",
        "- statement",
        "— announcement",
        "- announcement",
    ];
    const OPENS: [&str; 7] = [
        "repeat a statement",
        "repeat the statement",
        "i will make a statement",
        "i wish to make a statement",
        "i should like to make a statement",
        "i would like to make a statement",
        "make an announcement",
    ];
    let headed = headings_lowercased(d).any(|h| {
        let h = h.trim();
        h == "statement" || h == "announcement" || HEADED.iter().any(|e| h.ends_with(e))
    });
    let said = cast
        .person(lead)
        .and_then(|p| p.contributions.first())
        .and_then(|&i| d.paragraphs(i).first())
        .is_some_and(|t| {
            let head = t
                .get(..t.floor_char_boundary(400))
                .unwrap_or(t)
                .to_lowercase();
            OPENS.iter().any(|o| head.contains(o))
        });
    headed || said
}

/// The record's headings over the item and its title, lowercased.
fn headings_lowercased(d: &RawDebate) -> impl Iterator<Item = String> + '_ {
    d.headings
        .iter()
        .chain([&d.title])
        .map(|h| h.to_lowercase())
}

/// Whether the item is a bill's stage that is not private members' business.
fn moves_a_government_bill(d: &RawDebate) -> bool {
    headings_lowercased(d).any(|h| h.contains("bill") && h.contains("reading"))
        && !headings_lowercased(d).any(|h| h.contains("private member"))
}

/// Points for an opener whom the next speaker answers as the Leader of the House ("I am
/// grateful to the noble Baroness the Leader of the House for ... that announcement"), an
/// office of the Government in either House.
fn answered_as_leader(d: &RawDebate, cast: &Cast, lead: usize) -> i64 {
    let first = cast
        .person(lead)
        .and_then(|p| p.contributions.first().copied());
    let next = first.and_then(|i| {
        (i + 1..d.contributions.len()).find(|&j| {
            cast.speaker_of(j)
                .is_some_and(|q| q != lead && !cast.is_chair(q))
        })
    });
    let named = next.is_some_and(|j| {
        d.paragraphs(j)
            .first()
            .is_some_and(|t| t.contains("Leader of the House"))
    });
    if named { 2 } else { 0 }
}

/// How much what speaker `p` says and how others treat them marks them as the Government's
/// voice, with the reasons.
fn government_score(scene: &Scene, p: usize) -> Option<(i64, Vec<&'static str>)> {
    let (d, cast) = (scene.d, scene.cast);
    let person = cast.person(p)?;
    // Someone who only puts tabled questions asks; the Government's words in them ("What
    // steps the Government are taking ...") are the question's, not a reply.
    if asks_tabled_questions_only(d, cast, p) {
        return None;
    }
    let text = speaker_text(d, cast, p);
    let mut score: i64 = 0;
    let mut why: Vec<&'static str> = Vec::new();
    let cues = RoleCues::of(&text);
    let gov = cues.government;
    if gov > 0 {
        score += gov.min(8);
        why.push(SPEAKS_FOR_GOVERNMENT);
    }
    score -= cues.opposition * 2;
    let (courteous, leave) = cues.courtesy_and_leave();
    if courteous {
        score += 3;
        why.push("thanks the mover for securing the debate");
    }
    if leave {
        score += 3;
    }
    score += addressed_as_minister(scene, p, &mut why);
    if !d.partial && Some(p) == scene.last_substantive && d.contributions.len() > 1 {
        score += 3;
        why.push(CLOSES);
    }
    // Answers the question that opened the debate (oral questions).
    if let (Some(lead), Some(&(first_i, first_p))) = (scene.lead, scene.seq.first())
        && first_p == lead
        && cast.words_of(first_i) <= 60
        && scene.first_answer == Some(p)
    {
        // A tabled question is answered by a minister: that alone decides.
        score += if scene.opens_with_tabled_question {
            4
        } else {
            3
        };
        why.push("answers the opening question");
    }
    if d.department.is_some() && gov > 0 {
        score += 2;
    }
    // Pages that give members their seat and party but name ministers bare: everyone else
    // has a seat or party, only this speaker (if any) lacks one.
    let bare = person.is_bare();
    if bare && scene.unseated <= usize::from(bare) && scene.speakers > 1 && gov > 0 {
        score += 2;
        why.push("named without a seat, as the page names ministers");
    }
    Some((score, why))
}

/// Offices of the Government a chair calls by name.
const CALLED_OFFICES: [&str; 6] = [
    "Minister",
    "Prime Minister",
    "Deputy Prime Minister",
    "Secretary of State",
    "Treasurer",
    "Leader of the House",
];

/// Whether the chair calls a member of the Government by office: "I call the Minister.",
/// "I call the Prime Minister.", "I call the Minister for Housing.", "The Treasurer has the
/// call." A call still to come ("I intend to call the Minister last, and he will be preceded
/// by ...", "we shall be able to call the Minister to reply to the points") calls no one yet.
pub(super) fn calls_a_minister(t: &str) -> bool {
    let called = t.match_indices("call the ").any(|(i, m)| {
        t.get(i + m.len()..).is_some_and(|r| {
            // The whole office ("Minister for Housing", "Foreign Secretary"), then what ends
            // the call.
            let office = super::bench::office_named(r)
                .into_iter()
                .chain(
                    CALLED_OFFICES
                        .iter()
                        .filter(|o| r.starts_with(*o))
                        .map(|o| o.len()),
                )
                .max();
            office
                .and_then(|n| r.get(n..))
                .is_some_and(|after| after.is_empty() || after.starts_with(['.', '!', ',', ';']))
        })
    });
    let has_the_call = t.match_indices(" has the call").any(|(i, _)| {
        let before = t.get(..i).unwrap_or("");
        CALLED_OFFICES.iter().any(|o| {
            before
                .strip_suffix(o)
                .is_some_and(|b| b.ends_with("The ") || b.ends_with("the "))
        })
    });
    called || has_the_call
}

/// Points for being called as the Minister by the chair ("I call the Minister.") and for
/// being addressed as the Minister by the speakers either side.
fn addressed_as_minister(scene: &Scene, p: usize, why: &mut Vec<&'static str>) -> i64 {
    let (d, cast) = (scene.d, scene.cast);
    let Some(person) = cast.person(p) else {
        return 0;
    };
    let mut score = 0;
    let mut addressed = 0;
    for &i in &person.contributions {
        for j in [i.wrapping_sub(1), i + 1] {
            if let Some(q) = cast.speaker_of(j)
                && q != p
                && !cast.is_chair(q)
            {
                let said = d.paragraphs(j);
                let names_minister = said.iter().any(|t| t.contains("Minister"));
                // A question to the Minister (or to another office: "I would like to ask the
                // Chancellor of the Duchy of Lancaster two specific questions") answered
                // straight after is put to this speaker.
                let put = j + 1 == i
                    && said.last().is_some_and(|t| t.ends_with('?'))
                    && (names_minister
                        || said.iter().any(|t| super::bench::addresses_an_office(t)));
                addressed += match (put, names_minister) {
                    (true, _) => 3,
                    (false, true) => 1,
                    (false, false) => 0,
                };
            }
        }
        if let Some(j) = i.checked_sub(1)
            && cast.speaker_of(j).is_some_and(|q| cast.is_chair(q))
            && d.paragraphs(j).iter().any(|t| calls_a_minister(t))
        {
            score += 6;
            why.push("called as the Minister by the chair");
        }
    }
    if addressed > 0 {
        score += (addressed as i64).min(6);
        why.push("addressed as the Minister");
    }
    score
}

#[cfg(test)]
mod tests {
    use super::calls_a_minister;

    #[test]
    fn the_chair_calls_the_government_by_office() {
        for t in [
            "I call the Minister.",
            "Order! I call the Prime Minister.",
            "Order! The Treasurer has the call.",
            "The Leader of the House has the call and he will be heard.",
            "I call the Minister for Housing.",
            "Order. I call the Secretary of State.",
            "I call the Foreign Secretary.",
        ] {
            assert!(calls_a_minister(t), "{t}");
        }
        for t in [
            "Order! The Leader of the Opposition has the call!",
            "I call the hon. Member for Upton.",
            "I call the shadow Minister.",
            "Order. I intend to call the Minister last, and he will be preceded by the hon. Member.",
            "I am hoping that we shall be able to call the Minister to reply to the points that they raise.",
        ] {
            assert!(!calls_a_minister(t), "{t}");
        }
    }
}
