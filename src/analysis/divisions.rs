//! The divisions an item records: each count of ayes and noes its procedural lines print
//! ("The House divided: Ayes 213, Noes 293.", "Contents 120; Not-Contents 80").

use crate::model::{Division, DivisionResult, RawDebate};
use regex_lite::Regex;
use std::sync::LazyLock;

/// "Ayes 213, Noes 293", "Ayes: 216 / Noes: 189", "Contents 120; Not-Contents 80".
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:ayes|contents)\s*:?\s*([0-9]{1,4})\b[^0-9]{1,30}?\b(?:noes|not-contents)\s*:?\s*([0-9]{1,4})\b",
    )
    .expect("static regex")
});

/// Every vote the procedural lines record, in order; more ayes than noes carries it.
pub fn divisions_of(d: &RawDebate) -> Vec<Division> {
    // The count may be printed on one line or over several ("The House divided:", "Ayes:
    // 179", "Noes: 227"): the procedural lines are read as one text.
    let text = d.procedure.join(" \n ");
    let mut out: Vec<Division> = Vec::new();
    // Every count names ayes or contents (case aside; the pattern ignores ASCII case only):
    // most records hold none, and do not build the pattern.
    let low = text.to_ascii_lowercase();
    let may_count = (low.contains("ayes") || low.contains("contents"))
        && (low.contains("noes") || low.contains("not-contents"));
    if !may_count {
        return Vec::new();
    }
    let counts = COUNT.captures_iter(&text).filter_map(|c| {
        let ayes: u32 = c.get(1)?.as_str().parse().ok()?;
        let noes: u32 = c.get(2)?.as_str().parse().ok()?;
        Some(Division {
            ayes,
            noes,
            result: if ayes > noes {
                DivisionResult::Agreed
            } else {
                DivisionResult::Negatived
            },
        })
    });
    // A record may print one count twice (as text and as markup): a repeat straight after
    // is the same vote.
    for v in counts {
        if out.last() != Some(&v) {
            out.push(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divisions_in_every_printed_form() {
        let d = RawDebate {
            procedure: [
                "The House divided: Ayes 213, Noes 293.",
                "Question accordingly negatived.",
                "Ayes: 216 / Noes: 189",
                "The Committee divided: Ayes 12; Noes 3.",
            ]
            .map(String::from)
            .to_vec(),
            ..RawDebate::default()
        };
        let got: Vec<(u32, u32, DivisionResult)> = divisions_of(&d)
            .iter()
            .map(|v| (v.ayes, v.noes, v.result))
            .collect();
        assert_eq!(
            got,
            vec![
                (213, 293, DivisionResult::Negatived),
                (216, 189, DivisionResult::Agreed),
                (12, 3, DivisionResult::Agreed)
            ]
        );
    }
}
