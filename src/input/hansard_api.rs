//! The Hansard API's debate JSON (`/debates/debate/{id}.json`): `Overview` gives the title,
//! date, House and venue; `Navigator` the headings above the debate; `Items` the record in
//! order, each a `Contribution` (words in HTML `Value`, `AttributedTo` "Name (Seat) (Party)",
//! a bare name, an office with the name in brackets, or null for procedure) or a
//! `Timestamp`; `ChildDebates` nests debates of the same shape, each summarised on its own.
//!
//! The JSON is read as a tree of values, not into fixed structs: the API leaves fields null
//! or out, and gives ids as numbers or strings, and a record should not be refused for that.

use super::ParseError;
use super::attribution::{collapse_ws, parse_attribution};
use crate::model::{Attribution, Contribution, House, RawDebate, Venue};
use scraper::{Html, Selector};
use serde_json::Value;

/// Parses one API answer: the debate and each child debate, in the record's order.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    // The items' HTML is read by the HTML parser: refused up front when nested too deeply.
    if super::html_depth::nested_too_deep(text) {
        return Err(ParseError::HtmlTooDeep);
    }
    let root: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ParseError::Json(format!("line {}, column {}: {e}", e.line(), e.column())))?;
    if !is_debate(&root) {
        // Say which part is missing: a bare list of items has no title, date or House.
        let lacks = match (
            root.get("Overview").is_some_and(Value::is_object),
            root.get("Items").is_some_and(Value::is_array),
        ) {
            (false, false) => "no Overview object and no Items list",
            (false, true) => "an Items list but no Overview object (title, date, House)",
            _ => "an Overview object but no Items list",
        };
        return Err(ParseError::Json(format!(
            "not a Hansard API debate ({lacks})"
        )));
    }
    let mut out = Vec::new();
    read_debate(&root, &[], &mut out);
    Ok(out)
}

/// True when a JSON document has the shape of an API debate.
pub fn is_debate(v: &Value) -> bool {
    v.get("Overview").is_some_and(Value::is_object) && v.get("Items").is_some_and(Value::is_array)
}

/// A string field, trimmed, when it holds text ("None" and empty strings hold none).
fn text_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// An id given as a number or a string.
fn id_field(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Venue names that the navigator lists above a debate but that name no business.
const PLACES: &[&str] = &[
    "commons chamber",
    "lords chamber",
    "westminster hall",
    "grand committee",
    "general committees",
    "public bill committees",
];

/// The framing heading a Hansard section tag stands for ("hs_8Question" is a question
/// answered orally), in the words the record's headings use.
fn framing_of(tag: &str) -> Option<&'static str> {
    let t = tag.to_ascii_lowercase();
    if t.contains("urgentquestion") {
        Some("Urgent Question")
    } else if t.contains("8question") || t.contains("oralanswers") {
        Some("Oral Answers to Questions")
    } else if t.contains("petition") {
        Some("Petitions")
    } else {
        None
    }
}

fn read_debate(v: &Value, above: &[String], out: &mut Vec<RawDebate>) {
    let overview = v.get("Overview").unwrap_or(&Value::Null);
    let title = text_field(overview, "Title")
        .map(collapse_ws)
        .unwrap_or_default();
    // The navigator runs from the sitting down to this debate; the framing ones are the
    // headings above it.
    let mut headings: Vec<String> = above.to_vec();
    for n in v
        .get("Navigator")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(t) = text_field(n, "Title").map(collapse_ws)
            && !PLACES.contains(&t.to_lowercase().as_str())
            && !headings.contains(&t)
        {
            headings.push(t);
        }
    }
    // The section tag says what kind of business this is where the titles do not.
    if let Some(framing) = text_field(overview, "HRSTag").and_then(framing_of)
        && !headings.iter().any(|h| h.eq_ignore_ascii_case(framing))
    {
        headings.push(framing.to_string());
    }
    if !title.is_empty() && !headings.contains(&title) {
        headings.push(title.clone());
    }
    let mut d = RawDebate {
        title,
        date: text_field(overview, "Date").and_then(super::dates::date_from_file_name),
        house: match text_field(overview, "House") {
            Some(h) if h.eq_ignore_ascii_case("lords") => Some(House::Lords),
            Some(h) if h.eq_ignore_ascii_case("commons") => Some(House::Commons),
            _ => None,
        },
        venue: text_field(overview, "Location").map(|l| Venue::named(&collapse_ws(l))),
        has_opening: true,
        offices_stated: true,
        headings: headings.clone(),
        ..RawDebate::default()
    };
    let mut at = Reading::default();
    for item in v
        .get("Items")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        read_item(item, &mut d, &mut at);
    }
    out.push(d);
    for child in v
        .get("ChildDebates")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|c| is_debate(c))
    {
        read_debate(child, &headings, out);
    }
}

