//! Hansard website pages saved as HTML (hansard.parliament.uk). Each `h2` question or debate
//! heading opens a debate; a contribution's `.primary-text` is the name or the office and
//! `.secondary-text` the constituency and party, or the name; `.content p` holds the words.
//! Menus, share bars and scripts are never read.

use super::attribution::{collapse_ws, parse_attribution};
use super::{ParseError, dates};
use crate::model::{Attribution, Contribution, House, RawDebate, Venue};
use crate::scan::Cursor;
use regex_lite::Regex;
use scraper::{ElementRef, Html, Selector};
use std::sync::LazyLock;

/// How a saved page dates its debate: "... on Tuesday 12 November 2024" (the first "on",
/// ASCII case aside, that such a date follows; "debated on" included). The date. Read by
/// hand: the page is searched whole, which by a pattern cost most of a small page's run.
fn debated_on(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'o', b'O', b)
        .filter(|&i| b.get(i + 1).is_some_and(|n| n.eq_ignore_ascii_case(&b'n')))
        .find_map(|i| {
            let mut c = Cursor::new(text.get(i + 2..)?);
            if c.space() == 0 {
                return None;
            }
            let start = i + 2 + c.at();
            let read = c.one_of(&dates::WEEKDAYS).is_some()
                && c.space() > 0
                && c.digits(1, 2).is_some()
                && c.space() > 0
                && c.letters() > 0
                && c.space() > 0
                && c.rest()
                    .as_bytes()
                    .get(..4)
                    .is_some_and(|y| y.iter().all(u8::is_ascii_digit));
            if !read {
                return None;
            }
            text.get(start..i + 2 + c.at() + 4)
        })
}

pub(super) fn sel(s: &str) -> Selector {
    // The selectors are literals; a typo is caught by the tests below.
    Selector::parse(s).unwrap_or_else(|_| Selector::parse("nothing-matches").expect("literal"))
}

pub(super) fn text_of(e: ElementRef) -> String {
    collapse_ws(&e.text().collect::<String>())
}

/// Headings that frame business rather than name a debate.
const FRAMING: &[&str] = &["oral answers to questions", "topical questions"];

/// Parses a saved hansard.parliament.uk page.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    if super::html_depth::nested_too_deep(text) {
        return Err(ParseError::HtmlTooDeep);
    }
    let html = Html::parse_document(text);
    if super::twfy_page::is_page(&html) {
        return super::twfy_page::parse(&html);
    }
    let date = debated_on(text).and_then(dates::parse_date_line);
    let lords = text.contains("/Lords/") && !text.contains("/Commons/");
    let (house, venue) = if lords {
        (House::Lords, "Lords Chamber")
    } else if text.contains("/WestminsterHall") || text.contains(">Westminster Hall<") {
        (House::Commons, "Westminster Hall")
    } else {
        (House::Commons, "Commons Chamber")
    };
    if html.select(&sel("div.contribution")).next().is_none() {
        return legacy(&html);
    }
    let mut debates = modern(&html);
    for d in &mut debates {
        d.date = date.clone();
        d.house = Some(house);
        d.venue = Some(Venue::named(venue));
    }
    Ok(debates)
}

/// The older publications.parliament.uk layout (bold attributions inside paragraphs), laid
/// out as text for the text reader; the page names its sitting in a heading ("Westminster
/// Hall").
fn legacy(html: &Html) -> Result<Vec<RawDebate>, ParseError> {
    // A Parallel Parliament page saved from a browser is read as the page reads.
    let page = page_as_text(html);
    if super::parallel::sniff(&page) {
        return parallel_page(html, &page);
    }
    let text = legacy_as_text(html);
    let mut debates = super::hansard_text::parse(&text)?;
    // The page's heading names the sitting for every item on it.
    let named = |h: &str| text.lines().any(|l| l.trim() == h);
    let named_in_capitals = |h: &str| named(h) || named(&h.to_uppercase());
    let sitting = if named("Westminster Hall") {
        Some((House::Commons, Venue::WestminsterHall))
    } else if named("House of Commons") {
        Some((House::Commons, Venue::CommonsChamber))
    } else if named("House of Lords") && !named("Grand Committee") {
        Some((House::Lords, Venue::LordsChamber))
    } else {
        None
    };
    if let Some((house, venue)) = sitting {
        for d in &mut debates {
            d.house.get_or_insert(house);
            d.venue.get_or_insert_with(|| venue.clone());
        }
    } else if let Some(chamber) = ["National Assembly", "National Council of Provinces"]
        .into_iter()
        .find(|c| named_in_capitals(c))
    {
        // South Africa's Houses, as their unrevised Hansard heads every take: a chamber, and
        // no House of Westminster's.
        for d in &mut debates {
            d.venue.get_or_insert_with(|| Venue::named(chamber));
        }
    }
    Ok(debates)
}

