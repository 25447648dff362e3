//! What one of the minister's sentences says that bears on answering an ask: agreeing to
//! meet, referring back, opening by agreeing, and its stance.

use crate::analysis::summarise::Sentence;
use crate::model::Stance;

/// What one of the minister's sentences says that bears on answering. None of the phrases
/// holds punctuation, and sentences end at punctuation, so a passage of two sentences holds a
/// phrase exactly when one of them does.
#[derive(Clone, Copy, Default)]
pub(super) struct Traits {
    /// Agrees to meet.
    pub(super) meets: bool,
    /// Refers back to what was asked ("the point about", "asked me").
    pub(super) refers: bool,
    /// Opens by agreeing ("Yes", "I can confirm").
    pub(super) opens_agreeing: bool,
    /// What the sentence does for the Government, if anything.
    pub(super) stance: Option<Stance>,
}

impl Traits {
    /// Commits, refuses or defers: the kind of sentence that decides a reply.
    pub(super) fn decides(self) -> bool {
        self.stance.is_some_and(|s| s != Stance::Announces)
    }
}

impl Traits {
    /// The traits of sentence `s` (whose word count is known).
    pub(super) fn of(s: &Sentence) -> Self {
        const AGREES: &[&str] = &[
            "yes",
            "i can confirm",
            "i will",
            "i agree",
            "of course",
            "absolutely",
            "i am happy to",
            "i would be happy to",
            "indeed",
        ];
        use crate::phrase_table::{AGREES_TO_MEET, REFERS_BACK};
        // Lowercasing changes only ASCII letters among ASCII characters, and the phrases are
        // ASCII, so the tables ignore ASCII case and an opening is compared so; text with a
        // character that lowercases into ASCII letters is lowercased first.
        let text = if crate::analysis::text::lowercases_into_ascii(s.text) {
            std::borrow::Cow::Owned(s.text.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(s.text)
        };
        Traits {
            meets: AGREES_TO_MEET.is_match(text.as_ref()),
            refers: REFERS_BACK.is_match(text.as_ref()),
            // "I will start on a note of consensus" opens with "I will" but agrees to nothing.
            opens_agreeing: AGREES.iter().any(|a| {
                text.as_bytes()
                    .get(..a.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(a.as_bytes()))
            }) && !crate::analysis::cues::signposts(s.text),
            stance: crate::analysis::cues::stance_counted(s.text, s.words),
        }
    }
}

impl Traits {
    /// The traits of sentence `i` of `sents`, read in its paragraph: words the minister reads
    /// out (a sentence that closes a quotation of the Opposition's warning) take no stance
    /// unless the minister's own words in the sentence do.
    pub(super) fn of_at(sents: &[Sentence], i: usize) -> Self {
        let Some(s) = sents.get(i) else {
            return Self::default();
        };
        let mut t = Self::of(s);
        if t.stance.is_some()
            && let Some(own) = crate::analysis::text::quotes::own_words_at(
                sents,
                i,
                |s| s.text,
                |s| (s.turn, s.para),
            )
            && crate::analysis::cues::stance_of(&own).is_none()
        {
            t.stance = None;
        }
        t
    }
}

/// True when `text` opens with `word` (ASCII, lower case), whatever its case.
pub(super) fn starts_with_word(text: &str, word: &str) -> bool {
    text.as_bytes()
        .get(..word.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(word.as_bytes()))
        && text
            .get(word.len()..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| !c.is_alphanumeric())
}
