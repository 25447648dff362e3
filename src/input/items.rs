//! Items as the record splits them: a debate's title from its headings, a debate resumed
//! later joined to where it began, and a minister's name and office carried to the later
//! short forms of a file.

use super::attribution;
use crate::model::{AttrKind, Attribution, RawDebate};

/// A debate's title from the headings above it: the last that names business rather than
/// frames it (`framing`, lowercase); a bill stage ("Report (4th Day)", "Second Reading",
/// "Final Stage") is joined to the bill it belongs to ("Coroners and Justice Bill: Report
/// (4th Day)").
pub fn choose_title(headings: &[String], framing: &[&str]) -> String {
    // "[Un-allotted Half Day] — Parading in Northern Ireland": the bracket is procedure.
    // "Marine Bill [Lords] — [1st allocated day]": so is a bracket after a dash.
    let unbracketed = |h: &str| -> String {
        let h = match h.rsplit_once(" — [").or_else(|| h.rsplit_once(" - [")) {
            Some((before, after)) if after.trim_end().ends_with(']') && !before.is_empty() => {
                before.trim_end()
            }
            _ => h,
        };
        match h.strip_prefix('[').and_then(|t| t.split_once(']')) {
            Some((_, rest)) if !rest.trim_start_matches(['—', '–', '-', ' ']).is_empty() => {
                rest.trim_start_matches(['—', '–', '-', ' ']).to_string()
            }
            _ => h.to_string(),
        }
    };
    let names = |h: &&String| {
        let low = h.to_lowercase();
        !framing.contains(&low.as_str())
            && !unbracketed(h).starts_with('[')
            && !PROCEDURAL_LABELS.contains(&low.as_str())
    };
    let Some(pos) = headings.iter().rposition(|h| names(&h)) else {
        return headings.last().cloned().unwrap_or_default();
    };
    let stage = |t: &str| opens_with_stage(t);
    let title = unbracketed(&without_label(headings.get(pos).map_or("", String::as_str)));
    if stage(&title)
        && let Some(bill) = headings
            .get(..pos)
            .and_then(|before| before.iter().rev().find(|h| names(h) && !stage(h)))
    {
        return format!("{}: {title}", unbracketed(bill));
    }
    title
}

/// True for a devolved legislature's heading over a run of oral questions ("Question Time —
/// Scottish Executive — General Questions", "General Question Time", "First Minister's
/// Question Time", the Australian "Questions Without Notice"), any case; a heading that only
/// mentions question time ("Question Time Reform") is not one.
pub fn is_question_time(heading: &str) -> bool {
    let h = heading.trim().to_lowercase();
    h == "questions without notice"
        || h.ends_with("question time")
        || h.ends_with("question period")
        || h.starts_with("question time —")
        || h.starts_with("question time -")
}

/// Whether a heading opens with a bill's stage ("Report", "Second Reading", "In Committee",
/// "New Clause 3"), ASCII case aside, the stage ending a word.
pub(super) fn opens_with_stage(t: &str) -> bool {
    const STAGES: [&str; 12] = [
        "report",
        "committee",
        "in committee",
        "first reading",
        "second reading",
        "third reading",
        "consideration stage",
        "further consideration stage",
        "final stage",
        "consideration of lords amendments",
        "remaining stages",
        "consideration in detail",
    ];
    let mut c = crate::scan::Cursor::new(t);
    let named = STAGES.iter().any(|s| {
        let mut c = c;
        c.lit(s) && c.word_ends()
    });
    named || c.names_clause()
}

/// Labels the record puts under a subject to say what kind of business it is ("Energy:
/// Security and Prices — Question", "Motion to Take Note"): the subject is the title, and
/// the label stays among the headings for the kind of business.
const PROCEDURAL_LABELS: &[&str] = &[
    "question",
    "motion to take note",
    "motion to approve",
    "motion to regret",
    "motion to agree",
    "motion to annul",
    "motion",
    "order of consideration motion",
    "order of commitment discharged",
    "question for short debate",
    // The Lords print who tabled a question over its text: "Asked By" / "Lord Sikka" / "To
    // ask His Majesty's Government ...".
    "asked by",
];

/// A heading without a trailing procedural label after a dash ("Cyprus — Question" →
/// "Cyprus").
fn without_label(heading: &str) -> String {
    for dash in [" — ", " – ", " - "] {
        if let Some((subject, label)) = heading.rsplit_once(dash)
            && PROCEDURAL_LABELS.contains(&label.trim().to_lowercase().as_str())
            && !subject.trim().is_empty()
        {
            return subject.trim().to_string();
        }
    }
    heading.to_string()
}

