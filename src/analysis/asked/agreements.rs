//! One answer grants one ask: when the same sentence of the reply agrees to several asks,
//! it agrees to the one it shares most with.

use super::Judgment;
use crate::analysis::speakers::{Cast, Person};
use crate::analysis::summarise::Sentence;
use crate::model::{Answer, Verdict};

/// One answer grants one ask. When the same sentence of the reply is what agrees to
/// several asks ("I shall personally ensure that it never happens again" after three
/// questions, "Yes, I acknowledge that." after two), it agrees to the ask it shares most
/// with (`shared`; of equals, the last asked, which a reply such as "I absolutely agree"
/// follows); to the others it is a reply, not a yes. An answer that says it takes them all
/// ("all the points he has mentioned", "both of those") grants them all, and an ask that
/// goes on with the one before it (see [`refers_back_to_the_act`]) shares that one's agreement.
pub fn one_agreement_per_answer<'s>(
    asks: impl Iterator<Item = &'s Sentence<'s>>,
    judgments: &mut std::collections::HashMap<usize, (Verdict, Option<Answer>)>,
    shared: &dyn Fn(&Sentence, &str) -> f64,
) {
    // Each agreeing answer's best ask so far: (share, order), by the answer's text.
    let mut best: std::collections::HashMap<String, (f64, usize)> = Default::default();
    let mut agreed: Vec<(usize, String)> = Vec::new();
    // Each agreed ask's place, for telling one that goes on with another.
    let mut places: std::collections::HashMap<usize, (usize, bool)> = Default::default();
    for s in asks {
        let Some((Verdict::Agreed, Some(a))) = judgments.get(&s.order) else {
            continue;
        };
        if takes_them_all(&a.text) {
            continue;
        }
        let share = shared(s, &a.text);
        let slot = best.entry(a.text.clone()).or_insert((share, s.order));
        if share > slot.0 || (share == slot.0 && s.order > slot.1) {
            *slot = (share, s.order);
        }
        agreed.push((s.order, a.text.clone()));
        places.insert(s.order, (s.para, refers_back_to_the_act(s.text)));
    }
    // Two asks of one paragraph, the second pointing back at what the first asks, are one
    // request.
    let one_request = |a: usize, b: usize| {
        let (first, second) = (a.min(b), a.max(b));
        matches!(
            (places.get(&first), places.get(&second)),
            (Some((p1, _)), Some((p2, true))) if p1 == p2
        )
    };
    for (order, text) in agreed {
        if best
            .get(&text)
            .is_some_and(|&(_, b)| b != order && !one_request(b, order))
            && let Some(j) = judgments.get_mut(&order)
        {
            j.0 = Verdict::Responded;
        }
    }
}

/// True when an ask goes on with the one before it by pointing back at the act that one
/// asks for: "I ask the Minister whether he will engage with the parties ... It would be
/// helpful if he opened his door so that that process could take place." One answer grants
/// both. A question of its own ("Should the Government not cap harbour dues?") does not.
fn refers_back_to_the_act(ask: &str) -> bool {
    const BACK: &[&str] = &[
        "that process",
        "this process",
        "that to happen",
        "this to happen",
        "that happen",
        "this happen",
        " do so",
        " doing so",
    ];
    holds_any(ask, BACK)
}

/// True for an answer that says it covers every point put to it.
fn takes_them_all(answer: &str) -> bool {
    const ALL: &[&str] = &[
        "all the points",
        "all those points",
        "all these points",
        "all of those points",
        "both points",
        "both those points",
        "both of those",
        "both of them",
        "all of them",
        "each of those points",
    ];
    holds_any(answer, ALL)
}

/// True when `text`, in lower case, holds one of `phrases`.
fn holds_any(text: &str, phrases: &[&str]) -> bool {
    let low = text.to_lowercase();
    phrases.iter().any(|p| low.contains(p))
}

/// An agreement with another member is no yes to the asker: "My Lords, we agree almost
/// entirely with what the noble Lord, Lord Hunt, said on this issue." after Lord Thomas of
/// Gresford's question, or "I agree with Senator McLucas and Senator Alison that dental
/// health is a big issue" after Senator Polley's call, responds to it. An agreement that
/// names the asker too ("the first observation of the noble Lord, Lord Newby"), or speaks
/// to them ("I agree with him and with ..."), still grants.
///
/// So is a promise made to another member by name: "Malcolm Chisholm raised a number of
/// local issues, about which I am happy to write to him in detail" defers nothing Johann
/// Lamont asked; and a refusal in answer to another's questions ("To answer the questions
/// asked by the noble Lord, Lord Hannay, I cannot refer to individual cases") refuses
/// nothing another member asked.
pub fn the_askers(judged: Judgment, cast: &Cast, asker: usize) -> Judgment {
    match judged {
        (Verdict::Agreed, Some(a)) if agrees_with_another(&a.text, cast, asker) => {
            (Verdict::Responded, Some(a))
        }
        (Verdict::Deferred, Some(a)) if names_only_another(&a.text, cast, asker) => {
            (Verdict::Responded, Some(a))
        }
        (Verdict::Refused, Some(a)) if answers_another(&a.text, cast, asker) => {
            (Verdict::Responded, Some(a))
        }
        j => j,
    }
}

