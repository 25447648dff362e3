//! Reading Hansard text line by line: what each line is (a time, a date, procedure, a
//! chair notice, an attribution candidate, an inline attribution, a heading-shaped line or
//! speech), and which candidates are attributions (followed by speech).

use super::super::attribution::parse_attribution;
use super::super::{dates, names};
use crate::model::{AttrKind, Attribution};
// Which engine: procedure, tried on every line, is a DFA compiled at build time
// (`prebuilt`); the short shapes (a chair notice, a stage direction, the volume line, a
// division-list name) are read by hand (`shapes`), which builds nothing at start-up, and
// building is most of a one-file run.
use super::shapes::{chair_notice, is_stage_direction, volume_date};
use crate::prebuilt::PROCEDURAL;
use std::collections::BTreeMap;

/// "The Secretary of State for Transport was asked—": the heading over a department's
/// questions, with 3 to 80 characters between "The" and "was asked". Written out: a pattern
/// with a bounded repeat of any character costs more to build than the check.
fn is_was_asked(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['—', '–', '-']).trim_end();
    let (Some(head), Some(tail)) = (t.get(..4), t.len().checked_sub(10).and_then(|i| t.get(i..)))
    else {
        return false;
    };
    let middle = t.get(4..t.len() - 10).unwrap_or_default();
    head.eq_ignore_ascii_case("the ")
        && tail.eq_ignore_ascii_case(" was asked")
        && t.len() >= 14
        && !middle.contains('\n')
        && (3..=80).contains(&middle.chars().count())
}
/// "(Name)" in speech, as the pattern
/// `\((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)?\.?\s?[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’.-]*){1,3}\)`
/// finds them, leftmost first: the inside of each bracket that holds two to four capitalised
/// words, perhaps after a title. Written out, as the letter class costs more to build than
/// reading a transcript; letters are `char::is_alphabetic`.
pub(super) fn bracketed_names(text: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(open) = text.get(from..)?.find('(').map(|i| from + i) {
            let start = open + 1;
            let close = start + text.get(start..)?.find(')')?;
            let inside = text.get(start..close)?;
            if is_bracketed_name(inside) {
                from = close + 1;
                return Some(inside);
            }
            from = start;
        }
        None
    })
}

/// Whether a bracket's inside is a name (see [`bracketed_names`]): every way the optional
/// title, full stop and space can be read is tried, as the pattern would.
fn is_bracketed_name(inside: &str) -> bool {
    const TITLES: [&str; 8] = ["", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame"];
    let letter = |c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-');
    // Two to four words split by single spaces: a capital and a letter or more first, then
    // capitals followed by letters or full stops.
    let words = |r: &str| {
        let words: Vec<&str> = r.split(char::is_whitespace).collect();
        (2..=4).contains(&words.len())
            && words.iter().enumerate().all(|(i, w)| {
                let mut cs = w.chars();
                cs.next().is_some_and(|c| c.is_ascii_uppercase())
                    && if i == 0 {
                        w.chars().count() >= 2 && cs.all(letter)
                    } else {
                        cs.all(|c| letter(c) || c == '.')
                    }
            })
    };
    TITLES
        .iter()
        .filter_map(|t| inside.strip_prefix(t))
        .any(|r| {
            [Some(r), r.strip_prefix('.')]
                .into_iter()
                .flatten()
                .any(|r| {
                    let spaced = r
                        .chars()
                        .next()
                        .filter(|c| c.is_whitespace())
                        .and_then(|c| r.get(c.len_utf8()..));
                    [Some(r), spaced].into_iter().flatten().any(words)
                })
        })
}

/// The parts of a sitting, as the Canadian House of Commons prints them over the items in
/// each: every item up to the next part sits in it (the record heads only the first).
pub(super) const SITTING_PARTS: &[&str] = &[
    "oral question period",
    "statements by members",
    "routine proceedings",
    "government orders",
    "private members' business",
    "adjournment proceedings",
];

/// Headings that frame business rather than name a debate (and the `SITTING_PARTS`).
pub(super) const GENERIC_HEADINGS: &[&str] = &[
    "oral answers to questions",
    "business before questions",
    "prayers",
    "petition",
    "petitions",
    "orders of the day",
    "commons chamber",
    "house of commons",
    "house of lords",
    "lords chamber",
    "westminster hall",
    "grand committee",
    "ways and means",
    "business of the house",
    "deferred division",
    "point of order",
    "points of order",
    "written ministerial statements",
    "ministerial corrections",
    "topical questions",
    "statement",
    "motion for leave to bring in a bill (standing order no. 23)",
];

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Blankish,
    Timestamp,
    ChairNotice(String),
    Date(String),
    Procedural,
    MovedBy,
    Stage,
    Candidate(Box<Attribution>),
    Inline(Box<Attribution>, String),
    Other,
}

