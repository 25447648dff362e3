//! The phrase lists behind the editorial judgments, kept as data a reader can review.
//!
//! - What a Government sentence does (its *stance*): refuses, defers, commits or announces,
//!   from how ministers actually speak ("we have no plans to", "I will write to", "I am happy
//!   to", "£20 million"). A sentence takes the first stance whose list it matches, in that
//!   order: "we will not" is a refusal before it is a commitment, and "I will write to" a
//!   deferral.
//! - Whether a sentence reads on its own: it must not open by pointing back at something
//!   unsaid ("That is why", "He mentioned", "However,"), nor be a courtesy, a declaration of
//!   interest, an apology or a tribute.
//!
//! Every phrase is matched on whole words of the sentence lowercased with its punctuation
//! folded to spaces (`text::normalise_for_match`), so "can't" is written "can t" here.

mod clauses;
mod deferrals;
mod granting;
mod information;
mod intentions;
mod lists;
mod negation;
mod promises;
mod relative;
mod role_lists;
mod signposts;
mod stances;
mod subjects;
mod telling;
mod tense;
mod tribute;
mod unmade;
mod voice;
mod withdrawal;

pub use clauses::thanks_then_decides;
pub use deferrals::*;
pub use granting::{
    asks_for_more, asks_to_grant, asks_to_meet_or_talk, denies, gives_more, grants,
    grants_another_point, only_offers_meeting, opening_verdict, speaks_of_meeting,
};
pub use information::asks_information;
pub use intentions::{AskedOfDisowned, asked_of_disowned, disowned_in};
pub use lists::*;
pub use promises::*;
pub use role_lists::*;
pub use signposts::*;
pub use stances::*;
use subjects::has_money_sign;
pub use subjects::{about_inquiry, about_money, asks_for_inquiry, names_money};
pub use telling::declines_to_tell;
pub use tense::{already_done, in_place};
use tense::{dated_future, looks_back};
pub use tribute::{opens_in_praise, praises_a_member};
pub use voice::{
    answers_a_question, only_recounts_others, passes_on, recounts_others, stresses, sums_up,
};
use voice::{forecasts, warns_of_harm};
pub use withdrawal::asks_to_withdraw_amendment;

use super::text::spaced_normalised;
use crate::model::Stance;
use crate::phrase_table::{
    COMMIT, CONCEDE, DEFER, HEDGE_WORDS, NOT_CONTENT_STEMS, REST, STANCE_LISTS,
};
use clauses::{
    Disowned, deciding_stance, disowns_harm, in_purpose_clause, opens_conceding, passes_to_another,
    without_granted_fact, words_after,
};

/// The sentence's words, lowercased, punctuation folded, wrapped in spaces.
fn words_of(s: &str) -> String {
    spaced_normalised(s)
}

/// [`words_of`] without the hedging adverbs, for the stance lists: a hedge of several words
/// ("at this stage") dropped whole. No hedge shares a word with another, so dropping every
/// occurrence the table finds drops what reading the words in turn would.
fn plain_words_of(s: &str) -> String {
    let w = words_of(s);
    if !HEDGE_WORDS.is_match(&w) {
        return w;
    }
    let mut out = String::with_capacity(w.len());
    // Each hit is " hedge ": the hedge's words and the space after them are dropped.
    let mut kept = 0;
    let mut hits: Vec<_> = HEDGE_WORDS.overlapping(w.as_bytes()).collect();
    hits.sort_unstable_by_key(|h| h.start);
    for h in hits {
        if h.start + 1 >= kept {
            out.push_str(w.get(kept..=h.start).unwrap_or_default());
            kept = h.end;
        }
    }
    out.push_str(w.get(kept..).unwrap_or_default());
    out
}

/// The lists a stance is read from.
#[derive(Debug, Clone, Copy)]
enum List {
    Filler,
    NotContent,
    Refuse,
    /// A refusal cue that refuses for the Government only after a Government subject.
    RefuseBySomeone,
    Defer,
    Commit,
    Announce,
    Money,
    Actor,
}

/// The stance lists in the order `build.rs` joins them into `STANCE_LISTS`, and how many
/// patterns each has: a pattern's list is found from its number.
const STANCE_ORDER: [(List, &[&str]); 8] = [
    (List::Filler, FILLER),
    (List::NotContent, NOT_CONTENT),
    (List::Refuse, REFUSES),
    (List::Defer, DEFERS),
    (List::Commit, COMMITS),
    (List::Announce, ANNOUNCES),
    (List::Money, MONEY_WORDS),
    (List::Actor, GOVERNMENT_ACTORS),
];

/// The list of pattern number `k` of `STANCE_LISTS`; a refusal cue that needs a subject
/// apart.
fn list_of(mut k: usize) -> Option<List> {
    for (list, words) in STANCE_ORDER {
        match words.get(k) {
            Some(w) if matches!(list, List::Refuse) && REFUSES_NEED_SUBJECT.contains(w) => {
                return Some(List::RefuseBySomeone);
            }
            Some(_) => return Some(list),
            None => k -= words.len(),
        }
    }
    None
}

/// Which stance lists the words hold, as a set of bits by `List`; a refusal cue that needs
/// a subject counts as a refusal only after a Government subject.
fn lists_in(words: &str) -> u16 {
    let mut set = 0u16;
    for m in STANCE_LISTS.overlapping(words.as_bytes()) {
        let list = match list_of(m.pattern).as_ref() {
            Some(List::RefuseBySomeone) => {
                // The Government's side must be named, and named after any member ("I am
                // sorry that the hon. Gentleman was unable to attend" refuses nothing).
                let before = words.get(..m.start).unwrap_or_default();
                // "I was in Peru but was unable to visit the prison": what could not be done
                // then, not a refusal now.
                let tense = before.trim_end();
                if tense.ends_with(" was") || tense.ends_with(" were") {
                    continue;
                }
                let last = |list: &[&str]| {
                    before
                        .split_whitespace()
                        .enumerate()
                        .filter(|(_, w)| list.contains(w))
                        .map(|(i, _)| i)
                        .last()
                };
                match (last(GOVERNMENT_SUBJECTS), last(voice::MEMBER_SUBJECTS)) {
                    (Some(g), other) if other.is_none_or(|o| g > o) => List::Refuse,
                    _ => continue,
                }
            }
            // "We have no intention of undermining it" reassures; it refuses nothing. "We
            // will not abandon them" promises.
            Some(List::Refuse) if let Some(disowned) = disowns_harm(words, m.start, m.end) => {
                match disowned {
                    Disowned::Promises => List::Commit,
                    Disowned::Reassures => continue,
                }
            }
            // "To ensure that we will not have a repeat of the crisis": a purpose, not a refusal.
            Some(List::Refuse) if in_purpose_clause(words, m.start) => continue,
            Some(List::Refuse) if negation::doubts_a_fact(words, m.start, m.end) => continue,
            Some(List::Refuse) if clauses::hoped_for(words, m.start) => continue,
            Some(List::Refuse)
                if words.get(..m.end).is_some_and(|w| {
                    w.ends_with(" not ") || w.ends_with(" cannot ") || w.ends_with(" cannot be ")
                }) =>
            {
                let after = words.get(m.end..).unwrap_or_default();
                // What "cannot be" is, is a fact unless it is the matter or withheld.
                let cannot_be = m.end.checked_sub("cannot be ".len());
                if NOT_REFUSING_AFTER
                    .iter()
                    .any(|n| after.strip_prefix(n).is_some_and(|r| r.starts_with(' ')))
                    || cannot_be.is_some_and(|at| {
                        words.get(at..m.end) == Some("cannot be ")
                            && !negation::cannot_be_refuses(words, at)
                    })
                {
                    continue;
                }
                List::Refuse
            }
            // "We will not ..." commits to nothing; nor does the "we" of everyone ("we will
            // all have to get our heads around her constituency name").
            Some(List::Commit)
                if words
                    .get(m.end..)
                    .is_some_and(|a| a.starts_with("not ") || a.starts_with("all ")) =>
            {
                continue;
            }
            // Nor does one the sentence only supposes or denies (`supposed_or_denied`).
            Some(List::Commit)
                if words
                    .get(..m.start)
                    .is_some_and(clauses::supposed_or_denied) =>
            {
                continue;
            }
            // Nor does a warning of the harm that would follow ("if we do that again, we
            // will let down disabled and older people").
            Some(List::Commit) if words.get(m.end..).is_some_and(warns_of_harm) => continue,
            // Nor does a forecast of what we will see or know ("I think we will see work
            // coaches resume ...", "We shall know that at the end of the month"); "I shall
            // see that copies are placed in the Library" still promises.
            Some(List::Commit) if forecasts(words, m.start, m.end) => continue,
            // "Bringing it to the attention of" a department, keeping it in mind and taking
            // account of it defer only as a promise ("I rise to bring to the attention of the
            // House", "we must bear in mind", "on account of the weather" do not).
            Some(List::Defer)
                if words
                    .get(m.start..m.end)
                    .is_some_and(|cue| unmade::promise_unmade(cue.trim(), words, m.start)) =>
            {
                continue;
            }
            // "I am sure that he will continue to lobby": a member's "will" is no promise
            // of the Government's.
            // Nor is a forecast of what another will do ("We expect that an existing trust
            // will continue to appoint ...").
            // Nor is what was done, in a clause that describes a thing ("he opposes the very
            // measures that we have introduced").
            Some(List::Commit | List::Defer) if relative::not_the_governments(words, m.start) => {
                continue;
            }
            // Nor is the "will" of the House or a member an actor for money ("The House will
            // note that the addition of £15 million ...", "The hon. Gentleman will know that
            // last year the payments amounted to only £1.7 million").
            Some(List::Actor) if voice::said_of_the_house_or_another(words, m.start) => continue,
            // "I will respond to him in writing": how the speech answers is a promise to
            // write, not a signpost.
            Some(List::Filler) if unmade::writes_after(words, m.end) => continue,
            Some(&list) => list,
            None => continue,
        };
        set |= 1 << list as u16;
    }
    set
}

/// What a Government sentence does, if it does any of the four things; questions and
/// sentences too short to carry a position do none.
pub fn stance_of(s: &str) -> Option<Stance> {
    stance_counted(s, super::text::word_count(s))
}

