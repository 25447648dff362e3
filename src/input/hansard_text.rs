//! Hansard text, as the Hansard website's "download as text" gives it or as copied from its
//! pages: title and date lines, headings, time lines, attribution lines followed by speech,
//! the older inline "Name (Constituency) (Party): speech" form, and procedural lines.
//!
//! An attribution is a line that reads as one *and* is followed by speech; a heading is a
//! short line that is followed by an attribution, a time or procedure. A whole sitting holds
//! many debates, one per heading that has contributions under it.

use super::attribution::{collapse_ws, parse_attribution, person_name};
use super::{ParseError, dates, names};
use crate::model::{AttrKind, Attribution, Contribution, RawDebate};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

static TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,2}[:.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?|\d{1,2}\.\d\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(:\d{2})?|noon|midnight)$")
        .expect("static regex")
});
static CHAIR_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\[\s*(.+?)\s+in\s+the\s+chair\s*\]$").expect("static regex")
});
static PROCEDURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(
        Motion\ made | Motion\ lapsed | Motion,\ by\ leave | Question\ put | Question\ agreed
        | Question\ accordingly | Question\ proposed | Question\ negatived | Question\ deferred
        | Question,\ That | Main\ Question | Question\ again | Question\ necessarily
        | Resolved | Ordered | The\ House\ divided | The\ House\ having\ divided
        | The\ House\ proceeded | The\ Committee\ divided | The\ Committee\ proceeded
        | Division\ (No\.\ )?\d+ | Division\ on | Ayes\b | Noes\b | Contents\b | Not-Contents\b
        | AYES\b | NOES\b | Tellers\ for | House\ adjourned | Committee\ rose | Sitting\ suspended
        | Sitting\ adjourned | Adjourned\ at | The\ House\ met | The\ House\ rose | House\ resumed
        | Amendments?\ (made|proposed|agreed|negatived|withdrawn|not\ moved|moved)
        | Bill\ (read|to\ be|accordingly|reported|passed|ordered|presented|committed)
        | Clause\ .{1,40}\ (ordered|agreed) | Schedule\ .{1,40}\ (ordered|agreed)
        | Debate\ (resumed|adjourned|interrupted) | It\ being | Prayers\b | Business\ without\ Debate
        | Presentation\ and\ First\ Reading | Deferred\ Division | Mr\.?\ Speaker\ forthwith
        | Madam\ Deputy\ Speaker\ forthwith | Mr\.?\ Deputy\ Speaker\ forthwith
        | Lords\ amendment | Consideration\ of\ | Motion\ agreed | Motion\ withdrawn
        | Motion\ disagreed | Humble\ Address | Message\ to\ attend | Royal\ Assent\ notified
        | Leave\ out | Insert | Page\ \d+,\ line | That\ the\ Question\ be\ now\ put
        )",
    )
    .expect("static regex")
});
static STAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\[?\(?(rose|indicated (dissent|assent)|interruption|laughter|hon\. members: .*|noise|applause)\.?\s*[—–-]*\s*\)?\]?\.?|rose\s*[—–-]+)$")
        .expect("static regex")
});
static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^volume\s+\d+\s*:\s*debated\s+on\s+(.+)$").expect("static regex")
});
static WAS_ASKED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^the .{3,80} was asked\s*[—–-]*\s*$").expect("static regex"));
/// "Abbott, Ms Diane" or "Adams, Nigel (Selby)": a division-list name. The shape is matched
/// without length limits (so the pattern stays small to build) and the two limits, 40
/// characters each for the given names and the bracket, are checked on the captures; each
/// line has only one way to match, so this is the same test as limits in the pattern.
fn is_division_name(t: &str) -> bool {
    static SHAPE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][\p{L}'’-]+(?:\s[\p{L}'’-]+)?,\s([\p{L}. ]+)(?:\s\((.+)\))?$")
            .expect("static regex")
    });
    let within = |m: Option<regex::Match>, max: usize| {
        m.is_none_or(|m| (1..=max).contains(&m.as_str().chars().count()))
    };
    SHAPE
        .captures(t)
        .is_some_and(|c| within(c.get(1), 40) && within(c.get(2), 40))
}
static PAREN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\(((?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)?\.?\s?[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’.-]*){1,3})\)",
    )
    .expect("static regex")
});