/// Joins a debate resumed later in the record ("Report (3rd Day) (Continued)") to where it
/// began: one debate, in the order it was spoken.
pub(super) fn join_resumed(debates: &mut Vec<RawDebate>) {
    let mut kept = Kept::default();
    for d in debates.drain(..) {
        // "(Continued)" in the title, or the same title after the last item stood suspended.
        let stem = match resumed_from(&d.title) {
            Some(stem) => stem.to_string(),
            None if kept.suspended.get(&d.title).is_some_and(|&n| n > 0) => d.title.clone(),
            None => {
                kept.push(d);
                continue;
            }
        };
        let found = kept.latest.get(&stem.to_ascii_lowercase()).copied();
        match found.and_then(|i| Some((i, kept.out.get_mut(i)?))) {
            Some((i, earlier)) => {
                earlier.contributions.extend(d.contributions);
                earlier.procedure.extend(d.procedure);
                earlier.partial |= d.partial;
                kept.restate(i);
            }
            None => kept.push(d),
        }
    }
    *debates = kept.out;
}

/// The debates [`join_resumed`] keeps, and what it looks up in them. Each debate is looked
/// up once, where searching all those before it took time that grew with the square of the
/// headings. The maps are only looked up, never iterated.
#[derive(Default)]
struct Kept {
    out: Vec<RawDebate>,
    /// Whether each kept debate stands suspended.
    stands: Vec<bool>,
    /// By title, how many kept debates stand suspended.
    suspended: std::collections::HashMap<String, usize>,
    /// By title folded to lower case, where the latest kept debate of that title is.
    latest: std::collections::HashMap<String, usize>,
}

impl Kept {
    fn push(&mut self, d: RawDebate) {
        self.latest
            .insert(d.title.to_ascii_lowercase(), self.out.len());
        self.stands.push(false);
        self.out.push(d);
        self.restate(self.out.len() - 1);
    }

    /// Notes whether debate `i` stands suspended now (it may have been joined to).
    fn restate(&mut self, i: usize) {
        let (Some(d), Some(was)) = (self.out.get(i), self.stands.get_mut(i)) else {
            return;
        };
        let now = stood_suspended(d);
        if *was != now {
            *was = now;
            let n = self.suspended.entry(d.title.clone()).or_default();
            *n = if now { *n + 1 } else { n.saturating_sub(1) };
        }
    }
}

/// A minister named with their office once ("The Secretary of State for Commonwealth
/// Relations (Mr. Duncan Sandys)") is later named by surname alone ("Mr. Sandys"), in the
/// same item or the next: the surname takes the full name and the office back, when one
/// person in the file has that surname and held that office. A surname printed with its
/// honorific apart (a stray "Mr." paragraph, then "Lawson") counts as the surname alone.
pub(super) fn carry_offices(debates: &mut [RawDebate]) {
    use attribution::{name_key, surname};
    let bare = |a: &Attribution| {
        a.surname_only || a.name.as_deref().is_some_and(|n| !n.trim().contains(' '))
    };
    let mut holders: std::collections::BTreeMap<String, Option<(String, String)>> =
        std::collections::BTreeMap::new();
    for a in debates
        .iter()
        .flat_map(|d| d.contributions.iter())
        .map(|c| &c.speaker)
        .filter(|a| a.kind == AttrKind::Person && !bare(a))
    {
        let Some(name) = &a.name else { continue };
        // "D. Eccles" is a short form, not a second person.
        if attribution::initials_of(name).is_some() {
            continue;
        }
        let key = name_key(surname(name));
        let entry = holders.entry(key).or_insert(None);
        match (entry.as_ref(), &a.office) {
            (None, Some(office)) => *entry = Some((name.clone(), office.clone())),
            // Two people with the surname: nobody's office is carried by it.
            (Some((held, _)), _) if name_key(held) != name_key(name) => {
                *entry = Some((String::new(), String::new()));
            }
            _ => {}
        }
    }
    // "The Prime Minister" alone is whoever the file names as holding that office.
    let mut by_office: std::collections::BTreeMap<String, String> =
        std::collections::BTreeMap::new();
    for (full, office) in holders.values().flatten() {
        if !full.is_empty() {
            by_office
                .entry(name_key(office))
                .or_insert_with(|| full.clone());
        }
    }
    for a in debates
        .iter_mut()
        .flat_map(|d| d.contributions.iter_mut())
        .map(|c| &mut c.speaker)
        .filter(|a| a.kind == AttrKind::Person && a.name.is_none())
    {
        if let Some(full) = a
            .office
            .as_deref()
            .and_then(|o| by_office.get(&name_key(o)))
        {
            a.name = Some(full.clone());
        }
    }
    for a in debates
        .iter_mut()
        .flat_map(|d| d.contributions.iter_mut())
        .map(|c| &mut c.speaker)
        // A member named with their seat ("Mr. Merlyn Rees (Morley and Leeds, South)")
        // speaks as a member, whatever office the file gives them elsewhere.
        .filter(|a| a.kind == AttrKind::Person && a.office.is_none() && a.constituency.is_none())
    {
        let alone = bare(a);
        let Some(name) = &a.name else { continue };
        if let Some(Some((full, office))) = holders.get(&name_key(surname(name)))
            && !full.is_empty()
            && (alone
                || name_key(full) == name_key(name)
                || attribution::initials_of(name)
                    .is_some_and(|i| full.starts_with(i.get(..1).unwrap_or("-"))))
        {
            a.name = Some(full.clone());
            a.surname_only = false;
            a.office = Some(office.clone());
        }
    }
    carry_offices_by_id(debates);
}

