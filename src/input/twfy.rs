//! TheyWorkForYou / parlparse XML: a sitting day per file (`debates*`, `daylord*`,
//! `westminster*`, `standing*`, `sp*`, `ni*`). Headings open debates, `<speech>` elements carry
//! `speakername`, `speakerid` and sometimes `speakeroffice`; `nospeaker="true"` speeches are
//! procedure. The DOCTYPE declares HTML entities, which the XML parser expands.

use super::attribution::{self, attribution_or_name, chair_from_notice, collapse_ws};
use super::clerk::{announces_a_count, prints_a_count, puts_the_question, question_in_words};
pub use super::xml::{node_text, tidy_heading, xml_options};
use super::{ParseError, dates, hansard_text};
use crate::model::{AttrKind, Attribution, Contribution, House, RawDebate};
use regex_lite::Regex;
use std::sync::LazyLock;

pub(super) use super::twfy_chair::chair_notice_in;
use super::twfy_chair::{
    CHAIR_IN_HEADING, chairs_by_rulings, full_chair_names, presiding_notice, presiding_officer,
};

/// The framing heading of question time.
const ORAL_ANSWERS: &str = "Oral Answers to Questions";

/// Headings that frame business rather than name a debate.
const FRAMING: &[&str] = &[
    "oral answers to questions",
    "business before questions",
    "orders of the day",
    "opposition day",
    "business without debate",
    "prayers",
    "topical questions",
    "engagements",
    "public bill committee",
];

/// Kind of sitting, from the ids inside the file or its name.
fn sitting_kind(doc_text: &str, file_name: Option<&str>) -> (Option<House>, Option<&'static str>) {
    let probe = |s: &str| -> Option<(Option<House>, Option<&'static str>)> {
        if s.contains("/westminhall/") || s.starts_with("westminster") {
            Some((Some(House::Commons), Some("Westminster Hall")))
        } else if s.contains("/standing/") || s.starts_with("standing") {
            Some((Some(House::Commons), Some("Public Bill Committee")))
        } else if s.contains("/lords/") || s.starts_with("daylord") || s.starts_with("lords") {
            Some((Some(House::Lords), Some("Lords Chamber")))
        } else if s.contains("/debate/") || s.starts_with("debates") {
            Some((Some(House::Commons), Some("Commons Chamber")))
        } else if s.contains("/spor/") || s.starts_with("sp") {
            Some((
                Some(House::ScottishParliament),
                Some("Scottish Parliament Chamber"),
            ))
        } else if s.contains("/ni/") || s.starts_with("ni") {
            Some((Some(House::NiAssembly), Some("Assembly Chamber")))
        } else {
            None
        }
    };
    let head: String = doc_text.chars().take(20000).collect();
    // OpenAustralia writes the Australian Parliament's days in the same form, with the
    // Commons' and the Lords' ids for its two Houses; its links to the Parliament's own
    // record (parlinfo.aph.gov.au) tell them apart. Neither House is Westminster's.
    if head.contains("aph.gov.au") {
        if head.contains("publicwhip/lords/") {
            return (None, Some("Senate"));
        }
        if head.contains("publicwhip/debate/") {
            return (None, Some("House of Representatives"));
        }
    }
    for marker in [
        "/westminhall/",
        "/standing/",
        "/lords/",
        "/debate/",
        "/spor/",
        "/ni/",
    ] {
        if head.contains(&format!("publicwhip{marker}")) {
            return probe(marker).unwrap_or((None, None));
        }
    }
    file_name
        .and_then(|n| std::path::Path::new(n).file_name())
        .and_then(|n| n.to_str())
        .and_then(probe)
        .unwrap_or((None, None))
}

/// "New Clause 2 — Power to enter into agreements": a clause debated at a bill's report
/// stage or in Committee is an item of its own, under the bill's heading and the line that
/// says which stage it is ("Consideration of Bill, as amended in the Public Bill
/// Committee"), both printed once above the first clause.
#[derive(Default)]
struct BillContext {
    heading: Option<String>,
    stage_lines: Vec<String>,
}

static BILL_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bBill\b").expect("static regex"));

