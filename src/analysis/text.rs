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
const fn class_of(c: char) -> Option<Class> {
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
                while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
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
    while let Some(found) = bytes
        .get(i..)
        .and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest))
    {
        i += found;
        let Some(&b) = bytes.get(i) else { break };
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
    /// Stems already worked out, by lower-cased word, shared by the workers: the stemmer
    /// is slow (thousands of instructions a word), and "Government" and "government", or
    /// two workers meeting the same word, need it only once. A stem depends on the word
    /// alone, so what is here cannot change a result. Emptied when large.
    type Known = rustc_hash::FxHashMap<Box<str>, Option<Box<str>>>;
    static KNOWN: LazyLock<std::sync::Mutex<Known>> = LazyLock::new(Default::default);
    const MAX_KNOWN: usize = 200_000;
    // A holder that panicked left the map whole (one insert or clear at a time).
    let known = || KNOWN.lock().unwrap_or_else(|e| e.into_inner());

    let low = word.to_lowercase();
    if let Some(stem) = known().get(low.as_str()) {
        return stem.as_deref().map(str::to_string);
    }
    let stem =
        (low.chars().count() > 1 && !is_stopword(&low) && !low.chars().all(|c| c.is_ascii_digit()))
            .then(|| STEMMER.stem(&low).into_owned());
    let mut m = known();
    if m.len() >= MAX_KNOWN {
        m.clear();
    }
    m.insert(low.into_boxed_str(), stem.as_deref().map(Into::into));
    stem
}

/// What one thread has learnt about words: each distinct word's stem, as a number. A word's
/// stem never changes, so this outlives a debate; it is emptied between debates when it
/// grows large, which bounds memory and cannot change any output (debates number their own
/// stems, see [`Vocab`]).
#[derive(Default)]
struct Lexicon {
    // Only looked up, never iterated: order cannot reach the output. Values are stem
    // numbers, `NO_STEM` for words without one. Most words met are up to 8 bytes long and
    // their table stays small enough to sit in the core's cache.
    /// Words of up to 8 bytes, as one `u64`.
    small: rustc_hash::FxHashMap<u64, u32>,
    /// Words of 9 to 15 bytes, as one `u128`.
    short: rustc_hash::FxHashMap<u128, u32>,
    long: rustc_hash::FxHashMap<Box<str>, u32>,
    stems: rustc_hash::FxHashMap<Box<str>, u32>,
    /// Debates being read on this thread (their `Vocab`s hold numbers from here).
    open: usize,
    /// Stem numbers of fixed phrase lists (tag cues), worked out once per emptying.
    phrase_stems: Option<Vec<Vec<u32>>>,
}

/// A word with no stem (a stopword, a number).
const NO_STEM: u32 = u32::MAX;

/// A word as the key of its table.
#[derive(Clone, Copy)]
enum Key {
    Small(u64),
    Short(u128),
    Long,
}

/// A word of up to 15 bytes as one number: its bytes, little-endian, zero above them (a
/// word holds no zero byte, so no two words share a number).
fn key_of(word: &str) -> Key {
    let b = word.as_bytes();
    // Shifted in byte by byte: cheaper for short words than a copy of variable length.
    if b.len() <= 8 {
        let mut key = 0u64;
        for (j, &c) in b.iter().enumerate() {
            key |= u64::from(c) << (8 * j);
        }
        Key::Small(key)
    } else if b.len() <= 15 {
        let mut key = 0u128;
        for (j, &c) in b.iter().enumerate() {
            key |= u128::from(c) << (8 * j);
        }
        Key::Short(key)
    } else {
        Key::Long
    }
}

impl Lexicon {
    const MAX_WORDS: usize = 200_000;

    fn len(&self) -> usize {
        self.small.len() + self.short.len() + self.long.len()
    }

