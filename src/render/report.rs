//! One report model for the table, Markdown and HTML.
//!
//! `Report::of(summary)` decides, once, everything a reader sees of a debate: the section
//! order, the headings, the labels that fit the kind of business, the empty-state texts, the
//! requests shown and how many more there are, each verdict in plain words, and number
//! formatting. `Overview` and `RollupReport` do the same for a batch. The model holds the
//! transcript's words as they are: each format's `Markup` (`render::markup`) adds its markup
//! and does its own escaping, and nothing else does; `markup::write_report` walks the
//! sections, so a new section is written here once and appears in every format.

use super::thousands;
use crate::model::{DivisionResult, House, Role, Speaker, Summary, Verdict};

/// How many requests the table, Markdown and HTML list; JSON lists them all.
pub const REQUESTS_SHOWN: usize = 10;

/// What to say where a section has nothing.
pub const NO_REQUESTS: &str = "None found in this transcript.";
pub const NO_POSITIONS: &str =
    "No commitment, refusal or announcement by the Government was found.";
pub const NO_RESPONSE: &str = "No Government reply in this transcript.";

/// A debate as every format shows it.
pub struct Report {
    pub title: String,
    /// Kind, venue, date, chair, partial: one line under the title.
    pub meta: String,
    pub sections: Vec<Section>,
}

/// A part of a report: a heading (none for the facts that open a debate) and what is
/// under it.
pub struct Section {
    pub heading: Option<String>,
    /// 1 for a page's top sections (the overview, the roll-up), 2 under a debate's title or
    /// the roll-up's heading.
    pub level: u8,
    pub blocks: Vec<Block>,
}

/// What a section holds, by type: each format lays out each type its own way.
pub enum Block {
    /// Label and value pairs (who opened it, who answered, tags, counts).
    Facts(Vec<Fact>),
    /// A paragraph of the transcript's words, or of the fixed frame around them.
    Prose(String),
    /// Asks quoted, with who asked and the Government's reply.
    Asks(Vec<Ask>),
    /// The Government's positions, quoted, with who said them and what they do.
    Positions(Vec<Position>),
    /// Each speaker's part.
    Speakers(Vec<SpeakerPart>),
    /// Rows and columns.
    Table(Table),
    /// Short lines (votes, notes, failures).
    List(Vec<String>),
    /// A remark about the section: empty, or more in JSON.
    Note(String),
}

/// One fact about a debate.
pub struct Fact {
    pub label: String,
    pub value: FactValue,
}

pub enum FactValue {
    /// A person, or nobody ("—").
    Person(Option<PersonLine>),
    /// Tags, each with the words that earned it.
    Tags(Vec<(String, Vec<String>)>),
    Text(String),
}

/// A person as a fact: name, "Seat, Party", office.
pub struct PersonLine {
    pub name: String,
    pub from: String,
    pub office: Option<String>,
}

/// An ask and the Government's reply.
pub struct Ask {
    pub text: String,
    pub by: String,
    /// The verdict in plain words, with who gave the deciding reply: "Refused (Name)".
    pub verdict: String,
    /// The deciding reply, quoted.
    pub reply: Option<String>,
    pub addressed: bool,
}

/// A Government position.
pub struct Position {
    pub stance: String,
    pub by: String,
    pub text: String,
}

/// A speaker's part in the debate.
pub struct SpeakerPart {
    pub name: String,
    pub from: String,
    pub role: Role,
    pub words: usize,
    pub contributions: usize,
    pub summary: String,
}

/// A table: column names with what their cells are, and rows of text.
pub struct Table {
    pub columns: Vec<(&'static str, Col)>,
    pub rows: Vec<Vec<String>>,
}

/// What a column holds, for the formats that lay columns out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// Words, wrapped to fit.
    Text,
    /// Short values never wrapped (dates).
    Short,
    /// Counts: never wrapped, right-aligned.
    Number,
}

