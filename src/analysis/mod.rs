//! Analysis: a parsed debate in, a `Summary` out. Speakers are merged (`speakers`), roles
//! assigned (`roles`), then requests, summaries, tags and the At a Glance sentence are built.
//! Pure and deterministic: no I/O, no clocks, no hash-order iteration.

pub mod references;
pub mod requests;
pub mod roles;
pub mod speakers;
pub mod summarise;
pub mod tags;
pub mod text;

use crate::model::{KeyRequest, RawDebate, Role, Source, Speaker, Summary};
use summarise::{Idf, Sentence, join, pick, sentences_of};

/// The most key requests listed for one debate.
const MAX_REQUESTS: usize = 10;

/// Summarises one parsed debate.
pub fn analyze(d: &RawDebate, source: Source) -> Summary {
    let mut cast = speakers::resolve(d);
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
    let mut order = 0usize;
    let mut vocab = text::Vocab::default();
    let mut per_person: Vec<Vec<Sentence>> = vec![Vec::new(); people.len()];
    for (i, c) in d.contributions.iter().enumerate() {
        let sents = sentences_of(c.paragraphs.iter(), &mut order, &mut vocab);
        if let Some(p) = cast.by_contribution[i] {
            per_person[p].extend(sents);
        }
    }
    let idf = Idf::new(per_person.iter().flatten(), &vocab);

    let role_of = |p: usize| -> Role {
        if people[p].is_chair {
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
        .enumerate()
        .map(|(p, person)| {
            let role = role_of(p);
            let k = match person.words {
                w if w >= 600 => 3,
                w if w >= 150 => 2,
                _ => 1,
            };
            let summary = if role == Role::Chair {
                String::new()
            } else {
                join(&pick(&per_person[p], &idf, k))
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

    let government_response = roles
        .minister
        .map(|m| {
            let k = match people[m].words {
                w if w >= 2500 => 8,
                w if w >= 800 => 6,
                w if w >= 200 => 4,
                _ => 2,
            };
            join(&summarise::pick_weighted(
                &per_person[m],
                &idf,
                k,
                summarise::commitment_weight,
            ))
        })
        .unwrap_or_default();

    // Requests: members (not the chair or the minister), the lead's first.
    let mut key_requests: Vec<(usize, usize, KeyRequest)> = Vec::new();
    for (i, c) in d.contributions.iter().enumerate() {
        let Some(p) = cast.by_contribution[i] else {
            continue;
        };
        if people[p].is_chair || Some(p) == roles.minister {
            continue;
        }
        for text in requests::requests_in(c.paragraphs.iter()) {
            if key_requests.iter().any(|(_, _, r)| r.text == text) {
                continue;
            }
            let rank = if Some(p) == roles.lead { 0 } else { 1 };
            key_requests.push((
                rank,
                i,
                KeyRequest {
                    speaker: people[p].name.clone(),
                    text: text.to_string(),
                },
            ));
        }
    }
    key_requests.sort_by_key(|(rank, i, _)| (*rank, *i));
    let key_requests: Vec<KeyRequest> = key_requests
        .into_iter()
        .take(MAX_REQUESTS)
        .map(|(_, _, r)| r)
        .collect();

    let title_terms = vocab.terms(&d.title);
    let tags = tags::tag(
        &title_terms,
        per_person.iter().flatten().map(|s| s.terms.as_slice()),
        &mut vocab,
    );

    let lead = roles.lead.map(|p| speakers[p].clone());
    let minister = roles.minister.map(|p| speakers[p].clone());
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
    match &s.lead {
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
    }
}