/// Headings that frame business rather than name a debate.
const GENERIC_HEADINGS: &[&str] = &[
    "oral answers to questions",
    "business before questions",
    "prayers",
    "petition",
    "petitions",
    "orders of the day",
    "commons chamber",
    "house of commons",
    "house of lords",
    "lords chamber",
    "westminster hall",
    "grand committee",
    "ways and means",
    "business of the house",
    "deferred division",
    "point of order",
    "points of order",
    "written ministerial statements",
    "ministerial corrections",
    "topical questions",
    "motion for leave to bring in a bill (standing order no. 23)",
];

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Blankish,
    Timestamp,
    ChairNotice(String),
    Date(String),
    Procedural,
    MovedBy,
    Stage,
    Candidate(Box<Attribution>),
    Inline(Box<Attribution>, String),
    Other,
}

struct Line<'a> {
    text: &'a str,
    lead_space: bool,
    kind: Kind,
}

fn classify(text: &str) -> Kind {
    if text.is_empty() {
        return Kind::Blankish;
    }
    // Cheap shape checks guard each pattern: most lines are long speech and match none.
    let short = text.len() <= 120;
    if short && TIMESTAMP.is_match(text) {
        return Kind::Timestamp;
    }
    if text.starts_with('[')
        && let Some(c) = CHAIR_NOTICE.captures(text)
    {
        return Kind::ChairNotice(super::group(&c, 1).to_string());
    }
    if text
        .get(..6)
        .is_some_and(|v| v.eq_ignore_ascii_case("volume"))
        && let Some(c) = VOLUME.captures(text)
        && let Some(d) = dates::parse_date_line(super::group(&c, 1))
    {
        return Kind::Date(d);
    }
    if text.len() <= 120
        && text.chars().count() <= 60
        && let Some(d) = dates::parse_date_line(text)
    {
        return Kind::Date(d);
    }
    if text.eq_ignore_ascii_case("moved by") || text.eq_ignore_ascii_case("moved by:") {
        return Kind::MovedBy;
    }
    if short && STAGE.is_match(text) {
        return Kind::Stage;
    }
    if PROCEDURAL.is_match(text) || (text.contains("was asked") && WAS_ASKED.is_match(text)) {
        return Kind::Procedural;
    }
    if text.starts_with('[') && text.ends_with(']') {
        return Kind::Procedural;
    }
    if let Some(a) = parse_attribution(text) {
        return Kind::Candidate(Box::new(a));
    }
    if let Some((a, rest)) = inline_attribution(text) {
        return Kind::Inline(Box::new(a), rest);
    }
    Kind::Other
}

/// "Natascha Engel (North East Derbyshire) (Lab): I beg to move," — a prefix that is a
/// strong attribution (constituency or party, an office, or the chair), then the speech.
fn inline_attribution(text: &str) -> Option<(Attribution, String)> {
    // Only the first 160 bytes can hold the attribution; speech lines are not read further.
    let idx = text.get(..text.floor_char_boundary(162))?.find(": ")?;
    let head = text.get(..idx)?;
    let rest = text.get(idx + 1..)?.trim();
    if rest.is_empty() {
        return None;
    }
    let a = parse_attribution(head)?;
    let first = a
        .name
        .as_deref()
        .and_then(|n| n.split(' ').next())
        .unwrap_or("");
    let strong = head.trim_end().ends_with(')')
        || a.kind == AttrKind::Chair
        || a.office.is_some()
        || a.surname_only
        || (names::is_given_name(first) && head.split_whitespace().count() <= 4);
    strong.then(|| (a, rest.to_string()))
}

/// A bare name ("Chris Ruane") with no constituency, party, office or honorific.
fn is_bare_name(a: &Attribution) -> bool {
    a.kind == AttrKind::Person
        && a.constituency.is_none()
        && a.party.is_none()
        && a.office.is_none()
        && !a.surname_only
        && a.raw == a.name.clone().unwrap_or_default()
}

