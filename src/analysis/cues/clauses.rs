//! How the parts of a Government sentence bear on its stance: which clause decides a
//! sentence of two (whether its figures look back or forward is in `tense`), whether it
//! hands the decision to someone else, whether "not" is cancelled by a negative judgment, and whether "I accept
//! that" grants a fact or agrees to act.

use super::{List, STANCE_LISTS, list_of, plain_words_of, stance_of_words};
use crate::model::Stance;

/// The first word after "a matter for" (after "the", if that comes first) that does not
/// hand a decision to someone else: the Government itself ("a matter for the Government"),
/// a feeling ("a matter for regret") or a later day ("a matter for another day").
const NOT_PASSED_TO: &[&str] = &[
    "government",
    "us",
    "you",
    "debate",
    "legitimate",
    "regret",
    "concern",
    "discussion",
    "celebration",
    "congratulation",
    "pride",
    "great",
    "deep",
    "real",
    "serious",
    "some",
    "further",
    "future",
    "later",
    "another",
    "consideration",
    "speculation",
    "judgment",
    "judgement",
    "both",
    "all",
];

/// True when a Government sentence hands the decision to someone else: "that is a matter
/// for Fife Council", "the financing of the works is a matter for the trustees", "none of
/// that is a matter for me". Not "a matter for the Government", "not a matter for the
/// council" (then it is the Government's), nor a feeling or a later day ("a matter for
/// regret", "a matter for another day").
pub(super) fn passes_to_another(words: &str) -> bool {
    // Asked of every Government sentence and clause: each form needs " for " (leaving it
    // to someone aside needs " leave ", and a responsibility placed " responsibilit").
    use crate::scan::holds;
    let b = words.as_bytes();
    let for_someone = holds!(b, b" for ").is_some()
        && (matter_for_another(words) || for_another_to_decide(words));
    for_someone
        || (holds!(b, b" leave ").is_some() && leaves_to_another(words))
        || holds!(b, b" responsibilit").is_some_and(|at| responsibility_elsewhere(words, at))
}

/// Who is named from byte `at` of `words`: its first word, or the one after "the" ("a
/// matter for the council" names "council").
fn named_after(words: &str, at: usize) -> Option<&str> {
    match words_after(words, at, 2).as_slice() {
        ["the", next, ..] => Some(*next),
        [first, ..] => Some(*first),
        [] => None,
    }
}

/// "Responsibility for the provision of services clearly lies with Orkney Islands Council",
/// "that is the responsibility of the health boards": someone other than the Government
/// answers for it. `first` is where " responsibilit" first occurs.
fn responsibility_elsewhere(words: &str, first: usize) -> bool {
    let who = |at: usize| {
        // Blame laid on wrongdoers ("the responsibility for this crime rests with the people
        // who committed it") hands nothing on.
        named_after(words, at).is_some_and(|who| {
            !matches!(
                who,
                "government"
                    | "us"
                    | "me"
                    | "ministers"
                    | "minister"
                    | "department"
                    | "secretary"
                    | "people"
                    | "those"
            )
        })
    };
    let rest = words.get(first..).unwrap_or_default();
    let lies_with = [" lies with ", " rests with "].iter().any(|form| {
        rest.match_indices(form)
            .any(|(i, m)| who(first + i + m.len()))
    });
    lies_with
        || [" is the responsibility of ", " are the responsibility of "]
            .iter()
            .any(|form| {
                words.match_indices(form).any(|(i, m)| {
                    who(i + m.len()) && !words.get(..i).unwrap_or("").ends_with(" not")
                })
            })
}

/// "That is a matter for Fife Council": [`passes_to_another`]'s first form.
fn matter_for_another(words: &str) -> bool {
    words.match_indices(" a matter for ").any(|(i, m)| {
        let before = words.get(..i).unwrap_or("");
        let Some(who) = named_after(words, i + m.len()) else {
            return false;
        };
        // "None of that is a matter for me" passes it on too.
        let me = who == "me" && !before.contains(" none ");
        !before.ends_with(" not") && !NOT_PASSED_TO.contains(&who) && !me
    })
}

/// "So I shall leave them to deal with it", "I will leave that to the council": the
/// speaker hands the matter to someone else.
fn leaves_to_another(words: &str) -> bool {
    [
        " i shall leave ",
        " i will leave ",
        " we shall leave ",
        " we will leave ",
        " i must leave ",
    ]
    .iter()
    .any(|form| {
        words.match_indices(form).any(|(i, m)| {
            matches!(
                words_after(words, i + m.len(), 2).as_slice(),
                ["it" | "that" | "this" | "them" | "those", "to" | "for"]
            )
        })
    })
}