pub(super) struct Line<'a> {
    pub(super) text: &'a str,
    pub(super) lead_space: bool,
    pub(super) kind: Kind,
}

/// A line of the Hansard website's page that text copied from it carries: its buttons and
/// links ("Share" over every contribution, "Download text", "Read Hansard Report", "View all
/// Heathrow Airport: Western Rail Link debates") and its calendar sheet. Nobody said it, and
/// it heads nothing.
pub(super) fn is_page_chrome(line: &str) -> bool {
    const CHROME: [&str; 9] = [
        "Share",
        "Share this specific contribution",
        "Copy link",
        "Download text",
        "Read Hansard Report",
        "Back to top",
        "Previous debate",
        "Next debate",
        "Skip to main content",
    ];
    CHROME.contains(&line)
        || (line.starts_with("View all ") && line.ends_with(" debates") && line.len() <= 200)
        || is_calendar_sheet(line)
        || is_question_number(line)
        || line.starts_with("The text on this page has been created from Hansard archive content")
}

/// A line of the calendar sheet the page draws beside its title, its month, day and year
/// one to a line ("Jun", "22", "2022"). No heading is a bare number or a month's short name.
fn is_calendar_sheet(line: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    (line.len() <= 4 && line.bytes().all(|b| b.is_ascii_digit())) || MONTHS.contains(&line)
}

/// A question's number on a line of its own over the member who asks it ("1.", "Q3."), as
/// the page sets out questions of the archive: the number heads nothing. The archive's
/// scanned text may read a "1" after the "Q" as "l" or "I" ("Ql.").
fn is_question_number(line: &str) -> bool {
    let Some(number) = line.strip_suffix('.') else {
        return false;
    };
    let (digits, scanned) = match number.strip_prefix('Q') {
        Some(rest) => (rest, "lIO"),
        None => (number, ""),
    };
    (1..=3).contains(&digits.len())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || scanned.contains(c))
}

pub(super) fn classify(text: &str) -> Kind {
    // "* * *": a rule between items, as some records print it.
    if text.chars().all(|c| c == '*' || c.is_whitespace()) {
        return Kind::Blankish;
    }
    // Cheap shape checks guard each pattern: most lines are long speech and match none.
    let short = text.len() <= 120;
    if short && crate::prebuilt::TIMESTAMP.is_match(text) {
        return Kind::Timestamp;
    }
    if let Some(name) = chair_notice(text) {
        return Kind::ChairNotice(name.to_string());
    }
    if let Some(date) = volume_date(text)
        && let Some(d) = dates::parse_date_line(date)
    {
        return Kind::Date(d);
    }
    if text.len() <= 120
        && text.chars().count() <= 60
        && let Some(d) = dates::parse_date_line(text)
    {
        return Kind::Date(d);
    }
    if text.eq_ignore_ascii_case("moved by") || text.eq_ignore_ascii_case("moved by:") {
        return Kind::MovedBy;
    }
    if short && is_stage_direction(text) {
        return Kind::Stage;
    }
    if PROCEDURAL.is_match(text) || (text.contains("was asked") && is_was_asked(text)) {
        return Kind::Procedural;
    }
    if text.starts_with('[') && text.ends_with(']') {
        return Kind::Procedural;
    }
    if let Some(a) = parse_attribution(text) {
        return Kind::Candidate(Box::new(a));
    }
    // "Mr. Ghislain Fournier (Manicouagan, BQ) moved:": a member given with a seat, party or
    // office, moving the motion printed under the line.
    if short
        && let Some(head) = moves_after(text)
        && let Some(a) = parse_attribution(head)
        && (a.constituency.is_some() || a.party.is_some() || a.office.is_some())
    {
        return Kind::Candidate(Box::new(a));
    }
    if let Some((a, rest)) = inline_attribution(text) {
        return Kind::Inline(Box::new(a), rest);
    }
    Kind::Other
}

