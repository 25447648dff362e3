//! Records transcribed in takes, as South Africa's Parliament prints its unrevised Hansard: the
//! typists' record is cut into takes of a few minutes, and every take (and every page within
//! one) opens with a running head ("UNREVISED HANSARD", "NATIONAL ASSEMBLY", "Wednesday, 22
//! May 2013 Take: 376") and the typist's file line, and closes with a cue naming who speaks
//! next ("Mr D J MAYNIER / src / END OF TAKE"); the next take repeats who spoke last. None
//! of it is a heading or anyone's words, and a speech runs on across it.

use super::super::attribution::parse_attribution;
use super::super::dates;
use super::lines::{Kind, Line, heading_shaped, is_bare_name};
use std::collections::HashMap;

/// How far a running head's lines may stand from the take mark they come with.
const HEAD_REACH: usize = 3;

/// True for a line that marks a take: its end ("... END OF TAKE"), its number ("... Take:
/// 376"), or the typist's file line (`"...",Unrevised Hansard,22 May 2013,"[Take-376]
/// ....doc"`).
fn marks_take(t: &str) -> bool {
    let numbered = t.rsplit_once("Take:").is_some_and(|(_, n)| {
        let n = n.trim();
        (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    });
    numbered
        || t.contains("END OF TAKE")
        || (t.contains("Unrevised Hansard") && t.ends_with(".doc\""))
}

/// True for a line that is speech with no label of its own: words that are not a heading.
fn is_speech(line: &Line) -> bool {
    matches!(line.kind, Kind::Other) && !heading_shaped(line.text)
}

/// Drops the takes' running heads, marks and cues, when the record has at least two take
/// marks. A running head's line recurs and stands near a mark; a cue is a name or office
/// alone on its line just before a run of furniture, or just after one when no speech
/// follows it (a speech's own label, followed by its words, is kept).
pub(super) fn drop_takes(text: &str, lines: &mut Vec<Line>) {
    // Only a record transcribed in takes has take marks; one search of the text says so,
    // and spares every other record the look at each line.
    let holds = |needle: &[u8]| memchr::memmem::find(text.as_bytes(), needle).is_some();
    if !holds(b"Take:") && !holds(b"END OF TAKE") {
        return;
    }
    let marks: Vec<bool> = lines.iter().map(|l| marks_take(l.text)).collect();
    let mark_at: Vec<usize> = (marks.iter().enumerate())
        .filter(|&(_, &m)| m)
        .map(|(i, _)| i)
        .collect();
    if mark_at.len() < 2 {
        return;
    }
    // A take's number line dates the sitting ("Wednesday, 22 May 2013 Take: 376"), and is
    // kept as the date line it is.
    for (l, _) in lines.iter_mut().zip(&marks).filter(|&(_, &m)| m) {
        let dated =
            (l.text.rsplit_once("Take:")).and_then(|(day, _)| dates::parse_date_line(day.trim()));
        if let Some(d) = dated {
            l.kind = Kind::Date(d);
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for l in lines.iter() {
        *seen.entry(l.text).or_default() += 1;
    }
    let near_mark = |i: usize| {
        let k = mark_at.partition_point(|&m| m < i);
        [k.checked_sub(1), Some(k)]
            .into_iter()
            .flatten()
            .filter_map(|k| mark_at.get(k))
            .any(|&m| m.abs_diff(i) <= HEAD_REACH)
    };
    let next_is_speech = |i: usize| lines.get(i + 1).is_some_and(is_speech);
    let mut furniture: Vec<bool> = (lines.iter().zip(&marks).enumerate())
        .map(|(i, (l, &mark))| {
            (mark && !matches!(l.kind, Kind::Date(_)))
                || (seen.get(l.text).copied().unwrap_or(0) >= 2
                    && heading_shaped(l.text)
                    && matches!(l.kind, Kind::Other | Kind::Candidate(_))
                    && near_mark(i)
                    && !next_is_speech(i))
        })
        .collect();
    // The cues on either side of each run of furniture: a member with an honorific, or an
    // office, perhaps with the typist's initials after a slash ("The MINISTER OF HOME
    // AFFAIRS / ARM"); a bare pair of words in capitals is the next item's heading.
    let is_cue = |i: usize| {
        lines.get(i).is_some_and(|l| {
            matches!(&l.kind, Kind::Candidate(a) if !is_bare_name(a))
                || (l.text.split_once(" /"))
                    .is_some_and(|(who, _)| parse_attribution(who.trim()).is_some())
        })
    };
    let is_furniture = |f: &[bool], i: usize| f.get(i).copied().unwrap_or(false);
    let mut i = 0;
    while i < lines.len() {
        if !is_furniture(&furniture, i) {
            i += 1;
            continue;
        }
        let start = i;
        while is_furniture(&furniture, i) {
            i += 1;
        }
        let before = start.checked_sub(1).filter(|&b| is_cue(b));
        let after = Some(i).filter(|&a| is_cue(a) && !next_is_speech(a));
        for k in before.into_iter().chain(after) {
            if let Some(f) = furniture.get_mut(k) {
                *f = true;
            }
        }
        i += usize::from(after.is_some());
    }
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !is_furniture(&furniture, k - 1)
    });
}

#[cfg(test)]
mod tests {
    use super::marks_take;
    use crate::model::RawDebate;

    /// Each speaker's paragraphs, in order of first speaking.
    fn said(d: &RawDebate) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for c in &d.contributions {
            let who = c
                .speaker
                .name
                .clone()
                .or(c.speaker.office.clone())
                .unwrap_or_default();
            match out.iter_mut().find(|(w, _)| *w == who) {
                Some((_, p)) => p.extend(c.paragraphs.iter().cloned()),
                None => out.push((who, c.paragraphs.clone())),
            }
        }
        out
    }

    #[test]
    fn a_record_in_takes_is_one_debate_and_its_furniture_nobodys_words() {
        let text = "UNREVISED HANSARD\n\nNATIONAL ASSEMBLY\n\nTuesday, 4 June 2013 Take: 101\n\n\"National Assembly Chamber Main\",Unrevised Hansard,4 June 2013,\"[Take-101] [NA][ab].doc\"\n\nCONDITION OF RURAL ROADS\n\n(Subject for Discussion)\n\nThe CHIEF WHIP OF THE OPPOSITION: Hon Speaker, the district roads are falling apart and farmers cannot move their produce.\n\nI ask the Minister to publish the repair programme for every district.\n\nMr A B NKOSI / xy / END OF TAKE\n\nUNREVISED HANSARD\n\nNATIONAL ASSEMBLY\n\nTuesday, 4 June 2013 Take: 102\n\n\"National Assembly Chamber Main\",Unrevised Hansard,4 June 2013,\"[Take-102] [NA][cd].doc\"\n\nThe CHIEF WHIP OF THE OPPOSITION\n\nMr A B NKOSI: Speaker, the member is right that the programme is late, and we share the concern.\n\nAn HON MEMBER: Resign!\n\nMr A B NKOSI: The roads will be repaired by the end of the year. [Applause.]\n\nThe MINISTER OF TRANSPORT\n\nUNREVISED HANSARD\n\nNATIONAL ASSEMBLY\n\nTuesday, 4 June 2013 Take: 102\n\nMr A B NKOSI\n\nThe MINISTER OF TRANSPORT: Speaker, the repair programme will be published next month, district by\n\ndistrict, and the first contracts are signed.\n";
        let debates = super::super::parse(text).expect("parses");
        assert_eq!(
            debates.len(),
            1,
            "{:?}",
            debates.iter().map(|d| &d.title).collect::<Vec<_>>()
        );
        assert_eq!(debates[0].title, "CONDITION OF RURAL ROADS");
        let said = said(&debates[0]);
        let who: Vec<&str> = said.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            who,
            [
                "CHIEF WHIP OF THE OPPOSITION",
                "A B NKOSI",
                "MINISTER OF TRANSPORT"
            ]
        );
        assert_eq!(
            said[0].1,
            [
                "Hon Speaker, the district roads are falling apart and farmers cannot move their produce.",
                "I ask the Minister to publish the repair programme for every district."
            ]
        );
        // The member called out; the speech closed by applause is no heading.
        assert_eq!(
            said[1].1,
            [
                "Speaker, the member is right that the programme is late, and we share the concern.",
                "The roads will be repaired by the end of the year. [Applause.]"
            ]
        );
        // A paragraph cut at "by" runs on; the cue and running head between are dropped.
        assert_eq!(said[2].1.len(), 2);
    }

    #[test]
    fn without_take_marks_a_recurring_line_is_left_alone() {
        let text = "Petition\n\nMs Jo Roe (Upton) (Lab)\nI present this petition about the bus station.\n\nPetition\n\nMr Al Poe (Downton) (Con)\nI present this petition about the library.\n";
        let debates = super::super::parse(text).expect("parses");
        assert_eq!(debates.len(), 2);
    }

    #[test]
    fn knows_the_marks_of_a_take() {
        assert!(marks_take("Wednesday, 22 May 2013 Take: 376"));
        assert!(marks_take("Mr D J MAYNIER / src / END OF TAKE"));
        assert!(marks_take(
            "\"National Assembly Chamber Main\",Unrevised Hansard,22 May 2013,\"[Take-376] [National Assembly Chamber Main][NAC-Logger][mm].doc\""
        ));
        assert!(!marks_take("I will take questions."));
        assert!(!marks_take("Take: a look at this"));
        assert!(!marks_take("The Minister said the Take: 12345678 figure"));
    }
}
