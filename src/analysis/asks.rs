//! What was asked of the Government and whether it was answered. Requests become structured
//! asks (the action asked for, its kind, whom it is addressed to), merged across speakers;
//! questions put to the minister are listed; each is matched to the passage of the
//! minister's reply that addresses it, by shared content words weighted by rarity, the
//! minister naming the asker, and agreement to a meeting.

pub(super) use super::asking_nothing::asks_nothing_of_substance;
pub use super::asking_nothing::{is_signpost, only_presses};
use crate::model::AskKind;

pub use super::ask_kinds::kind_of_ask;
pub use super::ask_text::leans_on_context;

/// The action a request asks for, without its frame ("I call on the Government to ...").
pub fn ask_of(text: &str) -> String {
    let t = text
        .trim()
        .trim_end_matches(['?', '.', '!', '"', '”'])
        .trim();
    let frame_end = crate::prebuilt::FRAME.leftmost_end(t.as_bytes());
    // "They must ..." carrying on a request of the Government: the action follows.
    if frame_end.is_none()
        && let Some(rest) = super::requests::they_must(t)
    {
        return action_of(rest);
    }
    let ask = frame_end
        .and_then(|end| t.get(end..))
        .filter(|rest| !rest.trim().is_empty())
        .unwrap_or(t);
    let action = action_of(ask);
    frame_end
        .and_then(|end| fronted_object(t.get(..end)?, &action))
        .unwrap_or(action)
}

/// Adverbs between "is" and the object it names, read past.
const ADVERBS: &str = "still now also clearly just really indeed certainly surely";

/// The most words of a frame after the relative pronoun that fronts its object ("which the
/// Secretary of State must", "that we need to").
const FRONTED_FRAME_WORDS: usize = 7;

/// "It is a flaw in the Bill, which the Minister must address", "There are issues around
/// licensing that we need to look at": when the action is a bare verb, what it is done to
/// came before the frame. The action then takes it: "address a flaw in the Bill".
fn fronted_object(head: &str, action: &str) -> Option<String> {
    if action.split_whitespace().count() > 2 || action.starts_with("be ") {
        return None;
    }
    let k = [" that ", " which "]
        .iter()
        .filter_map(|p| head.rfind(p))
        .max()?;
    let frame: Vec<&str> = head.get(k..)?.split_whitespace().collect();
    // "..., and that is why we need to act": no object was fronted.
    if frame.len() > FRONTED_FRAME_WORDS
        || frame
            .get(1)
            .is_some_and(|w| matches!(*w, "is" | "was" | "are" | "were"))
    {
        return None;
    }
    let before = head.get(..k)?.trim_end_matches(',');
    let object = [" is ", " are ", " was ", " were "]
        .iter()
        .filter_map(|c| before.rfind(c).map(|i| i + c.len()))
        .max()
        .and_then(|i| before.get(i..))?
        .trim();
    // "There are still issues ...", "That is just one stream of information ...".
    let object = object
        .split_once(' ')
        .filter(|(first, _)| ADVERBS.split(' ').any(|a| a == *first))
        .map_or(object, |(_, rest)| rest);
    let words = object.split_whitespace().count();
    let first = object.split_whitespace().next().unwrap_or("");
    // "It is not all that we need to do", "That is something that we must look at".
    const VAGUE: [&str; 7] = ["not", "all", "something", "what", "that", "this", "it"];
    ((2..=12).contains(&words) && !VAGUE.contains(&first.to_lowercase().as_str()))
        .then(|| format!("{action} {object}"))
}

