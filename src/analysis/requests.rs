//! Key requests: sentences in which members ask the Government to act ("I call on the
//! Government to ...", "Will the Minister ...?", "the Government should ...", "I urge ...",
//! "we need a ..."), quoted as spoken, with who asked; the lead's first, then in spoken order.

use super::text::{is_courtesy, sentences, word_count};

use crate::prebuilt::ASK;

/// True for what the chair or a member says to manage the floor rather than to ask: "give
/// way", "giving way", "in a moment" as whole words anywhere, or "Order" opening the
/// sentence (ASCII case aside, ASCII word boundaries).
fn manages_the_floor(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let whole = |start: usize, end: usize| (start == 0 || !word(start - 1)) && !word(end);
    (b.get(..5).is_some_and(|h| h.eq_ignore_ascii_case(b"order")) && !word(5))
        || crate::phrase_table::FLOOR_PHRASES
            .overlapping(b)
            .any(|h| whole(h.start, h.end))
}

/// True when a sentence asks something of the Government.
pub fn is_request(s: &str) -> bool {
    crate::phrase_table::REQUEST_CUES.is_match(s) && asks_of_government(s, word_count(s))
}

/// [`is_request`] for a sentence whose word count is known.
pub fn is_request_counted(s: &str, words: usize) -> bool {
    crate::phrase_table::REQUEST_CUES.is_match(s)
        && asks_of_government(s, words)
        && !super::asks::asks_nothing_of_substance(&s.to_lowercase())
}

/// True when sentence `s` carries on a request of the Government made in the sentence
/// before it, `before`, with "they" for the Government: "The Government must go beyond
/// words. They must finally make the financial commitments ...".
pub fn continues_request(s: &str, words: usize, before: &str) -> bool {
    they_must(s).is_some()
        && is_request(before)
        && subject_is_government(before)
        && (5..=90).contains(&words)
        && stands_as_request(s)
}

/// What follows "They must / should / need to / ought to / have to" opening a sentence.
pub fn they_must(s: &str) -> Option<&str> {
    const MODALS: [&str; 6] = [
        "must ",
        "should ",
        "need to ",
        "needs to ",
        "ought to ",
        "have to ",
    ];
    let rest = s.trim_start();
    let rest = rest
        .get(..5)
        .filter(|h| h.eq_ignore_ascii_case("they "))
        .and_then(|_| rest.get(5..))?;
    let rest = MODALS.iter().find_map(|m| rest.strip_prefix(m))?;
    // "They must have known": what the Government did, not what they are asked to do.
    (!rest.starts_with("have ") && !rest.starts_with("be aware")).then_some(rest)
}

/// True when the request in `s` names the Government or its Ministers as who must act.
fn subject_is_government(s: &str) -> bool {
    let t = s.to_lowercase();
    [
        "government",
        "ministers",
        "the department",
        "the minister",
        "the secretary of state",
    ]
    .iter()
    .any(|g| t.contains(g))
}

fn asks_of_government(s: &str, n: usize) -> bool {
    (5..=90).contains(&n)
        && (ASK.is_match(s.as_bytes()) || asks_in_passing(s))
        && stands_as_request(s)
        && !super::asking_nothing::needs_only_in_a_relative(s, |rest| {
            ASK.is_match(rest.as_bytes()) || asks_in_passing(rest)
        })
}

/// The tests a sentence with a request's wording must pass to be one.
fn stands_as_request(s: &str) -> bool {
    !manages_the_floor(s)
        && !super::asks::only_presses(s)
        && !is_courtesy(s)
        && !super::asks::is_rhetorical(s)
        && !super::asking_nothing::only_concedes(s)
        && !super::asking_nothing::questions_the_need(s)
        && !reports_another(s)
        && !super::abroad::asks_another_government(s)
        && !super::relatives::duty_only_describes(s)
        && !super::needless::denies_a_need(s, |rest| {
            ASK.is_match(rest.as_bytes()) || asks_in_passing(rest)
        })
        && !praises_or_signposts(s)
        && !only_emotes(s)
        && {
            let ask = super::asks::ask_of(s);
            !asks_nothing_in_particular(&ask)
                && !faults_the_past(s, &ask)
                && !super::reminders::only_pays_tribute(s)
                && !super::reminders::only_deliberated(s)
                && !super::reminders::only_disowned(s)
                && !super::reminders::only_hopes_of_the_debate(s)
        }
}

