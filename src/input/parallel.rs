//! Parallel Parliament pages: "Name Portrait Name (Constituency) (Party)" attributions,
//! "- Hansard - - - Excerpts" link lines, the page's title, date, venue and department lines,
//! and the site's own boilerplate, which is nobody's words. A member's "Excerpts" page is a
//! partial transcript.

use super::attribution::{collapse_ws, parse_attribution};
use super::{ParseError, dates};
use crate::model::{Contribution, House, RawDebate};
use regex_lite::Regex;
use std::sync::LazyLock;

/// "Name Portrait Name (Constituency) (Party)": the portrait's caption (2 to 80 characters)
/// and the attribution (2 to 200), split at the first " Portrait " that leaves both within
/// their limits. Written out rather than as a pattern, whose bounded repeats of any character
/// cost more to build than reading a whole page.
fn portrait(line: &str) -> Option<(&str, &str)> {
    const WORD: &str = " Portrait ";
    let mut from = 0;
    while let Some(at) = line.get(from..)?.find(WORD).map(|i| from + i) {
        let (caption, rest) = (line.get(..at)?, line.get(at + WORD.len()..)?);
        if (2..=80).contains(&caption.chars().count()) && (2..=200).contains(&rest.chars().count())
        {
            return Some((caption, rest));
        }
        // The next " Portrait " may share this one's closing space.
        from = at + 1;
    }
    None
}
static HANSARD_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-\s*Hansard(\s*-)*(\s*Excerpts)?\s*$").expect("static regex"));
static AGO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\(.*\bago\)$").expect("static regex"));

/// Lines and paragraphs the site adds to every page.
const BOILERPLATE: &[&str] = &[
    "Full Debate:",
    "Read Full debate",
    "Read Hansard Text",
    "This information is provided by Parallel Parliament",
    "Westminster Hall is an alternative Chamber",
    "Each debate is chaired by an MP from the Panel of Chairs",
    "Grand Committee is a forum",
    "Parallel Parliament",
    "Department:",
    "Back to",
    "Share this",
    "View all",
];

/// Venues as the page names them.
const VENUES: &[(&str, House)] = &[
    ("Westminster Hall", House::Commons),
    ("Commons Chamber", House::Commons),
    ("Lords Chamber", House::Lords),
    ("Grand Committee", House::Lords),
    ("General Committees", House::Commons),
    ("Public Bill Committees", House::Commons),
];

/// True when the text has this format's marks.
pub fn sniff(text: &str) -> bool {
    // Cheap substring checks first: the regexes run only on lines that could match.
    // A page always has a "Hansard" link line; most other text never says "Hansard".
    if !text.contains("Hansard") {
        return false;
    }
    let link = |l: &str| l.contains("Hansard") && HANSARD_LINK.is_match(l.trim());
    text.lines()
        .take(5000)
        .any(|l| l.contains('(') && portrait(l.trim()).is_some() || link(l))
        && text.lines().take(5000).any(link)
}

