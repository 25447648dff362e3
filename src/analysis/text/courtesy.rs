//! Courtesies: the pleasantries, thanks and procedure a summary or a request must never be
//! made of ("It is a pleasure to serve under your chairmanship", "I thank the hon. Member").

use super::{cue_test, lowercases_into_ascii, normalise_for_match};
use std::sync::LazyLock;

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
pub(super) fn has_courtesy_form(t: &str) -> bool {
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
