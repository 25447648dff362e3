//! Who speaks after whom: the contribution that follows an ask, and whether it is the
//! Government's reply to it.

use super::Read;
use super::summarise::Sentence;

/// The most words of a question printed as tabled.
const TABLED_WORDS: usize = 60;

impl Read<'_> {
    /// The next contribution after `turn` and who makes it: the chair's calls ("Order. I
    /// call the Foreign Secretary.") and the asker's own few words ("I apologise.") do not
    /// come between.
    pub(super) fn next_turn(&self, turn: usize) -> Option<(usize, usize)> {
        /// The most words of the asker's own aside between the ask and the reply.
        const ASIDE_WORDS: usize = 20;
        let asker = self.cast.speaker_of(turn);
        // After the whole speech, and past any cry that follows it ("Hear, hear!").
        let end = self.speeches.end(turn);
        for next in end + 1..end + 6 {
            if self.speeches.is_cry(next) {
                continue;
            }
            let by = self.cast.speaker_of(next)?;
            let aside =
                Some(by) == asker && next > end + 1 && self.cast.words_of(next) <= ASIDE_WORDS;
            if !(self.cast.is_chair(by) || aside) {
                return Some((next, by));
            }
        }
        None
    }

    /// The contribution that replies straight after `turn`, when someone for the Government
    /// makes it.
    pub(super) fn direct_reply(&self, turn: usize) -> Option<usize> {
        let mut at = turn;
        loop {
            let (next, by) = self.next_turn(at)?;
            if self.speaks_for_government(by) {
                return Some(next);
            }
            // Questions tabled together are answered together ("asked the Secretary of
            // State for Northern Ireland if he will make a statement on the security
            // situation", five times over, then the answer).
            if !(self.is_tabled_at(at) && self.is_tabled_at(next)) {
                return None;
            }
            at = next;
        }
    }

    /// The members whose contributions `reply`, of at most `words`, answers straight after
    /// (none for a longer contribution). The Government's own contributions before it (a
    /// speech the chair interrupted) are not answered by it.
    pub(super) fn answered_members(&self, reply: usize, words: usize) -> Vec<usize> {
        if self.cast.words_of(reply) > words {
            return Vec::new();
        }
        (reply.saturating_sub(6)..reply)
            .filter(|&t| self.direct_reply(t) == Some(reply))
            .filter_map(|t| self.cast.speaker_of(t))
            .filter(|&by| !self.speaks_for_government(by))
            .collect()
    }

    /// True when contribution `turn` is a question printed as tabled (see [`tabled`]).
    fn is_tabled_at(&self, turn: usize) -> bool {
        self.tabled.get(turn).copied().unwrap_or(false)
    }

    /// The member who speaks straight after `turn` when they neither speak for the
    /// Government nor asked: the member an intervention was made on.
    pub(super) fn member_after(&self, turn: usize) -> Option<usize> {
        let asker = self.cast.speaker_of(turn);
        self.next_turn(turn)
            .map(|(_, by)| by)
            .filter(|&by| !self.speaks_for_government(by) && Some(by) != asker)
    }
}

/// For each contribution (its sentences and word count), whether it is a question printed as
/// tabled ("asked the Secretary of State ...", "To ask His Majesty's Government ..."): short,
/// and opening so.
pub(super) fn tabled(by_contribution: &[Vec<Sentence>], words: &[usize]) -> Vec<bool> {
    by_contribution
        .iter()
        .zip(words)
        .map(|(sents, &n)| {
            n <= TABLED_WORDS
                && sents
                    .first()
                    .is_some_and(|s| super::asks::is_tabled(s.text))
        })
        .collect()
}
