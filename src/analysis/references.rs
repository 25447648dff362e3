//! "The hon. Member for X (Name)" references: they fill in the constituency of speakers
//! whose attributions lack it, and never override what an attribution states.

use crate::names::name_key;
use regex_lite::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Constituencies named in speech, by the name key of the member they belong to.
pub fn constituencies<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<String, String> {
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
    let close = after.find(')')?;
    let name = after.get(..close)?;
    if name.len() > 45 || crate::names::person_name(name).is_none() {
        return None;
    }
    Some((seat, name))
}

static SHADOW_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:shadow (?:Minister|Secretary of State|Chancellor|Solicitor General|Attorney General|Leader)[^()]{0,80}?\(([^()]{3,40})\)|\(([^()]{3,40})\),? who (?:speaks|is speaking|will speak|winds up) for the Opposition)")
        .expect("static regex")
});

/// Names the debate gives as opposition front-benchers ("the shadow Minister, the hon.
/// Member for X (Name)", "(Name), who speaks for the Opposition"), as name keys.
pub fn shadow_names<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in texts.filter(|t| t.contains("shadow") || t.contains("Opposition")) {
        for c in SHADOW_REFERENCE.captures_iter(t) {
            if let Some(m) = c.get(1).or_else(|| c.get(2)) {
                let key = name_key(m.as_str());
                if !key.is_empty() && !out.contains(&key) {
                    out.push(key);
                }
            }
        }
    }
    out
}

/// True when a speaker says they speak for the Opposition ("As shadow Minister for ...").
pub fn speaks_as_shadow(text: &str) -> bool {
    crate::phrase_table::SHADOW_SELF_CUES.is_match(text)
}

#[cfg(test)]
mod tests {
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
    }
}
