//! The At a Glance paragraph: what kind of item it was and what it was about, who opened
//! and who answered, the asks that mattered with their verdicts, the Government's main
//! commitment or refusal, and how any vote went, in a fixed frame around the transcript's
//! own words.

use crate::model::{Role, Speaker, Summary, Venue, Verdict};

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

/// What was asked, what the Government said and how any vote went: the asks that matter
/// most (reduced to their action), the Government's first commitment or refusal, and the
/// last division, each in a fixed frame around the transcript's own words.
fn asked_and_said(s: &Summary) -> String {
    use crate::model::{DivisionResult, Stance};
    let mut out = String::new();
    let asked = s.key_requests.len();
    let verdict_of = |v: Verdict| {
        if s.minister.is_some() {
            format!(" ({})", v.label().to_lowercase())
        } else {
            String::new()
        }
    };
    // A question item is about the question its asker put: that comes first.
    let lead_question = s
        .questions
        .iter()
        .find(|q| s.lead.as_ref().is_some_and(|l| q.askers.contains(&l.name)))
        .filter(|_| s.kind.is_question());
    if let Some(q) = lead_question {
        out.push_str(&format!(
            " The question: “{}”{}.",
            q.text,
            verdict_of(q.verdict)
        ));
    } else if asked == 0
        && let Some(q) = s.questions.first()
    {
        let n = s.questions.len();
        out.push_str(&format!(
            " {n} question{} put to the Government{}: “{}”{}.",
            if n == 1 { " was" } else { "s were" },
            if n == 1 { "" } else { ", first" },
            q.text,
            verdict_of(q.verdict)
        ));
    }
    if asked > 0 {
        // An ask whose action leans on what came before it ("an antidote to it") would not
        // read here: the next that stands alone is quoted instead, or, if none does, the
        // first in full, with the sentence it points back at.
        let mut top: Vec<String> = s
            .key_requests
            .iter()
            .filter(|r| !super::asks::leans_on_context(&r.ask))
            .take(2)
            .map(|r| format!("“{}”{}", r.ask, verdict_of(r.verdict)))
            .collect();
        if top.is_empty()
            && let Some(r) = s.key_requests.first()
        {
            top.push(format!("“{}”{}", r.text, verdict_of(r.verdict)));
        }
        out.push_str(&format!(
            " {asked} request{} {} made of the Government, chiefly: {}.",
            if asked == 1 { "" } else { "s" },
            if asked == 1 { "was" } else { "were" },
            top.join("; ")
        ));
        if s.minister.is_some() {
            let n = |v: Verdict| s.key_requests.iter().filter(|r| r.verdict == v).count();
            // What the reply did with the requests, the verdicts it gave none of left out:
            // "agreed to 2", "answered 3 without a commitment".
            let parts: Vec<String> = [
                (Verdict::Agreed, "agreed to", ""),
                (Verdict::Refused, "refused", ""),
                (Verdict::Deferred, "would consider", ""),
                (Verdict::Responded, "answered", " without a commitment"),
                (Verdict::NotAddressed, "did not address", ""),
            ]
            .iter()
            .filter_map(|&(v, did, tail)| {
                let count = n(v);
                (count > 0).then(|| format!("{did} {count}{tail}"))
            })
            .collect();
            if let Some((last, rest)) = parts.split_last() {
                let list = if rest.is_empty() {
                    last.clone()
                } else {
                    format!("{} and {last}", rest.join(", "))
                };
                out.push_str(&format!(" The reply {list}."));
            }
        }
    }
    if let Some(p) = s
        .government_positions
        .iter()
        .find(|p| matches!(p.stance, Stance::Commits | Stance::Refuses))
    {
        out.push_str(&format!(" For the Government, {}: “{}”", p.speaker, p.text));
    }
    if let Some(d) = s.divisions.last() {
        let result = match d.result {
            DivisionResult::Agreed => "agreed to",
            DivisionResult::Negatived => "negatived",
        };
        let question = match &d.question {
            Some(q) if q.starts_with("That ") => format!("the question “{q}”"),
            Some(q) => q.clone(),
            None => "the question".to_string(),
        };
        let (ayes, noes) = crate::model::House::vote_labels(s.house);
        out.push_str(&format!(
            " On the last division ({ayes} {}, {noes} {}) {question} was {result}.",
            d.ayes, d.noes
        ));
    }
    out
}

/// The kind of item as a sentence names it: lower case but for the names of Parliament's
/// own business ("Lords question", "Opposition Day debate", "Prime Minister's Questions");
/// one question of question time, not the whole of it.
fn kind_in_a_sentence(k: crate::model::Kind) -> String {
    use crate::model::Kind;
    match k {
        Kind::OralQuestions => "oral question".to_string(),
        Kind::PrimeMinistersQuestions => "question at Prime Minister's Questions".to_string(),
        Kind::LordsQuestion | Kind::OppositionDay => k.label().to_string(),
        k => k.label().to_lowercase(),
    }
}

/// The one-sentence account of who opened, who spoke and who answered.
pub fn at_a_glance(s: &Summary) -> String {
    let venue = s.venue.as_ref().map_or("parliamentary", Venue::name);
    let kind = kind_in_a_sentence(s.kind);
    // A stage the title does not name follows it: "“Water Tariffs Bill” (Ten Minute Rule)".
    let topic = match &s.stage {
        Some(st) if !s.title.to_lowercase().contains(&st.to_lowercase()) => {
            format!("“{}” ({st})", s.title)
        }
        _ => format!("“{}”", s.title),
    };
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
            // A record that names the minister only by office says the office once.
            Some(o) if !o.eq_ignore_ascii_case(&m.name) => {
                format!("{}, {}, responded for the Government", m.name, o)
            }
            _ => format!("{} responded for the Government", m.name),
        },
        None => "no Government reply is recorded".to_string(),
    };
    let followup = asked_and_said(s);
    let sentence = match &s.lead {
        Some(l) if s.kind.is_question() => format!(
            "{} asked the {kind} {topic}{}; {others} and {minister}.",
            describe(l),
            s.venue
                .as_ref()
                .map_or(String::new(), |v| format!(" in the {}", v.name()))
        ),
        Some(l) => format!(
            "{} opened the {venue} {kind} {topic}; {others} and {minister}.",
            describe(l)
        ),
        None => {
            let n = s.speakers.iter().filter(|x| x.role != Role::Chair).count();
            let excerpt = if s.partial { "An excerpt of a" } else { "A" };
            match (n, &s.minister) {
                // Business the chair alone took (Decision Time, a suspension): no count of
                // speakers, and no reply to miss.
                (0, None) if !s.speakers.is_empty() => {
                    format!("{excerpt} {venue} {kind}, {topic}, in which only the chair spoke.")
                }
                (0, None) => format!("{excerpt} {venue} {kind}, {topic}, with no speeches."),
                _ => format!(
                    "{excerpt} {venue} {kind}, {topic}, with {n} speaker{}; {minister}.",
                    if n == 1 { "" } else { "s" }
                ),
            }
        }
    };
    sentence + &followup
}
