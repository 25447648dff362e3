//! What the Government said: a verdict for every ask, and the Government's positions.
//!
//! How it works, in one place:
//! 1. **Who speaks for the Government**: the responding minister and every speaker with a
//!    ministerial office. Their sentences, in spoken order, are the reply; none of them is
//!    ever a request.
//! 2. **Linking** an ask to the reply (`replies::Replies::answers`): the passage sharing most
//!    of the ask's content words (rare words weigh more; a short ask that points back, "Will
//!    it be signed off?", also takes the words of the sentence before it), helped by the
//!    minister naming the asker or their seat, agreeing to a meeting that was asked for,
//!    speaking of money when the ask does, or of a review when it calls for an inquiry, or
//!    replying straight after the ask (an intervention, a question in a statement; the
//!    chair's calls and the asker's brief aside between do not count; a long speech that
//!    follows a long speech and goes on after an intervention is a winding-up, not a reply
//!    straight after, see `asked::replying`). In a
//!    winding-up speech, the asks one member made in one speech take different passages:
//!    where two would take the same, the ask with the weaker alternative keeps it
//!    (`asked::linked`).
//! 3. **Deciding** the verdict: a direct reply (one of answer length, or a longer one that
//!    opens on the ask; see `asked::answering`) is decided by how it opens ("Yes", "No"; not
//!    "Yes, ..., but ..."), or else by the last of its first four sentences that commits,
//!    refuses or defers (a short reply states its conclusion last, so a commitment followed
//!    by a refusal refuses); a linked passage by its own stance (declining to comment is not
//!    its conclusion when the next sentence of the paragraph decides). A passage with
//!    no stance that says the thing is already done or in place agreed; any other
//!    responded; no passage at all is `not_addressed`. A promise to write on "his other
//!    questions" decides no ask by itself: it defers each ask the reply leaves open. Stances
//!    come from the phrase lists in `cues`; a courtesy or a signpost ("I will come on to
//!    ...") never decides.
//! 4. **Positions** (`positions`): the Government's sentences that commit, refuse, defer or
//!    announce, the strongest kept, in spoken order.

use super::cues::{
    AskedOfDisowned, already_done, asked_of_disowned, asks_for_more, asks_information,
    asks_to_grant, asks_to_meet_or_talk, concedes, covers_the_rest, declines_to_tell, denies,
    disowned_in, gives_more, grants, grants_another_point, joins_in_praise, only_offers_meeting,
    opening_verdict, speaks_of_meeting,
};
use super::replies::{Passage, Replies};
use super::summarise::Sentence;
use super::text::{is_courtesy, names_a_member, speaks_of_a_member};
use crate::model::{Answer, Stance, Verdict};

/// How many opening sentences of a direct reply can decide it: a reply to an intervention
/// or a question is short, and the last of these that commits, refuses or defers is its
/// conclusion ("I can assure him that ... . However, ... . We will have to look carefully at
/// what he proposes.").
const DIRECT_OPENING: usize = 4;

/// How much of an ask's content words a passage of the direct reply must use to answer it
/// in its own right, when the reply also promises to write on "his other questions".
const ANSWERS_SHARE: f64 = 0.3;

/// How many words a reply sentence needs to be quoted as the answer for the one word of the
/// ask it uses.
const QUOTED_WORDS: usize = 8;

/// How many content words make a commitment that shares none with the ask one of its own
/// subject.
const OWN_SUBJECT: usize = 4;

/// A verdict with the sentence that decided it.
pub struct Judged {
    pub verdict: Verdict,
    pub answer: Option<Answer>,
}

/// The stance of reply sentence `i` that can decide a verdict (an announcement alone only
/// responds). A promise to write on "his other questions" decides no ask it is near: it
/// covers only what the reply leaves open (see [`judge`]).
fn deciding(replies: &Replies, i: usize) -> Option<Stance> {
    replies
        .stance(i)
        .filter(|st| *st != Stance::Announces)
        .filter(|_| !defers_the_rest(replies, i))
}

/// True when reply sentence `i` promises to write on whatever the reply has not answered
/// ("I shall write to him on his other questions").
fn defers_the_rest(replies: &Replies, i: usize) -> bool {
    replies.stance(i) == Some(Stance::Defers)
        && replies
            .sentences()
            .get(i)
            .is_some_and(|s| covers_the_rest(s.text))
}

