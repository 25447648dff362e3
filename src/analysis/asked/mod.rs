//! Step 5: the asks. Requests (never from anyone who speaks for the Government) and
//! questions put to the Government, each judged against the reply (`verdicts`), the same ask
//! by several members merged, and the requests ranked as a journalist would lead with them.

mod agreements;
mod context;
mod floor;
mod meeting;
mod repeats;
mod taken_up;
mod theirs;

use super::replies::{Passage, Replies, Subject};
use super::summarise::Sentence;
use super::{MAX_ASKS, Read, asks, requests, verdicts};
use crate::model::{AskKind, KeyRequest, Question, Verdict};
use context::{asks_after_saying, context_of, gist, pointed_at, quoted, shown};
use floor::{INTERVENTION_WORDS, is_put_to_government};

/// The most words of a Government contribution that answers the question before it as a
/// whole (an answer in question time or to a statement, a reply to an intervention).
pub(super) const ANSWER_WORDS: usize = 400;

/// One ask found in a member's speech, before merging.
struct Found<'s> {
    person: usize,
    sentence: &'s Sentence<'s>,
    ask: String,
    ask_terms: Vec<u32>,
    kind: AskKind,
}

/// What step 5 finds: requests and questions from members who do not speak for the
/// Government, each with its verdict; requests merged across members and ranked.
pub struct Asks {
    pub requests: Vec<KeyRequest>,
    pub questions: Vec<Question>,
    /// Where the lead's main demand was spoken (`main_demand`, else their first request).
    pub lead_demand: Option<usize>,
}

pub(super) fn asks_of(r: &Read, replies: Option<&Replies>) -> Asks {
    let mut found: Vec<Found> = Vec::new();
    let mut asked: Vec<(usize, &Sentence)> = Vec::new();
    for (p, sents) in r.per_person.iter().enumerate() {
        if r.cast.is_chair(p) || r.speaks_for_government(p) {
            continue;
        }
        for (k, s) in sents.iter().enumerate() {
            if found.len() + asked.len() >= MAX_ASKS {
                break;
            }
            if floor::put_to_another(r, s) {
                continue;
            }
            // The sentence before, in the same contribution.
            let before = k
                .checked_sub(1)
                .and_then(|j| sents.get(j))
                .filter(|b| b.turn == s.turn);
            let request = requests::is_request_counted(s.text, s.words)
                || before.is_some_and(|b| requests::continues_request(s.text, s.words, b.text));
            let question = !request
                && r.roles.minister.is_some()
                && (is_put_to_government(r, p, s) || asks_after_saying(r, p, s));
            // Words read out or a question told ("I asked him, "Why ...?"") ask nothing.
            if !(request || question) || quoted(sents, k) {
                continue;
            }
            if request {
                let ask = gist(r, p, s);
                found.push(Found {
                    person: p,
                    sentence: s,
                    ask_terms: r.terms_of(&ask),
                    kind: asks::kind_of_ask(s.text, &ask),
                    ask,
                });
            } else {
                asked.push((p, s));
            }
        }
    }
    // Each question's sentence it points back at, if any, by order: worked out once.
    let points_at: std::collections::HashMap<usize, usize> = asked
        .iter()
        .filter_map(|&(p, s)| pointed_at(r, p, s).map(|b| (s.order, b.order)))
        .collect();
    // A question that a later one points back at ("Does he accept that the banks are not
    // meeting their targets? What does he plan to do about it?") is shown within it, once.
    let within_later: std::collections::HashSet<usize> = points_at.values().copied().collect();
    // A question that points back at a request ("The Government must put a strong foot
    // forward and do something about this. Are they prepared to do so?") asks it again: the
    // request is listed, once.
    let requested: std::collections::HashSet<usize> =
        found.iter().map(|f| f.sentence.order).collect();
    asked.retain(|(_, s)| {
        !within_later.contains(&s.order)
            && !points_at
                .get(&s.order)
                .is_some_and(|b| requested.contains(b))
    });
    let merged = merge(found);
    // Every ask that is judged (a merged request by its first wording), for linking.
    let judged: Vec<(usize, &Sentence, AskKind)> = merged
        .iter()
        .map(|(f, _)| (f.person, f.sentence, f.kind))
        .chain(asked.iter().map(|&(p, s)| (p, s, asks::kind_of(s.text))))
        .collect();
    let paragraphs = context::paragraphs_of(r, &judged);
    let passages = replies
        .map(|replies| linked(r, replies, &judged, &paragraphs))
        .unwrap_or_default();
    let mut judgments: std::collections::HashMap<usize, Judgment> = judged
        .iter()
        .zip(&paragraphs)
        .map(|(&(p, s, _), paragraph)| {
            let passage = passages.get(&s.order).copied().flatten();
            let first = context::takes_the_opening(r, replies, &judged, &passages, s);
            let judged = judge(r, replies, (s, paragraph), p, passage, first);
            (s.order, agreements::the_askers(judged, &r.cast, p))
        })
        .collect();
    // What an ask shares with its answer and its linked passage ("It will give ...").
    let shared = |s: &Sentence, answer: &str| {
        let around = passages.get(&s.order).copied().flatten();
        let around = around
            .and_then(|p| replies?.quote(p))
            .map_or(String::new(), |a| a.text);
        r.idf
            .shared_weight(&s.terms, &r.terms_of(&format!("{answer} {around}")))
    };
    agreements::one_agreement_per_answer(judged.iter().map(|j| j.1), &mut judgments, &shared);
    asked_again(r, &judged, &mut judgments);
    let judge = |s: &Sentence, _: usize| {
        judgments
            .get(&s.order)
            .cloned()
            .unwrap_or((Verdict::NotAddressed, None))
    };
    let questions = asked
        .iter()
        .map(|&(p, s)| {
            let (verdict, answer) = judge(s, p);
            Question {
                speaker: r.cast.name(p).to_string(),
                askers: vec![r.cast.name(p).to_string()],
                text: shown(r, p, s),
                verdict,
                answered: verdict != Verdict::NotAddressed,
                answer,
            }
        })
        .collect();
    let questions = repeats::one_per_wording(questions);
    let (requests, first_request) = ranked_requests(r, merged, judge);
    let lead_demand = main_demand(r, &judged).or(first_request);
    Asks {
        requests,
        questions,
        lead_demand,
    }
}

