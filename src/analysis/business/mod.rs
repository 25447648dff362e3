//! The kind of business an item is (its divisions are read in `divisions`), from the
//! evidence every format carries: the record's headings (framing ones such as "Opposition
//! Day" or "Oral Answers to Questions" included), the procedural lines ("That this House do
//! now adjourn"), how the first speech opens ("With permission, I will make a statement",
//! "10. What recent assessment ...", "asked Her Majesty's Government") and whether a
//! minister opens it. The first rule that holds decides, in the order below.

mod procedure;
mod tabled;

use crate::model::{Kind, RawDebate};
use crate::scan::{Cursor, is_word};
use procedure::{SPEECH_WORDS, procedure, words_in};
pub(super) use procedure::{only_points_of_order, raises_point_of_order};
pub(super) use tabled::is_tabled_question;

/// Stage headings of a bill, as the record writes them.
const STAGES: [&str; 13] = [
    "first reading",
    "second reading",
    "third reading",
    "report stage",
    "remaining stages",
    "committee stage",
    "consideration of lords amendments",
    "lords amendments",
    "commons amendments",
    "money resolution",
    "programme motion",
    "ways and means",
    "consideration in detail",
];

/// The leftmost stage named in a heading as a whole phrase (of two at one place, the first
/// in `STAGES`), ASCII case aside.
fn find_stage(h: &str) -> Option<&str> {
    let b = h.as_bytes();
    (0..b.len())
        .filter(|&i| {
            b.get(i).is_some_and(u8::is_ascii_alphabetic)
                && !i
                    .checked_sub(1)
                    .and_then(|j| b.get(j))
                    .copied()
                    .is_some_and(is_word)
        })
        .find_map(|i| {
            let at = Cursor::new(h.get(i..)?);
            STAGES.iter().find_map(|s| {
                let mut c = at;
                (c.lit(s) && c.word_ends()).then(|| h.get(i..i + s.len()))?
            })
        })
}

/// A heading that is a bill's stage and nothing else ("Report (2nd Day)", "Committee (3rd
/// Day) (Continued)", "Stage 1", "In Committee"), as the Lords, the Scottish Parliament, the
/// Northern Ireland Assembly and the Australian Senate print them under the bill's name: the
/// stage.
fn stage_heading(t: &str) -> Option<&str> {
    const NAMES: [&str; 9] = [
        "report",
        "committee",
        "in committee",
        "consideration stage",
        "further consideration stage",
        "final stage",
        "stage 1",
        "stage 2",
        "stage 3",
    ];
    let mut c = Cursor::new(t);
    c.one_of(&NAMES)?;
    let stage = t.get(..c.at())?;
    // "(2nd Day)", then "(Continued)", either or both.
    let mut day = c;
    if day.lit(" (")
        && day.digits(1, 2).is_some()
        && day.one_of(&["st", "nd", "rd", "th"]).is_some()
        && day.lit(" day)")
    {
        c = day;
    }
    c.lit(" (continued)");
    c.done().then_some(stage)
}

/// A clause or schedule heading, with or without the bill's name before it.
fn names_clause(h: &str) -> bool {
    let at = |i: usize| h.get(i..).is_some_and(|t| Cursor::new(t).names_clause());
    at(0) || h.match_indices(": ").any(|(i, _)| at(i + 2))
}

/// Whether any of the (lowercased) lines holds any of the needles.
fn any(haystack: &[String], needles: &[&str]) -> bool {
    haystack
        .iter()
        .any(|h| needles.iter().any(|n| h.contains(n)))
}

/// What the record says about an item, lowercased once: every rule below is case-blind.
struct Evidence<'d> {
    d: &'d RawDebate,
    /// The record's headings, the title last.
    headings: Vec<String>,
    procedure: Vec<String>,
    /// The first 600 bytes or so of the first speech.
    open_head: String,
    title: String,
    lords: bool,
    opener_is_minister: bool,
    /// The first speech opens by moving the business, in any Parliament's form ("I beg to
    /// move", "I move: That ...", `roles::moves_the_business`).
    opener_moves: bool,
}