/// True for a "need" or "must" that asks nothing: praise of what is already there ("The
/// Bill is exactly what we need to ...") or a signpost ("the following points must be
/// made").
fn praises_or_signposts(s: &str) -> bool {
    const FORMS: [&str; 9] = [
        " is what we need",
        " is exactly what we need",
        " is just what we need",
        " is precisely what we need",
        " is what is needed",
        " is exactly what is needed",
        " are what we need",
        "points must be made",
        "point must be made",
    ];
    // Most requests hold neither word, and skip the lowercasing.
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"need").is_none() && crate::scan::holds!(b, b" made").is_none() {
        return false;
    }
    let t = s.to_lowercase();
    FORMS.iter().any(|f| t.contains(f))
}

/// True for a "should" of feeling, not of duty: after "disgraceful", "sad", "extraordinary"
/// and the like, and "that", a "should" says how the speaker feels about what was done and
/// asks nothing ("I find it disgraceful that any government should be so keen to rush this
/// through", "Is it not sad that the Government should assist Westland's chairman ...?");
/// nor does a call for shame ("The Government should hang its head in shame", "Ministers
/// should be ashamed"), nor welcoming another's proposal ("We welcome Lord Boyce's suggestion
/// that a factor should be introduced"). "It is essential that the Government should publish
/// it" still asks.
fn only_emotes(s: &str) -> bool {
    const FEELING: [&str; 17] = [
        "disgraceful",
        "extraordinary",
        "astonishing",
        "surprising",
        "strange",
        "odd",
        "sad",
        "shameful",
        "amazing",
        "remarkable",
        "ironic",
        "incredible",
        "outrageous",
        "scandalous",
        "appalling",
        "shocking",
        "bizarre",
    ];
    // Most requests hold no "should", and skip the lowercasing.
    if crate::scan::holds!(s.as_bytes(), b"should").is_none() {
        return false;
    }
    let t = s.to_lowercase();
    if t.contains("in shame") || t.contains("should be ashamed") {
        return true;
    }
    // Welcoming another's proposal restates it as praise: "We welcome Lord Boyce's
    // suggestion that a factor should be introduced" ("I would welcome ..." still asks).
    const PROPOSED: [&str; 4] = ["suggestion", "recommendation", "proposal", "idea"];
    t.match_indices(" that ").any(|(i, m)| {
        let before: Vec<&str> = t
            .get(..i)
            .unwrap_or_default()
            .split_whitespace()
            .rev()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let welcomed = before.first().is_some_and(|w| PROPOSED.contains(w))
            && before.contains(&"welcome")
            && !t.contains("would welcome");
        let felt = welcomed || before.iter().take(3).any(|w| FEELING.contains(w));
        let should = t
            .get(i + m.len()..)
            .unwrap_or_default()
            .split_whitespace()
            // "It is astonishing that with so little time left in this Parliament, the
            // Government should be using it in such a shambolic way."
            .take(12)
            .any(|w| w == "should");
        felt && should
    })
}