    /// The stem number of `word`, whose key is `key`.
    fn stem_id(&mut self, word: &str, key: Key) -> Option<u32> {
        let known = match key {
            Key::Small(k) => self.small.get(&k),
            Key::Short(k) => self.short.get(&k),
            Key::Long => self.long.get(word),
        };
        if let Some(&id) = known {
            return (id != NO_STEM).then_some(id);
        }
        let id = stem_of(word).map(|stem| {
            let next = self.stems.len() as u32;
            *self.stems.entry(stem.into_boxed_str()).or_insert(next)
        });
        let value = id.unwrap_or(NO_STEM);
        match key {
            Key::Small(k) => self.small.insert(k, value),
            Key::Short(k) => self.short.insert(k, value),
            Key::Long => self.long.insert(word.into(), value),
        };
        id
    }
}

thread_local! {
    static LEXICON: std::cell::RefCell<Lexicon> = std::cell::RefCell::new(Lexicon::default());
}

/// What one reading of a sentence gives.
pub struct Read {
    /// Content-word ids in order, repeats kept.
    pub terms: Vec<u32>,
    /// Words as the contract counts them (UAX #29).
    pub words: usize,
    /// Whitespace-separated tokens (as `split_whitespace` counts them).
    pub tokens: usize,
}

/// A debate's stemmed content words as numbers 0, 1, 2, ... in order of first appearance,
/// so that nothing downstream depends on what the thread read before.
pub struct Vocab {
    /// Thread stem number → this debate's number (`NONE` until the debate uses the stem).
    local: Vec<u32>,
    /// How many stems the debate has used.
    used: u32,
}

/// No number yet.
const NONE: u32 = u32::MAX;

impl Default for Vocab {
    fn default() -> Self {
        let stems = LEXICON.with_borrow_mut(|lex| {
            if lex.open == 0 && lex.len() > Lexicon::MAX_WORDS {
                *lex = Lexicon::default();
            }
            lex.open += 1;
            lex.stems.len()
        });
        Vocab {
            local: vec![NONE; stems],
            used: 0,
        }
    }
}

impl Vocab {
    /// This debate's number for thread stem number `global`, given on first use.
    fn local_id(&mut self, global: u32) -> u32 {
        let g = global as usize;
        if g >= self.local.len() {
            self.local.resize(g + 1, NONE);
        }
        match self.local.get_mut(g) {
            Some(slot) if *slot == NONE => {
                *slot = self.used;
                self.used += 1;
                *slot
            }
            Some(slot) => *slot,
            None => NONE,
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
        self.read(s).terms
    }

    /// A sentence's content-word ids, word count and token count, in one pass.
    pub fn read(&mut self, s: &str) -> Read {
        // About one content word in every twelve bytes of speech.
        let mut out = Vec::with_capacity(s.len() / 12 + 1);
        let mut count = 0usize;
        let mut it = words(s);
        LEXICON.with_borrow_mut(|lex| {
            for w in &mut it {
                count += 1;
                if let Some(global) = lex.stem_id(w, key_of(w)) {
                    out.push(self.local_id(global));
                }
            }
        });
        let tokens = it.tokens().unwrap_or_else(|| s.split_whitespace().count());
        Read {
            terms: out,
            words: count,
            tokens,
        }
    }

    /// For each phrase (a list of stems), this debate's ids of its stems, or `None` when one
    /// of them does not occur in the debate. The thread numbers the phrases' stems once, not
    /// once per debate; it expects the same phrases every time (the tag cues).
    pub fn phrase_ids<'p>(
        &self,
        phrases: impl ExactSizeIterator<Item = &'p [String]>,
    ) -> Vec<Option<Vec<u32>>> {
        LEXICON.with_borrow_mut(|lex| {
            let lex = &mut *lex;
            if lex
                .phrase_stems
                .as_ref()
                .is_none_or(|p| p.len() != phrases.len())
            {
                let stems = &mut lex.stems;
                let numbered = phrases
                    .map(|phrase| {
                        phrase
                            .iter()
                            .map(|st| {
                                let next = stems.len() as u32;
                                *stems.entry(st.as_str().into()).or_insert(next)
                            })
                            .collect()
                    })
                    .collect();
                lex.phrase_stems = Some(numbered);
            }
            let all = lex.phrase_stems.as_deref().unwrap_or_default();
            all.iter()
                .map(|globals| {
                    globals
                        .iter()
                        .map(|&g| self.local.get(g as usize).copied().filter(|&l| l != NONE))
                        .collect()
                })
                .collect()
        })
    }

