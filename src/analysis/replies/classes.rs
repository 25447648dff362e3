//! An ask's words by term, for linking it to the reply.

use super::CONTEXT_WEIGHT;

/// Whether each term is one of an ask's own words (counting in full) or of its context
/// (counting `CONTEXT_WEIGHT`): one look-up a word, where searching the two sorted lists
/// took two.
pub(super) struct Classes(Vec<u8>);

impl Classes {
    const NONE: u8 = 0;
    const WANT: u8 = 1;
    const CONTEXT: u8 = 2;

    pub(super) fn new(want: &[u32], context: &[u32]) -> Self {
        let len = want
            .iter()
            .chain(context)
            .max()
            .map_or(0, |&t| t as usize + 1);
        let mut c = vec![Self::NONE; len];
        // An ask's own word counts in full even where the context also holds it.
        for (terms, class) in [(context, Self::CONTEXT), (want, Self::WANT)] {
            for &t in terms {
                if let Some(slot) = c.get_mut(t as usize) {
                    *slot = class;
                }
            }
        }
        Classes(c)
    }

    /// How much term `t` counts, if it is one of the ask's words.
    pub(super) fn weight_of(&self, t: u32) -> Option<f64> {
        match self.0.get(t as usize).copied() {
            Some(Self::WANT) => Some(1.0),
            Some(Self::CONTEXT) => Some(CONTEXT_WEIGHT),
            _ => None,
        }
    }
}