/// How many bytes of the first speech (leading space aside) the rules can need: three times
/// the 600 they read, as lowercasing can shrink a character to a third of its bytes.
pub const OPENING_READ: usize = 1800;

/// A kind, with the bill stage for `bill_stage`.
type Found = Option<(Kind, Option<String>)>;

/// The kind of business, with the bill stage for `bill_stage`. `opener_is_minister` says
/// whether the first substantive speaker speaks for the Government; `opening` is the text of
/// that first speech. The rules are tried in order; the first that holds decides.
pub fn kind_of(d: &RawDebate, opener_is_minister: bool, opening: &str) -> (Kind, Option<String>) {
    let lower =
        |lines: &[String]| -> Vec<String> { lines.iter().map(|l| l.to_lowercase()).collect() };
    let mut headings = lower(&d.headings);
    headings.push(d.title.to_lowercase());
    // Only the first 600 bytes are read: lowercase no more than could give them (a
    // character lowercases to no fewer than a third of its bytes).
    let open = opening.trim_start();
    let open = open
        .get(..open.floor_char_boundary(OPENING_READ))
        .unwrap_or(open)
        .to_lowercase();
    let ev = Evidence {
        d,
        headings,
        procedure: lower(&d.procedure),
        open_head: open
            .get(..open.floor_char_boundary(600))
            .unwrap_or(&open)
            .to_string(),
        title: d.title.to_lowercase(),
        lords: d.house == Some(crate::model::House::Lords),
        opener_is_minister,
        opener_moves: super::roles::moves_the_business(opening.trim_start()),
    };
    const RULES: [fn(&Evidence) -> Found; 5] =
        [procedure, bill_stage, questions, settings, opening_kind];
    RULES
        .iter()
        .find_map(|rule| rule(&ev))
        .unwrap_or((Kind::Debate, None))
}

/// A bill's stage: a stage heading, a motion on a bill, a clause debated under its bill, or
/// a stage printed after the bill's name.
fn bill_stage(ev: &Evidence) -> Found {
    let headings = &ev.headings;
    // A Ten Minute Rule motion ("Motion for leave to bring in a Bill (Standing Order No.
    // 23)", "I beg to move, That leave be given to bring in a Bill to ..."): the first step
    // of a member's bill, which the House gives leave to present.
    let leave = [
        "motion for leave to bring in a bill",
        "motion for leave to introduce a bill",
    ];
    if any(&ev.procedure, &leave)
        || any(headings, &leave)
        || ev
            .open_head
            .contains("that leave be given to bring in a bill")
    {
        return Some((Kind::BillStage, Some("Ten Minute Rule".to_string())));
    }
    // Every stage names one of these (the headings are lowercased): most records hold none,
    // and do not build the pattern.
    let may_name_stage = |h: &&String| {
        [
            "reading",
            "stage",
            "amendments",
            "resolution",
            "motion",
            "ways and means",
            "in detail",
        ]
        .iter()
        .any(|w| h.contains(w))
    };
    if let Some(stage) = headings
        .iter()
        .rev()
        .filter(may_name_stage)
        .find_map(|h| find_stage(h))
    {
        return Some((Kind::BillStage, Some(title_case(stage))));
    }
    // "Marine Bill [Lords] (Programme) (No. 2)", "(Money)": a motion on a bill; "Government
    // Immovable Asset Management Bill (Consideration of Report of Portfolio Committee
    // thereon)": the South African Assembly's report stage.
    for (mark, stage) in [
        ("(programme)", "Programme Motion"),
        ("(money)", "Money Resolution"),
        ("(ways and means)", "Ways and Means"),
        ("(consideration of report", "Consideration of Report"),
    ] {
        if headings
            .iter()
            .any(|h| h.contains(" bill") && h.contains(mark))
        {
            return Some((Kind::BillStage, Some(stage.to_string())));
        }
    }
    // A clause or schedule debated under its bill: the stage the record's line names.
    // (A Public Bill Committee's clauses are the committee's business, not a stage here.)
    let bill_heading = |h: &String| h.contains(" bill") && !h.contains("committee");
    let in_committee =
        ev.d.venue
            .as_ref()
            .is_some_and(crate::model::Venue::is_committee);
    if !in_committee
        && headings
            .iter()
            .any(|h| (h.contains("clause ") || h.contains("schedule ")) && names_clause(h))
        && headings.iter().any(bill_heading)
    {
        let report = [
            "consideration of bill",
            "as amended in the public bill committee",
        ];
        let committee = ["committee of the whole house", "considered in committee"];
        let stage = if any(&ev.procedure, &report) {
            Some("Report".to_string())
        } else if any(&ev.procedure, &committee) {
            Some("Committee".to_string())
        } else {
            None
        };
        return Some((Kind::BillStage, stage));
    }
    // "I very much appreciate the opportunity to speak to Bill S-3 today at third reading":
    // an opening speech that names the bill and the stage it is at, where the record's
    // headings name only the Act.
    let first = ev
        .open_head
        .get(..ev.open_head.floor_char_boundary(160))
        .unwrap_or("");
    if first.contains("bill")
        && let Some(stage) = ["second reading", "third reading", "report stage"]
            .into_iter()
            .find(|s| first.contains(&format!(" at {s}")))
    {
        return Some((Kind::BillStage, Some(title_case(stage))));
    }
    // "Mr. Speaker, I am pleased to speak today to Bill S-2, which amends the ... Act": an
    // opening speech that speaks to a bill, under a title that names only the Act; the
    // stage is not said.
    let speaks_to_bill = ["speak", "rise", "debate"]
        .iter()
        .any(|w| first.contains(w))
        && [" to bill ", " on bill "].iter().any(|w| first.contains(w));
    if speaks_to_bill
        && ev
            .title
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "act")
    {
        return Some((Kind::BillStage, None));
    }
    // "Coroners and Justice Bill: Report (2nd Day)": the stage after the bill's name.
    headings
        .iter()
        .rev()
        .take(2)
        .find_map(|h| {
            let tail = h.rsplit_once(": ").map_or(h.as_str(), |(_, t)| t);
            let tail = tail.trim();
            stage_heading(tail)
        })
        .map(|stage| (Kind::BillStage, Some(title_case(stage))))
}

