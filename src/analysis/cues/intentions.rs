//! An intention or plan the Government disowns ("we have no plans to close it", "we do not
//! intend to close TA bases"), read against the ask it answers: disowning what a member
//! asked for refuses it, and disowning what a member asked the Government not to do grants
//! it ("Can my hon. Friend give me an assurance that that building will not close?").

use super::super::text::stem_of;
use super::words_of;

/// How the Government disowns an intention or a plan, as `words_of` gives words.
const DISOWNING: &[&str] = &[
    " no intention ",
    " not our intention ",
    " not my intention ",
    " not the government s intention ",
    " not the intention ",
    " do not intend ",
    " does not intend ",
    " no plans ",
    " no plan ",
    " do not plan ",
    " not planning ",
];

/// Words between the cue and the action that say nothing of it ("no intention whatsoever
/// of", "no plans at all to", "do not intend to ever").
const BETWEEN: &[&str] = &[
    "whatsoever",
    "at",
    "all",
    "to",
    "of",
    "for",
    "ever",
    "now",
    "currently",
];

/// What, in the few words before the action an ask names, asks that it not happen: "will
/// not close", "will not be closed", "no closure", "act to prevent the closure", "rule
/// out closing".
const AGAINST: &[&str] = &[
    "not", "never", "no", "t", "cannot", "prevent", "stop", "avoid", "halt", "block", "oppose",
    "against", "reverse", "rule", "resist",
];

/// What, between a word of `AGAINST` and the act, is what is refused instead: "no delay in
/// closing it", "no reason to wait before closing it" ask for the act.
const NOT_THE_ACT: &[&str] = &[
    "delay",
    "delays",
    "time",
    "hesitation",
    "reason",
    "excuse",
    "obstacle",
    "barrier",
];

/// How far before the action a word of `AGAINST` can stand: "will not be closed", "that no
/// more drill halls close".
const AGAINST_WITHIN: usize = 4;

/// How an ask stands to the action a reply disowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskedOfDisowned {
    /// The ask was for it ("Will he close the loophole?"): disowning it refuses.
    For,
    /// The ask was that it not happen ("an assurance that the building will not close"):
    /// disowning it grants the ask.
    Against,
}

/// What a reply disowns intending or planning: the action's stem and the stems of the words
/// that follow it, what it would be done to.
pub struct Disowned {
    action: String,
    object: Vec<String>,
    /// Whether it points back at what it would be done to ("close it", "close that").
    points_back: bool,
}

/// How many words after the disowned action say what it would be done to: "close the
/// Lowmoor drill hall".
const OBJECT_WORDS: usize = 6;

/// What a sentence disowns intending or planning ("we have no plans to close the station"
/// → "close", and "station"), if it disowns one.
pub fn disowned_in(s: &str) -> Option<Disowned> {
    // Every cue holds "inten" or "plan" in lower case: most sentences hold neither, and are
    // passed over without being folded.
    let b = s.as_bytes();
    if memchr::memmem::find(b, b"inten").is_none() && memchr::memmem::find(b, b"plan").is_none() {
        return None;
    }
    let w = words_of(s);
    let end = DISOWNING
        .iter()
        .filter_map(|c| w.find(c).map(|at| at + c.len()))
        .min()?;
    let mut after = w
        .get(end..)?
        .split_whitespace()
        .skip_while(|x| BETWEEN.contains(x));
    let action = after.next().and_then(stem_of)?;
    let object: Vec<&str> = after.take(OBJECT_WORDS).collect();
    Some(Disowned {
        action,
        points_back: object.first().is_some_and(|w| POINTING.contains(w)),
        object: object.into_iter().filter_map(stem_of).collect(),
    })
}

/// True when two stems are of one word: equal, or one opening the other once a final "e"
/// is set aside ("close" and "closur", from "closure").
fn same_word(a: &str, b: &str) -> bool {
    let a = a.strip_suffix('e').unwrap_or(a);
    let b = b.strip_suffix('e').unwrap_or(b);
    a == b || (a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a)))
}

/// How far into an ask's action (its frame gone) the action a reply disowns can come for
/// the ask to be for it: "close the loophole", "consider closing the loophole".
const FOR_WITHIN: usize = 3;

/// How far before the action an ask's words can point back at what it would be done to
/// ("that that building will not close").
const POINTING_WITHIN: usize = 4;

/// Words that point back at a thing already named.
const POINTING: &[&str] = &["it", "this", "that", "these", "those", "them", "they"];