/// True when what sentence `s` asks for (its `ask`, as `asks::ask_of` gives it) is already
/// past: "Ministers should have had some foresight", "the Government should have published
/// the report months ago" find fault, and ask nothing that can still be done ("we need to
/// have a review" still asks).
fn faults_the_past(s: &str, ask: &str) -> bool {
    const IRREGULAR: [&str; 32] = [
        "had", "been", "done", "made", "taken", "given", "known", "thought", "seen", "got", "put",
        "told", "brought", "set", "kept", "heard", "paid", "sent", "spent", "built", "found",
        "held", "met", "sought", "gone", "left", "lost", "sold", "bought", "chosen", "written",
        "spoken",
    ];
    const MARKS: [&str; 5] = [
        " should have ",
        " must have ",
        " ought to have ",
        " should not have ",
        " ought not to have ",
    ];
    let participle = |w: &str| {
        IRREGULAR.contains(&w) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("wn")))
    };
    // "I hope that the Minister will have found it in his heart to agree" still asks.
    if !MARKS.iter().any(|m| s.contains(m)) {
        return false;
    }
    // "..., and the Minister must now publish it" asks as well.
    if s.contains(" must now ") || s.contains(" should now ") {
        return false;
    }
    let mut words = ask.split_whitespace();
    if words.next().is_some_and(|w| w.eq_ignore_ascii_case("have")) {
        return words.next().is_some_and(participle);
    }
    // No frame found, the ask is the sentence itself: it faults the past when every
    // "should have" in it is followed by a participle ("that we should not have gone there").
    let whole = s.trim().trim_end_matches(['.', '!', '?']);
    // "..., and how we should fund it going forward" asks as well.
    let modal_elsewhere = [" should ", " must ", " ought ", " need to "]
        .iter()
        .any(|m| {
            s.match_indices(m).any(|(at, _)| {
                let rest = s.get(at + m.len()..).unwrap_or("");
                !(rest.starts_with("have ")
                    || rest.starts_with("not have ")
                    || rest.starts_with("to have ")
                    || rest.starts_with("not to have "))
            })
        });
    ask == whole
        && !modal_elsewhere
        && MARKS.iter().all(|m| {
            s.match_indices(m).all(|(at, _)| {
                s.get(at + m.len()..)
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|w| participle(w.trim_end_matches([',', '.', ';'])))
            })
        })
}

/// True when what a sentence asks for, once its frame is gone, names nothing to do: "that
/// is why we need to act", "we need to work together", "I look forward to what the Minister
/// has to say", "the representations that the Government should be making". A verb alone,
/// or with a word that points elsewhere or only qualifies it. `ask` is what the sentence
/// asks, as `asks::ask_of` gives it.
fn asks_nothing_in_particular(ask: &str) -> bool {
    const EMPTY: [&str; 22] = [
        "that",
        "this",
        "it",
        "together",
        "forward",
        "about",
        "specifically",
        "so",
        "again",
        "further",
        "now",
        "here",
        "there",
        "more",
        "up",
        "on",
        "out",
        "making",
        "doing",
        "saying",
        "to",
        "urgently",
    ];
    let words = super::asks::words_of_action(ask);
    let words = super::asking_nothing::without_being_able(&words);
    if super::asking_nothing::only_asks_for_a_reply(words) {
        return true;
    }
    match words {
        [] | [_] => true,
        [first, second] => {
            EMPTY.contains(&second.as_str())
                || matches!(first.as_str(), "be" | "also" | "just" | "really")
        }
        _ => false,
    }
}

