//! The short shapes of Hansard text lines, read by hand (`scan`) as the patterns they
//! replaced read them: a chair notice, a stage direction, the volume line and a
//! division-list name. Each has a property test holding it to its pattern.

use crate::scan::{Cursor, is_space};
use std::sync::LazyLock;

/// "[Sir Roger Gale in the Chair]": the chair's name, as it stands (it may be spaces alone).
pub(in crate::input) fn chair_notice(text: &str) -> Option<&str> {
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

/// A stage direction: "(Interruption.)", "[Laughter.]", "rose—", "Hon. Members: Hear, hear!",
/// "An hon. Member: Resign!", and one followed by another ("rose—[Interruption.]").
pub(crate) fn is_stage_direction(text: &str) -> bool {
    const WORDS: [&str; 11] = [
        "rose",
        "indicated dissent",
        "indicated assent",
        "interruption",
        "laughter",
        "noise",
        "applause",
        // Members calling out, unnamed: anything may follow on the line.
        "hon. members: ",
        "hon members: ",
        "an hon. member: ",
        "an hon member: ",
    ];
    let mut c = Cursor::new(text);
    c.byte(b'[');
    c.byte(b'(');
    match c.one_of(&WORDS) {
        None => false,
        // Anything may follow "Hon. Members:" on its line.
        Some(7..) => match c.rest().find('\n') {
            None => true,
            Some(nl) => closes(c.rest().get(nl..).unwrap_or("")),
        },
        Some(_) => closes(c.rest()),
    }
}

/// "Mr Howard interjecting", "Opposition members interjecting—": the Australian record's
/// note that someone called out, a few words that end so.
pub(super) fn is_interjecting(text: &str) -> bool {
    let t = text.trim_end_matches(['\u{2014}', '\u{2013}', '-', '.', ' ']);
    t.ends_with(" interjecting") && t.split_whitespace().count() <= 6
}

/// What may close a stage direction, and nothing after it: a full stop, spaces, dashes, a
/// bracket and a full stop.
fn closes(rest: &str) -> bool {
    let mut c = Cursor::new(rest);
    c.byte(b'.');
    c.space();
    while c.one_of(&["—", "–", "-"]).is_some() {}
    c.space();
    // Another direction may follow: "rose—[Interruption.]".
    if c.rest().starts_with(['[', '(']) {
        return is_stage_direction(c.rest());
    }
    c.byte(b')');
    c.byte(b']');
    c.byte(b'.');
    c.done()
}

/// "Volume 757: debated on Tuesday 12 November 2024": what follows "debated on".
pub(super) fn volume_date(text: &str) -> Option<&str> {
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

#[cfg(test)]
mod tests {
    use super::{chair_notice, is_stage_direction, volume_date};
    use crate::scan::oracle::shaped;
    use proptest::prelude::*;

    fn pattern(p: &str) -> regex_lite::Regex {
        regex_lite::Regex::new(p).expect("pattern")
    }

    #[test]
    fn a_direction_followed_by_another_is_one() {
        assert!(is_stage_direction("rose—[Interruption.]"));
        assert!(is_stage_direction("rose— (Laughter.)"));
        assert!(!is_stage_direction(
            "rose—[Interruption.] I will not give way."
        ));
        assert!(!is_stage_direction("rose—[a point of order]"));
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
                  "noise", "APPLAUSE", "Hon. Members: ", "hon. members:", "roses",
                  "HON MEMBERS: ", "An HON MEMBER: ", "An hon. Member: ", "an hon member"],
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
            let re = pattern(r"(?i)^(\[?\(?(rose|indicated (dissent|assent)|interruption|laughter|(?:hon\.? members|an hon\.? member): .*|noise|applause)\.?\s*[—–-]*\s*\)?\]?\.?|rose\s*[—–-]+)$");
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
}
