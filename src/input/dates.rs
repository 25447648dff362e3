//! Dates as transcripts write them ("Tuesday 12th November 2024", "Wednesday 10 February
//! 2010") and as file names carry them ("Academies 2010-06-07.txt"), to ISO 8601.

use crate::scan::Cursor;

/// The days of the week, lower case.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The months, lowercase, in order.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that is only a date, as ISO 8601.
pub fn parse_date_line(line: &str) -> Option<String> {
    let line = line.trim();
    // A date line opens with a digit, a weekday or a month and ends with the year (ASCII case aside):
    // most lines do not, and are not read further.
    let opens = line.bytes().next().is_some_and(|b| {
        b.is_ascii_digit()
            || matches!(
                b.to_ascii_lowercase(),
                b'm' | b't' | b'w' | b'f' | b's' | b'j' | b'a' | b'o' | b'n' | b'd'
            )
    });
    let ends = line.ends_with(|c: char| c.is_ascii_digit() || c == '.');
    if !opens || !ends {
        return None;
    }
    // A weekday and a comma, a day with its ordinal, the month, the year and a full stop
    // ("Tuesday, 12th November 2024."): all but the day, month and year may be left out.
    let mut c = Cursor::new(line);
    if c.one_of(&WEEKDAYS).is_some() {
        c.byte(b',');
        if c.space() == 0 {
            return None;
        }
    }
    // The month first, as North American records write it ("Friday, June 5, 1998").
    if let Some(date) = month_first(c) {
        return Some(date);
    }
    let day: u32 = c.digits(1, 2)?.parse().ok()?;
    c.one_of(&["st", "nd", "rd", "th"]);
    if c.space() == 0 {
        return None;
    }
    let month = c.one_of(&MONTHS)? + 1;
    if c.space() == 0 {
        return None;
    }
    let year: u32 = c.digits(4, 4)?.parse().ok()?;
    c.byte(b'.');
    if !c.done() {
        return None;
    }
    valid(year, month as u32, day)
}

/// "June 5, 1998" (a full stop after it allowed) to the line's end, as ISO 8601.
fn month_first(mut c: Cursor) -> Option<String> {
    let month = c.one_of(&MONTHS)? + 1;
    if c.space() == 0 {
        return None;
    }
    let day: u32 = c.digits(1, 2)?.parse().ok()?;
    c.one_of(&["st", "nd", "rd", "th"]);
    if !c.byte(b',') || c.space() == 0 {
        return None;
    }
    let year: u32 = c.digits(4, 4)?.parse().ok()?;
    c.byte(b'.');
    c.done().then(|| valid(year, month as u32, day))?
}

/// A YYYY-MM-DD date anywhere in a file name.
pub fn date_from_file_name(name: &str) -> Option<String> {
    iso_shapes(name).find_map(|(y, m, d)| valid(y, m, d))
}

/// Every "NNNN-NN-NN" in a text as (year, month, day), leftmost first and not overlapping;
/// a scan of the bytes, where a pattern would cost more to build than the whole search.
pub fn iso_shapes(text: &str) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
    const SHAPE: &[u8; 10] = b"0000-00-00";
    let b = text.as_bytes();
    let number = |s: Option<&[u8]>| {
        s.unwrap_or_default()
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(w) = b.get(i..i + SHAPE.len()) {
            let fits = w.iter().zip(SHAPE).all(|(c, s)| {
                if *s == b'-' {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
            if fits {
                i += SHAPE.len();
                return Some((number(w.get(..4)), number(w.get(5..7)), number(w.get(8..))));
            }
            i += 1;
        }
        None
    })
}

/// Formats a date when it exists in the calendar.
pub fn valid(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (day >= 1 && day <= days && (1000..=9999).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_date_lines() {
        assert_eq!(
            parse_date_line("Tuesday 12th November 2024").as_deref(),
            Some("2024-11-12")
        );
        assert_eq!(
            parse_date_line("Wednesday 10 February 2010").as_deref(),
            Some("2010-02-10")
        );
        assert_eq!(parse_date_line("31 February 2010"), None);
        assert_eq!(parse_date_line("The 10 February 2010 meeting"), None);
        // The month first, as the Canadian Hansard writes it.
        assert_eq!(
            parse_date_line("Friday, June 5, 1998").as_deref(),
            Some("1998-06-05")
        );
        assert_eq!(
            parse_date_line("September 22, 1997.").as_deref(),
            Some("1997-09-22")
        );
        assert_eq!(parse_date_line("June 31, 1998"), None);
        assert_eq!(parse_date_line("June 5 1998"), None);
        assert_eq!(parse_date_line("Friday, June 5, 1998 at noon"), None);
    }

    proptest::proptest! {
        /// The reading of a date line is the pattern it replaced.
        #[test]
        fn reads_date_lines_as_the_pattern_does(
            line in crate::scan::oracle::shaped(&[
                &["", "Monday", "tuesday", "SUNDAY", "Fri"],
                &["", ","],
                &[" ", "  ", "\t", ""],
                &["1", "12", "31", "123", "0"],
                &["", "st", "TH", "nd", "rd"],
                &[" ", "\x0B", "\u{a0}"],
                &["May", "march", "DECEMBER", "Febuary", "ma\u{17f}"],
                &[" ", "  "],
                &["2024", "1999", "20245", "999"],
                &["", ".", ".."],
            ])
        ) {
            let pattern = regex_lite::Regex::new(
                r"(?i)^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?([0-9]{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+([0-9]{4})\.?$",
            ).expect("pattern");
            let line = line.trim();
            let by_pattern = pattern.captures(line).and_then(|c| {
                let month = MONTHS.iter().position(|m| c[2].eq_ignore_ascii_case(m))? + 1;
                valid(c[3].parse().ok()?, month as u32, c[1].parse().ok()?)
            });
            proptest::prop_assert_eq!(parse_date_line(line), by_pattern);
        }
    }

    #[test]
    fn reads_file_names() {
        assert_eq!(
            date_from_file_name("Academies 2010-06-07 (1).txt").as_deref(),
            Some("2010-06-07")
        );
        assert_eq!(
            date_from_file_name("debates2009-10-29a.xml").as_deref(),
            Some("2009-10-29")
        );
        assert_eq!(date_from_file_name("notes.txt"), None);
        // The first shape that is a real date, however many come before it.
        assert_eq!(
            date_from_file_name("2010-13-45 then 2010-02-10.txt").as_deref(),
            Some("2010-02-10")
        );
    }

    #[test]
    fn finds_date_shapes_leftmost_and_apart() {
        let all: Vec<_> = iso_shapes("x12010-02-10-2011-03-04 99-1-1 2012-1-01").collect();
        assert_eq!(all, vec![(2010, 2, 10), (2011, 3, 4)]);
        assert_eq!(iso_shapes("2010-02-1").next(), None);
    }
}
