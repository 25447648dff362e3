//! Analysis: a parsed debate in, a `Summary` out. Speakers are merged (`speakers`), roles
//! assigned (`roles`), then requests, summaries, tags and the At a Glance sentence are built.
//! Pure and deterministic: no I/O, no clocks, no hash-order iteration.

mod abroad;
mod ask_kinds;
mod ask_text;
mod asked;
mod asking_nothing;
pub mod asks;
pub mod business;
pub mod cues;
pub mod divisions;
pub mod glance;
mod needless;
pub mod positions;
pub mod references;
mod relatives;
mod reminders;
pub mod replies;
pub mod requests;
mod role_cues;
pub mod roles;
mod sitting;
pub use sitting::analyze_all;
pub mod speakers;
mod speeches;
pub mod summarise;
mod tag_vocabulary;
pub mod tags;
pub mod text;
mod turns;
pub mod verdicts;
mod warm;
pub use warm::warm;

use crate::model::{
    GovernmentPosition, PartialBecause, RawDebate, Role, Source, Speaker, Stance, Summary, Warning,
};
use asked::{Asks, asks_of};
use replies::Replies;
use summarise::{Idf, Sentence, sentences_of};

/// How many of the Government's positions may open its Response.
const LEADING_POSITIONS: usize = 4;

/// The most questions and requests read from one debate (a bound on work, far above any real
/// debate's count).
const MAX_ASKS: usize = 500;

/// The title of an item the transcript gives no heading.
const UNTITLED: &str = "Untitled debate";

/// The most words of a sentence that only raises a point of order.
const POINT_OF_ORDER_WORDS: usize = 12;

/// What the first steps give every later one: the debate's sentences by person, its
/// speakers and roles, and who speaks for the Government.
struct Read<'d> {
    cast: speakers::Cast,
    roles: roles::Roles,
    per_person: Vec<Vec<Sentence<'d>>>,
    /// Grows as asks are reduced to their action and read for content words.
    vocab: std::cell::RefCell<text::Vocab>,
    idf: Idf,
    /// For each person, whether they speak for the Government.
    government: Vec<bool>,
    /// Contributions joined into the speeches a cry broke.
    speeches: speeches::Speeches,
    /// For each contribution, whether it is a question printed as tabled (`turns`).
    tabled: Vec<bool>,
}

/// Steps 1-3: sentences and words, speakers merged (with seats named in the debate), roles,
/// and the Government's side.
fn read(d: &RawDebate) -> Read<'_> {
    // One pass gives each contribution's sentences, content words and word count (the sum
    // over its sentences equals the count over its paragraphs; a property test holds it).
    let mut order = 0usize;
    let mut vocab = text::Vocab::default();
    let by_contribution: Vec<Vec<Sentence>> = d
        .contributions
        .iter()
        .enumerate()
        .map(|(i, c)| sentences_of(c.paragraphs.iter(), i, &mut order, &mut vocab))
        .collect();
    let words: Vec<usize> = by_contribution
        .iter()
        .map(|s| s.iter().map(|x| x.words).sum())
        .collect();
    let tabled = turns::tabled(&by_contribution, &words);
    let mut cast = speakers::resolve_counted(d, &words);
    references::fill_seats(
        &mut cast.people,
        d.contributions
            .iter()
            .flat_map(|c| c.paragraphs.iter().map(String::as_str)),
    );
    let roles = roles::assign(d, &cast);
    let speeches = speeches::Speeches::new(d, &cast);
    let mut per_person: Vec<Vec<Sentence>> = vec![Vec::new(); cast.people.len()];
    for (i, mut sents) in by_contribution.into_iter().enumerate() {
        if let Some(mine) = cast.speaker_of(i).and_then(|p| per_person.get_mut(p)) {
            // A speech the House broke into is read as one.
            let head = speeches.head(i);
            if head != i {
                sents.iter_mut().for_each(|s| s.turn = head);
            }
            mine.extend(sents);
        }
    }
    let idf = Idf::new(per_person.iter().flatten(), &vocab);
    let government = cast
        .people
        .iter()
        .enumerate()
        .map(|(p, x)| {
            !x.is_chair
                && (Some(p) == roles.minister
                    || roles.also_government.contains(&p)
                    || x.office
                        .as_deref()
                        .is_some_and(crate::names::is_ministerial))
        })
        .collect();
    Read {
        cast,
        roles,
        per_person,
        vocab: std::cell::RefCell::new(vocab),
        idf,
        government,
        speeches,
        tabled,
    }
}

