//! Hansard text, as the Hansard website's "download as text" gives it or as copied from its
//! pages: title and date lines, headings, time lines, attribution lines followed by speech,
//! the older inline "Name (Constituency) (Party): speech" form, and procedural lines.
//!
//! An attribution is a line that reads as one *and* is followed by speech; a heading is a
//! short line that is followed by an attribution, a time or procedure. A whole sitting holds
//! many debates, one per heading that has contributions under it.

mod copied;
mod lines;
mod shapes;
mod takes;

pub use lines::is_procedural_line;
pub(in crate::input) use shapes::chair_notice;
pub(crate) use shapes::is_stage_direction;

use super::ParseError;
use super::attribution::{collapse_ws, person_name};
use super::names;
use crate::model::{AttrKind, Attribution, Contribution, RawDebate};
use lines::{GENERIC_HEADINGS, Kind, Line, classify, heading_shaped, is_bare_name, known_names};
use shapes::is_division_name;

/// Parses Hansard text into debates.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    let rejoined = copied::rejoin(text);
    let text = rejoined.as_deref().unwrap_or(text);
    let mut lines = read_lines(text);
    drop_contents(&mut lines);
    takes::drop_takes(text, &mut lines);
    let is_attr = attributions(&lines);
    let mut p = Parser::default();
    for (i, line) in lines.iter().enumerate() {
        let attr_at = |k: usize| is_attr.get(k).copied().unwrap_or(false);
        if attr_at(i) {
            if let Kind::Candidate(a) = &line.kind {
                p.attribution(a);
                // "Mr. Ghislain Fournier (Manicouagan, BQ) moved:", then the motion.
                if lines::moves(line.text) && p.section.mover.is_none() {
                    p.section.mover = a.name.clone();
                }
            }
            continue;
        }
        // A label whose words the record left out: nobody's text, and no heading.
        if is_label(line) {
            continue;
        }
        let shaped = matches!(line.kind, Kind::Candidate(_) | Kind::Other);
        let in_motion = p.reading_motion();
        let heading = shaped && is_heading(&lines, &is_attr, i, p.current.is_none(), in_motion);
        // A heading of the motion's own ("PART 3 OF SCHEDULE 1"): what follows is the
        // schedule the motion sets out, printed, not spoken.
        if in_motion && shaped && !heading && is_heading(&lines, &is_attr, i, false, false) {
            p.in_schedule = true;
        }
        p.line(line, heading);
    }
    Ok(p.finish())
}

/// The text's non-empty lines, each classified.
fn read_lines(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .filter_map(|raw| {
            let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            (!trimmed.is_empty() && !lines::is_page_chrome(trimmed)).then(|| Line {
                text: trimmed,
                lead_space: raw.starts_with([' ', '\t']),
                kind: classify(trimmed),
            })
        })
        .collect()
}

/// The most lines a record's front page and table of contents run to before its text.
const CONTENTS_MAX_LINES: usize = 400;

/// Drops a table of contents printed before the record's text, as the Canadian edited
/// Hansard prints one: the record's masthead ("EDITED HANSARD * NUMBER 116"), then its
/// headings and the names of those who speak under them, one to a line, then the masthead
/// again, where the text begins. Only lines of a few words, none ending as an attribution
/// does (":"), may stand between the two mastheads; dates among them are kept.
fn drop_contents(lines: &mut Vec<Line>) {
    let Some(first) = lines.first().map(|l| l.text) else {
        return;
    };
    let Some(again) = lines
        .iter()
        .take(CONTENTS_MAX_LINES)
        .skip(1)
        .position(|l| {
            l.text == first || l.text.split_whitespace().nth(12).is_some() || l.text.ends_with(':')
        })
        .map(|k| k + 1)
        .filter(|&k| lines.get(k).is_some_and(|l| l.text == first))
    else {
        return;
    };
    // A title over a date and a heading or two is not yet a table of contents.
    if again < 8 {
        return;
    }
    let mut i = 0;
    lines.retain(|l| {
        i += 1;
        i > again || matches!(l.kind, Kind::Date(_))
    });
}