    /// How many distinct stems have been seen.
    pub fn len(&self) -> usize {
        self.used as usize
    }

    /// True before any content word has been seen.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
}

/// One part of a courtesy form: any of `alts`, optionally held to start or end at a word
/// boundary, or running on to the end of its word (`extend`, as in "congratulat…").
struct Part {
    alts: Vec<String>,
    lead: bool,
    extend: bool,
    trail: bool,
}

impl Part {
    fn new(alts: Vec<String>, lead: bool, extend: bool, trail: bool) -> Self {
        Part {
            alts,
            lead,
            extend,
            trail,
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// An ASCII word boundary at byte `i` (as `\b` without Unicode).
fn boundary(t: &[u8], i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .and_then(|j| t.get(j))
        .copied()
        .is_some_and(is_word_byte);
    let after = t.get(i).copied().is_some_and(is_word_byte);
    before != after
}

/// Every combination of one choice from each slot, in order ("welcome " × "you"/"him" × …).
fn combine(slots: &[&[&str]]) -> Vec<String> {
    slots.iter().fold(vec![String::new()], |acc, slot| {
        acc.iter()
            .flat_map(|head| slot.iter().map(move |s| format!("{head}{s}")))
            .collect()
    })
}

/// A courtesy form: parts in order, each starting within a number of bytes of the end of
/// the one before (`gaps[k]` between part k and part k + 1).
struct Form {
    parts: Vec<Part>,
    gaps: Vec<usize>,
}

impl Form {
    fn phrase(alts: Vec<String>, lead: bool, trail: bool) -> Self {
        Form {
            parts: vec![Part::new(alts, lead, false, trail)],
            gaps: Vec::new(),
        }
    }
}

/// The courtesy forms, matched over normalised text (lowercase, punctuation as single
/// spaces). Gaps are in bytes.
fn courtesy_forms() -> Vec<Form> {
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    const ACTS: &[&str] = &[
        "securing",
        "obtaining",
        "bringing",
        "introducing",
        "initiating",
        "opening",
        "leading",
    ];
    let debate = || Part::new(words(&["debate"]), true, false, false);
    vec![
        Form::phrase(
            words(&[
                "pleasure to serve",
                "privilege to serve",
                "pleasure to follow",
                "serve under your",
                "give way",
                "giving way",
                "in a moment",
                "i will make progress",
                "i must make progress",
                "it is a pleasure",
                "it is a great pleasure",
            ]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[&["may i "], &["", "first "], &["say", "begin"], &[" how"]]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[
                &["welcome "],
                &["you", "the minister", "him", "her"],
                &[" to "],
                &["your", "his", "her"],
                &[" "],
                &["place", "post"],
            ]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[
                &["securing", "secured", "obtaining", "obtained"],
                &[" "],
                &["this", "the", "todays"],
                &[" "],
                &["", "important ", "timely ", "excellent "],
                &["debate"],
            ]),
            true,
            false,
        ),
        Form::phrase(
            combine(&[&["thank you "], &["mr", "madam", "sir", "dame"]]),
            false,
            true,
        ),
        // "I congratulate my hon. Friend ... on securing this debate"
        Form {
            parts: vec![
                Part::new(words(&["congratulat"]), false, true, true),
                Part::new(words(ACTS), true, false, true),
                debate(),
            ],
            gaps: vec![160, 40],
        },
        // "I thank the hon. Member ... for securing"
        Form {
            parts: vec![
                Part::new(words(&["thank"]), false, true, true),
                Part::new(
                    combine(&[&["for "], &[ACTS, &["calling"]].concat()]),
                    true,
                    false,
                    true,
                ),
            ],
            gaps: vec![140],
        },
        // "I am grateful to the hon. Member ... for securing this debate"
        Form {
            parts: vec![
                Part::new(words(&["grateful"]), false, false, true),
                Part::new(
                    words(&["securing", "secure", "bringing"]),
                    true,
                    false,
                    true,
                ),
                debate(),
            ],
            gaps: vec![100, 30],
        },
        Form {
            parts: vec![
                Part::new(words(&["grateful"]), false, false, true),
                Part::new(words(&["obtain"]), true, true, true),
                debate(),
            ],
            gaps: vec![100, 30],
        },
        // "I thank my hon. Friend ... for his intervention"
        Form {
            parts: vec![
                Part::new(
                    combine(&[
                        &["i thank "],
                        &["the", "my"],
                        &[" "],
                        &["hon", "right", "noble"],
                    ]),
                    false,
                    false,
                    true,
                ),
                Part::new(
                    [
                        combine(&[
                            &["for "],
                            &["his", "her", "their"],
                            &[" "],
                            &["intervention", "question", "kind"],
                        ]),
                        words(&["for that"]),
                    ]
                    .concat(),
                    true,
                    false,
                    false,
                ),
            ],
            gaps: vec![80],
        },
    ]
}

/// The courtesy forms with one automaton for every phrase any part of them uses.
struct Courtesy {
    forms: Vec<Form>,
    phrases: aho_corasick::AhoCorasick,
    /// For each phrase, the (form, part) pairs that use it.
    users: Vec<Vec<(usize, usize)>>,
}

static COURTESY: LazyLock<Courtesy> = LazyLock::new(|| {
    let forms = courtesy_forms();
    let mut index: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut phrases: Vec<&str> = Vec::new();
    let mut users: Vec<Vec<(usize, usize)>> = Vec::new();
    for (f, form) in forms.iter().enumerate() {
        for (p, part) in form.parts.iter().enumerate() {
            for alt in &part.alts {
                let k = *index.entry(alt.as_str()).or_insert_with(|| {
                    phrases.push(alt.as_str());
                    users.push(Vec::new());
                    phrases.len() - 1
                });
                if let Some(u) = users.get_mut(k) {
                    u.push((f, p));
                }
            }
        }
    }
    let phrases = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&phrases)
        .expect("fixed phrase list builds");
    Courtesy {
        forms,
        phrases,
        users,
    }
});

/// Whether normalised text holds a courtesy form: every occurrence of every phrase is found
/// in one pass, then each form's parts are chained within their gaps.
fn has_courtesy_form(t: &str) -> bool {
    let c = &*COURTESY;
    let bytes = t.as_bytes();
    // (form, part, start, end) of each occurrence that keeps its part's boundaries.
    let mut hits: Vec<(usize, usize, usize, usize)> = Vec::new();
    for m in c.phrases.find_overlapping_iter(t) {
        let users = c
            .users
            .get(m.pattern().as_usize())
            .map_or(&[][..], Vec::as_slice);
        for &(f, p) in users {
            let Some(part) = c.forms.get(f).and_then(|form| form.parts.get(p)) else {
                continue;
            };
            let mut end = m.end();
            if part.extend {
                while bytes.get(end).copied().is_some_and(is_word_byte) {
                    end += 1;
                }
            }
            if (!part.lead || boundary(bytes, m.start())) && (!part.trail || boundary(bytes, end)) {
                hits.push((f, p, m.start(), end));
            }
        }
    }
    c.forms.iter().enumerate().any(|(f, form)| {
        let spans = |p: usize| {
            hits.iter()
                .filter(move |h| h.0 == f && h.1 == p)
                .map(|h| (h.2, h.3))
        };
        let mut ends: Vec<usize> = spans(0).map(|(_, e)| e).collect();
        for (p, gap) in form.gaps.iter().enumerate() {
            if ends.is_empty() {
                return false;
            }
            ends = spans(p + 1)
                .filter(|&(s, _)| ends.iter().any(|&e| e <= s && s - e <= *gap))
                .map(|(_, e)| e)
                .collect();
        }
        !ends.is_empty()
    })
}

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
    static CUE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| cue_test(CUES));
    if !CUE.is_match(s) && !lowercases_into_ascii(s) {
        return false;
    }
    has_courtesy_form(&normalise_for_match(s))
}