/// True for a statement that reports what someone else said should happen ("Lord Boyce
/// said that the judgment should be taken further", "the Green Paper says that we need more
/// joined-up working"), what a law lays down ("The Act provides that ...") or what was
/// decided before, with no ask of the speaker's own before it or after a "but" ("The
/// Secretary of State says that ..., but I urge him to ..." asks).
fn reports_another(s: &str) -> bool {
    const SAYERS: [&str; 6] = [
        "the minister",
        "the government",
        "the secretary of state",
        "the noble lord",
        "the noble baroness",
        "my noble friend",
    ];
    const REPORTING: [&str; 15] = [
        " said that ",
        " says that ",
        " suggested that ",
        " suggests that ",
        " recommended that ",
        " recommends that ",
        " argued that ",
        " argues that ",
        " stated that ",
        " states that ",
        // What the Government or the House decided before: "In Committee, the Government
        // did not accept that the duty should be widened".
        " did not accept that ",
        " conceded that ",
        // What a law or a rule lays down: "The Act provides that reasonable adjustments
        // should be made".
        " provides that ",
        " requires that ",
        " stipulates that ",
    ];
    // Asked of every request: most hold no " that ".
    if s.trim_end().ends_with('?') || crate::scan::holds!(s.as_bytes(), b" that ").is_none() {
        return false;
    }
    REPORTING.iter().any(|r| {
        s.find(r).is_some_and(|at| {
            let (before, after) = s.split_at(at);
            // A decision of the past ("did not accept that") is reported whoever is named
            // before it; what was said is the member's own ask when they ask before it ("I
            // hope the Minister agrees that ...").
            let past = matches!(*r, " did not accept that " | " conceded that ");
            // The one who said it is no cue of an ask: "Finally, the Minister said that
            // ..., the Government should ..." reports the Minister.
            let before = SAYERS
                .iter()
                .find_map(|w| {
                    let cut = before.len().checked_sub(w.len())?;
                    before
                        .get(cut..)
                        .filter(|tail| tail.eq_ignore_ascii_case(w))
                        .and_then(|_| before.get(..cut))
                })
                .unwrap_or(before);
            (past || !crate::phrase_table::REQUEST_CUES.is_match(before))
                && !asks_after_a_but(after)
        })
    }) || reports_a_belief(s)
}

/// True when what follows a "but" in `after` asks in its own words ("..., but I urge him
/// to ..."); a "but" that only goes on with the report ("We have always said that we must
/// work within the budget, but then expected ...") asks nothing.
fn asks_after_a_but(after: &str) -> bool {
    after
        .split_once(" but ")
        .is_some_and(|(_, rest)| crate::phrase_table::REQUEST_CUES.is_match(rest))
}

/// True for a statement of what others believe should happen, with no ask of the speaker's
/// own: "the Scottish Government believes that we need a wider range of banking", "Network
/// Rail thinks that the line should be doubled". Said in the first person ("My party
/// believes that the Government must ...") it is the speaker's own ask.
fn reports_a_belief(s: &str) -> bool {
    // One who believes: "Members believe that ..." may be the speaker's own party ("The
    // Australian Greens also believe that the government should ...").
    const BELIEVING: [&str; 3] = [" believes that ", " thinks that ", " feels that "];
    const FIRST_PERSON: [&str; 5] = ["i", "we", "us", "my", "our"];
    if s.trim_end().ends_with('?') {
        return false;
    }
    let Some((at, verb)) = BELIEVING.iter().find_map(|v| s.find(v).map(|at| (at, v))) else {
        return false;
    };
    let (before, after) = (&s[..at], &s[at + verb.len()..]);
    let own = before.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        FIRST_PERSON.iter().any(|f| w.eq_ignore_ascii_case(f))
    });
    !own && !asks_after_a_but(after)
}

