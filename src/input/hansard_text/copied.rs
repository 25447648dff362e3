//! Text copied from a Hansard web page, as a reader selects the page and pastes it. The page
//! heads each contribution with two lines, the member's name over their seat and party
//! ("Nick Fletcher" over "(Don Valley) (Con)"), or an office over its holder ("The Secretary
//! of State for Northern Ireland" over "(Brandon Lewis)"), and the copy keeps them apart; the
//! share menu under the header may come along too ("Share contribution 1 on", "Twitter").
//! Here each header is joined into the one line the downloaded text gives, and the menu is
//! dropped, so the rest of the reader sees the record as it knows it.

use crate::input::attribution::{is_office, is_party, parse_attribution};

/// The text with each two-line header joined and the share menu's lines dropped; `None` when
/// it has neither, and is read as it is.
pub(super) fn rejoin(text: &str) -> Option<String> {
    // Most texts have neither: they are looked over once, and nothing is copied.
    let may_have = text.lines().map(str::trim).any(|l| {
        (l.starts_with('(') && groups(l).is_some())
            || l.starts_with("Share ")
            || l.starts_with("Copy link to contribution ")
    });
    if !may_have {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    // The index in `out` of the last line that is not blank.
    let mut last: Option<usize> = None;
    let mut changed = false;
    let mut after_share = false;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            out.push(String::new());
            continue;
        }
        // The service a "Share contribution 1 on" line names, on the line under it.
        if std::mem::take(&mut after_share) && SERVICES.contains(&line) {
            changed = true;
            continue;
        }
        if let Some(kind) = share_menu(line) {
            after_share = kind == Menu::Service;
            changed = true;
            continue;
        }
        if let Some(head) = last
            && let Some(joined) = out.get(head).and_then(|h| header(h, line))
        {
            out.truncate(head);
            out.push(joined);
            changed = true;
            continue;
        }
        out.push(raw.to_string());
        last = Some(out.len() - 1);
    }
    changed.then(|| out.join("\n"))
}

/// What follows a contribution's number ("3 on" gives " on").
fn numbered(rest: &str) -> Option<&str> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &rest[digits..])
}

/// The sharing services the page's menu offers, one to a line under "Share contribution N on".
const SERVICES: [&str; 7] = [
    "Twitter", "X", "Facebook", "Email", "LinkedIn", "WhatsApp", "Bluesky",
];

#[derive(PartialEq)]
enum Menu {
    /// "Share contribution 3 on" or "... via": a service's name follows.
    Service,
    /// The menu's other lines.
    Other,
}

/// A line of a contribution's share menu.
fn share_menu(line: &str) -> Option<Menu> {
    if line == "Share a link to this specific contribution:" {
        return Some(Menu::Other);
    }
    // The service is named on the same line or, as some copies break it, on the next.
    if let Some(rest) = line.strip_prefix("Share contribution ").and_then(numbered) {
        let service = rest
            .strip_prefix(" on")
            .or_else(|| rest.strip_prefix(" via"));
        return match service.map(str::trim) {
            Some("") => Some(Menu::Service),
            Some(named) if SERVICES.contains(&named) => Some(Menu::Other),
            _ => None,
        };
    }
    line.strip_prefix("Copy link to contribution ")
        .and_then(numbered)
        .filter(|rest| matches!(*rest, " to clipboard" | " to clipboard Copy link"))
        .map(|_| Menu::Other)
}

/// The one-line attribution that `head` over `brackets` makes, when `brackets` is wholly a
/// seat and a party, a party, or (under an office) its holder's name, and `head` reads as a
/// name or an office: never a heading over a note in brackets, or speech.
fn header(head: &str, brackets: &str) -> Option<String> {
    let head = head.trim();
    if head.len() > 160
        || head.ends_with(['.', '?', '!', ':', ';', ','])
        || head.split_whitespace().nth(24).is_some()
    {
        return None;
    }
    let groups = groups(brackets)?;
    // A head with brackets of its own ("The Minister of State (Lord Smith)") takes only a
    // party under it.
    let bracketed = head.contains(['(', ')']);
    let fits = match groups.as_slice() {
        [_, party] => !bracketed && is_party(party),
        [one] => is_party(one) || (!bracketed && is_office(head)),
        _ => false,
    };
    if !fits {
        return None;
    }
    let joined = format!("{head} {brackets}");
    let a = parse_attribution(&joined)?;
    a.name.is_some().then_some(joined)
}

