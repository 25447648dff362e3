//! How an ask reads within its speech: the sentence a short ask points back at ("... should
//! be suspended this winter. Does the Minister agree?"), what it asks for in a few words,
//! how it is shown, whether it asks only in words the member quotes, and whether it is the
//! first of the questions a reply takes in order.

use crate::analysis::replies::{Passage, Replies};
use crate::analysis::summarise::Sentence;
use crate::analysis::text::quotes;
use crate::analysis::{Read, asks, requests};
use crate::model::AskKind;

/// The fewest distinct content words an ask needs to be linked on its own words: one with
/// fewer ("Will it be signed off?", "Those are both urgent issues") points back at the
/// sentence before it, whose words it takes as well.
const SELF_CONTAINED: usize = 3;

/// The asker's sentence before an ask in the same speech, when the ask has too few content
/// words of its own to say what it is about ("Does the Secretary of State agree?").
pub(super) fn pointed_at<'r>(r: &'r Read, p: usize, s: &Sentence) -> Option<&'r Sentence<'r>> {
    let mut own = s.terms.clone();
    own.sort_unstable();
    own.dedup();
    if own.len() >= SELF_CONTAINED && !asks::only_addresses(s.text) {
        return None;
    }
    before_in_turn(r, p, s)
}

/// The asker's sentence before an ask in the same speech.
fn before_in_turn<'r>(r: &'r Read, p: usize, s: &Sentence) -> Option<&'r Sentence<'r>> {
    // A speaker's sentences are in spoken order.
    let sents = r.per_person.get(p)?;
    let before = sents
        .partition_point(|x| x.order < s.order)
        .checked_sub(1)?;
    sents.get(before).filter(|x| x.turn == s.turn)
}

/// The words that point back at a thing just named ("that relationship").
const DEMONSTRATIVES: [&str; 4] = ["that", "this", "those", "these"];

/// True when an ask names again, after "that", "this", "those" or "these", a thing the
/// sentence before it spoke of: "He has long argued that the intelligence-sharing
/// relationship would be damaged by the release of these paragraphs. Is it still his view
/// that that relationship will be damaged now that the information has been published?"
/// takes the words of the sentence before.
fn names_again(r: &Read, ask: &str, before: &Sentence) -> bool {
    let words = ask.split_whitespace();
    words.clone().zip(words.skip(1)).any(|(d, noun)| {
        DEMONSTRATIVES.iter().any(|x| d.eq_ignore_ascii_case(x))
            && r.terms_of(noun.trim_matches(|c: char| !c.is_alphanumeric()))
                .iter()
                .any(|t| before.terms.contains(t))
    })
}

/// True for a question too short to be read as one alone that asks the minister about what
/// the asker has just said: "... should be suspended this winter. Does the Minister agree?",
/// "Will he do so?".
pub(super) fn asks_after_saying(r: &Read, p: usize, s: &Sentence) -> bool {
    s.text.trim_end().ends_with('?')
        && s.words < 5
        && asks::only_addresses(s.text)
        && !asks::is_rhetorical(s.text)
        && pointed_at(r, p, s).is_some()
}

/// The content words of an ask's context: those of the sentence it points back at, too
/// short to stand alone or naming again what that sentence spoke of ("that relationship").
pub(super) fn context_of(r: &Read, p: usize, s: &Sentence) -> Vec<u32> {
    pointed_at(r, p, s)
        .or_else(|| before_in_turn(r, p, s).filter(|b| names_again(r, s.text, b)))
        .map(|b| b.terms.clone())
        .unwrap_or_default()
}

/// [`paragraph_of`] each of `asks` (by whom, and the sentence): read once, for linking and
/// judging.
pub(super) fn paragraphs_of(r: &Read, asks: &[(usize, &Sentence, AskKind)]) -> Vec<Vec<u32>> {
    asks.iter()
        .map(|&(p, s, _)| paragraph_of(r, p, s))
        .collect()
}

