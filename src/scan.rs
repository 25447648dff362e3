//! Short fixed shapes of text read by hand: a date line, a chair notice, a stage heading, a
//! stage direction. Each was a pattern compiled at start-up (a tenth to a quarter of a
//! millisecond apiece, most of what a small file costs beyond reading it); read here, they
//! cost nothing until used. The rules are the patterns': ASCII case is ignored and "space" is
//! ASCII whitespace (`\t \n \v \f \r` and the space). Each reader has a property test that
//! holds it to the pattern it replaced.

/// Whether `$hay` (bytes) holds the fixed `$needle`, by a searcher built once for the
/// program: the checks asked of every sentence would otherwise build one per call.
macro_rules! holds {
    ($hay:expr, $needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        FINDER.find($hay)
    }};
}
pub(crate) use holds;

/// Whitespace as the patterns meant it (`\s`): ASCII only, the vertical tab included.
pub fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
}

/// A character of a word, for a word boundary (`\b`): ASCII letters, digits and `_`.
pub fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A position in a text, read forward.
#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(s: &'a str) -> Self {
        Cursor { s, at: 0 }
    }

    /// Where the cursor is, in bytes.
    pub fn at(&self) -> usize {
        self.at
    }

    /// What is left to read.
    pub fn rest(&self) -> &'a str {
        self.s.get(self.at..).unwrap_or("")
    }

    /// True once everything has been read.
    pub fn done(&self) -> bool {
        self.at >= self.s.len()
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.at).copied()
    }

    /// Steps over whitespace; how many bytes of it there were.
    pub fn space(&mut self) -> usize {
        let from = self.at;
        while self.peek().is_some_and(is_space) {
            self.at += 1;
        }
        self.at - from
    }

    /// Steps over `lit` (ASCII case aside) if it comes next.
    pub fn lit(&mut self, lit: &str) -> bool {
        let found = self
            .s
            .as_bytes()
            .get(self.at..self.at + lit.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(lit.as_bytes()));
        if found {
            self.at += lit.len();
        }
        found
    }

    /// Steps over the first of `lits` (in their order) that comes next; which one it was.
    pub fn one_of(&mut self, lits: &[&str]) -> Option<usize> {
        lits.iter().position(|l| self.lit(l))
    }

    /// Steps over one byte if it is `b`.
    pub fn byte(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    /// Steps over a run of ASCII digits whose length is from `min` to `max`; the digits. A run
    /// of another length is not read (the patterns never split a run of digits).
    pub fn digits(&mut self, min: usize, max: usize) -> Option<&'a str> {
        let rest = self.rest();
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(min..=max).contains(&n) {
            return None;
        }
        self.at += n;
        rest.get(..n)
    }

    /// Steps over a run of ASCII letters; how many there were.
    pub fn letters(&mut self) -> usize {
        let n = self
            .rest()
            .bytes()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        self.at += n;
        n
    }

    /// True at a word boundary after a word character (the next byte is not a word's).
    pub fn word_ends(&self) -> bool {
        !self.peek().is_some_and(is_word)
    }

    /// Steps over a clause or schedule named next ("New Clause 3", "Schedule 12"), its
    /// number ending a word; whether one was.
    pub fn names_clause(&mut self) -> bool {
        let mut c = *self;
        c.lit("new ");
        let named = c.one_of(&["clause ", "schedule "]).is_some()
            && c.digits(1, usize::MAX).is_some()
            && c.word_ends();
        if named {
            *self = c;
        }
        named
    }
}

#[cfg(test)]
pub mod oracle {
    //! What the property tests feed the readers: texts stitched from the fragments of the
    //! shape being read, so that near misses are as common as matches.
    use proptest::prelude::*;

    /// A text built slot by slot, each slot one of its options ("" leaves it out), and now
    /// and then a fragment of noise put in or a slot dropped: mostly the shape, often a near
    /// miss.
    pub fn shaped(slots: &'static [&'static [&'static str]]) -> impl Strategy<Value = String> {
        let picks: Vec<_> = slots
            .iter()
            .map(|options| proptest::sample::select(*options))
            .collect();
        (
            picks,
            proptest::option::weighted(0.3, (0..=slots.len(), proptest::sample::select(NOISE))),
            proptest::option::weighted(0.15, 0..slots.len()),
        )
            .prop_map(|(mut parts, noise, dropped)| {
                if let Some(d) = dropped {
                    parts.remove(d);
                }
                if let Some((at, n)) = noise {
                    parts.insert(at.min(parts.len()), n);
                }
                parts.concat()
            })
    }

    /// Whitespace, punctuation, digits and letters that the shapes treat specially
    /// (`\u{17f}` and `\u{212a}` fold to "s" and "k" in Unicode, not in ASCII).
    pub const NOISE: &[&str] = &[
        " ", "  ", "\t", "\n", "\x0B", "\u{a0}", ".", ",", ":", "(", ")", "[", "]", "-", "—", "–",
        "1", "12", "123", "2024", "x", "_", "é", "\u{17f}", "\u{212a}",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_reads_as_the_patterns_do() {
        let mut c = Cursor::new("Tuesday,  12th MARCH 2024.");
        assert_eq!(c.one_of(&["monday", "tuesday"]), Some(1));
        assert!(c.byte(b','));
        assert_eq!(c.space(), 2);
        assert_eq!(c.digits(1, 2), Some("12"));
        assert!(c.lit("TH"));
        assert_eq!(c.space(), 1);
        assert!(c.lit("march"));
        assert!(!c.lit("march"));
        c.space();
        assert_eq!(
            c.digits(1, 3),
            None,
            "a run of four is not one to three digits"
        );
        assert_eq!(c.digits(4, 4), Some("2024"));
        assert!(c.word_ends());
        assert!(c.byte(b'.') && c.done());
        assert!(is_space(b'\x0B') && !is_space(0xA0));
    }
}
