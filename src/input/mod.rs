//! Reading transcripts: bytes → text (`decode`), which format it is (`detect`), and one
//! parser per format, each `parse(&str) -> Result<Vec<RawDebate>, ParseError>`. `load` is
//! the only function here that touches the file system.
//!
//! Everything here reads untrusted input; unchecked indexing and `unwrap` are denied for the
//! whole crate (see `lib.rs`).

pub mod akoma;
pub mod attribution;
mod clerk;
pub mod dates;
pub mod decode;
pub mod hansard_api;
pub mod hansard_html;
pub mod hansard_text;
pub mod historic;
mod html_depth;
mod items;
mod names;
pub mod parallel;
mod set_out;
pub mod tei;
mod tei_text;
pub mod twfy;
mod twfy_chair;
mod twfy_page;
pub mod xml;

pub use crate::model::InputFormat;
use crate::model::{AttrKind, House, RawDebate, Transcript, Venue};
use items::{carry_offices, join_resumed};
pub use items::{choose_title, is_question_time};
use std::fmt;
use std::path::Path;

/// Why a transcript could not be summarised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The bytes are not usable text.
    Decode(decode::DecodeError),
    /// Nothing in the document is an attributed contribution.
    NoSpeakers,
    /// The XML is not well-formed (line, message).
    Xml(String),
    /// Well-formed XML of a kind no reader here reads: its root element.
    UnreadXml(String),
    /// The document is larger than the configured limit.
    TooLarge { size: u64, limit: u64 },
    /// JSON that is malformed or not a Hansard API debate.
    Json(String),
    /// HTML whose tags open inside one another too deeply to be read in reasonable time.
    HtmlTooDeep,
    /// XML whose elements open inside one another too deeply to be a sitting's record.
    XmlTooDeep,
    /// A record that names its speakers only in a file beside it, which is not there.
    NeedsSideFile(String),
    /// A written record (questions answered in writing), which no one said in a sitting.
    Written(&'static str),
}

/// A message that quotes the input, with its control characters written as escapes: a byte
/// of the file named in an error (a parser's "expected a whitespace not '\u{1b}'") must not
/// reach the terminal as a control code.
fn printable(msg: &str) -> std::borrow::Cow<'_, str> {
    if !msg.chars().any(char::is_control) {
        return msg.into();
    }
    let mut out = String::with_capacity(msg.len() + 8);
    for c in msg.chars() {
        if c.is_control() {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.into()
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Decode(e) => e.fmt(f),
            ParseError::NoSpeakers => f.write_str(
                "no speakers found: this does not look like a debate transcript (no attributed contributions)",
            ),
            ParseError::Xml(msg) => write!(f, "malformed XML: {}", printable(msg)),
            ParseError::UnreadXml(root) => {
                write!(
                    f,
                    "XML of a kind this tool does not read: its root element is <{}>{}; it reads TheyWorkForYou XML (<publicwhip>), ParlaMint TEI (<TEI>), Historic Hansard sittings (<housecommons>, <houselords>, <westminsterhall>, <grandcommittee>) and Akoma Ntoso debate records (<akomaNtoso><debate>)",
                    printable(root),
                    xml_kind(root)
                )
            }
            ParseError::Json(msg) => write!(f, "JSON: {}", printable(msg)),
            ParseError::NeedsSideFile(name) => write!(
                f,
                "ParlaMint plain text names its speakers only in {}, which is not beside it",
                printable(name)
            ),
            ParseError::Written(what) => write!(
                f,
                "{what} answered in writing, not a debate: nothing in it was said in a sitting"
            ),
            ParseError::HtmlTooDeep => f.write_str(
                "HTML nested too deeply to be a Hansard page (thousands of elements open inside one another)",
            ),
            ParseError::XmlTooDeep => write!(
                f,
                "XML nested too deeply to be a sitting's record (more than {} elements open inside one another)",
                xml::MAX_DEPTH
            ),
            ParseError::TooLarge { size, limit } => write!(
                f,
                "file is {size} bytes, over the {limit}-byte limit (raise it with --max-size)"
            ),
        }
    }
}

/// What a root element says an XML document is, for the message refusing it.
fn xml_kind(root: &str) -> &'static str {
    match root {
        "writtenanswers" | "writtenstatements" => " (Historic Hansard written answers)",
        "akomaNtoso" => " (an Akoma Ntoso document that is not a debate record)",
        _ => "",
    }
}

impl std::error::Error for ParseError {}

