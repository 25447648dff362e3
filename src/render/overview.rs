//! What a batch adds to its debates, decided once for every format: the overview (one row
//! per debate, grouped by House), the roll-up and the failures.

use super::report::{Block, Col, Section, Table, kind_text};
use super::thousands;
use crate::model::{House, Role, Speaker, Summary};
use crate::rollup::Rollup;
use crate::schema::Failure;

/// One debate in a batch's overview.
#[derive(Debug, Clone)]
pub struct OverviewRow {
    pub house: Option<House>,
    pub cells: Vec<String>,
}

impl OverviewRow {
    /// The overview line of a debate.
    pub fn of(s: &Summary) -> Self {
        let file = std::path::Path::new(&s.source.path)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| s.source.path.clone());
        let name = |p: &Option<Speaker>| p.as_ref().map_or("—".to_string(), |x| x.name.clone());
        OverviewRow {
            house: s.house,
            cells: vec![
                file,
                s.title.clone(),
                kind_text(s),
                s.date.clone().unwrap_or_default(),
                name(&s.lead),
                name(&s.minister),
                // Speakers other than the chair.
                thousands(s.speakers.iter().filter(|x| x.role != Role::Chair).count()),
                thousands(s.word_count),
            ],
        }
    }
}

/// The overview of a batch: one row per debate, grouped by House (in the order each House
/// first appears), each group in input order.
pub struct Overview;

impl Overview {
    pub fn sections(rows: &[OverviewRow]) -> Vec<Section> {
        let mut houses: Vec<Option<House>> = Vec::new();
        for r in rows {
            if !houses.contains(&r.house) {
                houses.push(r.house);
            }
        }
        let grouped = houses.len() > 1;
        houses
            .into_iter()
            .map(|h| {
                let heading = match (grouped, h) {
                    (true, Some(h)) => format!("Overview: {h}"),
                    (true, None) => "Overview: House not stated".to_string(),
                    (false, _) => "Overview".to_string(),
                };
                let table = Table {
                    columns: vec![
                        ("File", Col::Text),
                        ("Title", Col::Text),
                        ("Kind", Col::Text),
                        ("Date", Col::Short),
                        ("Lead", Col::Text),
                        ("Minister", Col::Text),
                        ("Speakers", Col::Number),
                        ("Words", Col::Number),
                    ],
                    rows: rows
                        .iter()
                        .filter(|r| r.house == h)
                        .map(|r| r.cells.clone())
                        .collect(),
                };
                Section::top(heading, vec![Block::Table(table)])
            })
            .collect()
    }
}

/// The roll-up of a batch: who spoke most, which ministers answered most, the commonest tags.
pub struct RollupReport;

impl RollupReport {
    pub fn sections(r: &Rollup) -> Vec<Section> {
        let table = |columns: Vec<(&'static str, Col)>, rows: Vec<Vec<String>>| {
            vec![Block::Table(Table { columns, rows })]
        };
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        vec![
            Section::top(
                format!(
                    "Roll-up: {} debates, {} words",
                    thousands(r.debates),
                    thousands(r.words)
                ),
                vec![],
            ),
            Section::new(
                Some("Members who spoke most"),
                table(
                    vec![
                        ("Member", Col::Text),
                        ("Party", Col::Text),
                        ("Constituency", Col::Text),
                        ("Words", Col::Number),
                        ("Debates", Col::Number),
                    ],
                    r.members
                        .iter()
                        .map(|m| {
                            vec![
                                m.name.clone(),
                                opt(&m.party),
                                opt(&m.constituency),
                                thousands(m.words),
                                thousands(m.debates),
                            ]
                        })
                        .collect(),
                ),
            ),
            Section::new(
                Some("Ministers who answered most"),
                table(
                    vec![
                        ("Minister", Col::Text),
                        ("Office", Col::Text),
                        ("Debates", Col::Number),
                        ("Words", Col::Number),
                    ],
                    r.ministers
                        .iter()
                        .map(|m| {
                            vec![
                                m.name.clone(),
                                opt(&m.office),
                                thousands(m.debates),
                                thousands(m.words),
                            ]
                        })
                        .collect(),
                ),
            ),
            Section::new(
                Some("Most frequent tags"),
                table(
                    vec![("Tag", Col::Text), ("Debates", Col::Number)],
                    r.tags
                        .iter()
                        .map(|t| vec![t.label.clone(), thousands(t.debates)])
                        .collect(),
                ),
            ),
        ]
    }
}

/// The inputs that could not be summarised.
pub fn failures_section(failures: &[Failure]) -> Option<Section> {
    (!failures.is_empty()).then(|| {
        Section::top(
            "Failures".to_string(),
            vec![Block::List(
                failures
                    .iter()
                    .map(|f| format!("{}: {}", f.path, f.error))
                    .collect(),
            )],
        )
    })
}