impl Report {
    /// The report of one debate.
    pub fn of(s: &Summary) -> Report {
        let mut sections = vec![
            Section::new(None, vec![Block::Facts(facts(s))]),
            Section::new(
                Some("At a Glance"),
                vec![Block::Prose(s.at_a_glance.clone())],
            ),
            requests(s),
        ];
        if !s.questions.is_empty() {
            let asks = s
                .questions
                .iter()
                .map(|q| ask(&q.text, &q.askers.join(", "), q.verdict, q.answer.as_ref()))
                .collect();
            sections.push(Section::new(
                Some(&format!(
                    "Questions to the Minister ({} of {} answered)",
                    s.questions_answered,
                    s.questions.len()
                )),
                vec![Block::Asks(asks)],
            ));
        }
        sections.push(positions(s));
        sections.push(Section::new(
            Some("How the Debate Unfolded"),
            vec![Block::Speakers(s.speakers.iter().map(part).collect())],
        ));
        let response = if s.government_response.is_empty() {
            NO_RESPONSE.to_string()
        } else {
            s.government_response.clone()
        };
        sections.push(Section::new(
            Some("Government Response"),
            vec![Block::Prose(response)],
        ));
        let votes = division_lines(s);
        if !votes.is_empty() {
            sections.push(Section::new(Some("Divisions"), vec![Block::List(votes)]));
        }
        if !s.warnings.is_empty() {
            sections.push(Section::new(
                Some("Notes"),
                vec![Block::List(s.warnings.clone())],
            ));
        }
        Report {
            title: s.title.clone(),
            meta: meta_line(s),
            sections,
        }
    }
}

impl Section {
    pub(super) fn new(heading: Option<&str>, blocks: Vec<Block>) -> Self {
        Section {
            heading: heading.map(str::to_string),
            level: 2,
            blocks,
        }
    }

    pub(super) fn top(heading: String, blocks: Vec<Block>) -> Self {
        Section {
            heading: Some(heading),
            level: 1,
            blocks,
        }
    }
}

/// The label for the person who opened the item ("Lead MP", "Opened by", "Asked by").
pub fn opener_label(s: &Summary) -> &'static str {
    let lead_is_minister = matches!((&s.lead, &s.minister), (Some(l), Some(m)) if l.name == m.name);
    // Members of Parliament sit in the Commons; a peer, an MSP, an MLA or a senator leads.
    let commons = s.house == Some(House::Commons);
    s.kind.opener_label(lead_is_minister, commons)
}

/// The kind of business, with the bill stage when there is one ("Bill stage: Second Reading").
pub fn kind_text(s: &Summary) -> String {
    match &s.stage {
        Some(stage) => format!("{}: {stage}", s.kind.label()),
        None => s.kind.label().to_string(),
    }
}

/// The line under a debate's title: kind, venue, date, chair, and whether it is partial.
pub fn meta_line(s: &Summary) -> String {
    let mut meta: Vec<String> = vec![kind_text(s)];
    meta.extend(s.venue.as_ref().map(|v| v.name().to_string()));
    meta.extend(s.date.clone());
    if let Some(c) = &s.chair {
        meta.push(format!("Chair: {c}"));
    }
    if s.partial {
        meta.push("partial transcript".into());
    }
    meta.join(" · ")
}

