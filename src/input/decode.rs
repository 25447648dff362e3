//! Bytes to text: BOMs, UTF-16, Windows-1252, mojibake repair, line endings, and the
//! checks that refuse empty or binary input before any parser sees it.

use std::borrow::Cow;

/// Why bytes could not become transcript text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("empty file: there is no transcript to summarise"),
            DecodeError::Binary => {
                f.write_str("binary data: this is not a text, XML or HTML transcript")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes transcript bytes to text with `\n` line endings.
///
/// Order: BOM (UTF-8, UTF-16LE/BE), UTF-16 without BOM (by its NUL pattern), UTF-8 (with
/// mojibake repair), then Windows-1252, which also covers ISO-8859-1 files.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    let text: String = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        encoding_rs::UTF_16LE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else if let Some(le) = utf16_without_bom(bytes) {
        let enc = if le {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        enc.decode_without_bom_handling(bytes).0.into_owned()
    } else if looks_binary(bytes) {
        return Err(DecodeError::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => repair_mojibake(s).into_owned(),
            Err(_) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        }
    };
    if looks_binary_text(&text) {
        return Err(DecodeError::Binary);
    }
    let text = mend_controls(normalise_newlines(text));
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(text)
}

/// UTF-16 text without a BOM has a NUL in every other byte; returns `Some(true)` for LE.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = bytes.get(..bytes.len().min(4096) & !1).unwrap_or_default();
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs {
        Some(true)
    } else if even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs {
        Some(false)
    } else {
        None
    }
}

/// NUL bytes or a high share of control bytes mean this is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = bytes.get(..bytes.len().min(8192)).unwrap_or_default();
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    control * 100 > sample.len()
}

fn looks_binary_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')) {
            bad += 1;
        }
    }
    total > 0 && bad * 20 > total
}

/// Repairs text that was UTF-8, decoded as Windows-1252 and saved as UTF-8 again
/// ("Â£" for "£", "SiÃ¢n" for "Siân"), when re-encoding shows that is what happened.
pub fn repair_mojibake(s: &str) -> Cow<'_, str> {
    if !has_marker(s) {
        return Cow::Borrowed(s);
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(s);
    if unmappable {
        // Characters outside Windows-1252 mean the text is not wholesale mojibake;
        // repair the lines that are.
        let mut changed = false;
        let mut out = String::with_capacity(s.len());
        for line in s.split_inclusive('\n') {
            match repair_whole(line) {
                Some(fixed) => {
                    changed = true;
                    out.push_str(&fixed);
                }
                None => out.push_str(line),
            }
        }
        return if changed {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(s)
        };
    }
    match String::from_utf8(bytes.into_owned()) {
        Ok(fixed) if marker_count(&fixed) < marker_count(s) => Cow::Owned(fixed),
        _ => Cow::Borrowed(s),
    }
}

fn repair_whole(line: &str) -> Option<String> {
    if !line.contains(['Ã', 'Â', 'â', 'Å', 'Ä']) {
        return None;
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(line);
    if unmappable {
        return None;
    }
    let fixed = String::from_utf8(bytes.into_owned()).ok()?;
    (marker_count(&fixed) < marker_count(line)).then_some(fixed)
}

/// Whether `s` holds one of the marks UTF-8 read as Windows-1252 leaves: "Ã", "Â", "Å",
/// "Ä" or "â€". In UTF-8 each is the byte 0xC3 and then 0x82 to 0x85, or 0xA2 and the three
/// bytes of "€": one search for 0xC3 finds them all.
fn has_marker(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xC3, b).any(|i| match b.get(i + 1) {
        Some(0x82..=0x85) => true,
        Some(0xA2) => b.get(i + 2..i + 5) == Some(&[0xE2, 0x82, 0xAC][..]),
        _ => false,
    })
}

fn marker_count(s: &str) -> usize {
    s.matches(['Ã', 'Â', 'Å', 'Ä']).count() + s.matches("â€").count()
}

/// CRLF and lone CR become LF; form feeds become blank lines.
fn normalise_newlines(s: String) -> String {
    if !s.as_bytes().iter().any(|&b| b == b'\r' || b == 0x0C) {
        return s;
    }
    s.replace("\r\n", "\n").replace(['\r', '\u{0C}'], "\n")
}

/// The character a code point of the C1 range stands for in Windows-1252 ("\u{92}" for
/// "’"), as browsers read it; `None` for the five it leaves undefined.
fn windows_1252(c: u32) -> Option<char> {
    let b = u8::try_from(c).ok().filter(|b| (0x80..=0x9F).contains(b))?;
    let byte = [b];
    let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    s.chars().next().filter(|c| !c.is_control())
}

/// What a code point becomes in the text: itself, its Windows-1252 reading when it is in the
/// C1 range, or nothing when it is a control character (tabs and line breaks apart).
fn mended(c: u32) -> Option<char> {
    match c {
        0x09 | 0x0A => char::from_u32(c),
        0x80..=0x9F => windows_1252(c),
        _ => char::from_u32(c).filter(|c| !c.is_control()),
    }
}

