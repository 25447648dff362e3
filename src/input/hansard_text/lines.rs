//! Reading Hansard text line by line: what each line is (a time, a date, procedure, a
//! chair notice, an attribution candidate, an inline attribution, a heading-shaped line or
//! speech), and which candidates are attributions (followed by speech).

use super::super::attribution::parse_attribution;
use super::super::{dates, names};
use crate::model::{AttrKind, Attribution};
// Which engine: procedure, tried on every line, is a DFA compiled at build time
// (`prebuilt`); division names use `regex`, whose automata search fast; the short shapes
// (a chair notice, a stage direction, the volume line) are read by hand (`scan`), which
// builds nothing at start-up, and building is most of a one-file run.
use crate::prebuilt::PROCEDURAL;
use crate::scan::{Cursor, is_space};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// "[Sir Roger Gale in the Chair]": the chair's name, as it stands (it may be spaces alone).
fn chair_notice(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    // From the end: "in the chair" with the spaces around its words, and before it the name.
    let b = inner.as_bytes();
    let mut end = b.len();
    let back_space = |end: &mut usize| {
        let from = *end;
        while *end > 0 && b.get(*end - 1).copied().is_some_and(is_space) {
            *end -= 1;
        }
        from - *end
    };
    let back_word = |end: &mut usize, w: &str| {
        let found = end
            .checked_sub(w.len())
            .and_then(|s| b.get(s..*end))
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()));
        if found {
            *end -= w.len();
        }
        found
    };
    back_space(&mut end);
    for (i, w) in ["chair", "the", "in"].into_iter().enumerate() {
        if !back_word(&mut end, w) {
            return None;
        }
        // Before "in", the spaces are left for the name's side to take.
        if i < 2 && back_space(&mut end) == 0 {
            return None;
        }
    }
    let in_at = end;
    let run_start = {
        let mut e = end;
        back_space(&mut e);
        e
    };
    if run_start == in_at {
        return None;
    }
    let lead = b.iter().take_while(|&&c| is_space(c)).count();
    let name = if lead < run_start {
        // The name runs from its first non-space to the spaces before "in" (a name cannot
        // hold a line break).
        inner.get(lead..run_start)?
    } else {
        // Nothing but spaces before "in the chair": the name is one of them, the last that
        // is not a line break and leaves a space before "in".
        let at = (0..in_at - 1).rev().find(|&i| b.get(i) != Some(&b'\n'))?;
        inner.get(at..at + 1)?
    };
    (!name.contains('\n')).then_some(name)
}

/// A stage direction: "(Interruption.)", "[Laughter.]", "rose—", "Hon. Members: Hear, hear!".
fn is_stage_direction(text: &str) -> bool {
    const WORDS: [&str; 8] = [
        "rose",
        "indicated dissent",
        "indicated assent",
        "interruption",
        "laughter",
        "noise",
        "applause",
        "hon. members: ",
    ];
    let mut c = Cursor::new(text);
    c.byte(b'[');
    c.byte(b'(');
    match c.one_of(&WORDS) {
        None => false,
        // Anything may follow "Hon. Members:" on its line.
        Some(7) => match c.rest().find('\n') {
            None => true,
            Some(nl) => closes(c.rest().get(nl..).unwrap_or("")),
        },
        Some(_) => closes(c.rest()),
    }
}

/// What may close a stage direction, and nothing after it: a full stop, spaces, dashes, a
/// bracket and a full stop.
fn closes(rest: &str) -> bool {
    let mut c = Cursor::new(rest);
    c.byte(b'.');
    c.space();
    while c.one_of(&["—", "–", "-"]).is_some() {}
    c.space();
    c.byte(b')');
    c.byte(b']');
    c.byte(b'.');
    c.done()
}