/// True when `answer` says whose question it answers, and that is another member ("To
/// answer the questions asked by the noble Lord, Lord Hannay, I cannot refer to individual
/// cases"): what it withholds is withheld from them.
fn answers_another(answer: &str, cast: &Cast, asker: usize) -> bool {
    const ANSWERING: [&str; 6] = [
        "questions asked by",
        "question asked by",
        "points raised by",
        "point raised by",
        "questions raised by",
        "question raised by",
    ];
    holds_any(answer, &ANSWERING) && names_only_another(answer, cast, asker)
}

/// Words of a name or seat that are no title ("Lord", "Mr"), in lower case.
fn name_words(text: &str) -> impl Iterator<Item = String> + '_ {
    const TITLES: &str = "lord lady baroness earl viscount bishop sir dame mr mrs ms miss dr \
        senator the of and hon deputy minister member";
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .filter(|w| !TITLES.split_whitespace().any(|t| t == w))
}

/// True when `answer` agrees with someone the debate's cast names, other than `asker`,
/// and names or points at no one else.
fn agrees_with_another(answer: &str, cast: &Cast, asker: usize) -> bool {
    // Found in the answer itself, case aside (a byte of ASCII space, so a char boundary):
    // lowercasing can change a text's byte offsets.
    let Some(at) = [" agree ", " accept ", " concede "]
        .iter()
        .filter_map(|v| {
            answer
                .as_bytes()
                .windows(v.len())
                .position(|w| w.eq_ignore_ascii_case(v.as_bytes()))
        })
        .min()
    else {
        return false;
    };
    // Whom it agrees with: up to "that" (the point agreed), within a few words.
    let whom: String = answer
        .get(at..)
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .take_while(|w| !w.eq_ignore_ascii_case("that"))
        .take(14)
        .collect::<Vec<_>>()
        .join(" ");
    const POINTING: [&str; 5] = ["him", "her", "you", "he", "she"];
    if whom
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| POINTING.contains(&w))
    {
        return false;
    }
    names_only_another(&whom, cast, asker)
}

