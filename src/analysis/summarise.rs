//! Extractive summaries: each speaker's most representative sentences, chosen by TF-IDF
//! weight of stemmed content words (the speaker's own term frequencies, inverse sentence
//! frequency across the debate), output in the order spoken. Courtesies and procedure are
//! never chosen. Work is linear in the debate's length: each sentence is scored once.

use super::text::{Vocab, is_courtesy, is_procedural, sentences, word_count};
use crate::model::Stance;

/// One sentence of a speaker, with where it stands in the debate and its content words.
#[derive(Debug, Clone)]
pub struct Sentence<'a> {
    pub text: &'a str,
    /// Position among all the debate's sentences.
    pub order: usize,
    /// Index of the contribution it belongs to.
    pub turn: usize,
    /// Position of its paragraph's first sentence (sentences of one paragraph share it).
    pub para: usize,
    /// Its words as the contract counts them (UAX #29).
    pub words: usize,
    /// Its whitespace-separated tokens.
    pub tokens: usize,
    pub terms: Vec<u32>,
}

/// Inverse sentence frequencies for a debate.
pub struct Idf {
    weights: Vec<f64>,
    /// The weight of a word in at most `RARE` sentences of the debate.
    rare: f64,
}

/// The most sentences of a debate a word can be in and still name a particular point
/// ("culvert", "Minety").
const RARE: f64 = 4.0;

impl Idf {
    /// Counts, for each content word, how many sentences of the debate contain it, and turns
    /// the counts into weights once.
    pub fn new<'a, 'b: 'a>(all: impl Iterator<Item = &'a Sentence<'b>>, vocab: &Vocab) -> Self {
        let mut df = vec![0u32; vocab.len()];
        // The last sentence (counted from 1) each term was counted for: once per sentence.
        let mut last = vec![0usize; vocab.len()];
        let mut n = 0usize;
        for s in all {
            n += 1;
            for &t in &s.terms {
                if let (Some(slot), Some(seen)) = (df.get_mut(t as usize), last.get_mut(t as usize))
                    && *seen != n
                {
                    *seen = n;
                    *slot += 1;
                }
            }
        }
        let weights = df
            .iter()
            .map(|&d| ((n as f64 + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
            .collect();
        let rare = ((n as f64 + 1.0) / (RARE + 1.0)).ln() + 1.0;
        Idf { weights, rare }
    }

    /// How many distinct words `a` and `b` share that are rare in the debate (in at most
    /// `RARE` of its sentences), when the debate is long enough for any word to be rare.
    pub fn rare_shared(&self, a: &[u32], b: &[u32]) -> usize {
        if self.rare <= 1.0 {
            return 0;
        }
        let mut x: Vec<u32> = a
            .iter()
            .copied()
            .filter(|&t| self.weight(t) >= self.rare)
            .collect();
        x.sort_unstable();
        x.dedup();
        x.iter().filter(|t| b.contains(t)).count()
    }

    /// The weight of the distinct words of `a` that `b` also holds, rare words weighing more.
    pub fn shared_weight(&self, a: &[u32], b: &[u32]) -> f64 {
        let mut x = a.to_vec();
        x.sort_unstable();
        x.dedup();
        x.iter()
            .filter(|t| b.contains(t))
            .map(|&t| self.weight(t))
            .sum()
    }

    fn weight(&self, term: u32) -> f64 {
        // Words first seen after the count (none in practice) weigh as the rarest.
        self.weights.get(term as usize).copied().unwrap_or(1.0)
    }
}

/// How much more a sentence the speaker marks as their main point weighs.
const STRESSED: f64 = 2.0;

/// Cheap shape checks: long enough, short enough, a whole sentence.
fn well_formed(s: &Sentence) -> bool {
    let ends_well = s
        .text
        .trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?']);
    // A sentence that does not end ("... when he said that") leads into a quotation and
    // cannot stand alone.
    ends_well && (6..=70).contains(&s.tokens)
}

/// Content checks, run only on the best-scoring candidates: a summary sentence must read on
/// its own (no courtesy, no pointing back) and not be procedure.
pub(super) fn acceptable(s: &str) -> bool {
    super::cues::reads_alone(s) && !is_procedural(s)
}

/// [`pick`] with `must` (one of `sents`, e.g. the lead's main demand) among the `k`, in its
/// spoken place; joined into one paragraph.
pub fn pick_with(sents: &[Sentence], idf: &Idf, k: usize, must: Option<&Sentence>) -> String {
    pick_weighted_with(sents, idf, k, must, |_| 1.0)
}

/// [`pick_weighted`] with `must` among the `k`, as [`pick_with`]; joined into one paragraph.
pub fn pick_weighted_with(
    sents: &[Sentence],
    idf: &Idf,
    k: usize,
    must: Option<&Sentence>,
    weight: impl Fn(&Sentence) -> f64,
) -> String {
    let Some(must) = must.filter(|m| acceptable(m.text)) else {
        return join(&pick_weighted(sents, idf, k, weight));
    };
    let mut chosen: Vec<Sentence> = pick_weighted(sents, idf, k, weight)
        .into_iter()
        .filter(|s| s.order != must.order)
        .take(k.saturating_sub(1))
        .collect();
    chosen.push(must.clone());
    chosen.sort_by_key(|s| s.order);
    join(&chosen)
}

/// Picks up to `k` sentences, best first by score, returned in spoken order.
pub fn pick<'a>(sents: &[Sentence<'a>], idf: &Idf, k: usize) -> Vec<Sentence<'a>> {
    pick_weighted(sents, idf, k, |_| 1.0)
}

