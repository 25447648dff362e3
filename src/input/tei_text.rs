//! ParlaMint's plain-text form: one utterance a line, `ID<TAB>words`, with who spoke each
//! in the `-meta.tsv` (or `-meta-en.tsv`) beside it. The text has no headings, so a file is
//! one item, unless its utterances are numbered with a gap (`.u2` then `.u14`): passages
//! were sampled out of the sitting there, and each passage is a partial item of its own.

use super::ParseError;
use super::attribution::collapse_ws;
use super::tei::Meta;
use crate::model::{AttrKind, Attribution, Contribution, RawDebate, Venue, Warning};

/// True when the text's first lines are ParlaMint utterances: an id ending in `.u` and a
/// number, a tab, then words.
pub fn sniff(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).take(5);
    let first = lines.next();
    first.is_some()
        && first
            .into_iter()
            .chain(lines)
            .all(|l| utterance(l).is_some())
}

/// A line's utterance id, its number and its words.
fn utterance(line: &str) -> Option<(&str, u64, &str)> {
    let (id, words) = line.split_once('\t')?;
    let (_, n) = id.rsplit_once(".u")?;
    let n: u64 = n.parse().ok()?;
    (!id.contains(char::is_whitespace) && id.starts_with("ParlaMint")).then_some((id, n, words))
}

