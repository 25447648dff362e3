//! TheyWorkForYou's debate pages saved as HTML (theyworkforyou.com `/debates/`, `/whall/`,
//! `/lords/`, ...). The page shows the same record as the site's XML, one `div.debate-speech`
//! per speech: the speaker's name (`.debate-speech__speaker__name`), under it their office or
//! their party and seat ("Labour MP, Bristol East"; a peer's party alone; "Speaker"), and the
//! words (`.debate-speech__content`); a speech with no speaker is the record's procedure. The
//! header gives the title (`h1`) and, in its lead line, the sitting and the day.
//!
//! The page is laid out again as the site's XML and read by that reader, so that the chair,
//! procedure, divisions and offices are read one way whichever form the record came in.

use super::ParseError;
use super::attribution::{is_office, is_party, parse_attribution};
use super::hansard_html::{sel, text_of};
use crate::model::RawDebate;
use crate::render::html::esc;
use scraper::{ElementRef, Html};
use std::fmt::Write as _;

/// True for a TheyWorkForYou debate page: it shows speeches as the site does.
pub(super) fn is_page(html: &Html) -> bool {
    html.select(&sel("div.debate-speech")).next().is_some()
        && html
            .select(&sel(".debate-speech__content"))
            .next()
            .is_some()
}

/// Reads a TheyWorkForYou debate page.
pub(super) fn parse(html: &Html) -> Result<Vec<RawDebate>, ParseError> {
    let header = html.select(&sel(".debate-header")).next();
    let title = header
        .and_then(|h| h.select(&sel("h1")).next())
        .or_else(|| html.select(&sel("h1")).next())
        .map(text_of)
        .unwrap_or_default();
    let lead = header
        .and_then(|h| h.select(&sel("p.lead")).next())
        .map(text_of)
        .unwrap_or_default();
    // The day's link ("/whall/?d=2009-10-27") names the sitting and the day.
    let links = sel("a[href]");
    let day_link = header
        .iter()
        .flat_map(|h| h.select(&links))
        .filter_map(|a| a.value().attr("href"))
        .find(|h| h.contains("d=") || h.contains("id="))
        .unwrap_or_default();
    let sitting = sitting(day_link, &lead);
    let date = super::dates::iso_shapes(day_link)
        .next()
        .and_then(|(y, m, d)| super::dates::valid(y, m, d))
        .or_else(|| date_in_lead(&lead));
    let headings = [above(&lead, &title), title.clone()];
    let xml = as_xml(
        html,
        &headings,
        sitting,
        date.as_deref().unwrap_or("0000-00-00"),
    );
    let mut debates = super::twfy::parse(&xml, None)?;
    for d in &mut debates {
        d.date = date.clone();
    }
    Ok(debates)
}

/// The sitting, as the site's record ids name it ("westminhall"), from the day's link or
/// the lead line ("Westminster Hall debate ... in the House of Commons").
fn sitting(day_link: &str, lead: &str) -> &'static str {
    const BY_LINK: [(&str, &str); 6] = [
        ("/whall/", "westminhall"),
        ("/lords/", "lords"),
        ("/sp/", "spor"),
        ("/ni/", "ni"),
        ("/pbc/", "standing"),
        ("/debates/", "debate"),
    ];
    if let Some((_, kind)) = BY_LINK.iter().find(|(path, _)| day_link.contains(path)) {
        return kind;
    }
    const BY_LEAD: [(&str, &str); 5] = [
        ("Westminster Hall", "westminhall"),
        ("House of Lords", "lords"),
        ("Scottish Parliament", "spor"),
        ("Northern Ireland Assembly", "ni"),
        ("Public Bill Committee", "standing"),
    ];
    BY_LEAD
        .iter()
        .find(|(named, _)| lead.contains(named))
        .map_or("debate", |(_, kind)| kind)
}

/// The heading above the item that the lead line opens with, before the sitting it names
/// ("Culture, Media and Sport – in the House of Commons at 2:30 pm on ..."): the
/// department of a question, the bill of a stage.
fn above(lead: &str, title: &str) -> String {
    const SITTINGS: [&str; 7] = [
        " in the House of",
        " in Westminster Hall",
        " in the Scottish Parliament",
        " in the Northern Ireland Assembly",
        " in the Senedd",
        " in a Public Bill Committee",
        " in Public Bill Committee",
    ];
    let Some(at) = SITTINGS.iter().filter_map(|s| lead.find(s)).min() else {
        return String::new();
    };
    let major = lead
        .get(..at)
        .unwrap_or_default()
        .trim()
        .trim_end_matches(['—', '–', '-'])
        .trim();
    if major == title {
        String::new()
    } else {
        major.to_string()
    }
}