/// A Parallel Parliament page saved as HTML (`--input-format parallel-parliament` on an HTML
/// file).
pub fn parse_parallel(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    if super::html_depth::nested_too_deep(text) {
        return Err(ParseError::HtmlTooDeep);
    }
    let html = Html::parse_document(text);
    parallel_page(&html, &page_as_text(&html))
}

/// A Parallel Parliament page from its words as the page reads (`page`), titled by its `h1`.
fn parallel_page(html: &Html, page: &str) -> Result<Vec<RawDebate>, ParseError> {
    let mut debates = super::parallel::parse(page)?;
    let h1 = html.select(&sel("h1")).map(text_of).find(|t| !t.is_empty());
    if let Some(title) = h1 {
        for d in &mut debates {
            d.title = title.strip_suffix(" Debate").unwrap_or(&title).to_string();
        }
    }
    Ok(debates)
}

/// The hansard.parliament.uk layout: an `h2` opens a debate; each `div.contribution` is one
/// speaker's contribution.
fn modern(html: &Html) -> Vec<RawDebate> {
    let page_title = html
        .select(&sel("h1"))
        .map(text_of)
        .find(|t| !t.is_empty())
        .unwrap_or_default();
    let mut debates = Vec::new();
    let mut current = RawDebate::default();
    let mut headings: Vec<String> = Vec::new();
    let mut finish = |current: &mut RawDebate, headings: &mut Vec<String>| {
        if !current.contributions.is_empty() {
            current.title = choose_title(headings, &page_title);
            current.headings = with_page_title(headings, &page_title);
            debates.push(std::mem::take(current));
            headings.clear();
        }
    };
    for el in html.select(&sel("h2, div.contribution, div.debate-item")) {
        if el.value().name() != "h2" {
            let is = |end: &str| el.value().classes().any(|c| c.ends_with(end));
            if el.value().classes().any(|c| c == "contribution") {
                current.contributions.extend(contribution(el));
            } else if !is("contributiondebateitem") && !is("columnnumber") {
                // Any other item (procedure, a division) is the record's own.
                the_records_own(el, &mut current);
            }
            continue;
        }
        let t = text_of(el);
        if !t.is_empty() {
            finish(&mut current, &mut headings);
            headings.push(t);
            current.has_opening = true;
        }
    }
    finish(&mut current, &mut headings);
    debates
}

/// An item of the record's own between contributions: its procedure ("Motion made, and
/// Question proposed, That this House do now adjourn.", "The House divided: Ayes 200, Noes
/// 269.", a time), which says what the business was and how it was decided, and a notice
/// naming the chair ("[Sir Roger Gale in the Chair]": the first names the item's). Nobody's
/// words; anything else there ("The Secretary of State was asked—" aside) is left out.
fn the_records_own(el: ElementRef, current: &mut RawDebate) {
    let mut lines: Vec<String> = el.select(paras_inside()).map(text_of).collect();
    if lines.is_empty() {
        lines.push(text_of(el));
    }
    for line in lines.into_iter().filter(|l| !l.is_empty()) {
        if let Some(name) = super::hansard_text::chair_notice(&line) {
            let chair = super::attribution::chair_from_notice(name);
            current.chair.get_or_insert(chair);
        } else if super::hansard_text::is_procedural_line(&line) {
            current.procedure.push(line);
        }
    }
}

