//! The clerk's lines in TheyWorkForYou's markup: a question put and a division's count,
//! which the record may print at the end of a speech as well as on their own.

use crate::model::Contribution;

/// True for a line that prints a division's count: "Ayes 213, Noes 293." or "Contents 153;
/// Not-Contents 127.", whatever the case.
pub(super) fn prints_a_count(line: &str) -> bool {
    let low = line.to_ascii_lowercase();
    let has = |w: &str| {
        low.match_indices(w).any(|(at, _)| {
            low.get(at + w.len()..)
                .map(|rest| rest.trim_start_matches([':', ' ']))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
    };
    (has("ayes") || has("contents")) && (has("noes") || has("not-contents"))
}

/// True for a short line that prints a division's count, within a speech or not: "The
/// Assembly divided: Ayes 35; Noes 41."
pub(super) fn announces_a_count(line: &str) -> bool {
    // Asked of every paragraph: a long one is let go by its length alone.
    line.len() <= 160 && line.split_whitespace().count() <= 12 && prints_a_count(line)
}

/// True for the clerk's record of the question being put ("Question put, That the amendment
/// be made.", "Mr. Speaker put forthwith the Question already proposed from the Chair ...").
pub(super) fn puts_the_question(t: &str) -> bool {
    let t = t.trim_start();
    // Who puts it is the chair, named in the third person: "Before I put the Question, ..."
    // is the chair speaking.
    let by_the_chair = t.split_once(" put ").is_some_and(|(who, _)| {
        who.len() <= 40 && (who.contains("Speaker") || who.contains("Chair")) && !who.contains(',')
    });
    t.starts_with("Question put") || (by_the_chair && t.contains("the Question"))
}

/// The question the chair put in words before a division, as the Scottish Parliament's
/// Presiding Officer puts it ("The next question is, that amendment S3M-5071.3, in the name
/// of Andy Kerr, ... be agreed to. Are we agreed?"), from the last few contributions and
/// none before the last result: "That amendment S3M-5071.3, ... be agreed to".
pub(super) fn question_in_words(contributions: &[Contribution]) -> Option<String> {
    const PUT: &str = "question is, that ";
    contributions
        .iter()
        .rev()
        .take(3)
        .flat_map(|c| c.paragraphs.iter().rev())
        .take_while(|p| !p.contains("result of the division"))
        .find_map(|p| {
            // The chair's form opens the paragraph: "The question is, that ...", "The next
            // question is, that ...", not a member's "... the question is, that we ...".
            let at = p.to_ascii_lowercase().find(PUT)?;
            let opening = p.get(..at)?;
            if !opening.starts_with("The ") || opening.split_whitespace().count() > 3 {
                return None;
            }
            let at = at + PUT.len();
            let q = p.get(at..)?;
            let end = q.find(". ").or_else(|| q.find('?')).unwrap_or(q.len());
            let q = q.get(..end)?.trim().trim_end_matches('.');
            (!q.is_empty() && q.len() <= 300).then(|| format!("That {q}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Attribution;

    fn said(by: &str, text: &str) -> Contribution {
        Contribution {
            speaker: Attribution::person(by),
            paragraphs: vec![text.to_string()],
        }
    }

    #[test]
    fn the_chair_puts_the_question_in_words_and_a_member_does_not() {
        let put = [
            said(
                "The Presiding Officer",
                "The question is, that the amendment be agreed to. Are we agreed?",
            ),
            said("Members", "No."),
        ];
        assert_eq!(
            question_in_words(&put).as_deref(),
            Some("That the amendment be agreed to")
        );
        let member = [said(
            "Ann Hale",
            "I think that the question is, that we must act now.",
        )];
        assert_eq!(question_in_words(&member), None);
        // A result already given ends the search: its question is not the next vote's.
        let done = [
            said(
                "The Presiding Officer",
                "The next question is, that motion S3M-1 be agreed to.",
            ),
            said(
                "The Presiding Officer",
                "The result of the division is: For 3, Against 9.",
            ),
        ];
        assert_eq!(question_in_words(&done), None);
    }
}
