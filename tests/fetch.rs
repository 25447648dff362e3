//! A Hansard web address or debate id as the input, fetched from a server these tests start
//! on the loopback address (a port the OS picks), serving a recorded API answer. Nothing here
//! reaches beyond 127.0.0.1.

use crate::util::{cmd, json, root, stderr};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};

const GOOD: &str = "4F2C8A10-7B3D-4E21-9C55-0A1B2C3D4E5F";
const NOT_JSON: &str = "11111111-2222-3333-4444-555555555555";
const BIG: &str = "22222222-2222-3333-4444-555555555555";
const MISSING: &str = "33333333-2222-3333-4444-555555555555";

/// The recorded answer: the API sample in `samples/`.
fn recorded() -> Vec<u8> {
    std::fs::read(root().join("samples/hansard-api-oral-questions.json")).expect("sample")
}

/// Answers one request: the recorded debate, a web page, an oversized answer, or 404.
fn answer(mut stream: TcpStream, recorded: &[u8]) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // Read the headers to the blank line, so the client is not cut off mid-request.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("");
    let big = format!("{{\"Overview\": \"{}\"}}", "x".repeat(200_000));
    let (status, kind, body): (&str, &str, Vec<u8>) = match path {
        p if p == format!("/debates/debate/{GOOD}.json") => {
            ("200 OK", "application/json", recorded.to_vec())
        }
        p if p == format!("/debates/debate/{NOT_JSON}.json") => (
            "200 OK",
            "text/html",
            b"<html><body>Service unavailable</body></html>".to_vec(),
        ),
        p if p == format!("/debates/debate/{BIG}.json") => {
            ("200 OK", "application/json", big.into_bytes())
        }
        _ => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

/// Starts the server on 127.0.0.1 and returns its base address. It answers until the test
/// process ends.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    let recorded = recorded();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            answer(stream, &recorded);
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_hansard_web_address_is_fetched_summarised_and_saved() {
    let base = serve();
    let saved = tempfile::tempdir().expect("tempdir");
    let address = format!(
        "https://hansard.parliament.uk/Commons/2025-03-04/debates/{GOOD}/HealthAndSocialCare"
    );
    let o = cmd()
        .args(["-f", "json", "--api-base", &base, "--save"])
        .arg(saved.path())
        .arg(&address)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let debates = v["debates"].as_array().expect("debates");
    let titles: Vec<&str> = debates.iter().filter_map(|d| d["title"].as_str()).collect();
    assert_eq!(titles, ["Community Pharmacies", "Hospital Discharge"]);
    let first = &debates[0];
    assert_eq!(first["source"]["path"], address.as_str());
    assert_eq!(first["source"]["format"], "hansard-api");
    assert_eq!(first["minister"]["name"], "Lee Carver");
    assert_eq!(first["kind"], "oral_questions");
    // The saved answer is the recorded one, byte for byte, and reads again offline.
    let kept = saved.path().join(format!("{GOOD}.json"));
    assert_eq!(std::fs::read(&kept).expect("saved"), recorded());
    let again = cmd().args(["-f", "json"]).arg(&kept).output().expect("run");
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(json(&again)["debates"][0]["title"], "Community Pharmacies");
}

#[test]
fn a_bare_debate_id_is_fetched_from_the_api_base_in_the_environment() {
    let base = serve();
    let o = cmd()
        .args(["-f", "json", GOOD])
        .env("DEBATE_SUMMARY_API_BASE", &base)
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o)["debates"][1]["title"], "Hospital Discharge");
}

#[test]
fn each_fetch_failure_is_one_line_and_the_other_inputs_are_summarised() {
    let base = serve();
    let sample = "samples/westminster-hall-rural-buses.txt";
    let o = cmd()
        .args(["-f", "json", "--max-size", "100000", "--api-base", &base])
        .args([NOT_JSON, BIG, MISSING, sample])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["debates"][0]["title"], "Rural Bus Services");
    let err = stderr(&o);
    let line = |id: &str| {
        err.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("no line for {id} in {err}"))
            .to_string()
    };
    assert!(line(NOT_JSON).ends_with("the answer is not JSON"), "{err}");
    assert!(line(BIG).contains("over the 100000-byte limit"), "{err}");
    assert!(line(MISSING).contains("HTTP 404"), "{err}");
    for id in [NOT_JSON, BIG, MISSING] {
        assert_eq!(err.lines().filter(|l| l.contains(id)).count(), 1, "{err}");
    }
}

#[test]
fn a_refused_connection_and_a_foreign_address_are_one_line_each() {
    // A port nothing listens on: bind one, then let it go.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let o = cmd()
        .args([
            "-f",
            "json",
            "--api-base",
            &format!("http://127.0.0.1:{port}"),
        ])
        .args([
            GOOD,
            "https://example.org/news/today",
            "samples/westminster-hall-rural-buses.txt",
        ])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(json(&o)["debates"][0]["title"], "Rural Bus Services");
    let err = stderr(&o);
    let refused: Vec<&str> = err.lines().filter(|l| l.contains(GOOD)).collect();
    assert_eq!(refused.len(), 1, "{err}");
    assert!(
        refused[0].contains("connection refused") || refused[0].contains("could not connect"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.contains("https://example.org/news/today")
                && l.contains("not a Hansard debate address")),
        "{err}"
    );
}