impl BillContext {
    /// Takes note of a heading: a bill's heading starts a context, a clause heading takes
    /// the bill's heading and stage line, a stage heading the bill's heading, any other item
    /// ends the context.
    fn follow(&mut self, heading: &str, headings: &mut Vec<String>, procedure: &mut Vec<String>) {
        let stage_line = |l: &String| {
            let l = l.to_lowercase();
            l.contains("consideration of bill")
                || l.contains("as amended in the public bill committee")
                || l.contains("committee of the whole house")
                || l.contains("considered in committee")
        };
        let clause = crate::scan::Cursor::new(heading).names_clause();
        // A clause takes the bill's heading and stage line; a stage ("Third Reading" after
        // the bill's earlier stage, under the same bill heading) the bill's heading.
        if clause || super::items::opens_with_stage(heading) {
            let Some(bill) = &self.heading else { return };
            if clause {
                for l in procedure.iter().filter(|l| stage_line(l)) {
                    if !self.stage_lines.contains(l) {
                        self.stage_lines.push(l.clone());
                    }
                }
            }
            if !headings.contains(bill) {
                headings.push(bill.clone());
            }
            if clause {
                for l in &self.stage_lines {
                    if !procedure.contains(l) {
                        procedure.push(l.clone());
                    }
                }
            }
        } else if is_framing(heading) {
            // "Public Bill Committee" frames the bill's items; it is not a bill.
        } else if BILL_HEADING.is_match(heading) {
            self.heading = Some(heading.to_string());
            self.stage_lines.clear();
        } else {
            *self = BillContext::default();
        }
    }
}

/// A heading that frames the business under it rather than naming an item ("Oral Answers
/// to Questions", "[8th Allotted Day]").
fn is_framing(h: &str) -> bool {
    let t = h.trim();
    t.starts_with('[') || FRAMING.contains(&t.to_lowercase().as_str())
}

/// An Opposition Day's heading ("Opposition Day", "Opposition Day — [20th Allotted Day]"),
/// ASCII case aside.
fn is_opposition_day(h: &str) -> bool {
    const DAY: &str = "opposition day";
    h.get(..DAY.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(DAY))
}

/// Parses a TheyWorkForYou XML file.
pub fn parse(text: &str, file_name: Option<&str>) -> Result<Vec<RawDebate>, ParseError> {
    let doc = roxmltree::Document::parse_with_options(text, xml_options())
        .map_err(|e| ParseError::Xml(e.to_string()))?;
    let root = doc.root_element();
    // Other XML comes here when nothing else claims it: say what it is rather than that it
    // has no speakers.
    if root.tag_name().name() != "publicwhip"
        && !root.descendants().any(|n| {
            n.tag_name().name() == "speech"
                && (n.has_attribute("speakername") || n.has_attribute("nospeaker"))
        })
    {
        return Err(ParseError::UnreadXml(root.tag_name().name().to_string()));
    }
    // TheyWorkForYou's written answers: each question (`<ques>`) and its answer (`<reply>`).
    if !root.children().any(|n| n.has_tag_name("speech"))
        && root.children().any(|n| n.has_tag_name("ques"))
    {
        return Err(ParseError::Written("questions"));
    }
    let mut r = Reader {
        date: file_name.and_then(dates::date_from_file_name),
        ..Reader::default()
    };
    for node in root.children().filter(|n| n.is_element()) {
        r.date_from_id(node);
        match node.tag_name().name() {
            tag @ ("major-heading" | "minor-heading" | "oral-heading") => r.heading(node, tag),
            "speech" => r.speech(node),
            "division" => r.division(node),
            // A committee's day file names its bill: the items are that bill's clauses.
            "bill" => {
                let title = tidy_heading(&node_text(node));
                if !title.is_empty() {
                    r.bill
                        .follow(&title, &mut r.headings, &mut r.current.procedure);
                    r.headings.push(title);
                }
            }
            _ => {}
        }
    }
    r.finish();
    let mut debates = r.debates;
    full_chair_names(&mut debates);
    chairs_by_rulings(&mut debates);
    let (house, venue) = sitting_kind(text, file_name);
    let superseded = root.attribute("latest") == Some("no");
    for d in &mut debates {
        d.date = r.date.clone();
        d.house = house;
        d.venue = venue.map(crate::model::Venue::named);
        if superseded {
            d.notes.push(crate::model::Warning::Superseded);
        }
    }
    Ok(debates)
}