/// The lead's first ask of substance in their opening speech: that the Government
/// legislate, fund, or review or inquire into something, whether put as a request ("I call
/// on the Government to fund ...") or as a question ("Will there be an independent inquiry
/// ...?"). A journalist leads with it rather than with an earlier ask to be told something.
fn main_demand(r: &Read, judged: &[(usize, &Sentence, AskKind)]) -> Option<usize> {
    let lead = r.roles.lead?;
    let opening = r.per_person.get(lead)?.first()?.turn;
    judged
        .iter()
        .filter(|(p, s, _)| *p == lead && s.turn == opening)
        .filter(|(_, _, k)| matches!(k, AskKind::Legislation | AskKind::Funding | AskKind::Review))
        // A question counts when it asks whether something will be done ("Will the
        // Government legislate ...?", "So will there be an inquiry ...?", as tabled "If he
        // will bring forward legislative proposals ..."), not when it asks to be told or
        // assured ("Can the Minister say ...", "What assessment he has made ...").
        .filter(|(_, s, _)| !asks::is_question(s.text) || asks::asks_whether_done(s.text))
        .map(|(_, s, _)| s.order)
        .min()
}

/// An ask's verdict and the answer it rests on.
type Judgment = (Verdict, Option<crate::model::Answer>);

/// The fewest rare words a member's later ask shares with an earlier one to make the same
/// point again.
const SAME_POINT_WORDS: usize = 2;

