//! Historic Hansard XML, the markup of the Commons and Lords archive (1803–2005): a sitting
//! per file under `<housecommons>`, `<houselords>`, `<westminsterhall>` or `<grandcommittee>`.
//! Each item is a `<section>` with a `<title>`, nested under the sections that frame it
//! (`<oralquestions>`, a department's questions, "Orders of the Day"); a speech is a `<p>`
//! holding `<member>` (the attribution as the printed page gives it, the seat and party in
//! `<memberconstituency>`) and `<membercontribution>`, whose paragraphs `<lb/>` separates.
//! Column and image markers are page furniture; a `<p>` with no member is the clerk's.

use super::attribution::{attribution_or_name, chair_from_notice, collapse_ws};
use super::xml::{parse_shallow, tidy_heading};
use super::{ParseError, dates};
use crate::model::{Contribution, House, RawDebate, Venue};

/// The root elements of the archive's sittings, with the House and venue each records.
const ROOTS: &[(&str, House, &str)] = &[
    ("housecommons", House::Commons, "Commons Chamber"),
    ("westminsterhall", House::Commons, "Westminster Hall"),
    ("houselords", House::Lords, "Lords Chamber"),
    ("grandcommittee", House::Lords, "Grand Committee"),
];

/// Headings that frame business rather than name an item.
const FRAMING: &[&str] = &["oral answers to questions", "orders of the day", "prayers"];

/// Elements whose text is not anyone's words: page furniture and tables (division lists).
const FURNITURE: &[&str] = &["col", "image", "table", "title", "division"];

/// Whether a document's first element is the root of an archive sitting.
pub fn sniff(head: &str) -> bool {
    first_element(head).is_some_and(|name| ROOTS.iter().any(|(r, _, _)| *r == name))
}

/// The name of the first element in `head`, past any declaration, comment or doctype.
pub(super) fn first_element(head: &str) -> Option<&str> {
    head.match_indices('<').find_map(|(i, _)| {
        let rest = head.get(i + 1..)?;
        rest.starts_with(|c: char| c.is_ascii_alphabetic())
            .then(|| {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .unwrap_or(rest.len());
                rest.get(..end).unwrap_or(rest)
            })
    })
}

/// Parses an archive sitting.
pub fn parse(text: &str) -> Result<Vec<RawDebate>, ParseError> {
    let doc = parse_shallow(text)?;
    let root = doc.root_element();
    let place = ROOTS.iter().find(|(r, _, _)| *r == root.tag_name().name());
    let date = root
        .descendants()
        .find(|n| n.has_tag_name("date"))
        .and_then(|n| n.attribute("format"))
        .and_then(|f| dates::iso_shapes(f).next())
        .and_then(|(y, m, d)| dates::valid(y, m, d));
    let mut r = Reader::default();
    r.read(root);
    r.finish();
    for d in &mut r.debates {
        d.date.clone_from(&date);
        if let Some((_, house, venue)) = place {
            d.house = Some(*house);
            d.venue = Some(Venue::named(venue));
        }
    }
    Ok(r.debates)
}

/// Where reading a sitting has got to.
#[derive(Default)]
struct Reader {
    debates: Vec<RawDebate>,
    /// The titles of the sections being read, outermost first.
    open: Vec<String>,
    /// Titles of sections that ended with no speech since the last item: they head the next
    /// ("Orders of the Day", then the bill, then its clause).
    pending: Vec<String>,
    current: RawDebate,
    chair: Option<String>,
}

impl Reader {
    /// The elements under `node`, in order: sections open items, paragraphs are speeches or
    /// the clerk's lines.
    fn read(&mut self, node: roxmltree::Node) {
        for child in node.children().filter(roxmltree::Node::is_element) {
            match child.tag_name().name() {
                "p" => self.paragraph(child),
                name if FURNITURE.contains(&name) || name == "date" => {}
                _ => self.section(child),
            }
        }
    }

    /// A section (or any other container): its own item, the sections inside it their own.
    fn section(&mut self, node: roxmltree::Node) {
        self.finish();
        let title = node
            .children()
            .find(|c| c.has_tag_name("title"))
            .map(|t| tidy_heading(&collapse_ws(&words_of(t))))
            .unwrap_or_default();
        let items = self.debates.len();
        self.open.push(title);
        self.read(node);
        self.finish();
        if let Some(title) = self.open.pop()
            && self.debates.len() == items
            && !title.is_empty()
        {
            self.pending.push(title);
        }
    }

    /// The item under way, if anyone spoke in it, is finished.
    fn finish(&mut self) {
        if self.current.contributions.is_empty() {
            return;
        }
        let mut d = std::mem::take(&mut self.current);
        d.headings = std::mem::take(&mut self.pending);
        d.headings
            .extend(self.open.iter().filter(|t| !t.is_empty()).cloned());
        d.title = super::choose_title(&d.headings, FRAMING);
        d.has_opening = true;
        self.debates.push(d);
    }

