//! Quotation marks: which words of a sentence are the speaker's own and which are someone
//! else's, quoted. A member who reads out a report ("The board wrote: "The Government must
//! close the harbour."") or tells what someone asked ("I asked him, "Why didn't you send us
//! some helicopters?"") asks the Government nothing by it.

/// A quotation mark: “ opens, ” closes, and a straight double quote closes an open
/// quotation and opens one otherwise. Single quotes are left alone: ’ is also the apostrophe.
#[derive(Clone, Copy)]
enum Mark {
    Opens,
    Closes,
    Straight,
}

impl Mark {
    /// Whether a quotation is open after this mark, given whether one was open before it.
    fn after(self, inside: bool) -> bool {
        match self {
            Mark::Opens => true,
            Mark::Closes => false,
            Mark::Straight => !inside,
        }
    }
}

/// The quotation marks of `text`: where each starts, its length in bytes, and what it is.
/// Read as bytes: '"' is one, and “ and ” are E2 80 9C and E2 80 9D in UTF-8.
fn marks(text: &str) -> impl Iterator<Item = (usize, usize, Mark)> + '_ {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, b).filter_map(move |at| {
        match (b.get(at), b.get(at + 1), b.get(at + 2)) {
            (Some(b'"'), ..) => Some((at, 1, Mark::Straight)),
            (_, Some(0x80), Some(0x9C)) => Some((at, 3, Mark::Opens)),
            (_, Some(0x80), Some(0x9D)) => Some((at, 3, Mark::Closes)),
            _ => None,
        }
    })
}

/// Whether a quotation is still open after `text`, given whether one was open before it.
pub fn open_after(text: &str, open: bool) -> bool {
    marks(text).fold(open, |inside, (_, _, m)| m.after(inside))
}

/// True when `text` opens with a quotation mark.
pub fn opens_quoted(text: &str) -> bool {
    text.trim_start().starts_with(['“', '"'])
}

/// The speaker's own words of a sentence, its quotations (and their marks) left out; none
/// when it quotes nothing. `open` says whether a quotation was open where it starts.
pub fn own_words(text: &str, open: bool) -> Option<String> {
    let mut marks = marks(text).peekable();
    if !open && marks.peek().is_none() {
        return None;
    }
    let mut own = String::with_capacity(text.len());
    let (mut inside, mut from) = (open, 0);
    for (at, len, mark) in marks {
        if !inside {
            own.push_str(text.get(from..at).unwrap_or_default());
        }
        inside = mark.after(inside);
        from = at + len;
    }
    if !inside {
        own.push_str(text.get(from..).unwrap_or_default());
    }
    Some(own)
}

/// The speaker's own words of sentence `k` of `sents` (see [`own_words`]); none when it
/// quotes nothing. `text` gives a sentence's words and `para` which paragraph it is in. A
/// quotation opened earlier in the paragraph runs on into the sentence when the paragraph
/// opens with it or closes it later: one the record never closes does not run on over the
/// rest of the speech.
pub fn own_words_at<T>(
    sents: &[T],
    k: usize,
    text: impl Fn(&T) -> &str,
    para: impl Fn(&T) -> (usize, usize),
) -> Option<String> {
    let s = sents.get(k)?;
    let same = |b: &&T| para(b) == para(s);
    let start = k - sents.get(..k)?.iter().rev().take_while(same).count();
    let texts =
        |range: std::ops::Range<usize>| sents.get(range).unwrap_or_default().iter().map(&text);
    let open = texts(start..k).fold(false, |open, t| open_after(t, open));
    let carried = open && {
        let end = k + sents.get(k..)?.iter().take_while(same).count();
        texts(start..end).next().is_some_and(opens_quoted)
            || !texts(k..end).fold(true, |open, t| open_after(t, open))
    };
    own_words(text(s), carried)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_are_left_out_of_own_words() {
        assert_eq!(
            own_words(
                "The board wrote: \u{201c}The Government must close it.\u{201d} I disagree.",
                false
            )
            .as_deref(),
            Some("The board wrote:  I disagree.")
        );
        assert_eq!(
            own_words("What does he mean by \"sterilise\"?", false).as_deref(),
            Some("What does he mean by ?")
        );
        // A quotation running on from the sentence before, closed in this one.
        assert_eq!(
            own_words("It must be done.\u{201d} So it is.", true).as_deref(),
            Some(" So it is.")
        );
        assert_eq!(own_words("Will the Minister publish it?", false), None);
    }

    #[test]
    fn a_quotation_runs_on_only_when_the_paragraph_closes_or_opens_with_it() {
        let own = |sents: &[(&str, usize)], k| own_words_at(sents, k, |s| s.0, |s| (0, s.1));
        let closed = [
            ("The board wrote: \u{201c}We agree.", 0),
            ("You must go.\u{201d}", 0),
        ];
        assert_eq!(own(&closed, 1).as_deref(), Some(""));
        // Never closed: the record left the mark open, and the speech goes on.
        let unclosed = [("The board wrote: \"We agree.", 0), ("You must go.", 0)];
        assert_eq!(own(&unclosed, 1), None);
        // A paragraph of a quotation that runs on into the next one.
        let block = [("\u{201c}We agree.", 0), ("You must go.", 0)];
        assert_eq!(own(&block, 1).as_deref(), Some(""));
        // Another paragraph starts afresh.
        let apart = [
            ("The board wrote: \u{201c}We agree.", 0),
            ("You must go.", 1),
        ];
        assert_eq!(own(&apart, 1), None);
    }

    #[test]
    fn quotations_open_and_close_across_sentences() {
        assert!(open_after("The report said: \u{201c}We believe it.", false));
        assert!(!open_after("It is wrong.\u{201d} So it is.", true));
        assert!(open_after("He said, \"No.", false));
        assert!(!open_after("He said, \"No.\"", false));
        assert!(!open_after("The Minister\u{2019}s view.", false));
        assert!(opens_quoted(" \u{201c}We believe"));
        assert!(!opens_quoted("We believe \u{201c}it\u{201d}"));
    }
}
