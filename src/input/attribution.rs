//! Reading an attribution ("Kirith Entwistle (Bolton North East) (Lab)", "The Minister of
//! State, Department for Education (Mr Nick Gibb)", "Mr Deputy Speaker", "Hon. Members") into
//! its parts. Shared by every input format.

use crate::model::{AttrKind, Attribution};
pub use crate::names::{
    HONORIFICS, bare, clean_name, collapse_ws, initials_of, is_name_word, is_office,
    is_shadow_office, name_key, names_an_office_first, person_name, surname,
};
use std::sync::LazyLock;

/// Party labels as Hansard abbreviates them.
const PARTIES: &[&str] = &[
    "Con",
    "Lab",
    "LD",
    "Lab/Co-op",
    "Lab/Co-Op",
    "SNP",
    "PC",
    "DUP",
    "SDLP",
    "UUP",
    "Green",
    "Ind",
    "Alliance",
    "APNI",
    "Reform",
    "RUK",
    "Reform UK",
    "SF",
    "TUV",
    "Alba",
    "CB",
    "Crossbench",
    "Non-Afl",
    "Bishops",
    "Speaker",
    "UKIP",
    "Respect",
    "Co-op",
    "LDem",
    "Lib Dem",
    "Conservative",
    "Labour",
    "Liberal Democrat",
    "Ind Con",
    "Ind Lab",
    "Ind UU",
    "Independent",
    "Green Party",
    "Plaid Cymru",
    "Scottish National Party",
    "Democratic Unionist Party",
    "Labour/Co-operative",
    "SDP",
    "UU",
    "Workers Party",
    "Spk",
];

/// Offices that make someone the chair.
const CHAIR_TITLES: &[&str] = &[
    "speaker",
    "deputy speaker",
    "madam deputy speaker",
    "mr deputy speaker",
    "madam speaker",
    "mr speaker",
    "the speaker",
    "the deputy speaker",
    "the lord speaker",
    "the chair",
    "the chairman",
    "the chairwoman",
    "mr chairman",
    "madam chairman",
    "the temporary chairman",
    "the first deputy chairman",
    "the second deputy chairman",
    "the chairman of ways and means",
    "the principal deputy speaker",
    "the presiding officer",
    "the deputy presiding officer",
    "the convener",
    "the deputy convener",
    "the principal deputy chairman of committees",
    "the deputy chairman of committees",
    "the deputy chairman",
];

/// Collective attributions: not speakers, words not counted.
const COLLECTIVE: &[&str] = &[
    "hon. members",
    "hon members",
    "several hon. members",
    "several hon members",
    "members",
    "an hon. member",
    "an hon member",
    "noble lords",
    "several noble lords",
    "a noble lord",
    "several members",
    "a member",
    "some members",
    "a noble baroness",
    "hon. members and noble lords",
    "mps",
    "interruption",
    // The benches called out together, as the Australian record writes them.
    "government members",
    "opposition members",
    "honourable members",
    "some hon. members",
    "some hon members",
    "some honourable members",
    "an honourable member",
    // The Australian Senate's benches.
    "government senators",
    "opposition senators",
    "honourable senators",
];

/// Headings of the record's own business that read like a name ("Bill Presented", "Royal
/// Assent"): never anyone's attribution.
const BUSINESS_HEADINGS: &[&str] = &[
    "bill presented",
    "bills presented",
    "royal assent",
    "new writ",
    "deferred division",
    "deferred divisions",
    "topical questions",
    "sitting suspended",
    "business statement",
    "urgent question",
    "written statements",
    "oral answers",
    "backbench business",
    "private business",
    "opposition day",
    "estimates day",
    "programme motion",
    "money resolution",
    "ways and means",
    "points of order",
    "point of order",
    "business of the house",
    "time for reflection",
    "decision time",
];

/// Splits "Base (g1) (g2)" into the base and its trailing parenthesised groups.
fn split_groups(s: &str) -> (String, Vec<String>) {
    let mut base = s.trim().to_string();
    let mut groups = Vec::new();
    while base.ends_with(')') {
        // find the matching '('
        let mut depth = 0i32;
        let mut open = None;
        for (i, c) in base.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(open) = open else { break };
        // `open` and the last byte are ASCII brackets, so both cuts fall between characters.
        let inner = base
            .get(open + 1..base.len() - 1)
            .unwrap_or_default()
            .trim()
            .to_string();
        base = base.get(..open).unwrap_or_default().trim_end().to_string();
        groups.insert(0, collapse_ws(&inner));
        if groups.len() > 3 {
            break;
        }
    }
    (collapse_ws(&base), groups)
}

