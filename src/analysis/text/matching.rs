//! Matching helpers shared by the analysis: cue automata, procedural sentences, and text
//! folded for whole-word matching.

/// Whether `s` holds one of the two characters outside ASCII that lowercase into ASCII
/// letters (the Kelvin sign and the dotted capital I): case-blind ASCII tests can miss a cue
/// in such text, which must then be lowercased first.
pub fn lowercases_into_ascii(s: &str) -> bool {
    // Both are outside ASCII, so ASCII text holds neither; otherwise a byte search for each.
    !s.is_ascii()
        && (memchr::memmem::find(s.as_bytes(), "\u{212A}".as_bytes()).is_some()
            || memchr::memmem::find(s.as_bytes(), "\u{130}".as_bytes()).is_some())
}

/// What follows `prefix` at the start of `t`, ASCII case aside ("is the Minister ..." after
/// "My Lords, "); `None` when `t` does not open with it.
pub fn after_opening<'t>(t: &'t str, prefix: &str) -> Option<&'t str> {
    t.get(..prefix.len())
        .filter(|h| h.eq_ignore_ascii_case(prefix))
        .and_then(|_| t.get(prefix.len()..))
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
///
/// The cue tests read one sentence several times in a row (its stance, whether it is a
/// courtesy, whether it speaks of money, ...), so the last few sentences folded are kept
/// with what they gave, per thread. They are found by their text, so what is kept can
/// never be stale, and it changes no result.
pub fn spaced_normalised(s: &str) -> String {
    const KEPT: usize = 8;
    type Recent = ([(String, String); KEPT], usize);
    thread_local! {
        static RECENT: std::cell::RefCell<Recent> = std::cell::RefCell::default();
    }
    // An empty slot holds the empty text: that one is never looked up.
    let hit = (!s.is_empty()).then(|| {
        RECENT.with_borrow(|(kept, _)| {
            kept.iter()
                .find(|(text, _)| text == s)
                .map(|(_, folded)| folded.clone())
        })
    });
    if let Some(folded) = hit.flatten() {
        return folded;
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    push_normalised(s, &mut out);
    out.push(' ');
    RECENT.with_borrow_mut(|(kept, next)| {
        if let Some(slot) = kept.get_mut(*next % KEPT) {
            slot.0.clear();
            slot.0.push_str(s);
            slot.1.clear();
            slot.1.push_str(&out);
        }
        *next = (*next + 1) % KEPT;
    });
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
    let bytes = s.as_bytes();
    // Room for the rest of the text as ASCII makes it; a wider character makes more room.
    buf.resize(start + bytes.len(), 0);
    let mut n = start;
    let mut space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if let Some(&f) = ASCII_FOLD.get(usize::from(b)) {
            // Written every time, kept unless it is a second space in a row: no branch.
            let sp = f == b' ';
            if let Some(slot) = buf.get_mut(n) {
                *slot = f;
            }
            n += usize::from(!(sp & space));
            space = sp;
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        // What the character becomes (a lowercase form is at most three characters).
        let mut made = [0u8; 12];
        let mut k = 0;
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                k += made.get_mut(k..).map_or(0, |m| l.encode_utf8(m).len());
            }
            space = false;
        } else if !space {
            made[0] = b' ';
            k = 1;
            space = true;
        }
        // Room is made only when a lowercase form is longer than its character: making it
        // afresh at every character took time that grew with the square of the text.
        let need = n + k + (bytes.len() - i);
        if buf.len() < need {
            buf.resize(need, 0);
        }
        if let (Some(dst), Some(src)) = (buf.get_mut(n..n + k), made.get(..k)) {
            dst.copy_from_slice(src);
        }
        n += k;
    }
    buf.truncate(n);
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
