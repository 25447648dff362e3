//! The point a reply sentence says it takes up: "The right hon. Gentleman asked about the
//! date for the pre-Budget report and I will announce it in due course", "On the arrest and
//! detention of the British embassy employee in Iran, the Foreign Secretary has deplored the
//! arrest", "As for Sir Christopher Kelly's report, ...". A reply that takes the asks of a
//! speech in turn names each one so; what it says under that name answers the ask it names,
//! and no ask that does not speak of it.

use super::{Query, Replies};
use crate::analysis::summarise::Sentence;

/// How far into a sentence the member who asked and the reporting verb can come: "The noble
/// Baroness, Lady Verma, asked about ...".
const REPORTER_WORDS: usize = 10;

/// The most words a topic named at the opening ("On the Gray report, ...") can have before
/// its comma.
const OPENING_WORDS: usize = 14;

/// How much a passage under a point the reply names ("The hon. Gentleman asked about
/// Afghanistan.") adds when the ask's paragraph speaks of that point.
pub(super) const ON_POINT_BONUS: f64 = 0.1;

/// How many sentences after the one that names a point are still under it: what follows
/// ("It is not right to seek answers to questions that could prejudice an ongoing police
/// investigation") may speak to every question asked.
const INHERITED: usize = 1;

/// How a sentence opens on the point it takes up ("On the Gray report, ...").
const OPENINGS: [&str; 10] = [
    "On the ",
    "On his ",
    "On her ",
    "On their ",
    "As for ",
    "As to ",
    "As regards ",
    "With regard to ",
    "Turning to ",
    "Regarding ",
];

/// Openings that take up no point: "On the other hand, ...", "On the basis of that
/// evidence, ...".
const NOT_A_POINT: [&str; 12] = [
    "On the other hand",
    "On the one hand",
    "On the contrary",
    "On the whole",
    "On the face of it",
    "On their behalf",
    "On the basis",
    "On the day",
    "On the occasion",
    "On the first occasion",
    "On the last occasion",
    "On the surface",
];

/// Words that say what kind of point is taken up, not what it is about ("On the second
/// point, ...", "As for the wider question, ..."): a topic of nothing else names none.
const GENERIC: [&str; 39] = [
    "point",
    "points",
    "question",
    "questions",
    "issue",
    "issues",
    "matter",
    "matters",
    "subject",
    "detail",
    "details",
    "idea",
    "first",
    "second",
    "third",
    "fourth",
    "last",
    "latter",
    "former",
    "general",
    "wider",
    "broader",
    "specific",
    "narrow",
    "important",
    "critical",
    "sensitive",
    "other",
    "same",
    "whole",
    "made",
    "raised",
    "case",
    "concern",
    "concerns",
    "comment",
    "comments",
    "timing",
    "future",
];

/// How the reply reports what a member asked or raised (or, in a statement's answers, asks:
/// "The hon. Gentleman also asks whether ..."); the topic follows.
const REPORTING: [&str; 19] = [
    " asked about ",
    " asked whether ",
    " asked if ",
    " asked why ",
    " asked what ",
    " asked how ",
    " asked when ",
    " asks about ",
    " asks whether ",
    " asks if ",
    " asks why ",
    " asks what ",
    " asks how ",
    " asks when ",
    " raised the ",
    " mentioned the ",
    " talked about ",
    " spoke about ",
    " referred to ",
];

/// The length of the longest reporting verb.
const LONGEST_VERB: usize = " asked whether ".len();

/// Words that name the member who asked, before the reporting verb.
const MEMBER: [&str; 10] = [
    "hon.",
    "Gentleman",
    "Lady",
    "Friend",
    "Member",
    "member",
    "noble",
    "Baroness",
    "Lord",
    "Lady,",
];

/// Where a reported topic ends: the reply to it begins.
const TOPIC_ENDS: [&str; 8] = [
    ", ", "; ", " and I ", " and we ", " but ", " so ", "—", ": ",
];