    /// A paragraph: a speech when it names a member, else a chair notice or the clerk's line.
    fn paragraph(&mut self, p: roxmltree::Node) {
        let Some(member) = p.children().find(|c| c.has_tag_name("member")) else {
            let line = collapse_ws(&words_of(p));
            if let Some(c) = super::twfy::chair_notice_in(&line) {
                // "[MR. SPEAKER in the Chair]": the title or name as a heading would read.
                self.chair = Some(chair_from_notice(&name_case(super::group(&c, 1))));
            } else if !line.is_empty() {
                self.current.procedure.push(line);
            }
            return;
        };
        // The attribution is everything before the speech: the member, and any office the
        // page prints outside that element ("The Minister for Health <member>(Dr. X)</member>"),
        // less a tabled question's number ("1.", "Q2.").
        let mut said = String::new();
        for c in p.children().take_while(|c| *c != member) {
            if c.is_text() {
                said.push_str(c.text().unwrap_or_default());
            }
        }
        // The older volumes print names in capitals ("MR. GLADSTONE").
        said.push_str(&name_case(&words_of(member)));
        let said = collapse_ws(&said);
        let said = without_number(&said).to_string();
        let speaker = attribution_or_name(&said);
        // The speech is what follows: in `<membercontribution>`, or, for a tabled question,
        // the text after the name ("<member>Mr. Hilton</member> asked the Minister ...").
        let mut paragraphs = paragraphs_of(member.next_siblings().skip(1));
        // The speech follows the name after a colon; a tabled question after "asked".
        if let Some(first) = paragraphs.first_mut() {
            *first = first.trim_start_matches([':', ' ']).to_string();
        }
        paragraphs.retain(|t| !t.is_empty());
        if self.current.contributions.is_empty() {
            self.current.chair.clone_from(&self.chair);
        }
        self.current.contributions.push(Contribution {
            speaker,
            paragraphs,
        });
    }
}

/// The words below a node, furniture left out, a line break read as a space.
fn words_of(node: roxmltree::Node) -> String {
    let mut out = String::new();
    collect(node, &mut out, &mut |t: &mut String| t.push(' '));
    out
}

