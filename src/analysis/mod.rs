//! Analysis: a parsed debate in, a `Summary` out. Speakers are merged (`speakers`), roles
//! assigned (`roles`), then requests, summaries, tags and the At a Glance sentence are built.
//! Pure and deterministic: no I/O, no clocks, no hash-order iteration.

pub mod asks;
pub mod references;
pub mod requests;
pub mod roles;
pub mod speakers;
pub mod summarise;
pub mod tags;
pub mod text;

use crate::model::{KeyRequest, Question, RawDebate, Role, Source, Speaker, Summary};
use summarise::{Idf, Sentence, join, pick, sentences_of};

/// The most key requests listed for one debate.
const MAX_REQUESTS: usize = 10;

/// Builds the matchers analysis uses (they are built once per process, on first use) by
/// analysing a small debate made here. A folder run calls this on one worker while another
/// warms the readers, so that neither waits for the other to build them.
pub fn warm() {
    use crate::model::{Attribution, Contribution};
    let said = |name: &str, paragraphs: &[&str]| Contribution {
        speaker: Attribution::person(name),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
    };
    let debate = RawDebate {
        title: "Rural Bus Services".into(),
        contributions: vec![
            said(
                "Jo Bloggs",
                &[
                    "I beg to move, That this House has considered rural bus services. \
                     It is a pleasure to serve under your chairmanship. I call on the \
                     Government to restore funding. Will the Minister meet me to discuss it? \
                     The hon. Member for Upper Tarn (Sam Smith) agrees, as does the shadow \
                     Minister, the hon. Member for Lower Tarn (Ann Other).",
                ],
            ),
            said(
                "Sam Smith",
                &["As shadow Minister, I ask the Minister to act."],
            ),
            said(
                "Kim Lee",
                &[
                    "I congratulate my hon. Friend on securing this debate. The Government \
                     are investing in buses, and we will publish a strategy. I would be \
                     happy to meet my hon. Friend.",
                ],
            ),
        ],
        ..RawDebate::default()
    };
    let _ = analyze(
        &debate,
        Source {
            path: String::new(),
            format: crate::input::InputFormat::HansardText,
            index: 0,
        },
    );
}