/// A member who makes the same point again later ("the culvert at Minety should be widened"
/// in a speech, then "the widening of the culvert at Minety ... must be taken account of" in
/// an intervention) and is answered straight away with what the Government will do has had
/// the earlier ask answered too: an ask in a speech the Government did not answer straight
/// after, which its linked reply left undecided, takes the last such decision.
fn asked_again(
    r: &Read,
    judged: &[(usize, &Sentence, AskKind)],
    judgments: &mut std::collections::HashMap<usize, Judgment>,
) {
    let decided = |v: Verdict| matches!(v, Verdict::Agreed | Verdict::Refused | Verdict::Deferred);
    let updates: Vec<(usize, Judgment)> = judged
        .iter()
        // Only an ask in a speech nobody answered straight after: a question answered
        // there keeps that answer, however the member follows it up.
        .filter(|(_, s, _)| r.direct_reply(s.turn).is_none())
        .filter(|(_, s, _)| judgments.get(&s.order).is_some_and(|j| !decided(j.0)))
        .filter_map(|&(p, s, _)| {
            let again = judged
                .iter()
                .filter(|&&(q, t, _)| {
                    q == p
                        && t.turn > s.turn
                        && r.direct_reply(t.turn).is_some()
                        && r.idf.rare_shared(&s.terms, &t.terms) >= SAME_POINT_WORDS
                })
                .filter_map(|(_, t, _)| judgments.get(&t.order).filter(|j| decided(j.0)))
                .last()?;
            Some((s.order, again.clone()))
        })
        .collect();
    judgments.extend(updates);
}

/// The passage of the reply linked to each ask (by where the ask was spoken). The asks one
/// member makes in one contribution are answered by different passages: when two would
/// link to the same passage, the one it answers better keeps it and the other takes its
/// next best, if any, so that one reply does not decide a whole list of questions.
fn linked(
    r: &Read,
    replies: &Replies,
    asks: &[(usize, &Sentence, AskKind)],
    paragraphs: &[Vec<u32>],
) -> std::collections::HashMap<usize, Option<Passage>> {
    // Each ask's reply straight after, if linking reads one, worked out once.
    let direct: Vec<Option<usize>> = asks
        .iter()
        .map(|&(_, s, _)| replying(r, replies, s.turn))
        .collect();
    // The members who asked (a member who asked nothing is named in passing, as often as
    // not: "I was pleased to hear the remarks of the noble Baroness").
    let others = super::replies::Others::new(
        asks.iter()
            .filter_map(|&(p, _, _)| r.cast.person(p))
            .map(|a| crate::names::surname(&a.name)),
        replies.sentences().len(),
    );
    let taken_up = theirs::taking_up(r, replies);
    // What each ask is about (money, an inquiry), read once for linking and sharing.
    let subjects: Vec<Subject> = asks
        .iter()
        .map(|&(_, s, _)| Subject::of_ask(s.text))
        .collect();
    let ranked: Vec<Vec<(f64, Passage)>> = asks
        .iter()
        .zip(&subjects)
        .zip(direct.iter().zip(paragraphs))
        .map(
            |((&(p, s, kind), &subject), (&direct, paragraph))| match r.cast.person(p) {
                Some(asker) => {
                    let context = context_of(r, p, s);
                    let ask = super::replies::Ask {
                        terms: &s.terms,
                        context: &context,
                        paragraph,
                        order: s.order,
                        kind,
                        subject,
                    };
                    let mut found = replies.answers(&ask, direct, asker, &others);
                    found.retain(|&(_, c)| {
                        !theirs::answers_another(replies, &taken_up, c, p, asker)
                    });
                    found
                }
                None => Vec::new(),
            },
        )
        .collect();
    // Asks by contribution; within one, first the ask that would lose most by giving up its
    // best passage (how much better it is than the ask's next best).
    let mut by_turn: Vec<usize> = (0..asks.len()).collect();
    by_turn.sort_by(|&a, &b| {
        let key = |i: usize| asks.get(i).map(|(p, s, _)| (*p, s.turn));
        let loss = |i: usize| {
            let c = ranked.get(i).map(Vec::as_slice).unwrap_or_default();
            let score = |k: usize| c.get(k).map_or(0.0, |x| x.0);
            score(0) - score(1)
        };
        key(a)
            .cmp(&key(b))
            .then(loss(b).total_cmp(&loss(a)))
            .then(a.cmp(&b))
    });
    let mut out = std::collections::HashMap::new();
    let mut taken: Vec<(Passage, bool)> = Vec::new();
    let mut turn = None;
    for i in by_turn {
        let (Some(&(p, s, _)), Some(cands)) = (asks.get(i), ranked.get(i)) else {
            continue;
        };
        if turn != Some((p, s.turn)) {
            turn = Some((p, s.turn));
            taken.clear();
        }
        // Two calls for an inquiry in one speech are one call, answered by one passage.
        let inquiry = subjects.get(i).is_some_and(|x| x.inquiry);
        let overlaps = |a: &Passage| {
            taken.iter().any(|&(t, same)| {
                !(inquiry && same) && a.first < t.first + t.len && t.first < a.first + a.len
            })
        };
        let exclusive = direct.get(i).is_some_and(Option::is_none);
        let chosen = if exclusive {
            cands
                .iter()
                .map(|&(_, c)| c)
                .find(|c| !overlaps(c))
                .or_else(|| cands.first().map(|&(_, c)| c))
        } else {
            cands.first().map(|&(_, c)| c)
        };
        taken.extend(chosen.map(|c| (c, inquiry)));
        out.insert(s.order, chosen);
    }
    out
}

