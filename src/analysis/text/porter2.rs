//! The English (Porter2) Snowball stemmer for ASCII words, written out directly: the same
//! stems as `rust_stemmers` gives (a property test and every word of the bundled samples hold
//! it to that), in about a tenth of the time. The generated stemmer walks a general string
//! machine for each step; a one-file run stems every new word it meets, which was a sixth of
//! the run. Words with any other character go to `rust_stemmers`.
//!
//! The steps follow the algorithm's definition (`english.sbl` of the Snowball project, as
//! `rust_stemmers` 1.2 compiles it). Positions are byte offsets, which for ASCII are
//! character offsets. A suffix list is searched as Snowball's `among` searches it: the
//! longest suffix in the list that the word ends with is the one acted on, and when its
//! condition fails the step does nothing (no shorter suffix is tried).

/// The vowels (`v`): `Y` (a consonant `y`, marked by the prelude) is not one.
fn is_v(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// `v_WXY`: the vowels, `w`, `x` and `Y`.
fn is_v_wxy(b: u8) -> bool {
    is_v(b) || matches!(b, b'w' | b'x' | b'Y')
}

/// `valid_LI`: the letters before which "li" is a suffix.
fn is_valid_li(b: u8) -> bool {
    matches!(
        b,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// The stem of a lower-case ASCII word, or `None` for a word with any other character.
pub fn stem(word: &str) -> Option<String> {
    if !word.is_ascii() {
        return None;
    }
    if let Some(s) = exception1(word) {
        return Some(s.to_string());
    }
    if word.len() < 3 {
        return Some(word.to_string());
    }
    let mut w = word.as_bytes().to_vec();
    let y_found = prelude(&mut w);
    let (p1, p2) = regions(&w);
    step_1a(&mut w);
    if !exception2(&w) {
        step_1b(&mut w, p1);
        step_1c(&mut w);
        step_2(&mut w, p1);
        step_3(&mut w, p1, p2);
        step_4(&mut w, p2);
        step_5(&mut w, p1, p2);
    }
    if y_found {
        for b in &mut w {
            if *b == b'Y' {
                *b = b'y';
            }
        }
    }
    String::from_utf8(w).ok()
}

/// Whole words with a stem of their own (or none to take off).
fn exception1(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// Words that step 1a leaves as they are for good.
fn exception2(w: &[u8]) -> bool {
    matches!(
        w,
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    )
}

/// Drops a leading apostrophe and marks each consonant `y` (at the start, or after a
/// vowel) as `Y`; whether any was marked.
fn prelude(w: &mut Vec<u8>) -> bool {
    if w.first() == Some(&b'\'') {
        w.remove(0);
    }
    let mut found = false;
    if let Some(first) = w.first_mut()
        && *first == b'y'
    {
        *first = b'Y';
        found = true;
    }
    let mut i = 0;
    while i + 1 < w.len() {
        if w.get(i).copied().is_some_and(is_v) && w.get(i + 1) == Some(&b'y') {
            if let Some(y) = w.get_mut(i + 1) {
                *y = b'Y';
            }
            found = true;
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

/// Past the first vowel from `from`, then past the next non-vowel: where that leaves off.
fn past_vowel_then_consonant(w: &[u8], from: usize) -> Option<usize> {
    let v = from + w.get(from..)?.iter().position(|&b| is_v(b))? + 1;
    Some(v + w.get(v..)?.iter().position(|&b| !is_v(b))? + 1)
}

/// R1 and R2 as the start of each region (the word's length where a region is empty).
fn regions(w: &[u8]) -> (usize, usize) {
    let len = w.len();
    let p1 = if w.starts_with(b"gener") || w.starts_with(b"arsen") {
        Some(5)
    } else if w.starts_with(b"commun") {
        Some(6)
    } else {
        past_vowel_then_consonant(w, 0)
    };
    match p1 {
        None => (len, len),
        Some(p1) => (p1, past_vowel_then_consonant(w, p1).unwrap_or(len)),
    }
}

/// The longest of `suffixes` that `w` ends with: its index and where it starts.
fn longest(w: &[u8], suffixes: &[&str]) -> Option<(usize, usize)> {
    // Most suffixes end in another letter than the word: one byte's look rules them out.
    let last = w.last()?;
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in suffixes.iter().enumerate() {
        let s = s.as_bytes();
        if s.last() == Some(last) && s.len() > best.map_or(0, |(_, n)| n) && w.ends_with(s) {
            best = Some((i, s.len()));
        }
    }
    best.map(|(i, n)| (i, w.len() - n))
}

/// Replaces what follows `at` with `with`.
fn replace(w: &mut Vec<u8>, at: usize, with: &str) {
    w.truncate(at);
    w.extend_from_slice(with.as_bytes());
}

/// A vowel somewhere before `at`.
fn vowel_before(w: &[u8], at: usize) -> bool {
    w.get(..at).is_some_and(|h| h.iter().any(|&b| is_v(b)))
}

/// The part of the word before `at` ends in a short syllable.
fn short_syllable(w: &[u8], at: usize) -> bool {
    let b = |back: usize| at.checked_sub(back).and_then(|i| w.get(i).copied());
    let open = |x: Option<u8>, y: Option<u8>| x.is_some_and(|x| !is_v(x)) && y.is_some_and(is_v);
    (b(1).is_some_and(|x| !is_v_wxy(x)) && b(2).is_some_and(is_v) && b(3).is_some_and(|x| !is_v(x)))
        || (at == 2 && open(b(1), b(2)))
}

fn step_1a(w: &mut Vec<u8>) {
    if let Some((_, at)) = longest(w, &["'", "'s", "'s'"]) {
        w.truncate(at);
    }
    let Some((i, at)) = longest(w, &["sses", "ied", "ies", "s", "us", "ss"]) else {
        return;
    };
    match i {
        0 => replace(w, at, "ss"),
        1 | 2 => replace(w, at, if at >= 2 { "i" } else { "ie" }),
        // "s" goes when a vowel comes before the letter before it.
        3 if at >= 1 && vowel_before(w, at - 1) => w.truncate(at),
        _ => {}
    }
}

fn step_1b(w: &mut Vec<u8>, p1: usize) {
    let Some((i, at)) = longest(w, &["eed", "eedly", "ed", "edly", "ing", "ingly"]) else {
        return;
    };
    if i < 2 {
        if at >= p1 {
            replace(w, at, "ee");
        }
        return;
    }
    if !vowel_before(w, at) {
        return;
    }
    w.truncate(at);
    const DOUBLES: [&str; 9] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
    if ["at", "bl", "iz"].iter().any(|s| w.ends_with(s.as_bytes())) {
        w.push(b'e');
    } else if DOUBLES.iter().any(|s| w.ends_with(s.as_bytes())) {
        w.pop();
    } else if at == p1 && short_syllable(w, at) {
        w.push(b'e');
    }
}

fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3
        && matches!(w.last(), Some(b'y' | b'Y'))
        && w.get(n - 2).is_some_and(|&b| !is_v(b))
        && let Some(last) = w.last_mut()
    {
        *last = b'i';
    }
}

fn step_2(w: &mut Vec<u8>, p1: usize) {
    const SUFFIXES: [&str; 24] = [
        "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator",
        "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti",
        "bli", "ogi", "fulli", "lessli", "li",
    ];
    let Some((i, at)) = longest(w, &SUFFIXES) else {
        return;
    };
    if at < p1 {
        return;
    }
    let before = at.checked_sub(1).and_then(|b| w.get(b).copied());
    let with = match i {
        0 => "tion",
        1 => "ence",
        2 => "ance",
        3 => "able",
        4 => "ent",
        5 | 6 => "ize",
        7..=9 => "ate",
        10..=12 => "al",
        13 | 21 => "ful",
        14 | 15 => "ous",
        16 | 17 => "ive",
        18 | 19 => "ble",
        20 if before == Some(b'l') => "og",
        22 => "less",
        23 if before.is_some_and(is_valid_li) => "",
        _ => return,
    };
    replace(w, at, with);
}

fn step_3(w: &mut Vec<u8>, p1: usize, p2: usize) {
    const SUFFIXES: [(&str, &str); 9] = [
        ("tional", "tion"),
        ("ational", "ate"),
        ("alize", "al"),
        ("icate", "ic"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
        ("ative", ""),
    ];
    let names = SUFFIXES.map(|s| s.0);
    let Some((i, at)) = longest(w, &names) else {
        return;
    };
    // "ative" goes only from R2.
    if at < p1 || (i == 8 && at < p2) {
        return;
    }
    if let Some((_, with)) = SUFFIXES.get(i) {
        replace(w, at, with);
    }
}

fn step_4(w: &mut Vec<u8>, p2: usize) {
    const SUFFIXES: [&str; 18] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion",
    ];
    let Some((i, at)) = longest(w, &SUFFIXES) else {
        return;
    };
    if at < p2 {
        return;
    }
    let before = at.checked_sub(1).and_then(|b| w.get(b).copied());
    // "ion" goes only after "s" or "t".
    if i != 17 || matches!(before, Some(b's' | b't')) {
        w.truncate(at);
    }
}

fn step_5(w: &mut Vec<u8>, p1: usize, p2: usize) {
    let Some(&last) = w.last() else {
        return;
    };
    let at = w.len() - 1;
    let goes = match last {
        b'e' => at >= p2 || (at >= p1 && !short_syllable(w, at)),
        b'l' => at >= p2 && at >= 1 && w.get(at - 1) == Some(&b'l'),
        _ => false,
    };
    if goes {
        w.truncate(at);
    }
}

#[cfg(test)]
mod tests {
    use super::stem;
    use proptest::prelude::*;
    use rust_stemmers::{Algorithm, Stemmer};

    fn snowball(w: &str) -> String {
        Stemmer::create(Algorithm::English).stem(w).into_owned()
    }

    #[test]
    fn stems_as_the_snowball_stemmer_does() {
        for w in [
            "caresses",
            "ponies",
            "ties",
            "cats",
            "gaps",
            "gas",
            "agreed",
            "feed",
            "plastered",
            "motoring",
            "hoping",
            "hopping",
            "filing",
            "sized",
            "cry",
            "by",
            "say",
            "relational",
            "conditional",
            "generously",
            "communication",
            "arsenal",
            "skies",
            "news",
            "dying",
            "succeed",
            "inning",
            "government's",
            "'tis",
            "yes",
            "yearly",
            "sayyy",
            "electrical",
            "hopefulness",
            "goodness",
            "adjustable",
            "revival",
            "allowance",
            "inference",
            "airliner",
            "gyroscopic",
            "defensible",
            "irritant",
            "replacement",
            "adjustment",
            "dependent",
            "adoption",
            "homologous",
            "communism",
            "activate",
            "angularity",
            "effective",
            "bowdlerize",
            "probate",
            "rate",
            "cease",
            "controll",
            "roll",
            "fluently",
            "logi",
            "apology",
            "abli",
            "2020s",
            "covid-19",
            "co-operation",
            "mps",
            "hon",
            "ye",
            "yyy",
            "ayy",
            "eedly",
            "proceedings",
            "exceedingly",
            "emerged",
            "bled",
            "atlases",
        ] {
            assert_eq!(stem(w).as_deref(), Some(snowball(w).as_str()), "{w}");
        }
        assert_eq!(stem("café"), None, "not ASCII: left to the general stemmer");
    }

    #[test]
    fn stems_every_word_of_the_samples_as_the_snowball_stemmer_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
        let mut words = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).expect("samples are bundled") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
            for w in super::super::words::words(&text) {
                words.insert(w.to_lowercase());
            }
        }
        assert!(words.len() > 500, "{} words", words.len());
        for w in &words {
            if let Some(ours) = stem(w) {
                assert_eq!(ours, snowball(w), "{w}");
            }
        }
    }

    #[test]
    fn stems_every_word_of_the_real_transcripts_as_the_snowball_stemmer_does() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        if !corpus.is_dir() {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "skipped: stemming the corpus's words: ../shared/corpus is not beside this checkout"
            );
            return;
        }
        let mut words = std::collections::BTreeSet::new();
        let mut folders = vec![corpus];
        while let Some(dir) = folders.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    folders.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    words.extend(super::super::words::words(&text).map(str::to_lowercase));
                }
            }
        }
        let mismatched: Vec<&String> = words
            .iter()
            .filter(|w| stem(w).is_some_and(|ours| ours != snowball(w)))
            .collect();
        assert!(mismatched.is_empty(), "{mismatched:?}");
    }

    proptest! {
        /// English-like words, with the suffixes and letters each step turns on.
        #[test]
        fn stems_made_up_words_as_the_snowball_stemmer_does(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "a", "e", "i", "o", "u", "y", "b", "c", "d", "g", "l", "n", "r", "s", "t", "w",
                "x", "'", "ll", "ss", "tt", "at", "bl", "iz", "ing", "ed", "eed", "ly", "ies",
                "ied", "sses", "us", "tion", "ation", "ational", "ness", "ful", "ment", "ement",
                "ent", "ion", "al", "ic", "ive", "ize", "ous", "iti", "li", "ogi", "bli", "er",
                "able", "ance", "ence", "ism", "ate", "gener", "commun", "arsen", "y", "ye", "1",
            ][..]), 1..7)
        ) {
            let w: String = parts.concat();
            prop_assert_eq!(stem(&w), Some(snowball(&w)), "{}", w);
        }
    }
}