/// The verdict on one ask, from the passage linked to it and the direct reply, if any.
/// `ask` is the ask as spoken: a question asking for information can be answered or
/// deferred, but not agreed to or refused. `spoken`: its paragraph's words (`off_point`).
pub fn judge(
    replies: &Replies,
    ask: &Sentence,
    passage: Option<Passage>,
    direct: Option<usize>,
    fallback: Option<usize>,
    speaks_to_asker: &dyn Fn(usize) -> bool,
    spoken: &[u32],
) -> Judged {
    let judged = judge_passage(replies, ask, passage, direct, fallback, spoken);
    if !matches!(judged.verdict, Verdict::Responded | Verdict::NotAddressed) {
        return judged;
    }
    // A reply that promises to write on "his other questions" defers each ask it leaves
    // undecided: the direct reply's own promise, or (for an ask left unanswered) one made
    // later in the debate.
    let sents = replies.sentences();
    // A passage of the direct reply that uses much of the ask answers it: no promise covers it.
    let answered_directly = passage.is_some_and(|p| {
        sents.get(p.first).is_some_and(|s| Some(s.turn) == direct)
            && replies.share(&ask.terms, p) >= ANSWERS_SHARE
    });
    let rest = sents.iter().enumerate().position(|(i, s)| {
        let covers = match direct {
            Some(turn) => s.turn == turn && !answered_directly,
            // A later promise covers an ask left open only when made to its asker: "his
            // other questions" in a reply to another member are that member's.
            None => {
                judged.verdict == Verdict::NotAddressed
                    && s.order > ask.order
                    && speaks_to_asker(s.turn)
            }
        };
        covers && defers_the_rest(replies, i)
    });
    match rest {
        Some(i) => Judged {
            verdict: Verdict::Deferred,
            answer: replies.quote(Passage { first: i, len: 1 }),
        },
        None => judged,
    }
}

