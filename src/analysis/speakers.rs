//! Who spoke: attributions merged into speakers (by record id, full name, a unique surname,
//! or office), never across two people who share a surname; words, contributions and
//! interventions per speaker.

use super::text::word_count;
use crate::model::{AttrKind, RawDebate};
use crate::names::{initials_of, name_key, surname};
use std::collections::BTreeMap;

/// A speaker being assembled from contributions.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub name: String,
    pub constituency: Option<String>,
    pub party: Option<String>,
    pub office: Option<String>,
    pub is_chair: bool,
    pub ids: Vec<String>,
    /// Indexes into the debate's contributions.
    pub contributions: Vec<usize>,
    pub words: usize,
    pub interventions: usize,
}

/// Speakers in order of first contribution, and each contribution's speaker.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub people: Vec<Person>,
    /// For each contribution, its speaker's index (None for collective attributions).
    pub by_contribution: Vec<Option<usize>>,
    /// Each contribution's words.
    pub words: Vec<usize>,
    pub warnings: Vec<String>,
}

impl Cast {
    /// Total words of all speakers.
    pub fn total_words(&self) -> usize {
        self.people.iter().map(|p| p.words).sum()
    }

    /// Speaker `p`, if there is one.
    pub fn person(&self, p: usize) -> Option<&Person> {
        self.people.get(p)
    }

    /// Whether speaker `p` is in the chair (false for no such speaker).
    pub fn is_chair(&self, p: usize) -> bool {
        self.person(p).is_some_and(|x| x.is_chair)
    }

    /// Speaker `p`'s name ("" for no such speaker).
    pub fn name(&self, p: usize) -> &str {
        self.person(p).map_or("", |x| x.name.as_str())
    }

    /// The words of contribution `i` (0 for no such contribution).
    pub fn words_of(&self, i: usize) -> usize {
        self.words.get(i).copied().unwrap_or(0)
    }

    /// Who made contribution `i`, if a single speaker did.
    pub fn speaker_of(&self, i: usize) -> Option<usize> {
        self.by_contribution.get(i).copied().flatten()
    }
}

/// Merges the debate's attributions into people.
pub fn resolve(d: &RawDebate) -> Cast {
    let words: Vec<usize> = d
        .contributions
        .iter()
        .map(|c| c.paragraphs.iter().map(|s| word_count(s)).sum())
        .collect();
    resolve_counted(d, &words)
}