/// Summarises one parsed debate.
pub fn analyze(d: &RawDebate, source: Source) -> Summary {
    // Sentences first: one pass gives each contribution's sentences, content words and word
    // count (the sum over its sentences equals the count over its paragraphs; a property
    // test holds it to that).
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
    let mut cast = speakers::resolve_counted(d, &words);
    let seats = references::constituencies(
        d.contributions
            .iter()
            .flat_map(|c| c.paragraphs.iter().map(String::as_str)),
    );
    for p in cast
        .people
        .iter_mut()
        .filter(|p| p.constituency.is_none() && !p.is_chair)
    {
        p.constituency = seats
            .get(&crate::input::attribution::name_key(&p.name))
            .cloned();
    }
    let roles = roles::assign(d, &cast);
    let people = &cast.people;

    // Sentences per person, numbered in spoken order across the debate.
    let mut per_person: Vec<Vec<Sentence>> = vec![Vec::new(); people.len()];
    for (i, sents) in by_contribution.into_iter().enumerate() {
        if let Some(mine) = cast.speaker_of(i).and_then(|p| per_person.get_mut(p)) {
            mine.extend(sents);
        }
    }
    let idf = Idf::new(per_person.iter().flatten(), &vocab);

    let role_of = |p: usize| -> Role {
        if cast.is_chair(p) {
            Role::Chair
        } else if Some(p) == roles.lead {
            Role::Lead
        } else if Some(p) == roles.minister {
            Role::Minister
        } else if roles.shadows.contains(&p) {
            Role::ShadowMinister
        } else {
            Role::Member
        }
    };

    let speakers: Vec<Speaker> = people
        .iter()
        .zip(&per_person)
        .enumerate()
        .map(|(p, (person, sents))| {
            let role = role_of(p);
            let k = match person.words {
                w if w >= 600 => 3,
                w if w >= 150 => 2,
                _ => 1,
            };
            let summary = if role == Role::Chair {
                String::new()
            } else {
                join(&pick(sents, &idf, k))
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
        .collect();

    // The minister and their sentences.
    let minister_of = roles
        .minister
        .and_then(|m| Some((people.get(m)?, per_person.get(m)?)));
    let government_response = minister_of
        .map(|(minister, sents)| {
            let k = match minister.words {
                w if w >= 2500 => 8,
                w if w >= 800 => 6,
                w if w >= 200 => 4,
                _ => 2,
            };
            join(&summarise::pick_weighted(
                sents,
                &idf,
                k,
                summarise::commitment_weight,
            ))
        })
        .unwrap_or_default();

    // Requests and questions: members (not the chair or the minister), in spoken order.
    let replies = minister_of.map(|(minister, sents)| asks::Replies::new(sents, &minister.name));
    struct Found<'s> {
        person: usize,
        asker: &'s speakers::Person,
        order: usize,
        turn: usize,
        text: &'s str,
        terms: Vec<u32>,
        ask: String,
        ask_terms: Vec<u32>,
    }
    let mut found: Vec<Found> = Vec::new();
    // The contribution straight after `turn`, when the minister makes it.
    let direct_reply = |turn: usize| -> Option<usize> {
        let next = turn + 1;
        (roles.minister.is_some()
            && cast.by_contribution.get(next).copied().flatten() == roles.minister)
            .then_some(next)
    };
    let mut questions: Vec<(usize, Question)> = Vec::new();
    let questions_possible = roles.minister.is_some();
    for (p, (person, sents)) in people.iter().zip(&per_person).enumerate() {
        if person.is_chair || Some(p) == roles.minister {
            continue;
        }
        for s in sents {
            let is_req = requests::is_request_counted(s.text, s.words);
            if is_req {
                let ask = asks::ask_of(s.text);
                found.push(Found {
                    person: p,
                    asker: person,
                    order: s.order,
                    turn: s.turn,
                    text: s.text,
                    terms: s.terms.clone(),
                    ask_terms: vocab.terms(&ask),
                    ask,
                });
            }
            let direct = direct_reply(s.turn);
            let to_minister = s.text.contains("Minister")
                || s.text.contains("Secretary of State")
                || direct.is_some();
            if questions_possible
                && to_minister
                && asks::is_question_to_minister(s.text)
                && questions.len() < 200
            {
                let answer = replies.as_ref().and_then(|r| {
                    r.answer(&s.terms, s.order, direct, person, asks::kind_of(s.text))
                });
                questions.push((
                    s.order,
                    Question {
                        speaker: person.name.clone(),
                        text: s.text.to_string(),
                        answered: answer.is_some(),
                        answer,
                    },
                ));
            }
        }
    }
    found.sort_by_key(|f| f.order);
    // Merge the same ask made by several speakers; keep the first wording.
    let mut merged: Vec<(Found, Vec<usize>)> = Vec::new();
    for f in found {
        if let Some((_, askers)) = merged
            .iter_mut()
            .find(|(g, _)| g.text == f.text || asks::same_ask(&g.ask_terms, &f.ask_terms))
        {
            if !askers.contains(&f.person) {
                askers.push(f.person);
            }
            continue;
        }
        let person = f.person;
        merged.push((f, vec![person]));
        if merged.len() >= 500 {
            break;
        }
    }
    // The lead's first, then by how many asked, then in spoken order.
    merged.sort_by_key(|(f, askers)| {
        (
            Some(f.person) != roles.lead,
            std::cmp::Reverse(askers.len()),
            f.order,
        )
    });
    let key_requests: Vec<KeyRequest> = merged
        .into_iter()
        .take(MAX_REQUESTS)
        .map(|(f, askers)| {
            let kind = asks::kind_of_ask(f.text, &f.ask);
            let answer = replies
                .as_ref()
                .and_then(|r| r.answer(&f.terms, f.order, direct_reply(f.turn), f.asker, kind));
            KeyRequest {
                speaker: f.asker.name.clone(),
                text: f.text.to_string(),
                ask: f.ask,
                kind,
                addressed_to: asks::addressed_to(f.text),
                askers: askers.iter().map(|&p| cast.name(p).to_string()).collect(),
                answered: answer.is_some(),
                answer,
            }
        })
        .collect();
    questions.sort_by_key(|(order, _)| *order);
    let questions: Vec<Question> = questions.into_iter().map(|(_, q)| q).collect();
    let questions_answered = questions.iter().filter(|q| q.answered).count();

    let title_terms = vocab.terms(&d.title);
    let tags = tags::tag(
        &title_terms,
        per_person.iter().flatten().map(|s| s.terms.as_slice()),
        &vocab,
    );

    let lead = roles.lead.and_then(|p| speakers.get(p).cloned());
    let minister = roles.minister.and_then(|p| speakers.get(p).cloned());
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
    let contributions = cast.by_contribution.iter().filter(|p| p.is_some()).count();

    let mut warnings: Vec<String> = d.notes.clone();
    warnings.extend(cast.warnings.iter().cloned());
    warnings.extend(roles.warnings.iter().cloned());
    if d.partial && !warnings.iter().any(|w| w.starts_with("partial transcript")) {
        warnings.push("partial transcript: parts of the debate are not in this file".to_string());
    }
    if minister.is_none() {
        warnings.push("no Government reply found in this transcript".to_string());
    }

    let mut summary = Summary {
        source,
        partial: d.partial,
        title: d.title.clone(),
        date: d.date.clone(),
        house: d.house,
        venue: d.venue.clone(),
        chair,
        lead,
        minister,
        word_count: cast.total_words(),
        speakers,
        other_contributors,
        contributions,
        at_a_glance: String::new(),
        key_requests,
        questions,
        questions_answered,
        government_response,
        tags,
        warnings,
    };
    summary.at_a_glance = at_a_glance(&summary);
    summary
}

fn party_name(abbr: &str) -> &str {
    match abbr {
        "Lab" => "Labour",
        "Con" => "Conservative",
        "LD" => "Liberal Democrat",
        "Lab/Co-op" | "Lab/Co-Op" => "Labour/Co-operative",
        "SNP" => "Scottish National Party",
        "PC" => "Plaid Cymru",
        "DUP" => "Democratic Unionist Party",
        "SDLP" => "Social Democratic and Labour Party",
        "UUP" => "Ulster Unionist Party",
        "Ind" => "Independent",
        "CB" => "Crossbench",
        "SF" => "Sinn Féin",
        other => other,
    }
}

fn describe(s: &Speaker) -> String {
    let details: Vec<&str> = [
        s.party.as_deref().map(party_name),
        s.constituency.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if details.is_empty() {
        s.name.clone()
    } else {
        format!("{} ({})", s.name, details.join(", "))
    }
}

/// The one-sentence account of who opened, who spoke and who answered.
pub fn at_a_glance(s: &Summary) -> String {
    let venue = s.venue.as_deref().unwrap_or("parliamentary");
    let topic = format!("“{}”", s.title);
    let others = match s.other_contributors {
        0 => "no other members spoke".to_string(),
        1 => "1 other member spoke".to_string(),
        n => format!("{n} other members spoke"),
    };
    let minister = match &s.minister {
        Some(m) if Some(&m.name) == s.lead.as_ref().map(|l| &l.name) => {
            "the Government's case was made by the same minister".to_string()
        }
        Some(m) => match &m.office {
            Some(o) => format!("{}, {}, responded for the Government", m.name, o),
            None => format!("{} responded for the Government", m.name),
        },
        None => "no Government reply is recorded".to_string(),
    };
    // What was asked and answered, when anything was asked.
    let asked = s.key_requests.len();
    let answered = s.key_requests.iter().filter(|r| r.answered).count();
    let followup = if s.minister.is_some() && asked > 0 {
        format!(
            " The reply addressed {answered} of the {asked} request{} made of the Government.",
            if asked == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let sentence = match &s.lead {
        Some(l) => format!(
            "{} opened the {venue} debate {topic}; {others} and {minister}.",
            describe(l)
        ),
        None => {
            let n = s.speakers.iter().filter(|x| x.role != Role::Chair).count();
            let excerpt = if s.partial { "An excerpt of a" } else { "A" };
            format!(
                "{excerpt} {venue} debate, {topic}, with {n} speaker{}; {minister}.",
                if n == 1 { "" } else { "s" }
            )
        }
    };
    sentence + &followup
}