impl From<decode::DecodeError> for ParseError {
    fn from(e: decode::DecodeError) -> Self {
        ParseError::Decode(e)
    }
}

/// Picks the format: content first, the file name as a hint when content is ambiguous.
pub fn detect(text: &str, file_name: Option<&str>) -> InputFormat {
    // The first 4096 characters.
    let trimmed = text.trim_start();
    let head = trimmed
        .char_indices()
        .nth(4096)
        .and_then(|(at, _)| trimmed.get(..at))
        .unwrap_or(trimmed);
    // JSON: the Hansard API's debate shape is the only JSON read; any other JSON is refused
    // by that reader with a message that says so.
    if head.starts_with('{') || head.starts_with('[') {
        return InputFormat::HansardApi;
    }
    if head.starts_with('<') {
        let low = head.to_lowercase();
        if historic::sniff(head) {
            return InputFormat::HistoricXml;
        }
        if akoma::sniff(head) {
            return InputFormat::AkomaNtoso;
        }
        if low.contains("<publicwhip") || text.contains("<speech ") {
            return InputFormat::TwfyXml;
        }
        if low.contains("<tei") || text.contains("tei-c.org/ns") || text.contains("<u who=") {
            return InputFormat::ParlamintTei;
        }
        if low.contains("<html") || low.contains("<!doctype html") || low.contains("<div") {
            return InputFormat::HansardHtml;
        }
        let ext = file_name
            .and_then(|n| Path::new(n).extension())
            .and_then(|e| e.to_str())
            .map(str::to_lowercase);
        return match ext.as_deref() {
            Some("html" | "htm") => InputFormat::HansardHtml,
            Some("tei") => InputFormat::ParlamintTei,
            _ => InputFormat::TwfyXml,
        };
    }
    if tei_text::sniff(text) {
        return InputFormat::ParlamintTei;
    }
    if parallel::sniff(text) {
        return InputFormat::ParallelParliament;
    }
    InputFormat::HansardText
}

/// Parses text in a known format into debates, fills what the record leaves to context
/// (a date from the file name, the House and venue), and refuses a document with no speakers.
pub fn parse(
    text: &str,
    format: InputFormat,
    file_name: Option<&str>,
    side_files: &dyn Fn(&str) -> Option<String>,
) -> Result<Transcript, ParseError> {
    let read = |text: &str| match format {
        InputFormat::HansardText => hansard_text::parse(text),
        InputFormat::ParallelParliament if text.trim_start().starts_with('<') => {
            hansard_html::parse_parallel(text)
        }
        InputFormat::ParallelParliament => parallel::parse(text),
        InputFormat::TwfyXml => twfy::parse(text, file_name),
        InputFormat::ParlamintTei if !text.trim_start().starts_with('<') => {
            tei_text::parse(text, file_name, side_files)
        }
        InputFormat::ParlamintTei => tei::parse(text, file_name, side_files),
        InputFormat::HansardHtml => hansard_html::parse(text),
        InputFormat::HansardApi => hansard_api::parse(text),
        InputFormat::HistoricXml => historic::parse(text),
        InputFormat::AkomaNtoso => akoma::parse(text),
    };
    let mut debates = match read(text) {
        // A record that leaves an element open (an excerpt cut off mid-speech) is read with
        // it closed where the element around it ends, and says so.
        Err(ParseError::Xml(msg)) => {
            let (mended, unclosed) = xml::mend(text).ok_or(ParseError::Xml(msg))?;
            let mut debates = read(&mended)?;
            for d in &mut debates {
                d.notes.extend(unclosed.iter().cloned());
            }
            debates
        }
        read => read?,
    };
    join_resumed(&mut debates);
    // TheyWorkForYou marks a quotation set out, and its reader joins them itself.
    if format != InputFormat::TwfyXml {
        for c in debates.iter_mut().flat_map(|d| d.contributions.iter_mut()) {
            c.paragraphs = set_out::join_unmarked(std::mem::take(&mut c.paragraphs));
        }
    }
    carry_offices(&mut debates);
    let file_date = file_name.and_then(dates::date_from_file_name);
    let file_wide = house_evidence(text);
    for d in &mut debates {
        if d.date.is_none() {
            d.date = file_date.clone();
        }
        // The cues are Westminster's: a record in another standard, or of a chamber
        // Westminster does not have ("National Assembly"), is not read for them.
        let elsewhere = d.house.is_none() && matches!(d.venue, Some(Venue::Other(_)));
        if format != InputFormat::AkomaNtoso
            && !elsewhere
            && (d.house.is_none() || d.venue.is_none())
        {
            infer_house_venue(d, file_wide);
        }
    }
    debates.retain(|d| {
        d.contributions
            .iter()
            .any(|c| c.speaker.kind != AttrKind::Collective && !c.paragraphs.is_empty())
    });
    if debates.is_empty() {
        return Err(ParseError::NoSpeakers);
    }
    Ok(Transcript { format, debates })
}