/// Like [`resolve`], with each contribution's word count already known.
pub fn resolve_counted(d: &RawDebate, words: &[usize]) -> Cast {
    let mut people: Vec<Person> = Vec::new();
    let mut assign: Vec<Option<usize>> = vec![None; d.contributions.len()];
    let mut deferred: Vec<usize> = Vec::new();
    let chair_key = d.chair.as_deref().map(name_key);

    // Indexes kept in step with `people`, so each contribution is placed in log time.
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_name: BTreeMap<(String, bool), usize> = BTreeMap::new();
    let mut by_office: BTreeMap<String, usize> = BTreeMap::new();
    // Who holds each chair title at this point of the debate.
    let mut presiding: BTreeMap<String, usize> = BTreeMap::new();
    // The name and office each person was last indexed under: indexing again is only needed
    // when a contribution changed them.
    let mut indexed: Vec<(String, Option<String>)> = Vec::new();
    let mut index = |p: usize,
                     people: &[Person],
                     by_name: &mut BTreeMap<(String, bool), usize>,
                     by_office: &mut BTreeMap<String, usize>| {
        let Some(person) = people.get(p) else {
            return;
        };
        if indexed.len() <= p {
            indexed.resize(p + 1, (String::new(), None));
        }
        if let Some(seen) = indexed.get_mut(p) {
            if !seen.0.is_empty() && seen.0 == person.name && seen.1 == person.office {
                return;
            }
            *seen = (person.name.clone(), person.office.clone());
        }
        by_name
            .entry((name_key(&person.name), person.is_chair))
            .or_insert(p);
        if let Some(o) = &person.office {
            by_office.entry(name_key(o)).or_insert(p);
        }
    };

    for (i, c) in d.contributions.iter().enumerate() {
        let a = &c.speaker;
        if a.kind == AttrKind::Collective {
            continue;
        }
        // Record id first.
        if let Some(id) = &a.id
            && let Some(&p) = by_id.get(id)
        {
            place(&mut assign, &mut people, i, p, a);
            index(p, &people, &mut by_name, &mut by_office);
            continue;
        }
        let name_key_of = a.name.as_deref().map(name_key);
        let is_chair =
            a.kind == AttrKind::Chair || (name_key_of.is_some() && name_key_of == chair_key);
        if a.surname_only && !is_chair {
            deferred.push(i);
            continue;
        }
        let display = match (&a.name, &a.office) {
            (Some(n), _) => n.clone(),
            (None, Some(o)) => o.clone(),
            (None, None) => a.raw.clone(),
        };
        let key = name_key(&display);
        let pos = if a.name.is_none() && is_chair {
            // "Madam Deputy Speaker" alone is whoever last took the Chair under that title
            // ("Madam Deputy Speaker (Sylvia Heal)"): one chair entry per person.
            presiding
                .get(&key)
                .or_else(|| by_name.get(&(key.clone(), true)))
                .copied()
        } else if a.name.is_none() && !is_chair {
            // An office alone: the person who held it earlier or later in the debate.
            by_office
                .get(&key)
                .or_else(|| by_name.get(&(key.clone(), false)))
                .copied()
        } else {
            by_name.get(&(key.clone(), is_chair)).copied()
        };
        let p = match pos {
            Some(p) => p,
            None => {
                people.push(Person {
                    name: display,
                    is_chair,
                    ..Person::default()
                });
                people.len() - 1
            }
        };
        if let Some(id) = &a.id {
            by_id.entry(id.clone()).or_insert(p);
            if let Some(person) = people.get_mut(p)
                && !person.ids.contains(id)
            {
                person.ids.push(id.clone());
            }
        }
        if is_chair
            && a.name.is_some()
            && let Some(o) = &a.office
        {
            presiding.insert(name_key(o), p);
        }
        place(&mut assign, &mut people, i, p, a);
        index(p, &people, &mut by_name, &mut by_office);
    }
    // Office-only speakers whose office a named speaker also holds are that speaker.
    let mut warnings = Vec::new();
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (k, p) in people.iter().enumerate().filter(|(_, p)| !p.is_chair) {
        by_surname
            .entry(name_key(surname(&p.name)))
            .or_default()
            .push(k);
    }
    for i in deferred {
        let Some(a) = d.contributions.get(i).map(|c| &c.speaker) else {
            continue;
        };
        let sur = name_key(a.name.as_deref().unwrap_or(""));
        let matches: Vec<usize> = by_surname.get(&sur).cloned().unwrap_or_default();
        let p = match matches.as_slice() {
            [one] => *one,
            _ => {
                if matches.len() > 1 {
                    warnings.push(format!(
                        "\"{}\" could be any of {} speakers with that surname; kept apart",
                        a.raw,
                        matches.len()
                    ));
                }
                let name = a.raw.trim_end_matches(':').to_string();
                match by_name.get(&(name_key(&name), false)) {
                    Some(&p) => p,
                    None => {
                        people.push(Person {
                            name,
                            ..Person::default()
                        });
                        let p = people.len() - 1;
                        index(p, &people, &mut by_name, &mut by_office);
                        p
                    }
                }
            }
        };
        place(&mut assign, &mut people, i, p, a);
    }
    // Fold office-only people into the named holder of the same office.
    let mut holder_of: BTreeMap<String, usize> = BTreeMap::new();
    for (j, p) in people.iter().enumerate() {
        if let Some(o) = &p.office
            && !p.is_chair
            && name_key(&p.name) != name_key(o)
        {
            holder_of.entry(name_key(o)).or_insert(j);
        }
    }
    let mut fold: Vec<usize> = (0..people.len()).collect();
    for (k, p) in people.iter().enumerate() {
        if let Some(o) = &p.office
            && !p.is_chair
            && name_key(&p.name) == name_key(o)
            && let Some(&holder) = holder_of.get(&name_key(o))
            && let Some(slot) = fold.get_mut(k)
        {
            *slot = holder;
        }
    }
    // "D. Eccles" is "David Eccles" when he is the one speaker with that surname and initial
    // (older records name a member by initial after the first time).
    for (k, p) in people.iter().enumerate() {
        let Some(initials) = initials_of(&p.name) else {
            continue;
        };
        let sur = name_key(surname(&p.name));
        let full: Vec<usize> = people
            .iter()
            .enumerate()
            .filter(|(j, q)| {
                *j != k
                    && q.is_chair == p.is_chair
                    && initials_of(&q.name).is_none()
                    && name_key(surname(&q.name)) == sur
                    && q.name.chars().next() == initials.chars().next()
            })
            .map(|(j, _)| j)
            .collect();
        if let ([one], Some(slot)) = (full.as_slice(), fold.get_mut(k)) {
            *slot = *one;
        }
    }
    for p in assign.iter_mut().flatten() {
        *p = fold.get(*p).copied().unwrap_or(*p);
    }
    for (i, slot) in assign.iter().enumerate() {
        if let Some(person) = slot.and_then(|p| people.get_mut(p)) {
            person.contributions.push(i);
            person.words += words.get(i).copied().unwrap_or(0);
        }
    }
    // A speaker who only ever calls the House to order is the chair.
    for p in people.iter_mut() {
        if !p.is_chair
            && !p.contributions.is_empty()
            && p.office.is_none()
            && p.contributions.iter().all(|&i| {
                d.contributions
                    .get(i)
                    .and_then(|c| c.paragraphs.first())
                    .is_some_and(|t| t.starts_with("Order") || t.starts_with("I call "))
            })
        {
            p.is_chair = true;
        }
    }
    // Order by first contribution, drop people left with nothing.
    let mut order: Vec<(usize, Person)> = people
        .into_iter()
        .enumerate()
        .filter(|(_, p)| !p.contributions.is_empty())
        .collect();
    order.sort_by_key(|(_, p)| p.contributions.first().copied());
    let mut remap = BTreeMap::new();
    for (new, (old, _)) in order.iter().enumerate() {
        remap.insert(*old, new);
    }
    let by_contribution: Vec<Option<usize>> = assign
        .iter()
        .map(|s| s.and_then(|p| remap.get(&p).copied()))
        .collect();
    let mut people: Vec<Person> = order.into_iter().map(|(_, p)| p).collect();
    // Interventions: the previous and next non-chair contributions are by one other member.
    let seq: Vec<usize> = by_contribution
        .iter()
        .flatten()
        .copied()
        .filter(|&p| people.get(p).is_some_and(|p| !p.is_chair))
        .collect();
    for w in seq.windows(3) {
        if let [before, holder, after] = *w
            && before == after
            && before != holder
            && let Some(person) = people.get_mut(holder)
        {
            person.interventions += 1;
        }
    }
    Cast {
        people,
        by_contribution,
        words: words.to_vec(),
        warnings,
    }
}