/// More than `n` characters that are neither whitespace nor in `ignored`. Lowercasing never
/// makes a text shorter in characters, so a text for which this holds cannot, lowercased and
/// single-spaced, equal any entry of a list whose entries have at most `n` characters.
fn longer_than(s: &str, n: usize, ignored: &[char]) -> bool {
    s.chars()
        .filter(|c| !c.is_whitespace() && !ignored.contains(c))
        .nth(n)
        .is_some()
}

/// The most characters of any entry of `list`.
fn longest(list: &[&str]) -> usize {
    list.iter().map(|e| e.chars().count()).max().unwrap_or(0)
}

/// True for a party label as Hansard abbreviates or names it ("Con", "Lab/Co-op", "SNP").
pub(crate) fn is_party(g: &str) -> bool {
    PARTIES.iter().any(|p| p.eq_ignore_ascii_case(g))
}

/// The chair as a "[X in the Chair]" notice names it: a person without honorifics, or an
/// office ("Mr. Speaker") as written.
pub fn chair_from_notice(s: &str) -> String {
    if is_chair_title(s) {
        collapse_ws(s)
    } else {
        clean_name(s)
    }
}

fn is_chair_title(s: &str) -> bool {
    static LONGEST: LazyLock<usize> = LazyLock::new(|| longest(CHAIR_TITLES));
    if longer_than(s, *LONGEST, &['.']) {
        return false;
    }
    let key = s.to_lowercase().replace('.', "");
    let key = collapse_ws(&key);
    CHAIR_TITLES.contains(&key.as_str())
}

/// True for "Hon. Members", "Several hon. Members" and the like.
pub fn is_collective(s: &str) -> bool {
    static LONGEST: LazyLock<usize> = LazyLock::new(|| longest(COLLECTIVE));
    if longer_than(s, *LONGEST, &[':']) {
        return false;
    }
    let key = collapse_ws(&s.to_lowercase());
    let key = key.trim_end_matches(':');
    COLLECTIVE.contains(&key)
}

/// An attribution the record marks as one (an XML speaker element): read as a text
/// attribution, else taken as a person's name as written.
pub fn attribution_or_name(raw: &str) -> Attribution {
    parse_attribution(raw).unwrap_or_else(|| {
        let mut a = Attribution::person(&collapse_ws(raw));
        a.raw = raw.to_string();
        a
    })
}

/// Reads an attribution. Returns `None` when the text does not look like one; whether it *is*
/// one (it must also be followed by speech) is for the caller to decide.
pub fn parse_attribution(raw: &str) -> Option<Attribution> {
    let text = label_text(raw)?;
    let mk = |kind: AttrKind| Attribution {
        raw: text.clone(),
        name: None,
        surname_only: false,
        office: None,
        constituency: None,
        party: None,
        id: None,
        kind,
    };
    if is_collective(&text) {
        return Some(mk(AttrKind::Collective));
    }
    let (base, groups) = split_groups(&text);
    // "Sir Christopher Chope (in the Chair)"
    if groups
        .iter()
        .any(|g| g.eq_ignore_ascii_case("in the chair"))
    {
        let (name, _) = person_name(&base)?;
        let mut a = mk(AttrKind::Chair);
        a.name = Some(name);
        return Some(a);
    }
    if is_chair_title(&base) {
        let mut a = mk(AttrKind::Chair);
        a.office = Some(strip_the(&base));
        if let Some(g) = groups.first()
            && let Some((name, _)) = person_name(g)
        {
            a.name = Some(name);
        }
        return Some(a);
    }
    if is_office(&base) {
        // An office alone must read as a title: capitalised words and particles only.
        if groups.is_empty() && !reads_as_title(&base) {
            return None;
        }
        let mut a = mk(AttrKind::Person);
        a.office = Some(strip_the(&base));
        if let Some(g) = groups.first() {
            let (name, surname_only) = person_name(g)?;
            a.name = Some(name);
            a.surname_only = surname_only;
        }
        return Some(a);
    }
    let (name, surname_only) = person_name(&base)?;
    let mut a = mk(AttrKind::Person);
    a.name = Some(name);
    a.surname_only = surname_only;
    member_details(&mut a, groups)?;
    Some(a)
}