/// Up to `n` words of `words` from byte `at`.
pub(super) fn words_after(words: &str, at: usize, n: usize) -> Vec<&str> {
    words
        .get(at..)
        .unwrap_or("")
        .split_whitespace()
        .take(n)
        .collect()
}

/// "It is for Fife Council to determine ...", "that question is for the electorate to
/// decide": someone other than the Government (named within four words) decides.
fn for_another_to_decide(words: &str) -> bool {
    [" is for ", " are for "].iter().any(|form| {
        words.match_indices(form).any(|(i, m)| {
            let after = words_after(words, i + m.len(), 6);
            let Some(to) = after.iter().position(|w| *w == "to") else {
                return false;
            };
            let who = after.get(..to).unwrap_or_default();
            (1..=4).contains(&who.len())
                && after
                    .get(to + 1)
                    .is_some_and(|v| matches!(*v, "decide" | "determine" | "judge"))
                && !who
                    .iter()
                    .any(|w| matches!(*w, "me" | "us" | "government" | "ministers"))
                && !words.get(..i).unwrap_or("").ends_with(" not")
        })
    })
}

/// The stance of the clause that decides a sentence whose other clause only reserves, when
/// that clause has one: the main clause after an opening "While ...," or "Although ...,"
/// ("While we do not envisage new powers, we will keep the matter under review"), or the
/// Government's own clause after the last "but" when it opens with a promise ("I cannot
/// promise a date, but I will write to him"). `w` is the sentence's words as
/// `plain_words_of` gives them.
pub(super) fn deciding_stance(t: &str, w: &str) -> Option<Stance> {
    if opens_conceding(w) {
        // The concession ends at the first comma after its opening word (ASCII lowercasing
        // keeps byte offsets).
        let low = t.to_ascii_lowercase();
        let opening = ["while", "whilst", "although", "though"]
            .iter()
            .filter_map(|o| low.find(o))
            .min()?;
        let comma = low.get(opening..)?.find(',')? + opening;
        let main = t.get(comma + 1..)?.trim();
        return stance_of_words(main, plain_words_of(main));
    }
    // Most sentences hold no " but": they are not searched twice from the end for it.
    crate::scan::holds!(t.as_bytes(), b" but")?;
    let (_, after) = t.rsplit_once(" but ").or_else(|| t.rsplit_once(" but,"))?;
    // "..., but, if it would be helpful to him, I will inform him": the clause after the
    // condition.
    let after = after.trim_start_matches([',', ' ']);
    let after = after
        .strip_prefix("if ")
        .and_then(|c| c.split_once(", "))
        .map_or(after, |(_, main)| main)
        .trim();
    let first = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|x| !x.is_empty())?;
    if !(matches!(first, "I" | "we") || after.starts_with("the Government")) {
        return None;
    }
    let cw = plain_words_of(after);
    // "..., but I assure him that I am looking very carefully into ...": what is assured.
    let assured =
        || super::telling::what_is_told(&cw).is_some_and(|(rest, _)| opens_promising(&rest));
    if opens_promising(&cw) || assured() {
        stance_of_words(after, cw)
    } else {
        None
    }
}

/// True when a clause (its words, as `plain_words_of` gives them) opens with a commitment or
/// deferral ("I will consider ...", "we have introduced ..."), not with a hope or a remark
/// that merely holds one ("I hope that ... we will ...").
fn opens_promising(w: &str) -> bool {
    STANCE_LISTS
        .overlapping(w.as_bytes())
        .take_while(|m| m.start == 0)
        .any(|m| matches!(list_of(m.pattern), Some(List::Commit | List::Defer)))
}

/// True when a sentence opens with a concessive clause ("While ...", "However, although
/// ..."), whose reservation the main clause overrides.
pub(super) fn opens_conceding(words: &str) -> bool {
    words
        .split_whitespace()
        .find(|w| !matches!(*w, "however" | "but" | "and" | "so"))
        .is_some_and(|w| matches!(w, "while" | "whilst" | "although" | "though"))
}

/// Granting a point, as the words show it.
const ACCEPTS_THAT: &str = " i accept that ";

/// Words after "I accept that" that make it agreement to act ("... should be examined").
const PROPOSALS: &[&str] = &[
    " should ",
    " must ",
    " need to ",
    " needs to ",
    " will ",
    " ought ",
];