/// The asks made in passing, as a statement of what is needed or what would help: "...
/// to impress on the Minister my next point", "A degree of independence ... is now
/// necessary", "That difficulty could be alleviated if Government support ... were
/// increased". Read from the sentence's words as the cue matchers see them.
fn asks_in_passing(s: &str) -> bool {
    // Not "required": "English is now required for every visa" states a rule.
    const NEEDED: [&str; 4] = ["necessary", "needed", "essential", "vital"];
    // Asked of most sentences: none of the three forms can hold without one of these.
    let b = s.as_bytes();
    if crate::scan::holds!(b, b"mpress").is_none()
        && crate::scan::holds!(b, b" now ").is_none()
        && crate::scan::holds!(b, b"overnment").is_none()
    {
        return false;
    }
    let folded = super::text::normalise_for_match(s);
    let w: Vec<&str> = folded.split_whitespace().collect();
    let at = |i: usize| w.get(i).copied().unwrap_or("");
    (0..w.len()).any(|i| match at(i) {
        // "to impress on/upon the Minister / the Government / the Secretary of State"
        "impress" => {
            let j = i + 1 + usize::from(matches!(at(i + 1), "on" | "upon"));
            j > i + 1
                && at(j) == "the"
                && matches!(at(j + 1), "minister" | "government" | "secretary")
        }
        // "is now necessary", "are now urgently needed"
        "is" | "are" => {
            at(i + 1) == "now" && {
                let k = i + 2 + usize::from(at(i + 2) == "urgently");
                NEEDED.contains(&at(k))
            }
        }
        // "if (the) Government ... were increased"
        "if" => {
            let g = i + 1 + usize::from(at(i + 1) == "the");
            at(g) == "government"
                && (g + 1..=g + 6)
                    .any(|k| at(k) == "were" && at(k + 1).len() > 3 && at(k + 1).ends_with("ed"))
        }
        _ => false,
    })
}

