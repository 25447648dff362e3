//! Names and offices as Parliament writes them: honorifics and peerages, a person's name
//! from its written form, comparison keys, surnames and initials, and what marks an office.
//! Pure text handling at the bottom of the crate: readers, analysis and the roll-up all use
//! it, and it uses nothing of theirs.

/// Honorifics that are not part of a name (SPEC "Speaker").
pub const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Sir",
    "Dame",
    "Rt",
    "Hon",
    "Right",
    "Honourable",
    "Rev",
    "Revd",
    "Prof",
    "Professor",
    // South Africa's record writes members' titles in each language: Afrikaans "Mnr"
    // and "Mev", isiZulu "Mnu", "Nkk" and "Nksz", and "Adv" for an advocate.
    "Mnr",
    "Mev",
    "Mnu",
    "Nkk",
    "Nksz",
    "Adv",
];

/// Peerage and similar titles that stay in the name.
pub const PEERAGE: &[&str] = &[
    "Lord",
    "Baroness",
    "Lady",
    "Earl",
    "Countess",
    "Viscount",
    "Marquess",
    "Duke",
    "Bishop",
    "Archbishop",
];

/// Words that mark an office rather than a person's name.
pub const OFFICE_WORDS: &[&str] = &[
    "minister",
    "secretary",
    "solicitor",
    "attorney",
    "advocate",
    "chancellor",
    "leader",
    "whip",
    "paymaster",
    "treasurer",
    "comptroller",
    "president",
    "privy",
    "spokesperson",
    "spokesman",
    "chief",
    "lord privy seal",
    "under-secretary",
    "first minister",
    "exchequer",
];

/// The lowercased, dot-free form of a token, for list look-ups.
pub fn bare(token: &str) -> String {
    token
        .trim_end_matches('.')
        .trim_end_matches(',')
        .to_string()
}