/// Gives contribution `i` to person `p` and merges what the attribution says about them.
fn place(
    assign: &mut [Option<usize>],
    people: &mut [Person],
    i: usize,
    p: usize,
    a: &crate::model::Attribution,
) {
    if let Some(slot) = assign.get_mut(i) {
        *slot = Some(p);
    }
    if let Some(person) = people.get_mut(p) {
        merge_details(person, a);
    }
}

fn merge_details(p: &mut Person, a: &crate::model::Attribution) {
    if p.constituency.is_none() {
        p.constituency = a.constituency.clone();
    }
    if p.party.is_none() {
        p.party = a.party.clone();
    }
    if a.office.is_some() && (p.office.is_none() || a.name.is_some()) {
        p.office = a.office.clone();
    }
    // A full name learnt later replaces an office or surname placeholder.
    if let Some(n) = &a.name
        && !a.surname_only
        && (p.office.as_deref() == Some(p.name.as_str()) || !p.name.contains(' '))
        && n.contains(' ')
    {
        p.name = n.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::attribution::parse_attribution;
    use crate::model::Contribution;

    fn debate(lines: &[(&str, &str)]) -> RawDebate {
        RawDebate {
            contributions: lines
                .iter()
                .map(|(who, text)| Contribution {
                    speaker: parse_attribution(who).expect("attribution"),
                    paragraphs: vec![text.to_string()],
                })
                .collect(),
            ..RawDebate::default()
        }
    }

    #[test]
    fn merges_forms_of_one_name_and_counts_interventions() {
        let d = debate(&[
            (
                "Kirith Entwistle (Bolton North East) (Lab)",
                "one two three",
            ),
            ("Jo Bloggs (Upton) (Con)", "four five"),
            ("Kirith Entwistle", "six"),
            ("Ms Entwistle", "seven"),
            ("Hon. Members", "Hear, hear."),
            (
                "The Parliamentary Under-Secretary of State for Justice (Alex Davies-Jones)",
                "eight",
            ),
            ("Alex Davies-Jones", "nine ten"),
        ]);
        let cast = resolve(&d);
        let names: Vec<&str> = cast.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["Kirith Entwistle", "Jo Bloggs", "Alex Davies-Jones"]
        );
        assert_eq!(cast.people[0].words, 5);
        assert_eq!(cast.people[0].contributions.len(), 3);
        assert_eq!(cast.people[1].interventions, 1);
        assert_eq!(cast.total_words(), 10);
        assert_eq!(cast.by_contribution[4], None);
    }

    #[test]
    fn never_merges_two_people_sharing_a_surname() {
        let d = debate(&[
            ("Chloe Smith (Norwich North) (Con)", "a b"),
            ("Owen Smith (Pontypridd) (Lab)", "c d"),
            ("Ms Smith", "e"),
        ]);
        let cast = resolve(&d);
        assert_eq!(cast.people.len(), 3);
        assert!(!cast.warnings.is_empty());
    }

    #[test]
    fn chair_is_its_own_speaker() {
        let d = debate(&[
            ("Mr Deputy Speaker", "Order. Order."),
            ("Ann Lee (Hove) (Lab)", "x"),
        ]);
        let cast = resolve(&d);
        assert!(cast.people[0].is_chair);
        assert!(!cast.people[1].is_chair);
    }
}