/// Where reading a sitting has got to.
#[derive(Default)]
struct Reader {
    debates: Vec<RawDebate>,
    headings: Vec<String>,
    current: RawDebate,
    chair: Option<String>,
    bill: BillContext,
    /// The presiding officer's surname from the last notice, and their name as recorded.
    presiding: Option<String>,
    presiding_name: Option<String>,
    date: Option<String>,
    /// The procedural lines of the item under way that came after its last speech or
    /// division: a division's markup repeats a count printed there.
    unvoted_from: usize,
}

impl Reader {
    /// The debate under way, if anyone spoke in it, is finished.
    fn finish(&mut self) {
        if !self.current.contributions.is_empty() {
            let mut d = std::mem::take(&mut self.current);
            self.unvoted_from = 0;
            d.title = super::choose_title(&self.headings, FRAMING);
            d.headings = self.headings.clone();
            self.debates.push(d);
            // The next item is this one's sibling under the same question time, if any;
            // the next section's heading (a major heading) ends it.
            // So is the next Opposition Day debate: the day's heading stands over each.
            self.headings
                .retain(|h| super::is_question_time(h) || is_opposition_day(h));
        }
    }

    /// The sitting's date from the first element id that holds one.
    fn date_from_id(&mut self, node: roxmltree::Node) {
        if self.date.is_none()
            && let Some(id) = node.attribute("id")
            && let Some((y, m, d)) = dates::iso_shapes(id).next()
        {
            self.date = dates::valid(y, m, d);
        }
    }

    /// A heading opens a new item; one that only changes the chair does not.
    fn heading(&mut self, node: roxmltree::Node, tag: &str) {
        let raw = node_text(node);
        let mut rest = raw.clone();
        if let Some(c) = chair_notice_in(&raw) {
            self.chair = Some(super::attribution::chair_from_notice(super::group(&c, 1)));
            rest = CHAIR_IN_HEADING.replace(&raw, "").to_string();
        }
        let title = rest
            .trim()
            .trim_start_matches(['—', '–', '-', ' '])
            .trim_end_matches(['—', '–', '-', ' '])
            .trim()
            .to_string();
        let current = &mut self.current;
        if title.is_empty() {
            // A chair change alone does not split a debate.
            if current.contributions.is_empty() || current.chair.is_none() {
                current.chair = self.chair.clone();
            } else if current.chair != self.chair
                && let Some(c) = &self.chair
            {
                current
                    .notes
                    .push(crate::model::Warning::ChairChanged(c.clone()));
            }
            return;
        }
        self.finish();
        if self.current.contributions.is_empty() {
            self.current.chair = self.chair.clone();
            self.current.has_opening = true;
        }
        // A new item: what an item with no speech left behind (its subject, its "Third
        // Reading", its "Motion agreed.") is not this one's; the framing headings above
        // both are.
        if tag == "major-heading" && !is_framing(&title) {
            // An Opposition Day heading stands over its debates, not the business after.
            self.headings
                .retain(|h| is_framing(h) && !is_opposition_day(h));
            self.current.procedure.clear();
            self.unvoted_from = 0;
        }
        let heading = tidy_heading(&title);
        self.bill
            .follow(&heading, &mut self.headings, &mut self.current.procedure);
        self.headings.push(heading);
    }