/// The content words of the paragraph an ask is spoken in, sorted, each once. A paragraph
/// that opens in lower case goes on from the one before it, which a quotation broke ("...
/// would be \"subject to approval by this House\" and the No. 10 briefing yesterday that
/// MPs would not be given a vote on Kelly?").
fn paragraph_of(r: &Read, p: usize, s: &Sentence) -> Vec<u32> {
    let sents = r.per_person.get(p).map(Vec::as_slice).unwrap_or_default();
    // The ask's contribution up to it: a speaker's sentences are in spoken order.
    let end = sents.partition_point(|x| x.order <= s.order);
    let mut words: Vec<u32> = Vec::new();
    let mut para = s.para;
    for (i, x) in sents.iter().enumerate().take(end).rev() {
        if x.turn != s.turn {
            break;
        }
        if x.para != para {
            // `i + 1` opened the paragraph read so far: one opening in lower case goes on
            // from this one.
            let goes_on = sents
                .get(i + 1)
                .and_then(|o| o.text.chars().next())
                .is_some_and(char::is_lowercase);
            if !goes_on {
                break;
            }
            para = x.para;
        }
        words.extend_from_slice(&x.terms);
    }
    // The rest of the ask's paragraph, after it.
    for x in sents.iter().skip(end) {
        if (x.turn, x.para) != (s.turn, s.para) {
            break;
        }
        words.extend_from_slice(&x.terms);
    }
    words.sort_unstable();
    words.dedup();
    words
}

/// What an ask asks for, in a few words. An ask made only of whom it asks ("Does the
/// Secretary of State agree?") takes what it is about from the sentence before it: "agree
/// that it should be temporarily suspended".
pub(super) fn gist(r: &Read, p: usize, s: &Sentence) -> String {
    let own = asks::ask_of(s.text);
    let Some(before) = pointed_at(r, p, s).filter(|_| asks::only_addresses(s.text)) else {
        return own;
    };
    let about = asks::ask_of(before.text);
    let last = own.rsplit(' ').next().unwrap_or("");
    if !matches!(
        last,
        "agree" | "accept" | "recognise" | "acknowledge" | "confirm"
    ) {
        return about;
    }
    // "Almost every organisation ... believes it should be suspended" → "agree that almost
    // every organisation ...": the opening capital is lowered unless it is "I" or a name's.
    let mut chars = about.chars();
    let lowered = match (chars.next(), about.split(' ').next()) {
        (Some(c), Some(first))
            if first.len() > 1 && first.chars().skip(1).all(|x| x.is_lowercase()) =>
        {
            format!("{}{}", c.to_lowercase(), chars.as_str())
        }
        _ => about.clone(),
    };
    format!("{last} that {lowered}")
}

/// An ask as shown: its sentence, after the one it points back at when it cannot stand
/// alone ("... believes it should be temporarily suspended. Does the Secretary of State
/// agree?"), both verbatim.
pub(super) fn shown(r: &Read, p: usize, s: &Sentence) -> String {
    match pointed_at(r, p, s) {
        Some(before) => format!("{} {}", before.text, s.text),
        None => s.text.to_string(),
    }
}

/// True when sentence `k` of a speaker's asks only in words it quotes: what is left when
/// the quotations are taken out must still ask, unless it is only the end of a question
/// that began in the paragraph before ("... described by experts as" / ""a coach and
/// horses"?").
pub(super) fn quoted(sents: &[Sentence], k: usize) -> bool {
    let Some(own) = quotes::own_words_at(sents, k, |s| s.text, |s| (s.turn, s.para)) else {
        return false;
    };
    if !own.contains(char::is_alphabetic) && own.contains('?') {
        return false;
    }
    !requests::is_request(&own) && !asks::is_question(&own)
}

/// True when `s` is the first ask of its contribution and the opening of the reply straight
/// after (its first sentence that is no courtesy) is linked to no other ask of it: a reply
/// takes the questions in the order they were put, so that opening answers the first even
/// when it shares no word with it ("Does the Secretary of State recognise the value of
/// programmes such as Working Win? Will she commit to providing funding ...?" — "The
/// Department supports a number of schemes around the country; I am not aware of the
/// specific one ...").
pub(super) fn takes_the_opening(
    r: &Read,
    replies: Option<&Replies>,
    judged: &[(usize, &Sentence, AskKind)],
    passages: &std::collections::HashMap<usize, Option<Passage>>,
    s: &Sentence,
) -> bool {
    let same_turn = || judged.iter().filter(|(_, x, _)| x.turn == s.turn);
    if same_turn().any(|(_, x, _)| x.order < s.order) {
        return false;
    }
    let Some(replies) = replies else {
        return false;
    };
    let opening = super::answering(r, replies, s.turn).and_then(|turn| {
        replies
            .sentences()
            .iter()
            .enumerate()
            .position(|(i, x)| x.turn == turn && !replies.courteous_at(i))
    });
    opening.is_some_and(|o| {
        !same_turn()
            .filter(|(_, x, _)| x.order != s.order)
            .filter_map(|(_, x, _)| passages.get(&x.order).copied().flatten())
            .any(|q| (q.first..q.first + q.len).contains(&o))
    })
}
