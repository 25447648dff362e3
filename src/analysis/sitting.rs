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
    /// How each member who speaks for the Government here is known across the record: by
    /// the record's member id where it gives one, else by name.
    fn government_keys(&self) -> impl Iterator<Item = String> + '_ {
        // A minister inferred from how they speak, whom the House does not address by
        // office, is not carried to other debates.
        let inferred = self
            .roles
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::MinisterInferred { .. }));
        (0..self.cast.people.len())
            .filter(move |&p| self.speaks_for_government(p))
            .filter(move |&p| {
                !(inferred
                    && Some(p) == self.roles.minister
                    && !self.roles.addressed_by_office.contains(&p))
            })
            .filter_map(|p| self.cast.person(p).map(person_key))
    }

    /// Members known to speak for the Government elsewhere in the record do here too,
    /// unless this debate finds them on the Opposition front bench.
    fn join_government(&mut self, known: &std::collections::HashSet<String>) {
        for (p, x) in self.cast.people.iter().enumerate() {
            if !x.is_chair
                && !self.roles.shadows.contains(&p)
                && known.contains(&person_key(x))
                && let Some(g) = self.government.get_mut(p)
            {
                *g = true;
            }
        }
    }
}

/// A member's key across the debates of one record: their first member id, else their name.
fn person_key(x: &speakers::Person) -> String {
    x.ids
        .first()
        .map_or_else(|| crate::names::name_key(&x.name), |id| format!("id:{id}"))
}