impl Read<'_> {
    /// The content-word ids of a text, in the debate's numbering.
    pub(super) fn terms_of(&self, s: &str) -> Vec<u32> {
        self.vocab.borrow_mut().terms(s)
    }

    fn role_of(&self, p: usize) -> Role {
        if self.cast.is_chair(p) {
            Role::Chair
        } else if Some(p) == self.roles.lead {
            Role::Lead
        } else if Some(p) == self.roles.minister {
            Role::Minister
        } else if self.roles.shadows.contains(&p) {
            Role::ShadowMinister
        } else {
            Role::Member
        }
    }

    fn speaks_for_government(&self, p: usize) -> bool {
        self.government.get(p).copied().unwrap_or(false)
    }

    /// Every Government sentence in spoken order, with who spoke it.
    fn reply_sentences(&self) -> (Vec<Sentence<'_>>, Vec<&str>) {
        let mut all: Vec<(&Sentence, &str)> = self
            .per_person
            .iter()
            .enumerate()
            .filter(|(p, _)| self.speaks_for_government(*p))
            .flat_map(|(p, sents)| sents.iter().map(move |s| (s, self.cast.name(p))))
            // Rising to a point of order answers no one ("Mr Speaker, I rise on a point of
            // order.", "Point of order, Mr Speaker!").
            .filter(|(s, _)| {
                !(s.words <= POINT_OF_ORDER_WORDS
                    && crate::scan::holds!(s.text.as_bytes(), b"oint of order").is_some())
            })
            .collect();
        all.sort_by_key(|(s, _)| s.order);
        all.into_iter().map(|(s, n)| (s.clone(), n)).unzip()
    }
}

/// Step 4: each speaker with their summary. The lead's summary carries `lead_focus` (where
/// their main demand, or a minister's headline, was spoken); a minister's leans to what the
/// Government commits to.
fn speakers_of(r: &Read, replies: Option<&Replies>, lead_focus: Option<usize>) -> Vec<Speaker> {
    r.cast
        .people
        .iter()
        .zip(&r.per_person)
        .enumerate()
        .map(|(p, (person, sents))| {
            let role = r.role_of(p);
            let k = summarise::summary_length(person.words);
            // The lead's case is made in the opening speech; their later turns answer others.
            let sents = if role == Role::Lead {
                opening_speech(sents)
            } else {
                &sents[..]
            };
            let summary = if role == Role::Chair {
                String::new()
            } else {
                // The lead's summary keeps their main demand, or a statement's headline.
                let focus = lead_focus
                    .filter(|_| role == Role::Lead)
                    .and_then(|order| sents.iter().find(|s| s.order == order));
                if r.speaks_for_government(p) {
                    summarise::pick_weighted_with(sents, &r.idf, k, focus, |s| {
                        summarise::commitment_weight(replies.and_then(|x| x.stance_at(s.order)))
                    })
                } else {
                    // A member's case, not the account of their inquiries.
                    summarise::pick_weighted_with(sents, &r.idf, k, focus, |s| {
                        if cues::passes_on(s.text) { 0.5 } else { 1.0 }
                    })
                }
            };
            Speaker {
                name: person.name.clone(),
                constituency: person.constituency.clone(),
                party: person.party.clone(),
                office: person.office.clone(),
                role,
                words: person.words,
                contributions: person.contributions.len(),
                interventions: person.interventions,
                summary,
            }
        })
        .collect()
}

/// Where the minister making a statement first commits the Government to something, in a
/// sentence that can lead its Response: the headline a report of the statement opens with
/// (a statement exists to announce; a minister's speech opening a debate argues a case, and
/// its first commitment is seldom its point).
fn headline(r: &Read, positions: &[GovernmentPosition]) -> Option<usize> {
    let lead = r.roles.lead.filter(|&p| r.speaks_for_government(p))?;
    let commits = positions.iter().filter(|p| p.stance == Stance::Commits);
    let leading = self::positions::leading(commits, positions.len());
    opening_speech(r.per_person.get(lead)?)
        .iter()
        .find(|s| leading.contains(&s.text))
        .map(|s| s.order)
}

/// The words of an opening speech long enough to make a case.
const OPENING_SPEECH_WORDS: usize = 300;

/// A speaker's sentences from their first turn when that turn is a speech, else all of them.
fn opening_speech<'s, 'd>(sents: &'s [Sentence<'d>]) -> &'s [Sentence<'d>] {
    let Some(first) = sents.first().map(|s| s.turn) else {
        return sents;
    };
    let n = sents.iter().take_while(|s| s.turn == first).count();
    let opening = sents.get(..n).unwrap_or(sents);
    if opening.iter().map(|s| s.words).sum::<usize>() >= OPENING_SPEECH_WORDS {
        opening
    } else {
        sents
    }
}