/// Collapses runs of whitespace to one space.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether text, single-spaced, starts as an office can ([`is_office`] needs one of these
/// openings: "the ", "minister ", "secretary of state", "parliamentary under-secretary",
/// "parliamentary secretary").
pub fn names_an_office_first(s: &str) -> bool {
    let is = |w: Option<&str>, p: &str| w.is_some_and(|w| w.eq_ignore_ascii_case(p));
    let begins = |w: Option<&str>, p: &str| {
        w.and_then(|w| w.get(..p.len()))
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    let mut w = s.split_whitespace();
    let (a, b, c) = (w.next(), w.next(), w.next());
    (is(a, "the") || is(a, "minister")) && b.is_some()
        || is(a, "secretary") && is(b, "of") && begins(c, "state")
        || is(a, "parliamentary") && (begins(b, "under-secretary") || is(b, "secretary"))
}

/// True when the text names an office ("The Secretary of State for Wales").
/// Text that opens with "The" must also hold an office word ("The Leader of the House").
pub fn is_office(s: &str) -> bool {
    names_an_office_first(s)
        && (!s
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            || holds_office_word(s))
}

/// True when the text holds a word of an office ("Shadow Minister (Transport)", "Chief
/// Whip"), in any case.
pub fn holds_office_word(s: &str) -> bool {
    let low = s.to_lowercase();
    OFFICE_WORDS.iter().any(|w| low.contains(w))
}

/// True when an office is a Government one.
pub fn is_ministerial(office: &str) -> bool {
    let o = office.to_lowercase();
    // A parliamentary private secretary serves a minister and is not one; the chair of a
    // committee that scrutinises a minister's department ("Chairperson of the Committee for
    // the Office of the First Minister and deputy First Minister") is not one either.
    // Nor is a party's whip ("The Acting Chief Whip of the Majority Party"), where a
    // Government whip is.
    if is_shadow_office(&o)
        || o.contains("private secretary")
        || (o.contains("whip") && o.contains(" party"))
        || ["chairperson", "chair of", "chairman of", "deputy chair"]
            .iter()
            .any(|c| o.starts_with(c))
    {
        return false;
    }
    [
        "minister",
        "secretary of state",
        "under-secretary",
        "solicitor general",
        "attorney general",
        "advocate general",
        "chancellor",
        "leader of the house",
        // Canada's: "Leader of the Government in the House of Commons".
        "leader of the government",
        "whip",
        "paymaster",
        "lord privy seal",
        "economic secretary",
        "financial secretary",
        "exchequer secretary",
        "chief secretary",
        "deputy leader of the house",
        "cabinet secretary",
        "lord president",
        "comptroller",
        // "Treasurer of the Household", and Australia's Treasurer.
        "treasurer",
        "captain of",
        // Older and Scottish offices: "Joint Parliamentary Secretary to the Ministry of
        // Housing" (a junior minister, not a parliamentary private secretary), "President of
        // the Board of Trade", "Postmaster-General", "Lord Advocate".
        "parliamentary secretary",
        "president of the board",
        "postmaster",
        "lord advocate",
    ]
    .iter()
    .any(|w| o.contains(w))
}

/// True for a Government office written without "The" or "Minister" first, as some records
/// print one beside the party: "President of the Treasury Board and Minister responsible for
/// Infrastructure". It must hold an office's own word ("Minister", "Secretary", ...) whole,
/// so that no seat ("Cities of London and Westminster") reads as one.
pub fn names_a_ministerial_office(s: &str) -> bool {
    const TITLES: [&str; 7] = [
        "Minister",
        "Secretary",
        "President",
        "Leader",
        "General",
        "Chancellor",
        "Whip",
    ];
    is_ministerial(s)
        && s.split_whitespace()
            .any(|w| TITLES.contains(&w.trim_end_matches(',')))
}

/// True when the office is an opposition front-bench one.
pub fn is_shadow_office(s: &str) -> bool {
    let low = s.to_lowercase();
    low.contains("shadow") || low.contains("opposition")
}

pub fn is_name_word(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    if w.is_empty() || w.len() > 30 {
        return false;
    }
    const PARTICLES: &[&str] = &[
        "of", "de", "van", "von", "der", "la", "le", "du", "da", "di", "y", "ap", "den", "the",
        "and", "upon", "on", "under", "in", "St", "St.", "al", "el", "bin", "ter",
    ];
    if PARTICLES.contains(&w) {
        return true;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let first_ok = first.is_uppercase()
        || ((first == 'O' || first == 'M' || first == 'D') && w.contains('\''))
        || first == '\''
        || (first == 'M' && w.starts_with("Mc"));
    first_ok
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && !w.ends_with("..")
}

/// Checks that `s` looks like a person's name (with optional honorifics), 1–7 words.
/// Returns the name without honorifics, and whether only a surname with an honorific was given.
pub fn person_name(s: &str) -> Option<(String, bool)> {
    // More than seven words is never a name (checked again below, after collapsing).
    if s.split_whitespace().nth(7).is_some() {
        return None;
    }
    let s = collapse_ws(s);
    if s.is_empty() || s.chars().count() > 60 {
        return None;
    }
    let words: Vec<&str> = s.split(' ').collect();
    if words.len() > 7 || !words.iter().all(|w| is_name_word(w)) {
        return None;
    }
    // The first word must be capitalised (particles only inside names).
    let first = words.first()?;
    if !first.chars().next().is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    let mut rest: &[&str] = &words;
    let mut had_honorific = false;
    while let Some((w, tail)) = rest.split_first() {
        if HONORIFICS.contains(&bare(w).as_str()) && !tail.is_empty() {
            had_honorific = true;
            rest = tail;
        } else {
            break;
        }
    }
    if rest.is_empty() {
        return None;
    }
    // Abbreviated words other than initials ("Mr." handled above) are not names.
    let initials = |w: &str| w.chars().all(|c| c.is_uppercase() || c == '.');
    if rest.iter().any(|w| {
        w.ends_with('.')
            && w.trim_end_matches('.').chars().count() > 1
            && *w != "St."
            && !initials(w)
    }) {
        return None;
    }
    let is_peer = rest
        .first()
        .is_some_and(|w| PEERAGE.contains(&bare(w).as_str()));
    let name = rest.join(" ");
    let name = name.trim_end_matches(',').to_string();
    if rest.len() == 1 {
        // "Mr. Hain": surname only, valid only with an honorific.
        if had_honorific {
            return Some((name, true));
        }
        return None;
    }
    if is_peer && rest.len() == 1 {
        return None;
    }
    Some((name, false))
}

/// Strips honorifics from a name ("Mr. Henry Bellingham" → "Henry Bellingham").
pub fn clean_name(s: &str) -> String {
    match person_name(s) {
        Some((n, _)) => n,
        None => collapse_ws(s),
    }
}

/// The surname of a full name, for matching "Mr. Bellingham" later in a debate.
pub fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// The initials of a name written as initials and a surname ("D. Eccles", "G. M. Thomson"),
/// or `None` for a name with a given name.
pub fn initials_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (_, given) = words.split_last()?;
    (!given.is_empty() && given.iter().all(|w| is_initial(w))).then(|| {
        given
            .iter()
            .map(|w| w.trim_end_matches('.'))
            .collect::<String>()
    })
}

/// A word that is an initial: one capital, perhaps with a full stop ("D", "G.").
pub fn is_initial(w: &str) -> bool {
    let t = w.trim_end_matches('.');
    t.chars().count() == 1 && t.chars().all(char::is_uppercase)
}

/// A comparison key for names: lowercase letters only, single-spaced.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        // Each word is written in place, and taken back if it comes to nothing or is an
        // honorific.
        let before = out.len();
        // "MC GLUWA" is "McGluwa", as the record writes the same member elsewhere.
        if before > 0 && !(out == "mc" || out.ends_with(" mc")) {
            out.push(' ');
        }
        let start = out.len();
        out.extend(
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '\'')
                .flat_map(char::to_lowercase),
        );
        let word = out.get(start..).unwrap_or("");
        if word.is_empty() || HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(word)) {
            out.truncate(before);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_mc_written_apart_is_the_same_name() {
        assert_eq!(
            super::name_key("Mr J J MC GLUWA"),
            super::name_key("J J McGluwa")
        );
        assert_eq!(super::name_key("Mac Harb"), "mac harb");
    }

    #[test]
    fn offices_old_and_new_are_the_governments_and_a_ppss_is_not() {
        for office in [
            "Joint Parliamentary Secretary to the Ministry of Housing and Local Government",
            "Parliamentary Secretary, Office of the Leader of the House of Commons",
            "President of the Board of Trade",
            "Postmaster-General",
            "Lord Advocate",
            "Parliamentary Under-Secretary of State for Justice",
            "Leader of the Government in the House of Commons",
            "Government Chief Whip",
            "Lord Commissioner of HM Treasury (Whip)",
        ] {
            assert!(super::is_ministerial(office), "{office}");
        }
        for office in [
            "Parliamentary Private Secretary to the Prime Minister's Office",
            "Shadow Secretary of State for Health",
            "Chairman of the Public Accounts Committee",
            "Chairperson of the Committee for the Office of the First Minister and deputy First Minister",
            "Deputy Chairperson of the Committee for Finance and Personnel",
            "The Acting Chief Whip of the Majority Party",
        ] {
            assert!(!super::is_ministerial(office), "{office}");
        }
    }
}