/// A case-insensitive matcher for a fixed list of cue phrases, reporting every occurrence as
/// the automaton meets it (`find_iter` and `find_overlapping_iter` alike).
pub fn cue_matcher(cues: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // Small fixed lists: a full DFA is the fastest to search and cheap to build.
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(cues)
        .expect("fixed cue lists build")
}

/// Whether `s` holds one of the two characters outside ASCII that lowercase into ASCII
/// letters (the Kelvin sign and the dotted capital I): case-blind ASCII tests can miss a cue
/// in such text, which must then be lowercased first.
pub fn lowercases_into_ascii(s: &str) -> bool {
    s.contains(['\u{212A}', '\u{130}'])
}

/// A case-insensitive test for whether any of a fixed list of cue phrases occurs. Leftmost
/// matching lets the search skip ahead with SIMD (which only whether, not which, can tell).
pub fn cue_test(cues: &[&str]) -> aho_corasick::AhoCorasick {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(cues)
        .expect("fixed cue lists build")
}

static PROCEDURAL_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(order[.!]|i beg to move|that this house|question put|i call\b|the question is|division|resolved|motion made|amendment)")
        .expect("static regex")
});

/// Sentences that are procedure rather than argument.
pub fn is_procedural(s: &str) -> bool {
    let t = s.trim();
    // "I call the Minister" is the chair's; "I call on the Government to ..." is a demand.
    PROCEDURAL_SENTENCE.is_match(t)
        && !t
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("i call on "))
}