/// Questions of every kind: urgent, the Prime Minister's, for short debate, in the Lords,
/// and oral questions.
fn questions(ev: &Evidence) -> Found {
    let (headings, open_head) = (&ev.headings, ev.open_head.as_str());
    // The chair reading out the notice of one ("The Speaker has received notice of a
    // question for urgent oral answer, in accordance with Standing Order 20A").
    let notice = ev.d.contributions.first().is_some_and(|c| {
        c.paragraphs.iter().take(2).any(|p| {
            let p = p.to_lowercase();
            p.contains("notice of a question for urgent oral answer")
                || p.contains("notice of an urgent question")
        })
    });
    if notice || any(headings, &["urgent question"]) {
        return Some((Kind::UrgentQuestion, None));
    }
    let pmqs = [
        "engagements",
        "prime minister's questions",
        "prime minister’s questions",
        // The Scottish Parliament's and the Senedd's equivalent.
        "first minister's question",
        "first minister’s question",
    ];
    // A question tabled to the Prime Minister ("Mr. Skinner asked the Prime Minister on how
    // many occasions ..."), however the record heads it.
    let asks_pm = !ev.lords && open_head.starts_with("asked the prime minister");
    if asks_pm || any(headings, &pmqs) {
        return Some((Kind::PrimeMinistersQuestions, None));
    }
    if any(headings, &["question for short debate"])
        || any(&ev.procedure, &["question for short debate"])
    {
        return Some((Kind::ShortDebate, None));
    }
    // A Lords oral question: "X — Question" over it, or "To ask the Leader of the House ...".
    let labelled = headings
        .iter()
        .any(|h| h.ends_with("— question") || h.ends_with("- question") || h == "question");
    let asks_government = ["asked", "to ask"].iter().any(|v| {
        ["her", "his"]
            .iter()
            .any(|m| open_head.contains(&format!("{v} {m} majesty's government")))
    });
    if (ev.lords && (labelled || open_head.starts_with("to ask "))) || asks_government {
        // A question the asker goes on to open a debate on ("My Lords, I am grateful for
        // the opportunity to introduce this debate") is a Question for Short Debate, however
        // the record heads it; an oral question's supplementary is never a speech.
        let asker = ev.d.contributions.first().map(|c| &c.speaker.name);
        let asker_speaks =
            ev.d.contributions
                .iter()
                .take(2)
                .any(|c| Some(&c.speaker.name) == asker && words_in(c) >= SPEECH_WORDS);
        let kind = if ev.lords && asker_speaks {
            Kind::ShortDebate
        } else {
            Kind::LordsQuestion
        };
        return Some((kind, None));
    }
    // "asked the Secretary of State ...": how a tabled oral question opens in the Commons
    // record, the asker's name before it.
    let asked_the = !ev.lords && open_head.starts_with("asked the ");
    if any(headings, &["oral answers", "topical questions"])
        || headings.iter().any(|h| crate::input::is_question_time(h))
        || is_tabled_question(open_head)
        || asked_the
    {
        return Some((Kind::OralQuestions, None));
    }
    let statement_asked = ["he", "she"]
        .iter()
        .any(|w| open_head.contains(&format!("if {w} will make a statement on")));
    statement_asked.then_some((Kind::UrgentQuestion, None))
}