/// Parses ParlaMint plain text. `side_files` reads a file beside it by name.
pub fn parse(
    text: &str,
    file_name: Option<&str>,
    side_files: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<RawDebate>, ParseError> {
    let lines: Vec<(&str, u64, &str)> = text.lines().filter_map(utterance).collect();
    // The metadata is named after the sitting: the file's own name, or the one its ids
    // carry when the file was renamed.
    let from_ids = lines
        .first()
        .and_then(|(id, _, _)| id.rsplit_once(".u"))
        .map(|(s, _)| s.to_string());
    let from_file = file_name
        .and_then(|n| std::path::Path::new(n).file_stem())
        .and_then(|s| s.to_str())
        .map(str::to_string);
    let stems: Vec<String> = from_file.into_iter().chain(from_ids.clone()).collect();
    let meta = stems
        .iter()
        .flat_map(|stem| ["-meta.tsv", "-meta-en.tsv"].map(|suffix| format!("{stem}{suffix}")))
        .filter_map(|name| side_files(&name))
        .find_map(|tsv| Meta::read(&tsv))
        .ok_or_else(|| {
            let stem = from_ids.as_deref().or(stems.first().map(String::as_str));
            ParseError::NeedsSideFile(format!("{}-meta.tsv", stem.unwrap_or("")))
        })?;
    let stem = stems.first().cloned().unwrap_or_default();
    let (house, venue) = super::tei::house_named(meta.body.as_deref().unwrap_or(&stem));
    let date = meta
        .date
        .as_deref()
        .and_then(super::dates::date_from_file_name)
        .or_else(|| super::dates::date_from_file_name(&stem));
    // A gap in the numbering is a passage sampled out: what follows it is another item,
    // read from mid-debate.
    let sampled = lines.windows(2).any(gap_between);
    let mut items: Vec<RawDebate> = Vec::new();
    for (k, &(id, n, words)) in lines.iter().enumerate() {
        let starts = k == 0 || lines.get(k - 1..=k).is_some_and(gap_between);
        if starts {
            let mut d = RawDebate {
                title: "Untitled debate section".to_string(),
                date: date.clone(),
                house,
                venue: venue.map(Venue::named),
                has_opening: n == 1,
                partial: sampled,
                ..RawDebate::default()
            };
            d.notes.push(Warning::UntitledText);
            if sampled {
                d.notes
                    .push(Warning::Partial(crate::model::PartialBecause::Sampled));
            }
            items.push(d);
        }
        let (Some(who), Some(d)) = (meta.speakers.get(id), items.last_mut()) else {
            continue;
        };
        let mut a = Attribution::person(&who.name);
        a.party = who.party.clone();
        if who.chair {
            a.kind = AttrKind::Chair;
        }
        let words = collapse_ws(words);
        d.contributions.push(Contribution {
            speaker: a,
            paragraphs: (!words.is_empty()).then_some(words).into_iter().collect(),
        });
    }
    Ok(items)
}

/// True when two lines in a row are not numbered one after the other.
fn gap_between(pair: &[(&str, u64, &str)]) -> bool {
    match pair {
        [(_, a, _), (_, b, _)] => *b != a + 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::House;

    const TEXT: &str = "ParlaMint-GB_2021-02-11-commons.u1\tWhat steps the Government are taking to support veterans.
ParlaMint-GB_2021-02-11-commons.u2\tThe Office for Veterans' Affairs was set up to do just that.
ParlaMint-GB_2021-02-11-commons.u7\tOrder. I call the shadow Minister.
";

    const META: &str = "ID\tTitle\tFrom\tTo\tBody\tSpeaker_role\tSpeaker_party\tSpeaker_name
ParlaMint-GB_2021-02-11-commons.u1\tParlaMint-GB, Commons\t2021-02-11\t2021-02-11\tLower house\tRegular\tCON\tDaly, James Barry
ParlaMint-GB_2021-02-11-commons.u2\tParlaMint-GB, Commons\t2021-02-11\t2021-02-11\tLower house\tRegular\tCON\tMercer, John Luther
ParlaMint-GB_2021-02-11-commons.u7\tParlaMint-GB, Commons\t2021-02-11\t2021-02-11\tLower house\tChairperson\tCON\tHoyle, Lindsay Harvey
";

    fn beside(name: &str) -> Option<String> {
        (name == "ParlaMint-GB_2021-02-11-commons-meta.tsv").then(|| META.to_string())
    }

    #[test]
    fn knows_its_lines() {
        assert!(sniff(TEXT));
        assert!(!sniff(
            "Veterans\n\nJames Daly (Bury North) (Con)\nWhat steps ...\n"
        ));
        assert!(!sniff("id\twords\n"));
        assert!(!sniff(""));
    }

    #[test]
    fn reads_speakers_parties_and_the_chair_from_the_metadata() {
        let items =
            parse(TEXT, Some("ParlaMint-GB_2021-02-11-commons.txt"), &beside).expect("parses");
        let names: Vec<_> = items
            .iter()
            .flat_map(|d| &d.contributions)
            .map(|c| (c.speaker.name.clone().unwrap_or_default(), c.speaker.kind))
            .collect();
        assert_eq!(
            names,
            [
                ("James Daly".to_string(), AttrKind::Person),
                ("John Mercer".to_string(), AttrKind::Person),
                ("Lindsay Hoyle".to_string(), AttrKind::Chair),
            ]
        );
        let d = &items[0];
        assert_eq!(d.contributions[0].speaker.party.as_deref(), Some("Con"));
        assert_eq!(d.date.as_deref(), Some("2021-02-11"));
        assert_eq!(d.house, Some(House::Commons));
        // u2 then u7: a passage was sampled out, and what follows is read from mid-debate.
        assert_eq!(items.len(), 2);
        assert!(d.partial && d.has_opening);
        assert!(items[1].partial && !items[1].has_opening);
    }

    #[test]
    fn a_renamed_file_finds_its_metadata_by_its_ids() {
        let d = parse(TEXT, Some("veterans.txt"), &beside).expect("parses");
        assert_eq!(d.iter().map(|d| d.contributions.len()).sum::<usize>(), 3);
        let e = parse(TEXT, Some("veterans.txt"), &|_| None).expect_err("no metadata");
        assert!(
            e.to_string()
                .contains("ParlaMint-GB_2021-02-11-commons-meta.tsv"),
            "{e}"
        );
    }

    #[test]
    fn without_its_metadata_it_names_the_file_it_needs() {
        let e = parse(TEXT, Some("ParlaMint-GB_2021-02-11-commons.txt"), &|_| None)
            .expect_err("no metadata");
        assert!(
            e.to_string()
                .contains("ParlaMint-GB_2021-02-11-commons-meta.tsv"),
            "{e}"
        );
    }
}
