//! ParlaMint TEI: `<div type="debateSection">` with `<head>` is a debate; `<u who="#Id"
//! ana="#chair|#regular">` with `<seg>` text is a contribution; `<note>` and `<gap>` are not
//! words. Names and parties come from a `listPerson`/`listOrg` in the file, from the corpus's
//! `-meta.tsv` or `-listPerson.xml` beside it, or else from the id (`#LindsayHoyle`).

use super::attribution::collapse_ws;
use super::twfy::{node_text, xml_options};
use super::{ParseError, dates};
use crate::model::{AttrKind, Attribution, Contribution, House, RawDebate};
use std::collections::BTreeMap;

/// What is known about a person from the corpus metadata.
#[derive(Debug, Clone, Default)]
struct Person {
    name: Option<String>,
    party: Option<String>,
}

/// "#JeffreyMDonaldson" → "Jeffrey M Donaldson"; "#JohnMcDonnell" → "John McDonnell".
pub fn name_from_id(id: &str) -> String {
    let id = id.trim_start_matches('#');
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in id.chars() {
        if c.is_uppercase()
            && !cur.is_empty()
            && (prev_lower || cur.chars().all(char::is_uppercase))
        {
            if cur == "Mc" || cur == "Mac" || cur == "O" {
                // part of the surname
            } else {
                words.push(std::mem::take(&mut cur));
            }
        }
        if c.is_alphabetic() || c == '-' || c == '\'' {
            cur.push(c);
        }
        prev_lower = c.is_lowercase();
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words.join(" ")
}

fn persons_from_list(doc: &roxmltree::Document) -> BTreeMap<String, Person> {
    let mut orgs: BTreeMap<String, String> = BTreeMap::new();
    for org in doc.descendants().filter(|n| n.has_tag_name("org")) {
        let id = org.attribute(("http://www.w3.org/XML/1998/namespace", "id"));
        let abbr = org
            .children()
            .find(|c| c.has_tag_name("orgName") && c.attribute("full") == Some("abb"))
            .or_else(|| org.children().find(|c| c.has_tag_name("orgName")))
            .map(node_text);
        if let (Some(id), Some(abbr)) = (id, abbr) {
            orgs.insert(id.to_string(), abbr);
        }
    }
    let mut out = BTreeMap::new();
    for p in doc.descendants().filter(|n| n.has_tag_name("person")) {
        let Some(id) = p.attribute(("http://www.w3.org/XML/1998/namespace", "id")) else {
            continue;
        };
        let name = p
            .descendants()
            .find(|c| c.has_tag_name("persName"))
            .map(|pn| {
                let fore: Vec<String> = pn
                    .children()
                    .filter(|c| c.has_tag_name("forename"))
                    .map(node_text)
                    .collect();
                let sur: Vec<String> = pn
                    .children()
                    .filter(|c| c.has_tag_name("surname"))
                    .map(node_text)
                    .collect();
                if fore.is_empty() && sur.is_empty() {
                    node_text(pn)
                } else {
                    collapse_ws(&format!("{} {}", fore.join(" "), sur.join(" ")))
                }
            });
        let party = p
            .children()
            .filter(|c| c.has_tag_name("affiliation"))
            .filter_map(|a| a.attribute("ref"))
            .filter_map(|r| orgs.get(r.trim_start_matches('#')))
            .next_back()
            .cloned();
        out.insert(id.to_string(), Person { name, party });
    }
    out
}

/// Who spoke an utterance, as the metadata gives it.
#[derive(Default)]
pub(super) struct Speaker {
    pub(super) name: String,
    pub(super) party: Option<String>,
    pub(super) chair: bool,
}

/// The metadata table: utterance id → speaker, and the sitting's date and House.
pub(super) struct Meta {
    pub(super) speakers: BTreeMap<String, Speaker>,
    pub(super) date: Option<String>,
    pub(super) body: Option<String>,
}

impl Meta {
    /// Reads the table by its header's column names; `None` when it has no `ID` or no
    /// `Speaker_name` column (the per-speaker table of a TEI sample).
    pub(super) fn read(tsv: &str) -> Option<Meta> {
        let mut lines = tsv.lines();
        let cols: Vec<&str> = lines.next()?.split('\t').collect();
        let col = |name: &str| cols.iter().position(|c| *c == name);
        let (id, name) = (col("ID")?, col("Speaker_name")?);
        let (party, role, date, body) = (
            col("Speaker_party"),
            col("Speaker_role"),
            col("From").or(col("Date")),
            col("Body"),
        );
        let mut meta = Meta {
            speakers: BTreeMap::new(),
            date: None,
            body: None,
        };
        for line in lines {
            let f: Vec<&str> = line.split('\t').collect();
            let get = |c: Option<usize>| {
                c.and_then(|c| f.get(c))
                    .map(|v| v.trim())
                    .filter(|v| !v.is_empty() && *v != "-")
            };
            let (Some(uid), Some(who)) = (get(Some(id)), get(Some(name))) else {
                continue;
            };
            meta.date = meta.date.or(get(date).map(str::to_string));
            meta.body = meta.body.or(get(body).map(str::to_string));
            meta.speakers.insert(
                uid.to_string(),
                Speaker {
                    name: display_name(who),
                    party: get(party).map(|p| party_abbreviation(p).to_string()),
                    chair: get(role) == Some("Chairperson"),
                },
            );
        }
        Some(meta)
    }
}

/// "Daly, James Barry" → "James Daly", as [`name_from_id`] names the same person from their
/// id (`#JamesDaly`); a name without a comma is kept.
fn display_name(listed: &str) -> String {
    match listed.split_once(',') {
        Some((surname, forenames)) => match forenames.split_whitespace().next() {
            Some(first) => format!("{first} {}", surname.trim()),
            None => surname.trim().to_string(),
        },
        None => collapse_ws(listed),
    }
}

/// The House and its chamber as a sitting's name or metadata gives them: "...-lords",
/// "Upper house"; "...-commons", "Lower house".
pub(super) fn house_named(name: &str) -> (Option<House>, Option<&'static str>) {
    let low = name.to_lowercase();
    if low.contains("lords") || low.contains("upper house") {
        (Some(House::Lords), Some("Lords Chamber"))
    } else if low.contains("commons") || low.contains("lower house") {
        (Some(House::Commons), Some("Commons Chamber"))
    } else {
        (None, None)
    }
}

/// A party as the corpus abbreviates it ("CON"), as Hansard does ("Con").
pub(super) fn party_abbreviation(party: &str) -> &str {
    match party {
        "CON" => "Con",
        "LAB" => "Lab",
        "LD" | "LDEM" => "LD",
        "XB" | "CB" => "CB",
        other => other,
    }
}

/// Parses a ParlaMint TEI file. `side_files` reads a file beside the transcript by name.
pub fn parse(
    text: &str,
    file_name: Option<&str>,
    side_files: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<RawDebate>, ParseError> {
    let doc = roxmltree::Document::parse_with_options(text, xml_options())
        .map_err(|e| ParseError::Xml(e.to_string()))?;
    let root = doc.root_element();
    let xml_id = root
        .attribute(("http://www.w3.org/XML/1998/namespace", "id"))
        .unwrap_or("")
        .to_string();
    let stem = file_name
        .and_then(|n| std::path::Path::new(n).file_stem())
        .and_then(|s| s.to_str())
        // The linguistically annotated release names its files "….ana.xml"; the metadata
        // beside them is named for the sitting alone.
        .map(|s| s.strip_suffix(".ana").unwrap_or(s).to_string())
        .unwrap_or_else(|| xml_id.clone());
    let sitting = Sitting::read(&doc, &stem, side_files);
    Ok(doc
        .descendants()
        .filter(|n| n.has_tag_name("div") && n.attribute("type") == Some("debateSection"))
        .map(|div| sitting.section(div))
        .collect())
}

/// What the whole sitting tells each section: who the speakers are, their parties by
/// utterance, the date, the House, and whether passages were sampled out.
struct Sitting {
    persons: BTreeMap<String, Person>,
    utterance_party: BTreeMap<String, String>,
    date: Option<String>,
    house: Option<House>,
    venue: Option<&'static str>,
    sampled: bool,
}

impl Sitting {
    /// Reads the sitting's metadata: the file's `listPerson`, else the corpus list beside
    /// it, and the `-meta.tsv` beside it.
    fn read(
        doc: &roxmltree::Document,
        stem: &str,
        side_files: &dyn Fn(&str) -> Option<String>,
    ) -> Self {
        let mut persons = persons_from_list(doc);
        if persons.is_empty() {
            let corpus = stem.split('_').next().unwrap_or("");
            if let Some(list) = side_files(&format!("{corpus}-listPerson.xml"))
                && let Ok(ldoc) = roxmltree::Document::parse_with_options(&list, xml_options())
            {
                persons = persons_from_list(&ldoc);
            }
        }
        let utterance_party = ["-meta-en.tsv", "-meta.tsv"]
            .iter()
            .find_map(|suffix| side_files(&format!("{stem}{suffix}")))
            .and_then(|tsv| Meta::read(&tsv))
            .map(|meta| {
                let parties = meta.speakers.into_iter();
                parties.filter_map(|(id, s)| Some((id, s.party?))).collect()
            })
            .unwrap_or_default();
        let date = doc
            .descendants()
            .find(|n| n.has_tag_name("bibl"))
            .and_then(|b| b.descendants().find(|n| n.has_tag_name("date")))
            .and_then(|d| d.attribute("when"))
            .and_then(dates::date_from_file_name)
            .or_else(|| dates::date_from_file_name(stem));
        let (house, venue) = house_named(stem);
        Sitting {
            persons,
            utterance_party,
            date,
            house,
            venue,
            sampled: doc
                .descendants()
                .any(|n| n.has_tag_name("gap") && n.attribute("reason") == Some("editorial")),
        }
    }

    /// One debate section. It is partial when passages were sampled out of it or it has no
    /// heading (it starts mid-debate); its opening is present when a heading comes before
    /// any gap.
    fn section(&self, div: roxmltree::Node) -> RawDebate {
        let mut d = RawDebate {
            date: self.date.clone(),
            house: self.house,
            venue: self.venue.map(crate::model::Venue::named),
            partial: div
                .children()
                .any(|n| n.has_tag_name("gap") && n.attribute("reason") == Some("editorial")),
            ..RawDebate::default()
        };
        let mut gap_seen = false;
        let mut seen_u = false;
        for child in div.children().filter(|c| c.is_element()) {
            match child.tag_name().name() {
                "head" if !seen_u && d.title.is_empty() => {
                    d.title = node_text(child);
                    d.has_opening = !gap_seen;
                }
                "gap" => gap_seen = true,
                "u" => {
                    seen_u = true;
                    let (mut c, puts) = self.utterance(child);
                    if puts && presides(d.contributions.last(), &c) {
                        c.speaker.kind = AttrKind::Chair;
                    }
                    d.contributions.push(c);
                }
                "note" => d.procedure.push(node_text(child)),
                _ => {}
            }
        }
        if d.title.is_empty() {
            d.partial = d.partial || self.sampled;
            d.title = "Untitled debate section".to_string();
            d.notes.push(crate::model::Warning::NoHeading);
        }
        if d.partial {
            d.notes.push(crate::model::Warning::Partial(
                crate::model::PartialBecause::Sampled,
            ));
        }
        d
    }

    /// An utterance: its speaker from the person list (or the id), party from the list or
    /// the metadata, the chair marked by `ana`, and its segments as paragraphs; and whether
    /// the clerk recorded the question put in it.
    fn utterance(&self, u: roxmltree::Node) -> (Contribution, bool) {
        let who = u.attribute("who").unwrap_or("").trim_start_matches('#');
        let person = self.persons.get(who).cloned().unwrap_or_default();
        let uid = u
            .attribute(("http://www.w3.org/XML/1998/namespace", "id"))
            .unwrap_or("");
        let mut a = Attribution::person(&person.name.clone().unwrap_or_else(|| name_from_id(who)));
        a.id = (!who.is_empty()).then(|| who.to_string());
        a.party = person
            .party
            .or_else(|| self.utterance_party.get(uid).cloned());
        if u.attribute("ana").is_some_and(|s| s.contains("#chair")) {
            a.kind = AttrKind::Chair;
        }
        // "Question put and agreed to." kept as a segment of whichever utterance came
        // before it: the clerk's line, nobody's words.
        let (put, paragraphs): (Vec<String>, Vec<String>) = u
            .children()
            .filter(|s| s.has_tag_name("seg"))
            .map(seg_text)
            .filter(|t| !t.is_empty())
            .partition(|t| puts_the_question(t));
        let c = Contribution {
            speaker: a,
            paragraphs,
        };
        (c, !put.is_empty())
    }
}

/// How a member addresses the chair.
const ADDRESSES_THE_CHAIR: [&str; 6] = [
    "Deputy Speaker",
    "Mr Speaker",
    "Madam Speaker",
    "Mr Chairman",
    "Madam Chairman",
    "Madam Chair",
];

/// Whether an utterance the record marks `#regular`, after which the clerk records the
/// question put, is the chair's: a few words, spoken straight after a member who ends by
/// addressing the chair ("I thank you, Madam Deputy Speaker"). ParlaMint marks some
/// Deputy Speakers so.
fn presides(before: Option<&Contribution>, c: &Contribution) -> bool {
    let few_words = c
        .paragraphs
        .iter()
        .map(|p| p.split_whitespace().count())
        .sum::<usize>()
        < 80;
    let addressed = before
        .filter(|b| b.speaker.kind != AttrKind::Chair && b.speaker.id != c.speaker.id)
        .and_then(|b| b.paragraphs.last())
        .is_some_and(|p| ADDRESSES_THE_CHAIR.iter().any(|a| p.contains(a)));
    c.speaker.kind != AttrKind::Chair && few_words && addressed
}

/// The clerk's record that the chair put the question ("Question put and agreed to.",
/// "Question put accordingly.").
fn puts_the_question(t: &str) -> bool {
    t.len() <= 80 && (t.starts_with("Question put") || t.starts_with("Question accordingly"))
}

/// A segment's words without its notes, gaps and stage directions. In the linguistically
/// annotated release each word and stop is an element of its own (`<w>`, `<pc>`), laid out
/// one to a line or run together: the spacing between them is what their `join` says
/// ("right": nothing after it; "left": nothing before it), not the layout.
fn seg_text(seg: roxmltree::Node) -> String {
    let tokenised = seg.descendants().any(|n| is_token(&n));
    let mut out = String::new();
    // No space before the next token: the segment's start, or a token joined on its right.
    let mut glued = true;
    for d in seg.descendants() {
        let Some(t) = d.text().filter(|_| d.is_text()) else {
            continue;
        };
        if d.ancestors().any(|a| {
            a.has_tag_name("note")
                || a.has_tag_name("gap")
                || a.has_tag_name("kinesic")
                || a.has_tag_name("vocal")
                || a.has_tag_name("incident")
        }) {
            continue;
        }
        if !tokenised {
            out.push_str(t);
            continue;
        }
        match d.parent_element().filter(is_token) {
            Some(token) => {
                let join = token.attribute("join");
                if !glued && !matches!(join, Some("left" | "both")) {
                    out.push(' ');
                }
                out.push_str(t);
                glued = matches!(join, Some("right" | "both"));
            }
            // Layout between the tokens.
            None if t.trim().is_empty() => {}
            None => {
                out.push(' ');
                out.push_str(t);
                glued = false;
            }
        }
    }
    collapse_ws(&out)
}

/// A word or a stop of the annotated release.
fn is_token(n: &roxmltree::Node) -> bool {
    n.has_tag_name("w") || n.has_tag_name("pc")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_ids() {
        assert_eq!(name_from_id("#LindsayHoyle"), "Lindsay Hoyle");
        assert_eq!(name_from_id("#JohnMcDonnell"), "John McDonnell");
        assert_eq!(name_from_id("#JeffreyMDonaldson"), "Jeffrey M Donaldson");
    }

    #[test]
    fn a_deputy_speaker_marked_regular_who_puts_the_question_is_the_chair() {
        let t = r##"<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="ParlaMint-GB_2022-07-21-commons"><text><body>
<div type="debateSection"><head>Benefit Debt</head>
<u who="#JoRoe" xml:id="u1" ana="#regular"><seg>We will review the rules on repayment this autumn.</seg><seg>I thank you, Madam Deputy Speaker, for your patience.</seg></u>
<u who="#AnnHale" xml:id="u2" ana="#regular"><seg>I wish everyone a peaceful summer.</seg><seg>Question put and agreed to.</seg></u>
<u who="#AlPoe" xml:id="u3" ana="#regular"><seg>I thank the Minister, Madam Deputy Speaker.</seg></u>
<u who="#BoLee" xml:id="u4" ana="#regular"><seg>I will be brief.</seg></u>
</div></body></text></TEI>"##;
        let d = parse(t, Some("ParlaMint-GB_2022-07-21-commons.xml"), &|_| None).unwrap();
        let kinds: Vec<AttrKind> = d[0].contributions.iter().map(|c| c.speaker.kind).collect();
        // The one who puts the question presides; a member who follows one addressing the
        // chair, and puts nothing, does not.
        assert_eq!(
            kinds,
            [
                AttrKind::Person,
                AttrKind::Chair,
                AttrKind::Person,
                AttrKind::Person
            ]
        );
    }

    #[test]
    fn reads_sections_chair_and_notes() {
        let t = r##"<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="ParlaMint-GB_2021-02-11-commons"><text><body>
<div type="debateSection"><head>Veterans</head><note>Question</note>
<u who="#JamesDaly" xml:id="u1" ana="#regular"><seg>What steps are <note>(interruption)</note>being taken?</seg></u>
<u who="#LindsayHoyle" xml:id="u2" ana="#chair"><seg>Order.</seg></u>
<gap reason="editorial"><desc>SAMPLING</desc></gap></div></body></text></TEI>"##;
        let d = parse(t, Some("ParlaMint-GB_2021-02-11-commons.xml"), &|_| None).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].title, "Veterans");
        assert!(d[0].partial);
        assert_eq!(d[0].date.as_deref(), Some("2021-02-11"));
        assert_eq!(
            d[0].contributions[0].paragraphs[0],
            "What steps are being taken?"
        );
        assert_eq!(d[0].contributions[1].speaker.kind, AttrKind::Chair);
        assert_eq!(
            d[0].contributions[0].speaker.name.as_deref(),
            Some("James Daly")
        );
    }

    #[test]
    fn the_clerks_question_put_is_nobodys_words() {
        let t = r##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<div type="debateSection"><head>Benefit Debt</head>
<u who="#DavidRutley" xml:id="u1" ana="#regular"><seg>We will continue to recover debt where the law allows.</seg></u>
<u who="#EleanorLaing" xml:id="u2" ana="#regular"><seg>I wish everyone a peaceful summer.</seg><seg>Question put and agreed to.</seg></u>
<u who="#JohnSmith" xml:id="u3" ana="#regular"><seg>The question put to the Minister was not answered.</seg></u>
</div></body></text></TEI>"##;
        let d = parse(t, None, &|_| None).unwrap();
        let c = &d[0].contributions;
        assert_eq!(c[1].paragraphs, ["I wish everyone a peaceful summer."]);
        assert_eq!(
            c[2].paragraphs,
            ["The question put to the Minister was not answered."]
        );
    }
    #[test]
    fn the_annotated_release_reads_as_the_plain_one() {
        // Words and stops as elements, laid out one to a line or run together, a name
        // around two of them, and a syntax link that holds no words.
        let t = r##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<div type="debateSection"><head>Veterans</head>
<u who="#JamesDaly" xml:id="u1" ana="#regular"><seg><s>
  <w lemma="will">Will</w>
  <w lemma="the">the</w>
  <name type="PER"><w>Mr</w> <w join="right">Smith</w></name>
  <pc join="right">’</pc>
  <w>s</w>
  <w join="right">fund</w>
  <pc>?</pc>
  <linkGrp type="UD-SYN"><link ana="ud-syn:root" target="#a #b"/></linkGrp>
</s></seg><seg><s><w>It</w><w>will</w><w join="right">not</w><pc>.</pc></s></seg></u>
</div></body></text></TEI>"##;
        let read = |name: &str, side: &dyn Fn(&str) -> Option<String>| {
            parse(t, Some(name), side).unwrap()[0].contributions[0]
                .paragraphs
                .clone()
        };
        assert_eq!(
            read("x.ana.xml", &|_| None),
            ["Will the Mr Smith’s fund?", "It will not."]
        );
        // Its metadata is named for the sitting, without ".ana".
        let asked = std::cell::RefCell::new(Vec::new());
        read("ParlaMint-GB_2021-02-11-commons.ana.xml", &|n| {
            asked.borrow_mut().push(n.to_string());
            None
        });
        assert!(
            asked
                .borrow()
                .contains(&"ParlaMint-GB_2021-02-11-commons-meta.tsv".to_string())
        );
    }
}