/// Where reading a debate's items has got to: whether the last contribution's speech can
/// still go on (the API names a speaker on a speech's first paragraph only).
#[derive(Default)]
struct Reading {
    speech_open: bool,
}

/// How many words an unattributed paragraph needs before it is read as the rest of a speech
/// rather than a clerk's line ("Brought up, and read the First time.").
const MIN_CONTINUATION_WORDS: usize = 12;

/// One item: a timestamp or column number (no words, the speech goes on), procedure (no
/// attribution, formulaic or short: the speech ends), the next paragraph of the speech
/// under way (no attribution, prose), or a new contribution.
fn read_item(item: &Value, d: &mut RawDebate, at: &mut Reading) {
    let kind = text_field(item, "ItemType").unwrap_or("Contribution");
    let tag = text_field(item, "HRSTag")
        .unwrap_or("")
        .to_ascii_lowercase();
    if kind.eq_ignore_ascii_case("timestamp")
        || matches!(
            tag.as_str(),
            "hs_columnnumber" | "hs_timeline" | "hs_timecode"
        )
    {
        return;
    }
    let html = text_field(item, "Value").unwrap_or("");
    let paragraphs = paragraphs_of(html);
    if !kind.eq_ignore_ascii_case("contribution") {
        // A division or anything else the reader does not know ends the speech; what it
        // says (a division's count) is the record's, nobody's words.
        at.speech_open = false;
        d.procedure.extend(paragraphs);
        return;
    }
    if paragraphs.is_empty() {
        return;
    }
    let Some(raw) = text_field(item, "AttributedTo").map(collapse_ws) else {
        let words: usize = paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum();
        let formulaic = html.trim_start().starts_with("<em>")
            || html.trim_start().starts_with("<i>")
            || paragraphs
                .iter()
                .any(|p| super::hansard_text::is_procedural_line(p))
            // "Order." is the chair interrupting: never the speech under way.
            || paragraphs
                .first()
                .is_some_and(|p| p.starts_with("Order.") || p.starts_with("Order,"));
        let quote = tag == "hs_brev"
            && paragraphs
                .first()
                .is_some_and(|p| p.starts_with(['“', '"', '‘']));
        let continues = at.speech_open
            && !formulaic
            && (quote
                || (matches!(tag.as_str(), "" | "hs_para") && words >= MIN_CONTINUATION_WORDS));
        match d.contributions.last_mut() {
            Some(last) if continues => last.paragraphs.extend(paragraphs),
            _ => {
                at.speech_open = false;
                d.procedure.extend(paragraphs);
            }
        }
        return;
    };
    let mut speaker = parse_attribution(&raw).unwrap_or_else(|| Attribution::person(&raw));
    speaker.id = id_field(item, "MemberId").filter(|id| id != "0");
    at.speech_open = true;
    d.contributions.push(Contribution {
        speaker,
        paragraphs,
    });
}