/// What the whole document says about where it was spoken.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    westminster_hall: bool,
    lords_marker: bool,
    commons_marker: bool,
}

fn house_evidence(text: &str) -> Evidence {
    let mut ev = Evidence::default();
    for line in text.lines().take(20000) {
        let l = line.trim();
        match l {
            "Westminster Hall" => ev.westminster_hall = true,
            "House of Lords" | "Lords Chamber" | "Grand Committee" => ev.lords_marker = true,
            "House of Commons" | "Commons Chamber" => ev.commons_marker = true,
            _ => {}
        }
    }
    ev
}

/// How strongly what is said points to each House and venue.
#[derive(Default, Clone, Copy)]
struct Leanings {
    lords: usize,
    commons: usize,
    chamber: usize,
    hall: usize,
}

/// Counts the cues of each House and venue in who speaks and what they say (the cues are
/// listed in `input/house_cues.rs`, which `build.rs` builds into a table). One pass per
/// paragraph over every cue; the evidence is settled long before the end of a long debate,
/// so only its first contributions are read.
fn leanings(d: &RawDebate) -> Leanings {
    let mut l = Leanings::default();
    for c in d.contributions.iter().take(400) {
        let n = c.speaker.name.as_deref().unwrap_or("");
        if n.starts_with("Lord ") || n.starts_with("Baroness ") || n.starts_with("Earl ") {
            l.lords += 2;
        }
        if c.speaker.kind == AttrKind::Chair {
            let o = c.speaker.office.as_deref().unwrap_or("").to_lowercase();
            if o.contains("speaker") && !o.contains("lord") {
                l.commons += 3;
                l.chamber += 3;
            }
        }
        for p in &c.paragraphs {
            for m in crate::phrase_table::HOUSE_CUES.find_iter(p.as_bytes()) {
                match m.pattern {
                    0 => l.lords += 1,
                    1 | 2 => l.lords += 2,
                    3..=6 => l.commons += 1,
                    7..=10 => l.chamber += 1,
                    11 | 13 => l.hall += 3,
                    _ => l.hall += 1,
                }
            }
        }
    }
    for p in &d.procedure {
        l.chamber += p.matches("this House").count() * 2;
    }
    l
}

/// Fills the House and venue a record leaves to context, from the document's markers and
/// how its speakers speak.
fn infer_house_venue(d: &mut RawDebate, ev: Evidence) {
    // The cues are counted only when the record leaves something to fill that needs them
    // (they read the whole debate).
    let counted = std::cell::OnceCell::new();
    let leaning = |d: &RawDebate| *counted.get_or_init(|| leanings(d));
    if d.house.is_none() {
        let l = leaning(d);
        let lords_side = ev.lords_marker || (l.lords > l.commons && l.lords >= 2);
        if lords_side {
            d.house = Some(House::Lords);
        } else if ev.commons_marker || ev.westminster_hall || l.commons + l.chamber + l.hall >= 1 {
            d.house = Some(House::Commons);
        }
    }
    if d.venue.is_none() {
        d.venue = match d.house {
            Some(House::Lords) => Some(Venue::LordsChamber),
            Some(House::Commons) => {
                // `leaning` counts once; a marker decides without it.
                if ev.westminster_hall || leaning(d).hall > leaning(d).chamber {
                    Some(Venue::WestminsterHall)
                } else if ev.commons_marker || leaning(d).chamber > 0 || leaning(d).commons > 0 {
                    Some(Venue::CommonsChamber)
                } else {
                    None
                }
            }
            _ => None,
        };
    }
}

/// The maximum input size unless overridden (`--max-size`).
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// Capture group `i` of a match, or "" when it took no part (never by indexing, which would
/// panic).
pub(crate) fn group<'t>(c: &regex_lite::Captures<'t>, i: usize) -> &'t str {
    c.get(i).map_or("", |m| m.as_str())
}

