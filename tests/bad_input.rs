//! Bad input: a one-line error naming the file and the cause, never a panic, never a
//! made-up summary; legacy encodings decoded, mojibake repaired.

use crate::util::{cmd, json, stderr, write};

fn one_file(name: &str, bytes: &[u8]) -> std::process::Output {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), name, bytes);
    cmd().args(["-f", "json"]).arg(&p).output().expect("run")
}

fn refused(o: &std::process::Output, cause: &str) {
    assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(cause), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(json(o)["debates"].as_array().map(Vec::len), Some(0));
}

const DEBATE: &str = "Harbour Dues\n\nMonday 3 March 2025\n\nJane Marlow (Portby) (Lab)\nThe harbour dues in Portby have doubled in two years, and the fishing fleet cannot pay them.\n\nThe Minister for Fisheries (Sam Oduya)\nWe will review the dues this year.\n";

#[test]
fn empty_and_whitespace_files() {
    refused(&one_file("empty.txt", b""), "empty file");
    refused(&one_file("blank.txt", b"\n\n  \r\n"), "empty file");
}

#[test]
fn random_binary() {
    let bytes: Vec<u8> = (0..10_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    refused(&one_file("random.bin.txt", &bytes), "binary data");
}

#[test]
fn text_with_no_speakers() {
    refused(
        &one_file(
            "notes.txt",
            b"Some notes\n\nNothing here is said by anyone in particular.\n",
        ),
        "no speakers found",
    );
}

#[test]
fn a_transcript_with_no_heading_is_untitled_and_says_so() {
    // The record opens with its first speaker: no title is made up from what was said.
    let body = DEBATE.split_once("\n\n").map_or("", |(_, rest)| rest);
    let body = body.split_once("\n\n").map_or("", |(_, rest)| rest);
    let o = one_file("no-heading.txt", body.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let d = &json(&o)["debates"][0];
    assert_eq!(d["title"], "Untitled debate");
    let warnings = d["warnings"].as_array().expect("warnings");
    assert!(
        warnings
            .iter()
            .any(|w| w == "the transcript gives this item no title"),
        "{warnings:?}"
    );
    assert_eq!(d["lead"]["name"], "Jane Marlow");
}

#[test]
fn windows_1252_with_pound_and_accents() {
    let text = DEBATE
        .replace("Marlow", "Marl\u{f4}w")
        .replace("harbour dues", "harbour dues of \u{a3}5,000");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let o = one_file("cp1252.txt", &bytes);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = String::from_utf8(o.stdout).expect("utf-8");
    assert!(s.contains("Jane Marlôw"));
    assert!(s.contains("£5,000"));
}

#[test]
fn mojibake_is_repaired() {
    let text = DEBATE
        .replace("Marlow", "MarlÃ´w")
        .replace("harbour dues", "harbour dues of Â£5,000");
    let o = one_file("mojibake.txt", text.as_bytes());
    assert!(o.status.success());
    let s = String::from_utf8(o.stdout).expect("utf-8");
    assert!(s.contains("Jane Marlôw") && s.contains("£5,000"), "{s}");
}

#[test]
fn utf16_with_and_without_bom_and_crlf() {
    let crlf = DEBATE.replace('\n', "\r\n");
    let mut le = vec![0xFF, 0xFE];
    le.extend(crlf.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let o = one_file("utf16le.txt", &le);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["debates"][0]["lead"]["name"], "Jane Marlow");
    let be: Vec<u8> = DEBATE
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    let o = one_file("utf16be.txt", &be);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["debates"][0]["minister"]["name"], "Sam Oduya");
}

#[test]
fn truncated_xml_and_undeclared_entity() {
    refused(
        &one_file(
            "cut.xml",
            b"<publicwhip><speech speakername=\"A B\"><p>Half a",
        ),
        "malformed XML",
    );
    refused(
        &one_file("entity.xml", b"<publicwhip><speech speakername=\"Ann Bell\"><p>Cost &pound;5.</p></speech></publicwhip>"),
        "malformed XML",
    );
}

#[test]
fn a_control_character_in_a_tag_never_reaches_the_terminal() {
    // One ESC in a long record is too little to call it binary. It is dropped as the file
    // is read, so the XML parser's message cannot quote it (the message escapes any control
    // character it quotes all the same).
    let speech = "<speech speakername=\"Ann Bell\"><p>The harbour dues have doubled in two years.</p></speech>\n";
    let xml = format!(
        "<publicwhip>\n{}<speech\u{1b}[31m speakername=\"Ann Bell\"><p>Words.</p></speech>\n</publicwhip>\n",
        speech.repeat(40)
    );
    let o = one_file("esc.xml", xml.as_bytes());
    refused(&o, "malformed XML");
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

#[test]
fn xml_of_a_kind_not_read_is_named_not_called_speakerless() {
    // An Akoma Ntoso act is legislation, not a debate record: the message says what it is
    // rather than that it holds no speakers.
    let act = b"<akomaNtoso><act><body><section><p>Words.</p></section></body></act></akomaNtoso>";
    let o = one_file("act.xml", act);
    refused(
        &o,
        "its root element is <akomaNtoso> (an Akoma Ntoso document that is not a debate record)",
    );
    assert!(!stderr(&o).contains("no speakers"), "{}", stderr(&o));
    // Another kind of XML is named by its root.
    refused(
        &one_file("other.xml", b"<minutes><item>Words.</item></minutes>"),
        "its root element is <minutes>",
    );
}

#[test]
fn entity_bomb_is_refused() {
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        bomb.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    bomb.push_str(
        "]>\n<publicwhip><speech speakername=\"Ann Bell\"><p>&lol9;</p></speech></publicwhip>\n",
    );
    refused(&one_file("bomb.xml", bomb.as_bytes()), "malformed XML");
}

#[test]
fn folder_given_where_a_file_is_expected_is_walked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = cmd().arg(dir.path()).output().expect("run");
    assert_eq!(
        o.status.code(),
        Some(0),
        "an empty folder is nothing to do: {}",
        stderr(&o)
    );
}

#[test]
fn size_limit_is_enforced_and_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "big.txt", DEBATE.repeat(10).as_bytes());
    let o = cmd()
        .args(["--max-size", "100"])
        .arg(&p)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("over the 100-byte limit"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_odd_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "good\nname.txt", DEBATE.as_bytes());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    let o = cmd()
        .args(["-f", "json"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["debates"].as_array().map(Vec::len), Some(1));
    // --out-dir names stay inside the folder.
    let out = tempfile::tempdir().expect("tempdir");
    let o = cmd()
        .args(["-f", "json", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(o.status.success());
    let names: Vec<String> = std::fs::read_dir(out.path())
        .expect("read")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert_eq!(names, vec!["good_name.json"]);
}

#[test]
fn a_200_mb_transcript_is_refused_by_size_without_reading_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).expect("create");
    f.set_len(200 * 1024 * 1024).expect("sparse file");
    let o = cmd().arg(&p).output().expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("huge.txt")
            && err.contains("over the 67108864-byte limit (raise it with --max-size)"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_failed_input() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "locked.txt", DEBATE.as_bytes());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&p).is_ok() {
        crate::util::say_skipped(
            "unreadable_file_is_a_failed_input",
            "running as a user who can read any file",
        );
        return;
    }
    let o = cmd().arg(&p).output().expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("locked.txt: permission denied"));
}

