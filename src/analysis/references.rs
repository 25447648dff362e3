//! "The hon. Member for X (Name)" references: they fill in the constituency of speakers
//! whose attributions lack it, and never override what an attribution states.

use crate::names::name_key;
use std::collections::BTreeMap;

/// Constituencies named in speech, by the name key of the member they belong to.
fn constituencies<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for t in texts {
        // Every "Member for " and then every "Members for ", as two searches would find them.
        for pat in ["Member for ", "Members for "] {
            for at in memchr::memmem::find_iter(t.as_bytes(), pat) {
                if let Some((seat, name)) = t.get(at + pat.len()..).and_then(seat_and_name) {
                    out.entry(name_key(name))
                        .or_insert_with(|| seat.to_string());
                }
            }
        }
    }
    out
}

/// Fills in the constituency of each speaker (not the chair) whose attribution lacks it,
/// from the references in `texts` ([`seat_of`]); what an attribution states is kept.
pub fn fill_seats<'a>(
    people: &mut [super::speakers::Person],
    texts: impl Iterator<Item = &'a str>,
) {
    let seats = constituencies(texts);
    let keys: Vec<String> = people.iter().map(|p| name_key(&p.name)).collect();
    // How many speakers have each surname: only looked up.
    let mut surnames: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for k in &keys {
        *surnames.entry(crate::names::surname(k)).or_default() += 1;
    }
    for (p, key) in people.iter_mut().zip(&keys) {
        if p.constituency.is_none() && !p.is_chair {
            let unique = surnames.get(crate::names::surname(key)) == Some(&1);
            p.constituency = seat_of(&seats, key, unique).cloned();
        }
    }
}

/// The seat named for a member whose name key is `key`: by their whole name, else, when
/// `surname_unique` (no other speaker in the debate shares their surname), by a reference
/// that gives only a title and surname ("the Member for Stroud (Mr. Drew)", as the record
/// wrote references before 2010).
pub fn seat_of<'s>(
    seats: &'s BTreeMap<String, String>,
    key: &str,
    surname_unique: bool,
) -> Option<&'s String> {
    seats.get(key).or_else(|| {
        let surname = crate::names::surname(key);
        (surname_unique && surname != key)
            .then(|| seats.get(surname))
            .flatten()
    })
}

/// Reads "Seat Name (Person Name)" at the start of `rest`: a capitalised seat of at most 80
/// characters, then a person's name in brackets.
fn seat_and_name(rest: &str) -> Option<(&str, &str)> {
    const SMALL: &[&str] = &["and", "upon", "on", "of", "the", "under", "in"];
    // The seat is at most 80 bytes: look no further than that for its bracket.
    let open = rest.get(..rest.floor_char_boundary(82))?.find(" (")?;
    if open == 0 || open > 80 {
        return None;
    }
    let seat = rest.get(..open)?.trim_end_matches(',');
    let seat_ok = seat.chars().next().is_some_and(char::is_uppercase)
        && seat.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            SMALL.contains(&w)
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
        });
    if !seat_ok {
        return None;
    }
    let after = rest.get(open + 2..)?;
    // The name is at most 45 bytes: look no further than that for its bracket (a search
    // to the paragraph's end, at every "Member for", grew with the square of its length).
    let close = after.get(..after.floor_char_boundary(46))?.find(')')?;
    let name = after.get(..close)?;
    if name.len() > 45 || crate::names::person_name(name).is_none() {
        return None;
    }
    Some((seat, name))
}

/// What a shadow front-bencher's reference looks like: "shadow Minister ... (Name)" with at
/// most 80 characters between, or "(Name), who speaks for the Opposition"; a name of 3 to 40
/// characters. Read by [`shadow_references`] (kept here as the tests' reference).
#[cfg(test)]
const SHADOW_REFERENCE: &str = r"(?:shadow (?:Minister|Secretary of State|Chancellor|Solicitor General|Attorney General|Leader)[^()]{0,80}?\(([^()]{3,40})\)|\(([^()]{3,40})\),? who (?:speaks|is speaking|will speak|winds up) for the Opposition)";

/// The offices a shadow reference opens with.
const SHADOW_OFFICES: [&str; 6] = [
    "Minister",
    "Secretary of State",
    "Chancellor",
    "Solicitor General",
    "Attorney General",
    "Leader",
];

/// How the second form ends, after the name's bracket.
const SPEAKS_FOR: [&str; 4] = ["speaks", "is speaking", "will speak", "winds up"];

