//! Whose voice a sentence speaks in: someone else's view reported ("Network Rail believes
//! that ..."), what the speaker was told ("I understand that ..."), or what the speaker
//! marks as their main point ("Crucially, ..."). Read from the sentence's opening words;
//! and whose "will" a cue is: a forecast ("we will no doubt hear"), a member's or another
//! body's ("the council will consider"), rather than the Government's promise.

use super::words_of;

/// How many words of a sentence's opening can hold the subject of a reporting verb.
const REPORTER_WORDS: usize = 8;

/// True when a sentence opens by giving someone else's view ("Network Rail believes that
/// ...", "The regulator concluded that ...", "As we have heard, ..."): the reporting verb
/// comes within its first few words and nothing before it names the Government.
pub fn recounts_others(s: &str) -> bool {
    recounts_in(&words_of(s))
}

/// [`recounts_others`] for a sentence's words, as [`words_of`] gives them.
fn recounts_in(w: &str) -> bool {
    // Reported without a reporter: "The point has been made that people already have great
    // access", "It has been suggested that ...".
    const UNNAMED: [&str; 8] = [
        " the point has been made ",
        " the argument has been made ",
        " it has been said ",
        " it has been suggested ",
        " it has been argued ",
        " it has been claimed ",
        " some have argued ",
        " some have suggested ",
    ];
    if UNNAMED.iter().any(|u| w.starts_with(u)) {
        return true;
    }
    // Members named in full hold the verb further in: "The noble Baroness, Lady Verma, and
    // the noble Lord, Lord Addington, were interested to know ...".
    let named = [
        " the noble ",
        " my noble ",
        " the hon ",
        " my hon ",
        " the right hon ",
    ];
    let reach = REPORTER_WORDS * (1 + usize::from(named.iter().any(|m| w.starts_with(m))));
    let words: Vec<&str> = w.split_whitespace().take(reach + 1).collect();
    let Some(at) = words.iter().position(|x| REPORTING_VERBS.contains(x)) else {
        return false;
    };
    let before = words.get(..at).unwrap_or_default();
    let (Some(&first), Some(&last)) = (before.first(), before.last()) else {
        return false;
    };
    // "It is wrong to believe ...", "the practice to which he referred ...": the verb is
    // not the sentence's own.
    if last == "to" || before.iter().any(|x| RELATIVES.contains(x)) {
        return false;
    }
    // "There is a need, as he said, to ...": the report is an aside.
    if before.iter().skip(1).any(|&x| x == "as") {
        return false;
    }
    let heard = words.get(at) == Some(&"heard");
    let by_government = before.iter().any(|x| GOVERNMENT_REPORTERS.contains(x));
    // "As we have heard, ..." recounts the debate; "We believe ..." is the Government's own.
    (first == "as" && heard) || !by_government
}

/// True when a sentence gives only someone else's view ([`recounts_others`]), with no
/// clause of the Government's own after it ("My hon. Friend has raised a new point and I
/// shall look into it", "..., but that is not Government policy", "He asked why ...; I
/// assure him that ...").
pub fn only_recounts_others(s: &str) -> bool {
    let w = words_of(s);
    (recounts_in(&w) || turns_to_a_point(&w))
        && ![" but ", " and i ", " and we "]
            .iter()
            .any(|c| w.contains(c))
        // "He asked why it was taking so long; I assure him that ...".
        && !["; I ", "; we ", "; We "].iter().any(|c| s.contains(c))
        // "He also asks whether the police have the papers, and he knows very well that all
        // the papers have been handed over": the question reported, then its answer.
        && !((w.contains(" asks ") || w.contains(" asked ")) && s.contains(", and "))
}

