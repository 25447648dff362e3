//! Negations that refuse nothing: a double negative affirms ("I do not think that it is
//! unaffordable"), and not ruling a thing out keeps it open ("... cannot be ruled out").

/// Judgments that a "not" turns into their opposite ("I do not think that it is
/// unaffordable", "it is not impossible"): a double negative affirms, and refuses nothing.
const NEGATIVE_JUDGEMENTS: &[&str] = &[
    "unaffordable",
    "unreasonable",
    "unfair",
    "unnecessary",
    "unhelpful",
    "unrealistic",
    "unacceptable",
    "unjustified",
    "unworkable",
    "impossible",
    "inappropriate",
    "wrong",
    "misplaced",
    "misguided",
    "mistaken",
    "unfounded",
    "unwarranted",
];

/// True when "cannot be" at byte `start` of `words` speaks of the matter in hand, and so
/// refuses: "It cannot be right to require ...", "That cannot be a purely local decision",
/// "there cannot be a hard border". After a noun or a relative "that" it states a fact ("the
/// Tucano cannot be refuelled in flight", "islands that cannot be reached on foot", "each
/// item that has lapsed because it cannot be afforded" apart, which is a reason given).
/// What cannot be granted is refused whatever it is: "Carte blanche cannot be given".
pub(super) fn cannot_be_refuses(words: &str, start: usize) -> bool {
    const WITHHELD: &[&str] = &[
        "given",
        "granted",
        "allowed",
        "permitted",
        "accepted",
        "agreed",
        "justified",
        "promised",
        "funded",
        "right",
    ];
    let after = words
        .get(start..)
        .unwrap_or_default()
        .trim_start()
        .strip_prefix("cannot be ")
        .unwrap_or_default();
    if WITHHELD
        .iter()
        .any(|w| after.split_whitespace().next() == Some(w))
    {
        return true;
    }
    let before = words.get(..start).unwrap_or_default();
    let mut back = before.split_whitespace().rev();
    match back.next() {
        Some("it") => back.next() != Some("because"),
        Some("this" | "there") => true,
        // "That cannot be ...", "... but that cannot be ...": the demonstrative, not the
        // relative pronoun of "code that cannot be read".
        Some("that") => back
            .next()
            .is_none_or(|w| matches!(w, "and" | "but" | "so" | "yet")),
        _ => false,
    }
}

/// True when "not" turns a negative judgment into a positive one ("I do not think that it
/// is unaffordable", "it is not impossible"): "not", then at most "think"/"believe", "that",
/// a pronoun and a form of "be", then the judgment; or refusing to refuse ("I shall not
/// refuse the hon. Gentleman"); or ruling out all but one way ("we cannot design a system
/// that treats them as anything other than unique individuals"); or not ruling a thing out
/// ("... cannot be ruled out", "I would not rule out a review").
pub(super) fn double_negative(words: &str) -> bool {
    // Refusing to refuse ("I never refuse a meeting, and I shall not refuse the hon.
    // Gentleman"), ruling out all but one way, and not ruling a thing out.
    const KEPT_OPEN: [&str; 8] = [
        " not refuse ",
        " never refuse ",
        " anything other than ",
        " not rule out ",
        " cannot rule out ",
        " not ruling out ",
        " cannot be ruled out ",
        " not be ruled out ",
    ];
    if KEPT_OPEN.iter().any(|k| words.contains(k)) {
        return true;
    }
    let w: Vec<&str> = words.split_whitespace().collect();
    let steps: [&[&str]; 4] = [
        &["think", "believe"],
        &["that"],
        &["it", "this", "that", "they"],
        &["is", "was", "are", "would", "will", "be"],
    ];
    w.iter()
        .enumerate()
        .filter(|(_, x)| **x == "not")
        .any(|(i, _)| {
            let mut j = i + 1;
            for step in steps {
                if w.get(j).is_some_and(|x| step.contains(x)) {
                    j += 1;
                }
            }
            // "would be", "will be": the form of "be" may take two words.
            if w.get(j).is_some_and(|x| *x == "be") {
                j += 1;
            }
            w.get(j).is_some_and(|x| NEGATIVE_JUDGEMENTS.contains(x))
        })
}

/// True when a refusal cue of opinion ("do not think that", "do not think it", "do not
/// believe that it is"), matched at `start..end` of `words`, only doubts a fact: what follows
/// judges no course of action ("I do not think that there was any work or planning on
/// reserves", "we do not think that the people in Northern Ireland have had a corresponding
/// opportunity to be consulted", "I do not think it is hotly disputed"), where "I do not
/// think that it would be right", "... that I should publish the reply" and "... that this
/// particular way of circumventing it is a solution" refuse.
pub(super) fn doubts_a_fact(words: &str, start: usize, end: usize) -> bool {
    const OPINION: [&str; 3] = [
        "do not think that",
        "do not think it",
        "do not believe that it is",
    ];
    // Words that weigh a course of action, or the speaker's own part in one.
    const WEIGHS: &str = "would should right appropriate necessary desirable sensible wise \
        fair helpful helps help solution way route approach answer justified justify worth \
        effective proportionate possible practical practicable feasible need needs needed \
        point function can";
    let Some(cue) = words.get(start..end) else {
        return false;
    };
    if !OPINION.iter().any(|o| cue.trim() == *o) {
        return false;
    }
    let after = words.get(end..).unwrap_or_default();
    let clause: Vec<&str> = after.split_whitespace().take(14).collect();
    let own_will = clause
        .windows(2)
        .any(|p| matches!(p, ["we" | "i" | "government", "will" | "shall"]));
    !own_will
        && !clause
            .iter()
            .any(|w| WEIGHS.split_whitespace().any(|x| x == *w))
}
