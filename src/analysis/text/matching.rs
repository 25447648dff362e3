//! Matching helpers shared by the analysis: cue automata, procedural sentences, and text
//! folded for whole-word matching.

/// Whether `s` holds one of the two characters outside ASCII that lowercase into ASCII
/// letters (the Kelvin sign and the dotted capital I): case-blind ASCII tests can miss a cue
/// in such text, which must then be lowercased first.
pub fn lowercases_into_ascii(s: &str) -> bool {
    s.contains(['\u{212A}', '\u{130}'])
}

/// Sentences that are procedure rather than argument.
pub fn is_procedural(s: &str) -> bool {
    let t = s.trim();
    // "I call the Minister" is the chair's; "I call on the Government to ..." is a demand.
    crate::prebuilt::PROCEDURAL_SENTENCE.is_match(t)
        && !t
            .get(..10)
            .is_some_and(|h| h.eq_ignore_ascii_case("i call on "))
}

/// Lowercase with punctuation folded to spaces, as a matcher sees it.
pub fn normalise_for_match(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalised(s, &mut out);
    out
}

/// [`normalise_for_match`] wrapped in spaces, in one buffer: a sentence's words as the
/// phrase tables read them.
pub fn spaced_normalised(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    push_normalised(s, &mut out);
    out.push(' ');
    out
}

/// Each ASCII byte as a matcher sees it: letters lowercased, digits kept, everything else
/// a space.
// Built at compile time: an index out of range would fail the build, not a run.
#[allow(clippy::indexing_slicing)]
static ASCII_FOLD: [u8; 128] = {
    let mut t = [b' '; 128];
    let mut b = 0u8;
    while b < 128 {
        if b.is_ascii_alphanumeric() {
            t[b as usize] = b.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Appends `s` normalised to `out`: ASCII a byte at a time, other characters lowercased
/// in full; any run of other characters (punctuation, spaces, apostrophes: "today's" →
/// "today s", like the word matcher) one space, and none at either end of what is added.
fn push_normalised(s: &str, out: &mut String) {
    let mut buf = std::mem::take(out).into_bytes();
    let start = buf.len();
    let mut space = false;
    let mut rest = s;
    while let Some(&b) = rest.as_bytes().first() {
        if let Some(&f) = ASCII_FOLD.get(usize::from(b)) {
            if f != b' ' {
                buf.push(f);
                space = false;
            } else if !space {
                buf.push(b' ');
                space = true;
            }
            rest = rest.get(1..).unwrap_or_default();
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c.is_alphanumeric() {
            let mut utf8 = [0u8; 4];
            for l in c.to_lowercase() {
                buf.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
            }
            space = false;
        } else if !space {
            buf.push(b' ');
            space = true;
        }
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    // Only spaces are trimmed: at most one at each end.
    if buf.len() > start && buf.last() == Some(&b' ') {
        buf.pop();
    }
    if buf.get(start) == Some(&b' ') {
        buf.remove(start);
    }
    // Only whole characters were added.
    *out = String::from_utf8(buf)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}