/// The Government's reply straight after contribution `turn` when it answers that
/// contribution: one of answer length, or one that opens on what was asked. A longer
/// speech that replies to a whole debate is read passage by passage: its opening answers
/// the debate, not each ask of the speech before it.
fn answering(r: &Read, replies: &Replies, turn: usize) -> Option<usize> {
    r.direct_reply(turn).filter(|&t| {
        r.cast.words_of(t) <= ANSWER_WORDS
            || replies.opens_on_the_ask(t)
            || intervenes_on_the_reply(r, turn, t)
    })
}

/// True when contribution `turn` is an intervention on the speech that `reply` resumes: the
/// same Government speaker spoke just before it, and it is short. The resumed speech opens
/// by answering it ("We are well aware of the issue of match funding ... We are discussing
/// our response to that as a Government."), however long it goes on.
fn intervenes_on_the_reply(r: &Read, turn: usize, reply: usize) -> bool {
    r.cast.words_of(turn) <= INTERVENTION_WORDS
        && turn
            .checked_sub(1)
            .and_then(|before| r.cast.speaker_of(before))
            .is_some_and(|by| r.cast.speaker_of(reply) == Some(by))
}

/// The Government's reply straight after contribution `turn`, as linking reads it. A long
/// speech after a long speech that does not open on what was asked and goes on after an
/// intervention is a winding-up, read passage by passage like any other: taken as the reply
/// to the speech before it, its part before the first intervention would be preferred to
/// the rest. An intervention's reply, and the reply to a statement's Opposition spokesman,
/// which no intervention cuts, still reply straight after.
fn replying(r: &Read, replies: &Replies, turn: usize) -> Option<usize> {
    let direct = r.direct_reply(turn)?;
    if r.cast.words_of(turn) <= ANSWER_WORDS
        || r.cast.words_of(direct) <= ANSWER_WORDS
        || answering(r, replies, turn).is_some()
    {
        return Some(direct);
    }
    // The same speech goes on, at a speech's length (a minister's answer to a question in
    // a statement is shorter), after an intervention.
    let minister = r.cast.speaker_of(direct);
    let resumed = (direct + 1..direct + 4)
        .take_while(|&t| r.cast.speaker_of(t) == minister || r.cast.words_of(t) <= ANSWER_WORDS)
        .any(|t| r.cast.speaker_of(t) == minister && r.cast.words_of(t) > ANSWER_WORDS);
    (!resumed).then_some(direct)
}