/// How an ask, by its `action` (what it asks once its frame is gone), stands to what a reply
/// disowns intending or planning (`disowned`, from [`disowned_in`]), when both speak of one thing (they share a word
/// of what it would be done to, or the ask points back at it): against it when the action
/// names it with a word of refusal just before ("give me an assurance that the building
/// will not close"), for it when the action opens by doing it ("close the loophole").
/// `None` when the reply disowns doing it to something else ("We do not
/// intend to close the drill hall" to "close the loophole"), or the ask names it only
/// outside what it asks ("There are fears that the base will close; will he reassure my
/// constituents?", "The TA is not closed, but the Government need to reassure it").
pub fn asked_of_disowned(action: &str, disowned: &Disowned) -> Option<AskedOfDisowned> {
    let folded = words_of(action);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let stems: Vec<Option<String>> = words.iter().map(|w| stem_of(w)).collect();
    let names = |at: usize| {
        stems
            .get(at)
            .and_then(Option::as_ref)
            .is_some_and(|s| same_word(s, &disowned.action))
    };
    // "that that building will not close", "it will not close": before the action; "close
    // it": straight after.
    let points_back = |at: usize| {
        let before = at.saturating_sub(POINTING_WITHIN)..at;
        words
            .get(before)
            .is_some_and(|ws| ws.iter().any(|w| POINTING.contains(w)))
            || words.get(at + 1).is_some_and(|w| POINTING.contains(w))
    };
    let same_thing = |at: usize| {
        disowned.points_back
            || points_back(at)
            || stems
                .iter()
                .enumerate()
                .any(|(i, s)| i != at && s.as_ref().is_some_and(|s| disowned.object.contains(s)))
    };
    // The last word of refusal before the act, with nothing between that refuses a delay
    // instead ("no delay in closing the loophole" asks for it).
    let refused_before = |at: usize| {
        let before = words
            .get(at.saturating_sub(AGAINST_WITHIN)..at)
            .unwrap_or_default();
        before
            .iter()
            .rposition(|w| AGAINST.contains(w))
            .is_some_and(|k| {
                !before
                    .get(k + 1..)
                    .unwrap_or_default()
                    .iter()
                    .any(|w| NOT_THE_ACT.contains(w))
            })
    };
    let against = (0..words.len())
        .filter(|&at| names(at))
        .any(|at| refused_before(at) && same_thing(at));
    if against {
        return Some(AskedOfDisowned::Against);
    }
    (0..words.len().min(FOR_WITHIN))
        .any(|at| names(at) && same_thing(at))
        .then_some(AskedOfDisowned::For)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How an ask stands to what `answer` disowns, if it disowns anything.
    fn asked_of_disowned(action: &str, answer: &str) -> Option<AskedOfDisowned> {
        super::asked_of_disowned(action, &disowned_in(answer)?)
    }

    const CLOSE_TA_BASES: &str = "However, we do not intend to close TA bases as a result of it.";

    #[test]
    fn what_is_disowned() {
        let ta = disowned_in(CLOSE_TA_BASES).expect("disowned");
        assert_eq!((ta.action.as_str(), ta.points_back), ("close", false));
        assert_eq!(ta.object.first().map(String::as_str), Some("ta"));
        let that = disowned_in("We have no plans whatsoever to change that.").expect("disowned");
        assert_eq!((that.action.as_str(), that.points_back), ("chang", true));
        assert!(disowned_in("We will keep the matter under review.").is_none());
    }

    #[test]
    fn an_ask_against_what_is_disowned_is_granted() {
        for (action, answer) in [
            (
                "give me an assurance that that building will not close",
                CLOSE_TA_BASES,
            ),
            (
                "ensure that no more drill halls close",
                "We have no plans to close drill halls in the county.",
            ),
            ("act to prevent the closure of the base", CLOSE_TA_BASES),
        ] {
            assert_eq!(
                asked_of_disowned(action, answer),
                Some(AskedOfDisowned::Against),
                "{action}"
            );
        }
    }

    #[test]
    fn an_ask_for_what_is_disowned_is_refused() {
        // A delay refused is not the act refused: the ask is not against closing it.
        assert_eq!(
            asked_of_disowned(
                "ensure that there is no delay in closing the loophole",
                "We have no plans to close that loophole."
            ),
            None
        );
        assert_eq!(
            asked_of_disowned(
                "close the loophole that lets them avoid the levy",
                "We have no plans to close that loophole."
            ),
            Some(AskedOfDisowned::For)
        );
        assert_eq!(
            asked_of_disowned(
                "consider changing the rules on work visas",
                "We have no plans to change that."
            ),
            Some(AskedOfDisowned::For)
        );
    }

    #[test]
    fn disowning_it_for_another_thing_answers_nothing() {
        assert_eq!(
            asked_of_disowned(
                "close the loophole that lets the landlords avoid the levy",
                "We do not intend to close the Lowmoor drill hall."
            ),
            None
        );
    }

    #[test]
    fn an_ask_that_names_it_only_in_passing_is_neither() {
        // "The TA is not closed, but the Government need to reassure the TA that ...", and
        // "There are fears that the base will close; will he reassure my constituents?".
        for action in [
            "reassure the TA that it is an integral part of one Army",
            "reassure my constituents",
        ] {
            assert_eq!(asked_of_disowned(action, CLOSE_TA_BASES), None, "{action}");
        }
        assert_eq!(
            asked_of_disowned("close the base", "We will keep it under review."),
            None
        );
    }
}