/// "Volume 757: debated on Tuesday 12 November 2024": what follows "debated on".
fn volume_date(text: &str) -> Option<&str> {
    let mut c = Cursor::new(text);
    let read = c.lit("volume")
        && c.space() > 0
        && c.digits(1, usize::MAX).is_some()
        && {
            c.space();
            c.byte(b':')
        }
        && {
            c.space();
            c.lit("debated")
        }
        && c.space() > 0
        && c.lit("on");
    let spaces = c.space();
    if !read || spaces == 0 {
        return None;
    }
    // The rest is the date, up to a line break. When nothing but spaces follows "on", the
    // last of them is the rest, if one is left before it.
    let rest = c.rest();
    if rest.is_empty() {
        let at = c.at();
        return text.get(at - 1..at).filter(|t| spaces > 1 && *t != "\n");
    }
    (!rest.contains('\n')).then_some(rest)
}

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
/// "Abbott, Ms Diane" or "Adams, Nigel (Selby)": a division-list name. The shape is matched
/// without length limits (so the pattern stays small to build) and the two limits, 40
/// characters each for the given names and the bracket, are checked on the captures; each
/// line has only one way to match, so this is the same test as limits in the pattern. An
/// ASCII line, nearly every one, is read by hand (`division_name_ascii`), since building the
/// pattern (Unicode letters) costs more than a small file's whole analysis.
pub(super) fn is_division_name(t: &str) -> bool {
    let within =
        |m: Option<&str>, max: usize| m.is_none_or(|m| (1..=max).contains(&m.chars().count()));
    if t.is_ascii() {
        return division_name_ascii(t)
            .is_some_and(|(given, seat)| within(Some(given), 40) && within(seat, 40));
    }
    // Every match opens with a capital and holds a comma: other lines build nothing.
    if !t.starts_with(|c: char| c.is_ascii_uppercase()) || !t.contains(',') {
        return false;
    }
    static SHAPE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(DIVISION_NAME).expect("static regex"));
    SHAPE.captures(t).is_some_and(|c| {
        within(c.get(1).map(|m| m.as_str()), 40) && within(c.get(2).map(|m| m.as_str()), 40)
    })
}

/// The shape of a division-list name: surname (one or two words), a comma, the given names,
/// and the seat in brackets.
const DIVISION_NAME: &str = r"^[A-Z][\p{L}'’-]+(?:\s[\p{L}'’-]+)?,\s([\p{L}. ]+)(?:\s\((.+)\))?$";