fn heading_shaped(text: &str) -> bool {
    let n = text.chars().count();
    n > 0
        && n <= 120
        && !text.ends_with(['.', ',', ';', ':', '?', '!', '—', '–', '-', '"', '”', '…'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '‘' || c == '\'')
}

/// Parses Hansard text into debates. `file_date` is a date taken from the file name.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    let mut lines: Vec<Line> = Vec::new();
    for raw in text.lines() {
        let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if trimmed.is_empty() {
            continue;
        }
        lines.push(Line {
            text: trimmed,
            lead_space: raw.starts_with([' ', '\t']),
            kind: classify(trimmed),
        });
    }
    // Needed only for a bare name that is not a common given name: worked out at most once.
    let known = std::cell::OnceCell::new();
    let n = lines.len();
    // Decide which candidates are attributions: followed by speech.
    let mut is_attr = vec![false; n];
    for i in 0..n {
        let Some(Kind::Candidate(a)) = lines.get(i).map(|l| &l.kind) else {
            continue;
        };
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        let followed_by_speech = match &next.kind {
            Kind::Other | Kind::Inline(..) => true,
            Kind::Stage => true,
            Kind::Procedural => a.kind == AttrKind::Chair && next.text.starts_with("Order"),
            _ => false,
        };
        if !followed_by_speech {
            continue;
        }
        if is_bare_name(a) {
            // A bare name must be followed by something that reads as speech: a sentence or
            // several words, not another label ("Tags", "Lab").
            let reads_as_speech = next.text.split_whitespace().nth(3).is_some()
                || next
                    .text
                    .ends_with(['.', '!', '?', '…', '—', '-', '"', '”', ':', ','])
                || !matches!(next.kind, Kind::Other);
            if !reads_as_speech {
                continue;
            }
            let name = a.name.as_deref().unwrap_or("");
            let first = name.split(' ').next().unwrap_or("");
            let plausible = names::is_given_name(first)
                || known
                    .get_or_init(|| known_names(&lines))
                    .get(&name.to_lowercase())
                    .copied()
                    .unwrap_or(0)
                    >= 2
                || person_name(name)
                    .is_some_and(|_| first.starts_with("Lord") || first == "Baroness");
            if !plausible {
                continue;
            }
        }
        if let Some(slot) = is_attr.get_mut(i) {
            *slot = true;
        }
    }

    let mut debates: Vec<RawDebate> = Vec::new();
    let mut section = Section::default();
    let mut current: Option<Contribution> = None;
    let mut chair: Option<String> = None;
    let mut date: Option<String> = None;
    let mut moved_by = MovedBy::No;
    let mut in_division = false;
    let mut after_resolved = false;

    let flush = |current: &mut Option<Contribution>, section: &mut Section| {
        if let Some(c) = current.take()
            && (!c.paragraphs.is_empty() || c.speaker.kind != AttrKind::Collective)
        {
            section.contributions.push(c);
        }
    };

    for i in 0..n {
        let Some(line) = lines.get(i) else { break };
        let attr_at = |k: usize| is_attr.get(k).copied().unwrap_or(false);
        let next_kind = lines.get(i + 1).map(|l| &l.kind);
        if attr_at(i) {
            let Kind::Candidate(a) = &line.kind else {
                continue;
            };
            if moved_by == MovedBy::ExpectName {
                section.mover = a.name.clone();
                moved_by = MovedBy::Motion;
                continue;
            }
            flush(&mut current, &mut section);
            moved_by = MovedBy::No;
            in_division = false;
            after_resolved = false;
            if a.kind == AttrKind::Chair
                && let Some(name) = &a.name
            {
                chair = Some(name.clone());
            }
            current = Some(Contribution {
                speaker: (**a).clone(),
                paragraphs: Vec::new(),
            });
            continue;
        }
        match &line.kind {
            Kind::Blankish | Kind::Timestamp | Kind::Stage => {}
            Kind::ChairNotice(name) => {
                chair = Some(super::attribution::chair_from_notice(name));
                section
                    .chair
                    .get_or_insert_with(|| chair.clone().unwrap_or_default());
            }
            Kind::Date(d) => {
                date = Some(d.clone());
            }
            Kind::MovedBy => {
                flush(&mut current, &mut section);
                moved_by = MovedBy::ExpectName;
            }
            Kind::Procedural => {
                let t = line.text;
                if t.starts_with("Resolved") || t.starts_with("Ordered") {
                    after_resolved = true;
                }
                if t.starts_with("The House divided")
                    || t.starts_with("The House having divided")
                    || t.starts_with("Division")
                    || t.starts_with("AYES")
                    || t.starts_with("Tellers")
                {
                    in_division = true;
                }
                section.procedure.push(t.to_string());
            }
            Kind::Inline(a, rest) => {
                flush(&mut current, &mut section);
                moved_by = MovedBy::No;
                in_division = false;
                after_resolved = false;
                if a.kind == AttrKind::Chair
                    && let Some(name) = &a.name
                {
                    chair = Some(name.clone());
                }
                current = Some(Contribution {
                    speaker: (**a).clone(),
                    paragraphs: vec![rest.clone()],
                });
            }
            Kind::Candidate(_) | Kind::Other => {
                let t = line.text;
                let is_heading = line.lead_space && !matches!(line.kind, Kind::Candidate(_))
                    || (heading_shaped(t)
                        && !(i > 0 && attr_at(i - 1))
                        && match next_kind {
                            None => current.is_none(),
                            Some(k) => {
                                attr_at(i + 1)
                                    || matches!(
                                        k,
                                        Kind::Timestamp
                                            | Kind::Procedural
                                            | Kind::ChairNotice(_)
                                            | Kind::Date(_)
                                            | Kind::MovedBy
                                    )
                                    || matches!(k, Kind::Inline(..))
                                    || (matches!(k, Kind::Other | Kind::Candidate(_))
                                        && lines.get(i + 1).is_some_and(|l| {
                                            heading_shaped(l.text) || l.lead_space
                                        }))
                            }
                        });
                if is_heading && !(in_division && is_division_name(t)) {
                    flush(&mut current, &mut section);
                    moved_by = MovedBy::No;
                    in_division = false;
                    after_resolved = false;
                    if !section.contributions.is_empty() {
                        debates.push(section.finish(&date, &chair));
                        section = Section::default();
                    }
                    if let Some(c) = &chair {
                        section.chair = Some(c.clone());
                    }
                    section.headings.push(collapse_ws(t));
                    continue;
                }
                if moved_by == MovedBy::Motion || moved_by == MovedBy::ExpectName {
                    section.procedure.push(t.to_string());
                    continue;
                }
                if in_division && is_division_name(t) {
                    continue;
                }
                if after_resolved && (t.starts_with("That ") || t.starts_with("(")) {
                    section.procedure.push(t.to_string());
                    continue;
                }
                after_resolved = false;
                if let Some(c) = current.as_mut() {
                    c.paragraphs.push(t.to_string());
                } else {
                    section.orphans += 1;
                }
            }
        }
    }
    flush(&mut current, &mut section);
    if !section.contributions.is_empty() {
        debates.push(section.finish(&date, &chair));
    }
    // A date that appears only after the first debate began still belongs to all of them.
    if let Some(d) = &date {
        for deb in &mut debates {
            deb.date.get_or_insert_with(|| d.clone());
        }
    }
    Ok(debates)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum MovedBy {
    No,
    ExpectName,
    Motion,
}

#[derive(Default)]
struct Section {
    headings: Vec<String>,
    contributions: Vec<Contribution>,
    chair: Option<String>,
    procedure: Vec<String>,
    mover: Option<String>,
    orphans: usize,
}

impl Section {
    fn finish(self, date: &Option<String>, chair: &Option<String>) -> RawDebate {
        let title = super::choose_title(&self.headings, GENERIC_HEADINGS);
        let mut notes = Vec::new();
        if self.orphans > 0 && self.headings.is_empty() {
            notes.push(format!(
                "{} paragraph(s) before the first attribution were not attributed to anyone",
                self.orphans
            ));
        }
        let mut procedure = self.procedure;
        if let Some(m) = &self.mover {
            procedure.insert(0, format!("Moved by {m}"));
        }
        RawDebate {
            title,
            date: date.clone(),
            chair: self.chair.or_else(|| chair.clone()),
            contributions: self.contributions,
            procedure,
            notes,
            has_opening: !self.headings.is_empty(),
            headings: self.headings,
            ..RawDebate::default()
        }
    }
}

/// Names the transcript vouches for: those given with a constituency, party or office, those
/// written "(Name)" in speech, counted by how often they occur.
fn known_names(lines: &[Line]) -> BTreeMap<String, usize> {
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    for l in lines {
        match &l.kind {
            Kind::Candidate(a) | Kind::Inline(a, _) => {
                if let Some(name) = &a.name
                    && !a.surname_only
                    && (a.constituency.is_some() || a.party.is_some() || a.office.is_some())
                {
                    *known.entry(name.to_lowercase()).or_default() += 2;
                }
            }
            Kind::Other if l.text.contains('(') => {
                // The name is the whole match less its brackets: found without captures.
                let inner = PAREN_NAME.find_iter(l.text).filter_map(|m| {
                    m.as_str()
                        .strip_prefix('(')
                        .and_then(|x| x.strip_suffix(')'))
                });
                for name in inner {
                    let n = super::attribution::clean_name(name);
                    *known.entry(n.to_lowercase()).or_default() += 2;
                }
            }
            _ => {}
        }
    }
    // Bare names followed by speech more than once are names too.
    for (this, next) in lines.iter().zip(lines.iter().skip(1)) {
        if let (Kind::Candidate(a), Kind::Other) = (&this.kind, &next.kind)
            && is_bare_name(a)
            && next.text.split_whitespace().nth(3).is_some()
            && let Some(name) = &a.name
        {
            *known.entry(name.to_lowercase()).or_default() += 1;
        }
    }
    known
}

/// True for a line that is procedure or a stage direction, not anyone's words.
pub fn is_procedural_line(text: &str) -> bool {
    let t = text.trim();
    PROCEDURAL.is_match(t) || STAGE.is_match(t) || TIMESTAMP.is_match(t) || CHAIR_NOTICE.is_match(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_names_within_their_limits() {
        assert!(is_division_name("Abbott, Ms Diane"));
        assert!(is_division_name("Adams, Nigel (Selby)"));
        assert!(is_division_name("Ap Gwynfor, Llinos (Dwyfor Meirionnydd)"));
        assert!(!is_division_name("Adams Nigel"));
        assert!(!is_division_name(&format!("Adams, {}", "N".repeat(41))));
        assert!(is_division_name(&format!("Adams, {}", "N".repeat(40))));
        assert!(!is_division_name(&format!(
            "Adams, Nigel ({})",
            "S".repeat(41)
        )));
        assert!(is_division_name(&format!(
            "Adams, Nigel ({})",
            "S".repeat(40)
        )));
        assert!(!is_division_name("Adams, Nigel ()"));
    }

    fn words(d: &RawDebate, who: &str) -> usize {
        d.contributions
            .iter()
            .filter(|c| c.speaker.name.as_deref() == Some(who))
            .map(|c| c.paragraphs.len())
            .sum()
    }

    #[test]
    fn attribution_needs_speech_after_it() {
        let t = "Economy\n\nChris Ruane\nWhat is the state of the economy?\n\nShop Direct\n\nLembit Öpik (Montgomeryshire) (LD)\nShop Direct is closing.\n";
        let d = parse(t).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].title, "Economy");
        assert_eq!(d[1].title, "Shop Direct");
        assert_eq!(words(&d[0], "Chris Ruane"), 1);
        assert_eq!(
            d[1].contributions[0].speaker.constituency.as_deref(),
            Some("Montgomeryshire")
        );
    }

    #[test]
    fn procedure_is_nobodys_words() {
        let t = "Debate\n\nAnn Smith (Town) (Lab)\nFirst paragraph.\n\nMotion lapsed (Standing Order No. 9(7)).\n\nMotion made, and Question proposed, That this House do now adjourn.—(Mr. Brown.)\n\nSecond paragraph.\n\nQuestion put and agreed to.\n\nResolved,\n\nThat this House has considered the matter.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].contributions.len(), 1);
        assert_eq!(
            d[0].contributions[0].paragraphs,
            vec!["First paragraph.", "Second paragraph."]
        );
    }

    #[test]
    fn divisions_and_resolutions_are_nobodys_words() {
        let t = "Debate\n\nAnn Smith (Town) (Lab)\nWe must vote for this.\n\nQuestion put, That the amendment be made.\n\nThe House divided: Ayes 234, Noes 289.\n\nAYES\n\nAbbott, Ms Diane\n\nBaker, Norman\n\nTellers for the Ayes:\n\nQuestion accordingly negatived.\n\nResolved,\n\nThat this House has considered the matter.\n\n9.30 am\n\nMr Deputy Speaker\nOrder.\n";
        let d = parse(t).unwrap();
        let c = &d[0].contributions;
        assert_eq!(c[0].paragraphs, vec!["We must vote for this."]);
        assert_eq!(c[1].speaker.kind, AttrKind::Chair);
        assert_eq!(c[1].paragraphs, vec!["Order."]);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn inline_attribution_and_chair_notice() {
        let t = "Title Here\n\n[Sir Roger Gale in the Chair]\n\nNatascha Engel (North East Derbyshire) (Lab): I beg to move, That this House has considered the matter.\n\nIt is good.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].chair.as_deref(), Some("Roger Gale"));
        assert_eq!(d[0].contributions[0].paragraphs.len(), 2);
    }

    #[test]
    fn moved_by_block_is_procedure() {
        let t = "Academies Bill [HL]\n\nSecond Reading\n\n15:09:00\n\nMoved By\n\nLord Hill of Oareford\nThat the Bill be read a second time.\n\nThe Parliamentary Under-Secretary of State for Schools (Lord Hill of Oareford)\nMy Lords, I beg to move.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].title, "Academies Bill [HL]: Second Reading");
        assert_eq!(d[0].contributions.len(), 1);
        assert_eq!(
            d[0].contributions[0].paragraphs,
            vec!["My Lords, I beg to move."]
        );
        assert!(
            d[0].procedure
                .iter()
                .any(|p| p == "Moved by Lord Hill of Oareford")
        );
    }
}
