//! The debates of one record of a sitting, read together: the record holds one Government,
//! so whoever the House addresses as speaking for it in one item (the Treasurer answering in
//! question time, a minister stating their office) speaks for it in every other item, where
//! the record may print their name alone.

use super::{Read, read, speakers, summarise_read};
use crate::model::{RawDebate, Source, Summary, Warning};

/// Summarises every debate of one record, in order, each knowing who speaks for the
/// Government in the others.
pub fn analyze_all(debates: &[RawDebate], source: impl Fn(usize) -> Source) -> Vec<Summary> {
    let mut reads: Vec<Read> = debates.iter().map(read).collect();
    if reads.len() > 1 {
        let known: std::collections::HashSet<String> =
            reads.iter().flat_map(Read::government_keys).collect();
        for r in &mut reads {
            r.join_government(&known);
        }
    }
    debates
        .iter()
        .zip(reads)
        .enumerate()
        .map(|(i, (d, r))| summarise_read(d, r, source(i)))
        .collect()
}

impl Read<'_> {
    /// How each member whom the record itself shows speaking for the Government here is
    /// known across the record: a Government office stated, a minister found by office, or
    /// one the House addresses by an office. A minister only inferred from how they speak, or
    /// one who only asks a member to withdraw an amendment (as a private member in charge of
    /// a bill also does), is not carried, since a wrong guess would spread.
    fn government_keys(&self) -> impl Iterator<Item = String> + '_ {
        let inferred = self
            .roles
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::MinisterInferred { .. }));
        self.cast
            .people
            .iter()
            .enumerate()
            .filter(move |&(p, x)| {
                self.speaks_for_government(p)
                    && (x
                        .office
                        .as_deref()
                        .is_some_and(crate::names::is_ministerial)
                        || (Some(p) == self.roles.minister && !inferred)
                        || self.roles.addressed_by_office.contains(&p))
            })
            .filter_map(|(_, x)| person_key(x))
    }

    /// Members known to speak for the Government elsewhere in the record do here too,
    /// unless this debate finds them on the Opposition front bench.
    fn join_government(&mut self, known: &std::collections::HashSet<String>) {
        for (p, x) in self.cast.people.iter().enumerate() {
            if !x.is_chair
                && !self.roles.shadows.contains(&p)
                && person_key(x).is_some_and(|k| known.contains(&k))
                && let Some(g) = self.government.get_mut(p)
            {
                *g = true;
            }
        }
    }
}

/// A member's key across the debates of one record: their first member id, else their full
/// name; none for a surname alone ("Mr. Jones"), which two members of a sitting may share.
fn person_key(x: &speakers::Person) -> Option<String> {
    match x.ids.first() {
        Some(id) => Some(format!("id:{id}")),
        None => Some(crate::names::name_key(&x.name)).filter(|k| k.contains(' ')),
    }
}

#[cfg(test)]
mod tests {
    use super::person_key;
    use crate::analysis::speakers::Person;

    fn person(name: &str, ids: &[&str]) -> Person {
        Person {
            name: name.to_string(),
            constituency: None,
            party: None,
            office: None,
            is_chair: false,
            ids: ids.iter().map(|s| s.to_string()).collect(),
            contributions: Vec::new(),
            words: 0,
            interventions: 0,
        }
    }

    #[test]
    fn a_member_is_known_across_a_sitting_by_id_or_full_name_never_by_surname_alone() {
        assert_eq!(
            person_key(&person("Peter Howard Costello", &["m/121"])).as_deref(),
            Some("id:m/121")
        );
        assert_eq!(
            person_key(&person("Peter Walker", &[])),
            person_key(&person("Mr. Peter Walker", &[]))
        );
        assert!(person_key(&person("Peter Walker", &[])).is_some());
        assert_eq!(person_key(&person("Mr. Jones", &[])), None);
    }
}