/// Which candidate lines are attributions: those followed by speech (and, for a bare name,
/// by something that reads as speech, the name being a plausible one).
fn attributions(lines: &[Line]) -> Vec<bool> {
    // Needed only for a bare name that is not a common given name: worked out at most once.
    let known = std::cell::OnceCell::new();
    (0..lines.len())
        .map(|i| {
            let (Some(Kind::Candidate(a)), Some(next)) =
                (lines.get(i).map(|l| &l.kind), lines.get(i + 1))
            else {
                return false;
            };
            let followed_by_speech = match &next.kind {
                Kind::Other | Kind::Inline(..) | Kind::Stage => true,
                Kind::Procedural => a.kind == AttrKind::Chair && next.text.starts_with("Order"),
                _ => false,
            };
            followed_by_speech && (!is_bare_name(a) || plausible_bare_name(a, next, lines, &known))
        })
        .collect()
}

/// A bare name ("Chris Ruane") is an attribution only when followed by something that reads
/// as speech (a sentence or several words, not another label such as "Tags"), and when it is a
/// given name, a service rank, a name the transcript vouches for, or a peer.
fn plausible_bare_name(
    a: &Attribution,
    next: &Line,
    lines: &[Line],
    known: &std::cell::OnceCell<std::collections::BTreeMap<String, usize>>,
) -> bool {
    let reads_as_speech = next.text.split_whitespace().nth(3).is_some()
        || next
            .text
            .ends_with(['.', '!', '?', '…', '—', '-', '"', '”', ':', ','])
        || !matches!(next.kind, Kind::Other);
    if !reads_as_speech {
        return false;
    }
    let name = a.name.as_deref().unwrap_or("");
    // A line in capitals ("SITTING RESUMED", "GOVERNMENT ORDERS") is a heading, however
    // often it recurs: records print names in capitals only beside an honorific or a seat.
    if !name.chars().any(char::is_lowercase) {
        return false;
    }
    let first = name.split(' ').next().unwrap_or("");
    names::is_given_name(first)
        || names::opens_with_rank(name)
        || known
            .get_or_init(|| known_names(lines))
            .get(&name.to_lowercase())
            .copied()
            .unwrap_or(0)
            >= 2
        || person_name(name).is_some_and(|_| first.starts_with("Lord") || first == "Baroness")
}

/// True when line `i` is a heading: indented, or heading-shaped and followed by an
/// attribution, a time, procedure, a date, or another heading-shaped line (never straight
/// after an attribution). Inside a motion's text (`in_motion`) the last is not enough: a
/// schedule's "PART 3 OF SCHEDULE 1" over "Additional entries" is the motion's own heading.
fn is_heading(
    lines: &[Line],
    is_attr: &[bool],
    i: usize,
    nobody_speaking: bool,
    in_motion: bool,
) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    let attr_at = |k: usize| is_attr.get(k).copied().unwrap_or(false);
    if line.lead_space && !matches!(line.kind, Kind::Candidate(_)) {
        return true;
    }
    if !heading_shaped(line.text) || (i > 0 && attr_at(i - 1)) {
        return false;
    }
    // A note in brackets under a heading ("(Matter of Public Importance)") goes with it: what
    // follows the note decides.
    let i = match lines.get(i + 1) {
        Some(l) if is_bracketed_note(l.text) => i + 1,
        _ => i,
    };
    match lines.get(i + 1).map(|l| &l.kind) {
        None => nobody_speaking,
        Some(k) => {
            attr_at(i + 1)
                || lines.get(i + 1).is_some_and(is_label)
                || matches!(
                    k,
                    Kind::Timestamp
                        | Kind::Procedural
                        | Kind::ChairNotice(_)
                        | Kind::Date(_)
                        | Kind::MovedBy
                        | Kind::Inline(..)
                )
                || (!in_motion
                    && matches!(k, Kind::Other | Kind::Candidate(_))
                    && lines
                        .get(i + 1)
                        .is_some_and(|l| heading_shaped(l.text) || l.lead_space))
        }
    }
}