/// Pathological shapes finish (their time is measured by `scripts/bench.sh`, not here).
#[test]
fn pathological_transcripts_finish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let long_line = format!(
        "Debate\n\nAnn Lee (Hove) (Lab)\n{}\n",
        "word and more words. ".repeat(50_000)
    );
    let mut many_speakers = String::from("Debate\n\n");
    let mut one_speaker = String::from("Debate\n\n");
    for i in 0..5_000u32 {
        let name: String = (0..4)
            .map(|k| char::from(b'a' + ((i / 26u32.pow(k)) % 26) as u8))
            .collect();
        many_speakers.push_str(&format!(
            "Jo X{name} (Seat {name}) (Lab)\nI agree with the point made here.\n\n"
        ));
        one_speaker.push_str(
            "Ann Lee (Hove) (Lab)\nThe Government should act now.\n\nMr Speaker\nOrder.\n\n",
        );
    }
    for (name, text) in [
        ("line.txt", long_line),
        ("speakers.txt", many_speakers),
        ("turns.txt", one_speaker),
    ] {
        let p = write(dir.path(), name, text.as_bytes());
        let o = cmd().args(["-f", "json"]).arg(&p).output().expect("run");
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let d = &json(&o)["debates"][0];
        let sum: u64 = d["speakers"]
            .as_array()
            .expect("speakers")
            .iter()
            .map(|s| s["words"].as_u64().unwrap_or(0))
            .sum();
        assert_eq!(Some(sum), d["word_count"].as_u64(), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn file_name_with_non_utf8_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let name = std::ffi::OsStr::from_bytes(b"debate-\xff\xfe.txt");
    let p = dir.path().join(name);
    std::fs::write(&p, DEBATE).expect("write");
    let o = cmd()
        .args(["-f", "json"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let path = json(&o)["debates"][0]["source"]["path"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(path.ends_with("debate-\u{fffd}\u{fffd}.txt"), "{path}");
    let out = tempfile::tempdir().expect("tempdir");
    let o = cmd()
        .args(["-f", "json", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(o.status.success());
    let names: Vec<String> = std::fs::read_dir(out.path())
        .expect("read")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert_eq!(names, vec!["debate-__.json"]);
}

#[test]
fn xml_nested_too_deeply_is_refused_not_a_crash() {
    // The Historic Hansard and Akoma Ntoso readers walk a sitting section by section; a
    // document nested far deeper than any record is refused before the walk.
    let n = 100_000;
    let akn = format!(
        "<akomaNtoso><debate><debateBody>{}<speech><from>Mr A B</from><p>Words.</p></speech>{}</debateBody></debate></akomaNtoso>",
        "<debateSection>".repeat(n),
        "</debateSection>".repeat(n)
    );
    refused(&one_file("deep.xml", akn.as_bytes()), "nested too deeply");
    let historic = format!(
        "<housecommons><section><title>T</title><p><member>Mr A</member><membercontribution>{}Words.{}</membercontribution></p></section></housecommons>",
        "<i>".repeat(n),
        "</i>".repeat(n)
    );
    refused(
        &one_file("deep.xml", historic.as_bytes()),
        "nested too deeply",
    );
}

#[test]
fn xml_that_leaves_an_element_open_is_read_and_says_so() {
    // An excerpt cut off mid-speech: the contribution is never closed before its paragraph
    // ends. It is read as closed there, with a note; XML broken otherwise is still refused.
    let cut = "<westminsterhall>
<title>Westminster Hall</title>
<date format=\"2004-07-20\">Tuesday 20 July 2004</date>
<section>
<title>Denominational Schools</title>
<p><member>Mr. Kevin McNamara <memberconstituency>(Hull, North) (Lab)</memberconstituency></member><membercontribution>: I am pleased to have secured this debate on the role of faith schools in our society. To do things differently,
</p>
</section>
</westminsterhall>
";
    let o = one_file("wh-2004-07-20.xml", cut.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let d = &json(&o)["debates"][0];
    assert_eq!(d["lead"]["name"], "Kevin McNamara");
    let warnings = d["warnings"].to_string();
    assert!(
        warnings.contains("<membercontribution> is not closed before the end tag on line 7"),
        "{warnings}"
    );
    refused(
        &one_file(
            "stray.xml",
            cut.replace("<section>", "</p><section>").as_bytes(),
        ),
        "malformed XML",
    );
}

#[test]
fn json_that_is_not_an_api_debate_says_what_it_lacks() {
    // A bare list of the API's items has no Overview to give the title, date and House.
    let items = br#"{"Items": [{"ItemType": "Contribution", "AttributedTo": "Ann Lee (Portby) (Lab)", "Value": "<p>Will the Minister review the dues?</p>"}]}"#;
    refused(
        &one_file("items.json", items),
        "an Items list but no Overview object",
    );
    refused(
        &one_file("other.json", br#"{"results": []}"#),
        "no Overview object and no Items list",
    );
}