/// The paragraphs of an item's HTML: each `<p>` when it has them, else the text split at
/// blank lines. Tags are read by the same HTML parser as saved web pages; nothing of the
/// markup survives.
fn paragraphs_of(html: &str) -> Vec<String> {
    if !html.contains('<') && !html.contains('&') {
        return split_blank_lines(html);
    }
    let doc = Html::parse_fragment(html);
    let p = Selector::parse("p").ok();
    let paras: Vec<String> = p
        .iter()
        .flat_map(|sel| doc.select(sel))
        .map(|e| collapse_ws(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect();
    if !paras.is_empty() {
        return paras;
    }
    split_blank_lines(&doc.root_element().text().collect::<String>())
}

fn split_blank_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(collapse_ws)
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEBATE: &str = r#"{
      "Overview": {"Title": "Bus Services", "Date": "2025-03-04T00:00:00", "House": "Commons",
                   "Location": "Westminster Hall", "HRSTag": "hs_2cWestHallDebate"},
      "Navigator": [{"Title": "Westminster Hall"}, {"Title": "Bus Services"}],
      "Items": [
        {"ItemType": "Contribution", "AttributedTo": null, "MemberId": null,
         "Value": "<em>Motion made, and Question proposed,</em> That this House has considered bus services."},
        {"ItemType": "Timestamp", "AttributedTo": "", "Value": "09:30:00"},
        {"ItemType": "Contribution", "AttributedTo": "Ann Lee (Upper Fell) (Lab)", "MemberId": 101,
         "Value": "<p>Rural routes have fallen by a third.</p><p>I urge the Minister to act &amp; fund them.</p>"},
        {"ItemType": "Timestamp", "AttributedTo": "", "Value": "09:31:00"},
        {"ItemType": "Contribution", "AttributedTo": null, "MemberId": null, "HRSTag": "hs_Para",
         "Value": "<p>The second paragraph of her speech goes on about the routes that were cut last year.</p>"},
        {"ItemType": "Contribution", "AttributedTo": "Ann Lee", "MemberId": "101",
         "Value": "Line one.\r\n\r\nLine two <script>alert(1)</script>"},
        {"ItemType": "Contribution", "AttributedTo": null, "HRSTag": "hs_Para",
         "Value": "Question put and agreed to."}
      ],
      "ChildDebates": [
        {"Overview": {"Title": "Part Two", "Date": "2025-03-04T00:00:00", "House": "Commons"},
         "Items": [{"ItemType": "Contribution", "AttributedTo": "Bo Ray (Lowmoor) (Con)",
                    "MemberId": 7, "Value": "<p>Words.</p>"}]}
      ]
    }"#;

    #[test]
    fn reads_overview_items_and_child_debates() {
        let ds = parse(DEBATE).expect("parses");
        assert_eq!(ds.len(), 2);
        let d = &ds[0];
        assert_eq!(d.title, "Bus Services");
        assert_eq!(d.date.as_deref(), Some("2025-03-04"));
        assert_eq!(d.house, Some(House::Commons));
        assert_eq!(d.venue, Some(crate::model::Venue::WestminsterHall));
        assert_eq!(d.headings, vec!["Bus Services".to_string()]);
        assert!(d.procedure[0].starts_with("Motion made, and Question proposed"));
        assert_eq!(d.contributions.len(), 2);
        let c = &d.contributions[0];
        assert_eq!(c.speaker.name.as_deref(), Some("Ann Lee"));
        assert_eq!(c.speaker.constituency.as_deref(), Some("Upper Fell"));
        assert_eq!(c.speaker.id.as_deref(), Some("101"));
        // Her speech's later paragraph comes without a name, after a timestamp.
        assert_eq!(
            c.paragraphs,
            vec![
                "Rural routes have fallen by a third.",
                "I urge the Minister to act & fund them.",
                "The second paragraph of her speech goes on about the routes that were cut last year."
            ]
        );
        // A clerk's line is procedure, never the speaker's words; the script's text is
        // words, never markup.
        assert_eq!(d.procedure.len(), 2);
        assert_eq!(d.contributions[1].paragraphs[0], "Line one.");
        assert!(!d.contributions[1].paragraphs[1].contains('<'));
        assert_eq!(ds[1].title, "Part Two");
        assert_eq!(
            ds[1].headings,
            vec!["Bus Services".to_string(), "Part Two".to_string()]
        );
    }

    #[test]
    fn an_item_of_another_type_ends_the_speech_and_its_count_is_read_as_a_division() {
        let json = r#"{"Overview": {"Title": "Energy Bill", "House": "Commons"},
          "Items": [
            {"ItemType": "Contribution", "AttributedTo": "Ann Lee (Upper Fell) (Lab)",
             "Value": "<p>I beg to move that the clause be read a Second time.</p>"},
            {"ItemType": "Division", "AttributedTo": null,
             "Value": "<p>The House divided: Ayes 200, Noes 269.</p>"},
            {"ItemType": "Contribution", "AttributedTo": null, "HRSTag": "hs_Para",
             "Value": "<p>A paragraph long enough to be speech, yet after a division it is nobody's.</p>"}
          ]}"#;
        let ds = parse(json).expect("parses");
        assert_eq!(ds[0].contributions[0].paragraphs.len(), 1);
        assert!(
            ds[0]
                .procedure
                .iter()
                .any(|p| p.contains("Ayes 200, Noes 269"))
        );
        let s = crate::summarise_str(
            json,
            "energy.json",
            Some(crate::model::InputFormat::HansardApi),
        )
        .expect("summarises");
        let votes: Vec<(u32, u32)> = s[0].divisions.iter().map(|d| (d.ayes, d.noes)).collect();
        assert_eq!(votes, [(200, 269)]);
    }

    #[test]
    fn json_that_is_not_a_debate_is_refused_plainly() {
        assert!(matches!(
            parse("{\"debates\": []}"),
            Err(ParseError::Json(_))
        ));
        assert!(matches!(parse("{\"Overview\": "), Err(ParseError::Json(_))));
    }
}