/// The text of a line that could be a label, single-spaced, without a trailing colon or
/// the remote-member mark; `None` for speech (more than seven words before any bracket,
/// and not an office), over-long text, or a heading of the record's own business.
fn label_text(raw: &str) -> Option<String> {
    // The longest attributions ("The Parliamentary Under-Secretary of State for ... (Name)")
    // are well under this; speech lines are not looked at further.
    if raw.len() > 240 {
        return None;
    }
    let trimmed = raw.trim().trim_end_matches(':').trim();
    // " [V]": a member taking part remotely (2020-21); the mark is not part of the name.
    let trimmed = trimmed
        .strip_suffix("[V]")
        .map_or(trimmed, |t| t.trim_end().trim_end_matches(':').trim_end());
    let before_bracket = trimmed.split('(').next().unwrap_or(trimmed);
    if before_bracket.split_whitespace().nth(7).is_some() && !names_an_office_first(trimmed) {
        return None;
    }
    let text = collapse_ws(trimmed);
    if text.is_empty()
        || text.chars().count() > 160
        || BUSINESS_HEADINGS.contains(&text.to_lowercase().as_str())
    {
        return None;
    }
    Some(text)
}

/// A member's bracketed details: party, office, constituency. `None` when a bracket is none
/// of these (the line is not an attribution).
fn member_details(a: &mut Attribution, groups: Vec<String>) -> Option<()> {
    for g in groups {
        // "(Churchill, NDP)", "(Minister of Labour, Lib.)": a seat or office, then a party.
        let g = match seat_then_party(&g) {
            Some((rest, party)) if a.party.is_none() => {
                a.party = Some(party.to_string());
                rest.to_string()
            }
            _ => g,
        };
        if is_party(&g) && a.party.is_none() {
            a.party = Some(g);
        } else if (is_office(&g) || crate::names::names_a_ministerial_office(&g))
            && a.office.is_none()
        {
            a.office = Some(strip_the(&g));
        } else if a.constituency.is_none() && plausible_constituency(&g) {
            a.constituency = Some(g);
        } else if a.party.is_none() && g.len() <= 12 && !g.contains(' ') {
            a.party = Some(g);
        } else {
            return None;
        }
    }
    Some(())
}

/// A bracket that names a seat or an office and then, after a comma, a party as a short
/// abbreviation ("Churchill, NDP", "Mount Royal, Lib."), as some records write them.
fn seat_then_party(g: &str) -> Option<(&str, &str)> {
    let (rest, party) = g.rsplit_once(", ")?;
    // Capitals ("NDP") or a stop ("Lib."): never a seat's last word ("Glasgow, East").
    let (abbreviation, stop) = party
        .strip_suffix('.')
        .map_or((party, false), |a| (a, true));
    let n = abbreviation.chars().count();
    ((1..=4).contains(&n)
        && abbreviation.chars().all(char::is_alphabetic)
        && abbreviation.starts_with(char::is_uppercase)
        && (stop || abbreviation.chars().all(char::is_uppercase))
        && !rest.is_empty())
    .then_some((rest, party))
}

/// "The Minister of State, Department for Education": capitalised words and particles.
fn reads_as_title(s: &str) -> bool {
    const SMALL: &[&str] = &["of", "for", "the", "and", "to", "in", "on", "at", "without"];
    s.split_whitespace().count() <= 16
        && s.split_whitespace().all(|w| {
            let w = w.trim_end_matches(',');
            SMALL.contains(&w) || w.chars().next().is_some_and(|c| c.is_uppercase())
        })
}

fn plausible_constituency(g: &str) -> bool {
    !g.is_empty()
        && g.chars().count() <= 70
        && g.chars().next().is_some_and(|c| c.is_uppercase())
        && !g.chars().any(|c| c.is_ascii_digit())
        && !g.ends_with('.')
}