/// A name printed in capitals as it is written otherwise ("MR. EDWARD O'HARA" → "Mr.
/// Edward O'Hara"); a name already in mixed case is kept.
fn name_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    let mut prev = ' ';
    for c in s.chars() {
        // A word starts after a space or hyphen, and after the apostrophe of "O'".
        let upper = start || (prev == '\'' && out.ends_with("O'"));
        if upper {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || c == '-';
        prev = c;
    }
    // "THE EARL OF CAMPERDOWN": the small words of a title stay small.
    out.split(' ')
        .enumerate()
        .map(|(i, w)| match w {
            "Of" | "And" | "The" | "For" | "To" | "In" | "On" if i > 0 => w.to_lowercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An attribution without the number of the question it puts ("1. Mr. Douglas", "Q2.",
/// "12 and 13. Mr. Hilton").
fn without_number(s: &str) -> &str {
    let Some((head, rest)) = s.split_once('.') else {
        return s;
    };
    let number = |w: &str| {
        let w = w.trim_start_matches(['Q', 'T']);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    };
    let words = head.split([' ', ',']).filter(|w| !w.is_empty());
    let numbered = head.bytes().any(|b| b.is_ascii_digit())
        && words.clone().all(|w| number(w) || w == "and" || w == "&");
    if numbered { rest.trim_start() } else { s }
}

/// A contribution's paragraphs: its words, split where `<lb/>` breaks them.
fn paragraphs_of<'a, 'i: 'a>(nodes: impl Iterator<Item = roxmltree::Node<'a, 'i>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut on_break = |t: &mut String| {
        out.push(collapse_ws(t));
        t.clear();
    };
    for node in nodes {
        visit(node, &mut text, &mut on_break);
    }
    out.push(collapse_ws(&text));
    out
}

/// Appends the text below `node` to `out`, skipping furniture; `on_break` is called at each
/// `<lb/>`.
fn collect(node: roxmltree::Node, out: &mut String, on_break: &mut dyn FnMut(&mut String)) {
    for c in node.children() {
        visit(c, out, on_break);
    }
}

/// One node of [`collect`]: its text, a break, or the text below it.
fn visit(c: roxmltree::Node, out: &mut String, on_break: &mut dyn FnMut(&mut String)) {
    if c.is_text() {
        out.push_str(c.text().unwrap_or_default());
    } else if c.has_tag_name("lb") {
        on_break(out);
    } else if c.is_element() && !FURNITURE.contains(&c.tag_name().name()) {
        collect(c, out, on_break);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AttrKind;

    const SITTING: &str = r#"<housecommons>
<col>1</col>
<title>House of Commons</title>
<date format="1985-12-16">Monday 16 December 1985</date>
<p align="center"><i>The House met at half-past Two o'clock</i></p>
<debates>
<section>
<title>PRAYERS</title>
<p align="center">[MR. SPEAKER <i>in the Chair</i>]</p>
</section>
<oralquestions>
<title>Oral Answers to Questions</title>
<section>
<title>ENERGY</title>
<section>
<title>Scottish Coalfield</title>
<p>1. <member>Mr. Douglas</member><membercontribution> asked the Secretary of State for Energy if he will make a statement on visits to pits in the Scottish coalfield.</membercontribution></p>
<p><member>The Parliamentary Under-Secretary of State for Energy (Mr. David Hunt)</member><membercontribution>: I was impressed during my visit<col>2</col> to the coalfield.<lb/>We will publish the figures in the spring.</membercontribution></p>
</section>
<section>
<title>Care Homes</title>
<p>Q2. <member>Mr. Stunell</member> asked the Secretary of State for Health what the supply of care home places is.</p>
<p>The Parliamentary Under-Secretary of State for Health <member>(Dr. Stephen Ladyman)</member> <membercontribution>: There is enough capacity nationally.</membercontribution></p>
</section>
</section>
</oralquestions>
<section>
<title>Orders of the Day</title>
<section>
<title>Education (Amendment) Bill</title>
<p><i>Order for Second Reading read.</i></p>
</section>
</section>
<section>
<title>Clause 1</title>
<p><member>Mr. Kevin McNamara <memberconstituency>(Hull, North) (Lab)</memberconstituency></member><membercontribution>: The clause raises the limit.</membercontribution></p>
<p><member>MR. W. E. GLADSTONE</member><membercontribution>: I oppose the clause.</membercontribution></p>
<p><i>The House divided:</i> Ayes 119, Noes 53.</p>
<division><table><tr><td>Alexander, Richard</td></tr></table></division>
</section>
</debates>
</housecommons>"#;

    #[test]
    fn reads_items_speeches_and_the_clerks_lines() {
        assert!(sniff(SITTING));
        assert!(sniff("<?xml version=\"1.0\"?>\n<!-- x --><houselords>"));
        assert!(!sniff("<publicwhip><speech>"));
        let d = parse(SITTING).expect("parses");
        let titles: Vec<&str> = d.iter().map(|x| x.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Scottish Coalfield",
                "Care Homes",
                "Education (Amendment) Bill: Clause 1"
            ]
        );
        let q = &d[0];
        assert_eq!(q.date.as_deref(), Some("1985-12-16"));
        assert_eq!(q.house, Some(House::Commons));
        assert_eq!(q.chair.as_deref(), Some("Mr. Speaker"));
        assert_eq!(name_case("MR. EDWARD O'HARA"), "Mr. Edward O'Hara");
        assert_eq!(name_case("Mr. Harold Walker"), "Mr. Harold Walker");
        assert_eq!(
            name_case("THE EARL OF CAMPERDOWN"),
            "The Earl of Camperdown"
        );
        assert_eq!(without_number("12 and 13. Mr. Hilton"), "Mr. Hilton");
        assert_eq!(without_number("Q2. Mr. Stunell"), "Mr. Stunell");
        assert_eq!(without_number("Mr. D. Hunt"), "Mr. D. Hunt");
        assert!(q.headings.iter().any(|h| h == "Oral Answers to Questions"));
        assert_eq!(
            q.headings.last().map(String::as_str),
            Some("Scottish Coalfield")
        );
        assert_eq!(
            q.contributions[0].paragraphs,
            [
                "asked the Secretary of State for Energy if he will make a statement on visits to pits in the Scottish coalfield."
            ]
        );
        let answer = &q.contributions[1];
        assert_eq!(answer.speaker.name.as_deref(), Some("David Hunt"));
        assert!(answer.speaker.office.is_some());
        // The column marker is not a word; the line break starts a paragraph.
        assert_eq!(
            answer.paragraphs,
            [
                "I was impressed during my visit to the coalfield.",
                "We will publish the figures in the spring."
            ]
        );
        let care = &d[1];
        // A question printed without `<membercontribution>`: the text after the name.
        assert_eq!(
            care.contributions[0].speaker.name.as_deref(),
            Some("Stunell")
        );
        assert_eq!(
            care.contributions[0].paragraphs,
            ["asked the Secretary of State for Health what the supply of care home places is."]
        );
        let minister = &care.contributions[1].speaker;
        assert_eq!(minister.name.as_deref(), Some("Stephen Ladyman"));
        assert!(
            minister
                .office
                .as_deref()
                .is_some_and(|o| o.contains("Under-Secretary")),
            "{minister:?}"
        );
        let clause = &d[2];
        // The empty sections before it head it: the bill it belongs to.
        assert!(
            clause
                .headings
                .iter()
                .any(|h| h == "Education (Amendment) Bill"),
            "{:?}",
            clause.headings
        );
        assert_eq!(
            clause.contributions[1].speaker.name.as_deref(),
            Some("W. E. Gladstone")
        );
        let m = &clause.contributions[0].speaker;
        assert_eq!(m.kind, AttrKind::Person);
        assert_eq!(m.constituency.as_deref(), Some("Hull, North"));
        assert!(
            clause
                .procedure
                .iter()
                .any(|l| l == "The House divided: Ayes 119, Noes 53."),
            "{:?}",
            clause.procedure
        );
        assert!(
            clause.contributions[0]
                .paragraphs
                .iter()
                .all(|t| !t.contains("Alexander")),
            "division lists are not words"
        );
    }
}
