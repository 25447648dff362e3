//! Akoma Ntoso debate records (the OASIS LegalDocML standard, `<akomaNtoso><debate>`), as
//! parliaments that publish their record in it do (South Africa's, through mySociety, among
//! them). A sitting's `<debateBody>` holds sections (`<debateSection>` or a named kind such
//! as `<questions>` or `<ministerialStatements>`), each with a `<heading>`, nested as the
//! business is; a contribution is a `<speech>`, `<question>` or `<answer>` whose `<from>`
//! gives the attribution as the record prints it, and whose `by` and `as` point to the
//! person and role listed in `<references>`. Each section with contributions of its own is
//! one item; paragraphs outside any contribution are the clerk's.

use super::attribution::{attribution_or_name, collapse_ws};
use super::xml::{node_text, parse_shallow, tidy_heading};
use super::{ParseError, dates};
use crate::model::{Contribution, RawDebate, Venue};
use std::collections::HashMap;

/// Whether a document's first element is an Akoma Ntoso root.
pub fn sniff(head: &str) -> bool {
    super::historic::first_element(head) == Some("akomaNtoso")
}

/// Elements that are a contribution.
const SPEECHES: &[&str] = &["speech", "question", "answer"];

/// Elements whose text is no one's words and no clerk's line: the record's metadata, notes,
/// and remarks on the proceedings printed inside a speech ("[Applause.]" as an element).
const SKIPPED: &[&str] = &[
    "meta",
    "coverPage",
    "preface",
    "conclusions",
    "attachments",
    "components",
    "remark",
    "authorialNote",
    "noteRef",
    "heading",
    "subheading",
    "num",
    "from",
];

/// Parses an Akoma Ntoso document: its debate record, or a refusal naming what it is.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    let doc = parse_shallow(text)?;
    let root = doc.root_element();
    let Some(debate) = root
        .children()
        .find(|c| c.has_tag_name("debate") || c.has_tag_name("debateReport"))
    else {
        return Err(ParseError::UnreadXml(root.tag_name().name().to_string()));
    };
    let mut r = Reader {
        people: references(debate, "TLCPerson"),
        roles: references(debate, "TLCRole"),
        ..Reader::default()
    };
    let body = debate
        .children()
        .find(|c| c.has_tag_name("debateBody"))
        .unwrap_or(debate);
    r.read(body);
    r.finish();
    let date = sitting_date(debate);
    let venue = debate.attribute("name").and_then(venue_of);
    for d in &mut r.debates {
        d.date.clone_from(&date);
        d.venue.clone_from(&venue);
        d.has_opening = true;
    }
    Ok(r.debates)
}

/// The `showAs` of each reference of one kind, by its id. References are metadata: only
/// `<meta>` is read, not the whole record.
fn references(debate: roxmltree::Node, kind: &str) -> HashMap<String, String> {
    debate
        .children()
        .filter(|c| c.has_tag_name("meta"))
        .flat_map(|m| m.descendants())
        .filter(|n| n.has_tag_name(kind))
        .filter_map(|n| {
            let id = n.attribute("eId").or_else(|| n.attribute("id"))?;
            Some((id.to_string(), collapse_ws(n.attribute("showAs")?)))
        })
        .collect()
}

/// The day of the sitting: the preface's `<docDate>`, else a date in the work's identifier
/// ("/za/debaterecord/2007-03-29"); a generation date far in the future is a placeholder.
fn sitting_date(debate: roxmltree::Node) -> Option<String> {
    let doc_date = debate
        .descendants()
        .find(|n| n.has_tag_name("docDate"))
        .and_then(|n| n.attribute("date"));
    let work = debate
        .descendants()
        .find(|n| n.has_tag_name("FRBRWork"))
        .into_iter()
        .flat_map(|w| w.children())
        .filter(|n| n.has_tag_name("FRBRthis") || n.has_tag_name("FRBRuri"))
        .filter_map(|n| n.attribute("value"));
    doc_date.into_iter().chain(work).find_map(|s| {
        dates::iso_shapes(s)
            .filter(|(y, _, _)| *y < 2100)
            .find_map(|(y, m, d)| dates::valid(y, m, d))
    })
}

/// Where the sitting was, from the debate's name ("PROCEEDINGS OF THE NATIONAL ASSEMBLY"
/// → "National Assembly"; "PROCEEDINGS AT JOINT SITTING" → "Joint Sitting").
fn venue_of(name: &str) -> Option<Venue> {
    let low = name.trim().to_lowercase();
    let rest = [
        "proceedings of the ",
        "proceedings at the ",
        "proceedings at ",
    ]
    .iter()
    .find_map(|p| low.strip_prefix(p))?;
    let skip = name.trim().len() - rest.len();
    let place = name.trim().get(skip..)?;
    (!place.is_empty()).then(|| Venue::named(&capitals_to_title(place)))
}