/// Parses a Parallel Parliament page.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    let mut debate = RawDebate::default();
    let mut header: Vec<String> = Vec::new();
    let mut current: Option<Contribution> = None;
    let mut seen_speaker = false;
    for raw in text.lines() {
        let line = collapse_ws(raw);
        if line.is_empty() {
            continue;
        }
        if let Some((caption, attribution)) = portrait(&line)
            && let Some(a) = parse_attribution(attribution)
            && a.name
                .as_deref()
                .is_some_and(|n| caption.contains(n.split(' ').next_back().unwrap_or(n)))
        {
            if let Some(done) = current.take() {
                debate.contributions.push(done);
            }
            current = Some(Contribution {
                speaker: a,
                paragraphs: Vec::new(),
            });
            seen_speaker = true;
            continue;
        }
        if HANSARD_LINK.is_match(&line) || AGO.is_match(&line) {
            continue;
        }
        if BOILERPLATE.iter().any(|b| line.starts_with(b)) {
            if let Some(dep) = line.strip_prefix("Department:") {
                debate.department = Some(dep.trim().to_string());
            }
            continue;
        }
        // "[Sir Christopher Chope in the Chair]", above the first speech or where the Chair
        // changes hands: the first names the debate's chair.
        if let Some(name) = super::hansard_text::chair_notice(&line) {
            let chair = super::attribution::chair_from_notice(name);
            debate.chair.get_or_insert(chair);
            continue;
        }
        if !seen_speaker {
            header.push(line);
            continue;
        }
        // The page carries the record's procedure as lines of its own ("Question put and
        // agreed to.", "The House divided: ...", "rose—", a time): nobody's words, but the
        // record's, which say what the business was and how it was decided.
        if super::hansard_text::is_procedural_line(&line) {
            debate.procedure.push(line);
            continue;
        }
        if let Some(c) = current.as_mut() {
            c.paragraphs.push(line);
        }
    }
    if let Some(done) = current.take() {
        debate.contributions.push(done);
    }
    let mut opening = Vec::new();
    for line in &header {
        if let Some(d) = dates::parse_date_line(line) {
            debate.date = Some(d);
        } else if let Some((v, h)) = VENUES.iter().find(|(v, _)| line == v) {
            debate.venue = Some(crate::model::Venue::named(v));
            debate.house = Some(*h);
        } else if line.ends_with(" Excerpts") || line.ends_with(" Extracts") {
            debate.partial = true;
        } else if super::hansard_text::is_procedural_line(line) {
            // "Motion made, and Question proposed, That this House do now adjourn.", above
            // the first speech, comes first.
            opening.push(line.clone());
        }
    }
    debate.procedure.splice(0..0, opening);
    // The page title is "<title> Debate"; the bare title line repeats it.
    let page_title = header
        .first()
        .map(|t| t.strip_suffix(" Debate").unwrap_or(t).to_string())
        .unwrap_or_default();
    debate.title = header
        .iter()
        .find(|l| **l == page_title)
        .cloned()
        .unwrap_or(page_title);
    if debate.partial {
        debate.notes.push(crate::model::Warning::Partial(
            crate::model::PartialBecause::Excerpts,
        ));
    }
    Ok(vec![debate])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Roads Debate\n\nFull Debate: Read Full Debate\nDepartment: Department for Transport\n\nRoads\n\nJane Doe Excerpts\nTuesday 12th November 2024\n\n(1 day ago)\n\nWestminster Hall\nRead Full debate Read Hansard Text\n\nThis information is provided by Parallel Parliament and does not comprise part of the offical record\n\nJohn Roe Portrait John Roe\n- Hansard - - - Excerpts\n\nWe will fix the roads.\n\nJane Doe Portrait Jane Doe (Upton) (Lab)\n- Hansard - -\n\nGood.\n";

    #[test]
    fn splits_a_portrait_line_at_the_first_fitting_portrait() {
        assert_eq!(
            portrait("Jane Doe Portrait Jane Doe (Upton) (Lab)"),
            Some(("Jane Doe", "Jane Doe (Upton) (Lab)"))
        );
        // A caption of one character does not fit; the next " Portrait " is tried.
        assert_eq!(
            portrait("J Portrait Portrait Jo Roe"),
            Some(("J Portrait", "Jo Roe"))
        );
        assert_eq!(portrait("Jane Doe Portrait J"), None);
        assert_eq!(portrait(&format!("{} Portrait Jo", "x".repeat(81))), None);
    }

    #[test]
    fn reads_header_and_contributions() {
        assert!(sniff(PAGE));
        let d = &parse(PAGE).unwrap()[0];
        assert_eq!(d.title, "Roads");
        assert_eq!(d.date.as_deref(), Some("2024-11-12"));
        assert_eq!(d.venue, Some(crate::model::Venue::WestminsterHall));
        assert_eq!(d.department.as_deref(), Some("Department for Transport"));
        assert!(d.partial);
        assert_eq!(d.contributions.len(), 2);
        assert_eq!(
            d.contributions[1].speaker.constituency.as_deref(),
            Some("Upton")
        );
        assert_eq!(
            d.contributions[0].paragraphs,
            vec!["We will fix the roads."]
        );
    }

    #[test]
    fn a_whole_debate_page_keeps_its_procedure_out_of_the_speeches() {
        let page = PAGE
            .replace(" Excerpts\n\nWe will", "\n\nrose—\n\nWe will")
            .replace(
                "Westminster Hall\n",
                "Westminster Hall\n\n[Sir Christopher Chope in the Chair]\n",
            )
            .replace(
                "Read Full debate",
                "Motion made, and Question proposed, That this House do now adjourn.\nRead Full debate",
            )
            .replace(
                "Good.\n",
                "Good.\n\n17:47:00\n\nThe House divided: Ayes 200, Noes 269.\n\nQuestion put and agreed to.\n",
            );
        let d = &parse(&page).unwrap()[0];
        assert_eq!(d.chair.as_deref(), Some("Christopher Chope"));
        // The record's procedure, the motion above the first speech first.
        assert_eq!(
            d.procedure.first().map(String::as_str),
            Some("Motion made, and Question proposed, That this House do now adjourn.")
        );
        assert!(
            d.procedure
                .iter()
                .any(|p| p == "The House divided: Ayes 200, Noes 269.")
        );
        assert_eq!(
            d.contributions[0].paragraphs,
            vec!["We will fix the roads."]
        );
        assert_eq!(d.contributions[1].paragraphs, vec!["Good."]);
    }
}