/// A record that identifies its speakers (TheyWorkForYou's `speakerid`) prints a minister's
/// office with their first answer of a sitting, not with every one: the office carries to
/// each of that person's speeches that prints none, in every item of the file, however many
/// members share their name or surname ("Angela Smith" the minister and "Angela Smith" the
/// backbencher have different ids).
fn carry_offices_by_id(debates: &mut [RawDebate]) {
    let mut offices: std::collections::BTreeMap<String, Option<String>> =
        std::collections::BTreeMap::new();
    for a in debates
        .iter()
        .flat_map(|d| d.contributions.iter())
        .map(|c| &c.speaker)
        .filter(|a| a.kind == AttrKind::Person)
    {
        let (Some(id), Some(office)) = (&a.id, &a.office) else {
            continue;
        };
        let held = offices
            .entry(id.clone())
            .or_insert_with(|| Some(office.clone()));
        // Printed with two offices: which one a bare speech is given in is not known.
        if held
            .as_deref()
            .is_some_and(|h| attribution::name_key(h) != attribution::name_key(office))
        {
            *held = None;
        }
    }
    if offices.is_empty() {
        return;
    }
    for a in debates
        .iter_mut()
        .flat_map(|d| d.contributions.iter_mut())
        .map(|c| &mut c.speaker)
        .filter(|a| a.kind == AttrKind::Person && a.office.is_none() && a.constituency.is_none())
    {
        if let Some(Some(office)) = a.id.as_ref().and_then(|id| offices.get(id)) {
            a.office = Some(office.clone());
        }
    }
}

/// True when a debate's record ends by suspending it ("The debate stood suspended.").
fn stood_suspended(d: &RawDebate) -> bool {
    let says = |t: &String| {
        // Most paragraphs say neither "suspended" nor "SUSPENDED": they are not lowercased.
        let b = t.as_bytes();
        let may = crate::scan::holds!(b, b"uspended").is_some()
            || crate::scan::holds!(b, b"USPENDED").is_some();
        may && {
            let t = t.to_lowercase();
            t.contains("stood suspended") || t.contains("debate suspended")
        }
    };
    d.procedure.iter().any(says)
        || d.contributions
            .last()
            .is_some_and(|c| c.paragraphs.iter().any(says))
}