/// [`stance_of`] for a sentence of `words` words (trimming changes no word count).
pub fn stance_counted(s: &str, words: usize) -> Option<Stance> {
    let t = s.trim();
    if t.ends_with('?') || words < 3 {
        return None;
    }
    // A promise given or withheld in its own words decides: "I can give that assurance."
    if t.contains(" give ")
        && let Some(st) = telling::promise_given(&plain_words_of(t))
    {
        return Some(st);
    }
    if words < 6 {
        // A short sentence commits to nothing it could be taken for ("We will see.", "I
        // shall be brief."), but the minister's own short deferral or refusal decides: "I
        // shall look into that.", "We will not."
        if !(t.starts_with("I ") || t.starts_with("We ")) {
            return None;
        }
        // "I will certainly do that.", "I shall do so." take on what was asked.
        let w = plain_words_of(t);
        let opens = [" i will ", " i shall ", " we will ", " we shall "];
        if opens.iter().any(|o| w.starts_with(o))
            && ![" not ", " never "].iter().any(|n| w.contains(n))
            && [" do that ", " do so ", " do this ", " do it "]
                .iter()
                .any(|d| w.ends_with(d))
        {
            return Some(Stance::Commits);
        }
        if w == " i am afraid not " || w == " i fear not " {
            return Some(Stance::Refuses);
        }
        return stance_counted_long(t).filter(|st| matches!(st, Stance::Defers | Stance::Refuses));
    }
    stance_counted_long(t)
}

/// [`stance_counted`] for a sentence long enough to be read for any stance.
fn stance_counted_long(t: &str) -> Option<Stance> {
    // "If he wants to meet me, we can set out a timeline": an offer, on a condition the
    // member meets by asking.
    if t.starts_with("If ") && granting::offers_to_meet(t) {
        return Some(Stance::Commits);
    }
    // "If there are any points that I cannot answer this evening, I will write": a condition
    // refuses and promises nothing, nor do thanks; the clause after them decides.
    let t = clauses::main_clause(t);
    let w = plain_words_of(t);
    // "I cannot promise that, but I will look at it": the clause that decides, when it has a
    // stance of its own.
    if let Some(st) = deciding_stance(t, &w) {
        return Some(st);
    }
    stance_of_words(t, w)
}

/// The stance of a sentence or clause `t` (trimmed, whatever its length) whose words, as
/// `plain_words_of` gives them, are `w`.
fn stance_of_words(t: &str, w: String) -> Option<Stance> {
    // "I accept that there are particular pressures": the rest of the sentence decides.
    if let Some(rest) = without_granted_fact(&w) {
        return stance_of_words(t, rest);
    }
    // "I am pleased to say that ...", "I can assure him that ...": so does what is told or
    // assured; with no stance of its own, it commits when `telling::what_is_told` says so
    // ("... that I have addressed those issues", "I can confirm that it will") and announces
    // what will be ("... that the group will be established"); "... that the matter has
    // been raised" does none of these.
    if let Some((rest, commits)) = telling::what_is_told(&w) {
        let to_be = rest.contains(" will ");
        return stance_of_words(t, rest)
            .or(commits.then_some(Stance::Commits))
            .or(to_be.then_some(Stance::Announces));
    }
    let set = lists_in(&w);
    let has = |l: List| set & (1 << l as u16) != 0;
    if has(List::Filler) || has(List::NotContent) {
        None
    } else if has(List::Commit) && opens_conceding(&w) {
        // "While we do not envisage ..., we are committed to ...": the main clause decides.
        Some(Stance::Commits)
    } else if (has(List::Refuse) || concedes_then_declines(&w) || passes_to_another(&w))
        && !negation::double_negative(&w)
    {
        Some(Stance::Refuses)
    } else if has(List::Defer) {
        Some(Stance::Defers)
    } else if has(List::Commit) {
        Some(Stance::Commits)
    } else if has(List::Announce)
        || ((has_money_sign(t) || has(List::Money)) && has(List::Actor) && !looks_back(&w))
        || dated_future(&w)
    {
        Some(Stance::Announces)
    } else {
        None
    }
}

/// True when a sentence signposts the speech ("I will start on a note of consensus", "I
/// will come on to that"): whatever "I will" it holds, it promises and answers nothing.
pub fn signposts(s: &str) -> bool {
    lists_in(&plain_words_of(s)) & (1 << List::Filler as u16) != 0
}

/// True when a sentence speaks of what a reply has not answered ("his other points", "any
/// points I have not covered"): a deferral that does is a promise on all of it.
pub fn covers_the_rest(s: &str) -> bool {
    REST.is_match(&words_of(s))
}

/// True when a sentence grants a point and turns on "but" to something other than the
/// Government's own words ("..., but that is the nature of a detention centre"): it decides
/// a reply, but is no position. "..., but I am minded to accept ..." is one.
pub fn concedes(s: &str) -> bool {
    let w = plain_words_of(s);
    let own = w
        .rsplit_once(" but ")
        .and_then(|(_, after)| after.split_whitespace().next())
        .is_some_and(|first| matches!(first, "i" | "we"));
    !own && concedes_then_declines(&w)
}

/// True for "[concession], but [something other than a commitment]": the words after the
/// last "but" decide, and a concession that turns on "but" declines unless what follows
/// commits or defers.
fn concedes_then_declines(w: &str) -> bool {
    if crate::scan::holds!(w.as_bytes(), b" but ").is_none() {
        return false;
    }
    let Some((before, after)) = w.rsplit_once(" but ") else {
        return false;
    };
    let opening: String = before
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    // What follows offers something meanwhile or says what is being done (`MEANWHILE`).
    let meanwhile = MEANWHILE.iter().any(|m| after.trim_start().starts_with(m));
    // "It will of course be delivered locally, but to a pattern that will allow ...": a
    // phrase that qualifies what was granted, with no "not" or "no" in it, declines nothing.
    let qualifies = ["to ", "with ", "within ", "through "]
        .iter()
        .any(|p| after.trim_start().starts_with(p))
        && !after.split_whitespace().any(|x| {
            matches!(
                x,
                "not" | "no" | "cannot" | "never" | "unable" | "nothing" | "without"
            )
        });
    // "Devolution is, of course, about not only doing things differently, but learning from
    // others": this "but" completes "not only"; nothing was conceded.
    let correlative = [
        "not only ",
        "not just ",
        "not merely ",
        "not simply ",
        "not solely ",
    ]
    .iter()
    .any(|n| before.contains(n));
    CONCEDE.is_match(&format!(" {opening} "))
        && !correlative
        && !meanwhile
        && !qualifies
        && !COMMIT.is_match(&format!(" {after}"))
        && !DEFER.is_match(&format!(" {after}"))
}

/// True when an ask invites the minister to join in praise ("Will the Minister join me in
/// congratulating ...?", "join with me in paying tribute to ..."): a minister asked so
/// who replies without declining has joined in.
pub fn joins_in_praise(s: &str) -> bool {
    let w = words_of(s);
    [" join me in ", " join with me in "].iter().any(|form| {
        w.match_indices(form).any(|(i, m)| {
            // "join me in also congratulating": an adverb may come first.
            words_after(&w, i + m.len(), 2)
                .iter()
                .any(|v| PRAISE.iter().any(|p| v.starts_with(p)))
        })
    })
}

/// What a speech says after its address to the chair or the House, if it opens with one
/// ("Mr. Speaker, I rise on a point of order" → "I rise on a point of order"; "My Lords, I
/// commend ..."): the words before the first comma, within the first 32 bytes, that name
/// the Speaker, the chair or their Lordships.
pub(crate) fn after_address(t: &str) -> &str {
    let t = t.trim_start();
    t.get(..t.floor_char_boundary(32))
        .and_then(|head| head.split_once(", "))
        .filter(|(to, _)| {
            let b = to.as_bytes();
            crate::scan::holds!(b, b"Speaker").is_some()
                || crate::scan::holds!(b, b"Chair").is_some()
                || crate::scan::holds!(b, b"Lords").is_some()
        })
        .map_or(t, |(to, _)| t.get(to.len() + 2..).unwrap_or(t))
}

/// Whether words (as `words_of` gives them) open by pointing back at something unsaid.
fn opens_pointing_back(words: &str) -> bool {
    let w = words.trim_start();
    // Most sentences open with a letter no such opening has: a byte's look first.
    let first = w.as_bytes().first();
    POINTS_BACK.iter().any(|p| {
        p.as_bytes().first() == first && w.strip_prefix(p).is_some_and(|rest| rest.starts_with(' '))
    })
}

/// Whether a sentence opens as a sentence does: not in lower case, which marks the rest of
/// one broken off by a quotation set out on its own ("... clause 3 states that the" /
/// "closure and stopping up of the public highway" / "over the railway was authorised ...").
/// Two records open a sentence in lower case on purpose, the speaker's name set apart before
/// it: a question tabled for oral answer ("Mr. Smith asked the Secretary of State ...") and,
/// in Australia, a member speaking by leave of the House ("by leave—On 2 August ...").
fn opens_as_a_sentence(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    !s.starts_with(char::is_lowercase) || s.starts_with("asked ") || s.starts_with("by leave")
}