    /// A speech's paragraphs: procedure and presiding notices apart, the rest its words.
    fn paragraphs(&mut self, node: roxmltree::Node) -> Vec<String> {
        let mut words: Vec<(String, bool)> = Vec::new();
        let mut resolved = false;
        for p in node
            .children()
            .filter(|c| c.is_element() && c.tag_name().name() == "p")
        {
            let t = node_text(p);
            // Set in italics by its class, or wholly inside `<i>` ("<i>Mr Howard
            // interjecting</i>").
            let italic = p.attribute("class").is_some_and(|c| c.contains("italic"))
                || (p.children().any(|c| c.has_tag_name("i"))
                    && p.children().all(|c| {
                        c.has_tag_name("i") || c.text().is_some_and(|t| t.trim().is_empty())
                    }));
            // A division's count printed in the speech (`announces_a_count`), read once.
            let count = announces_a_count(&t);
            if let Some(c) = presiding_notice(t.trim()) {
                // Who presides from here on: a name, or the Speaker by title.
                self.presiding = c
                    .get(1)
                    .map(|m| attribution::surname(&chair_from_notice(m.as_str())).to_string());
                self.chair = Some(match &self.presiding {
                    Some(surname) => surname.clone(),
                    None => "Mr Speaker".to_string(),
                });
                self.presiding_name = None;
                if self.current.contributions.is_empty() {
                    self.current.chair = self.chair.clone();
                }
                self.current.procedure.push(t);
            } else if let Some(c) = chair_notice_in(t.trim())
                .filter(|c| c.get(0).is_some_and(|m| m.as_str().len() == t.trim().len()))
            {
                // "[Robert Key in the Chair]" as a line of its own: who chairs from here on.
                self.chair = Some(chair_from_notice(super::group(&c, 1)));
                if self.current.contributions.is_empty() {
                    self.current.chair = self.chair.clone();
                }
                self.current.procedure.push(t);
            } else if (italic && (resolved || hansard_text::is_procedural_line(&t)))
                || puts_the_question(&t)
                || count
            {
                // "Question put, That ..." is the clerk's, even when the record prints it in
                // roman at the end of the last speech before a vote.
                // Procedure is nobody's words, but it says what the item is; so is the text
                // of what the House resolved when the record sets it in italics (the Northern
                // Ireland Assembly's standing orders, pages of them).
                // So are the division lists in italics after a count printed within a speech
                // (the Northern Ireland Assembly's "The Assembly divided: Ayes 35; Noes 41.",
                // then "AYES", the names, the tellers).
                resolved |= t.starts_with("Resolved") || t.starts_with("Ordered") || count;
                self.current.procedure.push(t);
            } else if !t.is_empty() {
                // A quotation set out on its own within a sentence (`class="indent"`), and
                // the rest of the sentence after it, join the paragraph the sentence opened
                // in (`set_out`).
                let set_out = p.attribute("class").is_some_and(|c| c.contains("indent"));
                words.push((t, set_out));
            }
        }
        super::set_out::join(words)
    }

    /// A speech: a contribution by its speaker, or procedure when nobody is named.
    fn speech(&mut self, node: roxmltree::Node) {
        let name = node
            .attribute("speakername")
            .filter(|_| node.attribute("nospeaker") != Some("true"));
        // Who speaks is settled before the speech's own notices are read: a change of chair
        // printed at its end ("(Mr Deputy Speaker [Mr McClarty] in the Chair)") takes effect
        // from the next speech.
        let speaker = name.map(|name| self.speaker(node, name));
        let paragraphs = self.paragraphs(node);
        let Some(speaker) = speaker else {
            self.current.procedure.extend(paragraphs);
            return;
        };
        let current = &mut self.current;
        if current.contributions.is_empty() && current.chair.is_none() {
            current.chair = self.chair.clone();
        }
        // `oral-qnum`: the record marks a tabled oral question.
        if current.contributions.is_empty()
            && node.attribute("oral-qnum").is_some()
            && !self
                .headings
                .iter()
                .any(|h| h.eq_ignore_ascii_case(ORAL_ANSWERS))
        {
            self.headings.insert(0, ORAL_ANSWERS.to_string());
        }
        current.contributions.push(Contribution {
            speaker,
            paragraphs,
        });
        self.unvoted_from = current.procedure.len();
    }

    /// Who gave a speech: the attribute read like a text attribution, the presiding officer
    /// recognised, `speakeroffice` and `speakerid` kept.
    fn speaker(&mut self, node: roxmltree::Node, name: &str) -> Attribution {
        let mut speaker = attribution_or_name(name);
        speaker.id = node
            .attribute("speakerid")
            .filter(|id| !id.ends_with("unknown"))
            .map(str::to_string);
        // After the id: a deputy presiding officer's id is the office's, which it drops.
        presiding_officer(
            &mut speaker,
            self.presiding.as_deref(),
            &mut self.presiding_name,
        );
        if speaker.kind == AttrKind::Chair && speaker.name.is_none() {
            // "Mr. Speaker" is the chair; keep the office as said.
            speaker.office.get_or_insert_with(|| collapse_ws(name));
        }
        if let Some(office) = node.attribute("speakeroffice") {
            let office = collapse_ws(office);
            speaker.office = Some(office.strip_prefix("The ").unwrap_or(&office).to_string());
        }
        speaker
    }