/// An office without its article, however the record capitalises it ("THE SPEAKER").
fn strip_the(s: &str) -> String {
    match s.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => s[4..].to_string(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_loses_its_article_in_any_case() {
        for label in ["The SPEAKER", "THE SPEAKER", "the Speaker"] {
            let a = parse_attribution(label).expect("the chair");
            assert_eq!(
                a.office.as_deref().map(str::to_lowercase).as_deref(),
                Some("speaker"),
                "{label}"
            );
        }
    }

    #[test]
    fn remote_members_are_read_without_the_mark() {
        let a =
            parse_attribution("Jonathan Reynolds (Stalybridge and Hyde) (Lab/Co-op) [V]").unwrap();
        assert_eq!(a.name.as_deref(), Some("Jonathan Reynolds"));
        assert_eq!(a.constituency.as_deref(), Some("Stalybridge and Hyde"));
        assert_eq!(a.party.as_deref(), Some("Lab/Co-op"));
        let a = parse_attribution(
            "The Secretary of State for Work and Pensions (Dr Thérèse Coffey) [V]",
        )
        .unwrap();
        assert_eq!(a.name.as_deref(), Some("Thérèse Coffey"));
    }

    #[test]
    fn long_offices_are_read_and_long_speech_is_not() {
        let a = parse_attribution(
            "The Parliamentary Under-Secretary of State for Digital, Culture, Media and Sport (Margot James):",
        )
        .unwrap();
        assert_eq!(a.name.as_deref(), Some("Margot James"));
        let a = parse_attribution("Secretary  of State for the Home Department (Mr Jack Straw)")
            .unwrap();
        assert_eq!(a.name.as_deref(), Some("Jack Straw"));
        assert!(
            parse_attribution("I beg to move that the House do now adjourn, and I am grateful.")
                .is_none()
        );
        assert!(names_an_office_first("The Minister for Schools"));
        assert!(!names_an_office_first("The"));
        assert!(names_an_office_first("secretary of statesman"));
        assert!(!names_an_office_first("Secretary for Wales"));
    }

    #[test]
    fn a_seat_or_office_then_a_party_in_one_bracket() {
        let a = parse_attribution("Ms. Bev Desjarlais (Churchill, NDP):").unwrap();
        assert_eq!(a.name.as_deref(), Some("Bev Desjarlais"));
        assert_eq!(a.constituency.as_deref(), Some("Churchill"));
        assert_eq!(a.party.as_deref(), Some("NDP"));
        let a = parse_attribution(
            "Mr. Paul DeVillers (Parliamentary Secretary to President of the Queen's Privy Council for Canada, Lib.):",
        )
        .unwrap();
        assert_eq!(a.name.as_deref(), Some("Paul DeVillers"));
        assert_eq!(a.party.as_deref(), Some("Lib."));
        assert!(
            a.office
                .is_some_and(|o| o.starts_with("Parliamentary Secretary to"))
        );
        let a = parse_attribution(
            "Hon. Jim Peterson (Secretary of State (International Financial Institutions), Lib.):",
        )
        .unwrap();
        assert_eq!(
            a.office.as_deref(),
            Some("Secretary of State (International Financial Institutions)")
        );
        // An office that opens with neither "The" nor "Minister".
        let a = parse_attribution(
            "Hon. Marcel Massé (President of the Treasury Board and Minister responsible for Infrastructure, Lib.):",
        )
        .unwrap();
        assert!(
            a.office
                .is_some_and(|o| o.starts_with("President of the Treasury Board"))
        );
        // A seat that holds an office's letters, not its word, stays a seat.
        let a = parse_attribution("Mark Field (Cities of London and Westminster) (Con)").unwrap();
        assert_eq!(
            a.constituency.as_deref(),
            Some("Cities of London and Westminster")
        );
        // A seat whose own name holds a comma stays whole.
        let a = parse_attribution("Charles Kennedy (Ross, Skye and Lochaber) (LD)").unwrap();
        assert_eq!(a.constituency.as_deref(), Some("Ross, Skye and Lochaber"));
        assert_eq!(a.party.as_deref(), Some("LD"));
        let a = parse_attribution("Mr. John Battle (Leeds, West)").unwrap();
        assert_eq!(a.constituency.as_deref(), Some("Leeds, West"));
        assert_eq!(a.party, None);
    }

    #[test]
    fn full_commons_attribution() {
        let a = parse_attribution("Kirith Entwistle (Bolton North East) (Lab)").unwrap();
        assert_eq!(a.name.as_deref(), Some("Kirith Entwistle"));
        assert_eq!(a.constituency.as_deref(), Some("Bolton North East"));
        assert_eq!(a.party.as_deref(), Some("Lab"));
        assert_eq!(a.kind, AttrKind::Person);
    }

    #[test]
    fn office_with_name() {
        let a = parse_attribution(
            "The Parliamentary Under-Secretary of State for Justice (Alex Davies-Jones)",
        )
        .unwrap();
        assert_eq!(a.name.as_deref(), Some("Alex Davies-Jones"));
        assert_eq!(
            a.office.as_deref(),
            Some("Parliamentary Under-Secretary of State for Justice")
        );
        let b = parse_attribution("The Minister of State, Department for Education (Mr Nick Gibb)")
            .unwrap();
        assert_eq!(b.name.as_deref(), Some("Nick Gibb"));
        assert_eq!(
            b.office.as_deref(),
            Some("Minister of State, Department for Education")
        );
    }

    #[test]
    fn honorific_surname_and_spacing() {
        let a = parse_attribution("Mr. Bellingham").unwrap();
        assert_eq!(a.name.as_deref(), Some("Bellingham"));
        assert!(a.surname_only);
        let b = parse_attribution(" Mr.  Phil Willis (Harrogate  and Knaresborough) (LD)").unwrap();
        assert_eq!(b.name.as_deref(), Some("Phil Willis"));
        assert_eq!(
            b.constituency.as_deref(),
            Some("Harrogate and Knaresborough")
        );
    }

    #[test]
    fn chairs_and_collectives() {
        assert_eq!(
            parse_attribution("Mr Deputy Speaker").unwrap().kind,
            AttrKind::Chair
        );
        assert_eq!(
            parse_attribution("Mr. Speaker").unwrap().kind,
            AttrKind::Chair
        );
        let c = parse_attribution("Sir Christopher Chope (in the Chair)").unwrap();
        assert_eq!(c.kind, AttrKind::Chair);
        assert_eq!(c.name.as_deref(), Some("Christopher Chope"));
        assert_eq!(
            parse_attribution("Several hon. Members").unwrap().kind,
            AttrKind::Collective
        );
        for benches in [
            "Opposition Members",
            "Government Members",
            "Honourable members",
            "Opposition Senators",
            "Government senators",
        ] {
            assert_eq!(
                attribution_or_name(benches).kind,
                AttrKind::Collective,
                "{benches}"
            );
        }
        let p = parse_attribution("The Presiding Officer (Alex Fergusson)").unwrap();
        assert_eq!(p.kind, AttrKind::Chair);
        assert_eq!(p.name.as_deref(), Some("Alex Fergusson"));
    }

    #[test]
    fn office_alone_must_read_as_a_title() {
        assert!(parse_attribution("The Secretary of State for Wales").is_some());
        assert!(
            parse_attribution(
                "The Secretary of State asserts, a little presumptuously, in the introduction that"
            )
            .is_none()
        );
    }

    #[test]
    fn not_attributions() {
        assert!(parse_attribution("Economy").is_none());
        assert!(parse_attribution("Complacent or what?").is_none());
        assert!(parse_attribution("The West of Scotland Water Authority.").is_none());
        assert!(parse_attribution("Question put and agreed to.").is_none());
        assert!(parse_attribution("a downgrade to the credit rating").is_none());
    }

    #[test]
    fn initials_are_part_of_a_name() {
        let a = parse_attribution("David T.C. Davies (Monmouth) (Con)").unwrap();
        assert_eq!(a.name.as_deref(), Some("David T.C. Davies"));
    }

    #[test]
    fn lords_keep_their_title() {
        let a = parse_attribution("Lord Hill of Oareford").unwrap();
        assert_eq!(a.name.as_deref(), Some("Lord Hill of Oareford"));
    }

    #[test]
    fn keys_ignore_honorifics() {
        assert_eq!(name_key("Mr. Nick Gibb"), "nick gibb");
        assert_eq!(
            name_key("  Dr  ( )  Öznur   O'Neill-Smith MP "),
            "öznur o'neill-smith mp"
        );
        assert_eq!(name_key("Mrs."), "");
        assert_eq!(surname("Alex Davies-Jones"), "Davies-Jones");
    }

    proptest::proptest! {
        /// The key as first written, word by word: the definition the in-place version is
        /// held to.
        #[test]
        fn keys_match_the_word_by_word_definition(
            name in "( |  |Mr\\.?|Sir|DR|dame|\\(|-|'|[A-Za-zÀ-ÿİ]{1,8}|[0-9]){0,8}"
        ) {
            let mut want: Vec<String> = Vec::new();
            for w in name.split_whitespace() {
                let w: String = w
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '\'')
                    .flat_map(|c| c.to_lowercase())
                    .collect();
                if !w.is_empty() && !HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(&w)) {
                    want.push(w);
                }
            }
            proptest::prop_assert_eq!(name_key(&name), want.join(" "));
        }
    }
}
