//! Whether the reply's sentences name an asker.

use super::super::summarise::Sentence;

/// Whether reply sentences name an asker (by surname) or their seat, each sentence read
/// once per ask: the linking looks at a sentence for every passage it starts, ends or
/// precedes.
pub(super) struct Naming {
    surname: Option<memchr::memmem::Finder<'static>>,
    seat: Option<memchr::memmem::Finder<'static>>,
    known: Vec<std::cell::OnceCell<bool>>,
}

impl Naming {
    pub(super) fn new(surname: &str, seat: &str, sentences: usize) -> Self {
        let finder = |n: &str| {
            (!n.is_empty()).then(|| memchr::memmem::Finder::new(n.as_bytes()).into_owned())
        };
        Naming {
            surname: finder(surname),
            seat: finder(seat),
            known: (0..sentences).map(|_| std::cell::OnceCell::new()).collect(),
        }
    }

    /// Whether reply sentence `i` of `sents` names the asker or their seat.
    pub(super) fn at(&self, i: usize, sents: &[Sentence]) -> bool {
        let read = |s: &Sentence| {
            let t = s.text.as_bytes();
            self.surname.as_ref().is_some_and(|f| f.find(t).is_some())
                || self.seat.as_ref().is_some_and(|f| f.find(t).is_some())
        };
        super::once(&self.known, sents, i, read)
    }
}
