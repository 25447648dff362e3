//! Content words: stopwords, Snowball stems, and each debate's vocabulary of term numbers.
//!
//! Hidden state, said here: `stem_of` keeps a process-wide cache of the stems of words
//! outside ASCII (a word's stem depends on the word alone, so the cache changes no
//! result), and a `Vocab` borrows a thread-local lexicon for the life of one debate and
//! gives it back when dropped.

use super::words;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

use super::stopwords::STOPWORDS;

/// True for words that carry no topic.
pub fn is_stopword(w: &str) -> bool {
    // Only looked up, never iterated: order cannot reach the output.
    static SET: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| STOPWORDS.split_whitespace().collect());
    SET.contains(w)
}

/// The stem of a content word, or `None` for stopwords, numbers and one-letter words.
pub fn stem_of(word: &str) -> Option<String> {
    let low = word.to_lowercase();
    if low.chars().count() < 2 || is_stopword(&low) || low.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(stem) = super::plurals::plural_stem(&low) {
        return Some(stem.to_string());
    }
    // An ASCII word's stem is worked out directly, in fewer instructions than a look-up in
    // a shared cache would take.
    if let Some(stem) = super::porter2::stem(&low) {
        return Some(stem);
    }
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    /// Stems of other words already worked out, by lower-cased word, shared by the
    /// workers: the general stemmer is slow (thousands of instructions a word), and two
    /// workers meeting the same word need it only once. A stem depends on the word alone,
    /// so what is here cannot change a result. Emptied when large.
    type Known = rustc_hash::FxHashMap<Box<str>, Box<str>>;
    static KNOWN: LazyLock<std::sync::Mutex<Known>> = LazyLock::new(Default::default);
    const MAX_KNOWN: usize = 200_000;
    // A holder that panicked left the map whole (one insert or clear at a time).
    let known = || KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(stem) = known().get(low.as_str()) {
        return Some(stem.to_string());
    }
    let stem = STEMMER.stem(&low).into_owned();
    let mut m = known();
    if m.len() >= MAX_KNOWN {
        m.clear();
    }
    m.insert(low.into_boxed_str(), stem.as_str().into());
    Some(stem)
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
        phrases: impl ExactSizeIterator<Item = &'p [&'p str]>,
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
                                *stems.entry((*st).into()).or_insert(next)
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

#[cfg(test)]
mod tests {
    #[test]
    fn words_of_degree_carry_no_topic() {
        // "focused a little more on preventive services" shares no topic with "a little
        // hypocritical".
        for w in ["little", "lot", "bit", "quite", "rather", "really"] {
            assert_eq!(super::stem_of(w), None, "{w}");
        }
        assert_eq!(super::stem_of("preventive").as_deref(), Some("prevent"));
    }

    #[test]
    fn the_words_of_with_regard_to_carry_no_topic() {
        // "should have regard to mitigating circumstances" shares no topic with "With regard
        // to Naheem Hussain and Rehan Zaman, I am more than happy to have a meeting".
        for w in ["regard", "regards", "regarding"] {
            assert_eq!(super::stem_of(w), None, "{w}");
        }
    }

    #[test]
    fn the_verb_that_frames_a_suggestion_carries_no_topic() {
        // "I suggest that the Government should focus on three specific ways ..." shares no
        // topic with "I intend to write to the Speaker ... to suggest that we should do so".
        assert_eq!(super::stem_of("suggest"), None);
        assert_eq!(super::stem_of("suggestion").as_deref(), Some("suggest"));
    }
}
