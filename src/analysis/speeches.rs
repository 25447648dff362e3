//! Speeches the House broke into. A record keeps a speaker's words apart when a collective
//! cry cuts them off ("... an excellent service to this House—" / "Noble Lords: Hear,
//! hear!" / "Personally, I agree that ...") and the speaker then goes on; the contribution
//! counts keep them apart too, as the record does. Replies and asks are read by speech: the
//! minister's words after the cry still answer the question before it. A question followed
//! by a cry is still answered by the reply after the cry.

use super::speakers::Cast;
use crate::model::{AttrKind, RawDebate};

/// The most words of a cry ("Hear, hear!", "Oh!", "rose—").
const CRY_WORDS: usize = 12;

/// Each contribution's speech.
#[derive(Debug, Default)]
pub struct Speeches {
    /// For each contribution, the first contribution of its speech.
    head: Vec<usize>,
    /// For each speech's first contribution, its last one.
    end: Vec<usize>,
    /// For each contribution, whether it is a collective cry.
    cry: Vec<bool>,
}

impl Speeches {
    /// Joins each speaker's contributions that a cry cut off to what they go on to say.
    pub fn new(d: &RawDebate, cast: &Cast) -> Self {
        let n = cast.by_contribution.len();
        let cry: Vec<bool> = (0..n)
            .map(|i| {
                // A collective attribution is never a person in the cast.
                cast.words_of(i) <= CRY_WORDS
                    && d.contributions
                        .get(i)
                        .is_some_and(|c| c.speaker.kind == AttrKind::Collective)
            })
            .collect();
        let cut_off = |j: usize| {
            d.contributions
                .get(j)
                .and_then(|c| c.paragraphs.last())
                .is_some_and(|p| ends_cut_off(p))
        };
        let mut head: Vec<usize> = (0..n).collect();
        // The last contribution that is not a cry, and its speaker.
        let mut last: Option<(usize, Option<usize>)> = None;
        for i in 0..n {
            if cry.get(i) == Some(&true) {
                continue;
            }
            let by = cast.speaker_of(i);
            if let (Some((j, Some(q))), Some(p)) = (last, by)
                && q == p
                && j + 1 < i
                && !cast.is_chair(p)
                && cut_off(j)
                && let Some(&h) = head.get(j)
                && let Some(slot) = head.get_mut(i)
            {
                *slot = h;
            }
            last = Some((i, by));
        }
        let mut end: Vec<usize> = (0..n).collect();
        for (i, &h) in head.iter().enumerate() {
            if let Some(e) = end.get_mut(h) {
                *e = i;
            }
        }
        Speeches { head, end, cry }
    }

    /// The first contribution of contribution `i`'s speech.
    pub fn head(&self, i: usize) -> usize {
        self.head.get(i).copied().unwrap_or(i)
    }

    /// The last contribution of contribution `i`'s speech.
    pub fn end(&self, i: usize) -> usize {
        self.end.get(self.head(i)).copied().unwrap_or(i)
    }

    /// Whether contribution `i` is a collective cry.
    pub fn is_cry(&self, i: usize) -> bool {
        self.cry.get(i).copied().unwrap_or(false)
    }
}

/// True when a paragraph stops mid-sentence, as the record marks a speaker cut off: a dash
/// or an ellipsis where a full stop would be.
fn ends_cut_off(p: &str) -> bool {
    let t = p.trim_end();
    t.ends_with(['—', '–', '-', '…']) || t.ends_with("...")
}

#[cfg(test)]
mod tests {
    use super::ends_cut_off;

    #[test]
    fn a_speaker_is_cut_off_by_a_dash_not_by_a_full_stop() {
        assert!(ends_cut_off("an excellent service to this House—"));
        assert!(ends_cut_off("and I say to the hon. Gentleman - "));
        assert!(ends_cut_off("if I may…"));
        assert!(!ends_cut_off(
            "In the long term, we have to sort this issue out."
        ));
        assert!(!ends_cut_off("Will the Minister give way?"));
    }
}
