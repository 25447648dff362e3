//! Words by UAX #29 (the contract's definition of a word), with a table-driven fast path
//! for ASCII text that gives the same boundaries.

use unicode_segmentation::UnicodeSegmentation;

/// Words as the contract counts them: `unicode_words()` (UAX #29).
pub fn word_count(s: &str) -> usize {
    words(s).count()
}

/// The words of `s` exactly as `unicode_words()` (UAX #29) gives them. Text made only of
/// ASCII, Latin letters and the usual typographic marks (curly quotes, dashes, £, €), which
/// is nearly all of a transcript, is segmented by a direct reading of the rules that can
/// apply to those characters; anything else goes to the full segmenter. A property test
/// holds the two to the same words.
pub fn words(s: &str) -> Words<'_> {
    let known = |(i, b): (usize, &u8)| {
        // Only the first byte of each character outside ASCII is looked at.
        b.is_ascii()
            || (0x80..0xC0).contains(b)
            || s.get(i..)
                .and_then(|t| t.chars().next())
                .is_some_and(|c| class_of(c).is_some())
    };
    if s.is_ascii() || s.as_bytes().iter().enumerate().all(known) {
        Words::Fast(Fast {
            s,
            at: 0,
            tokens: 0,
            after_space: true,
        })
    } else {
        Words::Full(s.unicode_words())
    }
}

/// The word-break classes (UAX #29) of the characters the fast path reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// ALetter
    Letter,
    /// Numeric
    Digit,
    /// ExtendNumLet ("_")
    Connector,
    /// MidLetter (":")
    MidLetter,
    /// MidNum ("," ";")
    MidNum,
    /// MidNumLet and Single_Quote ("." "'" "‘" "’")
    MidNumLet,
    /// Everything else the fast path accepts: breaks on both sides.
    Other,
}

#[inline]
pub(super) const fn class_of(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Connector,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLet,
        '\u{0}'..='\u{7f}' => Class::Other,
        '\u{c0}'..='\u{17f}' if c != '\u{d7}' && c != '\u{f7}' => Class::Letter,
        '\u{85}'
        | '\u{a0}'
        | '\u{2000}'..='\u{200a}'
        | '£'
        | '€'
        | '\u{d7}'
        | '\u{f7}'
        | '\u{2013}'
        | '\u{2014}'
        | '\u{201c}'
        | '\u{201d}' => Class::Other,
        _ => return None,
    })
}

/// Iterator over [`words`].
pub enum Words<'a> {
    Fast(Fast<'a>),
    Full(unicode_segmentation::UnicodeWords<'a>),
}

/// The direct reading of the word rules; it also counts whitespace-separated tokens on the
/// way, so that a sentence's length in tokens costs no second pass.
pub struct Fast<'a> {
    s: &'a str,
    at: usize,
    tokens: usize,
    after_space: bool,
}

impl Words<'_> {
    /// Once every word has been read: how many whitespace-separated tokens the text has (as
    /// `split_whitespace` counts them). `None` before the end, or from the full segmenter.
    pub fn tokens(&self) -> Option<usize> {
        match self {
            Words::Fast(f) if f.at >= f.s.len() => Some(f.tokens),
            _ => None,
        }
    }
}

/// [`class_of`] for each ASCII character, looked up rather than matched.
// Built at compile time: an index out of range would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASSES: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut b = 0u8;
    while b < 128 {
        if let Some(k) = class_of(b as char) {
            t[b as usize] = k;
        }
        b += 1;
    }
    t
};

/// Whether each byte is an ASCII letter or digit, looked up rather than compared.
// Built at compile time: an index out of range would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0usize;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The class of the character at byte `i` of `s` and its length in bytes.
#[inline(always)]
fn class_at(s: &str, i: usize) -> Option<(Class, usize)> {
    let b = *s.as_bytes().get(i)?;
    match ASCII_CLASSES.get(usize::from(b)) {
        Some(&k) => Some((k, 1)),
        None => class_at_wide(s, i),
    }
}

/// Whether the character at byte `i` of `s` is whitespace (as `char::is_whitespace`).
#[inline(always)]
fn is_space_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (b == b' ') | (b.wrapping_sub(b'\t') < 5),
        Some(_) => s
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_whitespace),
        None => false,
    }
}

#[cold]
fn class_at_wide(s: &str, i: usize) -> Option<(Class, usize)> {
    let c = s.get(i..)?.chars().next()?;
    Some((class_of(c).unwrap_or(Class::Other), c.len_utf8()))
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let f = match self {
            Words::Full(it) => return it.next(),
            Words::Fast(f) => f,
        };
        let s = f.s;
        loop {
            // Skip to the first character that can start a word, counting tokens as we go.
            let mut i = f.at;
            let (start, first) = loop {
                let Some((k, n)) = class_at(s, i) else {
                    f.at = s.len();
                    return None;
                };
                i += n;
                if matches!(k, Class::Letter | Class::Digit | Class::Connector) {
                    f.tokens += usize::from(f.after_space);
                    f.after_space = false;
                    break (i - n, k);
                }
                let space = is_space_at(s, i - n);
                f.tokens += usize::from(f.after_space & !space);
                f.after_space = space;
            };
            let mut last = first;
            let mut alnum = first != Class::Connector;
            let bytes = s.as_bytes();
            loop {
                // Most of a word is a run of ASCII letters and digits: step over it directly.
                let run = i;
                while bytes
                    .get(i)
                    .is_some_and(|&b| ALNUM.get(usize::from(b)).copied().unwrap_or(false))
                {
                    i += 1;
                }
                if i > run {
                    alnum = true;
                    last = if bytes.get(i - 1).is_some_and(u8::is_ascii_digit) {
                        Class::Digit
                    } else {
                        Class::Letter
                    };
                }
                let Some((k, n)) = class_at(s, i) else { break };
                match k {
                    Class::Letter | Class::Digit | Class::Connector => {
                        alnum |= k != Class::Connector;
                        last = k;
                        i += n;
                    }
                    Class::MidLetter | Class::MidNum | Class::MidNumLet => {
                        // A middle character joins two letters or two digits (WB6/7, WB11/12).
                        let next = class_at(s, i + n).map(|(k, _)| k);
                        let joins = matches!(
                            (last, k, next),
                            (
                                Class::Letter,
                                Class::MidLetter | Class::MidNumLet,
                                Some(Class::Letter)
                            ) | (
                                Class::Digit,
                                Class::MidNum | Class::MidNumLet,
                                Some(Class::Digit)
                            )
                        );
                        if !joins {
                            break;
                        }
                        i += n;
                    }
                    Class::Other => break,
                }
            }
            // The word's characters are none of them spaces; what ends it is read next time.
            f.at = i;
            if alnum {
                return s.get(start..i);
            }
        }
    }
}
