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
    let mut read_to = 0;
    for c in COUNT.captures_iter(&text) {
        let (Some(all), Some(a), Some(n)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(ayes), Ok(noes)) = (a.as_str().parse::<u32>(), n.as_str().parse::<u32>()) else {
            continue;
        };
        // Only what was put since the last count can be this vote's question.
        let question = text.get(read_to..all.start()).and_then(question_put);
        read_to = all.end();
        // A record may print one count twice (as text and as markup): a repeat straight
        // after is the same vote.
        if out.last().is_some_and(|v| (v.ayes, v.noes) == (ayes, noes)) {
            continue;
        }
        out.push(Division {
            ayes,
            noes,
            result: if ayes > noes {
                DivisionResult::Agreed
            } else {
                DivisionResult::Negatived
            },
            question,
        });
    }
    out
}

/// The question the last "Question put" line of `text` puts: "Question put, That the
/// amendment be made." gives "That the amendment be made"; "Main Question put." gives "the
/// main Question"; the Lords' "Division on Amendment 83" gives "Amendment 83".
fn question_put(text: &str) -> Option<String> {
    let line =
        text.lines().rev().map(str::trim).find(|l| {
            (l.contains("Question") && l.contains("put")) || l.starts_with("Division on ")
        })?;
    // The Lords name what they divide on: "Division on Amendment 83".
    if let Some(what) = line.strip_prefix("Division on ") {
        let what = what.trim().trim_end_matches('.');
        return (!what.is_empty() && what.len() <= 100).then(|| what.to_string());
    }
    if let Some(at) = line.find(", That ").or_else(|| line.find(": That ")) {
        let q = line
            .get(at + 2..)?
            .trim_end_matches(['.', ';', ':', '—', '-', ' '])
            .trim();
        return (q.len() <= 300).then(|| q.to_string());
    }
    line.contains("Main Question")
        .then(|| "the main Question".to_string())
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

    #[test]
    fn each_vote_has_the_question_put_before_it() {
        let d = RawDebate {
            procedure: [
                "Question put (Standing Order No. 31(2)), That the original words stand part of the Question.",
                "The House divided: Ayes 213, Noes 293.",
                "Ayes 213, Noes 293",
                "Question accordingly negatived.",
                "The House divided: Ayes 120, Noes 80.",
                "Main Question, as amended, put.",
                "The House divided: Ayes 216, Noes 189.",
                "Question put: That the motion be agreed to.",
                "Contents 66; Not-Contents 124.",
                "Division on Amendment 83",
                "Contents 70; Not-Contents 20.",
            ]
            .map(String::from)
            .to_vec(),
            ..RawDebate::default()
        };
        let got: Vec<(u32, Option<String>)> = divisions_of(&d)
            .into_iter()
            .map(|v| (v.ayes, v.question))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    213,
                    Some("That the original words stand part of the Question".to_string())
                ),
                // Nothing was put since the last vote: this one's question is not known.
                (120, None),
                (216, Some("the main Question".to_string())),
                (66, Some("That the motion be agreed to".to_string())),
                (70, Some("Amendment 83".to_string())),
            ]
        );
    }
}