/// The [`SHADOW_REFERENCE`]s in `t`, leftmost first and apart, as (start, end, name): read
/// by hand, which builds nothing (the pattern's build was most of what a small file's
/// references cost).
fn shadow_references(t: &str) -> Vec<(usize, usize, &str)> {
    // From a "(": a name of 3 to 40 characters without brackets, then ")"; where it ends.
    let bracketed = |open: usize| -> Option<(usize, &str)> {
        let inner = t.get(open + 1..)?;
        let (len, n) = inner
            .char_indices()
            .take_while(|&(_, c)| c != '(' && c != ')')
            .take(41)
            .fold((0, 0), |(_, n), (i, c)| (i + c.len_utf8(), n + 1));
        if !(3..=40).contains(&n) || !inner.get(len..)?.starts_with(')') {
            return None;
        }
        Some((open + 1 + len + 1, inner.get(..len)?))
    };
    let first_form = |at: usize| -> Option<(usize, &str)> {
        const SHADOW: &str = "shadow ";
        let rest = t.get(at..)?.strip_prefix(SHADOW)?;
        let office = SHADOW_OFFICES.iter().find(|o| rest.starts_with(*o))?;
        let gap_at = at + SHADOW.len() + office.len();
        // Up to 80 characters without brackets, then the name's "(".
        let (open, c) = t
            .get(gap_at..)?
            .char_indices()
            .take(81)
            .find(|&(_, c)| c == '(' || c == ')')?;
        if c != '(' {
            return None;
        }
        bracketed(gap_at + open)
    };
    let second_form = |at: usize| -> Option<(usize, &str)> {
        let (end, name) = bracketed(at)?;
        let rest = t.get(end..)?;
        let rest = rest
            .strip_prefix(',')
            .unwrap_or(rest)
            .strip_prefix(" who ")?;
        const FOR_THE_OPPOSITION: &str = " for the Opposition";
        let verb = SPEAKS_FOR.iter().find(|v| rest.starts_with(*v))?;
        rest.get(verb.len()..)?
            .starts_with(FOR_THE_OPPOSITION)
            .then_some((
                t.len() - rest.len() + verb.len() + FOR_THE_OPPOSITION.len(),
                name,
            ))
    };
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = t.get(at..).and_then(|r| r.find(['s', '('])).map(|i| at + i) {
        let found = if t.get(start..).is_some_and(|r| r.starts_with('s')) {
            first_form(start)
        } else {
            second_form(start)
        };
        match found {
            Some((end, name)) => {
                out.push((start, end, name));
                at = end;
            }
            None => at = start + 1,
        }
    }
    out
}

/// Names the debate gives as opposition front-benchers ("the shadow Minister, the hon.
/// Member for X (Name)", "(Name), who speaks for the Opposition"), as name keys.
pub fn shadow_names<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Only looked up: the order is `out`'s, the order of first mention.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for t in texts.filter(|t| t.contains("shadow") || t.contains("Opposition")) {
        for w in shadow_windows(t) {
            for (_, _, name) in shadow_references(w) {
                let key = name_key(name);
                if !key.is_empty() && seen.insert(key.clone()) {
                    out.push(key);
                }
            }
        }
    }
    out
}

/// The stretches of `t` that can hold a [`SHADOW_REFERENCE`], in order and apart: a match
/// is at most `SHADOW_SPAN` bytes long and holds "shadow " at its start or " for the
/// Opposition" at its end, so the stretch around each of those holds every match that
/// does. Stretches that meet are joined; a match lies inside one stretch, and which one it
/// is depends only on the text inside it, so searching the stretches finds exactly what a
/// search of the whole text finds, and it reads a few hundred bytes where a speech can run
/// to thousands.
fn shadow_windows(t: &str) -> Vec<&str> {
    // The longest match: "shadow ", the longest office (18 bytes), 80 and then 40
    // characters of up to 4 bytes, the brackets; the second form is shorter.
    const SHADOW_SPAN: usize = 7 + 18 + 80 * 4 + 40 * 4 + 2;
    let b = t.as_bytes();
    let mut spans: Vec<(usize, usize)> = memchr::memmem::find_iter(b, "shadow ")
        .map(|at| (at, at + SHADOW_SPAN))
        .chain(
            memchr::memmem::find_iter(b, " for the Opposition")
                .map(|at| (at.saturating_sub(SHADOW_SPAN), at + 19)),
        )
        .collect();
    spans.sort_unstable();
    let mut out: Vec<&str> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (s, e) in spans {
        let (s, e) = (
            t.floor_char_boundary(s),
            t.ceil_char_boundary(e.min(t.len())),
        );
        match open {
            Some((os, oe)) if s <= oe => open = Some((os, oe.max(e))),
            _ => {
                out.extend(open.and_then(|(os, oe)| t.get(os..oe)));
                open = Some((s, e));
            }
        }
    }
    out.extend(open.and_then(|(os, oe)| t.get(os..oe)));
    out
}