/// The topic a reply sentence names as the point it takes up, if it names one.
pub fn named_topic(s: &str) -> Option<&str> {
    let s = s.trim_start();
    if let Some(open) = OPENINGS.iter().find(|o| s.starts_with(*o)) {
        if NOT_A_POINT.iter().any(|n| s.starts_with(n)) {
            return None;
        }
        let rest = s.get(open.len()..)?;
        let end = rest.find(", ")?;
        let topic = rest.get(..end)?;
        return (topic.split_whitespace().count() <= OPENING_WORDS).then_some(topic);
    }
    let head: usize = s
        .split_inclusive(' ')
        .take(REPORTER_WORDS)
        .map(str::len)
        .sum();
    // The verb starts in the head; it may end past it.
    let within = s.get(..s.ceil_char_boundary(head + LONGEST_VERB))?;
    // Every verb opens on a space: the first space in the head where one starts (no verb
    // is the start of another), without building a searcher for each verb.
    let (at, verb) = within
        .match_indices(' ')
        .map(|(at, _)| at)
        .take_while(|&at| at < head)
        .find_map(|at| {
            let rest = within.get(at..)?;
            REPORTING
                .iter()
                .find(|v| rest.starts_with(*v))
                .map(|v| (at, v))
        })?;
    let subject = s.get(..at)?;
    let by_a_member = subject.starts_with("He ")
        || subject.starts_with("She ")
        || subject == "He"
        || subject == "She"
        || subject.split_whitespace().any(|w| MEMBER.contains(&w));
    if !by_a_member {
        return None;
    }
    // "asked about" and "talked about" lead in; "whether", "the" and the rest are the topic's.
    let lead_in = if verb.ends_with(" about ") || verb.ends_with(" to ") {
        verb.len()
    } else {
        verb.trim_end().rfind(' ')? + 1
    };
    let rest = s.get(at + lead_in..)?;
    let end = TOPIC_ENDS
        .iter()
        .filter_map(|e| rest.find(e))
        .min()
        .unwrap_or(rest.len());
    rest.get(..end).map(|t| t.trim_end_matches(['.', '?', '!']))
}

/// True when a sentence may move on from the point its paragraph took up: it turns
/// ("However, the hon. Member for Orkney and Shetland is absolutely right that ...") or
/// speaks of a member by their seat.
fn moves_on(s: &str) -> bool {
    const TURNS: [&str; 6] = [
        "However",
        "But ",
        "Yet ",
        "Nevertheless",
        "None the less",
        "That said",
    ];
    TURNS.iter().any(|t| s.starts_with(t)) || s.contains("Member for ")
}

/// A point a reply names: the sentence that names it, and its content words, sorted.
#[derive(Clone)]
pub struct Point {
    pub named_at: usize,
    pub words: Vec<u32>,
}

