//! Linking an ask to the Government's reply: the reply's sentences indexed by content word,
//! and the passage that best answers an ask (see `verdicts` for the method in full).

mod classes;
mod naming;
mod postings;
mod query;
mod subjects;
pub mod topics;
mod traits;

use super::speakers::Person;
use super::summarise::Sentence;
use crate::model::{Answer, AskKind, Stance};
use classes::Classes;
use naming::Naming;
pub use naming::Others;
use postings::Postings;
use query::Query;
pub use subjects::Subject;
use subjects::Subjects;
use traits::{Traits, starts_with_word};

/// The minister's sentences, indexed by content word for matching.
pub struct Replies<'a, 'b> {
    sents: &'a [Sentence<'b>],
    /// Which sentences are courtesies (never an answer), worked out when first needed.
    courteous: Vec<std::cell::OnceCell<bool>>,
    /// Which sentences only recount what a member asked or raised ("She also asked about
    /// health care"), worked out when first needed.
    recounting: Vec<std::cell::OnceCell<bool>>,
    /// What each sentence says that bears on answering, worked out when first needed.
    traits: Vec<std::cell::OnceCell<Traits>>,
    /// Which sentences speak of money or of an inquiry, worked out when first needed.
    subjects: Subjects,
    /// For each term id, the sentences holding it (ids number the debate's stems densely).
    index: Postings,
    /// For each term id, how much sharing it counts: rare words more, words in most of the
    /// reply little.
    weights: Vec<f64>,
    /// The weight of a term no sentence holds.
    unseen_weight: f64,
    /// Who spoke each sentence.
    names: Vec<&'a str>,
    /// The point each sentence takes up (see `topics`); none where it names none.
    topics: Vec<Option<topics::Point>>,
}

/// An ask as the linking needs it.
pub struct Ask<'x> {
    /// Its content words.
    pub terms: &'x [u32],
    /// The words of the sentence it points back at, if it is too short to stand alone.
    pub context: &'x [u32],
    /// Where it was spoken: only what the Government says after it can answer it.
    pub order: usize,
    /// The content words of its paragraph, sorted, each once: what it speaks of, for a
    /// reply that names the point it takes up.
    pub paragraph: &'x [u32],
    /// What kind of thing it asks for.
    pub kind: AskKind,
    /// Whether it is about money or calls for an inquiry.
    pub subject: Subject,
}

/// The passage of the Government's reply that best answers an ask: `len` sentences from
/// `first`, an index into the reply's sentences.
#[derive(Debug, Clone, Copy)]
pub struct Passage {
    pub first: usize,
    pub len: usize,
}

/// How well a passage must answer to count: about a third of the ask's content words (by
/// weight), or fewer with the asker named or a direct reply.
const MIN_ANSWER_SCORE: f64 = 0.3;

/// How much naming the asker or their seat in the passage adds (half as much when the name
/// comes up to `NAMED_BACK` sentences earlier in the same paragraph).
const NAMED_BONUS: f64 = 0.2;
const NAMED_BACK: usize = 3;

/// An ask that no Government contribution follows straight away is answered, if at all, in
/// the winding-up speech, which takes the asks in turn and answers most of them: a passage
/// sharing two telling words of the ask (or naming the asker, or speaking of money when
/// the ask does) is enough there, and an ask none of whose words comes up was not
/// addressed.
const MIN_WINDING_UP_SCORE: f64 = 0.1;

/// How much a word of an ask's context (the sentence before a short ask) counts against
/// one of the ask's own.
const CONTEXT_WEIGHT: f64 = 0.3;

/// How much a passage on the subject of an ask counts: money for an ask about money ("Who
/// is paying?" and "The national rail budget remains fully committed"), a review for an
/// ask for an inquiry.
const SUBJECT_BONUS: f64 = 0.1;

/// How much a passage that commits, refuses or defers is preferred.
const DECIDES_BONUS: f64 = 0.2;

/// How much of the ask a passage must share before its stance can tip the choice.
const DECIDES_MIN_SHARE: f64 = 0.1;