/// Words printed in capitals written as they are otherwise ("The MINISTER OF PUBLIC WORKS"
/// → "The Minister of Public Works", "Mr B A D MARTINS" → "Mr B A D Martins"); a word the
/// record wrote in mixed case ("Mnu", "(The late Dr") is kept.
pub fn capitals_to_title(s: &str) -> String {
    let s = collapse_ws(s);
    if !s.chars().any(char::is_lowercase) {
        return tidy_heading(&s);
    }
    let small = [
        "of", "and", "the", "in", "for", "to", "on", "a", "an", "at", "by",
    ];
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 2 || w.chars().any(char::is_lowercase) {
                return w.to_string();
            }
            let low = w.to_lowercase();
            if i > 0 && small.contains(&low.as_str()) {
                low
            } else {
                tidy_heading(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where reading a record has got to.
#[derive(Default)]
struct Reader {
    debates: Vec<RawDebate>,
    /// The headings of the sections being read, outermost first.
    open: Vec<String>,
    current: RawDebate,
    people: HashMap<String, String>,
    roles: HashMap<String, String>,
}

impl Reader {
    /// The elements under a section: contributions, the sections inside it, and the clerk's
    /// paragraphs.
    fn read(&mut self, node: roxmltree::Node) {
        for child in node.children().filter(roxmltree::Node::is_element) {
            let name = child.tag_name().name();
            if SPEECHES.contains(&name) {
                self.speech(child);
            } else if SKIPPED.contains(&name) {
            } else if is_block(child) {
                let line = node_text(child);
                if !line.is_empty() {
                    self.current.procedure.push(line);
                }
            } else {
                self.section(child);
            }
        }
    }

    /// A section: its own item, the sections inside it their own.
    fn section(&mut self, node: roxmltree::Node) {
        self.finish();
        let heading = node
            .children()
            .find(|c| c.has_tag_name("heading"))
            .map(|h| capitals_to_title(&node_text(h)))
            .unwrap_or_default();
        self.open.push(heading);
        self.read(node);
        self.finish();
        self.open.pop();
    }

    /// The item under way, if anyone spoke in it, is finished.
    fn finish(&mut self) {
        if self.current.contributions.is_empty() {
            // Clerk's lines between items belong to none of them.
            self.current.procedure.clear();
            return;
        }
        let mut d = std::mem::take(&mut self.current);
        d.headings = self
            .open
            .iter()
            .filter(|t| !t.is_empty())
            .cloned()
            .collect();
        d.title = super::choose_title(&d.headings, &[]);
        self.debates.push(d);
    }

    /// One contribution: who spoke, as printed or as the references name them, and what
    /// they said, paragraph by paragraph.
    fn speech(&mut self, node: roxmltree::Node) {
        let printed = node
            .children()
            .find(|c| c.has_tag_name("from"))
            .map(node_text)
            .map(|t| t.trim_end_matches([':', ' ']).to_string())
            .filter(|t| !t.is_empty());
        let reference = |attr: &str, table: &HashMap<String, String>| {
            node.attribute(attr)
                .map(|r| r.trim_start_matches('#'))
                .and_then(|id| table.get(id))
                .cloned()
        };
        let person = reference("by", &self.people);
        let role = reference("as", &self.roles);
        let said = match (printed, role, person) {
            // A role the printed name leaves out is put before it, as Hansard prints one.
            (Some(p), Some(role), _) if !p.to_lowercase().contains(&role.to_lowercase()) => {
                format!("{role} ({p})")
            }
            (Some(p), _, _) => p,
            (None, Some(role), Some(person)) => format!("{role} ({person})"),
            (None, role, person) => {
                let Some(who) = person.or(role) else { return };
                who
            }
        };
        let mut paragraphs: Vec<String> = node
            .children()
            .filter(|c| c.is_element() && !SKIPPED.contains(&c.tag_name().name()))
            .map(words_of)
            .filter(|t| !t.is_empty())
            .collect();
        paragraphs.dedup();
        if paragraphs.is_empty() {
            return;
        }
        self.current.contributions.push(Contribution {
            speaker: attribution_or_name(&capitals_to_title(&said)),
            paragraphs,
        });
    }
}

/// True for an element that is a paragraph or a block of them rather than a section: it
/// has no heading and holds no contribution or section of its own.
fn is_block(node: roxmltree::Node) -> bool {
    const BLOCKS: &[&str] = &[
        "p",
        "narrative",
        "summary",
        "scene",
        "other",
        "blockList",
        "list",
        "table",
        "tblock",
        "blockContainer",
        "foreign",
    ];
    BLOCKS.contains(&node.tag_name().name())
}

/// The words of a paragraph, remarks and notes left out.
fn words_of(node: roxmltree::Node) -> String {
    fn visit(n: roxmltree::Node, out: &mut String) {
        for c in n.children() {
            if c.is_text() {
                out.push_str(c.text().unwrap_or_default());
            } else if c.is_element() && !SKIPPED.contains(&c.tag_name().name()) {
                visit(c, out);
                // Block children are separate lines; a space keeps their words apart.
                if is_block(c) {
                    out.push(' ');
                }
            }
        }
    }
    let mut out = String::new();
    visit(node, &mut out);
    collapse_ws(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AttrKind;

    const SITTING: &str = r##"<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <debate name="PROCEEDINGS OF THE NATIONAL ASSEMBLY">
    <meta>
      <identification source="#x">
        <FRBRWork><FRBRthis value="/za/debaterecord/2007-03-29/main"/><FRBRdate date="3000-01-01" name="generation"/></FRBRWork>
      </identification>
      <references source="#x">
        <TLCPerson id="mr-a-b-ndlovu" href="/p/1" showAs="Mr A B NDLOVU"/>
        <TLCPerson id="ms-c-dube" href="/p/2" showAs="Ms C Dube"/>
        <TLCRole id="minister-of-water" href="/r/1" showAs="The MINISTER OF WATER"/>
      </references>
    </meta>
    <preface><p>Thursday, <docDate date="2007-03-29">29 March 2007</docDate></p></preface>
    <debateBody>
      <debateSection id="db0" name="proceedings">
        <heading>PROCEEDINGS OF THE NATIONAL ASSEMBLY</heading>
        <p>The House met at <recordedTime time="14:05:00">14:05</recordedTime></p>
        <debateSection id="dbs1" name="announcements">
          <heading>ANNOUNCEMENTS</heading>
        </debateSection>
        <debateSection id="dbs2" name="water-bill">
          <heading>WATER SERVICES BILL (Second Reading debate)</heading>
          <speech by="#ms-c-dube" as="#minister-of-water">
            <from>Ms C DUBE</from>
            <p>Madam Speaker, I move that the Bill be now read a second time. [Applause.]</p>
            <p>We will connect every village by 2010.<remark>[Interjections.]</remark></p>
          </speech>
          <speech by="#mr-a-b-ndlovu">
            <p>Will the Minister publish the list of villages?</p>
          </speech>
          <p>Question agreed to.</p>
        </debateSection>
      </debateSection>
    </debateBody>
  </debate>
</akomaNtoso>"##;

    #[test]
    fn a_sitting_is_read_section_by_section() {
        assert!(sniff(SITTING));
        let debates = parse(SITTING).expect("parse");
        // The section with no speech is no item, and does not head the next one.
        assert_eq!(debates.len(), 1);
        let d = &debates[0];
        assert_eq!(d.title, "Water Services Bill (Second Reading debate)");
        assert_eq!(
            d.headings,
            [
                "Proceedings of the National Assembly",
                "Water Services Bill (Second Reading debate)"
            ]
        );
        assert_eq!(d.date.as_deref(), Some("2007-03-29"));
        assert_eq!(d.venue, Some(Venue::named("National Assembly")));
        assert_eq!(d.house, None);
        assert_eq!(d.contributions.len(), 2);
        // The role the record points to is the office; the printed name, out of capitals.
        let minister = &d.contributions[0].speaker;
        assert_eq!(minister.kind, AttrKind::Person);
        assert_eq!(minister.office.as_deref(), Some("Minister of Water"));
        assert_eq!(minister.name.as_deref(), Some("C Dube"));
        // A remark is no one's words.
        assert_eq!(
            d.contributions[0].paragraphs[1],
            "We will connect every village by 2010."
        );
        // With no printed name, the person the speech points to.
        assert_eq!(
            d.contributions[1].speaker.name.as_deref(),
            Some("A B Ndlovu")
        );
        // The clerk's line outside any speech is procedure.
        assert_eq!(d.procedure, ["Question agreed to."]);
    }

    #[test]
    fn an_act_is_refused_by_its_root() {
        let act = "<akomaNtoso><act><body><p>Text.</p></body></act></akomaNtoso>";
        assert_eq!(
            parse(act).err(),
            Some(ParseError::UnreadXml("akomaNtoso".into()))
        );
    }

    #[test]
    fn words_in_capitals_are_written_as_names() {
        assert_eq!(
            capitals_to_title("The ACTING CHIEF WHIP OF THE MAJORITY PARTY"),
            "The Acting Chief Whip of the Majority Party"
        );
        assert_eq!(capitals_to_title("Mngd M T LIKOTSI"), "Mngd M T Likotsi");
        assert_eq!(
            capitals_to_title("MOTION OF CONDOLENCE (The late Dr I M Phillips)"),
            "Motion of Condolence (The late Dr I M Phillips)"
        );
        assert_eq!(
            capitals_to_title("ADDRESS BY THE PRESIDENT"),
            "Address by the President"
        );
    }
}
