//! The reply's sentences indexed by content word.

use crate::analysis::summarise::Sentence;

/// Sentence numbers by term, all in one array: term `t`'s are `postings[starts[t]..starts[t + 1]]`.
pub struct Postings {
    starts: Vec<usize>,
    postings: Vec<usize>,
}

impl Postings {
    /// Each sentence once under each of its terms, in sentence order.
    pub fn new(sents: &[Sentence]) -> Self {
        let mut pairs: Vec<(u32, usize)> = Vec::new();
        for (i, s) in sents.iter().enumerate() {
            let mut terms = s.terms.clone();
            terms.sort_unstable();
            terms.dedup();
            pairs.extend(terms.into_iter().map(|t| (t, i)));
        }
        // Stable: within a term, sentences stay in order.
        pairs.sort_by_key(|&(t, _)| t);
        let size = pairs.last().map_or(0, |&(t, _)| t as usize + 1);
        // Counts at t + 1, then running totals: term t's postings start at `starts[t]`.
        let mut starts = vec![0usize; size + 1];
        for &(t, _) in &pairs {
            if let Some(c) = starts.get_mut(t as usize + 1) {
                *c += 1;
            }
        }
        let mut total = 0;
        for c in &mut starts {
            total += *c;
            *c = total;
        }
        let postings = pairs.into_iter().map(|(_, i)| i).collect();
        Postings { starts, postings }
    }

    /// How many term ids the index covers (one more than the largest).
    pub fn terms(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The sentences holding term `t`, in order.
    pub fn of(&self, t: usize) -> &[usize] {
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&a), Some(&b)) => self.postings.get(a..b).unwrap_or_default(),
            _ => &[],
        }
    }
}
