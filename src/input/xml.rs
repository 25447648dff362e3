//! What the XML readers (TheyWorkForYou, ParlaMint TEI, Historic Hansard, Akoma Ntoso)
//! share: parsing options, a depth-checked parse, mending a record that leaves elements
//! open, a node's text, and all-capitals headings in title case.

use crate::model::Warning;
use crate::names::collapse_ws;

/// Options for XML parsing shared with the TEI reader: DTDs allowed (the files declare their
/// entities), node count bounded so hostile input cannot exhaust memory.
pub fn xml_options<'a>() -> roxmltree::ParsingOptions<'a> {
    roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: 5_000_000,
        ..roxmltree::ParsingOptions::default()
    }
}

/// The deepest nesting of elements the recursive readers (Historic Hansard, Akoma Ntoso)
/// walk: a sitting's record nests a few dozen deep; thousands would exhaust the stack.
pub const MAX_DEPTH: usize = 512;

/// Parses XML for a reader that walks it recursively, refusing a document nested deeper
/// than [`MAX_DEPTH`]. The depth is counted without recursion.
pub fn parse_shallow(text: &str) -> Result<roxmltree::Document<'_>, super::ParseError> {
    let doc = roxmltree::Document::parse_with_options(text, xml_options())
        .map_err(|e| super::ParseError::Xml(e.to_string()))?;
    // Elements in document order; the stack holds the one being read and those around it.
    let mut open: Vec<roxmltree::Node> = Vec::new();
    for e in doc.descendants().filter(roxmltree::Node::is_element) {
        let parent = e.parent_element();
        while open.last().is_some_and(|&top| Some(top) != parent) {
            open.pop();
        }
        open.push(e);
        if open.len() > MAX_DEPTH {
            return Err(super::ParseError::XmlTooDeep);
        }
    }
    Ok(doc)
}

/// The most elements [`mend`] closes before it gives up on a document.
const MAX_MENDS: usize = 16;

/// XML that is malformed only because elements were left open, mended: each closed where
/// the end tag of the element around it comes, as an HTML parser would, with a warning
/// naming it and the line of that end tag. None when the document is well-formed or broken
/// in some other way (or in more than [`MAX_MENDS`] places).
pub fn mend(text: &str) -> Option<(String, Vec<Warning>)> {
    let mut work = text.to_owned();
    let mut closed = Vec::new();
    loop {
        let err = match roxmltree::Document::parse_with_options(&work, xml_options()) {
            Ok(_) => return (!closed.is_empty()).then_some((work, closed)),
            Err(e) => e,
        };
        let roxmltree::Error::UnexpectedCloseTag(element, _, pos) = err else {
            return None;
        };
        if closed.len() >= MAX_MENDS {
            return None;
        }
        let at = byte_offset(&work, pos)
            .filter(|&at| work.get(at..).is_some_and(|t| t.starts_with("</")))?;
        work.insert_str(at, &format!("</{element}>"));
        closed.push(Warning::XmlUnclosed {
            element,
            line: pos.row,
        });
    }
}

/// Where a parser's line and column (from 1, the column in characters) fall in `text`.
fn byte_offset(text: &str, pos: roxmltree::TextPos) -> Option<usize> {
    let line_start = match pos.row {
        0 | 1 => 0,
        row => text.match_indices('\n').nth(row as usize - 2)?.0 + 1,
    };
    let col = pos.col.saturating_sub(1) as usize;
    let line = text.get(line_start..)?;
    line.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .nth(col)
        .map(|i| line_start + i)
}