/// Step 6: the Government Response, led by the Government's positions, then the minister's
/// most representative sentences.
fn government_response(
    r: &Read,
    replies: Option<&Replies>,
    positions: &[GovernmentPosition],
) -> String {
    let Some((minister, sents)) = r
        .roles
        .minister
        .and_then(|m| Some((r.cast.person(m)?, r.per_person.get(m)?)))
    else {
        return String::new();
    };
    let k = summarise::response_length(minister.words);
    let lead: Vec<&str> = self::positions::leading(positions, LEADING_POSITIONS.min(k))
        .into_iter()
        .filter(|t| sents.iter().any(|s| s.text == *t))
        .collect();
    // The paragraph complements the list of positions shown beside it: after the leading
    // positions it gives what else the minister said, not the rest of the list again, and
    // only sentences that read on their own.
    // Cheap tests first, for every sentence; the costlier ones only for those near the top.
    let fits = |t: &str| {
        !lead.contains(&t)
            && !positions.iter().any(|p| p.text == t)
            && cues::reads_alone(t)
            && !cues::signposts(t)
    };
    let stance = |s: &Sentence| replies.and_then(|x| x.stance_at(s.order));
    let rest = summarise::pick_refined(
        sents,
        &r.idf,
        k.saturating_sub(lead.len()),
        |s| summarise::response_weight(stance(s)),
        |s| {
            fits(s.text).then(|| {
                let recounts = stance(s).is_none() && cues::recounts_others(s.text);
                if recounts { summarise::RECOUNTED } else { 1.0 }
            })
        },
    );
    let mut out: Vec<&str> = lead.clone();
    for t in rest.iter().map(|s| s.text) {
        // A sentence said twice is given once; a fallback (no sentence fitted) must fit too.
        if !out.contains(&t) && fits(t) {
            out.push(t);
        }
    }
    summarise::join_texts(out)
}

/// Step 7: the kind of business, from the record and from who opens it.
fn kind_of(d: &RawDebate, r: &Read) -> (crate::model::Kind, Option<String>) {
    let first = r
        .cast
        .by_contribution
        .iter()
        .enumerate()
        .find_map(|(i, p)| p.filter(|&p| !r.cast.is_chair(p)).map(|p| (i, p)));
    // Only the chair spoke ("I remind Members ..."): procedure, whatever the heading.
    if first.is_none() {
        return (crate::model::Kind::Procedure, None);
    }
    // The speech's opening, as far as the rules read it.
    let opening = first.map_or(String::new(), |(i, _)| {
        let mut head = String::new();
        for p in d.paragraphs(i) {
            if head.trim_start().len() >= business::OPENING_READ {
                break;
            }
            if !head.is_empty() {
                head.push(' ');
            }
            head.push_str(p);
        }
        head
    });
    let by_minister = first.is_some_and(|(_, p)| r.speaks_for_government(p));
    business::kind_of(d, by_minister, &opening)
}

/// Summarises one parsed debate: the steps above, then tags, warnings and the At a Glance.
pub fn analyze(d: &RawDebate, source: Source) -> Summary {
    summarise_read(d, read(d), source)
}