/// True when `text` names someone of the debate's cast other than `asker`, by name or seat,
/// and does not name `asker`.
fn names_only_another(text: &str, cast: &Cast, asker: usize) -> bool {
    let named: Vec<String> = name_words(text).collect();
    let words_of = |p: &Person| {
        name_words(&p.name)
            .chain(p.constituency.iter().flat_map(|c| name_words(c)))
            .collect::<Vec<_>>()
    };
    let Some(own) = cast.person(asker).map(words_of) else {
        return false;
    };
    // Another is named by their surname (a peer's before the "of" of their territorial
    // title: "Lord Hunt" for Lord Hunt of Wirral) or by every word of their seat ("the hon.
    // Member for West Aberdeenshire and Kincardine"); "Natural England" names no one.
    let names = |p: &Person| {
        let title = p.name.split(" of ").next().unwrap_or_default();
        name_words(title).last().is_some_and(|w| named.contains(&w))
            || p.constituency.as_deref().is_some_and(|seat| {
                let mut words = name_words(seat).peekable();
                words.peek().is_some() && words.all(|w| named.contains(&w))
            })
    };
    !own.is_empty()
        && !named.iter().any(|w| own.contains(w))
        && cast
            .people
            .iter()
            .enumerate()
            .any(|(i, p)| i != asker && !p.is_chair && names(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cast(people: &[(&str, Option<&str>)]) -> Cast {
        Cast {
            people: people
                .iter()
                .map(|(name, seat)| Person {
                    name: name.to_string(),
                    constituency: seat.map(str::to_string),
                    ..Person::default()
                })
                .collect(),
            ..Cast::default()
        }
    }

    /// A judgment of `verdict`, quoting the minister's `text`.
    fn judged(verdict: Verdict, text: &str) -> Judgment {
        (
            verdict,
            Some(Answer {
                speaker: "Minister".into(),
                text: text.into(),
            }),
        )
    }

    fn agreed(text: &str) -> Judgment {
        judged(Verdict::Agreed, text)
    }

    #[test]
    fn agreeing_with_another_named_member_is_no_yes_to_the_asker() {
        let lords = cast(&[
            ("Lord Thomas of Gresford", None),
            ("Lord Hunt of Wirral", None),
            ("Lord Newby", None),
        ]);
        let hunt = "My Lords, we agree almost entirely with what the noble Lord, Lord Hunt, \
            said on this issue.";
        assert_eq!(the_askers(agreed(hunt), &lords, 0).0, Verdict::Responded);
        // Lord Hunt's own point is granted.
        assert_eq!(the_askers(agreed(hunt), &lords, 1).0, Verdict::Agreed);
        let newby = "I agree with the first observation of the noble Lord, Lord Newby, about \
            the link between EU contribution and infrastructure.";
        assert_eq!(the_askers(agreed(newby), &lords, 2).0, Verdict::Agreed);
        // Naming no one, or speaking to the asker, grants.
        for text in [
            "I agree with the noble Lord.",
            "I agree with him and with the noble Lord, Lord Hunt, on this.",
            "I accept that we must look at the machinery by which Lord Hunt's orders are made.",
        ] {
            assert_eq!(
                the_askers(agreed(text), &lords, 0).0,
                Verdict::Agreed,
                "{text}"
            );
        }
    }

    #[test]
    fn a_promise_to_another_member_by_name_defers_nothing_asked_by_the_asker() {
        let msps = cast(&[
            ("Johann Lamont", Some("Glasgow Pollok")),
            ("Malcolm Chisholm", Some("Edinburgh North and Leith")),
            ("Richard Benyon", Some("Newbury")),
        ]);
        let deferred = |text: &str| judged(Verdict::Deferred, text);
        let to_chisholm = "Malcolm Chisholm raised a number of local issues, about which I am \
            happy to write to him in detail if he would find that helpful.";
        assert_eq!(
            the_askers(deferred(to_chisholm), &msps, 0).0,
            Verdict::Responded
        );
        assert_eq!(
            the_askers(deferred(to_chisholm), &msps, 1).0,
            Verdict::Deferred
        );
        // A place is no member, whatever a seat shares with its name.
        let place = "The port authority of Leith will consider that in the light of the \
            criteria in the Bill.";
        assert_eq!(the_askers(deferred(place), &msps, 0).0, Verdict::Deferred);
    }

    #[test]
    fn a_refusal_in_answer_to_another_members_questions_refuses_nothing_the_asker_asked() {
        let lords = cast(&[("Lord Redesdale", None), ("Lord Hannay of Chiswick", None)]);
        let refused = |text: &str| judged(Verdict::Refused, text);
        let to_hannay = "To answer the questions asked by the noble Lord, Lord Hannay, I \
            cannot refer to individual cases.";
        assert_eq!(
            the_askers(refused(to_hannay), &lords, 0).0,
            Verdict::Responded
        );
        assert_eq!(
            the_askers(refused(to_hannay), &lords, 1).0,
            Verdict::Refused
        );
        // A refusal that only names another, as the one who said it, still refuses.
        let as_said = "As the noble Lord, Lord Hannay, said, we will not change the law.";
        assert_eq!(the_askers(refused(as_said), &lords, 0).0, Verdict::Refused);
    }

    #[test]
    fn an_answer_whose_lower_case_is_longer_is_read_without_panic() {
        let lords = cast(&[
            ("Lord Thomas of Gresford", None),
            ("Lord Hunt of Wirral", None),
        ]);
        // "İ" lowercases to one byte more than it has: eight of them put an offset found in
        // the lower case inside the "é" after "agree".
        let text = "İİİİİİİİ We Agree éé with what the noble Lord, Lord Hunt, said.";
        assert_eq!(the_askers(agreed(text), &lords, 0).0, Verdict::Responded);
    }

    #[test]
    fn a_seat_names_a_member() {
        let commons = cast(&[
            ("Paul Burstow", Some("Sutton and Cheam")),
            ("Sandra Gidley", Some("Romsey")),
        ]);
        let text = "I agree with the hon. Member for Romsey about the need for reform.";
        assert_eq!(the_askers(agreed(text), &commons, 0).0, Verdict::Responded);
        assert_eq!(the_askers(agreed(text), &commons, 1).0, Verdict::Agreed);
        let senators = cast(&[
            ("Helen Beatrice Polley", None),
            ("Claire Mary McLucas", None),
        ]);
        let text = "I agree with Senator McLucas and Senator Alison that dental health is a \
            big issue in this country.";
        assert_eq!(the_askers(agreed(text), &senators, 0).0, Verdict::Responded);
    }
}