/// The action, the frame gone: reasons and asides after it cut.
fn action_of(ask: &str) -> String {
    // An aside inside the action ("acknowledge that, as he said, there is ...") is read
    // past, and no cut leaves a "that" waiting for its clause.
    let ask = &*super::ask_text::without_asides(ask);
    // Reasons and asides after the action are not the action; an aside that comes before
    // the action has been said ("consider, as a matter of urgency, whether ...") is kept,
    // since what is left would not say what is asked.
    const MIN_ACTION_WORDS: usize = 3;
    const AFTER_A_MARK: [&str; 5] = [", so that", ", because", ", which", ", as ", "; "];
    let long_enough = |i: &usize| {
        ask.get(..*i).is_some_and(|a| {
            a.split_whitespace().count() >= MIN_ACTION_WORDS
                && !super::ask_text::leaves_a_clause_open(a)
        })
    };
    // The earliest cut of each kind that leaves enough words and no clause left open.
    let bytes = ask.as_bytes();
    let at_mark = memchr::memchr2_iter(b',', b';', bytes)
        .filter(|&i| {
            let rest = ask.get(i..).unwrap_or_default();
            AFTER_A_MARK.iter().any(|m| rest.starts_with(m))
        })
        .find(long_enough);
    let so_that = memchr::memmem::find_iter(bytes, b" so that ").find(long_enough);
    let cut = at_mark
        .into_iter()
        .chain(so_that)
        .min()
        .unwrap_or(ask.len());
    let action = ask.get(..cut).unwrap_or(ask).trim().trim_end_matches(',');
    // An aside cut out of the middle leaves its conjunction behind ("in the short term and,
    // as he said, in the long term").
    [" and", " or", " but"]
        .iter()
        .find_map(|c| action.strip_suffix(c))
        .unwrap_or(action)
        .trim_end_matches(',')
        .to_string()
}

/// An action's words, lowercased, punctuation off their edges, words of none left out.
pub fn words_of_action(ask: &str) -> Vec<String> {
    ask.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// What kind of thing is asked for.
pub fn kind_of(text: &str) -> AskKind {
    kind_of_ask(text, &ask_of(text))
}

/// Whom the request is addressed to, as the speaker puts it.
pub fn addressed_to(text: &str) -> String {
    let t = text.to_lowercase();
    if t.contains("secretary of state") {
        "Secretary of State".into()
    } else if t.contains("minister") {
        "Minister".into()
    } else if t.contains("department") {
        "Department".into()
    } else {
        "Government".into()
    }
}

/// True for a question of at least five words that is not a plea to give way. A question as
/// it was tabled is one, though printed without a question mark: "To ask Her Majesty's
/// Government what steps they are taking ..." (the Lords), "asked the Secretary of State for
/// Energy if he will make a statement ..." (older Commons records, after the member's name).
pub fn is_question(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['"', '”', ')', '’']);
    (t.ends_with('?') || is_tabled(t) || asks_indirectly(t))
        && t.split_whitespace().count() >= 5
        && !asks_nothing_of_substance(&t.to_lowercase())
        && !is_rhetorical(t)
}

