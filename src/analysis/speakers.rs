//! Who spoke: attributions merged into speakers (by record id, full name, a unique surname,
//! or office), never across two people who share a surname; words, contributions and
//! interventions per speaker.

use super::text::word_count;
use crate::model::{AttrKind, Attribution, RawDebate, Warning};
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

impl Person {
    /// Named without a seat or a party.
    pub fn is_bare(&self) -> bool {
        self.constituency.is_none() && self.party.is_none()
    }
}

/// Speakers in order of first contribution, and each contribution's speaker.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub people: Vec<Person>,
    /// For each contribution, its speaker's index (None for collective attributions).
    pub by_contribution: Vec<Option<usize>>,
    /// Each contribution's words.
    pub words: Vec<usize>,
    pub warnings: Vec<Warning>,
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
    let mut r = Resolver {
        assign: vec![None; d.contributions.len()],
        chair_key: d.chair.as_deref().map(name_key),
        ..Resolver::default()
    };
    for (i, c) in d.contributions.iter().enumerate() {
        r.add(i, &c.speaker);
    }
    r.resolve_deferred(d);
    r.fold();
    r.finish(d, words)
}

/// People as the attributions are read, with the indexes that place each contribution in
/// log time.
#[derive(Default)]
struct Resolver {
    people: Vec<Person>,
    /// Each contribution's person.
    assign: Vec<Option<usize>>,
    /// Surname-only attributions ("Mr. Hain"), placed once every full name is known.
    deferred: Vec<usize>,
    chair_key: Option<String>,
    by_id: BTreeMap<String, usize>,
    by_name: BTreeMap<(String, bool), usize>,
    by_office: BTreeMap<String, usize>,
    /// Who holds each chair title at this point of the debate.
    presiding: BTreeMap<String, usize>,
    /// The name and office each person was last indexed under: indexing again is only
    /// needed when a contribution changed them.
    indexed: Vec<(String, Option<String>)>,
    warnings: Vec<Warning>,
}

/// The most words a presiding officer's business takes at a time (the notice of an urgent
/// question read out in full runs to a hundred or so).
const CHAIR_MAX_WORDS: usize = 150;