/// Every content word of an ask's words, context and paragraph, sorted, each once.
pub(super) fn spoken(of: &[&[u32]]) -> Vec<u32> {
    let mut all: Vec<u32> = of.iter().flat_map(|w| w.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

impl Point {
    /// Whether an ask speaking of `spoken` (content words, sorted) speaks of this point: of
    /// half of its words or more.
    fn spoken_of(&self, spoken: &[u32]) -> bool {
        let shared = self
            .words
            .iter()
            .filter(|t| spoken.binary_search(t).is_ok())
            .count();
        2 * shared >= self.words.len()
    }
}

/// The point each reply sentence takes up: its own, or the one the sentence before it in
/// the same paragraph took up ("As for Sir Christopher Kelly's report, I, too, deplore the
/// fact that it has been leaked. We have not seen the report ..."); none where no point is
/// named. `terms` gives a text's content words.
pub fn topics_of(
    sents: &[Sentence],
    mut terms: impl FnMut(&str) -> Vec<u32>,
) -> Vec<Option<Point>> {
    let mut out: Vec<Option<Point>> = Vec::with_capacity(sents.len());
    for (i, s) in sents.iter().enumerate() {
        let own = named_topic(s.text)
            .map(|t| {
                let named: Vec<&str> = t
                    .split_whitespace()
                    .filter(|w| !GENERIC.iter().any(|g| g.eq_ignore_ascii_case(w)))
                    .collect();
                let mut words = terms(&named.join(" "));
                words.sort_unstable();
                words.dedup();
                Point { named_at: i, words }
            })
            .filter(|p| !p.words.is_empty());
        let inherited = || {
            i.checked_sub(1)
                .and_then(|b| sents.get(b).zip(out.get(b)))
                .filter(|(b, _)| (b.turn, b.para) == (s.turn, s.para) && !moves_on(s.text))
                .and_then(|(_, p)| p.clone())
                .filter(|p| p.named_at + INHERITED >= i)
        };
        let point = own.or_else(inherited);
        out.push(point);
    }
    out
}

impl Replies<'_, '_> {
    /// The reply with the point each sentence takes up (`topics::topics_of`).
    pub fn with_topics(mut self, topics: Vec<Option<Point>>) -> Self {
        self.topics = topics;
        self
    }

    /// True when reply sentence `i` is under a point the reply names that an ask speaking
    /// of `spoken` (its paragraph's content words, sorted) does not speak of.
    pub fn off_point(&self, i: usize, spoken: &[u32]) -> bool {
        self.topics
            .get(i)
            .and_then(Option::as_ref)
            .is_some_and(|p| !p.spoken_of(spoken))
    }

    /// Whether the passage opens under a point the reply names (`topics`) that the ask's
    /// paragraph speaks of (half of the point's words or more) and that the reply does not
    /// name as another member's ("My hon. Friend the Member for Hayes and Harlington also
    /// raised the issue of ..."); none when it names none. A point named by the passage's
    /// second sentence starts the answer to another ask after this one's.
    pub(super) fn on_a_point_asked(&self, passage: &[usize], q: &Query) -> Option<bool> {
        let point = passage
            .first()
            .and_then(|&i| self.topics.get(i))
            .and_then(Option::as_ref)?;
        let at = point.named_at;
        let (others, not_this) = q.others;
        let anothers = (others.at(at, self.sents) & not_this != 0
            || self
                .sents
                .get(at)
                .is_some_and(|s| s.text.contains("Member for ")))
            && !q.names.at(at, self.sents);
        Some(point.spoken_of(&q.spoken) && !anothers)
    }
}

#[cfg(test)]
mod tests {
    use super::named_topic;

    #[test]
    fn a_reply_names_the_point_it_takes_up() {
        for (s, topic) in [
            (
                "The right hon. Gentleman asked about the date for the pre-Budget report and I will announce it in due course.",
                "the date for the pre-Budget report",
            ),
            (
                "On the arrest and detention of the British embassy employee in Iran, the Foreign Secretary has deplored the arrest.",
                "arrest and detention of the British embassy employee in Iran",
            ),
            (
                "As for Sir Christopher Kelly's report, I, too, deplore the fact that it has been leaked.",
                "Sir Christopher Kelly's report",
            ),
            ("The hon. Gentleman asked about Afghanistan.", "Afghanistan"),
            (
                "The noble Baroness, Lady Verma, asked about who had developed the scheme.",
                "who had developed the scheme",
            ),
            (
                "He mentioned the lack of a written statement and the complaint made by the hon. Member for Meriden (Mrs. Spelman).",
                "the lack of a written statement and the complaint made by the hon. Member for Meriden (Mrs. Spelman)",
            ),
            (
                "The right hon. Gentleman asked whether the Prime Minister will make a statement following the European Council meeting.",
                "whether the Prime Minister will make a statement following the European Council meeting",
            ),
            (
                "The hon. Gentleman also asks whether the police have been given access to all the relevant papers, and he knows very well that they have.",
                "whether the police have been given access to all the relevant papers",
            ),
            (
                "He asks what led to the decision.",
                "what led to the decision",
            ),
        ] {
            assert_eq!(named_topic(s), Some(topic), "{s}");
        }
    }

    #[test]
    fn an_aside_or_another_reporter_names_no_point() {
        for s in [
            "On the other hand, we have done a great deal.",
            "The Children's Commissioner has raised the issue.",
            "I asked about that myself when I took office.",
            "We are very clear on our position on this.",
            "On Monday we will publish the report.",
            "Many organisations in the sector and beyond have for some years now talked about reform.",
        ] {
            assert_eq!(named_topic(s), None, "{s}");
        }
    }
}