/// Title-cases headings written in capitals ("FURNITURE INDUSTRY" → "Furniture Industry").
pub fn tidy_heading(s: &str) -> String {
    let s = collapse_ws(s);
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) {
        return s;
    }
    const SMALL: &[&str] = &[
        "of", "and", "the", "in", "for", "to", "on", "a", "an", "at", "by",
    ];
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let low = w.to_lowercase();
            if i > 0 && SMALL.contains(&low.as_str()) {
                low
            } else if is_acronym(w) {
                // "UK INVENTORS" → "UK Inventors", "NHS", "EU's".
                w.to_string()
            } else {
                // Each part of a hyphenated word: "ALVES-NUNES" → "Alves-Nunes"; the first
                // letter, after any bracket or quote: "(YORKSHIRE" → "(Yorkshire".
                low.split('-')
                    .map(
                        |part| match part.char_indices().find(|(_, c)| c.is_alphabetic()) {
                            Some((at, f)) => {
                                let (head, rest) = part.split_at(at);
                                let rest = rest.get(f.len_utf8()..).unwrap_or("");
                                format!("{head}{}{rest}", f.to_uppercase())
                            }
                            None => part.to_string(),
                        },
                    )
                    .collect::<Vec<String>>()
                    .join("-")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Acronyms with a vowel, which the no-vowel rule below cannot tell from words.
const ACRONYMS: &[&str] = &[
    "UK", "EU", "US", "USA", "UN", "NATO", "AIDS", "OECD", "IMF", "ITV", "MOD", "UKIP", "ONS",
    "EEA", "IRA", "ECHR", "NI", "SDLP", "UUP", "DUP", "SNP", "PSNI", "RAF", "GCSE", "OFSTED",
    "OFCOM", "OFGEM", "OFWAT", "UNESCO", "UNICEF", "WTO", "ID", "A&E", "EC", "ECB", "IPCC",
];

/// True for a word of an all-capitals heading that is an acronym: one with no vowel
/// ("NHS", "BBC", "HMRC") or a known one with a vowel ("UK", "EU's").
fn is_acronym(w: &str) -> bool {
    let letters: String = w
        .trim_end_matches("'S")
        .trim_end_matches("'s")
        .trim_end_matches("’S")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '&')
        .collect();
    let alpha = letters.chars().filter(|c| c.is_alphabetic()).count();
    alpha >= 2
        && (ACRONYMS.contains(&letters.as_str())
            || !letters
                .chars()
                .any(|c| "AEIOUY".contains(c.to_ascii_uppercase())))
}

/// All the text below a node, with element boundaries kept as spaces where the source had them.
pub fn node_text(node: roxmltree::Node) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if d.is_text()
            && let Some(t) = d.text()
        {
            out.push_str(t);
        }
    }
    collapse_ws(&out)
}

#[cfg(test)]
mod tests {
    use super::{mend, tidy_heading};
    use crate::model::Warning;

    #[test]
    fn an_element_left_open_is_closed_where_the_one_around_it_ends() {
        let cut =
            "<sitting>\n<p><b>Mr. A</b><c>: I say it, and I say\n</p>\n<p>Next</p>\n</sitting>";
        let (mended, unclosed) = mend(cut).expect("mended");
        assert_eq!(
            mended,
            "<sitting>\n<p><b>Mr. A</b><c>: I say it, and I say\n</c></p>\n<p>Next</p>\n</sitting>"
        );
        assert_eq!(
            unclosed,
            vec![Warning::XmlUnclosed {
                element: "c".to_string(),
                line: 3
            }]
        );
        // Two left open, after a line of characters wider than a byte.
        let (mended, unclosed) = mend("<s>\n<p>“Ça” <i><b>x</p></s>").expect("mended");
        assert_eq!(mended, "<s>\n<p>“Ça” <i><b>x</b></i></p></s>");
        assert_eq!(unclosed.len(), 2);
    }

    #[test]
    fn only_elements_left_open_are_mended() {
        // Well-formed: nothing to mend.
        assert_eq!(mend("<s><p>x</p></s>"), None);
        // Cut off before its end, an undeclared entity, a stray end tag: not mended.
        assert_eq!(mend("<s><p>Half a"), None);
        assert_eq!(mend("<s><p>Cost &pound;5.</p></s>"), None);
        assert_eq!(mend("<s></p></s>"), None);
    }

    #[test]
    fn an_all_capitals_heading_takes_title_case_and_keeps_its_acronyms() {
        assert_eq!(
            tidy_heading("REGIONAL SELECT COMMITTEE (YORKSHIRE AND THE HUMBER)"),
            "Regional Select Committee (Yorkshire and the Humber)"
        );
        assert_eq!(tidy_heading("FABIO ALVES-NUNES"), "Fabio Alves-Nunes");
        assert_eq!(tidy_heading("UK INVENTORS"), "UK Inventors");
        assert_eq!(
            tidy_heading("NHS (\"WAITING TIMES\")"),
            "NHS (\"Waiting Times\")"
        );
        // A heading with lower case is the record's own casing.
        assert_eq!(tidy_heading("Eu's Programme"), "Eu's Programme");
    }
}