/// "... at 2:30 pm on 27th October 2009.": the day the lead line gives.
fn date_in_lead(lead: &str) -> Option<String> {
    let (_, day) = lead.rsplit_once(" on ")?;
    let day = day.trim().trim_end_matches('.');
    let mut words = day.split_whitespace();
    let number = words
        .next()?
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let rest: Vec<&str> = words.collect();
    super::dates::parse_date_line(&format!("{number} {}", rest.join(" ")))
}

/// The page laid out as the site's XML: the title as the item's heading, and each speech
/// with its speaker's name, seat and party read as an attribution, or its office.
fn as_xml(html: &Html, headings: &[String; 2], sitting: &str, date: &str) -> String {
    let name_sel = sel(".debate-speech__speaker__name");
    let position_sel = sel(".debate-speech__speaker__position");
    let content_sel = sel(".debate-speech__content");
    let para_sel = sel("p");
    let id = |n: usize| format!("uk.org.publicwhip/{sitting}/{date}a.{n}.0");
    let mut xml = String::from("<publicwhip>\n");
    for (tag, heading) in ["major-heading", "minor-heading"].iter().zip(headings) {
        if !heading.is_empty() {
            let _ = writeln!(xml, "<{tag} id=\"{}\">{}</{tag}>", id(0), esc(heading));
        }
    }
    for (n, speech) in html.select(&sel("div.debate-speech")).enumerate() {
        let name = speech.select(&name_sel).next().map(text_of);
        let position = speech
            .select(&position_sel)
            .next()
            .map(text_of)
            .unwrap_or_default();
        let who = match name.filter(|n| !n.is_empty()) {
            Some(name) => speaker(&name, &position),
            None => " nospeaker=\"true\"".to_string(),
        };
        let content = speech.select(&content_sel).next();
        // A question tabled for oral answer: its number (`qnum`) is on its paragraph.
        let tabled = content
            .and_then(|c| c.select(&para_sel).next())
            .is_some_and(|p| p.value().attr("qnum").is_some());
        let qnum = if tabled { " oral-qnum=\"1\"" } else { "" };
        let _ = write!(xml, "<speech id=\"{}\"{who}{qnum}>", id(n + 1));
        if let Some(content) = content {
            let mut paras: Vec<ElementRef> = content.select(&para_sel).collect();
            if paras.is_empty() {
                paras.push(content);
            }
            for p in paras {
                let text = text_of(p);
                if text.is_empty() {
                    continue;
                }
                let class = if is_italic(p) {
                    " class=\"italic\""
                } else {
                    ""
                };
                let _ = write!(xml, "<p{class}>{}</p>", esc(&text));
            }
        }
        xml.push_str("</speech>\n");
    }
    xml.push_str("</publicwhip>\n");
    xml
}

/// The speech's speaker as the XML's attributes: a member's seat and party, or a peer's
/// party, in brackets after the name ("Ann Winterton (Congleton) (Conservative)"); an office
/// as `speakeroffice`; the Speaker or a deputy by the office, with the name after it.
fn speaker(name: &str, position: &str) -> String {
    let position = position.trim();
    let attr = |name: &str| format!(" speakername=\"{}\"", esc(name));
    let chair = ["Speaker", "Deputy Speaker", "Lord Speaker"]
        .into_iter()
        .find(|c| position.eq_ignore_ascii_case(c));
    if let Some(office) = chair {
        return attr(&format!("{office} ({name})"));
    }
    // "Labour MP, Bristol East"; a member of another House, "... MSP, Glasgow Kelvin".
    let seat_and_party = [" MP, ", " MSP, ", " MLA, ", " MS, "]
        .into_iter()
        .find_map(|m| position.split_once(m));
    let with_details = match seat_and_party {
        Some((party, seat)) => Some(format!("{name} ({seat}) ({party})")),
        None if is_party(position) => Some(format!("{name} ({position})")),
        None => None,
    };
    if let Some(full) = with_details.filter(|f| parse_attribution(f).is_some()) {
        return attr(&full);
    }
    if is_office(position) || crate::names::holds_office_word(position) {
        return format!("{} speakeroffice=\"{}\"", attr(name), esc(position));
    }
    attr(name)
}