    /// A division's count, as the text formats print it: the analysis reads votes there.
    /// The Commons count ayes and noes; the Lords, contents and not-contents; the Scottish
    /// Parliament, votes for and against.
    fn division(&mut self, node: roxmltree::Node) {
        let Some(count) = node
            .descendants()
            .find(|n| n.tag_name().name() == "divisioncount")
        else {
            return;
        };
        let n = |names: [&str; 3]| {
            names
                .iter()
                .find_map(|a| count.attribute(*a))
                .map(str::trim)
        };
        // The record prints the count as the clerk read it ("The House divided: Ayes 213,
        // Noes 293.", "Contents 153; Not-Contents 127.") before the markup, whose count of
        // the names listed can differ by one or two: the printed count is the vote.
        let procedure = &mut self.current.procedure;
        let printed = procedure
            .get(self.unvoted_from.min(procedure.len())..)
            .unwrap_or_default()
            .iter()
            .any(|l| prints_a_count(l));
        if !printed
            && let (Some(ayes), Some(noes)) = (
                n(["ayes", "content", "for"]),
                n(["noes", "not-content", "against"]),
            )
        {
            let since = procedure.get(self.unvoted_from..).unwrap_or_default();
            if !since.iter().any(|l| puts_the_question(l))
                && let Some(q) = question_in_words(&self.current.contributions)
            {
                procedure.push(format!("Question put, {q}."));
            }
            procedure.push(format!("The House divided: Ayes {ayes}, Noes {noes}."));
        }
        self.unvoted_from = procedure.len();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_australian_day_is_in_the_senate_or_the_house_of_representatives_not_westminster() {
        let day = |house: &str| {
            format!(
                r#"<debates>
<major-heading id="uk.org.publicwhip/{house}/2007-09-20.24.1" url="http://parlinfo.aph.gov.au/parlInfo/x">SEXUAL SLAVERY AND JAPAN</major-heading>
<speech id="uk.org.publicwhip/{house}/2007-09-20.24.3" speakerid="uk.org.publicwhip/lord/100177" speakername="Marise Ann Payne" talktype="speech"><p>I move the motion standing in my name.</p></speech>
</debates>"#
            )
        };
        for (ids, venue) in [("lords", "Senate"), ("debate", "House of Representatives")] {
            let d = &super::parse(&day(ids), None).expect("parses")[0];
            assert_eq!(d.house, None, "{ids}");
            assert_eq!(d.venue.as_ref().map(|v| v.name()), Some(venue));
        }
        // Westminster's own days keep their Houses.
        let lords = day("lords").replace(
            "parlinfo.aph.gov.au/parlInfo",
            "www.publications.parliament.uk",
        );
        let d = &super::parse(&lords, None).expect("parses")[0];
        assert_eq!(d.house, Some(crate::model::House::Lords));
        assert_eq!(d.venue.as_ref().map(|v| v.name()), Some("Lords Chamber"));
    }

    #[test]
    fn the_clerks_question_put_is_not_the_chairs_words() {
        for t in [
            " Question put, That the amendment be made.",
            "Mr. Speaker put forthwith the Question already proposed from the Chair, That the amendment be made.",
            "The Deputy Speaker put forthwith the Question necessary for the disposal of the business.",
        ] {
            assert!(super::puts_the_question(t), "{t}");
        }
        for t in [
            "Before I put the Question, I remind Members that the motion requires cross-community support.",
            "The procedure is that I have to put the Question as the noble Lord has spoken to the amendment.",
        ] {
            assert!(!super::puts_the_question(t), "{t}");
        }
    }

    #[test]
    fn a_question_times_items_keep_its_heading_and_the_presiding_officer_his_name() {
        let xml = r#"<publicwhip>
<major-heading id="sp.1">Influenza</major-heading>
<speech id="sp.2" speakerid="m/9" speakername="The Presiding Officer (Alex Fergusson)"><p>Good morning. The first item of business is a statement.</p></speech>
<speech id="sp.3" speakerid="m/2" speakername="Nicola Sturgeon"><p>I will make a statement on the influenza pandemic.</p></speech>
<major-heading id="sp.4">Question Time &#8212; Scottish Executive &#8212; General Questions</major-heading>
<minor-heading id="sp.5">Ferry Services (Orkney)</minor-heading>
<speech id="sp.6" speakerid="m/3" speakername="Liam McArthur"><p>To ask the Scottish Executive what plans it has for ferry fares.</p></speech>
<minor-heading id="sp.7">Bus Services</minor-heading>
<speech id="sp.8" speakerid="m/9" speakername="The Presiding Officer"><p>Question 6 has been withdrawn.</p></speech>
<speech id="sp.9" speakerid="m/4" speakername="James Kelly"><p>To ask the Scottish Executive what support it gives bus services.</p></speech>
<major-heading id="sp.10">Scottish Economy</major-heading>
<speech id="sp.11" speakerid="m/5" speakername="John Swinney"><p>I beg to move the motion in my name.</p></speech>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let heads: Vec<&[String]> = debates.iter().map(|d| d.headings.as_slice()).collect();
        let general = "Question Time — Scottish Executive — General Questions";
        assert_eq!(heads[1], [general, "Ferry Services (Orkney)"]);
        assert_eq!(heads[2], [general, "Bus Services"]);
        assert_eq!(heads[3], ["Scottish Economy"]);
        let chair = &debates[2].contributions[0].speaker;
        assert_eq!(chair.name.as_deref(), Some("Alex Fergusson"));
    }

    #[test]
    fn an_opposition_days_heading_stands_over_its_debates_and_no_further() {
        let xml = r#"<publicwhip>
<major-heading id="c.1">Opposition Day &#8212; [20th Allotted Day]</major-heading>
<minor-heading id="c.2">Local Spending Reports</minor-heading>
<speech id="c.3" speakername="Caroline Spelman"><p>I beg to move, That this House welcomes local spending reports.</p></speech>
<minor-heading id="c.4">Future of the Territorial Army</minor-heading>
<speech id="c.5" speakername="Liam Fox"><p>I beg to move, That this House supports the Territorial Army.</p></speech>
<major-heading id="c.6">UK Inventors</major-heading>
<speech id="c.7" speakername="David Heath"><p>I am grateful for this debate.</p></speech>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let heads: Vec<&[String]> = debates.iter().map(|d| d.headings.as_slice()).collect();
        let day = "Opposition Day — [20th Allotted Day]";
        assert_eq!(heads[0], [day, "Local Spending Reports"]);
        assert_eq!(heads[1], [day, "Future of the Territorial Army"]);
        assert_eq!(heads[2], ["UK Inventors"]);
    }

    #[test]
    fn a_divisions_markup_repeats_the_count_printed_before_it() {
        // The markup counts the names it lists, which can differ from the count the record
        // prints (213 against 214 here): the printed count is the vote, once.
        let xml = r#"<publicwhip>
<major-heading id="c.1">Future of the Territorial Army</major-heading>
<speech id="c.2" speakername="Liam Fox"><p>I beg to move.</p></speech>
<speech id="c.3" nospeaker="true"><p pwmotiontext="yes"> Question put, That the original words stand part of the Question.</p><p pwmotiontext="yes"><i> The House divided:</i> Ayes 213, Noes 293.</p></speech>
<division id="c.4"><divisioncount ayes="214" noes="292"/></division>
<speech id="c.5" speakername="Bill Rammell"><p>The next vote follows.</p></speech>
<division id="c.6"><divisioncount ayes="100" noes="50"/></division>
<speech id="c.7" nospeaker="true"><p class="italic">Contents 153; Not-Contents 127.</p><p class="italic">Amendment 44 agreed.</p></speech>
<division id="c.8"><divisioncount content="153" not-content="127"/></division>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let votes: Vec<(u32, u32)> = crate::analysis::divisions::divisions_of(&debates[0])
            .iter()
            .map(|v| (v.ayes, v.noes))
            .collect();
        // The second division prints no count of its own: its markup gives it.
        assert_eq!(votes, [(213, 293), (100, 50), (153, 127)]);
        assert!(prints_a_count("The House divided: Ayes 213, Noes 293."));
        assert!(prints_a_count("Contents 153; Not-Contents 127."));
        assert!(!prints_a_count("The ayes have it, the noes have it."));
    }

    #[test]
    fn a_count_printed_within_a_speech_and_a_count_for_and_against_are_votes() {
        // The Northern Ireland Assembly prints its count, then the lists of names, at the end
        // of the last speech; the Scottish Parliament's markup counts votes for and against.
        let xml = r#"<publicwhip>
<major-heading id="ni.1">Church Services</major-heading>
<speech id="ni.2" speakername="Barry Kells"><p>I ask everybody to unite behind the motion.</p>
<p class="italic">Question put.</p>
<p><span class="Italic">The Assembly divided:</span> Ayes 35; Noes 41.</p>
<p class="italic">AYES</p>
<p class="italic">Ms Anderson, Mr Attwood, Mr Boylan, Mrs M Bradley, Mr Brady, Mr Brolly, Mr Burns.</p>
<p class="italic">Tellers for the Ayes: Mr F McCann and Mr McKay.</p>
<p class="italic">Question accordingly negatived.</p></speech>
<major-heading id="sp.1">Decision Time</major-heading>
<speech id="sp.2" speakername="The Presiding Officer"><p>The next question is, that amendment S3M-5071.1, in the name of Derek Brown, be agreed to. Are we agreed?</p></speech>
<speech id="sp.3" speakername="Members"><p>No.</p></speech>
<speech id="sp.4" speakername="The Presiding Officer"><p>There will be a division.</p></speech>
<division id="sp.3"><divisioncount for="64" against="52" abstentions="1" spoiledvotes="0"/></division>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let votes = |d: &RawDebate| -> Vec<(u32, u32)> {
            crate::analysis::divisions::divisions_of(d)
                .iter()
                .map(|v| (v.ayes, v.noes))
                .collect()
        };
        assert_eq!(votes(&debates[0]), [(35, 41)]);
        assert_eq!(votes(&debates[1]), [(64, 52)]);
        // The Presiding Officer puts the question in words.
        let put = crate::analysis::divisions::divisions_of(&debates[1]);
        assert_eq!(
            put.first().and_then(|v| v.question.as_deref()),
            Some("That amendment S3M-5071.1, in the name of Derek Brown, be agreed to")
        );
        // The count and the lists are not the member's words.
        assert_eq!(
            debates[0].contributions[0].paragraphs,
            ["I ask everybody to unite behind the motion."]
        );
    }

    #[test]
    fn a_bills_stages_under_its_heading_keep_the_bills_name() {
        // The Australian Senate prints a bill's stages, "In Committee" among them, as minor
        // headings under the bill's major heading.
        let xml = r#"<publicwhip>
<major-heading id="au.1">Health Legislation Amendment Bill 2007</major-heading>
<minor-heading id="au.2">Second Reading</minor-heading>
<speech id="au.3" speakerid="m/1" speakername="Chris Ellison"><p>I move that this bill be now read a second time.</p></speech>
<minor-heading id="au.4">In Committee</minor-heading>
<speech id="au.5" speakerid="m/2" speakername="Lyn Allison"><p>I move the amendment on the sheet.</p></speech>
<minor-heading id="au.6">Third Reading</minor-heading>
<speech id="au.7" speakerid="m/1" speakername="Chris Ellison"><p>I move that this bill be now read a third time.</p></speech>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let titles: Vec<&str> = debates.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Health Legislation Amendment Bill 2007: Second Reading",
                "Health Legislation Amendment Bill 2007: In Committee",
                "Health Legislation Amendment Bill 2007: Third Reading",
            ]
        );
    }

    #[test]
    fn a_note_that_a_member_interjected_is_nobodys_words() {
        let xml = r#"<publicwhip>
<major-heading id="au.1">Leader of the Opposition</major-heading>
<speech id="au.2" speakerid="m/1" speakername="Kevin Ross"><p>What did the senator say about it?</p></speech>
<speech id="au.3" speakerid="m/2" speakername="John Howe" talktype="interjection"><p>
<i>Mr Howe interjecting</i></p></speech>
<speech id="au.4" speakerid="m/1" speakername="Kevin Ross"><p>Oh yes it does, Prime Minister! <i>Hear</i> this.</p>
<p class="italic">Opposition members interjecting—</p></speech>
</publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let said: Vec<&String> = debates[0]
            .contributions
            .iter()
            .flat_map(|c| &c.paragraphs)
            .collect();
        assert_eq!(
            said,
            [
                "What did the senator say about it?",
                "Oh yes it does, Prime Minister! Hear this."
            ]
        );
    }

    #[test]
    fn the_text_of_a_resolution_set_in_italics_is_nobodys_words() {
        let xml = r#"<publicwhip>
<major-heading id="ni.1">Standing Orders</major-heading>
<speech id="ni.2" speakerid="m/1" speakername="Mervyn Storey"><p>I beg to move the amendments to the Standing Orders in my name.</p>
<p class="italic">Question put and agreed to.</p>
<p class="italic">Resolved (with cross-community support):</p>
<p class="italic">(a) Leave out Standing Order 57 and insert a new order on the committee.</p>
<p class="italic">(b) The committee shall be appointed at the commencement of every Assembly.</p>
</speech></publicwhip>"#;
        let debates = super::parse(xml, None).expect("parses");
        let c = &debates[0].contributions;
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].paragraphs.len(), 1, "{:?}", c[0].paragraphs);
        assert!(
            debates[0]
                .procedure
                .iter()
                .any(|p| p.starts_with("(b) The committee"))
        );
    }

    use super::*;

    const DAY: &str = r#"<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE publicwhip [
