//! A guard for the HTML parser: a page nested thousands of elements deep costs it time
//! that grows with the square of the page, so such a page is refused before it is parsed.

/// How many steps of looking down the stack of open elements the HTML parser may take: each
/// start tag looks down it, so elements nested thousands deep cost time that grows with the
/// square of the page (a real page, tens deep, takes a few million steps; this limit, about
/// half a second).
const MAX_NESTING_STEPS: u64 = 150_000_000;

/// Elements that hold nothing, or whose end the parser implies: they do not deepen the page.
const NOT_NESTING: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"p", b"li", b"td", b"th", b"tr", b"dt", b"dd", b"option",
];

/// True when the HTML parser would take more than `MAX_NESTING_STEPS` on `text`, estimated
/// in one pass over its tags: each start tag costs the depth it opens at.
/// A script's or style sheet's "a<b" is no tag.
pub(crate) fn nested_too_deep(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut depth, mut steps) = (0u64, 0u64);
    let mut at = 0;
    while let Some(i) = b
        .get(at..)
        .and_then(|r| memchr::memchr(b'<', r))
        .map(|i| at + i)
    {
        at = i + 1;
        let rest = b.get(at..).unwrap_or_default();
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let len = rest
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                let name = rest.get(..len).unwrap_or_default();
                if let Some(raw) = [b"script".as_slice(), b"style"]
                    .into_iter()
                    .find(|r| r.eq_ignore_ascii_case(name))
                {
                    // On to the element's end tag, as the parser reads it.
                    let end = [b"</".as_slice(), raw].concat();
                    at = rest
                        .windows(end.len())
                        .position(|w| w.eq_ignore_ascii_case(&end))
                        .map_or(b.len(), |k| at + k + end.len());
                    continue;
                }
                if !NOT_NESTING.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                    depth += 1;
                    steps += depth;
                    if steps > MAX_NESTING_STEPS {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_nested_thousands_deep_is_refused_before_it_is_parsed() {
        let deep = format!(
            "<html><body>{}x{}</body></html>",
            "<div>".repeat(30_000),
            "</div>".repeat(30_000)
        );
        assert!(nested_too_deep(&deep));
        assert!(matches!(
            crate::input::hansard_html::parse(&deep),
            Err(crate::input::ParseError::HtmlTooDeep)
        ));
        // As many elements one after another are a long page, not a deep one.
        let long = "<div><span>x</span><p>y</div>".repeat(30_000);
        assert!(!nested_too_deep(&long));
        // A script's comparisons open nothing.
        let script = format!("<script>{}</SCRIPT>{long}", "if (a<b) {}".repeat(30_000));
        assert!(!nested_too_deep(&script));
    }
}