/// Weight for the Government's reply: what it commits to, refuses, defers or announces is
/// what a reader wants from it. `stance` is the sentence's, as the reply worked it out.
pub fn commitment_weight(stance: Option<Stance>) -> f64 {
    match stance {
        Some(Stance::Announces) => 1.5,
        Some(_) => 2.0,
        None => 1.0,
    }
}

/// Weight for the Government Response paragraph, which complements the list of positions:
/// the Government's sentences with a stance that the list had no room for come before
/// anything else the minister said, more strongly than in the minister's own summary; an
/// announcement of what will be ("There will be no restriction on people with conditions
/// such as PTSD") as much as a commitment, for it is the Government's news.
pub fn response_weight(stance: Option<Stance>) -> f64 {
    if stance.is_some() { 3.0 } else { 1.0 }
}

/// What a sentence with no stance that gives someone else's view ("Network Rail believes
/// that ...") keeps of its weight in the Government Response.
pub const RECOUNTED: f64 = 0.5;

/// Like [`pick`], with each sentence's score multiplied by `weight`.
pub fn pick_weighted<'a>(
    sents: &[Sentence<'a>],
    idf: &Idf,
    k: usize,
    weight: impl Fn(&Sentence) -> f64,
) -> Vec<Sentence<'a>> {
    pick_refined(sents, idf, k, weight, |_| Some(1.0))
}

