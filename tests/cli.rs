//! The command line end to end on the bundled samples.

use crate::util::{json, run, stderr, stdout};

#[test]
fn westminster_hall_sample_fills_every_section() {
    let o = run(&[
        "--width",
        "100",
        "--color",
        "never",
        "samples/westminster-hall-rural-buses.txt",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for section in [
        "Rural Bus Services",
        "Westminster Hall · 2024-11-12 · Chair: Roger Halden",
        "Lead MP",
        "Megan Price",
        "Responding Minister",
        "Dana Whitlock",
        "Parliamentary Under-Secretary of State for Transport",
        "Tags",
        "Transport",
        "Word Count",
        "Other Contributors",
        "At a Glance",
        "Key Requests to Government",
        "How the Debate Unfolded",
        "Government Response",
    ] {
        assert!(out.contains(section), "missing {section:?} in\n{out}");
    }
    assert!(!out.contains("\u{1b}["), "no colour when not asked");
}

#[test]
fn json_follows_schema_v1() {
    let o = run(&[
        "--format",
        "json",
        "samples/westminster-hall-rural-buses.txt",
    ]);
    assert!(o.status.success());
    let v = json(&o);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["failures"].as_array().map(Vec::len), Some(0));
    let d = &v["debates"][0];
    assert_eq!(d["source"]["format"], "hansard-text");
    assert_eq!(d["source"]["index"], 0);
    assert_eq!(d["title"], "Rural Bus Services");
    assert_eq!(d["date"], "2024-11-12");
    assert_eq!(d["house"], "Commons");
    assert_eq!(d["venue"], "Westminster Hall");
    assert_eq!(d["chair"], "Roger Halden");
    assert_eq!(d["partial"], false);
    assert_eq!(d["lead"]["name"], "Megan Price");
    assert_eq!(d["lead"]["constituency"], "Wealdmoor and Tarnside");
    assert_eq!(d["lead"]["party"], "Lab");
    assert_eq!(d["lead"]["role"], "lead");
    assert_eq!(d["minister"]["name"], "Dana Whitlock");
    assert_eq!(
        d["minister"]["office"],
        "Parliamentary Under-Secretary of State for Transport"
    );
    let speakers = d["speakers"].as_array().expect("speakers");
    let role = |name: &str| {
        speakers
            .iter()
            .find(|s| s["name"] == name)
            .map(|s| s["role"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(role("Roger Halden").as_deref(), Some("chair"));
    assert_eq!(role("Helen Caird").as_deref(), Some("shadow_minister"));
    assert_eq!(role("Daniel Okafor").as_deref(), Some("member"));
    // Speakers' words sum to the total; "Hon. Members" is nobody.
    let sum: u64 = speakers
        .iter()
        .map(|s| s["words"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(Some(sum), d["word_count"].as_u64());
    assert!(speakers.iter().all(|s| s["name"] != "Hon. Members"));
    assert_eq!(d["other_contributors"], 3);
    // Daniel Okafor intervened on the lead twice.
    let okafor = speakers
        .iter()
        .find(|s| s["name"] == "Daniel Okafor")
        .expect("okafor");
    assert_eq!(okafor["interventions"], 2);
    // The lead's requests come first, quoted as spoken.
    let reqs = d["key_requests"].as_array().expect("requests");
    assert_eq!(reqs[0]["speaker"], "Megan Price");
    assert!(
        reqs[0]["text"]
            .as_str()
            .unwrap_or("")
            .starts_with("I call on the Government")
    );
    // No courtesy is ever a summary sentence.
    for s in speakers {
        let summary = s["summary"].as_str().unwrap_or("");
        assert!(!summary.contains("pleasure to serve"), "{summary}");
        assert!(!summary.contains("securing this debate"), "{summary}");
    }
    assert!(
        d["government_response"]
            .as_str()
            .unwrap_or("")
            .contains("buses Bill")
    );
}

#[test]
fn not_a_debate_is_refused_with_one_line() {
    let o = run(&["samples/not-a-debate.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty() || !stdout(&o).contains("Lead MP"));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("samples/not-a-debate.txt"));
    assert!(err.contains("no speakers found"));
}

#[test]
fn refusal_in_json_is_a_failure_entry() {
    let o = run(&["--format", "json", "samples/not-a-debate.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(v["debates"].as_array().map(Vec::len), Some(0));
    assert_eq!(v["failures"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["failures"][0]["path"], "samples/not-a-debate.txt");
}

#[test]
fn partial_excerpt_has_no_lead() {
    let o = run(&["-f", "json", "samples/parallel-parliament-excerpt.txt"]);
    assert!(o.status.success());
    let d = &json(&o)["debates"][0];
    assert_eq!(d["partial"], true);
    assert!(d["lead"].is_null());
    assert_eq!(d["minister"]["name"], "Dana Whitlock");
    let warnings = d["warnings"].to_string();
    assert!(warnings.contains("partial transcript"));
    assert!(warnings.contains("inferred"));
}

#[test]
fn a_record_that_starts_with_the_summing_up_has_no_lead() {
    // A page that holds only the end of a debate: its first speech sums up. Whoever speaks
    // first did not open it.
    let d = crate::util::summary_of(
        "bus-bill.txt",
        "Rural Bus Services Bill\n\nSecond Reading\n\nJo Barrow (Upper Fell) (Lab)\n\
In conclusion, the Bill will give every county the powers it needs to keep its villages \
connected, and I hope the House will support it tonight.\n\nSam Pike (Lowmoor) (Con)\n\
The villages above Lowmoor have lost their last bus, and I will support the Bill.\n",
    );
    assert!(d["lead"].is_null(), "{}", d["lead"]);
    assert_eq!(d["partial"], true);
    assert!(
        d["warnings"]
            .to_string()
            .contains("without the debate's opening")
    );
}

#[test]
fn whoever_answers_a_question_put_to_the_minister_is_the_minister() {
    // No office is printed; the member puts a question to the Minister and the next speaker
    // answers it, saying what their officials told them.
    let d = crate::util::summary_of(
        "assets.txt",
        "Sale of Public Assets\n\nBob Hart (Harrow East) (Con)\n\
The council sold the depot at Stanmore for a fraction of what it was worth, and it did so \
without any of the scrutiny that the sale of a public asset ought to receive. My constituents \
want to know who approved it and on what terms. I thank the Minister for his answers so far, \
but will he confirm that the Secretary of State has not given approval for the sale of this \
asset outside the general rules?\n\nMark Jones (Nuneaton) (Con)\n\
I asked my officials whether any application was made to the Secretary of State in this case, \
and I was told this afternoon that none was made. On that note, I shall bring my comments to \
a conclusion.\n",
    );
    assert_eq!(d["lead"]["name"], "Bob Hart");
    assert_eq!(d["minister"]["name"], "Mark Jones", "{}", d["warnings"]);
}

#[test]
fn inline_attributions_and_lapsed_motion() {
    let o = run(&["-f", "json", "samples/commons-adjournment-inline.txt"]);
    assert!(o.status.success());
    let d = &json(&o)["debates"][0];
    assert_eq!(d["title"], "Coastal Erosion (Holdersby)");
    assert_eq!(d["venue"], "Commons Chamber");
    assert_eq!(d["lead"]["name"], "Martin Fenwick");
    assert_eq!(d["minister"]["name"], "Rosa Mallin");
    assert_eq!(
        d["minister"]["office"],
        "Minister for Flooding and Coastal Change"
    );
    // "Mr Fenwick" is Martin Fenwick; procedure is nobody's words.
    let names: Vec<&str> = d["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(names, vec!["Martin Fenwick", "Anne Lowther", "Rosa Mallin"]);
    assert!(!d.to_string().contains("Motion lapsed"));
}

#[test]
fn other_formats_from_samples() {
    let o = run(&[
        "-f",
        "json",
        "samples/twfy-sitting-2025-03-04.xml",
        "samples/parlamint-sitting.xml",
        "samples/hansard-web-page.html",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let debates = v["debates"].as_array().expect("debates");
    let titles: Vec<&str> = debates.iter().filter_map(|d| d["title"].as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Steel Industry: Port Talbot",
            "Apprenticeship Levy: Small Employers",
            "Level Crossings",
            "Market Town High Streets"
        ]
    );
    // ISO-8859-1 with declared entities comes out as characters.
    let twfy = &debates[2];
    assert_eq!(twfy["lead"]["name"], "Renée Castell");
    // The minister's words keep their entities as characters ("&pound;", "&rsquo;").
    let minister = twfy["minister"]["summary"].as_str().unwrap_or("");
    let response = twfy["government_response"].as_str().unwrap_or("");
    assert!(
        [minister, response]
            .iter()
            .any(|t| t.contains("£45 million") || t.contains("Department’s review")),
        "{minister} | {response}"
    );
    assert_eq!(debates[3]["source"]["index"], 1);
    assert_eq!(debates[3]["chair"], "Nigel Evershed");
    assert_eq!(debates[3]["lead"]["constituency"], "Brindle and Moss");
    assert_eq!(debates[1]["lead"]["party"], "Con");
    assert_eq!(
        debates[0]["minister"]["office"],
        "Secretary of State for Wales"
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = crate::util::cmd()
        .args(["-f", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let text = std::fs::read(crate::util::root().join("samples/westminster-hall-rural-buses.txt"))
        .expect("sample");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(&text).expect("write");
    }
    let o = child.wait_with_output().expect("wait");
    assert!(o.status.success());
    assert_eq!(json(&o)["debates"][0]["source"]["path"], "<stdin>");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["--format", "yaml", "x.txt"]).status.code(), Some(2));
    assert_eq!(run(&["--no-such-option"]).status.code(), Some(2));
}

#[test]
fn missing_path_is_a_failed_input() {
    let o = run(&["no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no/such/file.txt: no such file or folder"));
}

#[test]
fn schema_completions_and_man_page() {
    let o = run(&["schema"]);
    assert!(o.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).expect("schema is JSON");
    assert!(schema["properties"]["debates"].is_object());
    assert!(schema.to_string().contains("key_requests"));
    let o = run(&["completions", "bash"]);
    assert!(o.status.success() && stdout(&o).contains("debate-summary"));
    let o = run(&["man"]);
    assert!(o.status.success() && stdout(&o).contains(".TH"));
    let o = run(&["--help"]);
    assert!(stdout(&o).contains("Examples:"));
}

#[test]
fn closed_pipe_ends_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = std::fs::read_to_string(
        crate::util::root().join("samples/westminster-hall-rural-buses.txt"),
    )
    .expect("sample");
    for i in 0..40 {
        crate::util::write(dir.path(), &format!("d{i:02}.txt"), sample.as_bytes());
    }
    let mut child = crate::util::cmd()
        .args(["--detail", "-q"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut out = child.stdout.take().expect("stdout");
    let mut buf = [0u8; 64];
    out.read_exact(&mut buf).expect("some output");
    drop(out);
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

#[test]
fn real_output_validates_against_the_printed_schema() {
    let schema: serde_json::Value =
        serde_json::from_slice(&run(&["schema"]).stdout).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut args = vec!["-f", "json", "--rollup", "-q"];
    let samples = [
        "samples/westminster-hall-rural-buses.txt",
        "samples/commons-adjournment-inline.txt",
        "samples/parallel-parliament-excerpt.txt",
        "samples/twfy-sitting-2025-03-04.xml",
        "samples/parlamint-sitting.xml",
        "samples/hansard-web-page.html",
        "samples/not-a-debate.txt",
    ];
    args.extend(samples);
    let doc = json(&run(&args));
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(doc["failures"].as_array().map(Vec::len), Some(1));
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let sample = "samples/westminster-hall-rural-buses.txt";
    let o = run(&["--color", "always", sample]);
    assert!(stdout(&o).contains("\u{1b}["), "--color always colours");
    let o = crate::util::cmd()
        .args(["--color", "always", sample])
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert!(!stdout(&o).contains("\u{1b}["), "NO_COLOR wins");
    let o = run(&["--color", "never", sample]);
    assert!(!stdout(&o).contains("\u{1b}["));
    // Not a terminal: no colour by default.
    assert!(!stdout(&run(&[sample])).contains("\u{1b}["));
}

#[test]
fn numbers_have_separators_in_tables_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = std::fs::read_to_string(
        crate::util::root().join("samples/westminster-hall-rural-buses.txt"),
    )
    .expect("sample")
    .replace(
        "It is a pleasure to serve under your chairmanship, Sir Roger.",
        &"Buses matter to everyone here. ".repeat(400),
    );
    let p = crate::util::write(dir.path(), "big.txt", big.as_bytes());
    let table =
        String::from_utf8(crate::util::cmd().arg(&p).output().expect("run").stdout).expect("utf-8");
    let json_out = json(
        &crate::util::cmd()
            .args(["-f", "json"])
            .arg(&p)
            .output()
            .expect("run"),
    );
    let words = json_out["debates"][0]["word_count"]
        .as_u64()
        .expect("count");
    assert!(words > 1000);
    let sep = format!("{},{:03}", words / 1000, words % 1000);
    assert!(table.contains(&sep), "table shows {sep}");
    assert!(
        !json_out.to_string().contains(&sep),
        "JSON numbers have no separators"
    );
}

/// "Lead MP" is for the Commons: a senator, an MSP or a peer who opens a debate is its lead,
/// and an Australian Senate day is not the Lords.
#[test]
fn only_a_commons_debate_has_a_lead_mp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let day = |ids: &str, link: &str| {
        format!(
            r#"<publicwhip>
<major-heading id="uk.org.publicwhip/{ids}/2007-09-20.1.1" url="http://{link}/x">Sexual Slavery and Japan</major-heading>
<speech id="uk.org.publicwhip/{ids}/2007-09-20.1.2" speakerid="uk.org.publicwhip/member/1" speakername="Marise Payne" talktype="speech"><p>I move the motion standing in my name, which asks the Senate to note the suffering of the comfort women and to encourage dialogue with those affected.</p></speech>
<speech id="uk.org.publicwhip/{ids}/2007-09-20.1.3" speakerid="uk.org.publicwhip/member/2" speakername="Penny Wong" talktype="speech"><p>I indicate that we will be supporting the motion because it is at least a formal acknowledgement of what happened to those women.</p></speech>
</publicwhip>"#
        )
    };
    for (name, ids, link, venue, label) in [
        (
            "senate.xml",
            "lords",
            "parlinfo.aph.gov.au",
            "Debate · Senate",
            "Lead ",
        ),
        (
            "sp2009-10-28.xml",
            "spor",
            "www.scottish.parliament.uk",
            "Scottish Parliament",
            "Lead ",
        ),
        (
            "debates2009-10-28.xml",
            "debate",
            "www.publications.parliament.uk",
            "Commons Chamber",
            "Lead MP",
        ),
    ] {
        let path = crate::util::write(dir.path(), name, day(ids, link).as_bytes());
        let o = crate::util::cmd()
            .args(["--width", "100", "--color", "never"])
            .arg(&path)
            .output()
            .expect("run");
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(venue), "{name}: {out}");
        assert!(!out.contains("Lords Chamber"), "{name}: {out}");
        let lead_line = out
            .lines()
            .find(|l| l.contains("Marise Payne"))
            .unwrap_or("");
        assert!(lead_line.contains(label), "{name}: {lead_line}");
        assert_eq!(
            lead_line.contains("Lead MP"),
            label == "Lead MP",
            "{name}: {lead_line}"
        );
    }
}