/// Lowercase with punctuation folded to spaces, as a matcher sees it.
pub fn normalise_for_match(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            // The common case, without the general lowercasing.
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            // Punctuation, spaces and apostrophes ("today's" → "today s", like the word
            // matcher) all become one space.
            out.push(' ');
            space = true;
        }
    }
    // Only spaces are trimmed: at most one at each end.
    if out.ends_with(' ') {
        out.pop();
    }
    if out.starts_with(' ') {
        out.remove(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_depend_on_the_word_alone_whatever_was_stemmed_before() {
        let direct = |w: &str| Stemmer::create(Algorithm::English).stem(w).into_owned();
        for _ in 0..2 {
            assert_eq!(
                stem_of("Funding").as_deref(),
                Some(direct("funding").as_str())
            );
            assert_eq!(stem_of("funding").as_deref(), Some("fund"));
            assert_eq!(stem_of("FUNDED").as_deref(), Some("fund"));
            assert_eq!(stem_of("The"), None, "a stopword");
            assert_eq!(stem_of("2024"), None, "a number");
            assert_eq!(stem_of("x"), None, "one letter");
        }
        // From many threads at once, the same answers.
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for w in ["Railways", "railway", "crossings", "Crossing"] {
                        assert_eq!(stem_of(w), Some(direct(&w.to_lowercase())));
                    }
                });
            }
        });
    }

    // The courtesy forms as one regular expression: the specification the hand-written
    // matcher is held to.
    // Matched as bytes over the normalised (lowercase, punctuation-free) text with Unicode
    // classes off: `.` and `\w` are then single-byte steps, which keeps the bounded gaps cheap.
    static COURTESY_REGEX: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
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

    /// Normalised text built from the words the courtesy forms are made of, and others,
    /// sometimes run together so that word boundaries are tested too.
    fn courtesy_like_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let vocab = vec![
            "pleasure",
            "to",
            "serve",
            "privilege",
            "follow",
            "under",
            "your",
            "congratulate",
            "congratulations",
            "congratulat",
            "securing",
            "secured",
            "secure",
            "obtaining",
            "obtained",
            "obtainable",
            "obtain",
            "bringing",
            "introducing",
            "initiating",
            "opening",
            "leading",
            "calling",
            "debate",
            "debates",
            "thank",
            "thanks",
            "thankful",
            "for",
            "grateful",
            "gratefully",
            "this",
            "the",
            "todays",
            "today",
            "s",
            "important",
            "timely",
            "excellent",
            "you",
            "mr",
            "madam",
            "sir",
            "dame",
            "i",
            "my",
            "hon",
            "right",
            "noble",
            "his",
            "her",
            "their",
            "intervention",
            "question",
            "kind",
            "that",
            "welcome",
            "minister",
            "him",
            "place",
            "post",
            "give",
            "giving",
            "way",
            "in",
            "a",
            "moment",
            "will",
            "must",
            "make",
            "progress",
            "may",
            "first",
            "say",
            "begin",
            "how",
            "it",
            "is",
            "great",
            "member",
            "friend",
            "é",
            "x1",
            "9",
        ];
        proptest::collection::vec(
            (
                proptest::sample::select(vocab),
                prop_oneof![9 => Just(" "), 1 => Just("")],
            ),
            0..40,
        )
        .prop_map(|ws| {
            let mut t = String::new();
            for (w, sep) in ws {
                t.push_str(w);
                t.push_str(sep);
            }
            t
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
        #[test]
        fn courtesy_forms_match_as_the_regex_does(t in courtesy_like_text()) {
            proptest::prop_assert_eq!(has_courtesy_form(&t), COURTESY_REGEX.is_match(t.as_bytes()), "{:?}", t);
        }
    }

    #[test]
    fn courtesy_forms_match_as_the_regex_does_on_known_sentences() {
        for t in [
            "i congratulate my hon friend the member for bolton north east on securing this debate",
            "i thank the hon member for bedford for securing the debate",
            "i am grateful to my hon friend for obtaining this important debate",
            "i thank the right hon gentleman for his intervention",
            "thank you mr speaker",
            "thank you madamx",
            "on securing todays excellent debate",
            "welcome the minister to his place",
            "may i first say how",
            "the government should ban deepfakes",
        ] {
            assert_eq!(
                has_courtesy_form(t),
                COURTESY_REGEX.is_match(t.as_bytes()),
                "{t}"
            );
        }
    }

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
                1 => proptest::sample::select(vec!['—', '–', '“', '”', '£', '€', '\u{a0}', '×', '÷', '(', '/', '%', '&', '?', '!', '\u{b}', '\u{c}', '\u{2003}', '\u{85}']),
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
            let fast_path = matches!(words(&s), Words::Fast(_));
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

        /// Reading a sentence counts its whitespace-separated tokens as `split_whitespace` does.
        #[test]
        fn tokens_are_split_whitespace_tokens(s in wordy_text(1)) {
            let read = Vocab::default().read(&s);
            proptest::prop_assert_eq!(read.tokens, s.split_whitespace().count(), "{:?}", s);
            proptest::prop_assert_eq!(read.words, s.unicode_words().count(), "{:?}", s);
        }
    }

    #[test]
    fn every_latin_letter_and_mark_segments_as_uax29_does() {
        // Each character the fast path knows, between letters, digits and itself.
        let known: Vec<char> = ('\u{0}'..='\u{17f}')
            .chain('\u{2000}'..='\u{200a}')
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
    fn normalises_for_matching() {
        assert_eq!(
            normalise_for_match("  It's — Siân's DEBATE!  "),
            "it s siân s debate"
        );
        assert_eq!(normalise_for_match("ÉCOLE, ok"), "école ok");
        assert_eq!(normalise_for_match("..."), "");
        assert_eq!(normalise_for_match(""), "");
    }

    #[test]
    fn counts_words_by_uax29() {
        assert_eq!(word_count("It's £5—isn't it? 9.30 am"), 6);
    }
}