/// The title a resumed debate continues, when it says it continues one.
fn resumed_from(title: &str) -> Option<&str> {
    let t = title.trim_end();
    ["(continued)", "(Continued)", "[Continued]", "(resumed)"]
        .iter()
        .find_map(|m| t.strip_suffix(m))
        .map(str::trim_end)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::opens_with_stage;
    use crate::model::RawDebate;
    use crate::scan::oracle::shaped;

    #[test]
    fn a_resumed_debate_is_joined_to_where_it_began() {
        let debate = |title: &str, said: &str| RawDebate {
            title: title.to_string(),
            procedure: vec![said.to_string()],
            ..RawDebate::default()
        };
        let mut ds = vec![
            debate("Roads", "The debate stood suspended."),
            debate("Rail", "Question put and agreed to."),
            debate("Roads", "Question put and agreed to."),
            debate("RAIL (Continued)", "Resolved."),
            debate("Rail", "A second debate of the same title."),
        ];
        super::join_resumed(&mut ds);
        let titles: Vec<&str> = ds.iter().map(|d| d.title.as_str()).collect();
        // The suspended "Roads" takes its resumption; "Rail (Continued)" joins "Rail"; a
        // later "Rail" that follows no suspension is a debate of its own.
        assert_eq!(titles, ["Roads", "Rail", "Rail"]);
        assert_eq!(ds[0].procedure.len(), 2);
        assert_eq!(
            ds[1].procedure,
            ["Question put and agreed to.", "Resolved."]
        );
    }

    proptest::proptest! {
        /// A stage is found at a heading's start as the pattern it replaced finds it.
        #[test]
        fn finds_stages_as_the_pattern_does(
            t in shaped(&[
                &["", "New ", "new", "NEW "],
                &["Report", "committee", "In Committee", "in committe", "First reading", "Second Reading", "Consideration in Detail", "third reading", "Consideration Stage",
                  "further consideration stage", "Final stage", "consideration of Lords amendments",
                  "Remaining Stages", "Clause ", "schedule ", "clause", "Stage"],
                &["", "1", "12", "x", "_"],
                &["", " ", "s", "(2nd Day)", ": Coroners Bill", "é"],
            ])
        ) {
            let re = regex_lite::Regex::new(r"(?i)^(report|committee|in committee|first reading|second reading|third reading|consideration in detail|consideration stage|further consideration stage|final stage|consideration of lords amendments|remaining stages|(?:new )?clause [0-9]+|(?:new )?schedule [0-9]+)\b").expect("pattern");
            proptest::prop_assert_eq!(opens_with_stage(&t), re.is_match(&t));
        }
    }

    #[test]
    fn a_surname_printed_apart_from_its_honorific_takes_the_ministers_name_and_office() {
        use crate::model::{Contribution, RawDebate};
        let said = |who: &str| Contribution {
            speaker: super::attribution::attribution_or_name(who),
            paragraphs: vec!["We keep the rate under review.".to_string()],
        };
        let mut debates = vec![
            RawDebate {
                contributions: vec![said(
                    "The Financial Secretary to the Treasury (Mr. Nigel Lawson)",
                )],
                ..RawDebate::default()
            },
            RawDebate {
                contributions: vec![said("Mr. Lawson"), said("Lawson")],
                ..RawDebate::default()
            },
        ];
        super::carry_offices(&mut debates);
        for c in &debates[1].contributions {
            assert_eq!(
                c.speaker.name.as_deref(),
                Some("Nigel Lawson"),
                "{}",
                c.speaker.raw
            );
            assert_eq!(
                c.speaker.office.as_deref(),
                Some("Financial Secretary to the Treasury")
            );
        }
    }

    #[test]
    fn an_office_carries_by_the_speakers_id_whoever_shares_their_name() {
        use crate::model::{Attribution, Contribution, RawDebate};
        let said = |name: &str, id: &str, office: Option<&str>| Contribution {
            speaker: Attribution {
                id: Some(id.to_string()),
                office: office.map(str::to_string),
                ..Attribution::person(name)
            },
            paragraphs: vec!["We keep the sector under review.".to_string()],
        };
        let minister = "Minister of State, Cabinet Office";
        let debates = vec![
            RawDebate {
                contributions: vec![said("Angela Smith", "member/1388", Some(minister))],
                ..RawDebate::default()
            },
            RawDebate {
                contributions: vec![
                    said("Angela Smith", "member/1751", None),
                    said("Angela Smith", "member/1388", None),
                    said("Jacqui Smith", "member/1444", None),
                ],
                ..RawDebate::default()
            },
        ];
        assert_eq!(
            second_items_offices(debates),
            [None, Some(minister.to_string()), None]
        );
    }

    /// The offices of the speakers of the second item, once offices are carried.
    fn second_items_offices(mut debates: Vec<crate::model::RawDebate>) -> Vec<Option<String>> {
        super::carry_offices(&mut debates);
        debates
            .get(1)
            .map(|d| {
                d.contributions
                    .iter()
                    .map(|c| c.speaker.office.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_member_named_with_their_seat_does_not_take_an_office_held_elsewhere() {
        use crate::model::{Contribution, RawDebate};
        let said = |who: &str| Contribution {
            speaker: super::attribution::attribution_or_name(who),
            paragraphs: vec!["The security forces met with great success.".to_string()],
        };
        let debates = vec![
            RawDebate {
                contributions: vec![said(
                    "The Secretary of State for Northern Ireland (Mr. Merlyn Rees)",
                )],
                ..RawDebate::default()
            },
            RawDebate {
                contributions: vec![
                    said("Mr. Merlyn Rees (Morley and Leeds, South)"),
                    said("Mr. Rees"),
                ],
                ..RawDebate::default()
            },
        ];
        assert_eq!(
            second_items_offices(debates),
            [
                None,
                Some("Secretary of State for Northern Ireland".to_string())
            ]
        );
    }
}