/// [`DIVISION_NAME`] read from an ASCII line: the given names and the seat.
fn division_name_ascii(t: &str) -> Option<(&str, Option<&str>)> {
    let b = t.as_bytes();
    let name_byte = |c: &u8| c.is_ascii_alphabetic() || *c == b'\'' || *c == b'-';
    let given_byte = |c: &u8| c.is_ascii_alphabetic() || *c == b'.' || *c == b' ';
    let run = |from: usize, f: &dyn Fn(&u8) -> bool| {
        from + b
            .get(from..)
            .map_or(0, |r| r.iter().take_while(|c| f(c)).count())
    };
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let mut i = run(1, &name_byte);
    if i == 1 {
        return None;
    }
    // A second word of the surname.
    if b.get(i).copied().is_some_and(is_space) {
        let end = run(i + 1, &name_byte);
        if end > i + 1 {
            i = end;
        }
    }
    if b.get(i) != Some(&b',') || !b.get(i + 1).copied().is_some_and(is_space) {
        return None;
    }
    let from = i + 2;
    let to = run(from, &given_byte);
    if to == from {
        return None;
    }
    if to == b.len() {
        return Some((t.get(from..)?, None));
    }
    // The seat: a space then a bracket, the space given back by the names when it is theirs.
    let gap = if b.get(to).copied().is_some_and(is_space) && b.get(to + 1) == Some(&b'(') {
        to
    } else if b.get(to) == Some(&b'(') && to > from + 1 && b.get(to - 1) == Some(&b' ') {
        to - 1
    } else {
        return None;
    };
    let seat = t.get(gap + 2..)?.strip_suffix(')')?;
    (!seat.is_empty() && !seat.contains('\n')).then_some((t.get(from..gap)?, Some(seat)))
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

/// Headings that frame business rather than name a debate.
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

pub(super) fn classify(text: &str) -> Kind {
    if text.is_empty() {
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
    if let Some((a, rest)) = inline_attribution(text) {
        return Kind::Inline(Box::new(a), rest);
    }
    Kind::Other
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
    let strong = head.trim_end().ends_with(')')
        || a.kind == AttrKind::Chair
        || a.office.is_some()
        || a.surname_only
        || (names::is_given_name(first) && head.split_whitespace().count() <= 4);
    strong.then(|| (a, rest.to_string()))
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

pub(super) fn heading_shaped(text: &str) -> bool {
    let n = text.chars().count();
    n > 0
        && n <= 120
        && !text.ends_with(['.', ',', ';', ':', '?', '!', '—', '–', '-', '"', '”', '…'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '‘' || c == '\'')
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
        || crate::prebuilt::TIMESTAMP.is_match(t)
        || chair_notice(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::{bracketed_names, chair_notice, is_stage_direction, is_was_asked, volume_date};
    use crate::scan::oracle::shaped;
    use proptest::prelude::*;

    fn pattern(p: &str) -> regex_lite::Regex {
        regex_lite::Regex::new(p).expect("pattern")
    }

    proptest! {
        /// A division-list name is read from an ASCII line as the pattern reads it.
        #[test]
        fn reads_division_names_as_the_pattern_does(
            line in shaped(&[
                &["Abbott", "ap Gwynfor", "Ap Gwynfor", "O'Brien", "Smith-Jones", "abbott", "A"],
                &["", " Jones", "  Jones", "\tX"],
                &[",", ""],
                &[" ", "  ", "\t", ""],
                &["Ms Diane", "Nigel", "Mr. J. R.", "N", "", " "],
                &["", " ", "  ", "\t", "\n"],
                &["", "(Selby)", "(Dwyfor Meirionnydd)", "()", "(a)b)", "(x\ny)", "(Selby"],
            ])
        ) {
            // Other lines go to the pattern itself.
            let line: String = line.chars().filter(char::is_ascii).collect();
            static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(super::DIVISION_NAME).expect("pattern")
            });
            let by_pattern = RE.captures(&line).map(|c| {
                (c.get(1).map_or("", |m| m.as_str()), c.get(2).map(|m| m.as_str()))
            });
            prop_assert_eq!(super::division_name_ascii(&line), by_pattern);
        }

        /// The chair notice is read as the pattern it replaced reads it.
        #[test]
        fn reads_chair_notices_as_the_pattern_does(
            line in shaped(&[
                &["[", "", "(["],
                &["", " ", "  ", "\n", "\t \n "],
                &["Sir Roger Gale", "Mr", "", " ", "\n", "x\ny", "[Dame]", "in the chair"],
                &[" ", "  ", "", "\x0B", "\u{a0}", " \n"],
                &["in", "IN", "i"],
                &[" ", "\t", ""],
                &["the", "The", "tHe"],
                &[" ", "  "],
                &["chair", "Chair", "CHAIR", "chai"],
                &["", " ", "\n"],
                &["]", "", "]]", "])"],
            ])
        ) {
            let re = pattern(r"(?i)^\[\s*(.+?)\s+in\s+the\s+chair\s*\]$");
            let by_pattern = re.captures(&line).and_then(|c| c.get(1)).map(|m| m.as_str());
            prop_assert_eq!(chair_notice(&line), by_pattern);
        }

        /// Stage directions are found as the pattern they replaced finds them.
        #[test]
        fn finds_stage_directions_as_the_pattern_does(
            line in shaped(&[
                &["", "[", "(", "[("],
                &["Rose", "indicated dissent", "Indicated assent", "Interruption", "laughter",
                  "noise", "APPLAUSE", "Hon. Members: ", "hon. members:", "roses"],
                &["", "Hear, hear!", "x\ny", "\n", "—"],
                &["", ".", ".."],
                &["", " ", "\n", "\x0B"],
                &["", "—", "–", "-", "——", "- -"],
                &["", " ", "\n"],
                &["", ")", ")]"],
                &["", "]"],
                &["", "."],
            ])
        ) {
            let re = pattern(r"(?i)^(\[?\(?(rose|indicated (dissent|assent)|interruption|laughter|hon\. members: .*|noise|applause)\.?\s*[—–-]*\s*\)?\]?\.?|rose\s*[—–-]+)$");
            prop_assert_eq!(is_stage_direction(&line), re.is_match(&line));
        }

        /// The volume line's date is read as the pattern it replaced reads it.
        #[test]
        fn reads_volume_lines_as_the_pattern_does(
            line in shaped(&[
                &["Volume", "VOLUME", "volume", "Vol"],
                &[" ", "  ", "", "\n"],
                &["757", "1", "", "x"],
                &["", " ", "\t"],
                &[":", "", ";"],
                &["", " "],
                &["debated", "Debated", "debate"],
                &[" ", "", "\n "],
                &["on", "On", "one"],
                &[" ", "", "  ", " \n", "\t "],
                &["Tuesday 12 November 2024", "", "12\nMay", "x", " "],
            ])
        ) {
            let re = pattern(r"(?i)^volume\s+[0-9]+\s*:\s*debated\s+on\s+(.+)$");
            let by_pattern = re.captures(&line).and_then(|c| c.get(1)).map(|m| m.as_str());
            prop_assert_eq!(volume_date(&line), by_pattern);
        }
    }

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