/// Where and how the item sits: an adjournment debate, a committee, a petition, a member's
/// personal statement.
fn settings(ev: &Evidence) -> Found {
    // A member's explanation to the House, heard without debate: a statement, though no
    // minister's.
    if ev.title == "personal statement" {
        return Some((Kind::Statement, None));
    }
    if any(&ev.procedure, &["this house do now adjourn"])
        || ev.open_head.contains("that this house do now adjourn")
        || ev.title == "adjournment"
    {
        return Some((Kind::AdjournmentDebate, None));
    }
    let committees = [
        "public bill committee",
        "delegated legislation committee",
        "general committee",
    ];
    if ev
        .d
        .venue
        .as_ref()
        .is_some_and(crate::model::Venue::is_committee)
        || any(&ev.headings, &committees)
    {
        return Some((Kind::Committee, None));
    }
    // "Petition" over the petition's subject, or a title that says it.
    let petition = ev.title.starts_with("petition")
        || ev
            .headings
            .iter()
            .any(|h| h == "petition" || h == "petitions");
    (petition && !any(&ev.procedure, &["i beg to move"]) && !ev.open_head.contains("i beg to move"))
        .then_some((Kind::Petition, None))
}

/// A minister who opens without moving a motion makes a statement.
fn opening_kind(ev: &Evidence) -> Found {
    // A minister who moves a motion or opens a debate ("I am pleased to open today's subject
    // debate") leads a debate, not a statement.
    const OPENS_A_DEBATE: [&str; 6] = [
        "i beg to move",
        "open today's",
        "open today\u{2019}s",
        "open this debate",
        "open the debate",
        "subject debate",
    ];
    let moves = ev.opener_moves
        || OPENS_A_DEBATE.iter().any(|o| ev.open_head.contains(o))
        || any(&ev.procedure, &["i beg to move", "moved by"]);
    (ev.opener_is_minister && !ev.d.partial && !moves && !ev.open_head.is_empty())
        .then_some((Kind::Statement, None))
}

