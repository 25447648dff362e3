//! Questions that ask the Government to grant a point ("Does the Minister agree that Iraq is
//! a human and security catastrophe?", "Will he concede that the strategy is a dead duck?")
//! rather than to act, and the replies that grant one ("The hon. Gentleman is absolutely
//! right.", "Yes, I acknowledge that."). A reply that commits to something else, or says
//! what is already being done, does not grant the point: it responds. Also how a direct
//! reply's opening settles any ask ("Yes", "No", "I agree"), what grants an ask for more
//! ("increase", "extra") and how a reply offers or grants a meeting.

use super::words_of;
use crate::model::Verdict;

/// The verbs by which a question asks the minister to grant a point.
const GRANT_VERBS: [&str; 12] = [
    "agree",
    "share",
    "accept",
    "acknowledge",
    "recognise",
    "recognize",
    "understand",
    "appreciate",
    "concede",
    "admit",
    "realise",
    "realize",
];

/// Words that make the point granted a call to act ("Does he agree that we should ...",
/// "... that urgent action is required", "... that it is time ..."): agreeing to do it
/// grants it, as a commitment does.
const CALLS_TO_ACT: [&str; 13] = [
    " should ",
    " must ",
    " ought ",
    " need ",
    " needs ",
    " needed ",
    " required ",
    " time ",
    " important that ",
    " essential that ",
    " vital that ",
    " we could ",
    " will he ",
];

/// True when question `ask` asks the minister to grant a point and nothing more: a question
/// whose first clause asks whether the minister agrees, accepts, recognises (and the like)
/// "that" something is so, where what is to be granted calls for no action.
pub fn asks_to_grant(ask: &str) -> bool {
    if !ask.trim_end().ends_with('?') {
        return false;
    }
    // A statement with a question tagged on ("Taking back control is to apply to the
    // European Court of Human Rights too, isn't it?", "..., so that includes specialist
    // units as well, does it?") puts the statement to the minister to grant.
    if let Some((point, tag)) = ask.rsplit_once(',')
        && is_question_tag(tag)
    {
        let point = words_of(point);
        return !CALLS_TO_ACT.iter().any(|c| point.contains(c));
    }
    let w = words_of(ask);
    let words: Vec<&str> = w.split_whitespace().collect();
    // The question's own auxiliary ("does", "will", "would"), then the verb within six words
    // ("does my right hon. Friend agree", "will he not accept"), then "that" within twelve
    // ("agree with me that", "accept, however, that", "accept, given the numbers that
    // supported these measures, that ...").
    let Some(aux) = words
        .iter()
        .position(|x| matches!(*x, "does" | "do" | "will" | "would" | "can"))
    else {
        return false;
    };
    let Some(verb) = (aux + 1..(aux + 8).min(words.len()))
        .find(|&i| words.get(i).is_some_and(|x| GRANT_VERBS.contains(x)))
    else {
        return false;
    };
    if !(verb + 1..(verb + 13).min(words.len())).any(|i| words.get(i) == Some(&"that")) {
        return false;
    }
    // What is to be granted, from the verb on ("agree it is important that ...").
    let point = format!(" {} ", words.get(verb + 1..).unwrap_or_default().join(" "));
    !CALLS_TO_ACT.iter().any(|c| point.contains(c))
}

/// True when the end of a question after its last comma is a question tag: an auxiliary and
/// a pronoun, perhaps with "not" ("isn't it?", "does it?", "has he not?").
fn is_question_tag(tag: &str) -> bool {
    const AUXILIARIES: [&str; 13] = [
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "will", "would", "can",
        "could",
    ];
    const PRONOUNS: [&str; 9] = [
        "it", "he", "she", "they", "we", "you", "there", "that", "this",
    ];
    let w = words_of(tag.trim_end().trim_end_matches('?'));
    let words: Vec<&str> = w.split_whitespace().collect();
    // "isn't it" is read as "isn t it", "won't it" as "won t it".
    let (aux, rest) = match words.as_slice() {
        [a, "t", rest @ ..] => (a.strip_suffix('n').unwrap_or(a), rest),
        [a, rest @ ..] => (*a, rest),
        [] => return false,
    };
    let aux = match aux {
        "wo" => "will",
        "ca" => "can",
        a => a,
    };
    AUXILIARIES.contains(&aux) && matches!(rest, [p] | [p, "not"] if PRONOUNS.contains(p))
}