/// The verdict on an ask (with its paragraph's content words) and the deciding reply.
fn judge(
    r: &Read,
    replies: Option<&Replies>,
    (s, paragraph): (&Sentence, &[u32]),
    p: usize,
    passage: Option<Passage>,
    takes_opening: bool,
) -> (Verdict, Option<crate::model::Answer>) {
    let judged = (|| {
        let replies = replies?;
        let direct = answering(r, replies, s.turn);
        // An asker the cast does not know gets no verdict.
        r.cast.person(p)?;
        // A direct reply answers the turn's last question even without shared words, and
        // its first when the reply's opening is no other ask's; a question between must be
        // linked by what the reply says.
        let last = r.per_person.get(p).is_none_or(|sents| {
            !sents
                .iter()
                .any(|x| x.turn == s.turn && x.order > s.order && asks::is_question(x.text))
        });
        let direct_fallback = direct.filter(|_| last || takes_opening);
        // A Government contribution speaks to the asker unless it is an answer straight
        // after someone else.
        let speaks_to_asker = |turn: usize| {
            r.cast.words_of(turn) > ANSWER_WORDS
                || r.answered_members(turn, ANSWER_WORDS).contains(&p)
        };
        let judged = verdicts::judge(
            replies,
            s,
            passage,
            direct,
            direct_fallback,
            &speaks_to_asker,
            paragraph,
        );
        // An ask to meet that the reply passes over is not addressed (`meeting`).
        let passed_over = judged.verdict == Verdict::Responded
            && meeting::passed_over(replies, s.text, passage, direct);
        if judged.verdict == Verdict::NotAddressed
            && passage.is_none()
            && direct.is_none()
            && let Some(taken) = taken_up::taken_up(r, replies, s, paragraph, p)
        {
            return Some(verdicts::Judged {
                verdict: Verdict::Responded,
                answer: replies.quote(taken),
            });
        }
        Some(judged).filter(|_| !passed_over)
    })();
    judged.map_or((Verdict::NotAddressed, None), |j| (j.verdict, j.answer))
}

/// The same ask made by several members, merged in spoken order; the first wording kept.
fn merge(mut found: Vec<Found<'_>>) -> Vec<(Found<'_>, Vec<usize>)> {
    found.sort_by_key(|f| f.sentence.order);
    let mut merged: Vec<(Found, Vec<usize>)> = Vec::new();
    for f in found {
        if let Some((_, askers)) = merged.iter_mut().find(|(g, _)| {
            g.sentence.text == f.sentence.text || asks::same_ask(&g.ask_terms, &f.ask_terms)
        }) {
            if !askers.contains(&f.person) {
                askers.push(f.person);
            }
            continue;
        }
        let person = f.person;
        merged.push((f, vec![person]));
    }
    merged
}

/// The requests judged and ranked as a journalist would lead with them: the lead's demands,
/// those that say what they ask without leaning on what came before ("address that key
/// point"), asks several members made, asks the Government answered, then the rest, each
/// group in spoken order. Also where the lead's main demand was spoken.
fn ranked_requests(
    r: &Read,
    merged: Vec<(Found<'_>, Vec<usize>)>,
    judge: impl Fn(&Sentence, usize) -> (Verdict, Option<crate::model::Answer>),
) -> (Vec<KeyRequest>, Option<usize>) {
    let mut requests: Vec<(bool, usize, usize, KeyRequest)> = merged
        .into_iter()
        .map(|(f, askers)| {
            let kind = f.kind;
            let (verdict, answer) = judge(f.sentence, f.person);
            let by_lead = Some(f.person) == r.roles.lead;
            let request = KeyRequest {
                speaker: r.cast.name(f.person).to_string(),
                text: shown(r, f.person, f.sentence),
                ask: f.ask,
                kind,
                addressed_to: asks::addressed_to(f.sentence.text),
                askers: askers.iter().map(|&p| r.cast.name(p).to_string()).collect(),
                verdict,
                answered: verdict != Verdict::NotAddressed,
                answer,
            };
            (by_lead, askers.len(), f.sentence.order, request)
        })
        .collect();
    // Each key worked out once: whether an ask leans on its context reads its words.
    requests.sort_by_cached_key(|(by_lead, askers, order, q)| {
        (
            !by_lead,
            asks::leans_on_context(&q.ask),
            std::cmp::Reverse(*askers),
            q.verdict == Verdict::NotAddressed,
            *order,
        )
    });
    let lead_demand = requests
        .first()
        .filter(|(by_lead, ..)| *by_lead)
        .map(|(_, _, order, _)| *order);
    (requests.into_iter().map(|(.., q)| q).collect(), lead_demand)
}