/// True when a sentence only turns to a member's point, to answer it in the sentences after
/// ("I should like to respond directly to the point raised by the hon. Member for Westbury
/// about ...", "Let me turn to the questions put by ...", "I turn now to the points made"):
/// it answers nothing itself. `w` is the sentence's words, as [`words_of`] gives them.
fn turns_to_a_point(w: &str) -> bool {
    /// How the speaker says they will take a point up.
    const TAKING_UP: [&str; 8] = [
        " respond to ",
        " respond directly to ",
        " reply to ",
        " turn to ",
        " turn now to ",
        " now turn to ",
        " come to ",
        " deal with ",
    ];
    /// Who says so: the minister, in the first words.
    const OPENINGS: [&str; 3] = [" i ", " let me ", " turning "];
    /// What is taken up, and that a member put it.
    const POINTS: [&str; 8] = [
        " point ",
        " points ",
        " question ",
        " questions ",
        " issue ",
        " issues ",
        " concern ",
        " concerns ",
    ];
    const PUT: [&str; 5] = [" raised ", " made ", " put ", " asked ", " mentioned "];
    // Asked of every reply sentence: only one opening this way is read further.
    if !OPENINGS.iter().any(|o| w.starts_with(o)) {
        return false;
    }
    let Some(at) = TAKING_UP
        .iter()
        .filter_map(|t| w.find(t).map(|i| i + t.len() - 1))
        .min()
    else {
        return false;
    };
    // The verb comes within the sentence's first few words ("I should like to respond").
    let opening_words = w
        .get(..at)
        .map_or(usize::MAX, |o| o.split_whitespace().count());
    let rest = w.get(at..).unwrap_or_default();
    opening_words <= 7
        && POINTS.iter().any(|p| rest.contains(p))
        && PUT.iter().any(|p| rest.contains(p))
}

/// Words that open a relative clause: a reporting verb after one is not the sentence's.
const RELATIVES: &[&str] = &["which", "who", "whom", "that", "what"];

/// True when a sentence opens by marking itself as the speaker's main point ("Crucially,
/// ...", "Let me be clear: ...").
pub fn stresses(s: &str) -> bool {
    // Asked of every sentence a summary weighs: read in place, without a folded copy, and
    // only against the phrases that begin with the sentence's first letter.
    let t = s.as_bytes();
    let Some(start) = t.iter().position(u8::is_ascii_alphanumeric) else {
        return false;
    };
    let first = t.get(start).map(u8::to_ascii_lowercase);
    EMPHASIS
        .iter()
        .filter(|e| e.as_bytes().first() == first.as_ref())
        .any(|e| opens_with(t, start, e))
}

/// True when a sentence opens by passing on what the speaker was told ("I understand that
/// ...", "I have spoken to ...").
pub fn passes_on(s: &str) -> bool {
    // Asked of every sentence a member's summary weighs: every such opening starts "I ".
    let t = s.as_bytes();
    t.iter()
        .position(u8::is_ascii_alphanumeric)
        .is_some_and(|start| {
            t.get(start..start + 2)
                .is_some_and(|h| h.eq_ignore_ascii_case(b"i "))
                && HEARSAY.iter().any(|e| opens_with(t, start, e))
        })
}

/// Whether text `t`, from its first word at `at`, opens with `phrase` (lowercase ASCII
/// words, single spaces) as whole words, as [`words_of`] would show it: case and the
/// punctuation between words ignored.
fn opens_with(t: &[u8], mut at: usize, phrase: &str) -> bool {
    // Read byte by byte (asked of every sentence a summary weighs, against whole lists): a
    // space of the phrase stands for one or more separators of the text.
    let separator = |b: u8| !b.is_ascii_alphanumeric();
    for &p in phrase.as_bytes() {
        if p == b' ' {
            let gap = t
                .get(at..)
                .map_or(0, |r| r.iter().take_while(|&&b| separator(b)).count());
            if gap == 0 {
                return false;
            }
            at += gap;
        } else {
            match t.get(at) {
                Some(b) if b.eq_ignore_ascii_case(&p) => at += 1,
                _ => return false,
            }
        }
    }
    t.get(at).is_none_or(|&b| separator(b))
}

/// Verbs that report what someone thinks or said ("Network Rail believes that ...", "The
/// regulator concluded that ..."): a sentence led by one of them, with someone other than
/// the Government before it, gives another's view, not the Government's.
const REPORTING_VERBS: &[&str] = &[
    "believe",
    "believes",
    "concluded",
    "concludes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "said",
    "says",
    "suggested",
    "suggests",
    "told",
    "mentioned",
    "raised",
    "highlighted",
    "referred",
    "noted",
    "pointed",
    "feel",
    "feels",
    "thinks",
    "think",
    "heard",
    "acknowledged",
    "asked",
    "asks",
    // "She wanted to know how we will review them", "He wondered whether ...", "Noble
    // Lords were interested to know ...".
    "wanted",
    "wondered",
    "queried",
    "enquired",
    "inquired",
    "interested",
];

/// Words that make the one who speaks the Government itself ("we believe", "the Government
/// concluded"): a report led by them is the Government's own view.
const GOVERNMENT_REPORTERS: &[&str] = &[
    "i",
    "we",
    "government",
    "department",
    "ministers",
    "minister",
    "secretary",
];