/// The party and constituency of a speaker, for one line of text.
pub fn where_from(s: &Speaker) -> String {
    [s.constituency.as_deref(), s.party.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

fn person(p: &Option<Speaker>, office: bool) -> FactValue {
    FactValue::Person(p.as_ref().map(|p| {
        PersonLine {
            name: p.name.clone(),
            from: where_from(p),
            // A speaker the record names only by office ("The Minister of Public Works") is
            // not named twice.
            office: p
                .office
                .clone()
                .filter(|o| office && !p.name.eq_ignore_ascii_case(o)),
        }
    }))
}

fn facts(s: &Summary) -> Vec<Fact> {
    let fact = |label: &str, value| Fact {
        label: label.to_string(),
        value,
    };
    vec![
        fact(opener_label(s), person(&s.lead, false)),
        fact("Responding Minister", person(&s.minister, true)),
        fact(
            "Tags",
            FactValue::Tags(
                s.tags
                    .iter()
                    .map(|t| (t.label.clone(), t.evidence.clone()))
                    .collect(),
            ),
        ),
        fact("Word Count", FactValue::Text(thousands(s.word_count))),
        fact(
            "Other Contributors",
            FactValue::Text(s.other_contributors.to_string()),
        ),
    ]
}

/// A verdict in plain words with who gave the deciding reply: "Refused (Kevin Brennan)".
pub fn verdict_head(verdict: Verdict, answer: Option<&crate::model::Answer>) -> String {
    match answer {
        Some(a) if verdict != Verdict::NotAddressed => {
            format!("{} ({})", verdict.label(), a.speaker)
        }
        _ => verdict.label().to_string(),
    }
}

fn ask(text: &str, by: &str, verdict: Verdict, answer: Option<&crate::model::Answer>) -> Ask {
    Ask {
        text: text.to_string(),
        by: by.to_string(),
        verdict: verdict_head(verdict, answer),
        reply: answer.map(|a| a.text.clone()),
        addressed: verdict != Verdict::NotAddressed,
    }
}

/// The requests shown (at most `REQUESTS_SHOWN`), and a note of how many more JSON holds.
fn requests(s: &Summary) -> Section {
    let n = s.key_requests.len().min(REQUESTS_SHOWN);
    let shown = s.key_requests.get(..n).unwrap_or_default();
    let more = s.key_requests.len() - n;
    let mut blocks = Vec::new();
    if shown.is_empty() {
        blocks.push(Block::Note(NO_REQUESTS.to_string()));
    } else {
        blocks.push(Block::Asks(
            shown
                .iter()
                .map(|r| ask(&r.text, &r.askers.join(", "), r.verdict, r.answer.as_ref()))
                .collect(),
        ));
    }
    if more > 0 {
        blocks.push(Block::Note(format!(
            "… and {more} more request{} (every one is in --format json).",
            if more == 1 { "" } else { "s" }
        )));
    }
    Section::new(Some("Key Requests to Government"), blocks)
}

fn positions(s: &Summary) -> Section {
    let block = if s.government_positions.is_empty() {
        Block::Note(NO_POSITIONS.to_string())
    } else {
        Block::Positions(
            s.government_positions
                .iter()
                .map(|p| Position {
                    stance: p.stance.label().to_string(),
                    by: p.speaker.clone(),
                    text: p.text.clone(),
                })
                .collect(),
        )
    };
    Section::new(Some("Government positions"), vec![block])
}

fn part(sp: &Speaker) -> SpeakerPart {
    SpeakerPart {
        name: sp.name.clone(),
        from: where_from(sp),
        role: sp.role,
        words: sp.words,
        contributions: sp.contributions,
        summary: sp.summary.clone(),
    }
}

/// "1 contribution", "3 contributions".
pub fn contributions_text(n: usize) -> String {
    match n {
        1 => "1 contribution".to_string(),
        n => format!("{} contributions", thousands(n)),
    }
}

/// One line per division: "That the amendment be made: Ayes 213, Noes 293, negatived", or
/// "Ayes 213, Noes 293: negatived" when the record does not say what was put (the Lords count
/// contents and not-contents, the Scottish Parliament votes for and against).
fn division_lines(s: &Summary) -> Vec<String> {
    let (ayes, noes) = crate::model::House::vote_labels(s.house);
    s.divisions
        .iter()
        .map(|d| {
            let result = match d.result {
                DivisionResult::Agreed => "agreed",
                DivisionResult::Negatived => "negatived",
            };
            match &d.question {
                Some(q) => format!("{q}: {ayes} {}, {noes} {}, {result}", d.ayes, d.noes),
                None => format!("{ayes} {}, {noes} {}: {result}", d.ayes, d.noes),
            }
        })
        .collect()
}