/// True when a reply grants the point put to it: "Yes", "Of course", "I agree", "I accept
/// that", "I acknowledge that", "he is right", "that is true"; not "I do not agree".
pub fn grants(answer: &str) -> bool {
    let w = words_of(answer);
    let first = w.split_whitespace().next().unwrap_or("");
    if matches!(first, "yes" | "indeed" | "absolutely" | "certainly") || w.starts_with(" of course")
    {
        return true;
    }
    // Each with the space after it: "i agree " is not "i agreed ".
    const GRANTING: [&str; 14] = [
        " i agree ",
        " we agree ",
        " i accept ",
        " we accept ",
        " i acknowledge ",
        " i recognise ",
        " we recognise ",
        " i concede ",
        " is right ",
        " is absolutely right ",
        " is quite right ",
        " is entirely right ",
        " is correct ",
        " that is true ",
    ];
    // "I entirely agree", "I certainly accept": one adverb may come between.
    const ADVERBS: [&str; 6] = [
        "entirely",
        "absolutely",
        "certainly",
        "fully",
        "completely",
        "do",
    ];
    let mut plain = String::with_capacity(w.len());
    for x in w.split_whitespace() {
        if !ADVERBS.contains(&x) {
            plain.push(' ');
            plain.push_str(x);
        }
    }
    plain.push(' ');
    GRANTING.iter().any(|g| plain.contains(g))
}

/// How an ask asks for more than there is, and a reply offers it: "increase the support",
/// "more research", "extra beds", "additional funding", "expand", "step up".
const MORE: [&str; 9] = [
    " more ",
    " extra ",
    " additional ",
    " increase ",
    " increased ",
    " increasing ",
    " expand ",
    " expanded ",
    " step up ",
];

/// True when an ask calls for more than there is ("if Government support ... were
/// increased", "extend much needed support to more families"), not a figure ("more than
/// 1,000 people") or a manner ("to explore in more detail", "more fully").
pub fn asks_for_more(ask: &str) -> bool {
    const NOT_AN_AMOUNT: [&str; 6] = ["than", "detail", "details", "fully", "about", "closely"];
    let w = words_of(ask);
    MORE.iter().any(|m| {
        w.match_indices(m).any(|(i, m)| {
            let next = w
                .get(i + m.len()..)
                .and_then(|a| a.split_whitespace().next());
            !next.is_some_and(|n| NOT_AN_AMOUNT.contains(&n))
        })
    })
}

/// True when a reply that agrees to an ask for more gives more, or says what will be: a
/// reply that only tells what is being done or has been done ("The Government are taking
/// action through the manufacturing strategy", "We have introduced Sure Start children's
/// centres") answers an ask for more without granting it. "Yes" and "I agree" grant it.
pub fn gives_more(answer: &str) -> bool {
    const AHEAD: [&str; 5] = [" will ", " shall ", " ll ", " going to ", " intend "];
    let w = words_of(answer);
    grants(answer) || MORE.iter().chain(&AHEAD).any(|m| w.contains(m))
}

/// True when a sentence offers a meeting to whoever wants one ("if he would like to meet
/// me", "if they wish to meet me").
pub(super) fn offers_to_meet(t: &str) -> bool {
    const OFFERS: [&str; 5] = [
        " want to meet me ",
        " wants to meet me ",
        " wish to meet me ",
        " wishes to meet me ",
        " like to meet me ",
    ];
    let w = words_of(t);
    OFFERS.iter().any(|o| w.contains(o))
}