/// The label before " moved:" ("Mr. Ghislain Fournier (Manicouagan, BQ) moved:").
fn moves_after(text: &str) -> Option<&str> {
    text.strip_suffix(" moved:")
        .or_else(|| text.strip_suffix(" moved"))
        .filter(|head| head.ends_with(')'))
}

/// True for a label that moves a motion ("... (Manicouagan, BQ) moved:").
pub(super) fn moves(text: &str) -> bool {
    moves_after(text).is_some()
}

/// "Natascha Engel (North East Derbyshire) (Lab): I beg to move," — a prefix that is a
/// strong attribution (constituency or party, an office, or the chair), then the speech.
fn inline_attribution(text: &str) -> Option<(Attribution, String)> {
    // Only the first 160 bytes can hold the attribution; speech lines are not read further.
    let head = text.get(..text.floor_char_boundary(162))?;
    let idx = memchr::memmem::find(head.as_bytes(), b": ")?;
    let head = text.get(..idx)?;
    let rest = text.get(idx + 1..)?.trim();
    if rest.is_empty() {
        return None;
    }
    let a = parse_attribution(head)?;
    let first = a
        .name
        .as_deref()
        .and_then(|n| n.split(' ').next())
        .unwrap_or("");
    // "Mr V B NDLOVU: Speaker, ...": an honorific before initials and a surname, as records
    // that name members by their initials print every speaker.
    let honorific_and_initials = a.name.as_deref().is_some_and(|n| {
        n != a.raw && initials_then_surname(n) && head.split_whitespace().count() <= 7
    });
    let strong = head.trim_end().ends_with(')')
        || a.kind == AttrKind::Chair
        || a.office.is_some()
        || a.surname_only
        || honorific_and_initials
        || (names::is_given_name(first) && head.split_whitespace().count() <= 4);
    strong.then(|| (a, rest.to_string()))
}

/// A name written as initials and a surname of one to three words ("V B NDLOVU", "A VAN
/// WYK", "D KOHLER-BARNARD").
fn initials_then_surname(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let k = words
        .iter()
        .take_while(|w| crate::names::is_initial(w))
        .count();
    k >= 1 && (1..=3).contains(&(words.len() - k))
}

/// A bare name ("Chris Ruane") with no constituency, party, office or honorific.
pub(super) fn is_bare_name(a: &Attribution) -> bool {
    a.kind == AttrKind::Person
        && a.constituency.is_none()
        && a.party.is_none()
        && a.office.is_none()
        && !a.surname_only
        && a.raw == a.name.clone().unwrap_or_default()
}

/// Words no heading ends with.
const ENDS_NO_HEADING: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "that", "which", "with", "for", "by", "from", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "but", "as", "at",
];

