//! What the reply's sentences are about, where an ask shares its subject rather than its
//! words: money and inquiries.

use super::super::cues;
use super::super::summarise::Sentence;
use super::{Query, Replies, once};
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

impl Replies<'_, '_> {
    /// Whether a passage (reply sentence indices) speaks of a subject of the ask.
    pub(super) fn on_subject(&self, passage: &[usize], subject: Subject) -> bool {
        passage
            .iter()
            .any(|&i| self.subjects.shared_at(i, self.sents, subject))
    }

    /// Whether, in a winding-up, a passage speaks of the inquiry the ask calls for: it can
    /// decide the ask however few of its words it shares ("Will there be an independent
    /// inquiry ...?" and "The incident's handling is subject to a management review ... I
    /// want to see the outcome before I consider whether any next steps are necessary").
    pub(super) fn on_the_inquiry_asked(&self, passage: &[usize], q: &Query) -> bool {
        let inquiry = Subject {
            inquiry: true,
            ..Subject::default()
        };
        q.direct.is_none() && q.subject.inquiry && self.on_subject(passage, inquiry)
    }
}