/// The contents of a line that is one or two brackets and nothing else ("(Don Valley) (Con)").
fn groups(line: &str) -> Option<Vec<&str>> {
    let mut rest = line.strip_prefix('(')?;
    let mut groups = Vec::new();
    loop {
        let (inside, after) = rest.split_once(')')?;
        if inside.is_empty() || inside.len() > 80 || inside.contains('(') || groups.len() == 2 {
            return None;
        }
        groups.push(inside.trim());
        let after = after.trim_start();
        if after.is_empty() {
            return Some(groups);
        }
        rest = after.strip_prefix('(')?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_over_its_seat_and_party_is_one_attribution() {
        let text = "Nick Fletcher\n(Don Valley) (Con)\nShare this specific contribution\n\
                    1. What steps his Department is taking.\n";
        let joined = rejoin(text).unwrap();
        assert!(joined.starts_with("Nick Fletcher (Don Valley) (Con)\nShare"));
    }

    #[test]
    fn an_office_over_its_holder_is_one_attribution() {
        let text =
            "The Secretary of State for Northern Ireland\n\n(Brandon Lewis)\n\nWe cannot allow it.";
        let long = "The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs\n\
                    (Rebecca Pow)\nGood progress is being made.";
        assert!(rejoin(long).unwrap().starts_with("The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs (Rebecca Pow)\n"));
        let joined = rejoin(text).unwrap();
        assert_eq!(
            joined,
            "The Secretary of State for Northern Ireland (Brandon Lewis)\n\nWe cannot allow it."
        );
        // A peer, whose page gives only the party under the name, or under the office.
        let lords = rejoin("Lord Callanan\n(Con)\nMy Lords, I beg to move.").unwrap();
        assert!(lords.starts_with("Lord Callanan (Con)\n"));
        let minister =
            "The Minister of State, Cabinet Office (Lord Smith of Hill)\n(Con)\nMy Lords.";
        assert!(
            rejoin(minister)
                .unwrap()
                .starts_with("The Minister of State, Cabinet Office (Lord Smith of Hill) (Con)\n")
        );
    }

    #[test]
    fn the_share_menu_is_dropped() {
        let text = "Liz Twist (Blaydon) (Lab)\nShare a link to this specific contribution:\n\
                    Share contribution 1 on\nTwitter\nShare contribution 1 via\nEmail\n\
                    Copy link to contribution 1 to clipboard\nCopy link\nWhat steps?";
        assert_eq!(
            rejoin(text).unwrap(),
            "Liz Twist (Blaydon) (Lab)\nCopy link\nWhat steps?"
        );
    }

    #[test]
    fn the_share_menu_copied_a_button_to_a_line_is_dropped() {
        let text = "Liz Twist (Blaydon) (Lab)\nShare contribution 12 on Twitter\n\
                    Share contribution 12 via Email\n\
                    Copy link to contribution 12 to clipboard Copy link\nWhat steps?";
        assert_eq!(
            rejoin(text).unwrap(),
            "Liz Twist (Blaydon) (Lab)\nWhat steps?"
        );
        // Speech that opens the same way stays.
        let speech = "Share contribution 12 on the scheme with the House, I ask.";
        assert_eq!(rejoin(speech), None);
    }

    #[test]
    fn brackets_that_are_no_header_stay_as_they_are() {
        // A note under a heading, speech, and a seat with no party.
        for text in [
            "Use of Air Force Base Waterkloof\n(Matter of Public Importance)\nMr D J Maynier: Speech.",
            "I will give way.\n(Con)\nThank you.",
            "Nick Fletcher\n(Don Valley)\nSpeech.",
            "Email\nWe will write to the hon. Member.",
            "Heathrow Airport: Western Rail Link\n(Brandon Lewis) (Con) (Lab)\nSpeech.",
        ] {
            assert_eq!(rejoin(text), None, "{text}");
        }
    }
}