/// Builds the matchers the text reader uses (once per process, on first use) by reading a
/// small transcript made here; see `analysis::warm`.
pub fn warm() {
    const TEXT: &str = "Westminster Hall\n\
        Tuesday 4 March 2025\n\
        [Sir Christopher Chope in the Chair]\n\
        Rural Bus Services\n\
        9.30 am\n\
        Jo Bloggs (Upper Tarn) (Lab)\n\
        I beg to move, That this House has considered rural bus services.\n\
        Motion made, and Question proposed.\n\
        Sam Smith: The hon. Member for Upper Tarn (Jo Bloggs) is right.\n\
        The Minister for Roads (Kim Lee)\n\
        I thank my hon. Friend.\n\
        Question put and agreed to.\n";
    let _ = parse(
        TEXT,
        InputFormat::HansardText,
        Some("2025-03-04.txt"),
        &|_| None,
    );
    let _ = detect(TEXT, None);
}

/// Decodes bytes, detects the format (unless given) and parses.
pub fn parse_bytes(
    bytes: &[u8],
    format: Option<InputFormat>,
    file_name: Option<&str>,
    side_files: &dyn Fn(&str) -> Option<String>,
) -> Result<Transcript, ParseError> {
    let text = decode::decode(bytes)?;
    let format = format.unwrap_or_else(|| detect(&text, file_name));
    parse(&text, format, file_name, side_files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_that_quotes_the_input_writes_its_control_characters_as_escapes() {
        let e = ParseError::Xml("expected a whitespace not '\u{1b}' at 1:5".into());
        assert_eq!(
            e.to_string(),
            "malformed XML: expected a whitespace not '\\u{1b}' at 1:5"
        );
        let e = ParseError::UnreadXml("a\u{7}b".into());
        assert!(
            e.to_string().starts_with(
                "XML of a kind this tool does not read: its root element is <a\\u{7}b>"
            )
        );
    }

    #[test]
    fn a_ministers_office_and_name_carry_to_later_short_forms() {
        let text = "Economic Assistance\n\nThursday 5 July 1962\n\nMr. G. M. Thomson\nasked the Secretary of State for Commonwealth Relations if he will make a statement on aid.\n\nThe Secretary of State for Commonwealth Relations (Mr. Duncan Sandys)\nWe are giving aid to India this year and will continue to do so.\n\nBooklet\n\nMr. T. Moore\nasked the Secretary of State what booklet he has published for the Commonwealth.\n\nMr. Sandys\nA booklet on the Commonwealth was published last month and is in the Library.\n\nSir D. Sandys\nI have nothing to add to that answer on the booklet.\n";
        let t = parse(text, InputFormat::HansardText, None, &|_| None).expect("parses");
        let later = &t.debates[1].contributions;
        assert_eq!(later[1].speaker.name.as_deref(), Some("Duncan Sandys"));
        assert!(later[1].speaker.office.is_some());
        assert_eq!(later[2].speaker.name.as_deref(), Some("Duncan Sandys"));
    }

    #[test]
    fn titles_name_business_and_join_stages_to_their_bill() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let framing = &["oral answers to questions", "wales"];
        assert_eq!(
            choose_title(
                &h(&["Oral Answers to Questions", "Wales", "Economy"]),
                framing
            ),
            "Economy"
        );
        assert_eq!(
            choose_title(
                &h(&["Coroners and Justice Bill", "Report (4th Day)"]),
                framing
            ),
            "Coroners and Justice Bill: Report (4th Day)"
        );
        assert_eq!(
            choose_title(&h(&["Second Reading"]), framing),
            "Second Reading"
        );
        assert_eq!(choose_title(&h(&["Wales"]), framing), "Wales");
        assert_eq!(choose_title(&[], framing), "");
    }

    #[test]
    fn detects_formats_from_content() {
        assert_eq!(
            detect("<?xml version=\"1.0\"?><publicwhip>", None),
            InputFormat::TwfyXml
        );
        assert_eq!(
            detect("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", None),
            InputFormat::ParlamintTei
        );
        assert_eq!(
            detect("<!DOCTYPE html><html>", None),
            InputFormat::HansardHtml
        );
        assert_eq!(
            detect("<?xml version=\"1.0\"?>\n<houselords>\n<col>1</col>", None),
            InputFormat::HistoricXml
        );
        assert_eq!(
            detect("Title\n\nAnn Lee (Hove) (Lab)\nWords.\n", Some("x.xml")),
            InputFormat::HansardText
        );
        assert_eq!(
            detect(
                "Ann Lee Portrait Ann Lee (Hove) (Lab)\n- Hansard - - - Excerpts\n\nWords.\n",
                None
            ),
            InputFormat::ParallelParliament
        );
    }
}