/// True for a short line wholly in round brackets, as a note under a heading is printed.
fn is_bracketed_note(t: &str) -> bool {
    t.len() <= 80 && t.starts_with('(') && t.ends_with(')') && !t.ends_with(".)")
}

/// True for a line written as a speaker's label ("Mr. Peter MacKay (Pictou-Antigonish-
/// Guysborough, PC):"): a colon after a name given with a seat, party or office, or after the
/// chair. Under it, even with no speech after it, stands a member's contribution.
fn is_label(line: &Line) -> bool {
    matches!(&line.kind, Kind::Candidate(a)
        if line.text.ends_with(':')
            && (a.kind == AttrKind::Chair
                || a.constituency.is_some()
                || a.party.is_some()
                || a.office.is_some()))
}

/// True when a paragraph says "I", "my", "we" or "our", as speech does and a printed
/// schedule never does.
fn speaks_in_first_person(t: &str) -> bool {
    t.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "I" | "my" | "My" | "we" | "We" | "our" | "Our" | "me" | "us"
        )
    })
}

/// Where reading has got to: the debates finished, the one under way, who is speaking, and
/// what the procedure lines said about the lines after them.
#[derive(Default)]
struct Parser {
    debates: Vec<RawDebate>,
    section: Section,
    current: Option<Contribution>,
    chair: Option<String>,
    date: Option<String>,
    moved_by: MovedBy,
    in_division: bool,
    after_resolved: bool,
    /// Reading a schedule printed in a motion's text, until the mover speaks again.
    in_schedule: bool,
    /// Procedure has followed the speech under way: any motion it moved is dealt with.
    motion_closed: bool,
    /// The part of the sitting the items are in ("ORAL QUESTION PERIOD"), where the record
    /// prints one.
    part: Option<String>,
}

impl Parser {
    /// The contribution under way joins the debate (a collective attribution with no words
    /// is dropped).
    fn flush(&mut self) {
        if let Some(c) = self.current.take()
            && (!c.paragraphs.is_empty() || c.speaker.kind != AttrKind::Collective)
        {
            self.section.contributions.push(c);
        }
    }

    /// A new speaker: what came before is finished.
    fn start(&mut self, a: &Attribution, paragraphs: Vec<String>) {
        self.flush();
        self.moved_by = MovedBy::No;
        self.in_division = false;
        self.after_resolved = false;
        self.in_schedule = false;
        self.motion_closed = false;
        if a.kind == AttrKind::Chair
            && let Some(name) = &a.name
        {
            self.chair = Some(name.clone());
        }
        self.current = Some(Contribution {
            speaker: a.clone(),
            paragraphs,
        });
    }

    /// True while the speaker is moving a motion ("I beg to move, That ..."), whose text
    /// may carry headings of its own; a line of procedure after it ("Question put and
    /// agreed to.") ends the motion's text.
    fn reading_motion(&self) -> bool {
        !self.motion_closed
            && self.current.as_ref().is_some_and(|c| {
                c.paragraphs
                    .first()
                    .is_some_and(|f| f.starts_with("I beg to move"))
            })
    }

    /// An attribution line, or the mover's name under "Moved By".
    fn attribution(&mut self, a: &Attribution) {
        if self.moved_by == MovedBy::ExpectName {
            self.section.mover = a.name.clone();
            self.moved_by = MovedBy::Motion;
            return;
        }
        self.start(a, Vec::new());
    }

    /// Any other line.
    fn line(&mut self, line: &Line, heading: bool) {
        match &line.kind {
            Kind::Blankish | Kind::Timestamp | Kind::Stage => {}
            Kind::ChairNotice(name) => {
                self.chair = Some(super::attribution::chair_from_notice(name));
                let chair = self.chair.clone().unwrap_or_default();
                // Before anyone speaks, the notice names this item's chair, whoever chaired
                // the item before it; a change later in the item leaves its first chair.
                if self.section.contributions.is_empty() && self.current.is_none() {
                    self.section.chair = Some(chair);
                } else {
                    self.section.chair.get_or_insert(chair);
                }
            }
            Kind::Date(d) => self.date = Some(d.clone()),
            Kind::MovedBy => {
                self.flush();
                self.moved_by = MovedBy::ExpectName;
            }
            Kind::Procedural => self.procedural(line.text),
            Kind::Inline(a, rest) => self.start(a, vec![rest.clone()]),
            Kind::Candidate(_) | Kind::Other => self.text(line.text, heading),
        }
    }

