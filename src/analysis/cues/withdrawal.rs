//! A bill's committee and report stages: whoever answers for the Government asks the
//! mover to withdraw their amendment.

use super::words_of;

/// True when a speaker asks a member to withdraw their amendment ("I ask the noble
/// Baroness to withdraw her amendment", "I hope that my hon. Friend will feel able to
/// withdraw the amendment"), as whoever answers for the Government does at a bill's
/// committee and report stages; a mover's own "I beg leave to withdraw" and a plea to
/// the Government or the Minister to withdraw are not such.
pub fn asks_to_withdraw_amendment(text: &str) -> bool {
    const ASKING: [&str; 6] = ["ask", "urge", "invite", "hope", "encourage", "request"];
    const MEMBER: [&str; 7] = [
        "noble",
        "hon",
        "friend",
        "lord",
        "baroness",
        "member",
        "gentleman",
    ];
    const GOVERNMENT: [&str; 3] = ["government", "minister", "ministers"];
    // Asked of every paragraph: the searcher is built once.
    static WITHDRAW: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("withdraw"));
    if WITHDRAW.find(text.as_bytes()).is_none() {
        return false;
    }
    let w = words_of(text);
    let words: Vec<&str> = w.split_whitespace().collect();
    words.iter().enumerate().any(|(i, &word)| {
        // "I invite the noble Lord to consider withdrawing the amendment."
        if !matches!(word, "withdraw" | "withdrawing") {
            return false;
        }
        let after = words
            .get(i + 1..(i + 4).min(words.len()))
            .unwrap_or_default();
        let before = words.get(i.saturating_sub(16)..i).unwrap_or_default();
        let asked = before
            .iter()
            .rposition(|b| ASKING.contains(b))
            .map(|k| before.get(k + 1..).unwrap_or_default());
        after
            .iter()
            .any(|a| matches!(*a, "amendment" | "amendments"))
            && !before.contains(&"beg")
            && asked.is_some_and(|between| {
                between.iter().any(|b| MEMBER.contains(b))
                    && !between.iter().any(|b| GOVERNMENT.contains(b))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::asks_to_withdraw_amendment as asks;

    #[test]
    fn who_asks_a_member_to_withdraw_their_amendment() {
        for yes in [
            "On that basis, I ask the noble Baroness, Lady Thomas, to withdraw her amendment.",
            "I hope that my hon. Friend will feel able to withdraw the amendment.",
            "I therefore invite the noble Lord to withdraw Amendment 75A.",
            "I invite the noble Lord to consider withdrawing the amendment.",
            // Two movers, two amendments.
            "I invite my noble friend Lord Borrie and the noble Lord, Lord Lester, to withdraw their amendments.",
        ] {
            assert!(asks(yes), "{yes}");
        }
        for no in [
            "My Lords, I beg leave to withdraw the amendment.",
            "I urge the Government to withdraw their amendment before it is too late.",
            "I ask the Minister to withdraw the amendment tonight.",
            "I ask the noble Lord to withdraw from the talks.",
            "The amendment was withdrawn in Committee.",
        ] {
            assert!(!asks(no), "{no}");
        }
    }
}