<!ENTITY pound "&#163;">
<!ENTITY mdash "&#8212;">
<!ENTITY eacute "&#233;">
]>
<publicwhip scrapeversion="a" latest="yes">
<major-heading id="uk.org.publicwhip/westminhall/2009-10-27a.1.0" nospeaker="true">[Mrs. Joan Humble in the Chair] &mdash; Rail Services</major-heading>
<speech id="uk.org.publicwhip/westminhall/2009-10-27a.1.1" speakerid="uk.org.publicwhip/member/1" speakername="Ren&eacute;e Smith"><p>We need &pound;5 million.</p></speech>
<minor-heading id="uk.org.publicwhip/westminhall/2009-10-27a.1.2" nospeaker="true">[Mr. Joe Benton in the Chair]</minor-heading>
<speech id="uk.org.publicwhip/westminhall/2009-10-27a.1.3" speakerid="uk.org.publicwhip/member/2" speakername="Tom Jones" speakeroffice="The Minister for Rail"><p>We will see.</p></speech>
<minor-heading id="uk.org.publicwhip/westminhall/2009-10-27a.2.0" nospeaker="true">BUS SERVICES</minor-heading>
<speech id="uk.org.publicwhip/westminhall/2009-10-27a.2.1" nospeaker="true"><p class="italic">Motion made, and Question proposed.</p></speech>
<speech id="uk.org.publicwhip/westminhall/2009-10-27a.2.2" speakername="Mr. Deputy Speaker"><p>Order.</p></speech>
</publicwhip>"#;

    #[test]
    fn reads_a_day_with_entities_and_chair_change() {
        let d = parse(DAY, Some("westminster2009-10-27a.xml")).unwrap();
        assert_eq!(d.len(), 2, "a chair change does not split a debate");
        assert_eq!(d[0].title, "Rail Services");
        assert_eq!(d[0].chair.as_deref(), Some("Joan Humble"));
        assert_eq!(d[0].date.as_deref(), Some("2009-10-27"));
        assert_eq!(d[0].venue, Some(crate::model::Venue::WestminsterHall));
        assert_eq!(
            d[0].contributions[0].speaker.name.as_deref(),
            Some("Renée Smith")
        );
        assert_eq!(d[0].contributions[0].paragraphs[0], "We need £5 million.");
        assert_eq!(
            d[0].contributions[1].speaker.office.as_deref(),
            Some("Minister for Rail")
        );
        assert_eq!(d[1].title, "Bus Services");
        assert_eq!(d[1].contributions[0].speaker.kind, AttrKind::Chair);
    }

    #[test]
    fn undeclared_entity_is_an_error() {
        let bad = "<publicwhip><speech speakername=\"A B\"><p>&nosuch;</p></speech></publicwhip>";
        assert!(matches!(parse(bad, None), Err(ParseError::Xml(_))));
    }
    #[test]
    fn written_answers_are_no_debate() {
        let wrans = r#"<publicwhip><major-heading id="uk.org.publicwhip/wrans/2009-10-26a.1.0" nospeaker="true">Health</major-heading>
<ques id="uk.org.publicwhip/wrans/2009-10-26a.1.2" speakername="John Smith"><p qnum="293001">To ask the Secretary of State for Health how many people have been vaccinated.</p></ques>
<reply id="uk.org.publicwhip/wrans/2009-10-26a.1.3" speakername="Gillian Merron"><p>The information is not held centrally.</p></reply></publicwhip>"#;
        let err = parse(wrans, Some("wrans2009-10-26a.xml")).unwrap_err();
        assert!(matches!(err, ParseError::Written("questions")));
        assert!(err.to_string().contains("not a debate"));
    }
}