impl<'a, 'b> Replies<'a, 'b> {
    /// Indexes the Government's sentences (in spoken order), each with who spoke it.
    pub fn new(sents: &'a [Sentence<'b>], names: Vec<&'a str>) -> Self {
        let index = Postings::new(sents);
        let courteous = sents.iter().map(|_| std::cell::OnceCell::new()).collect();
        let recounting = sents.iter().map(|_| std::cell::OnceCell::new()).collect();
        let traits = sents.iter().map(|_| std::cell::OnceCell::new()).collect();
        let n = sents.len().max(1) as f64;
        let weight = |df: usize| (1.0 + n / (1.0 + df as f64)).ln();
        let weights = (0..index.terms())
            .map(|t| weight(index.of(t).len()))
            .collect();
        Replies {
            sents,
            courteous,
            recounting,
            traits,
            subjects: Subjects::new(sents.len()),
            index,
            weights,
            unseen_weight: weight(0),
            names,
            topics: Vec::new(),
        }
    }

    /// What reply sentence `i` does for the Government, in the minister's own words (see
    /// `Traits::of_at`; worked out once per sentence).
    pub fn stance(&self, i: usize) -> Option<Stance> {
        self.traits_of(i).stance
    }

    /// Whether reply sentence `i` agrees to or offers a meeting.
    pub fn meets(&self, i: usize) -> bool {
        self.traits_of(i).meets
    }

    /// What the Government sentence spoken at `order` does, if it is one of the reply's.
    pub fn stance_at(&self, order: usize) -> Option<Stance> {
        let i = self.sents.binary_search_by_key(&order, |s| s.order).ok()?;
        self.stance(i)
    }

    /// True when contribution `turn` opens (its first sentence that is no courtesy) by
    /// deciding, by "Yes", "No" or another agreeing opening, or by referring back to what
    /// was asked: a long reply that does answers the question before it, as a short one does.
    pub fn opens_on_the_ask(&self, turn: usize) -> bool {
        self.sents
            .iter()
            .enumerate()
            .filter(|(_, s)| s.turn == turn)
            .map(|(i, _)| i)
            .find(|&i| !self.courteous_at(i))
            .is_some_and(|i| {
                let t = self.traits_of(i);
                t.decides()
                    || t.refers
                    || t.opens_agreeing
                    || self
                        .sents
                        .get(i)
                        .is_some_and(|s| starts_with_word(s.text, "no"))
            })
    }

    /// The reply's sentences, in spoken order.
    pub fn sentences(&self) -> &'a [Sentence<'b>] {
        self.sents
    }

    /// The passage as an answer: its text and who spoke it.
    pub fn quote(&self, p: Passage) -> Option<Answer> {
        let speaker = self.names.get(p.first)?.to_string();
        let text = super::summarise::join_texts(
            self.sents.iter().skip(p.first).take(p.len).map(|s| s.text),
        );
        Some(Answer { speaker, text })
    }

    /// What reply sentence `i` says that bears on answering (worked out once per sentence).
    fn traits_of(&self, i: usize) -> Traits {
        once(&self.traits, self.sents, i, |_| {
            Traits::of_at(self.sents, i)
        })
    }

    /// Whether reply sentence `i` is a courtesy (worked out once per sentence).
    pub fn courteous_at(&self, i: usize) -> bool {
        once(&self.courteous, self.sents, i, |s| {
            (super::text::is_courtesy(s.text)
                || super::cues::opens_in_praise(s.text)
                || super::cues::praises_a_member(s.text))
                && !super::cues::thanks_then_decides(s.text)
        })
    }

    /// True when reply sentence `i` is the first of its contribution, courtesies apart.
    fn opens_its_turn(&self, i: usize) -> bool {
        let Some(turn) = self.sents.get(i).map(|s| s.turn) else {
            return false;
        };
        (0..i)
            .rev()
            .take_while(|&j| self.sents.get(j).is_some_and(|s| s.turn == turn))
            .all(|j| self.courteous_at(j))
    }

    /// Whether reply sentence `i` only recounts what a member asked (worked out once per
    /// sentence): what the minister says to it follows.
    fn recounts_at(&self, i: usize) -> bool {
        once(&self.recounting, self.sents, i, |s| {
            super::cues::only_recounts_others(s.text)
        })
    }

    /// The passages that answer an ask well enough, best first (at most one starting at
    /// each sentence). `direct` is the contribution that replies straight after it, when
    /// that is the minister's.
    pub fn answers(
        &self,
        ask: &Ask,
        direct: Option<usize>,
        asker: &Person,
        others: &Others,
    ) -> Vec<(f64, Passage)> {
        let &Ask {
            terms,
            context,
            paragraph,
            order,
            kind,
            subject,
        } = ask;
        // The context can only add: an ask's own words count as much with it as without.
        let (want, total) = self.words_of(terms);
        let mut context: Vec<u32> = context
            .iter()
            .copied()
            .filter(|t| want.binary_search(t).is_err())
            .collect();
        context.sort_unstable();
        context.dedup();
        let surname = crate::names::surname(&asker.name);
        let q = Query {
            spoken: topics::spoken(&[&want, &context, paragraph]),
            classes: Classes::new(&want, &context),
            want,
            context,
            total,
            direct,
            kind,
            subject,
            names: Naming::new(
                surname,
                asker.constituency.as_deref().unwrap_or(""),
                self.sents.len(),
            ),
            others: (others, others.not_of(surname)),
        };
        let min = if direct.is_some() {
            MIN_ANSWER_SCORE
        } else {
            MIN_WINDING_UP_SCORE
        };
        let mut found: Vec<(f64, Passage)> = Vec::new();
        // The best, in sentence order: better by a margin, or as good and shorter.
        let mut best: Option<usize> = None;
        for i in self.candidates(&q) {
            let Some((v, len)) = self.best_at(i, order, &q) else {
                continue;
            };
            if v < min {
                continue;
            }
            let better = best
                .and_then(|b| found.get(b))
                .is_none_or(|&(b, bp)| v > b + 0.01 || ((v - b).abs() <= 0.01 && len < bp.len));
            if better {
                best = Some(found.len());
            }
            found.push((v, Passage { first: i, len }));
        }
        // The best first, the others by how well they answer (in sentence order when alike).
        if let Some(b) = best {
            let top = found.remove(b);
            found.sort_by(|(a, _), (b, _)| b.total_cmp(a));
            found.insert(0, top);
        }
        found
    }

    /// An ask's content words sorted, each once, and their total weight.
    fn words_of(&self, terms: &[u32]) -> (Vec<u32>, f64) {
        let mut want = terms.to_vec();
        want.sort_unstable();
        want.dedup();
        let total = want.iter().map(|&t| self.weight(t)).sum();
        (want, total)
    }

    /// How much sharing term `t` counts: rare words more, words in most of the reply little.
    fn weight(&self, t: u32) -> f64 {
        self.weights
            .get(t as usize)
            .copied()
            .unwrap_or(self.unseen_weight)
    }

    /// Where a passage can start: a sentence sharing a word with the ask or its context (or
    /// the one before it), one agreeing to meet when a meeting was asked for, one on money
    /// or an inquiry for an ask about it answered in the winding-up, and the direct reply's
    /// first.
    fn candidates(&self, q: &Query) -> Vec<usize> {
        let mut consider: Vec<usize> = Vec::new();
        for &t in q.want.iter().chain(&q.context) {
            let post = self.index.of(t as usize);
            if post.len() <= 200 {
                for &i in post {
                    consider.push(i);
                    consider.push(i.saturating_sub(1));
                }
            }
        }
        if q.kind == AskKind::Meeting {
            consider.extend((0..self.sents.len()).filter(|&i| self.traits_of(i).meets));
        }
        // An ask about money, or for an inquiry, that shares no word with the reply can
        // still be answered by the winding-up speech's passage on money ("The national rail
        // budget remains fully committed") or on a review ("The incident's handling is
        // subject to a management review").
        if q.direct.is_none() {
            consider.extend(
                (0..self.sents.len())
                    .filter(|&i| self.subjects.shared_at(i, self.sents, q.subject)),
            );
        }
        if let Some(turn) = q.direct {
            consider.extend(self.sents.iter().position(|s| s.turn == turn));
        }
        consider.sort_unstable();
        consider.dedup();
        consider
    }

    /// The passage starting at sentence `i` spoken after the ask (at `order`): the sentence,
    /// or it and the next one of the same contribution, whichever answers better (the
    /// shorter when they answer alike); none for a courtesy.
    fn best_at(&self, i: usize, order: usize, q: &Query) -> Option<(f64, usize)> {
        let s = self.sents.get(i)?;
        // A question the minister puts back ("Why do we not consider ...?") answers nothing.
        if s.order <= order || s.text.trim_end().ends_with('?') || self.courteous_at(i) {
            return None;
        }
        let alone = self.passage_score(&[i], q);
        // A sentence that only recounts the point ("He also asked about health care") is
        // read with the sentence after it in the same speech, which answers it.
        let recounts = self.recounts_at(i);
        let next = self
            .sents
            .get(i + 1)
            .filter(|n| n.turn == s.turn && (n.para == s.para || recounts));
        if next.is_some() {
            let both = self.passage_score(&[i, i + 1], q);
            if both > alone + 0.05 || (recounts && both >= alone) {
                return Some((both, 2));
            }
        }
        Some((alone, 1))
    }

    /// The share of an ask's content words (`want`, sorted, each once) and of the words of
    /// its context (`context`, likewise, counting `CONTEXT_WEIGHT` as much), together
    /// weighing `total`, that a passage uses, rare words weighing more; nothing for a single
    /// shared word.
    fn shared(&self, passage: &[usize], want: &[u32], context: &[u32], total: f64) -> f64 {
        self.shared_by(passage, &Classes::new(want, context), total)
    }

    /// [`Replies::shared`] with the ask's words already sorted into [`Classes`].
    fn shared_by(&self, passage: &[usize], classes: &Classes, total: f64) -> f64 {
        let mut matched: Vec<(u32, f64)> = passage
            .iter()
            .filter_map(|&i| self.sents.get(i))
            .flat_map(|p| p.terms.iter().copied())
            .filter_map(|t| classes.weight_of(t).map(|f| (t, f)))
            .collect();
        matched.sort_unstable_by_key(|m| m.0);
        matched.dedup_by_key(|m| m.0);
        let v = if total > 0.0 {
            matched
                .iter()
                .map(|&(t, f)| f * self.weight(t))
                .sum::<f64>()
                / total
        } else {
            0.0
        };
        // One shared word is a coincidence, not a link.
        if matched.len() < 2 { 0.0 } else { v }
    }

    /// How much of an ask's content words (`terms`) passage `p` uses, from 0 to 1, rare
    /// words weighing more: what the passage says to the ask, without the bonuses for naming
    /// the asker or replying straight after.
    pub fn share(&self, terms: &[u32], p: Passage) -> f64 {
        let (want, total) = self.words_of(terms);
        let passage: Vec<usize> = (p.first..p.first + p.len).collect();
        self.shared(&passage, &want, &[], total)
    }

    /// How well a passage answers: the share of the asker's content words it uses (rare
    /// words weigh more), and whether it names the asker, agrees to meet, or replies directly.
    fn passage_score(&self, passage: &[usize], q: &Query) -> f64 {
        // A winding-up passage that names another asker, not this one, answers the other.
        let (others, not_this) = q.others;
        if q.direct.is_none()
            && passage
                .iter()
                .any(|&i| others.at(i, self.sents) & not_this != 0)
            && !passage.iter().any(|&i| q.names.at(i, self.sents))
        {
            return 0.0;
        }
        // A passage under a point the reply names answers the ask that spoke of it.
        let on_point = self.on_a_point_asked(passage, q);
        if on_point == Some(false) {
            return 0.0;
        }
        let sents = || passage.iter().filter_map(|&i| self.sents.get(i));
        let traits = || passage.iter().map(|&i| self.traits_of(i));
        let mut v = self.shared_by(passage, &q.classes, q.total);
        if on_point == Some(true) {
            v += topics::ON_POINT_BONUS;
        }
        let on_subject = self.on_subject(passage, q.subject);
        // Only a passage that shares enough of the ask can be preferred for deciding it, or
        // one on the inquiry a winding-up is asked for (`on_the_inquiry_asked`).
        let shares_enough = v >= DECIDES_MIN_SHARE || self.on_the_inquiry_asked(passage, q);
        v += self.named_bonus(passage, q);
        if q.kind == AskKind::Meeting && traits().any(|t| t.meets) {
            v += 0.5;
        }
        if on_subject {
            v += SUBJECT_BONUS;
        }
        if sents().next().is_some_and(|p| q.direct == Some(p.turn)) {
            v += 0.25;
            // A direct reply that opens by agreeing answers what was asked. Further into a
            // reply, "Yes, ..." still answers a question, but "Indeed, it is questionable
            // ..." only carries the speech on.
            if traits().next().is_some_and(|t| t.opens_agreeing)
                && passage.first().is_some_and(|&i| {
                    self.opens_its_turn(i)
                        || !self
                            .sents
                            .get(i)
                            .is_some_and(|s| starts_with_word(s.text, "indeed"))
                })
            {
                v += 0.15;
            }
        }
        // Referring back ("She asked me for an overview") points at some ask, not this one,
        // unless the passage shares its words or names its asker.
        if traits().any(|t| t.refers) && v > 0.0 {
            v += 0.1;
        }
        // Of two passages that share as much, the one that commits, refuses or defers is
        // the deciding reply.
        if shares_enough && traits().any(Traits::decides) {
            v += DECIDES_BONUS;
        }
        v
    }
}

/// A fact about sentence `i` of `sents`, read from `cells` or worked out by `of` the first
/// time it is needed; the default for a sentence out of range.
fn once<T: Copy + Default>(
    cells: &[std::cell::OnceCell<T>],
    sents: &[Sentence],
    i: usize,
    of: impl FnOnce(&Sentence) -> T,
) -> T {
    match (cells.get(i), sents.get(i)) {
        (Some(cell), Some(s)) => *cell.get_or_init(|| of(s)),
        _ => T::default(),
    }
}