/// One `div.contribution`: `.primary-text` is the name or the office, `.secondary-text` the
/// constituency and party, or the name; none without a name or without words.
fn contribution(el: ElementRef) -> Option<Contribution> {
    static PRIMARY: LazyLock<Selector> = LazyLock::new(|| sel(".primary-text"));
    static SECONDARY: LazyLock<Selector> = LazyLock::new(|| sel(".secondary-text"));
    static PARAS: LazyLock<Selector> = LazyLock::new(|| sel(".content p"));
    static CONTENT: LazyLock<Selector> = LazyLock::new(|| sel(".content"));
    let name = el.select(&PRIMARY).next().map(text_of).unwrap_or_default();
    if name.is_empty() {
        return None;
    }
    let extra = el
        .select(&SECONDARY)
        .next()
        .map(text_of)
        .unwrap_or_default();
    let line = collapse_ws(&format!("{name} {extra}"));
    // A stage direction set in the speech ("rose—[Interruption.]") is nobody's words: a
    // contribution of nothing else is none.
    let mut paragraphs = paragraphs_of(el, &CONTENT, &PARAS);
    paragraphs.retain(|p| !super::hansard_text::is_stage_direction(p));
    (!paragraphs.is_empty()).then(|| Contribution {
        speaker: parse_attribution(&line).unwrap_or_else(|| Attribution::person(&name)),
        paragraphs,
    })
}

fn paras_inside() -> &'static Selector {
    static P: LazyLock<Selector> = LazyLock::new(|| sel("p"));
    &P
}

/// A contribution's paragraphs: each `<p>` of its `.content`, and any words the page left
/// outside one. A column break printed as an empty `<p>` inside a paragraph ends the `<p>`
/// it sits in for an HTML parser, and the rest of that paragraph is then bare text: it
/// belongs to the paragraph before.
fn paragraphs_of(el: ElementRef, content: &Selector, paras: &Selector) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(body) = el.select(content).next() else {
        return el
            .select(paras)
            .map(text_of)
            .filter(|t| !t.is_empty())
            .collect();
    };
    let mut open = false;
    for child in body.children() {
        let (text, is_p) = match ElementRef::wrap(child) {
            // A block holding paragraphs of its own: each is a paragraph.
            Some(e) if e.value().name() != "p" && e.select(paras_inside()).next().is_some() => {
                out.extend(
                    e.select(paras_inside())
                        .map(text_of)
                        .filter(|t| !t.is_empty()),
                );
                open = false;
                continue;
            }
            Some(e) => (text_of(e), e.value().name() == "p"),
            None => (
                child
                    .value()
                    .as_text()
                    .map(|t| collapse_ws(t))
                    .unwrap_or_default(),
                false,
            ),
        };
        if text.is_empty() {
            continue;
        }
        match out.last_mut() {
            // Bare words after a paragraph continue it.
            Some(last) if !is_p && open => {
                last.push(' ');
                last.push_str(&text);
            }
            _ => out.push(text),
        }
        open = true;
    }
    out
}

static COLUMN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9]{1,2} [A-Za-z]{3,9} [0-9]{4} : Column [0-9]+[A-Za-z0-9_]*$")
        .expect("static regex")
});

/// Lays out an older publications.parliament.uk page ("<b>Mrs Louise Ellman</b> (Liverpool,
/// Riverside) (Lab/Co-op):</b> ...", "[Katy Clark <i>in the Chair</i>]") as Hansard text: a
/// line per heading, time and paragraph, in document order, navigation and column markers left
/// out. The text reader then does the rest.
pub fn legacy_as_text(html: &Html) -> String {
    let blocks = sel("h1, h2, h3, h4, h5, p");
    let mut out = String::new();
    for el in html.select(&blocks) {
        let in_nav = el.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value()
                .attr("class")
                .is_some_and(|c| c.contains("navLinks") || c.contains("nav"))
        });
        if in_nav {
            continue;
        }
        let t = text_of(el);
        if t.is_empty() || COLUMN_LINE.is_match(&t) {
            continue;
        }
        match number_before_asker(&t) {
            Some((asker, question)) => {
                out.push_str(asker);
                out.push_str("\n\n");
                out.push_str(&question);
            }
            None => out.push_str(&t),
        }
        out.push_str("\n\n");
    }
    out
}

