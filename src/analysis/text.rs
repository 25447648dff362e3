//! Text helpers for analysis: sentence splitting that knows Hansard's abbreviations
//! ("hon.", "Mr.", "per cent."), word counting by UAX #29, stemmed content words, and the
//! courtesy and procedure filters that keep pleasantries out of summaries and requests.

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// Words as the contract counts them: `unicode_words()` (UAX #29).
pub fn word_count(s: &str) -> usize {
    s.unicode_words().count()
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
/// Stems are cached per thread (a word's stem never changes), bounded in size.
pub fn stem_of(word: &str) -> Option<std::rc::Rc<str>> {
    use rustc_hash::FxHashMap as HashMap;
    use std::cell::RefCell;
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    thread_local! {
        static CACHE: RefCell<HashMap<String, Option<std::rc::Rc<str>>>> = RefCell::new(HashMap::default());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(hit) = cache.get(word) {
            return hit.clone();
        }
        let low = word.to_lowercase();
        let stem = (low.chars().count() > 1
            && !is_stopword(&low)
            && !low.chars().all(|c| c.is_ascii_digit()))
        .then(|| std::rc::Rc::from(STEMMER.stem(&low).as_ref()));
        if cache.len() > 200_000 {
            cache.clear();
        }
        cache.insert(word.to_string(), stem.clone());
        stem
    })
}

/// Interns stemmed content words as numbers, stemming each distinct word once.
#[derive(Default)]
pub struct Vocab {
    // Only looked up, never iterated: order cannot reach the output.
    words: rustc_hash::FxHashMap<String, Option<u32>>,
    stems: rustc_hash::FxHashMap<std::rc::Rc<str>, u32>,
}

impl Vocab {
    /// The content-word ids of a sentence, in order, repeats kept.
    pub fn terms(&mut self, s: &str) -> Vec<u32> {
        self.terms_and_words(s).0
    }

    /// The content-word ids of a sentence and its number of words, in one pass.
    pub fn terms_and_words(&mut self, s: &str) -> (Vec<u32>, usize) {
        let mut out = Vec::new();
        let mut words = 0usize;
        for w in s.unicode_words() {
            words += 1;
            if let Some(id) = self.words.get(w) {
                out.extend(*id);
                continue;
            }
            let id = stem_of(w).map(|stem| {
                let next = self.stems.len() as u32;
                *self.stems.entry(stem).or_insert(next)
            });
            self.words.insert(w.to_string(), id);
            out.extend(id);
        }
        (out, words)
    }

    /// The id of a stem already seen in this debate.
    pub fn id_of_stem(&self, stem: &str) -> Option<u32> {
        self.stems.get(stem).copied()
    }

    /// How many distinct stems have been seen.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    /// True before any content word has been seen.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
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

    #[test]
    fn counts_words_by_uax29() {
        assert_eq!(word_count("It's £5—isn't it? 9.30 am"), 6);
    }
}