/// True when all a sentence commits to is a meeting ("I am happy to meet him to discuss
/// this"); not when another clause commits too ("I can confirm that it will, and I would
/// be happy to meet the hon. Lady").
pub fn only_offers_meeting(s: &str) -> bool {
    use crate::phrase_table::AGREES_TO_MEET;
    AGREES_TO_MEET.is_match(s)
        && s.split([';', ':'])
            .flat_map(|c| c.split(", and ").flat_map(|c| c.split(", but ")))
            .all(|c| {
                AGREES_TO_MEET.is_match(c)
                    || super::stance_of(c) != Some(crate::model::Stance::Commits)
            })
}

/// True when a reply speaks of meeting in any way it can grant a meeting: "I am happy to
/// meet her", "I will make sure that he gets a meeting with the relevant Minister", "I
/// would be delighted to visit", "extend an invitation ... to talk them through", "I shall
/// not refuse the hon. Gentleman" a meeting.
pub fn speaks_of_meeting(answer: &str) -> bool {
    const MEETING: [&str; 14] = [
        // Asked to talk to colleagues: "I shall pass the information on to my colleagues".
        " pass the information on ",
        " pass it on ",
        " raise it with ",
        " raise this with ",
        " meet", // meet, meeting, meetings
        " visit",
        " invitation ",
        " invite ",
        " talk ",
        " discuss",
        " speak ",
        " sit down ",
        " door ",
        " see him ",
    ];
    let w = words_of(answer);
    MEETING.iter().any(|m| w.contains(m))
}

/// True when an ask asks for a meeting, or asks the minister to talk things over ("will he
/// engage with the councils and with hon. Members so that we can find a way ...", "will he
/// discuss it with the Treasury?"): an offer to meet or talk grants it, where it would
/// only promise to discuss an ask for something else.
pub fn asks_to_meet_or_talk(ask: &str) -> bool {
    // How the action opens: "In her discussions with Mrs. Kennedy, ... will the right hon.
    // Lady bear it in mind?" asks her to bear a thing in mind.
    const TALKING: [&str; 9] = [
        "engage with ",
        "talk",
        "discuss",
        "have talks",
        "hold talks",
        "have discussions",
        "hold discussions",
        "enter into discussions",
        "sit down",
    ];
    use crate::analysis::asks;
    // What is asked, worked out once for its kind and its verb.
    let action = asks::ask_of(ask);
    asks::kind_of_ask(ask, &action) == crate::model::AskKind::Meeting || {
        // The verb of what is asked: the action's first word, or one after "will" or "to"
        // ("I ask the Minister whether he will engage with the councils").
        let action = action.to_lowercase();
        TALKING.iter().any(|t| {
            action.match_indices(t).any(|(at, _)| {
                let before = &action[..at];
                before.is_empty() || [" will ", " to "].iter().any(|v| before.ends_with(v))
            })
        })
    }
}

/// True when a reply grants a point of its own in place of the one asked: "I agree that
/// industrial relations on the site have been a disgrace" to a question about the support
/// a Minister has had, "I agree that the Government has had to compromise on the loan" to
/// "more needs to be done to tackle commercial debt". What it grants ("I agree that ...")
/// shares no content word with the ask and does not point back at it ("I agree that that
/// is a most attractive prospect").
pub fn grants_another_point(answer: &str, ask: &str) -> bool {
    const GRANTING: [&str; 5] = [
        " agree",
        " accept ",
        " acknowledge ",
        " recognise ",
        " concede ",
    ];
    const POINTS_BACK: [&str; 9] = [
        "that", "this", "it", "he", "she", "they", "so", "what", "those",
    ];
    // What the member said, or whom a minister agrees with, as the House names them: "the
    // hon. Member", "my noble Friend", "him", "Senator McLucas", "everything he said".
    const OF_MEMBER: &str = "him her them you hon right noble learned member members friend \
        friends gentleman lady minister senator deputy lord baroness colleague everything all \
        much what";
    let of_member = |x: &str| OF_MEMBER.split_whitespace().any(|m| m == x);
    let w = words_of(answer);
    let Some(at) = GRANTING.iter().filter_map(|g| w.find(g)).min() else {
        return false;
    };
    let after = w.get(at..).unwrap_or_default();
    // "that" within the eight words after the verb ("I agree with the hon. Member that ..."),
    // or else what is agreed with, when it is no member nor what they said ("I agree with
    // the decision of the City of Edinburgh Council to secure the future of the gathering").
    let Some(point) = after
        .split_whitespace()
        .take(9)
        .position(|x| x == "that")
        .map(|k| after.split_whitespace().skip(k + 1).collect::<Vec<_>>())
        .or_else(|| {
            let object: Vec<&str> = after
                .strip_prefix(" agree with ")?
                .split_whitespace()
                .collect();
            // "... with the underlying thrust of what my right hon. Friend is saying".
            let names_member_or_all = object.first().is_none_or(|x| POINTS_BACK.contains(x))
                || object.iter().take(8).any(|x| of_member(x));
            (!names_member_or_all).then_some(object)
        })
    else {
        return false;
    };
    if point.first().is_none_or(|x| POINTS_BACK.contains(x)) {
        return false;
    }
    // Content words by their first five letters, which joins most forms of a word.
    let key = |x: &str| x.chars().take(5).collect::<String>();
    let content = |x: &str| x.len() > 3 && !crate::analysis::text::is_stopword(x);
    let ask = words_of(ask);
    let asked: Vec<String> = ask
        .split_whitespace()
        .filter(|x| content(x))
        .map(key)
        .collect();
    !point.iter().any(|x| content(x) && asked.contains(&key(x)))
}