/// True when a speaker says they speak for the Opposition ("As shadow Minister for ...").
pub fn speaks_as_shadow(text: &str) -> bool {
    crate::phrase_table::SHADOW_SELF_CUES.is_match(text)
}

#[cfg(test)]
mod tests {
    fn pattern() -> &'static regex_lite::Regex {
        static RE: std::sync::LazyLock<regex_lite::Regex> = std::sync::LazyLock::new(|| {
            regex_lite::Regex::new(super::SHADOW_REFERENCE).expect("pattern")
        });
        &RE
    }

    #[test]
    fn finds_member_for_references() {
        let m = super::constituencies(
            ["I congratulate my hon. Friend the Member for North-West Leicestershire (David Taylor) on securing this debate, and the hon. Member for Brent, East (Sarah Teather)."]
                .into_iter(),
        );
        assert_eq!(
            m.get("david taylor").map(String::as_str),
            Some("North-West Leicestershire")
        );
        assert_eq!(
            m.get("sarah teather").map(String::as_str),
            Some("Brent, East")
        );
    }

    #[test]
    fn a_bracketed_name_is_read_up_to_45_bytes() {
        let name = "Mary Elizabeth Clifton-Brown Hartington-Smyth";
        assert_eq!(
            super::seat_and_name(&format!("Upton ({name}) spoke.")),
            Some(("Upton", name))
        );
        assert_eq!(
            super::seat_and_name(&format!("Upton ({name}e) spoke.")),
            None
        );
        assert_eq!(super::seat_and_name("Upton (Jo Roe"), None);
    }

    #[test]
    fn a_title_and_surname_names_the_seat_of_the_only_speaker_with_that_surname() {
        let m = super::constituencies(
            ["I congratulate my hon. Friend the Member for Stroud (Mr. Drew) on securing this debate."]
                .into_iter(),
        );
        assert_eq!(
            super::seat_of(&m, "david drew", true).map(String::as_str),
            Some("Stroud")
        );
        // Two speakers called Drew: the reference could be either.
        assert_eq!(super::seat_of(&m, "david drew", false), None);
        assert_eq!(super::seat_of(&m, "david taylor", true), None);
    }

    proptest::proptest! {
        /// The references are read as the pattern finds them, and searching the stretches
        /// finds what a search of the whole text finds.
        #[test]
        fn windows_find_what_the_whole_text_holds(
            words in proptest::collection::vec(
                "(shadow |Minister|Secretary of State|Chancellor|Leader|, the hon. Member for|Upper Tarn|\\(|\\)|Helen Caird|Mr. Lansley|, who|who speaks| who |speaks|,| for the Opposition|is speaking|winds up|é|x{40}|Ab| )",
                0..40,
            )
        ) {
            let text = words.concat();
            let whole: Vec<(usize, usize, &str)> = pattern()
                .captures_iter(&text)
                .filter_map(|c| {
                    let m = c.get(0)?;
                    let name = c.get(1).or_else(|| c.get(2))?.as_str();
                    Some((m.start(), m.end(), name))
                })
                .collect();
            proptest::prop_assert_eq!(&super::shadow_references(&text), &whole);
            let mut windowed = Vec::new();
            for w in super::shadow_windows(&text) {
                let base = w.as_ptr() as usize - text.as_ptr() as usize;
                windowed.extend(
                    super::shadow_references(w)
                        .into_iter()
                        .map(|(s, e, name)| (base + s, base + e, name)),
                );
            }
            proptest::prop_assert_eq!(whole, windowed);
        }
    }

    #[test]
    fn finds_shadow_front_benchers() {
        let names = super::shadow_names(
            ["Last week the hon. Member for South Cambridgeshire (Mr. Lansley), who speaks for the Opposition on these matters, said so. The shadow Minister, the hon. Member for Upper Tarn (Helen Caird), agreed."]
                .into_iter(),
        );
        assert_eq!(
            names,
            vec!["lansley".to_string(), "helen caird".to_string()]
        );
        assert!(super::speaks_as_shadow(
            "As shadow Minister for charities, I welcome this."
        ));
        assert!(!super::speaks_as_shadow("The shadow Minister is not here."));
        // Only the front benches are shown a statement before it is made.
        assert!(super::speaks_as_shadow(
            "I thank the Secretary of State for advance sight of her statement."
        ));
        assert!(!super::speaks_as_shadow(
            "The council gave no advance notice of the closure."
        ));
    }
}