pub(super) fn heading_shaped(text: &str) -> bool {
    // A sentence closed by stage directions ("... Thank you. [Time expired.] [Applause.]")
    // is speech.
    let mut text = text;
    while let Some((before, inside)) = text.strip_suffix(']').and_then(|t| t.rsplit_once('['))
        && inside.ends_with('.')
        && inside.chars().any(char::is_lowercase)
    {
        text = before.trim_end();
    }
    let n = text.chars().count();
    n > 0
        && n <= 120
        && !text.ends_with(['.', ',', ';', ':', '?', '!', '—', '–', '-', '"', '”', '…'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '‘' || c == '\'')
        // A line that stops at "the" or "of" is a paragraph cut where the page was.
        && !text
            .rsplit_once(' ')
            .is_some_and(|(_, w)| ENDS_NO_HEADING.contains(&w))
}

/// Names the transcript vouches for: those given with a constituency, party or office, those
/// written "(Name)" in speech, counted by how often they occur.
pub(super) fn known_names(lines: &[Line]) -> BTreeMap<String, usize> {
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    for l in lines {
        match &l.kind {
            Kind::Candidate(a) | Kind::Inline(a, _) => {
                if let Some(name) = &a.name
                    && !a.surname_only
                    && (a.constituency.is_some() || a.party.is_some() || a.office.is_some())
                {
                    *known.entry(name.to_lowercase()).or_default() += 2;
                }
            }
            Kind::Other if l.text.contains('(') => {
                for name in bracketed_names(l.text) {
                    let n = super::super::attribution::clean_name(name);
                    *known.entry(n.to_lowercase()).or_default() += 2;
                }
            }
            _ => {}
        }
    }
    // Bare names followed by speech more than once are names too.
    for (this, next) in lines.iter().zip(lines.iter().skip(1)) {
        if let (Kind::Candidate(a), Kind::Other) = (&this.kind, &next.kind)
            && is_bare_name(a)
            && next.text.split_whitespace().nth(3).is_some()
            && let Some(name) = &a.name
        {
            *known.entry(name.to_lowercase()).or_default() += 1;
        }
    }
    known
}

/// True for a line that is procedure or a stage direction, not anyone's words.
pub fn is_procedural_line(text: &str) -> bool {
    let t = text.trim();
    PROCEDURAL.is_match(t)
        || is_stage_direction(t)
        || super::shapes::is_interjecting(t)
        || crate::prebuilt::TIMESTAMP.is_match(t)
        || chair_notice(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::{bracketed_names, is_was_asked};
    use proptest::prelude::*;

    /// The pattern the scan stands for.
    fn by_pattern(text: &str) -> Vec<&str> {
        let re = regex::Regex::new(
            r"\(((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)?\.?\s?[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’.-]*){1,3})\)",
        )
        .expect("pattern");
        re.captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect()
    }

    #[test]
    fn finds_bracketed_names_as_the_pattern_does() {
        for t in [
            "the hon. Member for Upton (Jo Anne Smith) said",
            "(Mr. Smith Jones) and (Mrs Smith) and (Dame Joan Ruddock)",
            "(a) (Mr Smith) (Sir) (Ab Cd Ef Gh Ij) ((Jo Roe)",
            "(Renée O’Neill-Smith) (J. R. Hartley)",
        ] {
            assert_eq!(bracketed_names(t).collect::<Vec<_>>(), by_pattern(t), "{t}");
        }
    }

    proptest! {
        #[test]
        fn bracketed_names_match_the_pattern(t in "[(). MrsDaeiJoRnxé’'\t-]{0,40}") {
            prop_assert_eq!(bracketed_names(&t).collect::<Vec<_>>(), by_pattern(&t));
        }
    }

    #[test]
    fn a_title_initials_and_surname_label_a_speech() {
        for (line, name) in [
            ("Mr V B NDLOVU: Excuse me, Sir.", "V B NDLOVU"),
            ("Ms A VAN WYK: The report was tabled.", "A VAN WYK"),
            (
                "Mnr P J GROENEWALD: Speaker, ek wil begin.",
                "P J GROENEWALD",
            ),
            (
                "Adv T M MASUTHA: Speaker, on a point of order.",
                "T M MASUTHA",
            ),
        ] {
            match super::classify(line) {
                super::Kind::Inline(a, _) => assert_eq!(a.name.as_deref(), Some(name), "{line}"),
                other => panic!("{line}: {other:?}"),
            }
        }
        // Without a title, or with words where the initials stand, it is speech.
        for line in [
            "V B NDLOVU: Excuse me.",
            "Mr Speaker Sir Please: listen to this.",
        ] {
            assert!(
                !matches!(super::classify(line), super::Kind::Inline(..)),
                "{line}"
            );
        }
    }

    #[test]
    fn knows_a_departments_questions_heading() {
        assert!(is_was_asked(
            "The Secretary of State for Transport was asked—"
        ));
        assert!(is_was_asked("the Chancellor of the Exchequer was asked - "));
        assert!(!is_was_asked("The PM was asked"));
        assert!(!is_was_asked("She said the Minister was asked twice."));
        assert!(!is_was_asked(&format!("The {} was asked", "x".repeat(81))));
    }
}
