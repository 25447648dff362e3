//! A quotation the record sets out as a paragraph of its own in the middle of a sentence:
//! "So why did a Cabinet Office director write to counter-terrorism asserting that there
//! was" / "“considerable damage to national security”" / "from these stories and that" /
//! "“the potential for future damage is significant”?". Read as paragraphs, the question
//! is a fragment ("“the potential for future damage is significant”?") and its opening no
//! sentence at all; a question so set out is one paragraph.

/// True when paragraph `next` carries on the sentence that paragraph `last` leaves open:
/// `last` ends on a word, a comma, a colon or a dash (no full stop, question or exclamation
/// mark, and no closing quotation after one), and `next` is set out as a quotation (`indented`)
/// or opens in lower case, after any quotation mark.
pub(super) fn runs_on(last: &str, next: &str, indented: bool) -> bool {
    // A quotation closed within the sentence ("... there was “considerable damage”") leaves
    // it open; one closed after a stop ("“it is over.”") ends it.
    let Some(end) = last
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\''])
        .chars()
        .last()
    else {
        return false;
    };
    let open = end.is_alphanumeric() || matches!(end, ',' | ';' | ':' | '—' | '–');
    let next = next.trim_start();
    let first = next
        .trim_start_matches(['"', '“', '‘', '\'', '(', '['])
        .chars()
        .next();
    open && !next.is_empty() && (indented || first.is_some_and(char::is_lowercase))
}

/// A contribution's paragraphs, each with whether the record sets it out as a quotation
/// (TheyWorkForYou's `class="indent"`), read into runs that [`runs_on`] finds: a run that
/// ends a question is one paragraph, read as the question it is; any other keeps its
/// paragraphs apart, so that a quotation set out in a statement ("The fifth guideline
/// requires:" / "“The suspect was wholly motivated by compassion.”") is not read as the
/// member's own sentence.
pub(super) fn join(paragraphs: impl IntoIterator<Item = (String, bool)>) -> Vec<String> {
    let mut runs: Vec<Vec<String>> = Vec::new();
    for (p, set_out) in paragraphs {
        match runs
            .last_mut()
            .filter(|run| run.last().is_some_and(|last| runs_on(last, &p, set_out)))
        {
            Some(run) => run.push(p),
            None => runs.push(vec![p]),
        }
    }
    runs.into_iter()
        .flat_map(|run| {
            let asks = run.len() > 1
                && run.last().is_some_and(|last| {
                    last.trim_end()
                        .trim_end_matches(['"', '”', '’', '\''])
                        .ends_with('?')
                });
            if asks {
                let whole: Vec<&str> = run.iter().map(|p| p.trim()).collect();
                vec![whole.join(" ")]
            } else {
                run
            }
        })
        .collect()
}

/// A contribution's paragraphs, in a record that does not mark a quotation set out (Hansard's
/// text export, its web pages, its API): a paragraph that opens on a quotation mark is taken
/// as one ("... when he boasted last week that" / "“Wales is still a wealthy country”?").
pub(super) fn join_unmarked(paragraphs: Vec<String>) -> Vec<String> {
    join(paragraphs.into_iter().map(|p| {
        let set_out = p.trim_start().starts_with(['"', '“', '‘']);
        (p, set_out)
    }))
}

#[cfg(test)]
mod tests {
    use super::{join, join_unmarked, runs_on};

    #[test]
    fn a_sentence_left_open_runs_on_into_a_quotation_set_out() {
        let last = "So why did a Cabinet Office director write to counter-terrorism asserting that there was";
        assert!(runs_on(
            last,
            "“considerable damage to national security”",
            true
        ));
        assert!(runs_on(
            "“considerable damage to national security”",
            "from these stories and that",
            false
        ));
        assert!(runs_on(
            "The lease states:",
            "“the tenant shall repair”.",
            true
        ));
        // A sentence that ends, or a new one that opens with a capital, does not run on.
        assert!(!runs_on(
            "That is the answer.",
            "“the potential for damage”?",
            true
        ));
        assert!(!runs_on(
            "I will quote the report",
            "It says that the risk is low.",
            false
        ));
        assert!(!runs_on("", "and more", false));
        assert!(!runs_on("He said “it is over.”", "and then left.", false));
    }

    #[test]
    fn only_a_run_that_ends_a_question_is_one_paragraph() {
        let run = |ps: &[&str]| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        let question = run(&["So why did he say that there was", "“considerable damage”?"]);
        let statement = run(&[
            "The fifth guideline requires:",
            "“The suspect was wholly motivated by compassion.”",
        ]);
        // Each quotation is set out (`class="indent"`).
        let marked = question
            .iter()
            .chain(&statement)
            .enumerate()
            .map(|(i, p)| (p.clone(), i % 2 == 1));
        assert_eq!(
            join(marked),
            [
                "So why did he say that there was “considerable damage”?".to_string(),
                statement[0].clone(),
                statement[1].clone()
            ]
        );
    }

    #[test]
    fn a_question_broken_by_an_unmarked_quotation_is_one_paragraph() {
        let ps = |ps: &[&str]| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert_eq!(
            join_unmarked(ps(&[
                "Given those revelations, what did the Secretary of State have in mind when he boasted last week that",
                "“Wales is still a wealthy country”?",
                "Complacent or what?",
            ])),
            ps(&[
                "Given those revelations, what did the Secretary of State have in mind when he boasted last week that “Wales is still a wealthy country”?",
                "Complacent or what?",
            ])
        );
        // A quotation set out in a statement, and a new sentence in capitals, stay apart.
        let apart = ps(&[
            "The report states that",
            "“the risk is low”.",
            "That is the answer.",
            "Why?",
        ]);
        assert_eq!(join_unmarked(apart.clone()), apart);
    }
}