/// "1. Mr David Hanson (Delyn) (Lab): When he next expects ...": an older page puts a
/// question's number before its asker, where Hansard text puts it before the question. The
/// asker, then the numbered question.
fn number_before_asker(t: &str) -> Option<(&str, String)> {
    let (number, rest) = t.split_once(". ")?;
    let digits = number.strip_prefix('T').unwrap_or(number);
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (asker, question) = rest.split_once(": ")?;
    // A member given with a seat or party; a speech that opens with a number is no question.
    (asker.trim_end().ends_with(')') && asker.len() <= 160)
        .then(|| (asker.trim(), format!("{number}. {}", question.trim())))
}

/// Elements whose words a reader of the page does not read as the page's.
const UNREAD: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "nav", "header", "footer",
];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "section",
    "article",
    "blockquote",
    "table",
    "main",
    "aside",
    "ul",
    "ol",
];

/// A page's words as a reader sees them, a line for each block (a paragraph, a heading, a
/// `div`), an image as its alternative text ("Jane Doe Portrait"); the page's head, scripts,
/// styles and its navigation, header and footer are left out. Walked without recursion, so
/// that no depth of nesting can exhaust the stack.
pub fn page_as_text(html: &Html) -> String {
    use ego_tree::iter::Edge;
    let mut raw = String::new();
    // The unread element being skipped, until it closes.
    let mut skipping = None;
    for edge in html.root_element().traverse() {
        let (node, open) = match edge {
            Edge::Open(n) => (n, true),
            Edge::Close(n) => (n, false),
        };
        if let Some(id) = skipping {
            if !open && node.id() == id {
                skipping = None;
            }
            continue;
        }
        match node.value() {
            // A line break in the page's source is a space to a reader.
            scraper::Node::Text(t) if open => raw.extend(t.chars().map(|c| match c {
                '\n' | '\r' => ' ',
                c => c,
            })),
            scraper::Node::Element(e) => {
                let name = e.name();
                if UNREAD.contains(&name) {
                    skipping = open.then(|| node.id());
                } else if name == "img" {
                    if let Some(alt) = e.attr("alt").filter(|_| open) {
                        raw.push(' ');
                        raw.push_str(alt);
                        raw.push(' ');
                    }
                } else if BLOCKS.contains(&name) {
                    raw.push('\n');
                }
            }
            _ => {}
        }
    }
    let mut out = String::with_capacity(raw.len());
    for line in raw.lines().map(collapse_ws).filter(|l| !l.is_empty()) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The page's own title ("Oral Answers to Questions") is the outermost heading: it says
/// what kind of business the debates under it are.
fn with_page_title(headings: &[String], page_title: &str) -> Vec<String> {
    let mut all = Vec::with_capacity(headings.len() + 1);
    if !page_title.is_empty() && !headings.iter().any(|h| h == page_title) {
        all.push(page_title.to_string());
    }
    all.extend(headings.iter().cloned());
    all
}

fn choose_title(headings: &[String], page_title: &str) -> String {
    match super::choose_title(headings, FRAMING) {
        t if t.is_empty() => page_title.to_string(),
        t => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parallel_parliament_page_saved_as_html_is_read_as_the_page_reads() {
        let page = r##"<!DOCTYPE html><html><head><title>Roads - Parallel Parliament</title>
<script>var x = "Hansard";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/lords">Lords Chamber</a></li></ul></nav>
<h1>Roads Debate</h1>
<div>Full Debate: <a href="#">Read Full Debate</a></div><div>Department: Department for Transport</div>
<div><span>Tuesday 12th November 2024</span></div>
<div>Westminster Hall</div>
<div class="speech"><div class="who"><img src="p.jpg" alt="John Roe Portrait"> <a href="/m/1">John Roe</a>
<span>(Upton)</span> <span>(Lab)</span></div>
<div><a href="#">- Hansard</a> - - - <a href="#">Excerpts</a></div>
<p>We need better roads in Upton.</p><p>Will the Minister fund them?</p></div>
<div class="speech"><div class="who"><img src="q.jpg" alt="Jane Doe Portrait"> <a href="/m/2">Jane Doe</a></div>
<div><a href="#">- Hansard</a> - - - <a href="#">Excerpts</a></div>
<p>We will fund the roads.</p></div>
<footer>Parallel Parliament, Westminster Hall</footer></body></html>"##;
        let d = &parse(page).unwrap()[0];
        assert_eq!(d.title, "Roads");
        assert_eq!(d.date.as_deref(), Some("2024-11-12"));
        assert_eq!(d.venue, Some(Venue::WestminsterHall));
        assert_eq!(d.contributions.len(), 2);
        let first = &d.contributions[0];
        assert_eq!(first.speaker.name.as_deref(), Some("John Roe"));
        assert_eq!(first.speaker.constituency.as_deref(), Some("Upton"));
        assert_eq!(
            first.paragraphs,
            vec![
                "We need better roads in Upton.",
                "Will the Minister fund them?"
            ]
        );
        assert_eq!(d.contributions[1].speaker.name.as_deref(), Some("Jane Doe"));
        // Told it is a Parallel Parliament page (`--input-format`), it reads the same.
        let forced = &parse_parallel(page).unwrap()[0];
        assert_eq!(forced.title, d.title);
        assert_eq!(forced.contributions.len(), 2);
    }

    proptest::proptest! {
        /// The page's date is found as the pattern it replaced finds it.
        #[test]
        fn finds_the_date_as_the_pattern_does(
            t in crate::scan::oracle::shaped(&[
                &["", "<p>", "Hansard: ", "o", "Debated "],
                &["debated on", "on", "ON", "Debated On", "upon", "o n"],
                &[" ", "  ", "\t", "", "\n"],
                &["Tuesday", "wednesday", "SUNDAY", "Tues"],
                &[" ", "", "  "],
                &["12", "1", "123", ""],
                &[" ", ""],
                &["November", "nov", "x", "", "Nov3mber"],
                &[" ", "\t", ""],
                &["2024", "20245", "202", "2024</p>"],
                &["", " on Monday 1 May 2023", "."],
            ])
        ) {
            static RE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
                Regex::new(r"(?i)(?:debated on|on)\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+[0-9]{1,2}\s+[a-z]+\s+[0-9]{4})").expect("pattern")
            });
            let by_pattern = RE.captures(&t).and_then(|c| c.get(1)).map(|m| m.as_str());
            proptest::prop_assert_eq!(debated_on(&t), by_pattern);
        }
    }

    #[test]
    fn the_records_own_items_give_the_procedure_and_the_chair() {
        let page = r#"<!DOCTYPE html><html><body><h1>Harbour Dredging</h1>
<div>Volume 749: debated on Tuesday 30 April 2024</div>
<div class="child-debate"><h2>Harbour Dredging</h2>
<div class="debate-item debate-item-otherdebateitem"><div><p>[Sir Roger Gale in the Chair]</p></div></div>
<div class="debate-item debate-item-otherdebateitem"><div><p><em>Motion made, and Question proposed, That this House do now adjourn.—(Paul Holmes.)</em></p></div></div>
<div class="debate-item debate-item-otherdebateitem"><div><p>17:15:00</p></div></div>
<div class="debate-item debate-item-contributiondebateitem"><div class="contribution"><div class="primary-text">Jane Pellow</div><div class="secondary-text">(Saltmouth) (Lab)</div><div class="content"><p>Will the Minister fund dredging?</p></div></div></div>
<div class="debate-item debate-item-otherdebateitem"><div><p><em>Question put and agreed to.</em></p></div></div>
<div class="debate-item debate-item-divisiondebateitem"><div><p>The House divided: Ayes 200, Noes 269.</p><p>Abbott, Ms Diane</p></div></div>
<div class="debate-item debate-item-columnnumber"><div><p>17:30:00</p></div></div>
</div></body></html>"#;
        let d = &parse(page).unwrap()[0];
        assert_eq!(d.chair.as_deref(), Some("Roger Gale"));
        assert_eq!(
            d.procedure,
            [
                "Motion made, and Question proposed, That this House do now adjourn.—(Paul Holmes.)",
                "17:15:00",
                "Question put and agreed to.",
                "The House divided: Ayes 200, Noes 269."
            ]
        );
        assert_eq!(d.contributions.len(), 1);
    }

    #[test]
    fn reads_contributions_under_headings() {
        let page = r#"<!DOCTYPE html><html><body><h1>Oral Answers to Questions</h1>
<div>Volume 716: debated on Wednesday 22 June 2022</div>
<div class="child-debate"><h2 data-tag="hs_8Question">Cost of Living</h2>
<div class="contribution"><div class="header"><div class="primary-text">Liz Twist</div><div class="secondary-text">(Blaydon) (Lab)</div>
<div class="share-bar">Share this contribution on Twitter</div></div><div class="content"><p class="Question">5. What steps?</p></div></div>
<div class="contribution"><div class="primary-text">The Minister of State, Northern Ireland Office</div><div class="secondary-text">(Conor Burns)</div><div class="content"><p class="hs_Para">We are acting.</p></div></div>
</div><script>var x = "<p>not words</p>";</script></body></html>"#;
        let d = parse(page).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].title, "Cost of Living");
        // The words after a column break's empty nested <p> are kept, in their paragraph.
        let broken = r#"<html><body><h1>Debate</h1><h2>Buses</h2><div class="contribution"><div class="primary-text">Ann Lee</div><div class="secondary-text">(Upper Fell) (Lab)</div><div class="content"><p>Rural routes have fallen <p></p> by a third since 2010.</p><p>Fund them.</p></div></div></body></html>"#;
        let b = parse(broken).unwrap();
        assert_eq!(
            b[0].contributions[0].paragraphs,
            vec![
                "Rural routes have fallen by a third since 2010.",
                "Fund them."
            ]
        );
        assert_eq!(d[0].date.as_deref(), Some("2022-06-22"));
        assert_eq!(d[0].contributions.len(), 2);
        assert_eq!(
            d[0].contributions[0].speaker.constituency.as_deref(),
            Some("Blaydon")
        );
        assert_eq!(
            d[0].contributions[1].speaker.name.as_deref(),
            Some("Conor Burns")
        );
        assert_eq!(d[0].contributions[1].paragraphs, vec!["We are acting."]);
    }

    #[test]
    fn a_speaker_who_only_rose_made_no_contribution() {
        // The page sets "rose—[Interruption.]" as a contribution of its own; the speaker then
        // speaks after the chair's call to order.
        let page = r#"<html><body><h1>Engagements</h1><h2>Engagements</h2>
<div class="contribution"><div class="primary-text">Ann Lee</div><div class="secondary-text">(Upper Fell) (Lab)</div><div class="content"><p>When will he act?</p></div></div>
<div class="contribution"><div class="primary-text">The Prime Minister</div><div class="content"><p class="hs_Para"><em>rose—</em><em>[</em><em>Interruption.</em><em>]</em></p></div></div>
<div class="contribution"><div class="primary-text">Mr Speaker</div><div class="content"><p>Order. Let us hear the Prime Minister.</p></div></div>
<div class="contribution"><div class="primary-text">The Prime Minister</div><div class="content"><p>We are acting now.</p></div></div>
</body></html>"#;
        let d = parse(page).unwrap();
        let said: Vec<&str> = d[0]
            .contributions
            .iter()
            .flat_map(|c| c.paragraphs.iter().map(String::as_str))
            .collect();
        assert_eq!(
            said,
            [
                "When will he act?",
                "Order. Let us hear the Prime Minister.",
                "We are acting now."
            ]
        );
    }

    #[test]
    fn a_national_assembly_page_is_no_house_of_westminster() {
        let page = r#"<html><body><h1 class="title">NA: Rural Roads</h1>
<p align="center"><strong>NATIONAL ASSEMBLY</strong></p><p>Tuesday, 4 June 2013</p>
<p align="center"><strong>RURAL ROADS</strong></p>
<p>Mr A B NKOSI: Mr Speaker, this House must hear that the district roads are falling apart.</p>
<p>The SPEAKER: Order, hon members!</p>
<p>Mr C D MOLOI: Mr Speaker, the hon member is right about this House and these roads.</p></body></html>"#;
        let t = super::super::parse(page, super::super::InputFormat::HansardHtml, None, &|_| {
            None
        })
        .expect("reads");
        let d = &t.debates[0];
        assert_eq!(d.venue, Some(Venue::named("National Assembly")));
        // "Mr Speaker" and "this House" are no evidence of the Commons here.
        assert_eq!(d.house, None);
        assert_eq!(d.title, "RURAL ROADS");
        let council = page.replace("NATIONAL ASSEMBLY", "NATIONAL COUNCIL OF PROVINCES");
        let t = super::super::parse(
            &council,
            super::super::InputFormat::HansardHtml,
            None,
            &|_| None,
        )
        .expect("reads");
        assert_eq!(
            t.debates[0].venue,
            Some(Venue::named("National Council of Provinces"))
        );
    }

    #[test]
    fn reads_the_older_publications_layout() {
        let page = r#"<html><body><div class="navLinks"><a href="x">Previous Section</a></div>
<p><b>9 Jan 2014 : Column 151WH</b></p><h2>Westminster Hall</h2><h4><i>Thursday 9 January 2014</i></h4>
<h4>[Nadine Dorries<i> in the Chair</i>]</h4><h3>Disabled People (Access to Transport)</h3>
<p><i>Motion made, and Question proposed, </i>That the sitting be now adjourned.</p><h5>1.30 pm</h5>
<p><b><b>Mrs Louise Ellman</b> (Liverpool, Riverside) (Lab/Co-op):</b> It is a pleasure to serve under your chairmanship.</p>
<p>Access to transport matters.</p>
<h4>[Katy Clark <i>in the Chair</i>]</h4><p><b>Mrs Ellman:</b> The debate has reinforced the issue.</p></body></html>"#;
        let d = parse(page).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].title, "Disabled People (Access to Transport)");
        assert_eq!(d[0].date.as_deref(), Some("2014-01-09"));
        assert_eq!(d[0].chair.as_deref(), Some("Nadine Dorries"));
        let c = &d[0].contributions;
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].speaker.constituency.as_deref(),
            Some("Liverpool, Riverside")
        );
        assert_eq!(c[0].speaker.party.as_deref(), Some("Lab/Co-op"));
        assert_eq!(c[0].paragraphs.len(), 2);
        assert!(c[1].speaker.surname_only);
    }

    #[test]
    fn an_older_page_s_numbered_question_is_its_askers() {
        // The number comes before the asker; every question on the page is in the Commons.
        let page = r#"<html><body><h2>House of Commons</h2><h4>Tuesday 19 July 2011</h4>
<h2>Oral Answers to Questions</h2><h3>Foreign and Commonwealth Office</h3><h3>Syria</h3>
<p>1. <b>Mr David Hanson (Delyn) (Lab):</b> When he next expects to discuss Syria with his US counterpart. [66855]</p>
<p><b>The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague):</b> I am in regular contact with Secretary Clinton.</p>
<h3>Nuclear Non-proliferation</h3>
<p>2. <b>Paul Flynn (Newport West) (Lab):</b> What recent progress has been made on nuclear non-proliferation. [66856]</p>
<p><b>The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Alistair Burt):</b> Progress continues.</p></body></html>"#;
        let d = parse(page).unwrap();
        assert_eq!(
            d.len(),
            2,
            "{:?}",
            d.iter().map(|x| &x.title).collect::<Vec<_>>()
        );
        let first = &d[0].contributions[0];
        assert_eq!(first.speaker.name.as_deref(), Some("David Hanson"));
        assert_eq!(first.speaker.constituency.as_deref(), Some("Delyn"));
        assert!(first.paragraphs[0].starts_with("1. When he next expects"));
        assert_eq!(
            d[1].contributions[0].speaker.name.as_deref(),
            Some("Paul Flynn")
        );
        for x in &d {
            assert_eq!(x.house, Some(House::Commons));
            assert_eq!(x.venue, Some(Venue::CommonsChamber));
        }
        // A speech that opens with a number is left as it is.
        assert_eq!(
            number_before_asker("2. That is the point: we disagree."),
            None
        );
    }
}