    /// A procedural line: the record's, nobody's words; it says whether a motion's text or a
    /// division list follows.
    fn procedural(&mut self, t: &str) {
        self.motion_closed = true;
        if t.starts_with("Resolved") || t.starts_with("Ordered") {
            self.after_resolved = true;
        }
        if [
            "The House divided",
            "The House having divided",
            "Division",
            "AYES",
            "Tellers",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        {
            self.in_division = true;
        }
        self.section.procedure.push(t.to_string());
    }

    /// A heading opens a new debate; other text is a motion's, a division list's, or the
    /// speaker's words.
    fn text(&mut self, t: &str, heading: bool) {
        if heading && !(self.in_division && is_division_name(t)) {
            self.flush();
            self.moved_by = MovedBy::No;
            self.in_division = false;
            self.after_resolved = false;
            self.in_schedule = false;
            if !self.section.contributions.is_empty() {
                let done = std::mem::take(&mut self.section);
                self.debates.push(done.finish(&self.date, &self.chair));
            }
            if let Some(c) = &self.chair {
                self.section.chair = Some(c.clone());
            }
            let heading = collapse_ws(t);
            let low = heading.to_lowercase();
            if lines::SITTING_PARTS.contains(&low.as_str()) {
                self.part = Some(heading.clone());
            } else if self.section.headings.is_empty()
                && let Some(part) = &self.part
            {
                // An item further on in the part: it sits there too.
                self.section.headings.push(part.clone());
            }
            self.section.headings.push(heading);
            return;
        }
        if matches!(self.moved_by, MovedBy::Motion | MovedBy::ExpectName) {
            self.section.procedure.push(t.to_string());
            return;
        }
        // A division list's names, and its tellers two to a line ("Lilian Greenwood and").
        if self.in_division
            && (is_division_name(t) || (t.ends_with(" and") && t.split(' ').count() <= 5))
        {
            return;
        }
        // A schedule's entries never speak in the first person; the mover's speech does.
        if self.in_schedule && !speaks_in_first_person(t) {
            self.section.procedure.push(t.to_string());
            return;
        }
        self.in_schedule = false;
        if self.after_resolved && (t.starts_with("That ") || t.starts_with('(')) {
            self.section.procedure.push(t.to_string());
            return;
        }
        self.after_resolved = false;
        match self.current.as_mut() {
            Some(c) => c.paragraphs.push(t.to_string()),
            None => self.section.orphans += 1,
        }
    }

    /// The debates read, each with the sitting's date (a date that appears only after the
    /// first debate began still belongs to all of them).
    fn finish(mut self) -> Vec<RawDebate> {
        self.flush();
        if !self.section.contributions.is_empty() {
            let done = std::mem::take(&mut self.section);
            self.debates.push(done.finish(&self.date, &self.chair));
        }
        if let Some(d) = &self.date {
            for deb in &mut self.debates {
                deb.date.get_or_insert_with(|| d.clone());
            }
        }
        self.debates
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum MovedBy {
    #[default]
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
        // A part of the sitting frames its items and names none of them.
        let naming: Vec<String> = self
            .headings
            .iter()
            .filter(|h| !lines::SITTING_PARTS.contains(&h.to_lowercase().as_str()))
            .cloned()
            .collect();
        let title = if naming.is_empty() {
            super::choose_title(&self.headings, GENERIC_HEADINGS)
        } else {
            super::choose_title(&naming, GENERIC_HEADINGS)
        };
        let mut notes = Vec::new();
        if self.orphans > 0 && self.headings.is_empty() {
            notes.push(crate::model::Warning::Unattributed(self.orphans));
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

    #[test]
    fn a_motion_dealt_with_leaves_the_next_items_headings_alone() {
        let text = "Sittings of the House\n\nThe Leader of the House (Ann Hale)\nI beg to move,\n\nThat the House sit at 9.30 am tomorrow.\n\nQuestion put and agreed to.\n\nOral Answers to Questions\n\nWales\n\nEconomy\n\nSir Ann Smith (Town) (Con)\nWhat recent assessment he has made of the economy in Wales?\n";
        let debates = parse(text).expect("parses");
        assert_eq!(debates.len(), 2);
        assert_eq!(
            debates[1].headings,
            ["Oral Answers to Questions", "Wales", "Economy"]
        );
    }

    #[test]
    fn a_schedule_printed_in_a_motion_neither_splits_the_debate_nor_is_spoken() {
        let text = "Disqualification Act 1975\n\n16:11:00\n\nThe Parliamentary Secretary (Barbara Keeley)\nI beg to move,\n\nThat Schedule 1 to the Act be amended as follows:–\n\nPART 2 OF SCHEDULE 1 (BODIES)\n\nAdditional entries\n\nThe Accounts Commission for Scotland.\n\nThe Arts Council of England.\n\nPART 3 OF SCHEDULE 1 (OTHER OFFICES)\n\nAdditional entries\n\nScottish Information Commissioner.\n\nThe motion tabled in my name updates the list of offices.\n\nSir Ann Smith (Town) (Con)\nWill the list come back to the House again?\n";
        let debates = parse(text).expect("parses");
        assert_eq!(
            debates.len(),
            1,
            "{:?}",
            debates.iter().map(|d| &d.title).collect::<Vec<_>>()
        );
        let keeley = &debates[0].contributions[0];
        assert_eq!(
            keeley.paragraphs,
            [
                "I beg to move,",
                "That Schedule 1 to the Act be amended as follows:–",
                "The motion tabled in my name updates the list of offices."
            ]
        );
        assert!(
            debates[0]
                .procedure
                .iter()
                .any(|p| p == "Scottish Information Commissioner.")
        );
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
    fn a_table_of_contents_before_the_text_is_skipped() {
        let contents = "EDITED HANSARD * NUMBER 116\nCONTENTS\nFriday, June 5, 1998\nORAL QUESTION PERIOD\nGOVERNMENT CONTRACTS\nMr. Jim Hart\nHon. Alfonso Gagliano\nLABOUR\nMs. Alexa McDonough\nHon. Lucienne Robillard\nFISHERIES\nMr. Peter MacKay\nHon. David Anderson\n(Official Version)\n";
        let text = "EDITED HANSARD * NUMBER 116\nHOUSE OF COMMONS\nORAL QUESTION PERIOD\nGOVERNMENT CONTRACTS\nMr. Jim Hart (Okanagan-Coquihalla, Ref.):\nMr. Speaker, who paid for the contracts?\nHon. Alfonso Gagliano (Minister of Public Works and Government Services, Lib.):\nMr. Speaker, the rules were followed.\n* * *\nLABOUR\nMs. Alexa McDonough (Halifax, NDP):\nMr. Speaker, what does this government have against Canadian workers?\nHon. Lucienne Robillard (Minister of Citizenship and Immigration, Lib.):\nMr. Speaker, we have nothing against Canadian workers.\n* * *\nFISHERIES\nMr. Peter MacKay (Pictou-Antigonish-Guysborough, PC):\nHon. David Anderson (Minister of Fisheries and Oceans, Lib.):\nMr. Speaker, the hon. member is simply ill informed.\n";
        let d = parse(&format!("{contents}{text}")).unwrap();
        let titles: Vec<_> = d.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(
            titles,
            ["GOVERNMENT CONTRACTS", "LABOUR", "FISHERIES"],
            "{d:#?}"
        );
        // The date on the front page is kept.
        assert_eq!(d[0].date.as_deref(), Some("1998-06-05"));
        // Every item of the part of the sitting sits in it, though the record heads only the
        // first; the part names none of them.
        for item in &d {
            assert!(
                item.headings.iter().any(|h| h == "ORAL QUESTION PERIOD"),
                "{}: {:?}",
                item.title,
                item.headings
            );
        }
        // A label whose words the record left out is nobody's text.
        assert_eq!(words(&d[1], "Lucienne Robillard"), 1);
        assert_eq!(d[2].contributions.len(), 1, "{:#?}", d[2].contributions);
        // A title, a date and a heading over the text are no table of contents.
        let d = parse("Academies\nMonday 7 June 2010\nAcademies\nAndrew Turner (Isle of Wight) (Con)\nWhat plans he has for academies?\n").unwrap();
        assert_eq!(d[0].contributions.len(), 1);
    }

    #[test]
    fn a_member_who_moves_the_motion_printed_under_the_label_is_its_mover() {
        let t = "PRIVATE MEMBERS' BUSINESS\nPORT-CARTIER PENITENTIARY\nMr. Ghislain Fournier (Manicouagan, BQ) moved:\nThat, in the opinion of this House, the government should institute a public inquiry.\nSix months ago, I moved a motion calling for a public inquiry.\nMr. Nick Discepola (Parliamentary Secretary to Solicitor General of Canada, Lib.):\nMr. Speaker, the government does not agree.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].title, "PORT-CARTIER PENITENTIARY");
        assert_eq!(
            d[0].procedure.first().map(String::as_str),
            Some("Moved by Ghislain Fournier")
        );
        assert_eq!(words(&d[0], "Ghislain Fournier"), 2);
    }

    #[test]
    fn a_recurring_heading_in_capitals_is_nobodys_name() {
        let t = "Election of Speaker\n\nThe Presiding Officer (Mr. Caccia):\nThe sitting is suspended.\nSITTING RESUMED\nThe House resumed at 12.44 p.m.\nThe Presiding Officer (Mr. Caccia):\nA second ballot will be necessary.\nSITTING RESUMED\nThe House resumed at 2.29 p.m.\nThe Presiding Officer (Mr. Caccia):\nOrder, please.\n";
        let d = parse(t).unwrap();
        let names: Vec<_> = d
            .iter()
            .flat_map(|d| &d.contributions)
            .filter_map(|c| c.speaker.name.as_deref())
            .collect();
        assert!(!names.is_empty());
        assert!(names.iter().all(|n| !n.contains("SITTING")), "{names:?}");
    }

    #[test]
    fn procedure_is_nobodys_words() {
        let t = "Debate\n\nAnn Smith (Town) (Lab)\nFirst paragraph.\n\nMotion lapsed (Standing Order No. 9(7)).\n\nMotion made, and Question proposed, That this House do now adjourn.—(Mr. Brown.)\n\nSecond paragraph.\n\nDebate to be resumed tomorrow.\n\nDebated to be resumed Monday 2 November.\n\nQuestion put and agreed to.\n\nResolved,\n\nThat this House has considered the matter.\n";
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
    fn the_chairs_recorded_acts_are_nobodys_words() {
        // The record states what the chair did after a vote, in the third person: the chair
        // said none of it.
        let t = "Debate\n\nMadam Deputy Speaker\nI ask the Serjeant at Arms to investigate the delay in the No Lobby.\n\nThe House having divided: Ayes 234, Noes 289.\n\nQuestion agreed to.\nThe Deputy Speaker declared the main Question, as amended, to be agreed to (Standing Order No. 31(2)).\nMr. Speaker put forthwith the Question necessary for the disposal of the business.\nThe First Deputy Chairman put forthwith the Question.\n";
        let d = parse(t).unwrap();
        let c = &d[0].contributions;
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].paragraphs,
            vec!["I ask the Serjeant at Arms to investigate the delay in the No Lobby."]
        );
        assert!(
            d[0].procedure
                .iter()
                .any(|p| p.starts_with("The Deputy Speaker declared"))
        );
    }

    #[test]
    fn the_end_of_time_limited_proceedings_is_nobodys_words() {
        // The record notes that the time for the proceedings ran out, after the last answer:
        // the minister said none of it.
        let t = "Covid-19: Update\n\nAnn Lee (Upper Fell) (Lab)\nWhat extra money has the Department had?\n\nDr Coffey\nOur new estimates are being published today.\n\nMore than two hours having elapsed since the commencement of hybrid scrutiny proceedings, the Speaker brought them to a conclusion (Order, 21 April).\n";
        let d = parse(t).unwrap();
        let c = &d[0].contributions;
        assert_eq!(
            c.last().map(|c| c.paragraphs.clone()),
            Some(vec![
                "Our new estimates are being published today.".to_string()
            ])
        );
        assert!(
            d[0].procedure
                .iter()
                .any(|p| p.starts_with("More than two hours"))
        );
    }

    #[test]
    fn a_chair_notice_under_a_new_heading_names_that_items_chair() {
        let t = "Westminster Hall\n\n[Ms Nadine Dorries in the Chair]\n\nUnemployment in Scotland\n\nGemma Doyle (West Dunbartonshire) (Lab/Co-op): It is a pleasure to serve under your chairmanship.\n\nRegional Newspapers\n\n[Mr Jim Hood in the Chair]\n\nMr Jim Hood (in the Chair): Members will have noticed the new clock displays.\n\n[Mr Joe Benton in the Chair]\n\nJohn Smith (Town) (Lab): Regional newspapers matter.\n";
        let d = parse(t).unwrap();
        let chairs: Vec<Option<&str>> = d.iter().map(|d| d.chair.as_deref()).collect();
        // A change of chair once the item is under way leaves the item its first chair.
        assert_eq!(chairs, [Some("Nadine Dorries"), Some("Jim Hood")]);
    }

    #[test]
    fn text_copied_from_a_hansard_page_leaves_its_buttons_behind() {
        let t = "Heathrow Airport: Western Rail Link\nVolume 749: debated on Tuesday 30 April 2024\nDownload text\nView all Heathrow Airport: Western Rail Link debates\nRead Hansard Report\nMotion made, and Question proposed, That this House do now adjourn.\nMr Tanmanjeet Singh Dhesi (Slough) (Lab)\nShare\nWill the Minister fund the link in full?\nHuw Merriman (Bexhill and Battle) (Con)\nShare\nWe will look at the case.\n";
        let d = parse(t).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].title, "Heathrow Airport: Western Rail Link");
        let said: Vec<&[String]> = d[0]
            .contributions
            .iter()
            .map(|c| c.paragraphs.as_slice())
            .collect();
        assert_eq!(
            said,
            [
                ["Will the Minister fund the link in full?".to_string()],
                ["We will look at the case.".to_string()]
            ]
        );
        assert!(lines::is_page_chrome("Share"));
        assert!(!lines::is_page_chrome("Share the burden fairly."));
    }

    #[test]
    fn inline_attribution_and_chair_notice() {
        let t = "Title Here\n\n[Sir Roger Gale in the Chair]\n\nNatascha Engel (North East Derbyshire) (Lab): I beg to move, That this House has considered the matter.\n\nIt is good.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].chair.as_deref(), Some("Roger Gale"));
        assert_eq!(d[0].contributions[0].paragraphs.len(), 2);
    }

    #[test]
    fn a_lords_question_is_titled_by_its_subject_not_asked_by() {
        let t = "Pensions: Inflation\n\nQuestion\n\n15:07:00\n\nAsked By\n\nBaroness Altmann\n\nTo ask His Majesty's Government what assessment they have made of pensions.\n\nBaroness Altmann (Non-Afl)\nMy Lords, I beg leave to ask the Question standing in my name.\n";
        let d = parse(t).unwrap();
        assert_eq!(d[0].title, "Pensions: Inflation");
        assert_eq!(
            d[0].contributions[0].speaker.name.as_deref(),
            Some("Baroness Altmann")
        );
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