/// True when a reply denies the point put to it: "No", "I do not accept that", "I do not
/// agree", "that is not the case", "he is wrong", "I do not think so", "It simply is not
/// accurate to say that ...".
pub fn denies(answer: &str) -> bool {
    const DENYING: [&str; 18] = [
        " not accurate ",
        " inaccurate ",
        " untrue ",
        " do not share ",
        // Also "do not accept", "will not accept".
        " not accept ",
        " cannot accept ",
        " do not agree ",
        " cannot agree ",
        " disagree ",
        " take issue with ",
        " reject ",
        " not the case ",
        " not true ",
        " is wrong ",
        " are wrong ",
        " do not think ",
        " do not believe ",
        " not correct ",
    ];
    let w = words_of(answer);
    w.split_whitespace().next() == Some("no") || DENYING.iter().any(|d| w.contains(d))
}

/// How a direct reply's first sentence opens, when that settles it ("Yes, I acknowledge
/// that.", "No, we will not.", "The hon. Gentleman is absolutely right.").
pub fn opening_verdict(text: &str) -> Option<Verdict> {
    let t = text.trim_start().to_lowercase();
    let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // "Yes, ..., but ..." grants a point and turns away from it.
    let turns = t.contains(", but ");
    // "Absolutely not.", "Certainly not": the word after decides; "No one ...", "No doubt
    // ..." open a sentence, not an answer: "No" answers only on its own ("No.", "No, ...").
    let after = t.get(first.len()..).unwrap_or_default();
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    let alone =
        !after.starts_with(|c: char| c == ' ' || c.is_alphanumeric()) || next_word == Some("sir");
    match first {
        "yes" | "absolutely" | "certainly" if next_word == Some("not") => Some(Verdict::Refused),
        "yes" | "absolutely" | "certainly" if turns => None,
        "yes" | "absolutely" | "certainly" => Some(Verdict::Agreed),
        "no" if alone => Some(Verdict::Refused),
        _ if t.starts_with("i agree") || t.starts_with("i absolutely agree") => {
            Some(Verdict::Agreed)
        }
        // "The hon. Gentleman is absolutely right." answers "Does he agree that ...?"; "I do
        // not think that the hon. Gentleman is right." denies it (see `denies`).
        _ if !negated(text)
            && [
                "is absolutely right",
                "is quite right",
                "is entirely right",
                "is right",
            ]
            .iter()
            .any(|r| t.trim_end_matches(['.', '!']).ends_with(r)) =>
        {
            Some(Verdict::Agreed)
        }
        _ => None,
    }
}

