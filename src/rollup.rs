//! `--rollup`: across every debate read, the members who spoke most, the ministers who
//! answered most and the most frequent tags. Built incrementally, so a folder's debates are
//! never all held at once.

use crate::model::{Role, Summary};
use crate::names::name_key;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// How many rows each list keeps.
pub const TOP: usize = 20;

/// A member's totals across debates.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct MemberTotal {
    pub name: String,
    pub party: Option<String>,
    pub constituency: Option<String>,
    pub words: usize,
    pub debates: usize,
    pub contributions: usize,
}

/// A minister's count of Government replies.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct MinisterTotal {
    pub name: String,
    pub office: Option<String>,
    pub debates: usize,
    pub words: usize,
}

/// A tag's count of debates.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct TagTotal {
    pub label: String,
    pub debates: usize,
}

/// The roll-up as written.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema, Default)]
pub struct Rollup {
    pub debates: usize,
    pub words: usize,
    pub members: Vec<MemberTotal>,
    pub ministers: Vec<MinisterTotal>,
    pub tags: Vec<TagTotal>,
}

/// Accumulates totals debate by debate.
#[derive(Debug, Default)]
pub struct Tally {
    debates: usize,
    words: usize,
    members: BTreeMap<String, MemberTotal>,
    ministers: BTreeMap<String, MinisterTotal>,
    tags: BTreeMap<String, usize>,
}

impl Tally {
    /// Adds one debate.
    pub fn add(&mut self, s: &Summary) {
        self.debates += 1;
        self.words += s.word_count;
        for sp in s.speakers.iter().filter(|x| x.role != Role::Chair) {
            let m = self
                .members
                .entry(name_key(&sp.name))
                .or_insert_with(|| MemberTotal {
                    name: sp.name.clone(),
                    party: None,
                    constituency: None,
                    words: 0,
                    debates: 0,
                    contributions: 0,
                });
            m.words += sp.words;
            m.debates += 1;
            m.contributions += sp.contributions;
            if m.party.is_none() {
                m.party = sp.party.clone();
            }
            if m.constituency.is_none() {
                m.constituency = sp.constituency.clone();
            }
        }
        if let Some(min) = &s.minister {
            let m = self
                .ministers
                .entry(name_key(&min.name))
                .or_insert_with(|| MinisterTotal {
                    name: min.name.clone(),
                    office: None,
                    debates: 0,
                    words: 0,
                });
            m.debates += 1;
            m.words += min.words;
            if min.office.is_some() {
                m.office = min.office.clone();
            }
        }
        for t in &s.tags {
            *self.tags.entry(t.label.clone()).or_default() += 1;
        }
    }

    /// The top rows of each list, ties broken by name.
    pub fn finish(&self) -> Rollup {
        let mut members: Vec<MemberTotal> = self.members.values().cloned().collect();
        members.sort_by(|a, b| {
            b.words
                .cmp(&a.words)
                .then(b.debates.cmp(&a.debates))
                .then(a.name.cmp(&b.name))
        });
        members.truncate(TOP);
        let mut ministers: Vec<MinisterTotal> = self.ministers.values().cloned().collect();
        ministers.sort_by(|a, b| {
            b.debates
                .cmp(&a.debates)
                .then(b.words.cmp(&a.words))
                .then(a.name.cmp(&b.name))
        });
        ministers.truncate(TOP);
        let mut tags: Vec<TagTotal> = self
            .tags
            .iter()
            .map(|(label, n)| TagTotal {
                label: label.clone(),
                debates: *n,
            })
            .collect();
        tags.sort_by(|a, b| b.debates.cmp(&a.debates).then(a.label.cmp(&b.label)));
        tags.truncate(TOP);
        Rollup {
            debates: self.debates,
            words: self.words,
            members,
            ministers,
            tags,
        }
    }
}
