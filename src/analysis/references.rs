//! "The hon. Member for X (Name)" references: they fill in the constituency of speakers
//! whose attributions lack it, and never override what an attribution states.

use crate::input::attribution::name_key;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

static MEMBER_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Member|Members)\s+for\s+([A-Z][\p{L}'’.-]*(?:[ ,]+(?:and|upon|on|of|the|under|in|[A-Z][\p{L}'’.-]*))*?)\s+\(((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)?\.?\s*[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]*){0,3})\)")
        .expect("static regex")
});

/// Constituencies named in speech, by the name key of the member they belong to.
pub fn constituencies<'a>(texts: impl Iterator<Item = &'a str>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for t in texts.filter(|t| t.contains("ember") && t.contains(" for ") && t.contains('(')) {
        for c in MEMBER_FOR.captures_iter(t) {
            let seat = c[1].trim_end_matches([',', ' ']).to_string();
            out.entry(name_key(&c[2])).or_insert(seat);
        }
    }
    out
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
}