/// The steps after reading: kind of business, asks, replies, positions and the rest.
fn summarise_read<'d>(d: &'d RawDebate, mut r: Read<'d>, source: Source) -> Summary {
    let (kind, stage) = kind_of(d, &r);
    // Procedure (business without debate, Decision Time) has no one who led it.
    if kind == crate::model::Kind::Procedure {
        r.roles.lead = None;
    }
    // A question is asked by a member, not by the minister who answers it: where the record
    // leaves the question out and opens on the answer, the asker is the member who follows
    // it up (Hansard's supplementary question).
    if kind.is_question_time() && r.roles.lead.is_some() && r.roles.lead == r.roles.minister {
        r.roles.lead = r
            .cast
            .by_contribution
            .iter()
            .flatten()
            .copied()
            .find(|&p| !r.cast.is_chair(p) && !r.speaks_for_government(p));
    }
    let (reply, names) = r.reply_sentences();
    let replies = (!reply.is_empty()).then(|| {
        let topics = replies::topics::topics_of(&reply, |t| r.terms_of(t));
        replies::Replies::new(&reply, names).with_topics(topics)
    });
    let Asks {
        requests: key_requests,
        questions,
        lead_demand,
    } = asks_of(&r, replies.as_ref());
    let government_positions = replies
        .as_ref()
        .map(self::positions::positions)
        .unwrap_or_default();
    let lead_focus = lead_demand.or_else(|| {
        (kind == crate::model::Kind::Statement)
            .then(|| headline(&r, &government_positions))
            .flatten()
    });
    let speakers = speakers_of(&r, replies.as_ref(), lead_focus);
    let government_response = government_response(&r, replies.as_ref(), &government_positions);
    let questions_answered = questions.iter().filter(|q| q.answered).count();

    let title_terms = r.terms_of(&d.title);
    let tags = tags::tag(
        &title_terms,
        r.per_person.iter().flatten().map(|s| s.terms.as_slice()),
        &r.vocab.borrow(),
    );

    let lead = r.roles.lead.and_then(|p| speakers.get(p).cloned());
    let minister = r.roles.minister.and_then(|p| speakers.get(p).cloned());
    let other_contributors = speakers
        .iter()
        .filter(|s| matches!(s.role, Role::Member | Role::ShadowMinister))
        .count();
    let chair = d.chair.clone().or_else(|| {
        speakers
            .iter()
            .find(|s| s.role == Role::Chair)
            .map(|s| s.name.clone())
    });
    let contributions = r
        .cast
        .by_contribution
        .iter()
        .filter(|p| p.is_some())
        .count();
    let divisions = divisions::divisions_of(d);

    // Warnings are written in words here, and only here (`Warning`'s Display).
    let mut warnings: Vec<Warning> = d.notes.clone();
    warnings.extend(r.cast.warnings.iter().cloned());
    warnings.extend(r.roles.warnings.iter().cloned());
    // One word that the transcript is partial is enough.
    let said_partial = warnings
        .iter()
        .any(|w| matches!(w, Warning::Partial(_) | Warning::LeadNotNamed));
    let said_opening_missing = warnings.contains(&Warning::LeadNotNamed);
    if d.partial && !said_partial {
        warnings.push(Warning::Partial(PartialBecause::Missing));
    }
    if minister.is_none() {
        warnings.push(Warning::NoGovernmentReply);
    }
    // An item the transcript gives no heading is named as untitled, and says so.
    let untitled = d.title.trim().is_empty();
    warnings.extend(untitled.then_some(Warning::Untitled));
    let warnings: Vec<String> = warnings.iter().map(Warning::to_string).collect();

    let mut summary = Summary {
        source,
        partial: d.partial || said_opening_missing,
        title: if untitled { UNTITLED } else { &d.title }.to_string(),
        date: d.date.clone(),
        house: d.house,
        venue: d.venue.clone(),
        chair,
        lead,
        minister,
        word_count: r.cast.total_words(),
        speakers,
        other_contributors,
        contributions,
        at_a_glance: String::new(),
        kind,
        stage,
        divisions,
        key_requests,
        questions,
        questions_answered,
        government_positions,
        government_response,
        tags,
        warnings,
    };
    summary.at_a_glance = glance::at_a_glance(&summary);
    summary
}

#[cfg(test)]
mod tests {
    use super::{OPENING_SPEECH_WORDS, Sentence, opening_speech};

    #[test]
    fn rising_to_a_point_of_order_is_no_part_of_the_reply() {
        use crate::model::{Attribution, Contribution, RawDebate};
        let said = |name: &str, office: Option<&str>, text: &str| Contribution {
            speaker: Attribution {
                office: office.map(str::to_string),
                ..Attribution::person(name)
            },
            paragraphs: vec![text.to_string()],
        };
        let d = RawDebate {
            title: "Advertising".into(),
            contributions: vec![
                said(
                    "Kevin Ross",
                    None,
                    "Will the Minister publish the advertising budget before the election?",
                ),
                said(
                    "Ann Abbot",
                    Some("Leader of the House"),
                    "Mr Speaker, I rise on a point of order. The member is misleading the \
                     House about the budget.",
                ),
                said("Ann Abbot", None, "Point of order, Mr Speaker!"),
            ],
            ..RawDebate::default()
        };
        let r = super::read(&d);
        let (reply, _) = r.reply_sentences();
        let texts: Vec<&str> = reply.iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            ["The member is misleading the House about the budget."]
        );
    }

    fn sentence(turn: usize, words: usize) -> Sentence<'static> {
        Sentence {
            text: "",
            order: 0,
            turn,
            para: 0,
            words,
            tokens: words,
            terms: Vec::new(),
        }
    }

    #[test]
    fn a_lead_is_summarised_from_an_opening_speech_but_not_from_a_question() {
        let speech = [sentence(0, 200), sentence(0, 150), sentence(7, 40)];
        assert_eq!(opening_speech(&speech).len(), 2);
        // A tabled question opens: every turn counts.
        let question = [sentence(0, 30), sentence(3, 200), sentence(7, 200)];
        assert_eq!(opening_speech(&question).len(), 3);
        assert!(opening_speech(&[]).is_empty());
        let just = [sentence(2, OPENING_SPEECH_WORDS), sentence(5, 10)];
        assert_eq!(opening_speech(&just).len(), 1);
    }
}