/// Control characters out of the text, and the C1 range read as Windows-1252, whether a
/// character or a numeric reference gives it: old records write "’" as "&#146;" (and
/// TheyWorkForYou keeps it so), which is a control code, not a quotation mark, to anything
/// that reads the reference as its number. A control character never reaches a word, a
/// summary or an output. Other references are left to the parsers.
fn mend_controls(s: String) -> String {
    if !has_control(s.as_bytes())
        && !memchr::memmem::find_iter(s.as_bytes(), b"&#").any(|i| {
            s.get(i..)
                .and_then(reference_at)
                .is_some_and(|(c, _)| c < 0xA0)
        })
    {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '&'
            && let Some((code, len)) = reference_at(rest).filter(|&(code, _)| code < 0xA0)
        {
            // A tab or line break by reference stays a reference, for the parser to read.
            match mended(code) {
                Some('\n' | '\t') => out.push_str(rest.get(..len).unwrap_or_default()),
                Some(m) => out.push(m),
                None => {}
            }
            rest = rest.get(len..).unwrap_or_default();
            continue;
        }
        if let Some(m) = mended(u32::from(c)) {
            out.push(m);
        }
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    out
}

/// True when UTF-8 `b` holds a control character other than a tab or line break: a byte
/// below 0x20, DEL, or 0xC2 then a byte of 0x80 to 0x9F (the C1 range). Read in blocks
/// without stopping early, which the compiler turns into a few vector instructions a block.
fn has_control(b: &[u8]) -> bool {
    let c0 = b.chunks(64).any(|block| {
        block.iter().fold(false, |seen, &x| {
            seen | ((x < 0x20 && x != b'\n' && x != b'\t') | (x == 0x7F))
        })
    });
    c0 || memchr::memchr_iter(0xC2, b)
        .any(|i| b.get(i + 1).is_some_and(|&y| (0x80..0xA0).contains(&y)))
}

/// The code point and length of a numeric character reference at the start of `s`
/// ("&#146;", "&#x92;").
fn reference_at(s: &str) -> Option<(u32, usize)> {
    let body = s.strip_prefix("&#")?;
    let (digits, radix, skip) = match body.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 3),
        None => (body, 10, 2),
    };
    let end = digits.find(';').filter(|&e| (1..=8).contains(&e))?;
    let code = u32::from_str_radix(digits.get(..end)?, radix).ok()?;
    Some((code, skip + end + 1))
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The one search finds a mark exactly when one of the marks is in the text.
        #[test]
        fn marks_are_found_as_substrings_find_them(
            parts in proptest::collection::vec("(Ã|Â|â€|â|€|Å|Ä|Ã©|£|é|ü|x| )", 0..10)
        ) {
            let s = parts.concat();
            let any = ["Ã", "Â", "â€", "Å", "Ä"].iter().any(|m| s.contains(m));
            proptest::prop_assert_eq!(super::has_marker(&s), any);
        }

        /// Whatever the bytes, decoded text holds no control character but tabs and line
        /// breaks.
        #[test]
        fn decoded_text_holds_no_control_character(
            text in "[a-z &#;0-9x\u{0}-\u{1f}\u{7f}-\u{9f}]{0,40}",
            pad in 0usize..3
        ) {
            let bytes = format!("{}{text}", "Words of a speech in the House. ".repeat(pad * 4));
            if let Ok(t) = super::decode(bytes.as_bytes()) {
                proptest::prop_assert!(
                    !t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')),
                    "{:?}", t
                );
            }
        }
    }

    use super::*;

    #[test]
    fn refuses_empty_and_whitespace() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\r\n\t"), Err(DecodeError::Empty));
    }

    #[test]
    fn refuses_binary() {
        let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert_eq!(decode(&bytes), Err(DecodeError::Binary));
    }

    #[test]
    fn strips_utf8_bom_and_crlf() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb\r\n").unwrap(), "a\nb\n");
    }

    #[test]
    fn decodes_utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Siân £5\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le).unwrap(), "Siân £5\n");
        let be: Vec<u8> = "Hello there, Members\n"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be).unwrap(), "Hello there, Members\n");
    }

    #[test]
    fn decodes_windows_1252() {
        assert_eq!(decode(b"\xA3100 for Si\xE2n").unwrap(), "£100 for Siân");
    }

    #[test]
    fn the_c1_range_reads_as_windows_1252_and_control_characters_go() {
        // By reference, decimal or hex, as old records write quotation marks and dashes.
        assert_eq!(
            decode(b"<p>The report&#146;s analysis&#151;and &#x93;more&#X94;.</p>").unwrap(),
            "<p>The report\u{2019}s analysis\u{2014}and \u{201c}more\u{201d}.</p>"
        );
        // As the characters themselves, in UTF-8.
        assert_eq!(
            decode("The report\u{92}s analysis".as_bytes()).unwrap(),
            "The report\u{2019}s analysis"
        );
        // Control codes are dropped, raw or by reference; tabs, line breaks, other
        // references and a lone ampersand stay.
        let long = "The harbour dues have doubled in two years. ".repeat(4);
        assert_eq!(
            decode(format!("{long}Red\x1b[31m text&#27; and&#x9D; more\x7f").as_bytes()).unwrap(),
            format!("{long}Red[31m text and more")
        );
        assert_eq!(
            decode(b"a&#10;b&#9;c &amp; d &#8217; & e\tf\n").unwrap(),
            "a&#10;b&#9;c &amp; d &#8217; & e\tf\n"
        );
    }

    #[test]
    fn repairs_mojibake() {
        assert_eq!(
            decode("Â£100 for SiÃ¢n".as_bytes()).unwrap(),
            "£100 for Siân"
        );
        // Genuine text with these letters is left alone.
        assert_eq!(
            decode("Ã…land and Ärzte".as_bytes()).unwrap(),
            "Ã…land and Ärzte"
        );
    }
}
