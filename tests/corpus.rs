//! The real transcripts in `../shared/corpus` (skipped, and said so, when absent).

use crate::util::{cmd, json, shared, skip, stderr};

fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let Some(root) = shared() else {
        return Vec::new();
    };
    let mut v: Vec<_> = std::fs::read_dir(root.join("corpus").join(dir))
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == ext));
    v.sort();
    v
}

#[test]
fn archives_read_with_characters_not_entities() {
    if shared().is_none() {
        return skip("archives_read_with_characters_not_entities");
    }
    let mut all = files("twfy-xml", "xml");
    all.extend(files("parlamint-tei", "xml"));
    all.extend(files("hansard-web-html", "html"));
    assert!(all.len() >= 20);
    for f in all {
        let o = cmd().args(["-f", "json"]).arg(&f).output().expect("run");
        assert!(o.status.success(), "{}: {}", f.display(), stderr(&o));
        let v = json(&o);
        assert!(
            !v["debates"].as_array().expect("debates").is_empty(),
            "{}",
            f.display()
        );
        let text = v.to_string();
        for bad in ["&pound;", "&mdash;", "&eacute;", "&amp;", "Â£", "Ã©", "â€"] {
            assert!(!text.contains(bad), "{} has {bad}", f.display());
        }
    }
}

#[test]
fn furniture_industry_request_answered_and_seat_filled() {
    let Some(root) = shared() else {
        return skip("furniture_industry_request_answered_and_seat_filled");
    };
    let o = cmd()
        .args(["-f", "json"])
        .arg(root.join("corpus/twfy-xml/debates2009-10-29a.xml"))
        .output()
        .expect("run");
    let v = json(&o);
    let d = v["debates"]
        .as_array()
        .expect("debates")
        .iter()
        .find(|d| d["title"] == "Furniture Industry")
        .expect("furniture debate")
        .clone();
    assert_eq!(d["lead"]["name"], "David Taylor");
    assert_eq!(d["lead"]["constituency"], "North-West Leicestershire");
    assert_eq!(d["minister"]["name"], "Kevin Brennan");
    let meet = d["key_requests"]
        .as_array()
        .expect("requests")
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .unwrap_or("")
                .starts_with("Would the Minister be willing to meet")
        })
        .expect("the request to meet the Minister")
        .clone();
    assert_eq!(meet["speaker"], "David Taylor");
    assert_eq!(meet["kind"], "meeting");
    assert_eq!(meet["answered"], true);
    assert_eq!(meet["answer"]["speaker"], "Kevin Brennan");
    assert!(
        meet["answer"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("I would be happy to meet my hon. Friend")
    );
}

#[test]
fn interview_is_refused() {
    let Some(root) = shared() else {
        return skip("interview_is_refused");
    };
    let o = cmd()
        .arg(root.join("reference/interview-not-a-debate.txt"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().count(), 1);
}

#[test]
fn older_publications_pages_are_read() {
    let Some(root) = shared() else {
        return skip("older_publications_pages_are_read");
    };
    let o = cmd()
        .args(["-f", "json"])
        .arg(root.join("corpus/hansard-html/lhc-wh_debates_mid-debate_change.html"))
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let d = &v["debates"][0];
    assert_eq!(d["title"], "Disabled People (Access to Transport)");
    assert_eq!(d["venue"], "Westminster Hall");
    assert_eq!(d["chair"], "Nadine Dorries");
    assert_eq!(d["lead"]["name"], "Louise Ellman");
    assert_eq!(d["lead"]["constituency"], "Liverpool, Riverside");
    assert_eq!(d["lead"]["party"], "Lab/Co-op");
    // A page of written petitions holds no debate.
    let o = cmd()
        .arg(root.join("corpus/hansard-html/lhc-petitions.html"))
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_historic_hansard_sitting_is_read() {
    let Some(root) = shared() else {
        return skip("a_historic_hansard_sitting_is_read");
    };
    let f = root.join("corpus/other/anjackson-hansard-housecommons_example-1985-12-16.xml");
    if !f.exists() {
        return skip("a_historic_hansard_sitting_is_read");
    }
    let o = cmd().args(["-f", "json"]).arg(&f).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let debates = v["debates"].as_array().expect("debates");
    assert!(debates.len() >= 30, "{}", debates.len());
    let first = &debates[0];
    assert_eq!(first["source"]["format"], "historic-xml");
    assert_eq!(first["title"], "Scottish Coalfield");
    assert_eq!(first["date"], "1985-12-16");
    assert_eq!(first["kind"], "oral_questions");
    assert_eq!(first["minister"]["name"], "David Hunt");
    // Column numbers are page furniture, never words.
    let text = v.to_string();
    assert!(!text.contains("S6CV0089"), "image references leaked");
    let peterhead = debates
        .iter()
        .find(|d| {
            d["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("Peterhead"))
        })
        .expect("the Peterhead order");
    assert_eq!(
        peterhead["divisions"][0],
        serde_json::json!({"ayes": 119, "noes": 53, "result": "agreed", "question": "That the Question be now put"})
    );
}

#[test]
fn parlamint_plain_text_reads_as_its_tei_does() {
    let Some(root) = shared() else {
        return skip("parlamint_plain_text_reads_as_its_tei_does");
    };
    let stem = root.join("corpus/parlamint-tei/ParlaMint-GB_2021-02-11-commons");
    let read = |ext: &str| {
        let o = cmd()
            .args(["-f", "json"])
            .arg(stem.with_extension(ext))
            .output()
            .expect("run");
        assert!(o.status.success(), "{ext}: {}", stderr(&o));
        json(&o)["debates"]
            .as_array()
            .expect("debates")
            .iter()
            .map(|d| {
                let who = |role: &str| d[role]["name"].as_str().unwrap_or("").to_string();
                let speakers: Vec<(String, u64)> = d["speakers"]
                    .as_array()
                    .expect("speakers")
                    .iter()
                    .map(|s| {
                        (
                            s["name"].as_str().unwrap_or("").to_string(),
                            s["words"].as_u64().unwrap_or(0),
                        )
                    })
                    .collect();
                (who("lead"), who("minister"), d["kind"].clone(), speakers)
            })
            .collect::<Vec<_>>()
    };
    let (text, tei) = (read("txt"), read("xml"));
    assert_eq!(text, tei);
    assert_eq!(text[0].0, "James Daly");
    assert_eq!(text[0].1, "John Mercer");
}

#[test]
fn an_akoma_ntoso_sitting_is_read() {
    let Some(root) = shared() else {
        return skip("an_akoma_ntoso_sitting_is_read");
    };
    let f = root.join("corpus/other/za-hansard-NA290307.xml");
    if !f.exists() {
        return skip("an_akoma_ntoso_sitting_is_read");
    }
    let o = cmd().args(["-f", "json"]).arg(&f).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let debates = v["debates"].as_array().expect("debates");
    assert!(debates.len() >= 8, "{}", debates.len());
    for d in debates {
        assert_eq!(d["source"]["format"], "akoma-ntoso");
        assert_eq!(d["date"], "2007-03-29");
        assert_eq!(d["venue"], "National Assembly");
        // Westminster's House is not guessed for another parliament.
        assert!(d["house"].is_null(), "{}", d["house"]);
    }
    let bill = debates
        .iter()
        .find(|d| {
            d["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("Tobacco Products Control Amendment Bill"))
        })
        .expect("the tobacco bill");
    assert_eq!(bill["minister"]["name"], "Deputy Minister of Health");
    assert!(bill["speakers"].as_array().expect("speakers").len() >= 8);
}
