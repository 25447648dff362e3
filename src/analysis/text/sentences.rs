//! Sentence splitting that knows Hansard's abbreviations ("hon.", "Mr.", "per cent.").

const ABBREVIATIONS: &[&str] = &[
    "hon", "Hon", "HON", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "rt", "Rt", "Co", "Ltd",
    "etc", "vs", "cf", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof", "Rev", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "cent", "para", "paras",
    "Cllr", "Sen", "e.g", "i.e", "al", "approx", "Op", "Art", "Vol", "p", "pp", "c", "viz",
];

/// Words that open a sentence and never follow an initial in a name ("witness B. He took
/// the view ...", but "J. Smith").
const OPENERS: &[&str] = &[
    "He", "She", "It", "They", "We", "I", "The", "This", "That", "There", "These", "Those", "In",
    "On", "But", "And", "So", "What", "As", "If", "However", "My", "Our", "His", "Her",
];

/// A single capital letter, which is usually an initial.
fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// True when a capital letter before a full stop at `dot` ends the sentence rather than
/// being an initial: the word before the letter is lowercase ("witness B.", "Plan B.") and
/// the next word opens sentences.
fn letter_ends_sentence(text: &str, start: usize, dot: usize, rest: &str) -> bool {
    let before = text.get(start..dot).unwrap_or("");
    let previous = before.split_whitespace().rev().nth(1).unwrap_or("");
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    previous.chars().next().is_some_and(char::is_lowercase) && OPENERS.contains(&next)
}

/// How far an interjection's brackets are looked for on either side of a full stop.
const INTERJECTION_REACH: usize = 120;

/// True when the mark at byte `at` sits inside square brackets opened after the sentence's
/// `start` and closed soon after it: an interjection ("[Interruption.]", "[HON. MEMBERS:
/// "Hear, hear."]"). Looks only `INTERJECTION_REACH` bytes each way, so a stray bracket
/// costs nothing and holds no sentence open.
fn in_interjection(bytes: &[u8], start: usize, at: usize) -> bool {
    let from = start.max(at.saturating_sub(INTERJECTION_REACH));
    let before = bytes.get(from..at).unwrap_or_default();
    // Most sentences hold no bracket: one vectorised search answers for them.
    let opened = memchr::memrchr2(b'[', b']', before).is_some_and(|k| before.get(k) == Some(&b'['));
    let after = bytes
        .get(at..bytes.len().min(at + INTERJECTION_REACH))
        .unwrap_or_default();
    opened && memchr::memchr2(b'[', b']', after).is_some_and(|k| after.get(k) == Some(&b']'))
}

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
        // A full stop inside an interjection the record sets in the speech ("—[HON. MEMBERS:
        // "Oh."]— but will ...") ends no sentence of the speaker's; one that closes it
        // ("[Interruption.]") may.
        let closes_here = bytes.get(i..j).is_some_and(|run| run.contains(&b']'));
        if !closes_here && in_interjection(bytes, start, i) {
            i = j.max(i + 1);
            continue;
        }
        let word_before = text
            .get(start..i)
            .unwrap_or("")
            .rsplit(|ch: char| ch.is_whitespace() || ch == '(' || ch == '[')
            .next()
            .unwrap_or("");
        // "5 per cent. of the total", "90 per cent. European" and "Standing Order No. 24" go
        // on; "higher than 30 per cent. That is real reform." and "No. It is not." end, where
        // a common word with a capital follows.
        let ends_anyway = matches!(word_before, "cent" | "No")
            && rest.chars().next().is_some_and(char::is_uppercase)
            && rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| super::vocab::is_stopword(&w.to_lowercase()));
        let abbrev = b == b'.'
            && !ends_anyway
            && (ABBREVIATIONS.contains(&word_before)
                || (is_initial(word_before) && !letter_ends_sentence(text, start, i, rest)));
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