/// Like [`pick_weighted`], with a second test asked only of the sentences that come near
/// enough the top to need it (it may be costly): `refine` leaves a sentence out (`None`) or
/// scales its score by a factor of at most 1.
pub fn pick_refined<'a>(
    sents: &[Sentence<'a>],
    idf: &Idf,
    k: usize,
    weight: impl Fn(&Sentence) -> f64,
    refine: impl Fn(&Sentence) -> Option<f64>,
) -> Vec<Sentence<'a>> {
    if k == 0 || sents.is_empty() {
        return Vec::new();
    }
    // The speaker's own count of each term (terms number the debate's stems densely).
    let mut tf = vec![0u32; idf.weights.len()];
    for s in sents {
        for &t in &s.terms {
            if let Some(c) = tf.get_mut(t as usize) {
                *c += 1;
            }
        }
    }
    // Each term's weight for this speaker, worked out the first time it is needed.
    let cache: Vec<std::cell::Cell<Option<f64>>> = vec![std::cell::Cell::new(None); tf.len()];
    let term_weight = |t: u32| -> f64 {
        let slot = cache.get(t as usize);
        if let Some(w) = slot.and_then(std::cell::Cell::get) {
            return w;
        }
        let n = tf.get(t as usize).copied().unwrap_or(0);
        let w = f64::from(n).ln_1p() * idf.weight(t);
        if let Some(slot) = slot {
            slot.set(Some(w));
        }
        w
    };
    let mut scored: Vec<(f64, usize)> = sents
        .iter()
        .enumerate()
        .filter(|(_, s)| well_formed(s))
        .map(|(i, s)| {
            let mut uniq = s.terms.clone();
            uniq.sort_unstable();
            uniq.dedup();
            let sum: f64 = uniq.iter().map(|&t| term_weight(t)).sum();
            let len = (s.terms.len().max(1) as f64).sqrt();
            // A small preference for earlier sentences: openings state the case.
            let pos = 1.0 + 0.15 / (1.0 + i as f64);
            // What the speaker marks as their main point ("Crucially, ...").
            let stressed = if super::cues::stresses(s.text) {
                STRESSED
            } else {
                1.0
            };
            (sum / len * pos * stressed * weight(s), i)
        })
        .collect();
    if scored.is_empty() {
        return fallback(sents);
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    // Best first. A refined score is at most the score, so a refined sentence at least as
    // good as the next unrefined one is sure of its place; the rest wait.
    let mut chosen: Vec<usize> = Vec::new();
    // Best on top: a heap, as a list searched at every step took time that grew with the
    // square of the sentences refined down.
    let mut waiting: std::collections::BinaryHeap<Waiting> = std::collections::BinaryHeap::new();
    let mut next = scored.iter().peekable();
    while chosen.len() < k {
        let bound = next.peek().map(|x| x.0);
        if let Some(&Waiting(v, i)) = waiting.peek()
            && bound.is_none_or(|b| v >= b)
        {
            waiting.pop();
            chosen.push(i);
            continue;
        }
        let Some(&(v, i)) = next.next() else {
            break;
        };
        let factor = sents
            .get(i)
            .filter(|s| acceptable(s.text))
            .and_then(&refine);
        if let Some(f) = factor {
            waiting.push(Waiting(v * f, i));
        }
    }
    if chosen.is_empty() {
        return fallback(sents);
    }
    chosen.sort_unstable();
    let mut out: Vec<Sentence> = chosen
        .into_iter()
        .filter_map(|i| sents.get(i).cloned())
        .collect();
    // The joined text must not read as a courtesy either.
    while out.len() > 1 && is_courtesy(&join(&out)) {
        out.pop();
    }
    out
}

/// A refined sentence's score and place, ordered best first: the higher score, then the
/// earlier sentence.
struct Waiting(f64, usize);

impl Ord for Waiting {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0).then(other.1.cmp(&self.1))
    }
}

impl PartialOrd for Waiting {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Waiting {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Waiting {}

/// Nothing long enough: the longest acceptable sentence stands for the speaker.
fn fallback<'a>(sents: &[Sentence<'a>]) -> Vec<Sentence<'a>> {
    sents
        .iter()
        .enumerate()
        .filter(|(_, s)| acceptable(s.text))
        .max_by_key(|(i, s)| (word_count(s.text), std::cmp::Reverse(*i)))
        .map(|(_, s)| vec![s.clone()])
        .unwrap_or_default()
}

/// Joins sentences into one paragraph.
pub fn join(s: &[Sentence]) -> String {
    join_texts(s.iter().map(|x| x.text))
}

/// Joins sentences' texts into one paragraph. A sentence that ends its paragraph without a
/// full stop (some records leave it off, ParlaMint's as a rule) is given one before the next,
/// so that it does not run on into it.
pub fn join_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in texts {
        if !out.is_empty() {
            if out.ends_with(char::is_alphanumeric) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

/// Every sentence of the given paragraphs, numbered in order from `start`.
pub fn sentences_of<'a>(
    paragraphs: impl Iterator<Item = &'a String>,
    turn: usize,
    start: &mut usize,
    vocab: &mut Vocab,
) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
    for p in paragraphs {
        let para = *start;
        for s in sentences(p) {
            let super::text::Read {
                terms,
                words,
                tokens,
            } = vocab.read(s);
            out.push(Sentence {
                text: s,
                order: *start,
                turn,
                para,
                words,
                tokens,
                terms,
            });
            *start += 1;
        }
    }
    out
}

/// A summary sentence count for a speaker of `words` words: more to say, more sentences.
pub(super) fn summary_length(words: usize) -> usize {
    match words {
        w if w >= 600 => 3,
        w if w >= 150 => 2,
        _ => 1,
    }
}