/// "second reading" → "Second Reading".
fn title_case(s: &str) -> String {
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            // "Consideration of Lords Amendments", "Consideration in Detail".
            if i > 0 && matches!(w, "of" | "in" | "and" | "the" | "to") {
                return w.to_string();
            }
            let mut c = w.chars();
            c.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::oracle::shaped;
    use regex_lite::Regex;

    fn pattern(p: &str) -> Regex {
        Regex::new(p).expect("pattern")
    }

    proptest::proptest! {
        /// The stage named in a heading is found as the pattern it replaced finds it.
        #[test]
        fn finds_stages_as_the_pattern_does(
            h in shaped(&[
                &["", "marine bill: ", "x", "é", "_"],
                &["second reading", "Report Stage", "consideration of lords amendments",
                  "lords amendments", "ways and means", "money resolution", "remaining stage"],
                &["", "s", " ", "_", "é", " (no. 2)"],
                &["", " and third reading", ": lords amendments", "commons amendments"],
            ])
        ) {
            let re = pattern(r"(?i)\b(second reading|third reading|report stage|remaining stages|committee stage|consideration of lords amendments|lords amendments|commons amendments|money resolution|programme motion|ways and means)\b");
            proptest::prop_assert_eq!(find_stage(&h), re.find(&h).map(|m| m.as_str()));
        }

        /// A stage heading's stage is read as the pattern it replaced reads it.
        #[test]
        fn reads_stage_headings_as_the_pattern_does(
            t in shaped(&[
                &["Report", "committee", "In Committee", "Consideration Stage", "further consideration stage",
                  "Final Stage", "Stage 1", "stage 3", "stage 4", "Reports"],
                &["", " (2nd Day)", " (12th day)", " (123rd day)", " (3rd day", " (1st Day)"],
                &["", " (Continued)", " (continued", "(continued)"],
            ])
        ) {
            let re = pattern(r"(?i)^(report|committee|in committee|consideration stage|further consideration stage|final stage|stage [1-3])(?: \([0-9]{1,2}(?:st|nd|rd|th) day\))?(?: \(continued\))?$");
            let by_pattern = re.captures(&t).and_then(|c| c.get(1)).map(|m| m.as_str());
            proptest::prop_assert_eq!(stage_heading(&t), by_pattern);
        }

        /// A clause heading is known as the pattern it replaced knows it.
        #[test]
        fn knows_clause_headings_as_the_pattern_does(
            h in shaped(&[
                &["", "Marine Bill: ", "bill:", ": "],
                &["", "new ", "New"],
                &["clause ", "Schedule ", "clause", "clauses "],
                &["1", "12", "", "x"],
                &["", "a", " ", "_", ": new clause 4"],
            ])
        ) {
            let re = pattern(r"(?i)(?:^|: )(?:new )?(?:clause|schedule) [0-9]+\b");
            proptest::prop_assert_eq!(names_clause(&h), re.is_match(&h));
        }

        /// An oral question's opening is known as the pattern it replaced knows it.
        #[test]
        fn knows_tabled_questions_as_the_pattern_does(
            t in shaped(&[
                &["", "4", "12", "1234", "T2", "q", "t"],
                &["", ".", " "],
                &["", "What ", "what recent ", "WHAT his ", "what the Government's ",
                  "what the government’s ", "how many", "How much", "when she ", "if he will",
                  "If she will", "whether he ", "whether ", "what her most recent ",
                  "What the latest ", "what his latest"],
                &["", "steps", "consideration", "policy ", "plans ", "expects", "will", "has",
                  "recent ", "role", "Department's ", "department’s", "most recent "],
                &["", "is", "are", " the", "assessment"],
            ])
        ) {
            let re = pattern(r"(?i)^(?:[0-9]{1,3}\.|[TQ][0-9]{1,3}\.|what (?:(?:his|her|the) (?:most recent|latest) |recent )?(?:steps|assessment|plans|progress|discussions|estimate|representations|research|meetings|guidance|assistance|changes|resources|role|consideration)|what (?:his|her) department[’']s |what (?:his|her|the government's|the government’s) (?:policy|plans) (?:is|are)|how many|how much|when (?:he|she) (?:expects|plans|intends)|if he will|if she will|whether (?:he|she) (?:will|has|plans))");
            proptest::prop_assert_eq!(is_tabled_question(&t), re.is_match(&t));
        }
    }

    fn debate(headings: &[&str], procedure: &[&str]) -> RawDebate {
        use crate::model::{Attribution, Contribution};
        RawDebate {
            title: headings.last().map(|h| h.to_string()).unwrap_or_default(),
            headings: headings.iter().map(|h| h.to_string()).collect(),
            procedure: procedure.iter().map(|p| p.to_string()).collect(),
            contributions: vec![Contribution {
                speaker: Attribution::person("Ann Smith"),
                paragraphs: vec!["Words.".into()],
            }],
            ..RawDebate::default()
        }
    }

    #[test]
    fn a_point_of_order_raised_after_the_address_to_the_chair() {
        assert!(raises_point_of_order("On a point of order, Mr. Speaker."));
        assert!(raises_point_of_order(
            "Mr. Speaker, I rise on a point of order."
        ));
        assert!(raises_point_of_order(
            "Madam Deputy Speaker, on a point of order."
        ));
        assert!(!raises_point_of_order(
            "Mr. Speaker, the point of order is not mine."
        ));
        assert!(!raises_point_of_order(
            "Minister, I rise on a point of order."
        ));
    }

    #[test]
    fn a_lords_question_the_asker_opens_a_debate_on_is_a_short_debate() {
        use crate::model::{Attribution, Contribution, House};
        let said = |who: &str, words: usize| Contribution {
            speaker: Attribution::person(who),
            paragraphs: vec!["word ".repeat(words)],
        };
        let asked = |speech: usize| RawDebate {
            title: "Autism — Question".into(),
            headings: vec!["Autism — Question".into()],
            house: Some(House::Lords),
            contributions: vec![
                said("Baroness Prashar", 30),
                said("Baroness Prashar", speech),
                said("Baroness Thornton", 250),
            ],
            ..RawDebate::default()
        };
        let open = "To ask Her Majesty's Government what steps they are taking on autism.";
        assert_eq!(kind_of(&asked(1500), false, open).0, Kind::ShortDebate);
        assert_eq!(kind_of(&asked(80), false, open).0, Kind::LordsQuestion);
    }

    #[test]
    fn an_announcement_nobody_answers_is_business_not_a_debate() {
        use crate::model::{Attribution, Contribution, House};
        let said = |who: &str| Contribution {
            speaker: Attribution::person(who),
            paragraphs: vec![
                "I regret to inform the House of the retirement of a noble Lord.".into(),
            ],
        };
        let item = |who: &[&str]| RawDebate {
            title: "Retirement of a Member: Lord Elystan-Morgan".into(),
            headings: vec!["Retirement of a Member: Lord Elystan-Morgan".into()],
            procedure: vec!["Announcement".into()],
            house: Some(House::Lords),
            contributions: who.iter().map(|w| said(w)).collect(),
            ..RawDebate::default()
        };
        let open = "I regret to inform the House of the retirement of a noble Lord.";
        assert_eq!(
            kind_of(&item(&["Lord Fowler"]), false, open).0,
            Kind::Procedure
        );
        // Answered, it is debated.
        assert_ne!(
            kind_of(&item(&["Lord Fowler", "Lord Newby"]), false, open).0,
            Kind::Procedure
        );
    }

    #[test]
    fn the_other_kinds_each_from_their_evidence() {
        let k = |h: &[&str], p: &[&str], minister: bool, open: &str| {
            kind_of(&debate(h, p), minister, open).0
        };
        assert_eq!(
            k(
                &["Prisons: Overcrowding"],
                &[],
                false,
                "To ask the Secretary of State for Justice if he will make a statement on prison overcrowding."
            ),
            Kind::UrgentQuestion
        );
        assert_eq!(
            k(
                &["Urgent Question", "Flooding"],
                &[],
                false,
                "I have a question"
            ),
            Kind::UrgentQuestion
        );
        assert_eq!(
            k(
                &["Care Homes", "Question for Short Debate"],
                &[],
                false,
                "My Lords"
            ),
            Kind::ShortDebate
        );
        assert_eq!(
            k(&["Points of Order"], &[], false, "On a point of order"),
            Kind::PointOfOrder
        );
        // A member's personal statement is a statement, though its maker is no minister.
        assert_eq!(
            k(
                &["Personal Statement"],
                &[],
                false,
                "With permission, Mr. Speaker, I wish to make a personal statement."
            ),
            Kind::Statement
        );
        assert_eq!(
            k(
                &["Petition", "Post Office Closures"],
                &[],
                false,
                "I rise to present"
            ),
            Kind::Petition
        );
        assert_eq!(
            k(
                &["Petition — Post Office Closures"],
                &[],
                false,
                "The petition of residents"
            ),
            Kind::Petition
        );
        assert_eq!(
            k(
                &["Public Bill Committee", "Clause 1"],
                &[],
                false,
                "I beg to move"
            ),
            Kind::Committee
        );
        assert_eq!(
            k(
                &["Coroners and Justice Bill", "Report (2nd Day)"],
                &[],
                false,
                "My Lords"
            ),
            Kind::BillStage
        );
        assert_eq!(
            k(&["Time for Reflection"], &[], false, "Good afternoon"),
            Kind::Procedure
        );
    }

    #[test]
    fn kinds_from_headings_procedure_and_openings() {
        let k = |h: &[&str], p: &[&str], minister: bool, open: &str| {
            kind_of(&debate(h, p), minister, open).0
        };
        assert_eq!(
            k(&["Opposition Day", "Parading"], &[], false, "I beg to move"),
            Kind::OppositionDay
        );
        // A motion moved in a line and agreed to, nobody speaking to it, is no debate.
        assert_eq!(
            k(
                &["Suspension of Standing Orders"],
                &["Question put and agreed to."],
                false,
                "I beg to move That Standing Orders 10(2) to 10(4) be suspended."
            ),
            Kind::Procedure
        );
        // A debate opened ("Question proposed") is one, however short its speeches.
        assert_eq!(
            k(
                &["Western Rail Link"],
                &[
                    "Motion made, and Question proposed, That this House do now adjourn.",
                    "Question put and agreed to."
                ],
                false,
                "I am grateful for this debate."
            ),
            Kind::AdjournmentDebate
        );
        // A Government motion the record leaves under the day's heading is not one.
        assert_eq!(
            k(
                &["Opposition Day", "Speaker's Committee"],
                &[],
                true,
                "I beg to move"
            ),
            Kind::Debate
        );
        assert_eq!(
            k(
                &["Furniture Industry"],
                &[
                    "Motion made, and Question proposed, That this House do now adjourn.—(Mr. Watts.)"
                ],
                false,
                "I am grateful"
            ),
            Kind::AdjournmentDebate
        );
        assert_eq!(
            k(
                &["Academies"],
                &[],
                false,
                "10.  What recent assessment he has made"
            ),
            Kind::OralQuestions
        );
        assert_eq!(
            k(
                &[
                    "Oral Answers to Questions",
                    "Northern Ireland",
                    "Cost of Living"
                ],
                &[],
                false,
                "Will the Minister"
            ),
            Kind::OralQuestions
        );
        assert_eq!(
            k(
                &["Armed Forces Compensation Scheme"],
                &[],
                true,
                "With permission, Mr. Speaker, I would like to make a statement"
            ),
            Kind::Statement
        );
        // A Ten Minute Rule motion, as the record's line or the mover's words show it.
        let ten_minute = Some((Kind::BillStage, Some("Ten Minute Rule".to_string())));
        for (p, open) in [
            (
                "Motion for leave to bring in a Bill (Standing Order No. 23)",
                "I beg to move",
            ),
            (
                "Motion for leave to introduce a Bill (Standing Order No. 23)",
                "I beg to move",
            ),
            (
                "",
                "I beg to move, That leave be given to bring in a Bill to require the Secretary of State to report on water poverty",
            ),
        ] {
            assert_eq!(
                Some(kind_of(&debate(&["Water Tariffs Bill"], &[p]), false, open)),
                ten_minute,
                "{p} {open}"
            );
        }
        // A minister speaking to a bill at a stage the headings leave out.
        let at_third = "Mr. Speaker, I very much appreciate the opportunity to speak to Bill S-3 today at third reading.  This bill is";
        assert_eq!(
            kind_of(
                &debate(&["PENSION BENEFITS STANDARDS ACT, 1985"], &[]),
                true,
                at_third
            ),
            (Kind::BillStage, Some("Third Reading".to_string()))
        );
        // The South African Assembly's report stage; a committee's report on anything else
        // is no bill stage.
        assert_eq!(
            kind_of(
                &debate(
                    &[
                        "Government Immovable Asset Management Bill (Consideration of Report of Portfolio Committee thereon)"
                    ],
                    &[]
                ),
                false,
                "I move that the Report be adopted."
            ),
            (Kind::BillStage, Some("Consideration of Report".to_string()))
        );
        assert_ne!(
            k(
                &[
                    "International Labour Conference (Consideration of Report of Portfolio Committee)"
                ],
                &[],
                false,
                "I move that the Report be adopted."
            ),
            Kind::BillStage
        );
        // The Australian Senate's committee of the whole, under the bill's name.
        assert_eq!(
            kind_of(
                &debate(
                    &["Health Legislation Amendment Bill 2007: In Committee"],
                    &[]
                ),
                false,
                "I move the amendment"
            ),
            (Kind::BillStage, Some("In Committee".to_string()))
        );
        // Or speaking to it without naming the stage; a member's statement on a subject
        // that mentions a bill is not one.
        let to_bill = "Mr. Speaker, I am pleased to speak today to Bill S-2, which amends the Canadian Transportation Accident Investigation and Safety Board Act";
        let act = "CANADIAN TRANSPORTATION ACCIDENT INVESTIGATION AND SAFETY BOARD ACT";
        assert_eq!(
            kind_of(&debate(&[act], &[]), true, to_bill),
            (Kind::BillStage, None)
        );
        assert_ne!(k(&["GUN CONTROL"], &[], false, to_bill), Kind::BillStage);
        // A stage named beside no bill, or not as the stage spoken at, is no bill stage.
        assert_eq!(
            k(
                &["Rail Freight"],
                &[],
                false,
                "I am grateful for this debate at third reading of nothing, and I want to say a great deal more, well over a hundred and sixty letters of words, about the railway and its freight before I come to the Bill"
            ),
            Kind::Debate
        );
        assert_eq!(
            k(
                &["Social Care"],
                &[],
                true,
                "I beg to move, That this House has considered social care."
            ),
            Kind::Debate
        );
        assert_eq!(
            k(
                &["Rural Buses"],
                &[],
                false,
                "I beg to move, That this House has considered rural buses."
            ),
            Kind::Debate
        );
        assert_eq!(
            k(&["Time for Reflection"], &[], false, "Good afternoon"),
            Kind::Procedure
        );
        assert_eq!(
            k(
                &["Prime Minister", "Engagements"],
                &[],
                false,
                "If he will list his official engagements"
            ),
            Kind::PrimeMinistersQuestions
        );
        assert_eq!(
            k(
                &["Farming"],
                &[],
                false,
                "asked Her Majesty's Government what steps they are taking"
            ),
            Kind::LordsQuestion
        );
        assert_eq!(
            k(
                &["Tuc And Cbi (Meetings)"],
                &[],
                false,
                "asked the Prime Minister on how many occasions he has now met the TUC"
            ),
            Kind::PrimeMinistersQuestions
        );
        // The Scottish Parliament's question times.
        let general = "Question Time — Scottish Executive — General Questions";
        assert_eq!(
            k(
                &[general, "Ferry Services (Orkney)"],
                &[],
                false,
                "1. To ask"
            ),
            Kind::OralQuestions
        );
        assert_eq!(
            k(
                &["First Minister's Question Time", "Cabinet (Meetings)"],
                &[],
                false,
                "To ask the First Minister"
            ),
            Kind::PrimeMinistersQuestions
        );
        assert_eq!(
            k(&["Question Time Reform"], &[], false, "I beg to move"),
            Kind::Debate
        );
        assert_eq!(
            k(
                &["Petition", "Road Repairs (Northamptonshire)"],
                &[],
                false,
                "I would like to present a public petition"
            ),
            Kind::Petition
        );
        assert_eq!(
            k(
                &["Petitions", "e-petition 554 on school funding"],
                &[],
                false,
                "I beg to move, That this House has considered e-petition 554"
            ),
            Kind::Debate
        );
        let (kind, stage) = kind_of(
            &debate(&["Academies Bill [HL]", "Second Reading"], &[]),
            true,
            "I beg to move",
        );
        assert_eq!(
            (kind, stage.as_deref()),
            (Kind::BillStage, Some("Second Reading"))
        );
    }
}