/// A paragraph set in italics, as the record sets procedure and notes: by its class, or
/// wholly inside `<i>` or `<em>`.
fn is_italic(p: ElementRef) -> bool {
    if p.value().classes().any(|c| c.contains("italic")) {
        return true;
    }
    let mut any = false;
    for child in p.children() {
        match ElementRef::wrap(child) {
            Some(e) if matches!(e.value().name(), "i" | "em") => any = true,
            Some(_) => return false,
            None if child.value().as_text().is_some_and(|t| t.trim().is_empty()) => {}
            None => return false,
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AttrKind, House};

    const PAGE: &str = r##"<!DOCTYPE html><html><head><title>Harbour Dredging: 27 Oct 2009: Westminster Hall debates - TheyWorkForYou</title></head><body>
<header><nav><a href="/lords/">Lords</a><a href="/debates/">Debates</a></nav></header>
<div class="debate-header"><div class="full-page__row"><div class="debate-header__content">
<h1>Harbour Dredging</h1>
<p class="lead">Environment, Food and Rural Affairs – in Westminster Hall<br>at 2:30 pm on <a href="/whall/?d=2009-10-27">27th October 2009</a>.</p>
<p class="cta"><a class="button alert" href="/alerts/">Alert me about debates like this</a></p></div></div></div>
<div class="full-page">
<div class="debate-speech" id="g1.0"><div class="full-page__row"><div class="debate-speech__content"><p class="italic">[Mr. Joe Benton in the Chair]</p></div></div></div>
<div class="debate-speech" id="g1.1"><div class="full-page__row"><h2 class="debate-speech__speaker"><a href="/mp/?p=1"><img src="/x.jpg" alt="Photo of Jane Pellow"><strong class="debate-speech__speaker__name">Jane Pellow</strong><small class="debate-speech__speaker__position">Labour MP, Saltmouth</small></a></h2>
<div class="debate-speech__content"><p>I beg to move, That the sitting be now adjourned.</p><p>Will the Minister fund the dredging of small harbours?</p></div>
<ul class="debate-speech__meta"><li><a href="#">Link to this speech</a></li></ul></div></div>
<div class="debate-speech" id="g1.2"><div class="full-page__row"><h2 class="debate-speech__speaker"><a href="/mp/?p=2"><strong class="debate-speech__speaker__name">Tom Rowse</strong><small class="debate-speech__speaker__position">The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs</small></a></h2>
<div class="debate-speech__content"><p>We will fund the dredging of small harbours this year &amp; next.</p></div></div></div>
<div class="debate-speech" id="g1.3"><div class="full-page__row"><h2 class="debate-speech__speaker"><a href="/peer/?p=3"><strong class="debate-speech__speaker__name">Lord Keel</strong><small class="debate-speech__speaker__position">Crossbench</small></a></h2>
<div class="debate-speech__content"><p>I am grateful.</p></div></div></div>
</div><footer>TheyWorkForYou</footer></body></html>"##;

    #[test]
    fn a_theyworkforyou_page_reads_as_its_record() {
        let html = Html::parse_document(PAGE);
        assert!(is_page(&html));
        let d = parse(&html).unwrap();
        assert_eq!(d.len(), 1);
        let d = &d[0];
        assert_eq!(d.title, "Harbour Dredging");
        assert_eq!(
            d.headings,
            ["Environment, Food and Rural Affairs", "Harbour Dredging"]
        );
        assert_eq!(d.date.as_deref(), Some("2009-10-27"));
        assert_eq!(d.house, Some(House::Commons));
        assert_eq!(
            d.venue.as_ref().map(|v| v.to_string()).as_deref(),
            Some("Westminster Hall")
        );
        assert_eq!(d.chair.as_deref(), Some("Joe Benton"));
        let lead = &d.contributions[0].speaker;
        assert_eq!(lead.name.as_deref(), Some("Jane Pellow"));
        assert_eq!(lead.constituency.as_deref(), Some("Saltmouth"));
        assert_eq!(lead.party.as_deref(), Some("Labour"));
        let minister = &d.contributions[1];
        assert_eq!(minister.speaker.name.as_deref(), Some("Tom Rowse"));
        assert_eq!(
            minister.speaker.office.as_deref(),
            Some("Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs")
        );
        assert_eq!(
            minister.paragraphs,
            ["We will fund the dredging of small harbours this year & next."]
        );
        assert_eq!(
            d.contributions[2].speaker.party.as_deref(),
            Some("Crossbench")
        );
    }

    #[test]
    fn the_speaker_is_the_chair_and_a_lead_line_dates_a_page_without_a_link() {
        assert!(speaker("Lindsay Hoyle", "Speaker").contains("Speaker (Lindsay Hoyle)"));
        let a = parse_attribution("Speaker (Lindsay Hoyle)").unwrap();
        assert_eq!(a.kind, AttrKind::Chair);
        assert_eq!(a.name.as_deref(), Some("Lindsay Hoyle"));
        assert_eq!(
            date_in_lead("Commons debate at 2:30 pm on 1st March 2023.").as_deref(),
            Some("2023-03-01")
        );
        assert_eq!(
            above(
                "Coroners and Justice Bill — in the House of Lords at 3:00 pm on 26th October 2009.",
                "Report (2nd Day)"
            ),
            "Coroners and Justice Bill"
        );
        // A control code in the page's words (no character of an XML document) is read past.
        let odd = PAGE.replace("I am grateful.", "I am\u{1} grateful.");
        assert_eq!(
            parse(&Html::parse_document(&odd)).unwrap()[0]
                .contributions
                .len(),
            3
        );
        // A party TheyWorkForYou writes out that no list holds is left off, not made a name.
        assert_eq!(
            speaker("Lord Keel", "Non-affiliated"),
            " speakername=\"Lord Keel\""
        );
    }
}
