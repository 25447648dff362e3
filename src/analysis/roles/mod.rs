//! Roles: the lead (the mover, else the first substantive speaker of a whole debate), the
//! responding minister (by office, else inferred from what is said), and shadow ministers.
//! Inferred roles are reported in warnings.

mod bench;
mod inferred;

use super::speakers::Cast;
use crate::model::RawDebate;
use crate::model::Warning;
use crate::names::{is_ministerial, is_shadow_office, name_key};
use inferred::infer_minister;

/// The roles found, as indexes into `Cast::people`.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    pub lead: Option<usize>,
    pub minister: Option<usize>,
    pub shadows: Vec<usize>,
    /// Others who answer for the Government beside the minister: those who ask a member to
    /// withdraw their amendment, as a whip or second minister does at a bill's stages.
    pub also_government: Vec<usize>,
    /// Those the House addresses by a Government office (the chair's call, an intervention,
    /// a question put to the office): the record's own word that they speak for it.
    pub addressed_by_office: Vec<usize>,
    /// Whether the lead moves the business ("Moved by", "I beg to move").
    pub lead_moves: bool,
    pub warnings: Vec<Warning>,
}

/// Everything a speaker said, paragraphs joined by spaces, as written (the matchers below
/// ignore ASCII case).
fn speaker_text(d: &RawDebate, cast: &Cast, p: usize) -> String {
    cast.person(p)
        .map_or(&[][..], |x| &x.contributions)
        .iter()
        .flat_map(|&i| d.paragraphs(i))
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Contribution `i` is short and printed as a tabled question.
fn is_tabled_question_at(d: &RawDebate, cast: &Cast, i: usize) -> bool {
    cast.words_of(i) <= 60
        && d.paragraphs(i).first().is_some_and(|t| {
            let t = t.trim_start();
            let head = t
                .get(..t.floor_char_boundary(120))
                .unwrap_or(t)
                .to_lowercase();
            // The older record prints the question after the name: "Mr. X asked the ...".
            super::business::is_tabled_question(&head) || head.starts_with("asked the ")
        })
}

/// Everything speaker `p` says is a tabled question of their own.
fn asks_tabled_questions_only(d: &RawDebate, cast: &Cast, p: usize) -> bool {
    cast.person(p).is_some_and(|x| {
        !x.contributions.is_empty()
            && x.contributions
                .iter()
                .all(|&i| is_tabled_question_at(d, cast, i))
    })
}

fn office_of(cast: &Cast, p: usize) -> Option<&str> {
    cast.person(p).and_then(|x| x.office.as_deref())
}

/// Finds the lead, the minister and shadow ministers.
pub fn assign(d: &RawDebate, cast: &Cast) -> Roles {
    let mut roles = Roles::default();
    let speaking: Vec<usize> = cast
        .people
        .iter()
        .enumerate()
        .filter(|(_, x)| !x.is_chair)
        .map(|(p, _)| p)
        .collect();
    if speaking.is_empty() {
        return roles;
    }
    // Contribution order of non-chair speakers.
    let seq: Vec<(usize, usize)> = cast
        .by_contribution
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .filter(|(_, p)| !cast.is_chair(*p))
        .collect();
    find_lead(d, cast, &seq, &speaking, &mut roles);
    // Those the House addresses by a Government office: all of them speak for it.
    let bench = bench::addressed_by_office(d, cast, &seq);
    roles.minister = minister_by_office(d, cast, &speaking, roles.lead);
    if roles.minister.is_none() && !d.offices_stated {
        infer_minister(d, cast, &seq, &speaking, &bench, &mut roles);
    }
    find_shadows(d, cast, &speaking, &mut roles);
    roles.also_government = speaking
        .iter()
        .copied()
        .filter(|&p| Some(p) != roles.minister && !roles.shadows.contains(&p))
        .filter(|&p| {
            cast.person(p).is_some_and(|x| {
                x.contributions.iter().any(|&i| {
                    d.paragraphs(i)
                        .iter()
                        .any(|t| super::cues::asks_to_withdraw_amendment(t))
                })
            })
        })
        .collect();
    for &p in &bench {
        if Some(p) != roles.minister
            && !roles.shadows.contains(&p)
            && !roles.also_government.contains(&p)
        {
            roles.also_government.push(p);
        }
    }
    roles.addressed_by_office = bench;
    roles
}

/// A paragraph that moves the business: "I beg to move", or "I move:" ("by leave—I
/// move:"), "I move that ..." as the Australian, Canadian and Scottish records print it ("I
/// move on to ..." moves nothing).
pub(in crate::analysis) fn moves_the_business(t: &str) -> bool {
    t.contains("beg to move")
        || t.contains("I move:")
        || ["I move that", "I move, That", "I move—", "I now move"]
            .iter()
            .any(|m| t.starts_with(m))
}

/// The lead: the mover ("Moved by"), whoever begs to move in the first half, or the first
/// speaker, when the transcript holds the opening.
fn find_lead(
    d: &RawDebate,
    cast: &Cast,
    seq: &[(usize, usize)],
    speaking: &[usize],
    roles: &mut Roles,
) {
    let mover = d
        .procedure
        .iter()
        .find_map(|p| p.strip_prefix("Moved by "))
        .and_then(|m| {
            speaking
                .iter()
                .copied()
                .find(|&p| name_key(cast.name(p)) == name_key(m))
        });
    let beg_to_move = seq
        .iter()
        .take(seq.len().div_ceil(2).max(1))
        .find(|(i, _)| {
            d.paragraphs(*i)
                .iter()
                .take(3)
                .any(|t| moves_the_business(t))
        })
        .map(|(_, p)| *p);
    let moved = beg_to_move.is_some() || mover.is_some();
    // A record whose first speech sums up ("In summary, ...") starts at the debate's end.
    let sums_up = seq
        .first()
        .and_then(|&(i, _)| d.paragraphs(i).first())
        .is_some_and(|t| super::cues::sums_up(t));
    let opening_present = moved || ((!d.partial || d.has_opening) && !sums_up);
    // A point of order raised as a debate begins is not its opening speech; in an item that
    // is only points of order, the first raises the one it is about. (Whether it is only
    // that reads the whole item: asked only when a point of order opens it.)
    let point_of_order = |i: usize| {
        d.paragraphs(i)
            .first()
            .is_some_and(|t| super::business::raises_point_of_order(t))
    };
    let first = match seq.first() {
        Some(&(i, _)) if point_of_order(i) && !super::business::only_points_of_order(d) => seq
            .iter()
            .find(|(i, _)| !point_of_order(*i))
            .or(seq.first()),
        first => first,
    }
    .map(|(_, p)| *p);
    if opening_present {
        let moving = mover.or(beg_to_move);
        roles.lead = moving
            .or_else(|| asker_read_out(d, cast, speaking))
            .or(first);
        roles.lead_moves = moving.is_some();
    } else {
        roles.warnings.push(Warning::LeadNotNamed);
    }
}

/// The member whose question the chair reads out as the item opens ("The Speaker has
/// received notice of a question for urgent oral answer ... Mr Savage asked the Minister of
/// Agriculture ..."), when they speak in it: they raised the item.
fn asker_read_out(d: &RawDebate, cast: &Cast, speaking: &[usize]) -> Option<usize> {
    let chair = cast.by_contribution.first().copied().flatten()?;
    if !cast.is_chair(chair) {
        return None;
    }
    let named = d.paragraphs(0).iter().find_map(|t| {
        let (who, _) = t.split_once(" asked the ")?;
        // "Mr Savage", "Mrs Long": a name, not a sentence.
        (who.split_whitespace().count() <= 4 && who.starts_with(char::is_uppercase))
            .then(|| crate::names::surname(who.trim()))
    })?;
    let mut found = speaking
        .iter()
        .copied()
        .filter(|&p| crate::names::surname(cast.name(p)) == named);
    let p = found.next()?;
    found.next().is_none().then_some(p)
}

/// The most words of an opening that asks a question rather than makes a speech.
const OPENING_QUESTION_WORDS: usize = 150;

/// The minister by office: of those with a ministerial office other than the lead, the one
/// who answers the question the item opens with, else the one who makes the closing reply.
/// One who only raises points of order (a whip moving the adjournment of the debate) replies
/// to nobody.
fn minister_by_office(
    d: &RawDebate,
    cast: &Cast,
    speaking: &[usize],
    lead: Option<usize>,
) -> Option<usize> {
    let last_index = |p: usize| {
        cast.person(p)
            .and_then(|x| x.contributions.last().copied())
            .unwrap_or(0)
    };
    let only_points_of_order = |p: usize| {
        cast.person(p).is_some_and(|x| {
            x.contributions.iter().all(|&i| {
                d.paragraphs(i)
                    .first()
                    .is_some_and(|t| super::business::raises_point_of_order(t))
            })
        })
    };
    let by_office: Vec<usize> = speaking
        .iter()
        .copied()
        .filter(|&p| office_of(cast, p).is_some_and(is_ministerial))
        .collect();
    // A question asked as the item opens ("If he will make a statement on his departmental
    // responsibilities.") is answered by the minister who replies to it, whichever of their
    // colleagues takes the last supplementary.
    let answers_the_opening = lead.and_then(|l| {
        let first = cast.person(l)?.contributions.first().copied()?;
        if cast.words_of(first) > OPENING_QUESTION_WORDS {
            return None;
        }
        let next = (first + 1..d.contributions.len())
            .filter_map(|i| cast.speaker_of(i))
            .find(|&p| !cast.is_chair(p))?;
        (by_office.contains(&next) && next != l && !only_points_of_order(next)).then_some(next)
    });
    answers_the_opening
        .or_else(|| {
            by_office
                .iter()
                .copied()
                .filter(|&p| Some(p) != lead && !only_points_of_order(p))
                .max_by_key(|&p| last_index(p))
        })
        // The lead, when the minister opens; one who only raises a point of order answers
        // for the Government only in an item of nothing else (a Secretary of State's
        // apology after a Ten Minute Rule motion answers nothing in it).
        // The whole item is read only for one who raises nothing but points of order.
        .or_else(|| {
            by_office
                .iter()
                .copied()
                .find(|&p| !only_points_of_order(p) || super::business::only_points_of_order(d))
        })
}

/// Shadow ministers: by office, named so by others or by themselves, or introduced so by
/// the chair.
fn find_shadows(d: &RawDebate, cast: &Cast, speaking: &[usize], roles: &mut Roles) {
    for &p in speaking {
        if office_of(cast, p).is_some_and(is_shadow_office) && Some(p) != roles.lead {
            roles.shadows.push(p);
        }
    }
    named_shadows(d, cast, speaking, roles);
    // Introduced by the chair: "I call the shadow Minister", "We now come to the shadow
    // Secretary of State", "the Opposition spokesman", "who leads for the Liberal Democrats".
    const INTRODUCTIONS: &[&str] = &[
        "shadow minister",
        "shadow secretary",
        "come to the shadow",
        "call the shadow",
        "opposition spokes",
        "opposition front bench",
        "front-bench spokes",
        "frontbench spokes",
        "leads for the",
    ];
    for (i, c) in d.contributions.iter().enumerate() {
        if !cast.speaker_of(i).is_some_and(|p| cast.is_chair(p)) {
            continue;
        }
        let said = c.paragraphs.join(" ").to_lowercase();
        if INTRODUCTIONS.iter().any(|w| said.contains(w))
            && let Some(next) = cast.speaker_of(i + 1)
            && !cast.is_chair(next)
            && Some(next) != roles.minister
            && Some(next) != roles.lead
            && !roles.shadows.contains(&next)
        {
            roles.shadows.push(next);
        }
    }
}

/// Named as an opposition front-bencher by others, or saying so themself.
fn named_shadows(d: &RawDebate, cast: &Cast, speaking: &[usize], roles: &mut Roles) {
    // Only looked up, never iterated.
    let named: std::collections::HashSet<String> = super::references::shadow_names(
        d.contributions
            .iter()
            .flat_map(|c| c.paragraphs.iter().map(String::as_str)),
    )
    .into_iter()
    .collect();
    for &p in speaking {
        if Some(p) == roles.lead || Some(p) == roles.minister || roles.shadows.contains(&p) {
            continue;
        }
        let Some(person) = cast.person(p) else {
            continue;
        };
        let key = name_key(&person.name);
        let surname_key = name_key(person.name.rsplit(' ').next().unwrap_or(""));
        let by_name = named.contains(&key) || named.contains(&surname_key);
        let own = person
            .contributions
            .iter()
            .filter_map(|&i| d.contributions.get(i))
            .flat_map(|c| c.paragraphs.iter())
            .take(20)
            .any(|t| super::references::speaks_as_shadow(t));
        if by_name || own {
            roles.shadows.push(p);
            roles.warnings.push(Warning::ShadowTaken {
                name: person.name.clone(),
                own,
            });
        }
    }
}