/// The words (as `plain_words_of` gives them) without "I accept that" when it only grants a
/// fact ("I accept that there are particular pressures", "... —I accept that"), which
/// commits to nothing; `None` when it is absent or grants that something should be done
/// ("I accept that the system should be examined"), which still agrees.
pub(super) fn without_granted_fact(w: &str) -> Option<String> {
    static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(ACCEPTS_THAT));
    let at = FINDER.find(w.as_bytes())?;
    // The phrase's closing space stays, to part the words either side.
    let end = at + ACCEPTS_THAT.len() - 1;
    let rest = w.get(end..)?;
    if PROPOSALS.iter().any(|p| rest.contains(p)) {
        return None;
    }
    let mut without = w.to_string();
    without.replace_range(at..end, "");
    Some(without)
}

/// What else, after a disavowed intention ("it is not our intention to close it"), makes it
/// a reassurance, beside the harms of `HARMS`: a change a member might be asking for, which
/// only an intention disowned reassures about ("we will not close it" still refuses). Word
/// openings, as stems.
const REASSURES_AFTER_INTENTION: &[&str] = &[
    "downgrad",
    "interfer",
    "clos",
    "cut",
    "reduc",
    "scrap",
    "remov",
    "withdraw",
    "abolish",
    "end",
    "stop",
    "prevent",
    "discourag",
    "deny",
    "exclud",
    "leav",
];

/// Harms no member asks for, whatever they ask: disowning one ("it would not be right to
/// undermine it", "we will not abandon them") reassures. Word openings, as stems. Unlike
/// closing, cutting or removing, which a member may be asking for, these cannot be the ask.
const HARMS: &[&str] = &[
    "undermin",
    "destroy",
    "harm",
    "damag",
    "weaken",
    "penalis",
    "punish",
    "disadvantag",
    "abandon",
    "ignor",
    "mislead",
    "hurt",
    "diminish",
    "jeopardis",
    "threaten",
    "hamper",
    "hinder",
    "imped",
    "obstruct",
    "forget",
    "neglect",
    "betray",
    "dictat",
    "discriminat",
    // Standing by while harm is done: "we will not stand for it", "we will not tolerate
    // abuse", "we will not let them down".
    "tolerat",
    "stand",
    "shirk",
    "shy",
    "flinch",
    "waver",
    "falter",
    "let",
    // "We will not be passive bystanders", "we will not be silent".
    "passive",
    "silent",
];

/// What a disowned wish is about when it is a harm: "we would not want that to happen".
const HAPPENS: &[&str] = &[
    "that to happen",
    "this to happen",
    "it to happen",
    "to see that happen",
];

/// What disowning a harm does.
#[derive(Clone, Copy)]
pub(super) enum Disowned {
    /// "It would not be right to hamper it": it refuses nothing.
    Reassures,
    /// "We will not abandon them": it commits.
    Promises,
}

/// Whether the refusal cue at `start..end` of `words` disowns a harm rather than declining
/// what was asked, and how: an intention or plan disowned before a harm of `HARMS` or
/// `REASSURES_AFTER_INTENTION` ("we have no intention of undermining it", "it is not our
/// intention to close it", "we do not plan to reduce it"), a judgment or wish disowned
/// before one of `HARMS` ("it would not be right to hamper it", "we would not want that to
/// happen"), or a promise not to do one ("we will not abandon them").
pub(super) fn disowns_harm(words: &str, start: usize, end: usize) -> Option<Disowned> {
    let cue = words.get(start..end).unwrap_or_default();
    let after = words.get(end..).unwrap_or_default();
    let harm_next = |list: &[&str]| {
        after
            .split_whitespace()
            .filter(|w| !matches!(*w, "to" | "of" | "in" | "whatsoever" | "at" | "all"))
            .take(2)
            .any(|w| list.iter().any(|h| w.starts_with(h)))
    };
    let reassures =
        if cue.contains("intention") || cue.contains(" plan to") || cue.contains(" planning to") {
            harm_next(HARMS) || harm_next(REASSURES_AFTER_INTENTION)
        } else if cue.contains(" right ") || cue.contains(" wrong ") || cue.contains(" want ") {
            harm_next(HARMS) || HAPPENS.iter().any(|h| after.starts_with(h))
        } else {
            return promises_no_harm(cue, after).then_some(Disowned::Promises);
        };
    reassures.then_some(Disowned::Reassures)
}