/// True when a sentence can be quoted on its own: it opens as a sentence, is not broken off
/// ("... I can also assure him that the Government—", "The lease states:"), and neither
/// points back nor is a courtesy, declaration, apology or tribute.
pub fn reads_alone(s: &str) -> bool {
    if !opens_as_a_sentence(s) || s.trim_end().ends_with(['—', '–', '-', ':', ';', ',']) {
        return false;
    }
    let w = words_of(s);
    !opens_pointing_back(&w) && !NOT_CONTENT_STEMS.is_match(&w) && !super::text::is_courtesy(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_point_about_to_be_made_is_a_signpost() {
        for t in [
            "The other point that I will make to the Assembly is that very often Members are encouraged to respond to a changing situation.",
            "I propose to devote most of my remarks to the help given through the social security system, but I shall attempt to touch upon the specific issues raised.",
            "I shall attempt to do my best to assure her that the Bill's provisions are adequate.",
            "I will not speak at length, but we do not get ministerial statements quite so often in this place these days.",
            "I will not say this interrogatively, Mr Speaker, but he has the chance now to clear this up.",
            "If I may, I shall come later to what I can say on access to infrastructure.",
            "It is always a pleasure to visit my hon. Friend's constituency and my ministerial colleague or I will look forward to doing so in due course.",
            "I will sum up the debate on the Indigenous Education Amendment Bill 2007.",
            "I will just make a couple of quick comments in relation to the contribution of Senator McLucas.",
            "I will take the opportunity to clarify a couple of points that people have been getting hot under the collar about.",
            "I will stress one point that we may revisit when discussing the next amendment of my noble friend Lady Turner.",
            "The committee made several recommendations, which I will briefly address.",
            "If I may, I shall briefly outline to the House the specific offences that we propose to abolish.",
            "I will emphasise that the scheme is open to everyone.",
            "I shall reiterate the point that the noble Lord made.",
            "As I have been tempted in this direction, I shall make a correction to the suggestion that the number of quangos has risen.",
            "I shall cover that point in my further remarks.",
            "I will talk on those at the appropriate time.",
            "Time will not allow me to deal with all of them but, hopefully, I will get to the most important ones.",
            "Self-evidently, the hon. Gentleman and I will disagree on this matter.",
            "The Member asked about the quality of apprenticeships, and I will give a pen picture of where we are.",
            "The hon. Gentleman knows about it, so I will not prolong this point.",
            "You will be happy to know that I am not going to repeat them all when I move my amendment.",
            "Before finishing, I shall make two very small points.",
            "I will make one final point about the timetable.",
            "I will not be able to cover every point raised in the debate.",
            "I will not rehearse the arguments made in Committee.",
            "I will make some progress, if I may.",
        ] {
            assert!(signposts(t), "{t}");
            assert_eq!(stance_of(t), None, "{t}");
        }
        // Passing a point on is no signpost, however it is put.
        assert!(!signposts(
            "I will highlight his concerns to the Secretary of State."
        ));
        // A change made is no point made.
        assert_eq!(
            stance_of("I will make one change to the scheme before it opens in April."),
            Some(Stance::Commits)
        );
    }

    #[test]
    fn a_concession_then_what_is_being_done_declines_nothing() {
        assert_eq!(
            stance_of(
                "I understand the frustrations, but we are working with the Treasury to ensure that there are improvements."
            ),
            None
        );
        for t in [
            "I know that this is a controversial issue in Shropshire, but I hope that the hon. Gentleman is not going to turn it into a party political row.",
            "I know that goes wider than what is in the bill before us now but I want to take the opportunity to repeat that message.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        assert_eq!(
            stance_of("I understand his concern, but the scheme is right."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn neither_nor_denies_the_will() {
        for t in [
            "Neither I nor the Government will take lectures from the Conservative party on the TA.",
            "Neither the council nor we will accept that.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        assert_eq!(
            stance_of(
                "We have neither the money nor the time, so we will prioritise the northern line."
            ),
            Some(Stance::Commits)
        );
    }

    #[test]
    fn figures_of_the_years_gone_announce_nothing() {
        for t in [
            "We have rightly reduced Civil Service manpower by 20 per cent. in the past six years.",
            "Under this Government, defence expenditure has increased by 11 per cent. in real terms.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        assert_eq!(
            stance_of("The Government will increase the grant by 10 per cent. next year."),
            Some(Stance::Commits)
        );
    }

    #[test]
    fn a_decision_all_but_taken_is_a_position() {
        for t in [
            "I am currently minded to accept Lord Boyce's recommendations as written.",
            "The Government are minded to approve the scheme this year.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Announces), "{t}");
        }
        // It grants no ask by itself: after a concession it turns one down.
        assert_eq!(
            stance_of(
                "Of course we will note what the hon. Gentleman has said, but I am currently minded to accept Lord Boyce's recommendations as written in view of the logic behind them."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            stance_of("I am not minded to accept the amendment."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn an_aim_or_intention_of_the_government_commits_it() {
        for t in [
            "We aim to decarbonise our electricity sector fully by 2035.",
            "It is our intention to publish the strategy before Easter.",
            "The Government intend to make this name change to \"council tax rebate\".",
            "It is the Government's intention to bring forward proposals in the spring.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Commits), "{t}");
        }
        for t in [
            "It is not our intention to reopen the settlement.",
            "The Government do not intend to make any change.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Refuses), "{t}");
        }
        for t in [
            "Labour aim to cut the fund.",
            "The measures that we are planning to put into force are set out in the White Paper.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
    }

    #[test]
    fn continuing_to_feel_is_no_commitment() {
        for t in [
            "We continue to be concerned about those issues.",
            "We will continue to be very concerned about the situation.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        for t in [
            "We continue to fund the scheme in full.",
            "We will continue to be concerned, and we will press for access.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Commits), "{t}");
        }
    }

    #[test]
    fn what_cannot_be_conceived_otherwise_is_affirmed() {
        assert_eq!(
            stance_of(
                "I cannot conceive how local access forums would not be part and parcel of the coastal routes' development."
            ),
            None
        );
    }

    #[test]
    fn not_always_says_how_often_and_refuses_nothing() {
        for t in [
            "We cannot always say that about legislation, but they are common sense.",
            "We will not always agree on this, and that is healthy.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
        assert_eq!(
            stance_of("We cannot agree to that amendment."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn thanks_decide_nothing_and_the_clause_after_them_decides() {
        for (t, want) in [
            (
                "I thank my hon. Friend for his question; we will publish the report next month.",
                Stance::Commits,
            ),
            (
                "I am grateful to the hon. Lady for raising this, and I will write to her with the figures.",
                Stance::Defers,
            ),
            (
                "I thank him for his question—we have no plans to change the rules.",
                Stance::Refuses,
            ),
        ] {
            assert_eq!(stance_of(t), Some(want), "{t}");
            assert!(thanks_then_decides(t), "{t}");
        }
        for t in [
            "I thank the hon. Member for Bath for securing this debate.",
            "I thank the Member for his intervention, and I take his comments on board.",
            "I thank the noble Lord, Lord Freud, and the noble Baroness for their support.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
            assert!(!thanks_then_decides(t), "{t}");
        }
    }

    #[test]
    fn an_answer_to_the_question_just_put() {
        for t in [
            "There are two specific reasons.",
            "No, it is not.",
            "Yes. They cut the training instead.",
            "Because that is what they have done.",
            "The answer is that nobody knows.",
            "Of course not.",
        ] {
            assert!(answers_a_question(t), "{t}");
        }
        for t in [
            "Nobody knows how many officers there are.",
            "Nottingham has lost two branches.",
            "Yesterday the council met.",
            "There are many villages without a bus.",
        ] {
            assert!(!answers_a_question(t), "{t}");
        }
    }

    #[test]
    fn a_speech_that_sums_up() {
        assert!(sums_up(
            "In summary, the reforms we have proposed will work."
        ));
        assert!(sums_up("Finally, I thank the staff of the centre."));
        assert!(!sums_up(
            "I beg to move, That the Bill be now read a Second time."
        ));
        assert!(!sums_up("Finally the council has acted."));
    }

    /// Dropping hedges as a reader of the words in turn would, one hedge at a time.
    fn plain_words_by_reading(s: &str) -> String {
        let w = words_of(s);
        let words: Vec<&str> = w.split_whitespace().collect();
        let mut out = String::from(" ");
        let mut i = 0;
        while let Some(word) = words.get(i) {
            let hedge = HEDGES.iter().find_map(|h| {
                let n = h.split(' ').count();
                let here = words.get(i..i + n)?;
                h.split(' ').eq(here.iter().copied()).then_some(n)
            });
            match hedge {
                Some(n) => i += n,
                None => {
                    out.push_str(word);
                    out.push(' ');
                    i += 1;
                }
            }
        }
        if HEDGE_WORDS.is_match(&w) { out } else { w }
    }

    proptest::proptest! {
        #[test]
        fn hedges_are_dropped_as_reading_the_words_drops_them(
            words in proptest::collection::vec(
                "(then|now|at|present|this|stage|at present|at this stage|also|we|will|not|thenceforth|now\\.|,| )",
                0..14,
            )
        ) {
            for text in [words.join(" "), words.concat()] {
                proptest::prop_assert_eq!(plain_words_of(&text), plain_words_by_reading(&text), "{}", text);
            }
        }
    }

    #[test]
    fn a_position_said_again_is_still_a_position() {
        // "As I have said" repeats a position; it is no signpost.
        assert_eq!(
            stance_of(
                "As I have said, it would not be appropriate for me to comment on the proposals."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            stance_of(
                "We are very clear, as I have said today, that we will continue to negotiate."
            ),
            Some(Stance::Commits)
        );
        // So is a resolve kept or stressed.
        for t in [
            "The Government remain committed to investing in rail across the country.",
            "I remain committed to alleviating fuel poverty in Northern Ireland.",
            "We are fully committed to the programme and its timetable.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Commits), "{t}");
        }
    }

    #[test]
    fn the_clause_that_decides_a_sentence_of_two() {
        let s = |t| stance_of(t);
        // A promise after "but" decides, when the Government makes it.
        assert_eq!(
            s(
                "I cannot think of an immediate opportunity for a debate, but I will consider whether the Secretary of State should update the House."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "I cannot say whether that is continued at regular intervals, but I undertake to find out and let her know."
            ),
            Some(Stance::Defers)
        );
        // A hope is no promise; a refusal after "but" still refuses.
        assert_eq!(
            s(
                "We cannot presuppose the contents of the Queen's Speech, but I hope that we will have cross-party support."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("I will look at it, but I cannot promise anything at this stage."),
            Some(Stance::Refuses)
        );
        // After an opening concession, the main clause decides.
        assert_eq!(
            s("While we are committed to the scheme, we cannot fund the extension this year."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("However, although we cannot fund it now, we will look again at the bid next year."),
            Some(Stance::Defers)
        );
        // A main clause with no stance of its own leaves the sentence's.
        assert_eq!(
            s("Although I would not want to prescribe it myself, that is an admirable idea."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn money_announced_before_the_debate_is_history() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("A further £20 million of funding will go to redoubling the line to Kemble."),
            Some(Stance::Announces)
        );
        assert_eq!(
            s(
                "On 23 July, we announced a £1.1 billion electrification programme for the main line."
            ),
            None
        );
        assert_eq!(
            s(
                "In 2006 we announced more than $600 million to ensure free health care for veterans."
            ),
            None
        );
    }

    #[test]
    fn granting_a_fact_commits_to_nothing() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("I accept that the hon. Gentleman is genuine about the point that he makes."),
            None
        );
        assert_eq!(
            s("It has made decisions that have caused difficulties in the industry—I accept that."),
            None
        );
        // Granting that something should be done agrees; the rest of the sentence still counts.
        assert_eq!(
            s("I accept that the system of student loans should be examined more closely."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I accept that there are pressures, and we will publish a plan in the spring."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I accept the recommendations of the review in full and without delay."),
            Some(Stance::Commits)
        );
    }

    #[test]
    fn cannot_but_is_no_refusal() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("We cannot but conclude that the schools fell into disrepair over many years."),
            None
        );
        assert_eq!(
            s("I cannot think of a better way of celebrating the anniversary of the Act."),
            None
        );
        assert_eq!(
            s("We cannot fund the extension of the scheme this year."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn another_s_view_is_recounted() {
        assert!(recounts_others(
            "Network Rail believes that it would improve performance on the main line."
        ));
        assert!(recounts_others(
            "The Office of Rail Regulation concluded that there was not sufficient evidence."
        ));
        assert!(recounts_others(
            "As we have heard, the line is one of several options for the network."
        ));
        // A question reported: "wanted to know", "was interested to know", "wondered".
        assert!(recounts_others(
            "The hon. Member was interested to know how we will be reviewing the regulations."
        ));
        assert!(recounts_others(
            "She wanted to know how we will review them."
        ));
        // Two members named in full put the verb further in.
        assert!(recounts_others(
            "The noble Baroness, Lady Verma, and the noble Lord, Lord Addington, were \
             interested to know how we will be reviewing the regulations."
        ));
        assert!(!recounts_others(
            "If the noble Lord, Lord Addington, and his colleagues wish to meet, we will \
             be glad to hear what they think."
        ));
        assert!(!recounts_others(
            "We wanted to make sure that we will review them."
        ));
        // The Government's own view, a verb that is not the sentence's, or none at all.
        assert!(!recounts_others(
            "We believe that the scheme should go ahead."
        ));
        assert!(!recounts_others(
            "The Government concluded that the scheme should be funded in full."
        ));
        assert!(!recounts_others(
            "It is wrong to believe that more troops would settle the matter."
        ));
        assert!(!recounts_others(
            "The practice to which my hon. Friend referred may also be banned."
        ));
        assert!(!recounts_others(
            "The national rail budget cannot bridge the gap."
        ));
        assert!(!recounts_others(
            "There is a need, as he said, to ensure that it is communicated across the TA."
        ));
        // A report the Government goes on to answer is not only a report.
        assert!(only_recounts_others(
            "The regulator concluded that the evidence was not sufficient."
        ));
        // A point reported with no one named still recounts it.
        assert!(only_recounts_others(
            "The point has been made that people already have great access."
        ));
        assert!(!only_recounts_others(
            "It has been suggested that we should scrap the scheme, but that is not Government policy."
        ));
        assert!(!only_recounts_others(
            "My hon. Friend has raised a new point and I shall look into it."
        ));
        assert!(!only_recounts_others(
            "The operators argued for a new depot, but that is not Government policy."
        ));
        // A member's question reported is no position; its answer after it is.
        assert!(only_recounts_others(
            "The hon. Gentleman asked why the Government have not raised the £50,000 threshold."
        ));
        assert!(!only_recounts_others(
            "The hon. Gentleman asked why it was taking so long; I assure him that we will act."
        ));
        assert!(!only_recounts_others(
            "He also asks whether the police have the papers, and he knows that they have them."
        ));
    }

    #[test]
    fn a_sentence_marked_as_the_main_point() {
        assert!(stresses(
            "Crucially, the Court has today upheld the control principle."
        ));
        assert!(stresses(
            "Our position is clear: the UK firmly opposes torture in all its forms."
        ));
        assert!(stresses(
            "Let me be clear that the scheme prevents nobody from writing."
        ));
        // Only as an opening, and only the whole phrase.
        assert!(!stresses("The Court has, crucially, upheld the principle."));
        assert!(!stresses("Above-ground works will start next year."));
        assert!(!stresses("I stressed the point to the council last week."));
    }

    #[test]
    fn passing_on_what_the_speaker_was_told() {
        assert!(passes_on(
            "I understand that the staff contained the protest."
        ));
        assert!(passes_on("I have spoken to the operators about the depot."));
        assert!(!passes_on("I understand the frustration of the villagers."));
        assert!(!passes_on(
            "The council has told me that the depot will close."
        ));
    }

    #[test]
    fn an_invitation_to_join_in_praise() {
        assert!(joins_in_praise(
            "Will the Minister join me in thanking the volunteers of Upper Fell?"
        ));
        assert!(joins_in_praise(
            "Will he join me in also congratulating the service charities on their work?"
        ));
        assert!(joins_in_praise(
            "Will she join with me in paying tribute to the crew of the lifeboat?"
        ));
        // Joining in something other than praise is an ask like any other.
        assert!(!joins_in_praise(
            "Will he join me in urging management to seek a negotiated settlement?"
        ));
        assert!(!joins_in_praise("Will the Minister thank the volunteers?"));
    }

    #[test]
    fn handing_the_decision_to_someone_else_refuses() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("The financing of the proposed works is a matter for the trustees."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("Prices are a matter for the industries concerned, as I have made clear."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("I am afraid that none of that is a matter for me."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("As a private company, it is for Westland to decide the best route to follow."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s(
                "I recognise that it is for Fife Council to determine the shape of the school estate."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("It is for the Government to decide how the fund is spent next year."),
            None
        );
        assert_eq!(
            s("That is not a matter for the council in this case."),
            None
        );
        // So does saying whose responsibility it is, even with talks to continue; blame laid
        // on wrongdoers, or the Government's own responsibility, does not.
        assert_eq!(
            s(
                "Nonetheless, despite the fact that responsibility for the provision of services clearly lies with Orkney Islands Council, we will continue to engage with the council."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("Fire plans are the responsibility of the fire and rescue authorities."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s(
                "I emphasise that the responsibility for this crime rests with the people who committed it."
            ),
            None
        );
        assert_eq!(
            s("Responsibility lies with the Government, and we will act on it."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("Taxation has been a vexed matter for many years in this House."),
            None
        );
        assert_eq!(
            s("That is a matter for regret for everyone in this House."),
            None
        );
        assert_eq!(
            s("That is a matter for the Government and for nobody else."),
            None
        );
    }

    #[test]
    fn a_power_or_arrangement_already_in_place() {
        assert!(in_place(
            "To conclude, the powers are in place and the enforcers can use them."
        ));
        assert!(in_place(
            "Enforcers already have the powers to tackle misleading sale offers."
        ));
        assert!(!in_place(
            "I have already said that we will publish the review."
        ));
        assert!(!in_place("The review took place in the spring."));
        // A speech looking back on what it has done says nothing is in place.
        let looks_back =
            "I have tried to confirm that the powers are in place to deal with that issue.";
        assert!(!in_place(looks_back));
        assert!(!already_done(looks_back));
        assert!(already_done(
            "The powers are in place to deal with that issue."
        ));
        // Not a stance of its own: it decides a verdict and is listed as a standing position.
        assert_eq!(
            stance_of("The powers are in place to deal with that issue."),
            None
        );
    }

    #[test]
    fn stances_from_how_ministers_speak() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("We have no plans to change the scheme this year."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("It would not therefore be possible to make the guide mandatory."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("It is not right to seek answers that could prejudice a police investigation."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("We do not intend to end the five-week wait."),
            Some(Stance::Refuses)
        );
        // A disowned intention refuses a change, but only reassures about a harm.
        assert_eq!(
            s("It is not the Government’s intention to change the threshold of the cap."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("It is certainly not our intention to undermine or destroy it."),
            None
        );
        assert_eq!(
            s("We have no intention of closing the base in the years ahead."),
            None
        );
        assert_eq!(
            s(
                "I am sure that the House will not expect me to anticipate now in public the line we shall take at the next meeting."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s(
                "She is no longer in her place, and we will all have to get our heads around her constituency name."
            ),
            None
        );
        assert_eq!(
            s(
                "I know that it will take some time for the system to be delivered, but in the meantime, there may be people who could seek support from universal credit."
            ),
            None
        );
        assert_eq!(
            s(
                "I understand the hon. Gentleman's concern, but the scheme is the right one for claimants."
            ),
            Some(Stance::Refuses)
        );
        assert!(!already_done(
            "I have already answered the question about why the legacy benefits have not increased."
        ));
        assert!(already_done(
            "As I have already said, we are already funding the scheme."
        ));
        // What another may think, or a condition, is nothing done.
        for t in [
            "Local education authorities may consider that there are already adequate arrangements for supervision at midday.",
            "I strongly urge Aberdeen City Council to follow that example, if it is not already doing so.",
        ] {
            assert!(!already_done(t), "{t}");
        }
        // Saying where the speech goes next promises nothing.
        assert_eq!(s("In closing, I will go back to two points."), None);
        for t in [
            "However, if noble Lords will forgive me, I will avoid trespassing on matters that we will debate in the Coroners and Justice Bill.",
            "I will add also that we have seen the church demand that same right of freedom of conscience, and I agree with those organisations on that matter.",
            "There are many other points that I want to address but, recognising the limited time at my disposal, I will look to some that I have not covered so far.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        assert_eq!(
            s("I will add £5 million to the fund for rural bus routes."),
            Some(Stance::Commits)
        );
        // A promise to write on the rest is a deferral that covers what was left open.
        let rest = "I shall write to the hon. Lady on her other questions.";
        assert_eq!(s(rest), Some(Stance::Defers));
        assert!(covers_the_rest(rest));
        assert!(!covers_the_rest(
            "I will write to the hon. Lady with the figures."
        ));
        // Or to the whole debate, after a careful look.
        let all = "I will look very carefully at Hansard tomorrow and write to noble Lords on any of the points that I missed.";
        assert_eq!(s(all), Some(Stance::Defers));
        assert!(covers_the_rest(all));
        assert_eq!(
            s("I will write to all hon. Members who spoke in the debate."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("Generally, I will follow that up with the noble Lord if I may."),
            Some(Stance::Defers)
        );
        // Money by any of its names.
        assert!(about_money(
            "Who is paying, and what are central Government putting in?"
        ));
        assert!(about_money(
            "The national rail budget remains fully committed."
        ));
        assert!(!about_money(
            "Its staff spend a lot more time talking to families."
        ));
        assert_eq!(
            s("I will write to my hon. Friend with those numbers."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I would be happy to meet my hon. Friend and the industry."),
            Some(Stance::Commits)
        );
        for t in [
            "I would be more than happy to meet him to discuss the issues that he has raised.",
            "I am very happy to meet him or to ensure that a Minister meets him.",
            "Of course either I or a member of my ministerial team will meet my hon. Friend.",
            "I never refuse a meeting with a Member of this House, and I shall not refuse the hon. Gentleman.",
            "The Chancellor will be meeting a group including my hon. Friend to discuss these matters.",
        ] {
            assert_eq!(s(t), Some(Stance::Commits), "{t}");
        }
        assert_eq!(s("I am very happy to say that the talks went well."), None);
        // An assurance is decided by what it assures: another's doing is no position, the
        // Government's own doing commits, and what will be is announced.
        assert_eq!(
            s(
                "I can assure the hon. Gentleman that Network Rail always seeks to take the opportunity to do works where it is efficient to do so."
            ),
            None
        );
        assert_eq!(
            s(
                "I can confirm, however, that it is the intention of United Technologies that there should be substantial manufacture."
            ),
            None
        );
        assert_eq!(
            s("I assure her that we are working closely with Edwina Hart and her colleagues."),
            Some(Stance::Commits)
        );
        // What the speaker knows or feels is attention, not a deed.
        for t in [
            "As a previous Culture Minister, I can assure him that I am very well aware how the Arts Council does its accounting.",
            "I can assure the hon. Lady that we understand the strength of feeling in her constituency.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // The Government's own doing assured commits; weighing it now defers.
        assert_eq!(
            s("I can assure him that we are acting on the hon. Lady's concerns."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s(
                "I can assure him that on the ombudsman, the Government are considering the recommendations."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I assure him that we will keep this issue under very close review."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I can assure the hon. Gentleman that checks for volunteers will be free."),
            Some(Stance::Announces)
        );
        // The promise asked for, given in its own words, commits however short; withheld,
        // it refuses; giving anything else is no promise.
        for t in [
            "I can give that assurance.",
            "I give assurances on both points.",
            "I will give the hon. Gentleman that undertaking.",
            "I can give my hon. Friend that commitment.",
        ] {
            assert_eq!(s(t), Some(Stance::Commits), "{t}");
        }
        assert_eq!(s("I can give no such guarantee."), Some(Stance::Refuses));
        assert_eq!(s("I cannot give that assurance."), Some(Stance::Refuses));
        for t in [
            "I can give the hon. Gentleman an example.",
            "I can give her some information about the scheme.",
            "I give way.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // With no "that", the assurance commits as it stands.
        assert_eq!(
            s("I can assure him of my categorical follow-through on that."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("The council will meet next week to set its budget."),
            None
        );
        assert!(only_offers_meeting(
            "I am happy to meet him to discuss this in more detail."
        ));
        assert!(!only_offers_meeting(
            "I can confirm that it will, and I would be happy to meet the hon. Lady."
        ));
        assert!(!only_offers_meeting("We will publish the review in June."));
        assert!(only_offers_meeting(
            "I will be meeting the Princess Royal Trust for Carers to discuss how we might take this forward."
        ));
        // An offer on a condition the member meets by asking.
        assert_eq!(
            s("If he and the chamber of commerce want to meet me, we can set out a timeline."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("We will not introduce a cap on the fees charged."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("The fund brings together £150 million of support for business."),
            Some(Stance::Announces)
        );
        // Figures of the past are history, not an announcement; money that will be spent is.
        for history in [
            "The position pre-pandemic was that only 50% of the cost would be funded by Government.",
            "Since 2010, the Government have put forward over £100 billion of investment in rail.",
            "Over the last few years running our railways has cost every household £1,500.",
            "In our 2006 consultation, we proposed to increase the charge for cars to £1.50.",
            "In April 2021, we reduced the cap on standard deductions to 25%.",
            "Scottish companies received a total of £247,000 of funding from the programme in 2008.",
        ] {
            assert_eq!(s(history), None, "{history}");
        }
        // A figure of the country or an industry, with "our", announces nothing; nor does
        // one the House or a member "will note" or "will know".
        for description in [
            "The House will note that the addition of £15 million to the science budget corresponds to the bid.",
            "The hon. Gentleman will know that last year the payments amounted to only £1.7 million.",
            "Our demand for electricity is growing unchecked by almost 2½ per cent a year.",
            "With annual expenditure of about £10 billion, the UK oil and gas industry makes a massive contribution to our economy.",
        ] {
            assert_eq!(s(description), None, "{description}");
        }
        // A financial year, a bound to come or what we have done this year is news.
        for news in [
            "We estimate that they should see an average decrease of £950 in their rates for 2010-11.",
            "We are reducing the saving by £2.5 million to fund one training evening from now until April 2010.",
            "I am delighted that in 2010 we have secured an additional £10 million for schools.",
        ] {
            assert_eq!(s(news), Some(Stance::Announces), "{news}");
        }
        assert_eq!(
            s(
                "Consequentials that were received in the Budget, £23.8 million, will be used first for the project."
            ),
            Some(Stance::Announces)
        );
        assert_eq!(s("The weather in the north was poor last week."), None);
        // What will happen, and when, is announced; so is what will not.
        for dated in [
            "We expect that most of the backlog will be cleared by this March.",
            "Firms will also need to start risk assessing for that content by the end of this year.",
            "The pilot will start in the south-west region in April 2010.",
            "There will be no restriction on people with conditions such as PTSD.",
        ] {
            assert_eq!(s(dated), Some(Stance::Announces), "{dated}");
        }
        assert_eq!(
            s("The pilot went well in the south-west by all accounts."),
            None
        );
        // Pleased to tell the House something, not to speak or to follow a member.
        assert_eq!(
            s("I am pleased to announce that the review of dog control legislation is complete."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I am pleased to follow my hon. Friend the Member for Sherwood in this debate."),
            None
        );
        // Where members will next meet is no promise.
        assert_eq!(
            s(
                "We are in an unusual place today, but we will be seeing each other again next Monday at questions."
            ),
            None
        );
        assert_eq!(
            s("I will make this point now, although I was going to come on to it later."),
            None
        );
        // A speech saying what it will cover, or following the chair's call, promises
        // nothing; coming back to a member with figures does.
        for signpost in [
            "I shall speak to new clauses 2, 3, 4 and 5, and amendments 6 to 8.",
            "I will be going into those in more detail later in my speech.",
            "First, I shall explain more fully the resources which the Government are making available.",
            "I was not sure who would open the debate, but I am happy to follow your instructions.",
            "What I will announce today has been heavily influenced by a range of factors.",
            "I shall take some of the main themes raised this afternoon and try to respond in broad terms.",
            "There are two points to be made here—I shall come back to the second—and the first is that spending includes Sellafield.",
        ] {
            assert_eq!(s(signpost), None, "{signpost}");
        }
        assert_eq!(
            s(
                "Once we have some figures, I shall return to my right hon. Friend to discuss his suggestion."
            ),
            Some(Stance::Commits)
        );
        // Money the Government has not got refuses; money others lack is a fact reported.
        for refusal in [
            "The national rail budget remains fully committed up to 2014 and cannot bridge the funding gap.",
            "There is no money available for the scheme in this spending period.",
            "The Department cannot afford to fund the scheme that the region has proposed this year.",
        ] {
            assert_eq!(s(refusal), Some(Stance::Refuses), "{refusal}");
        }
        assert_eq!(
            s("Many families cannot afford to heat their homes this winter, and that is a worry."),
            None
        );
        assert_eq!(s("Will the Minister publish the figures this year?"), None);
        // A refusal needs the Government to refuse: a country that will not accept its
        // citizens back is a fact reported, the Department that will not accept a claim
        // refuses it.
        assert_eq!(
            s("Some people destroy their papers and their home country will not accept them."),
            None
        );
        assert_eq!(
            s("The Department does not accept that the scheme is unfair."),
            Some(Stance::Refuses)
        );
        // So does a wish disowned: the Government's own, not that of the people it speaks of.
        assert_eq!(
            s("We all understand the pressures that mean that people would not want to ask."),
            None
        );
        for t in [
            "I certainly would not want to prejudge the review.",
            "The Government would not want to fix a date now.",
            // Seeing no point, after a promise to keep it under review, decides.
            "The matter will be kept under review, but I do not think there is any point in keeping tables and chairs empty.",
            "I do not see the point of another review.",
        ] {
            assert_eq!(s(t), Some(Stance::Refuses), "{t}");
        }
        assert_eq!(s("Members do not see the point of the change."), None);
        // "Will not have to" frees; it does not refuse.
        assert_eq!(
            s("The payment is tax-free and inflation-proofed, so we will not have to review that."),
            None
        );
        // A concession opening the sentence gives way to its main clause.
        assert_eq!(
            s(
                "However, while we do not envisage never detaining families, we are committed to finding alternatives."
            ),
            Some(Stance::Commits)
        );
        // A double negative affirms.
        assert_eq!(
            s(
                "Yes, the money will come from the defence budget, but I do not think that it is unaffordable."
            ),
            None
        );
        assert_eq!(
            s("We do not think that it would be right to change the rules."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("I can sense it from Opposition Members and I do not think it is misplaced."),
            None
        );
        // Not ruling a thing out keeps it open; ruling it out refuses.
        for t in [
            "In those circumstances, cutting a particular programme cannot be ruled out.",
            "I would not rule out a review of the scheme at some point.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        assert_eq!(
            s("We rule out any increase in the levy this year."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn questions_that_ask_to_be_told_are_told_apart_from_asks_for_action() {
        assert!(asks_information("How many branches closed last year?"));
        assert!(asks_information(
            "It would be helpful if the Minister could indicate whether those discussions are now under way."
        ));
        assert!(asks_information(
            "Does my right hon. Friend have any idea how much of the £8,000 would be kept by the private insurance company?"
        ));
        // The address that opens a question in the Lords or to the chair is no part of it.
        assert!(asks_information(
            "My Lords, is the Minister satisfied that ASBOs are working?"
        ));
        assert!(asks_information(
            "Mr Speaker, how many branches closed last year?"
        ));
        assert!(!asks_information(
            "My Lords, will the Minister meet the families?"
        ));
        // Asked to give a promise, the minister is asked to act, not to tell.
        assert!(!asks_information(
            "Can my hon. Friend give me an assurance that that building will not close?"
        ));
        assert!(!asks_information(
            "Will he also give a commitment to work with the British Government?"
        ));
        assert!(asks_information(
            "Can the Minister give us the figures for last year?"
        ));
        assert!(asks_information(
            "I hope that the Minister will take the opportunity to give us a little more detail about the nature of those efforts."
        ));
        assert!(!asks_information(
            "Would the Minister be willing to meet me and two representatives to explore in a little more detail some of the issues?"
        ));
        // So is a clause of condition or circumstance before the question.
        for t in [
            "Given the Minister's optimistic tone, is he confident that the anaemic growth will be bettered?",
            "If the Prime Minister is genuine about preventing strikes, will he tell this House how many meetings he has had?",
            "For example, why am I expected to hand on a letter to a constituent?",
        ] {
            assert!(asks_information(t), "{t}");
        }
        assert!(!asks_information(
            "If the Minister will not increase the grant this year, will he at least meet me to discuss it?"
        ));
        assert!(asks_information(
            "Does this mean that the decision will be made before the Prime Ministers' meeting in September?"
        ));
        assert!(asks_information(
            "Can the Minister throw light on whether that covers those who come here for military training?"
        ));
        // A tabled question for an update, an assessment or a statement asks to be told.
        assert!(asks_information(
            "1. asked the Minister for Social Development for an update on the Royal Exchange development in Belfast."
        ));
        assert!(asks_information(
            "2. asked the Minister for Social Development for her assessment of the services delivered by the new service provider for the warm homes scheme."
        ));
        assert!(asks_information(
            "asked the Secretary of State for Commonwealth Relations if he will make a statement on his talks with the Finance Minister of India."
        ));
        assert!(asks_information(
            "Can the Minister tell the House when the review will be published?"
        ));
        assert!(asks_information(
            "Will the CCTV coverage be available to the board?"
        ));
        assert!(!asks_information(
            "Will the Minister publish the review this year?"
        ));
        // A question as tabled is read from its question word, as the modern form is.
        assert!(asks_information(
            "asked the Chancellor of the Exchequer what representations he has received from small businesses."
        ));
        assert!(asks_information(
            "To ask His Majesty's Government what plans they have for the island ferry services."
        ));
        assert!(!asks_information(
            "asked the Secretary of State for Defence if he will order more Harrier aircraft."
        ));
        // Its number on the Order Paper aside.
        assert!(asks_information(
            "7. asked the Minister of Agriculture and Rural Development what percentage of her plan is based on cuts."
        ));
        assert!(!asks_information(
            "12. asked the Secretary of State if he will order two more ships for the fleet."
        ));
        // A question to the minister after a short preface is read on its own.
        for t in [
            "With that in mind, will the Minister outline what impact the review will have on apprenticeships, which, up until now, have been seen as less than perfect?",
            "Furthermore, will he outline the rationale behind the changes that he intends to make to the board?",
        ] {
            assert!(asks_information(t), "{t}");
        }
        assert!(!asks_information(
            "With that in mind, will the Minister reverse the changes that he intends to make to the board?"
        ));
        assert!(!asks_information(
            "If so, can we expect an update from the police as to when these investigations will conclude?"
        ));
        // Whether they are willing to act, or a meeting asked for with a question for facts,
        // asks for something to be done.
        assert!(!asks_information(
            "Is the Prime Minister willing to meet me and other MPs to discuss the case?"
        ));
        assert!(!asks_information(
            "Is the Minister prepared to make any special provision for special schools?"
        ));
        assert!(!asks_information(
            "What pressure can he place on councils, and will he or one of his team meet me to discuss it?"
        ));
        assert!(asks_information(
            "Can I ask what the Minister is prepared to do about it?"
        ));
        assert!(asks_information(
            "Will my right hon. Friend remind us of who is paying for all this?"
        ));
        assert!(asks_information(
            "Can the Minister advise the Senate when the Prime Minister will respond?"
        ));
        // Asking him to confirm when, how or what is asking to be told.
        assert!(asks_information(
            "Can the Minister confirm when he expects the review to report to him?"
        ));
        // A request to be told, in the past tense of politeness.
        assert!(asks_information(
            "I would be grateful if the Minister enlightened us about how the pilots are going."
        ));
        // Asking to be shown how, why or whether is asking to be told.
        assert!(asks_information(
            "Can the Government now lay out how the £400 energy discount will be delivered?"
        ));
        assert!(asks_information(
            "Can the Secretary of State say whether the Government now agree?"
        ));
        assert!(asks_information(
            "The minister needs to explain how he will protect the fishing grounds."
        ));
        assert!(!asks_information(
            "The minister needs to protect the fishing grounds."
        ));
        // The question after a dash asks for a reason; a dash before "will he" asks for action.
        assert!(asks_information(
            "Clearly, they were not—so why should we have confidence in the assurances?"
        ));
        assert!(!asks_information(
            "The figures are stark—will the Minister act before the winter?"
        ));
        // So does one after a comma, but not a relative clause.
        assert!(asks_information(
            "First, if there should be interruptions in supply, what emergency measures do \
             the Government have in mind?"
        ));
        assert!(asks_information(
            "Trust is easily lost, so how do the Government plan to be trusted again?"
        ));
        // "So why" asks for a reason though a phrase follows it.
        assert!(asks_information(
            "It should have been a warning to the Government, so why did they not plan to \
             fund their own target, especially when we are in a war?"
        ));
        assert!(!asks_information(
            "The scheme is failing, so will the Minister act now, before the winter?"
        ));
        // And one after a semicolon.
        assert!(asks_information(
            "Nationally, there are 700,000 companies, most of them small ones, facing rates \
             rises; what assessment has the Minister made of how many of them will go bust?"
        ));
        assert!(!asks_information(
            "Does that not reinforce the case for a Tobin tax, which could raise £400 billion?"
        ));
        assert!(!asks_information(
            "Does the noble Lord recollect that, when murder was a capital offence, a jury \
             could recommend mercy?"
        ));
        // "Will there be ...?" asks for the thing to exist.
        assert!(!asks_information(
            "Will there be an independent inquiry into what happened?"
        ));
        assert!(!asks_information(
            "However, will there now be a watching brief on intelligence sharing?"
        ));
        // A reply can decline to tell, which refuses a question that asks to be told.
        assert!(declines_to_tell(
            "He knows that I cannot talk about that case because it is before the courts."
        ));
        assert!(declines_to_tell(
            "I firmly repeat what I said at the beginning: I will not get into predicting levels of intimidation."
        ));
        // A question after a linking word is read from its question word.
        for q in [
            "Moreover, what circumstances qualify a family to be issued with a certificate?",
            "Furthermore, how many families have applied?",
        ] {
            assert!(asks_information(q), "{q}");
        }
        assert!(!declines_to_tell(
            "I can tell the House that 80 more will open."
        ));
    }

    #[test]
    fn sentences_that_point_back_or_are_courtesies_do_not_read_alone() {
        assert!(!reads_alone("That is why we must act on the figures."));
        assert!(!reads_alone("He mentioned dementia and the care it needs."));
        assert!(!reads_alone("However, the scheme will go ahead next year."));
        assert!(!reads_alone(
            "I declare an interest as a member of the union."
        ));
        assert!(!reads_alone(
            "I pay tribute to the hon. Member for Swindon."
        ));
        assert!(!reads_alone(
            "I wish to place on the record my gratitude to the steering group for its work."
        ));
        assert!(!reads_alone(
            "I want to put on record my thanks to the staff of the jobcentres."
        ));
        assert!(!reads_alone(
            "over the railway was authorised by the Order, and the board was entitled to close it."
        ));
        assert!(!reads_alone(
            "\u{201c}and that the lease be renewed\u{201d} on this date."
        ));
        assert!(!reads_alone(
            "I can also assure him that the Government\u{2014}"
        ));
        assert!(!reads_alone("The lease states:"));
        assert!(reads_alone(
            "Rural bus routes have fallen by a third since 2010."
        ));
        assert!(reads_alone(
            "\u{201c}Safe crossings save lives\u{201d} is its slogan."
        ));
        assert!(reads_alone(
            "asked the Secretary of State for Energy when he expects to publish a draft licence."
        ));
        assert!(reads_alone(
            "Theft of farm machinery has doubled in five years."
        ));
    }

    #[test]
    fn waiting_on_an_outcome_defers_and_a_leaning_against_refuses() {
        let s = |t| stance_of(t);
        // "We will" alone would commit; waiting before deciding promises only a decision.
        assert_eq!(
            s("We will wait for the outcome of the review before deciding whether to act."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("We will await the report of the inquiry before taking a decision."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("We intend to consider the merits of the better-use options as well."),
            Some(Stance::Defers)
        );
        // Telling the member to wait for what another will say defers; a waiting list
        // is no promise.
        assert_eq!(
            s(
                "The hon. Member and the House will have to await what my right hon. Friend \
               has to say at the conclusion of Question Time."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I am afraid the hon. Gentleman will have to wait for the Budget."),
            Some(Stance::Defers)
        );
        assert_eq!(s("Patients will have to wait for treatment."), None);
        // Expecting or awaiting the work a decision waits on defers it; money expected, or
        // a report that others expect, does not.
        assert_eq!(
            s("I expect to receive an update on that work later in the year."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("Obviously, we are awaiting the outcome of the Appeal Court hearing."),
            Some(Stance::Defers)
        );
        assert_ne!(
            s("We expect to receive £2 billion from the fund next year."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "Under normal circumstances, families should expect to receive the report within six weeks."
            ),
            None
        );
        // Acknowledging what cannot be escaped, or how much the reply can cover, refuses
        // nothing.
        assert_eq!(
            s("We cannot get away from the issue at the heart of this matter, the price of gas."),
            None
        );
        assert_eq!(
            s(
                "I am sorry that it will not be possible to respond to all the points made in the debate."
            ),
            None
        );
        // Referring it to the department that decides defers; a power to refer promises
        // nothing.
        assert_eq!(
            s("However, I shall refer my hon. Friend's comments to the Department for Business."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "There is a power under section 9 of the Act to refer the matter to a Joint Committee."
            ),
            None
        );
        // So does bringing it to the attention of, or asking, the Ministers who decide; a
        // member who brings something to the House's attention promises nothing.
        for t in [
            "My hon. Friend makes an important point, and I will bring it to the attention of Treasury Ministers.",
            "I shall draw the hon. Gentleman's remarks to the attention of the chairmen of the utilities concerned.",
            "In addition, I will ask my right hon. Friend the Secretary of State for Health to consider the matter.",
        ] {
            assert_eq!(s(t), Some(Stance::Defers), "{t}");
        }
        for t in [
            "I would like to bring to the attention of the House the work of the charity.",
            "They have done an important job in bringing this matter to the attention of the House.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // So does a promise to bear it in mind or take account of it; a reminder that "we
        // must bear in mind", or what a formula "will take account of", promises nothing.
        for t in [
            "I shall bear the hon. Member's application in mind.",
            "We shall certainly bear the matter in mind, but my hon. Friend has illustrated the fact that competition is fierce.",
            "We shall certainly take account of the hon. Gentleman's remarks and see whether we can boost the sales of other forms of saving certificates.",
            "In appointing members to the board, I will take into account the representations that I have received.",
        ] {
            assert_eq!(s(t), Some(Stance::Defers), "{t}");
        }
        for t in [
            "We must bear in mind that the scheme is still new to most of the councils.",
            "The new formula will take account of rurality in every area.",
            "Trains were cancelled on account of the weather in the north.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // Telling the House something promises nothing by itself: what is told decides, and
        // announces when it tells what will be.
        assert_eq!(
            s(
                "I am happy to say that the matter has been raised at official and ministerial level."
            ),
            None
        );
        assert_eq!(
            s(
                "I am pleased to say today that the group will be established and Derrick McClure will be its chair."
            ),
            Some(Stance::Announces)
        );
        assert_eq!(
            s("I am happy to say to the shadow Minister that we will absolutely do that."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I am pleased to tell the House that we cannot support the amendment."),
            Some(Stance::Refuses)
        );
        // Getting back to the member defers; people getting back to their posts do not.
        assert_eq!(
            s("I will get back to him shortly on that."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "One of my concerns has been that I can foresee people wanting to get back to their posts afterwards."
            ),
            None
        );
        // Moving on to a subject signposts; referring an exchange to the body that decides,
        // or telling the member when the answer is known, defers, even after a "but" and a
        // condition; an agreement the sentence only supposes commits to nothing.
        assert_eq!(s("I will move to the issue of bed closures."), None);
        assert_eq!(
            s("With the leave of the House, Mr Deputy Speaker, I shall make some brief remarks."),
            None
        );
        assert_eq!(
            s(
                "I do not know the circumstances, but I would be happy to refer this exchange to the local chief constable for examination."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "I cannot give the Member precise timing, but, if it would be helpful to him, I will inform him as soon as possible."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "There has been scaremongering about plans that are effectively non-plans, and which can become plans only if I agree to them."
            ),
            None
        );
        // Hoping that something will not happen refuses nothing.
        assert_eq!(
            s(
                "I hope that I will not embarrass the noble Lord by saying what I said in his absence last week."
            ),
            None
        );
        assert_eq!(s("I trust we shall not need to use these powers."), None);
        // Saying how the speech proceeds refuses nothing, whatever "do not plan to" it holds.
        assert_eq!(
            s("However, I do not plan to waffle just to fill up that time."),
            None
        );
        assert_eq!(
            s("The Government are minded not to proceed with the scheme."),
            Some(Stance::Refuses)
        );
        // Looking into it, keeping it under review, taking advice, writing: deferring.
        for t in [
            "I shall look into that.",
            "I shall consider that.",
            "I assure him that we will keep this issue under very close review.",
            "I do not have the information to hand but I am happy to write to John Wilson with it.",
            "I will need to clarify that and come back to my hon. Friend with more detail.",
            "I need again to take advice and perhaps I shall be able to come back to him.",
            "We will take note of any concerns that are expressed by organisations.",
        ] {
            assert_eq!(s(t), Some(Stance::Defers), "{t}");
        }
        // Not planning to do what was asked refuses; not planning a harm reassures.
        assert_eq!(
            s("We do not plan to introduce a cap on the fees."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("We have no plans to cut the global sum this year."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("I am not yet ready to name a date for it."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("He has not done the work and he is not ready to be a leader."),
            None
        );
        assert_ne!(
            s("We do not plan to reduce levels of training available to the reserves."),
            Some(Stance::Refuses)
        );
        // A short sentence decides only as the minister's own deferral or refusal.
        assert_eq!(s("We will not."), Some(Stance::Refuses));
        assert_eq!(s("We will see."), None);
        assert_eq!(
            s("If we flinch from it again, we will let down disabled and older people."),
            None
        );
        assert_eq!(s("I shall be brief."), None);
        assert_eq!(
            s("My Lords, I take note of the views expressed by my noble friend."),
            None
        );
        // Not yet: declining for the present refuses.
        for t in [
            "I suggest that at the moment a review would be precipitate.",
            "It would be premature to introduce legislation before we have responded.",
            "It is too soon to say what the fuel consumption will be.",
        ] {
            assert_eq!(s(t), Some(Stance::Refuses), "{t}");
        }
        assert_eq!(
            s("Premature births have risen by a tenth in the region."),
            None
        );
        assert_eq!(
            s("Our aspiration for commissioning the doubled track would then be December 2012."),
            Some(Stance::Announces)
        );
    }

    #[test]
    fn a_member_s_will_is_no_promise_of_the_government_s() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("I am sure that he will continue to lobby for that case in South Yorkshire."),
            None
        );
        assert_eq!(
            s("I know that my hon. Friend will look at the figures with great care."),
            None
        );
        assert_eq!(
            s("We will continue to work across Government to help the nation."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I will look at the figures and write to my hon. Friend."),
            Some(Stance::Defers)
        );
    }

    #[test]
    fn a_harm_disowned_reassures_and_a_promise_not_to_harm_commits() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("It would not be right to hamper the setting up of the new authority."),
            None
        );
        assert_eq!(
            s(
                "The proposed changes would not hamper that arrangement, and we would not want that to happen."
            ),
            None
        );
        assert_eq!(
            s("We will not abandon the people of that region at this difficult time."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("We will not forget the price that has been paid."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("We will not tolerate abuse of that kind in any of our schools."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("Saying that we will not stand for it—we will not be passive bystanders—matters."),
            Some(Stance::Commits)
        );
        // A change the member may be asking for stays a refusal, however it is put.
        assert_eq!(
            s("It would not be right to restrict sales periods to certain times of the year."),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s("We will not close the detention centre at Yarl's Wood this year."),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn emphasis_purpose_and_the_chair_are_no_refusal() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("We cannot forget the courage of those who work in this very hostile environment."),
            None
        );
        assert_eq!(
            s(
                "To ensure that we will not have a repeat of the crisis, reforms have been made to the sector."
            ),
            None
        );
        assert_eq!(
            s(
                "However, I will not try your patience, Mr. Deputy Speaker, and I will go straight to the amendments."
            ),
            None
        );
        assert_eq!(
            s(
                "I am grateful for your advice, Madam Deputy Speaker, and I will stick to the matter in hand."
            ),
            None
        );
        // Nor does sparing the House's time, or what a later debate will bring.
        for aside in [
            "We have heard powerful arguments about take-up campaigns, so I will not use the time of the House to run through them.",
            "We discussed those mechanisms in Committee, so I shall not take up the time of the House by repeating them.",
            "Perhaps here I am pre-empting the debate that we will have later.",
            "Let me address the other support that the Government will give to those sectors.",
        ] {
            assert_eq!(s(aside), None, "{aside}");
        }
        // Checking a point with someone looks into it.
        assert_eq!(
            s("I think that she is wrong about that, but I will check the point with Ofgem."),
            Some(Stance::Defers)
        );
        // Handing the matter to others declines it.
        assert_eq!(
            s(
                "That is a comment from the hon. Gentleman to his own Front-Bench colleagues, so I shall leave them to deal with it."
            ),
            Some(Stance::Refuses)
        );
    }

    #[test]
    fn unpersuaded_refuses_and_a_decision_to_come_defers() {
        let s = |t| stance_of(t);
        assert_eq!(
            s(
                "We remain unpersuaded of the need for the amendments, and I will do my best to explain why."
            ),
            Some(Stance::Refuses)
        );
        assert_eq!(
            s(
                "We have identified a small number of candidates, and we will take a decision in the next few months."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "We hope that noble Lords will not press their amendments, on the understanding that we will return to this matter at Third Reading."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I will take that question in two parts, Mr Speaker."),
            None
        );
        assert_eq!(
            s("I trust the Leader of the Opposition will continue to make the same contribution."),
            None
        );
    }

    #[test]
    fn what_cannot_be_is_a_fact_unless_it_is_the_matter_or_withheld() {
        let s = |t| stance_of(t);
        // Of the matter in hand, or of what the Government withholds: a refusal.
        for t in [
            "It cannot be right to require local authorities to train experienced teachers.",
            "That cannot be a purely local decision; it must have regional and national elements.",
            "We will look at infrastructure, but there cannot be a hard border on the island.",
            "Carte blanche cannot be given for moving money from capital to current expenditure.",
        ] {
            assert_eq!(s(t), Some(Stance::Refuses), "{t}");
        }
        // Of a thing named, after a relative "that", or as a reason: a fact.
        for t in [
            "Incidentally, the Tucano cannot be refuelled in flight, so its endurance is low.",
            "As the data were in code that cannot be read, a judgment was made by officials.",
            "A score is reached by adding the weight of each item lapsed because it cannot be afforded.",
            "Tough choices cannot be made without consequences, so let me be clear about them.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // Disagreeing refuses only when the Government's side disagrees.
        assert_eq!(
            s(
                "His Friends on the Front Bench do not agree that there should be additional spending."
            ),
            None
        );
        assert_eq!(
            s("I do not agree that there should be additional spending on it."),
            Some(Stance::Refuses)
        );
        // Doubting a fact refuses nothing; weighing a course of action does.
        for t in [
            "I do not think that there was any work or planning on reserves during the Conservative party's period.",
            "There has been a long-running debate, but we do not think that the people in Northern Ireland have had a corresponding opportunity to be consulted.",
            "I do not think it is hotly disputed.",
            "We do not think that there is any change from the agreed position.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        for t in [
            "I do not think that it would be right to do so.",
            "I do not think that I should publish the reply.",
            "We do not think that this particular way of circumventing it is a solution to the problem.",
            "I do not think it desirable to subsidise marriage during the course.",
            "I do not think that extended debate helps the situation.",
        ] {
            assert_eq!(s(t), Some(Stance::Refuses), "{t}");
        }
        // Disputing a view promises nothing that the view holds.
        assert_eq!(
            s(
                "I take issue with those who think that, even with the powers that we will have under the bill, we are not doing enough streamlining."
            ),
            None
        );
    }

    #[test]
    fn a_short_reply_takes_on_or_declines_what_was_asked() {
        for (t, st) in [
            ("I will certainly do that.", Some(Stance::Commits)),
            ("I shall do so.", Some(Stance::Commits)),
            ("We will do it.", Some(Stance::Commits)),
            ("I am afraid not.", Some(Stance::Refuses)),
            ("I will not do that.", Some(Stance::Refuses)),
            // Never: no commitment, whatever else it is.
            ("I will never do that.", None),
            ("We will see.", None),
            ("I shall be brief.", None),
        ] {
            assert_eq!(stance_of(t), st, "{t}");
        }
    }

    #[test]
    fn consideration_promised_and_a_decision_to_come_defer() {
        for t in [
            "I will give careful consideration to the points he has made.",
            "A decision will be made in the new year.",
            "I have instructed officials to examine the options.",
            "We are looking closely at the recommendations of the report.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Defers), "{t}");
        }
        for t in [
            "We have agreed to fund the scheme for a further two years.",
            "The UK Government has its own views on the issue, but we have agreed to work on a concordat.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Commits), "{t}");
        }
    }

    #[test]
    fn no_case_made_the_wrong_thing_and_a_rejection_refuse() {
        for t in [
            "My right hon. Friend sees no case for taking new powers.",
            "We see no case for a further review of the scheme at this stage.",
            "I do not believe that the case for a change has been made.",
            "That would not be the right thing to do at this time.",
            "This is not the right time to change the rules on sales periods.",
            "The Government have rejected that recommendation because it would cost too much.",
        ] {
            assert_eq!(stance_of(t), Some(Stance::Refuses), "{t}");
        }
        // Another body's rejection is a fact reported; complacency ruled out is no refusal.
        for t in [
            "The council have rejected the planning application for the site.",
            "There is no case for complacency about the state of the railways.",
        ] {
            assert_eq!(stance_of(t), None, "{t}");
        }
    }

    #[test]
    fn a_condition_and_a_member_s_inability_refuse_nothing() {
        let s = |t| stance_of(t);
        // The main clause after an opening condition decides.
        assert_eq!(
            s("If that is not possible, I will write to the hon. Gentleman with the details."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("If we cannot reach agreement with the region, we will legislate next year."),
            Some(Stance::Commits)
        );
        assert_eq!(
            s("I am sorry that the hon. Gentleman was unable to attend last week's debate."),
            None
        );
        assert_eq!(
            s("I note that the committee was unable to reach a unanimous view on that issue."),
            None
        );
        assert_eq!(
            s("I am afraid that we are unable to release the figures this year."),
            Some(Stance::Refuses)
        );
        // What could not be done then is no refusal now.
        assert_eq!(
            s("I was in Peru three weeks ago but unfortunately was unable to visit the prison."),
            None
        );
        // Taking a point back to the department is a promise to look at it.
        assert_eq!(
            s(
                "My hon. Friend makes a sensible point, and I will certainly take it back to the Department."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(s("I will take a moment to set out its background."), None);
        assert_eq!(
            s("I will simply note that the Government are keeping a close eye on all research."),
            None
        );
        assert_eq!(
            s("I want to set out what we have done so far and what the next steps will be."),
            None
        );
        assert_eq!(
            s("Let me make clear what I intend to do at Third Reading."),
            None
        );
        // The diary that opens Prime Minister's Questions promises nothing.
        assert_eq!(
            s(
                "In addition to my duties in the House, I shall have further such meetings later today."
            ),
            None
        );
        // Nor does a speech that says what it will come to promise it.
        assert_eq!(
            s("I will allude as quickly as I can to the specific comments that have been made."),
            None
        );
        assert_eq!(
            s("It is clear to me that we cannot lurch from parade to parade, year after year."),
            None
        );
        assert_eq!(
            s("The main sign that we shall not need imports is the productivity of the pits."),
            None
        );
        assert_eq!(
            s("The importance of the reserves to our defence cannot be overstated in any way."),
            None
        );
        assert_eq!(
            s("The importance of the senior charge nurse's role cannot be overestimated."),
            None
        );
        // Ruling out all but one way refuses nothing.
        assert_eq!(
            s(
                "We cannot design a system of care that treats them as anything other than unique individuals."
            ),
            None
        );
        assert_eq!(
            s(
                "We will do more to help the coastal towns, but that cannot be said of the Opposition."
            ),
            Some(Stance::Commits)
        );
        assert_eq!(
            s(
                "I cannot for the life of me understand why the Opposition are rejecting the guarantee."
            ),
            None
        );
        assert_eq!(
            s("I am afraid that it cannot be done within the current budget."),
            Some(Stance::Refuses)
        );
        // Disbelief and a lapse of memory refuse nothing.
        for t in [
            "I cannot believe it is due to a lack of demand.",
            "I cannot believe that that is the Opposition's intention.",
            "I cannot off the top of my head remember exactly what it is.",
            "I cannot recall the exact figure for last year.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        // Pointing a request for Government time to the House's other slots declines it; a
        // debate held in Westminster Hall declines nothing.
        for t in [
            "Again, that is something that could usefully be debated in Westminster Hall or on the Adjournment.",
            "We have had a number of debates on such issues, and that might possibly be a good topic for an Adjournment debate.",
        ] {
            assert_eq!(s(t), Some(Stance::Refuses), "{t}");
        }
        assert_eq!(
            s(
                "It is ironic that we are having this debate in Westminster Hall, where state trials were held."
            ),
            None
        );
        // A concession qualified, with nothing turned down, declines nothing.
        assert_eq!(
            s(
                "It will of course be delivered locally, but to a pattern and a set approach that will allow people to have consistency of care in different parts of the country."
            ),
            None
        );
        assert_eq!(
            s(
                "Of course we recognise the problem, but in the current financial climate it is simply not possible."
            ),
            Some(Stance::Refuses)
        );
        // A "but" that completes "not only" concedes nothing.
        assert_eq!(
            s(
                "Devolution is, of course, about not only doing things differently, but learning from the experiences of others."
            ),
            None
        );
        assert_eq!(
            s("Of course it is not only a question of money, but we cannot fund it this year."),
            Some(Stance::Refuses)
        );
        // Nor do candour, banter and bewilderment refuse anything.
        for t in [
            "I cannot pretend that I have been familiar with the term in primary or subordinate legislation.",
            "I am afraid that I cannot win with a comparison of that sort.",
            "I cannot understand how we could protect the range of features present without thinking about them.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
    }

    #[test]
    fn weighing_now_defers_unless_it_is_a_time_or_a_thing_weighed() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("I am considering my reply to the authorities."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("We are currently considering its report and recommendations."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "I can assure him that on the ombudsman, the Government are considering the Competition Commission's recommendations."
            ),
            Some(Stance::Defers)
        );
        // What is assured after a refusal decides.
        assert_eq!(
            s(
                "I cannot give an answer to my right hon. Friend or the House today, but I assure him that I am looking very carefully into what changes we could make to address that situation."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s(
                "That could be of very little value when we are considering local and regionalised issues."
            ),
            None
        );
        assert_eq!(
            s("In the posts that we are considering, people can be taken back after the election."),
            None
        );
    }

    #[test]
    fn what_others_will_consider_is_no_deferral() {
        let s = |t| stance_of(t);
        // A promise to answer in writing defers, however many words name who is written to;
        // what others must put in writing is no promise.
        assert_eq!(
            s(
                "Time will not permit me to respond to every query, but I shall contact the hon. Members who have taken part in this debate in writing on those issues."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I will reply in writing to those points I do not deal with today."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("If they want a public record of the rationale, they must put it in writing."),
            None
        );
        assert_eq!(
            s(
                "Let me mention some of the things that the Government are doing; I hope that other funders will consider them."
            ),
            None
        );
        assert_eq!(
            s("The master plan will look at strategies to develop the office market."),
            None
        );
        // "will reflect" the needs of an area defers nothing; reflecting on a point does.
        assert_eq!(
            s(
                "The balance of members appointed to each authority will reflect the needs of that area."
            ),
            None
        );
        assert_eq!(
            s("I will reflect on what the hon. Gentleman has said about the scheme."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I hope that noble Lords will reflect on that before we have more interruptions."),
            None
        );
        assert_eq!(
            s(
                "I am open to the argument, and I will take away the hon. Lady's suggestion of a lower certificate."
            ),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("The Department will consider the recommendations of the report in full."),
            Some(Stance::Defers)
        );
        // Raising a matter with another defers; raising a level does not.
        assert_eq!(
            s("I will raise the matter with them when I next have the opportunity."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("I will raise it with the Home Secretary."),
            Some(Stance::Defers)
        );
        assert_eq!(
            s("The new agency will raise standards across Scotland."),
            None
        );
        assert_eq!(
            s("In turn, this will raise the self-esteem of those students."),
            None
        );
        // Going on weighing a matter is a promise to weigh it; others' weighing is not.
        for t in [
            "That is a possibility that we will certainly continue to explore.",
            "I can also assure him that we will be considering its inclusion in the December report.",
            "The Government will continue to monitor closely the funds available to the company.",
        ] {
            assert_eq!(s(t), Some(Stance::Defers), "{t}");
        }
        for t in [
            "There is no evidence of mutation of the virus, although experts continue to monitor it very carefully.",
            "However, let us continue to examine the issues, devoid of personality.",
            // A forecast or a hope "in due course" is no promise to come back.
            "Amendment No. 1 would in due course reduce the additional expenditure to about £28 million.",
            "We believe that our proposals will meet those criteria and I hope that in due course they will be endorsed by the House.",
            // Nor is looking forward to something.
            "If that programme has reached financial close, then I look forward to being able to visit it in due course with her.",
            "We obviously appreciate the work of the Home Affairs Committee and look forward to discussion in due course.",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
        assert_eq!(
            s("The Government will respond to these recommendations in due course."),
            Some(Stance::Defers)
        );
    }

    #[test]
    fn a_forecast_of_what_we_will_see_promises_nothing() {
        let s = |t| stance_of(t);
        assert_eq!(
            s("As we get over this peak, I think we will see work coaches resume their work."),
            None
        );
        assert_eq!(
            s("We shall know that at the end of this month or the beginning of the next."),
            None
        );
        assert_eq!(
            s(
                "Within this debate, we will no doubt hear of instances in which things are not as good as we would want."
            ),
            None
        );
        assert_eq!(
            s(
                "One of the things that we will learn through the pilots is how data could be shared."
            ),
            None
        );
        // Seeing to it is a promise.
        assert_eq!(
            s("I shall see that copies are placed in the Library of the House."),
            Some(Stance::Commits)
        );
    }

    #[test]
    fn a_forecast_of_what_another_will_do_promises_nothing() {
        let s = |t| stance_of(t);
        for forecast in [
            "We expect that an existing foundation or trust will continue to appoint the majority of governors.",
            "My assessment of the proposals is that emergency response times in the Western Trust area will continue to improve.",
            "We can look forward, confident that UK forces will continue to be a force for good in the world.",
            "There is no doubt that it will continue to go ahead with United Technologies.",
            "I am sure that the developers will be available to talk to Mr McCann if he wishes.",
            "United Technologies has assured Westland that it will continue to maintain a design capability.",
            "The president of Agusta confirmed on Saturday that his company will continue to co-operate with Westland.",
            "We hope the Centre will be looking at all of these things in its work.",
        ] {
            assert_eq!(s(forecast), None, "{forecast}");
        }
        // The Government's own "will", and an assurance given to a member, still promise.
        for promise in [
            "We expect that we will continue to fund the scheme.",
            "I can confirm that the scheme will continue to pay those who qualify.",
            "The hon. Lady may be sure that the information will be available then.",
            "I have assured him that it will continue to be funded in full.",
            "I hope we will continue to fund the scheme in full.",
        ] {
            assert_eq!(s(promise), Some(Stance::Commits), "{promise}");
        }
    }

    #[test]
    fn an_answer_promised_for_later_defers() {
        let s = |t| stance_of(t);
        for t in [
            // A reply to come, to a committee or a consultation.
            "As set out in the Minister's letter to the Chair of the Committee, we will reply to the Committee on all its recommendations by 9 December.",
            "We will respond to the consultation in the spring.",
            // "Shall examine" weighs it, as "will examine" does.
            "I have not seen the Bristol proposal, but obviously I shall examine what the hon. Gentleman says.",
            // Details offered to the member, as a letter would give them.
            "I am happy to share details of that service with the member.",
            "If the hon. Gentleman would care to look at the figures, I would be happy to share them with him.",
            // A promise to write, made as an offer.
            "I am certainly happy to respond to them in writing.",
            "I would be happy to reply to him in writing.",
            // Weighing it, offered or promised, and raising it with another.
            "If she has particular concerns about relevant issues, she knows that I am happy to consider those points.",
            "I would be happy to look at that.",
            "We are prepared to look at them all within the same time scale.",
            "We still await the advice of the council, and we shall study it closely when it comes.",
            "Naturally, I shall raise the hon. Gentleman's points with the coal board's chief scientist.",
        ] {
            assert_eq!(s(t), Some(Stance::Defers), "{t}");
        }
        // Unwilling to weigh it refuses it; others' unwillingness is theirs.
        assert_eq!(
            s("I am not willing to consider a change."),
            Some(Stance::Refuses)
        );
        assert_ne!(
            s("Employers are not willing to consider a change."),
            Some(Stance::Refuses)
        );
        // Sharing with others, and others' willingness, promise the member nothing.
        assert_ne!(
            s("We will share the information with our partners in Europe."),
            Some(Stance::Defers)
        );
        assert_eq!(s("They are happy to put it in writing."), None);
        // A signpost promises nothing.
        assert_eq!(
            s("I will pass over the hon. Gentleman's comments on the budget."),
            None
        );
    }
}
