//! What the reply's sentences are about, where an ask shares its subject rather than its
//! words: money and inquiries.

use super::super::cues;
use super::super::summarise::Sentence;
use super::once;
use std::cell::OnceCell;

/// The subjects an ask can be linked on.
#[derive(Clone, Copy, Default)]
pub struct Subject {
    /// About money: who pays, funds, budgets ("Who is paying?").
    pub money: bool,
    /// Calls for an inquiry or an investigation ("an independent inquiry").
    pub inquiry: bool,
}

impl Subject {
    /// The subjects of an ask as spoken.
    pub fn of_ask(text: &str) -> Self {
        Subject {
            money: cues::about_money(text),
            inquiry: cues::asks_for_inquiry(text),
        }
    }
}

/// Which reply sentences speak of money and of an inquiry or a review, each worked out
/// when an ask on that subject first needs it.
pub(super) struct Subjects {
    money: Vec<OnceCell<bool>>,
    inquiry: Vec<OnceCell<bool>>,
}

impl Subjects {
    pub(super) fn new(sentences: usize) -> Self {
        Subjects {
            money: (0..sentences).map(|_| OnceCell::new()).collect(),
            inquiry: (0..sentences).map(|_| OnceCell::new()).collect(),
        }
    }

    /// Whether reply sentence `i` of `sents` shares a subject of the ask (`want`).
    pub(super) fn shared_at(&self, i: usize, sents: &[Sentence], want: Subject) -> bool {
        (want.money && once(&self.money, sents, i, |s| cues::about_money(s.text)))
            || (want.inquiry && once(&self.inquiry, sents, i, |s| cues::about_inquiry(s.text)))
    }
}
