//! Whether the reply's sentences name an asker.

use super::super::summarise::Sentence;
use super::{NAMED_BACK, NAMED_BONUS, Query, Replies};

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

/// Which reply sentences name which of a debate's askers, by surname, each sentence read
/// once: a winding-up passage that names another asker, and not this one, answers that
/// other ("Malcolm Chisholm raised a number of local issues, about which I am happy to write
/// to him"). Up to 64 askers are told apart, in order of asking; a surname of under three
/// letters is not looked for.
pub struct Others {
    surnames: Vec<(String, memchr::memmem::Finder<'static>)>,
    known: Vec<std::cell::OnceCell<u64>>,
}

impl Others {
    /// The askers' surnames (repeats are looked for once), for a reply of `sentences`.
    pub fn new<'s>(surnames: impl IntoIterator<Item = &'s str>, sentences: usize) -> Self {
        let mut kept: Vec<(String, memchr::memmem::Finder<'static>)> = Vec::new();
        for s in surnames {
            if s.chars().count() >= 3 && kept.len() < 64 && !kept.iter().any(|(k, _)| k == s) {
                let finder = memchr::memmem::Finder::new(s.as_bytes()).into_owned();
                kept.push((s.to_string(), finder));
            }
        }
        Others {
            surnames: kept,
            known: (0..sentences).map(|_| std::cell::OnceCell::new()).collect(),
        }
    }

    /// The askers other than one of surname `surname`, as a set of bits.
    pub(super) fn not_of(&self, surname: &str) -> u64 {
        self.surnames
            .iter()
            .enumerate()
            .filter(|(_, (s, _))| s != surname)
            .fold(0, |set, (k, _)| set | 1 << k)
    }

    /// The askers reply sentence `i` of `sents` names, as a set of bits: a surname as a
    /// whole word.
    pub(super) fn at(&self, i: usize, sents: &[Sentence]) -> u64 {
        let read = |s: &Sentence| {
            let t = s.text.as_bytes();
            let letter = |at: Option<&u8>| at.is_some_and(|b| b.is_ascii_alphabetic());
            self.surnames
                .iter()
                .enumerate()
                .filter(|(_, (name, f))| {
                    f.find_iter(t).any(|at| {
                        !letter(at.checked_sub(1).and_then(|b| t.get(b)))
                            && !letter(t.get(at + name.len()))
                    })
                })
                .fold(0, |set, (k, _)| set | 1 << k)
        };
        super::once(&self.known, sents, i, read)
    }
}

impl Replies<'_, '_> {
    /// True when a passage names the asker or their seat, or the minister named them up to
    /// `NAMED_BACK` sentences earlier in the same paragraph ("My hon. Friend the Member for
    /// X made a number of points. ..."), a courtesy naming them apart. The bonus it earns.
    pub(super) fn named_bonus(&self, passage: &[usize], q: &Query) -> f64 {
        // Names and seats hold no sentence break.
        let names = |i: usize| q.names.at(i, self.sents);
        if passage.iter().any(|&i| names(i)) {
            return NAMED_BONUS;
        }
        let Some(&first) = passage.first() else {
            return 0.0;
        };
        let para = self.sents.get(first).map(|s| (s.turn, s.para));
        let named_earlier = (first.saturating_sub(NAMED_BACK)..first).any(|i| {
            self.sents.get(i).is_some_and(|s| {
                Some((s.turn, s.para)) == para && names(i)
                // "I congratulate the Member for X" names them, but points at no ask.
                && !self.courteous_at(i)
            })
        });
        if named_earlier {
            NAMED_BONUS / 2.0
        } else {
            0.0
        }
    }
}