/// [`judge`] from the linked passage and the direct reply alone.
fn judge_passage(
    replies: &Replies,
    asked: &Sentence,
    passage: Option<Passage>,
    direct: Option<usize>,
    fallback: Option<usize>,
    spoken: &[u32],
) -> Judged {
    let ask = asked.text;
    let sents = replies.sentences();
    let one = |i: usize| Passage { first: i, len: 1 };
    let informs = asks_information(ask);
    // Where the direct reply opens: its first sentences that are no courtesy.
    let opening: Vec<(usize, &Sentence)> = direct
        .map(|turn| {
            sents
                .iter()
                .enumerate()
                .filter(|(_, s)| s.turn == turn)
                .filter(|(_, s)| !is_courtesy(s.text))
                .take(DIRECT_OPENING)
                .filter(|(i, _)| !replies.off_point(*i, spoken))
                .collect()
        })
        .unwrap_or_default();
    // Asked to grant a point ("Does the Minister agree that Iraq is a catastrophe?"), the
    // reply agrees only by granting it ("He is absolutely right") and refuses only by denying
    // it ("I do not accept that"), in the passage or in the opening of the direct reply: a
    // commitment to something else, or a refusal of something else, responds.
    let put_as_a_point = std::cell::OnceCell::new();
    // Whether the answer, or the direct reply's opening, says it.
    let settled_by = |says: fn(&str) -> bool, answer: Option<&Answer>| {
        answer.is_some_and(|a| says(&a.text)) || opening.iter().any(|(_, s)| says(s.text))
    };
    let settled = |says: fn(&str) -> bool, answer: Option<&Answer>| {
        !*put_as_a_point.get_or_init(|| asks_to_grant(ask)) || settled_by(says, answer)
    };
    // A meeting offered in reply to an ask for something else is a promise to discuss it.
    let meeting = std::cell::OnceCell::new();
    let meeting_asked = || *meeting.get_or_init(|| asks_to_meet_or_talk(ask));
    let judged = |verdict, p: Passage| {
        let answer = replies.quote(p);
        let declines = || answer.as_ref().is_some_and(|a| declines_to_tell(&a.text));
        let only_meets = || {
            p.len == 1
                && replies.meets(p.first)
                && answer
                    .as_ref()
                    .is_some_and(|a| only_offers_meeting(&a.text))
                && !meeting_asked()
        };
        Judged {
            verdict: match verdict {
                // Asked to be told, a meeting offered to the member ("If he ... want to meet
                // me, we can set out a timeline") promises to tell later: it defers. Meeting
                // others ("I will meet not only leaders of socialist groups") tells nothing.
                Verdict::Agreed
                    if informs
                        && only_meets()
                        && answer.as_ref().is_some_and(|a| speaks_of_a_member(&a.text)) =>
                {
                    Verdict::Deferred
                }
                Verdict::Agreed if informs => Verdict::Responded,
                Verdict::Agreed if !settled(grants, answer.as_ref()) => Verdict::Responded,
                // Asked for more, a reply that tells what is being done grants nothing more.
                Verdict::Agreed
                    if !meeting_asked()
                        && asks_for_more(ask)
                        && answer.as_ref().is_some_and(|a| !gives_more(&a.text)) =>
                {
                    Verdict::Responded
                }
                Verdict::Agreed if only_meets() => Verdict::Deferred,
                // "I agree that <another point>" grants that point, not the one asked.
                Verdict::Agreed
                    if answer
                        .as_ref()
                        .is_some_and(|a| grants_another_point(&a.text, ask)) =>
                {
                    Verdict::Responded
                }
                // Asked to meet, a reply agrees by speaking of meeting ("I am happy to meet
                // her", "I would be delighted to visit") or by "Yes": money for something else
                // ("we are providing £400 ...") responds.
                Verdict::Agreed
                    if meeting_asked()
                        && !answer.as_ref().is_some_and(|a| speaks_of_meeting(&a.text))
                        && !settled_by(grants, answer.as_ref()) =>
                {
                    Verdict::Responded
                }
                Verdict::Refused if informs && !declines() => Verdict::Responded,
                // Turning the point aside ("I know the concern ..., but ...") or declining to
                // answer it ("That is a hypothetical question") denies it too.
                Verdict::Refused
                    if !settled(
                        |t| denies(t) || concedes(t) || declines_to_tell(t),
                        answer.as_ref(),
                    ) =>
                {
                    Verdict::Responded
                }
                v => v,
            },
            answer,
        }
    };
    // Long enough to be quoted as the answer for the one word of the ask it uses.
    let long_enough = |s: &Sentence| s.text.split_whitespace().nth(QUOTED_WORDS - 1).is_some();
    // In a passage of several sentences, one that shares no word with the ask decides
    // nothing about it ("The Government remain committed to investing in rail. We are
    // taking forward growth plans ..." does not grant a rail link), unless it speaks to or
    // of a member ("Perhaps I could come back to my hon. Friend on that") or the next
    // sentence spells out what it commits to ("The Government will introduce a buses Bill.
    // It will give every authority the power to franchise ...").
    let uses_any = |i: usize| {
        sents
            .get(i)
            .is_some_and(|s| s.terms.iter().any(|t| asked.terms.contains(t)))
    };
    let about_it = |p: Passage, i: usize| {
        let spelt_out = || {
            i + 1 < p.first + p.len
                && sents.get(i + 1).is_some_and(|s| {
                    s.text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "It" | "This" | "That" | "They" | "These"))
                })
                && uses_any(i + 1)
        };
        p.len == 1
            || uses_any(i)
            || sents.get(i).is_some_and(|s| speaks_of_a_member(s.text))
            || spelt_out()
    };
    // Disowning an intention decides an ask that names it: "We have no plans to close it"
    // grants "an assurance that it will not close" and refuses "Will he close it?". The
    // first such sentence of `among` decides.
    let action = std::cell::OnceCell::new();
    let disowning = |among: &[usize]| {
        among.iter().find_map(|&i| {
            let disowned = disowned_in(sents.get(i)?.text)?;
            // What the ask asks is worked out only for a reply that disowns something.
            let action = action.get_or_init(|| super::asks::ask_of(ask));
            let verdict = match asked_of_disowned(action, &disowned)? {
                AskedOfDisowned::Against => Verdict::Agreed,
                AskedOfDisowned::For => Verdict::Refused,
            };
            Some(judged(verdict, one(i)))
        })
    };
    if let Some(turn) = direct {
        if let Some(&(i, s)) = opening.first()
            && deciding(replies, i) != Some(Stance::Defers)
            && let Some(v) = opening_verdict(s.text)
        {
            return judged(v, one(i));
        }
        // A point put to the minister that the direct reply opens by denying is refused ("It
        // simply is not accurate to say that we have underfunded the Afghan campaign").
        if let Some(&(i, s)) = opening.first()
            && denies(s.text)
            && *put_as_a_point.get_or_init(|| asks_to_grant(ask))
        {
            return judged(Verdict::Refused, one(i));
        }
        // Asked to join in praise, a minister who replies without declining has joined in:
        // the linked passage shows it when it is the direct reply's, else its first sentence.
        if joins_in_praise(ask)
            && !opening
                .iter()
                .any(|&(i, _)| deciding(replies, i) == Some(Stance::Refuses))
        {
            let joined = passage
                .map(|p| p.first)
                .filter(|&f| sents.get(f).is_some_and(|s| s.turn == turn))
                .or_else(|| opening.first().map(|&(i, _)| i))
                .or_else(|| sents.iter().position(|s| s.turn == turn));
            if let Some(i) = joined {
                return judged(Verdict::Agreed, one(i));
            }
        }
        let in_passage = passage.map_or(0..0, |p| p.first..p.first + p.len);
        let near: Vec<usize> = in_passage.chain(opening.iter().map(|&(i, _)| i)).collect();
        if let Some(j) = disowning(&near) {
            return j;
        }
        // The linked passage decides when it is among them (a sentence of it about the ask:
        // "I am happy to continue those discussions. The situation will be helped if
        // agreement can be reached ..." does not commit to working with another Government);
        // else the last that decides.
        let linked = passage.and_then(|p| {
            opening
                .iter()
                .filter(|&&(i, _)| (p.first..p.first + p.len).contains(&i))
                .filter(|&&(i, _)| about_it(p, i))
                .find_map(|&(i, _)| Some((i, deciding(replies, i)?)))
        });
        // A commitment followed by a refusal ("I shall pursue it with them. The Government
        // have concluded that it would not be right.") refuses: the conclusion comes last.
        let refusal_after = |c: usize| {
            opening.iter().filter(|&&(i, _)| i > c).find_map(|&(i, _)| {
                Some((i, deciding(replies, i).filter(|st| *st == Stance::Refuses)?))
            })
        };
        // And a refusal followed by a commitment ("The publication is a matter for the
        // journals. As soon as it is available, I will ensure that it is placed in the
        // Library.") agrees, when both are in the linked passage.
        let commitment_after = |c: usize| {
            let p = passage?;
            opening
                .iter()
                .filter(|&&(i, _)| i > c && i < p.first + p.len)
                .find_map(|&(i, _)| {
                    Some((i, deciding(replies, i).filter(|st| *st == Stance::Commits)?))
                })
        };
        let linked = match linked {
            Some((c, Stance::Commits)) => refusal_after(c).or(linked),
            Some((c, Stance::Refuses)) => commitment_after(c).or(linked),
            _ => linked,
        };
        if let Some((i, st)) = linked.or_else(|| {
            opening
                .iter()
                .rev()
                .find_map(|&(i, _)| Some((i, deciding(replies, i)?)))
        }) {
            // Asked to be told, a reply that refuses something else only responds: the
            // sentence of its opening on what was asked is the answer ("The way that it
            // should be delivered is through restored devolved Government in Northern
            // Ireland", not "... that is a matter for the United Kingdom to negotiate").
            // Declining to tell ("I cannot say ...") is the answer, and refuses. So is a
            // commitment of its own subject ("As far as the training for Afghanistan is
            // concerned, there are three stages to it", not "I will be speaking to the UN
            // Secretary-General to tell him ..."); one that points back at the ask ("We are
            // absolutely committed to that.") is the answer.
            let declined = || sents.get(i).is_some_and(|s| declines_to_tell(s.text));
            let elsewhere = match st {
                Stance::Refuses => true,
                // A meeting offered to the member promises to discuss the ask.
                Stance::Commits => {
                    !replies.meets(i) && sents.get(i).is_some_and(|s| s.terms.len() >= OWN_SUBJECT)
                }
                _ => false,
            };
            let told = (informs && elsewhere && !uses_any(i) && !declined())
                .then(|| {
                    opening
                        .iter()
                        .find(|&&(j, s)| uses_any(j) && long_enough(s))
                })
                .flatten()
                .filter(|&&(j, s)| !declines_to_tell(s.text) && !replies.courteous_at(j));
            if let Some(&(j, _)) = told {
                return judged(Verdict::Responded, one(j));
            }
            return judged(st.verdict(), one(i));
        }
        // A reply that passes the ask on after its opening, as the opening counts it ("I shall
        // bring my noble friend's concern to ..."), defers it when nothing in its opening decided.
        let mut after_opening = sents
            .iter()
            .enumerate()
            .filter(|(_, s)| s.turn == turn && !is_courtesy(s.text))
            .skip(DIRECT_OPENING)
            .filter(|(i, _)| !replies.courteous_at(*i))
            .take(DIRECT_OPENING);
        if let Some((i, _)) = after_opening
            .find(|&(i, s)| deciding(replies, i) == Some(Stance::Defers) && names_a_member(s.text))
        {
            return judged(Verdict::Deferred, one(i));
        }
        if passage.is_none() && fallback.is_some() {
            // Answering without a passage of the ask's words, a sentence of the reply that
            // uses one of them and decides is its conclusion ("Can the Minister outline a
            // more precise timeline?" ... "If he wants to meet me, we can set out a timeline
            // for the decision").
            if let Some((i, st)) = sents
                .iter()
                .enumerate()
                .filter(|&(i, s)| s.turn == turn && uses_any(i))
                .find_map(|(i, _)| Some((i, deciding(replies, i)?)))
            {
                return judged(st.verdict(), one(i));
            }
            // Else the reply's first sentence that is no tribute ("My Lords, I commend the
            // noble Lord ...") is the one to quote, unless it is only a remark, short ("I
            // think it deserves, universally, credit.") or about the member and not the ask
            // ("The right hon. Gentleman will not get rid of me that easily."), and a later
            // sentence of the opening, of some length, uses a word of the ask ("We are trying
            // to learn from the streamlining ... on the potential for permanent future
            // changes").
            let remark = |i: usize, s: &Sentence| {
                !long_enough(s) || (names_a_member(s.text) && !uses_any(i))
            };
            let first = opening
                .iter()
                .find(|&&(i, _)| !replies.courteous_at(i))
                .or(opening.first());
            if let Some(&(i, _)) = first
                .filter(|&&(i, s)| remark(i, s))
                .and_then(|_| {
                    opening
                        .iter()
                        .find(|&&(i, s)| uses_any(i) && !remark(i, s) && !replies.courteous_at(i))
                })
                .or(first)
            {
                return judged(Verdict::Responded, one(i));
            }
        }
    }
    let Some(p) = passage else {
        return Judged {
            verdict: Verdict::NotAddressed,
            answer: None,
        };
    };
    let in_passage: Vec<usize> = (p.first..p.first + p.len).collect();
    if let Some(j) = disowning(&in_passage) {
        return j;
    }
    // The passage's own stance. Declining to comment ("it would not be appropriate for me
    // to comment or speculate on the outcome at this stage.") refuses nothing asked when the
    // next sentence of the same paragraph decides: that is the reply's conclusion ("I want
    // to see the outcome before I consider whether any next steps are necessary.").
    let within = (p.first..p.first + p.len)
        .filter(|&i| about_it(p, i))
        .find_map(|i| Some((i, deciding(replies, i)?)))
        .map(|(i, st)| {
            let next = i + 1;
            let same_para = matches!(
                (sents.get(i), sents.get(next)),
                (Some(x), Some(y)) if x.turn == y.turn && x.para == y.para
            );
            let only_declines =
                st == Stance::Refuses && sents.get(i).is_some_and(|s| declines_to_tell(s.text));
            match deciding(replies, next) {
                Some(later) if only_declines && same_para && later != st => (next, later),
                _ => (i, st),
            }
        });
    // A point put and granted or denied in a word ("I agree.", "No.") has no stance to read.
    let within = within.map(|(i, st)| (i, st.verdict())).or_else(|| {
        (p.first..p.first + p.len)
            .filter(|_| *put_as_a_point.get_or_init(|| asks_to_grant(ask)))
            .find_map(|i| Some((i, opening_verdict(sents.get(i)?.text)?)))
    });
    match within {
        Some((i, v)) => judged(v, one(i)),
        // "The powers are in place": what was asked is already done.
        None if (p.first..p.first + p.len)
            .filter_map(|i| sents.get(i))
            // Not a point recounted ("The point has been made that people already have
            // great access").
            .any(|s| already_done(s.text) && !super::cues::only_recounts_others(s.text)) =>
        {
            judged(Verdict::Agreed, p)
        }
        None => judged(Verdict::Responded, p),
    }
}
