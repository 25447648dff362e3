//! The role cues of a speaker's text, read in one pass: how plainly they speak for the
//! Government or ask things of it, and whether they thank the mover or speak with the leave
//! of the House. `roles` weighs them.

/// What a speaker's text holds of the three role lists, read in one pass over it: how many
/// different Government and Opposition cues it uses (each list read as a search of that
/// list alone reads it, see [`distinct_found`]), and which courtesy-and-leave cues occur.
pub(super) struct RoleCues {
    pub(super) government: i64,
    pub(super) opposition: i64,
    courtesy: [bool; super::cues::COURTESY_AND_LEAVE.len()],
}

impl RoleCues {
    pub(super) fn of(text: &str) -> Self {
        use super::cues::{COURTESY_AND_LEAVE, GOVERNMENT_PHRASES, OPPOSITION_PHRASES};
        let g = GOVERNMENT_PHRASES.len();
        let o = g + OPPOSITION_PHRASES.len();
        let mut gov = Vec::new();
        let mut opp = Vec::new();
        let mut courtesy = [false; COURTESY_AND_LEAVE.len()];
        for h in crate::phrase_table::ROLE_CUES.overlapping(text.as_bytes()) {
            if h.pattern < g {
                gov.push(h);
            } else if h.pattern < o {
                opp.push(h);
            } else if let Some(seen) = courtesy.get_mut(h.pattern - o) {
                *seen = true;
            }
        }
        RoleCues {
            government: distinct_found(gov),
            opposition: distinct_found(opp),
            courtesy,
        }
    }

    /// Whether a reply thanks or congratulates the mover "on securing" the debate, and
    /// whether it is made "with the leave of the House".
    pub(super) fn courtesy_and_leave(&self) -> (bool, bool) {
        let [congratulate, thank, on_s, for_s, on_o, for_o, leave] = self.courtesy;
        (
            (congratulate || thank) && (on_s || for_s || on_o || for_o),
            leave,
        )
    }
}

/// How many different patterns a search of one list alone reports, from every occurrence
/// of its patterns in the order the table found them.
fn distinct_found(hits: Vec<crate::phrase_table::Hit>) -> i64 {
    let mut seen: Vec<usize> = crate::phrase_table::non_overlapping(hits.into_iter())
        .map(|h| h.pattern)
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len() as i64
}

#[cfg(test)]
mod tests {
    use super::super::cues::{COURTESY_AND_LEAVE, GOVERNMENT_PHRASES, OPPOSITION_PHRASES};
    use super::RoleCues;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// How many different patterns of `list` a search of that list alone reports.
    fn distinct_alone(list: &[&str], text: &str) -> i64 {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(list)
            .expect("patterns build");
        let mut seen: Vec<usize> = ac.find_iter(text).map(|m| m.pattern().as_usize()).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len() as i64
    }

    proptest::proptest! {
        /// One pass over the three lists reads each as a search of it alone would.
        #[test]
        fn one_pass_reads_each_list_as_alone(
            words in proptest::collection::vec(
                "(the|government|have|has|will|failed|we|minister|should|i|urge|call|on|thank|congratulate|securing|for|my|department|officials|leave|of|house|with|The Government|WE WILL|,| )",
                0..24,
            )
        ) {
            for text in [words.join(" "), words.concat()] {
                let cues = RoleCues::of(&text);
                proptest::prop_assert_eq!(cues.government, distinct_alone(GOVERNMENT_PHRASES, &text));
                proptest::prop_assert_eq!(cues.opposition, distinct_alone(OPPOSITION_PHRASES, &text));
                let ac = AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(COURTESY_AND_LEAVE)
                    .expect("patterns build");
                let mut seen = [false; COURTESY_AND_LEAVE.len()];
                for m in ac.find_overlapping_iter(&text) {
                    seen[m.pattern().as_usize()] = true;
                }
                proptest::prop_assert_eq!(cues.courtesy, seen);
            }
        }
    }
}
