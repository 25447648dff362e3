//! Text helpers for analysis: sentence splitting that knows Hansard's abbreviations
//! ("hon.", "Mr.", "per cent."), word counting by UAX #29, stemmed content words, and the
//! courtesy and procedure filters that keep pleasantries out of summaries and requests.

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;
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
    if s.is_ascii() || s.chars().all(|c| c.is_ascii() || class_of(c).is_some()) {
        Words::Fast { s, at: 0 }
    } else {
        Words::Full(s.unicode_words())
    }
}

/// The word-break classes (UAX #29) of the characters the fast path reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
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
fn class_of(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Connector,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => Class::MidNumLet,
        '\u{0}'..='\u{7f}' => Class::Other,
        '\u{c0}'..='\u{17f}' if c != '\u{d7}' && c != '\u{f7}' => Class::Letter,
        '\u{a0}' | '£' | '€' | '\u{d7}' | '\u{f7}' | '\u{2013}' | '\u{2014}' | '\u{201c}'
        | '\u{201d}' => Class::Other,
        _ => return None,
    })
}

/// Iterator over [`words`].
pub enum Words<'a> {
    Fast { s: &'a str, at: usize },
    Full(unicode_segmentation::UnicodeWords<'a>),
}

/// Classes of the ASCII characters, looked up rather than matched.
// Built at compile time: an index out of range would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASSES: [Class; 128] = {
    let mut t = [Class::Other; 128];
    let mut b = 0u8;
    while b < 128 {
        t[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Connector,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            _ => Class::Other,
        };
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

#[cold]
fn class_at_wide(s: &str, i: usize) -> Option<(Class, usize)> {
    let c = s.get(i..)?.chars().next()?;
    Some((class_of(c).unwrap_or(Class::Other), c.len_utf8()))
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (s, at) = match self {
            Words::Full(it) => return it.next(),
            Words::Fast { s, at } => (*s, at),
        };
        loop {
            // Skip to the first character that can start a word.
            let mut i = *at;
            let (start, first) = loop {
                let (k, n) = class_at(s, i)?;
                i += n;
                if matches!(k, Class::Letter | Class::Digit | Class::Connector) {
                    break (i - n, k);
                }
            };
            let mut last = first;
            let mut alnum = first != Class::Connector;
            while let Some((k, n)) = class_at(s, i) {
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
            *at = i;
            if alnum {
                return s.get(start..i);
            }
        }
    }
}

const ABBREVIATIONS: &[&str] = &[
    "hon", "Hon", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "rt", "Rt", "Co", "Ltd", "etc", "vs",
    "cf", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof", "Rev", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "cent", "para", "paras", "Cllr", "Sen",
    "e.g", "i.e", "al", "approx", "Op", "Art", "Vol", "p", "pp", "c", "viz",
];

/// Splits text into sentences, keeping each sentence's own characters. A sentence ends at
/// `.`, `!` or `?` (with any closing quotes or brackets) followed by space and a capital,
/// digit or opening quote, unless the word before the full stop is an abbreviation or an
/// initial. Works in one pass without copying the text.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if !matches!(b, b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        // Closing quotes and brackets belong to the sentence.
        let mut j = i + 1;
        while let Some(c) = text.get(j..).and_then(|t| t.chars().next()) {
            if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(after) = text.get(j..) else { break };
        let rest = after.trim_start();
        if rest.len() == after.len() || rest.is_empty() {
            // No space after it, or the end of the text.
            i = j.max(i + 1);
            continue;
        }
        let starts_new = rest.chars().next().is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[' | '—')
        });
        let word_before = text
            .get(start..i)
            .unwrap_or("")
            .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
            .next()
            .unwrap_or("");
        let abbrev = b == b'.'
            && (ABBREVIATIONS.contains(&word_before)
                || (word_before.chars().count() == 1
                    && word_before.chars().all(|x| x.is_uppercase())));
        if starts_new && !abbrev {
            if let Some(sentence) = text.get(start..j) {
                let sentence = sentence.trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
            }
            start = text.len() - rest.len();
            i = start;
            continue;
        }
        i = j.max(i + 1);
    }
    if let Some(rest) = text.get(start..) {
        let rest = rest.trim();
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

const STOPWORDS: &str = "a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just let me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves hon
friend member members gentleman lady right minister government house debate mr mrs ms people point made say said
make many much may might must one two three us well way want think know going get got go today like need also
said very year years time whether shall sure indeed thank thanks therefore however already ever every even still
back take taken give given look come";

/// True for words that carry no topic.
pub fn is_stopword(w: &str) -> bool {
    static SET: LazyLock<std::collections::BTreeSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.split_whitespace().collect());
    SET.contains(w)
}

/// The stem of a content word, or `None` for stopwords, numbers and one-letter words.
pub fn stem_of(word: &str) -> Option<String> {
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    let low = word.to_lowercase();
    (low.chars().count() > 1 && !is_stopword(&low) && !low.chars().all(|c| c.is_ascii_digit()))
        .then(|| STEMMER.stem(&low).into_owned())
}

/// What one thread has learnt about words: each distinct word's stem, as a number. A word's
/// stem never changes, so this outlives a debate; it is emptied between debates when it
/// grows large, which bounds memory and cannot change any output (debates number their own
/// stems, see [`Vocab`]).
#[derive(Default)]
struct Lexicon {
    // Only looked up, never iterated: order cannot reach the output.
    words: rustc_hash::FxHashMap<Box<str>, Option<u32>>,
    stems: rustc_hash::FxHashMap<Box<str>, u32>,
    /// Debates being read on this thread (their `Vocab`s hold numbers from here).
    open: usize,
}

impl Lexicon {
    const MAX_WORDS: usize = 200_000;

    fn stem_id(&mut self, word: &str) -> Option<u32> {
        if let Some(id) = self.words.get(word) {
            return *id;
        }
        let id = stem_of(word).map(|stem| {
            let next = self.stems.len() as u32;
            *self.stems.entry(stem.into_boxed_str()).or_insert(next)
        });
        self.words.insert(word.into(), id);
        id
    }
}

thread_local! {
    static LEXICON: std::cell::RefCell<Lexicon> = std::cell::RefCell::new(Lexicon::default());
}

/// A debate's stemmed content words as numbers 0, 1, 2, ... in order of first appearance,
/// so that nothing downstream depends on what the thread read before.
pub struct Vocab {
    // Only looked up, never iterated: order cannot reach the output.
    local: rustc_hash::FxHashMap<u32, u32>,
}

impl Default for Vocab {
    fn default() -> Self {
        LEXICON.with_borrow_mut(|lex| {
            if lex.open == 0 && lex.words.len() > Lexicon::MAX_WORDS {
                *lex = Lexicon::default();
            }
            lex.open += 1;
        });
        Vocab {
            local: rustc_hash::FxHashMap::default(),
        }
    }
}

impl Drop for Vocab {
    fn drop(&mut self) {
        // During thread teardown the lexicon may already be gone; nothing to release then.
        let _ = LEXICON.try_with(|lex| {
            if let Ok(mut lex) = lex.try_borrow_mut() {
                lex.open = lex.open.saturating_sub(1);
            }
        });
    }
}

impl Vocab {
    /// The content-word ids of a sentence, in order, repeats kept.
    pub fn terms(&mut self, s: &str) -> Vec<u32> {
        self.terms_and_words(s).0
    }

    /// The content-word ids of a sentence and its number of words, in one pass.
    pub fn terms_and_words(&mut self, s: &str) -> (Vec<u32>, usize) {
        let mut out = Vec::new();
        let mut count = 0usize;
        LEXICON.with_borrow_mut(|lex| {
            for w in words(s) {
                count += 1;
                if let Some(global) = lex.stem_id(w) {
                    let next = self.local.len() as u32;
                    out.push(*self.local.entry(global).or_insert(next));
                }
            }
        });
        (out, count)
    }

    /// The id of a stem already seen in this debate.
    pub fn id_of_stem(&self, stem: &str) -> Option<u32> {
        let global = LEXICON.with_borrow(|lex| lex.stems.get(stem).copied())?;
        self.local.get(&global).copied()
    }

    /// How many distinct stems have been seen.
    pub fn len(&self) -> usize {
        self.local.len()
    }

    /// True before any content word has been seen.
    pub fn is_empty(&self) -> bool {
        self.local.is_empty()
    }
}

// Matched as bytes over the normalised (lowercase, punctuation-free) text with Unicode
// classes off: `.` and `\w` are then single-byte steps, which keeps the bounded gaps cheap.
static COURTESY: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(
        r"(?ix-u)
        pleasure\ to\ serve | privilege\ to\ serve | pleasure\ to\ follow | serve\ under\ your
        | congratulat\w*\b.{0,160}?\b(securing|obtaining|bringing|introducing|initiating|opening|leading)\b.{0,40}\bdebate
        | thank\w*\b.{0,140}?\bfor\ (securing|obtaining|bringing|introducing|initiating|opening|leading|calling)\b
        | grateful\b.{0,100}?\b(securing|secure|obtain\w*|bringing)\b.{0,30}\bdebate
        | \b(securing|secured|obtaining|obtained)\ (this|the|today'?s|today’s)\ (important\ |timely\ |excellent\ )?debate
        | thank\ you,?\ (mr|madam|sir|dame)\b | i\ thank\ (the|my)\ (hon|right|noble)\b.{0,80}?\b(for\ (his|her|their)\ (intervention|question|kind)|for\ that)
        | welcome\ (you|the\ minister|him|her)\ to\ (your|his|her)\ (place|post)
        | (give|giving)\ way | in\ a\ moment | i\ will\ make\ progress | i\ must\ make\ progress
        | may\ i\ (first\ )?(say|begin)\ how | it\ is\ a\ (great\ )?pleasure
        ",
    )
    .expect("static regex")
});