/// True when a contribution opens as the chair's business does: calling to order or on a
/// member, announcing business ("I have received notice from the Minister ... that he
/// wishes to make a statement", "As the next item of business is Question Time"), keeping
/// members to the rules ("I remind Members that ...", "The Member must ask a question").
/// Records that name a deputy presiding officer without the title (the Northern Ireland
/// Assembly's) are read this way; anyone who ever speaks otherwise in the item is a member.
fn presides(t: &str) -> bool {
    const OPENINGS: [&str; 14] = [
        "Order",
        "I call ",
        "I have received notice",
        "The Speaker has received notice",
        "Mr Speaker has received notice",
        "The next item of business",
        "As the next item of business",
        "The first item of business",
        "I remind Members",
        "I remind the Member",
        "I ask the Member to",
        "I ask Members to",
        "The Member must",
        "The Member has asked",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
        // "Question 3 has been withdrawn."
        || (t.starts_with("Question ") && t.ends_with(" has been withdrawn."))
}

impl Resolver {
    fn index(&mut self, p: usize) {
        let Some(person) = self.people.get(p) else {
            return;
        };
        if self.indexed.len() <= p {
            self.indexed.resize(p + 1, (String::new(), None));
        }
        if let Some(seen) = self.indexed.get_mut(p) {
            if !seen.0.is_empty() && seen.0 == person.name && seen.1 == person.office {
                return;
            }
            *seen = (person.name.clone(), person.office.clone());
        }
        self.by_name
            .entry((name_key(&person.name), person.is_chair))
            .or_insert(p);
        if let Some(o) = &person.office {
            self.by_office.entry(name_key(o)).or_insert(p);
        }
    }

    fn new_person(&mut self, name: String, is_chair: bool) -> usize {
        self.people.push(Person {
            name,
            is_chair,
            ..Person::default()
        });
        self.people.len() - 1
    }

    /// Places contribution `i`: by the record's id, by name (the chair apart), or by office.
    fn add(&mut self, i: usize, a: &Attribution) {
        if a.kind == AttrKind::Collective {
            return;
        }
        if let Some(id) = &a.id
            && let Some(&p) = self.by_id.get(id)
        {
            place(&mut self.assign, &mut self.people, i, p, a);
            self.index(p);
            return;
        }
        let name_key_of = a.name.as_deref().map(name_key);
        let is_chair =
            a.kind == AttrKind::Chair || (name_key_of.is_some() && name_key_of == self.chair_key);
        if a.surname_only && !is_chair {
            self.deferred.push(i);
            return;
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
            self.presiding
                .get(&key)
                .or_else(|| self.by_name.get(&(key.clone(), true)))
                .copied()
        } else if a.name.is_none() {
            // An office alone: the person who held it earlier or later in the debate.
            self.by_office
                .get(&key)
                .or_else(|| self.by_name.get(&(key.clone(), false)))
                .copied()
        } else {
            self.by_name.get(&(key.clone(), is_chair)).copied()
        };
        let p = pos.unwrap_or_else(|| self.new_person(display, is_chair));
        if let Some(id) = &a.id {
            self.by_id.entry(id.clone()).or_insert(p);
            if let Some(person) = self.people.get_mut(p)
                && !person.ids.contains(id)
            {
                person.ids.push(id.clone());
            }
        }
        if is_chair
            && a.name.is_some()
            && let Some(o) = &a.office
        {
            self.presiding.insert(name_key(o), p);
        }
        place(&mut self.assign, &mut self.people, i, p, a);
        self.index(p);
    }

    /// "Mr. Hain" is the one speaker with that surname; with several, or none, kept apart.
    fn resolve_deferred(&mut self, d: &RawDebate) {
        let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (k, p) in self.people.iter().enumerate().filter(|(_, p)| !p.is_chair) {
            by_surname
                .entry(name_key(surname(&p.name)))
                .or_default()
                .push(k);
        }
        for i in std::mem::take(&mut self.deferred) {
            let Some(a) = d.contributions.get(i).map(|c| &c.speaker) else {
                continue;
            };
            let sur = name_key(a.name.as_deref().unwrap_or(""));
            let matches: Vec<usize> = by_surname.get(&sur).cloned().unwrap_or_default();
            let p = match matches.as_slice() {
                [one] => *one,
                _ => {
                    if matches.len() > 1 {
                        self.warnings.push(Warning::AmbiguousSurname {
                            written: a.raw.clone(),
                            speakers: matches.len(),
                        });
                    }
                    let name = a.raw.trim_end_matches(':').to_string();
                    match self.by_name.get(&(name_key(&name), false)) {
                        Some(&p) => p,
                        None => {
                            let p = self.new_person(name, false);
                            self.index(p);
                            p
                        }
                    }
                }
            };
            place(&mut self.assign, &mut self.people, i, p, a);
        }
    }

    /// Folds office-only people into the named holder of the same office, and "D. Eccles"
    /// into "David Eccles" when he is the one speaker with that surname and initial (older
    /// records name a member by initial after the first time).
    fn fold(&mut self) {
        let people = &self.people;
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
        for (k, p) in people.iter().enumerate() {
            if let (Some(one), Some(slot)) = (full_form_of(people, k, p), fold.get_mut(k)) {
                *slot = one;
            }
        }
        for p in self.assign.iter_mut().flatten() {
            *p = fold.get(*p).copied().unwrap_or(*p);
        }
    }

    /// Counts each person's contributions and words, marks as the chair anyone who only
    /// calls the House to order, orders people by first contribution and counts
    /// interventions.
    fn finish(mut self, d: &RawDebate, words: &[usize]) -> Cast {
        for (i, slot) in self.assign.iter().enumerate() {
            if let Some(person) = slot.and_then(|p| self.people.get_mut(p)) {
                person.contributions.push(i);
                person.words += words.get(i).copied().unwrap_or(0);
            }
        }
        for p in self.people.iter_mut() {
            let first = |i: usize| {
                d.contributions
                    .get(i)
                    .and_then(|c| c.paragraphs.first())
                    .map_or("", String::as_str)
            };
            // Short, asking nobody anything, and two in three the chair's own business.
            let short = |i: usize| {
                words.get(i).copied().unwrap_or(0) <= CHAIR_MAX_WORDS && !first(i).contains('?')
            };
            let presiding = p
                .contributions
                .iter()
                .filter(|&&i| presides(first(i)))
                .count();
            if !p.is_chair
                && !p.contributions.is_empty()
                && p.office.is_none()
                && p.contributions.iter().all(|&i| short(i))
                && presiding * 3 >= p.contributions.len() * 2
            {
                p.is_chair = true;
            }
        }
        let (people, by_contribution) = in_speaking_order(self.people, &self.assign);
        let mut cast = Cast {
            people,
            by_contribution,
            words: words.to_vec(),
            warnings: self.warnings,
        };
        count_interventions(&mut cast);
        cast
    }
}

/// The one full form ("David Eccles") of person `k` written as initials ("D. Eccles"), if
/// exactly one speaker has it.
fn full_form_of(people: &[Person], k: usize, p: &Person) -> Option<usize> {
    let initials = initials_of(&p.name)?;
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
    match full.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// People ordered by first contribution (those left with none dropped), and each
/// contribution's speaker renumbered to match.
fn in_speaking_order(
    people: Vec<Person>,
    assign: &[Option<usize>],
) -> (Vec<Person>, Vec<Option<usize>>) {
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
    let by_contribution = assign
        .iter()
        .map(|s| s.and_then(|p| remap.get(&p).copied()))
        .collect();
    (order.into_iter().map(|(_, p)| p).collect(), by_contribution)
}

/// Interventions: the previous and next non-chair contributions are by one other member.
fn count_interventions(cast: &mut Cast) {
    let seq: Vec<usize> = cast
        .by_contribution
        .iter()
        .flatten()
        .copied()
        .filter(|&p| cast.people.get(p).is_some_and(|p| !p.is_chair))
        .collect();
    for w in seq.windows(3) {
        if let [before, holder, after] = *w
            && before == after
            && before != holder
            && let Some(person) = cast.people.get_mut(holder)
        {
            person.interventions += 1;
        }
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

    #[test]
    fn a_deputy_named_without_the_title_presides_by_what_they_say() {
        let d = debate(&[
            (
                "Francie Molloy",
                "I have received notice from the Minister of Finance and Personnel that he wishes to make a statement.",
            ),
            (
                "Sammy Wilson",
                "Following the Executive meeting this morning, I would like to make a statement.",
            ),
            (
                "Francie Molloy",
                "There is a long list of Members who want to ask questions.",
            ),
            ("Peter Weir", "Will the Minister tell us why?"),
            ("Francie Molloy", "The Member must ask a question."),
            (
                "Declan O'Loan",
                "I have received notice from my constituents that they are unhappy. Does he agree?",
            ),
        ]);
        let cast = resolve(&d);
        let chair = |n: &str| cast.people.iter().find(|p| p.name == n).unwrap().is_chair;
        assert!(chair("Francie Molloy"));
        assert!(!chair("Sammy Wilson"));
        // Asking something is a member's business, however it opens.
        assert!(!chair("Declan O'Loan"));
        assert!(!chair("Peter Weir"));
    }
}
