//! The courtesy forms as data: what `courtesy` matches, and the phrases `build.rs` builds
//! into one automaton (it includes this file, which therefore uses nothing else).

/// One part of a courtesy form: any of `alts`, optionally held to start or end at a word
/// boundary, or running on to the end of its word (`extend`, as in "congratulat…").
pub struct Part {
    pub alts: Vec<String>,
    pub lead: bool,
    pub extend: bool,
    pub trail: bool,
}

impl Part {
    fn new(alts: Vec<String>, lead: bool, extend: bool, trail: bool) -> Self {
        Part {
            alts,
            lead,
            extend,
            trail,
        }
    }
}

/// Every combination of one choice from each slot, in order ("welcome " × "you"/"him" × …).
fn combine(slots: &[&[&str]]) -> Vec<String> {
    slots.iter().fold(vec![String::new()], |acc, slot| {
        acc.iter()
            .flat_map(|head| slot.iter().map(move |s| format!("{head}{s}")))
            .collect()
    })
}

/// A courtesy form: parts in order, each starting within a number of bytes of the end of
/// the one before (`gaps[k]` between part k and part k + 1).
pub struct Form {
    pub parts: Vec<Part>,
    pub gaps: Vec<usize>,
}

impl Form {
    fn phrase(alts: Vec<String>, lead: bool, trail: bool) -> Self {
        Form {
            parts: vec![Part::new(alts, lead, false, trail)],
            gaps: Vec::new(),
        }
    }
}

/// The courtesy forms, matched over normalised text (lowercase, punctuation as single
/// spaces). Gaps are in bytes.
pub fn courtesy_forms() -> Vec<Form> {
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    const ACTS: &[&str] = &[
        "securing",
        "obtaining",
        "bringing",
        "introducing",
        "initiating",
        "opening",
        "leading",
    ];
    let debate = || Part::new(words(&["debate"]), true, false, false);
    vec![
        Form::phrase(
            words(&[
                "pleasure to serve",
                "privilege to serve",
                "pleasure to follow",
                "serve under your",
                "serving under your",
                "under your chairmanship",
                "give way",
                "giving way",
                "in a moment",
                "i will make progress",
                "i must make progress",
                "it is a pleasure",
                "it is a great pleasure",
            ]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[&["may i "], &["", "first "], &["say", "begin"], &[" how"]]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[
                &["welcome "],
                &["you", "the minister", "him", "her"],
                &[" to "],
                &["your", "his", "her"],
                &[" "],
                &["place", "post"],
            ]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[
                &["securing", "secured", "obtaining", "obtained"],
                &[" "],
                &["this", "the", "todays"],
                &[" "],
                &["", "important ", "timely ", "excellent "],
                &["debate"],
            ]),
            true,
            false,
        ),
        // "The Chancellor of the Exchequer has asked me to apologise for his absence", "my
        // apologies for that": an apology, not an answer or an ask ("I hope that he will
        // apologise" is an ask, and "we make no apologies for it" a position).
        Form::phrase(
            words(&[
                "i apologise",
                "i must apologise",
                "i also apologise",
                "i too apologise",
                "asked me to apologise",
                "my apologies",
                "sends his apologies",
                "sends her apologies",
            ]),
            true,
            true,
        ),
        // "I wish him well in his studies in America"
        Form::phrase(
            combine(&[
                &["wish "],
                &["him", "her", "them", "you", "the hon"],
                &[" well"],
            ]),
            true,
            true,
        ),
        // "The people of Northampton, North are exceptionally lucky to have a Member of
        // Parliament who is so committed": praise of the member, not an answer.
        Form::phrase(
            combine(&[
                &["lucky to have ", "fortunate to have "],
                &[
                    "a member",
                    "such a",
                    "such an",
                    "an hon",
                    "a representative",
                ],
            ]),
            true,
            false,
        ),
        // "It is kind of my hon. Friend to thank the Department", "It was kind of him to say so"
        Form::phrase(
            combine(&[
                &[
                    "it is kind of ",
                    "it was kind of ",
                    "that is kind of ",
                    "that was kind of ",
                ],
                &["my", "the", "him", "her", "you", "them"],
                &[" "],
            ]),
            false,
            false,
        ),
        Form::phrase(
            combine(&[&["thank you "], &["mr", "madam", "sir", "dame"]]),
            false,
            true,
        ),
        // "I congratulate my hon. Friend ... on securing this debate"
        Form {
            parts: vec![
                Part::new(words(&["congratulat"]), false, true, true),
                Part::new(words(ACTS), true, false, true),
                debate(),
            ],
            gaps: vec![160, 40],
        },
        // "I thank the hon. Member ... for securing"
        Form {
            parts: vec![
                Part::new(words(&["thank"]), false, true, true),
                Part::new(
                    combine(&[&["for "], &[ACTS, &["calling"]].concat()]),
                    true,
                    false,
                    true,
                ),
            ],
            gaps: vec![140],
        },
        // "I am grateful to the hon. Member ... for securing this debate"
        Form {
            parts: vec![
                Part::new(words(&["grateful"]), false, false, true),
                Part::new(
                    words(&["securing", "secure", "bringing"]),
                    true,
                    false,
                    true,
                ),
                debate(),
            ],
            gaps: vec![100, 30],
        },
        Form {
            parts: vec![
                Part::new(words(&["grateful"]), false, false, true),
                Part::new(words(&["obtain"]), true, true, true),
                debate(),
            ],
            gaps: vec![100, 30],
        },
        // "I thank my hon. Friend ... for his intervention", "... for his complimentary
        // remarks about my Answer"
        Form {
            parts: vec![
                Part::new(
                    combine(&[
                        &["i thank "],
                        &["the", "my"],
                        &[" "],
                        // "the honourable member" and "the senator" are how other
                        // Parliaments' records print it.
                        &[
                            "hon",
                            "right",
                            "noble",
                            "honourable",
                            "honorable",
                            "senator",
                        ],
                    ]),
                    false,
                    false,
                    true,
                ),
                Part::new(
                    [
                        combine(&[
                            &["for "],
                            &["his", "her", "their", "the"],
                            &[" "],
                            &[
                                "intervention",
                                "question",
                                "questions",
                                "kind",
                                "complimentary",
                                "generous",
                                "remarks",
                                "comments",
                                "contribution",
                            ],
                        ]),
                        words(&["for that"]),
                    ]
                    .concat(),
                    true,
                    false,
                    false,
                ),
            ],
            gaps: vec![80],
        },
    ]
}

/// The (form, part) pairs that use one phrase.
pub type Users = Vec<(usize, usize)>;

/// Every phrase any part of the forms uses, each once, in order of first use, and for each
/// phrase the (form, part) pairs that use it.
pub fn phrases(forms: &[Form]) -> (Vec<&str>, Vec<Users>) {
    let mut index: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut phrases: Vec<&str> = Vec::new();
    let mut users: Vec<Users> = Vec::new();
    for (f, form) in forms.iter().enumerate() {
        for (p, part) in form.parts.iter().enumerate() {
            for alt in &part.alts {
                let k = *index.entry(alt.as_str()).or_insert_with(|| {
                    phrases.push(alt.as_str());
                    users.push(Vec::new());
                    phrases.len() - 1
                });
                if let Some(u) = users.get_mut(k) {
                    u.push((f, p));
                }
            }
        }
    }
    (phrases, users)
}