/// True when `cue` (as matched, a space at each end) is a promise not to ("we will not", "I
/// shall not") and what it promises not to do, in the words `after` it, is a harm of
/// `HARMS` ("we will not abandon the people of that region"): a commitment, not a refusal.
fn promises_no_harm(cue: &str, after: &str) -> bool {
    let promise = [" will not ", " shall not ", " won t "]
        .iter()
        .any(|p| cue.ends_with(p));
    promise
        && after
            .split_whitespace()
            .find(|w| !matches!(*w, "ever" | "simply" | "just" | "now" | "be"))
            .is_some_and(|w| HARMS.iter().any(|h| w.starts_with(h)))
}

/// True when the cue found at byte `start` of `words` opens a clause of purpose ("to ensure
/// that we will not have a repeat", "so that we cannot be accused"): what it says the
/// Government will not do is what its action is for, not a refusal.
pub(super) fn in_purpose_clause(words: &str, start: usize) -> bool {
    follows_any(
        words,
        start,
        &[
            " ensure that",
            " ensure",
            " make sure that",
            " make sure",
            " so that",
            " ensuring that",
        ],
    )
}

/// True when the words before byte `start` of `words` end with one of `openings`.
fn follows_any(words: &str, start: usize, openings: &[&str]) -> bool {
    let before = words.get(..start).unwrap_or_default();
    openings.iter().any(|p| before.ends_with(p))
}

/// True when the cue at byte `start` of `words` follows a hope ("I hope that I will not
/// embarrass the noble Lord", "I trust we shall not need them"): wishing something will not
/// happen refuses nothing.
pub(super) fn hoped_for(words: &str, start: usize) -> bool {
    if follows_any(
        words,
        start,
        &[" hope that", " hope", " trust that", " trust"],
    ) {
        return true;
    }
    // Or hoped of another, a few words on: "I hope that the hon. Gentleman is not going to
    // turn it into a party political row".
    let before = words.get(..start).unwrap_or_default();
    [" hope that ", " trust that "].iter().any(|h| {
        before.rfind(h).is_some_and(|at| {
            let between: Vec<&str> = before[at + h.len()..].split_whitespace().collect();
            between.len() <= 5
                && !between
                    .iter()
                    .any(|w| matches!(*w, "we" | "i" | "but" | "and" | "because" | "so"))
        })
    })
}

/// What follows thanks that open a sentence, when a clause of its own comes after them ("I
/// thank my hon. Friend for his question; we will publish the report next month" → "we will
/// publish the report next month"): the thanks decide nothing, and the clause after them may.
fn after_thanks(t: &str) -> Option<&str> {
    const THANKS: [&str; 6] = [
        "I thank ",
        "I am grateful to ",
        "I am very grateful to ",
        "I am most grateful to ",
        "May I thank ",
        "Let me thank ",
    ];
    if !THANKS.iter().any(|o| t.starts_with(o)) {
        return None;
    }
    let cut = [", and ", "; ", "—"]
        .iter()
        .filter_map(|m| t.find(m).map(|at| at + m.len()))
        .min()?;
    let rest = t.get(cut..)?.trim();
    (rest.split_whitespace().count() >= 3).then_some(rest)
}

/// True when a sentence opens with thanks and the clause after them commits, refuses, defers
/// or announces ("I am grateful to the hon. Lady for raising this, and I will write to her"):
/// it is no mere courtesy.
pub fn thanks_then_decides(s: &str) -> bool {
    after_thanks(s.trim()).is_some_and(|rest| super::stance_of(rest).is_some())
}

/// True when the words `before` a commitment cue only suppose it ("plans which can become
/// plans only if I agree to them", "whether we will") or deny it with "neither ... nor"
/// ("Neither I nor the Government will take lectures from them").
pub(super) fn supposed_or_denied(before: &str) -> bool {
    before.ends_with(" if")
        || before.ends_with(" unless")
        || before.ends_with(" whether")
        // "nor" one of the last two words: "neither I nor [the] Government will".
        || (before.contains(" neither ") && before.rsplit(' ').take(2).any(|w| w == "nor"))
}

/// The clause of a sentence that decides it: the one after an opening condition or opening
/// thanks, or the whole sentence.
pub(super) fn main_clause(t: &str) -> &str {
    after_condition(t).or_else(|| after_thanks(t)).unwrap_or(t)
}

/// The main clause of a sentence that opens with a condition ("If that is not possible, we
/// will write to him" → "we will write to him"): what follows the condition's first comma.
fn after_condition(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("If ")?;
    let (_, main) = rest.split_once(", ")?;
    Some(main.trim())
}