/// True for a question put in reported form, as the Lords often put one: "Perhaps I may
/// ask my noble friend precisely what the United Kingdom is doing to ...", "May I ask the
/// Minister whether the review has reported." (a request, "I ask the Minister to ...", is
/// read as one before this is asked).
fn asks_indirectly(t: &str) -> bool {
    /// How a member says they ask, before whom they ask and what.
    const ASKING: [&str; 6] = [
        "i may ask ",
        "may i ask ",
        "might i ask ",
        "can i ask ",
        "could i ask ",
        "like to ask ",
    ];
    /// The words that open what is asked.
    const WHAT: [&str; 8] = [
        "whether", "what", "how", "when", "why", "if", "which", "who",
    ];
    // Asked of nearly every sentence: only one that holds "ask " is read further.
    if crate::scan::holds!(t.as_bytes(), b"ask ").is_none() {
        return false;
    }
    let low = t.to_lowercase();
    ASKING.iter().any(|a| {
        low.find(a).is_some_and(|at| {
            low.get(at + a.len()..)
                .unwrap_or("")
                .split_whitespace()
                .take(8)
                .any(|w| WHAT.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
    })
}

/// True for a sentence its speaker calls rhetorical ("I ask my noble friend a rhetorical
/// question: is there any other assembly ...?"), that asks the minister to imagine, or that
/// asks the House about its own members ("How many of us ...?"): it asks nothing that needs
/// an answer.
pub fn is_rhetorical(s: &str) -> bool {
    /// Doubt put as a question to all present ("Do we not all think ...?"): what comes
    /// after " we ".
    const DOUBTS: [&[u8]; 5] = [
        b"really ",
        b"seriously ",
        b"honestly ",
        b"not all ",
        // "Yet do we want all these children to be conveyed in cars or buses ...?"
        b"want ",
    ];
    /// What may come before " we " in a doubt.
    const ASKED: [&[u8]; 5] = [b"do", b"are", b"did", b"can", b"should"];
    // Asked of every question: a doubt holds " we " before its adverb, so that is looked for
    // first.
    let doubts = || {
        let b = s.as_bytes();
        memchr::memmem::find_iter(b, b" we ").any(|at| {
            let ends = |a: &[u8]| {
                b.get(..at)
                    .and_then(|before| before.get(before.len().checked_sub(a.len())?..))
                    .is_some_and(|x| x.eq_ignore_ascii_case(a))
            };
            DOUBTS.iter().any(|d| {
                b.get(at + 4..at + 4 + d.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(d))
            }) && ASKED.iter().any(|a| ends(a))
        })
    };
    crate::scan::holds!(s.as_bytes(), b"rhetorical").is_some()
        // "How many of us in this House have been in public buildings with windows broken?":
        // a question to the House about its own members.
        || crate::scan::holds!(s.as_bytes(), b" of us ").is_some_and(|at| {
            let before = s.get(..at).unwrap_or("").to_lowercase();
            ["how many", "which", "who among", "how few", "how can any"]
                .iter()
                .any(|q| before.trim_end().ends_with(q))
        })
        // "Who am I to disagree with that assessment?", "He is a very good salesman, or
        // should I say a good member of the marketing team?": the speaker asks themself.
        || crate::scan::holds!(s.as_bytes(), b"ho am I to ").is_some()
        || crate::scan::holds!(s.as_bytes(), b"or should I say").is_some()
        // "Am I the only person in the House who has lost the will to live ...?", "Am I
        // alone in thinking ...?": the speaker asks the House about themself.
        || crate::scan::holds!(s.as_bytes(), b"m I the only ").is_some()
        || crate::scan::holds!(s.as_bytes(), b"m I alone in ").is_some()
        // "Do we really want to add an extra burden on this noble profession?", "Are we
        // really doing so well?", "do we seriously believe that ...?": doubt put as a
        // question to all present, not to the Government; "Is it any wonder the electorate
        // is cynical?", "How can anyone have confidence in ...?" answer themselves.
        || doubts()
        || crate::scan::holds!(s.as_bytes(), b"s it any wonder").is_some()
        || crate::scan::holds!(s.as_bytes(), b"ow can anyone ").is_some()
        // "Can anyone imagine a Minister in any other Executive saying ...?": put to all
        // present, and answering itself.
        || crate::scan::holds!(s.as_bytes(), b"an anyone imagine").is_some()
        || crate::scan::holds!(s.as_bytes(), b"ould anyone imagine").is_some()
        || crate::scan::holds!(s.as_bytes(), b"an anybody imagine").is_some()
        // "Can the Government be trusted to deliver social care reform ...?", "How can they
        // be trusted ...?", "How can we trust the Government to deliver ...?": doubt of the
        // Government put to all present, answering itself.
        || crate::scan::holds!(s.as_bytes(), b"an we trust ").is_some()
        || crate::scan::holds!(s.as_bytes(), b"an we ever trust ").is_some()
        || crate::scan::holds!(s.as_bytes(), b" be trusted").is_some_and(|at| {
            let asked = s.get(..at).unwrap_or("");
            let asked = asked.strip_prefix("How ").unwrap_or(asked);
            let can = asked.get(..4).is_some_and(|c| c.eq_ignore_ascii_case("can "));
            can && asked.split_whitespace().count() <= 4
        })
        // "I ask her to imagine that it was her children behind bars": an appeal to feeling,
        // nothing the Government can do.
        || crate::scan::holds!(s.as_bytes(), b" to imagine ").is_some_and(|at| {
            let before = s.get(..at).unwrap_or("");
            ["ask ", "urge ", "invite "].iter().any(|v| before.contains(v))
        })
}

/// True for a question in the form it was tabled in: "To ask Her Majesty's Government ...",
/// "asked the Minister of Education whether ...", "1. What steps his Department is taking
/// ..." (see `business::is_tabled_question`).
pub(super) fn is_tabled(t: &str) -> bool {
    /// How a question was tabled, in the Lords and in older Commons records.
    const TABLED: [&str; 4] = [
        "To ask ",
        "asked the ",
        "asked Her Majesty",
        "asked His Majesty",
    ];
    let t = t.strip_prefix("My Lords, ").unwrap_or(t);
    // Asked of nearly every sentence: how it opens is read first, from its head alone.
    // Every tabled form opens with a number or with "T", "Q", "what", "when", "whether",
    // "how" or "if": any other opening is not lowercased to be read.
    let may_be_tabled = t.bytes().next().is_some_and(|b| {
        b.is_ascii_digit() || matches!(b.to_ascii_lowercase(), b't' | b'q' | b'w' | b'h' | b'i')
    });
    let tabled = TABLED.iter().any(|p| t.starts_with(p))
        || (may_be_tabled && super::business::is_tabled_question(&head_lowercase(t)));
    // The ritual questions that open Prime Minister's Questions, topical questions and
    // First Minister's Questions ("To ask the First Minister what engagements he has planned
    // for the rest of the day", "... what issues will be discussed at the next meeting of the
    // Cabinet", "... when he will next meet the Secretary of State for Scotland") ask for
    // nothing: the supplementaries that follow do.
    tabled && {
        let low = t.to_lowercase();
        ![
            "official engagements",
            "departmental responsibilities",
            "engagements he has planned",
            "engagements she has planned",
            "next meeting of the cabinet",
            "will next meet the",
        ]
        .iter()
        .any(|r| low.contains(r))
    }
}

/// The first 80 bytes or so of `t` (to a character boundary), lowercased: enough to read how
/// a sentence opens.
fn head_lowercase(t: &str) -> String {
    t.get(..t.floor_char_boundary(80))
        .unwrap_or(t)
        .to_lowercase()
}

/// True for a question that only asks whether the minister knows something ("Is the
/// Foreign Secretary aware that many people will be surprised ...?"): a point made, nothing
/// asked of the Government, unless it goes on to ask ("..., and will he meet them?").
pub fn only_asks_awareness(text: &str) -> bool {
    let t = text.to_lowercase();
    let Some(at) = t.find(" aware ") else {
        return false;
    };
    let before = t.get(..at).unwrap_or("");
    // "Is he", "is the Minister", "but is my right hon. Friend": the question's own verb.
    let asks_if_aware = before
        .rsplit([',', '—', ';'])
        .next()
        .map(str::trim_start)
        .is_some_and(|clause| {
            let clause = clause.strip_prefix("but ").unwrap_or(clause);
            ["is ", "was ", "are "]
                .iter()
                .any(|v| clause.starts_with(v))
                && clause.split_whitespace().count() <= 7
        });
    let goes_on = [
        " will he ",
        " will she ",
        " will the ",
        " will my ",
        " can he ",
        " can she ",
        " could he ",
        " could she ",
        " would he ",
        " would she ",
    ]
    .iter()
    .any(|w| t.get(at..).is_some_and(|rest| rest.contains(w)))
        || goes_on_to_ask(t.get(at..).unwrap_or(""));
    asks_if_aware && !goes_on
}

/// True when "what" or "when" later in a sentence opens a question ("..., and what will he
/// do?", "when will it be published?"), not a clause ("when in fact he has been forced to").
fn goes_on_to_ask(rest: &str) -> bool {
    const NEXT: [&str; 14] = [
        "will", "is", "are", "does", "do", "did", "can", "could", "has", "have", "steps", "action",
        "plans", "would",
    ];
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.windows(2).any(|w| {
        matches!(w.first(), Some(&"what" | &"when"))
            && w.get(1)
                .is_some_and(|n| NEXT.contains(&n.trim_end_matches(|c: char| !c.is_alphanumeric())))
    })
}

/// True for a question made only of whom it asks and how ("Does the Secretary of State
/// agree?", "Will my right hon. Friend confirm that?"): it says nothing of what it is about.
pub(super) fn only_addresses(text: &str) -> bool {
    const ADDRESS: &[&str] = &[
        "does",
        "do",
        "will",
        "would",
        "can",
        "could",
        "is",
        "the",
        "my",
        "right",
        "hon",
        "friend",
        "minister",
        "secretary",
        "of",
        "state",
        "government",
        "agree",
        "accept",
        "confirm",
        "he",
        "she",
        "that",
        "not",
        "so",
        "lady",
        "gentleman",
        "member",
        "prime",
        "chancellor",
        "leader",
        "house",
        "please",
        "with",
        "me",
        "therefore",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| ADDRESS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// True for a question asking whether something will be done: "will" among its first three
/// words ("Will the Minister ...", "So will there be ...", "Therefore, will she ...").
pub(super) fn asks_whether_done(text: &str) -> bool {
    text.split_whitespace().take(3).any(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .eq_ignore_ascii_case("will")
    })
}

/// True when two asks are the same request in other words (most content words shared).
pub fn same_ask(a: &[u32], b: &[u32]) -> bool {
    let mut x = a.to_vec();
    x.sort_unstable();
    x.dedup();
    let mut y = b.to_vec();
    y.sort_unstable();
    y.dedup();
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let shared = x.iter().filter(|t| y.binary_search(t).is_ok()).count();
    shared * 10 >= x.len().min(y.len()) * 7 && shared >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_lose_their_frame() {
        assert_eq!(
            ask_of("I call on the Government to ban the creation of sexually explicit deepfakes."),
            "ban the creation of sexually explicit deepfakes"
        );
        assert_eq!(
            ask_of("Would the Minister be willing to meet me and representatives of the industry?"),
            "meet me and representatives of the industry"
        );
        assert_eq!(
            ask_of(
                "We need a multi-year funding settlement for rural routes, so that councils can plan."
            ),
            "a multi-year funding settlement for rural routes"
        );
        assert_eq!(
            ask_of("The Government must confirm the grant."),
            "confirm the grant"
        );
        // An aside before the action has been said stays: the rest would not say it.
        assert_eq!(
            ask_of(
                "Will the Minister consider, as a matter of urgency, whether the grant can be restored?"
            ),
            "consider, as a matter of urgency, whether the grant can be restored"
        );
        assert_eq!(
            ask_of("Will the Minister meet me, as well as the tenants, to discuss the repairs?"),
            "meet me, as well as the tenants, to discuss the repairs"
        );
        // A courteous conditional frames the ask as a "Will the Minister ...?" does.
        assert_eq!(
            ask_of("I would be grateful if the Minister could tell us how the fund is spent."),
            "tell us how the fund is spent"
        );
        assert_eq!(
            ask_of("It would be helpful if the Government would publish the review."),
            "publish the review"
        );
        // A hope that the minister, named by a pronoun, will act frames the ask too.
        assert_eq!(
            ask_of("I hope that she will be able to address the closures."),
            "be able to address the closures"
        );
        // "can" as "will": not the "we need" of the reason after it.
        assert_eq!(
            ask_of(
                "I hope that the Minister can tell us that more people have applied, because we need their expertise."
            ),
            "tell us that more people have applied"
        );
        // What a bare verb is to be done to can come before the frame.
        assert_eq!(
            ask_of("It is a flaw in the Bill, which the Minister must address."),
            "address a flaw in the Bill"
        );
        assert_eq!(
            ask_of("There are still issues around the licensing system that we need to look at."),
            "look at issues around the licensing system"
        );
        assert_eq!(
            ask_of("It is very depressing, and that is why we need to act."),
            "act"
        );
        // A Government named by its nation is still the Government.
        assert_eq!(
            ask_of("The British Government must finally stop the five-week wait."),
            "finally stop the five-week wait"
        );
        assert_eq!(
            ask_of("That is why the Scottish Government should give new incentives to councils."),
            "give new incentives to councils"
        );
        // An aside inside the action is read past; none is cut at when that would leave
        // a "that" without its clause.
        assert_eq!(
            ask_of(
                "Does the Minister acknowledge that, as the hon. Member for Workington said, there is real concern in Scotland?"
            ),
            "Does the Minister acknowledge that there is real concern in Scotland"
        );
        assert_eq!(
            ask_of(
                "Can the Minister confirm that the working group's report, which contains recommendations on planning, has proven inconclusive?"
            ),
            "confirm that the working group's report has proven inconclusive"
        );
        // The aside goes, and the conjunction before it with it.
        assert_eq!(
            ask_of(
                "The Government should continue to bring the economy back to growth in the short term and, as he said, in the long term."
            ),
            "continue to bring the economy back to growth in the short term"
        );
    }

    #[test]
    fn an_ask_that_points_back_leans_on_its_context() {
        assert!(leans_on_context("address that key point"));
        assert!(leans_on_context(
            "consider it in the context of this argument"
        ));
        assert!(!leans_on_context("shed some light on the time scale"));
        assert!(leans_on_context("elaborate on that"));
        assert!(!leans_on_context("a gate that is mechanically locked"));
        assert!(!leans_on_context(
            "confirm that the report will be published"
        ));
        assert!(!leans_on_context(
            "fund the scheme so that councils can plan"
        ));
        assert!(!leans_on_context(
            "tell us where we have got to with the nominations that will come before the Committee"
        ));
    }

    #[test]
    fn kinds_and_addressees() {
        assert_eq!(kind_of("Will the Minister meet me?"), AskKind::Meeting);
        assert_eq!(
            kind_of(
                "I should be grateful if the Minister were to indicate a willingness to engage with me and the all-party group."
            ),
            AskKind::Meeting
        );
        assert_eq!(
            kind_of("ban the creation of deepfakes"),
            AskKind::Legislation
        );
        assert_eq!(kind_of("a multi-year funding settlement"), AskKind::Funding);
        assert_eq!(kind_of("publish the evaluation"), AskKind::Statement);
        assert_eq!(addressed_to("Will the Minister meet me?"), "Minister");
        assert_eq!(addressed_to("The Government must act."), "Government");
    }

    #[test]
    fn a_question_whether_the_minister_is_aware_asks_nothing_unless_it_goes_on() {
        for t in [
            "Is the Foreign Secretary aware that many people will be surprised by his account?",
            "In no way do I question his integrity, but is he aware that for some of us the head of this case is hard to credit?",
            "Is my right hon. Friend aware of the anger in my constituency?",
            // "when" opening a clause, not a question.
            "Is the Foreign Secretary aware that people will be surprised to hear him describe the ruling as a vindication, when in fact he has been forced to reveal it?",
        ] {
            assert!(only_asks_awareness(t), "{t}");
        }
        for t in [
            "Is the Minister aware of the anger, and will she meet the families?",
            "Is he aware that the fund closes in March, and when will it reopen?",
            "Is she aware of the backlog, and what steps is she taking to clear it?",
            "Does he agree that the scheme is not widely known, of which few are aware?",
            "Will the Minister publish the figures each quarter?",
        ] {
            assert!(!only_asks_awareness(t), "{t}");
        }
    }

    #[test]
    fn signposts_and_thanks_ask_nothing() {
        for t in [
            "May I raise a point about the pharmacies in my constituency?",
            "May I add my thanks to the dedicated frontline staff of the Department for all they have done?",
            "May I also pay tribute to the work coaches in every jobcentre?",
            "May I, too, thank the staff at the DWP for their very hard work?",
            "In thanking my right hon. Friend for his statement, may I add a thank you for his comments about the committee?",
            "May I therefore take the opportunity to thank all the staff who have delivered universal credit?",
            "May I remind Ministers that the Government's first priority is the defence of the United Kingdom?",
            "May I gently point out to him that the Royal Navy was funded by King Alfred in the 9th century?",
            "May I, as a fellow author, congratulate the Secretary of State on his sales?",
            "May I associate myself with the Prime Minister's comments in relation to the armed forces?",
            "May I welcome the hon. Gentleman to his post and wish him well in it?",
            "May I complete my supplementary question?",
            "Can I join the Prime Minister in his comments about Windrush, and pay tribute to everyone who has served in our armed forces?",
            "Can I also pay tribute to everyone standing for election tomorrow?",
        ] {
            assert!(is_signpost(t), "{t}");
        }
        for t in [
            "May I urge the Secretary of State to end the five-week wait?",
            "In the light of that, may I urge the Secretary of State to end the wait?",
            "May I first ask the Minister whether the review has reported?",
            "May I take this opportunity to ask the Minister when the review will report?",
            "May I welcome the statement and ask the Minister whether the money is new money?",
            "May I thank the Minister for his answer, but will he now publish the report?",
            "Can I ask the Prime Minister when the review will report?",
            "Can I take it that the Minister will publish the report?",
        ] {
            assert!(!is_signpost(t), "{t}");
        }
    }

    #[test]
    fn questions_of_five_words_or_more() {
        assert!(is_question(
            "Will the Minister publish the figures each quarter?"
        ));
        assert!(is_question(
            "Does he agree that the cap should be extended?"
        ));
        assert!(!is_question("Will the Minister give way?"));
        assert!(!is_question(
            "Will the cabinet secretary take an intervention?"
        ));
        assert!(!is_question(
            "May I ask the Leader of the House to give us the business for next week?"
        ));
        assert!(!is_question("The Minister will publish the figures."));
        // Asking, in a few words, only for an answer asks nothing new; asking for an answer
        // to a question it states does.
        assert!(!is_question(
            "Will the minister answer my question, yes or no?"
        ));
        assert!(is_question(
            "May I ask the Minister to answer the Question, which was about the number of service men killed over the last year?"
        ));
        // As tabled, without a question mark.
        assert!(is_question(
            "To ask Her Majesty's Government what steps they are taking to create a more balanced economy."
        ));
        assert!(is_question(
            "asked the Minister of Education if he will increase the amount allocated."
        ));
        assert!(!is_question("I asked the Minister about this last week."));
        assert!(is_question(
            "1. What steps his Department is taking to keep community pharmacies open."
        ));
        assert!(!is_question("What we need is a plan for the pharmacies."));
        // The Commons' other tabled forms, as TheyWorkForYou prints them (no number).
        for tabled in [
            "What his most recent estimate is of the average time taken to process an asylum application.",
            "What her most recent assessment is of the effect of the recession on the third sector.",
            "What his Department's timetable is for the revision of regional spatial strategies.",
            "What role his Department plays in making contingency arrangements for strikes.",
            "What assistance his Department provides to local food chains.",
        ] {
            assert!(is_question(tabled), "{tabled}");
        }
        assert!(!is_question(
            "What his Government did was wrong, and he knows it."
        ));
        assert!(!is_question(
            "If he will list his official engagements for Wednesday 22 June."
        ));
        for ritual in [
            "To ask the First Minister what engagements he has planned for the rest of the day.",
            "To ask the First Minister what issues will be discussed at the next meeting of the Cabinet.",
            "To ask the First Minister when he will next meet the Secretary of State for Scotland.",
        ] {
            assert!(!is_question(ritual), "{ritual}");
        }
        assert!(is_question(
            "To ask the First Minister how the Scottish Government intends to announce its decision on the proposed grid upgrade."
        ));
        assert!(!is_question(
            "I ask my noble friend a rhetorical question: is there any other assembly like it?"
        ));
        assert!(is_rhetorical(
            "She will talk to us about immigration control, but I ask her to imagine that it was her children behind bars."
        ));
        assert!(!is_rhetorical(
            "Was it not unrealistic of the Ministry to imagine that it could impose a merger?"
        ));
        // A question to the House about its own members.
        assert!(is_rhetorical(
            "How many of us in this House have been in public buildings with windows broken?"
        ));
        assert!(!is_rhetorical(
            "How many of the people held in Yarl's Wood are due for deportation?"
        ));
        // The speaker asking themself.
        assert!(is_rhetorical("Who am I to disagree with that assessment?"));
        assert!(is_rhetorical(
            "He is a very good salesman, or should I say a good member of the marketing team?"
        ));
        assert!(!is_rhetorical(
            "Should I write to the Minister about the case?"
        ));
        // Doubt put to all present.
        assert!(is_rhetorical(
            "Do we really want to add an extra burden on this noble profession?"
        ));
        assert!(is_rhetorical(
            "Do we not all think that the key is to go after those engaged in exploitation?"
        ));
        assert!(!is_rhetorical(
            "Do we not need to find ways as a country proactively to seek out those at risk?"
        ));
        assert!(is_rhetorical(
            "Yet do we want all these children to be conveyed in cars or buses, rather than walk?"
        ));
        assert!(is_rhetorical(
            "Just this week we have been told that our economy has slipped. Are we really doing so well?"
        ));
        assert!(!is_question(
            "If the Germans are asked to bail out Greece, do we seriously believe that the euro will survive?"
        ));
        assert!(!is_rhetorical(
            "Will the Minister tell us what we really need to do to qualify for the fund?"
        ));
        assert!(is_rhetorical(
            "So is it any wonder that the United Kingdom cannot now pay its Territorial Army?"
        ));
        assert!(is_rhetorical(
            "How can anyone have confidence in something that is not properly understood?"
        ));
        assert!(!is_rhetorical(
            "How can the Minister have confidence in a scheme that is not understood?"
        ));
        assert!(is_rhetorical(
            "Can the Government be trusted to deliver social care reform that is so desperately needed?"
        ));
        assert!(is_rhetorical("How can they be trusted with our pensions?"));
        assert!(is_rhetorical(
            "How can we trust the Government to deliver on reform when they leave the public playing guessing games?"
        ));
        assert!(!is_rhetorical(
            "Can the Minister confirm that the figures published by the agency can be trusted?"
        ));
        assert!(is_rhetorical(
            "Can anyone imagine a Minister in any other Executive saying that he would refuse to attend a church service?"
        ));
        assert!(is_rhetorical(
            "How can any of us have any confidence that the UK Border Agency is fit for purpose?"
        ));
        assert!(is_rhetorical(
            "Am I the only person in the House who has completely lost the will to live in respect of the UK Border Agency?"
        ));
        assert!(is_rhetorical(
            "Am I alone in thinking that the scheme has been a failure?"
        ));
        assert!(!is_rhetorical(
            "Am I right in thinking that the Minister will publish the review next month?"
        ));
        // Asked in reported form, as the Lords often ask.
        assert!(is_question(
            "My Lords, perhaps I may ask my noble friend shortly and succinctly precisely what the United Kingdom is doing to help."
        ));
        assert!(is_question(
            "I should like to ask the Minister whether, if this dispute carries on, there is any way in which he can help."
        ));
        assert!(!is_question(
            "I should like to ask the House to bear with me for a few minutes."
        ));
        assert!(!is_question(
            "They did not ask for the money, and they did not get it either."
        ));
    }
}
