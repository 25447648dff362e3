//! Topic tags from one fixed vocabulary. Each label has a list of cue words and phrases;
//! a label's score is its share of all cue hits in the debate (the title counts five times),
//! and its evidence is the cues that hit most. At most three labels, each with enough hits.

use super::text::Vocab;
use crate::model::Tag;
use std::collections::BTreeMap;

use super::tag_vocabulary::VOCABULARY;

/// A cue: its label's index, its content-word ids, and its text.
type Cue<'a> = (usize, Vec<u32>, &'a str);

// Cues as stem sequences, worked out by `build.rs` with the stemmer `text::stem_of` uses: a
// cue that loses a word to the stopword list would match too widely and is left out, as
// are cues equal to one already listed for the label. `CUE_STEMS: &[(label, stems, cue)]`.
include!(concat!(env!("OUT_DIR"), "/tag_cues.rs"));

/// Tags a debate from its title's and sentences' content words (ids from `vocab`): each
/// label's cue hits, the title's counting five times.
pub fn tag<'a>(
    title: &[u32],
    sentences: impl Iterator<Item = &'a [u32]>,
    vocab: &Vocab,
) -> Vec<Tag> {
    let by_first = cues_in(vocab);
    let mut hits: Vec<BTreeMap<&str, usize>> = vec![BTreeMap::new(); VOCABULARY.len()];
    let mut count = |toks: &[u32], weight: usize| {
        for (i, tok) in toks.iter().enumerate() {
            let Some(entries) = by_first.get(*tok as usize).filter(|e| !e.is_empty()) else {
                continue;
            };
            let rest = toks.get(i..).unwrap_or_default();
            for (li, words, cue) in entries {
                if rest.starts_with(words)
                    && let Some(h) = hits.get_mut(*li)
                {
                    *h.entry(cue).or_default() += weight;
                }
            }
        }
    };
    count(title, 5);
    for t in sentences {
        count(t, 1);
    }
    ranked(&hits)
}

/// The cues that can match in this debate (every stem occurs in it), mapped to its ids and
/// indexed by the cue's first id (ids number the debate's stems densely).
fn cues_in(vocab: &Vocab) -> Vec<Vec<Cue<'static>>> {
    let mut by_first: Vec<Vec<Cue>> = vec![Vec::new(); vocab.len()];
    let phrase_ids = vocab.phrase_ids(CUE_STEMS.iter().map(|&(_, stems, _)| stems));
    for (&(li, _, cue), ids) in CUE_STEMS.iter().zip(phrase_ids) {
        if let Some(ids) = ids
            && let Some(slot) = ids
                .first()
                .and_then(|&first| by_first.get_mut(first as usize))
        {
            slot.push((li, ids, cue));
        }
    }
    by_first
}

/// The labels with at least three hits and 12% of all hits, strongest first (ties in the
/// vocabulary's order), at most three, each with its four commonest cues as evidence.
fn ranked(hits: &[BTreeMap<&str, usize>]) -> Vec<Tag> {
    let totals: Vec<(&str, &BTreeMap<&str, usize>, usize)> = VOCABULARY
        .iter()
        .zip(hits)
        .map(|((label, _), h)| (*label, h, h.values().sum()))
        .collect();
    let all: usize = totals.iter().map(|(_, _, n)| n).sum();
    if all == 0 {
        return Vec::new();
    }
    let mut ranked: Vec<_> = totals.iter().filter(|(_, _, n)| *n >= 3).collect();
    // Stable: equal totals keep the vocabulary's order.
    ranked.sort_by_key(|t| std::cmp::Reverse(t.2));
    ranked
        .into_iter()
        .take(3)
        .filter(|(_, _, n)| *n as f64 / all as f64 >= 0.12)
        .map(|&(label, h, n)| {
            let mut ev: Vec<(&str, usize)> = h.iter().map(|(k, v)| (*k, *v)).collect();
            ev.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            Tag {
                label: label.to_string(),
                score: (n as f64 / all as f64 * 100.0).round() / 100.0,
                evidence: ev.into_iter().take(4).map(|(k, _)| k.to_string()).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// The stems `build.rs` worked out are those `stem_of` gives at run time, and the same
    /// cues are kept.
    #[test]
    fn cue_stems_built_ahead_are_the_run_s_own() {
        let mut run: Vec<(usize, Vec<String>, &str)> = Vec::new();
        for (li, (_, cues)) in VOCABULARY.iter().enumerate() {
            for cue in cues.iter() {
                let stems: Option<Vec<String>> =
                    cue.split(' ').map(crate::analysis::text::stem_of).collect();
                if let Some(stems) = stems
                    && !run.iter().any(|(l, w, _)| *l == li && *w == stems)
                {
                    run.push((li, stems, cue));
                }
            }
        }
        let built: Vec<(usize, Vec<String>, &str)> = CUE_STEMS
            .iter()
            .map(|&(li, stems, cue)| (li, stems.iter().map(|s| s.to_string()).collect(), cue))
            .collect();
        assert!(built.len() > 100);
        assert_eq!(built, run);
    }

    use super::*;

    #[test]
    fn territorial_army_is_defence_not_education() {
        let mut v = Vocab::default();
        let title = v.terms("Future of the Territorial Army");
        let body = v.terms("The Territorial Army reservists train hard; the Army depends on its reserves and training for soldiers in Afghanistan.");
        let t = tag(&title, [body.as_slice()].into_iter(), &v);
        assert_eq!(t[0].label, "Defence");
        assert!(t.iter().all(|t| t.label != "Education & Skills"));
        assert!(t[0].evidence.contains(&"territorial army".to_string()));
    }

    #[test]
    fn no_cues_no_tags() {
        let mut v = Vocab::default();
        let title = v.terms("Miscellany");
        let body = v.terms("Nothing here at all.");
        assert!(tag(&title, [body.as_slice()].into_iter(), &v).is_empty());
    }
}