/// Openings by which a speaker marks a sentence as their main point ("Crucially, ...",
/// "Let me be clear: ...", "Our position is clear: ..."): a summary gives it more weight.
const EMPHASIS: &[&str] = &[
    "crucially",
    "above all",
    "most importantly",
    "most important of all",
    "let me be clear",
    "let me be absolutely clear",
    "let me make it clear",
    "i want to be clear",
    "i want to make it clear",
    "i want to be absolutely clear",
    "our position is clear",
    "the key point is",
    "the crucial point is",
    "the central point is",
    "the fundamental point is",
    "the most important thing is",
    "i stress that",
    "i want to stress",
    "i must stress",
    "i want to emphasise",
    "i emphasise",
];

/// Openings by which a speaker passes on what they were told ("I understand that ...", "I
/// have spoken to ..."): an account of their inquiries, not their case.
const HEARSAY: &[&str] = &[
    "i understand that",
    "i am told",
    "i have been told",
    "i was told",
    "i am informed",
    "i have been informed",
    "i have spoken to",
    "i spoke to",
    "i gather",
];

/// What follows "we will" in a forecast rather than a promise: seeing, hearing, knowing or
/// learning ("we will no doubt hear of instances ...", "one of the things that we will learn
/// ..."), not seeing to it ("see that").
const FORESEEN: &[&str] = &[
    "see ",
    "hear ",
    "know ",
    "notice ",
    "learn ",
    "no doubt ",
    "doubtless ",
    "undoubtedly ",
    "probably ",
];

/// True when the words after a "we will" name a harm done, not a promise kept: "let down",
/// "fail", "abandon", "undermine", "damage", "harm". Narrower than `clauses::HARMS`, whose
/// "let" and "stand" also open promises ("we will let him know", "we will stand by them").
pub(super) fn warns_of_harm(after: &str) -> bool {
    const HARM: [&str; 8] = [
        "let down ",
        "let them down ",
        "let people down ",
        "fail ",
        "abandon",
        "undermin",
        "damag",
        "harm",
    ];
    HARM.iter().any(|h| after.starts_with(h))
}

/// How the Government feels, after "continue to be" ("We continue to be concerned about
/// those issues"): a state of mind, not something it keeps doing.
const FEELINGS: [&str; 8] = [
    "concerned",
    "worried",
    "disappointed",
    "saddened",
    "hopeful",
    "optimistic",
    "grateful",
    "alarmed",
];

/// True when the cue at `start..end` of `words` ends in "will" or "shall" and what follows
/// is a forecast (`FORESEEN`), or ends in "continue to" and what follows is a feeling
/// (`FEELINGS`).
pub(super) fn forecasts(words: &str, start: usize, end: usize) -> bool {
    let cue = words.get(start..end).unwrap_or_default();
    let after = words.get(end..).unwrap_or_default();
    let feels = |after: &str| {
        after.strip_prefix("be ").is_some_and(|a| {
            a.split_whitespace()
                .find(|w| !matches!(*w, "very" | "deeply" | "extremely" | "most" | "so"))
                .is_some_and(|w| FEELINGS.contains(&w))
        })
    };
    match cue.split_whitespace().next_back() {
        Some("will" | "shall") => {
            (FORESEEN.iter().any(|w| after.starts_with(w)) && !after.starts_with("see that "))
                || after.strip_prefix("continue to ").is_some_and(feels)
        }
        Some("to") => cue.trim_end().ends_with("continue to") && feels(after),
        _ => false,
    }
}

/// Who a cue that opens "will" or "shall" ("will continue to", "will look at") is said of,
/// when that is a member or a body other than the Government: the word before it ("the
/// council will consider", "other funders will consider them").
pub(super) const MEMBER_SUBJECTS: &[&str] = &[
    "he",
    "she",
    "friend",
    "gentleman",
    "lady",
    "member",
    "members",
    // "I hope that noble Lords will reflect on that", "the noble Baroness will consider".
    "lord",
    "lords",
    "baroness",
    "council",
    "councils",
    "committee",
    "funders",
    "body",
    "bodies",
    "plan",
    "court",
    "courts",
    "companies",
    "industry",
    "opposition",
];

/// True when the cue found at byte `start` of `words` opens "will" or "shall" and the word
/// before it names a member or another body ("he will continue to", "my hon. Friend will
/// look at", "the council will consider").
pub(super) fn said_of_another(words: &str, start: usize) -> bool {
    said_by(words, start, |w| MEMBER_SUBJECTS.contains(&w))
}