/// The Government Response's length for a minister of `words` words.
pub(super) fn response_length(words: usize) -> usize {
    match words {
        w if w >= 2500 => 16,
        w if w >= 800 => 12,
        w if w >= 200 => 6,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_response_weighs_every_stance_the_list_had_no_room_for_alike() {
        for st in [
            Stance::Announces,
            Stance::Commits,
            Stance::Refuses,
            Stance::Defers,
        ] {
            assert_eq!(response_weight(Some(st)), 3.0 * response_weight(None));
        }
    }

    #[test]
    fn what_the_house_decided_is_procedure_not_a_summary() {
        assert!(!acceptable("Question agreed to."));
        assert!(!acceptable("Question negatived."));
        assert!(!acceptable("Bill read a first time."));
        assert!(acceptable(
            "The question of funding was agreed to by the council."
        ));
    }

    #[test]
    fn a_sentence_without_a_full_stop_does_not_run_on_into_the_next() {
        assert_eq!(
            join_texts([
                "The Government will respond in due course",
                "We will update the guidelines."
            ]),
            "The Government will respond in due course. We will update the guidelines."
        );
        assert_eq!(
            join_texts(["Will he meet me?", "\u{201c}It is done.\u{201d}", "It is."]),
            "Will he meet me? \u{201c}It is done.\u{201d} It is."
        );
        assert_eq!(join_texts(["Third reading"]), "Third reading");
    }

    #[test]
    fn picks_representative_sentences_in_order_without_courtesies() {
        let text = "It is a pleasure to serve under your chairmanship, Sir Christopher. \
            Image-based abuse is an escalating crisis for women and girls across the country. \
            The weather was pleasant on the way in this morning, as it happens. \
            Deepfake image-based abuse has surged, and victims of image-based abuse need permanent removal of abusive images.";
        let paras = [text.to_string()];
        let mut n = 0;
        let mut vocab = Vocab::default();
        let sents = sentences_of(paras.iter(), 0, &mut n, &mut vocab);
        let idf = Idf::new(sents.iter(), &vocab);
        let got = pick(&sents, &idf, 2);
        let texts: Vec<&str> = got.iter().map(|s| s.text).collect();
        assert_eq!(texts.len(), 2);
        assert!(texts.iter().all(|t| !t.contains("pleasure")));
        assert!(texts[1].starts_with("Deepfake"));
        assert!(got[0].order < got[1].order);
    }

    #[test]
    fn a_refined_score_is_weighed_against_the_others_and_a_refusal_leaves_out() {
        let text = "Deepfake image-based abuse has surged, and victims of image-based abuse need \
            permanent removal of abusive images. \
            Image-based abuse is an escalating crisis for women and girls across the country. \
            Platforms must remove abusive deepfake images within hours of a report by victims.";
        let paras = [text.to_string()];
        let mut n = 0;
        let mut vocab = Vocab::default();
        let sents = sentences_of(paras.iter(), 0, &mut n, &mut vocab);
        let idf = Idf::new(sents.iter(), &vocab);
        let texts = |got: Vec<Sentence>| got.iter().map(|s| s.text.to_string()).collect::<Vec<_>>();
        let plain = texts(pick_weighted(&sents, &idf, 1, |_| 1.0));
        assert_eq!(plain.len(), 1);
        // The same with every sentence refined by 1: the same choice.
        let same = texts(pick_refined(&sents, &idf, 1, |_| 1.0, |_| Some(1.0)));
        assert_eq!(same, plain);
        // The best sentence refined down to nothing, or left out: another takes its place.
        let top = plain[0].clone();
        let down = texts(pick_refined(
            &sents,
            &idf,
            1,
            |_| 1.0,
            |s| Some(if s.text == top { 0.01 } else { 1.0 }),
        ));
        assert_eq!(down.len(), 1);
        assert_ne!(down, plain);
        let out = texts(pick_refined(
            &sents,
            &idf,
            3,
            |_| 1.0,
            |s| (s.text != top).then_some(1.0),
        ));
        assert_eq!(out.len(), 2);
        assert!(!out.contains(&top));
    }
}