/// Courtesies ("It is a pleasure to serve under your chairmanship", "I thank my hon. Friend for
/// securing this debate") are never requests or summary sentences.
pub fn is_courtesy(s: &str) -> bool {
    // Every courtesy form holds one of these; most sentences hold none and skip the regex.
    const CUES: &[&str] = &[
        "pleasure",
        "privilege",
        "serve under",
        "ongratulat",
        "hank",
        "grateful",
        "secur",
        "obtain",
        "welcome",
        "way",
        "moment",
        "progress",
        "may i",
    ];
    let low = s.to_lowercase();
    if !CUES.iter().any(|c| low.contains(c)) {
        return false;
    }
    let norm = normalise_for_match(s);
    COURTESY.is_match(norm.as_bytes())
}

/// A case-insensitive matcher for a fixed list of cue phrases.
pub fn cue_matcher(cues: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(cues)
        .expect("fixed cue lists build")
}

static PROCEDURAL_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(order[.!]|i beg to move|that this house|question put|i call\b|the question is|division|resolved|motion made|amendment)")
        .expect("static regex")
});

/// Sentences that are procedure rather than argument.
pub fn is_procedural(s: &str) -> bool {
    PROCEDURAL_SENTENCE.is_match(s.trim())
}

/// Lowercase with punctuation folded to spaces, as a matcher sees it.
pub fn normalise_for_match(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if c == '\'' || c == '’' {
            // "today's" → "today s" like the word matcher
            if !space {
                out.push(' ');
                space = true;
            }
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_around_abbreviations() {
        let s = sentences(
            "I thank my hon. Friend. It is 5 per cent. of the total. Mr. Smith agreed! Did he?",
        );
        assert_eq!(
            s,
            vec![
                "I thank my hon. Friend.",
                "It is 5 per cent. of the total.",
                "Mr. Smith agreed!",
                "Did he?"
            ]
        );
    }

    #[test]
    fn courtesies_are_recognised() {
        assert!(is_courtesy(
            "It is a pleasure to serve under your chairmanship, Sir Christopher."
        ));
        assert!(is_courtesy(
            "I congratulate my hon. Friend the Member for Bolton North East on securing this debate."
        ));
        assert!(is_courtesy(
            "I thank the hon. Member for Bedford for securing the debate."
        ));
        assert!(!is_courtesy(
            "The Government should ban the creation of deepfakes."
        ));
    }

    /// Text built from letters, digits and the marks the word rules treat specially; with
    /// `odd` characters from anywhere too (which send the text to the full segmenter).
    fn wordy_text(odd: u32) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        proptest::collection::vec(
            prop_oneof![
                4 => proptest::sample::select(vec!['a', 'Z', 'q', 'é', 'Ł', 'ß', 'ÿ', 'À']),
                2 => proptest::sample::select(vec!['0', '7']),
                3 => proptest::sample::select(vec![' ', '.', ',', ';', ':', '\'', '’', '‘', '_', '-', '"', '\n', '\t', '\r']),
                1 => proptest::sample::select(vec!['—', '–', '“', '”', '£', '€', '\u{a0}', '×', '÷', '(', '/', '%', '&', '?', '!']),
                odd => any::<char>(),
            ],
            0..40,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The fast path gives exactly the words of the full UAX #29 segmenter.
        #[test]
        fn words_are_the_segmenters_words(s in wordy_text(0)) {
            let fast_path = matches!(words(&s), Words::Fast { .. });
            proptest::prop_assert!(fast_path, "{:?} took the full segmenter", s);
            let fast: Vec<&str> = words(&s).collect();
            let full: Vec<&str> = s.unicode_words().collect();
            proptest::prop_assert_eq!(fast, full, "{:?}", s);
        }

        /// Any other character falls back to the segmenter, with the same result.
        #[test]
        fn words_of_any_text_are_the_segmenters_words(s in wordy_text(2)) {
            let ours: Vec<&str> = words(&s).collect();
            let full: Vec<&str> = s.unicode_words().collect();
            proptest::prop_assert_eq!(ours, full, "{:?}", s);
        }
    }

    #[test]
    fn every_latin_letter_and_mark_segments_as_uax29_does() {
        // Each character the fast path knows, between letters, digits and itself.
        let known: Vec<char> = ('\u{0}'..='\u{17f}')
            .chain([
                '£', '€', '\u{2013}', '\u{2014}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}',
            ])
            .filter(|&c| class_of(c).is_some())
            .collect();
        for &c in &known {
            for s in [
                format!("a{c}b"),
                format!("1{c}2"),
                format!("a{c}1"),
                format!("{c}{c}"),
                format!("x{c}"),
                format!("{c}y z"),
                format!("_{c}_a"),
            ] {
                let fast: Vec<&str> = words(&s).collect();
                let full: Vec<&str> = s.unicode_words().collect();
                assert_eq!(fast, full, "{s:?}");
            }
        }
    }

    #[test]
    fn counts_words_by_uax29() {
        assert_eq!(word_count("It's £5—isn't it? 9.30 am"), 6);
    }
}