/// [`said_of_another`], or said of the House ("The House will note that the addition of
/// £15 million ..."): whose "will" names no Government actor for money.
pub(super) fn said_of_the_house_or_another(words: &str, start: usize) -> bool {
    said_by(words, start, |w| {
        MEMBER_SUBJECTS.contains(&w) || w == "house" || w == "lords"
    })
}

/// True when the cue found at byte `start` of `words` opens "will" or "shall", or follows
/// one ("reflect on" in "noble Lords will reflect on that"), and the word before that "will"
/// is a `subject`.
fn said_by(words: &str, start: usize, subject: impl Fn(&str) -> bool) -> bool {
    let (before, cue) = words.split_at(start.min(words.len()));
    let cue = cue.trim_start();
    let mut back = before.split_whitespace().rev();
    let will = |w: &str| w == "will" || w == "shall";
    if cue.starts_with("will ") || cue.starts_with("shall ") {
        return back.next().is_some_and(subject);
    }
    back.next().is_some_and(will) && back.next().is_some_and(subject)
}

/// True when a speech opens by summing up or concluding: the last speech of a debate.
pub fn sums_up(t: &str) -> bool {
    const CLOSING: [&str; 7] = [
        "in summary",
        "in conclusion",
        "to conclude",
        "to sum up",
        "in closing",
        "finally,",
        "lastly,",
    ];
    let t = t.trim_start();
    CLOSING
        .iter()
        .any(|c| t.get(..c.len()).is_some_and(|h| h.eq_ignore_ascii_case(c)))
}

/// True for a sentence that opens by answering the question just put: "There are two
/// reasons.", "The answer is ...", "Because ...", "No, it is not.", "Of course not."
pub fn answers_a_question(s: &str) -> bool {
    const OPENINGS: [&str; 16] = [
        "there are two ",
        "there are three ",
        "there are several ",
        "there are a number of ",
        "there is one reason",
        "there is a simple reason",
        "the answer is",
        "the answer to that",
        "the reason is",
        "the reasons are",
        "because ",
        "it is because ",
        "simply because ",
        "of course not",
        "certainly not",
        "absolutely not",
    ];
    let t = s.trim_start().to_lowercase();
    OPENINGS.iter().any(|o| t.starts_with(o))
        || ["no", "yes"].iter().any(|w| {
            t.strip_prefix(w)
                .is_some_and(|rest| rest.starts_with([',', '.', '!', ';', '—']))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn turning_to_a_members_point_answers_nothing_itself() {
        use super::only_recounts_others;
        assert!(only_recounts_others(
            "I should like to respond directly to the point raised by the hon. Member for Westbury (Dr. Murrison) about the structural disbandment of the civil contingency reaction force."
        ));
        assert!(only_recounts_others(
            "Let me turn to the questions put by the right hon. Member for Lagan Valley."
        ));
        // One that answers in the same sentence, or takes up no member's point, is its own.
        assert!(!only_recounts_others(
            "I turn to the point raised by my hon. Friend, but the fund is closed."
        ));
        assert!(!only_recounts_others(
            "I want to turn to the future of the fund."
        ));
        assert!(!only_recounts_others(
            "We will respond to the points made in the consultation by the summer."
        ));
    }

    /// What `opens_with` was before it read the phrase byte by byte: word by word.
    fn opens_with_by_words(t: &[u8], mut at: usize, phrase: &str) -> bool {
        let separator = |b: u8| !b.is_ascii_alphanumeric();
        for (n, word) in phrase.split(' ').enumerate() {
            if n > 0 {
                let gap = t
                    .get(at..)
                    .map_or(0, |r| r.iter().take_while(|&&b| separator(b)).count());
                if gap == 0 {
                    return false;
                }
                at += gap;
            }
            let Some(here) = t.get(at..at + word.len()) else {
                return false;
            };
            if !here.eq_ignore_ascii_case(word.as_bytes()) {
                return false;
            }
            at += word.len();
        }
        t.get(at).is_none_or(|&b| separator(b))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn opens_with_reads_as_word_by_word(
            t in "[ ,.;:'IiWwEe]{0,3}(i|I|we|We|let|Let|me|be|clear|CLEAR|crucially|understand|that)([ ,.;:'—]{1,2}(i|we|let|me|be|clear|understand|that|thats)){0,4}[ .,]{0,2}",
            phrase in "(i|we|let|me|be|clear|understand|that)( (i|we|let|me|be|clear|understand|that)){0,3}",
            at in 0usize..4,
        ) {
            let b = t.as_bytes();
            proptest::prop_assert_eq!(super::opens_with(b, at, &phrase), opens_with_by_words(b, at, &phrase));
        }
    }
}