/// True when a sentence holds a word of negation ("not", "never", "cannot", "n't").
fn negated(text: &str) -> bool {
    let w = words_of(text);
    [" not ", " never ", " cannot ", "n t "]
        .iter()
        .any(|n| w.contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_answers_only_on_its_own_and_not_turns_a_yes() {
        for (t, v) in [
            ("No, we will not.", Some(Verdict::Refused)),
            (
                "No Sir: The wastage from this cause is believed to be very small.",
                Some(Verdict::Refused),
            ),
            ("No. That would cost too much.", Some(Verdict::Refused)),
            ("Certainly not.", Some(Verdict::Refused)),
            (
                "Absolutely not; the scheme stays as it is.",
                Some(Verdict::Refused),
            ),
            ("Yes, I will.", Some(Verdict::Agreed)),
            (
                "No one suggests that the figure of 93,000 is anything like sufficient.",
                None,
            ),
            ("No doubt the hon. Gentleman will return to this.", None),
            ("No such deception has occurred.", None),
        ] {
            assert_eq!(opening_verdict(t), v, "{t}");
        }
    }

    #[test]
    fn a_question_asking_to_grant_a_point_is_told_from_one_asking_to_act() {
        for q in [
            "Does the minister agree that Iraq is a human and security catastrophe?",
            "Will he concede also that the south-west regional spatial strategy, like this Government, is a dead duck?",
            "Does he share my concern that the rate of increase in unemployment is now higher in Scotland than in the rest of the UK?",
            "Furthermore, does the Minister recognise that the source of those funds was an economic uplift at a UK level?",
            "Does the Secretary of State accept, given the large numbers of organisations that supported these measures, that this will have undermined their confidence in the process?",
            "Taking back control is to apply to the European Court of Human Rights too, isn’t it?",
            "The Minister just said that he will introduce one TA drill night for all TA personnel, so that includes specialist units as well, does it?",
            "Rather than help working people, he has rolled over on bankers’ bonuses, has he not?",
        ] {
            assert!(asks_to_grant(q), "{q}");
        }
        for q in [
            "Does he agree that the Government should publish the report?",
            "Would the right hon. Gentleman agree that urgent action is required if we are to keep pace?",
            "Does he agree it is important that people are aware that ASBOs are available?",
            "Will the Minister meet me to discuss the closure?",
            "Does the Minister agree with the council's decision?",
            "I agree that this is a catastrophe.",
            "The Government should fund it, should they not?",
            "If he agrees, what will he do about it?",
        ] {
            assert!(!asks_to_grant(q), "{q}");
        }
    }

    #[test]
    fn only_a_reply_that_grants_the_point_grants_it() {
        for a in [
            "Yes, I acknowledge that.",
            "The hon. Gentleman is absolutely right.",
            "I entirely agree with my hon. Friend.",
            "Of course I agree with the hon. Gentleman.",
            "I accept that the scheme has had its problems.",
        ] {
            assert!(grants(a), "{a}");
        }
        for a in [
            "The multinational force in Iraq will continue to work with Iraqi security forces.",
            "I will do everything that I can to prevent that from coming about.",
            "I do not agree with the hon. Gentleman.",
            "First, we have provided extra financial support for the Total Place pilots.",
        ] {
            assert!(!grants(a), "{a}");
        }
    }

    #[test]
    fn an_ask_for_more_is_granted_only_by_more_or_by_what_will_be() {
        for q in [
            "That difficulty could be alleviated if Government support to furniture manufacturing were increased.",
            "I urge the Government to extend much needed support to more families.",
            "Can the Government not do more at this time to help charities?",
            "Will he provide additional beds at Headley Court?",
        ] {
            assert!(asks_for_more(q), "{q}");
        }
        for q in [
            "More than 1,000 families have lost their support this year.",
            "Will the Minister meet me to explore the matter in more detail?",
            "Will the Government restore the subsidy to its 2015 level?",
        ] {
            assert!(!asks_for_more(q), "{q}");
        }
        for a in [
            "Yes, and I agree with my hon. Friend.",
            "We will increase the support next year.",
            "We are providing an extra £20 million for the scheme.",
        ] {
            assert!(gives_more(a), "{a}");
        }
        for a in [
            "The Government are taking action through the manufacturing strategy to help companies.",
            "We have introduced Sure Start children's centres and child tax credits.",
            "A number of programmes are in place to train volunteers.",
        ] {
            assert!(!gives_more(a), "{a}");
        }
    }

    #[test]
    fn a_reply_that_can_grant_a_meeting_speaks_of_one() {
        for a in [
            "I will make sure that the hon. Gentleman gets a meeting with the relevant Minister.",
            "I would be delighted to visit my hon. Friend's constituency.",
            "I am happy to extend an invitation to him to talk them through where we are now.",
            "I shall pass the information on to my colleagues in the Ministry of Defence.",
        ] {
            assert!(speaks_of_meeting(a), "{a}");
        }
        assert!(!speaks_of_meeting(
            "We are providing £400 to help everybody with the cost of energy."
        ));
    }

    #[test]
    fn an_ask_to_talk_is_told_from_one_that_mentions_talks() {
        for ask in [
            "Will the Minister meet me and the sub-postmasters of Lowmoor?",
            "Will he have talks with the Secretary of State for Health to ensure that local hospitals are used?",
            "I ask the Minister whether he will engage with the councils so that we can find a way forward.",
            "Will the Minister talk to his colleagues in the Ministry of Defence?",
        ] {
            assert!(asks_to_meet_or_talk(ask), "{ask}");
        }
        for ask in [
            "In her discussions with Mrs. Kennedy, will the right hon. Lady bear it in mind?",
            "Will he urge British Waterways to promote talks to save the charity?",
            "Will he ensure that the replacement aircraft operate from a base nearer the oil fields?",
        ] {
            assert!(!asks_to_meet_or_talk(ask), "{ask}");
        }
    }

    #[test]
    fn granting_another_point_is_told_from_granting_the_one_asked() {
        let ask = "Does she agree that more needs to be done to tackle the levels of commercial debt among students?";
        assert!(grants_another_point(
            "I agree that the Government has had to compromise on increasing the loan element of the package.",
            ask
        ));
        assert!(!grants_another_point(
            "I agree that commercial debt among students is too high.",
            ask
        ));
        // Agreeing with something that is no member's point grants that instead.
        assert!(grants_another_point(
            "I agree with the decision of the City of Edinburgh Council to secure the future of the gathering.",
            ask
        ));
        // Pointing back, or granting with no "that", grants what was asked.
        for a in [
            "I agree that that is a most attractive prospect.",
            "Yes, I acknowledge that.",
            "I entirely agree with my hon. Friend.",
            "I agree with the underlying thrust of what my right hon. Friend is saying.",
            "I agree with everything that she said.",
            "I agree with the commercial debt figures she quotes.",
        ] {
            assert!(!grants_another_point(a, ask), "{a}");
        }
    }

    #[test]
    fn a_reply_that_opens_by_calling_the_member_right_agrees_unless_it_negates() {
        assert_eq!(
            opening_verdict("The hon. Gentleman is absolutely right."),
            Some(Verdict::Agreed)
        );
        assert_eq!(
            opening_verdict("My hon. Friend is right."),
            Some(Verdict::Agreed)
        );
        for a in [
            "I do not think that the hon. Gentleman is right.",
            "I cannot say that he is right.",
            "I don't think the hon. Lady is right.",
        ] {
            assert_eq!(opening_verdict(a), None, "{a}");
        }
    }

    #[test]
    fn only_a_reply_that_denies_the_point_denies_it() {
        for a in [
            "No, I do not think they do.",
            "I do not accept my hon. Friend's second point.",
            "That is simply not the case.",
            "It simply is not accurate to say that we have underfunded the Afghan campaign.",
            "I take issue with those who think that we are not doing enough.",
            "I do not think that the hon. Gentleman is right.",
        ] {
            assert!(denies(a), "{a}");
        }
        for a in [
            "As long as this system continues, and we have no intention of changing it, that is a role the judges must take on.",
            "We will not be changing the benefit cap.",
        ] {
            assert!(!denies(a), "{a}");
        }
    }
}
