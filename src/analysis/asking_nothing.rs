//! Questions and requests that ask the Government nothing, though they are put as asks: a
//! plea for the floor ("Will the Minister give way?"), the ritual that opens Business
//! Questions, a signpost or courtesy ("May I raise ...?", "May I, too, thank ...?", "May I
//! remind Ministers that ...?") and a member who only says they will press the minister.

/// True for a lowercased question that asks only for the floor ("Will the Minister give
/// way?"), for the business, as the Opposition opens Business Questions each week ("May I
/// ask the Leader of the House to give us the business for next week?"): the questions that
/// follow ask; or, in a few words, only for an answer to what was asked before ("Will the
/// minister answer my question, yes or no?").
pub fn asks_nothing_of_substance(t: &str) -> bool {
    const AN_ANSWER: [&str; 3] = [
        "answer my question",
        "answer the question",
        "answer this question",
    ];
    t.contains("give way")
        || [
            "the business for next week",
            "the business for the next week",
        ]
        .iter()
        .any(|b| t.contains(b))
        || (AN_ANSWER.iter().any(|a| t.contains(a)) && t.split_whitespace().count() <= 10)
}

/// True for a sentence that only says the member will press the minister ("May I press the
/// Minister a little harder?", "I want to press the minister a little further on the issue
/// that ... raised.", "May I press the Secretary of State on the Rural Payments Agency?"):
/// the ask comes next. Pressing them *to* do something ("I press the Minister to think
/// again") is an ask.
pub fn only_presses(text: &str) -> bool {
    presses_in(&text.to_lowercase())
}

/// [`only_presses`] for text already lowercased.
fn presses_in(t: &str) -> bool {
    const WHOM: [&str; 5] = [
        "press the minister",
        "press the secretary of state",
        "press the noble lord",
        "press him",
        "press her",
    ];
    // Asked of every question: most hold no "press " at all.
    if crate::scan::holds!(t.as_bytes(), b"press ").is_none() {
        return false;
    }
    WHOM.iter().any(|w| {
        t.find(w).is_some_and(|at| {
            let after = t.get(at + w.len()..).unwrap_or_default();
            !after.starts_with(" to ")
                && !after.contains(" to ensure")
                && !after.contains(" to make")
        })
    })
}

/// True for a question that only announces what the member will raise ("May I raise a point
/// about ...?", "May I take him back to ...?"), thanks or welcomes someone, or tells the
/// House something ("May I remind Ministers that ...?", "May I gently point out to him that
/// ...?"): a "May I ...?" that asks the Government nothing. One that goes on to ask ("May I
/// welcome the statement and ask whether ...?") is a question.
pub fn is_signpost(text: &str) -> bool {
    /// What a member may do without asking anything of the Government.
    const ONLY: [&str; 28] = [
        "raise",
        "take",
        "thank",
        "add my thanks",
        "add a thank",
        "add my congratulations",
        "add my tribute",
        "pay tribute",
        "join",
        "congratulate",
        "say",
        "begin",
        "start",
        "first",
        "welcome",
        "associate myself",
        "endorse",
        "remind",
        "point out",
        "assure",
        "tell the house",
        "tell him that",
        "tell her that",
        "make no",
        "complete my",
        "introduce a",
        "impress on",
        "bring to",
    ];
    /// Words after which the sentence asks after all.
    const THEN_ASKS: [&str; 8] = [
        " ask ",
        " and urge ",
        " and invite ",
        " and press ",
        " will he ",
        " will she ",
        " will the ",
        " will my ",
    ];
    let t = text.trim_start().to_lowercase();
    if presses_in(&t) {
        return true;
    }
    // "May I ...", or after an opening clause: "In thanking my right hon. Friend for his
    // statement, may I add a thank you for ...?"
    let rest = t
        .strip_prefix("may i")
        .or_else(|| t.split_once(", may i").map(|(_, r)| r))
        .filter(|r| r.starts_with([' ', ',']));
    rest.is_some_and(|r| {
        fn skip(r: &str) -> &str {
            r.trim_start_matches([' ', ','])
        }
        // "May I, as a fellow author, congratulate ...", "May I, on behalf of the House,
        // thank ...": the words between the commas aside.
        let mut r = match r.trim_start().strip_prefix(',') {
            Some(x) => x.split_once(',').map_or(x, |(_, after)| after),
            None => r,
        };
        r = skip(r);
        // "May I, too, thank ...", "May I also pay tribute ...", "May I therefore take the
        // opportunity ...": the adverbs aside.
        for adverb in ["also ", "too,", "too ", "just ", "therefore ", "gently "] {
            if let Some(x) = r.strip_prefix(adverb) {
                r = skip(x);
            }
        }
        ONLY.iter().any(|w| r.starts_with(w)) && !THEN_ASKS.iter().any(|a| r.contains(a))
    })
}
