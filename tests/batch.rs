//! Folders: walked in order, processed in parallel, nothing lost, output identical whatever
//! the thread count.

use crate::util::{cmd, json, root, stderr, write};

fn folder_with_bad_files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let samples = root().join("samples");
    for f in [
        "westminster-hall-rural-buses.txt",
        "commons-adjournment-inline.txt",
        "twfy-sitting-2025-03-04.xml",
    ] {
        std::fs::copy(samples.join(f), dir.path().join(f)).expect("copy");
    }
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    std::fs::copy(
        samples.join("hansard-web-page.html"),
        dir.path().join("sub/page.html"),
    )
    .expect("copy");
    write(dir.path(), "empty.txt", b"");
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 31 % 256) as u8).collect();
    write(dir.path(), "binary.txt", &binary);
    std::fs::copy(
        samples.join("not-a-debate.txt"),
        dir.path().join("press.txt"),
    )
    .expect("copy");
    write(dir.path(), ".hidden.txt", b"ignored");
    write(dir.path(), "notes.pdf", b"ignored by extension");
    dir
}

#[test]
fn bad_files_are_reported_and_good_ones_kept() {
    let dir = folder_with_bad_files();
    let o = cmd()
        .args(["-f", "json", "-q"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    let failures = v["failures"].as_array().expect("failures");
    assert_eq!(failures.len(), 3, "{failures:?}");
    let debates = v["debates"].as_array().expect("debates");
    // 1 + 1 + 2 debates from good files, in sorted path order.
    assert_eq!(debates.len(), 5);
    let paths: Vec<String> = debates
        .iter()
        .map(|d| d["source"]["path"].as_str().unwrap_or("").to_string())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 3, "{err}");
    assert!(err.contains("empty.txt: empty file"));
    assert!(err.contains("binary.txt: binary data"));
    assert!(err.contains("press.txt: no speakers found"));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let dir = folder_with_bad_files();
    for format in ["json", "ndjson", "csv", "table", "markdown"] {
        let one = cmd()
            .args(["-f", format, "-j", "1", "--detail"])
            .arg(dir.path())
            .output()
            .expect("run");
        let two = cmd()
            .args(["-f", format, "-j", "2", "--detail"])
            .arg(dir.path())
            .output()
            .expect("run");
        assert_eq!(one.stdout, two.stdout, "{format}");
        assert_eq!(one.status.code(), two.status.code());
    }
}

#[test]
fn out_dir_writes_one_file_per_transcript() {
    let dir = folder_with_bad_files();
    let out = tempfile::tempdir().expect("tempdir");
    let o = cmd()
        .args(["-f", "json", "-q", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .expect("out dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            "commons-adjournment-inline.json",
            "page.json",
            "twfy-sitting-2025-03-04.json",
            "westminster-hall-rural-buses.json"
        ]
    );
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("page.json")).expect("read"))
            .expect("json");
    assert_eq!(v["debates"][0]["title"], "Steel Industry: Port Talbot");
}

#[test]
fn csv_is_one_row_per_speaker() {
    let o = cmd()
        .args(["-f", "csv", "samples/westminster-hall-rural-buses.txt"])
        .output()
        .expect("run");
    let text = String::from_utf8(o.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("file,index,debate,date,speaker,role"));
    assert_eq!(lines.len(), 7, "header and six speakers");
    assert!(text.contains("Megan Price,lead,Lab,Wealdmoor and Tarnside"));
}

#[test]
fn rollup_totals_members_ministers_and_tags() {
    let dir = folder_with_bad_files();
    let o = cmd()
        .args(["-f", "json", "-q", "--rollup"])
        .arg(dir.path())
        .output()
        .expect("run");
    let v = json(&o);
    let r = &v["rollup"];
    assert_eq!(r["debates"], 5);
    let words: u64 = v["debates"]
        .as_array()
        .expect("debates")
        .iter()
        .map(|d| d["word_count"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(r["words"].as_u64(), Some(words));
    // Megan Price speaks most in these samples; every minister answered once.
    assert_eq!(r["members"][0]["name"], "Megan Price");
    assert_eq!(r["ministers"].as_array().map(Vec::len), Some(5));
    assert!(
        r["ministers"]
            .as_array()
            .expect("ministers")
            .iter()
            .all(|m| m["debates"] == 1)
    );
    assert!(
        r["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .any(|t| t["label"] == "Transport")
    );
    // Without --rollup the document has no such field.
    let o = cmd()
        .args(["-f", "json", "-q"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(json(&o).get("rollup").is_none());
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    // `debate-summary -f ndjson folder | head -n 1`: once the reader has gone, the run stops
    // with status 0 and says nothing, in every format.
    let dir = tempfile::tempdir().expect("tempdir");
    let sample = root().join("samples/westminster-hall-rural-buses.txt");
    for i in 0..60 {
        std::fs::copy(&sample, dir.path().join(format!("t{i:02}.txt"))).expect("copy");
    }
    for format in ["ndjson", "json", "csv", "table", "markdown", "html"] {
        let mut child = cmd()
            .args(["-f", format, "-q", "--detail"])
            .arg(dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run");
        let mut first = [0u8; 16];
        std::io::Read::read_exact(child.stdout.as_mut().expect("stdout"), &mut first)
            .expect("read");
        drop(child.stdout.take());
        let o = child.wait_with_output().expect("wait");
        assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{format}");
    }
}