/// All requests in a speaker's paragraphs, in order.
pub fn requests_in<'a>(paragraphs: impl Iterator<Item = &'a String>) -> Vec<&'a str> {
    paragraphs
        .flat_map(|p| sentences(p))
        .filter(|s| is_request(s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_of_what_another_said_should_happen_asks_nothing() {
        for t in [
            "Lord Boyce said that the judgment should be taken further, to provide even greater clarity about the scheme.",
            "As something of a student of these things, I noticed that the Green Paper says that we need more joined-up working.",
            "The Act provides that reasonable adjustments should be made by employers to public buildings.",
            "The Pitt inquiry states that the public utilities should be protected.",
            "In Committee, the Government did not accept that the duty to report a find of treasure should be widened.",
            // The Minister named as the one who said it is no ask of the member's own.
            "Finally, the Minister said that if there is a genuine problem, the Government should take a proper look at the evidence.",
            // A "but" that only goes on with the report.
            "We have always said that we must work within the defence budget, but then expected people to find the money elsewhere.",
            // What another believes.
            "Network Rail thinks that the line should be doubled before the work on the main line.",
            "It is important to note that the Scottish Government believes that we need to have a wider range of banking.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        // Believed in the first person, it is the member's own ask.
        for t in [
            "I believe that the Government must publish the review this year.",
            "My party believes that the Minister should meet the families.",
            "The Australian Greens also believe that the government should use this opportunity to address the inequity.",
            "Network Rail believes that we need a new line, but I urge the Minister to fund it.",
        ] {
            assert!(is_request(t), "{t}");
        }
        // The ritual that opens Business Questions asks for nothing.
        let ritual = "May I ask the Leader of the House to give us the business for next week?";
        assert!(!is_request_counted(ritual, 16));
        for t in [
            "The Secretary of State says that the scheme will be kept under review, which is welcome, but I urge him to guarantee the comparator.",
            "I urge the Minister to do what the committee recommended that the Government should do.",
            "I hope the Minister agrees that the Government should take a proper look at the evidence.",
        ] {
            assert!(is_request(t), "{t}");
        }
    }

    #[test]
    fn a_tribute_or_a_reminder_by_we_asks_nothing() {
        for t in [
            "It will be a privilege to walk to the Cenotaph on Remembrance Sunday with the TA, and we must give thanks to it now that it has passed its 100th birthday.",
            "We have made the most enormous progress in Northern Ireland, and we should pay tribute to all the political parties that have taken part.",
            "Sticking with care, we should remember that only a minority of older people require care services.",
            "Ministers must remember that the detention of such children is a phenomenon that has emerged without Parliament ever having said so.",
            "So we need to be clear that the industry faces a tough time.",
            // What the member weighed and settled.
            "I wondered whether we should do that today and came to the view that we should not.",
            "Ultimately, we need to acknowledge the importance of the industry for our economy.",
            "We need to be careful about the fact that this is not going to be as efficacious as some of us would like.",
            "We need to be aware of that as we move forward.",
            "We need to realise that if we are to protect the health service, there will be consequential cuts in the local government budget.",
            "There is no doubt about the benefit of unmanned aerial vehicles, but again we must not forget how much has been squandered on such projects.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        for t in [
            // Another thing to do is no tribute, and another ask still asks.
            "The Government must restore the evening buses of Upper Fell this year.",
            "We should pay tribute to the staff, and the Government must fund them properly.",
            "Ministers must remember their promise to the families, and they must publish the review.",
            "We need to be clear that the industry faces a tough time, and the Government must cut the levy.",
            // Care over something to be done still asks.
            "We need to be careful about the governance of the new academies.",
        ] {
            assert!(is_request(t), "{t}");
        }
    }

    #[test]
    fn a_should_of_feeling_or_of_shame_asks_nothing() {
        for t in [
            "I find it disgraceful that any government should be so keen to rush this through the parliament.",
            "It is remarkable that the Government should yet again be coming to the House with this.",
            "It is astonishing that with so little time left in this Parliament, the Government should be using it in such a shambolic way.",
            "The Government should hang its head in shame.",
            "The Government accepted those cuts, and the Government should be ashamed of them.",
            "We welcome Lord Boyce's suggestion that a factor should be introduced into the guaranteed income payment scheme.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        assert!(is_request(
            "I would welcome the Minister's recommendation that the Government should publish the report."
        ));
        // A "should" of duty still asks.
        assert!(is_request(
            "It is essential that the Government should publish the report before the recess."
        ));
        assert!(is_request(
            "The Government should publish the report before the recess."
        ));
    }

    #[test]
    fn let_us_asks_when_it_calls_for_something_to_be_done() {
        for t in [
            "If they are unenforceable in the face of artful advertising agencies, let us tighten them.",
            "Thirdly, let us set a timetable for the delivery of effective local spending reports.",
            "First, let us hear a statement from the Department on how it intends to reach agreement.",
            "Let us get the job done because everybody is calling for it.",
        ] {
            assert!(is_request(t), "{t}");
        }
        // "Let us" that only leads the speech on asks nothing.
        for t in [
            "Let us be clear about who is at Yarl's Wood.",
            "Let us face it: we have seen it all before.",
            "Let us consider the levels of participation from the councils that have put forward proposals.",
            "Let us look at the stark statistics of the recession.",
            "In the recession in the early 1980s, the lag was even greater, so let us hope that we are not going to see a high number of insolvencies.",
            "This issue is still subject to consultation, so let us see what people think about it.",
        ] {
            assert!(!is_request(t), "{t}");
        }
    }

    #[test]
    fn they_carries_on_a_request_of_the_government() {
        let before = "The Government must go beyond the hollow words of support.";
        let s = "They must finally step up and make the financial commitments.";
        assert!(continues_request(s, 10, before));
        assert_eq!(
            they_must(s),
            Some("finally step up and make the financial commitments.")
        );
        // Not after a request of someone else, nor of what they should have done.
        assert!(!continues_request(s, 10, "The council must act on this."));
        assert!(!continues_request(
            "They must have known about the problem for years.",
            9,
            before
        ));
        assert_eq!(they_must("They are to blame."), None);
    }

    #[test]
    fn a_need_in_a_relative_clause_describes_and_asks_nothing() {
        for t in [
            "There is an ageism in society that we need to confront and there is a paradox.",
            "We will have achieved 10% of the emissions reductions that we need to stay within 1.5°.",
            "Again, that is an area where we need to step up to the plate more.",
            "That is part of a wider package in which we need to use the ratings system.",
            "It is a painful and difficult emotional issue with which we must find a way of struggling.",
            "That would be a retrograde step and not one that we should support.",
            "It is the very stuff of what we need to know and its proper communication.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        for t in [
            "I believe that we need a strategic defence review.",
            "We have been propagating the idea that we need an office of technology assessment.",
            "To do that, we need to make sure that the strategy in the Bill does the job.",
            "So many people are employed in the sector that we need to manage the transition carefully.",
            "Its guiding principle was that local people know best, and that we should have much greater influence.",
            "I feel very keenly that we should do anything we can to encourage people to apply.",
            "The hon. Gentleman is entirely right that we must have coherence in the system.",
            // What is needed, said outright.
            "What we must do is ensure that the scheme reaches every family.",
            "In my view, what we must do now is ensure that the scheme reaches every family.",
            // Another cue still asks.
            "The Government must look again at the issues that we need to look at.",
        ] {
            assert!(is_request(t), "{t}");
        }
    }

    #[test]
    fn a_need_the_speaker_denies_is_no_request() {
        for t in [
            "Given that the Government want to pursue this line of inquiry, I certainly do not think that we need to debate the matter.",
            "We are asking a lot of this service, to say the least, but I do not believe that we need to be mealy-mouthed about it.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        for t in [
            "I do not believe that we need to wait three or four years before we do that.",
            "I do not think that we need to legislate, but the Minister must issue guidance.",
            "I do not think that we should fund that on the state.",
        ] {
            assert!(is_request(t), "{t}");
        }
    }

    #[test]
    fn recognises_requests() {
        assert!(is_request(
            "Would the Minister be willing to meet me and representatives of the industry?"
        ));
        assert!(is_request(
            "I call on the Government to ban the creation of sexually explicit deepfakes."
        ));
        assert!(is_request(
            "The Government should make image-based abuse a priority offence."
        ));
        assert!(is_request("We need a national online abuse commission."));
        // Forms that name neither the Government nor a minister.
        assert!(is_request(
            "In particular, the bridge at the junction should be widened to reduce flooding."
        ));
        assert!(is_request(
            "I should be grateful if she told us how long the review will take."
        ));
        // An adverb between the member and the verb; whoever answers for the Government.
        assert!(is_request(
            "I also urge the Government to end the five-week wait for universal credit."
        ));
        assert!(is_request(
            "I would urge the Home Secretary to publish the review this month."
        ));
        assert!(is_request(
            "However, I ask the noble Lord to confirm how many cases have been reopened."
        ));
        assert!(is_request(
            "There has to be a proper inquiry into the flooding in my constituency."
        ));
        // "It is time for ...", "I want the Minister to ...", "Perhaps the Minister could ...".
        for t in [
            "It is time for the Government to decide their line and to stick to it.",
            "I want the Government to commit to a public inquiry.",
            "Perhaps the Minister could tell us what discussions he has had with the Treasury.",
        ] {
            assert!(is_request(t), "{t}");
        }
        // Wanting the Minister to have time asks nothing.
        assert!(!is_request(
            "I will draw my remarks to a close because I want the Minister to have ample time."
        ));
        // Asks made in passing.
        assert!(is_request(
            "A degree of independence in the health care provided at the centre is now necessary."
        ));
        assert!(is_request(
            "That difficulty could be alleviated if Government support to furniture manufacturing were increased."
        ));
        assert!(is_request(
            "I quote the statistics to impress on the Minister my next point, which is that we must find alternatives."
        ));
        assert!(!is_request(
            "A minimum of year 10 English is now required across all skilled visa categories."
        ));
        // "There has to be" as an aside, and a question its asker calls rhetorical.
        assert!(!is_request(
            "I refer to Question Time, when there is a degree of regulation—there has to be—exercised by the Front Bench."
        ));
        assert!(!is_request(
            "I ask my noble friend a rhetorical question: is there any other assembly like it?"
        ));
    }

    #[test]
    fn an_ask_that_names_nothing_to_do_is_no_request() {
        for t in [
            "It is not a very encouraging prospect, and that is why we need to act.",
            "I, and my colleagues on these Benches, fully accept that we need to work together.",
            "It is for the Government to encourage that process, so I look forward to hearing what the Minister has to say.",
            "We do not know the timings, so there is clearly urgency about the representations that the Government should be making.",
            "I have some serious concerns and questions which I hope the Minister will be able to address.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        // Nor does praise of what is there, or a signpost.
        for t in [
            "The Bill is exactly what we need to get the European issue and the economic questions running together.",
            "After those investigations, the following points must be made.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        // A verb with an object still asks.
        assert!(is_request("The Government must act on fire safety now."));
        assert!(is_request("We need to ban the sale of fireworks."));
    }

    #[test]
    fn fault_found_with_the_past_and_what_the_minister_has_to_say_ask_nothing() {
        for t in [
            "Ministers should have had some foresight about their potential effect.",
            "The Government should have published the report months ago.",
            "The Minister must have known about the problem for some time.",
            "I will listen very carefully to what the Minister has to say at the end of the debate.",
            "I thought that the war was illegal, and that we should not have gone there, and I voted against it.",
        ] {
            assert!(!is_request(t), "{t}");
        }
        for t in [
            "We need to have a proper review of the scheme.",
            "The Government should have the courage to publish the report.",
            "I hope that the Minister will have found it in his heart to agree to the amendment.",
            "The Minister has to set out a timetable for the new scheme.",
            "The Government should have acted sooner, and the Minister must now publish the report.",
        ] {
            assert!(is_request(t), "{t}");
        }
    }

    #[test]
    fn saying_that_one_will_press_the_minister_is_not_yet_the_ask() {
        assert!(!is_request("May I press the Minister a little harder?"));
        assert!(!is_request(
            "I want to press the minister a little further on the issue that Ms Baillie raised."
        ));
        assert!(is_request(
            "I press the Minister to think again about the closure of the depot."
        ));
    }

    #[test]
    fn an_appeal_to_the_house_a_member_or_a_council_asks_nothing_of_the_government() {
        assert!(!is_request(
            "I urge the House to reject the amendment tonight."
        ));
        assert!(!is_request("I ask the Member to come to his question."));
        assert!(!is_request(
            "I call on the council to reopen the library on Saturdays."
        ));
        assert!(!is_request(
            "I would encourage the veterans to continue to lobby members of parliament."
        ));
    }

    proptest::proptest! {
        /// The floor phrases are found as the pattern they stand for finds them.
        #[test]
        fn floor_phrases_are_read_as_their_pattern(
            words in proptest::collection::vec(
                "(give|way|giving|in|a|moment|order|Order|ORDER|GIVE WAY|ways|opportunity|like|to|speak|speaks|take|an|accept|intervention|_|x|é|,|\\.| )",
                0..12,
            )
        ) {
            let pattern = regex_lite::Regex::new(
                r"(?i-u)\bgive\ way\b|\bgiving way\b|\btake an intervention\b|\baccept an intervention\b|\bin a moment\b|\bopportunity to speak\b|\blike to speak\b|^order\b",
            )
            .expect("pattern builds");
            for text in [words.join(" "), words.concat()] {
                proptest::prop_assert_eq!(manages_the_floor(&text), pattern.is_match(&text), "{}", text);
            }
        }
    }

    #[test]
    fn courtesies_and_procedure_are_not_requests() {
        assert!(!is_request("Will the Minister give way?"));
        assert!(!is_request(
            "Mr. Speaker, I would like the opportunity to speak on Bill S-3."
        ));
        assert!(!is_request(
            "I thank my hon. Friend for securing this debate, and I urge everyone to listen."
        ));
        assert!(!is_request("The weather was fine."));
    }
}
