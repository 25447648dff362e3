//! One question per wording: members whose tabled questions are taken together ("What steps
//! his Department is taking to support businesses trading between Northern Ireland and
//! Great Britain", put by six members in turn) asked one question.

use crate::model::{Question, Verdict};

/// How a question is told apart: its words, case and spacing aside.
fn wording(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The questions with each wording once, where it was first put, and everyone who put it
/// as its askers. The reply kept is the first that addresses it: a group's questions are
/// answered once, after the first or the last of them.
pub(super) fn one_per_wording(questions: Vec<Question>) -> Vec<Question> {
    let mut out: Vec<Question> = Vec::with_capacity(questions.len());
    // Each kept question's wording, worked out once.
    let mut keys: Vec<String> = Vec::with_capacity(questions.len());
    for q in questions {
        let key = wording(&q.text);
        match keys
            .iter()
            .position(|k| *k == key)
            .and_then(|i| out.get_mut(i))
        {
            Some(first) => {
                for a in q.askers {
                    if !first.askers.contains(&a) {
                        first.askers.push(a);
                    }
                }
                if first.verdict == Verdict::NotAddressed && q.verdict != Verdict::NotAddressed {
                    first.verdict = q.verdict;
                    first.answered = q.answered;
                    first.answer = q.answer;
                }
            }
            None => {
                keys.push(key);
                out.push(q);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Answer;

    fn question(by: &str, text: &str, answer: Option<&str>) -> Question {
        Question {
            speaker: by.to_string(),
            askers: vec![by.to_string()],
            text: text.to_string(),
            verdict: if answer.is_some() {
                Verdict::Responded
            } else {
                Verdict::NotAddressed
            },
            answered: answer.is_some(),
            answer: answer.map(|a| Answer {
                speaker: "Lee Carver".to_string(),
                text: a.to_string(),
            }),
        }
    }

    #[test]
    fn a_question_put_by_several_members_is_listed_once_with_its_askers() {
        let asked = "What steps his Department is taking to support businesses trading between Northern Ireland and Great Britain.";
        let got = one_per_wording(vec![
            question("Nick Fletcher", asked, None),
            question("Ann Lee", "Will he meet the ports?", Some("Yes.")),
            question(
                "Bo Ray",
                &asked.to_uppercase(),
                Some("We have set up a service."),
            ),
            question("Nick Fletcher", asked, None),
        ]);
        assert_eq!(got.len(), 2);
        let first = &got[0];
        assert_eq!(first.speaker, "Nick Fletcher");
        assert_eq!(first.askers, ["Nick Fletcher", "Bo Ray"]);
        // The group's answer, given after the second asker, is the first question's.
        assert_eq!(first.verdict, Verdict::Responded);
        assert!(first.answered);
        assert_eq!(
            first.answer.as_ref().map(|a| a.text.as_str()),
            Some("We have set up a service.")
        );
        assert_eq!(got[1].askers, ["Ann Lee"]);
    }

    #[test]
    fn different_questions_stay_apart() {
        let got = one_per_wording(vec![
            question("Ann Lee", "Will he meet the ports?", None),
            question("Bo Ray", "Will he meet the hauliers?", None),
        ]);
        assert_eq!(got.len(), 2);
    }
}
